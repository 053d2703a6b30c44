import json
from datetime import date

import pytest

from lajm.errors import InputError
from lajm.ingest.jsonl import parse_jsonl
from lajm.model import Article

GOOD = json.dumps({"id": "u1", "text": "Policia arrestoi dy persona."})


@pytest.mark.parametrize("line, problem", [
    ("{id: 1}", "not valid JSON"),
    ('{"id": "u2", "text": "pa mbyllje"', "not valid JSON"),
    ('["Policia arrestoi dy persona."]', "not an object"),
    ('"Policia arrestoi dy persona."', "not an object"),
    ('{"id": "u2"}', 'no non-empty "text"'),
    ('{"id": "u2", "text": "   "}', 'no non-empty "text"'),
    ('{"id": "u2", "text": 42}', 'no non-empty "text"'),
    ('{"id": "u2", "text": "Teksti.", "published": "dje"}', '"published"'),
    ('{"id": "u2", "text": "Teksti.", "published": 20250101}', '"published"'),
    ('{"id": "u2", "text": "Teksti.", "lang": "de"}', '"lang"'),
])
def test_bad_line_is_an_error_named_by_line_and_the_others_go_on(line, problem):
    first, error, third = parse_jsonl(f"{GOOD}\n{line}\n\n{GOOD}\n", "units.jsonl")
    assert isinstance(first, Article) and isinstance(third, Article)
    assert isinstance(error, InputError)
    assert error.source == "units.jsonl:2"
    assert problem in error.problem
    assert third.meta["source"] == "units.jsonl:4"


@pytest.mark.parametrize("published, expected", [
    ("2025-03-07", date(2025, 3, 7)),
    ("2025-03-07T23:30:00+01:00", date(2025, 3, 7)),
    ("2025-03-07T10:00:00Z", date(2025, 3, 7)),
    (None, None),
])
def test_published_as_iso_date_or_datetime(published, expected):
    line = json.dumps({"id": "u1", "text": "Teksti.", "published": published})
    [article] = parse_jsonl(line, "units.jsonl")
    assert article.published == expected


def test_unit_fields_and_meta():
    line = json.dumps({"id": "sq-7", "text": "Kuvendi miratoi ligjin.", "lang": "sq", "title": "Ligji",
                       "url": "https://gazeta.example/ligji", "origin": "arkiva", "tags": ["politikë"]})
    [article] = parse_jsonl(line, "units.jsonl")
    assert (article.text, article.lang, article.title, article.url) == (
        "Kuvendi miratoi ligjin.", "sq", "Ligji", "https://gazeta.example/ligji")
    assert article.meta == {"source": "units.jsonl:1", "unit_id": "sq-7", "origin": "arkiva", "tags": ["politikë"]}
