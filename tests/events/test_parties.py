"""Who did what to whom in English phrasing the subject-verb-object reading misses:
reduced relative clauses, compound names, repeated and local groups, quantifiers and
place nouns before "of", the content of a request, and possessed roles."""
import pytest

import lajm
from reading import codes, event_of, PUBLISHED





# (text, trigger, actor codes, recipient codes)
PARTIES = [
    # a participle right after an object or a prepositional phrase: the noun underwent it
    ("Police in Lima freed a Chilean diplomat kidnapped last week.", "kidnapped", [], ["CHL"]),
    ("The talks dealt with Greek sailors seized by Turkish forces.", "seized", ["TUR"], ["GRC"]),
    # ... and those who release a captive with no captor named held it
    ("Colombian rebels released two Spanish reporters abducted in June.", "abducted", ["COL"], ["ESP"]),
    # a participle after the subject is still its verb
    ("Turkish troops attacked a Kurdish village.", "attacked", ["TUR"], []),
    ("Russia said that Ukraine recognised the border.", "recognised", ["UKR"], []),
    # hyphenated names: both countries, or the leader of "-led"
    ("US-Afghan forces attacked a village.", "attacked", ["AFG", "USA"], []),
    ("French-led troops attacked the town.", "attacked", ["FRA"], []),
    ("U.S.-led forces bombed the bridge.", "bombed", ["USA"], []),
    # a group named again takes the country of its earlier mention
    ("Chadian rebels met envoys in Tripoli. The rebels accused Libya of bias.", "accused", ["TCD"], ["LBY"]),
    # a local group right before the country it is in is of that country
    ("Students in Serbia blocked roads for a week.", "blocked roads", ["SRB"], ["SRB"]),
    # a protest by people of no country in a sentence that names one country before it
    ("Greece was paralysed as thousands of workers went on strike.", "went on strike", ["GRC"], ["GRC"]),
    # a quantifier's "of" hides no object
    ("Israel destroyed most of the Egyptian air force.", "destroyed", ["ISR"], ["EGY"]),
    # the subject after "that" is whom a request asks
    ("Turkey demanded on Friday that Greece withdraw its ships.", "demanded", ["TUR"], ["GRC"]),
    ("Kenya urged that the Somali government release the hostages.", "urged", ["KEN"], ["SOM"]),
    # a country's "'s" codes a role a few adjectives later
    ("Bolivia's best known indigenous rights activist staged a hunger strike.",
     "staged a hunger strike", ["BOL"], ["BOL"]),
    # a state body and the rebels or opposition it faces, one of them named with no country
    ("The Chilean government accepted demands from the rebels.", "accepted demands", ["CHL"], ["CHL"]),
    ("Peruvian rebels demanded the removal of the president.", "demanded", ["PER"], ["PER"]),
    ("The rebels demanded that the Peruvian government free their fighters.", "demanded", ["PER"], ["PER"]),
    # a country named bare deals abroad: the rebels it accuses are of no country known
    ("Peru accused the rebels of shelling the town.", "accused", ["PER"], []),
]


@pytest.mark.parametrize("text,trigger,actors,recipients", PARTIES)
def test_parties_are_read(text, trigger, actors, recipients):
    event = event_of(text, trigger)
    assert codes(event.actor) == actors
    assert codes(event.recipient) == recipients


# (text, trigger of the content that is no event of its own)
REQUEST_CONTENT = [
    ("Turkey demanded on Friday that Greece withdraw its ships.", "withdraw"),
    ("The Serbian opposition demanded that the government resign.", "resign"),
]


@pytest.mark.parametrize("text,content", REQUEST_CONTENT)
def test_what_a_request_asks_for_is_not_coded(text, content):
    doc = lajm.extract(text, lang="en", published=PUBLISHED)
    assert [e.type for e in doc.events] == ["REQUEST"]
    assert all(e.trigger != content for e in doc.events)


# (text, trigger, actor codes): groups that stay uncoded, so no event or no actor code
NOT_LOCAL = [
    ("Peacekeepers in Haiti attacked gangs on Monday.", "attacked"),
    ("US-backed militias attacked the town.", "attacked"),
]


@pytest.mark.parametrize("text,trigger", NOT_LOCAL)
def test_foreign_or_backed_groups_are_not_coded_by_the_place(text, trigger):
    doc = lajm.extract(text, lang="en", published=PUBLISHED)
    assert all(not codes(e.actor) for e in doc.events if e.trigger == trigger)


def test_a_protest_against_a_foreign_target_does_not_take_its_country():
    event = event_of("Students protested against the American embassy.", "protested")
    assert codes(event.actor) == []
    assert codes(event.recipient) == ["USA"]


@pytest.mark.parametrize("text,place", [
    ("Iraqi troops attacked rebels in the northern city of Mosul.", "Mosul"),
    ("Police arrested ten protesters in the town of Homs.", "Homs"),
])
def test_a_place_noun_before_of_places_the_event_in_the_name(text, place):
    doc = lajm.extract(text, lang="en", published=PUBLISHED)
    assert doc.events[0].location is not None and doc.events[0].location.text == place
