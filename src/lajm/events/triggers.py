"""Event triggers: the words that state an event, from the pack's trigger lexicon.

Each match is a span labelled "trigger" with attrs type, mode, cameo, frame,
recipient (the markers of the recipient), pattern (the lexicon entry) and the token
range. Not every match is an event:
- an entry of type "-" only claims its words ("i arrestuari" is the arrestee, not an
  arrest), so no shorter entry fires inside them;
- a verb that is the content of another verb ("ranë dakord të tërhiqnin", "agreed to
  stop", "ready to send") or of a purpose clause ("për të diskutuar") is not an event, nor
  is a verb coordinated with it ("aims to tighten sanctions and impose a blockade");
- an event noun after a demonstrative refers back ("në këtë takim", "this meeting"),
  and so does a verb of its type in its clause ("gjatë këtij takimi kanë biseduar");
  one after an accusation, praise or refusal in its clause is its topic ("dënoi sulmin",
  "blamed X for the recent cross-border attack"), and one right before a copula is what a
  judgement is about ("protesta është trysni", "the meeting was constructive").
"""
from __future__ import annotations

from typing import Final

from lajm.annotate.neighbours import Neighbours
from lajm.annotate.names import name_mask
from lajm.annotate.patterns import PatternSet, Prefilter
from lajm.annotate.scanning import lowered, read_toml
from lajm.lang.base import LanguagePack
from lajm.model import Doc, Span
from lajm.pipeline import stage

BLOCK: Final = "-"
# Verbs whose "to"/"të" complement states their content, not a further event.
CONTENT_TAKERS: Final = {"AGREE", "REQUEST", "REJECT", "THREATEN"}
# Verbs whose object noun is the topic they react to, not an event of its own.
TOPIC_TAKERS: Final = {"ACCUSE", "SUPPORT", "REJECT"}
CLAUSE_ENDS: Final = {",", ";", ".", ":"}
TOPIC_REACH: Final = 5  # words between a reacting verb and its topic noun ("blamed X for the recent cross-border attack")
SCHEDULE_WORDS: Final = 3  # words of the shortest future cue taken to schedule the verb after it
LABEL_REACH: Final = 5  # tokens between a naming verb and its label noun ("called the decision an attack")
# The pack's word lists whose words nearly every sentence holds: no sentence is taken
# as a candidate for an entry's function words alone ("ka", "të", "has", "to").
COMMON_WORDS: Final = ("auxiliaries", "passive_aux", "subjunctive", "future_particles", "prepositions",
                "linkers", "coordinators", "pronouns", "determiners", "complementizers")  # words (articles, clitics) between a reacting verb and its topic noun


def _weekdays(pack: LanguagePack) -> list:
    return read_toml(pack, "times").get("weekdays", [])


def _entry(row: dict[str, str]) -> dict:
    return {"type": row["type"], "mode": row["mode"] or None, "cameo": row["cameo"] or None,
            "frame": row["frame"], "pattern": row["pattern"],
            "recipient": [m for m in row["recipient"].split(",") if m]}


@stage("candidates")
def make_candidates(pack: LanguagePack):
    """The sentences that may state an event: those holding the rarer words of some
    trigger entry, and the neighbours their reading needs (neighbours.Neighbours). Only these
    are tokenised and read further; most news sentences state no event."""
    common = {word for key in COMMON_WORDS for word in pack.words(key)}
    prefilter = Prefilter((row["pattern"] for row in pack.table("triggers") if row["type"] != BLOCK), common)
    neighbours = Neighbours(pack)

    def candidates(doc: Doc) -> Doc:
        doc.spans["candidate"] = neighbours.of(doc, prefilter.spans(lowered(doc.text), doc.sentences))
        return doc
    return candidates


@stage("triggers")
def make_triggers(pack: LanguagePack):
    lexicon = PatternSet([(row["pattern"], _entry(row)) for row in pack.table("triggers")])
    rules = _Rules(pack)

    def triggers(doc: Doc) -> Doc:
        found = []
        for sentence in doc.spans.get("candidate", doc.sentences):
            found.extend(_sentence_triggers(doc, sentence, lexicon, rules))
        doc.spans["trigger"] = found
        return doc
    return triggers


def _sentence_triggers(doc: Doc, sentence: Span, lexicon: PatternSet, rules: _Rules) -> list[Span]:
    base, top = doc.token_range(sentence)
    words, starts, ends = doc.norms[base:top], doc.tokens.starts[base:top], doc.tokens.ends[base:top]
    times = _DayPositions(words, rules.days)
    # opened: a complement ("ranë dakord të ..."); content: the last verb read as content
    # recalled: the last event noun that refers back, with its type
    out, opened, content, last, recalled = [], None, None, None, None
    for i, j, entry in lexicon.find(words, name_mask(doc, base, top)):
        if entry["type"] == BLOCK:
            continue
        if rules.refers_back(words, i, entry):
            recalled = (j, entry["type"])
            continue
        if rules.retells(words, recalled, i, entry):
            continue
        if rules.is_content(words, i, entry, times) or rules.joins_content(words, content, i):
            content = i
            continue
        if rules.inside(words, opened, i) \
                or rules.is_topic(words, last, i, entry) or rules.is_attributive(words, i, j, entry) \
                or rules.is_label(words, i, entry) or rules.is_predicated(words, j, entry):
            continue
        if entry["type"] in CONTENT_TAKERS and rules.opens(words, j, times):
            opened = j
        out.append(Span(starts[i], ends[j - 1], "trigger", dict(entry, first=i, last=j)))
        last = (j, entry["type"])
    return out


class _Rules:
    def __init__(self, pack: LanguagePack):
        self.subjunctive = set(pack.words("subjunctive"))
        self.future = set(pack.words("future_particles"))
        self.participle = tuple(pack.words("participle_endings"))
        self.purpose = [p.split() for p in pack.words("purpose")]
        self.purpose_ends = {p[-1] for p in self.purpose}
        self.decisions = [p.split() for p in pack.words("decisions")]
        # "is due to", "kanë në plan të": a verb after a future cue is the event to come, not
        # content; two-word cues ("plan to") may be a noun's complement ("a plan to normalise").
        self.scheduled = [cue for cue in (row["cue"].split() for row in pack.table("modality")
                                          if row["value"] == "future")
                          if len(cue) >= SCHEDULE_WORDS and cue[-1] in self.subjunctive]
        self.demonstratives = set(pack.words("demonstratives"))
        self.participles = tuple(pack.words("participles"))
        self.determiners = set(pack.words("determiners"))
        self.adverbs = tuple(pack.words("adverb_endings"))
        self.naming = set(pack.words("naming_verbs"))
        self.prepositions = set(pack.words("prepositions"))
        self.coordinators = set(pack.words("coordinators"))
        self.auxiliaries = set(pack.words("auxiliaries"))
        self.topic_stops = CLAUSE_ENDS | self.coordinators | set(pack.words("complementizers")) \
            | set(pack.words("relatives"))
        # a comma may close a fronted scene ("Në këtë takim, ata biseduan"); a "." inside a
        # sentence is an abbreviation's ("z.Hyseni")
        self.retell_stops = {";", ":"} | set(pack.words("clause_breaks")) | set(pack.words("complementizers")) \
            | set(pack.words("relatives"))
        # a copula: a passive auxiliary that is a form of "to be", not the clitic-like "u"
        # ("protesta është trysni", "the talks were useful")
        self.copulas = set(pack.words("passive_aux")) - set(pack.words("dative_clitics")) \
            - set(pack.words("passive_clitics"))
        # after a copula, these make a passive or a progressive: the event itself ("është mbajtur",
        # "është duke vazhduar", "is continuing")
        self.verb_forms = tuple(pack.words("participles") + pack.words("participle_endings")
                                + pack.words("progressive_endings"))
        self.gerund_markers = set(pack.words("gerund_markers"))
        self.days = {form.lower() for day in _weekdays(pack) for form in ([day] if isinstance(day, str) else day)}

    def opens(self, words: list[str], j: int, days: _DayPositions) -> bool:
        """Whether a complement opens at the end of an entry: "agreed to ...", "ready to ...",
        "agreed on Tuesday to ..." (a day named between)."""
        times = days.positions()
        while j in times:
            j += 2
        if j < len(words) and words[j] in self.subjunctive and j not in times:
            return True
        return words[j - 1] in self.subjunctive and j - 1 not in times

    def inside(self, words: list[str], opened: int | None, i: int) -> bool:
        """Whether word i lies in an open complement, with no comma or stop before it."""
        if opened is None or any(w in CLAUSE_ENDS for w in words[opened:i]):
            return False
        return not self.is_finite(words, i)

    def joins_content(self, words: list[str], content: int | None, i: int) -> bool:
        """ "aims to tighten sanctions and impose a blockade": a verb a coordinator joins to
        the content of another verb, in its clause, is content too."""
        return content is not None and words[i - 1] in self.coordinators \
            and not any(w in CLAUSE_ENDS for w in words[content:i]) and not self.is_finite(words, i)

    def is_finite(self, words: list[str], i: int) -> bool:
        """ "and released", "has already beheaded": a past form after a coordinator or an
        auxiliary is a verb of its own clause, not of a complement."""
        return bool(self.participles) and words[i].endswith(self.participles) \
            and (words[i - 1] in self.coordinators or words[i - 1] in self.auxiliaries)

    def refers_back(self, words: list[str], i: int, entry: dict) -> bool:
        return entry["frame"] == "noun" and i > 0 and words[i - 1] in self.demonstratives

    def retells(self, words: list[str], recalled: tuple[int, str] | None, i: int, entry: dict) -> bool:
        """ "Gjatë këtij takimi me X kanë biseduar për ...", "at this meeting they discussed":
        a verb of the type of an event noun that refers back, in its clause, tells that
        event again."""
        return recalled is not None and entry["type"] == recalled[1] and entry["frame"] != "noun" \
            and 0 <= i - recalled[0] and not any(w in self.retell_stops for w in words[recalled[0]:i])

    def is_topic(self, words: list[str], last: tuple[int, str] | None, i: int, entry: dict) -> bool:
        """An event noun in the object of a reacting verb, with no clause or coordinator between."""
        return entry["frame"] == "noun" and last is not None and last[1] in TOPIC_TAKERS \
            and 0 <= i - last[0] <= TOPIC_REACH and not any(w in self.topic_stops for w in words[last[0]:i])

    def is_label(self, words: list[str], i: int, entry: dict) -> bool:
        """ "e quajti ligjin “sulm ndaj pakicës”", "called the ban an attack": an event
        noun a naming verb before it in its clause gives as a label is no event ("called
        for talks" is a request)."""
        if entry["frame"] != "noun":
            return False
        for k in range(i - 1, max(-1, i - 1 - LABEL_REACH), -1):
            if words[k] in CLAUSE_ENDS:
                return False
            if words[k] in self.naming:
                return words[k + 1] not in self.prepositions
        return False

    def is_predicated(self, words: list[str], j: int, entry: dict) -> bool:
        """ "protesta është trysni mbi gjykatën", "the meeting was constructive": an event
        noun right before a copula and no verb form is what a judgement is about, not a
        scene ("takimi është mbajtur dje" is the meeting held)."""
        return entry["frame"] == "noun" and j + 1 < len(words) and words[j] in self.copulas \
            and not words[j + 1].endswith(self.verb_forms) and words[j + 1] not in self.gerund_markers

    def is_attributive(self, words: list[str], i: int, j: int, entry: dict) -> bool:
        """ "a widely opposed change", "the much praised plan": a reacting participle
        between an article (and an adverb) and its noun describes the noun."""
        if entry["type"] not in TOPIC_TAKERS or entry["frame"] != "verb" or j - i != 1 \
                or not self.participles or not words[i].endswith(self.participles):
            return False
        k = i - 1 - (i >= 2 and bool(self.adverbs) and words[i - 1].endswith(self.adverbs))
        return k >= 0 and words[k] in self.determiners

    def decided(self, words: list[str], i: int, times: set[int]) -> bool:
        """ "decided to close", "voted on Tuesday to suspend": the verb a decision takes."""
        kept = _without_days(words[:i], times)
        return _ends_with_any(kept, len(kept), self.decisions)

    def is_content(self, words: list[str], i: int, entry: dict, times: _DayPositions) -> bool:
        if entry["frame"] == "noun" or i == 0:
            return False
        if words[i - 1] in self.purpose_ends and _ends_with_any(words, i, self.purpose):
            return True
        if words[i - 1] not in self.subjunctive or i - 1 in times.positions():  # "të mërkurën" is a day
            return False
        if _ends_with_any(words, i, self.scheduled) or self.decided(words, i, times.positions()):
            return False
        if i >= 2 and words[i - 2] in self.future:
            return False
        return not (self.participle and words[i].endswith(self.participle))


class _DayPositions:
    """The words before a day's name in a sentence, found when first asked for: few of
    the entries read there ask."""

    def __init__(self, words: list[str], days: set[str]):
        self.words, self.days = words, days
        self.found: set[int] | None = None

    def positions(self) -> set[int]:
        if self.found is None:
            self.found = _day_positions(self.words, self.days)
        return self.found


def _day_positions(words: list[str], days: set[str]) -> set[int]:
    """The words before a day's name ("të mërkurën", "on Tuesday"). Most sentences name
    none, which one look-up of all their words at C speed tells."""
    if days.isdisjoint(words):
        return set()
    return {k for k in range(len(words) - 1) if words[k + 1] in days}


def _without_days(words: list[str], times: set[int]) -> list[str]:
    """The words with each day named after a preposition left out ("voted on Tuesday to")."""
    return [w for k, w in enumerate(words) if k not in times and k - 1 not in times]


def _ends_with_any(words: list[str], i: int, phrases: list[list[str]]) -> bool:
    """Whether one of `phrases` ends right before words[i]."""
    for phrase in phrases:
        if words[max(0, i - len(phrase)):i] == phrase:
            return True
    return False
