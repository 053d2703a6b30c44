"""JSON Lines units, one article a line: {"id", "text", "lang"?, "published"?, "title"?, "url"?}.

A bad line becomes an InputError named "path:LINE" and the other lines go on.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from lajm import lang as langs
from lajm.errors import InputError
from lajm.model import Article

ARTICLE_KEYS = ("title", "url", "outlet")
READ_KEYS = ("text", "lang", "published", "id", *ARTICLE_KEYS)


def parse_jsonl(content: str, source: str) -> Iterator[Article | InputError]:
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield parse_unit(line, f"{source}:{number}")
        except InputError as error:
            yield error


def parse_unit(line: str, source: str) -> Article:
    try:
        unit = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(source, f"not valid JSON ({err.msg} at column {err.colno})") from err
    if not isinstance(unit, dict):
        raise InputError(source, f"a JSON {type(unit).__name__}, not an object")
    text = unit.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(source, 'no non-empty "text"')
    meta = {"source": source, **{k: v for k, v in unit.items() if k not in READ_KEYS}}
    if "id" in unit:
        meta["unit_id"] = unit["id"]
    return Article(
        text=text,
        lang=unit_lang(unit.get("lang"), source),
        published=unit_date(unit.get("published"), source),
        meta=meta,
        title=unit.get("title"), url=unit.get("url"), outlet=unit.get("outlet"),
    )


def unit_lang(value: Any, source: str) -> str | None:
    if value is None or value in langs.available():
        return value
    raise InputError(source, f'"lang" {value!r} has no language pack (have: {", ".join(langs.available())})')


def unit_date(value: Any, source: str) -> date | None:
    """An ISO date or datetime as the date it names; None when absent."""
    if value is None or value == "":
        return None
    try:
        return datetime.fromisoformat(value).date()
    except (TypeError, ValueError) as err:
        raise InputError(source, f'"published" {value!r} is not an ISO date or datetime') from err
