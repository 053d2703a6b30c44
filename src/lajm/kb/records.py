"""Typed, checked records built from the tables: every code, sector, role and date is
validated here, and a bad row is reported with its file and key."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from babel import Locale

from lajm import lang as langs
from lajm.errors import PackError
from lajm.kb.tables import Names, Row, forms, names, parse_date, read_tables, require

# Bodies and groups of no one country, so none to place an event in (IMG: international
# armed groups); with Kosovo, the codes beyond ISO 3166.
NON_STATE = ("IGO", "EUR", "NGO", "MNC", "UNO", "IMG")
NON_STATE_CODES = ("KOS", *NON_STATE)
PLACE_KINDS = ("country", "capital", "region")  # names that can say where something is
SECTORS = (
    "GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB", "CVL", "JRN", "BUS", "MED",
    "EDU", "REL", "REF", "CRM", "UNK", "PRM", "SPY", "UAF", "AGR", "ELI", "LAB", "PRE", "SOC",
)
KINDS = {"places": ("capital", "seat", "region"), "organisations": ("igo", "institution"),
         "media": ("media",)}
ALPHA3 = re.compile(r"^[A-Z]{3}$")
# CLDR writes "Bosnia & Herzegovina" and "Myanmar (Burma)"; news writes "and" and either name.
CLDR_PARENTHESIS = re.compile(r"^(.*?) \((.*)\)$")


@dataclass
class Record:
    kb_id: str
    kind: str
    code: str | None
    sector: str | None
    name: str
    names: Names


@dataclass(frozen=True)
class Office:
    person: str
    role: str
    code: str
    sector: str
    start: date
    end: date | None

    def holds_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass
class Records:
    countries: dict[str, Record]      # by code
    things: list[Record]              # places, organisations, media, demonyms
    persons: dict[str, Record]        # by kb_id
    offices: list[Office]
    common_words: dict[str, set[str]]


def build(extra: tuple[Path, ...] = ()) -> Records:
    tables = read_tables(extra)
    countries = _countries(tables["countries"].values())
    codes = {*countries, *NON_STATE_CODES}
    roles = _roles(tables["roles"].values())
    things = [_thing(table, path, row, codes)
              for table in KINDS for path, row in tables[table].values()]
    things += [_demonym(path, row, codes) for path, row in tables["demonyms"].values()]
    persons = {row["id"]: _person(path, row) for path, row in tables["persons"].values()}
    offices = [_office(path, row, codes, roles, persons) for path, row in tables["offices"].values()]
    _check_unique_ids([*countries.values(), *things, *persons.values()])
    common: dict[str, set[str]] = {}
    for _, row in tables["common_words"].values():
        common.setdefault(row["lang"], set()).add(row["word"].lower())
    return Records(countries, things, persons, offices, common)


def _countries(rows) -> dict[str, Record]:
    cldr = {code: Locale(code).territories for code in langs.available()}
    out = {}
    for path, row in rows:
        code = row["code"]
        if not ALPHA3.match(code):
            raise PackError(f"{path}: {row['alpha2']}: bad alpha-3 code {code!r}")
        given = names(path, "countries", row)
        if row["name"]:
            given["en"] = [(row["name"], None), *given.get("en", [])]
        found = {lang: _cldr_forms(territories.get(row["alpha2"], ""))
                 for lang, territories in cldr.items()}
        merged = {lang: _merge(found.get(lang, []), given.get(lang, []))
                  for lang in {*found, *given}}
        name = row["name"] or (found.get("en") or [(code, None)])[0][0]
        out[code] = Record(f"country:{code}", "country", code, None, name, merged)
    return out


def _cldr_forms(text: str) -> list[tuple[str, None]]:
    text = text.replace(" & ", " and ")
    match = CLDR_PARENTHESIS.match(text)
    return [(form, None) for form in (match.groups() if match else (text,)) if form]


def _merge(found: list, given: list) -> list:
    """CLDR forms first; a form also in our data takes our inflection mark."""
    marks = dict(given)
    known = {form for form, _ in found}
    return [(form, marks.get(form, mark)) for form, mark in found] + \
           [(form, mark) for form, mark in given if form not in known]


def _roles(rows) -> dict[str, str]:
    for path, row in rows:
        require(path, row["role"], "sector", row["sector"], SECTORS)
    return {row["role"]: row["sector"] for _, row in rows}


def _thing(table: str, path: Path, row: Row, codes) -> Record:
    key = row["id"]
    require(path, key, f"kind for {table}", row["kind"], KINDS[table])
    require(path, key, "country code", row["code"], codes)
    if row["sector"]:
        require(path, key, "sector", row["sector"], SECTORS)
    return Record(key, row["kind"], row["code"], row["sector"] or None, row["name"] or key,
                  names(path, table, row))


def _demonym(path: Path, row: Row, codes) -> Record:
    require(path, row["code"], "country code", row["code"], codes)
    by_lang = names(path, "demonyms", row, mark="adj")
    name = (by_lang.get("en") or [(row["code"], None)])[0][0]
    return Record(f"demonym:{row['code']}", "demonym", row["code"], None, name, by_lang)


def _person(path: Path, row: Row) -> Record:
    """A person's `all` forms belong to every language, before its own column's."""
    require(path, row["id"], "gender", row["gender"], ("m", "f", "-"))
    own = names(path, "persons", row, mark=row["gender"])
    common = forms(path, row["all"], mark=row["gender"])
    by_lang = {lang: common + own.get(lang, []) for lang in {*langs.available(), *own}}
    return Record(row["id"], "person", None, None, row["name"] or row["id"], by_lang)


def _office(path: Path, row: Row, codes, roles: dict[str, str], persons) -> Office:
    key = f"{row['person']} {row['role']} {row['start']}"
    require(path, key, "person", row["person"], persons)
    require(path, key, "role", row["role"], roles)
    require(path, key, "country code", row["code"], codes)
    sector = row["sector"] or roles[row["role"]]
    require(path, key, "sector", sector, SECTORS)
    start, end = parse_date(path, key, row["start"]), parse_date(path, key, row["end"])
    if start is None:
        raise PackError(f"{path}: {key}: an office needs a start date")
    if end is not None and end < start:
        raise PackError(f"{path}: {key}: ends ({end}) before it starts ({start})")
    return Office(row["person"], row["role"], row["code"], sector, start, end)


def _check_unique_ids(records: list[Record]) -> None:
    seen = set()
    for record in records:
        if record.kb_id in seen:
            raise PackError(f"knowledge base: id {record.kb_id!r} is used twice")
        seen.add(record.kb_id)
