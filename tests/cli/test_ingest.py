from __future__ import annotations

import re

import pytest
import typer
from typer.testing import CliRunner

import lajm
from lajm.cli import ingest
from lajm.store import Store

runner = CliRunner()

ARTICLES = {  # written for these tests
    "troops.txt": "Russia sent 2,000 troops to Belarus on Monday, the defence ministry said.",
    "trade.txt": "The Kosovo government accused Serbia of blocking trade at the border.",
    "arrest.txt": "Policia e Kosovës arrestoi tre persona në Prishtinë të martën.",
}
SUMMARY = re.compile(r"(\d+) articles? stored, (\d+) already stored, (\d+) events?, (\d+) errors?")


def command_app() -> typer.Typer:
    app = typer.Typer()
    app.callback()(lambda: None)  # a group, so `ingest` stays a subcommand
    ingest.register(app)
    return app


def run(*args: str):
    return runner.invoke(command_app(), ["ingest", *args])


def summary(result) -> tuple[int, int, int, int]:
    return tuple(int(n) for n in SUMMARY.search(result.stdout).groups())


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "lajm.db")


def stored(db: str) -> tuple[int, int]:
    with Store(db) as store:
        return len(store.articles()), len(store.events())


def test_ingest_twice_stores_once(inputs, db):
    first = run(str(inputs / "troops.txt"), str(inputs / "trade.txt"), "--db", db)
    assert first.exit_code == 0, first.stderr
    stored_articles, _, events, errors = summary(first)
    assert (stored_articles, errors) == (2, 0)
    assert stored(db) == (2, events)
    again = run(str(inputs / "troops.txt"), str(inputs / "trade.txt"), "--db", db)
    assert summary(again) == (0, 2, 0, 0)
    assert stored(db) == (2, events)


def test_a_directory_is_read_whole(inputs, db):
    result = run(str(inputs), "--db", db)
    assert result.exit_code == 0, result.stderr
    assert summary(result)[:2] == (3, 0)


def test_a_bad_input_is_named_and_the_rest_stored(inputs, db):
    missing = str(inputs / "missing.txt")
    result = run(str(inputs / "trade.txt"), missing, "--db", db)
    assert result.exit_code == 0
    assert [line for line in result.stderr.splitlines() if missing in line]
    assert summary(result)[0] == 1 and summary(result)[3] == 1


def test_nothing_processed_is_a_failure(inputs, db):
    result = run(str(inputs / "missing.txt"), "--db", db)
    assert result.exit_code == 1
    assert summary(result) == (0, 0, 0, 1)


def test_a_failed_extraction_is_reported_and_skipped(inputs, db, monkeypatch):
    real = lajm.pipeline_for

    def failing_on_belarus(lang):
        def extract(article):
            if "Belarus" in article.text:
                raise ValueError("no pipeline for this one")
            return real(lang)(article)
        return extract

    monkeypatch.setattr(lajm, "pipeline_for", failing_on_belarus)
    result = run(str(inputs), "--db", db)
    assert result.exit_code == 0
    (line,) = [line for line in result.stderr.splitlines() if "no pipeline for this one" in line]
    assert "troops.txt" in line
    assert summary(result)[0] == 2 and summary(result)[3] == 1


def test_lang_and_published_apply_to_the_inputs(inputs, db):
    result = run(str(inputs / "trade.txt"), "--db", db, "--lang", "en",
                 "--published", "2024-02-03")
    assert result.exit_code == 0, result.stderr
    with Store(db) as store:
        (article,) = store.articles()
    assert (article["lang"], article["published"][:10]) == ("en", "2024-02-03")


def test_each_run_is_recorded(inputs, db):
    result = run(str(inputs), "--db", db)
    with Store(db) as store:
        (run_row,) = store.runs()
    assert run_row["finished"] is not None
    assert (run_row["articles"], run_row["events"], run_row["errors"]) == \
        (3, summary(result)[2], 0)


def test_a_file_that_is_not_a_database(inputs, tmp_path):
    not_db = tmp_path / "notes.db"
    not_db.write_text("plain notes, not SQLite " * 50)
    result = run(str(inputs), "--db", str(not_db))
    assert result.exit_code == 1
    assert str(not_db) in result.stderr


@pytest.mark.parametrize("args", [["--lang", "de"], ["--published", "3 March 2024"]])
def test_bad_options_are_usage_errors(inputs, db, args):
    result = run(str(inputs), "--db", db, *args)
    assert result.exit_code == 2
    assert args[0] in result.stderr
