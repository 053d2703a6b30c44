from datetime import date

import pytest

from lajm.ingest.dates import fallback_line, parse_date, published_line


@pytest.mark.parametrize("text, expected", [
    ("Publikuar më: 12 shkurt 2025", date(2025, 2, 12)),
    ("Publikuar më 5 Dhjetor 2024, ora 10:20", date(2024, 12, 5)),
    ("Publikuar me: 7 nentor 2024", date(2024, 11, 7)),
    ("Publikuar: e enjte, 6 mars 2025", date(2025, 3, 6)),
    ("Botuar: 12/02/2025", date(2025, 2, 12)),
    ("Publikuar: 2025-03-01 09:00", date(2025, 3, 1)),
    ("Published on Thursday, March 6, 2025", date(2025, 3, 6)),
    ("Posted: 6 Mar 2025", date(2025, 3, 6)),
    ("Bota | Publikuar më: 31 shkurt 2025", None),
    ("Përditësuar: 3 nëntor 2024", None),
    ("PUBLIKUAR: 12.02.2025", date(2025, 2, 12)),
    ("Qeveria ka publikuar raportin vjetor.", None),
    ("Sipas raportit të publikuar më 3 mars 2024, çmimet u rritën.", None),
    ("The report, published on March 3, 2024, found no fraud.", None),
])
def test_published_line(text, expected):
    assert published_line(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kronikë | 12.02.2025 14:30", date(2025, 2, 12)),
    ("12.02.2025, ora 9:05", date(2025, 2, 12)),
    ("Përditësuar: 3 nëntor 2024", date(2024, 11, 3)),
    ("Updated: 4 April 2025", date(2025, 4, 4)),
    ("The list was updated on 4 April 2025.", None),
    ("Takimi u mbajt më 12.02.2025 në Tiranë.", None),
    ("© 2016–2025 Gazeta", None),
])
def test_fallback_line(text, expected):
    assert fallback_line(text) == expected


@pytest.mark.parametrize("fragment, expected", [
    ("1 qershor 2024", date(2024, 6, 1)),
    ("1 qer. 2024", date(2024, 6, 1)),
    ("June 1, 2024", date(2024, 6, 1)),
    ("01.06.2024", date(2024, 6, 1)),
    ("2024-06-01", date(2024, 6, 1)),
    ("1 flamur 2024", None),
    ("32.01.2024", None),
])
def test_parse_date(fragment, expected):
    assert parse_date(fragment) == expected
