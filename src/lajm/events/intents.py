"""Intents a party states of itself: "Iraq said it would allow the inspectors back"
promises to yield (PLOVER AGREE, CAMEO 03: express intent to yield, to aid or to
cooperate); the same act to come told by others ("the minister will resign", "Turkey will
suspend the search, an official said") stays the act, to come.
"""
from __future__ import annotations

from lajm.events.sentence import SentenceView
from lajm.model import Event, Span

# Acts that, said of oneself for the future, are promises; a concession announced ("he would
# withdraw the bill") is the concession, to come.
PROMISED_TYPES = {"RETREAT", "AID", "COOPERATE", "SUPPORT"}
INTENT = ("AGREE", "pledge", "030")
PRONOUN_GAP = 2  # words between the pronoun subject and the act ("it would allow")


def as_intent(s: SentenceView, event: Event, trigger: Span) -> None:
    """Make a yielding or helping act to come, that its doer says it will do, a promise."""
    if event.type in PROMISED_TYPES and event.modality == "future" and _said_of_itself(s, event, trigger):
        event.reasons["type"] += f"; a {event.type.lower()} to come, said by its doer, is a promise"
        event.type, event.mode, event.cameo = INTENT
        event.modality = "asserted"


def _said_of_itself(s: SentenceView, event: Event, trigger: Span) -> bool:
    """The source is the actor, and a pronoun right before the act stands for it."""
    source = event.attribution
    if source is None or source.span is None or source.span not in {a.span for a in event.actor}:
        return False
    first = trigger.attrs["first"]
    return any(w in s.vocab["pronouns"] for w in s.words[max(0, first - PRONOUN_GAP):first])
