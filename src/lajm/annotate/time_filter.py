"""Where a time pattern may match, found cheaply: the times stage tries its patterns, in
lower case and joined into one regex, only where this filter lets them, and then only
the patterns that can begin with the word there.
"""
from __future__ import annotations

import re
from typing import Final

import regex  # for its partial matching: can a pattern's match begin with this word?

NONE: Final = re.compile(r"(?!)")


class TimeFilter:
    """The patterns (lower case, placeholders filled in) joined into one regex, with an
    empty group p{i} after the i-th one to tell which matched first. (A group around it
    would make the regex engine save its groups at each repetition inside: slower.)"""

    def __init__(self, patterns: list[str], words: set[str], month_words: tuple[str, ...]):
        self.patterns = patterns
        self.probes = [regex.compile(pattern) for pattern in patterns]
        self.words = words              # all words a match may hold, besides digits and months
        self.month_words = month_words  # a month name may take a case ending: "marsit"
        self.joined: dict[str, re.Pattern[str]] = {}
        self.whole = self._join(list(range(len(patterns))))
        # The words that make a whole match alone ("today"), followed by a space.
        self.whole_words = {word for word in words if self.whole.match(word + " ")}

    def match(self, low: str, start: int, end: int | None = None) -> re.Match[str] | None:
        """The joined patterns' match at `start` of `low` (a lower-cased text), cut at `end`."""
        if not self.may_match(low, start):
            return None
        return self._patterns_for(low, start).match(low, start, len(low) if end is None else end)

    def _patterns_for(self, low: str, start: int) -> re.Pattern[str]:
        """The patterns that can begin with the word at `start`, joined. The word keys them
        when it is one of the patterns' words, and its first character else (so that
        there are few keys); either is how the text there begins."""
        end = start
        while end < len(low) and low[end].isalnum():
            end += 1
        word = low[start:end]
        key = word if word in self.words else low[start:start + 1]
        joined = self.joined.get(key)
        if joined is None:
            joined = self._join([i for i, probe in enumerate(self.probes) if probe.match(key, partial=True)])
            self.joined[key] = joined
        return joined

    def _join(self, indexes: list[int]) -> re.Pattern[str]:
        if not indexes:
            return NONE
        body = "|".join(rf"(?:{self.patterns[i]})(?P<p{i}>)" for i in indexes)
        return re.compile(rf"(?<!\w)(?:{body})(?!\w)")

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
        return bool(self._patterns_for(low, start).match(low, start, space + 1))
