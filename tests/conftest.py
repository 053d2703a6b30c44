"""The suite tests the lajm that Python imports: the compiled build `make test` installs,
or the sources themselves when run with PYTHONPATH=src. An installed build older than
the sources would test code that is no longer there, so the run stops and says so."""
from __future__ import annotations

from pathlib import Path

import pytest

import lajm

SOURCES = Path(__file__).resolve().parents[1] / "src" / "lajm"


def pytest_configure(config: pytest.Config) -> None:
    installed = Path(lajm.__file__).resolve().parent
    if installed == SOURCES or not SOURCES.is_dir():
        return
    built = installed.joinpath("__init__.py").stat().st_mtime
    changed = [p for p in SOURCES.rglob("*") if p.is_file() and p.suffix != ".pyc" and p.stat().st_mtime > built]
    if changed:
        pytest.exit(f"the lajm installed in {installed} is older than {changed[0]}: run `make test` "
                    "(which rebuilds it) or `PYTHONPATH=src python -m pytest`", returncode=2)
