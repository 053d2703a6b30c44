"""Albanian: data files beside this module; noun inflection of proper names in inflect.py."""
from __future__ import annotations

from lajm.lang.base import LanguagePack


class Pack(LanguagePack):
    code = "sq"

    def inflections(self, name: str, gender: str | None = None) -> dict[str, str]:
        from lajm.lang.sq.inflect import inflect_name

        return inflect_name(name, gender)
