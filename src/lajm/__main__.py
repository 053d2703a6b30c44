"""`python -m lajm`: the `lajm` command, for the lajm that Python imports (the sources
themselves with PYTHONPATH=src)."""
from lajm.cli.main import app

app(prog_name="lajm")
