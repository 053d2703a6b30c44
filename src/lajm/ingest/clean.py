"""Page furniture recognised by its words: section labels shared by the text and HTML readers.

Labels are matched after folding case and the Albanian letters ë and ç, since many sites
drop them ("Shperndaje", "Me te lexuarat").
"""
from __future__ import annotations

import re

# A heading with one of these words opens the reader comments: it and all after it go.
COMMENT_LABELS = (
    "komente", "komentet", "koment", "comments", "comment",
    "lini një koment", "shkruani një koment", "shkruaj komentin", "leave a comment",
    "leave a reply",
)
# A heading with one of these words is followed by a list of links or share buttons.
LINK_LABELS = (
    "lexo edhe", "lexoni edhe", "lexo gjithashtu", "lexo më shumë", "lajme të ngjashme",
    "të ngjashme", "artikuj të ngjashëm", "më të lexuarat", "të fundit", "shpërndaje",
    "shpërndaje në", "shpërndaj", "ndaje", "related", "related articles", "related stories", "read more",
    "read also", "see also", "most read", "you may also like", "share", "share on",
    "share this", "share this article",
)
AD_LABELS = ("reklamë", "reklama", "publicitet", "advertisement", "advertising", "sponsored", "ad")
COUNT = r"(?:\s*\(?\d+\)?)?"


def fold(text: str) -> str:
    return " ".join(text.lower().replace("ë", "e").replace("ç", "c").split())


def label_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    """A whole (folded) line that is one of `labels`, with an optional count and colon."""
    words = "|".join(sorted((re.escape(fold(label)) for label in labels), key=len, reverse=True))
    return re.compile(rf"{COUNT}\s*(?:{words}){COUNT}\s*:?")


COMMENT_LINE = label_pattern(COMMENT_LABELS)
LINK_LINE = label_pattern(LINK_LABELS)
AD_LINE = label_pattern(AD_LABELS)


def is_label(line: str) -> bool:
    folded = fold(line)
    return any(p.fullmatch(folded) for p in (COMMENT_LINE, LINK_LINE, AD_LINE))


def drop_trailing_labels(text: str) -> str:
    """The text without trailing lines that are only a label ("Komente", "Share", ...)."""
    lines = text.rstrip().split("\n")
    while lines and (not lines[-1].strip() or is_label(lines[-1])):
        lines.pop()
    return "\n".join(lines)
