import pytest

from lajm.annotate.scanning import words_of


@pytest.mark.parametrize("text, words", [
    ("Rreth  500 Ushtarë", ["rreth", "500", "ushtarë"]),
    ("more than\n1,200 people", ["more", "than", "1", ",", "200", "people"]),
    ("(about) $40", ["(", "about", ")", "$", "40"]),
    ("snake_case word", ["snake_case", "word"]),
    ("  ", []),
    ("", []),
])
def test_words_of_gives_lower_case_words_and_signs(text, words):
    assert words_of(text) == words
