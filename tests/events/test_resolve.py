"""Final touches on events: ids, article ids, confidence, modes, and repeats in a sentence."""
import pytest

import lajm

TEXTS = [
    ("sq", "Rusia sulmoi Ukrainën të hënën. Serbia akuzoi Kosovën për provokime."),
    ("en", "Russia attacked Ukraine on Monday. Serbia accused Kosovo of provocations."),
]


@pytest.mark.parametrize("lang,text", TEXTS)
def test_ids_are_stable_unique_and_tied_to_the_article(lang, text):
    first = lajm.extract(text, lang=lang, published="2025-03-12")
    again = lajm.extract(text, lang=lang, published="2025-03-12")
    ids = [e.id for e in first.events]
    assert len(ids) == 2 and len(set(ids)) == 2
    assert ids == [e.id for e in again.events]
    assert all(e.article_id == first.article.id for e in first.events)


def test_same_event_in_two_articles_gets_two_ids():
    one = lajm.extract("Rusia sulmoi Ukrainën.", lang="sq")
    two = lajm.extract("Rusia sulmoi Ukrainën. Moti ishte i ftohtë.", lang="sq")
    assert one.events[0].id != two.events[0].id


@pytest.mark.parametrize("lang,text", TEXTS)
def test_confidence_is_a_probability(lang, text):
    for event in lajm.extract(text, lang=lang).events:
        assert 0.0 <= event.confidence <= 1.0


def test_confidence_is_higher_with_a_coded_recipient_and_a_source():
    bare = lajm.extract("Rusia sulmoi.", lang="sq").events[0]
    full = lajm.extract("Rusia sulmoi Ukrainën, sipas Kievit.", lang="sq").events[0]
    assert full.confidence > bare.confidence


def test_the_same_event_twice_in_a_sentence_is_kept_once():
    doc = lajm.extract("Rusia sulmoi Ukrainën dhe sulmoi Ukrainën.", lang="sq")
    assert [e.type for e in doc.events] == ["ASSAULT"]


@pytest.mark.parametrize("lang,text,types", [
    # two verbs of one type side by side with one recipient after both: one event
    ("sq", "Ministrat e Jashtëm të BE-së shprehën zhgënjimin dhe kritikuan Serbinë.", ["ACCUSE"]),
    ("sq", "Banorët e Vlorës paraqitën një kërkesë duke i kërkuar qeverisë së Shqipërisë rrugë të re.",
     ["REQUEST"]),
    ("en", "The European Union condemned and denounced Serbia.", ["ACCUSE"]),
    # each with its own object: two events
    ("en", "Serbia put the army on alert and ordered troops to move to the border.", ["MOBILIZE", "MOBILIZE"]),
    # the same verb on two persons: two events
    ("sq", "Agim Gashi ishte dënuar me dhjetë vjet burg, kurse Besim Hoti ishte dënuar me pesë vjet.",
     ["SANCTION", "SANCTION"]),
    # an event noun the verb of its sentence tells again
    ("sq", "Para takimit të kryeministrit të Kosovës në Tiranë, ku ai do të takohet me kryeministrin e "
     "Shqipërisë, u bë një deklaratë.", ["CONSULT"]),
])
def test_one_event_told_twice_in_a_sentence_is_kept_once(lang, text, types):
    assert [e.type for e in lajm.extract(text, lang=lang, published="2025-03-12").events] == types


def test_the_same_event_in_two_sentences_is_kept_twice():
    doc = lajm.extract("Rusia sulmoi Ukrainën. Rusia sulmoi Ukrainën.", lang="sq")
    assert [e.sentence for e in doc.events] == [0, 1]


@pytest.mark.parametrize("lang,text", [
    ("sq", "Turqia dërgoi 500 ushtarë në Kosovë."),
    ("en", "Russia sent about 2,000 troops to Belarus."),
])
def test_troops_sent_are_military_aid(lang, text):
    event = next(e for e in lajm.extract(text, lang=lang).events if e.type == "AID")
    assert event.mode == "military"


# (headline and body, (type, sentence) of each event coded): a headline telling the event its
# body tells again, between the same parties, gives way to the body's; a headline telling
# another event, or the same kind of event by someone else, is kept.
HEADLINES = [
    ("Chile and Peru agree to reopen border crossing\n"
     "Chile and Peru agreed on Monday to reopen their main border crossing, officials said.", [("AGREE", 1)]),
    ("Kenya sends police officers to Haiti\n"
     "Kenya sent 400 police officers to Haiti on Tuesday, the interior ministry said.", [("AID", 1)]),
    ("Kenya sends police officers to Haiti\n"
     "Kenya sent 400 police officers to Haiti on Tuesday. Kenya sent tents to Haiti in March.",
     [("AID", 1), ("AID", 2)]),
    ("Chile accuses Peru of spying\n"
     "Chile and Peru agreed on Monday to reopen their main border crossing.", [("ACCUSE", 0), ("AGREE", 1)]),
    ("Chile accuses Peru of spying\n"
     "Bolivia accused Peru of spying on Monday.", [("ACCUSE", 0), ("ACCUSE", 1)]),
]


@pytest.mark.parametrize("text,events", HEADLINES)
def test_a_headline_and_the_body_telling_one_event_keep_the_body_one(text, events):
    doc = lajm.extract(text, lang="en", published="2025-03-12")
    assert [(e.type, e.sentence) for e in doc.events] == events
