"""Where an event took place: a place named after a preposition of place, a venue, a
GeoNames city, a town set off by a comma, a place noun with its country's adjective, or the
country aid or troops are sent to; and people of no stated country taken to be of the
country where they act.
"""
from __future__ import annotations

from typing import Final

from lajm.events.nouns import is_venue
from lajm.events.sentence import SentenceView
from lajm.kb import NON_STATE, PLACE_KINDS
from lajm.kb.cities import city
from lajm.model import Event, Place, Span

APPOSED_REACH: Final = 6   # tokens between "në" and the comma that sets off the town after it
# Acts done at home: people of no stated country who do them in a sentence that names one
# country before them are of it.
HOME_ACTS: Final = {"PROTEST"}
BUILDINGS: Final = {"seat", "institution"}  # named buildings that place an event in their country
DESTINED: Final = {"AID", "MOBILIZE", "CONSULT"}  # events whose recipient country is where they happen


def fill_place(s: SentenceView, event: Event, trigger: Span) -> None:
    """Set the event's location, and the country of the people of none who act there."""
    event.location = _location(s, trigger, event)
    place = event.location
    sole = _sole_country(s, trigger) if event.type in HOME_ACTS else None
    if place is not None and place.code and place.span is not None and place.span[0] > trigger.start:
        _placed(event, place.code)  # "protestuan në Beograd": people act where they are
    elif sole is not None:
        _placed(event, sole)  # "Italy came to a halt as workers went on strike"


def _location(s: SentenceView, trigger: Span, event: Event) -> Place | None:
    """The place named after a preposition of place, or the country troops, aid or a
    visitor are sent to ("sent troops to Russia"): the first of these readers, in order,
    that finds one."""
    return (_sited_around(s, trigger) or _venue(s, trigger) or _city_after(s, trigger)
            or _apposed_place(s, trigger) or _place_by_demonym(s, trigger) or _destination(s, event))


def _sited_around(s: SentenceView, trigger: Span) -> Place | None:
    """A place after the trigger, or else before it in its clause ("Nesër në Bruksel mbahet takimi")."""
    after = [e for e in s.entities if e.start >= trigger.end and _sited(s, e)]
    if after:
        return _place(s, after[0])
    start = s.clause_start(trigger)
    before = [e for e in s.entities if start <= e.start and e.end <= trigger.start and _sited(s, e)]
    return _place(s, before[-1]) if before else None


def _destination(s: SentenceView, event: Event) -> Place | None:
    """The recipient country of aid, troops or a visit, where the event happens."""
    if event.type in DESTINED:
        for entity in event.recipient:
            span = next((e for e in s.entities if (e.start, e.end) == entity.span), None)
            if span is not None and span.attrs.get("kind") in PLACE_KINDS:
                return _place(s, span)
    return None


def _venue(s: SentenceView, trigger: Span) -> Place | None:
    """ "takimi i Brukselit": the city named as a genitive right after an event noun."""
    if trigger.attrs["frame"] != "noun":
        return None
    after = next((e for e in s.entities if e.start >= trigger.end), None)
    return _place(s, after) if after is not None and s.token_gap(trigger.end, after.start) <= 1 \
        and is_venue(trigger, after) and after.attrs.get("genitive") else None


def _city_after(s: SentenceView, trigger: Span) -> Place | None:
    """ "in Kharkiv", "in Port Sudan": a capitalised name after a preposition of place
    that the knowledge base does not know, looked up among GeoNames cities."""
    for k in _place_preps_after(s, trigger):
        n = s.name_after(k)
        place = _city_at(s, n) if s.doc.text[s.starts[n]].isupper() else None
        if place is not None and not _named_or_dated(s, s.starts[n]):  # the times are read only now
            return place
    return None


def _place_preps_after(s: SentenceView, trigger: Span) -> list[int]:
    """Indexes of the prepositions of place after the trigger, in its clause (a word
    must follow each)."""
    end, preps, found = s.clause_end(trigger), s.vocab["location_preps"], []
    for k in range(trigger.attrs["last"], len(s.words) - 1):
        if s.starts[k] >= end:
            break
        if s.words[k] in preps:
            found.append(k)
    return found


def _city_at(s: SentenceView, n: int) -> Place | None:
    """The GeoNames city whose name, of up to three words, starts at the word n."""
    for size in (3, 2, 1):
        words = s.doc.text[s.starts[n]:s.ends[min(n + size - 1, len(s.words) - 1)]]
        if place := city(words, (s.starts[n], s.starts[n] + len(words))):
            return place
    return None


def _apposed_place(s: SentenceView, trigger: Span) -> Place | None:
    """ "në sheshin Skënderbeu, Prishtinë": a town set off by a comma after a phrase of
    place that names no town of its own."""
    for k in _place_preps_after(s, trigger):
        comma = next((n for n in range(k + 1, min(k + APPOSED_REACH, len(s.words) - 1)) if s.words[n] == ","), None)
        town = None if comma is None else next((e for e in s.entities if e.start == s.starts[comma + 1]), None)
        if town is not None and town.attrs.get("kind") in PLACE_KINDS and not town.attrs.get("prep"):
            return _place(s, town)
    return None


def _place_by_demonym(s: SentenceView, trigger: Span) -> Place | None:
    """ "në qytetin kinez Chengdu", "në bregdetin malazez": a place noun whose adjective
    names its country."""
    if not s.pack.config.get("adjective_after_noun"):
        return None
    end = s.clause_end(trigger)
    demonyms = {e.start: e for e in s.entities if e.attrs.get("kind") == "demonym" and e.start < end}
    for k in range(trigger.attrs["last"], len(s.words) - 2):
        adjective = demonyms.get(s.starts[k + 2])
        if s.words[k] in s.vocab["location_preps"] and adjective is not None and s.words[k + 1].isalpha():
            span = (s.starts[k + 1], adjective.end)
            return Place(text=s.doc.text[span[0]:span[1]], code=adjective.attrs["code"], span=span)
    return None


def _named_or_dated(s: SentenceView, offset: int) -> bool:
    """Whether a word is already read as a time ("in March") or a known name."""
    for label in ("time", "name"):
        for x in s.spans(label):
            if x.start <= offset < x.end:
                return True
    return False


def _sited(s: SentenceView, e: Span) -> bool:
    """A place, or a building that stands for one ("në Shtëpinë e Bardhë", "në Kuvend"),
    after a preposition of place."""
    return s.is_place(e) or (e.attrs.get("prep") in s.vocab["location_preps"]
                             and e.attrs.get("kind") in BUILDINGS)


def _place(s: SentenceView, e: Span) -> Place:
    """The place a phrase names; the seat of a body of many states ("në Bruksel") is in
    the country of its city."""
    code = e.attrs["code"]
    if code in NON_STATE:
        seat = city(e.attrs.get("name") or "", (e.start, e.end))
        code = seat.code if seat is not None and e.attrs.get("kind") == "capital" else None
    return Place(text=s.doc.slice(e), code=code, span=(e.start, e.end))


def _sole_country(s: SentenceView, trigger: Span) -> str | None:
    """The one state a sentence names, if it names only one and names it before the
    trigger (after it stands the target: "protested against the American embassy")."""
    coded = [e for e in s.entities if e.attrs.get("code") and e.attrs["code"] not in NON_STATE]
    codes = {e.attrs["code"] for e in coded}
    return codes.pop() if len(codes) == 1 and coded[0].start < trigger.start else None


def _placed(event: Event, code: str) -> None:
    """People of no stated country ("studentë dhe qytetarë protestuan në Beograd") are
    taken to be of the country where they act."""
    for role, entities in (("actor", event.actor), ("recipient", event.recipient)):
        placed = [e for e in entities if e.code is None and e.sector is not None]
        for entity in placed:
            entity.code = code
        if placed:
            event.reasons[role] = event.reasons.get(role, "") + "; country from the event's place"
