"""Coordinated verbs: "raided the embassy and arrested X", "was indicted by Y and will
resign", "opened its borders, but was still refusing": a verb after a coordinator with
no subject of its own shares the subject of the verb before it.
"""
from __future__ import annotations

from lajm.events.participles import aux_before, described_noun
from lajm.events.recipients import PASSIVE_SUBJECT
from lajm.events.sentence import SentenceView
from lajm.model import Event, Span


def coordinated_subject(s: SentenceView, trigger: Span) -> list[Span]:
    """The subject the trigger shares with the verb it is coordinated with, if it is one."""
    return _sister_subject(s, trigger) if _is_coordinated_verb(s, trigger) else []


def _is_coordinated_verb(s: SentenceView, trigger: Span) -> bool:
    """ "raided the embassy and arrested X": "and" before the verb (auxiliaries and
    adverbs between), after its sister; or a gerund ("..., duke refuzuar kështu"), whose
    subject is that of the verb before it."""
    first = trigger.attrs["first"]
    if s.words[first] in s.vocab["gerund_markers"] and bool(s.events):
        return True
    skipped = s.vocab["verb_skips"]
    k = first - 1
    while k >= 0 and (s.words[k] in skipped or s.words[k].endswith(s.affixes("adverb_endings"))):
        k -= 1
    return k >= 0 and s.words[k] in s.vocab["verb_joiners"] and bool(s.events)


def _sister_subject(s: SentenceView, trigger: Span) -> list[Span]:
    """The subject of the verb a coordinated verb follows: its actor, or the subject of a
    passive ("X was indicted by Y and will resign": X resigns); a participle describing
    a noun ("West Africans ordered out") is no such verb."""
    for event in reversed(s.events):
        sister = _trigger_of(s, event)
        passive = event.reasons.get("recipient") == PASSIVE_SUBJECT
        if sister is None or sister.start >= trigger.start or sister.attrs["frame"] == "noun" \
                or described_noun(s, sister) is not None or (passive and _bare_participle(s, sister)):
            continue
        return s.spans_of(event.recipient if passive else event.actor)
    return []


def _bare_participle(s: SentenceView, trigger: Span) -> bool:
    """ "aliens ordered out of Nigeria": a participle with no auxiliary before it."""
    first = trigger.attrs["first"]
    return s.words[first].endswith(s.affixes("participles")) and not aux_before(s, first)


def _trigger_of(s: SentenceView, event: Event) -> Span | None:
    return next((t for t in s.spans("trigger") if (t.start, t.end) == event.trigger_span), None)
