"""The data model: one set of names for Python, JSON, the database and the API.

No I/O here. A `Doc` owns the text; a `Span` is offsets plus a label, and its text is
always sliced from the document, never stored twice.
"""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from collections.abc import Callable, Sequence
from typing import Any, Final

from lajm.errors import LajmError

EVENT_TYPES: Final = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
MODALITIES: Final = ("asserted", "reported", "future", "conditional", "negated")
QUANTITY_KINDS: Final = (
    "troops", "killed", "wounded", "casualties", "arrested", "detained", "displaced",
    "missing", "people", "money", "other",
)
QUALIFIERS: Final = ("exact", "about", "at_least", "more_than", "less_than", "up_to")


def article_id(text: str) -> str:
    """Content hash of the text with whitespace and Unicode form normalised."""
    normal = " ".join(unicodedata.normalize("NFC", text).split())  # what \s+ to " " and strip() give
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


class Span:
    """Offsets into the document's text, a label, and what an annotator says of them.
    A plain class, not a dataclass: compiled, its constructor is native code, and an
    article makes hundreds of spans."""
    __slots__ = ("start", "end", "label", "attrs")

    def __init__(self, start: int, end: int, label: str = "", attrs: dict[str, Any] | None = None):
        self.start = start
        self.end = end
        self.label = label
        self.attrs: dict[str, Any] = {} if attrs is None else attrs

    def __repr__(self) -> str:
        return f"Span(start={self.start}, end={self.end}, label={self.label!r}, attrs={self.attrs!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Span) and self.start == other.start and self.end == other.end \
            and self.label == other.label and self.attrs == other.attrs

    def __len__(self) -> int:
        return self.end - self.start

    def __reduce__(self) -> tuple:
        # Compiled, a plain class pickles only by its constructor's arguments.
        return Span, (self.start, self.end, self.label, self.attrs)

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass
class Article:
    text: str
    id: str = ""
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    lang: str | None = None
    published: date | None = None
    fetched: datetime | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # One form for every letter: a decomposed "ë" (e + accent) would split words.
        self.text = unicodedata.normalize("NFC", self.text)
        if not self.id:
            self.id = article_id(self.text)
        if isinstance(self.published, str):
            self.published = _iso_date(self.published)


def _by_fields(obj: Any) -> tuple:
    """How a dataclass with its own __init__ pickles when compiled: its class and its
    fields' values, in the order the __init__ takes them."""
    return type(obj), tuple(getattr(obj, f.name) for f in fields(obj))


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise LajmError(f"published: {text!r} is not a date (YYYY-MM-DD)") from None


@dataclass
class Entity:
    """An actor, recipient or source: what the text says and what it was coded to."""
    text: str
    code: str | None = None
    sector: str | None = None
    name: str | None = None
    kb_id: str | None = None
    span: tuple[int, int] | None = None

    def __init__(self, text: str, code: str | None = None, sector: str | None = None, name: str | None = None,
                 kb_id: str | None = None, span: tuple[int, int] | None = None):
        # Written out: compiled, the __init__ a dataclass makes runs as interpreted code
        # (and is called with a dict of keywords); this one is native.
        self.text, self.code, self.sector, self.name, self.kb_id, self.span = text, code, sector, name, kb_id, span

    def __reduce__(self) -> tuple:
        return _by_fields(self)


@dataclass
class Place:
    text: str
    code: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    span: tuple[int, int] | None = None


@dataclass
class Quantity:
    kind: str
    value: float
    qualifier: str = "exact"
    text: str = ""
    span: tuple[int, int] | None = None


@dataclass
class DateRange:
    text: str
    start: str | None = None
    end: str | None = None
    precision: str | None = None
    basis: str = "text"
    span: tuple[int, int] | None = None


@dataclass
class Event:
    type: str
    trigger: str
    modality: str = "asserted"
    mode: str | None = None
    actor: list[Entity] = field(default_factory=list)
    recipient: list[Entity] = field(default_factory=list)
    location: Place | None = None
    date: DateRange | None = None
    quantities: list[Quantity] = field(default_factory=list)
    attribution: Entity | None = None
    trigger_span: tuple[int, int] | None = None
    cameo: str | None = None
    sentence: int | None = None
    confidence: float = 0.5
    reasons: dict[str, str] = field(default_factory=dict)
    evidence: str = ""
    id: str = ""
    article_id: str = ""

    def __init__(self, type: str, trigger: str, modality: str = "asserted", mode: str | None = None,
                 actor: list[Entity] | None = None, recipient: list[Entity] | None = None,
                 location: Place | None = None, date: DateRange | None = None,
                 quantities: list[Quantity] | None = None, attribution: Entity | None = None,
                 trigger_span: tuple[int, int] | None = None, cameo: str | None = None, sentence: int | None = None,
                 confidence: float = 0.5, reasons: dict[str, str] | None = None, evidence: str = "",
                 id: str = "", article_id: str = ""):
        # Written out, as Entity's: an article reads dozens of events.
        self.type, self.trigger, self.modality, self.mode = type, trigger, modality, mode
        self.actor = [] if actor is None else actor
        self.recipient = [] if recipient is None else recipient
        self.location, self.date, self.attribution = location, date, attribution
        self.quantities = [] if quantities is None else quantities
        self.trigger_span, self.cameo, self.sentence, self.confidence = trigger_span, cameo, sentence, confidence
        self.reasons = {} if reasons is None else reasons
        self.evidence, self.id, self.article_id = evidence, id, article_id

    def __reduce__(self) -> tuple:
        return _by_fields(self)

    def recode(self, coding: tuple[str, str | None, str | None], why: str) -> None:
        """Give the event another (type, mode, CAMEO code), saying why in its reasons."""
        self.reasons["type"] = self.reasons.get("type", "") + f"; {why}"
        self.type, self.mode, self.cameo = coding

    def to_json(self) -> dict[str, Any]:
        """The gold event format plus lajm's extras; empty optional fields left out."""
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None or value == "" or (value == [] and f.name != "actor"):
                continue
            out[f.name] = _plain(value)
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Event:
        """Read an event in the gold format (or lajm's own JSON)."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["actor"] = [_entity(e) for e in data.get("actor") or []]
        values["recipient"] = [_entity(e) for e in data.get("recipient") or []]
        values["quantities"] = [_make(Quantity, q) for q in data.get("quantities") or []]
        for name, kind in (("location", Place), ("date", DateRange)):
            values[name] = _make(kind, data[name]) if data.get(name) else None
        values["attribution"] = _entity(data["attribution"]) if data.get("attribution") else None
        if values.get("trigger_span"):
            values["trigger_span"] = tuple(values["trigger_span"])
        values.setdefault("trigger", "")
        return cls(**values)


def _make(kind, data: dict[str, Any]):
    known = {f.name for f in fields(kind)}
    values = {k: v for k, v in data.items() if k in known}
    if values.get("span"):
        values["span"] = tuple(values["span"])
    return kind(**values)


def _entity(data: dict[str, Any]) -> Entity:
    return _make(Entity, {"text": "", **data})


def _plain(value: Any) -> Any:
    if hasattr(value, "__dataclass_fields__"):
        return {k: _plain(v) for k, v in asdict(value).items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


class Tokens(Sequence):
    """A text's token offsets. A token's Span is made only when someone asks for it:
    most sentences state no event, and nothing past the trigger search reads them."""
    __slots__ = ("starts", "ends", "_spans")

    def __init__(self, starts: list[int] | None = None, ends: list[int] | None = None):
        self.starts, self.ends = starts or [], ends or []
        self._spans: list[Span | None] = [None] * len(self.starts)

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, k):
        if isinstance(k, slice):
            spans = self._spans[k]
            if _has_none(spans):
                spans = [Span(start, end, "token") if span is None else span
                         for span, start, end in zip(spans, self.starts[k], self.ends[k])]
                self._spans[k] = spans
            return spans
        return self._span(range(len(self))[k])

    def __eq__(self, other) -> bool:
        return list(self) == list(other)

    def __reduce__(self) -> tuple:
        return Tokens, (self.starts, self.ends)

    def _span(self, i: int) -> Span:
        span = self._spans[i]
        if span is None:
            span = self._spans[i] = Span(self.starts[i], self.ends[i], "token")
        return span


@dataclass
class Doc:
    """An article being read: its sentences, tokens, annotator spans and events."""
    article: Article
    sentences: list[Span] = field(default_factory=list)
    tokens: Tokens = field(default_factory=Tokens)
    norms: list[str] = field(default_factory=list)  # lowercased token texts, one per token
    spans: dict[str, list[Span]] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)  # derived, not truth
    _index: dict[str, tuple[list[Span], list[int]]] = field(default_factory=dict, repr=False, compare=False)
    # Labels read a sentence at a time when first asked for (see read_on_demand): the
    # reader of each, and the sentences read so far.
    _readers: dict[str, Callable[[Doc, Span], list[Span]]] = field(default_factory=dict, repr=False, compare=False)
    _read: dict[str, set[int]] = field(default_factory=dict, repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def lang(self) -> str | None:
        return self.article.lang

    def slice(self, span: Span | tuple[int, int]) -> str:
        start, end = (span.start, span.end) if isinstance(span, Span) else span
        return self.text[start:end]

    def token_range(self, span: Span) -> tuple[int, int]:
        """Indexes [lo, hi) of the tokens that lie inside `span`."""
        starts, ends = self.tokens.starts, self.tokens.ends
        lo = bisect_left(starts, span.start)
        hi = bisect_left(starts, span.end)
        while hi > lo and ends[hi - 1] > span.end:
            hi -= 1
        return lo, hi

    def tokens_in(self, span: Span) -> list[Span]:
        lo, hi = self.token_range(span)
        return self.tokens[lo:hi]

    def norms_in(self, span: Span) -> list[str]:
        """Lowercased texts of the tokens inside `span`, aligned with tokens_in(span)."""
        lo, hi = self.token_range(span)
        return self.norms[lo:hi]

    def spans_in(self, label: str, span: Span) -> list[Span]:
        if label in self._readers:
            self._read_sentences(label, span)
        found = self.spans.get(label, [])
        return _within(found, span, self._starts(label, found))

    def read_on_demand(self, label: str, reader: Callable[[Doc, Span], list[Span]]) -> None:
        """Let the spans of `label` be read one sentence at a time, the first time
        `spans_in` asks for them there: `reader(doc, sentence)` gives them, in the
        document's offsets. Most sentences that state an event state none that is kept,
        and nothing asks what numbers or times they hold."""
        self._readers[label], self._read[label], self.spans[label] = reader, set(), []

    def sentence_starts(self) -> list[int]:
        """The start offsets of the sentences, kept while the sentences stay the same."""
        starts = self.cache.get("sentence_starts")
        if starts is None or len(starts) != len(self.sentences):
            starts = self.cache["sentence_starts"] = [s.start for s in self.sentences]
        return starts

    def stop_reading(self) -> None:
        """Keep what was read on demand and read no more: the Doc is plain data again (it
        pickles, as a process pool or a cluster needs)."""
        self._readers.clear()

    def _read_sentences(self, label: str, span: Span) -> None:
        read, done, found = self._readers[label], self._read[label], self.spans[label]
        starts = self.sentence_starts()
        k = max(bisect_right(starts, span.start) - 1, 0)
        while k < len(starts) and starts[k] < span.end:
            if k not in done:
                done.add(k)
                found.extend(read(self, self.sentences[k]))
            k += 1

    def spans_before(self, label: str, offset: int) -> list[Span]:
        """The spans of `label` that end by `offset`, in the order of their starts."""
        found = self.spans.get(label, [])
        k = bisect_right(self._starts(label, found), offset)
        return [s for s in found[:k] if s.end <= offset]

    def _starts(self, key: str, spans: list[Span]) -> list[int]:
        """Start offsets of a sorted span list, cached while the list stays the same."""
        cached = self._index.get(key)
        if cached is None or cached[0] is not spans or len(cached[1]) != len(spans):
            starts = [s.start for s in spans]
            if not _ascending(starts):  # sentences read on demand mostly come in order
                spans.sort(key=lambda s: s.start)
                starts = [s.start for s in spans]
            cached = self._index[key] = (spans, starts)
        return cached[1]

    def sentences_with(self, label: str) -> list[Span]:
        """The sentences holding at least one span of `label` ("trigger": those that
        state an event, the only ones the later stages need to read)."""
        return [self.sentences[k] for k in self.sentence_numbers_with(label)]

    def sentence_numbers_with(self, label: str) -> list[int]:
        """Indexes in `sentences` of those holding at least one span of `label`."""
        return self.derived(("sentences_with", label), label, self._holding)

    def _holding(self, spans: list[Span]) -> list[int]:
        starts, found = self.sentence_starts(), set()
        for span in spans:
            k = bisect_right(starts, span.start) - 1
            if k >= 0 and span.end <= self.sentences[k].end:
                found.add(k)
        return sorted(found)

    def derived(self, key: Any, label: str, build: Callable[[list[Span]], Any]) -> Any:
        """`build(spans of label)`, kept in the cache under `key` while that list of spans
        stays the same."""
        found = self.spans.get(label, [])
        cached = self.cache.get(key)
        if cached is None or cached[0] is not found or cached[1] != len(found):
            cached = self.cache[key] = (found, len(found), build(found))
        return cached[2]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.article.id, "events": [e.to_json() for e in self.events]}


def _has_none(spans: list[Span | None]) -> bool:
    """Whether a token's Span is still to be made (not `None in spans`, which calls
    Span.__eq__; a plain loop, as any() over a generator costs several times more compiled)."""
    for span in spans:
        if span is None:
            return True
    return False


def _ascending(values: list[int]) -> bool:
    for k in range(1, len(values)):
        if values[k] < values[k - 1]:
            return False
    return True


def bisect_left(values: list[int], x: int) -> int:
    """Where `x` goes in the sorted ints `values`, before any equal ones (bisect.bisect_left).
    Compiled, this loop runs as native code, where the standard library's function is
    reached through a generic call at several times the cost; offsets are looked up
    hundreds of times an article."""
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if values[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(values: list[int], x: int) -> int:
    """Where `x` goes in the sorted ints `values`, after any equal ones (bisect.bisect_right)."""
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < values[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _within(spans: list[Span], outer: Span, starts: list[int]) -> list[Span]:
    """The spans of a start-sorted list that lie inside `outer`."""
    lo = bisect_left(starts, outer.start)
    hi = bisect_left(starts, outer.end)
    return [s for s in spans[lo:hi] if s.end <= outer.end]
