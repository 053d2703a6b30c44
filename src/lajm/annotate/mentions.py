"""Passes over all the entity phrases of an article, once they are built: officials with
no country stated are the home country's, a body both home countries have ("KQZ") is the
article's country's, a country named again by its first word ("the North") is that
country. Persons met again (by apposition, by surname) are in persons.py; surnames the
article introduced in sentences not read are in surnames.py.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from lajm import kb as knowledge
from lajm.annotate.names import NameMatcher, gaps, read_parts
from lajm.annotate.persons import Persons, apposed_persons
from lajm.annotate.words import word_before, word_char, word_start
from lajm.kb import Entry
from lajm.kb.cities import city
from lajm.lang.base import LanguagePack
from lajm.model import Doc, Span, bisect_left

GROUP_SECTORS: Final = {"CVL", "REB", "JRN", "MED", "BUS"}  # people, not offices: no home default
# Offices a country has one of, whose holder the article names apart from its country:
# "lideri i opozitës" and the opposition leader named later are of one country.
NAMED_HOLDER_SECTORS: Final = {"OPP"}
COUNTRY_KINDS: Final = {"country", "capital", "person", "institution"}  # names that place an article
FOLLOWING_NAME: Final = re.compile(r"[ -]+[A-Z]")  # "the North Atlantic": a longer name
# A wire dateline opening the text, perhaps after the outlet: "BEIJING (Reuters) -",
# "Canadian Press - VANCOUVER (CP) -", "MELLITAH, Libya :", "PORT-AU-PRINCE, Haiti Oct. 2 -".
DATELINE: Final = re.compile(
    r"\s*(?:[A-Z][\w.&]*(?: [A-Z][\w.&]*){0,3} [-–—]+ )?"
    r"(?P<place>[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3})"
    r"(?:, (?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+(?![\w.])){0,2})[\w.,' ]{0,20}?)?"
    r"\s*(?:\([^)\n]{1,30}\))?\s*(?:[-–—]+|:)\s")
DATELINE_KINDS: Final = {"country", "capital", "region"}
COUNTRY_ATTRS: Final = ("kind", "code", "name", "kb_id")  # what a short form repeats


class Mentions:
    """Completes the phrases of one article with what the article as a whole tells."""

    def __init__(self, pack: LanguagePack):
        self.persons = Persons(pack)
        self.preps = set(pack.words("prepositions"))
        self.home = list(pack.config.get("home_countries", ()))
        self.shared_peoples = {code: set(homes) for code, homes in pack.config.get("shared_peoples", {}).items()}
        self.plural_endings = tuple(pack.words("plural_endings"))
        self.abroad = tuple(pack.words("abroad_words"))
        self.group_words = {"IGO": tuple(pack.words("international_words")), "EUR": tuple(pack.words("western_words"))}
        self.adjective_after = bool(pack.config.get("adjective_after_noun"))
        self.indefinite = set(pack.words("indefinite_articles"))
        self.articles = set(pack.words("determiners")) - self.indefinite
        entries = knowledge.load().entries(pack.code)
        self.shared_bodies = _shared_bodies(entries, self.home)
        home_entries = [e for e in entries if e.code in self.home and e.form not in self.shared_bodies]
        self.home_names = NameMatcher(home_entries) if self.home else None
        self.places = {} if self.home else {e.form.lower(): e.code for e in entries if e.kind in DATELINE_KINDS}

    def place_bodies(self, doc: Doc, names: Iterable[Span]) -> None:
        """A body of the same name in several home countries ("KQZ" in Kosovo and in
        Albania) is the article's home country's."""
        if not self.shared_bodies:  # a pack with one home country or none
            return
        shared = [name for name in names if doc.slice(name) in self.shared_bodies]
        if not shared:
            return
        for name in shared:  # no vote for a home country of their own
            name.attrs["code"] = None
        home = self.home_country(doc)
        for name in shared:
            bodies = self.shared_bodies[doc.slice(name)]
            entry = bodies.get(home or "") or next(iter(bodies.values()))
            name.attrs.update(code=entry.code, sector=entry.sector, name=entry.name, kb_id=entry.kb_id)

    def code_at_home(self, doc: Doc, spans: list[Span]) -> None:
        """Officials and persons the text gives no country are the home country's
        ("presidenti", "policia", "lideri i opozitës" in a Kosovo outlet), or in a pack
        with no home country, the dateline's ("BEIJING (Reuters) - Police said"); an
        international or Western one is IGO or EUR ("vëzhguesi ndërkombëtar X"); a bare
        plural ("ushtarë"), one of many ("një zyrtar") and a group placed abroad
        ("liderët botërorë") stay uncoded."""
        uncoded = [span for span in spans if span.attrs.get("code") is None
                   and span.attrs.get("kind") in ("role", "person")]
        for span in uncoded:
            span.attrs["code"] = self.group_code(doc, span)
        local = [span for span in uncoded if span.attrs["code"] is None and not self.placed_abroad(doc, span)]
        home = self.home_country(doc) if local else None
        holders = _holder_countries(doc, self.home) if home else {}
        for span in local if home else ():
            span.attrs["code"] = holders.get(span.attrs.get("sector") or "") or home
            span.attrs["home"] = True

    def place_peoples(self, doc: Doc, spans: list[Span]) -> None:
        """A people of several countries ("shqiptarët", "civilët shqiptarë") is the
        article's home country's when it lives there."""
        peoples = [span for span in spans if span.attrs.get("code") in self.shared_peoples
                   and (span.attrs.get("kind") == "demonym" or _civilians_by_demonym(doc, span))]
        home = self.home_country(doc) if peoples else None
        for span in peoples:
            if home in self.shared_peoples[span.attrs["code"]]:
                span.attrs["code"] = home

    def group_code(self, doc: Doc, span: Span) -> str | None:
        """IGO or EUR for an official or person an adjective calls international or Western."""
        if span.attrs.get("sector") in GROUP_SECTORS:
            return None
        word = self.describing_word(doc, span)
        for code, stems in self.group_words.items():
            if stems and word.startswith(stems):
                return code
        return None

    def describing_word(self, doc: Doc, span: Span) -> str:
        """The adjective of a phrase: after a role noun where adjectives follow nouns
        ("zyrtarët ndërkombëtarë"), else the word before it ("Western diplomats",
        "vëzhguesi ndërkombëtar Mark Hollis")."""
        if self.adjective_after and span.attrs["kind"] == "role":
            hi = doc.token_range(span)[1]
            return doc.norms[hi] if hi < len(doc.norms) else ""
        lo = bisect_left(doc.tokens.starts, span.start)  # the first token, as doc.token_range finds it
        return doc.norms[lo - 1] if lo > 0 else ""

    def placed_abroad(self, doc: Doc, span: Span) -> bool:
        """A group role, or a person an adjective places abroad ("ekspertja e huaj X")."""
        if span.attrs["kind"] == "role":
            return self.is_group(doc, span)
        return bool(self.abroad) and self.describing_word(doc, span).startswith(self.abroad)

    def home_country(self, doc: Doc) -> str | None:
        """The pack's home country most named ("Kosova", "Tirana", "Kurti") in the
        sentences read, or where they tie, in the whole article."""
        if not self.home:
            return self.dateline_country(doc.text)
        return self.named_home(doc) or _most_named_country(doc) or self.home[0]

    def named_home(self, doc: Doc) -> str | None:
        """The home country most named in the sentences read, or where they tie, in the
        whole article; None in an article that names none (news from abroad)."""
        counts = _home_counts(doc.spans.get("name", []), self.home)
        if len(set(counts.values())) == 1 and self.home_names is not None:
            unread = self.home_names.find(doc.text, doc.article.published, gaps(read_parts(doc), len(doc.text)))
            counts = _home_counts(doc.spans.get("name", []) + unread, self.home)
        if not any(counts.values()):
            return None
        return max(self.home, key=lambda code: counts[code])

    def domestic_home(self, doc: Doc, span: Span) -> str | None:
        """The home country of a body of civil society the text places nowhere, in an
        article about a home country ("OJQ-ja" in Kosovo news), unless an adjective
        places it abroad ("organizata ndërkombëtare"); None in a pack with no home."""
        if not self.home or (self.abroad and self.describing_word(doc, span).startswith(self.abroad)):
            return None
        return self.named_home(doc)

    def dateline_country(self, text: str) -> str | None:
        """The country of the wire dateline opening the text: the country named after
        the place, else the place's own."""
        found = DATELINE.match(text)
        if found is None:
            return None
        if found["country"]:
            return self.places.get(found["country"].lower())
        place = found["place"]
        seat = city(place.title(), found.span("place"))
        return self.places.get(place.lower()) or (seat.code if seat is not None else None)

    def is_group(self, doc: Doc, span: Span) -> bool:
        lo, hi = doc.token_range(span)
        before = doc.norms[lo - 1] if lo > 0 else ""
        after = doc.norms[hi] if hi < len(doc.norms) else ""
        return (span.attrs.get("sector") in GROUP_SECTORS or doc.norms[lo].endswith(self.plural_endings)
                or after.startswith(self.abroad) or before in self.indefinite)

    def complete(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """The phrases, coded where the article allows, with the surname mentions added."""
        apposed_persons(doc, spans)
        self.code_at_home(doc, spans)
        self.place_peoples(doc, spans)
        known = self.persons.remember(doc, spans)
        later = (self.persons.mentions(doc, spans, known) if known else []) + self.short_forms(doc, spans)
        return sorted(spans + later, key=lambda span: span.start) if later else spans

    def short_forms(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """ "abducted by the North" after "North Korea": a country of several words named
        again by its first word after an article (not "the North Atlantic"). The first
        country of each first word claims every later mention."""
        firsts: dict[str, Span] = {}
        for span in spans:
            if span.attrs.get("kind") != "country":
                continue
            first, _, rest = doc.slice(span).partition(" ")
            if rest and first not in firsts:
                firsts[first] = span
        found = []
        for first, span in firsts.items():
            for article, at in self.after_article(doc.text, first, span.end):
                found.append(Span(at, at + len(first), "entity", {
                    **{key: span.attrs.get(key) for key in COUNTRY_ATTRS},
                    "prep": self.preposition_before(doc, article), "genitive": False}))
        return found

    def after_article(self, text: str, word: str, start: int) -> list[tuple[int, int]]:
        """(article start, word start) where `word` stands whole after an article and one
        space, from `start` on, and no name follows it."""
        found = []
        at = text.find(" " + word, start)
        while at >= 0:
            end = at + 1 + len(word)
            begin = word_start(text, at)
            if begin >= start and text[begin:at] in self.articles and not word_char(text, end) \
                    and not FOLLOWING_NAME.match(text, end):
                found.append((begin, at + 1))
            at = text.find(" " + word, end)
        return found

    def preposition_before(self, doc: Doc, start: int) -> str | None:
        word = word_before(doc.text, start)
        return word if word in self.preps else None



def _civilians_by_demonym(doc: Doc, span: Span) -> bool:
    """ "civilët shqiptarë", not "qytetarët e Shqipërisë": people a demonym places."""
    return span.attrs.get("sector") == "CVL" and any(
        name.attrs["kind"] == "demonym" and span.start <= name.start < span.end for name in doc.spans_in("name", span))


def _shared_bodies(entries: list[Entry], home: list[str]) -> dict[str, dict[str, Entry]]:
    """Forms that name an institution in more than one home country, and by country the
    institution each names."""
    by_form: dict[str, dict[str, Entry]] = {}
    for entry in entries:
        if entry.kind == "institution" and entry.code in home:
            by_form.setdefault(entry.form, {}).setdefault(entry.code, entry)
    return {form: bodies for form, bodies in by_form.items() if len(bodies) > 1}


def _home_counts(names: list[Span], home: list[str]) -> dict[str, int]:
    counts = {code: 0 for code in home}
    for name in names:
        if name.attrs.get("code") in counts:
            counts[name.attrs["code"]] += 1
    return counts


def _holder_countries(doc: Doc, home: list[str]) -> dict[str, str]:
    """For each sector of NAMED_HOLDER_SECTORS, the one home country of the persons of
    that sector the article names ("zoti Basha": ALB for the opposition)."""
    countries: dict[str, set[str]] = {}
    for name in doc.spans.get("name", []):
        sector, code = name.attrs.get("sector"), name.attrs.get("code")
        if name.attrs.get("kind") == "person" and sector in NAMED_HOLDER_SECTORS and code in home:
            countries.setdefault(sector, set()).add(code)
    return {sector: codes.pop() for sector, codes in countries.items() if len(codes) == 1}


def _most_named_country(doc: Doc) -> str | None:
    """In an article that names no home country, the country it names most, if any."""
    counts: dict[str, int] = {}
    for name in doc.spans.get("name", []):
        code = name.attrs.get("code")
        if name.attrs.get("kind") in COUNTRY_KINDS and code:  # a namesake may have no country
            counts[code] = counts.get(code, 0) + 1
    return max(counts, key=lambda code: counts[code]) if counts else None
