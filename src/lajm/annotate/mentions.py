"""Passes over all the entity phrases of an article, once they are built: a person
named after a comma takes the role before it, officials with no country stated are the
home country's, persons met by full name are found again by surname alone (the one
named in full, not a namesake the knowledge base knows), and a body both home countries
have ("KQZ") is the article's country's. Surnames the article introduced in sentences not
read are in surnames.py.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from os.path import commonprefix
from typing import Final

from lajm import kb as knowledge
from lajm.annotate.names import NameMatcher, gaps, read_parts
from lajm.kb import Entry
from lajm.kb.cities import city
from lajm.lang.base import LanguagePack
from lajm.model import Doc, Span

APPOSITION_WORDS: Final = 4  # words between a role phrase and the name set off after it
GROUP_SECTORS: Final = {"CVL", "REB", "JRN", "MED", "BUS"}  # people, not offices: no home default
# Offices a country has one of, whose holder the article names apart from its country:
# "lideri i opozitës" and the opposition leader named later are of one country.
NAMED_HOLDER_SECTORS: Final = {"OPP"}
PERSON_KINDS: Final = {"person", "role"}  # phrases whose name is a person's, known later by surname
COUNTRY_KINDS: Final = {"country", "capital", "person", "institution"}  # names that place an article
PERSON_ATTRS: Final = ("code", "sector", "name", "kb_id", "role")  # what a surname repeats
FOLLOWING_NAME: Final = re.compile(r"[ -]+[A-Z]")  # "the North Atlantic": a longer name
PREVIOUS_REACH: Final = 40  # characters looked back for it
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
        self.pack = pack
        self.linkers = set(pack.words("linkers"))
        self.preps = set(pack.words("prepositions"))
        self.home = list(pack.config.get("home_countries", ()))
        self.shared_peoples = {code: set(homes) for code, homes in pack.config.get("shared_peoples", {}).items()}
        self.plural_endings = tuple(pack.words("plural_endings"))
        self.abroad = tuple(pack.words("abroad_words"))
        self.group_words = {"IGO": tuple(pack.words("international_words")), "EUR": tuple(pack.words("western_words"))}
        self.adjective_after = bool(pack.config.get("adjective_after_noun"))
        self.indefinite = set(pack.words("indefinite_articles"))
        self.articles = set(pack.words("determiners")) - self.indefinite
        self.surname_forms: dict[str, list[str]] = {}
        self.surname_stems: dict[str, str] = {}  # the start the capitalised forms of each share
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
        return next((code for code, stems in self.group_words.items() if stems and word.startswith(stems)), None)

    def describing_word(self, doc: Doc, span: Span) -> str:
        """The adjective of a phrase: after a role noun where adjectives follow nouns
        ("zyrtarët ndërkombëtarë"), else the word before it ("Western diplomats",
        "vëzhguesi ndërkombëtar Mark Hollis")."""
        lo, hi = doc.token_range(span)
        if self.adjective_after and span.attrs["kind"] == "role":
            return doc.norms[hi] if hi < len(doc.norms) else ""
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
        _apposed_persons(doc, spans)
        self.code_at_home(doc, spans)
        self.place_peoples(doc, spans)
        known = self.remember_persons(doc, spans)
        later = (self.surnames(doc, spans, known) if known else []) + self.short_forms(doc, spans)
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
            if begin >= start and text[begin:at] in self.articles and not _word_char(text, end) \
                    and not FOLLOWING_NAME.match(text, end):
                found.append((begin, at + 1))
            at = text.find(" " + word, end)
        return found

    def preposition_before(self, doc: Doc, start: int) -> str | None:
        word = _word_before(doc.text, start)
        return word if word in self.preps else None

    def surnames(self, doc: Doc, spans: list[Span], known: dict[str, dict]) -> list[Span]:
        """Later mentions by surname alone, inflected or not ("Petrov tha", "Kurtit"),
        anywhere in the text: a pronoun in an event sentence may stand for one."""
        forms = {form: attrs for surname, attrs in known.items() for form in self.forms(surname)}
        found = []
        found_forms = [(self.stem(surname), self.forms(surname)) for surname in known]
        for start, end in _occurrences(doc.text, found_forms):
            if _inside_any(start, spans):
                continue
            before = _word_before(doc.text, start)
            found.append(Span(start, end, "entity", {
                **{key: forms[doc.text[start:end]].get(key) for key in PERSON_ATTRS}, "kind": "person",
                "prep": before if before in self.preps else None, "genitive": before in self.linkers}))
        return found

    def forms(self, surname: str) -> list[str]:
        """The inflected forms of a surname, remembered across articles."""
        if surname not in self.surname_forms:
            self.surname_forms[surname] = list(self.pack.inflections(surname))
        return self.surname_forms[surname]

    def stem(self, surname: str) -> str:
        """The start all capitalised forms of a surname share ("Berish" of "Berisha", "Berishës")."""
        if surname not in self.surname_stems:
            self.surname_stems[surname] = commonprefix([form for form in self.forms(surname) if form[:1].isupper()])
        return self.surname_stems[surname]

    def remember_persons(self, doc: Doc, spans: list[Span]) -> dict[str, dict]:
        """Coded persons by surname, those named in full first; unknown persons with a
        known surname take its code. Outlets, countries and bodies ("Gazeta Express",
        "Koreja e Veriut") have no surname."""
        persons = [span for span in spans if span.attrs.get("name") and span.attrs.get("code")
                   and span.attrs.get("kind") in PERSON_KINDS]
        in_full = [span for span in persons if " " in span.attrs["name"] and span.attrs["name"] in doc.slice(span)]
        self.follow_full_names(doc, persons, in_full)
        known = {span.attrs["name"].split()[-1]: span.attrs for span in reversed(in_full)}
        for span in persons:
            known.setdefault(span.attrs["name"].split()[-1], span.attrs)
        for span in spans:
            kind = span.attrs.get("kind")
            alone = span.attrs.get("home") and " " not in (span.attrs.get("name") or " ")
            if kind in PERSON_KINDS and (not span.attrs.get("code") or alone):
                earlier = known.get(doc.slice(span).split()[-1])
                if earlier and earlier is not span.attrs:  # "Ambasador Soreca" after "Luigi Soreca"
                    span.attrs["code"] = earlier["code"]
                    if kind == "person":
                        span.attrs["sector"] = earlier["sector"]
        return known

    def follow_full_names(self, doc: Doc, persons: list[Span], in_full: list[Span]) -> None:
        """A known person met by surname alone ("Ambasadorja Kim", "Haxhiu") is the one
        the article last named in full with that surname, if another ("Yuri Kim", "Bekim
        Haxhiu"): the knowledge base's Kim Jong Un is no ambassador."""
        for span in persons:
            written = doc.slice(span)
            if span.attrs["name"] in written:
                continue
            last = written.split()[-1]
            named = [earlier for earlier in in_full if last in self.forms(earlier.attrs["name"].split()[-1])]
            before = [earlier for earlier in named if earlier.start < span.start]
            full = (before[-1] if before else named[0]).attrs if named else None
            if full is not None and full["name"] != span.attrs["name"]:
                span.attrs.update(code=full["code"], name=full["name"], kb_id=full.get("kb_id"))
                if span.attrs["kind"] == "person":
                    span.attrs.update(sector=full["sector"], role=full.get("role"))


def _word_before(text: str, start: int) -> str:
    """The lower-cased word right before `start`, if only spaces stand between (looked
    for no further back than PREVIOUS_REACH characters)."""
    reach, end = max(0, start - PREVIOUS_REACH), start
    while end > reach and text[end - 1].isspace():
        end -= 1
    if end == start or end == reach:
        return ""
    return text[max(reach, word_start(text, end)):end].lower()


def _occurrences(text: str, surnames: list[tuple[str, list[str]]]) -> list[tuple[int, int]]:
    """Where the capitalised forms of the surnames stand as whole words in `text`; of two
    forms found at one place ("Kurti", "Kurtit") the longer. Each surname's forms are
    looked for where the start they share (its stem) stands: one search of the text, not
    one a form. A form is tried again only past where it was last found, as a search of
    its own would."""
    found: dict[int, int] = {}
    for stem, forms in surnames:
        capitalised = [form for form in forms if form[:1].isupper()]
        next_at = {form: 0 for form in capitalised}
        start = text.find(stem) if capitalised else -1
        while start >= 0:
            for form in capitalised:
                end = start + len(form)
                if start >= next_at[form] and text.find(form, start, end) == start:
                    next_at[form] = end
                    if whole_word(text, start, end) and end > found.get(start, 0):
                        found[start] = end
            start = text.find(stem, start + 1)
    return sorted(found.items())


def _inside_any(offset: int, spans: list[Span]) -> bool:
    """Whether `offset` is inside one of `spans` (in the order of their starts)."""
    for span in spans:
        if span.start > offset:
            return False
        if offset < span.end:
            return True
    return False


def _word_char(text: str, at: int) -> bool:
    return at < len(text) and (text[at].isalnum() or text[at] == "_")


def word_start(text: str, end: int) -> int:
    """Where the run of word characters (as the regex \\w reads them) that ends at `end` starts."""
    start = end
    while start > 0 and _word_char(text, start - 1):
        start -= 1
    return start


def whole_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands whole: no letter, digit or hyphen joins it on either side."""
    return not (start and (text[start - 1].isalnum() or text[start - 1] == "-")) \
        and not (end < len(text) and (text[end].isalnum() or text[end] == "-"))


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


def _apposed_persons(doc: Doc, spans: list[Span]) -> None:
    """ "Ambasadori gjerman në Tiranë, Karl Weber": a person named after a comma
    right behind a coded role phrase holds that role; so does one named before a coded
    role set off by commas ("Karl Weber, a German diplomat, said")."""
    for k, span in enumerate(spans):
        if span.attrs.get("kind") != "person" or span.attrs.get("code"):
            continue
        role = _role_before(doc, spans[max(0, k - 2):k], span) or _role_after(doc, spans[k + 1:k + 3], span)
        if role is not None:
            span.attrs.update(code=role.attrs["code"], sector=role.attrs["sector"])


def _role_before(doc: Doc, before: list[Span], person: Span) -> Span | None:
    roles = [r for r in before if r.attrs.get("kind") == "role" and r.attrs.get("code")]
    if roles and doc.text[:person.start].rstrip().endswith(",") \
            and len(doc.text[roles[-1].end:person.start].split()) <= APPOSITION_WORDS:
        return roles[-1]
    return None


def _role_after(doc: Doc, after: list[Span], person: Span) -> Span | None:
    """The coded role right after the person's comma, closed by a comma of its own."""
    if not after or after[0].attrs.get("kind") != "role" or not after[0].attrs.get("code"):
        return None
    role, between = after[0], doc.text[person.end:after[0].start]
    opened = between.lstrip().startswith(",") and len(between.split()) <= APPOSITION_WORDS
    return role if opened and doc.text[role.end:].lstrip().startswith(",") else None
