"""A language pack: data files in a folder plus a small class for what data cannot say.

Tables are TSV with a header line; `#` starts a comment line. `pack.toml` holds the
scalar settings and short word lists.
"""
from __future__ import annotations

import csv
import tomllib
from functools import cached_property
from pathlib import Path

from lajm.errors import PackError


class LanguagePack:
    code = ""

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    @cached_property
    def config(self) -> dict:
        path = self.folder / "pack.toml"
        try:
            return tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as err:
            raise PackError(f"{path}: {err}") from err

    def table(self, name: str) -> list[dict[str, str]]:
        """Rows of `name`.tsv as dicts; empty cells become ''."""
        return read_tsv(self.folder / f"{name}.tsv")

    def has_table(self, name: str) -> bool:
        return (self.folder / f"{name}.tsv").exists()

    def words(self, key: str) -> list[str]:
        return list(self.config.get("words", {}).get(key, []))

    def inflections(self, name: str, gender: str | None = None) -> dict[str, str]:
        """Inflected forms of a proper name, form -> case label. Uninflected by default."""
        return {name: "nom"}


def read_tsv(path: Path) -> list[dict[str, str]]:
    try:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#")]
    except OSError as err:
        raise PackError(f"{path}: {err}") from err
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for number, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise PackError(f"{path}: row {number} has {len(row)} cells, header has {len(reader.fieldnames or ())}")
        rows.append({k: v.strip() for k, v in row.items()})
    return rows
