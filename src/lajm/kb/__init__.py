"""The knowledge base: countries, capitals and seats of government, organisations,
institutions, media and office-holders, with their names in every pack language.

`load()` returns the shared, cached KnowledgeBase. Its `entries(lang)` are every surface
form to look for in text of that language (inflected forms already generated), each
pointing at the record it names.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Entry:
    form: str              # surface form as written in text, e.g. "Koresë së Veriut"
    kb_id: str             # stable id of the record, e.g. "country:PRK", "person:putin"
    kind: str              # country | capital | seat | igo | institution | media | person | demonym | region
    code: str              # PLOVER country code: RUS, KOS, IGO, EUR, ...
    sector: str | None     # PLOVER sector or None (a bare country has None)
    name: str              # canonical English name
    case: str | None = None   # Albanian: "nom" | "acc" | "gda" | None when unknown
    role: str | None = None   # persons: role id (president, prime_minister, ...)
    start: date | None = None  # persons: term start
    end: date | None = None    # persons: term end (None = still in office)
