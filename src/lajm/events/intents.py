"""Intents a party states of itself: "Iraq said it would allow the inspectors back"
promises to yield (PLOVER AGREE, CAMEO 03: express intent to yield, to aid or to
cooperate); the same act to come told by others ("the minister will resign", "Turkey will
suspend the search, an official said") stays the act, to come. A yield that will not be
made ("Serbia will not release the prisoners") is refused (REJECT, CAMEO 124).
"""
from __future__ import annotations

from typing import Final

from lajm.events.sentence import SentenceView
from lajm.model import Event, Span

# Acts that, said of oneself for the future, are promises; a concession announced ("he would
# withdraw the bill") is the concession, to come.
PROMISED_TYPES: Final = {"RETREAT", "AID", "COOPERATE", "SUPPORT"}
INTENT: Final = ("AGREE", "pledge", "030")
PRONOUN_GAP: Final = 2  # words between the pronoun subject and the act ("it would allow")
# Yields refused: "Serbia will not release the prisoners" refuses to yield (CAMEO 124).
REFUSED_TYPES: Final = {"CONCEDE", "RETREAT"}
REFUSAL: Final = ("REJECT", None, "124")
INTENT_CUES: Final = {"future", "conditional"}
CUE_GAP: Final = 2  # words between "will"/"would" and the act ("would not release")


def as_intent(s: SentenceView, event: Event, trigger: Span) -> None:
    """Make a yielding or helping act to come, that its doer says it will do, a promise."""
    if event.type in PROMISED_TYPES and event.modality == "future" and _said_of_itself(s, event, trigger):
        event.recode(INTENT, f"a {event.type.lower()} to come, said by its doer, is a promise")
        event.modality = "asserted"


def as_refusal(s: SentenceView, event: Event, trigger: Span) -> None:
    """Make a yield that its doer will not make a refusal to yield."""
    if event.type in REFUSED_TYPES and event.modality == "negated" and _announced(s, trigger):
        event.recode(REFUSAL, f"a {event.type.lower()} that will not be made is refused")
        event.modality = "asserted"


def _announced(s: SentenceView, trigger: Span) -> bool:
    """A "will" or "would" stands right before the act ("will not release"); an "if" there
    opens a condition ("if the government does not resign"), it announces nothing."""
    return any(c.attrs["value"] in INTENT_CUES and c.attrs["reach"] == "next" and c.end <= trigger.start
               and s.token_gap(c.end, trigger.start) <= CUE_GAP for c in s.spans("modality"))


def _said_of_itself(s: SentenceView, event: Event, trigger: Span) -> bool:
    """The source is the actor, and a pronoun right before the act stands for it."""
    source = event.attribution
    if source is None or source.span is None or source.span not in {a.span for a in event.actor}:
        return False
    first = trigger.attrs["first"]
    return any(w in s.vocab["pronouns"] for w in s.words[max(0, first - PRONOUN_GAP):first])
