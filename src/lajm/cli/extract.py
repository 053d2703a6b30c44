"""`lajm extract`: files or JSONL units -> events, printed; no database.

With JSONL units and `--format jsonl` it writes one line per input unit,
`{"id", "events": [...]}`, the contract `lajm eval --pred` reads.
"""
from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import TextIO

import typer

import lajm
from lajm import lang as langs
from lajm.cli.output import FORMATS, write_events
from lajm.errors import InputError
from lajm.ingest import read_paths
from lajm.model import Article


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)


def extract(
    paths: list[str] = typer.Argument(..., metavar="FILE", help="Text, HTML or JSONL files, or directories."),
    lang: str | None = typer.Option(None, "--lang", help="Language of every input (sq, en). Default: detected."),
    published: datetime | None = typer.Option(None, "--published", formats=["%Y-%m-%d"],
                                              help="Reference date for inputs that state none (YYYY-MM-DD)."),
    fmt: str = typer.Option("table", "--format", "-f", help=f"One of: {', '.join(FORMATS)}."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write here instead of the terminal."),
) -> None:
    """Print the events found in each input."""
    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(FORMATS)}", param_hint="--format")
    if lang and lang not in langs.available():
        raise typer.BadParameter(f"no language pack for {lang!r}", param_hint="--lang")
    try:
        out = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    except OSError as err:
        typer.echo(f"error: {output}: cannot be written ({err.strerror})", err=True)
        raise typer.Exit(1) from err
    try:
        done, failed = _run(paths, lang, published.date() if published else None, fmt, out)
    finally:
        if output:
            out.close()
    if failed and not done:
        raise typer.Exit(1)


def _run(paths, lang, published, fmt: str, out: TextIO) -> tuple[int, int]:
    done = failed = 0
    rows: list[dict] = []
    for item in read_paths(paths, lang=lang, published=published):
        if isinstance(item, InputError):
            typer.echo(f"error: {item}", err=True)
            failed += 1
            continue
        doc = lajm.pipeline_for(item.lang)(item)
        done += 1
        if fmt == "jsonl":
            out.write(json.dumps(_unit(item, doc), ensure_ascii=False) + "\n")
        else:
            rows.extend({"article": _label(item), **e.to_json()} for e in doc.events)
    if fmt != "jsonl":
        write_events(rows, fmt, out, extra=("article",))
    return done, failed


def _unit(article: Article, doc) -> dict:
    return {"id": article.meta.get("unit_id", article.id), "events": [e.to_json() for e in doc.events]}


def _label(article: Article) -> str:
    return article.meta.get("unit_id") or article.title or Path(article.meta.get("source", "")).name or article.id[:12]
