"""Entities: the actors a reader sees, built from knowledge-base names (the "name"
spans of annotate/names.py) and role nouns, in the sentences that state an event.

- "entity": one span a phrase: a name on its own ("Rusia"),
  a role with what codes it ("ushtria e Serbisë", "French Deputy Foreign
  Minister Anne Martin"), or an unknown person. Attributes: code, sector, name,
  kb_id, kind, role, prep (the preposition before it), genitive (bool).

The phrases each language writes are read in annotate/english_phrases.py and
annotate/albanian_phrases.py, role nouns and what a role phrase gathers in
annotate/roles.py, the passes over all of an article's phrases (apposition, home country,
surnames) in annotate/mentions.py.
"""
from __future__ import annotations

from typing import Final

from lajm import kb as knowledge
from lajm.annotate.albanian_phrases import AlbanianPhrases
from lajm.annotate.mentions import Mentions
from lajm.annotate.neighbours import Neighbours
from lajm.annotate.pairs import (CompoundNames, PairWords, attach_towns, resolve_local_groups, resolve_pairs,
                                 resolve_repeated_groups, resolve_unplaced_groups)
from lajm.annotate.patterns import MAX_SEEN
from lajm.annotate.roles import UNSEEN, Role, RoleLexicon, RolePhrase
from lajm.annotate.segment import lower_at, upper_at
from lajm.annotate.surnames import IntroducedSurnames
from lajm.lang.base import LanguagePack
from lajm.model import Doc, Span, bisect_left
from lajm.pipeline import stage

PREP_REACH: Final = 3  # words (articles, numbers) between a preposition and its phrase
ACTOR_KINDS: Final = {"country", "capital", "seat", "igo", "institution", "media", "person", "region"}
# Offices one person holds in a country at a time: "the president" names its holder, where
# "the mayor" (of which town?) does not.
NATIONAL_OFFICES: Final = {"president", "prime_minister", "deputy_prime_minister", "foreign_minister",
                    "defence_minister", "interior_minister", "justice_minister", "finance_minister",
                    "health_minister", "speaker", "king", "chief_prosecutor", "army_chief"}


@stage("entities")
def make_entities(pack: LanguagePack):
    builder = PhraseBuilder(pack, RoleLexicon(pack), knowledge.load())

    def entities(doc: Doc) -> Doc:
        doc.spans["entity"] = builder.build(doc)
        return doc
    return entities


class PhraseBuilder:
    """Turns tokens and name spans into actor phrases, one sentence at a time, then
    completes them with what the whole article tells."""

    def __init__(self, pack: LanguagePack, roles: RoleLexicon, base):
        self.roles, self.kb = roles, base
        self.linkers = set(pack.words("linkers"))
        self.preps = set(pack.words("prepositions"))
        self.plain = set(pack.words("place_adjectives"))  # "in northern Syria"
        self.intensifiers = set(pack.words("intensifiers"))  # "nga vetë Hoti"
        self.determiners = set(pack.words("determiners"))
        self.counting = set(pack.words("counting_preps"))
        self.quantifiers = set(pack.words("quantifiers"))
        self.number_bounds = set(pack.words("number_bounds"))
        self.place_nouns = set(pack.words("place_nouns"))
        self.local_roles = set(pack.words("local_roles"))
        self.deputy = set(pack.words("deputy_words"))
        self.indefinite = set(pack.words("indefinite_articles"))
        self.topic_preps = set(pack.words("role_topic_preps"))
        committees = pack.config.get("committees", {})
        self.committees, self.topic_joins = set(committees.get("roles", ())), set(committees.get("joins", ()))
        self.honorifics = set(pack.words("honorifics")) | {"."}
        self.clausal = {w for key in ("clause_breaks", "relatives", "complementizers") for w in pack.words(key)}
        self.stop = self.preps | {"the", "a", "an", "as"} | set(pack.words("coordinators")) | self.clausal
        self.not_names = set(pack.words("not_names"))
        self.albanian = bool(self.linkers)
        # Words before an English role that start its phrase ("Deputy", "Foreign").
        self.leads = set() if self.albanian else self.roles.modifiers.keys() | self.deputy
        self.genitive_endings = tuple(pack.words("genitive_endings"))
        self.role_cases = {case: tuple(ends) for case, ends in pack.config.get("role_cases", {}).items()}
        self.person_cases = {case: tuple(ends) for case, ends in pack.config.get("person_cases", {}).items()}
        numerals = {row["word"] for row in pack.table("numbers")} if pack.has_table("numbers") else set()
        self.counters = (set(pack.words("genitive_counters")) | numerals) - self.linkers  # "e" joins numerals too
        self.mentions = Mentions(pack)
        self.surnames = IntroducedSurnames(pack, roles, base.entries(pack.code))
        self.neighbours = Neighbours(pack)
        self.pairs = PairWords(pack)
        self.compounds = CompoundNames(pack, base.entries(pack.code))
        self.openers: dict[str, bool] = {}  # words seen, whether each may open a phrase

    def may_open(self, norm: str) -> bool:
        """Whether a lowercased word may open a phrase as a lead ("Deputy"), a role or a
        body noun ("group"): remembered, as most words of a sentence are none."""
        found = self.openers.get(norm)
        if found is None:
            if len(self.openers) > MAX_SEEN:
                self.openers.clear()
            found = self.openers[norm] = norm in self.leads or self.roles.get(norm) is not None \
                or norm.startswith(self.roles.ngo_bodies)
        return found

    def build(self, doc: Doc) -> list[Span]:
        self.mentions.place_bodies(doc, doc.spans["name"])
        self.surnames.namesakes(doc, doc.spans["name"])
        names = doc.spans["name"]  # in text order, no two at one start
        name_starts = [n.start for n in names]
        out: list[Span] = []
        read = self.neighbours.of(doc, doc.sentences_with("trigger"))
        ranges = [doc.token_range(sentence) for sentence in read]  # each sentence's tokens
        for sentence, (lo, hi) in zip(read, ranges):
            out.extend(_Sentence(self, doc, sentence, lo, hi, names, name_starts).phrases())
        out.extend(self.surnames.introduced(doc, ranges, out))
        spans = attach_towns(self.mentions.complete(doc, sorted(out, key=lambda span: span.start)), doc.text)
        resolve_pairs(spans, self.pairs.places)
        resolve_local_groups(spans, doc.text, self.local_roles, self.pairs.places)
        resolve_repeated_groups(spans)
        resolve_unplaced_groups(spans, lambda span: self.mentions.domestic_home(doc, span))
        return spans


class _Sentence(AlbanianPhrases):
    """Cursor over one sentence's tokens; `phrases()` yields the entity spans."""

    def __init__(self, builder: PhraseBuilder, doc: Doc, sentence: Span, lo: int, hi: int, names: list[Span],
                 name_starts: list[int]):
        """The sentence whose tokens are lo to hi."""
        self.b, self.doc = builder, doc
        self.triggered = _trigger_starts(doc) if not builder.albanian else set()
        self.token_starts, self.token_ends = doc.tokens.starts[lo:hi], doc.tokens.ends[lo:hi]
        self.norms = doc.norms[lo:hi]
        self.text, self.size = doc.text, hi - lo  # a token's text is sliced when asked (`word`): most never are
        self.names = _names_by_token(names, name_starts, sentence, self.token_starts)
        self.roles: list[Role | None] = [UNSEEN] * (hi - lo)  # role_at of each token, once read

    def phrases(self) -> list[Span]:
        pairs = self.pairs()
        out: list[Span] = []
        after = 0
        for i in self.starts():
            if i < after or (pairs and _inside_any(self.token_starts[i], pairs)):
                continue
            span, i_next = self.phrase_at(i)
            if span is not None:
                span.attrs["prep"] = self.prep_before(i)
                span.attrs["genitive"] = self.after_linker(i)
                out.append(span)
            after = max(i_next, i + 1)
        if not pairs:
            return out  # built left to right
        return sorted(out + pairs, key=lambda span: span.start)

    def pairs(self) -> list[Span]:
        found = []
        for i, j, group in self.b.pairs.find(self.text, self.token_starts, self.norms, self.b.linkers):
            found.append(self.span(i, j, {"kind": "pair", "group": group, "code": None, "sector": None,
                                          "prep": self.prep_before(i), "genitive": self.after_linker(i)}))
        return found

    def starts(self) -> list[int]:
        """Where a phrase may start: a capital, a name, a role word, or (in English) a
        modifier before a role ("Deputy", "Foreign"); most words are none."""
        found = []
        for i in range(self.size):
            if upper_at(self.text, self.token_starts[i]) or self.names[i] is not None \
                    or (self.b.may_open(self.norms[i]) and self.opens_at(i)):
                found.append(i)
        return found

    def opens_at(self, i: int) -> bool:
        return self.norms[i] in self.b.leads or self.role_at(i) is not None

    def after_linker(self, i: int) -> bool:
        """A linking article before the phrase, perhaps past a numeral or "gjithë"
        ("e dy policëve", "e të gjithë institucioneve"): a genitive."""
        k = i - 1
        while k >= 0 and (self.norms[k] in self.b.counters or self.norms[k].isdigit()):
            k -= 1
        return k >= 0 and self.is_linker(k)

    def is_linker(self, k: int) -> bool:
        return bool(self.b.linkers) and self.word(k) in self.b.linkers  # English has none: no slice

    def word(self, k: int) -> str:
        return self.text[self.token_starts[k]:self.token_ends[k]]

    def phrase_at(self, i: int) -> tuple[Span | None, int]:
        if self.b.albanian:
            return self.albanian_phrase(i)
        return self.english_phrase(i)

    # -- pieces ---------------------------------------------------------------
    def name_at(self, i: int) -> tuple[Span | None, int]:
        """The knowledge-base name starting at token i and the token index after it."""
        if i >= self.size:
            return None, i
        name = self.names[i]
        if name is None:
            return None, i
        j = i
        while j < self.size and self.token_ends[j] <= name.end:
            j += 1
        return (name, j) if j > i else (None, i)

    def person_at(self, i: int) -> tuple[tuple[int, int] | None, int]:
        """An unknown capitalised name of two or more words starting at token i."""
        j = i + 1 if i < self.size and self.is_name_word(i) else i
        while i < j < self.size and self.is_name_word(j, later=True):
            j += 1  # a later word may be a role noun: "Anna Lord", "Peter Marshal"
        if self.written_words(i, j) >= 2:  # "AstraZeneca" is one word of two tokens
            return (self.token_starts[i], self.token_ends[j - 1]), j
        return None, i

    def written_words(self, i: int, j: int) -> int:
        """How many words, set apart by spaces, tokens i to j are."""
        count = 0
        for k in range(i, j):
            if k == i or self.token_starts[k] > self.token_ends[k - 1]:
                count += 1
        return count

    def is_name_word(self, j: int, later: bool = False) -> bool:
        """A capitalised word that may be part of a person's name: no conjunction or
        preposition opening a sentence ("Mirëpo Haradinaj", "Ndërsa Kurti")."""
        start = self.token_starts[j]  # the letters told before the word is sliced out
        return (upper_at(self.text, start) and start + 1 < self.token_ends[j] and lower_at(self.text, start + 1)
                and self.word(j) not in self.b.not_names
                and self.norms[j] not in self.b.stop and self.names[j] is None
                and (later or self.b.roles.get(self.norms[j]) is None))

    def role_at(self, i: int) -> Role | None:
        """The role noun token i is, read once: a phrase asks again for the words it reads past."""
        if i >= self.size:
            return None
        role = self.roles[i]
        if role is UNSEEN:
            role = self.roles[i] = self.b.roles.get(self.norms[i]) or self.b.roles.body_of_kind(self.norms, i)
        return role

    def prep_before(self, i: int) -> str | None:
        """The preposition governing the phrase, past articles and numbers ("to 67 nationals"),
        and past the "of" of a quantifier or a place noun ("in most of Syria", "in the
        northern city of Homs" are "in")."""
        for k in range(i - 1, max(-1, i - PREP_REACH - 1), -1):
            if self.norms[k] in self.b.counting and k >= 1 and self.norms[k - 1] in self.b.quantifiers:
                return self.prep_before(k - 1)  # "destroyed most of the air force": the whole is the object
            if self.norms[k] in self.b.counting and k >= 1 and self.norms[k - 1] in self.b.place_nouns:
                return self.prep_before(k - 1) or self.norms[k]  # "in the city of Homs" is "in Homs"
            if self.norms[k] in self.b.preps and not self.bounds_number(k):
                return self.norms[k]
            if not (self.norms[k] in self.b.determiners or self.norms[k][:1].isdigit() or self.norms[k] in self.b.plain
                    or self.norms[k] in self.b.intensifiers):
                break
        return None

    def bounds_number(self, k: int) -> bool:
        """ "up to 16 advisers": the "to" bounds the number, it governs nothing."""
        return k >= 1 and self.norms[k - 1] in self.b.number_bounds and self.norms[k + 1][:1].isdigit()

    def span(self, i: int, j: int, attrs: dict) -> Span:
        return Span(self.token_starts[i], self.token_ends[j - 1], "entity", attrs)

    def person_after(self, j: int, p: RolePhrase, fail: int) -> int:
        name, after = self.name_at(j)
        if name is not None and name.attrs["kind"] == "person":
            p.take_name(name.attrs)
            p.closed = True
            return after
        person, after = self.person_at(j)
        if person is None and j < self.size and self.is_name_word(j):
            person, after = (self.token_starts[j], self.token_ends[j]), j + 1  # "Minister Rossi"
        if person is not None:
            p.person = self.doc.slice(person)
            p.closed = True
            return after
        return fail

    def bare_name(self, i: int, found: tuple[Span, int] | None = None) -> tuple[Span | None, int]:
        name, after = found or self.name_at(i)
        if name is not None and (name.attrs["kind"] in ACTOR_KINDS or name.attrs["kind"] == "demonym"):
            return self.span(i, after, _attrs_of(name.attrs)), after
        if name is None and (i == 0 or not self.is_linker(i - 1)):
            person, after = self.person_at(i)
            if person is not None:
                attrs = self.named(person, after - 1)
                if attrs["kind"] == "person":
                    attrs["case"] = self.person_case(i, after - 1)
                return self.span(i, after, attrs), after
        return None, max(after, i + 1)

    def person_case(self, i: int, last: int) -> str | None:
        """ "Dragan Petroviqin", "Besnik Gashit": the case the ending of an unknown surname
        shows; none for a name that opens its sentence, where it is the subject."""
        if not self.has_word_before(i):
            return None
        return next((case for case, ends in self.b.person_cases.items() if self.norms[last].endswith(ends)), None)

    def has_word_before(self, i: int) -> bool:
        """Whether a word, not only punctuation, stands before token i."""
        for k in range(i):
            if self.text[self.token_starts[k]].isalnum():
                return True
        return False

    def national_body(self, i: int, k: int, code: str) -> tuple[Span, int]:
        """ "Ukrainian Democratic Union", "Bolivian Popular Front": a demonym opening a name."""
        j = k + 1
        while j < self.size and self.is_name_word(j, later=True):
            j += 1
        attrs = self.named((self.token_starts[i], self.token_ends[j - 1]), j - 1)
        kind = attrs["kind"] if attrs["kind"] == "role" else "group"
        return self.span(i, j, {**attrs, "code": code, "kind": kind}), j

    def named(self, span: tuple[int, int], last: int) -> dict:
        """An unknown name: a body when it ends in a role noun ("Green Union Party", "Popular
        Front"), else a person."""
        role = self.role_at(last)
        if role is not None:
            return {"kind": "role", "code": None, "sector": role.sector, "role": role.role,
                    "name": self.doc.slice(span)}
        return {"kind": "person", "code": None, "sector": None, "name": self.doc.slice(span)}

    # -- English: [Demonym|Country('s)] Role* [Name] [of Country] --------------
    def finish(self, p: RolePhrase, i: int, j: int) -> Span:
        attrs = p.attrs()
        if attrs["name"] is None and attrs["code"] and attrs["role"] in NATIONAL_OFFICES:
            attrs.update(self.holder(attrs))
        return self.span(i, j, attrs)

    def holder(self, attrs: dict) -> dict:
        found = self.b.kb.holders(attrs["role"], attrs["code"], self.doc.article.published)
        if len(found) == 1:
            return {"name": found[0].name, "kb_id": found[0].kb_id}
        return {}


def _attrs_of(entry: dict) -> dict:
    return {"kind": entry.get("kind"), "code": entry.get("code"), "sector": entry.get("sector"),
            "name": entry.get("name"), "kb_id": entry.get("kb_id"), "role": entry.get("role"),
            "case": entry.get("case"), "members": entry.get("members")}


def _inside_any(offset: int, spans: list[Span]) -> bool:
    for span in spans:
        if span.start <= offset < span.end:
            return True
    return False


def _names_by_token(names: list[Span], name_starts: list[int], sentence: Span,
                    token_starts: list[int]) -> list[Span | None]:
    """The name opening at each of the sentence's tokens (`token_starts`), or None: found
    from the few names in the sentence, not looked up at every token. `name_starts` are
    the starts of `names`, in text order."""
    found: list[Span | None] = [None] * len(token_starts)
    k = bisect_left(name_starts, sentence.start)
    while k < len(names) and names[k].start < sentence.end:
        t = bisect_left(token_starts, names[k].start)
        if t < len(token_starts) and token_starts[t] == names[k].start:
            found[t] = names[k]
        k += 1
    return found


def _trigger_starts(doc: Doc) -> set[int]:
    """Start offsets of the tokens inside triggers: verbs, not adjectives of a role."""
    found = doc.cache.get("trigger_starts")
    if found is None:
        inside: set[int] = set()
        starts, ends = doc.tokens.starts, doc.tokens.ends
        for span in doc.spans.get("trigger", []):
            k = bisect_left(starts, span.start)
            while k < len(starts) and ends[k] <= span.end:  # the tokens doc.token_range(span) gives
                inside.add(starts[k])
                k += 1
        found = doc.cache["trigger_starts"] = inside
    return found
