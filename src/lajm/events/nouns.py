"""The parties of an event noun: named with it ("vizita e Kurtit", "talks between A and
B", "an Israeli raid"), or the subject of the verb that performs it ("Spain announced a
ban") or of the clause it sets the scene of ("during a visit to Egypt, X said").
"""
from __future__ import annotations

from typing import Final

from lajm.events.sentence import SentenceView, any_starts
from lajm.model import Span

LIGHT_GAP: Final = 3       # words between a light verb ("held", "organizuan") and its event noun
POSSESSIVE: Final = {"'s", "’s", "#39;s"}
NOUN_REACH: Final = 6      # tokens between an event noun and the party it names
NOUN_CHARS: Final = 60     # characters between an event noun and the parties after it
# Events whose noun takes the city it is held in as a genitive.
VENUE_TYPES: Final = {"CONSULT", "AGREE", "PROTEST"}
RELATIVE_GAP: Final = 2    # words between an event noun and the relative after it ("vizitës zyrtare që")


def after_light_verb(s: SentenceView, trigger: Span) -> bool:
    """ "Spain announced a ban", "protestuesit organizuan një tubim"; the time and the
    place may stand between the verb and its object ("organizuan të shtunën në Prishtinë
    një protestë"): their words do not count."""
    first = trigger.attrs["first"]
    if not any_starts(s.words, s.affixes("light_verbs"), first):
        return False  # then no time or place before the noun needs reading
    # Near enough with every word counted, it is so with the adverbials left out: no times need reading.
    return _light_verb_before(s, first, set()) or _light_verb_before(s, first, _adverbial_words(s, trigger))


def _light_verb_before(s: SentenceView, first: int, uncounted: set[int]) -> bool:
    """Whether a light verb stands within LIGHT_GAP words before `first`, the words of
    `uncounted` not counted."""
    stems, counted = s.affixes("light_verbs"), 0
    for k in range(first - 1, -1, -1):
        if s.words[k].startswith(stems):
            return True
        counted += k not in uncounted
        if counted >= LIGHT_GAP:
            return False
    return False


def _adverbial_words(s: SentenceView, trigger: Span) -> set[int]:
    """Indexes of the words before the trigger in a time expression or a place phrase."""
    spans = [t for t in s.spans("time") if t.end <= trigger.start]
    spans += [e for e in s.entities if e.end <= trigger.start and s.is_place(e)]
    words = {k for x in spans for k in range(s.token_index(x.start), s.token_index(x.end - 1) + 1)}
    return words | {k - 1 for k in words if k > 0 and s.words[k - 1] in s.vocab["location_preps"]}


def noun_patient(s: SentenceView, trigger: Span) -> list[Span]:
    """ "bombardimi i Beogradit nga NATO", "the shelling of Kharkiv by Russia": with an
    agent after it, the party named in the noun's genitive underwent the act."""
    near = [e for e in s.entities if trigger.end <= e.start <= trigger.end + NOUN_CHARS]
    if not _agent_of_noun(s, trigger, near):
        return []
    owned = [e for e in near if e.attrs.get("genitive") and e.attrs.get("code") and not is_venue(trigger, e)]
    return owned[:1] if owned and s.token_gap(trigger.end, owned[0].start) <= 1 else []


def _agent_of_noun(s: SentenceView, trigger: Span, near: list[Span]) -> list[Span]:
    """The party after "nga"/"by" in the noun's reach, in its clause."""
    end = s.clause_end(trigger)
    agents = [e for e in near if e.attrs.get("prep") in s.vocab["agent_preps"] and e.start < end
              and e.attrs.get("code") and s.token_gap(trigger.end, e.start) <= NOUN_REACH]
    return s.coordinated_after([e for e in near if e.start >= agents[0].start]) if agents else []


def noun_actors(s: SentenceView, trigger: Span) -> list[Span]:
    """The parties of an event noun: "vizita e Kurtit", "talks between A and B", "a
    visit by X", or the adjective of a country next to it ("Israeli raid", "sulmet ruse");
    with an agent named, not the party in its genitive ("bombardimi i Beogradit nga NATO")."""
    first = trigger.attrs["first"]
    if first >= 2 and s.words[first - 1] in POSSESSIVE:  # "Ethiopia's invasion of Eritrea was condemned by X"
        owner = [e for e in s.entities if e.end == s.ends[first - 2]]
        if owner:
            return owner[:1]
    near = [e for e in s.entities if trigger.end <= e.start <= trigger.end + NOUN_CHARS]
    if noun_patient(s, trigger):
        return _agent_of_noun(s, trigger, near)
    doers = _doer_after(s, trigger, near)
    if doers:
        return doers
    marked = [e for e in near if e.attrs.get("genitive") and not _of_place_noun(s, trigger, e)
              and not is_venue(trigger, e)
              or e.attrs.get("prep") in s.vocab["noun_party_preps"]]
    if marked and s.token_gap(trigger.end, marked[0].start) <= NOUN_REACH:
        return s.coordinated_after([e for e in near if e.start >= marked[0].start])
    # "sulmet ruse"; in English a nationality after the noun's preposition names its target
    after = bool(s.pack.config.get("adjective_after_noun"))
    return [e for e in s.entities if e.attrs.get("kind") == "demonym"
            and (_touches(s, e, trigger) or after and _touches(s, trigger, e))][:1] \
        or _relative_performer(s, trigger)


def _doer_after(s: SentenceView, trigger: Span, near: list[Span]) -> list[Span]:
    """ "the withdrawal of Syrian troops": after the noun of an act done to no one, the
    party its "of" phrase names (an article may stand between) is who does it."""
    last = trigger.attrs["last"]
    if s.words[last - 1] not in s.vocab["doer_nouns"] or last >= len(s.words) \
            or s.words[last] not in s.vocab["doer_preps"]:
        return []
    named = [e for e in near if e.attrs.get("code") and s.token_gap(s.ends[last], e.start) <= 1]
    return s.coordinated_after([e for e in near if e.start >= named[0].start]) if named else []


def _of_place_noun(s: SentenceView, trigger: Span, genitive: Span) -> bool:
    """ "sulme në lindje të Ukrainës": a genitive past a preposition of place and the common
    noun it takes names the place, not the noun's party ("vizita në Tiranë e Kurtit" keeps it)."""
    for k in range(trigger.attrs["last"], s.token_index(genitive.start) - 1):
        if s.words[k] in s.vocab["location_preps"] and s.doc.text[s.starts[k + 1]].islower():
            return True
    return False


def is_venue(trigger: Span, genitive: Span) -> bool:
    """ "takimi i Brukselit", "samiti i Parisit", "marrëveshja e Uashingtonit": a city
    after a meeting, a summit, an accord or a protest names where it was held."""
    return genitive.attrs.get("kind") == "capital" and trigger.attrs["type"] in VENUE_TYPES


def _relative_performer(s: SentenceView, trigger: Span) -> list[Span]:
    """ "vizita që zoti Rama bëri në Beograd", "the talks that Iran held": the subject of
    a relative clause whose light verb performs the noun."""
    last = trigger.attrs["last"]
    k = next((k for k in range(last, min(last + RELATIVE_GAP + 1, len(s.words)))
              if s.words[k] in s.vocab["relatives"]), None)
    if k is None:
        return []
    after = [e for e in s.entities if e.start >= s.ends[k]]
    if not after or s.token_gap(s.ends[k], after[0].start) > 1 or not after[0].attrs.get("code"):
        return []  # one word may stand between: an honorific ("që zoti Basha pati")
    j = s.token_index(after[0].end)
    return after[:1] if j < len(s.words) and s.words[j].startswith(s.affixes("light_verbs")) else []


def _touches(s: SentenceView, left: Span, right: Span) -> bool:
    """Whether `right` follows `left` with no word between ("Israeli  raid")."""
    return left.end <= right.start and s.token_gap(left.end, right.start) == 0


def in_scene(s: SentenceView, trigger: Span, own_party: bool) -> bool:
    """ "during a visit to Egypt", "gjatë vizitës": the noun frames the clause's action;
    so does one that names a party of its own right after a preposition ("pas takimit
    me Hotin, X tha", "X në takimin me Vuçiq ngriti ...")."""
    first, determiners = trigger.attrs["first"], s.vocab["determiners"]
    if any(s.words[k] in s.vocab["scene_preps"] and not (k and s.words[k - 1] in determiners)
           for k in range(max(0, first - 2), first)):  # "përvojë të gjatë në": "long", an adjective
        return True
    k = first - 1 - (first >= 2 and s.words[first - 1] in determiners)
    return own_party and k >= 0 and s.words[k] in s.vocab["prepositions"]


def scene_subject(s: SentenceView, trigger: Span) -> list[Span]:
    """The subject of the clause: before the scene, or right after the comma that closes
    it ("Gjatë takimit në Bruksel, kryeministri ngriti ..."); in a reported clause, its
    own ("X tha se Rama në takimin me Y ...")."""
    subjects = [e for e in s.entities if e.attrs.get("code") and not e.attrs.get("prep")
                and not e.attrs.get("genitive") and e.attrs.get("case") not in ("acc", "gda")]
    before = [e for e in subjects if e.end <= trigger.start]
    start = s.clause_start(trigger)
    if before:
        return [e for e in before if e.start >= start][:1] or before[:1]
    comma = next((k for k in range(trigger.attrs["last"], len(s.words)) if s.words[k] == ","), None)
    if comma is None:
        return []
    after = [e for e in subjects if e.start >= s.ends[comma]]
    return after[:1] if after and s.token_gap(s.ends[comma], after[0].start) <= 1 else []


def topic_gerund(s: SentenceView, trigger: Span) -> bool:
    """ "complained about Pakistani shelling", "protested over the shelling of its posts": an
    -ing form that a topic preposition governs names an act talked about, not one the
    clause's subject does; an article or an adjective of nationality may stand between."""
    if trigger.attrs["frame"] != "middle":
        return False
    demonyms = {k for e in s.entities if e.attrs.get("kind") == "demonym"
                for k in range(s.token_index(e.start), s.token_index(e.end - 1) + 1)}
    k = trigger.attrs["first"] - 1
    while k >= 0 and (s.words[k] in s.vocab["determiners"] or k in demonyms):
        k -= 1
    return k >= 0 and s.words[k] in s.vocab["topic_preps"]
