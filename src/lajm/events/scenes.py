"""Clauses an event noun opens with a relative after a preposition ("kreu një aksion,
gjatë të cilit u arrestuan tre persona", "launched a raid during which two were
killed"): the relative stands for the event, not for a party, so an act with no agent
named in that clause was done by the subject of the clause that holds the noun.
"""
from __future__ import annotations

from typing import Final

from lajm.events.recipients import first_participant_after
from lajm.events.sentence import SentenceView
from lajm.model import Span

CLAUSE_MARKS: Final = {",", ";", ":"}
SCENE_ACTOR: Final = "subject of the clause whose event the relative stands for"


def scene_clause(s: SentenceView, trigger: Span) -> int | None:
    """Index of the preposition opening the trigger's clause with a relative, or None."""
    for k in range(trigger.attrs["first"] - 1, -1, -1):
        if s.words[k] in CLAUSE_MARKS:
            return None
        if s.words[k] in s.vocab["scene_preps"] and _relative_at(s, k + 1):
            return k
    return None


def _relative_at(s: SentenceView, k: int) -> bool:
    """A relative pronoun at token k, perhaps after its linking article ("të cilit")."""
    relatives = s.vocab["any_relatives"]
    if k < len(s.words) and s.words[k] in s.vocab["linkers"]:
        k += 1
    return k < len(s.words) and s.words[k] in relatives


def scene_parties(s: SentenceView, trigger: Span) -> tuple[list[Span], str, list[Span]] | None:
    """For a passive with no agent in such a clause: the subject of the light verb before
    "gjatë të cilit"/"during which" (who carried out the event the relative stands
    for), the reason, and the verb's subject ("u arrestuan tre serbë", "during which two
    Syrian fighters were killed")."""
    k = scene_clause(s, trigger)
    if k is None:
        return None
    opening = s.starts[k]
    before = [e for e in s.entities if e.end <= opening and e.attrs.get("code") and e not in s.sources
              and not e.attrs.get("prep") and not e.attrs.get("genitive")]
    if not before or not _performs_noun(s, before[0], k):
        return None
    inside = [e for e in s.entities if opening < e.start and e.end <= trigger.start and e.attrs.get("code")]
    return before[:1], SCENE_ACTOR, inside[-1:] or first_participant_after(s, trigger, before[:1])


def _performs_noun(s: SentenceView, subject: Span, k: int) -> bool:
    """A light verb ("kreu një aksion", "launched a raid") between the subject and the
    preposition: the subject carried out the event the relative stands for."""
    stems = s.affixes("light_verbs")
    return any(w.startswith(stems) for w in s.words[s.token_index(subject.end):k])
