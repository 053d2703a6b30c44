"""Find knowledge-base names (countries, capitals, bodies, persons, demonyms) in text
with one Aho-Corasick automaton; each is a span labelled "name" carrying its Entry.

Matching is case-insensitive, then checked: a form written with a capital must be
capitalised in the text too (so the Albanian demonym "rusi" is not the country "Rusi"),
and an all-capitals acronym must match exactly ("US" is not "us", "BE" is not "be").
Overlapping matches are resolved longest first, then leftmost (patterns.longest_first).
"""
from __future__ import annotations

import re
from datetime import date
from typing import Final

import ahocorasick

from lajm import kb as knowledge
from lajm.annotate.patterns import longest_first
from lajm.annotate.roles import RoleLexicon
from lajm.annotate.scanning import lowered, spaced, spaced_text
from lajm.annotate.segment import title_line
from lajm.kb import Entry
from lajm.lang.base import LanguagePack
from lajm.model import Doc, Span, bisect_left
from lajm.pipeline import stage

MAX_FITTING: Final = 100_000  # remembered choices among a form's records
UNFITTED: Final = Entry("", "", "", None, None, "")  # what NameMatcher.fitting gives for a choice not made yet
FIRST_NAME: Final = re.compile(r"([A-ZÇË][a-zçë]+) +$")  # a capitalised word right before a name
FIRST_NAME_CHARS: Final = 30
SURNAME: Final = re.compile(r" ([A-ZÇË][a-zçë]+)\b")  # a capitalised word right after a name
WORD_BEFORE: Final = re.compile(r"(\w+) +$")
# When two records share a form, the more specific kind wins.
KIND_RANK: Final = {"person": 0, "institution": 1, "igo": 2, "seat": 3, "media": 4, "country": 5,
             "capital": 6, "region": 7, "demonym": 8}


@stage("names")
def make_names(pack: LanguagePack):
    matcher = NameMatcher(knowledge.load().entries(pack.code))
    titles = Titles(RoleLexicon(pack), {w.capitalize() for w in pack.words("honorifics")} | set(pack.words("not_names")))
    first_names = FirstNames(titles, {w.lower() for w in pack.words("place_nouns")}, set(pack.words("linkers")))

    def names(doc: Doc) -> Doc:
        """Names in the sentences that may state an event (all sentences when no stage
        chose): the later stages read no others."""
        found = matcher.find(doc.text, doc.article.published, read_parts(doc))
        starts, body = {n.start for n in found}, body_start(doc)
        doc.spans["name"] = [n for n in found if not _namesake(doc.text, n, titles)
                             and not (n.start >= body and first_names.is_first_name(doc.text, n, starts))]
        return doc
    return names


class Titles:
    """Capitalised words before a surname that are no first name: offices and honours
    ("Kryeministri Hoti", "Mr Johnson") and the pack's `not_names` ("Sot Hoti", "But
    Johnson")."""

    def __init__(self, roles: RoleLexicon, words: set[str]):
        self.roles, self.words = roles, words

    def is_title(self, word: str) -> bool:
        return word in self.words or self.roles.get(word.lower()) is not None


def _namesake(text: str, name: Span, titles: Titles) -> bool:
    """A known person's surname alone after another first name ("Bekim Haxhiu", "Ivanka
    Trump") is someone else of that name, unless that first name has the known one's
    initial (a spelling of it: "Aleksandar Vuçiq")."""
    if name.attrs["kind"] != "person" or " " in text[name.start:name.end]:
        return False
    before = FIRST_NAME.search(text, max(0, name.start - FIRST_NAME_CHARS), name.start)
    return before is not None and not titles.is_title(before.group(1)) \
        and before.group(1)[0] != name.attrs["name"][0]


class FirstNames:
    """A country name before a capitalised word that no name, office, title or place noun
    ("Jordan Valley", "Israel Police") explains is a person's first name ("Jordan Okafor",
    "Israel Adesanya"). An acronym is none ("US Predator drones"), nor a country after a
    genitive linker, which the office holder's name follows ("ministri i Rusisë Ivan Petrov")."""

    def __init__(self, titles: Titles, place_nouns: set[str], linkers: set[str]):
        self.titles, self.place_nouns, self.linkers = titles, place_nouns, linkers

    def is_first_name(self, text: str, name: Span, starts: set[int]) -> bool:
        if name.attrs["kind"] != "country":
            return False
        written = text[name.start:name.end]
        if " " in written or written.isupper():
            return False
        after = SURNAME.match(text, name.end)
        if after is None or after.start(1) in starts:
            return False
        word = after.group(1)
        if self.titles.is_title(word) or word.lower() in self.place_nouns:
            return False
        before = WORD_BEFORE.search(text, max(0, name.start - FIRST_NAME_CHARS), name.start)
        return before is None or before.group(1) not in self.linkers


def body_start(doc: Doc) -> int:
    """Where the text after the headline (its title, or a short unpunctuated first line)
    begins; 0 when it has none. A headline may capitalise every word ("Israel Strikes
    Gaza"), so no first name is read in it."""
    title = doc.article.title or title_line(doc.text)
    return len(title) if title and doc.text.startswith(title) else 0


def read_parts(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of the sentences read past the names: the candidates of an event."""
    if not doc.sentences:
        return [(0, len(doc.text))]
    return [(s.start, s.end) for s in doc.spans.get("candidate", doc.sentences)]


def gaps(parts: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    """The stretches of a text of `size` characters that no part covers."""
    starts, ends = [start for start, _ in parts] + [size], [0] + [end for _, end in parts]
    return [(end, start) for end, start in zip(ends, starts) if start > end]


class NameMatcher:
    """Finds the forms in the spaced text (scanning.spaced), where the automaton walks at
    about half the cost a character it takes in the text itself, and checks each as written."""

    def __init__(self, entries: list[Entry]):
        by_form: dict[str, list[Entry]] = {}
        for entry in entries:
            by_form.setdefault(entry.form.lower(), []).append(entry)
        by_key: dict[str, list[tuple[str, list[Entry]]]] = {}  # "u.s." and "u-s" are both " u s "
        for form, found in by_form.items():
            found.sort(key=lambda e: KIND_RANK.get(e.kind, 9))
            by_key.setdefault(spaced(form), []).append((form, found))
        self.automaton = ahocorasick.Automaton()
        for key, forms in by_key.items():
            self.automaton.add_word(key, forms)
        if by_key:
            self.automaton.make_automaton()
        self.empty = not by_key
        self.fitting: dict[tuple, Entry | None] = {}  # (candidates, written form, date) -> entry

    def find(self, text: str, on: date | None = None, parts: list[tuple[int, int]] | None = None) -> list[Span]:
        """Names in `text`, or in its `parts` (start, end); a person's office is the one
        held on the date `on`."""
        if self.empty:
            return []
        low, candidates = lowered(text), []
        words = spaced_text(low)
        for part in parts if parts is not None else [(0, len(text))]:
            candidates.extend(self.found_in(text, low, words, part, on))
        return _spans(candidates)

    def found_in(self, text: str, low: str, words: str, part: tuple[int, int],
                 on: date | None) -> list[tuple[int, int, Entry]]:
        """The forms from part's start to its end, found in `words` (the spaced `low`): a
        key there stands from the character before the form to the one after it. The
        automaton is given the part's slice: given bounds, it copies the whole text."""
        candidates = []
        offset = part[0]
        for found_end, found_forms in self.automaton.iter(words[offset:part[1] + 2]):
            last: int = offset + found_end  # typed once: the automaton's values are untyped, slow to read
            forms: list[tuple[str, list[Entry]]] = found_forms
            for form, found in forms:
                start, end = last - len(form) - 1, last - 1
                if low[start:end] == form and _bounded(text, start, end):  # not startswith(form, start), a generic call compiled
                    entry = self._fitting(found, text[start:end], on)
                    if entry is not None:
                        candidates.append((start, end, entry))
        return candidates

    def _fitting(self, found: list[Entry], written: str, on: date | None) -> Entry | None:
        key = (id(found), written, on)
        entry = self.fitting.get(key, UNFITTED)
        if entry is UNFITTED:
            if len(self.fitting) > MAX_FITTING:
                self.fitting.clear()
            entry = self.fitting[key] = _first_fitting(found, written, on)
        return entry


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "-_") and not (after.isalnum() or after == "_")


def _first_fitting(found: list[Entry], written: str, on: date | None) -> Entry | None:
    for entry in sorted(found, key=lambda e: _term_distance(e, on)) if on else found:
        form = entry.form
        if form.isupper() and len(form) > 1:
            if written != form:
                continue
        elif form[:1].isupper() and not written[:1].isupper():
            continue
        return entry
    return None


def _term_distance(entry: Entry, on: date) -> tuple[int, int]:
    """Kind first, then how far `on` lies outside the entry's term (0 inside it)."""
    rank = KIND_RANK.get(entry.kind, 9)
    if entry.kind != "person" or entry.start is None:
        return rank, 0
    if on < entry.start:
        return rank, (entry.start - on).days
    return rank, (on - entry.end).days if entry.end and on > entry.end else 0


def _attrs(entry: Entry) -> dict:
    """The entry's fields as a new dict: its values are strings, dates or None, so a
    shallow copy is a full one (dataclasses.asdict deep-copies, at many times the cost)."""
    return dict(entry.__dict__)


def _spans(candidates: list[tuple[int, int, Entry]]) -> list[Span]:
    return [Span(start, end, "name", _attrs(entry)) for start, end, entry in longest_first(candidates)]


def name_mask(doc: Doc, lo: int, hi: int) -> list[bool]:
    """For each token from lo to hi (a sentence's: Doc.token_range), whether it is part
    of a name ("United States"), so that no cue or trigger is read inside one. The list
    is the caller's own."""
    return _doc_mask(doc)[lo:hi]


def _doc_mask(doc: Doc) -> list[bool]:
    mask = doc.cache.get("name_mask")
    if mask is None:
        starts = doc.tokens.starts
        mask = doc.cache["name_mask"] = [False] * len(starts)
        for n in doc.spans.get("name", []):
            if n.attrs["kind"] != "demonym":
                k = bisect_left(starts, n.start)
                while k < len(starts) and starts[k] < n.end:  # a name is a few tokens: no second bisect
                    mask[k] = True
                    k += 1
    return mask
