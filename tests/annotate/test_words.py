import pytest

from lajm.annotate.words import whole_word, word_before, word_start

TEXT = "Talks in Prishtina-Belgrade format resumed; ministri   Rama tha"


@pytest.mark.parametrize("piece,whole", [
    ("Talks", True),
    ("Prishtina", False),  # a hyphen joins it to the next name
    ("format", True),
    ("resume", False),  # a letter follows
    ("Rama", True),
    ("ministr", False),
])
def test_whole_word(piece, whole):
    start = TEXT.index(piece)
    assert whole_word(TEXT, start, start + len(piece)) is whole


@pytest.mark.parametrize("end,start", [
    (TEXT.index("Talks") + 5, 0),
    (TEXT.index("format") + 3, TEXT.index("format")),
    (TEXT.index(";"), TEXT.index("resumed")),
    (TEXT.index(";") + 1, TEXT.index(";") + 1),  # no word ends at a mark
])
def test_word_start(end, start):
    assert word_start(TEXT, end) == start


@pytest.mark.parametrize("before,word", [
    ("Rama", "ministri"),  # past several spaces, lower-cased
    ("format", "belgrade"),  # the run of word characters, not the hyphenated pair
    ("resumed", "format"),
    ("Talks", ""),  # nothing before
    ("ministri", ""),  # a mark stands between
])
def test_word_before(before, word):
    assert word_before(TEXT, TEXT.index(before)) == word


def test_word_before_looks_back_only_so_far():
    text = "Minister" + " " * 60 + "Rama"
    assert word_before(text, text.index("Rama")) == ""
