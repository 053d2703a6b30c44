import json

import pytest
import typer
from typer.testing import CliRunner

import lajm
from lajm.cli import evaluate
from lajm.model import Article, Doc, Entity, Event

GOLD = [
    {"id": "g1", "lang": "en", "published": "2024-06-12",
     "text": "Norway sent two field hospitals to Moldova on Monday.",
     "events": [{"type": "AID", "actor": [{"text": "Norway", "code": "NOR", "sector": None}],
                 "recipient": [{"text": "Moldova", "code": "MDA", "sector": None}],
                 "trigger": "sent", "modality": "asserted"}]},
    {"id": "g2", "lang": "sq", "published": None,
     "text": "Ministri i Jashtëm i Maltës u takua me homologun e tij nga Islanda.",
     "events": [{"type": "CONSULT", "actor": [{"text": "Ministri", "code": "MLT", "sector": "GOV"}],
                 "recipient": [{"text": "homologun", "code": "ISL", "sector": "GOV"}],
                 "trigger": "u takua", "modality": "asserted"}]},
    {"id": "g3", "lang": "en", "text": "Markets rose sharply in Oslo.", "events": []},
]
AID = {"type": "AID", "actor": [{"text": "Norway", "code": "NOR"}],
       "recipient": [{"text": "Moldova", "code": "MDA"}], "modality": "asserted"}
PRED = [{"id": "g1", "events": [AID]},
        {"id": "g3", "events": [{"type": "PROTEST", "actor": [], "modality": "asserted"}]}]


@pytest.fixture
def app():
    app = typer.Typer()
    app.callback()(lambda: None)
    evaluate.register(app)
    return app


def write_jsonl(path, rows):
    lines = [json.dumps(row, ensure_ascii=False) + "\n" for row in rows]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def run(app, *args):
    return CliRunner().invoke(app, ["eval", *map(str, args)])


def test_eval_with_predictions(app, tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    pred = write_jsonl(tmp_path / "pred.jsonl", PRED)
    result = run(app, gold, "--pred", pred)
    assert result.exit_code == 0, result.output
    assert "units 3, gold events 2, predicted events 2" in result.output
    assert "event      0.500   0.500  0.500        1     2     2" in result.output
    assert "CONSULT" not in result.output
    per_type = run(app, gold, "--pred", pred, "--per-type").output
    assert "CONSULT" in per_type and "PROTEST" in per_type


def test_eval_json(app, tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    pred = write_jsonl(tmp_path / "pred.jsonl", PRED)
    data = json.loads(run(app, gold, "--pred", pred, "--json").output)
    assert data["event"]["matched"] == 1 and data["event"]["recall"] == 0.5
    assert data["arguments"]["recipient_presence"] == {"accuracy": 1.0, "correct": 1, "n": 1}
    assert data["per_type"]["PROTEST"]["type"]["pred"] == 1


def test_eval_extracts_when_no_predictions_given(app, tmp_path, monkeypatch):
    calls = []

    def fake_extract(text, lang=None, published=None):
        calls.append((lang, published))
        events = [Event(type="AID", trigger="sent", actor=[Entity("Norway", "NOR")],
                        recipient=[Entity("Moldova", "MDA")])] if "Norway" in text else []
        return Doc(article=Article(text=text, lang=lang), events=events)

    monkeypatch.setattr(lajm, "extract", fake_extract)
    data = json.loads(run(app, write_jsonl(tmp_path / "gold.jsonl", GOLD), "--json").output)
    assert calls == [("en", "2024-06-12"), ("sq", None), ("en", None)]
    assert (data["event"]["precision"], data["event"]["recall"]) == (1.0, 0.5)


@pytest.mark.parametrize("which, line, problem", [
    ("gold", '{"id": "x", "text": "t", "events": []', "not valid JSON"),
    ("gold", '["x"]', "expected a JSON object"),
    ("gold", '{"text": "t", "events": []}', 'no "id"'),
    ("gold", '{"id": "x", "events": []}', 'no "text"'),
    ("gold", '{"id": "x", "text": "t"}', '"events" must be a list'),
    ("gold", '{"id": "x", "text": "t", "events": [{"type": "DANCE"}]}', "unknown event type"),
    ("pred", '{"id": "x", "events": [{"actor": []}]}', 'event 1: no "type"'),
    ("pred", '{"id": "x", "events": [{"type": "AID", "actor": "NO"}]}', '"actor" must be a list'),
    ("pred", '{"id": "x", "events": [{"type": "AID", "date": "2024"}]}', '"date" must be an'),
])
def test_bad_lines_are_named(app, tmp_path, which, line, problem):
    files = {"gold": write_jsonl(tmp_path / "gold.jsonl", GOLD[:1]),
             "pred": write_jsonl(tmp_path / "pred.jsonl", PRED[:1])}
    with files[which].open("a", encoding="utf-8") as out:
        out.write("\n" + line + "\n")
    result = run(app, files["gold"], "--pred", files["pred"])
    assert result.exit_code == 1
    assert f"{files[which]}:3: " in result.output and problem in result.output


def test_a_repeated_id_pairs_units_in_order(app, tmp_path):
    again = {**GOLD[1], "id": "g1"}
    gold = write_jsonl(tmp_path / "gold.jsonl", [GOLD[0], again])
    pred = write_jsonl(tmp_path / "pred.jsonl", [{"id": "g1", "events": []}, *PRED[:1]])
    data = json.loads(run(app, gold, "--pred", pred, "--json").output)
    figures = (data["type"]["matched"], data["event"]["pred"], data["ignored_predictions"])
    assert figures == (0, 1, 0)
    swapped = write_jsonl(tmp_path / "swapped.jsonl", [*PRED[:1], {"id": "g1", "events": []}])
    assert json.loads(run(app, gold, "--pred", swapped, "--json").output)["event"]["matched"] == 1


def test_missing_file_is_named(app, tmp_path):
    result = run(app, tmp_path / "nowhere.jsonl")
    assert result.exit_code == 1
    assert "nowhere.jsonl: cannot read" in result.output
