"""The parties of an event: who did it (actors) and to whom (recipients), read from a
verb's subject, a relative clause, a pronoun, a passive's agent, the phrases named
with an event noun, or the party a marker or a complement names.
"""
from __future__ import annotations

import re
from typing import Final

from lajm.events.antecedents import is_subject_like, latter_party, pronoun_before, pronoun_subject
from lajm.events.coordination import coordinated_subject
from lajm.events.recipients import (DOMESTIC_TYPES, HOME_ROLE, PASSIVE_SUBJECT, REQUESTED, TARGETED_TYPES, addressees,
                                    beneficiary, dative_passive, first_participant_after, home_roles,
                                    recipients_marked, requested_party)
from lajm.events.participles import (PASSIVE_TYPES, RELEASED_BY_CAPTOR, aux_before, captors, described_noun,
                                     reduced_passive)
from lajm.events.nouns import after_light_verb, in_scene, noun_actors, noun_patient, scene_subject, topic_gerund
from lajm.events.scenes import scene_parties
from lajm.events.sentence import SentenceView
from lajm.kb import NON_STATE
from lajm.model import Entity, Event, Span

APPOSITION: Final = re.compile(r",[^,.;]{0,60}")  # the opening of ", a close ally of X,"
# Acts only the state performs, by mode, and the sector that performs them: "u arrestua"
# with no agent was an arrest by the police of the country of the arrested.
STATE_ACTS: Final = {"COERCE": {"arrest": "COP"}, "SANCTION": {"convict": "JUD"}}
# Passive acts whose unnamed agent is the state, and its sector: "akuzohet për krime
# lufte" (is charged with war crimes) was charged by prosecutors.
PASSIVE_STATE_ACTS: Final = {"ACCUSE": "JUD"}
# Acts whose middle verb with a dative tells that the party in the dative did them:
# a force reinforced ("Ushtrisë i është shtuar një kontingjent") mobilises.
REINFORCED_TYPES: Final = {"MOBILIZE"}
AGENT_CHARS: Final = 60    # characters between a passive verb and its agent
AGENT_GAP: Final = 3       # words between a passive verb and "nga"/"by"
AGENT_REACH: Final = 5     # words between "nga"/"by" and the party it names
RELATIVE_REACH: Final = 6  # words between a relative pronoun and its verb
CLAUSE_MARKS: Final = {",", ";", ":"}
SUBJECT_AFTER: Final = "subject after the verb"  # the least sure way to find an actor
SUBJECT_AFTER_GAP: Final = 1  # words between a verb and its subject after it ("e dënoi ashpër X")
# Acts on what a party proposed or did, whose owner undergoes them ("Kërkesa e Serbisë u
# refuzua"); an owner of a person hurt ("një rreshter i Policisë u plagos") tells no more.
PROPOSAL_TYPES: Final = {"REJECT", "SUPPORT", "ACCUSE", "AGREE"}
# Modes whose passive subject with no agent is the doer's own force ("Serbian troops were
# withdrawn from the border": Serbia withdrew them).
OWN_FORCE_MODES: Final = {"withdraw"}
# Types whose "that" clause tells what the accused did: its subject is the target.
CLAIM_TYPES: Final = {"ACCUSE"}
OWNER_REACH: Final = 3     # words before a genitive party: the noun it owns, an adjective, the linking article


def fill_parties(s: SentenceView, event: Event, trigger: Span) -> None:
    """Set the event's actors and recipients, with the reasons for them."""
    actors, why, recipients = _parties_by_frame(s, event, trigger)
    if not actors and event.reasons.get("recipient") == PASSIVE_SUBJECT and event.mode in OWN_FORCE_MODES:
        actors, recipients, why = recipients, [], "the forces withdrawn are their own side's"
    event.reasons.setdefault("recipient", f"marked by {', '.join(trigger.attrs['recipient']) or '-'}")
    requested = requested_party(s, trigger) if event.type == "REQUEST" else []
    if requested:
        recipients, event.reasons["recipient"] = requested, REQUESTED
    accused = requested_party(s, trigger) if not recipients and event.type in CLAIM_TYPES else []
    if accused:  # "charged that China had broken the pact"
        recipients, event.reasons["recipient"] = accused, "subject of the clause an accusation tells"
    if not recipients and trigger.attrs["frame"] != "receive" and trigger.attrs["type"] in TARGETED_TYPES:
        recipients = first_participant_after(s, trigger, actors)
        event.reasons["recipient"] = "first named participant after the verb in its clause"
    if not recipients and actors and trigger.attrs["frame"] != "receive":
        recipients = home_roles(s, trigger)
        if recipients:
            event.reasons["recipient"] = HOME_ROLE
    event.actor = _as_entities(s, actors)
    event.recipient = _as_entities(s, [e for e in recipients if e not in actors])
    imply_home_target(s, event)
    if actors:
        event.reasons["actor"] = why
        return
    sector = _state_sector(event, passive=event.reasons["recipient"] == PASSIVE_SUBJECT)
    if sector:
        event.actor = _at_home(s, event.recipient)
        for entity in event.actor:
            entity.sector = sector
        event.reasons["actor"] = "implied: only the state's police and courts arrest, charge and convict"


def _as_entities(s: SentenceView, spans: list[Span]) -> list[Entity]:
    """The parties of the spans; a pair phrase ("të dyja shtetet") stands for its two members."""
    out: list[Entity] = []
    for span in spans:
        members = span.attrs.get("members")
        if members:
            out.extend(Entity(text=s.doc.slice(span), span=(span.start, span.end), **m) for m in members)
        else:
            out.append(s.entity(span))
    return out


def imply_home_target(s: SentenceView, event: Event) -> None:
    """A protest, an arrest or a trial with no target named targets the actors' own country."""
    if not event.recipient and (event.type in DOMESTIC_TYPES or _policing(event) or event.mode == "release"):
        event.recipient = _at_home(s, event.actor)
        event.reasons["recipient"] = "implied: a protest, arrest or trial at home targets its own country"


def _state_sector(event: Event, passive: bool) -> str | None:
    """The sector of the state body that alone performs an act with no agent named."""
    if event.type in STATE_ACTS and event.mode in STATE_ACTS[event.type]:
        return STATE_ACTS[event.type][event.mode]
    return PASSIVE_STATE_ACTS.get(event.type) if passive else None


def _parties_by_frame(s: SentenceView, event: Event, trigger: Span) -> tuple[list[Span], str, list[Span]]:
    """Actors, the reason for them, and recipients, read as the trigger's frame says."""
    frame = trigger.attrs["frame"]
    if frame == "noun":
        actors, why = noun_actors(s, trigger), "parties named with the noun"
        if not actors and after_light_verb(s, trigger):
            actors, why = _verb_actors(s, trigger)[0], "subject of the verb that performs the noun"
        recipients = recipients_marked(s, trigger) or noun_patient(s, trigger)
        if not actors and in_scene(s, trigger, own_party=bool(recipients)):
            actors, why = scene_subject(s, trigger), "subject of the clause the noun sets the scene of"
        return actors, why, recipients
    if frame == "speaker":  # "Falënderoj ...", "bëjmë thirrje": the speaker, read with the attribution
        return [], "", addressees(s, event, trigger)
    described = described_noun(s, trigger)
    if described is not None:
        event.reasons["recipient"] = "the noun the participle after it describes"
        actors, why = _agent_after(s, trigger), "agent after the participle"
        return actors or captors(s, event, described), why if actors else RELEASED_BY_CAPTOR, [described]
    if frame == "receive" or _is_passive(s, trigger) or dative_passive(s, trigger):
        actors = _agent_after(s, trigger)
        if not actors and (scene := scene_parties(s, trigger)):  # "gjatë të cilit u arrestuan"
            return scene
        recipients = latter_party(s, trigger) or _subject(s, trigger) or beneficiary(s, trigger) \
            or _speaker_undergoes(s, trigger) or pronoun_before(s, trigger) \
            or (_subject_owner(s, trigger) if trigger.attrs["type"] in PROPOSAL_TYPES else [])
        event.reasons["recipient"] = PASSIVE_SUBJECT
        return actors, "agent after the passive verb", recipients
    actors, why = _verb_actors(s, trigger)
    return actors, why, addressees(s, event, trigger)


# -- actors -----------------------------------------------------------------------
def _verb_actors(s: SentenceView, trigger: Span) -> tuple[list[Span], str]:
    if topic_gerund(s, trigger):  # "India complained about Pakistani shelling"
        return noun_actors(s, trigger), "parties named with an act a topic preposition governs"
    if trigger.attrs["mode"] == "change" and trigger.attrs["type"] == "REQUEST":
        main = _main_subject(s, trigger)  # "X would free them only if ...": X sets the condition
        if main:
            return main, "subject of the main clause that sets the condition"
    purpose = _main_subject(s, trigger) if _purpose_infinitive(s, trigger) else []
    if purpose:  # "Kenyan units left Nairobi to reinforce the mission": the units reinforce it
        return purpose, "subject of the clause an infinitive of purpose serves"
    sister = coordinated_subject(s, trigger)
    if sister:
        return sister, "subject of the verb it is coordinated with"
    previous = s.events[-1] if s.events else None
    latter = latter_party(s, trigger)
    if latter:
        return latter, "the last person or office named before 'the latter'"
    subject = _subject(s, trigger)
    if subject:
        return subject, "subject before the verb"
    if _subject_relative(s, trigger):  # "..., Klara von Bergen, e cila i kërkoi": a party no list knows
        return [], ""
    reinforced = beneficiary(s, trigger) if trigger.attrs["type"] in REINFORCED_TYPES \
        and trigger.attrs["frame"] == "middle" else []
    if reinforced:  # "Ushtrisë i është shtuar një kontingjent": the force that grows mobilises
        return reinforced, "the party in the dative a middle verb's clitic points to"
    speaker = _speaker_before(s, trigger) if not _after_preposition(s, trigger) else None
    if speaker is not None:
        return [speaker], "speaker reporting their own action"
    pronoun = pronoun_subject(s, trigger)
    if pronoun:
        return pronoun, "the person a pronoun subject stands for"
    if previous and previous.actor and previous.trigger_span and previous.trigger_span[1] >= s.clause_start(trigger):
        return s.spans_of(previous.actor), "subject of the previous verb"
    between = _between_after(s, trigger)
    if between:
        return between, "parties named after mes/between"
    owner = _subject_owner(s, trigger)
    if owner:
        return owner, "the party that owns the subject"
    if not s.pack.config.get("subject_after_verb"):
        return [], ""
    after = [e for e in s.entities if e.start >= trigger.end and is_subject_like(e)
             and e not in s.sources and e.attrs.get("code")]
    return after[:1] if after and _stands_after(s, trigger, after[0]) else [], SUBJECT_AFTER


def _after_preposition(s: SentenceView, trigger: Span) -> bool:
    """ "was delayed by shelling": a verb form right after a preposition names an act
    whose doer is not the clause's subject, nor the speaker reporting the clause."""
    first = trigger.attrs["first"]
    return first > 0 and s.words[first - 1] in s.vocab["prepositions"]


def _stands_after(s: SentenceView, trigger: Span, entity: Span) -> bool:
    """ "u pajtua Rexhep Selimi", "e qëlloi ushtari": a subject after its verb stands
    right after it; a party further on belongs to an object, a relative clause or the
    next clause, and an adjective of nationality describes the noun before it."""
    between = s.words[trigger.attrs["last"]:s.token_index(entity.start)]
    return entity.attrs.get("kind") != "demonym" and len(between) <= SUBJECT_AFTER_GAP \
        and not any(w in s.vocab["complementizers"] or w in s.vocab["relatives"] for w in between)


def _between_after(s: SentenceView, trigger: Span) -> list[Span]:
    """ "Nesër mbahet takimi midis A dhe B", "talks were held between A and B"."""
    end = s.clause_end(trigger)
    marked = [e for e in s.entities if trigger.end <= e.start < end and e.attrs.get("code")
              and e.attrs.get("prep") in s.vocab["between_preps"]]
    return s.coordinated_after([e for e in s.entities if marked and e.start >= marked[0].start])


def _purpose_infinitive(s: SentenceView, trigger: Span) -> bool:
    """ "left Nairobi to reinforce": a trigger opening with the infinitive's "to" (fixed
    word order only), whose subject is its clause's, not the party last named."""
    return not s.pack.config.get("subject_after_verb") and s.words[trigger.attrs["first"]] in s.vocab["subjunctive"]


def _main_subject(s: SentenceView, trigger: Span) -> list[Span]:
    """The first subject of the trigger's clause or of the report holding it ("adding that
    Moscow would return ... only if"), else of the sentence."""
    found = [e for e in s.entities if e.end <= trigger.start and e.attrs.get("code") and is_subject_like(e)]
    reports = [f.attrs["scope"][0] for f in s.frames if f.attrs["scope"][0] <= trigger.start < f.attrs["scope"][1]]
    start = max([s.clause_start(trigger)] + reports)
    return [e for e in found if e.start >= start][:1] or found[:1]


def _subject(s: SentenceView, trigger: Span) -> list[Span]:
    relative = _relative_before(s, trigger)
    if relative is not None:
        return _relative_subject(s, relative, trigger)
    start = max(s.clause_start(trigger), _after_speaker(s, trigger))
    opened, closed = _condition_before(s, trigger)
    before = [e for e in s.entities if start <= e.start and e.end <= trigger.start
              and is_subject_like(e) and e not in s.sources and not opened <= e.start < closed]
    before = [e for e in before if not _in_apposition(s, e, trigger)] or before  # "i akuzuari, X, u dënua"
    return s.coordinated(before[-1], before) if before else []


def _condition_before(s: SentenceView, trigger: Span) -> tuple[int, int]:
    """Offsets of a condition closed by a comma before the trigger ("se nëse Qeveria nuk
    pranon, do të hyjnë në grevë"): its subject is not the main verb's; (0, 0) if none."""
    first, openers = trigger.attrs["first"], s.vocab["condition_openers"]
    k = next((k for k in range(first - 1, -1, -1) if s.words[k] in openers), None)
    comma = next((j for j in range(k + 1, first) if s.words[j] == ","), None) if k is not None else None
    return (s.starts[k], s.ends[comma]) if k is not None and comma is not None else (0, 0)


def _after_speaker(s: SentenceView, trigger: Span) -> int:
    """Where the clause a speaker before the trigger reports begins ("to save a Canadian,
    officials said they would not"); a speaker set off by commas ("X, the ministry said,
    arrested") leaves the subject before it."""
    spoken = _spoken_before(s, trigger)
    return spoken[-1].end if spoken else 0


def _spoken_before(s: SentenceView, trigger: Span) -> list[Span]:
    """Speakers before the trigger with no comma between, as subjects ("officials said",
    not "sipas Hotit"): those whose clause it is in."""
    return [e for e in s.sources if e.end <= trigger.start and is_subject_like(e)
            and "," not in s.doc.text[e.end:trigger.start]]


def _relative_before(s: SentenceView, trigger: Span) -> int | None:
    """Index of a relative pronoun opening the trigger's clause ("the group that killed")."""
    first = trigger.attrs["first"]
    for k in range(first - 1, max(-1, first - RELATIVE_REACH), -1):
        if s.words[k] in s.vocab["relatives"]:
            return k
        if s.words[k] in CLAUSE_MARKS:
            return None
    return None


def _subject_relative(s: SentenceView, trigger: Span) -> bool:
    """Whether a relative that can only be a subject ("i cili", "e cila", "who") opens
    the trigger's clause: its subject is the noun before it, whether or not a party."""
    k = _relative_before(s, trigger)
    return k is not None and s.words[k] in s.vocab["pronouns"] and s.words[k] not in s.vocab["ambiguous_relatives"]


def _relative_subject(s: SentenceView, k: int, trigger: Span) -> list[Span]:
    """Inside a relative clause the subject follows the pronoun ("që Koreja e Veriut
    ka dërguar") or is the noun the pronoun stands for, right before it (", të cilët")."""
    inside = [e for e in s.entities if s.ends[k] <= e.start and e.end <= trigger.start
              and is_subject_like(e)]
    if inside or s.words[k] in s.vocab["object_relatives"]:  # "X, të cilin e priti Y": X is the object
        return inside[-1:]
    before = [e for e in s.entities if e.end <= s.starts[k] and s.token_gap(e.end, s.starts[k]) <= 2]
    return before[-1:]


def _in_apposition(s: SentenceView, entity: Span, trigger: Span) -> bool:
    """Inside ", ... ," between the subject and its verb ("Pakistan, a U.S. ally, refused")."""
    before = s.doc.text[s.sentence.start:entity.start]
    after = s.doc.text[entity.end:trigger.start]
    opened = before.rfind(",")
    return opened > 0 and "," in after and before[opened:].count(",") == 1 \
        and APPOSITION.fullmatch(before[opened:]) is not None


def _speaker_before(s: SentenceView, trigger: Span) -> Span | None:
    for frame in s.frames:
        source, (start, end) = frame.attrs["source"], frame.attrs["scope"]
        if source is not None and source.end <= frame.start <= start <= trigger.start < end:
            return source
    spoken = _spoken_before(s, trigger)
    return spoken[-1] if spoken else None


def _subject_owner(s: SentenceView, trigger: Span) -> list[Span]:
    """ "Kërkesa e Serbisë u refuzua" (Serbia's request was refused), "Anijet luftarake të
    Turqisë u larguan" (Turkey's warships withdrew): a subject no party names of its own
    (a thing, a force) stands for the party that owns it."""
    start = s.token_index(s.clause_start(trigger))
    owner = next((e for e in s.entities if e.attrs.get("genitive") and e.attrs.get("code")
                  and s.starts[start] <= e.start and e.end <= trigger.start), None)
    if owner is None or s.token_index(owner.start) - start > OWNER_REACH:
        return []
    head = s.words[start:s.token_index(owner.start)]
    return [] if any(w in s.vocab["prepositions"] for w in head) else [owner]


def _speaker_undergoes(s: SentenceView, trigger: Span) -> list[Span]:
    """ "X ka thënë se është sulmuar nga Y", "X said he was attacked": a passive opening
    a reported clause, with no subject of its own, tells what befell the speaker."""
    speaker = _speaker_before(s, trigger)
    openers = s.vocab["report_openers"]
    if speaker is None or not all(w in openers for w in s.words_before(trigger)):
        return []
    return [] if _subject_after(s, trigger) else [speaker]


def _subject_after(s: SentenceView, trigger: Span) -> bool:
    """A party, a number or an article after the passive verb and before its agent or
    the clause end: the verb's own subject ("u arrestua një zyrtar", "janë plagosur tre")."""
    end = s.clause_end(trigger)
    named = {e.start for e in s.entities} | {q.start for q in s.spans("quantity")}
    for k in range(trigger.attrs["last"], len(s.words)):
        if s.starts[k] >= end or s.words[k] in s.vocab["agent_preps"] or s.words[k] in s.vocab["location_preps"]:
            return False
        if s.words[k] in s.vocab["determiners"] or s.words[k][:1].isdigit() or s.starts[k] in named:
            return True
    return False


def _agent_after(s: SentenceView, trigger: Span) -> list[Span]:
    """The passive's agent: the party after "nga"/"by" in its clause, or a little further
    in ("nga një grup prej 30 serbësh"), before a relative clause describing the subject
    ("u kërkohet atyre që vijnë nga Serbia": Serbia is whence they come)."""
    undergone = trigger.attrs["frame"] == "receive"  # "came under fire from X"
    preps = s.vocab["undergoer_preps"] if undergone else s.vocab["agent_preps"]
    end = min(trigger.end + AGENT_CHARS, s.clause_end(trigger), _relative_opening(s, trigger))
    marked = [e for e in s.entities if trigger.end <= e.start <= end and e.attrs.get("prep") in preps]
    if marked:
        return s.coordinated_after(marked)
    last = trigger.attrs["last"]
    for k in range(last, min(last + AGENT_GAP, len(s.words))):
        if s.words[k] in preps:
            start = s.ends[k]
            after = [e for e in s.entities if start <= e.start and e.attrs.get("code")
                     and s.token_gap(start, e.start) <= AGENT_REACH]
            return s.coordinated_after(after)
    return []


def _relative_opening(s: SentenceView, trigger: Span) -> int:
    """Where the first relative pronoun after the trigger stands, or the sentence end."""
    relatives = s.vocab["any_relatives"]
    k = next((k for k in range(trigger.attrs["last"], len(s.words)) if s.words[k] in relatives), None)
    return s.starts[k] if k is not None else s.sentence.end


def _is_passive(s: SentenceView, trigger: Span) -> bool:
    first, last = trigger.attrs["first"], trigger.attrs["last"] - 1
    if trigger.attrs["type"] not in PASSIVE_TYPES or trigger.attrs["frame"] == "middle":
        return False
    if s.words[last].endswith(s.affixes("dative_endings")):
        return False  # "u dërgoi": "u" is "to them", the verb is active
    if s.words[first].endswith(s.affixes("progressive_endings")):
        return False  # "is imposing": a progressive, not a passive
    return (s.words[first] in s.vocab["passive_aux"] or aux_before(s, first)
            or s.words[last].endswith(s.affixes("passive_endings")) or reduced_passive(s, trigger))


def _policing(event: Event) -> bool:
    """Force used by the police falls on their own country's people."""
    return event.type == "ASSAULT" and bool(event.actor) and all(a.sector == "COP" for a in event.actor)


def _at_home(s: SentenceView, actors: list[Entity]) -> list[Entity]:
    """The country of the actors as an implied recipient (no words of its own)."""
    codes = {a.code for a in actors if a.code and a.code not in NON_STATE}
    if len(codes) != 1:
        return []
    code = codes.pop()
    return [Entity(text="", code=code, name=s.kb.country_name(code, "en"))]
