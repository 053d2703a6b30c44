"""Time expressions, resolved to date ranges against the article's publication date.

The language's times.toml lists month and weekday names, units, shifts ("e kaluar",
"next"), parts ("në fillim të", "late") and fixed words ("sot", "yesterday"), and the
patterns that combine them, each with a rule resolved here.

Each span's attrs: start and end (ISO dates, inclusive), precision (day, week, month,
quarter, year) and basis ("text" when the text alone fixes the dates, "published" when
they depend on the publication date; then, without one, start and end are None).
Expressions whose dates depend on the verb's tense (a weekday or month with no shift
or year, "fundjavën", a day and month with no year) give the on-or-before reading in
start/end and the on-or-after reading in future_start/future_end.

Conventions: weeks run Monday to Sunday; "last/next Monday" is that day in the
previous/next calendar week; N units ago is the calendar unit N units back; "a few"
units ago is two to five units back; parts of a year are its thirds (early = January to
April), parts of a month are days 1-10, 11-20 and 21-end, parts of a week are
Monday-Tuesday, Wednesday-Thursday and Friday-Sunday.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Final, TypeVar

from lajm.annotate.periods import Range, month_range, part_of, unit_range, year_for
from lajm.annotate.quantities import Numbers
from lajm.annotate.scanning import (Anchors, alternation, literals, lowered, name_forms, names_pattern, normal,
                                    read_toml, scan, sentence_reader)
from lajm.annotate.time_filter import TimeFilter
from lajm.errors import LajmError, PackError
from lajm.lang.base import LanguagePack
from lajm.model import Doc, Span
from lajm.pipeline import stage

V = TypeVar("V")
DIGIT_GROUPS: Final = {
    "day": r"3[01]|[12]\d|0?[1-9]",
    "mm": r"1[0-2]|0?[1-9]",
    "year": r"(?:1[89]|20)\d\d",
    "decade": r"(?:1[89]|20)?\d0",
}
GROUP_NAMES: Final = {"mm": "month"}
PRECISION: Final = {"day": "day", "week": "week", "weekend": "week", "month": "month",
             "quarter": "quarter", "year": "year"}
PART_PRECISION: Final = {"year": "quarter", "month": "week", "week": "day"}
PATTERN_REACH: Final = 30          # characters a pattern may run before its first listed word
PATTERN_SYNTAX: Final = re.compile(r"\{\w+\}|\(\?[:=!<]*|\\[a-zA-Z]")
PATTERN_WORDS: Final = re.compile(r"[^\W\d_]+")    # the literal words of a pattern, once its syntax is gone
WORD: Final = re.compile(r"\w+")
FEW: Final = (2, 5)                # "a few weeks ago": two to five weeks back
NO_DATE: Final = date(2000, 1, 1)  # stands in for a missing publication date; its results are dropped
# Characters that re.IGNORECASE matches to "i" or "s" although lower-casing keeps them:
# a text holding one may match a pattern that its lower-cased form does not.
CASE_FOLDS: Final = ("İ", "ı", "ſ")
ISO_DATES: Final[dict[date, str]] = {}
ISO_DATES_KEPT: Final = 10_000


@dataclass
class Reading:
    start: date
    end: date
    precision: str
    basis: str = "published"
    future: Range | None = None   # the on-or-after reading of a tense-dependent expression


class Vocabulary:
    """The word lists of times.toml: as regexes for the patterns, and as look-ups from a
    matched phrase to what it means."""

    def __init__(self, config: dict, numbers: Numbers, source: str):
        self.numbers, self.source = numbers, source
        months, weekdays = name_forms(config["months"]), name_forms(config["weekdays"])
        if len(months) != 12 or len(weekdays) != 7:
            raise PackError(f"{source}: needs 12 months and 7 weekdays, "
                            f"has {len(months)} and {len(weekdays)}")
        self.month_index = {form.lower(): i + 1 for i, forms in enumerate(months) for form in forms}
        self.weekday_index = {form.lower(): i for i, forms in enumerate(weekdays) for form in forms}
        self.shifts = _index({"last": -1, "this": 0, "next": 1}, config["shifts"])
        self.units = _index({unit: unit for unit in config["units"]}, config["units"])
        self.parts = _index({part: part for part in config["parts"]}, config["parts"])
        self.fixed = {normal(word): (entry["unit"], entry.get("shift"))
                      for entry in config.get("fixed", []) for word in entry["words"]}
        self.few = {normal(w) for w in config.get("few", [])}
        count_words = numbers.role_words("unit", "article")
        suffix = config.get("month_suffix", "")
        self.month_stem = re.compile(rf"({literals(self.month_index)}){suffix}", re.I)
        self.patterns = self._placeholders(config, count_words, lower=False)
        self.lower_patterns = self._placeholders(config, count_words, lower=True)
        self.anchor_words = [*self.weekday_index, *self.fixed, *_all(config["units"])]
        phrases = [*self.anchor_words, *self.few, *count_words,
                   *_all(config["shifts"]), *_all(config["parts"])]
        self.first_words = {phrase.split()[0].lower() for phrase in phrases}
        listed = [*phrases, *config.get("dayparts", []), *self.month_index]
        self.listed_words = {word for phrase in listed for word in WORD.findall(phrase.lower())}
        # A month name may take a case ending ("marsit"): its words begin with the name.
        self.month_words = tuple(WORD.findall(month)[0] for month in self.month_index)

    def _placeholders(self, config: dict, count_words: list[str], lower: bool) -> dict[str, str]:
        """Regexes for the {placeholders}: either as written, or in lower case for a
        lower-cased text."""
        lists = {"daypart": config.get("dayparts", []), "shift": _all(config["shifts"]),
                 "this": config["shifts"]["this"], "unit": _all(config["units"]),
                 "part": _all(config["parts"]), "fixed": list(self.fixed)}
        patterns = {name: literals(w.lower() for w in words) for name, words in lists.items()}
        patterns["month"] = names_pattern(config, "months", lower)
        patterns["weekday"] = names_pattern(config, "weekdays", lower)
        patterns["num"] = alternation([r"\d{1,4}", literals(count_words), literals(self.few)])
        return {**patterns, **DIGIT_GROUPS, "month2": patterns["month"], "day2": DIGIT_GROUPS["day"]}

    def fill(self, form: str, named: bool = False, lower: bool = False) -> str:
        """A pattern with its {placeholders} filled in, as named groups if `named`, and its
        spaces made any whitespace; `lower` for a lower-cased text."""
        patterns = self.lower_patterns if lower else self.patterns

        def group(m: re.Match) -> str:
            name = m.group(1)
            if name not in patterns:
                raise PackError(f"{self.source}: unknown placeholder {{{name}}} in {form!r}")
            if named:
                return f"(?P<{GROUP_NAMES.get(name, name)}>{patterns[name]})"
            return f"(?:{patterns[name]})"
        return re.sub(r"\{(\w+)\}", group, form).replace(" ", r"\s+")

    def month(self, text: str) -> int:
        if text.isdigit():
            return int(text)
        stem = self.month_stem.fullmatch(text)
        return self.month_index[normal(stem[1] if stem else text)]

    def weekday(self, text: str) -> int:
        return self.weekday_index[normal(text)]

    def count(self, text: str) -> int | None:
        """The number in "N units ago"; None for a vague count ("disa", "a few")."""
        if text.isdigit():
            return int(text)
        return None if normal(text) in self.few else int(self.numbers.words[normal(text)][0])

    def fixed_word(self, text: str) -> tuple[str, int | None]:
        return self.fixed[normal(text)]


def _all(lists: dict[str, list[str]]) -> list[str]:
    return [word for words in lists.values() for word in words]


def _index(values: dict[str, V], lists: dict[str, list[str]]) -> Callable[[str], V]:
    """A function from a phrase to the value of the list that holds it."""
    table = {normal(word): values[key] for key, words in lists.items() for word in words}
    return lambda phrase: table[normal(phrase)]


# Rules: matched groups -> Reading ---------------------------------------------------------

def _date(g: dict, pub: date, words: Vocabulary) -> Reading:
    day, month = int(g["day"]), words.month(g["month"])
    if g.get("year"):
        when = date(int(g["year"]), month, day)
        return Reading(when, when, "day", "text")
    past = date(year_for(month, day, pub, True), month, day)
    future = date(year_for(month, day, pub, False), month, day)
    return Reading(past, past, "day", future=(future, future))


def _date_range(g: dict, pub: date, words: Vocabulary) -> Reading:
    d1, d2, m2 = int(g["day"]), int(g["day2"]), words.month(g["month2"])
    m1 = words.month(g["month"]) if g.get("month") else m2
    wraps = (m1, d1) > (m2, d2)
    if g.get("year"):
        year = int(g["year"])
        return Reading(date(year - wraps, m1, d1), date(year, m2, d2), "day", "text")
    end_year, start_year = year_for(m2, d2, pub, True), year_for(m1, d1, pub, False)
    return Reading(date(end_year - wraps, m1, d1), date(end_year, m2, d2), "day",
                   future=(date(start_year, m1, d1), date(start_year + wraps, m2, d2)))


def _month(g: dict, pub: date, words: Vocabulary) -> Reading | None:
    month = words.month(g["month"])
    if g.get("year"):
        return Reading(*month_range(int(g["year"]), month), "month", "text")
    if g.get("unit"):  # "në mars të vitit të kaluar", "in March last year"
        if words.units(g["unit"]) != "year":
            return None
        return Reading(*month_range(pub.year + (_shift(g, words) or 0), month), "month")
    return Reading(*month_range(year_for(month, 1, pub, True), month), "month",
                   future=month_range(year_for(month, 31, pub, False), month))


def _month_range(g: dict, pub: date, words: Vocabulary) -> Reading:
    m1, m2 = words.month(g["month"]), words.month(g["month2"])
    wraps = m1 > m2
    if g.get("year"):
        year = int(g["year"])
        return Reading(month_range(year - wraps, m1)[0], month_range(year, m2)[1], "month", "text")
    end_year, start_year = year_for(m2, 1, pub, True), year_for(m1, 31, pub, False)
    return Reading(month_range(end_year - wraps, m1)[0], month_range(end_year, m2)[1], "month",
                   future=(month_range(start_year, m1)[0], month_range(start_year + wraps, m2)[1]))


def _year(g: dict, pub: date, words: Vocabulary) -> Reading:
    year = int(g["year"])
    return Reading(date(year, 1, 1), date(year, 12, 31), "year", "text")


def _decade(g: dict, pub: date, words: Vocabulary) -> Reading:
    text = g["decade"]
    if len(text) == 4:
        return Reading(date(int(text), 1, 1), date(int(text) + 9, 12, 31), "year", "text")
    century = pub.year // 100 * 100 - (100 if int(text) > pub.year % 100 else 0)
    return Reading(date(century + int(text), 1, 1), date(century + int(text) + 9, 12, 31), "year")


def _shift(g: dict, words: Vocabulary) -> int | None:
    """-1, 0 or 1 for "last", "this" or "next"; None when the text gives no shift."""
    text = g.get("shift") or g.get("this")
    return words.shifts(text) if text else None


def _weekday(g: dict, pub: date, words: Vocabulary) -> Reading:
    weekday = words.weekday(g["weekday"])
    shift = _shift(g, words)
    if shift is not None:
        day = unit_range("week", pub, shift)[0] + timedelta(days=weekday)
        return Reading(day, day, "day")
    past = pub - timedelta(days=(pub.weekday() - weekday) % 7)
    future = pub + timedelta(days=(weekday - pub.weekday()) % 7)
    return Reading(past, past, "day", future=(future, future))


def _fixed(g: dict, pub: date, words: Vocabulary) -> Reading:
    unit, shift = words.fixed_word(g["fixed"])
    if shift is not None:
        return Reading(*unit_range(unit, pub, shift), PRECISION[unit])
    # A weekend with no shift: the one on or before, or on or after, publication.
    saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
    sunday = pub + timedelta(days=(6 - pub.weekday()) % 7)
    return Reading(saturday, saturday + timedelta(days=1), "week",
                   future=(sunday - timedelta(days=1), sunday))


def _relative(g: dict, pub: date, words: Vocabulary) -> Reading:
    unit = words.units(g["unit"])
    return Reading(*unit_range(unit, pub, _shift(g, words) or 0), PRECISION[unit])


def _ago(g: dict, pub: date, words: Vocabulary) -> Reading:
    unit, count = words.units(g["unit"]), words.count(g["num"])
    if count is None:
        first, last = unit_range(unit, pub, -FEW[1])[0], unit_range(unit, pub, -FEW[0])[1]
        return Reading(first, last, PRECISION[unit])
    return Reading(*unit_range(unit, pub, -count), PRECISION[unit])


def _part(g: dict, pub: date, words: Vocabulary) -> Reading | None:
    if g.get("month"):
        base, unit = _month(g, pub, words), "month"
        if base is None:
            return None
    elif g.get("year"):
        base, unit = _year(g, pub, words), "year"
    else:
        unit = words.units(g["unit"])
        base = Reading(*unit_range(unit, pub, _shift(g, words) or 0), PRECISION[unit])
    part = words.parts(g["part"])
    past = part_of(part, (base.start, base.end), unit, pub)
    if past is None:
        return None
    future = part_of(part, base.future, unit, pub) if base.future else None
    return Reading(*past, PART_PRECISION[unit], base.basis, future)


RULES: dict[str, Callable[[dict, date, Vocabulary], Reading | None]] = {
    "date": _date, "date_range": _date_range, "month": _month, "month_range": _month_range,
    "year": _year, "decade": _decade, "weekday": _weekday, "fixed": _fixed,
    "relative": _relative, "ago": _ago, "part": _part, "skip": lambda g, pub, words: None,
}


class TimeReader:
    """Finds time expressions and resolves each. All the pack's patterns, joined into one
    lower-case filter (time_filter), are tried only near the words they are made of; where
    the filter matches, the first pattern that matches the text as written gives the rule."""

    def __init__(self, pack: LanguagePack):
        source = str(pack.folder / "times.toml")
        config = read_toml(pack, "times")
        try:
            self.words = Vocabulary(config, Numbers(pack), source)
            entries = [(entry["rule"], form)
                       for entry in config.get("patterns", []) for form in entry["forms"]]
        except KeyError as err:
            raise PackError(f"{source}: {err} is missing") from None
        unknown = {rule for rule, _ in entries} - set(RULES)
        if unknown:
            raise PackError(f"{source}: unknown rule(s) {', '.join(sorted(unknown))}")
        self.rules = [(rule, re.compile(rf"(?:{self.words.fill(form, named=True)})(?!\w)", re.I))
                      for rule, form in entries]
        forms = [form for _, form in entries]
        literal_words = set(PATTERN_WORDS.findall(PATTERN_SYNTAX.sub(" ", " ".join(forms)).lower()))
        self.anchors = Anchors(self.words.anchor_words, stems=self.words.month_index,
                               starters=self.words.first_words | literal_words)
        self.filter = TimeFilter([self.words.fill(form, lower=True) for form in forms],
                                 self.words.listed_words | literal_words, self.words.month_words)

    def __call__(self, text: str, published: date | None) -> list[Span]:
        low = lowered(text)
        return scan(text, self.anchors, PATTERN_REACH,
                    lambda start: self._read(text, low, start, published))

    def _read(self, text: str, low: str, start: int,
              published: date | None) -> tuple[Span | None, int] | None:
        """The time expression at `start` (None if there is none) and where to go on from."""
        m = self.filter.match(low, start)
        found = self._first_rule(text, start, m) if m else None
        if found is None:
            return None
        rule, match = found
        try:
            reading = RULES[rule](match.groupdict(), published or NO_DATE, self.words)
        except ValueError:  # no such day: "31 shkurt"
            reading = None
        return (Span(start, match.end(), "time", _attrs(reading, published)) if reading else None), match.end()

    def _first_rule(self, text: str, start: int, lowered_match: re.Match) -> tuple[str, re.Match] | None:
        """The first pattern that matches the text as written at `start`, and its match.
        No pattern before the one that matched the lower-cased text can match, unless the
        text holds a character that only re.IGNORECASE takes for a letter of the pattern."""
        first = int(str(lowered_match.lastgroup)[1:])
        for fold in CASE_FOLDS:
            if fold in text:
                first = 0
        for i in range(first, len(self.rules)):
            rule, regex = self.rules[i]
            match = regex.match(text, start)
            if match:
                return rule, match
        return None


def _attrs(reading: Reading, published: date | None) -> dict:
    known = published is not None or reading.basis == "text"
    attrs = {"start": _iso(reading.start) if known else None,
             "end": _iso(reading.end) if known else None,
             "precision": reading.precision, "basis": reading.basis}
    if reading.future:
        attrs["future_start"] = _iso(reading.future[0]) if known else None
        attrs["future_end"] = _iso(reading.future[1]) if known else None
    return attrs


def _iso(day: date) -> str:
    """day.isoformat(), kept: it is slow, and the dates found are few and recur."""
    text = ISO_DATES.get(day)
    if text is None:
        if len(ISO_DATES) >= ISO_DATES_KEPT:
            ISO_DATES.clear()
        text = ISO_DATES[day] = day.isoformat()
    return text


def publication_date(value: date | datetime | str | None) -> date | None:
    """The article's publication date as a date; datetimes and ISO strings are accepted."""
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as err:
        raise LajmError(f"publication date {value!r} is not an ISO date (YYYY-MM-DD)") from err


@stage("times")
def make(pack: LanguagePack) -> Callable[[Doc], Doc]:
    read = TimeReader(pack)
    in_sentence = sentence_reader(lambda doc, text: read(text, publication_date(doc.article.published)))

    def annotate(doc: Doc) -> Doc:
        """Times are read in a sentence when an event or a report there asks for them."""
        doc.read_on_demand("time", in_sentence)
        return doc
    return annotate
