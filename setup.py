"""Build lajm's wheel with its reading modules compiled by mypyc, which makes them about
one and a half times as fast. An editable install stays pure Python (its sources are
being edited), and so does a wheel built where LAJM_PURE_PYTHON is set (no C compiler)."""
import os
import sys
from pathlib import Path

from setuptools import setup

# The modules every article passes through: the data model, annotators and event readers.
COMPILED = ["src/lajm/model.py", *sorted(
    str(path) for folder in ("annotate", "events") for path in Path("src/lajm", folder).glob("*.py")
    if path.stem != "__init__")]


def compiled_modules() -> list:
    if "bdist_wheel" not in sys.argv or os.environ.get("LAJM_PURE_PYTHON"):
        return []
    from mypyc.build import mypycify

    return mypycify(COMPILED, opt_level="3")


setup(ext_modules=compiled_modules())
