"""Sentences and tokens with character offsets.

News text as scraped glues sentences ("tha.Ministri") and words across paragraphs
("KurtitTutje"); both are split here, abbreviations from the pack are not.
"""
from __future__ import annotations

import re
from typing import Final

from lajm.annotate.scanning import lowered
from lajm.lang.base import LanguagePack
from lajm.model import Doc, Span, Tokens, bisect_right
from lajm.pipeline import stage

# A sentence ends at . ! ? … (and closing quotes) before space + an opening character,
# or glued straight onto a capital letter after a lowercase word ("tha.Ministri") or
# onto an opening quote and a word ("tha.“Ne", "tha.”“Ne"). A "“" before a space closes
# a quote opened with "„".
# A line break ends one too (_line_end): a blank line, or a break before a non-space.
STOP_MARKS: Final = ".!?…"
END: Final = re.compile(r"""[.!?…][.!?…]*["'”’»)]*(?:“(?=\s))?(?=\s+["“«'‘(\-–—]?[\w"“«]|[A-ZÇË]|[“«„‘]\w)""")
# A possessive "'s" is a token of its own ("Ukraine's" -> Ukraine + 's) so names end
# on a token boundary; other apostrophes stay inside the word ("SHBA’së", "s’ka").
# Scraped text sometimes keeps the apostrophe as a broken entity ("Israel #39;s").
# A number joined to a word is one word ("24-hour", "30-ditor").
TOKEN: Final = re.compile(r"\d+(?:-\w+)+|\d+(?:[.,]\d+)*|\w+(?:-\w+|‘\w+|['’](?!s\b)\w+)*|['’]s\b|#39;s\b|[^\w\s]")
# Marks that end a word as a token of their own: no branch of TOKEN goes on past them.
TRAILING_MARKS: Final = frozenset(".,;:!?)]}\"”»")
WORD_PIECES: Final[dict[str, list[tuple[int, int]]]] = {}  # by word, its pieces (_pieces_of)
MAX_WORD_PIECES: Final = 100_000
ABBREVIATION_CHARS: Final = 12  # no abbreviation is longer
# Characters; no sentence of news is longer. Text with no stops (a list, a table) is cut
# into pieces of this size, so that reading it stays linear in its length.
MAX_SENTENCE: Final = 2000
INITIALS: Final = re.compile(r"(?:\w\.){1,2}")  # "A." "U.S."
INITIALS_CHARS: Final = 4  # no INITIALS is longer: no regex call for the other words
TITLE_MAX_CHARS: Final = 150
TITLE_ENDS: Final = (".", "!", "?", "…", ":", ";", ",")  # a line ending so is no headline
# Each character of the text (encoded to Latin-1, "?" for the others) as a byte of its class:
# "a" a lowercase letter of a-z, ç, ë; "A" a capital of A-Z, Ç, Ë; "b" another Latin-1
# letter; OTHER_CLASS anything else. A word glued onto the next ("KurtitTutje") is found
# there: a glue point is three lowercase letters, a capital, a lowercase letter. A word
# that opens with a letter is one token when isalnum (compiled, a cheap call) holds.
OTHER_CLASS: Final = ord(" ")
CLASS_BYTES: Final = bytes(ord("a") if chr(c) in "abcdefghijklmnopqrstuvwxyzçë"
                    else ord("A") if chr(c) in "ABCDEFGHIJKLMNOPQRSTUVWXYZÇË"
                    else ord("b") if c >= 0xC0 and chr(c).isalpha() else OTHER_CLASS for c in range(256))
GLUE: Final = b"aaaAa"


@stage("sentences")
def make_sentences(pack: LanguagePack):
    abbreviations = Abbreviations(pack)

    def sentences(doc: Doc) -> Doc:
        text, start, spans = doc.text, 0, []
        for dot, end in _breaks(text):
            if text[dot] == "." and abbreviations.end_at(text, dot) or _wrapped(text, dot, end):
                continue
            spans.extend(_pieces(text, start, end))
            start = end
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
        start, floor = dot, max(0, dot - ABBREVIATION_CHARS)
        while start > floor and not text[start - 1].isspace():  # back to the start of the stop's own word
            start -= 1
        w = text[start:dot + 1].lower().lstrip("(\"“«")
        return w in self.words or len(w) <= INITIALS_CHARS and bool(INITIALS.fullmatch(w))


def _breaks(text: str) -> list[tuple[int, int]]:
    """(start, end) of the sentence breaks, stops (END) and line breaks (_line_end), left
    to right, none inside another. The regex engine would test every character against
    END's first character class, which costs more than all the rest; str.find goes
    straight to the marks."""
    marks = []
    for mark in STOP_MARKS + "\n":
        at = text.find(mark)
        while at >= 0:
            marks.append(at)
            at = text.find(mark, at + 1)
    marks.sort()
    found, end = [], 0
    for at in marks:
        if at >= end:
            stop = _line_end(text, at) if text[at] == "\n" else _stop_end(text, at)
            if stop >= 0:
                end = stop
                found.append((at, end))
    return found


def _stop_end(text: str, at: int) -> int:
    """Where the break of the stop at `at` ends (END), or -1 when it ends no sentence.
    Most stops stand before a space and a word, where END ends right after the stop,
    found without the regex call, which costs several times more."""
    if text[at + 1:at + 2] == " " and at + 2 < len(text) and (text[at + 2].isalnum() or text[at + 2] == "_"):
        return at + 1
    match = END.match(text, at)
    return match.end() if match is not None else -1


def _line_end(text: str, at: int) -> int:
    """Where the break of the line break at `at` ends: past the last line break of the
    whitespace after it (a blank line), or right after it before a non-space; -1 when
    only spaces follow it. (A regex call costs several times this loop.)"""
    after = at + 1
    while after < len(text) and text[after].isspace():
        after += 1
    last = text.rfind("\n", at + 1, after)
    if last >= 0:
        return last + 1
    return at + 1 if after == at + 1 and after < len(text) else -1


def _wrapped(text: str, start: int, end: int) -> bool:
    """A single line break (the break from start to end) before a lowercase word continues
    the sentence (hard-wrapped text); before a capital it ends one (a headline, a dateline)."""
    return end == start + 1 and text[start] == "\n" and text[end:end + 1].islower()


def _pieces(text: str, start: int, end: int) -> list[Span | None]:
    """The sentence from start to end, cut into pieces of at most MAX_SENTENCE characters
    after a clause mark or a space where it is longer (a list or table with no stops)."""
    pieces = []
    while end - start > MAX_SENTENCE:
        cut = _cut(text, start, start + MAX_SENTENCE)
        pieces.append(_trimmed(text, start, cut))
        start = cut
    pieces.append(_trimmed(text, start, end))
    return pieces


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
        text, starts, ends, norms = doc.text, [], [], []
        low = lowered(text)
        classes = text.encode("latin-1", "replace").translate(CLASS_BYTES)
        for sentence in doc.spans.get("candidate", doc.sentences):
            found = _sentence_tokens(text, low, classes, sentence.start, sentence.end)
            starts.extend(found[0])
            ends.extend(found[1])
            norms.extend(found[2])
        doc.tokens = Tokens(starts, ends)
        doc.norms = norms
        return doc
    return tokens


def _sentence_tokens(text: str, low: str, classes: bytes, start: int,
                     end: int) -> tuple[list[int], list[int], list[str]]:
    """(starts, ends, norms) of the sentence's tokens; `low` is the text lowered
    (scanning.lowered, each character in its place), `classes` its CLASS_BYTES."""
    chunk = low[start:end]
    norms = chunk.split()
    cuts = _glue_points(classes, start, end)
    if not cuts and " ".join(norms) == chunk:  # mostly, single spaces part the words
        return _spaced_tokens(text, low, classes, start, norms)
    starts, ends = _word_spans(text, start, end)
    if cuts:
        starts, ends = _split_glued(starts, ends, cuts)
    return starts, ends, [low[starts[k]:ends[k]] for k in range(len(starts))]


def _spaced_tokens(text: str, low: str, classes: bytes, start: int,
                   words: list[str]) -> tuple[list[int], list[int], list[str]]:
    """(starts, ends, norms) of the tokens of the lowered `words`, parted by single spaces
    from `start`. A word that opens with a letter (in `classes`, CLASS_BYTES of the text)
    and holds only letters and digits is one token, its own norm; only the others are
    read with _word_pieces."""
    starts: list[int] = []
    ends: list[int] = []
    norms: list[str] = []
    at = start
    for word in words:
        word_end = at + len(word)
        if classes[at] != OTHER_CLASS and word.isalnum():
            starts.append(at)
            ends.append(word_end)
            norms.append(word)
        else:
            for piece_start, piece_end in _word_pieces(text[at:word_end]):
                starts.append(at + piece_start)
                ends.append(at + piece_end)
                norms.append(low[at + piece_start:at + piece_end])
        at = word_end + 1
    return starts, ends, norms


def _word_spans(text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """TOKEN's (starts, ends) from start to end, word by word (_word_pieces)."""
    starts: list[int] = []
    ends: list[int] = []
    at = start
    for word in text[start:end].split():
        at = text.find(word, at)
        for piece_start, piece_end in _word_pieces(word):
            starts.append(at + piece_start)
            ends.append(at + piece_end)
        at += len(word)
    return starts, ends


def _word_pieces(word: str) -> list[tuple[int, int]]:
    """TOKEN's (start, end) in a word. Most words are letters only, or letters and a stop
    or comma ("said,"): one or two tokens, found without the regex, which costs far more a
    word; only the others are read with it."""
    if len(word) == 1 or _one_token(word):
        return [(0, len(word))]
    return _pieces_of(word)


def _pieces_of(word: str) -> list[tuple[int, int]]:
    """TOKEN's (start, end) in a word that is more than one token, remembered: news
    repeats them ("said,", "(AP)"), and the regex costs far more than a look-up."""
    pieces = WORD_PIECES.get(word)
    if pieces is None:
        if len(WORD_PIECES) > MAX_WORD_PIECES:
            WORD_PIECES.clear()
        pieces = WORD_PIECES[word] = _read_pieces(word)
    return pieces


def _read_pieces(word: str) -> list[tuple[int, int]]:
    if word[-1] in TRAILING_MARKS and _one_token(word[:-1]):
        return [(0, len(word) - 1), (len(word) - 1, len(word))]
    return [match.span() for match in TOKEN.finditer(word)]


def _one_token(word: str) -> bool:
    """Whether TOKEN reads the word as one: letters and digits ("G7"), perhaps joined by
    hyphens ("well-known", "COVID-19"), opening with no digit. (isalnum is a cheap call
    compiled, isalpha is not.)"""
    if word[0].isdigit():
        return False
    if word.isalnum():
        return True
    for part in word.split("-"):
        if not part.isalnum():
            return False
    return True


def _glue_points(classes: bytes, start: int, end: int) -> list[int]:
    """The capitals from start to end glued onto a lowercase word ("KurtitTutje"), as the
    regex [A-ZÇË](?<=[a-zçë]{3}.)(?=[a-zçë]) finds them; searched in `classes` (CLASS_BYTES
    of the text), as the regex engine would test every character."""
    cuts = []
    at = classes.find(GLUE, max(0, start - 3), end)
    while at >= 0:
        cuts.append(at + 3)
        at = classes.find(GLUE, at + 1, end)
    return cuts


def _split_glued(starts: list[int], ends: list[int], cuts: list[int]) -> tuple[list[int], list[int]]:
    """Split the tokens that hold a glue point found in the text ("KurtitTutje")."""
    pieces: dict[int, list[int]] = {}
    for cut in cuts:
        k = bisect_right(starts, cut) - 1
        if k >= 0 and starts[k] < cut < ends[k]:
            pieces.setdefault(k, []).append(cut)
    split_starts: list[int] = []
    split_ends: list[int] = []
    for k in range(len(starts)):
        inner = pieces.get(k, [])
        split_starts += [starts[k], *inner]
        split_ends += [*inner, ends[k]]
    return split_starts, split_ends


def upper_at(text: str, k: int) -> bool:
    """text[k:k + 1].isupper(): compiled, str.isupper is a generic method call, where an
    ASCII character, as most are, is told by its code."""
    if not 0 <= k < len(text):
        return False
    code = ord(text[k])
    if code < 128:
        return 65 <= code <= 90  # A-Z
    return text[k].isupper()


def lower_at(text: str, k: int) -> bool:
    """text[k:k + 1].islower(), as upper_at."""
    if not 0 <= k < len(text):
        return False
    code = ord(text[k])
    if code < 128:
        return 97 <= code <= 122  # a-z
    return text[k].islower()


def title_line(text: str) -> str | None:
    """The first line, when it reads as a headline: short, unpunctuated, more text after it."""
    first, _, rest = text.partition("\n")
    first = first.strip()
    if rest.strip() and first and len(first) <= TITLE_MAX_CHARS and not first.endswith(TITLE_ENDS):
        return first
    return None
