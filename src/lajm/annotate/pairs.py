"""Pair phrases: "të dy vendet", "dy palët", "të dy liderët" stand for the last two
states or leaders named before them, unless their names follow ("dy liderët Thaçi dhe
Veseli"). The pack lists the words: `pair_words` ("dy", "dyja") and `[pair_groups]`
(the noun after them -> the group it names: country, government, party, leader).
"""
from __future__ import annotations

from lajm.kb import NON_STATE, PLACE_KINDS
from lajm.lang.base import LanguagePack
from lajm.model import Span

# The sector a pair phrase gives its members: "të dy vendet" are bare countries, "dy
# qeveritë" governments; "dy palët", "të dy liderët" keep their members' own.
PAIR_SECTORS = {"country": None, "government": "GOV"}
MEMBER_ATTRS = ("code", "sector", "name", "kb_id")


class PairWords:
    def __init__(self, pack: LanguagePack):
        self.words = set(pack.config.get("pair_words", ()))
        self.groups = dict(pack.config.get("pair_groups", {}))
        self.places = set(pack.words("location_preps"))

    def find(self, words: list[str], norms: list[str], linkers: set[str]) -> list[tuple[int, int, str]]:
        """(first token, token after the phrase, group) of the pair phrases of a sentence."""
        found = []
        for k in range(len(norms) - 1):
            group = self.groups.get(norms[k + 1])
            named_after = k + 2 < len(words) and words[k + 2][:1].isupper()
            if norms[k] in self.words and group and not named_after:
                found.append((k - 1 if k > 0 and norms[k - 1] in linkers else k, k + 2, group))
        return found


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
