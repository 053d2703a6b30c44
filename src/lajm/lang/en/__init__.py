"""English: data files beside this module; names do not inflect."""
from __future__ import annotations

from lajm.lang.base import LanguagePack


class Pack(LanguagePack):
    code = "en"
