"""Where a time pattern may match, found cheaply: the times stage tries its patterns (in
lower case) only where this filter lets them, and then only those that can begin with
the word there, in their order.
"""
from __future__ import annotations

import re

import regex  # for its partial matching: can a pattern's match begin with this word?


class TimeFilter:
    """The patterns (lower case, placeholders filled in), each compiled alone with an empty
    group p{i} at its end to tell which one matched. Trying the patterns that can begin
    at a word one by one, in order, finds what they would find joined as alternatives;
    joined regexes for the sets of patterns words allow would each cost as much to compile
    as reading a few hundred sentences."""

    def __init__(self, patterns: list[str], words: set[str], month_words: tuple[str, ...]):
        self.patterns = [re.compile(rf"(?<!\w)(?:{pattern})(?P<p{i}>)(?!\w)") for i, pattern in enumerate(patterns)]
        self.probes = [regex.compile(pattern) for pattern in patterns]
        self.words = words              # all words a match may hold, besides digits and months
        self.month_words = month_words  # a month name may take a case ending: "marsit"
        self.by_key: dict[str, list[re.Pattern[str]]] = {}
        # The words that make a whole match alone ("today"), followed by a space.
        self.whole_words = {word for word in words
                            if self._first_match(self._patterns_of(word), word + " ", 0, len(word) + 1)}

    def match(self, low: str, start: int, end: int | None = None) -> re.Match[str] | None:
        """The first pattern's match at `start` of `low` (a lower-cased text), cut at `end`."""
        if not self.may_match(low, start):
            return None
        return self._first_match(self._patterns_for(low, start), low, start, len(low) if end is None else end)

    @staticmethod
    def _first_match(patterns: list[re.Pattern[str]], low: str, start: int, end: int) -> re.Match[str] | None:
        for pattern in patterns:
            found = pattern.match(low, start, end)
            if found is not None:
                return found
        return None

    def _patterns_for(self, low: str, start: int) -> list[re.Pattern[str]]:
        """The patterns that can begin with the word at `start`. The word keys them when it
        is one of the patterns' words, and its first character else (so that there are few
        keys); either is how the text there begins."""
        end = start
        while end < len(low) and low[end].isalnum():
            end += 1
        word = low[start:end]
        return self._patterns_of(word if word in self.words else low[start:start + 1])

    def _patterns_of(self, key: str) -> list[re.Pattern[str]]:
        found = self.by_key.get(key)
        if found is None:
            found = self.by_key[key] = [self.patterns[i] for i, probe in enumerate(self.probes)
                                        if probe.match(key, partial=True)]
        return found

    def may_match(self, low: str, start: int) -> bool:
        """False when no pattern can match at `start`, found cheaply. A match holds only
        the patterns' words, digits and month names with their endings: when the word after
        the next space is none of these, a match ends before it, so the patterns are tried
        on the text cut there, where they fail fast. (A pattern that looked past its last
        word with a lookahead would be missed, and none does.)"""
        space = low.find(" ", start)
        after = low.find(" ", space + 1)
        word = low[space + 1:after if after > 0 else len(low)]
        if space < 0 or not word.isalnum() or word in self.words or word[0].isdecimal():
            return True
        return word.startswith(self.month_words) or self._matches_alone(low, start, space)

    def _matches_alone(self, low: str, start: int, space: int) -> bool:
        """Whether a pattern matches the text at `start` cut after the next `space`. For
        a word of the patterns there the answer is known. (`start` begins a word, and no
        pattern looks behind its start.)"""
        first = low[start:space]
        if first in self.words:
            return first in self.whole_words
        return self._first_match(self._patterns_for(low, start), low, start, space + 1) is not None
