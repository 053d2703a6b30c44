"""`lajm eval`: score predicted events against a gold file (eval/GUIDELINES.md "Scoring")."""
from __future__ import annotations

import json
from pathlib import Path

import typer

from lajm.errors import LajmError
from lajm.eval.score import score
from lajm.eval.units import predict, read_gold, read_predictions


def register(app: typer.Typer) -> None:
    app.command("eval")(evaluate)


def evaluate(
    gold: Path = typer.Argument(
        ..., help="Gold units, JSON Lines: {id, text, lang?, published?, events}."),
    pred: Path | None = typer.Option(
        None, "--pred",
        help="Predicted events, JSON Lines: {id, events}. Default: run lajm on each gold text."),
    per_type: bool = typer.Option(
        False, "--per-type", help="Add type and event P/R/F1 per event type."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Type and event precision, recall and F1, and argument accuracies on event matches."""
    try:
        units = read_gold(gold)
        predictions = read_predictions(pred) if pred else predict(units)
    except LajmError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from err
    report = score(units, predictions)
    typer.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.render(per_type))
