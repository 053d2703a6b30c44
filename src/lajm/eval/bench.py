"""Speed of the plain-text pipeline: articles per second on one core, and peak memory.

One process, one article at a time, language given, no ingest. The first article is run
once before the clock starts (to load the language pack, knowledge base and caches), then
only the pipeline calls over all articles are timed. KB are 1,000 bytes of UTF-8 text.
Peak RSS is the whole process's high-water mark, loading included.
"""
from __future__ import annotations

import resource
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from lajm.errors import LajmError
from lajm.model import Article


@dataclass
class BenchResult:
    lang: str
    source: str
    articles: int
    chars: int
    bytes: int
    seconds: float
    peak_rss_mb: float

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds

    @property
    def ms_per_article(self) -> float:
        return 1000 * self.seconds / self.articles

    @property
    def kb_per_second(self) -> float:
        return self.bytes / 1000 / self.seconds

    def to_dict(self) -> dict[str, Any]:
        return asdict(self) | {"articles_per_second": self.articles_per_second,
                               "ms_per_article": self.ms_per_article,
                               "kb_per_second": self.kb_per_second}

    def render(self) -> str:
        return "\n".join([
            f"corpus        {self.source}",
            f"articles      {self.articles} ({self.lang}), {self.chars / self.articles:,.0f} "
            f"characters each on average",
            f"speed         {self.articles_per_second:,.1f} articles/s on one core",
            f"              {self.ms_per_article:,.2f} ms per article, "
            f"{self.kb_per_second:,.1f} KB/s",
            f"peak RSS      {self.peak_rss_mb:,.1f} MB",
        ])


def run(articles: list[Article], pipeline: Callable[[Article], Any], lang: str,
        source: str = "") -> BenchResult:
    """Time `pipeline` over `articles` after one warm-up call."""
    if not articles:
        raise LajmError("no articles to benchmark")
    pipeline(articles[0])
    start = time.perf_counter()
    for article in articles:
        pipeline(article)
    seconds = time.perf_counter() - start
    return BenchResult(
        lang=lang, source=source, articles=len(articles),
        chars=sum(len(a.text) for a in articles),
        bytes=sum(len(a.text.encode("utf-8")) for a in articles),
        seconds=seconds, peak_rss_mb=peak_rss_mb())


def peak_rss_mb() -> float:
    """This process's peak resident set size (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10
