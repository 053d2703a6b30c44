"""The knowledge base: countries, capitals and seats of government, organisations,
institutions, media and office-holders, with their names in every pack language.

`load()` returns the shared, cached KnowledgeBase. Its `entries(lang)` are every surface
form to look for in text of that language (inflected forms already generated), each
pointing at the record it names.

The data are TSV tables in `lajm/kb/data/` (a header line, `#` comment lines, one record
a line): countries (names from CLDR plus ours), places (capitals, seats, regions),
organisations (intergovernmental bodies, institutions, parties), media, persons, offices
(who held which role, where, from when to when), roles, demonyms, and common_words (words
of a language that are never taken as names). Name columns are named by language code
(`en`, `sq`); a cell holds forms separated by `|`, and a form may end in an inflection
mark for the language pack: `:f`, `:m`, `:pl`, `:adj` or `:-` (never inflect).

Adding your own: write files in the same formats, named after the table they extend
(`persons-mine.tsv`, `offices-mine.tsv`, `organisations-local.tsv`; a folder of them
works too), and pass them as `load(extra=(Path("persons-mine.tsv"), ...))` or list them
in the environment variable LAJM_KB_EXTRA, separated by the OS path separator (":" on
Linux). A row whose key (id, alpha2, code, or person+role+code+start for offices) is
already in the knowledge base replaces that row.

Forms are kept exactly as written. A form in capitals (US, EU, SHBA) is meant to be
matched case-sensitively: "US" is the country, "us" is not.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from lajm import lang as langs
from lajm.kb.records import NON_STATE, PLACE_KINDS, Office, Record, Records, build
from lajm.lang.base import LanguagePack

EXTRA_ENV = "LAJM_KB_EXTRA"


@dataclass(frozen=True)
class Entry:
    form: str              # surface form as written in text, e.g. "Koresë së Veriut"
    kb_id: str             # stable id of the record, e.g. "country:PRK", "person:putin"
    kind: str              # country | capital | seat | igo | institution | media | person | demonym | region
    code: str | None       # PLOVER country code: RUS, KOS, IGO, EUR, ... (None: no country)
    sector: str | None     # PLOVER sector or None (a bare country has None)
    name: str              # canonical English name
    case: str | None = None   # Albanian: "nom" | "acc" | "gda" | None when unknown
    role: str | None = None   # persons: role id (president, prime_minister, ...)
    start: date | None = None  # persons: term start
    end: date | None = None    # persons: term end (None = still in office)


class KnowledgeBase:
    def __init__(self, records: Records):
        self.records = records
        self._entries: dict[str, list[Entry]] = {}
        self._by_role: dict[tuple[str, str], list] | None = None

    def entries(self, lang: str) -> list[Entry]:
        """Every surface form to look for in text of `lang`, inflected forms included."""
        if lang not in self._entries:
            self._entries[lang] = self._make_entries(lang)
        return self._entries[lang]

    def holders(self, role: str, code: str, on: date | None = None) -> list[Entry]:
        """Who held `role` for `code` on `on` (ever, if None): one Entry per person, with
        the person's canonical name as its form and their latest such term, in the order
        they first took the office."""
        found: dict[str, Entry] = {}
        for office in self._offices().get((role, code), ()):
            if on is None or office.holds_on(on):
                person = self.records.persons[office.person]
                found[office.person] = _person_entry(person.name, person, office, None)
        return list(found.values())

    def _offices(self) -> dict[tuple[str, str], list]:
        """Offices by (role, country), each list in order of taking office."""
        if self._by_role is None:
            self._by_role = {}
            for office in sorted(self.records.offices, key=lambda o: o.start):
                self._by_role.setdefault((office.role, office.code), []).append(office)
        return self._by_role

    def country_name(self, code: str, lang: str) -> str | None:
        """The usual name of a country in `lang` (English: the canonical name)."""
        country = self.records.countries.get(code)
        if country is None:
            return None
        if lang == "en":
            return country.name
        forms = country.names.get(lang)
        return forms[0][0] if forms else None

    def _make_entries(self, lang: str) -> list[Entry]:
        pack = langs.load(lang)
        common = self.records.common_words.get(lang, set())
        entries = []
        for record in [*self.records.countries.values(), *self.records.things]:
            for form, case in _surface_forms(record, lang, pack, common).items():
                entries.append(Entry(form, record.kb_id, record.kind, record.code,
                                     record.sector, record.name, case))
        people = {kb_id: _surface_forms(person, lang, pack, common)
                  for kb_id, person in self.records.persons.items()}
        for office in self.records.offices:
            person = self.records.persons[office.person]
            for form, case in people[office.person].items():
                entries.append(_person_entry(form, person, office, case))
        return entries


def load(extra: tuple[Path, ...] = ()) -> KnowledgeBase:
    """The knowledge base with the built-in data, then the files in LAJM_KB_EXTRA, then
    `extra`; cached, so every caller with the same files shares one."""
    from_env = tuple(Path(p) for p in os.environ.get(EXTRA_ENV, "").split(os.pathsep) if p)
    return _load((*from_env, *(Path(p) for p in extra)))


@cache
def _load(extra: tuple[Path, ...]) -> KnowledgeBase:
    return KnowledgeBase(build(extra))


def _person_entry(form: str, person: Record, office: Office, case: str | None) -> Entry:
    return Entry(form, person.kb_id, "person", office.code, office.sector, person.name,
                 case, office.role, office.start, office.end)


def _surface_forms(record: Record, lang: str, pack: LanguagePack, common: set[str]
                   ) -> dict[str, str | None]:
    """Form -> case for one record's names in `lang`, without the language's common words."""
    inflects = type(pack).inflections is not LanguagePack.inflections
    out: dict[str, str | None] = {}
    for form, mark in record.names.get(lang, []):
        for surface, case in _inflect(pack, form, mark, record.kind == "person").items():
            if surface.isupper() or surface.lower() not in common:
                out.setdefault(surface, case if inflects else None)
    return out


def _inflect(pack: LanguagePack, form: str, mark: str | None, person: bool) -> dict[str, str]:
    """A person's name inflects in its last word ("Vladimir Putinit"); other names in
    their head, as the pack decides."""
    if not person or " " not in form:
        return pack.inflections(form, mark)
    first, last = form.rsplit(" ", 1)
    return {f"{first} {surface}": case for surface, case in pack.inflections(last, mark).items()}
