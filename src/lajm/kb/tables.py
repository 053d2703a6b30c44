"""Reading the knowledge-base tables: the built-in ones in data/, then users' own files.

Each table is TSV with a header and `#` comment lines (`lajm.lang.base.read_tsv`). A
file belongs to the table it is named after: `persons.tsv`, or `persons-balkans.tsv`
for a user's addition. A user's row replaces a built-in row with the same key.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from lajm.errors import PackError
from lajm.lang.base import read_tsv

DATA = Path(__file__).parent / "data"

# Table -> the columns it must have. Any other column is a language code (en, sq, ...)
# holding names: forms separated by "|", each optionally ending in an inflection mark.
COLUMNS = {
    "countries": ("alpha2", "code", "name"),
    "places": ("id", "kind", "code", "sector", "name"),
    "organisations": ("id", "kind", "code", "sector", "name"),
    "media": ("id", "kind", "code", "sector", "name"),
    "persons": ("id", "name", "gender", "all"),
    "offices": ("person", "role", "code", "sector", "start", "end"),
    "roles": ("role", "sector"),
    "demonyms": ("code",),
    "common_words": ("lang", "word"),
}
KEYS = {
    "offices": ("person", "role", "code", "start"),
    "common_words": ("lang", "word"),
}
# How a form inflects, written after it: "Bashkimi Evropian:m", "SHBA:pl", "CNN:-".
MARKS = ("f", "m", "pl", "adj", "-")

Row = dict[str, str]
Names = dict[str, list[tuple[str, str | None]]]


def read_tables(extra: tuple[Path, ...] = ()) -> dict[str, dict[tuple, tuple[Path, Row]]]:
    """Table -> key -> (file, row), built-in files first, then `extra` in order."""
    tables: dict[str, dict] = {name: {} for name in COLUMNS}
    for path in [*sorted(DATA.glob("*.tsv")), *_files(extra)]:
        name = table_name(path)
        rows = {}
        for row in read_tsv(path):
            missing = [c for c in COLUMNS[name] if c not in row]
            if missing:
                raise PackError(f"{path}: table {name} needs the column(s) {', '.join(missing)}")
            key = row_key(name, row)
            if key in rows:
                raise PackError(f"{path}: duplicate key {' '.join(key)!r}")
            rows[key] = (path, row)
        tables[name].update(rows)
    return tables


def table_name(path: Path) -> str:
    name = path.stem.split("-")[0]
    if name not in COLUMNS:
        raise PackError(f"{path}: not a knowledge-base table; name the file after one of "
                        f"{', '.join(COLUMNS)} (e.g. persons-mine.tsv)")
    return name


def row_key(table: str, row: Row) -> tuple:
    return tuple(row[c] for c in KEYS.get(table, COLUMNS[table][:1]))


def names(path: Path, table: str, row: Row, mark: str | None = None) -> Names:
    """The language columns of a row: lang -> [(form, inflection mark)]."""
    return {column: forms(path, cell, mark) for column, cell in row.items()
            if column not in COLUMNS[table] and cell}


def forms(path: Path, cell: str, mark: str | None = None) -> list[tuple[str, str | None]]:
    """"Kremlin|Kremlini:m" -> [("Kremlin", mark), ("Kremlini", "m")]."""
    return [_form(path, part.strip(), mark) for part in cell.split("|") if part.strip()]


def parse_date(path: Path, key: str, text: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as err:
        raise PackError(f"{path}: {key}: bad date {text!r}, want YYYY-MM-DD") from err


def require(path: Path, key: str, what: str, value: str, known) -> None:
    if value not in known:
        raise PackError(f"{path}: {key}: unknown {what} {value!r}")


def _form(path: Path, text: str, mark: str | None) -> tuple[str, str | None]:
    form, sep, given = text.rpartition(":")
    if not sep:
        return text, mark
    require(path, text, "inflection mark", given, MARKS)
    return form, given


def _files(paths: tuple[Path, ...]) -> list[Path]:
    files = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.glob("*.tsv")))
        elif path.is_file():
            files.append(path)
        else:
            raise PackError(f"{path}: knowledge-base file or folder not found")
    return files
