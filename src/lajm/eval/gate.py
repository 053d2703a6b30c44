"""The evaluation gate: figures of a gold file must not drop below their floors.

Floors live in a TOML file with one table per gold file (named by its stem) mapping
figure names of `Report.figures()` to minimum values:

    [sq_gold]
    event_f1 = 0.70
    type_f1 = 0.80
"""
from __future__ import annotations

import tomllib
from pathlib import Path

from lajm.errors import InputError


def load_floors(path: Path | str) -> dict[str, dict[str, float]]:
    """Floors by gold file stem; every value must be a number between 0 and 1."""
    path = Path(path)
    try:
        tables = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise InputError(str(path), f"cannot read floors: {err}") from err
    for name, floors in tables.items():
        if not isinstance(floors, dict):
            raise InputError(str(path), f"{name!r} must be a table of figure = floor")
        for figure, floor in floors.items():
            if isinstance(floor, bool) or not isinstance(floor, int | float) or not 0 <= floor <= 1:
                raise InputError(str(path), f"[{name}] {figure} must be a number from 0 to 1")
    return tables


def shortfalls(figures: dict[str, float | None], floors: dict[str, float]) -> list[str]:
    """One line per floor not met: below it, not measured (no matches), or unknown figure."""
    problems = []
    for name, floor in floors.items():
        figure = figures.get(name)
        if name not in figures:
            problems.append(f"{name}: unknown figure (known: {', '.join(figures)})")
        elif figure is None:
            problems.append(f"{name}: nothing to measure, floor {floor:.3f}")
        elif figure < floor:
            problems.append(f"{name}: {figure:.3f} below floor {floor:.3f}")
    return problems
