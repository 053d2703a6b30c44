"""Word-sequence patterns of the language packs: word, stem*, *ending, ~ gaps."""
import pytest

from lajm.annotate.patterns import PatternSet, Prefilter
from lajm.model import Span

# (patterns, words, expected (start, end, payload) matches)
CASES = [
    (["tha"], "ai tha se".split(), [(1, 2, "tha")]),
    (["tha"], "ai thanë se".split(), []),
    (["dërgo*"], "rusia dërgoi trupa".split(), [(1, 2, "dërgo*")]),
    (["dërgo*"], "rusia dërguar".split(), []),
    (["*nte"], "do të zbatonte".split(), [(2, 3, "*nte")]),
    (["ranë dakord"], "ata ranë dakord sot".split(), [(1, 3, "ranë dakord")]),
    (["ranë dakord"], "ata ranë sot dakord".split(), []),
    (["vendos* ~ sanksion*"], "be vendosi sanksione".split(), [(1, 3, "vendos* ~ sanksion*")]),
    (["vendos* ~ sanksion*"], "be vendosi të reja sanksione".split(), [(1, 5, "vendos* ~ sanksion*")]),
    (["vendos* ~ sanksion*"], "be vendosi a b c sanksione".split(), [(1, 6, "vendos* ~ sanksion*")]),
    (["vendos* ~ sanksion*"], "be vendosi a b c d sanksione".split(), []),
    # the dots of initials are no words of a gap: "expelled two U.S. diplomats"
    (["expel* ~ diplomat*"], "iran expelled two u . s . diplomats".split(), [(1, 8, "expel* ~ diplomat*")]),
    (["expel* ~ diplomat*"], "iran expelled a b u . s . diplomats".split(), []),
    (["do të", "do të *nte"], "ai do të zbatonte".split(), [(1, 4, "do të *nte")]),
    (["tha", "tha se"], "ai tha se".split(), [(1, 3, "tha se")]),
    (["a b", "b c"], "a b c".split(), [(0, 2, "a b")]),
    (["x"], "x y x".split(), [(0, 1, "x"), (2, 3, "x")]),
    (["Sipas"], "sipas kievit".split(), [(0, 1, "Sipas")]),
    ([], "a b".split(), []),
]


@pytest.mark.parametrize("patterns,words,expected", CASES)
def test_find(patterns, words, expected):
    assert PatternSet([(p, p) for p in patterns]).find(words) == expected


def test_matches_do_not_overlap_and_come_in_order():
    patterns = PatternSet([("a b", 1), ("b c", 2), ("c", 3), ("d*", 4)])
    hits = patterns.find("a b c dd c".split())
    assert hits == [(0, 2, 1), (2, 3, 3), (3, 4, 4), (4, 5, 3)]


def test_payload_is_returned_as_given():
    payload = {"type": "ASSAULT"}
    assert PatternSet([("sulmo*", payload)]).find(["sulmoi"])[0][2] is payload


# (patterns, common words, sentences, the sentences the prefilter keeps)
PREFILTER_CASES = [
    (["vendos* ~ sanksion*"], set(), ["BE vendosi sanksione.", "BE vendosi taksa."], [0]),
    (["ka marrë ~ masa"], {"ka"}, ["Qeveria ka marrë masa.", "Ai ka marrë çmim."], [0]),
    (["ka marrë ~ masa", "masa*"], {"ka"}, ["Masat u shtynë.", "Masa e re."], [0, 1]),
    (["sulm*"], set(), ["Kundërsulmi dështoi.", "Sulmi dështoi."], [1]),
    (["takim"], set(), ["Takimi u mbajt.", "Një takim u mbajt."], [1]),
    (["do të *nte"], {"do", "të"}, ["Ai do të vinte.", "Ai vinte."], [0]),
    (["urdhër-arrest*"], set(), ["Lëshoi urdhër-arrestin.", "Lëshoi urdhër."], [0]),
    (["vendosi|miratoi sanksione"], set(), ["BE miratoi sanksione.", "BE miratoi buxhetin."], [0]),
    # One rare word is not enough where common ones stand beside it: they are required too.
    (["said ~ must"], {"must"}, ["He said they must leave.", "He said so."], [0]),
    (["kërkoi nga"], {"nga"}, ["Ai kërkoi nga BE-ja.", "Ai kërkoi ndihmë."], [0]),
    (["not about to"], {"not", "about", "to"}, ["We are not about to go.", "It is about time."], [0]),
    # A required word counts in its own sentence only, its last word too.
    (["said ~ must"], {"must"}, ["They must.", "He said so.", "He said they must"], [2]),
    # Needs sharing a literal ("field") are met only with the rest of one of them.
    (["seized ~ oil field", "seized ~ gas field"], set(),
     ["They seized the gas field.", "They seized the oil wells.", "They seized a field.", "A gas field."], [0]),
]


@pytest.mark.parametrize("patterns,common,sentences,kept", PREFILTER_CASES)
def test_prefilter_keeps_sentences_that_hold_the_required_words(patterns, common, sentences, kept):
    text, spans = "", []
    for sentence in sentences:
        spans.append(Span(len(text), len(text) + len(sentence), "sentence"))
        text += sentence + " "
    found = Prefilter(patterns, common).spans(text.lower(), spans)
    assert found == [spans[k] for k in kept]


def test_prefilter_reads_letters_beyond_latin_1():
    """Cyrillic and Serbian Latin letters are word letters: no word starts inside one."""
    text = "Вучић је рекао. Ivan Načelnik otišao. Vučić sastanak."
    spans = [Span(0, 15, "sentence"), Span(16, 37, "sentence"), Span(38, 54, "sentence")]
    found = Prefilter(["рекао", "sastan*", "elnik"], set()).spans(text.lower(), spans)
    assert found == [spans[0], spans[2]]
