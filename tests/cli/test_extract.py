"""`lajm extract`: files and JSONL units to events, in four formats, past bad inputs."""
from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from lajm.cli.main import app

runner = CliRunner()

ARTICLE_SQ = "Rusia sulmoi Ukrainën të hënën.\n\nSerbia akuzoi Kosovën për provokime.\n"
ARTICLE_EN = "Russia attacked Ukraine on Monday. Serbia accused Kosovo of provocations.\n"
UNITS = [
    {"id": "sq-1", "text": "Rusia sulmoi Ukrainën të hënën.", "lang": "sq", "published": "2025-03-12"},
    {"id": "en-1", "text": "Serbia met Kosovo in Brussels.", "lang": "en"},
    {"id": "sq-2", "text": "Moti ishte i ngrohtë në Prishtinë.", "lang": "sq"},
]


def run(*args: str):
    return runner.invoke(app, ["extract", *args])


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "lajm.txt"
    path.write_text(ARTICLE_SQ, encoding="utf-8")
    return path


@pytest.fixture
def units(tmp_path):
    path = tmp_path / "units.jsonl"
    path.write_text("".join(json.dumps(u, ensure_ascii=False) + "\n" for u in UNITS), encoding="utf-8")
    return path


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_json_lists_every_event_with_its_article(article):
    result = run(str(article), "--format", "json", "--published", "2025-03-12")
    assert result.exit_code == 0, result.stderr
    events = json.loads(result.stdout)
    assert [e["type"] for e in events] == ["ASSAULT", "ACCUSE"]
    assert {e["article"] for e in events} == {"lajm.txt"}
    assert events[0]["date"]["start"] == "2025-03-10"


def test_jsonl_of_a_text_file_is_one_line_per_article(article, tmp_path):
    other = tmp_path / "news.txt"
    other.write_text(ARTICLE_EN, encoding="utf-8")
    result = run(str(article), str(other), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    lines = jsonl(result.stdout)
    assert [[e["type"] for e in line["events"]] for line in lines] == [["ASSAULT", "ACCUSE"]] * 2


def test_csv_has_a_header_and_a_row_per_event(article):
    result = run(str(article), "-f", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["type"] for r in rows] == ["ASSAULT", "ACCUSE"]
    assert rows[0]["actor"].startswith("Rusia") and "RUS" in rows[0]["actor"]
    assert rows[0]["article"] == "lajm.txt"


def test_table_shows_the_events(article):
    result = run(str(article))
    assert result.exit_code == 0, result.stderr
    for word in ("ASSAULT", "ACCUSE", "sulmoi", "akuzoi", "RUS"):
        assert word in result.stdout


def test_jsonl_units_give_one_line_per_unit_with_its_id(units):
    result = run(str(units), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    lines = jsonl(result.stdout)
    assert [line["id"] for line in lines] == ["sq-1", "en-1", "sq-2"]
    assert [[e["type"] for e in line["events"]] for line in lines] == [["ASSAULT"], ["CONSULT"], []]
    assert lines[0]["events"][0]["date"]["start"] == "2025-03-10"


def test_output_file(units, tmp_path):
    out = tmp_path / "pred.jsonl"
    result = run(str(units), "-f", "jsonl", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert [line["id"] for line in jsonl(out.read_text(encoding="utf-8"))] == ["sq-1", "en-1", "sq-2"]


@pytest.mark.parametrize("published,start", [("2025-03-12", "2025-03-10"), ("2025-03-20", "2025-03-17")])
def test_published_option_resolves_relative_dates(article, published, start):
    result = run(str(article), "-f", "json", "--published", published)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)[0]["date"]["start"] == start


def test_a_unit_published_date_wins_over_the_option(units):
    result = run(str(units), "-f", "jsonl", "--published", "2025-03-20")
    assert jsonl(result.stdout)[0]["events"][0]["date"]["start"] == "2025-03-10"


def test_lang_option_overrides_detection(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("Rusia sulmoi Ukrainën.", encoding="utf-8")
    result = run(str(path), "-f", "json", "--lang", "sq")
    assert [e["type"] for e in json.loads(result.stdout)] == ["ASSAULT"]


BAD_INPUTS = {
    "missing.txt": None,
    "empty.txt": b"",
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "bad.jsonl": b'{"id": "x", "text": \n',
}


def write_bad(tmp_path, name):
    path = tmp_path / name
    if BAD_INPUTS[name] is not None:
        path.write_bytes(BAD_INPUTS[name])
    return path


@pytest.mark.parametrize("name", BAD_INPUTS)
def test_a_bad_input_is_one_error_line_and_the_good_ones_go_on(article, tmp_path, name):
    bad = write_bad(tmp_path, name)
    result = run(str(bad), str(article), "-f", "jsonl")
    assert result.exit_code == 0
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and str(bad) in errors[0]
    assert [[e["type"] for e in line["events"]] for line in jsonl(result.stdout)] == [["ASSAULT", "ACCUSE"]]


@pytest.mark.parametrize("name", BAD_INPUTS)
def test_nothing_processed_is_a_failure(tmp_path, name):
    bad = write_bad(tmp_path, name)
    result = run(str(bad), "-f", "jsonl")
    assert result.exit_code != 0
    assert str(bad) in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_a_bad_jsonl_line_is_named_by_its_line_and_the_other_lines_go_on(tmp_path):
    path = tmp_path / "units.jsonl"
    lines = [json.dumps(UNITS[0], ensure_ascii=False), "{not json", json.dumps(UNITS[1]), '{"id": "no-text"}']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run(str(path), "-f", "jsonl")
    assert result.exit_code == 0
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2
    assert f"{path}:2" in errors[0] and f"{path}:4" in errors[1]
    assert [line["id"] for line in jsonl(result.stdout)] == ["sq-1", "en-1"]


@pytest.mark.parametrize("args,option", [
    (["--format", "xml"], "--format"),
    (["--lang", "xx"], "--lang"),
    (["--published", "12/03/2025"], "--published"),
])
def test_bad_options_are_refused(article, args, option):
    result = run(str(article), *args)
    assert result.exit_code != 0
    assert option in result.stderr
