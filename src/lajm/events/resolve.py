"""Final touches on a Doc's events: modes implied by arguments, ids, confidence, and the
same event stated twice in one sentence kept once."""
from __future__ import annotations

import hashlib

from lajm.events.parties import SUBJECT_AFTER
from lajm.lang.base import LanguagePack
from lajm.model import Doc, Event
from lajm.pipeline import stage

# A quantity kind that implies a mode when the lexicon gave none.
MODE_BY_KIND = {("AID", "troops"): "military", ("MOBILIZE", "troops"): "troops"}


@stage("resolve")
def make_resolve(pack: LanguagePack):
    def resolve(doc: Doc) -> Doc:
        _share_actors(doc.events)
        kept = []
        for event in doc.events:
            if any(_same(event, other) for other in kept) or _repeated_noun(event, doc.events):
                continue
            _fill_mode(event)
            event.confidence = _confidence(event)
            event.article_id = doc.article.id
            event.id = _event_id(doc.article.id, event)
            kept.append(event)
        doc.events = kept
        return doc
    return resolve


def _share_actors(events: list[Event]) -> None:
    """ "The supplies, shipped in May, add to the aid Norway has sent":
    an event with no actor takes the actor of the same kind of event in its sentence."""
    for event in events:
        if event.actor:
            continue
        sister = next((e for e in events if e is not event and e.sentence == event.sentence
                       and e.type == event.type and any(a.code for a in e.actor)), None)
        if sister is not None:
            event.actor = list(sister.actor)
            event.reasons["actor"] = f"actor of the {event.type} told beside it ({sister.trigger})"


def _fill_mode(event: Event) -> None:
    for q in event.quantities:
        event.mode = event.mode or MODE_BY_KIND.get((event.type, q.kind))


def _codes(entities) -> frozenset:
    return frozenset(e.code for e in entities)


def _same(a: Event, b: Event) -> bool:
    """The same event told twice: one sentence, or an event noun named again later
    ("bisedimet ... gjatë bisedimeve")."""
    return (a.type == b.type and (a.sentence == b.sentence or _noun(a) and _noun(b))
            and a.trigger.lower() == b.trigger.lower()
            and _codes(a.actor) == _codes(b.actor) and _codes(a.recipient) == _codes(b.recipient))


def _repeated_noun(event: Event, events: list[Event]) -> bool:
    """ "në takimin ... ku do të takohen": a bare event noun with no party beside a
    verb telling the same kind of event in its sentence names that event again."""
    return not event.actor and not event.recipient and any(
        other is not event and other.sentence == event.sentence and other.type == event.type
        and other.actor for other in events)


def _noun(event: Event) -> bool:
    return event.reasons.get("frame") == "noun"


def _confidence(event: Event) -> float:
    score = 0.4
    score += 0.3 if any(e.code for e in event.actor) else 0.0
    score += 0.1 if any(e.code for e in event.recipient) else 0.0
    score += 0.1 if event.attribution is not None else 0.0
    score += 0.1 if event.reasons.get("actor") != SUBJECT_AFTER else 0.0
    return round(min(score, 1.0), 2)


def _event_id(article_id: str, event: Event) -> str:
    key = f"{article_id}:{event.trigger_span}:{event.type}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]
