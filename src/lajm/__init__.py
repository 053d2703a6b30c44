"""lajm: news articles to structured, sourced event data."""
from __future__ import annotations

from datetime import date
from functools import cache

from lajm.errors import LajmError
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

    from lajm.annotate.times import publication_date

    if not isinstance(text, str):
        raise LajmError(f"text must be a str, not {type(text).__name__}")
    article = Article(text=text, lang=lang or detect(text), published=publication_date(published))
    return pipeline_for(article.lang)(article)
