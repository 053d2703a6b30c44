import pytest

from lajm.annotate.scanning import TOKEN, last_word, start_of_last_words, words_of


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


@pytest.mark.parametrize("text", ["about $ 5", "rreth  €", "at least,  more than", "x_y - z", "Über 3.5", "a", "  "])
@pytest.mark.parametrize("n", [1, 2, 3])
def test_start_of_last_words_is_where_the_last_tokens_begin(text, n):
    starts = [m.start() for m in TOKEN.finditer(text)]
    assert start_of_last_words(text, n) == (starts[-n] if len(starts) >= n else 0)
