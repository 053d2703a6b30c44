"""Pair phrases: "të dy vendet", "dy palët", "të dy liderët" stand for the last two
states or leaders named before them, unless their names follow ("dy liderët Thaçi dhe
Veseli"). The pack lists the words: `pair_words` ("dy", "dyja") and `[pair_groups]`
(the noun after them -> the group it names: country, government, party, leader).

Compound names: "US-Iraqi troops" are of both countries, "US-led forces" of the first;
the pack lists the participles that make the first name the leader (`compound_leads`).

Group nouns with no country of their own: "rebels in the Ivory Coast" are of the place
they are in, when the pack lists their role as local (`local_roles`: not troops or aid
workers, often foreign); "Darfur rebels ... the rebels" are the rebels coded before; an
NGO nothing places is the home country's in home news, else an international one.

Bodies named by their town: "Policia Tiranë", "Gjykata e Shkallës së Parë Korçë" are one
party, of the town's country.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from lajm.annotate.segment import upper_at
from lajm.kb import NON_STATE, PLACE_KINDS, Entry
from lajm.lang.base import LanguagePack
from lajm.model import Span

# The sector a pair phrase gives its members: "të dy vendet" are bare countries, "dy
# qeveritë" governments; "dy palët", "të dy liderët" keep their members' own.
PAIR_SECTORS: Final = {"country": None, "government": "GOV"}
MEMBER_ATTRS: Final = ("code", "sector", "name", "kb_id")
# Roles whose holders no country, demonym or body places are, outside home news, of a
# non-state code. The guidelines code a country's NGOs as its CVL, international ones NGO.
UNPLACED_CODES: Final = {"ngo": "NGO"}
COMPOUND_TAIL: Final = re.compile(r"(?:-[^\W\d_]+)+")  # "-Iraqi", "-led", "-Israeli-Palestinian"
COMPOUND_KINDS: Final = {"country", "demonym"}


class PairWords:
    def __init__(self, pack: LanguagePack):
        self.words = set(pack.words("pair_words"))
        self.groups = dict(pack.config.get("pair_groups", {}))
        self.places = set(pack.words("location_preps"))

    def find(self, text: str, starts: list[int], norms: list[str], linkers: set[str]) -> list[tuple[int, int, str]]:
        """(first token, token after the phrase, group) of the pair phrases of a sentence,
        whose tokens start at `starts` in `text` and read `norms`."""
        found: list[tuple[int, int, str]] = []
        if not self.words or self.words.isdisjoint(norms):  # isdisjoint reads all the norms
            return found
        for k in range(len(norms) - 1):
            group = self.groups.get(norms[k + 1])
            named_after = k + 2 < len(starts) and upper_at(text, starts[k + 2])
            if norms[k] in self.words and group and not named_after:
                found.append((k - 1 if k > 0 and norms[k - 1] in linkers else k, k + 2, group))
        return found


TOWN_BODIES: Final = {"COP", "JUD"}  # bodies named by their town ("Policia Tiranë", "Prokuroria Durrës")


def resolve_pairs(spans: list[Span], places: set[str]) -> None:
    """Give each pair phrase its members: the last two states (or their people) named
    before it, places where something happens ("në Vjenë") aside; the first member's code
    is the phrase's own."""
    for n, pair in enumerate(spans):
        if pair.attrs["kind"] != "pair":
            continue
        members = _members(spans[:n], places)
        for member in members:
            member["sector"] = PAIR_SECTORS.get(pair.attrs["group"], member["sector"])
        if len(members) == 2:
            pair.attrs["members"] = members
            pair.attrs["code"] = members[0]["code"]


def _members(before: list[Span], places: set[str]) -> list[dict]:
    members: dict[str, dict] = {}
    for span in reversed(before):
        a = span.attrs
        place = a["kind"] in PLACE_KINDS and a.get("prep") in places
        if a.get("code") and a["code"] not in NON_STATE and a["code"] not in members \
                and a["kind"] not in ("media", "pair") and not place:
            members[a["code"]] = {key: a.get(key) for key in MEMBER_ATTRS}
        if len(members) == 2:
            break
    return list(reversed(members.values()))


class CompoundNames:
    """Names joined by hyphens into one word: "US-Iraqi", "Russian-Georgian", "U.S.-led"."""

    def __init__(self, pack: LanguagePack, entries: list[Entry]):
        self.leads = set(pack.words("compound_leads"))
        self.forms = {e.form: e for e in reversed(entries) if e.kind in COMPOUND_KINDS} if self.leads else {}

    def read(self, text: str, name: Span) -> tuple[int, list[dict]] | None:
        """The end offset and the members of the compound that `name` opens, or None when
        no hyphen follows or a part after it is neither a country nor a leading participle
        ("US-backed militias" are not American)."""
        if not self.leads or name.end >= len(text) or text[name.end] != "-":  # most names: no regex tried
            return None
        tail = COMPOUND_TAIL.match(text, name.end)
        if tail is None or name.attrs["kind"] not in COMPOUND_KINDS:
            return None
        parts = tail.group()[1:].split("-")
        if len(parts) == 1 and parts[0].lower() in self.leads:
            return tail.end(), [_member(name.attrs)]
        found = [self.forms.get(part) for part in parts]
        if None in found:
            return None
        return tail.end(), [_member(name.attrs)] + [_member(vars(entry)) for entry in found]

    def of_demonyms(self, text: str, name: Span, end: int) -> bool:
        """Whether the compound from `name` to `end` joins demonyms only ("Chinese-American")."""
        parts = text[name.end + 1:end].split("-")
        return name.attrs["kind"] == "demonym" and all(
            part in self.forms and self.forms[part].kind == "demonym" for part in parts)


def _member(attrs: dict) -> dict:
    return {key: attrs.get(key) for key in MEMBER_ATTRS}


def resolve_repeated_groups(spans: list[Span]) -> None:
    """A role phrase with no country ("the rebels") takes the country of the last phrase
    of the same role and sector coded before it in the article ("Sudanese rebels")."""
    coded: dict[tuple, str] = {}
    for span in spans:
        a = span.attrs
        if a["kind"] != "role" or not a.get("role"):
            continue
        key = (a["role"], a.get("sector"))
        if a.get("code"):
            coded[key] = a["code"]
        elif key in coded and not a.get("name"):
            a["code"], a["code_from"] = coded[key], "the same group coded before"


def resolve_local_groups(spans: list[Span], text: str, local_roles: set[str], places: set[str]) -> None:
    """ "rebels in the Ivory Coast", "police in Kenya": a local group named right before
    the country it is in is of that country."""
    for group, place in zip(spans, spans[1:]):
        a, where = group.attrs, place.attrs
        if a["kind"] == "role" and not a.get("code") and a.get("role") in local_roles \
                and where["kind"] in PLACE_KINDS and where.get("code") and where["code"] not in NON_STATE \
                and where.get("prep") in places:
            between = text[group.end:place.start].split()
            if between[:1] == [where["prep"]] and len(between) <= 2:
                a["code"], a["code_from"] = where["code"], "the country the group is in"


def resolve_unplaced_groups(spans: list[Span], home_of: Callable[[Span], str | None]) -> None:
    """ "a human rights group", "një organizatë joqeveritare": an NGO no country places is
    of the home country of the news it is in (`home_of`), else NGO with no sector, like
    one of a non-state body ("the UN aid agency")."""
    for span in spans:
        a = span.attrs
        code = UNPLACED_CODES.get(a.get("role") or "") if a["kind"] == "role" else None
        if code is None or (a.get("code") and a["code"] not in NON_STATE):
            continue
        home = None if a.get("code") else home_of(span)
        a["code"], a["sector"] = home or a.get("code") or code, "CVL" if home else None


def attach_towns(spans: list[Span], text: str) -> list[Span]:
    """ "Policia Tiranë", "Gjykata e Shkallës së Parë Korçë": a police or court body followed
    right away by the bare name of its town is one party, of that town's country; the town
    is no party of its own."""
    out: list[Span] = []
    for span in spans:
        body = out[-1] if out else None
        if body is not None and _town_of(body, span, text):
            body.end = span.end
            body.attrs["code"] = span.attrs["code"]
            body.attrs.pop("home", None)  # the town, not the home country, says whose it is
            continue
        out.append(span)
    return out


def _town_of(body: Span, town: Span, text: str) -> bool:
    b, t = body.attrs, town.attrs
    return b["kind"] == "role" and b.get("sector") in TOWN_BODIES and t["kind"] in PLACE_KINDS \
        and bool(t.get("code")) and t["code"] not in NON_STATE and not t.get("prep") and not t.get("genitive") \
        and t.get("case") == "nom" and text[body.end:town.start].strip() == ""
