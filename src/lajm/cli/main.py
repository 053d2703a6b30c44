"""The `lajm` command: a thin layer over the library, one module per command group."""
from __future__ import annotations

import typer

from lajm.cli import bench, evaluate, events, extract, ingest

app = typer.Typer(help="News articles to structured, sourced event data.",
                  no_args_is_help=True, add_completion=False)

for module in (extract, ingest, events, evaluate, bench):
    module.register(app)
