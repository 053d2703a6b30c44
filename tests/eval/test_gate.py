"""The evaluation gate: each gold file in tests/gold must meet its floors in floors.toml."""
from pathlib import Path

import pytest

from lajm.errors import InputError
from lajm.eval.gate import load_floors, shortfalls
from lajm.eval.score import Report, score
from lajm.eval.units import predict, read_gold

GOLD_DIR = Path(__file__).parents[1] / "gold"
FLOORS = GOLD_DIR / "floors.toml"
GOLD_FILES = sorted(GOLD_DIR.glob("*.jsonl"))


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda path: path.stem)
def test_gold_file_meets_its_floors(gold_path):
    floors = load_floors(FLOORS)
    units = read_gold(gold_path)
    report = score(units, predict(units))
    figures = f"\n\n{gold_path.name}:\n{report.render(per_type=True)}"
    assert gold_path.stem in floors, f"no [{gold_path.stem}] table in {FLOORS}" + figures
    problems = shortfalls(report.figures(), floors[gold_path.stem])
    assert not problems, "\n".join(problems) + figures


def test_every_floor_belongs_to_a_gold_file_and_a_known_figure():
    known = set(Report().figures())
    for name, floors in load_floors(FLOORS).items():
        assert (GOLD_DIR / f"{name}.jsonl").is_file(), f"[{name}] in {FLOORS} has no gold file"
        assert floors, f"[{name}] in {FLOORS} sets no floor"
        assert set(floors) <= known, f"[{name}] unknown figures: {set(floors) - known}"


@pytest.mark.parametrize("figures, floors, expected", [
    ({"event_f1": 0.71, "type_f1": 0.8}, {"event_f1": 0.70, "type_f1": 0.80}, []),
    ({"event_f1": 0.69, "type_f1": 0.9}, {"event_f1": 0.70}, ["event_f1: 0.690 below floor 0.700"]),
    ({"date": None}, {"date": 0.5}, ["date: nothing to measure, floor 0.500"]),
    ({"event_f1": 0.9}, {"event_f2": 0.5}, ["event_f2: unknown figure (known: event_f1)"]),
])
def test_shortfalls(figures, floors, expected):
    assert shortfalls(figures, floors) == expected


@pytest.mark.parametrize("text, problem", [
    ("[sq]\nevent_f1 = 1.5\n", "[sq] event_f1 must be a number from 0 to 1"),
    ("[sq]\nevent_f1 = true\n", "[sq] event_f1 must be a number from 0 to 1"),
    ("[sq]\nevent_f1 = \"high\"\n", "[sq] event_f1 must be a number from 0 to 1"),
    ("event_f1 = 0.7\n", "'event_f1' must be a table"),
    ("[sq\n", "cannot read floors"),
])
def test_bad_floors_are_reported(tmp_path, text, problem):
    path = tmp_path / "floors.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=problem.replace("[", r"\[")):
        load_floors(path)


def test_floors_load(tmp_path):
    path = tmp_path / "floors.toml"
    path.write_text("# gate\n[en_gold]\nevent_f1 = 0.6\ntype_f1 = 1\n", encoding="utf-8")
    assert load_floors(path) == {"en_gold": {"event_f1": 0.6, "type_f1": 1}}
