from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
import typer
from typer.testing import CliRunner

from lajm.cli import events
from lajm.model import Article, DateRange, Doc, Entity, Event
from lajm.store import Store

runner = CliRunner()


def command_app() -> typer.Typer:
    app = typer.Typer()
    app.callback()(lambda: None)  # a group, so `events` stays a subcommand
    events.register(app)
    return app


def doc(text: str, title: str, published: str, lang: str, *evs: Event) -> Doc:
    article = Article(text=text, title=title, lang=lang, published=date.fromisoformat(published))
    return Doc(article=article, events=list(evs))


def event(type_: str, trigger: str, actor: str, recipient: str | None = None,
          when: str | None = None, evidence: str = "") -> Event:
    return Event(type=type_, trigger=trigger, actor=[Entity(text=actor, code=actor)],
                 recipient=[Entity(text=recipient, code=recipient)] if recipient else [],
                 date=DateRange(text=when, start=when, end=when) if when else None,
                 evidence=evidence)


@pytest.fixture
def db(tmp_path) -> str:
    path = str(tmp_path / "events.db")
    with Store(path) as store:
        store.save([
            doc("Kosova dhe Serbia nënshkruan marrëveshjen.", "Marrëveshja u nënshkrua",
                "2024-04-02", "sq",
                event("AGREE", "nënshkruan", "KOS", "SRB", "2024-04-01",
                      "Kosova dhe Serbia nënshkruan marrëveshjen.")),
            doc("Russia shelled Odesa. Ukraine asked for air defence.", "Odesa shelled",
                "2024-02-10", "en",
                event("ASSAULT", "shelled", "RUS", "UKR", evidence="Russia shelled Odesa."),
                event("REQUEST", "asked", "UKR", evidence="Ukraine asked for air defence.")),
        ])
    return path


def run(*args: str):
    return runner.invoke(command_app(), ["events", *args])


@pytest.mark.parametrize(("args", "types"), [
    ([], ["AGREE", "ASSAULT", "REQUEST"]),
    (["--type", "assault"], ["ASSAULT"]),
    (["--actor", "UKR"], ["REQUEST"]),
    (["--recipient", "UKR"], ["ASSAULT"]),
    (["--since", "2024-03-01"], ["AGREE"]),
    (["--until", "2024-03-31"], ["ASSAULT", "REQUEST"]),
    (["--text", "MARRËVESHJ"], ["AGREE"]),
    (["--lang", "en", "--limit", "1"], ["ASSAULT"]),
])
def test_filters(db, args, types):
    result = run("--db", db, "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    assert [row["type"] for row in json.loads(result.stdout)] == types


def test_jsonl_rows_carry_the_article(db):
    result = run("--db", db, "--format", "jsonl", "--type", "AGREE")
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (row["title"], row["published"]) == ("Marrëveshja u nënshkrua", "2024-04-02")
    assert row["recipient"][0]["code"] == "SRB"


def test_csv_has_the_extra_columns(db):
    result = run("--db", db, "--format", "csv", "--actor", "RUS")
    (row,) = list(csv.DictReader(io.StringIO(result.stdout)))
    assert (row["published"], row["title"]) == ("2024-02-10", "Odesa shelled")
    assert row["type"] == "ASSAULT"
    assert row["recipient"] == "UKR [UKR]"


def test_table_names_the_article(db):
    result = run("--db", db, "--text", "odesa")
    assert result.exit_code == 0
    assert "Odesa shelled" in result.stdout
    assert "Marrëveshja" not in result.stdout


def test_output_file(db, tmp_path):
    out = tmp_path / "events.jsonl"
    result = run("--db", db, "--format", "jsonl", "-o", str(out))
    assert (result.exit_code, result.stdout) == (0, "")
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_a_missing_database_is_an_error_and_stays_missing(tmp_path):
    path = tmp_path / "none.db"
    result = run("--db", str(path))
    assert result.exit_code == 1
    assert str(path) in result.stderr
    assert not path.exists()


@pytest.mark.parametrize("args", [
    ["--format", "xml"], ["--type", "PARTY"], ["--since", "10/03/2024"], ["--limit", "0"],
])
def test_bad_options_are_usage_errors(db, args):
    result = run("--db", db, *args)
    assert result.exit_code == 2
    assert args[0] in result.stderr
