"""The recipients of an event: the party a marker after the trigger names, the party
in the dative a clitic points to, or the first party a verb's complement names.
"""
from __future__ import annotations

from typing import Final

from lajm.events.sentence import SentenceView
from lajm.kb import NON_STATE
from lajm.model import Event, Span

# Types whose events, when no target is named, target the actor's own country
# (PLOVER codes a protest against, or an arrest by, a government as domestic).
DOMESTIC_TYPES: Final = {"PROTEST", "COERCE"}
# Types whose events have a target even when no preposition marks it.
TARGETED_TYPES: Final = {"AGREE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "ACCUSE", "COOPERATE",
                  "AID", "SANCTION", *DOMESTIC_TYPES}
# Types whose complement names its target as a place ("refused to deploy troops in Iraq").
PLACE_TARGETS: Final = {"AGREE", "REQUEST", "REJECT", "THREATEN"}
# Types whose target is often of the actor's own country (a court refusing its prosecutors,
# a ministry charging its officials); others name their own country only in passing.
HOME_TARGETS: Final = {"REJECT", "ACCUSE", "COERCE", "SANCTION"}
# A state body and the challengers at home it deals with: a role of no country on one side of
# an event is of the one country of the other ("the Mozambique government accepted demands from the
# rebels", "Rwandan rebels demanded the removal of the president").
STATE_SECTORS: Final = {"GOV", "COP", "JUD", "LEG", "MIL"}
CHALLENGER_SECTORS: Final = {"REB", "OPP", "PTY"}
HOME_ROLE_SECTORS: Final = STATE_SECTORS | CHALLENGER_SECTORS
OBJECT_REACH: Final = 8    # tokens between a verb and its bare object
PLACE_CHAIN: Final = 4     # linked nouns between "në" and a genitive that ends the place it names
AGENT_WORDS: Final = 2     # words between the "by" of a reduced relative clause and its agent ("by the Croat forces")
# Types that target both parties a "mes A dhe B" phrase after them names ("called for
# recognition between A and B"); to others ("discussed the dialogue between A and B") it is a topic.
BETWEEN_TARGETS: Final = {"REQUEST", "SUPPORT", "AGREE", "REJECT"}
REQUEST_GAP: Final = 4     # tokens between a request and the "that" opening what it asks ("urged on Monday that")
REQUEST_ENDS: Final = {",", ";", ":"}
# Acts a request may ask a party to stop: going on while it is asked.
ONGOING_TYPES: Final = {"ASSAULT", "COERCE"}
OBJECT_GAP: Final = 3      # words between a request and the act it asks for ("demanded the immediate release")
REQUESTED: Final = "subject of the clause a request asks for"
PASSIVE_SUBJECT: Final = "subject of the passive verb"
HOME_ROLE: Final = "a role of no country the trigger names"
IN_DATIVE: Final = "the party in the dative a clitic before the verb points to"


def recipients_marked(s: SentenceView, trigger: Span) -> list[Span]:
    """The party a recipient marker of the trigger names after it ("kundër X", a bare object),
    or the parties "mes A dhe B" names ("called for talks between A and B")."""
    markers = set(trigger.attrs["recipient"])
    inside = [e for e in s.entities if trigger.start < e.start < trigger.end and e.attrs.get("code")
              and not _refers_back(s, e)]
    if inside and "obj" in markers:  # "freed a BBC reporter", "kërkoi mbylljen e konsullatës kineze"
        return inside[:1]
    return _first_marked(s, trigger, _parties_after(s, trigger, [e for e in s.entities if e.attrs.get("code")]))


def home_roles(s: SentenceView, trigger: Span) -> list[Span]:
    """When no coded party is the recipient: a role of no country a marker names ("accepted
    demands from the rebels"), or for a targeted act the first in its object ("demanded the
    removal of the president"). events/arguments.py codes it or leaves it out."""
    roles = _parties_after(s, trigger, [e for e in s.entities if home_role(e)])
    if not roles:
        return []
    marked = _first_marked(s, trigger, roles)
    if marked or trigger.attrs["type"] not in TARGETED_TYPES:
        return marked
    return [e for e in roles if e.start < object_end(s, trigger)][:1]


def _parties_after(s: SentenceView, trigger: Span, parties: list[Span]) -> list[Span]:
    """Those of `parties` after the trigger that may be its recipients."""
    return [e for e in parties if e.start >= trigger.end and e not in s.sources
            and not _opens_clause(s, e) and not _describes_place(s, e)]


def _first_marked(s: SentenceView, trigger: Span, parties: list[Span]) -> list[Span]:
    """The first of `parties` a recipient marker of the trigger names, in its object."""
    if not parties:
        return []  # then the object's end needs no reading
    markers = set(trigger.attrs["recipient"])
    end = object_end(s, trigger)
    between = _between_group(s, trigger, end)
    for e in parties:
        if e.start >= end:
            break
        if e in between:
            if trigger.attrs["type"] in BETWEEN_TARGETS:
                return between
            continue
        prep = e.attrs.get("prep")
        if prep in markers or ("obj" in markers and not prep
                               and s.token_gap(trigger.end, e.start) <= OBJECT_REACH):
            pool = [x for x in s.entities if x.start >= e.start and x not in s.sources]
            return s.coordinated_after(pool)
    return []


def _between_group(s: SentenceView, trigger: Span, end: int) -> list[Span]:
    """The parties of the first "mes A dhe B" phrase after the trigger in its clause."""
    after = [e for e in s.entities if trigger.end <= e.start < end]
    marked = [e for e in after if e.attrs.get("prep") in s.vocab["between_preps"]]
    return s.coordinated_after([e for e in after if e.start >= marked[0].start]) if marked else []


def addressees(s: SentenceView, event: Event, trigger: Span) -> list[Span]:
    """The recipients of an active verb: the party in the dative its clitic points to
    ("Kryeministrit ia shprehu shqetësimin për arrestimet"), else the party its markers name."""
    datives = _dative(s, trigger) if event.type in TARGETED_TYPES else []
    if datives:
        event.reasons["recipient"] = IN_DATIVE
        return datives
    return recipients_marked(s, trigger)


def _dative(s: SentenceView, trigger: Span) -> list[Span]:
    """ "i kërkoi Vuçiqit", "Kryeministrit ia dërgoi letrën": a dative clitic before the
    verb points to the party in the dative (the definite genitive-dative form with no
    preposition or linking article) in its clause, after the verb or before it."""
    return _party_in_dative(s, trigger) if _dative_clitic(s, trigger) else []


def beneficiary(s: SentenceView, trigger: Span) -> list[Span]:
    """ "Ushtrisë i është shtuar një kontingjent", "Policisë iu dhuruan automjete": the
    party in the dative a clitic before a passive or middle verb points to (the verb's
    own "u" is the passive's, not a dative)."""
    return _party_in_dative(s, trigger) if _clitic_before(s, trigger) else []


def _party_in_dative(s: SentenceView, trigger: Span) -> list[Span]:
    start, end = s.clause_start(trigger), s.clause_end(trigger)
    datives = [e for e in s.entities if start <= e.start < end and _is_party(e) and _is_dative(s, e)]
    after = [e for e in datives if e.start > trigger.start]  # "i dorëzoi KFOR-it kërkesën"
    return s.coordinated_after(after) if after else datives[-1:]


def dative_passive(s: SentenceView, trigger: Span) -> bool:
    """ "Policisë iu dhuruan automjete nga Gjermania": a dative clitic fused with the
    passive "u" makes the verb after it passive when "nga" names an agent in its clause
    (with none, "iu kundërvu presidentit" is a middle verb: opposed the president)."""
    first = trigger.attrs["first"]
    if first == 0 or s.words[first - 1] not in s.vocab["passive_clitics"]:
        return False
    end, preps = s.clause_end(trigger), s.vocab["agent_preps"]
    for k in range(trigger.attrs["last"], len(s.words)):
        if s.starts[k] >= end:
            return False
        if s.words[k] in preps:
            return True
    return False


def _is_party(entity: Span) -> bool:
    """Coded, or a group whose country the verb's subject gives ("u kërkoi bankave")."""
    return bool(entity.attrs.get("code") or entity.attrs.get("sector"))


def _dative_clitic(s: SentenceView, trigger: Span) -> bool:
    """A dative clitic in the verb ("duke i kërkuar") or among the auxiliaries and
    clitics right before it ("ia ka shprehur")."""
    first, clitics = trigger.attrs["first"], s.vocab["dative_clitics"]
    return any(w in clitics for w in s.words[first:trigger.attrs["last"] - 1]) or _clitic_before(s, trigger)


def _clitic_before(s: SentenceView, trigger: Span) -> bool:
    clitics = s.vocab["dative_clitics"]
    k = trigger.attrs["first"] - 1
    while k >= 0 and s.words[k] in s.vocab["auxiliaries"]:
        if s.words[k] in clitics:
            return True
        k -= 1
    return False


def _is_dative(s: SentenceView, entity: Span) -> bool:
    a = entity.attrs
    if a.get("case") != "gda" or a.get("prep") or a.get("genitive") or entity in s.sources:
        return False
    return not governed(s, entity)


def first_participant_after(s: SentenceView, trigger: Span, actors: list[Span]) -> list[Span]:
    """ "agreed to set up a centre in Tokyo", "refused to deploy troops in Iraq": the
    party a verb's complement names is its recipient when no marker names one: one of
    another country than the actors' ("agreed to send Russian troops"), or for acts
    often done at home, one of their own when no other is named ("the court refused
    the request of the prosecutors")."""
    codes = {a.attrs.get("code") for a in actors}
    end = min(object_end(s, trigger), _relative_after(s, trigger))
    named = [e for e in s.entities if trigger.end <= e.start < end and e.attrs.get("code") and e not in s.sources
             and e not in actors and (not s.is_place(e) or _place_target(s, trigger, e))
             and not _opens_clause(s, e) and not _describes_place(s, e)]
    foreign = [e for e in named if e.attrs["code"] not in codes]
    return foreign[:1] or (named[:1] if trigger.attrs["type"] in HOME_TARGETS else [])


def home_role(entity: Span) -> bool:
    """ "the rebels", "the president": a role of no country named, which the one country of
    the party it faces may give (events/arguments.py)."""
    return entity.attrs.get("kind") == "role" and entity.attrs.get("sector") in HOME_ROLE_SECTORS


def object_end(s: SentenceView, trigger: Span) -> int:
    """Where the verb's object and complements end: at its clause end, at an apposition
    that describes them (", a dispute that has soured relations between A and B"), at the
    circumstances of the act ("during the first visit to Tirana"), or after the agent of
    a reduced relative clause describing the object ("prevented the march staged by
    students in Sivas to protest the war in Iraq": what follows is the march's, not the
    prevention's; "crimes committed by Croat forces" still names whom an inquiry targets)."""
    end = s.clause_end(trigger)
    articles, circumstances = s.vocab["indefinite_articles"], s.vocab["circumstance_preps"]
    participles, agents = s.affixes("participles"), s.vocab["agent_preps"]
    for k in range(trigger.attrs["last"], len(s.words) - 1):
        if s.starts[k] >= end:
            break
        if (s.words[k] == "," and s.words[k + 1] in articles) or s.words[k] in circumstances:
            return s.starts[k]
        if s.words[k + 1] in agents and s.words[k].endswith(participles):
            agent = next((e for e in s.entities if e.start >= s.ends[k + 1]), None)
            near = agent is not None and s.token_gap(s.ends[k + 1], agent.start) <= AGENT_WORDS
            return agent.end if agent is not None and near else s.starts[k]
    return end


def _relative_after(s: SentenceView, trigger: Span) -> int:
    """Where a relative clause after the verb opens ("masa ... për të cilat ka pasur
    dallime brenda koalicionit"): the parties inside it are another verb's."""
    relatives, complementizers = s.vocab["any_relatives"], s.vocab["complementizers"]
    k = next((k for k in range(trigger.attrs["last"], len(s.words))
              if s.words[k] in relatives and s.words[k] not in complementizers), None)
    return s.starts[k] if k is not None else s.sentence.end


def _place_target(s: SentenceView, trigger: Span, place: Span) -> bool:
    """ "agreed to set up a centre in Tokyo": a country named inside the complement of an
    agreement or refusal is its target (where the agreement itself was made is not)."""
    if trigger.attrs["type"] not in PLACE_TARGETS or place.attrs["code"] in NON_STATE:
        return False
    between = s.words[trigger.attrs["last"]:s.token_index(place.start)]
    return any(w in s.vocab["subjunctive"] for w in between)


def _refers_back(s: SentenceView, entity: Span) -> bool:
    """ "mbylljen e kësaj konsullate": a demonstrative points to a party told before,
    whose country the phrase alone does not give."""
    k = s.token_index(entity.start)
    return k > 0 and s.words[k - 1] in s.vocab["demonstratives"]


def _describes_place(s: SentenceView, entity: Span) -> bool:
    """ "në kufirin serb": a demonym after a place noun says where, not to whom."""
    k = s.token_index(entity.start)
    if entity.attrs.get("genitive") and _in_place_chain(s, k):
        return True
    return entity.attrs.get("kind") == "demonym" and bool(s.pack.config.get("adjective_after_noun")) \
        and k >= 2 and s.words[k - 2] in s.vocab["location_preps"]


def _in_place_chain(s: SentenceView, k: int) -> bool:
    """ "në korridorin e ndërtesës së Kuvendit", "në aeroportin e Tiranës": the genitive
    at word k ends a chain of linked nouns after "në" that says where, unless its head
    names the side taken ("në favor të", "në adresë të Qeverisë")."""
    linkers, targets = s.vocab["linkers"], s.vocab["target_nouns"]
    for _ in range(PLACE_CHAIN):
        if k < 3 or s.words[k - 1] not in linkers:
            return False
        k -= 2
        if s.words[k - 1] in s.vocab["location_preps"]:
            return s.words[k] not in targets
    return False


def _opens_clause(s: SentenceView, entity: Span) -> bool:
    """ "kërcënoi se Moska do të ...": right after "se"/"that" stands a new subject; so does
    a party after a comma and right before a verb ("beat the migrants, Amnesty protested")."""
    k = s.token_index(entity.start)
    if k > 0 and s.words[k - 1] in s.vocab["complementizers"]:
        return True
    return k > 0 and s.words[k - 1] == "," and any(
        t.start >= entity.end and s.token_gap(entity.end, t.start) == 0 and t.attrs["frame"] != "noun"
        for t in s.spans("trigger"))


def governed(s: SentenceView, entity: Span) -> bool:
    """ "mes Kosovës dhe Serbisë", "e ushtrisë dhe policisë": joined to a phrase that a
    preposition or a linking article governs."""
    before = s.doc.spans_before("entity", entity.start)
    return bool(before) and s.joined(before[-1], entity) \
        and bool(before[-1].attrs.get("prep") or before[-1].attrs.get("genitive"))


def requested_party(s: SentenceView, trigger: Span) -> list[Span]:
    """ "demanded that Peru withdraw", "insisted on its demand that the government resign":
    whom a request asks is the subject of the clause after "that" (unless an object
    names the addressee before it: "urged Iran that ...")."""
    that = _request_clause(s, trigger)
    if that is None or any(trigger.end <= e.start < s.starts[that] and e.attrs.get("code") for e in s.entities):
        return []
    after = [e for e in s.entities if e.start > s.starts[that] and e not in s.sources]
    if not after or s.token_gap(s.ends[that], after[0].start) > 1 or not after[0].attrs.get("code"):
        return []
    return s.coordinated_after(after)


def requested_content(s: SentenceView, trigger: Span) -> bool:
    """Whether the trigger tells what an earlier request of the sentence asks for
    ("withdraw" in "demanded that Peru withdraw", "resign" in "demanded the minister
    resign", "release" in "demanded the release of"): not an event of its own."""
    for event in s.events:
        asked = event.recipient[0].span if event.reasons.get("recipient") == REQUESTED else None
        if asked is not None and asked[1] <= trigger.start:
            between = s.words[s.token_index(asked[1]):trigger.attrs["first"]]
            if not any(w in s.vocab["clause_breaks"] or w in REQUEST_ENDS for w in between):
                return True
        if _bare_content(s, event, trigger) or _object_content(s, event, trigger):
            return True
    return False


def stopped_by(s: SentenceView, trigger: Span) -> Event | None:
    """The request, by a party of no country, that asks a party to stop the act the trigger
    names ("the minister insisted that Belgrade stop the attacks"): the act is going on and
    is told as an event of its own; a request by a state is coded alone."""
    if trigger.attrs["type"] not in ONGOING_TYPES:
        return None
    k = trigger.attrs["first"] - 1
    k -= k > 0 and s.words[k] in s.vocab["determiners"]
    if k < 0 or s.words[k] not in s.vocab["cessation_verbs"]:
        return None
    return next((e for e in reversed(s.events) if e.type == "REQUEST" and e.trigger_span is not None
                 and e.trigger_span[0] < trigger.start and any(r.code for r in e.recipient)
                 and not any(a.code for a in e.actor)), None)


def _object_content(s: SentenceView, request: Event, trigger: Span) -> bool:
    """ "demanded the release of 500 prisoners", "called for an end to the attacks": the act
    a request names as its object, a few words after it with no party or new clause between."""
    if request.type != "REQUEST" or request.trigger_span is None or request.trigger_span[1] > trigger.start:
        return False
    stops = s.vocab["request_stops"]
    between = s.words[s.token_index(request.trigger_span[1]):trigger.attrs["first"]]
    return len(between) <= OBJECT_GAP and not any(w in stops or w in REQUEST_ENDS for w in between) and not any(
        request.trigger_span[1] <= e.start < trigger.start and e.attrs.get("code") for e in s.entities)


def _bare_content(s: SentenceView, request: Event, trigger: Span) -> bool:
    """ "demanded the minister resign", "only if Israel agreed": a verb right after the
    party a request asks."""
    return request.type == "REQUEST" and trigger.attrs["frame"] == "verb" and any(
        r.span and r.span[1] <= trigger.start and s.token_gap(r.span[1], trigger.start) == 0
        for r in request.recipient)


def _request_clause(s: SentenceView, trigger: Span) -> int | None:
    """Index of the "that" opening the clause a request asks for, or None; it may be one
    of the trigger's own words ("insisted that Israel withdraw")."""
    first, last = trigger.attrs["first"], trigger.attrs["last"]
    for k in range(first + 1, min(last + REQUEST_GAP + 1, len(s.words))):
        if s.words[k] in s.vocab["complementizers"]:
            return k
        if s.words[k] in s.vocab["clause_breaks"] or s.words[k] in REQUEST_ENDS:
            return None
    return None


def threatened_party(s: SentenceView, event: Event, trigger: Span) -> None:
    """ "Iran will quit the treaty if Western nations put pressure on it": a threat whose
    condition follows it is aimed at the subject of the condition."""
    if event.type != "THREATEN":
        return
    k = next((k for k in range(trigger.attrs["last"], len(s.words)) if s.words[k] in s.vocab["conditions"]), None)
    if k is None or k + 1 >= len(s.words):
        return
    after = [e for e in s.entities if e.start >= s.starts[k + 1] and e not in s.sources]
    if after and after[0].attrs.get("code") and s.token_gap(s.ends[k], after[0].start) <= 1:
        event.recipient = [s.entity(e) for e in s.coordinated_after(after)]
        event.reasons["recipient"] = "subject of the condition the threat sets"
