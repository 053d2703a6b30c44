"""Sentences and tokens with character offsets.

News text as scraped glues sentences ("tha.Ministri") and words across paragraphs
("KurtitTutje"); both are split here, abbreviations from the pack are not.
"""
from __future__ import annotations

import re
from operator import itemgetter

from lajm.annotate.scanning import lowered
from lajm.lang.base import LanguagePack
from lajm.model import Doc, Span, Tokens, bisect_right
from lajm.pipeline import stage

# A sentence ends at . ! ? … (and closing quotes) before space + an opening character,
# or glued straight onto a capital letter after a lowercase word ("tha.Ministri") or
# onto an opening quote and a word ("tha.“Ne", "tha.”“Ne"). A "“" before a space closes
# a quote opened with "„".
# Every break begins with one character of [.!?…\n], matched first so that the regex
# engine skips straight to them; the branches then look back at which it was.
END = re.compile(r"""[.!?…\n](?:(?<=[.!?…])[.!?…]*["'”’»)]*(?:“(?=\s))?(?=\s+["“«'‘(\-–—]?[\w"“«]|[A-ZÇË]|[“«„‘]\w)"""
                 r"""|(?<=\n)\s*\n|(?<=\n)(?=\S))""")
# A possessive "'s" is a token of its own ("Ukraine's" -> Ukraine + 's) so names end
# on a token boundary; other apostrophes stay inside the word ("SHBA’së", "s’ka").
# Scraped text sometimes keeps the apostrophe as a broken entity ("Israel #39;s").
# A number joined to a word is one word ("24-hour", "30-ditor").
TOKEN = re.compile(r"\d+(?:-\w+)+|\d+(?:[.,]\d+)*|\w+(?:-\w+|‘\w+|['’](?!s\b)\w+)*|['’]s\b|#39;s\b|[^\w\s]")
# Marks that end a word as a token of their own: no branch of TOKEN goes on past them.
TRAILING_MARKS = frozenset(".,;:!?)]}\"”»")
ABBREVIATION_CHARS = 12  # no abbreviation is longer
# Characters; no sentence of news is longer. Text with no stops (a list, a table) is cut
# into pieces of this size, so that reading it stays linear in its length.
MAX_SENTENCE = 2000
INITIALS = re.compile(r"(?:\w\.){1,2}")  # "A." "U.S."
TITLE_MAX_CHARS = 150
TITLE_ENDS = (".", "!", "?", "…", ":", ";", ",")  # a line ending so is no headline
GLUED_WORD = re.compile(r"[A-ZÇË](?<=[a-zçë]{3}.)(?=[a-zçë])")  # at the capital: fast to scan


@stage("sentences")
def make_sentences(pack: LanguagePack):
    abbreviations = Abbreviations(pack)

    def sentences(doc: Doc) -> Doc:
        text, start, spans = doc.text, 0, []
        for match in END.finditer(text):
            dot = match.start()
            if text[dot] == "." and abbreviations.end_at(text, dot) or _wrapped(text, match):
                continue
            spans.extend(_pieces(text, start, match.end()))
            start = match.end()
        spans.extend(_pieces(text, start, len(text)))
        doc.sentences = [s for s in spans if s is not None]
        return doc
    return sentences


class Abbreviations:
    """The pack's abbreviations and initials ("U.S."), whose stop ends no sentence."""

    def __init__(self, pack: LanguagePack):
        self.words = {a.lower() for a in pack.words("abbreviations")}

    def end_at(self, text: str, dot: int) -> bool:
        """Whether the stop at `dot` ends an abbreviation."""
        word = text[max(0, dot - ABBREVIATION_CHARS):dot + 1].split()[-1]  # the stop's own word
        w = word.lower().lstrip("(\"“«")
        return w in self.words or bool(INITIALS.fullmatch(w))


def _wrapped(text: str, match: re.Match) -> bool:
    """A single line break before a lowercase word continues the sentence (hard-wrapped
    text); before a capital it ends one (a headline, a dateline)."""
    return match.group() == "\n" and text[match.end():match.end() + 1].islower()


def _pieces(text: str, start: int, end: int) -> list[Span | None]:
    """The sentence from start to end, cut into pieces of at most MAX_SENTENCE characters
    after a clause mark or a space where it is longer (a list or table with no stops)."""
    pieces = []
    while end - start > MAX_SENTENCE:
        cut = _cut(text, start, start + MAX_SENTENCE)
        pieces.append(_trimmed(text, start, cut))
        start = cut
    return pieces + [_trimmed(text, start, end)]


def _cut(text: str, start: int, limit: int) -> int:
    for mark in ("; ", ", ", " "):
        at = text.rfind(mark, start + MAX_SENTENCE // 2, limit)
        if at >= 0:
            return at + len(mark)
    return limit


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, "sentence") if end > start else None


@stage("tokens")
def make_tokens(pack: LanguagePack):
    def tokens(doc: Doc) -> Doc:
        """Tokens of the sentences that may state an event ("candidate"; all of them when
        no stage chose), as only those are read past this point."""
        text, spans = doc.text, []
        for sentence in doc.spans.get("candidate", doc.sentences):
            spans.extend(_sentence_tokens(text, sentence.start, sentence.end))
        doc.tokens = Tokens(list(map(itemgetter(0), spans)), list(map(itemgetter(1), spans)))
        low = lowered(text)
        doc.norms = [low[a:b] for a, b in spans]
        return doc
    return tokens


def _sentence_tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = _word_spans(text, start, end)
    cuts = [m.start() for m in GLUED_WORD.finditer(text, start, end)]
    return _split_glued(spans, cuts) if cuts else spans


def _word_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """TOKEN's spans from start to end. Most words are letters only, or letters and a
    stop or comma ("said,"): one or two tokens, found without the regex, which costs far
    more a word; only the others are read with it."""
    spans: list[tuple[int, int]] = []
    at = start
    for word in text[start:end].split():
        at = text.find(word, at)
        end_of_word = at + len(word)
        if word.isalpha():
            spans.append((at, end_of_word))
        elif word[-1] in TRAILING_MARKS and word[:-1].isalpha():
            spans.append((at, end_of_word - 1))
            spans.append((end_of_word - 1, end_of_word))
        else:
            spans.extend(m.span() for m in TOKEN.finditer(text, at, end_of_word))
        at = end_of_word
    return spans


def _split_glued(spans: list[tuple[int, int]], cuts: list[int]) -> list[tuple[int, int]]:
    """Split the tokens that hold a glue point found in the text ("KurtitTutje")."""
    starts = [a for a, _ in spans]
    pieces: dict[int, list[int]] = {}
    for cut in cuts:
        k = bisect_right(starts, cut) - 1
        if k >= 0 and spans[k][0] < cut < spans[k][1]:
            pieces.setdefault(k, []).append(cut)
    out: list[tuple[int, int]] = []
    for k, (start, end) in enumerate(spans):
        inner = pieces.get(k, [])
        out.extend(zip([start, *inner], [*inner, end]) if inner else [(start, end)])
    return out


def title_line(text: str) -> str | None:
    """The first line, when it reads as a headline: short, unpunctuated, more text after it."""
    first, _, rest = text.partition("\n")
    first = first.strip()
    if rest.strip() and first and len(first) <= TITLE_MAX_CHARS and not first.endswith(TITLE_ENDS):
        return first
    return None
