"""Read gold and prediction JSON Lines files, and predict gold units with lajm itself.

A gold line is `{"id", "text", "lang"?, "published"?, "events": [...]}`; a prediction
line is `{"id", "events": [...]}`. Every problem is reported as `FILE:LINE: what`.

An id used again is read as `ID#2`, `ID#3`, ... in both kinds of file, so the n-th gold
unit with an id is scored against the n-th prediction with it (`lajm extract` writes one
line per input line, in order).
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lajm
from lajm.errors import InputError
from lajm.model import EVENT_TYPES


def read_gold(path: Path | str) -> list[dict[str, Any]]:
    """The gold units of `path`, in file order."""
    units = []
    for where, unit in _units(path):
        if not isinstance(unit.get("text"), str):
            raise InputError(where, 'gold unit has no "text" string')
        for event in unit["events"]:
            if event["type"] not in EVENT_TYPES:
                raise InputError(where, f"unknown event type {event['type']!r}")
        units.append(unit)
    return units


def read_predictions(path: Path | str) -> dict[str, list[dict[str, Any]]]:
    """Predicted events by unit id."""
    return {unit["id"]: unit["events"] for _where, unit in _units(path)}


def predict(units: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Run `lajm.extract` on each unit's text, with its language and publication date."""
    predictions = {}
    for unit in units:
        doc = lajm.extract(unit["text"], lang=unit.get("lang"), published=unit.get("published"))
        predictions[unit["id"]] = [event.to_json() for event in doc.events]
    return predictions


def _units(path: Path | str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(FILE:LINE, unit) for each non-blank line, checked for the shape both formats share."""
    seen: Counter[str] = Counter()
    for where, unit in read_objects(path):
        _check_unit(where, unit)
        seen[unit["id"]] += 1
        if seen[unit["id"]] > 1:
            unit["id"] = f"{unit['id']}#{seen[unit['id']]}"
        yield where, unit


def read_objects(path: Path | str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(FILE:LINE, object) for each non-blank line of a JSON Lines file of objects."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8", newline="\n") as lines:
            for number, line in enumerate(lines, 1):
                if line.strip():
                    yield f"{path}:{number}", _parse(f"{path}:{number}", line)
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(str(path), f"cannot read: {err}") from err


def _parse(where: str, line: str) -> dict[str, Any]:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(where, f"not valid JSON: {err.msg} (column {err.colno})") from err
    if not isinstance(data, dict):
        raise InputError(where, "expected a JSON object")
    return data


def _check_unit(where: str, unit: dict[str, Any]) -> None:
    if not isinstance(unit.get("id"), str) or not unit["id"]:
        raise InputError(where, 'no "id" string')
    if not isinstance(unit.get("events"), list):
        raise InputError(where, '"events" must be a list')
    for number, event in enumerate(unit["events"], 1):
        problem = _event_problem(event)
        if problem:
            raise InputError(where, f"event {number}: {problem}")


def _event_problem(event: Any) -> str | None:
    if not isinstance(event, dict):
        return "expected a JSON object"
    if not isinstance(event.get("type"), str):
        return 'no "type" string'
    for name in ("actor", "recipient", "quantities"):
        items = event.get(name) or []
        if not isinstance(items, list) or not all(isinstance(x, dict) for x in items):
            return f'"{name}" must be a list of objects'
    for name in ("location", "date", "attribution"):
        if event.get(name) is not None and not isinstance(event[name], dict):
            return f'"{name}" must be an object'
    return None
