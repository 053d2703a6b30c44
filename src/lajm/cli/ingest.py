"""`lajm ingest`: read articles, extract their events and store both in the database."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

import lajm
from lajm import lang as langs
from lajm.errors import InputError, LajmError
from lajm.ingest import read_paths
from lajm.model import Article, Doc
from lajm.store import SaveResult, Store

BATCH = 100  # articles per transaction


@dataclass
class Tally:
    stored: int = 0
    skipped: int = 0
    events: int = 0
    errors: int = 0

    @property
    def processed(self) -> int:
        return self.stored + self.skipped

    def add(self, result: SaveResult, known: int) -> None:
        self.stored += result.new
        self.skipped += result.skipped + known
        self.events += result.events

    def summary(self) -> str:
        return (f"{_count(self.stored, 'article')} stored, {self.skipped} already stored, "
                f"{_count(self.events, 'event')}, {_count(self.errors, 'error')}")


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)


def ingest(
    paths: list[str] = typer.Argument(..., metavar="PATH",
                                      help="Files, directories, URLs or feeds to read."),
    db: str = typer.Option("lajm.db", "--db", help="SQLite file or SQLAlchemy database URL."),
    lang: str | None = typer.Option(None, "--lang", help="Language of every input (sq, en). "
                                    "Default: detected per article."),
    published: datetime | None = typer.Option(
        None, "--published", formats=["%Y-%m-%d"],
        help="Publication date for inputs that do not state one (YYYY-MM-DD)."),
) -> None:
    """Extract the events of each article and store both; stored articles are skipped."""
    if lang and lang not in langs.available():
        raise typer.BadParameter(f"no language pack for {lang!r} "
                                 f"(have: {', '.join(langs.available())})", param_hint="--lang")
    day = published.date() if published else None
    try:
        with Store(db) as store:
            tally = _run(store, read_paths(paths, lang=lang, published=day), _many(paths))
    except LajmError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from err
    typer.echo(tally.summary())
    if not tally.processed:
        raise typer.Exit(1)


def _run(store: Store, items: Iterable[Article | InputError], show_progress: bool) -> Tally:
    tally, run_id = Tally(), store.start_run()
    with _progress(show_progress) as progress:
        task = progress.add_task("ingest", total=None)
        for batch in _batches(items, BATCH):
            _ingest_batch(store, batch, run_id, tally)
            progress.advance(task, len(batch))
    store.finish_run(run_id, articles=tally.stored, events=tally.events, errors=tally.errors)
    return tally


def _ingest_batch(store: Store, batch: list[Article | InputError], run_id: int,
                  tally: Tally) -> None:
    articles = [item for item in batch if not isinstance(item, InputError)]
    for error in (item for item in batch if isinstance(item, InputError)):
        _report(tally, str(error))
    known = store.known(a.id for a in articles)
    docs = [_extract(a, tally) for a in articles if a.id not in known]
    tally.add(store.save([d for d in docs if d], run_id),
              known=sum(a.id in known for a in articles))


def _extract(article: Article, tally: Tally) -> Doc | None:
    try:
        return lajm.pipeline_for(article.lang)(article)
    except Exception as exc:  # one article's failure must not stop a long ingest
        _report(tally, f"{_name(article)}: extraction failed: {type(exc).__name__}: {exc}")
        return None


def _report(tally: Tally, message: str) -> None:
    tally.errors += 1
    typer.echo(f"error: {message}", err=True)


def _name(article: Article) -> str:
    return article.meta.get("source") or article.url or f"article {article.id[:12]}"


def _batches(items: Iterable, size: int) -> Iterator[list]:
    items = iter(items)
    while batch := list(islice(items, size)):
        yield batch


def _many(paths: list[str]) -> bool:
    return len(paths) > 1 or any(Path(p).is_dir() for p in paths)


def _progress(show: bool) -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}: {task.completed} inputs"),
                    TimeElapsedColumn(), console=Console(stderr=True), transient=True,
                    disable=not show)


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
