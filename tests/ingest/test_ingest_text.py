from datetime import date

import pytest

from lajm.ingest.clean import drop_trailing_labels
from lajm.ingest.text import parse_text

BODY = "Policia arrestoi dje tre persona në Durrës, tha zëdhënësi i policisë."


@pytest.mark.parametrize("text, title", [
    (f"Tre të arrestuar në Durrës\n\n{BODY}", "Tre të arrestuar në Durrës"),
    (f"Tre të arrestuar në Durrës\n{BODY}", "Tre të arrestuar në Durrës"),
    (f"{BODY}\n\nHetimet vazhdojnë.", None),
    ("Tre të arrestuar në Durrës", None),
    (f"Sipas policisë:\n{BODY}", None),
    ("Ky rresht është shumë i gjatë për të qenë titull " * 4 + f"\n{BODY}", None),
])
def test_title_is_a_short_unpunctuated_first_line_and_the_text_is_kept_whole(text, title):
    article = parse_text(text, "lajm.txt")
    assert article.title == title
    assert article.text == text.strip()


@pytest.mark.parametrize("tail", ["Komente", "Comments (3)", "Shpërndaje", "Shperndaje:", "Share", "\nKomente\n\nShare\n"])
def test_trailing_label_lines_are_dropped(tail):
    assert parse_text(f"{BODY}\n{tail}", "lajm.txt").text == BODY


@pytest.mark.parametrize("text", [
    f"{BODY}\nKomente të shumta erdhën nga lexuesit e portalit.",
    f"Komente\n{BODY}",
])
def test_lines_that_are_more_than_a_label_are_kept(text):
    assert drop_trailing_labels(text) == text


def test_line_endings_are_normalised():
    assert parse_text(f"Titulli\r\n\r\n{BODY}\r\n", "lajm.txt").text == f"Titulli\n\n{BODY}"


def test_date_line_under_the_title():
    article = parse_text(f"Tre të arrestuar\nPublikuar më: 9 maj 2025, 10:00\n\n{BODY}", "lajm.txt")
    assert article.published == date(2025, 5, 9)


def test_date_far_into_the_body_is_not_the_publication_date():
    text = "\n".join([BODY] * 6 + ["Publikuar më: 9 maj 2025"])
    assert parse_text(text, "lajm.txt").published is None
