"""Event arguments: who did it, to whom, where, when, how many, per whom, how sure.

For each sentence with triggers a `SentenceView` (events/sentence.py) reads the
triggers against its entities, times, quantities, attribution frames and modality
cues; events/parties.py finds who did it to whom, events/circumstances.py the rest.
Here each trigger becomes an Event whose every field keeps its character span and
the reason that produced it, or none when nothing codable took part.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Final

from lajm import kb as knowledge
from lajm.kb import cities
from lajm.annotate.mentions import DATELINE
from lajm.events.antecedents import point_back
from lajm.events.circumstances import as_threat, denied, fill_circumstances, fill_counts, fill_date
from lajm.events.complaints import as_complaint
from lajm.events.groups import code_groups
from lajm.events.intents import as_intent, as_refusal
from lajm.events.mandates import mandated_actor
from lajm.events.parties import fill_parties, imply_home_target
from lajm.events.recipients import (CHALLENGER_SECTORS, HOME_ROLE, STATE_SECTORS, requested_content, stopped_by,
                                    threatened_party)
from lajm.events.sentence import SentenceView, any_starts
from lajm.lang.base import LanguagePack
from lajm.model import Doc, Event, Span
from lajm.pipeline import stage

SCENE_GAP: Final = 3  # tokens between a bare event noun and the place or time it sets
VOCABULARY: Final = (
    "coordinators", "passive_aux", "clause_breaks", "location_preps", "agent_preps", "pronouns",
    "complementizers", "between_preps", "relatives", "auxiliaries", "dative_endings",
    "progressive_endings", "passive_endings", "light_verbs", "hazards", "conditions",
    "scene_preps", "subjunctive", "counting_preps", "possessors", "adverb_endings", "dative_clitics",
    "determiners", "participles", "place_nouns", "quantifiers", "gerund_markers", "latter",
    "object_clitics", "object_relatives", "inclusion_words", "passive_clitics", "mandate_phrases", "prepositions",
    "verb_adverbs", "verb_coordinators", "subordinators", "indefinite_articles", "circumstance_preps",
    "undergoer_agent_preps", "home_speakers", "topic_preps", "cessation_verbs",
    "doer_nouns", "doer_preps", "condition_openers", "demonstratives", "linkers", "target_nouns",
)
# Word lists the readers test as one, joined here once: a set union at every trigger costs.
JOINED_VOCABULARY: Final = {
    "verb_skips": ("passive_aux", "auxiliaries", "verb_adverbs"),  # between a verb and its coordinator
    "verb_joiners": ("coordinators", "verb_coordinators"),
    "any_relatives": ("relatives", "object_relatives"),
    "complement_openers": ("subjunctive", "coordinators"),
    "scope_stops": ("clause_breaks", "complementizers", "relatives"),
    "sentence_openers": ("prepositions", "subordinators"),
    "noun_party_preps": ("agent_preps", "between_preps"),
    "object_openers": ("determiners", "quantifiers", "counting_preps"),
    "ambiguous_relatives": ("complementizers", "object_relatives"),
    "report_openers": ("pronouns", "passive_aux", "auxiliaries", "complementizers"),
    "request_stops": ("clause_breaks", "coordinators", "complementizers"),
    "undergoer_preps": ("agent_preps", "undergoer_agent_preps"),
}


# Acts an authority reports about itself without naming the agent, by its sector.
AUTHORITY_ACTS: Final = {"COERCE": {"COP", "GOV", "MIL"}, "SANCTION": {"JUD", "GOV"}, "ACCUSE": {"JUD", "COP"}}
# Types whose receipts ("received aid", "Y must withdraw") the source, with no giver named,
# takes part in; what befell the speaker's people ("three of its soldiers were killed") it did not do.
SOURCE_RECEIPTS: Final = {"AID", "REQUEST"}
# Leaving an international body (the entity kind the KB gives it) halts relations with it.
LEAVING_MODES: Final = {"withdraw", "resign"}
IGO_KIND: Final = "igo"
BODY_LEFT: Final = ("SANCTION", "discontinue", "164")
BODY_GAP: Final = 4  # words between the verb and the body ("withdrew from the regional bloc IGAD")
# Roles whose expulsion is a sanction against the state they represent (CAMEO 166).
ENVOY_ROLES: Final = {"ambassador", "diplomat", "envoy"}
EXPULSION: Final = ("SANCTION", "expel", "166")
# Types whose unnamed officials may speak for either side.
FORCEFUL_TYPES: Final = {"ASSAULT", "COERCE"}
# Types that between private persons alone are crime or private life, not politics.
PRIVATE_TYPES: Final = {"ASSAULT", "CONSULT", "THREATEN", "AID", "AGREE", "SUPPORT"}


def read_vocabulary(pack: LanguagePack) -> dict[str, set[str]]:
    """The pack's word lists the readers use, by name, with the joined ones."""
    vocab = {key: set(pack.words(key)) for key in VOCABULARY}
    vocab["latter_ends"] = {phrase.split()[-1] for phrase in vocab["latter"]}  # looked for first
    vocab["inclusion_ends"] = {phrase.split()[-1] for phrase in vocab["inclusion_words"]}
    vocab["mandate_firsts"] = {phrase.split()[0] for phrase in vocab["mandate_phrases"]}
    for name, keys in JOINED_VOCABULARY.items():
        vocab[name] = set().union(*(vocab[key] for key in keys))
    return vocab


@stage("arguments")
def make_arguments(pack: LanguagePack):
    vocab = read_vocabulary(pack)
    affixes = {key: tuple(words) for key, words in vocab.items()}
    base = knowledge.load()
    cities.load()  # with the pipeline, not at the first city an article names

    def arguments(doc: Doc) -> Doc:
        doc.events = []
        for number in doc.sentence_numbers_with("trigger"):
            sentence = doc.sentences[number]
            view = SentenceView(doc, sentence, number, pack, vocab, base, affixes)
            view.entities = _without_dateline(doc, sentence, view.entities)
            for trigger in view.spans("trigger"):
                event = _event(view, trigger)
                if event is not None:
                    doc.events.append(event)
        return doc
    return arguments


def _without_dateline(doc: Doc, sentence: Span, entities: list[Span]) -> list[Span]:
    """ "TIRANA - The trial of ...": the wire dateline opening a paragraph says where the
    story was filed; it takes no part in the events."""
    text = doc.text
    if text[text.rfind("\n", 0, sentence.start) + 1:sentence.start].strip():
        return entities
    found = DATELINE.match(text, sentence.start)
    return [e for e in entities if e.start >= found.end()] if found else entities


def _event(s: SentenceView, trigger: Span) -> Event | None:
    """The event a trigger states, or None when it is denied, is what a request asks for,
    or nothing codable took part."""
    if not s.may_code(trigger) and (trigger.attrs["frame"] != "noun" or not _may_set_scene(s, trigger)):
        return None  # with no coded party, only a bare event noun that sets a scene is an event (_codable)
    stopper = stopped_by(s, trigger)
    if denied(s, trigger) or (stopper is None and requested_content(s, trigger)):
        return None
    event = _new_event(s, trigger)
    fill_parties(s, event, trigger)
    if stopper is not None:
        _stopped_party(event, stopper)
    as_complaint(s, event, trigger)
    fill_circumstances(s, event, trigger)
    modality = event.modality  # a threat's date is read as the act it announces
    _more_parties(s, event, trigger)
    _recode_by_parties(s, event, trigger)
    _code_at_home(s, event)
    _recode_by_modality(s, event, trigger)
    if not _codable(s, event, trigger, modality) or _not_political(s, event, trigger):
        return None
    if _coded(event) or trigger.attrs["frame"] != "noun":  # else _codable has read it
        fill_date(s, event, trigger, modality)
    fill_counts(s, event, trigger)
    s.events.append(event)
    return event


def _new_event(s: SentenceView, trigger: Span) -> Event:
    a = trigger.attrs
    event = Event(type=a["type"], mode=a["mode"], cameo=a["cameo"], trigger=s.doc.slice(trigger),
                  trigger_span=(trigger.start, trigger.end), sentence=s.number,
                  evidence=s.doc.slice(s.sentence))
    event.reasons["type"] = f"trigger lexicon: {a['pattern']}"
    event.reasons["frame"] = a["frame"]
    return event


def _more_parties(s: SentenceView, event: Event, trigger: Span) -> None:
    """Parties the trigger's own frame did not give: the source, an antecedent, a mandate,
    listed members, an owner."""
    _source_as_actor(event, trigger)
    point_back(s, event, trigger)
    mandated_actor(s, event, trigger)
    code_groups(s, event)
    _code_possessed(s, event)


def _recode_by_parties(s: SentenceView, event: Event, trigger: Span) -> None:
    _expelled_envoys(s, event)
    _body_left(s, event, trigger)


def _code_at_home(s: SentenceView, event: Event) -> None:
    _code_home_roles(event)
    _code_home_source(s, event)
    imply_home_target(s, event)  # again, now the actor may be known


def _recode_by_modality(s: SentenceView, event: Event, trigger: Span) -> None:
    """A promised act, a refused concession, a threat: what the event's modality makes it."""
    as_threat(s, event, trigger)
    as_intent(s, event, trigger)
    as_refusal(s, event, trigger)
    threatened_party(s, event, trigger)


def _not_political(s: SentenceView, event: Event, trigger: Span) -> bool:
    return _by_nature(s, event, trigger) or _private_crime(s, event) or _meets_a_thing(s, event, trigger)


def _stopped_party(event: Event, request: Event) -> None:
    """ "insisted that Belgrade stop the attacks": the party asked to stop an act does it."""
    asked = {r.code for r in request.recipient}
    event.actor = [replace(r) for r in request.recipient]
    event.recipient = [r for r in event.recipient if r.code not in asked]
    event.reasons["actor"] = "the party a request asks to stop the act"


def _expelled_envoys(s: SentenceView, event: Event) -> None:
    """ "the Colombian ambassador was expelled by Ecuador": sending a state's envoys away
    cuts relations with that state (a sanction), it is no deportation."""
    if event.type == "COERCE" and event.mode == "deport" \
            and any(e.attrs.get("role") in ENVOY_ROLES for e in s.spans_of(event.recipient)):
        event.recode(EXPULSION, "the expelled are a state's envoys")


def _body_left(s: SentenceView, event: Event, trigger: Span) -> None:
    """ "Eritrea quit the African Union", "withdrew from the Council of Europe": leaving an
    international body cuts relations with it (a sanction), it is no military retreat."""
    if event.type != "RETREAT" or event.mode not in LEAVING_MODES or not event.actor \
            or any(a.sector for a in event.actor):  # a state leaves; a minister who quits resigns
        return
    body = next((e for e in s.entities if e.start >= trigger.end), None)
    if body is None or body.attrs.get("kind") != IGO_KIND or s.token_gap(trigger.end, body.start) > BODY_GAP:
        return
    event.recode(BODY_LEFT, "the party left is an international body")
    event.recipient = [s.entity(body)]


def _source_as_actor(event: Event, trigger: Span) -> None:
    """A verb in the first person ("Falënderoj ...", tha X), a receipt of aid with no giver
    named, a demand that another "must" act, or an arrest or charge with no agent told by an authority ("Policia njofton se janë
    arrestuar tre të rinj"): the source is the actor."""
    source = event.attribution
    if event.actor or source is None or not source.code:
        return
    if trigger.attrs["frame"] == "speaker":
        event.actor, event.reasons["actor"] = [source], "the speaker of a verb in the first person"
    elif trigger.attrs["frame"] == "receive" and event.type in SOURCE_RECEIPTS:
        event.actor, event.reasons["actor"] = [source], "the source of a receipt with no giver named"
    elif trigger.attrs["frame"] != "noun" and event.type in AUTHORITY_ACTS \
            and source.sector in AUTHORITY_ACTS[event.type]:
        event.actor, event.reasons["actor"] = [source], "the authority that reports its own act"


def _code_possessed(s: SentenceView, event: Event) -> None:
    """ "Georgia says three of its soldiers were killed": a party of no country after a
    possessive belongs to the last coded party named before it in the sentence."""
    for role in ("actor", "recipient"):
        for entity in getattr(event, role):
            owner = _owner(s, entity.span[0]) if entity.code is None and entity.span else None
            if owner is not None:
                entity.code = owner.attrs["code"]
                event.reasons[role] = event.reasons.get(role, "") + "; a possessive points to the party before"


def _code_home_roles(event: Event) -> None:
    """A role of no country facing a state body or its challengers of one country is of that
    country ("accepted demands from the rebels"); a role named as recipient for this alone is
    none when left with no country."""
    for side, other in (("actor", event.recipient), ("recipient", event.actor)):
        roles = [e for e in getattr(event, side) if e.code is None and e.kb_id is None]
        codes = {e.code for e in other if e.code and e.code not in knowledge.NON_STATE} if roles else set()
        if len(codes) != 1:
            continue
        sectors = {e.sector for e in other}
        for entity in roles:
            if _faces(entity.sector, sectors):
                entity.code = next(iter(codes))
                event.reasons[side] = event.reasons.get(side, "") + "; a role at home facing the other party"
    if event.reasons.get("recipient", "").startswith(HOME_ROLE):
        event.recipient = [e for e in event.recipient if e.code]


def _code_home_source(s: SentenceView, event: Event) -> None:
    """ "South Africa cancelled the meeting, officials said": officials of no country
    reporting what one state decided are that state's own; of violence or coercion they
    as often speak for the side that suffered it."""
    source = event.attribution
    codes = {e.code for e in event.actor if e.code and e.code not in knowledge.NON_STATE}
    if source is None or source.code or source.kb_id or event.type in FORCEFUL_TYPES or len(codes) != 1 \
            or source.text.lower().split()[-1] not in s.vocab["home_speakers"] \
            or any(e.sector is not None and e.sector not in STATE_SECTORS for e in event.actor):
        return
    source.code = next(iter(codes))
    event.reasons["attribution"] = event.reasons.get("attribution", "") + "; officials of the state that acted"


def _faces(sector: str | None, others: set[str | None]) -> bool:
    """A state body facing challengers, or challengers facing a state body."""
    return (sector in STATE_SECTORS and others <= CHALLENGER_SECTORS) \
        or (sector in CHALLENGER_SECTORS and others <= STATE_SECTORS)


def _owner(s: SentenceView, start: int) -> Span | None:
    """The last coded party before a possessive standing right before `start`."""
    k = s.token_index(start)
    if k == 0 or s.words[k - 1] not in s.vocab["possessors"]:
        return None
    before = [e for e in s.entities if e.end <= s.starts[k - 1] and e.attrs.get("code")]
    return before[-1] if before else None


def _codable(s: SentenceView, event: Event, trigger: Span, modality: str) -> bool:
    """A coded party took part, or a bare event noun sets a scene (its place or date)."""
    if _coded(event):
        return True
    if trigger.attrs["frame"] != "noun":
        return False
    fill_date(s, event, trigger, modality)
    return _sets_scene(s, event, trigger)


def _coded(event: Event) -> bool:
    return any(e.code for e in event.actor + event.recipient)


def _meets_a_thing(s: SentenceView, event: Event, trigger: Span) -> bool:
    """ "met a low cross", "meet the size and grading standards": a meeting verb whose
    object is an article and a phrase naming no party meets a thing, not a person."""
    last = trigger.attrs["last"]
    if event.type != "CONSULT" or event.recipient or trigger.attrs["frame"] != "verb" \
            or "obj" not in trigger.attrs["recipient"] or last >= len(s.words) \
            or s.words[last] not in s.vocab["determiners"]:
        return False
    end = next((k for k in range(last + 1, len(s.words)) if s.words[k] in s.vocab["prepositions"]
                or not s.words[k].isalnum()), len(s.words))
    return not any(s.token_index(e.start) < end and e.end > s.starts[last] for e in s.entities)


def _by_nature(s: SentenceView, event: Event, trigger: Span) -> bool:
    """ "Floods killed 40 people", "virusi sulmon organet": a hazard, not an actor, did it;
    a hazard right before a verb of violence is its subject whatever else the clause names."""
    hazards = s.affixes("hazards")
    before = s.words_before(trigger)
    violent_verb = event.type == "ASSAULT" and trigger.attrs["frame"] != "noun"
    if violent_verb and before and before[-1].startswith(hazards):
        return True
    return not any(a.code for a in event.actor) and any_starts(before, hazards, len(before))


def _private_crime(s: SentenceView, event: Event) -> bool:
    """ "X vrau bashkëshorten e tij", "u masakrua Y", "X dhe Y janë takuar", "X i dhuroi Y":
    violence, threats, meetings, promises, gifts or thanks between private persons (persons
    neither the knowledge base nor a role codes) are crime or private life, not politics."""
    parties = event.actor + event.recipient
    if event.type not in PRIVATE_TYPES or not parties:
        return False
    spans = s.spans_of(parties)
    return len(spans) == len(parties) and all(
        x.attrs.get("kind") == "person" and not x.attrs.get("kb_id") and not x.attrs.get("sector") for x in spans)


def _sets_scene(s: SentenceView, event: Event, trigger: Span) -> bool:
    """A bare noun ("bisedimeve") is an event when a place or time follows it closely."""
    starts = [x.span[0] for x in (event.location, event.date) if x is not None and x.span is not None]
    return any(start >= trigger.end and s.token_gap(trigger.end, start) <= SCENE_GAP for start in starts)


def _may_set_scene(s: SentenceView, trigger: Span) -> bool:
    """Whether a place or a time may start close enough after a bare noun to set its scene
    (`_sets_scene`): an entity, a time, or a city or a place noun after a preposition of
    place (events/places.py reads those after the trigger)."""
    last = trigger.attrs["last"]
    for k in range(last, min(last + SCENE_GAP, len(s.words))):
        if s.words[k] in s.vocab["location_preps"]:
            return True
    return _starts_close(s, trigger, s.spans("entity")) or _starts_close(s, trigger, s.spans("time"))


def _starts_close(s: SentenceView, trigger: Span, spans: list[Span]) -> bool:
    for span in spans:
        if span.start >= trigger.end and s.token_gap(trigger.end, span.start) <= SCENE_GAP:
            return True
    return False
