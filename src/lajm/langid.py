"""Language identification, offline, among the languages lajm has packs for."""
from __future__ import annotations

from functools import cache

from lajm import lang as langs

SAMPLE_CHARS = 1000


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(langs.available())
    return identifier


def detect(text: str) -> str:
    """The most likely pack language of `text`, judged on its first characters."""
    code, _score = _identifier().classify(text[:SAMPLE_CHARS])
    return code
