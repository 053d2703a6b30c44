"""English actor phrases, read left to right from a name or a role noun: "Russian Deputy
Foreign Minister Andrey Rudenko", "Algeria's leading human rights activist", "the
president of Serbia", "US-Iraqi troops". A mixin of the sentence cursor in
annotate/entities.py, whose tokens, words, names and roles it reads.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Final

from lajm.annotate.roles import Role, RolePhrase
from lajm.annotate.segment import upper_at
from lajm.model import Doc, Span

if TYPE_CHECKING:
    from lajm.annotate.entities import PhraseBuilder

ADJECTIVES: Final = 2  # plain words between a country and its role noun, or an Albanian role and its genitive
POSSESSED_ADJECTIVES: Final = 4  # plain words between a country's "'s" and its role noun
POSSESSIVE: Final = {"'s", "’s", "'", "’", "#39;s"}


class EnglishPhrases:
    # What the sentence cursor (annotate/entities.py) holds and reads for every language.
    b: PhraseBuilder
    doc: Doc
    token_starts: list[int]
    token_ends: list[int]
    text: str
    size: int  # tokens in the sentence
    norms: list[str]
    names: list[Span | None]  # the name opening at each token
    triggered: set[int]

    def word(self, k: int) -> str:
        raise NotImplementedError

    def name_at(self, i: int) -> tuple[Span | None, int]:
        raise NotImplementedError

    def role_at(self, i: int) -> Role | None:
        raise NotImplementedError

    def is_name_word(self, j: int, later: bool = False) -> bool:
        raise NotImplementedError

    def bare_name(self, i: int, found: tuple[Span, int] | None = None) -> tuple[Span | None, int]:
        raise NotImplementedError

    def person_after(self, j: int, p: RolePhrase, fail: int) -> int:
        raise NotImplementedError

    def national_body(self, i: int, k: int, code: str) -> tuple[Span, int]:
        raise NotImplementedError

    def finish(self, p: RolePhrase, i: int, j: int) -> Span:
        raise NotImplementedError

    def english_phrase(self, i: int) -> tuple[Span | None, int]:
        compound = self.compound_at(i)
        name, after = compound or self.name_at(i)
        start = i
        p = None
        if name is not None:
            owned = after < self.size and self.word(after) in POSSESSIVE
            reach = POSSESSED_ADJECTIVES if owned else ADJECTIVES
            k = self.role_after_adjectives(self.skip_modifiers(after + owned), reach)
            role = self.role_at(k)
            if role is not None:
                p = RolePhrase(role)
                p.take_name(name.attrs)
                after = k
            elif name.attrs["kind"] == "demonym" and k < self.size and self.is_name_word(k):
                return self.national_body(i, k, name.attrs["code"])
            else:
                return self.bare_name(i, (name, after))
        elif (role := self.role_at(self.skip_modifiers(i))) is not None:
            after = self.skip_modifiers(i)
            p = RolePhrase(role)
        else:
            return self.bare_name(i)
        j = self.english_roles(after, p)
        j = self.english_tail(j, p)
        span = self.finish(p, start, j)
        if compound is not None:
            give_members(span, compound[0].attrs.get("members"))
        return span, j

    def compound_at(self, i: int) -> tuple[Span, int] | None:
        """A compound name opening at token i ("US-Iraqi"), as one name span whose
        members are its countries, and the token index after it."""
        name = self.names[i]
        found = self.b.compounds.read(self.doc.text, name) if name is not None else None
        if name is None or not found:
            return None
        end, members = found
        j = next((k for k in range(i, self.size) if self.token_ends[k] >= end), self.size)
        if j == self.size or self.token_ends[j] != end:
            return None
        if len(members) > 1 and self.one_of_two_peoples(i, j, name, end):
            return Span(name.start, end, "name", {**name.attrs, **members[-1], "members": None}), j + 1
        attrs = {**name.attrs, "members": members if len(members) > 1 else None}
        return Span(name.start, end, "name", attrs), j + 1

    def one_of_two_peoples(self, i: int, j: int, name: Span, end: int) -> bool:
        """ "a Chinese-American arrested for spying": one person of two demonyms, used as a
        noun after an indefinite article, is of the country of the last."""
        return i > 0 and self.norms[i - 1] in self.b.indefinite and self.role_at(j + 1) is None \
            and self.b.compounds.of_demonyms(self.doc.text, name, end)

    def role_after_adjectives(self, k: int, reach: int) -> int:
        """ "Chilean riot police", "Greek coast guard officers", "Algeria's leading human
        rights activist": a role may stand a few plain words after the country that codes it."""
        for n in range(k, min(k + reach + 1, self.size)):
            if self.role_at(n) is not None:
                return n
            if not (self.norms[n].isalpha() and self.word(n).islower()) or self.norms[n] in self.b.stop \
                    or self.token_starts[n] in self.triggered:
                break
        return k

    def skip_modifiers(self, k: int) -> int:
        while k < self.size and (self.norms[k] in self.b.roles.modifiers or self.norms[k] in self.b.deputy):
            k += 1
        return k

    def english_roles(self, j: int, p: RolePhrase) -> int:
        for k in range(max(0, j - 3), j):
            word = self.norms[k]
            if word in self.b.roles.modifiers:
                p.modifier = self.b.roles.modifiers[word]
            p.deputy = p.deputy or word in self.b.deputy
        while j < self.size and (role := self.role_at(j)) is not None:
            p.take_role(role)
            j += 1
        return j

    def english_tail(self, j: int, p: RolePhrase) -> int:
        """ "the president of Serbia", "President Aleksandar Vucic", "Queen Margrethe of Denmark"."""
        j = self.of_country(j, p)
        if p.person is None and j < self.size and upper_at(self.text, self.token_starts[j]):
            j = self.person_after(j, p, j)
            j = self.of_country(j, p) if p.code is None else j
        return j

    def of_country(self, j: int, p: RolePhrase) -> int:
        if j + 1 < self.size and self.word(j) == "of":
            k = j + 1 + (self.norms[j + 1] == "the")
            name, after = self.name_at(k)
            if name is not None and name.attrs["kind"] != "person":
                p.take_name(name.attrs)
                return after
        return j


def give_members(span: Span, members: list[dict] | None) -> None:
    """ "US-Iraqi troops": each country of the compound, in the role's sector."""
    if members:
        span.attrs["members"] = [{**m, "sector": span.attrs["sector"]} for m in members]
