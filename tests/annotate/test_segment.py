"""Sentences and tokens: offsets into the text, glued words, abbreviations, numbers."""
import pytest

from lajm import Pipeline
from lajm.annotate.segment import END, MAX_SENTENCE, STOP_MARKS, TOKEN, _stop_end, _word_spans
from lajm.model import Article

# (lang, text, sentences expected, in order)
SENTENCES = [
    ("sq", "Kryeministri foli gjatë.Ministri i Financave tha se buxheti u rrit.",
     ["Kryeministri foli gjatë.", "Ministri i Financave tha se buxheti u rrit."]),
    ("sq", "Ai tha.Ministri shtoi se nuk ka para.",
     ["Ai tha.", "Ministri shtoi se nuk ka para."]),
    ("sq", "Takimi me z. Kurti zgjati një orë. Pastaj foli znj. Osmani.",
     ["Takimi me z. Kurti zgjati një orë.", "Pastaj foli znj. Osmani."]),
    ("sq", "Z. Hoti erdhi vonë. Dr. Gashi e priti.", ["Z. Hoti erdhi vonë.", "Dr. Gashi e priti."]),
    ("sq", "Çmimi u rrit me 3.5 për qind. Në protestë erdhën 3.000 veta.",
     ["Çmimi u rrit me 3.5 për qind.", "Në protestë erdhën 3.000 veta."]),
    ("sq", "Rreshti i parë pa pikë\n\nRreshti i dytë", ["Rreshti i parë pa pikë", "Rreshti i dytë"]),
    ("en", "Dr. Smith met U.S. officials in Geneva. They talked for an hour.",
     ["Dr. Smith met U.S. officials in Geneva.", "They talked for an hour."]),
    ("en", "The economy grew 3.5 percent. Some 3.000 people marched.",
     ["The economy grew 3.5 percent.", "Some 3.000 people marched."]),
    ("en", "First paragraph without a stop\n\nSecond paragraph without one",
     ["First paragraph without a stop", "Second paragraph without one"]),
    ("sq", "Ai foli gjatë.“Ne do të vijmë”, tha ai.", ["Ai foli gjatë.", "“Ne do të vijmë”, tha ai."]),
    ("sq", "“Kjo është e drejtë.”“Ne nuk ikim”, shtoi ajo.",
     ["“Kjo është e drejtë.”", "“Ne nuk ikim”, shtoi ajo."]),
    ("sq", "A do të vini?«Po», tha ai.", ["A do të vini?", "«Po», tha ai."]),
    ("sq", "Ai tha: „Ne do të vijmë.“ Pastaj iku.", ["Ai tha: „Ne do të vijmë.“", "Pastaj iku."]),
    ("sq", "Foli me z.“Kurtin” dje.", ["Foli me z.“Kurtin” dje."]),
    ("en", 'He said: "We will come." Then he left.', ['He said: "We will come."', "Then he left."]),
    ("en", "Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
]

# (lang, text, tokens that must appear as whole tokens)
TOKENS = [
    ("sq", "SHBA-të dhe BE-ja folën.", ["SHBA-të", "BE-ja"]),
    ("sq", "Raporti i SHBA’së doli sot.", ["SHBA’së"]),
    ("sq", "Ai foli me KurtitTutje deklaroi ministri.", ["Kurtit", "Tutje"]),
    ("sq", "Kishte 3.000 ushtarë dhe 2,5 milionë euro.", ["3.000", "2,5"]),
    ("en", "Ukraine's army said so.", ["Ukraine", "'s", "army"]),
    ("en", "Ukraine’s army said so.", ["Ukraine", "’s"]),
    ("en", "O'Brien's office and Obi-Wan's don't differ.", ["O'Brien", "'s", "Obi-Wan", "don't"]),
    ("en", "About 3,000 troops and 3.5 tonnes.", ["3,000", "3.5"]),
]


# Words read without the regex, and their neighbours that need it.
WORDS = ["said", "said,", "G7", "G7.", "well-known", "well-known,", "COVID-19", "re-run-it", "état-major", "-", "—",
         "9", "x-", "-x", "a--b", "24-hour", "2nd-largest", "2nd", "3,000", "²nd", "a_b", "(AP)", "don't", "Ukraine's",
         "Israel #39;s", "x²", "Ö-Ö"]


def segment(lang: str, text: str, stages=("sentences", "tokens")):
    return Pipeline(lang, stages=list(stages))(Article(text=text, lang=lang))


@pytest.mark.parametrize("lang,text,expected", SENTENCES)
def test_sentences(lang, text, expected):
    doc = segment(lang, text, ["sentences"])
    assert [doc.slice(s) for s in doc.sentences] == expected


@pytest.mark.parametrize("lang,text,expected", SENTENCES)
def test_sentences_are_trimmed_and_in_order(lang, text, expected):
    doc = segment(lang, text, ["sentences"])
    for before, after in zip(doc.sentences, doc.sentences[1:]):
        assert before.end <= after.start
    for s in doc.sentences:
        assert doc.slice(s) == doc.slice(s).strip() and s.label == "sentence"


@pytest.mark.parametrize("lang,text,expected", TOKENS)
def test_tokens(lang, text, expected):
    doc = segment(lang, text)
    words = [doc.slice(t) for t in doc.tokens]
    assert [t for t in expected if t not in words] == []


@pytest.mark.parametrize("lang,text", [(lang, text) for lang, text, _ in SENTENCES + TOKENS])
def test_tokens_slice_back_and_cover_every_visible_character(lang, text):
    doc = segment(lang, text)
    pieces = [doc.slice(t) for t in doc.tokens]
    assert all(p and not any(c.isspace() for c in p) for p in pieces)
    assert "".join(pieces) == "".join(text.split())
    for before, after in zip(doc.tokens, doc.tokens[1:]):
        assert before.end <= after.start


def test_glued_word_is_split_only_at_a_lowercase_capital_seam():
    doc = segment("sq", "Ministri i Brendshëm takoi ThaçinShkrimi dhe NATO-n.")
    words = [doc.slice(t) for t in doc.tokens]
    assert "Thaçin" in words and "Shkrimi" in words
    assert "NATO-n" in words and "Brendshëm" in words


@pytest.mark.parametrize("lang,text", [("sq", ""), ("en", "   \n\n  ")])
def test_empty_text_has_no_sentences_or_tokens(lang, text):
    doc = segment(lang, text)
    assert doc.sentences == [] and doc.tokens == []


def test_tokens_in_a_sentence_stay_inside_it():
    doc = segment("sq", "Ai tha.Ministri shtoi se nuk ka para. Pastaj iku.")
    inside = [doc.tokens_in(s) for s in doc.sentences]
    assert sum(map(len, inside)) == len(doc.tokens)
    for sentence, tokens in zip(doc.sentences, inside):
        assert all(sentence.start <= t.start and t.end <= sentence.end for t in tokens)


def test_text_with_no_stops_is_cut_into_bounded_pieces_after_commas():
    text = "Kosova, Serbia dhe Shqipëria " * 400 + "u takuan."
    doc = segment("sq", text, stages=("sentences",))
    assert len(doc.sentences) > 5
    assert all(len(s) <= MAX_SENTENCE for s in doc.sentences)
    assert all(doc.text[s.start - 2:s.start] == ", " for s in doc.sentences[1:])
    assert "".join(doc.slice(s) + " " for s in doc.sentences).split() == text.split()


def test_sentences_of_news_length_are_not_cut():
    sentence = "Ministri tha se " + "qeveria do të ndihmojë fermerët, " * 40 + "por nuk dha afat."
    doc = segment("sq", sentence, stages=("sentences",))
    assert len(sentence) < MAX_SENTENCE and [doc.slice(s) for s in doc.sentences] == [sentence]


@pytest.mark.parametrize("text,sentences", [
    ("Ministri tha se qeveria\ndo të ndihmojë fermerët.", ["Ministri tha se qeveria\ndo të ndihmojë fermerët."]),
    ("Protesta në Tiranë\nQindra qytetarë protestuan dje.", ["Protesta në Tiranë", "Qindra qytetarë protestuan dje."]),
    ("The minister said the government\nwould help farmers.", ["The minister said the government\nwould help farmers."]),
    ("Një paragraf.\n\ndhe një tjetër.", ["Një paragraf.", "dhe një tjetër."]),
])
def test_a_single_line_break_ends_a_sentence_only_before_a_capital(text, sentences):
    doc = segment("sq", text, stages=("sentences",))
    assert [doc.slice(s) for s in doc.sentences] == sentences


@pytest.mark.parametrize("word", WORDS)
def test_words_split_as_the_token_regex_splits_them(word):
    text = f"Ai tha {word} sot"
    starts, ends = _word_spans(text, 0, len(text))
    assert list(zip(starts, ends)) == [match.span() for match in TOKEN.finditer(text)]


@pytest.mark.parametrize("word", WORDS)
def test_a_word_read_again_elsewhere_splits_the_same(word):
    text = f"{word} tha  {word}"  # the second time its pieces are remembered, at another offset
    starts, ends = _word_spans(text, 0, len(text))
    assert list(zip(starts, ends)) == [match.span() for match in TOKEN.finditer(text)]


@pytest.mark.parametrize("text", [
    "Ai foli. Pastaj iku.", "It rose. 5 more fell.", "Done. _x", "End.", "End. ", "He left.  Then",
    "It grew 3.5 times.", "Really?! Yes.", "“Po.” Ai iku.", "tha.Ministri", "Stop. (Again.)", "Wait… what",
])
def test_stop_end_finds_what_the_end_regex_finds(text):
    """The common stop before a space and a word is read without the regex: as END reads it."""
    for at, char in enumerate(text):
        if char in STOP_MARKS:
            match = END.match(text, at)
            assert _stop_end(text, at) == (match.end() if match else -1), (text, at)
