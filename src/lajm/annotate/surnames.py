"""Persons a read sentence names by surname alone whom the article introduced in a
sentence that is not read ("deputeti Pal Lekaj ... Lekaj tha"), and known persons' surnames
that the article gives to someone else ("Petrit Berisha ... Berisha")."""
from __future__ import annotations

import re
from typing import Final

from lajm.annotate.persons import PERSON_KINDS
from lajm.annotate.words import word_start
from lajm.annotate.roles import RoleLexicon
from lajm.annotate.segment import upper_at
from lajm.kb import PLACE_KINDS, Entry
from lajm.lang.base import LanguagePack
from lajm.model import Doc, Span

SURNAME_JOINED: Final = re.compile(r"[\w-]| [A-ZÇË]")  # a surname going on, or another name word after it
INTRODUCTION_REACH: Final = 60  # characters looked back from a first name for the office before it
OFFICE_WORDS: Final = 5  # words of an office set off by a comma before a name ("deputeti i Aleancës për Ardhmërinë")
WORD: Final = re.compile(r"\w+")
SENTENCE_MARKS: Final = ".!?:;“”\""


class IntroducedSurnames:
    """Persons a read sentence names by surname alone ("Lekaj tha") whom the article
    introduced in a sentence not read, by first name or office ("Pal Lekaj", "deputeti
    Lekaj"): persons of that office's sector and of the country its demonym names."""

    def __init__(self, pack: LanguagePack, roles: RoleLexicon, entries: list[Entry]):
        self.roles = roles
        self.not_names = set(pack.words("not_names"))
        self.linkers = set(pack.words("linkers"))
        self.preps = set(pack.words("prepositions"))
        self.stop = self.preps | {w for key in ("coordinators", "clause_breaks", "relatives", "complementizers")
                                  for w in pack.words(key)}
        self.demonyms = {e.form: e.code for e in entries if e.kind == "demonym"}
        self.places = {e.form for e in entries if e.kind in PLACE_KINDS}

    def introduced(self, doc: Doc, read: list[tuple[int, int]], phrases: list[Span]) -> list[Span]:
        """Spans for the surnames alone, outside `phrases` (in text order), in the `read`
        sentences (their token ranges); not for the surnames of persons `phrases` name, which
        `Mentions.surnames` finds."""
        named = {span.attrs["name"].split()[-1] for span in phrases
                 if span.attrs.get("kind") in PERSON_KINDS and span.attrs.get("name")}
        asked: dict[str, dict | None] = {}  # a word may stand in several sentences
        found = []
        for k in self.loose_surnames(doc, read, phrases):
            word = doc.text[doc.tokens.starts[k]:doc.tokens.ends[k]]
            if word not in asked:
                asked[word] = None if word in named else self.introduction(doc.text, word)
            introduced = asked[word]
            if introduced is not None:
                found.append(self.mention(doc, k, introduced))
        return found

    def loose_surnames(self, doc: Doc, read: list[tuple[int, int]], phrases: list[Span]) -> list[int]:
        """The tokens of the `read` sentences (token ranges) that may be surnames, outside the phrases:
        both are in text order, and phrases are made of whole tokens, so a token is inside
        one when its start is inside the first phrase not ended before it."""
        found, p = [], 0
        text, starts, ends = doc.text, doc.tokens.starts, doc.tokens.ends
        for lo, hi in read:
            for k in range(lo, hi):
                start = starts[k]
                if ends[k] - start <= 2 or not upper_at(text, start):
                    continue  # most words: a surname is capitalised and of three letters or more
                while p < len(phrases) and phrases[p].end <= start:
                    p += 1
                if not (p < len(phrases) and phrases[p].start <= start) and self.may_be_surname(doc, k):
                    found.append(k)
        return found

    def mention(self, doc: Doc, k: int, introduced: dict) -> Span:
        """The entity span of token k, a surname alone of the person `introduced`."""
        before = doc.norms[k - 1] if k > 0 else ""
        return Span(doc.tokens.starts[k], doc.tokens.ends[k], "entity", {
            **introduced, "kind": "person",
            "prep": before if before in self.preps else None, "genitive": before in self.linkers})

    def namesakes(self, doc: Doc, names: list[Span]) -> None:
        """A known person's surname alone ("Berisha") is someone else the article
        introduced by another first name ("Petrit Berisha", not Sali Berisha)."""
        for span in names:
            if span.attrs.get("kind") != "person" or not span.attrs.get("kb_id"):
                continue
            written = doc.slice(span)
            if " " in written:
                continue
            introduced = self.introduction(doc.text, written)
            if introduced is None or " " not in introduced["name"] or introduced["name"][0] == span.attrs["name"][0]:
                continue  # the known person, by an initial of the first name ("Aleksandar Vuçiq")
            span.attrs.update(introduced, kb_id=None, role=None)

    def may_be_surname(self, doc: Doc, k: int) -> bool:
        """Whether token k, a capitalised word, stands on its own, not part of a longer
        name ("Ligjin Zgjedhor", "Hungari Index"), and is no conjunction or office."""
        word = doc.text[doc.tokens.starts[k]:doc.tokens.ends[k]]
        return self.is_first_name(word) \
            and not self.name_like(doc, k - 1) and not self.name_like(doc, k + 1)

    def name_like(self, doc: Doc, k: int) -> bool:
        """Whether token k is a capitalised word that may be part of a name."""
        if not 0 <= k < len(doc.tokens):
            return False
        word = doc.text[doc.tokens.starts[k]:doc.tokens.ends[k]]
        return upper_at(word, 0) and word not in self.not_names and doc.norms[k] not in self.stop

    def introduction(self, text: str, surname: str) -> dict | None:
        """The name, sector and country the text first introduces a surname with: an
        office ("deputeti Lekaj") or a first name, perhaps after an office ("deputeti i
        AAK-së, Pal Lekaj", "boksieri shqiptar Albi Sorra"); no place or body in a
        genitive ("i Zubin Potokut") or after a preposition ("për Shqipëri Qerimi": went
        to Albania, where "Berat Rukiqi" is a first name); None if none. The surname is
        found as a literal and the words read back from it: a regex starting with the words
        would be tried at every character of the text."""
        at = text.find(surname)
        while at >= 0:
            end = at + len(surname)
            words = _words_before(text, at, end)
            introduced = self.introduced_by(text, surname, words) if words is not None else None
            if introduced is not None:
                return introduced
            at = text.find(surname, end)
        return None

    def introduced_by(self, text: str, surname: str, words: tuple[str, int, int]) -> dict | None:
        """The introduction of the surname by the word before it (_words_before), or None."""
        before, start, end = words
        word = text[start:end]
        role = self.roles.get(word.lower())
        if role is not None:
            return {"name": surname, "sector": role.sector, "code": None}
        if self.is_first_name(word) and before not in self.linkers \
                and not (before in self.preps and word in self.places):
            office = text[max(0, start - INTRODUCTION_REACH):start]
            return {"name": f"{word} {surname}", **self.describing(office)}
        return None

    def is_first_name(self, word: str) -> bool:
        """A capitalised word that may be a first name: no conjunction or office."""
        if not (upper_at(word, 0) and word[1:].islower() and word not in self.not_names):
            return False
        norm = word.lower()
        return norm not in self.stop and self.roles.get(norm) is None

    def describing(self, before: str) -> dict:
        """The sector and country of the office and demonym right before a name, or set
        off by a comma before it ("drejtori amerikan i institutit, Anthony Fauci")."""
        clause, comma, after = before.rstrip().rpartition(",")
        apposed = bool(comma) and not after.strip()
        reach = OFFICE_WORDS if apposed else 2  # "boksieri shqiptar Albi Sorra"
        words = WORD.findall(_after_sentence_mark(clause if apposed else before))[-reach:]
        role = next((role for word in words if (role := self.roles.get(word.lower())) is not None), None)
        code = next((self.demonyms[word] for word in words if word in self.demonyms), None)
        return {"sector": role.sector if role is not None else None, "code": code}


def _after_sentence_mark(text: str) -> str:
    """The text after its last sentence mark, all of it when it has none: found with
    str.rfind, not a regex run over every character."""
    cut = -1
    for mark in SENTENCE_MARKS:
        cut = max(cut, text.rfind(mark))
    return text[cut + 1:]


def _words_before(text: str, at: int, end: int) -> tuple[str, int, int] | None:
    """When the surname from `at` to `end` stands after a word and a space, not joined to a
    name after it: the word before that one (lower case, "" when there is none) and the
    word's start and end; else None."""
    start = word_start(text, at - 1)
    if start < at - 1 and text[at - 1] == " " and not SURNAME_JOINED.match(text, end):
        before = word_start(text, start - 1) if start > 0 and text[start - 1] == " " else start
        return text[before:start - 1].lower() if before < start - 1 else "", start, at - 1
    return None
