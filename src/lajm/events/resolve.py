"""Final touches on a Doc's events: modes implied by arguments, ids, confidence, and the
same event stated twice (in one sentence, or in the headline and the body) kept once."""
from __future__ import annotations

import hashlib
from typing import Final

from lajm.annotate.names import body_start
from lajm.events.parties import SUBJECT_AFTER
from lajm.lang.base import LanguagePack
from lajm.model import Doc, Entity, Event
from lajm.pipeline import stage

# A quantity kind that implies a mode when the lexicon gave none.
MODE_BY_KIND: Final = {("AID", "troops"): "military", ("MOBILIZE", "troops"): "troops"}


@stage("resolve")
def make_resolve(pack: LanguagePack):
    joiners = {w for key in ("coordinators", "auxiliaries") for phrase in pack.words(key) for w in phrase.split()}

    def resolve(doc: Doc) -> Doc:
        _share_actors(doc.events)
        kept: list[Event] = []
        for event in _without_headline_twins(doc):
            if _told_before(doc, joiners, event, kept) or _repeated_noun(event, doc.events):
                continue
            _fill_mode(event)
            event.confidence = _confidence(event)
            event.article_id = doc.article.id
            event.id = _event_id(doc.article.id, event)
            kept.append(event)
        doc.events = kept
        return doc
    return resolve


def _told_before(doc: Doc, joiners: set[str], event: Event, kept: list[Event]) -> bool:
    """Whether an event kept already tells this one (a plain loop: compiled, any() over a
    generator costs several times more, and this runs for each pair of events)."""
    for other in kept:
        if other.type == event.type and (_same(event, other) or _joined(doc, joiners, other, event)):
            return True
    return False


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


def _without_headline_twins(doc: Doc) -> list[Event]:
    """A headline and the body's sentence telling the same event ("A and B agree to ...",
    then "A and B agreed on Tuesday to ..."): the body's, with its date and source, is kept."""
    start = body_start(doc)
    body = [e for e in doc.events if not _before(e, start)]
    return [e for e in doc.events if not _before(e, start) or not any(_told_again(e, b) for b in body)]


def _before(event: Event, offset: int) -> bool:
    return event.trigger_span is not None and event.trigger_span[0] < offset


def _told_again(headline: Event, body: Event) -> bool:
    """The same type between the same parties: one side's recipients may be left unsaid."""
    mine, theirs = _codes(headline.recipient), _codes(body.recipient)
    return headline.type == body.type and bool(headline.actor) \
        and _codes(headline.actor) == _codes(body.actor) and (mine <= theirs or theirs <= mine)


def _fill_mode(event: Event) -> None:
    for q in event.quantities:
        event.mode = event.mode or MODE_BY_KIND.get((event.type, q.kind))


def _codes(entities) -> frozenset:
    return frozenset(e.code for e in entities)


def _parties(entities) -> frozenset:
    """The parties themselves, not only their countries: two convicts of one country are two."""
    return frozenset((e.code, e.name or e.text) for e in entities)


def _same(a: Event, b: Event) -> bool:
    """The same event told twice: one sentence, or an event noun named again later
    ("bisedimet ... gjatë bisedimeve")."""
    return (a.type == b.type and (a.sentence == b.sentence or _noun(a) and _noun(b))
            and a.trigger.lower() == b.trigger.lower()
            and _codes(a.actor) == _codes(b.actor) and _parties(a.recipient) == _parties(b.recipient))


def _joined(doc: Doc, joiners: set[str], first: Event, later: Event) -> bool:
    """ "i shprehën mirënjohjen dhe e falënderuan X", "paraqitën një kërkesë duke i kërkuar
    X", "condemned and denounced X": two triggers of one type side by side, with only a
    conjunction, clitics or auxiliaries between them and their one recipient after both,
    tell one event."""
    one, two = first.trigger_span, later.trigger_span
    if first.type != later.type or first.sentence != later.sentence or not first.recipient \
            or one is None or two is None \
            or _codes(first.actor) - {None} != _codes(later.actor) - {None} \
            or _codes(first.recipient) != _codes(later.recipient) \
            or any(e.span is None or e.span[0] < two[1] for e in first.recipient):
        return False
    between = doc.text[one[1]:two[0]].replace(",", " ").lower().split()
    return all(w in joiners for w in between)


def _repeated_noun(event: Event, events: list[Event]) -> bool:
    """ "në takimin ... ku do të takohen": an event noun beside a verb telling the same
    kind of event in its sentence, with no party the verb does not have, names that
    event again."""
    return _noun(event) and any(
        other is not event and other.sentence == event.sentence and other.type == event.type
        and other.mode == event.mode and other.actor and not _noun(other) and _codes(event.actor) <= _codes(other.actor)
        and _codes(event.recipient) <= _codes(other.recipient) for other in events)


def _noun(event: Event) -> bool:
    return event.reasons.get("frame") == "noun"


def _confidence(event: Event) -> float:
    score = 0.4
    score += 0.3 if _any_coded(event.actor) else 0.0
    score += 0.1 if _any_coded(event.recipient) else 0.0
    score += 0.1 if event.attribution is not None else 0.0
    score += 0.1 if event.reasons.get("actor") != SUBJECT_AFTER else 0.0
    return round(min(score, 1.0), 2)


def _any_coded(entities: list[Entity]) -> bool:
    for entity in entities:  # a plain loop: any() over a generator costs more compiled
        if entity.code:
            return True
    return False


def _event_id(article_id: str, event: Event) -> str:
    span = event.trigger_span  # written as str(tuple) writes it, at half the cost compiled
    where = "None" if span is None else f"({span[0]}, {span[1]})"
    key = f"{article_id}:{where}:{event.type}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]
