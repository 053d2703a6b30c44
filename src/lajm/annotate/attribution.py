"""Attribution frames: who the text says a claim comes from, read in the sentences
that state an event (a frame with nothing to attribute is not needed).

Each cue becomes a span labelled "attribution" with attrs:
    source  the entity span of the speaker (or None when the text names none)
    scope   (start, end) of the text the speaker vouches for
    kind    verb | prep | media (media sources yield to a named speaker) | gerund
            ("duke thënë se", "saying": the speaker is the main clause's subject) | denial
            ("mohoi se", "denied": what is denied is not coded as an event)
Frames, for a reporting verb:
    "X tha se ..."        source before the verb, scope after it
    "..., tha X"          source after the verb, scope before it
    "..., X said"         source before the verb, but preceded by a comma: scope before
                          (unless "se"/"that" follows: "Pas bisedimeve, SHBA-të thanë se")
For a preposition ("sipas X", "according to X") and a medium ("shkruan CNN") the scope
is the whole sentence.
"""
from __future__ import annotations

from typing import Final

from lajm.annotate.names import name_mask
from lajm.annotate.patterns import PatternSet, choose
from lajm.lang.base import LanguagePack
from lajm.model import Doc, Span, bisect_left
from lajm.pipeline import stage

CLAUSE_OPENERS: Final = {",", "“", "”", '"', "«", "»", "–", "—", "-", ":"}
REPORT_REACH: Final = 5  # words between a reporting verb and the "se"/"that" opening its report
NEAR: Final = 2
ADJECTIVES: Final = 2  # words between the article and the speaker it describes ("a senior Iranian diplomat")
APPOSED_START: Final = 2  # words before a name in apposition ("z. Y", "kreu i qeverisë")
NO_SPEAKER_KINDS: Final = {"demonym", "region", "media"}  # "Prizren: ..." is a dateline, "CNN: ...?" asks


@stage("attribution")
def make_attribution(pack: LanguagePack):
    cues = PatternSet([(r["cue"], r["kind"]) for r in pack.table("attribution")])
    words = {k: set(pack.words(k)) for k in
             ("pronouns", "complementizers", "prepositions", "determiners", "coordinators", "relatives")}
    words["asides"] = set(pack.words("asides"))
    aside_size = max((len(a.split()) for a in words["asides"]), default=0)

    openers = set(pack.words("report_openers"))

    def attribution(doc: Doc) -> Doc:
        found = []
        for sentence in with_reports_after(doc, doc.sentences_with("trigger"), openers):
            found.extend(_Frames(doc, sentence, words, aside_size).spans(cues))
        doc.spans["attribution"] = found
        return doc
    return attribution


def with_reports_after(doc: Doc, chosen: list[Span], openers: set[str]) -> list[Span]:
    """The chosen sentences and, after one, a sentence opening with a word that may name
    its source ("Lajmin e ka konfirmuar X": kind "previous")."""
    if not openers:
        return chosen
    starts = doc.sentence_starts()
    numbers = {bisect_left(starts, s.start) + 1 for s in chosen}
    after = [doc.sentences[k] for k in sorted(numbers) if k < len(doc.sentences)
             and _first_word(doc, doc.sentences[k]) in openers]
    return sorted({s.start: s for s in chosen + after}.values(), key=lambda s: s.start)


def _first_word(doc: Doc, sentence: Span) -> str:
    words = doc.text[sentence.start:sentence.end].split(maxsplit=1)
    return words[0].lower() if words else ""


class _Frames:
    def __init__(self, doc: Doc, sentence: Span, words: dict[str, set[str]], aside_size: int):
        self.doc, self.sentence = doc, sentence
        self.pronouns, self.complementizers = words["pronouns"], words["complementizers"]
        self.preps, self.determiners = words["prepositions"], words["determiners"]
        self.coordinators = words["coordinators"]
        self.asides, self.relatives = words["asides"], words["relatives"]
        self.aside_size = aside_size  # words of the longest aside
        self.lo, self.hi = doc.token_range(sentence)
        self.starts, self.ends = doc.tokens.starts[self.lo:self.hi], doc.tokens.ends[self.lo:self.hi]
        self.words = doc.norms[self.lo:self.hi]
        self.entities = doc.spans_in("entity", sentence)
        self.times: dict[int, Span] | None = None  # by start, read when first asked for

    def spans(self, cues: PatternSet) -> list[Span]:
        out = []
        hits = cues.matches(self.words)
        if hits:  # the mask is made only where a cue stands
            hits = choose(hits, self.blocked())
        for i, j, kind in hits:
            start, end = self.starts[i], self.ends[j - 1]
            kind = kind if kind != "previous" or self.opens_sentence(i) else "verb"
            source, scope = self.frame(kind, i, j)
            out.append(Span(start, end, "attribution", {"source": source, "scope": scope, "kind": kind}))
        headline = self.headline()
        return out + [headline] if headline is not None else out

    def headline(self) -> Span | None:
        """ "Kurti: Serbia duhet të njohë Kosovën", an interview's "Thaçi: Nuk kemi ...":
        a party that opens the sentence, a colon right after it, speaks the rest."""
        first = self.entities[0] if self.entities else None
        if first is None or first.start != self.starts[0] or first.attrs.get("kind") in NO_SPEAKER_KINDS:
            return None
        k = bisect_left(self.starts, first.end)
        if k + 1 >= len(self.words) or self.words[k] != ":":
            return None
        return Span(self.starts[k], self.ends[k], "attribution",
                    {"source": first, "scope": (self.ends[k], self.sentence.end), "kind": "verb"})

    def opens_sentence(self, i: int) -> bool:
        """Whether token i opens a sentence that follows another."""
        return i == 0 and self.sentence.start > self.doc.sentences[0].start

    def previous_sentence(self) -> tuple[int, int]:
        k = next(n for n, s in enumerate(self.doc.sentences) if s.start == self.sentence.start)
        before = self.doc.sentences[k - 1]
        return before.start, before.end

    def blocked(self) -> list[bool]:
        """The tokens no cue is read on: those of a name; those inside a hearsay cue ("is
        said to", "thuhet se"), which report no speaker; and an event's own words and the
        token right after them, where a reporting verb reports nothing ("reaffirmed its
        support", "observed a general strike", "said X must") or is the event's object
        ("censored reports")."""
        blocked = name_mask(self.doc, self.lo, self.hi)
        hedges = [c for c in self.doc.spans_in("modality", self.sentence) if c.attrs["value"] == "reported"]
        _cover(blocked, self.starts, self.ends, hedges, 0)
        _cover(blocked, self.starts, self.ends, self.doc.spans_in("trigger", self.sentence), 1)
        return blocked

    def frame(self, kind: str, i: int, j: int) -> tuple[Span | None, tuple[int, int]]:
        whole = (self.sentence.start, self.sentence.end)
        after = (self.ends[j - 1], self.sentence.end)
        if kind == "gerund":  # "..., duke thënë se": the speaker is the main clause's subject
            return self.main_subject(i), after
        if kind == "denial":  # "X mohoi se ...": what is denied is not coded
            return self.entity_before(i), after
        if kind == "previous":  # "Lajmin e ka konfirmuar X": X vouches for the sentence before
            return self.speaker_after(j, kind), self.previous_sentence()
        if kind == "media":
            return self.entity_after(j) or self.entity_before(i), whole
        if kind != "verb":  # "sipas X", "sipas tij", "siç tha X"
            return self.speaker_after(j, kind), whole
        cue_start, cue_end = self.starts[i], self.ends[j - 1]
        followed = self.followed_by_report(j)
        if (i == 0 or self.words[i - 1] in CLAUSE_OPENERS) and not followed:
            subject = self.subject_past_aside(i, j)
            if subject is not None:
                return subject, (cue_end, self.sentence.end)
            return self.speaker_after(j, kind), (self.sentence.start, cue_start)
        before = self.entity_before(i)
        if before is None or before.attrs.get("genitive"):  # "X, kreu i qeverisë, tha"
            before = self.clause_subject(i) or before
        if before is not None and self.opens_clause(before) and not followed \
                and not (j < len(self.words) and self.opens_report(j)):
            return before, (self.sentence.start, before.start)
        return before, (cue_end, self.sentence.end)

    def subject_past_aside(self, i: int, j: int) -> Span | None:
        """ "X, speaking in Geneva, said Moscow had ...": a verb after a comma that closes
        an aside, followed by a report rather than by its speaker, belongs to the subject
        before the aside."""
        if i == 0 or j >= len(self.words) or not self.opens_report(j):
            return None
        return self.clause_subject(i)

    def followed_by_report(self, j: int) -> bool:
        """ "tha se", "ka thënë në një intervistë se", "said in a statement that": a
        complementizer opens the report within a few words of the verb, or ends the cue
        ("ka thënë se")."""
        for k in range(j - 1, min(j + REPORT_REACH, len(self.words))):
            if self.words[k] in self.complementizers:
                return True
            if self.words[k] in CLAUSE_OPENERS:
                return False
        return False

    def opens_report(self, j: int) -> bool:
        """ "X said Russia had agreed": a clause, not a time, a place or the addressee
        alone (", X told parliament."), follows the verb."""
        j = self.past_time(j)  # "X said today Russia had agreed": the report after the time
        if j >= len(self.words):
            return False
        word = self.words[j]
        if not word.isalpha() or word in self.preps:
            return False
        if word in self.determiners and j + 1 < len(self.words):
            j += 1  # ", X told the Arab League on Monday": the addressee after its article
        start = self.starts[j]
        addressee = next((e for e in self.entities if e.start == start), None)
        if addressee is not None:
            k = bisect_left(self.starts, addressee.end)
            return k < len(self.words) and self.words[k].isalpha() and self.words[k] not in self.preps
        return True

    def past_time(self, j: int) -> int:
        """The token after a time phrase that starts at token j, or j when none does."""
        time = self.time_at(self.starts[j] if j < len(self.words) else self.sentence.end)
        if time is None:
            return j
        return bisect_left(self.starts, time.end)

    def time_at(self, start: int) -> Span | None:
        if self.times is None:
            self.times = {t.start: t for t in self.doc.spans_in("time", self.sentence)}
        return self.times.get(start)

    def main_subject(self, i: int) -> Span | None:
        cue = self.starts[i]
        found = [e for e in self.entities if e.end <= cue and not e.attrs.get("prep") and not e.attrs.get("genitive")]
        return found[0] if found else None

    def entity_after(self, j: int) -> Span | None:
        """The speaker right after the cue, past a time phrase ("tha të martën një zyrtar"),
        before any comma ("Siç ka shkruar Z, X ..." names no speaker Z knows)."""
        start = self.starts[j] if j < len(self.words) else self.sentence.end
        j = self.past_time(j)
        last = min(j + NEAR, len(self.words) - 1)
        stop = next((k for k in range(j, last + 1) if self.words[k] in CLAUSE_OPENERS), None)
        limit = self.starts[stop] if stop is not None else self.ends[last] if self.words else 0
        return next((e for e in self.entities if start <= e.start < limit), None)

    def clause_subject(self, i: int) -> Span | None:
        """ "The Red Cross operating in Iraq said": with no speaker right before the verb,
        the subject of its clause, if only asides stand between them. A verb after
        "and" ("X praised Y and said") shares the subject of the verb before it instead."""
        subject = self.main_subject(i)
        if subject is None or self.words[i - 1] in self.coordinators:
            return None
        k = bisect_left(self.starts, subject.end)
        return subject if self.only_asides(k, i) else None

    def only_asides(self, k: int, i: int) -> bool:
        """Whether words k..i hold no comma or quote, or open with a comma and hold only
        comma-enclosed asides ("X, të dielën, përmes Facebookut ka bërë të ditur")."""
        if not any(w in CLAUSE_OPENERS for w in self.words[k:i]):
            return True
        if self.words[k] != ",":
            return False
        commas = [n for n in range(k, i) if self.words[n] == ","]
        pieces = zip(commas, commas[1:] + [i])
        return all(self.aside(a + 1, b, closed=b < i) for a, b in pieces if b > a + 1)

    def aside(self, a: int, b: int, closed: bool) -> bool:
        """Whether words a..b are one aside: no quote or dash inside, and a time or an
        aside word ("përmes", "gjatë", "duke") at its start; a name in apposition ("X,
        z. Y, tha", "X, kreu i qeverisë, tha"); or a relative clause closed by a comma
        ("X, i cili ..., tha": unclosed, the verb is the relative clause's own)."""
        if any(w in CLAUSE_OPENERS for w in self.words[a:b]):
            return False
        third, end = self.starts[min(a + APPOSED_START, b - 1)], self.ends[b - 1]
        if any(e.end == end and self.starts[a] <= e.start <= third for e in self.entities):
            return True
        if any(" ".join(self.words[a:a + n]) in self.asides for n in range(1, self.aside_size + 1)):
            return True
        if closed and self.relatives.intersection(self.words[a:a + 2]):  # "që", "i cili"
            return True
        return self.time_at(self.starts[a]) is not None

    def entity_before(self, i: int) -> Span | None:
        cue = self.starts[i]
        near = self.starts[max(0, i - NEAR - 1)]
        found = [e for e in self.entities if e.end <= cue and e.end >= near and not e.attrs.get("prep")]
        return found[-1] if found else None

    def opens_clause(self, entity: Span) -> bool:
        """Whether a comma or quote, at most an article and a few adjectives ("..., a senior
        Iranian diplomat said") before the entity."""
        k = bisect_left(self.starts, entity.start)
        k = (k if k < len(self.starts) and self.starts[k] == entity.start else 0) - 1
        for _ in range(ADJECTIVES):
            if k >= 0 and self.words[k].isalpha() and self.words[k] not in self.preps \
                    and self.words[k] not in self.coordinators and self.words[k] not in self.determiners:
                k -= 1
        if k >= 0 and self.words[k] in self.determiners:
            k -= 1
        return k >= 0 and self.words[k] in CLAUSE_OPENERS

    def speaker_after(self, j: int, kind: str) -> Span | None:
        """The speaker named right after the cue, or the person a pronoun there stands for."""
        if j < len(self.words) and self.words[j] in self.pronouns:
            return self.antecedent(kind, j)
        return self.entity_after(j)

    def antecedent(self, kind: str, j: int) -> Span | None:
        """The person or office the pronoun at j stands for: the subject of the latest
        sentence that names one before it. After a verb ("..., tha ai") that may be this
        sentence's subject, reporting its own action; "sipas tij", "siç tha ai" vouch for
        the whole sentence, and one named in it is its actor: no second speaker then."""
        earlier = [e for e in self.doc.spans.get("entity", []) if e.end <= self.starts[j]
                   and e.attrs.get("kind") in ("person", "role") and _subject_like(e)]
        if not earlier:
            return None
        sentence = next(s for s in reversed(self.doc.sentences) if s.start <= earlier[-1].start)
        if kind != "verb" and sentence.start == self.sentence.start:
            return None
        return next(e for e in earlier if e.start >= sentence.start)


def _subject_like(entity: Span) -> bool:
    """Neither after a preposition, nor a genitive, dative or accusative."""
    attrs = entity.attrs
    return not (attrs.get("prep") or attrs.get("genitive") or attrs.get("case") in ("gda", "acc"))


def _cover(marks: list[bool], starts: list[int], ends: list[int], spans: list[Span], after: int) -> None:
    """Mark each token (its start and end offsets) that one of `spans` covers, and the
    `after` tokens that follow it."""
    for span in spans:
        for k in range(bisect_left(starts, span.start), len(starts)):
            if ends[k] > span.end:
                break
            for m in range(k, min(k + after + 1, len(marks))):
                marks[m] = True
