"""Word-sequence patterns as the language packs write them.

A pattern is words separated by spaces. Each word is matched against one token,
lowercased:
    word     the word exactly
    stem*    any word starting with `stem` ("dërg*": dërgoi, dërguar, dërgojnë)
    *ending  any word ending with `ending` ("*nte": zbatonte, ndalonte)
    ~        a gap of zero to three words ("prezant* ~ kusht*")
Matches are found longest first, then leftmost, and do not overlap.
"""
from __future__ import annotations

from typing import Any, Generic, TypeVar

T = TypeVar("T")
GAP = "~"
MAX_GAP = 3
MAX_SEEN = 200_000  # words whose candidates are remembered


class PatternSet(Generic[T]):
    def __init__(self, rows: list[tuple[str, T]]):
        self.exact: dict[str, list[tuple[list[str], T]]] = {}
        self.stems: dict[str, list[tuple[list[str], T]]] = {}
        self.endings: list[tuple[list[str], T]] = []
        for text, payload in rows:
            parts = text.lower().split()
            entry = (parts, payload)
            first = parts[0]
            if first.startswith("*"):
                self.endings.append(entry)
            elif first.endswith("*"):
                self.stems.setdefault(first[:-1], []).append(entry)
            else:
                self.exact.setdefault(first, []).append(entry)
        self.stem_sizes = sorted({len(stem) for stem in self.stems}, reverse=True)
        self.seen: dict[str, list[tuple[list[str], T]]] = {}

    def candidates(self, word: str) -> list[tuple[list[str], T]]:
        """Entries whose first word matches `word`; remembered, as news reuses its words."""
        found = self.seen.get(word)
        if found is None:
            found = list(self.exact.get(word, ()))
            for size in self.stem_sizes:
                if size <= len(word):
                    found.extend(self.stems.get(word[:size], ()))
            found.extend(e for e in self.endings if word.endswith(e[0][0][1:]))
            if len(self.seen) > MAX_SEEN:
                self.seen.clear()
            self.seen[word] = found
        return found

    def find(self, words: list[str], blocked: list[bool] | None = None) -> list[tuple[int, int, T]]:
        """(first token, token after the last, payload) for each match in `words`;
        a match touching a `blocked` word (part of a name, say) does not count."""
        hits = []
        for i, word in enumerate(words):
            for parts, payload in self.candidates(word):
                end = match_from(parts, 1, words, i + 1)
                if end is not None and not (blocked and any(blocked[i:end])):
                    hits.append((i, end, payload))
        return _longest_first(hits)


def word_matches(part: str, word: str) -> bool:
    if part.endswith("*"):
        return word.startswith(part[:-1])
    if part.startswith("*"):
        return word.endswith(part[1:])
    return word == part


def match_from(parts: list[str], p: int, words: list[str], w: int) -> int | None:
    """Token index after a match of parts[p:] starting at words[w], or None."""
    if p == len(parts):
        return w
    if parts[p] == GAP:
        for skip in range(MAX_GAP + 1):
            end = match_from(parts, p + 1, words, w + skip)
            if end is not None:
                return end
        return None
    if w < len(words) and word_matches(parts[p], words[w]):
        return match_from(parts, p + 1, words, w + 1)
    return None


def _longest_first(hits: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    hits.sort(key=lambda h: (h[0] - h[1], h[0]))
    taken = bytearray(max((h[1] for h in hits), default=0))
    kept = []
    for start, end, payload in hits:
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        kept.append((start, end, payload))
    kept.sort(key=lambda h: h[0])
    return kept
