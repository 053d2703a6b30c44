"""Who ordered an act told without its agent: "i dyshuari me vendim të prokurorit është
liruar", "u liruan me vendim të gjykatës", "was released by order of the court": the
party whose decision or order the act carries out is its actor.
"""
from __future__ import annotations

from functools import cache
from typing import Final

from lajm.events.sentence import SentenceView
from lajm.lang.base import LanguagePack
from lajm.model import Event, Span, bisect_left

MANDATE_REACH: Final = 2  # tokens between a mandate phrase and its party ("me vendim të prokurorit")
BY_MANDATE: Final = "the party whose decision or order the act carries out"


def mandated_actor(s: SentenceView, event: Event, trigger: Span) -> None:
    """The party a mandate phrase of the trigger's clause names is not the recipient; with
    no actor named (none, or one only implied), it is the actor."""
    party = _mandating_party(s, trigger)
    if party is None:
        return
    event.recipient = [r for r in event.recipient if r.span != (party.start, party.end)]
    if not any(a.span for a in event.actor):
        event.actor, event.reasons["actor"] = [s.entity(party)], BY_MANDATE


def _mandating_party(s: SentenceView, trigger: Span) -> Span | None:
    if not s.mentions("mandate_firsts"):
        return None
    phrases, firsts, longest = s.vocab["mandate_phrases"], s.vocab["mandate_firsts"], _longest_phrase(s.pack)
    lo, hi = bisect_left(s.starts, s.clause_start(trigger)), bisect_left(s.starts, s.clause_end(trigger))
    for k in range(lo, hi):
        if s.words[k] not in firsts:
            continue
        for size in range(longest, 0, -1):
            if " ".join(s.words[k:k + size]) in phrases:
                return _party_after(s, s.ends[k + size - 1])
    return None


def _party_after(s: SentenceView, offset: int) -> Span | None:
    after = [e for e in s.entities if e.start >= offset and e.attrs.get("code")]
    return after[0] if after and s.token_gap(offset, after[0].start) <= MANDATE_REACH else None


@cache
def _longest_phrase(pack: LanguagePack) -> int:
    """The words of the pack's longest mandate phrase."""
    return max((len(p.split()) for p in pack.words("mandate_phrases")), default=0)
