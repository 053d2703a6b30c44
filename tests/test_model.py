"""The data model: article ids, event JSON round trips, spans inside spans."""
import bisect
import json
import unicodedata
from datetime import date

import pytest

import lajm
from lajm.errors import LajmError
from lajm.model import (Article, DateRange, Doc, Entity, Event, Quantity, Span, Tokens, article_id,
                         bisect_left, bisect_right)

SAME_TEXT = [
    ("Rusia sulmoi Ukrainën.", "Rusia  sulmoi\nUkrainën. "),
    ("Rusia sulmoi Ukrainën.", "\tRusia sulmoi\r\n\r\nUkrainën."),
    ("Shqipëria dhe Kosova.", unicodedata.normalize("NFD", "Shqipëria dhe Kosova.")),
]


@pytest.mark.parametrize("one,other", SAME_TEXT)
def test_article_id_ignores_whitespace_and_unicode_form(one, other):
    assert one != other
    assert article_id(one) == article_id(other) == Article(text=other).id


def test_article_id_is_a_sha256_of_the_text_and_differs_between_texts():
    one, other = Article(text="Rusia sulmoi Ukrainën."), Article(text="Ukraina sulmoi Rusinë.")
    assert len(one.id) == 64 and int(one.id, 16) >= 0
    assert one.id != other.id


def test_a_given_article_id_is_kept():
    assert Article(text="Tekst.", id="unit-7").id == "unit-7"


ROUND_TRIP = [
    ("sq", "Rusia ka dërguar të paktën 3.000 ushtarë në Bjellorusi të hënën, sipas Kievit."),
    ("en", "Serbia will meet Kosovo in Brussels on Thursday, officials said."),
    ("en", "Three men were arrested by the Serbian police in Belgrade on Tuesday."),
]


@pytest.mark.parametrize("lang,text", ROUND_TRIP)
def test_event_json_round_trip(lang, text):
    events = lajm.extract(text, lang=lang, published="2025-03-12").events
    assert events
    for event in events:
        data = json.loads(json.dumps(event.to_json()))
        again = Event.from_json(data)
        assert again == event
        assert again.to_json() == data


def test_to_json_leaves_out_empty_fields_but_keeps_actor():
    data = Event(type="ASSAULT", trigger="sulmoi").to_json()
    assert data["actor"] == []
    for name in ("recipient", "location", "date", "quantities", "attribution", "mode", "id"):
        assert name not in data


def test_from_json_reads_the_gold_format():
    gold = {"type": "AID", "mode": "military", "trigger": "dërgoi",
            "actor": [{"text": "Korea e Veriut", "code": "PRK", "sector": None}],
            "recipient": [{"text": "Rusi", "code": "RUS"}],
            "location": {"text": "Rusi", "code": "RUS"},
            "date": {"text": "vitin e kaluar", "start": "2024-01-01", "end": "2024-12-31"},
            "quantities": [{"kind": "troops", "value": 3000, "qualifier": "at_least"}],
            "attribution": {"text": "Seuli", "code": "KOR", "sector": "GOV"},
            "modality": "reported", "unknown_field": 1}
    event = Event.from_json(gold)
    assert event.actor == [Entity(text="Korea e Veriut", code="PRK")]
    assert event.quantities == [Quantity(kind="troops", value=3000, qualifier="at_least")]
    assert event.date == DateRange(text="vitin e kaluar", start="2024-01-01", end="2024-12-31")
    assert (event.location.code, event.attribution.sector, event.modality) == ("RUS", "GOV", "reported")


def test_from_json_turns_span_lists_into_tuples():
    event = Event.from_json({"type": "ASSAULT", "trigger": "x", "trigger_span": [3, 4],
                             "actor": [{"text": "Rusia", "code": "RUS", "span": [0, 5]}]})
    assert event.trigger_span == (3, 4) and event.actor[0].span == (0, 5)


def test_span_length_and_overlap():
    a, b, c = Span(0, 5), Span(4, 9), Span(5, 7)
    assert len(a) == 5
    assert a.overlaps(b) and b.overlaps(a)
    assert not a.overlaps(c) and not c.overlaps(a)


def doc_with(text: str, tokens: list[tuple[int, int]], spans: list[tuple[int, int]]) -> Doc:
    doc = Doc(article=Article(text=text))
    doc.tokens = Tokens([a for a, _ in tokens], [b for _, b in tokens])
    doc.spans["entity"] = [Span(a, b, "entity") for a, b in spans]
    return doc


def test_tokens_in_and_spans_in():
    text = "Rusia sulmoi. Kosova foli."
    doc = doc_with(text, [(0, 5), (6, 12), (12, 13), (14, 20), (21, 25), (25, 26)],
                   [(14, 20), (0, 5), (6, 20)])  # not sorted on purpose
    first, second = Span(0, 13), Span(14, 26)
    assert [doc.slice(t) for t in doc.tokens_in(first)] == ["Rusia", "sulmoi", "."]
    assert [doc.slice(t) for t in doc.tokens_in(second)] == ["Kosova", "foli", "."]
    assert [doc.slice(s) for s in doc.spans_in("entity", first)] == ["Rusia"]
    assert [doc.slice(s) for s in doc.spans_in("entity", second)] == ["Kosova"]
    assert doc.spans_in("nothing", first) == []


def test_spans_in_sees_spans_added_later():
    doc = doc_with("Rusia sulmoi Kosovën.", [], [(0, 5)])
    whole = Span(0, 21)
    assert len(doc.spans_in("entity", whole)) == 1
    doc.spans["entity"].append(Span(13, 20, "entity"))
    assert [doc.slice(s) for s in doc.spans_in("entity", whole)] == ["Rusia", "Kosovën"]


def test_spans_read_on_demand_are_read_once_per_sentence_asked_for():
    doc = Doc(article=Article(text="Rusia sulmoi. Kosova foli. Serbia heshti.", lang="sq"),
              sentences=[Span(0, 13), Span(14, 26), Span(27, 41)])
    asked = []

    def capitals(doc, sentence):  # each capital word of the sentence
        asked.append(sentence.start)
        return [Span(sentence.start, sentence.start + 1, "capital")]
    doc.read_on_demand("capital", capitals)
    assert doc.spans["capital"] == [] and asked == []
    assert [s.start for s in doc.spans_in("capital", doc.sentences[1])] == [14]
    assert [s.start for s in doc.spans_in("capital", doc.sentences[1])] == [14]
    assert [s.start for s in doc.spans_in("capital", Span(0, 41))] == [0, 14, 27]
    assert asked == [14, 0, 27]


def test_doc_json_is_the_unit_format():
    doc = lajm.extract("Rusia sulmoi Ukrainën.", lang="sq")
    data = doc.to_json()
    assert data["id"] == doc.article.id
    assert [e["type"] for e in data["events"]] == ["ASSAULT"]


@pytest.mark.parametrize("published,expected", [("2025-03-12", date(2025, 3, 12)), (date(2024, 1, 5), date(2024, 1, 5)), (None, None)])
def test_article_takes_its_publication_date_as_a_date_or_iso_text(published, expected):
    assert Article(text="Teksti.", published=published).published == expected


def test_article_with_a_publication_date_that_is_no_date_is_refused():
    with pytest.raises(LajmError, match="'12 mars' is not a date"):
        Article(text="Teksti.", published="12 mars")


def test_sentences_holding_spans_of_a_label_follow_the_spans():
    text = "Njëra. Tjetra. E treta."
    doc = Doc(article=Article(text=text), sentences=[Span(0, 6), Span(7, 14), Span(15, 23)])
    doc.spans["trigger"] = [Span(16, 17, "trigger"), Span(0, 5, "trigger")]
    assert doc.sentence_numbers_with("trigger") == [0, 2]
    assert doc.sentences_with("trigger") == [doc.sentences[0], doc.sentences[2]]
    doc.spans["trigger"].append(Span(8, 10, "trigger"))
    assert doc.sentence_numbers_with("trigger") == [0, 1, 2]
    assert doc.sentence_numbers_with("quantity") == []


def test_spans_before_an_offset_end_by_it_in_order():
    doc = Doc(article=Article(text="Një dy tre katër pesë."))
    doc.spans["entity"] = [Span(9, 13, "entity"), Span(0, 3, "entity"), Span(4, 8, "entity"), Span(5, 11, "entity")]
    assert doc.spans_before("entity", 9) == [Span(0, 3, "entity"), Span(4, 8, "entity")]
    assert doc.spans_before("entity", 0) == []
    assert doc.spans_before("time", 20) == []


@pytest.mark.parametrize("values", [[], [5], [1, 3, 3, 3, 7], [0, 2, 4, 6, 8, 10, 12], [4, 4, 4]])
@pytest.mark.parametrize("x", [-1, 0, 3, 4, 5, 7, 13])
def test_bisect_finds_the_places_the_standard_library_does(values, x):
    assert bisect_left(values, x) == bisect.bisect_left(values, x)
    assert bisect_right(values, x) == bisect.bisect_right(values, x)
