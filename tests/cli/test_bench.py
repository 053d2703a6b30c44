import json
import re

import pytest
import typer
from typer.testing import CliRunner

from lajm.cli import bench

FIGURES = {
    "speed": r"([\d,.]+) articles/s",
    "ms": r"([\d,.]+) ms per article",
    "kbs": r"([\d,.]+) KB/s",
    "rss": r"peak RSS\s+([\d,.]+) MB",
}


@pytest.fixture
def app():
    app = typer.Typer()
    app.callback()(lambda: None)
    bench.register(app)
    return app


def figures(output):
    found = {name: re.search(pattern, output) for name, pattern in FIGURES.items()}
    assert all(found.values()), output
    return {name: float(match.group(1).replace(",", "")) for name, match in found.items()}


def test_bench_on_a_corpus_file(app, tmp_path):
    path = tmp_path / "corpus.jsonl"
    rows = [{"text": "Kryeministri takoi sot në Tiranë ambasadorin e Austrisë. "
                     "Ata folën për investimet në energji.", "published": "2023-10-04"},
            {"text": "Policia arrestoi dy persona në Durrës pas një aksidenti rrugor."}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    result = CliRunner().invoke(app, ["bench", "--lang", "sq", "--corpus", str(path),
                                      "--articles", "3", "--size", "600"])
    assert result.exit_code == 0, result.output
    assert str(path) in result.output and "articles      3 (sq)" in result.output
    assert all(value > 0 for value in figures(result.output).values())


def test_bench_on_a_generated_corpus(app):
    result = CliRunner().invoke(app, ["bench", "--lang", "en", "--articles", "2", "--size", "500"])
    assert result.exit_code == 0, result.output
    assert "generated from" in result.output
    assert all(value > 0 for value in figures(result.output).values())


@pytest.mark.parametrize("args, problem", [
    (["--lang", "xx"], "no language pack for 'xx'"),
    (["--lang", "en", "--corpus", "/nonexistent/c.jsonl"], "/nonexistent/c.jsonl: cannot read"),
])
def test_bench_errors(app, args, problem):
    result = CliRunner().invoke(app, ["bench", *args])
    assert result.exit_code == 1
    assert problem in result.output
