"""Render event records as a table, JSON, JSON Lines or CSV: one data list, four views."""
from __future__ import annotations

import csv
import json
import sys
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

FORMATS = ("table", "json", "jsonl", "csv")
EXTRA_WIDTH = 24
COLUMNS = ("type", "mode", "actor", "recipient", "trigger", "where", "when", "how_many",
           "source", "modality")


def flat(event: dict[str, Any]) -> dict[str, str]:
    """One event as short strings a person reads: 'Korea e Veriut [PRK]'."""
    def who(entities):
        return "; ".join(_entity(e) for e in entities or [])
    date = event.get("date") or {}
    return {
        "type": event.get("type", ""),
        "mode": event.get("mode") or "",
        "actor": who(event.get("actor")),
        "recipient": who(event.get("recipient")),
        "trigger": event.get("trigger", ""),
        "where": _entity(event["location"]) if event.get("location") else "",
        "when": _when(date) if date else "",
        "how_many": "; ".join(_quantity(q) for q in event.get("quantities") or []),
        "source": _entity(event["attribution"]) if event.get("attribution") else "",
        "modality": event.get("modality", ""),
    }


def _entity(e: dict[str, Any]) -> str:
    """ "Rusia [RUS]"; an implied party with no words of its own shows its name in ()."""
    code = "/".join(x for x in (e.get("code"), e.get("sector")) if x)
    text = e.get("text") or (f"({e['name']})" if e.get("name") else "")
    return f"{text} [{code}]" if code else text


def _when(d: dict[str, Any]) -> str:
    span = d.get("start") or ""
    if d.get("end") and d.get("end") != d.get("start"):
        span += f"..{d['end']}"
    return f"{d.get('text', '')} ({span})" if span else d.get("text", "")


def _quantity(q: dict[str, Any]) -> str:
    value = q.get("value")
    value = int(value) if isinstance(value, float) and value.is_integer() else value
    qualifier = "" if q.get("qualifier") in (None, "exact") else f"{q['qualifier']} "
    return f"{qualifier}{value} {q.get('kind', '')}".strip()


def write_events(rows: list[dict[str, Any]], fmt: str, out: TextIO | None = None,
                 extra: tuple[str, ...] = ()) -> None:
    """Write event dicts (each may carry `extra` leading columns such as article id)."""
    out = out or sys.stdout
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=[*extra, *COLUMNS])
        writer.writeheader()
        for row in rows:
            writer.writerow({**{k: row.get(k, "") for k in extra}, **flat(row)})
    else:
        _table(rows, out, extra)


def _table(rows: list[dict[str, Any]], out: TextIO, extra: tuple[str, ...]) -> None:
    table = Table(show_lines=True)
    for name in extra:  # context columns (article, title): one line each
        table.add_column(name.replace("_", " "), overflow="ellipsis", no_wrap=True, max_width=EXTRA_WIDTH)
    for name in COLUMNS:
        table.add_column(name.replace("_", " "), overflow="fold")
    for row in rows:
        cells = flat(row)
        table.add_row(*[str(row.get(k) or "") for k in extra], *[cells[k] for k in COLUMNS])
    Console(file=out, width=max(160, Console().width)).print(table)
