"""Benchmark corpora: articles of about the same size, from a JSONL file or from examples/.

`sized()` turns any list of articles into `count` articles of about `size` characters:
it cycles through them in order, joins consecutive texts (blank line between) until the
size is reached and cuts the result at the last space before `size`. Speed is then quoted
per article of a known size, whatever the source articles' lengths.

Without a corpus file, the sources are the `examples/` articles of the repository checkout
lajm runs in whose language (read by lajm's ingest) is the benchmark's language.
"""
from __future__ import annotations

from datetime import date
from itertools import cycle
from pathlib import Path

from lajm.errors import InputError, LajmError
from lajm.eval.units import read_objects
from lajm.model import Article

# Relative to the working directory: benchmarks run from a checkout of the repository,
# whose examples are not installed with the package.
EXAMPLES = Path("examples")
DEFAULT_CORPORA = {"sq": Path("..") / "shared" / "eval" / "corpus" / "sq_news_dev.jsonl"}


def default_corpus(lang: str) -> Path | None:
    """The development corpus next to the repository for `lang`, if it is there."""
    path = DEFAULT_CORPORA.get(lang)
    return path if path and path.is_file() else None


def read_corpus(path: Path | str, lang: str) -> list[Article]:
    """Articles from JSON Lines objects with "text" (and optionally "published")."""
    return [_article(where, data, lang) for where, data in read_objects(path)]


def generate(lang: str, count: int, size: int, folder: Path = EXAMPLES) -> list[Article]:
    """`count` articles of about `size` characters made from the `lang` examples."""
    if not folder.is_dir():
        raise LajmError(f"{folder}: no examples folder here to generate a corpus from; run in "
                        "a lajm checkout or give a corpus file (--corpus FILE.jsonl)")
    examples = example_articles(lang, folder)
    if not examples:
        raise LajmError(f"no {lang} articles in {folder} to generate a corpus from; "
                        "give a corpus file")
    return sized(examples, count, size)


def example_articles(lang: str, folder: Path = EXAMPLES) -> list[Article]:
    """The articles in `folder` that lajm's ingest reads as language `lang`."""
    from lajm.ingest import read_paths

    articles = []
    for item in read_paths([str(folder)]):
        if isinstance(item, InputError):
            raise item
        if item.lang == lang:
            articles.append(item)
    return articles


def sized(articles: list[Article], count: int, size: int) -> list[Article]:
    """`count` articles of about `size` characters built from `articles` in turn."""
    sources = [a for a in articles if a.text.strip()]
    if not sources:
        raise LajmError("no article texts to build a benchmark corpus from")
    turn = cycle(sources)
    return [_one(turn, size) for _ in range(count)]


def _one(turn, size: int) -> Article:
    first = next(turn)
    text = first.text.strip()
    while len(text) < size:
        text += "\n\n" + next(turn).text.strip()
    if len(text) > size:
        cut = text.rfind(" ", 0, size)
        text = text[:cut if cut > 0 else size]
    return Article(text=text, lang=first.lang, published=first.published)


def _article(where: str, data: dict, lang: str) -> Article:
    if not isinstance(data.get("text"), str):
        raise InputError(where, 'no "text" string')
    return Article(text=data["text"], lang=lang, published=_published(where, data.get("published")))


def _published(where: str, value: object) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as err:
        raise InputError(where, f'"published" is not an ISO date: {value!r}') from err
