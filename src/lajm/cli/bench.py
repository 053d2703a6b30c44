"""`lajm bench`: articles per second of the plain-text pipeline on one core, and peak RSS."""
from __future__ import annotations

from pathlib import Path

import typer

import lajm
from lajm import lang as langs
from lajm.errors import LajmError
from lajm.eval import bench, corpus


def register(app: typer.Typer) -> None:
    app.command("bench")(bench_command)


def bench_command(
    lang: str = typer.Option("sq", "--lang", help="Language of the pipeline and the articles."),
    corpus_file: Path | None = typer.Option(
        None, "--corpus", help="JSON Lines of objects with \"text\". Default: the shared sq "
        "development corpus if present, else articles generated from examples/."),
    articles: int = typer.Option(200, "--articles", min=1, help="How many articles to time."),
    size: int = typer.Option(4000, "--size", min=1, help="Characters per article (about)."),
    repeat: int = typer.Option(3, "--repeat", min=1, help="Timed passes; the fastest counts."),
) -> None:
    """Time the pipeline over articles of about --size characters (no ingest, no store)."""
    try:
        langs.load(lang)
        sample, source = _corpus(lang, corpus_file or corpus.default_corpus(lang), articles, size)
        result = bench.run(sample, lajm.pipeline_for(lang), lang, source, repeat)
    except LajmError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from err
    typer.echo(result.render())


def _corpus(lang: str, path: Path | None, count: int, size: int) -> tuple[list[lajm.Article], str]:
    if path is None:
        return corpus.generate(lang, count, size), f"generated from {corpus.EXAMPLES}"
    return corpus.sized(corpus.read_corpus(path, lang), count, size), str(path)
