"""Word-sequence patterns as the language packs write them.

A pattern is words separated by spaces. Each word is matched against one token,
lowercased:
    word     the word exactly
    stem*    any word starting with `stem` ("dërg*": dërgoi, dërguar, dërgojnë)
    *ending  any word ending with `ending` ("*nte": zbatonte, ndalonte)
    ~        a gap of zero to three words ("prezant* ~ kusht*"); the dots of
             initials ("U.N.") do not count
    a|b      either form in this place ("vendosi|vendosën mas*")
Matches are found longest first, then leftmost, and do not overlap.

The patterns are kept as a trie of words, so a text is read with a few dictionary
look-ups a word however large the lexicon; the steps a word allows are remembered,
as news reuses its words.
"""
from __future__ import annotations

from collections.abc import Iterable
from operator import itemgetter
from typing import Any, Final, Generic, TypeVar

import ahocorasick

from lajm.annotate.scanning import spaced, spaced_text
from lajm.model import Span

T = TypeVar("T")
GAP: Final = "~"
MAX_GAP: Final = 3
INITIALS_DOT: Final = "."
MAX_SEEN: Final = 100_000  # words whose steps a node remembers
MIN_REQUIRED: Final = 3  # letters of the shortest literal a prefilter requires
_START: Final = itemgetter(0)  # a hit's start: a C-level sort key


class _Node:
    __slots__ = ("exact", "stems", "stem_sizes", "opening", "openings", "endings", "gap", "payloads", "seen")

    def __init__(self) -> None:
        self.exact: dict[str, _Node] = {}
        self.stems: dict[str, _Node] = {}
        self.stem_sizes: list[int] = []
        self.opening = 0  # letters of the shortest stem
        self.openings: set[str] = set()  # the stems' first `opening` letters
        self.endings: list[tuple[str, _Node]] = []
        self.gap: _Node | None = None
        self.payloads: list = []
        self.seen: dict[str, list[_Node]] = {}

    def child(self, part: str) -> _Node:
        if part == GAP:
            self.gap = self.gap or _Node()
            return self.gap
        if part.endswith("*"):
            table, key = self.stems, part[:-1]
        elif part.startswith("*"):
            node = next((n for e, n in self.endings if e == part[1:]), None)
            if node is None:
                node = _Node()
                self.endings.append((part[1:], node))
            return node
        else:
            table, key = self.exact, part
        if key not in table:
            table[key] = _Node()
        return table[key]

    def steps(self, word: str) -> list[_Node]:
        """The nodes reached from here by reading `word`."""
        found = self.seen.get(word)
        if found is None:
            found = self._read(word)
            if len(self.seen) > MAX_SEEN:
                self.seen.clear()
            self.seen[word] = found
        return found

    def _read(self, word: str) -> list[_Node]:
        found: list[_Node] = []
        node = self.exact.get(word)
        if node is not None:
            found.append(node)
        if word[:self.opening] in self.openings:  # most words open no stem
            for n in self.stem_sizes:
                node = self.stems.get(word[:n]) if n <= len(word) else None
                if node is not None:
                    found.append(node)
        for ending, node in self.endings:
            if word.endswith(ending):
                found.append(node)
        return found

    def finish(self) -> None:
        self.stem_sizes = sorted({len(stem) for stem in self.stems}, reverse=True)
        self.opening = self.stem_sizes[-1] if self.stems else 0
        self.openings = {stem[:self.opening] for stem in self.stems}
        for node in (*self.exact.values(), *self.stems.values(), *(n for _, n in self.endings)):
            node.finish()
        if self.gap is not None:
            self.gap.finish()


class PatternSet(Generic[T]):
    def __init__(self, rows: list[tuple[str, T]]):
        self.root = _Node()
        for text, payload in rows:
            for parts in _alternatives(text.lower().split()):
                node = self.root
                for part in parts:
                    node = node.child(part)
                node.payloads.append(payload)
        self.root.finish()

    def find(self, words: list[str], blocked: list[bool] | None = None) -> list[tuple[int, int, T]]:
        """(first token, token after the last, payload) for each match in `words`, as
        `choose` chooses them."""
        return choose(self.matches(words), blocked)

    def matches(self, words: list[str]) -> list[tuple[int, int, T]]:
        """Every match in `words`, overlapping ones too: (first token, token after the
        last, payload)."""
        hits: list[tuple[int, int, T]] = []
        root = self.root
        for i, word in enumerate(words):
            nodes = root.seen.get(word)
            if nodes is None:
                nodes = root.steps(word)
            for node in nodes:
                _add_ends(node, words, i + 1, i, hits)
        return hits


def choose(hits: list[tuple[int, int, T]], blocked: list[bool] | None) -> list[tuple[int, int, T]]:
    """Of a PatternSet's matches, longest first (longest_first), those that neither
    start nor end on a `blocked` word (part of a name, say); words skipped by a gap may
    be blocked ("paralajmëroi se ~ do")."""
    if blocked:
        hits = [hit for hit in hits if not (blocked[hit[0]] or blocked[hit[1] - 1])]
    return longest_first(hits)


class Prefilter:
    """Where a PatternSet may match, found without tokens: a word sequence can match only
    where all its required literals (words and stems) stand at word starts. Where two of
    its literals are rare (of MIN_REQUIRED letters or more, not in `common`, which
    nearly every sentence holds), only the rare ones are required; else all but the
    common short ones; a sequence made only of common short words requires its longest."""

    def __init__(self, patterns: Iterable[str], common: set[str]):
        needs: dict[str, set[frozenset[str]]] = {}  # by its longest literal
        for pattern in patterns:
            for parts in _alternatives(pattern.lower().split()):
                need = _required(parts, common)
                needs.setdefault(max(need, key=_size), set()).add(need)
        # The automaton looks for each need's longest literal only: its other literals are
        # mostly frequent words ("for", "with"), looked for in the few sentences where the
        # longest stands. A literal is looked for as its key ("masa" is " masa ", "masa*" " masa").
        by_key: dict[str, list[list[str]]] = {}  # the others' keys
        for literal, found in needs.items():
            by_key.setdefault(_key(literal), []).extend([_key(o) for o in need if o != literal] for need in found)
        self.alone = {key for key, others in by_key.items() if [] in others}  # a literal alone is enough
        self.needs = {key: _grouped(others) for key, others in by_key.items() if key not in self.alone}
        self.automaton = ahocorasick.Automaton()
        for key in by_key:
            self.automaton.add_word(key, key)
        self.automaton.make_automaton()

    def spans(self, low: str, spans: list[Span]) -> list[Span]:
        """Those of `spans` (sentences of `low`, a lower-cased text, in order) where a
        match may be."""
        text, k = spaced_text(low), 0
        kept: list[Span] = []
        for found_end, found_key in self.automaton.iter(text) if self.needs or self.alone else ():
            last: int = found_end  # typed once: the automaton's values are untyped, slow to add and compare
            key: str = found_key
            start = last - len(key) + 1  # the automaton reports words in text order
            while k < len(spans) and spans[k].end <= start:
                k += 1
            if k < len(spans) and spans[k].start <= start and not (kept and kept[-1] is spans[k]) \
                    and (key in self.alone or self._needs_met(key, text, spans[k])):
                kept.append(spans[k])
        return kept

    def _needs_met(self, key: str, text: str, sentence: Span) -> bool:
        for shared, rests in self.needs[key]:
            if _has(shared, text, sentence):
                for rest in rests:
                    if _all_in(rest, text, sentence):
                        return True
        return False


def _key(literal: str) -> str:
    return spaced(literal.rstrip("*"), whole=not literal.endswith("*"))


def _all_in(keys: list[str], text: str, sentence: Span) -> bool:
    """Whether each key starts inside the sentence in `text` (spaced: a key's first space
    stands where its word starts)."""
    for key in keys:
        if not _has(key, text, sentence):
            return False
    return True


def _has(key: str, text: str, sentence: Span) -> bool:
    return text.find(key, sentence.start, sentence.end - 1 + len(key)) >= 0


def _grouped(needs: list[list[str]]) -> list[tuple[str, list[list[str]]]]:
    """The needs (lists of keys) by the key most of them share, with the rest of each:
    many needs of one key share a literal ("occupy" with "city", "town", "region"), which
    is then looked for once."""
    shares: dict[str, int] = {}
    for need in needs:
        for key in need:
            shares[key] = shares.get(key, 0) + 1
    groups: dict[str, list[list[str]]] = {}
    for need in needs:
        shared = max(need, key=lambda key: (shares[key], key))
        groups.setdefault(shared, []).append([key for key in need if key != shared])
    return list(groups.items())


def _required(parts: list[str], common: set[str]) -> frozenset[str]:
    words = [p for p in parts if p != GAP and not p.startswith("*")]
    literals = [p for p in words if _size(p) >= MIN_REQUIRED]
    need = [p for p in literals if p.rstrip("*") not in common]
    if len(need) < 2:  # "said ~ must", "said no to": one rarer word is not enough
        need = literals + [p for p in words if _size(p) < MIN_REQUIRED and p.rstrip("*") not in common]
    return frozenset(need or [max(words, key=_size)])


def _size(literal: str) -> int:
    return len(literal.rstrip("*"))


def _alternatives(parts: list[str]) -> list[list[str]]:
    """Every word sequence a pattern stands for: "vendosi|vendosën mas*" is two."""
    sequences: list[list[str]] = [[]]
    for part in parts:
        sequences = [seq + [choice] for seq in sequences for choice in part.split("|")]
    return sequences


def _add_ends(node: _Node, words: list[str], w: int, start: int, hits: list[tuple[int, int, Any]]) -> None:
    """Add to `hits` every match (start, end, payload) continuing from `node` at words[w]:
    added in place, as most continuations match nothing."""
    for payload in node.payloads:
        hits.append((start, w, payload))
    if w < len(words):
        for nxt in node.steps(words[w]):
            _add_ends(nxt, words, w + 1, start, hits)
    if node.gap is not None:
        for end in _gap_ends(words, w):
            _add_ends_after_gap(node.gap, words, end, start, hits)


def _gap_ends(words: list[str], w: int) -> list[int]:
    """Where a gap opening at words[w] may close: after zero to MAX_GAP words. A dot inside
    a sentence marks initials ("U.N.", "U.S."), not a word of its own."""
    ends, counted = [w], 0
    while w < len(words) and (counted < MAX_GAP or words[w] == INITIALS_DOT):
        counted += words[w] != INITIALS_DOT
        w += 1
        ends.append(w)
    return ends


def _add_ends_after_gap(node: _Node, words: list[str], w: int, start: int, hits: list[tuple[int, int, Any]]) -> None:
    """Like _add_ends, but the gap's own node must read at least one more word."""
    if w < len(words):
        for nxt in node.steps(words[w]):
            _add_ends(nxt, words, w + 1, start, hits)


def longest_first(hits: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """Of overlapping (start, end, payload) hits keep the longest, then the leftmost;
    the kept ones in text order. Hits in text order fall into runs that overlap nothing
    outside themselves, each chosen from alone: most runs are one hit."""
    if len(hits) < 2:  # most sentences: no sort, whose key calls cost
        return hits
    hits.sort(key=_START)
    kept: list[tuple[int, int, Any]] = []
    first, reach = 0, hits[0][1]
    for k in range(1, len(hits)):
        if hits[k][0] >= reach:
            kept += _longest_of_run(hits[first:k])
            first = k
        reach = max(reach, hits[k][1])
    kept += _longest_of_run(hits[first:])
    return kept


def _longest_of_run(run: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """longest_first of hits in text order that overlap nothing outside them."""
    if len(run) < 2:
        return run
    run.sort(key=_length, reverse=True)  # stable: of two as long, the leftmost first
    kept: list[tuple[int, int, Any]] = []
    for hit in run:
        if not _overlaps(hit, kept):
            kept.append(hit)
    kept.sort(key=_START)
    return kept


def _length(hit: tuple[int, int, Any]) -> int:
    return hit[1] - hit[0]


def _overlaps(hit: tuple[int, int, Any], kept: list[tuple[int, int, Any]]) -> bool:
    for other in kept:
        if hit[0] < other[1] and other[0] < hit[1]:
            return True
    return False
