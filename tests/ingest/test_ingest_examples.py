from pathlib import Path

import pytest

from lajm.ingest import read_paths
from lajm.model import Article

EXAMPLES = Path(__file__).parents[2] / "examples"
FILES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in {".txt", ".html", ".jsonl"})
COMMENT_WORDS = ("Komente", "Comments", "Lexo edhe", "Read also", "cookies", "Reklamë", "Sponsored", "©")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_example_reads_without_error(path):
    items = list(read_paths([str(path)]))
    assert items and all(isinstance(item, Article) for item in items), items
    for article in items:
        assert article.published is not None
        assert not any(word in article.text for word in COMMENT_WORDS)


@pytest.mark.parametrize("path", [p for p in FILES if p.suffix != ".jsonl"], ids=lambda p: p.name)
def test_example_article_language_and_size(path):
    [article] = read_paths([str(path)])
    assert article.lang == path.name[:2]
    assert 1000 <= len(article.text.encode("utf-8")) <= 4096


def test_examples_cover_both_languages_and_all_formats():
    articles = [p.name for p in FILES if p.suffix != ".jsonl"]
    assert sum(name.startswith("sq_") for name in articles) >= 4
    assert sum(name.startswith("en_") for name in articles) >= 4
    assert {p.suffix for p in FILES} == {".txt", ".html", ".jsonl"}
