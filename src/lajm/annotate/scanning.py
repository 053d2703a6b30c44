"""Finding a language pack's words in text fast, for the quantities and times stages:
word lists as trie regexes, cue phrases looked up word by word, Aho-Corasick anchors
where the slower regexes are tried, and the pack's TOML files and month names read.
"""
from __future__ import annotations

import codecs
import re
import tomllib
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Final, Generic, TypeVar

import ahocorasick

from lajm.errors import PackError
from lajm.lang.base import LanguagePack
from lajm.model import Doc, Span

TOKEN: Final = re.compile(r"\w+|[^\w\s]")
# Word characters kept, every other character a space (see `spaced`). Made with
# bytes.translate over Latin-1, which is fast; a character outside Latin-1 becomes "a"
# when it is a letter or digit and else a space.
WORD_BYTES: Final = bytes(c if chr(c).isalnum() or chr(c) == "_" else 32 for c in range(256))


def _as_word_bytes(err: UnicodeError) -> tuple[str, int]:
    """Latin-1 cannot hold the characters err names: "a" for a letter or digit, else a space."""
    if not isinstance(err, UnicodeEncodeError):
        raise err
    return "".join("a" if c.isalnum() else " " for c in err.object[err.start:err.end]), err.end


codecs.register_error("lajm-words", _as_word_bytes)


def spaced(text: str, whole: bool = True) -> str:
    """A text or a word as Aho-Corasick searches them for words: a space before, words only
    (WORD_BYTES), and a space after a text or a whole word (" masa ", but the stem " sulm"),
    so that every match stands at word starts. Offsets are kept: the space before stands
    where the first character was."""
    words = text.encode("latin-1", "lajm-words").translate(WORD_BYTES).decode("latin-1")
    return " " + words + (" " if whole else "")


@lru_cache(maxsize=4)
def spaced_text(low: str) -> str:
    """spaced(low), kept for the next reader: the candidates and the names both search a
    text, and the times and the quantities a sentence."""
    return spaced(low)


def read_toml(pack: LanguagePack, name: str) -> dict:
    """The pack's `name`.toml file as a dict."""
    path = pack.folder / f"{name}.toml"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise PackError(f"{path}: {err}") from err


def name_forms(entries: list[str | list[str]]) -> list[list[str]]:
    """Month or weekday names: each entry one form or a list of forms."""
    return [[entry] if isinstance(entry, str) else entry for entry in entries]


def names_pattern(times: dict, key: str, lower: bool = False) -> str:
    """A regex of the "months" or "weekdays" of a pack's times.toml (months with their case
    endings). Capitalised names match only as written, unless `lower` asks for lower-case
    forms to search a lower-cased text."""
    forms = [form for entry in name_forms(times[key]) for form in entry]
    names = literals(f.lower() if lower else f for f in forms)
    if times.get("capitalised") and not lower:
        names = f"(?-i:{names})"
    return names + (times.get("month_suffix", "") if key == "months" else "")


def alternation(items: Iterable[str]) -> str:
    """Regex alternatives, longest first so the longer of two overlapping ones wins."""
    return "|".join(sorted(items, key=len, reverse=True))


def literals(phrases: Iterable[str]) -> str:
    """Literal phrases as one regex, any whitespace between words. Built as a trie
    ("dit(?:ë[ns]?|e)"), which fails fast where a flat list of alternatives would try each."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for char in " ".join(phrase.split()):
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie) or "(?!)"


def _trie_regex(node: dict) -> str:
    branches = [(r"\s+" if char == " " else re.escape(char)) + _trie_regex(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


def cue_regex(cue: str) -> str:
    """A cue phrase as a regex: whole words, any whitespace between them, `*` = any ending."""
    body = r"\s+".join(re.escape(w) for w in cue.rstrip("*").split())
    before = r"(?<!\w)" if cue[0].isalnum() else ""
    after = r"\w*" if cue.endswith("*") else (r"(?!\w)" if cue[-1].isalnum() else "")
    return before + body + after


def normal(phrase: str) -> str:
    """A phrase as looked up: lower case, single spaces."""
    return " ".join(phrase.lower().split())


def words_of(text: str) -> list[str]:
    """The tokens of TOKEN in `text`, lower-cased."""
    low = text.lower()
    words = low.split()
    # Most texts asked for are plain words and spaces: there split() gives TOKEN's words, faster.
    if "".join(words).isalnum():
        return words
    return TOKEN.findall(low)


def last_word(text: str) -> str:
    """The last of words_of(text) ("" when there is none), found from the end."""
    low = text.lower().rstrip()
    start = len(low)
    while start > 0 and (low[start - 1].isalnum() or low[start - 1] == "_"):
        start -= 1
    return low[start:] if start < len(low) else low[-1:]


def start_of_last_words(text: str, n: int) -> int:
    """Where the last `n` tokens of TOKEN in `text` begin, found from the end (0 when there
    are fewer)."""
    start = len(text)
    for _ in range(n):
        start = len(text[:start].rstrip())
        if start > 0 and not _is_word_char(text[start - 1]):
            start -= 1  # a mark is a token of its own
            continue
        while start > 0 and _is_word_char(text[start - 1]):
            start -= 1
    return start


def _is_word_char(char: str) -> bool:
    """Whether `char` is one that \\w matches."""
    return char.isalnum() or char == "_"


@lru_cache(maxsize=4)
def lowered(text: str) -> str:
    """The text in lower case, each character kept in its place (kept for the next stage)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


T = TypeVar("T")


class Cues(Generic[T]):
    """Cue phrases, each carrying what it says (a kind, a qualifier, a currency ...).

    Looked up word by word: a cue is whole words, and `stem*` takes any ending."""

    def __init__(self, rows: Sequence[tuple[str, T]]):
        self.exact: dict[tuple[str, ...], T] = {}
        self.stems: dict[tuple[str, ...], T] = {}
        for cue, payload in rows:
            words = tuple(TOKEN.findall(cue.lower().rstrip("*")))
            (self.stems if cue.endswith("*") else self.exact)[words] = payload
        self.longest = max(map(len, [*self.exact, *self.stems]), default=0)
        self.stem_sizes = sorted({len(words[-1]) for words in self.stems}, reverse=True)
        # First words, to turn most words away with one look-up.
        self.heads = {words[0] for words in [*self.exact, *(w for w in self.stems if len(w) > 1)]}
        self.head_stems = {words[0] for words in self.stems if len(words) == 1}
        self.short = min(map(len, self.head_stems), default=0)
        self.head_starts = {stem[:self.short] for stem in self.head_stems}
        # Last words, to turn most phrases away from `ending` with one look-up.
        self.tails = {words[-1] for words in self.exact}
        self.tail_stems = {words[-1] for words in self.stems}
        self.pattern = alternation(cue_regex(cue) for cue, _ in rows) or "(?!)"

    def at(self, words: list[str], i: int = 0) -> tuple[int, T] | None:
        """The longest cue starting at words[i]: (how many words, payload)."""
        if i >= len(words) or not self._may_start(words[i]):
            return None
        for n in range(min(self.longest, len(words) - i), 0, -1):
            found = self._lookup(tuple(words[i:i + n]))
            if found is not None:
                return n, found
        return None

    def ending(self, words: list[str]) -> tuple[int, T] | None:
        """The longest cue made of the last words: (how many words, payload)."""
        if not words or not self.may_end(words[-1]):
            return None
        for n in range(min(self.longest, len(words)), 0, -1):
            found = self._lookup(tuple(words[-n:])) if self._may_start(words[-n]) else None
            if found is not None:
                return n, found
        return None

    def _may_start(self, word: str) -> bool:
        if word in self.heads:
            return True
        if word[:self.short] not in self.head_starts:
            return False
        return any(word[:n] in self.head_stems for n in self.stem_sizes)

    def may_end(self, word: str) -> bool:
        """False when no cue ends with `word`, found cheaply."""
        if word in self.tails:
            return True
        for size in self.stem_sizes:
            if word[:size] in self.tail_stems:
                return True
        return False

    def _lookup(self, phrase: tuple[str, ...]) -> T | None:
        if phrase in self.exact:
            return self.exact[phrase]
        for size in self.stem_sizes:
            found = self.stems.get(phrase[:-1] + (phrase[-1][:size],))
            if found is not None:
                return found
        return None


class Anchors:
    """Where a pattern may match: at an anchor (a number, a listed word, or a word that
    begins with a listed stem), or at a starter word shortly before an anchor.

    Anchors are found in one Aho-Corasick pass, so that the slower regexes run only near
    them; starters, which are common words, only in the few words before an anchor."""

    def __init__(self, words: Iterable[str], stems: Iterable[str] = (), starters: Iterable[str] = ()):
        self.automaton = ahocorasick.Automaton()
        keys = {spaced(stem.lower(), whole=False) for stem in (*stems, *"0123456789")}
        keys |= {spaced(word.lower()) for word in words}
        for key in keys:
            if key.strip():  # a word of no letters ("%") would stand at every space
                self.automaton.add_word(key, len(key))
        self.automaton.make_automaton()
        # A starter is a whole word, and none that is an anchor too.
        self.starters = {spaced(word.lower()).strip() for word in starters} - {key.strip() for key in keys} - {""}

    def find(self, low: str) -> tuple[list[int], str]:
        """Positions of the anchors in `low`, a text in lower case, and its spaced form."""
        words = spaced_text(low)
        anchors: set[int] = set()
        last: int
        size: int
        for last, size in self.automaton.iter(words):
            anchors.add(last - size + 1)
        return sorted(anchors), words

    def starters_in(self, words: str, first: int, end: int) -> list[int]:
        """Positions of the starters that begin from `first` to before `end` in a text,
        given `words`, its spaced form (where a space stands before each word's start)."""
        found: list[int] = []
        space = words.find(" ", first)
        while 0 <= space < end:
            after = words.find(" ", space + 1)
            if words[space + 1:after] in self.starters:
                found.append(space)
            space = after
        return found


def scan(text: str, anchors: Anchors, reach: int,
         read: Callable[[int], tuple[Span | None, int] | None]) -> list[Span]:
    """Spans found at the `anchors` of `text`: `read(start)` gives the span at `start` (None
    when none is there) and where to go on from, or None when nothing matches there. For
    each anchor, the starters up to `reach` characters before it (but not before where the
    last span ended) are tried, then the anchor itself."""
    at, words = anchors.find(lowered(text))
    spans, pos = [], 0
    for anchor in at:
        if anchor < pos:
            continue
        found = _read_before(anchors.starters_in(words, max(pos, anchor - reach), anchor), anchor, read)
        if found is None:
            pos = anchor + 1  # every start up to here has failed, and would fail again
            continue
        span, pos = found
        if span:
            spans.append(span)
    return spans


def _read_before(starters: list[int], anchor: int,
                 read: Callable[[int], tuple[Span | None, int] | None]) -> tuple[Span | None, int] | None:
    """What `read` finds first at the `starters` before `anchor`, then at the anchor."""
    for start in starters:
        found = read(start)
        if found is not None:
            return found
    return read(anchor)


def sentence_reader(read: Callable[[Doc, str], list[Span]]) -> Callable[[Doc, Span], list[Span]]:
    """A reader for Doc.read_on_demand: `read(doc, text)` applied to one sentence's text,
    its spans moved to the document's offsets."""
    def read_sentence(doc: Doc, sentence: Span) -> list[Span]:
        found = read(doc, doc.text[sentence.start:sentence.end])
        for span in found:
            span.start += sentence.start
            span.end += sentence.start
        return found
    return read_sentence
