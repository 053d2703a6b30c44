import json

import pytest

from lajm.errors import InputError, LajmError
from lajm.eval import corpus
from lajm.model import Article

WORDS = "Parlamenti miratoi sot ligjin e ri për buxhetin e komunave pas një debati të gjatë."


def texts(*lengths):
    return [Article(text=(WORDS + " ") * n, lang="sq") for n in lengths]


@pytest.mark.parametrize("lengths, count, size", [
    ((1,), 4, 1000),       # one short text, repeated until the size is reached
    ((30, 2, 5), 5, 800),  # long texts cut, short ones joined
    ((3,), 2, 50),         # a size smaller than any text
])
def test_sized_articles_are_about_the_size_asked(lengths, count, size):
    articles = corpus.sized(texts(*lengths), count, size)
    assert len(articles) == count
    for article in articles:
        assert size - len(WORDS) <= len(article.text) <= size
        assert article.lang == "sq"
        assert not article.text.endswith(" ")


def test_sized_cycles_through_the_sources_in_order():
    sources = [Article(text=f"Text number {i}. " * 10, lang="en") for i in range(3)]
    articles = corpus.sized(sources, 4, 100)
    assert [a.text.split()[2] for a in articles] == ["0.", "1.", "2.", "0."]
    assert corpus.sized(sources, 1, 400)[0].text.count("\n\n") == 2


def test_sized_needs_some_text():
    with pytest.raises(LajmError, match="no article texts"):
        corpus.sized([Article(text="  \n", lang="en")], 3, 100)


def test_read_corpus(tmp_path):
    path = tmp_path / "c.jsonl"
    rows = [{"text": "One.", "published": "2021-02-03T10:00:00"}, {"text": "Two.\u2028Three."}]
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    path.write_text("\n".join(lines) + "\r\n\n", encoding="utf-8")
    articles = corpus.read_corpus(path, "en")
    assert [(a.text, a.lang, str(a.published)) for a in articles] == [
        ("One.", "en", "2021-02-03"), ("Two.\u2028Three.", "en", "None")]


@pytest.mark.parametrize("line, problem", [
    ('{"text": "a"', "not valid JSON"),
    ('{"body": "a"}', 'no "text" string'),
    ('["a"]', "expected a JSON object"),
    ('{"text": "a", "published": "yesterday"}', '"published" is not an ISO date'),
])
def test_read_corpus_names_bad_lines(tmp_path, line, problem):
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "fine"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=problem) as err:
        corpus.read_corpus(path, "en")
    assert err.value.source == f"{path}:2"


def test_generate_from_examples_of_one_language(tmp_path):
    (tmp_path / "sq.txt").write_text(
        "Qeveria njoftoi sot se do të hapë dy shkolla të reja në veri të vendit. "
        "Ministri i Arsimit tha se punimet do të fillojnë në pranverë.\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text(
        "The city council approved a new budget for public transport on Tuesday. "
        "The mayor said the first new buses would arrive next spring.\n", encoding="utf-8")
    articles = corpus.generate("en", 3, 400, folder=tmp_path)
    assert len(articles) == 3
    assert all("council" in a.text and "Qeveria" not in a.text for a in articles)
    with pytest.raises(LajmError, match="no de articles"):
        corpus.generate("de", 3, 400, folder=tmp_path)


def test_generate_without_examples_folder_says_what_to_give(tmp_path):
    with pytest.raises(LajmError, match="--corpus FILE.jsonl") as err:
        corpus.generate("en", 3, 400, folder=tmp_path / "examples")
    assert str(tmp_path / "examples") in str(err.value)
