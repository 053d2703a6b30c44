import pytest

from lajm.errors import LajmError
from lajm.eval import bench
from lajm.model import Article, Doc


def test_run_times_every_article_in_each_pass_after_a_warm_up():
    seen = []

    def pipeline(article):
        seen.append(article.text)
        doc = Doc(article=article)
        doc.events = [object()] * len(seen)  # the first pass finds 2 + 3 events
        return doc

    articles = [Article(text="Ëndërr " * n, lang="sq") for n in (100, 200)]
    result = bench.run(articles, pipeline, "sq", "test", repeat=2)
    assert len(seen) == 5 and seen[0] == seen[1] == seen[3] and seen[2] == seen[4]
    assert (result.articles, result.chars, result.events, result.passes) == (2, 2100, 5, 2)
    assert "2.5 events each" in result.render() and "fastest of 2 passes" in result.render()
    assert result.bytes == 2700  # Ë and ë take two bytes each
    assert result.seconds > 0 and result.peak_rss_mb > 0
    assert result.ms_per_article == pytest.approx(1000 / result.articles_per_second)
    assert result.kb_per_second == pytest.approx(2.7 / result.seconds)
    data = result.to_dict()
    assert {"articles_per_second", "ms_per_article", "kb_per_second", "peak_rss_mb"} <= set(data)
    assert "articles/s" in result.render() and "peak RSS" in result.render()


def test_run_needs_articles():
    with pytest.raises(LajmError, match="no articles"):
        bench.run([], lambda article: None, "en")


def test_run_needs_a_pass():
    with pytest.raises(LajmError, match="repeat must be at least 1, got 0"):
        bench.run([Article(text="Tekst.", lang="sq")], lambda article: None, "sq", repeat=0)
