"""Language packs by ISO 639-1 code. A pack is a folder here with pack.toml and TSV tables."""
from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path

from lajm.errors import LajmError
from lajm.lang.base import LanguagePack

HERE = Path(__file__).parent


def available() -> list[str]:
    return sorted(p.parent.name for p in HERE.glob("*/pack.toml"))


@cache
def load(code: str) -> LanguagePack:
    if code not in available():
        raise LajmError(f"no language pack for {code!r} (have: {', '.join(available())})")
    module = importlib.import_module(f"lajm.lang.{code}")
    return module.Pack(HERE / code)
