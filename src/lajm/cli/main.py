"""The `lajm` command: a thin layer over the library, one module per command group."""
from __future__ import annotations

import gc

import typer

from lajm.cli import bench, evaluate, events, extract, ingest

# Reading an article makes thousands of short-lived objects and few reference cycles, and
# the collector's default pass over the youngest objects every 700 allocations took a tenth
# of the time. The command, an application, collects every 100,000; the library leaves
# the collector to its caller.
YOUNG_OBJECTS = 100_000

app = typer.Typer(help="News articles to structured, sourced event data.",
                  no_args_is_help=True, add_completion=False)


@app.callback()
def collect_less_often() -> None:
    gc.set_threshold(YOUNG_OBJECTS, *gc.get_threshold()[1:])


for module in (extract, ingest, events, evaluate, bench):
    module.register(app)
