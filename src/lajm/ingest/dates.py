"""Publication dates written as lines on the page: "Publikuar më: 7 mars 2025, 09:15",
"Published: March 7, 2025", "07.03.2025 09:15", "Përditësuar: ...".

htmldate reads dates from markup but not Albanian month names, and its free-text search
takes a footer's "© 2016–2025" for the date, so it is called without that search and these
lines fill the gap.
"""
from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "janar": 1, "shkurt": 2, "mars": 3, "prill": 4, "maj": 5, "qershor": 6, "korrik": 7,
    "gusht": 8, "shtator": 9, "tetor": 10, "nëntor": 11, "nentor": 11, "dhjetor": 12,
    "jan": 1, "shk": 2, "mar": 3, "pri": 4, "qer": 6, "kor": 7, "gus": 8, "sht": 9,
    "tet": 10, "nën": 11, "nen": 11, "dhj": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "feb": 2, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
# Labels are matched as written, capitalised or in capitals: a line "Publikuar më: ..." is a
# label, while "the report, published on 3 March" in the story is not.
PUBLISHED_LABELS = ("Publikuar", "Botuar", "Published", "Posted")
UPDATED_LABELS = ("Përditësuar", "Perditesuar", "Updated", "Modified")
# "më"/"on", a colon, and a weekday such as "e enjte," or "Thursday," may sit before the date.
AFTER_LABEL = r"(?i:(?:\s+(?:m[ëe]|on))?\s*:?\s*(?:[^\W\d_]+(?:\s[^\W\d_]+)?,\s*)?)"
DATE_FORMS = (
    re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"),
    re.compile(r"(?P<day>\d{1,2})[./-](?P<month>\d{1,2})[./-](?P<year>\d{4})"),
    re.compile(r"(?P<day>\d{1,2})\.?\s+(?P<month>[^\W\d_]{3,})\.?,?\s+(?P<year>\d{4})"),
    re.compile(r"(?P<month>[^\W\d_]{3,})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"),
)


def label_line(labels: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(form) for label in labels for form in (label, label.upper()))
    return re.compile(rf"\b(?:{words})\b{AFTER_LABEL}")


PUBLISHED_LINE = label_line(PUBLISHED_LABELS)
UPDATED_LINE = label_line(UPDATED_LABELS)
# A date with a time and no label is a dateline; a bare date could be any date in the story.
DATE_AND_TIME = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})[./](?P<month>\d{1,2})[./](?P<year>\d{4}),?\s+(?:ora\s+|at\s+)?\d{1,2}:\d{2}(?!\d)"
)


def parse_date(fragment: str) -> date | None:
    """The date at the start of `fragment`, in any of DATE_FORMS, or None."""
    for form in DATE_FORMS:
        match = form.match(fragment)
        if match and (found := _to_date(match)):
            return found
    return None


def _to_date(match: re.Match[str]) -> date | None:
    month = match["month"]
    number = int(month) if month.isdigit() else MONTHS.get(month.lower())
    try:
        return date(int(match["year"]), number, int(match["day"])) if number else None
    except ValueError:
        return None


def _labelled(pattern: re.Pattern[str], text: str) -> date | None:
    for match in pattern.finditer(text):
        if found := parse_date(text[match.end():match.end() + 40]):
            return found
    return None


def published_line(text: str) -> date | None:
    """The date of the first "Publikuar më: ..." / "Published: ..." line in `text`."""
    return _labelled(PUBLISHED_LINE, text)


def fallback_line(text: str) -> date | None:
    """A weaker guess: the first date written with a time, else an "updated" line."""
    for match in DATE_AND_TIME.finditer(text):
        if found := _to_date(match):
            return found
    return _labelled(UPDATED_LINE, text)
