"""The circumstances of an event: according to whom, how sure (modality), where, when
and how many, each with the reason it was read; and a future attack read as a threat.
"""
from __future__ import annotations

from typing import Final

from lajm.annotate.quantities import quantity_kind
from lajm.events.places import fill_place
from lajm.events.sentence import SentenceView
from lajm.model import DateRange, Entity, Event, Quantity, Span, bisect_right

WHO_KINDS: Final = {None, "people", "troops"}  # a trigger's "killed", "arrested" says more
HEADING_KINDS: Final = {"people", "troops"}  # counts of a subject ("2,500 banorë"), not of things
MODALITY_RANK: Final = ("negated", "conditional", "future", "reported")
OPENING_QUOTES, CLOSING_QUOTES = "“«„", "”»"  # straight quotes " open and close alike
NEXT_GAP: Final = 2        # tokens between a "next" modality cue and its verb
# Cues whose verb's complement shares them: "is due to travel to X to visit Y and meet Z".
SCOPED_CUES: Final = {"future", "conditional"}
SCOPE_STOPS: Final = {",", ";", ":", "(", ")"}
QUANTITY_REACH: Final = 10  # tokens between a number and its trigger
LIST_GAP: Final = 4  # words between two listed counts: the noun of the first and "dhe" or a comma
REFUSALS: Final = {"REJECT", "COERCE", "THREATEN"}  # their own "not" is what they are ("did not rule out force")
# The PLOVER mode of a threat of each type of event to come.
# An attack or a sanction to come is a threat; a restriction to come is an announced
# policy, coded as the restriction ("do të ndalohet hyrja", "will close the border").
THREAT_MODES: Final = {"ASSAULT": "violence", "SANCTION": "relations"}
# A sanction announced for the future with no condition anywhere in its sentence is that
# sanction, to come ("will impose tariffs from Monday"); with one, a threat.
DECIDED_TYPES: Final = {"SANCTION"}
# A protest promised as the consequence of a condition ("nëse ..., do të hyjnë në grevë")
# threatens one; a protest planned ("do të protestojnë nesër") is coded as a protest to come.
CONDITIONAL_THREAT_MODES: Final = {"PROTEST": "dissent"}


def fill_circumstances(s: SentenceView, event: Event, trigger: Span) -> None:
    """Set the event's attribution, modality and location (its date and counts are read
    once it is known to be an event: `fill_date`, `fill_counts`)."""
    event.attribution, frame = _attribution(s, trigger)
    event.modality = _modality(s, trigger, event)
    fill_place(s, event, trigger)
    _explain(event, s.doc.slice(frame) if frame is not None else None)


def fill_date(s: SentenceView, event: Event, trigger: Span, modality: str) -> None:
    """The event's date, read as `modality` tells (a threat's as the act it announces)."""
    event.date = _date(s, trigger, modality)
    if event.date is not None:
        event.reasons["date"] = f"time expression nearest the trigger ({event.date.basis})"


def fill_counts(s: SentenceView, event: Event, trigger: Span) -> None:
    event.quantities = _quantities(s, trigger)
    if event.quantities:
        event.reasons["quantities"] = "number next to the trigger; kind from its noun or the trigger"


def denied(s: SentenceView, trigger: Span) -> bool:
    """The trigger stands inside a denial ("X denied that ...")."""
    return any(f.attrs["kind"] == "denial" and f.attrs["scope"][0] <= trigger.start < f.attrs["scope"][1]
               for f in s.frames)


def as_threat(s: SentenceView, event: Event, trigger: Span) -> None:
    """An attack announced for the future, a sanction on a condition, or a protest promised
    if a condition holds, is a threat (PLOVER)."""
    mode = THREAT_MODES.get(event.type) if event.modality in ("future", "conditional") else None
    if event.modality == "future" and event.type in DECIDED_TYPES and not _conditioned(s):
        mode = None
    if event.modality == "conditional" and event.type in CONDITIONAL_THREAT_MODES and _promised(s, trigger):
        mode = CONDITIONAL_THREAT_MODES[event.type]
    if mode is not None:
        event.recode(("THREATEN", mode, "130"), f"a {event.type.lower()} to come is a threat")
        event.modality = "asserted"


def _conditioned(s: SentenceView) -> bool:
    """A condition ("if", "nëse") stands somewhere in the sentence."""
    for cue in s.spans("modality"):
        if cue.attrs["value"] == "conditional" and cue.attrs["reach"] == "after":
            return True
    return False


def _promised(s: SentenceView, trigger: Span) -> bool:
    """The verb a future cue right before it binds: the consequence, not the condition."""
    return any(cue.attrs["value"] == "future" and _binds_next(s, cue, trigger)
               for cue in s.spans("modality"))


def _attribution(s: SentenceView, trigger: Span) -> tuple[Entity | None, Span | None]:
    """The source whose frame covers the trigger, and that frame's cue."""
    covering = [f for f in s.frames if f.attrs["source"] is not None and f.attrs["kind"] != "denial"
                and f.attrs["scope"][0] <= trigger.start < f.attrs["scope"][1]]
    covering.sort(key=lambda f: f.attrs["kind"] == "media")
    return (s.entity(covering[0].attrs["source"]), covering[0]) if covering else (None, None)


# -- modality -----------------------------------------------------------------------
def _modality(s: SentenceView, trigger: Span, event: Event) -> str:
    found = set()
    for cue in s.spans("modality"):
        value, reach = cue.attrs["value"], cue.attrs["reach"]
        if reach == "next" and _binds_next(s, cue, trigger):
            found.add(value)
        elif reach == "after" and cue.end <= trigger.start and not _quote_closes_between(s, cue, trigger):
            found.add(value)
        elif reach == "before" and trigger.attrs["frame"] == "noun" and (
                trigger.end <= cue.start or _right_after(s, cue, trigger)):
            found.add(value)  # "vizita ... po përgatitet", "do të mbahet takimi"
    if "conditional" in found and s.vocab["conditions"] and event.attribution is not None \
            and not _has_condition(s):
        found = (found - {"conditional"}) | {"future"}  # "said it would attack": reported future
    if event.type in REFUSALS and _negation_inside(s, trigger):  # "will not accept", "nuk e lejuan"
        found.discard("negated")
        if event.type == "REJECT":
            found.discard("future")  # a refusal stated now is asserted, whatever its tense
    if "reported" in found and event.attribution is not None:
        found.discard("reported")
    if event.type == "THREATEN":
        found &= {"negated"}
    return next((m for m in MODALITY_RANK if m in found), "asserted")


def _quote_closes_between(s: SentenceView, cue: Span, trigger: Span) -> bool:
    """ "“Nëse ..., do të ...”, tha X gjatë një vizite": a cue inside a quotation
    reaches no further than the quotation."""
    before = s.doc.text[s.sentence.start:cue.start]
    inside = sum(before.count(q) for q in OPENING_QUOTES) > sum(before.count(q) for q in CLOSING_QUOTES) \
        or before.count('"') % 2 == 1
    between = s.doc.text[cue.end:trigger.start]
    return inside and any(q in between for q in CLOSING_QUOTES + '"')


def _right_after(s: SentenceView, cue: Span, trigger: Span) -> bool:
    return cue.end <= trigger.start and s.token_gap(cue.end, trigger.start) <= NEXT_GAP


def _has_condition(s: SentenceView) -> bool:
    text = " " + " ".join(s.words) + " "
    return any(f" {c} " in text for c in s.vocab["conditions"])


def _negation_inside(s: SentenceView, trigger: Span) -> bool:
    return any(trigger.start <= c.start < trigger.end for c in s.spans("modality")
               if c.attrs["value"] == "negated")


def _binds_next(s: SentenceView, cue: Span, trigger: Span) -> bool:
    """A "next" cue binds the first trigger after it, within a couple of words, and a
    future or a condition also the verbs of its complement."""
    if not (cue.start < trigger.end and s.token_gap(cue.end, trigger.start) <= NEXT_GAP):
        return cue.attrs["value"] in SCOPED_CUES and _in_complement(s, cue, trigger)
    return not any(cue.start <= t.start < trigger.start for t in s.spans("trigger"))


def _in_complement(s: SentenceView, cue: Span, trigger: Span) -> bool:
    """ "will travel to Paris to meet X and discuss Y": an infinitive after "to" or a
    coordinator, in the cue's clause (a past form, "and attacked", starts its own)."""
    first = trigger.attrs["first"]
    if cue.end > trigger.start or first == 0 or s.words[first].endswith(s.affixes("participles")):
        return False
    if s.words[first - 1] not in s.vocab["complement_openers"]:
        return False
    stops = s.vocab["scope_stops"]
    return not any(w in SCOPE_STOPS or w in stops for w in s.words[s.token_index(cue.end):first])


# -- place, time, number --------------------------------------------------------------
def _date(s: SentenceView, trigger: Span, modality: str) -> DateRange | None:
    """The time nearest the trigger, but not one in a later clause ("although no decision is
    expected next year" dates no talks before it; a time opening the sentence dates all)."""
    times = [t for t in s.spans("time")
             if not _is_statement_time(s, t) and not _in_later_clause(s, t, trigger)]
    if not times:
        return None
    best = min(times, key=lambda t: abs(s.token_index(t.start) - trigger.attrs["first"]))
    a = best.attrs
    future = modality in ("future", "conditional") and a.get("future_start")
    return DateRange(text=s.doc.slice(best), start=a["future_start"] if future else a.get("start"),
                     end=a["future_end"] if future else a.get("end"),
                     precision=a.get("precision"), basis=a.get("basis", "text"), span=(best.start, best.end))


def _in_later_clause(s: SentenceView, time: Span, trigger: Span) -> bool:
    """Whether a clause break ("while", "although", ";") stands between the trigger and a time after it."""
    return time.start >= trigger.end \
        and bisect_right(s.break_ends, time.start) > bisect_right(s.break_ends, trigger.end)


def _is_statement_time(s: SentenceView, time: Span) -> bool:
    """A time right after a reporting verb or its speaker dates the statement."""
    for frame in s.frames:
        ends = [frame.end] + ([frame.attrs["source"].end] if frame.attrs["source"] is not None else [])
        if any(time.start >= end and s.token_gap(end, time.start) <= 1 for end in ends):
            return True
    return False


def _quantities(s: SentenceView, trigger: Span) -> list[Quantity]:
    """The number nearest the trigger; a count opening its clause ("Më shumë se 2,500
    banorë të ..., paraqitën") heads the subject, however long, and outranks numbers inside it."""
    counts = s.spans("quantity")
    first = trigger.attrs["first"]
    heading = _clause_count(s, trigger, counts)
    near = [q for q in counts if abs(s.token_index(q.start) - first) <= QUANTITY_REACH
            and (heading is None or q.start >= trigger.end)] + ([heading] if heading is not None else [])
    if not near:
        return []
    nearest = min(near, key=lambda q: abs(s.token_index(q.start) - first))
    said = quantity_kind(s.pack, s.doc.slice(trigger))
    return [_quantity(s, q, said) for q in _listed(s, nearest, counts)]


def _quantity(s: SentenceView, q: Span, said: str | None) -> Quantity:
    """The count, of the kind the trigger names ("arrestoi") when its own noun only says
    who was counted ("persona"), else of its noun's kind."""
    kind = said if said and q.attrs.get("kind") in WHO_KINDS else q.attrs.get("kind") or said or "other"
    return Quantity(kind=kind, value=q.attrs["value"], qualifier=q.attrs.get("qualifier") or "exact",
                    text=s.doc.slice(q), span=(q.start, q.end))


def _listed(s: SentenceView, first: Span, counts: list[Span]) -> list[Span]:
    """ "500 maska, 300 doreza dhe 20 kominoshe", "20 individë dhe 37 OJQ": the counts
    listed with the first one, each after a comma or a coordinator and the noun before."""
    listed = [first]
    for q in counts[counts.index(first) + 1:]:
        between = s.doc.text[listed[-1].end:q.start].lower().replace(",", " , ").split()
        joined = bool(between) and (between[-1] == "," or between[-1] in s.vocab["coordinators"])
        if not joined or len(between) > LIST_GAP \
                or any(w in s.vocab["clause_breaks"] or w in s.vocab["prepositions"] for w in between):
            break
        listed.append(q)
    return listed


def _clause_count(s: SentenceView, trigger: Span, counts: list[Span]) -> Span | None:
    """A count of people or troops that opens the trigger's clause, before the trigger."""
    start = s.clause_start(trigger)
    return next((q for q in counts if start <= q.start and q.end <= trigger.start
                 and s.token_gap(start, q.start) == 0 and q.attrs.get("kind") in HEADING_KINDS), None)


def _explain(event: Event, cue: str | None) -> None:
    """Say where the circumstances of an event came from."""
    reasons = event.reasons
    if cue:
        reasons["attribution"] = f"reporting frame '{cue}'"
    reasons["modality"] = f"cue in the sentence: {event.modality}" if event.modality != "asserted" \
        else "no hearsay, future, condition or negation cue binds the trigger"
    if event.location is not None:
        reasons["location"] = f"place named after a preposition of place: '{event.location.text}'"
