"""The pipeline: named stages checked when it is built, one Doc per article."""
import pickle
from datetime import date

import pytest

import lajm
from lajm import Pipeline
from lajm.errors import LajmError
from lajm.model import Article, Doc
from lajm.pipeline import DEFAULT_STAGES


def test_unknown_stage_is_an_error_naming_it():
    with pytest.raises(LajmError, match="no_such_stage"):
        Pipeline("sq", stages=["sentences", "no_such_stage", "tokens"])


def test_unknown_language_is_an_error_naming_it():
    with pytest.raises(LajmError, match="'xx'"):
        Pipeline("xx")


def test_sentences_and_tokens_only():
    doc = Pipeline("sq", stages=["sentences", "tokens"])("Rusia sulmoi Ukrainën. Kosova foli.")
    assert [doc.slice(s) for s in doc.sentences] == ["Rusia sulmoi Ukrainën.", "Kosova foli."]
    assert len(doc.tokens) == 7
    assert doc.events == [] and "entity" not in doc.spans


def test_a_string_becomes_an_article_in_the_pipeline_language():
    doc = Pipeline("en", stages=["sentences"])("Russia attacked Ukraine.")
    assert doc.article.lang == "en" and doc.article.text == "Russia attacked Ukraine."


def test_default_pipeline_fills_every_annotation():
    doc = Pipeline("sq")(Article(text="Rusia sulmoi Ukrainën të hënën.", lang="sq", published=date(2025, 3, 12)))
    assert set(DEFAULT_STAGES) >= {"sentences", "tokens", "entities", "triggers", "arguments"}
    for label in ("name", "entity", "attribution", "modality", "trigger", "time", "quantity"):
        assert label in doc.spans, label
    assert [e.type for e in doc.events] == ["ASSAULT"]


def test_a_finished_doc_is_plain_data_that_pickles():
    doc = Pipeline("sq")(Article(text="Policia arrestoi dje dy persona.", lang="sq", published=date(2025, 3, 12)))
    again = pickle.loads(pickle.dumps(doc))
    assert again.events == doc.events and again.spans["time"] == doc.spans["time"] != []


def test_pipe_yields_one_doc_per_article_in_order():
    texts = ["Rusia sulmoi Ukrainën.", "Moti ishte i ngrohtë.", "Serbia akuzoi Kosovën për provokime."]
    docs = list(Pipeline("sq").pipe(Article(text=t, lang="sq") for t in texts))
    assert [d.text for d in docs] == texts
    assert all(isinstance(d, Doc) for d in docs)
    assert [[e.type for e in d.events] for d in docs] == [["ASSAULT"], [], ["ACCUSE"]]


def test_pipe_is_lazy():
    def articles():
        yield Article(text="Rusia sulmoi Ukrainën.", lang="sq")
        raise AssertionError("read past the first article")

    assert next(iter(Pipeline("sq").pipe(articles()))).events


@pytest.mark.parametrize("published", ["2025-03-12", date(2025, 3, 12), "2025-03-12T08:30:00+01:00"])
def test_extract_reads_published_as_date_or_iso_string(published):
    doc = lajm.extract("Rusia sulmoi Ukrainën të hënën.", lang="sq", published=published)
    assert doc.article.published == date(2025, 3, 12)
    assert doc.events[0].date.start == "2025-03-10"


@pytest.mark.parametrize("text,lang", [
    ("Ministri i Jashtëm i Shqipërisë tha se Rusia sulmoi Ukrainën të hënën.", "sq"),
    ("The Albanian foreign minister said Russia attacked Ukraine on Monday.", "en"),
])
def test_extract_detects_the_language(text, lang):
    doc = lajm.extract(text)
    assert doc.lang == lang
    assert [e.type for e in doc.events] == ["ASSAULT"]
