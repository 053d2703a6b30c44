"""A view of one sentence for the argument readers: its tokens, words, entities,
attribution frames and sources, with offsets turned into token positions, clause
bounds, and the phrases coordinated with one another; with the kinds of party both
readers (parties.py, circumstances.py) need.
"""
from __future__ import annotations

from typing import Final

from lajm.kb import PLACE_KINDS
from lajm.lang.base import LanguagePack
from lajm.model import Doc, Entity, Event, Span, bisect_left, bisect_right

PLACE_NOUN_REACH: Final = 6  # tokens between "in" and the place noun whose "of" names the place


def _by_offsets(entities: list[Span]) -> dict[tuple[int, int] | None, Span]:
    return {(s.start, s.end): s for s in entities}


class SentenceView:
    """One sentence of a Doc as the argument readers see it. `vocab` holds the pack's
    word lists by name, as sets and (`affixes`) as tuples for str.startswith/endswith;
    `events` the events already read from this sentence."""

    def __init__(self, doc: Doc, sentence: Span, number: int, pack: LanguagePack, vocab: dict[str, set[str]], base,
                 affixes: dict[str, tuple[str, ...]]):
        self.doc, self.sentence, self.number, self.pack, self.vocab = doc, sentence, number, pack, vocab
        self._affixes = affixes
        lo, hi = doc.token_range(sentence)
        self.starts, self.ends = doc.tokens.starts[lo:hi], doc.tokens.ends[lo:hi]
        self.words = doc.norms[lo:hi]
        self._spans: dict[str, list[Span]] = {}
        self._mentions: dict[str, bool] = {}
        self.entities = self.spans("entity")
        self.break_ends = [end for end, w in zip(self.ends, self.words) if w in vocab["clause_breaks"]]
        self.mark_counted()
        self.frames = self.spans("attribution") + self.frames_after()
        # Speakers named at their cue are not the subjects of what they report; the
        # subject a gerund frame borrows ("X kritikoi ..., duke thënë se") still is.
        self.sources = [f.attrs["source"] for f in self.frames
                        if f.attrs.get("source") is not None and f.attrs["kind"] not in ("gerund", "denial")]
        self.events: list[Event] = []
        self.kb = base
        self._clause_ends: list[int] | None = None  # token indexes, made when first asked
        self._codes: tuple[bool, bool, int] | None = None  # made when first asked

    def frames_after(self) -> list[Span]:
        """Frames of the next sentence that vouch for this one ("Lajmin e ka konfirmuar X")."""
        if self.number + 1 >= len(self.doc.sentences):
            return []
        return [f for f in self.doc.spans_in("attribution", self.doc.sentences[self.number + 1])
                if f.attrs["scope"][0] == self.sentence.start]

    def spans(self, label: str) -> list[Span]:
        """The sentence's spans of `label`, kept: the readers ask again at every trigger."""
        found = self._spans.get(label)
        if found is None:
            found = self._spans[label] = self.doc.spans_in(label, self.sentence)
        return found

    def mentions(self, key: str) -> bool:
        """Whether a word of the sentence is in the word list `key`, kept: the readers
        ask at every trigger, to skip a rule whose words the sentence lacks."""
        found = self._mentions.get(key)
        if found is None:
            found = self._mentions[key] = not self.vocab[key].isdisjoint(self.words)
        return found

    def may_code(self, trigger: Span) -> bool:
        """Whether a party the readers find for the trigger could have a country. No reader
        makes a code of its own: a party has one when the sentence holds an event, or a party
        or a source with a code or members; when a pronoun before the trigger in its clause or
        "the latter" points back to earlier sentences; or when a party with a sector acts in
        a city a capitalised name after a preposition of place after the trigger may be
        (events/places.py gives them its country)."""
        if self._codes is None:
            self._codes = _codes_offered(self)
        coded, sectored, last_city_slot = self._codes
        if coded or self.events or self.mentions("latter_ends"):
            return True
        if sectored and last_city_slot >= trigger.attrs["last"]:
            return True
        return not self.vocab["pronouns"].isdisjoint(self.words_before(trigger))

    def affixes(self, key: str) -> tuple[str, ...]:
        """A word list for str.startswith/endswith (an empty one matches no word)."""
        return self._affixes[key]

    # -- positions ----------------------------------------------------------------
    def mark_counted(self) -> None:
        """ "Thousands of Armenians rallied": the people a number counts act as its noun."""
        counted = [e for e in self.entities if e.attrs.get("prep") in self.vocab["counting_preps"]]
        quantities = self.spans("quantity") if counted else []
        for e in counted:
            k = self.token_index(e.start) - 1
            while k >= 0 and self.words[k] not in self.vocab["counting_preps"]:
                k -= 1
            if k >= 0 and any(q.end <= self.starts[k] and self.token_gap(q.end, self.starts[k]) == 0
                              for q in quantities):
                e.attrs["counted"] = True

    def token_index(self, offset: int) -> int:
        """Index of the first token ending after `offset`."""
        return bisect_right(self.ends, offset)

    def token_gap(self, start: int, end: int) -> int:
        """How many tokens lie wholly between the offsets `start` and `end`."""
        if end <= start:
            return 0
        return max(0, bisect_right(self.ends, end) - bisect_left(self.starts, start))

    def clause_start(self, trigger: Span) -> int:
        start = self.sentence.start
        for frame in self.frames:
            if frame.attrs["kind"] == "verb" and frame.end <= trigger.start and frame.attrs["scope"][0] >= frame.start:
                start = max(start, frame.end)
        k = bisect_right(self.break_ends, trigger.start)
        return max(start, self.break_ends[k - 1]) if k else start

    def words_before(self, trigger: Span) -> list[str]:
        """The words of the trigger's clause before the trigger."""
        start = self.clause_start(trigger)
        return self.words[bisect_left(self.starts, start):bisect_left(self.starts, trigger.start)]

    def clause_end(self, trigger: Span) -> int:
        """Where the clause of the trigger ends: a clause break, or "dhe se" / "and that"."""
        if self._clause_ends is None:
            self._clause_ends = self.clause_ends()
        n = bisect_left(self._clause_ends, trigger.attrs["last"])
        return self.starts[self._clause_ends[n]] if n < len(self._clause_ends) else self.sentence.end

    def clause_ends(self) -> list[int]:
        """Token indexes that end a clause: a break, or a complementizer after a
        coordinator or a comma."""
        breaks, complementizers = self.vocab["clause_breaks"], self.vocab["complementizers"]
        coordinators, words = self.vocab["coordinators"], self.words
        return [k for k, word in enumerate(words) if word in breaks
                or (word in complementizers and k > 0 and (words[k - 1] in coordinators or words[k - 1] == ","))]

    def name_after(self, k: int) -> int:
        """Where the name after the preposition at k starts: "in the northern city of Homs" names Homs."""
        for n in range(k + 1, min(k + PLACE_NOUN_REACH, len(self.words) - 2)):
            if self.words[n] in self.vocab["place_nouns"] and self.words[n + 1] in self.vocab["counting_preps"]:
                return n + 2
            if not self.words[n].replace("-", "").isalpha():
                break
        return k + 1

    # -- entities -----------------------------------------------------------------
    def entity(self, span: Span) -> Entity:
        a = span.attrs
        return Entity(text=self.doc.slice(span), code=a.get("code"), sector=a.get("sector"),
                      name=a.get("name"), kb_id=a.get("kb_id"), span=(span.start, span.end))

    def spans_of(self, entities: list[Entity]) -> list[Span]:
        spans: dict[tuple[int, int] | None, Span] = self.doc.derived("entities_by_offsets", "entity", _by_offsets)
        found = []
        for e in entities:
            span = spans.get(e.span)
            if span is not None:
                found.append(span)
        return found

    def is_place(self, entity: Span) -> bool:
        """A place after a preposition of place ("në Beograd", "in Paris")."""
        return entity.attrs.get("prep") in self.vocab["location_preps"] and entity.attrs.get("kind") in PLACE_KINDS

    # -- coordination -------------------------------------------------------------
    def joined(self, left: Span, right: Span) -> bool:
        """ "A dhe B", "A, B", "A and his B", "A and the B": a coordinator or a comma
        between them, perhaps with a possessive or an article after it."""
        between = self.doc.text[left.end:right.start]
        words = " ".join(between.replace(",", " ").lower().split())
        if not words:
            return "," in between
        first, _, rest = words.partition(" ")
        coordinators = self.vocab["coordinators"]
        return words in coordinators or (
            first in coordinators and (rest in self.vocab["possessors"] or rest in self.vocab["determiners"]))

    def coordinated(self, last: Span, pool: list[Span]) -> list[Span]:
        """The phrases joined to `last` before it by "dhe", "and" or a comma."""
        group = [last]
        for other in reversed(pool[:pool.index(last)]):
            if not self.joined(other, group[0]):
                break
            group.insert(0, other)
        return group

    def coordinated_after(self, after: list[Span]) -> list[Span]:
        """The first of `after` and the phrases joined to it after it."""
        if not after:
            return []
        group = [after[0]]
        for other in after[1:]:
            if not self.joined(group[-1], other):
                break
            group.append(other)
        return group


def _codes_offered(s: SentenceView) -> tuple[bool, bool, int]:
    """Whether an entity or a source of the sentence has a code (or members, which may), whether
    an entity has a sector, and, when that matters, the index of the last preposition of place
    before a capitalised name (else -1)."""
    coded = sectored = False
    for entity in s.spans("entity"):
        a = entity.attrs
        coded = coded or bool(a.get("code") or a.get("members"))
        sectored = sectored or bool(a.get("sector"))
    for frame in s.frames:
        source = frame.attrs["source"]
        coded = coded or (source is not None and bool(source.attrs.get("code")))
    last_city_slot = -1
    if sectored and not coded:
        for k in range(len(s.words) - 1):
            if s.words[k] in s.vocab["location_preps"] and s.doc.text[s.starts[s.name_after(k)]].isupper():
                last_city_slot = k
    return coded, sectored, last_city_slot


def any_starts(words: list[str], stems: tuple[str, ...], end: int) -> bool:
    """Whether one of the first `end` words opens with one of `stems` (a plain loop: any()
    over a generator costs several times more compiled)."""
    for k in range(end):
        if words[k].startswith(stems):
            return True
    return False
