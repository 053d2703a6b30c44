"""Speed of the plain-text pipeline: articles per second on one core, and peak memory.

One process, one article at a time, language given, no ingest. The first article is run
once before the clock starts (to load the language pack, knowledge base and caches), then
only the pipeline calls over all articles are timed, in `repeat` passes; the fastest pass
counts, as other work on the machine can only add time (the rule of Python's timeit).
KB are 1,000 bytes of UTF-8 text. Peak RSS is the whole process's high-water mark,
loading included. Events per article are reported beside the speed, as the time an
article takes depends mostly on how many of its sentences state an event.
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
    events: int = 0
    passes: int = 1

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
            f"characters each on average, {self.events / self.articles:,.1f} events each",
            f"speed         {self.articles_per_second:,.1f} articles/s on one core "
            f"(fastest of {self.passes} passes)",
            f"              {self.ms_per_article:,.2f} ms per article, "
            f"{self.kb_per_second:,.1f} KB/s",
            f"peak RSS      {self.peak_rss_mb:,.1f} MB",
        ])


def run(articles: list[Article], pipeline: Callable[[Article], Any], lang: str,
        source: str = "", repeat: int = 3) -> BenchResult:
    """Time `pipeline` over `articles` `repeat` times after one warm-up call; the fastest
    pass counts."""
    if not articles:
        raise LajmError("no articles to benchmark")
    if repeat < 1:
        raise LajmError(f"repeat must be at least 1, got {repeat}")
    pipeline(articles[0])
    passes = [_timed_pass(articles, pipeline) for _ in range(repeat)]
    return BenchResult(
        lang=lang, source=source, articles=len(articles),
        chars=sum(len(a.text) for a in articles),
        bytes=sum(len(a.text.encode("utf-8")) for a in articles),
        seconds=min(seconds for seconds, _ in passes), peak_rss_mb=peak_rss_mb(),
        events=passes[0][1], passes=repeat)


def _timed_pass(articles: list[Article], pipeline: Callable[[Article], Any]) -> tuple[float, int]:
    """Seconds for one pass over `articles`, and the events the pipeline found."""
    events = 0
    start = time.perf_counter()
    for article in articles:
        events += len(getattr(pipeline(article), "events", ()))
    return time.perf_counter() - start, events


def peak_rss_mb() -> float:
    """This process's peak resident set size (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10
