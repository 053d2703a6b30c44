"""Parties that are groups: a group of no country addressed by a state's official is
of that state ("Ministria e Financave e Serbisë u ka kërkuar bankave": Serbia's banks),
and a group followed by the members it includes stands for them ("vende të BE-së,
përfshirë Francën dhe Italinë", "several states, including Spain").
"""
from __future__ import annotations

from typing import Final

from lajm.events.recipients import IN_DATIVE
from lajm.events.sentence import SentenceView
from lajm.kb import NON_STATE
from lajm.model import Entity, Event

ADDRESSED_AT_HOME: Final = "; a group with no country is of the state of who addresses it"
LISTED_MEMBERS: Final = "; the members listed after the group it includes"


def code_groups(s: SentenceView, event: Event) -> None:
    """Give groups in the dative the actors' country; put the listed members for a group."""
    codes = {a.code for a in event.actor if a.code and a.code not in NON_STATE}
    if len(codes) == 1 and event.reasons.get("recipient") == IN_DATIVE:
        code = codes.pop()
        for entity in event.recipient:
            if entity.code is None and entity.sector is not None:
                entity.code = code
                event.reasons["recipient"] = event.reasons.get("recipient", "") + ADDRESSED_AT_HOME
    if not s.mentions("inclusion_ends"):  # the sentence lists no members
        return
    for role in ("actor", "recipient"):
        members = _listed_members(s, getattr(event, role))
        if members:
            setattr(event, role, members)
            event.reasons[role] = event.reasons.get(role, "") + LISTED_MEMBERS


def _listed_members(s: SentenceView, parties: list[Entity]) -> list[Entity]:
    """The parties named after ", përfshirë" / ", including" right behind the last party."""
    spans = s.spans_of(parties)
    if not spans:
        return []
    after = [e for e in s.entities if e.start >= spans[-1].end and e.attrs.get("code")]
    if not after:
        return []
    between = s.words[s.token_index(spans[-1].end):s.token_index(after[0].start)]
    words = " ".join(w for w in between if w != ",")
    if between[:1] != [","] or words not in s.vocab["inclusion_words"]:
        return []
    return [s.entity(e) for e in s.coordinated_after(after)]
