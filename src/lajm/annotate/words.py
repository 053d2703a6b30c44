"""Words found around an offset in raw text: where a word starts, whether a piece
stands whole, the word before a place. Read on characters, with no tokens: the passes
over a whole article look in sentences that were never tokenised."""
from __future__ import annotations

from typing import Final

PREVIOUS_REACH: Final = 40  # characters looked back for the word before


def word_char(text: str, at: int) -> bool:
    return at < len(text) and (text[at].isalnum() or text[at] == "_")


def word_start(text: str, end: int) -> int:
    """Where the run of word characters (as the regex \\w reads them) that ends at `end` starts."""
    start = end
    while start > 0 and word_char(text, start - 1):
        start -= 1
    return start


def whole_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands whole: no letter, digit or hyphen joins it on either side."""
    return not (start and (text[start - 1].isalnum() or text[start - 1] == "-")) \
        and not (end < len(text) and (text[end].isalnum() or text[end] == "-"))


def word_before(text: str, start: int) -> str:
    """The lower-cased word right before `start`, if only spaces stand between (looked
    for no further back than PREVIOUS_REACH characters)."""
    reach, end = max(0, start - PREVIOUS_REACH), start
    while end > reach and text[end - 1].isspace():
        end -= 1
    if end == start or end == reach:
        return ""
    return text[max(reach, word_start(text, end)):end].lower()
