import pytest

from lajm.annotate.scanning import last_word, words_of


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


@pytest.mark.parametrize("text", [
    "Rreth  500 Ushtarë", "more than\n1,200 ", "(about) $", "at least ", "snake_case", "up to 40%",
    "the U.S.", "İSTANBUL", "  ", "", "über-", "vs.\u00a0",
])
def test_last_word_is_the_last_of_words_of(text):
    assert last_word(text) == (words_of(text) or [""])[-1]
