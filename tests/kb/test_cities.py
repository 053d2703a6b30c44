import pytest

import lajm
from lajm.kb.cities import city


@pytest.mark.parametrize("name, code", [("Port Sudan", "SDN"), ("Jeddah", "SAU"), ("Osaka", "JPN")])
def test_a_city_is_coded_to_its_country(name, code):
    place = city(name, (0, len(name)))
    assert place is not None and place.code == code and place.geonames_id and place.lat is not None


def test_an_unknown_name_is_no_city():
    assert city("Nowhereville Upon Sea", (0, 21)) is None


def test_a_city_after_a_preposition_of_place_locates_the_event():
    doc = lajm.extract("Sudan's army and the rebels held talks in Port Sudan on Friday.", lang="en")
    located = [e.location for e in doc.events if e.location is not None]
    assert located and located[0].text == "Port Sudan" and located[0].code == "SDN"
    assert doc.slice(located[0].span) == "Port Sudan"
