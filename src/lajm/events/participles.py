"""Participles: a bare participle after the noun it describes ("freed a journalist
abducted in Gaza", "talks on nationals abducted by the North"), a reduced relative clause
whose noun underwent the act; "jets supplied by Denmark", a passive without its
auxiliary; and the auxiliary that makes a participle passive ("was reportedly sunk").
"""
from __future__ import annotations

from typing import Final

from lajm.events.sentence import SentenceView
from lajm.model import Event, Span

# Types whose verbs can be passive: the grammatical subject is then the recipient.
PASSIVE_TYPES: Final = {"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "AID", "SUPPORT", "REJECT",
                 "THREATEN", "RETREAT"}
# Acts that take someone captive: the one who releases the captive was its captor.
CAPTIVITY_TYPES: Final = {"ASSAULT", "COERCE"}
RESCUERS: Final = {"COP", "MIL"}
RELEASED_BY_CAPTOR: Final = "those who released the captive held it"


def described_noun(s: SentenceView, trigger: Span) -> Span | None:
    """ "freed a journalist abducted in Gaza", "talks on nationals abducted by the North":
    a participle right after an object, or after a phrase with a preposition and before
    "by", describes that noun (a reduced relative clause); the noun underwent the act."""
    first = trigger.attrs["first"]
    if trigger.attrs["type"] not in PASSIVE_TYPES or trigger.attrs["frame"] != "verb" \
            or trigger.attrs["last"] - first != 1 or not s.words[first].endswith(s.affixes("participles")):
        return None
    noun = next((e for e in s.entities if e.end <= trigger.start and s.token_gap(e.end, trigger.start) == 0), None)
    if noun is None or not (noun.attrs.get("prep") and reduced_passive(s, trigger) or _object_of_verb(s, noun)):
        return None
    return noun


def _object_of_verb(s: SentenceView, noun: Span) -> bool:
    """The noun is the object of a verb trigger before it: only articles, numbers or a
    quantifier stand between ("freed two of the Italian workers")."""
    k = s.token_index(noun.start)
    openers = s.vocab["object_openers"]
    for verb in s.spans("trigger"):
        between = s.words[verb.attrs["last"]:k]
        if verb.start < noun.start and verb.attrs["frame"] != "noun" and "obj" in verb.attrs["recipient"] \
                and all(w in openers or w.isdigit() for w in between):
            return True
    return False


def captors(s: SentenceView, event: Event, described: Span) -> list[Span]:
    """ "Gunmen released a journalist abducted in Gaza": with no agent named, those who
    release a captive are the ones who held it (police and soldiers who free one rescue it)."""
    if event.type not in CAPTIVITY_TYPES:
        return []
    releases = [e for e in s.events if e.mode == "release" and e.actor
                and not any(a.sector in RESCUERS for a in e.actor)
                and any(r.span == (described.start, described.end) for r in e.recipient)]
    return s.spans_of(releases[-1].actor) if releases else []


def reduced_passive(s: SentenceView, trigger: Span) -> bool:
    """ "jets supplied by Denmark": a bare participle followed by "by" (fixed word order only)."""
    last = trigger.attrs["last"]
    return not s.pack.config.get("subject_after_verb") and last < len(s.words) \
        and s.words[last] in s.vocab["agent_preps"] and trigger.attrs["last"] - trigger.attrs["first"] == 1


def aux_before(s: SentenceView, first: int) -> bool:
    """ "was arrested", "was reportedly sunk": an auxiliary, perhaps an adverb between."""
    for k in (first - 1, first - 2):
        if k >= 0 and s.words[k] in s.vocab["passive_aux"]:
            return True
        if k < 0 or not s.words[k].endswith(s.affixes("adverb_endings")):
            return False
    return False
