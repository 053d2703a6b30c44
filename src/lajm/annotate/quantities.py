"""Quantities: counts and amounts with their qualifier, what they count and their unit.

Numbers are digits ("3,000", "3.000", "2,5", "20 315 608", "1.5 mld") or number words
("njëzet e pesë", "three million"); the language's numbers.tsv says how they combine.
quantities.tsv holds the qualifier words before a number ("rreth", "at least"), the kind
words after it ("ushtarë", "killed"), currencies, percent signs, and the words that
show a number is no count (clock times, ages, durations, article numbers).

Conventions:
- A vague plural numeral ("qindra", "thousands", "tens of thousands", "disa mijë") is
  read as at least twice its value: value 200, 2000, 20000, 2000, qualifier at_least
  (unless a qualifier word says otherwise), attrs["vague"] = True.
- A percentage is kept with kind None, unit "%" and attrs["percent"] = True.
- Years (a bare 1800-2099 with no unit or kind word after it), dates, clock times,
  ages and durations ("35-vjeçar", "30-ditor", "5 vjet", "3 days") are skipped, and so
  is any number glued to a word by a hyphen ("F-16", "5-ti", "200-strong").
- The span runs from the qualifier (if any) to the number's scale and unit; the kind
  word after it is not part of the span.

Speed: Aho-Corasick finds where numbers may start; the number regex is tried only there,
and the words around a number are looked up in dicts, never by scanning regex lists.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Final

from lajm.annotate.scanning import (Anchors, Cues, last_word, literals, names_pattern, normal,
                                    read_toml, scan, sentence_reader, start_of_last_words, words_of)
from lajm.errors import PackError
from lajm.lang.base import LanguagePack
from lajm.model import QUALIFIERS, QUANTITY_KINDS, Doc, Span
from lajm.pipeline import stage

# When several kind words follow a number, what happened to them says what was counted
# rather than who they are ("ushtarë të vrarë" counts killed, "500 euro për persona"
# counts money); among equals the nearest wins. Kinds not listed here rank first.
KIND_RANK: Final = {"troops": 1, "money": 2, "people": 3, "other": 4}
KIND_REACH: Final = 60       # characters after a number searched for its kind words
QUALIFIER_REACH: Final = 40  # characters before a number searched for its qualifier
SKIP_REACH: Final = 20       # characters before a number searched for a word that makes it no count
COUNT_ROLES: Final = ("unit", "multiplier", "scale", "vague", "few", "article")
NUMBER_ROLES: Final = (*COUNT_ROLES, "joiner", "group", "decimal")  # every role a numbers.tsv row may have
HYPHEN_WORD: Final = re.compile(r"-[^\W\d]")
# Punctuation, a digit, or a dot not followed by a word character; one character class
# first, so that the search skips to the candidates fast.
WINDOW_END: Final = re.compile(r"[,;:!?()\[\]\"“”„«»\n\d.](?:(?<!\.)|(?!\w))")
YEAR: Final = re.compile(r"(?:1[89]|20)\d\d")
SPACE_GROUP: Final = r"[ \u00a0\u202f]"


class Numbers:
    """How a language writes numbers: digits with its separators, and number words."""

    def __init__(self, pack: LanguagePack):
        rows = pack.table("numbers")
        self.words = {r["word"].lower(): (_number_value(pack, r), r["role"]) for r in rows}
        self.count_words = self.role_words(*COUNT_ROLES)
        self.group_marks = {r["word"] for r in rows if r["role"] == "group"}
        marks = re.escape("".join(r["word"] for r in rows if r["role"] in ("group", "decimal")))
        digits = (rf"(?<![\w.,:/-])(?:\d{{1,3}}(?:{SPACE_GROUP}\d{{3}})+|\d+(?:[{marks}]\d+)*)"
                  r"(?![:/]?\d)")
        self._word = re.compile(self._words(*COUNT_ROLES), re.IGNORECASE)
        # Digits with their scale words, glued or not ("20 mijë", "1.5mld"); after a scale
        # word a joiner may add more: "1 mijë e 629".
        scales = literals(self.role_words("scale"))
        scaled = rf"(?P<digits>{digits})(?P<scales>(?:\s*(?:{scales})(?!\w))*)"
        self._scaled = re.compile(scaled, re.IGNORECASE)
        joiners = "|".join(w for w in self.role_words("joiner") if w.isalnum()) or "(?!)"
        plain = re.sub(r"\(\?P<\w+>", "(?:", scaled)
        digit_number = rf"{plain}(?:(?<=[^\W\d])\s+(?:{joiners})\s+{plain})*"
        self.digit_pattern = digit_number
        self.word_pattern = self._word_sequence()

    def role_words(self, *roles: str) -> list[str]:
        return [w for w, (_, role) in self.words.items() if role in roles]

    def _words(self, *roles: str) -> str:
        return rf"(?<!\w)(?:{literals(self.role_words(*roles))})(?!\w)"

    def _word_sequence(self) -> str:
        """Number words in a row; an article or `few` word only before a larger one."""
        link = "|".join([r"\s+"] + [rf"\s+{j}\s+" if j.isalnum() else rf"\s*{re.escape(j)}\s*"
                                     for j in self.role_words("joiner")])
        bigger = self._words("multiplier", "scale", "vague")
        start = (rf"(?:{self._words('unit', 'vague')}"
                 rf"|(?:{self._words('article', 'few')})(?=(?:{link})(?:{bigger})))")
        return rf"(?:{start})(?:(?:{link})(?:{self._words(*COUNT_ROLES)}))*"

    def value(self, text: str) -> tuple[float, bool, int] | None:
        """(value, vague, length of the text read) of a number, or None if it is none."""
        if text.isdigit():
            return float(text), False, len(text)
        if not text[0].isdigit():
            return self._words_value(text)
        total = 0.0
        for group in self._scaled.finditer(text):
            value = self._digits_value(group["digits"])
            if value is None:
                return None
            for scale in self._word.finditer(group["scales"]):
                value *= self.words[normal(scale.group())][0]
            total += value
        return total, False, len(text)

    def _digits_value(self, digits: str) -> float | None:
        """Digits as a float ("3,000" and "3.000" are 3000), or None for a date or version."""
        whole, *rest = re.split(r"([.,])", re.sub(SPACE_GROUP, "", digits))
        for i in range(0, len(rest), 2):
            mark, chunk = rest[i], rest[i + 1]
            if mark in self.group_marks and len(chunk) == 3:
                whole += chunk
            elif i == len(rest) - 2:
                return float(f"{whole}.{chunk}")
            else:
                return None
        return float(whole)

    def _words_value(self, text: str) -> tuple[float, bool, int] | None:
        total = group = 0.0
        vague, prev, end = False, None, 0
        for m in self._word.finditer(text):
            value, role = self.words[normal(m.group())]
            if prev and not _can_follow(prev, (value, role)):
                break
            if role in ("unit", "article"):
                group += value
            elif role == "multiplier":
                group = (group or 1) * value
            elif role == "scale":
                total, group = total + (group or 1) * value, 0.0
            else:
                vague, group = True, (group or 1) * value
            prev, end = (value, role), m.end()
        if prev is None or prev[1] in ("article", "few"):
            return None
        return (total + group) * (2 if vague else 1), vague, end


def _number_value(pack: LanguagePack, row: dict[str, str]) -> float:
    where = f"{pack.folder / 'numbers.tsv'}: {row['word']!r}"
    if row["role"] not in NUMBER_ROLES:
        raise PackError(f"{where} has an unknown role {row['role']!r}")
    try:
        return float(row["value"] or 0)
    except ValueError:
        raise PackError(f"{where} has no number as its value") from None


def _can_follow(prev: tuple[float, str], cur: tuple[float, str]) -> bool:
    """Whether number word `cur` continues the compound ending in `prev`."""
    (prev_value, prev_role), (value, role) = prev, cur
    if role == "multiplier":
        return prev_role in ("unit", "article", "few") and prev_value < 100
    if role == "scale":
        return prev_role != "scale"
    if role == "vague":
        return prev_role in ("vague", "few")
    if role == "unit" and prev_role in ("multiplier", "scale"):
        return True
    if role == "unit" and prev_role == "unit":
        # njëzet e pesë, one hundred fifty: a round number, then one below its last zero
        digits = str(int(prev_value))
        return prev_value >= 20 and value < 10 ** (len(digits) - len(digits.rstrip("0")))
    return False


class QuantityReader:
    """Finds the quantities in a text."""

    def __init__(self, pack: LanguagePack):
        self.numbers = Numbers(pack)
        rows = pack.table("quantities")
        _check_cues(pack, rows)

        def cues(field: str, payload: Callable[[dict], object]) -> Cues:
            return Cues([(r["cue"], payload(r)) for r in rows if r["field"] == field])
        self.qualifiers = cues("qualifier", lambda r: r["value"])
        self.kinds = cues("kind", lambda r: r["value"])
        self.skip_before = cues("skip_before", lambda r: True)
        self.skip_after = cues("skip_after", lambda r: True)
        currencies = [(r["cue"], r["unit"]) for r in rows if r["field"] == "kind" and r["unit"]]
        units = currencies + [(r["cue"], "%") for r in rows if r["field"] == "percent"]
        self.units = Cues(units)
        # Currency codes and signs (cues of at most three characters) may stand before the number.
        self.prefixes = Cues([(cue, unit) for cue, unit in currencies if len(cue.rstrip("*")) <= 3])
        months = names_pattern(read_toml(pack, "times"), "months")
        self.month_after = re.compile(rf"\s*(?:{months})(?!\w)", re.IGNORECASE)
        self.month_before = re.compile(rf"(?<!\w)(?:{months})\s+$", re.IGNORECASE)
        unit = rf"(?:\s*{_first_char_guard(units)}(?P<unit>{self.units.pattern}))?(?!\w)"
        # A number is of digits or of words, as its first character says: one regex for each.
        self.digit_regex = re.compile(rf"(?P<num>{self.numbers.digit_pattern}){unit}", re.IGNORECASE)
        self.word_regex = re.compile(rf"(?P<num>{self.numbers.word_pattern}){unit}", re.IGNORECASE)
        # "një", "a few" and the like count only before a larger number word, so they are
        # looked for just before the number words that the anchors find.
        leading = self.numbers.role_words("article", "few")
        self.reach = max(map(len, leading), default=0) + 1
        self.anchors = Anchors([w for w in self.numbers.count_words if w not in leading],
                               starters=[w.split()[0] for w in leading])

    def __call__(self, text: str) -> list[Span]:
        return scan(text, self.anchors, self.reach, lambda start: self._at(text, start))

    def kind_of(self, words: list[str]) -> str | None:
        """The most specific kind named in `words` (lower-case tokens)."""
        best: str | None = None
        i = 0
        while i < len(words):
            hit = self.kinds.at(words, i)
            if hit is None:
                i += 1
                continue
            if best is None or KIND_RANK.get(hit[1], 0) < KIND_RANK.get(best, 0):
                best = hit[1]
            if KIND_RANK.get(best, 0) == 0:
                return best  # a kind of the first rank: none after it can win
            i += hit[0]
        return best

    def _at(self, text: str, start: int) -> tuple[Span | None, int] | None:
        """The quantity at `start` (None if the number there is no count) and where to go
        on from, or None when no number starts there."""
        regex = self.digit_regex if text[start].isdecimal() else self.word_regex
        m = regex.match(text, start)
        return self._read(text, m) if m else None

    def _read(self, text: str, m: re.Match) -> tuple[Span | None, int]:
        read = self.numbers.value(m["num"])
        if read is None:
            return None, m.end()
        value, vague, length = read
        start, end = m.start(), m.start() + length
        named = self.units.at(words_of(m["unit"])) if m["unit"] and end == m.end("num") else None
        unit = named[1] if named else None
        end = m.end() if unit else end
        if HYPHEN_WORD.match(text, end) or self.month_after.match(text, end):
            return None, end
        origin = max(0, start - QUALIFIER_REACH)
        before, after = text[origin:start], words_of(_window(text, end))
        before_words = self._words_before(before)
        if self._is_no_count(text, start, end, unit, before_words, after):
            return None, end
        attrs = {"value": value, "qualifier": "at_least" if vague else "exact", "kind": None,
                 "unit": unit}
        start = origin + self._lead(before, before_words, attrs)
        if attrs["unit"] == "%":
            attrs["percent"] = True
        else:
            attrs["kind"] = "money" if attrs["unit"] else self.kind_of(after)
        if vague:
            attrs["vague"] = True
        return Span(start, end, "quantity", attrs), end

    def _words_before(self, before: str) -> list[str]:
        """The words of `before`, the text before a number; none when no cue looked up
        at their end (a currency sign, a qualifier, a word that makes the number no
        count) can end with the last one, as then no look-up needs them."""
        last = last_word(before)
        for cues in (self.skip_before, self.prefixes, self.qualifiers):
            if last and cues.may_end(last):
                return words_of(before)
        return []

    def _lead(self, before: str, words: list[str], attrs: dict) -> int:
        """Where in `before` (the text before the number, `words` its words) the quantity
        starts, once its currency sign and qualifier ("rreth $5") are taken in."""
        if not words:
            return len(before)  # no cue ends there (see _words_before)
        for cues, field, glued in ((self.prefixes, "unit", True), (self.qualifiers, "qualifier", False)):
            found = _cue_ending(cues, before, words, glued)
            if found:
                before, attrs[field] = before[:start_of_last_words(before, found[0])], found[1]
                words = words_of(before)
        return len(before)

    def _is_no_count(self, text: str, start: int, end: int, unit: str | None,
                     before: list[str], after: list[str]) -> bool:
        if self.skip_after.at(after) or self.skip_before.ending(before):
            return True
        if self.month_before.search(text, max(0, start - SKIP_REACH), start):
            return True
        is_year = end - start == 4 and not unit and YEAR.fullmatch(text, start, end)  # YEAR is 4 characters
        return bool(is_year and not self.kinds.at(after))


def _check_cues(pack: LanguagePack, rows: list[dict[str, str]]) -> None:
    allowed = {"qualifier": QUALIFIERS, "kind": QUANTITY_KINDS}
    fields = {*allowed, "percent", "skip_before", "skip_after"}
    for row in rows:
        if row["field"] not in fields:
            problem = f"unknown field {row['field']!r}"
        elif row["value"] not in allowed.get(row["field"], (row["value"],)):
            problem = f"unknown {row['field']} {row['value']!r}"
        else:
            continue
        raise PackError(f"{pack.folder / 'quantities.tsv'}: cue {row['cue']!r} has {problem}")


def _cue_ending(cues: Cues, before: str, words: list[str], glued: bool) -> tuple[int, object] | None:
    """The cue made of the last `words` of `before` (at most QUALIFIER_REACH characters):
    (how many words, payload). A currency sign is glued to the number or one space away;
    a qualifier is a word apart."""
    gap = len(before) - len(before.rstrip())
    if gap > 1 if glued else gap == 0:
        return None
    return cues.ending(words)


def _first_char_guard(cues: list[tuple[str, str]]) -> str:
    """A lookahead for the first characters of the `cues`, which turns most places away
    before each cue's regex is tried."""
    firsts = "".join(sorted({cue.split()[0][0] for cue, _ in cues}))
    return f"(?=[{re.escape(firsts)}])" if firsts else "(?!)"


def _window(text: str, end: int) -> str:
    """The words after a number that may say what it counts: up to punctuation or a digit."""
    window = text[end:end + KIND_REACH]
    cut = WINDOW_END.search(window)
    return window[:cut.start()] if cut else window


@cache
def reader(pack: LanguagePack) -> QuantityReader:
    return QuantityReader(pack)


def quantity_kind(pack: LanguagePack, words: str) -> str | None:
    """The kind a phrase gives a count: "janë vrarë ose plagosur" -> "casualties"."""
    return reader(pack).kind_of(words_of(words))


@stage("quantities")
def make(pack: LanguagePack) -> Callable[[Doc], Doc]:
    read = reader(pack)
    in_sentence = sentence_reader(lambda doc, text: read(text))

    def annotate(doc: Doc) -> Doc:
        """Numbers are read in a sentence when an event or a party there asks for them."""
        doc.read_on_demand("quantity", in_sentence)
        return doc
    return annotate
