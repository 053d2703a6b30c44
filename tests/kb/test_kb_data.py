"""Integrity of the built-in knowledge-base files and of the entries made from them."""
import re
import socket
from datetime import date

import pytest

from lajm import kb
from lajm.kb import records
from lajm.kb.tables import COLUMNS, DATA, row_key, table_name
from lajm.lang.base import read_tsv

FILES = sorted(DATA.glob("*.tsv"))
ALPHA3 = re.compile(r"^[A-Z]{3}$")
KINDS = {"country", "capital", "seat", "region", "igo", "institution", "media", "person",
         "demonym"}


def rows(name):
    return read_tsv(DATA / f"{name}.tsv")


def country_codes():
    return {row["code"] for row in rows("countries")}


@pytest.fixture(scope="module")
def base():
    return kb.load()


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_file_parses_with_its_columns(path):
    table = rows(path.stem)
    assert table, f"{path.name} is empty"
    assert all(column in table[0] for column in COLUMNS[table_name(path)])


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_duplicate_keys(path):
    keys = [row_key(table_name(path), row) for row in rows(path.stem)]
    duplicates = {key for key in keys if keys.count(key) > 1}
    assert not duplicates


def test_ids_are_unique_across_files():
    ids = [row["id"] for name in ("places", "organisations", "media", "persons") for row in rows(name)]
    assert len(ids) == len(set(ids))


def test_country_codes_are_alpha3_and_kosovo_is_kos():
    codes = {row["alpha2"]: row["code"] for row in rows("countries")}
    assert all(ALPHA3.match(code) for code in codes.values())
    assert codes["XK"] == "KOS" and codes["RU"] == "RUS" and codes["KP"] == "PRK"
    assert len(codes) >= 249


@pytest.mark.parametrize("name", ["places", "organisations", "media", "offices", "demonyms"])
def test_every_code_is_a_country_or_a_non_state_code(name):
    known = country_codes() | set(records.NON_STATE_CODES)
    assert {row["code"] for row in rows(name)} <= known


@pytest.mark.parametrize("name", ["places", "organisations", "media", "offices", "roles"])
def test_sectors_are_plover_sectors(name):
    used = {row["sector"] for row in rows(name) if row["sector"]}
    assert used <= set(records.SECTORS)


def test_offices_have_valid_dates_in_order_and_known_people_and_roles():
    people = {row["id"] for row in rows("persons")}
    roles = {row["role"] for row in rows("roles")}
    for row in rows("offices"):
        start = date.fromisoformat(row["start"])
        end = date.fromisoformat(row["end"]) if row["end"] else None
        assert end is None or start <= end, row
        assert row["person"] in people and row["role"] in roles, row


def test_every_person_holds_an_office():
    holders = {row["person"] for row in rows("offices")}
    assert {row["id"] for row in rows("persons")} <= holders


def test_entries_are_well_formed(base):
    for lang in ("sq", "en"):
        for entry in base.entries(lang):
            assert entry.form and entry.form == entry.form.strip()
            assert entry.kind in KINDS
            assert entry.sector is None or entry.sector in records.SECTORS
            assert (entry.role is not None) == (entry.kind == "person")


@pytest.mark.parametrize("lang, word", [
    ("sq", "se"), ("sq", "po"), ("sq", "do"), ("sq", "mes"), ("sq", "si"), ("sq", "mali"),
    ("sq", "tha"), ("en", "us"), ("en", "may"), ("en", "the"),
])
def test_common_words_are_never_entries(base, lang, word):
    forms = {entry.form.lower() for entry in base.entries(lang) if not entry.form.isupper()}
    assert word not in forms


def test_capitalised_acronyms_stay_as_written(base):
    forms = {entry.form for entry in base.entries("en")}
    assert "US" in forms and "us" not in forms


def test_every_country_has_a_name_in_both_languages(base):
    for code in country_codes():
        assert base.country_name(code, "en"), code
        assert base.country_name(code, "sq"), code


def test_non_country_cldr_regions_are_left_out(base):
    codes = {entry.code for entry in base.entries("en") if entry.kind == "country"}
    assert all(ALPHA3.match(code) for code in codes)
    assert "EUR" not in codes and "IGO" not in codes


def test_demonyms_cover_at_least_120_countries(base):
    countries = {e.code for e in base.entries("en") if e.kind == "demonym"} - {"EUR"}
    assert len(countries) >= 120


def test_building_the_knowledge_base_uses_no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the knowledge base tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    fresh = kb.KnowledgeBase(records.build())
    assert fresh.entries("sq") and fresh.entries("en")


@pytest.mark.parametrize("lang, word", [
    ("sq", "Kryeministri"), ("sq", "Maskat"), ("sq", "Krime"), ("sq", "Koha"), ("sq", "Fillon"),
    ("sq", "Politika"), ("sq", "Shekulli"), ("en", "Congress"), ("en", "Russia Today"),
    ("en", "Meta"), ("en", "Mustafa"), ("en", "Brown"), ("en", "Major"),
])
def test_words_of_the_language_are_not_names(base, lang, word):
    """A capitalised common word ("Kryeministri" = the prime minister, "Koha" = time) or a
    name too many people share must not be taken for an institution, outlet or person."""
    assert word not in {entry.form for entry in base.entries(lang)}


def test_no_person_holds_one_office_twice_at_once():
    terms: dict[tuple, list] = {}
    for row in rows("offices"):
        terms.setdefault((row["person"], row["role"], row["code"]), []).append(row)
    for key, held in terms.items():
        held.sort(key=lambda row: row["start"])
        for earlier, later in zip(held, held[1:]):
            assert earlier["end"] and earlier["end"] <= later["start"], key


def test_regional_heads_are_not_heads_of_state(base):
    """The head of Chechnya or Republika Srpska is not the country's president."""
    presidents = {entry.name for entry in base.holders("president", "RUS")}
    assert "Ramzan Kadyrov" not in presidents and "Vladimir Putin" in presidents
