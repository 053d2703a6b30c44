from datetime import date

import pytest
from ingest_pages import BODY_EN, SENTENCE_1, page

from lajm.errors import InputError
from lajm.ingest import read_paths
from lajm.model import Article

TEXT_SQ = "Policia arrestoi tre persona\n\nPolicia e Shtetit arrestoi dje tre persona në Durrës, tha zëdhënësi.\n"
GOOD_TEXT = "Qeveria njoftoi sot se do të ndërtojë dy shkolla të reja në Korçë.\n"


def read(paths, **kwargs):
    return list(read_paths([str(p) for p in paths], **kwargs))


@pytest.mark.parametrize("name, content, expected", [
    ("lajm.txt", TEXT_SQ, "arrestoi dje tre persona"),
    ("lajm.html", page(), SENTENCE_1),
    ("lajm.HTM", page(), SENTENCE_1),
    ("units.jsonl", '{"id": "u1", "text": "Policia arrestoi dje tre persona."}\n', "arrestoi dje tre"),
    ("saved_page", page(), SENTENCE_1),
    ("notes", TEXT_SQ, "arrestoi dje tre persona"),
])
def test_each_format_gives_an_article(write, name, content, expected):
    [article] = read([write(name, content)], lang="sq")
    assert isinstance(article, Article)
    assert expected in article.text
    assert "<" not in article.text


@pytest.mark.parametrize("name, content, problem", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\t\n", "empty file"),
    ("labels.txt", b"Komente\nShare\n", "no article text"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "NUL bytes"),
    ("garbled.txt", "Lajm për Kosovën".encode("utf-8")[:10] + b"\x81\x8d\x8f\x90", "neither UTF-8 nor cp1252"),
    ("menu.html", "<html><body><nav><a href='/'>Kryefaqja</a> <a href='/b'>Bota</a></nav></body></html>",
     "no article text"),
])
def test_bad_input_is_yielded_as_error_and_the_run_goes_on(write, name, content, problem):
    bad = write(name, content)
    good = write("good.txt", GOOD_TEXT)
    first, second = read([bad, good], lang="sq")
    assert isinstance(first, InputError)
    assert first.source == str(bad)
    assert problem in first.problem
    assert str(bad) in str(first)
    assert isinstance(second, Article) and "dy shkolla" in second.text


def test_missing_file(write, tmp_path):
    missing = tmp_path / "nuk_ekziston.txt"
    error, article = read([missing, write("good.txt", GOOD_TEXT)], lang="sq")
    assert (error.source, error.problem) == (str(missing), "no such file")
    assert isinstance(article, Article)


def test_cp1252_file_is_decoded(write):
    path = write("old.txt", "Ministri tha se “situata është e qetë” në Tiranë.".encode("cp1252"))
    [article] = read([path], lang="sq")
    assert "“situata është e qetë”" in article.text


def test_directory_is_expanded_recursively_sorted_and_filtered(write, tmp_path):
    write("b.txt", "Lajmi i dytë për protestën në Tiranë.")
    write("a/z.html", page())
    write("a/units.jsonl", '{"id": "x1", "text": "Lajmi i parë."}\n')
    write("notes.md", "# not an article")
    write("data.csv", "a,b\n1,2\n")
    write(".cache/hidden.txt", "Skedar i fshehur.")
    items = read([tmp_path], lang="sq")
    assert [item.meta["source"] for item in items] == [
        str(tmp_path / "a/units.jsonl") + ":1", str(tmp_path / "a/z.html"), str(tmp_path / "b.txt"),
    ]


def test_file_named_explicitly_is_read_even_with_an_unknown_suffix(write, tmp_path):
    path = write("lajm.md", "Kuvendi miratoi sot buxhetin e vitit të ardhshëm me 78 vota.")
    assert read([tmp_path], lang="sq")[0].problem.startswith("no .txt")
    [article] = read([path], lang="sq")
    assert "78 vota" in article.text


@pytest.mark.parametrize("name, content, expected", [
    ("sq.txt", "Kryeministri tha se qeveria do të rrisë pagat e mësuesve nga muaji i ardhshëm, "
               "ndërsa opozita e kritikoi vendimin si të vonuar.", "sq"),
    ("en.txt", "The prime minister said the government would raise teachers' salaries next month, "
               "while the opposition criticised the decision as too late.", "en"),
    ("en.html", page(BODY_EN), "en"),
])
def test_language_is_detected_from_the_text(write, name, content, expected):
    [article] = read([write(name, content)])
    assert article.lang == expected


def test_given_language_overrides_the_units_own(write):
    path = write("units.jsonl", '{"id": "a", "lang": "en", "text": "Police arrested two men."}\n')
    assert read([path])[0].lang == "en"
    assert read([path], lang="sq")[0].lang == "sq"


@pytest.mark.parametrize("name, content, expected", [
    ("no_date.txt", "Qeveria miratoi sot ligjin e ri për armët.", date(2024, 6, 1)),
    ("dated.txt", "Ligji i ri për armët\nPublikuar më: 3 maj 2024\n\nQeveria miratoi ligjin.", date(2024, 5, 3)),
    ("no_date.html", page(), date(2024, 6, 1)),
    ("dated.jsonl", '{"id": "a", "text": "Qeveria miratoi ligjin.", "published": "2024-05-03"}', date(2024, 5, 3)),
    ("no_date.jsonl", '{"id": "a", "text": "Qeveria miratoi ligjin."}', date(2024, 6, 1)),
])
def test_published_argument_is_used_only_when_the_input_has_no_date(write, name, content, expected):
    [article] = read([write(name, content)], lang="sq", published=date(2024, 6, 1))
    assert article.published == expected


def test_meta_names_the_source(write):
    path = write("lajm.txt", GOOD_TEXT)
    [article] = read([path], lang="sq")
    assert article.meta == {"source": str(path)}
