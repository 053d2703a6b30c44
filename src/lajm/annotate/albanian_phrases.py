"""Albanian actor phrases, read from a role noun along its genitive chain: "ministri i
Jashtëm i Serbisë Ivica Daçiq", "zyrtari i lartë turk", "Komisioni për Shëndetësi", "i
dërguari për dialog, Richard Grenell". A base of the sentence cursor in
annotate/entities.py, as english_phrases.py is of this one.
"""
from __future__ import annotations

from typing import Final

from lajm.annotate.english_phrases import ADJECTIVES, EnglishPhrases
from lajm.annotate.roles import Role, RolePhrase
from lajm.annotate.segment import upper_at
from lajm.model import Span

TOPIC_REACH: Final = 8  # words of what an office is for, between "për" and the comma before its holder
COMMITTEE: Final = Role("committee", "LEG", False)
SUBJUNCTIVE: Final = "të"  # the particle of the subjunctive, also a genitive linker
DEFINITE_NOMINATIVE: Final = ("i", "a")  # "ministri", "qeveria": the singular definite subject


class AlbanianPhrases(EnglishPhrases):
    # A single chain of bases, as compiled classes allow: _Sentence(AlbanianPhrases(EnglishPhrases)).
    def person_at(self, i: int) -> tuple[tuple[int, int] | None, int]:
        raise NotImplementedError

    def albanian_phrase(self, i: int) -> tuple[Span | None, int]:
        role = self.role_at(i)
        name, after = self.name_at(i)
        if role is None or (name is not None and after - i > 1):  # "Policia e Kosovës" is a name
            return self.bare_name(i)
        p = RolePhrase(role)
        j = i + 1
        while j < self.size:
            k = self.albanian_extend(j, p)
            if k == j:
                break
            j = k
        span = self.finish(p, i, j)
        span.attrs["case"] = self.role_case(i)
        return span, j

    def role_case(self, i: int) -> str | None:
        """ "kryeministrit" (to the prime minister), "qeverinë": the case a role noun's ending shows."""
        for case, ends in self.b.role_cases.items():
            if self.norms[i].endswith(ends):
                return case
        return None

    def albanian_extend(self, j: int, p: RolePhrase) -> int:
        word = self.word(j)
        name, after = self.name_at(j)
        if name is not None and name.attrs["kind"] == "demonym":
            p.take_name(name.attrs)
            return after
        demonym, after = self.name_at(j + 2) if word in self.b.linkers and self.is_plain(j + 1) else (None, j)
        if demonym is not None and demonym.attrs["kind"] == "demonym":  # "zyrtari i lartë turk"
            p.take_name(demonym.attrs)
            return after
        if p.roles[-1].role in self.b.committees and self.norms[j] in self.b.topic_preps and self.is_capital(j + 1):
            return self.committee_topic(j + 1, p)
        topic = self.past_adjectives(j)
        if topic < len(self.norms) and self.norms[topic] in self.b.topic_preps and p.person is None \
                and not p.closed and (held := self.holder_past_topic(topic, p)) is not None:
            return held
        linker = self.adjectives_before_country(j) if p.code is None else None
        if linker is not None:  # "emisari special i BE-së", "përfaqësuesi i lartë i BE-së"
            return self.albanian_genitive(linker + 1, p)
        if word in self.b.linkers and j + 1 < self.size and not self.verb_after_subject(j):
            return self.albanian_genitive(j + 1, p)
        if word == "," and p.person is None and not p.closed:
            return self.person_after(j + 1, p, j)
        if p.person is None and not p.closed:
            return self.person_after(j, p, j)
        return j

    def is_capital(self, k: int) -> bool:
        return k < self.size and upper_at(self.text, self.token_starts[k])

    def committee_topic(self, j: int, p: RolePhrase) -> int:
        """ "Komisioni për Shëndetësi dhe Mirëqenie Sociale": a body named for a capitalised
        topic is a committee of the parliament; the token after its name."""
        p.take_role(COMMITTEE)
        while self.is_capital(j) or (self.is_capital(j + 1) and self.norms[j] in self.b.topic_joins):
            j += 1
        return j

    def verb_after_subject(self, j: int) -> bool:
        """ "qeveria të rrisë": after a definite nominative role noun a genitive is linked
        by "i" or "e", so "të" and a lowercase word open a subjunctive verb."""
        head = j - 1
        return self.norms[j] == SUBJUNCTIVE and self.role_at(head) is not None \
            and self.norms[head].endswith(DEFINITE_NOMINATIVE) and self.role_case(head) is None \
            and j + 1 < self.size and self.word(j + 1).islower()

    def albanian_genitive(self, j: int, p: RolePhrase) -> int:
        name, after = self.name_at(j)
        if name is not None:
            p.take_name(name.attrs)
            return after
        role = self.role_at(j)
        if role is not None:
            p.take_role(role)
            return j + 1
        word = self.norms[j]
        if word in self.b.roles.modifiers:
            p.modifier = self.b.roles.modifiers[word]
            return j + 1
        if upper_at(self.text, self.token_starts[j]) and not self.is_person_start(j):
            return j + 1
        if word.endswith(self.b.genitive_endings):  # "presidenti i vendit", "lideri i opozitës"
            return j + 1
        return j - 1

    def adjectives_before_country(self, j: int) -> int | None:
        """The linker of a genitive country or body that a few adjectives ("special",
        "i lartë") set apart from the role, or None."""
        k = j
        for _ in range(ADJECTIVES):
            if self.norms[k] in self.b.linkers and self.is_plain(k + 1):
                k += 2
            elif self.is_plain(k):
                k += 1
            else:
                return None
            if k + 1 >= self.size:
                return None
            name, _after = self.name_at(k + 1)
            if self.norms[k] in self.b.linkers and name is not None and name.attrs["kind"] != "person":
                return k
        return None

    def past_adjectives(self, j: int) -> int:
        """Where the words after a role stop being its adjectives ("i posaçëm", "special")."""
        for _ in range(ADJECTIVES):
            if j < len(self.norms) and self.norms[j] in self.b.linkers and self.is_plain(j + 1):
                j += 2
            elif self.is_plain(j):
                j += 1
        return j

    def holder_past_topic(self, j: int, p: RolePhrase) -> int | None:
        """ "I dërguari për dialog mes Kosovës dhe Serbisë, Richard Grenell": what the office
        is for, words with no clause or office inside, then the person holding it after a
        comma (perhaps "z."); the token after that person, or None. The topic's countries
        are not the holder's."""
        comma = next((k for k in range(j + 1, min(j + TOPIC_REACH, self.size)) if self.word(k) == ","), None)
        if comma is None or any(not (w.isalpha() or w in "–-") or w in self.b.clausal or self.b.roles.get(w)
                                for w in self.norms[j + 1:comma]):
            return None
        k = comma + 1
        while k < self.size and self.norms[k] in self.b.honorifics:
            k += 1
        held = self.person_after(k, p, fail=k)
        return held if held > k else None

    def is_plain(self, k: int) -> bool:
        """A lowercase word that is no preposition, conjunction or role."""
        return k < self.size and self.word(k).isalpha() and self.word(k).islower() \
            and self.norms[k] not in self.b.stop and self.norms[k] not in self.b.linkers and self.role_at(k) is None

    def is_person_start(self, j: int) -> bool:
        return self.person_at(j)[0] is not None
