"""lajm: news articles to structured, sourced event data."""
from __future__ import annotations

from datetime import date
from functools import cache

from lajm.model import Article, Doc, Event, Span
from lajm.pipeline import Pipeline

__all__ = ["Article", "Doc", "Event", "Pipeline", "Span", "extract", "pipeline_for"]
__version__ = "0.1.0"


@cache
def pipeline_for(lang: str) -> Pipeline:
    return Pipeline(lang)


def extract(text: str, lang: str | None = None, published: date | str | None = None) -> Doc:
    """Read one text and return its Doc: sentences, spans and events."""
    from lajm.langid import detect

    if isinstance(published, str):
        published = date.fromisoformat(published[:10])
    article = Article(text=text, lang=lang or detect(text), published=published)
    return pipeline_for(article.lang)(article)
