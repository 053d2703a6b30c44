"""Protest verbs that report speech: "The police beat the migrants, a rights group
protested on Monday". After a clause and a comma, a speaker and a one-word protest
verb with nothing after it but when and where report a complaint about what the clause tells
(ACCUSE): the speaker did not take to the streets, and the party the clause is about
is whom it accuses.
"""
from __future__ import annotations

from typing import Final

from lajm.events.sentence import SentenceView
from lajm.model import Event, Span

REPORTING_TYPES: Final = {"PROTEST"}
COMPLAINT: Final = ("ACCUSE", "disapprove", "114")
SPEAKER_WORDS: Final = 8   # words between the comma and the verb: the speaker ("a leading human rights group")
TAIL_WORDS: Final = 4      # words after the verb up to the sentence end: when and where ("here on Wednesday")
CLAUSE_WORDS: Final = 3    # words outside any party of the shortest clause a comma closes before the speaker


def as_complaint(s: SentenceView, event: Event, trigger: Span) -> None:
    """Make a protest verb that reports what the clause before it tells a complaint by its speaker."""
    comma = _reporting_comma(s, trigger)
    if comma is None:
        return
    event.recode(COMPLAINT, "a protest verb after a clause and its speaker reports a complaint")
    speaker = [e for e in s.entities if s.ends[comma] <= e.start and e.end <= trigger.start]
    event.actor = [s.entity(e) for e in speaker[-1:]]
    event.recipient = [s.entity(e) for e in _accused(s, comma)[:1]]
    event.reasons["actor"] = "the speaker of a protest verb that reports"
    event.reasons["recipient"] = "the subject of the clause the complaint reports"


def _reporting_comma(s: SentenceView, trigger: Span) -> int | None:
    """Index of the comma closing the reported clause, when the verb reports it."""
    first, last = trigger.attrs["first"], trigger.attrs["last"]
    if trigger.attrs["type"] not in REPORTING_TYPES or trigger.attrs["frame"] == "noun" or last - first != 1 \
            or s.words[first].endswith(s.affixes("progressive_endings")) \
            or len(_words(s.words[last:])) > TAIL_WORDS \
            or any(e.start >= trigger.end and not s.is_place(e) for e in s.entities):
        return None
    comma = next((k for k in range(first - 1, max(-1, first - SPEAKER_WORDS - 2), -1) if s.words[k] == ","), None)
    if comma is None or len(_clause_words(s, comma)) < CLAUSE_WORDS or not _accused(s, comma):
        return None
    return None if s.words[0] in s.vocab["sentence_openers"] else comma  # "After the vote, students protested"


def _accused(s: SentenceView, comma: int) -> list[Span]:
    """The coded parties before the comma with no preposition: the clause's subject first."""
    return [e for e in s.entities if e.end <= s.starts[comma] and e.attrs.get("code")
            and not e.attrs.get("prep") and e not in s.sources]


def _clause_words(s: SentenceView, comma: int) -> list[str]:
    """The words before the comma outside any party: a clause has some, a name and
    its apposition ("X, Morocco's best known lawyer, staged ...") none."""
    named = [range(s.token_index(e.start), s.token_index(e.end - 1) + 1) for e in s.entities]
    return [w for k, w in enumerate(s.words[:comma]) if w[:1].isalnum() and not any(k in r for r in named)]


def _words(words: list[str]) -> list[str]:
    return [w for w in words if w[:1].isalnum()]
