"""`lajm events`: query the stored events and print them as a table, JSON, JSONL or CSV."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import typer

from lajm.cli.output import FORMATS, write_events
from lajm.errors import LajmError
from lajm.model import EVENT_TYPES
from lajm.store import Store

EXTRA_COLUMNS = ("published", "title")
DATE = ["%Y-%m-%d"]


def register(app: typer.Typer) -> None:
    app.command("events")(events)


def events(
    db: str = typer.Option("lajm.db", "--db", help="SQLite file or SQLAlchemy database URL."),
    type_: str | None = typer.Option(None, "--type", help="PLOVER event type, e.g. AID."),
    actor: str | None = typer.Option(None, "--actor", help="Actor code, e.g. RUS."),
    recipient: str | None = typer.Option(None, "--recipient", help="Recipient code, e.g. UKR."),
    since: datetime | None = typer.Option(None, "--since", formats=DATE,
                                          help="Events on or after this date (YYYY-MM-DD)."),
    until: datetime | None = typer.Option(None, "--until", formats=DATE,
                                          help="Events on or before this date (YYYY-MM-DD)."),
    text: str | None = typer.Option(None, "--text", help="Word in the evidence, trigger or "
                                    "article title (any case)."),
    lang: str | None = typer.Option(None, "--lang", help="Article language, e.g. sq."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="At most this many events."),
    fmt: str = typer.Option("table", "--format", help=f"One of: {', '.join(FORMATS)}."),
    output: Path | None = typer.Option(None, "-o", "--output", help="Write to this file."),
) -> None:
    """Stored events, newest articles first (dates are the event's, else the article's)."""
    _check_choice("--format", fmt, FORMATS)
    if type_:
        _check_choice("--type", type_.upper(), EVENT_TYPES)
    try:
        with Store(db, create=False) as store:
            rows = store.events(type=type_, actor=actor, recipient=recipient,
                                since=since and since.date(), until=until and until.date(),
                                text=text, lang=lang, limit=limit)
    except LajmError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from err
    if output is None:
        write_events(rows, fmt, extra=EXTRA_COLUMNS)
        return
    try:
        with output.open("w", encoding="utf-8", newline="") as out:
            write_events(rows, fmt, out, extra=EXTRA_COLUMNS)
    except OSError as err:
        typer.echo(f"error: {output}: {err.strerror}", err=True)
        raise typer.Exit(1) from err


def _check_choice(option: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(choices)}",
                                 param_hint=option)
