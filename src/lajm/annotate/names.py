"""Find knowledge-base names in text with one Aho-Corasick automaton.

Matching is case-insensitive, then checked: a form written with a capital must be
capitalised in the text too (so the Albanian demonym "rusi" is not the country "Rusi"),
and an all-capitals acronym must match exactly ("US" is not "us", "BE" is not "be").
Overlapping matches are resolved longest first, then leftmost.
"""
from __future__ import annotations

from dataclasses import asdict
from datetime import date

import ahocorasick

from lajm.kb import Entry
from lajm.model import Doc, Span

# When two records share a form, the more specific kind wins.
KIND_RANK = {"person": 0, "institution": 1, "igo": 2, "seat": 3, "media": 4, "country": 5,
             "capital": 6, "region": 7, "demonym": 8}


class NameMatcher:
    def __init__(self, entries: list[Entry]):
        by_form: dict[str, list[Entry]] = {}
        for entry in entries:
            by_form.setdefault(entry.form.lower(), []).append(entry)
        self.automaton = ahocorasick.Automaton()
        for key, found in by_form.items():
            found.sort(key=lambda e: KIND_RANK.get(e.kind, 9))
            self.automaton.add_word(key, (len(key), found))
        if by_form:
            self.automaton.make_automaton()
        self.empty = not by_form

    def find(self, text: str, on: date | None = None) -> list[Span]:
        """Names in `text`; a person's office is the one held on the date `on`."""
        if self.empty:
            return []
        lowered = text.lower()
        candidates = []
        for end, (size, found) in self.automaton.iter(lowered):
            start = end - size + 1
            if not _bounded(text, start, end + 1):
                continue
            entry = _first_fitting(found, text[start:end + 1], on)
            if entry is not None:
                candidates.append((start, end + 1, entry))
        return _longest_first(candidates)


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


def _longest_first(candidates: list[tuple[int, int, Entry]]) -> list[Span]:
    candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
    taken: list[tuple[int, int]] = []
    spans = []
    for start, end, entry in candidates:
        if any(start < b and a < end for a, b in taken):
            continue
        taken.append((start, end))
        spans.append(Span(start, end, "name", asdict(entry)))
    spans.sort(key=lambda s: s.start)
    return spans


def name_mask(doc: Doc, sentence: Span) -> list[bool]:
    """For each token of the sentence, whether it is part of a name ("United States"), so
    that no cue or trigger is read inside one."""
    names = [n for n in doc.spans_in("name", sentence) if n.attrs["kind"] != "demonym"]
    return [any(n.start <= t.start and t.end <= n.end for n in names) for t in doc.tokens_in(sentence)]
