"""Persons met again in an article: a person named beside a coded role holds it, a
known person met by surname alone is the one named in full, and every later mention by
surname alone (inflected or not) is found in the text."""
from __future__ import annotations

from os.path import commonprefix
from typing import Final

from lajm.annotate.words import whole_word, word_before
from lajm.lang.base import LanguagePack
from lajm.model import Doc, Span

APPOSITION_WORDS: Final = 4  # words between a role phrase and the name set off after it
PERSON_KINDS: Final = {"person", "role"}  # phrases whose name is a person's, known later by surname
PERSON_ATTRS: Final = ("code", "sector", "name", "kb_id", "role")  # what a surname repeats


class Persons:
    """The persons of one article by surname, with the surname forms of a pack remembered
    across articles."""

    def __init__(self, pack: LanguagePack):
        self.pack = pack
        self.linkers = set(pack.words("linkers"))
        self.preps = set(pack.words("prepositions"))
        self.surname_forms: dict[str, list[str]] = {}
        self.surname_stems: dict[str, str] = {}  # the start the capitalised forms of each share

    def mentions(self, doc: Doc, spans: list[Span], known: dict[str, dict]) -> list[Span]:
        """Later mentions by surname alone, inflected or not ("Petrov tha", "Kurtit"),
        anywhere in the text: a pronoun in an event sentence may stand for one."""
        forms = {form: attrs for surname, attrs in known.items() for form in self.forms(surname)}
        found = []
        found_forms = [(self.stem(surname), self.forms(surname)) for surname in known]
        for start, end in _occurrences(doc.text, found_forms):
            if _inside_any(start, spans):
                continue
            before = word_before(doc.text, start)
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

    def remember(self, doc: Doc, spans: list[Span]) -> dict[str, dict]:
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


def apposed_persons(doc: Doc, spans: list[Span]) -> None:
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
