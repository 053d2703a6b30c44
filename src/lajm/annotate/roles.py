"""Role nouns: the pack's lexicon of them by stem, and `RolePhrase`, what a phrase
headed by one gathers (further roles, the country or body, the person) and the
entity attributes it comes to.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from lajm.lang.base import LanguagePack


@dataclass(frozen=True)
class Role:
    role: str
    sector: str
    weak: bool


NGO: Final = Role("ngo", "CVL", False)  # a body of civil society; pairs.py codes one nothing places
UNSEEN: Final = Role("", "", False)  # what RoleLexicon.seen gives for a word not looked up yet


class RoleLexicon:
    """Role nouns by stem: "ministr" matches ministri, ministrit, ministrat..."""

    def __init__(self, pack: LanguagePack):
        self.slack = int(pack.config.get("stem_slack", 3))
        self.stems = {r["stem"]: Role(r["role"], r["sector"], r["weak"] == "1")
                      for r in pack.table("roles")}
        # The first letters every stem opens with, as many as the shortest stem has: most
        # words open with none of them and need no look-up by size.
        self.opening = min((len(stem) for stem in self.stems), default=0)
        self.openings = {stem[:self.opening] for stem in self.stems}
        self.modifiers = dict(pack.config.get("role_modifiers", {}))
        # Endings that make an adjective of a role noun ("ushtarake", "policore").
        self.adjectival = tuple(pack.words("role_adjective_endings"))
        self.seen: dict[str, Role | None] = {}
        self.ngo_bodies = tuple(pack.words("ngo_bodies"))
        self.ngo_kinds = [tuple(kind.split()) for kind in pack.words("ngo_kinds")]
        self.kinds_after = bool(pack.config.get("adjective_after_noun"))

    def get(self, norm: str) -> Role | None:
        """The role of a lowercased word, or None."""
        role = self.seen.get(norm, UNSEEN)
        if role is UNSEEN:
            role = self.seen[norm] = self.lookup(norm)
        return role

    def lookup(self, word: str) -> Role | None:
        """The longest stem that leaves at most `slack` letters of ending, unless that
        ending makes an adjective."""
        if word[:self.opening] not in self.openings:
            return None
        for size in range(len(word), max(0, len(word) - self.slack - 1), -1):
            role = self.stems.get(word[:size])
            if role and not word[size:].endswith(self.adjectival):
                return role
        return None

    def body_of_kind(self, norms: list[str], i: int) -> Role | None:
        """ "a human rights group", "organizata joqeveritare": a body noun ("group",
        "organizatë") next to a word of what it works for is an NGO; the word may be one
        word off after the noun ("organizata serbe për të drejtat e njeriut")."""
        if not norms[i].startswith(self.ngo_bodies):
            return None
        if self.kinds_after:
            found = any(_opens(norms[k:], kind) for k in (i + 1, i + 2) for kind in self.ngo_kinds)
        else:
            found = any(_opens(norms[i - len(kind):i], kind) for kind in self.ngo_kinds if i >= len(kind))
        return NGO if found else None


def _opens(words: list[str], stems: tuple[str, ...]) -> bool:
    """Whether the words open with one word of each stem, in order."""
    return len(words) >= len(stems) and all(word.startswith(stem) for word, stem in zip(words, stems))


class RolePhrase:
    """What a role phrase has gathered so far."""

    def __init__(self, role: Role):
        self.roles = [role]
        self.code: str | None = None
        self.kb_id: str | None = None
        self.person: str | None = None
        self.modifier: str | None = None
        self.person_sector: str | None = None
        self.deputy = self.closed = False

    def take_role(self, role: Role) -> None:
        self.roles.append(role)

    def take_name(self, attrs: dict) -> None:
        if attrs["kind"] == "person":
            self.person, self.kb_id = attrs["name"], attrs["kb_id"]
            self.person_sector = attrs.get("sector")
            self.code = self.code or attrs["code"]
            return
        self.code = attrs["code"]
        if attrs["kind"] in ("institution", "igo") and attrs.get("sector"):
            self.take_role(Role("institution", attrs["sector"], False))

    def attrs(self) -> dict:
        head = self.roles[0]
        specific = self.specific_sector() if head.weak else None
        sector = specific if specific is not None else head.sector
        if self.kb_id and self.person_sector and head.weak:  # "Sekretari i NATO-s, Jens Stoltenberg"
            sector = self.person_sector
        role = head.role
        if self.modifier and role in ("minister", "deputy_minister"):
            role = role.replace("minister", f"{self.modifier}_minister")
        if self.deputy and not role.startswith("deputy"):
            role = f"deputy_{role}"
        return {"kind": "role", "code": self.code, "sector": sector, "role": role,
                "name": self.person, "kb_id": self.kb_id}

    def specific_sector(self) -> str | None:
        """The sector of the first further role that says more than a weak head ("official")."""
        for role in self.roles[1:]:
            if not role.weak and role.sector != "GOV":
                return role.sector
        return None
