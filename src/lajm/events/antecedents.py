"""Parties a pronoun points back to: the noun an object relative stands for
("Vulin, të cilin prokuroria e ka akuzuar", "the envoy, whom police arrested"), the
object a gerund's clitic repeats from the verb before it ("vendosi sanksione ndaj X,
duke e akuzuar për ...": X is the one accused), the person "the latter" means, the
person or office a pronoun subject stands for ("Ai kritikoi ...": the last one named that
agrees with it), and the last coded actor a pronoun in the clause stands for.
"""
from __future__ import annotations

from typing import Final

from lajm.events.recipients import governed
from lajm.events.sentence import SentenceView
from lajm.model import Event, Span

OBLIQUE_CASES: Final = {"acc", "gda"}
PRONOUN_REACH: Final = 3  # words from the clause start a pronoun subject may stand
LATTER_WORDS: Final = 3  # words of the longest phrase for "the latter"
LATTER_GAP: Final = 3    # words between "the latter" and its verb: clitics, auxiliaries, an adverb
LATTER_KINDS: Final = {"person", "role", "institution"}
RELATIVE_REACH: Final = 12  # words between an object relative and its verb (a long subject between)
CLAUSE_MARKS: Final = {",", ";", ":"}
OBJECT_RELATIVE: Final = "the noun the object relative of the clause stands for"
GERUND_OBJECT: Final = "the recipient of the verb before, which the gerund's object clitic repeats"


def point_back(s: SentenceView, event: Event, trigger: Span) -> None:
    """Make the party an object pronoun of the trigger's clause stands for the recipient."""
    antecedent = _relative_object(s, trigger)
    if antecedent is not None and (antecedent.start, antecedent.end) not in {a.span for a in event.actor}:
        event.recipient, event.reasons["recipient"] = [s.entity(antecedent)], OBJECT_RELATIVE
    elif _gerund_with_object(s, trigger) and not _own_object(s, event):
        earlier = [e for e in s.events if e.recipient]
        if earlier:
            event.recipient, event.reasons["recipient"] = list(earlier[-1].recipient), GERUND_OBJECT


def _relative_object(s: SentenceView, trigger: Span) -> Span | None:
    """The party an object relative ("të cilin", "të cilit", "whom") opening the
    trigger's clause stands for: the one right before it, with no preposition between
    ("me të cilin" is not an object)."""
    first, relatives = trigger.attrs["first"], s.vocab["object_relatives"]
    for k in range(first - 1, max(-1, first - RELATIVE_REACH), -1):
        if s.words[k] in CLAUSE_MARKS:
            return None
        if s.words[k] in relatives:
            return _antecedent(s, k)
    return None


def _antecedent(s: SentenceView, k: int) -> Span | None:
    before = [e for e in s.entities if e.end <= s.starts[k] and e.attrs.get("code")]
    if not before:
        return None
    between = s.words[s.token_index(before[-1].end):k]
    return before[-1] if all(w == "," or w in s.vocab["determiners"] for w in between) else None


def _gerund_with_object(s: SentenceView, trigger: Span) -> bool:
    """ "duke e akuzuar", "duke i kritikuar": a gerund marker and an object clitic."""
    words = s.words[max(0, trigger.attrs["first"] - 2):trigger.attrs["last"]]
    return any(a in s.vocab["gerund_markers"] and b in s.vocab["object_clitics"] for a, b in zip(words, words[1:]))


def _own_object(s: SentenceView, event: Event) -> bool:
    """A recipient with no preposition: the clitic doubles an object named after the
    verb ("duke i quajtur ... deputetët")."""
    return any(not x.attrs.get("prep") and not x.attrs.get("genitive") for x in s.spans_of(event.recipient))


def latter_party(s: SentenceView, trigger: Span) -> list[Span]:
    """ "Ky i fundit kritikoi ...", "pasi kjo e fundit vendosi", "the latter was arrested":
    the last person or office named before the phrase, whatever its case."""
    k = _latter_at(s, trigger)
    if k is None:
        return []
    earlier = s.doc.spans_in("entity", Span(0, s.starts[k]))
    found = next((e for e in reversed(earlier) if e.attrs.get("code") and e.attrs.get("kind") in LATTER_KINDS), None)
    return [found] if found is not None else []


def _latter_at(s: SentenceView, trigger: Span) -> int | None:
    """Index of the word opening a "latter" phrase of the trigger's clause that stands
    before the verb, a few clitics or adverbs at most between ("ky i fundit e kishte akuzuar")."""
    first = trigger.attrs["first"]
    if not any(s.words[k] in s.vocab["latter_ends"] for k in range(max(0, first - LATTER_GAP - 1), first)):
        return None
    lowest = max(s.token_index(s.clause_start(trigger)), first - LATTER_WORDS - LATTER_GAP)
    for k in range(lowest, first):
        tail = " ".join(s.words[k:first]) + " "
        phrase = next((p for p in s.vocab["latter"] if tail.startswith(p + " ")), None)
        if phrase is not None and first - k - len(phrase.split()) <= LATTER_GAP:
            return k if not any(s.starts[k] <= e.start < trigger.start for e in s.entities) else None
    return None


def pronoun_before(s: SentenceView, trigger: Span) -> list[Span]:
    """A pronoun in the clause stands for the last coded actor of the document."""
    if not any(w in s.vocab["pronouns"] for w in s.words_before(trigger)):
        return []
    earlier = [e for e in s.doc.events if e.actor and any(a.code for a in e.actor)]
    return s.spans_of(earlier[-1].actor) if earlier else []


def pronoun_subject(s: SentenceView, trigger: Span) -> list[Span]:
    """ "Ai i kërkoi Prishtinës", "said today they were": a pronoun opening the clause
    is the last person or office named, not one its own clause names ("Ai i kërkoi
    Kurtit": he is not Kurti); a relative pronoun ("e cila") names one of its sentence."""
    before = s.words_before(trigger)
    pronouns = [w for w in before[:PRONOUN_REACH] if w in s.vocab["pronouns"]]
    if not pronouns or _free_relative(s, before):
        return []
    start = s.clause_start(trigger)
    since = s.sentence.start if all(w in s.vocab["relatives"] for w in pronouns) else 0
    named = {_identity(e) for e in s.entities if start <= e.start < s.clause_end(trigger)} - {None}
    earlier = [e for e in s.doc.spans_before("entity", start) if e.start >= since and _identity(e) not in named
               and e.attrs.get("code") and e.attrs.get("kind") in ("person", "role") and _agrees(s, e, pronouns[0])]
    # the last subject, not an object or a dative ("drejtuar kryeministrit")
    subject = next((e for e in reversed(earlier) if is_subject_like(e) and not governed(s, e)), None)
    return [subject] if subject is not None else earlier[-1:]


def _agrees(s: SentenceView, entity: Span, pronoun: str) -> bool:
    """ "Ai" stands for one man or an office a masculine noun names ("ministri"), "ajo" for
    one woman or a feminine one ("qeveria", "ministrja"), "ata" for a group ("deputetët"):
    a person named agrees with any singular pronoun, a role by the ending of its head noun."""
    agreement = s.pack.config.get("pronoun_agreement", {}).get(pronoun)
    if agreement is None:
        return True
    text, name = s.doc.slice(entity), entity.attrs.get("name") or ""
    if entity.attrs.get("kind") == "person" or (name and name.split()[-1] in text):  # "kryesuesja, Mimoza Kusari"
        return agreement != "many"
    head = text.split(maxsplit=1)[0].lower()
    return head.endswith(tuple(s.pack.config["pronoun_heads"][agreement]))


def _free_relative(s: SentenceView, words: list[str]) -> bool:
    """ "ata që e përkrahin", "those who ...": a pronoun right before a relative points
    forward to whoever does the act, not back to a party named before."""
    return any(a in s.vocab["pronouns"] and b in s.vocab["relatives"] for a, b in zip(words, words[1:]))


def _identity(entity: Span) -> str | None:
    return entity.attrs.get("kb_id") or entity.attrs.get("name")


def is_subject_like(entity: Span) -> bool:
    """No preposition, no linking article, and not in an oblique case form ("Kosovën");
    or the people a number counts ("hundreds of Chileans", "qindra prej protestuesve")."""
    a = entity.attrs
    if a.get("counted"):
        return True
    return not a.get("prep") and not a.get("genitive") and a.get("case") not in OBLIQUE_CASES \
        and a.get("kind") != "media"  # "NAIROBI (Reuters) - Kenya's president said ..."
