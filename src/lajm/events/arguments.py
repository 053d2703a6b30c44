"""Event arguments: who did it, to whom, where, when, how many, per whom, how sure.

One `_Sentence` reads a sentence's triggers against its entities, times, quantities,
attribution frames and modality cues, and turns each trigger into an Event whose
every field keeps its character span and the reason that produced it.
"""
from __future__ import annotations

import bisect
import re

from lajm import kb as knowledge
from lajm.annotate.quantities import quantity_kind
from lajm.lang.base import LanguagePack
from lajm.model import DateRange, Doc, Entity, Event, Place, Quantity, Span
from lajm.pipeline import stage

# Types whose verbs can be passive: the grammatical subject is then the recipient.
PASSIVE_TYPES = {"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "AID", "SUPPORT", "REJECT",
                 "THREATEN", "RETREAT"}
PLACE_KINDS = {"country", "capital", "region"}
OBLIQUE_CASES = {"acc", "gda"}
APPOSITION = re.compile(r",[^,.;]{0,60}")  # the opening of ", a close ally of X,"
# Types whose events, when no target is named, target the actor's own country
# (PLOVER codes a protest against, or an arrest by, a government as domestic).
DOMESTIC_TYPES = {"PROTEST", "COERCE"}
# Types whose events have a target even when no preposition marks it.
TARGETED_TYPES = {"AGREE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "ACCUSE", "COOPERATE",
                  "AID", "SANCTION"}
WHO_KINDS = {None, "people", "troops"}  # a trigger's "killed", "arrested" says more
NON_STATE = {"IGO", "EUR", "NGO", "MNC", "UNO"}  # no country to place an event in
MODALITY_RANK = ("negated", "conditional", "future", "reported")
NEXT_GAP = 2        # tokens between a "next" modality cue and its verb
QUANTITY_REACH = 10  # tokens between a number and its trigger
OBJECT_REACH = 8    # tokens between a verb and its bare object
LIGHT_GAP = 3       # words between a light verb ("held", "organizuan") and its event noun
POSSESSIVE = {"'s", "’s", "#39;s"}
POSSESSORS = {"his", "her", "its", "their", "e tij", "e saj", "i tij", "i saj", "të tij", "të saj"}
AGENT_CHARS = 60    # characters between a passive verb and its agent
AGENT_GAP = 3       # words between a passive verb and "nga"/"by"
AGENT_REACH = 5     # words between "nga"/"by" and the party it names
RELATIVE_REACH = 6  # words between a relative pronoun and its verb
CLAUSE_MARKS = {",", ";", ":"}
NOUN_REACH = 6      # tokens between an event noun and the party it names
SCENE_GAP = 3       # tokens between a bare event noun and the place or time it sets


@stage("arguments")
def make_arguments(pack: LanguagePack):
    words = {k: set(pack.words(k)) for k in (
        "coordinators", "passive_aux", "clause_breaks", "location_preps", "agent_preps", "pronouns",
        "complementizers", "between_preps", "relatives", "auxiliaries", "dative_endings",
        "progressive_endings", "light_verbs", "hazards", "conditions")}

    base = knowledge.load()

    def arguments(doc: Doc) -> Doc:
        doc.events = []
        for number, sentence in enumerate(doc.sentences):
            triggers = doc.spans_in("trigger", sentence)
            reader = _Sentence(doc, sentence, number, pack, words, base) if triggers else None
            for trigger in triggers:
                event = reader.event(trigger)
                if event is not None:
                    doc.events.append(event)
        return doc
    return arguments


class _Sentence:
    def __init__(self, doc: Doc, sentence: Span, number: int, pack: LanguagePack, words: dict, base):
        self.doc, self.sentence, self.number, self.pack, self.w = doc, sentence, number, pack, words
        self.tokens = doc.tokens_in(sentence)
        self.starts = [t.start for t in self.tokens]
        self.ends = [t.end for t in self.tokens]
        self.words = doc.norms_in(sentence)
        self.entities = doc.spans_in("entity", sentence)
        self.frames = doc.spans_in("attribution", sentence)
        # Speakers named at their cue are not the subjects of what they report; the
        # subject a gerund frame borrows ("X kritikoi ..., duke thënë se") still is.
        self.sources = [f.attrs["source"] for f in self.frames
                        if f.attrs.get("source") is not None and f.attrs["kind"] not in ("gerund", "denial")]
        self.events: list[Event] = []
        self.kb = base
        self.passive_endings = tuple(pack.words("passive_endings")) or ("\0",)

    # -- the event -------------------------------------------------------------
    def event(self, trigger: Span) -> Event | None:
        a = trigger.attrs
        event = Event(type=a["type"], mode=a["mode"], cameo=a["cameo"], trigger=self.doc.slice(trigger),
                      trigger_span=(trigger.start, trigger.end), sentence=self.number,
                      evidence=self.doc.slice(self.sentence))
        event.reasons["type"] = f"trigger lexicon: {a['pattern']}"
        if self.denied(trigger):
            return None
        self.participants(event, trigger)
        self.circumstances(event, trigger)
        if not event.actor and trigger.attrs["frame"] == "receive" and event.attribution is not None:
            event.actor = [event.attribution]
            event.reasons["actor"] = "the source of a receipt with no giver named"
        _as_threat(event)
        if not self.codable(event, trigger) or self.by_nature(event, trigger):
            return None
        self.events.append(event)
        return event

    def participants(self, event: Event, trigger: Span) -> None:
        frame = trigger.attrs["frame"]
        if frame == "noun":
            actors, why = self.noun_actors(trigger), "parties named with the noun"
            if not actors and self.after_light_verb(trigger):
                actors, why = self.verb_actors(trigger)[0], "subject of the verb that performs the noun"
            recipients = self.recipients(trigger)
        elif frame == "receive" or self.is_passive(trigger):
            actors, why = self.agent_after(trigger), "agent after the passive verb"
            recipients = self.subject(trigger) or self.pronoun_before(trigger)
            event.reasons["recipient"] = "subject of the passive verb"
        else:
            actors, why = self.verb_actors(trigger)
            recipients = self.recipients(trigger)
        event.reasons.setdefault("recipient", f"marked by {', '.join(trigger.attrs['recipient']) or '-'}")
        if not recipients and frame != "receive" and trigger.attrs["type"] in TARGETED_TYPES:
            recipients = self.first_participant_after(trigger, actors)
            event.reasons["recipient"] = "first named participant after the verb in its clause"
        event.actor = [self.entity(e) for e in actors]
        event.recipient = [self.entity(e) for e in recipients if e not in actors]
        if not event.recipient and event.type in DOMESTIC_TYPES:
            event.recipient = self.at_home(event.actor)
            event.reasons["recipient"] = "implied: a protest, arrest or trial at home targets its own country"
        if actors:
            event.reasons["actor"] = why

    def circumstances(self, event: Event, trigger: Span) -> None:
        event.attribution, frame = self.attribution(trigger)
        event.modality = self.modality(trigger, event)
        event.location = self.location(trigger)
        if event.location is not None and event.location.code:
            _placed(event, event.location.code)
        event.date = self.date(trigger, event.modality)
        event.quantities = self.quantities(trigger)
        _explain(event, frame and self.doc.slice(frame))

    def codable(self, event: Event, trigger: Span) -> bool:
        coded = any(e.code for e in event.actor + event.recipient)
        if trigger.attrs["frame"] == "noun":
            return coded or self.sets_scene(event, trigger)
        return coded

    def by_nature(self, event: Event, trigger: Span) -> bool:
        """ "Floods killed 40 people": a hazard, not an actor, did it."""
        if any(a.code for a in event.actor):
            return False
        start = self.clause_start(trigger)
        return any(w.startswith(tuple(self.w["hazards"]) or ("\0",))
                   for t, w in zip(self.tokens, self.words) if start <= t.start < trigger.start)

    def sets_scene(self, event: Event, trigger: Span) -> bool:
        """A bare noun ("bisedimeve") is an event when a place or time follows it closely."""
        spans = [x.span for x in (event.location, event.date) if x is not None]
        return any(start >= trigger.end and self.token_gap(trigger.end, start) <= SCENE_GAP for start, _ in spans)

    # -- actors -------------------------------------------------------------------
    def verb_actors(self, trigger: Span) -> tuple[list[Span], str]:
        previous = self.events[-1] if self.events else None
        if previous and previous.actor and self.is_coordinated_verb(trigger):
            return self.spans_of(previous.actor), "subject of the verb it is coordinated with"
        subject = self.subject(trigger)
        if subject:
            return subject, "subject before the verb"
        speaker = self.speaker_before(trigger)
        if speaker is not None:
            return [speaker], "speaker reporting their own action"
        pronoun = self.pronoun_subject(trigger)
        if pronoun:
            return pronoun, "the person a pronoun subject stands for"
        if previous and previous.actor and previous.trigger_span[1] >= self.clause_start(trigger):
            return self.spans_of(previous.actor), "subject of the previous verb"
        if not self.pack.config.get("subject_after_verb"):
            return [], ""
        after = [e for e in self.entities if e.start >= trigger.end and self.is_subject_like(e)
                 and e not in self.sources and e.attrs.get("code")]
        return after[:1], "subject after the verb"

    def is_coordinated_verb(self, trigger: Span) -> bool:
        """ "raided the embassy and arrested X": "and" before the verb, after its sister."""
        first = trigger.attrs["first"]
        k = first - 1
        while k >= 0 and self.words[k] in self.w["passive_aux"] | self.w["auxiliaries"]:
            k -= 1
        return k >= 0 and self.words[k] in self.w["coordinators"] and bool(self.events)

    def subject(self, trigger: Span) -> list[Span]:
        relative = self.relative_before(trigger)
        if relative is not None:
            return self.relative_subject(relative, trigger)
        start = self.clause_start(trigger)
        before = [e for e in self.entities if start <= e.start and e.end <= trigger.start
                  and self.is_subject_like(e) and e not in self.sources]
        before = [e for e in before if not self.in_apposition(e, trigger)]
        return self.coordinated(before[-1], before) if before else []

    def relative_before(self, trigger: Span) -> int | None:
        """Index of a relative pronoun opening the trigger's clause ("the group that killed")."""
        first = trigger.attrs["first"]
        for k in range(first - 1, max(-1, first - RELATIVE_REACH), -1):
            if self.words[k] in self.w["relatives"]:
                return k
            if self.words[k] in CLAUSE_MARKS:
                return None
        return None

    def relative_subject(self, k: int, trigger: Span) -> list[Span]:
        """Inside a relative clause the subject follows the pronoun ("që Koreja e Veriut
        ka dërguar") or is the noun the pronoun stands for, right before it."""
        pronoun = self.tokens[k]
        inside = [e for e in self.entities if pronoun.end <= e.start and e.end <= trigger.start
                  and self.is_subject_like(e)]
        if inside:
            return inside[-1:]
        before = [e for e in self.entities if e.end <= pronoun.start and self.token_gap(e.end, pronoun.start) <= 1]
        return before[-1:]

    def in_apposition(self, entity: Span, trigger: Span) -> bool:
        """Inside ", ... ," between the subject and its verb ("Pakistan, a U.S. ally, refused")."""
        before = self.doc.text[self.sentence.start:entity.start]
        after = self.doc.text[entity.end:trigger.start]
        opened = before.rfind(",")
        return opened > 0 and "," in after and before[opened:].count(",") == 1 \
            and APPOSITION.fullmatch(before[opened:]) is not None

    def is_subject_like(self, entity: Span) -> bool:
        """No preposition, no linking article, and not in an oblique case form ("Kosovën")."""
        a = entity.attrs
        return not a.get("prep") and not a.get("genitive") and a.get("case") not in OBLIQUE_CASES

    def coordinated(self, last: Span, pool: list[Span]) -> list[Span]:
        """The phrases joined to `last` before it by "dhe", "and" or a comma."""
        group = [last]
        for other in reversed(pool[:pool.index(last)]):
            if not self.joined(other, group[0]):
                break
            group.insert(0, other)
        return group

    def joined(self, left: Span, right: Span) -> bool:
        """ "A dhe B", "A, B", "A and his B": a coordinator or a comma between them."""
        between = self.doc.text[left.end:right.start]
        words = between.strip(" ,").lower()
        if not words:
            return "," in between
        first, *rest = words.split(maxsplit=1)
        return words in self.w["coordinators"] or (first in self.w["coordinators"] and rest[0] in POSSESSORS) \
            if rest else words in self.w["coordinators"]

    def clause_start(self, trigger: Span) -> int:
        start = self.sentence.start
        for frame in self.frames:
            if frame.attrs["kind"] == "verb" and frame.end <= trigger.start and frame.attrs["scope"][0] >= frame.start:
                start = max(start, frame.end)
        for token, word in zip(self.tokens, self.words):
            if word in self.w["clause_breaks"] and token.end <= trigger.start:
                start = max(start, token.end)
        return start

    def clause_end(self, trigger: Span) -> int:
        """Where the clause of the trigger ends: a clause break, or "dhe se" / "and that"."""
        last = trigger.attrs["last"]
        for k in range(last, len(self.words)):
            word = self.words[k]
            if word in self.w["clause_breaks"] or (
                    word in self.w["complementizers"] and k > 0
                    and (self.words[k - 1] in self.w["coordinators"] or self.words[k - 1] == ",")):
                return self.tokens[k].start
        return self.sentence.end

    def speaker_before(self, trigger: Span) -> Span | None:
        for frame in self.frames:
            source, (start, end) = frame.attrs["source"], frame.attrs["scope"]
            if source is not None and source.end <= frame.start <= start <= trigger.start < end:
                return source
        return None

    def after_light_verb(self, trigger: Span) -> bool:
        """ "Italy announced a suspension", "protestuesit organizuan një tubim"."""
        first = trigger.attrs["first"]
        stems = tuple(self.w["light_verbs"]) or ("\0",)
        return any(self.words[k].startswith(stems) for k in range(max(0, first - LIGHT_GAP), first))

    def noun_actors(self, trigger: Span) -> list[Span]:
        """The parties of an event noun: "vizita e Kurtit", "talks between A and B", "a
        visit by X", or the adjective of a country next to it ("Israeli raid", "sulmet ruse")."""
        near = [e for e in self.entities if trigger.end <= e.start <= trigger.end + 60]
        marked = [e for e in near if e.attrs.get("genitive")
                  or e.attrs.get("prep") in self.w["agent_preps"] | self.w["between_preps"]]
        if marked and self.token_gap(trigger.end, marked[0].start) <= NOUN_REACH:
            return self.coordinated_after([e for e in near if e.start >= marked[0].start])
        first = trigger.attrs["first"]
        possessor = first >= 1 and self.words[first - 1] in POSSESSIVE
        return [e for e in self.entities
                if (e.attrs.get("kind") == "demonym" and (0 <= trigger.start - e.end <= 1 or 0 <= e.start - trigger.end <= 1))
                or (possessor and e.end == self.tokens[first - 2].end if first >= 2 else False)][:1]

    def agent_after(self, trigger: Span) -> list[Span]:
        """The passive's agent: the party after "nga"/"by", or a little further in
        ("nga një grup prej 30 serbësh")."""
        marked = [e for e in self.entities if trigger.end <= e.start <= trigger.end + AGENT_CHARS
                  and e.attrs.get("prep") in self.w["agent_preps"]]
        if marked:
            return self.coordinated_after(marked)
        last = trigger.attrs["last"]
        for k in range(last, min(last + AGENT_GAP, len(self.words))):
            if self.words[k] in self.w["agent_preps"]:
                start = self.tokens[k].end
                after = [e for e in self.entities if start <= e.start and e.attrs.get("code")
                         and self.token_gap(start, e.start) <= AGENT_REACH]
                return self.coordinated_after(after)
        return []

    def coordinated_after(self, after: list[Span]) -> list[Span]:
        if not after:
            return []
        group = [after[0]]
        for other in after[1:]:
            if not self.joined(group[-1], other):
                break
            group.append(other)
        return group

    def recipients(self, trigger: Span) -> list[Span]:
        markers = set(trigger.attrs["recipient"])
        inside = [e for e in self.entities if trigger.start < e.start and e.end <= trigger.end and e.attrs.get("code")]
        if inside and "obj" in markers:  # "released a CNN journalist", "dëboi ambasadorin rus"
            return inside[:1]
        end = self.clause_end(trigger)
        for e in self.entities:
            if e.start < trigger.end or e in self.sources or not e.attrs.get("code") or self.opens_clause(e):
                continue
            if e.start >= end:
                break
            prep = e.attrs.get("prep")
            if prep in markers or ("obj" in markers and not prep
                                   and self.token_gap(trigger.end, e.start) <= OBJECT_REACH):
                pool = [x for x in self.entities if x.start >= e.start and x not in self.sources]
                return self.coordinated_after(pool)
        return []

    def at_home(self, actors: list[Entity]) -> list[Entity]:
        """The country of the actors as an implied recipient (no words of its own)."""
        codes = {a.code for a in actors if a.code and a.code not in NON_STATE}
        if len(codes) != 1:
            return []
        code = codes.pop()
        return [Entity(text="", code=code, name=self.kb.country_name(code, "en"))]

    def first_participant_after(self, trigger: Span, actors: list[Span]) -> list[Span]:
        """ "agreed to set up a centre in Tokyo", "refused to deploy troops in Iraq": the
        party a verb's complement names is its recipient when no marker names one."""
        codes = {a.attrs.get("code") for a in actors}
        end = self.clause_end(trigger)
        for e in self.entities:
            if trigger.end <= e.start < end and e.attrs.get("code") and e not in self.sources \
                    and e.attrs["code"] not in codes and not self.is_place(e) and not self.opens_clause(e):
                return [e]
        return []

    def opens_clause(self, entity: Span) -> bool:
        """ "kërcënoi se Moska do të ...": right after "se"/"that" stands a new subject."""
        k = self.token_index(entity.start)
        return k > 0 and self.words[k - 1] in self.w["complementizers"]

    def is_place(self, entity: Span) -> bool:
        return entity.attrs.get("prep") in self.w["location_preps"] and entity.attrs.get("kind") in PLACE_KINDS

    def pronoun_subject(self, trigger: Span) -> list[Span]:
        """ "Ai i kërkoi Prishtinës": "ai" opening the clause is the last person named."""
        start = self.clause_start(trigger)
        words = [w for t, w in zip(self.tokens, self.words) if start <= t.start < trigger.start]
        if not words or words[0] not in self.w["pronouns"]:
            return []
        earlier = [e for e in self.doc.spans.get("entity", []) if e.end <= start
                   and e.attrs.get("code") and e.attrs.get("kind") in ("person", "role")]
        return earlier[-1:]

    def pronoun_before(self, trigger: Span) -> list[Span]:
        start = self.clause_start(trigger)
        if not any(w in self.w["pronouns"] for t, w in zip(self.tokens, self.words) if start <= t.start < trigger.start):
            return []
        earlier = [e for e in self.doc.events if e.actor and any(a.code for a in e.actor)]
        return self.spans_of(earlier[-1].actor) if earlier else []

    def is_passive(self, trigger: Span) -> bool:
        first, last = trigger.attrs["first"], trigger.attrs["last"] - 1
        if trigger.attrs["type"] not in PASSIVE_TYPES or trigger.attrs["frame"] == "middle":
            return False
        if self.words[last].endswith(tuple(self.w["dative_endings"]) or ("\0",)):
            return False  # "u dërgoi": "u" is "to them", the verb is active
        if self.words[first].endswith(tuple(self.w["progressive_endings"]) or ("\0",)):
            return False  # "is imposing": a progressive, not a passive
        return (self.words[first] in self.w["passive_aux"]
                or (first > 0 and self.words[first - 1] in self.w["passive_aux"])
                or self.words[last].endswith(self.passive_endings))

    # -- circumstances ------------------------------------------------------------
    def denied(self, trigger: Span) -> bool:
        return any(f.attrs["kind"] == "denial" and f.attrs["scope"][0] <= trigger.start < f.attrs["scope"][1]
                   for f in self.frames)

    def attribution(self, trigger: Span) -> tuple[Entity | None, Span | None]:
        """The source whose frame covers the trigger, and that frame's cue."""
        covering = [f for f in self.frames if f.attrs["source"] is not None and f.attrs["kind"] != "denial"
                    and f.attrs["scope"][0] <= trigger.start < f.attrs["scope"][1]]
        covering.sort(key=lambda f: f.attrs["kind"] == "media")
        return (self.entity(covering[0].attrs["source"]), covering[0]) if covering else (None, None)

    def modality(self, trigger: Span, event: Event) -> str:
        found = set()
        for cue in self.doc.spans_in("modality", self.sentence):
            value, reach = cue.attrs["value"], cue.attrs["reach"]
            if reach == "next" and self.binds_next(cue, trigger):
                found.add(value)
            elif reach == "after" and cue.end <= trigger.start:
                found.add(value)
            elif reach == "before" and trigger.end <= cue.start and trigger.attrs["frame"] == "noun":
                found.add(value)
        if "conditional" in found and self.w["conditions"] and event.attribution is not None \
                and not self.has_condition():
            found = (found - {"conditional"}) | {"future"}  # "said it would attack": reported future
        if event.type == "REJECT" and self.negation_inside(trigger):
            found.discard("negated")  # "will not accept": the refusal is the event
        if "reported" in found and event.attribution is not None:
            found.discard("reported")
        if event.type == "THREATEN":
            found &= {"negated"}
        return next((m for m in MODALITY_RANK if m in found), "asserted")

    def has_condition(self) -> bool:
        text = " " + " ".join(self.words) + " "
        return any(f" {c} " in text for c in self.w["conditions"])

    def negation_inside(self, trigger: Span) -> bool:
        return any(trigger.start <= c.start < trigger.end for c in self.doc.spans_in("modality", self.sentence)
                   if c.attrs["value"] == "negated")

    def binds_next(self, cue: Span, trigger: Span) -> bool:
        """A "next" cue binds the first trigger after it, within a couple of words."""
        if not (cue.start < trigger.end and self.token_gap(cue.end, trigger.start) <= NEXT_GAP):
            return False
        return not any(cue.start <= t.start < trigger.start for t in self.doc.spans_in("trigger", self.sentence))

    def location(self, trigger: Span) -> Place | None:
        for e in self.entities:
            if e.start >= trigger.end and e.attrs.get("prep") in self.w["location_preps"] \
                    and e.attrs.get("kind") in PLACE_KINDS:
                code = e.attrs["code"] if e.attrs["code"] not in NON_STATE else None
                return Place(text=self.doc.slice(e), code=code, span=(e.start, e.end))
        return None

    def date(self, trigger: Span, modality: str) -> DateRange | None:
        times = [t for t in self.doc.spans_in("time", self.sentence) if not self.is_statement_time(t)]
        if not times:
            return None
        best = min(times, key=lambda t: abs(self.token_index(t.start) - trigger.attrs["first"]))
        a = best.attrs
        future = modality in ("future", "conditional") and a.get("future_start")
        return DateRange(text=self.doc.slice(best), start=a["future_start"] if future else a.get("start"),
                         end=a["future_end"] if future else a.get("end"),
                         precision=a.get("precision"), basis=a.get("basis", "text"), span=(best.start, best.end))

    def is_statement_time(self, time: Span) -> bool:
        """A time right after a reporting verb or its speaker dates the statement."""
        for frame in self.frames:
            ends = [frame.end] + ([frame.attrs["source"].end] if frame.attrs["source"] is not None else [])
            if any(time.start >= end and self.token_gap(end, time.start) <= 1 for end in ends):
                return True
        return False

    def quantities(self, trigger: Span) -> list[Quantity]:
        first = trigger.attrs["first"]
        near = [q for q in self.doc.spans_in("quantity", self.sentence)
                if abs(self.token_index(q.start) - first) <= QUANTITY_REACH]
        if not near:
            return []
        q = min(near, key=lambda q: abs(self.token_index(q.start) - first))
        said = quantity_kind(self.pack, self.doc.slice(trigger))
        kind = said if said and q.attrs.get("kind") in WHO_KINDS else q.attrs.get("kind") or said or "other"
        return [Quantity(kind=kind, value=q.attrs["value"], qualifier=q.attrs.get("qualifier") or "exact",
                         text=self.doc.slice(q), span=(q.start, q.end))]

    # -- helpers ------------------------------------------------------------------
    def entity(self, span: Span) -> Entity:
        a = span.attrs
        return Entity(text=self.doc.slice(span), code=a.get("code"), sector=a.get("sector"),
                      name=a.get("name"), kb_id=a.get("kb_id"), span=(span.start, span.end))

    def spans_of(self, entities: list[Entity]) -> list[Span]:
        spans = {(s.start, s.end): s for s in self.doc.spans.get("entity", [])}
        return [spans[e.span] for e in entities if e.span in spans]

    def token_index(self, offset: int) -> int:
        """Index of the first token ending after `offset`."""
        return bisect.bisect_right(self.ends, offset)

    def token_gap(self, start: int, end: int) -> int:
        """How many tokens lie wholly between the offsets `start` and `end`."""
        if end <= start:
            return 0
        return max(0, bisect.bisect_right(self.ends, end) - bisect.bisect_left(self.starts, start))


def _placed(event: Event, code: str) -> None:
    """People of no stated country ("studentë dhe qytetarë protestuan në Beograd") are
    taken to be of the country where they act."""
    for entity in (*event.actor, *event.recipient):
        if entity.code is None and entity.sector is not None:
            entity.code = code
            event.reasons["actor"] = event.reasons.get("actor", "") + "; country from the event's place"


THREAT_MODES = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "relations"}


def _as_threat(event: Event) -> None:
    """A sanction, coercion or attack announced for the future is a threat (PLOVER)."""
    if event.type in THREAT_MODES and event.modality in ("future", "conditional"):
        event.reasons["type"] += f"; a {event.type.lower()} to come is a threat"
        event.type, event.mode, event.cameo = "THREATEN", THREAT_MODES[event.type], "130"
        event.modality = "asserted"


def _explain(event: Event, cue: str | None) -> None:
    """Say where the circumstances of an event came from."""
    reasons = event.reasons
    if cue:
        reasons["attribution"] = f"reporting frame '{cue}'"
    reasons["modality"] = f"cue in the sentence: {event.modality}" if event.modality != "asserted" \
        else "no hearsay, future, condition or negation cue binds the trigger"
    if event.location is not None:
        reasons["location"] = f"place named after a preposition of place: '{event.location.text}'"
    if event.date is not None:
        reasons["date"] = f"time expression nearest the trigger ({event.date.basis})"
    if event.quantities:
        reasons["quantities"] = "number next to the trigger; kind from its noun or the trigger"
