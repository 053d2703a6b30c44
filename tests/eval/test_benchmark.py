import pytest

from lajm.errors import LajmError
from lajm.eval import bench
from lajm.model import Article, Doc


def test_run_times_every_article_after_a_warm_up():
    seen = []

    def pipeline(article):
        seen.append(article.text)
        return Doc(article=article)

    articles = [Article(text="Ëndërr " * n, lang="sq") for n in (100, 200)]
    result = bench.run(articles, pipeline, "sq", "test")
    assert len(seen) == 3 and seen[0] == seen[1]
    assert (result.articles, result.chars) == (2, 2100)
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
