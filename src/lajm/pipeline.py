"""The pipeline: a list of named stages, each a factory that takes the language pack and
returns a function Doc -> Doc. Stages register themselves with `@stage("name")`."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from lajm import lang as langs
from lajm.errors import LajmError
from lajm.lang.base import LanguagePack
from lajm.model import Article, Doc

StageFactory = Callable[[LanguagePack], Callable[[Doc], Doc]]
STAGES: dict[str, StageFactory] = {}

DEFAULT_STAGES = (
    "sentences", "candidates", "tokens", "names", "triggers", "entities", "quantities", "times",
    "modality", "attribution", "arguments", "resolve",
)


def stage(name: str) -> Callable[[StageFactory], StageFactory]:
    def register(factory: StageFactory) -> StageFactory:
        STAGES[name] = factory
        return factory
    return register


def _load_stages() -> None:
    # Importing the modules runs their @stage registrations.
    from lajm import annotate, events  # noqa: F401


class Pipeline:
    def __init__(self, lang: str, stages: Iterable[str] = DEFAULT_STAGES):
        _load_stages()
        names = list(stages)
        unknown = [n for n in names if n not in STAGES]
        if unknown:
            raise LajmError(f"unknown pipeline stage(s): {', '.join(unknown)}; known: {', '.join(STAGES)}")
        self.lang = lang
        self.pack = langs.load(lang)
        self.stage_names = names
        self.stages = [STAGES[n](self.pack) for n in names]

    def __call__(self, article: Article | str) -> Doc:
        if isinstance(article, str):
            article = Article(text=article, lang=self.lang)
        doc = Doc(article=article)
        for run in self.stages:
            doc = run(doc)
        doc.stop_reading()
        return doc

    def pipe(self, articles: Iterable[Article | str]) -> Iterator[Doc]:
        for article in articles:
            yield self(article)
