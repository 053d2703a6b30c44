import pytest

from lajm.eval.score import ARGUMENTS, Report, match_events, score


def who(*codes):
    """Entities from codes; ("RUS", "GOV") gives a sector too."""
    out = []
    for code in codes:
        code, sector = code if isinstance(code, tuple) else (code, None)
        out.append({"text": code.lower(), "code": code, "sector": sector})
    return out


def ev(kind, actor=(), recipient=(), **fields):
    event = {"type": kind, "actor": who(*actor), "modality": "asserted", **fields}
    if recipient:
        event["recipient"] = who(*recipient)
    return event


def qty(*pairs):
    return [{"kind": kind, "value": value} for kind, value in pairs]


def when(start=None, end=None):
    return {"text": "then", **({"start": start} if start else {}), **({"end": end} if end else {})}


def place(code):
    return {"text": code.title(), "code": code}


def one(gold_events, pred_events):
    return score([{"id": "u1", "events": gold_events}], {"u1": pred_events})


def test_matching_is_one_to_one():
    twice = one([ev("AID", ["USA"], ["UKR"])], [ev("AID", ["USA"], ["UKR"])] * 2)
    assert (twice.event.matched, twice.event.precision, twice.event.recall) == (1, 0.5, 1.0)
    half = one([ev("AID", ["USA"], ["UKR"])] * 2, [ev("AID", ["USA"], ["UKR"])])
    assert (half.event.matched, half.event.precision, half.event.recall) == (1, 1.0, 0.5)


def test_event_matches_are_taken_before_type_matches():
    gold = [ev("CONSULT", ["SRB"]), ev("CONSULT", ["KOS"])]
    pred = [ev("CONSULT", ["KOS"]), ev("CONSULT", ["ALB"])]
    assert match_events(gold, pred) == [(0, 1, False), (1, 0, True)]
    report = one(gold, pred)
    assert (report.type.matched, report.event.matched) == (2, 1)


def test_closer_arguments_and_trigger_break_ties():
    gold = [ev("COERCE", ["KOS"], trigger="arrested"),
            ev("COERCE", ["KOS"], trigger="banned", date=when("2023-05-01", "2023-05-01"))]
    pred = [ev("COERCE", ["KOS"], trigger="has banned", date=when("2023-05-01"))]
    assert match_events(gold, pred) == [(1, 0, True)]
    assert one(gold, pred).arguments["date"].correct == 1


def test_equal_candidates_go_to_the_earliest_events():
    gold = [ev("ASSAULT", ["RUS"]), ev("ASSAULT", ["RUS"])]
    assert match_events(gold, [ev("ASSAULT", ["RUS"])]) == [(0, 0, True)]


@pytest.mark.parametrize("gold, pred, is_event", [
    (ev("ASSAULT", [], ["UKR"]), ev("ASSAULT", ["RUS"], ["UKR"]), True),
    (ev("ASSAULT", []), ev("ASSAULT", []), True),
    (ev("ASSAULT", ["RUS"]), ev("ASSAULT", []), False),
    (ev("ASSAULT", ["RUS", "BLR"]), ev("ASSAULT", ["BLR"]), True),
    (ev("ASSAULT", ["RUS"]), ev("ASSAULT", ["UKR"]), False),
    (ev("ASSAULT", ["RUS"]), ev("MOBILIZE", ["RUS"]), False),
    (ev("REQUEST", ["IGO"]), ev("REQUEST", ["IGOEU"]), True),
    (ev("REQUEST", ["IGO"]), ev("REQUEST", ["IGO"]), True),
    (ev("REQUEST", ["IGOEU"]), ev("REQUEST", ["IGO"]), False),
    (ev("REQUEST", ["RUS"]), ev("REQUEST", ["RUSGOV"]), False),
    (ev("REQUEST", ["USA"], ["IGO"]), ev("REQUEST", ["USA"], ["IGONATO"]), True),
    (ev("AID", ["USA"], ["UKR"]), ev("AID", ["USA"]), False),
    (ev("AID", ["USA"], ["UKR"]), ev("AID", ["USA"], ["POL", "UKR"]), True),
    (ev("AID", ["USA"], ["UKR"]), ev("AID", ["USA"], ["POL"]), False),
    (ev("AID", ["USA"]), ev("AID", ["USA"], ["POL"]), True),
])
def test_event_match_rules(gold, pred, is_event):
    report = one([gold], [pred])
    assert report.event.matched == is_event
    assert report.type.matched == (gold["type"] == pred["type"])


def test_units_without_events_count_against_precision():
    gold = [{"id": "a", "events": [ev("PROTEST", ["SRB"])]}, {"id": "b", "events": []}]
    report = score(gold, {"a": [ev("PROTEST", ["SRB"])], "b": [ev("PROTEST", ["SRB"])]})
    assert (report.event.precision, report.event.recall) == (0.5, 1.0)
    assert report.event.f1 == pytest.approx(2 / 3)


def test_missing_predictions_count_as_no_events():
    gold = [{"id": "a", "events": [ev("PROTEST", ["SRB"])]},
            {"id": "b", "events": [ev("RETREAT", ["RUS"])]}]
    report = score(gold, {"a": [ev("PROTEST", ["SRB"])], "zzz": [ev("RETREAT", ["RUS"])]})
    assert (report.event.gold, report.event.pred, report.event.matched) == (2, 1, 1)
    assert report.event.recall == 0.5
    assert report.ignored_predictions == 1


def test_per_type_figures():
    report = one([ev("AID", ["USA"]), ev("ASSAULT", ["RUS"]), ev("ASSAULT", ["RUS"])],
                 [ev("AID", ["GBR"]), ev("ASSAULT", ["RUS"]), ev("COERCE", ["RUS"])])
    assert list(report.by_type) == ["AID", "COERCE", "ASSAULT"]
    aid, assault, coerce = (report.by_type[k] for k in ("AID", "ASSAULT", "COERCE"))
    assert (aid["type"].f1, aid["event"].f1) == (1.0, 0.0)
    assert (assault["event"].precision, assault["event"].recall) == (1.0, 0.5)
    assert (coerce["type"].pred, coerce["type"].gold, coerce["type"].precision) == (1, 0, 0.0)
    assert report.to_dict()["per_type"]["ASSAULT"]["event"]["recall"] == 0.5


MARCH = when("2024-03-01", "2024-03-31")


@pytest.mark.parametrize("argument, gold, pred, verdict", [
    ("actor_sector", ev("CONSULT", [("RUS", "GOV")]), ev("CONSULT", [("RUS", "GOV")]), True),
    ("actor_sector", ev("CONSULT", [("RUS", "GOV")]), ev("CONSULT", [("RUS", "MIL")]), False),
    ("actor_sector", ev("CONSULT", [("RUS", "GOV")]), ev("CONSULT", ["RUS"]), False),
    ("actor_sector", ev("CONSULT", ["RUS"]), ev("CONSULT", [("RUS", "GOV")]), False),
    ("actor_sector", ev("CONSULT", ["RUS"]), ev("CONSULT", ["RUS"]), True),
    ("actor_sector", ev("CONSULT", [("PRK", "GOV"), "RUS"]), ev("CONSULT", [("PRK", "GOV")]), True),
    ("actor_sector", ev("CONSULT", [("IGO", "LEG")]), ev("CONSULT", [("IGOEU", "LEG")]), True),
    ("actor_sector", ev("CONSULT", []), ev("CONSULT", [("RUS", "GOV")]), None),
    ("recipient_presence", ev("AID", ["USA"]), ev("AID", ["USA"]), True),
    ("recipient_presence", ev("AID", ["USA"]), ev("AID", ["USA"], ["UKR"]), False),
    ("recipient_presence", ev("AID", ["USA"], ["UKR"]), ev("AID", ["USA"], ["UKR"]), True),
    ("quantity", ev("AID", ["USA"], quantities=[{**qty(("troops", 500))[0], "qualifier": "about"}]),
     ev("AID", ["USA"], quantities=qty(("troops", 500.0))), True),
    ("quantity", ev("AID", ["USA"], quantities=qty(("troops", 500))),
     ev("AID", ["USA"], quantities=qty(("people", 500))), False),
    ("quantity", ev("AID", ["USA"], quantities=qty(("troops", 500))),
     ev("AID", ["USA"], quantities=qty(("troops", 50))), False),
    ("quantity", ev("AID", ["USA"], quantities=qty(("troops", 500))),
     ev("AID", ["USA"], quantities=qty(("troops", 500), ("money", 9))), False),
    ("quantity", ev("AID", ["USA"], quantities=qty(("troops", 500))), ev("AID", ["USA"]), False),
    ("quantity", ev("AID", ["USA"]), ev("AID", ["USA"], quantities=qty(("troops", 5))), None),
    ("date", ev("PROTEST", date=MARCH), ev("PROTEST", date=when("2024-03-31", "2024-04-02")), True),
    ("date", ev("PROTEST", date=MARCH), ev("PROTEST", date=when("2024-02-10", "2024-04-02")), True),
    ("date", ev("PROTEST", date=MARCH), ev("PROTEST", date=when("2024-03-15T18:00:00+01:00")),
     True),
    ("date", ev("PROTEST", date=MARCH), ev("PROTEST", date=when("2024-04-01")), False),
    ("date", ev("PROTEST", date=MARCH), ev("PROTEST", date=when(end="2024-02-29")), False),
    ("date", ev("PROTEST", date=MARCH), ev("PROTEST", date=when()), False),
    ("date", ev("PROTEST", date=MARCH), ev("PROTEST"), False),
    ("date", ev("PROTEST", date=when()), ev("PROTEST", date=MARCH), None),
    ("location", ev("ASSAULT", location=place("SYR")), ev("ASSAULT", location=place("SYR")), True),
    ("location", ev("ASSAULT", location=place("SYR")), ev("ASSAULT", location=place("IRQ")), False),
    ("location", ev("ASSAULT", location=place("SYR")), ev("ASSAULT"), False),
    ("location", ev("ASSAULT"), ev("ASSAULT", location=place("SYR")), None),
    ("attribution", ev("ACCUSE", attribution=who("IGO")[0]),
     ev("ACCUSE", attribution=who("IGOOSCE")[0]), True),
    ("attribution", ev("ACCUSE", attribution=who("KOS")[0]),
     ev("ACCUSE", attribution=who("SRB")[0]), False),
    ("attribution", ev("ACCUSE", attribution=who("KOS")[0]), ev("ACCUSE"), False),
    ("attribution", ev("ACCUSE"), ev("ACCUSE", attribution=who("KOS")[0]), None),
    ("modality", ev("THREATEN", ["PRK"]), ev("THREATEN", ["PRK"]), True),
    ("modality", ev("THREATEN", ["PRK"]), {**ev("THREATEN", ["PRK"]), "modality": "future"}, False),
])
def test_argument_accuracy(argument, gold, pred, verdict):
    accuracy = one([gold], [pred]).arguments[argument]
    expected = (0, 0) if verdict is None else (int(verdict), 1)
    assert (accuracy.correct, accuracy.n) == expected


def test_arguments_are_scored_on_event_matches_only():
    gold = ev("AID", ["USA"], quantities=[{"kind": "money", "value": 10}])
    report = one([gold], [ev("AID", ["CAN"], quantities=[{"kind": "money", "value": 10}])])
    assert (report.type.matched, report.event.matched) == (1, 0)
    assert all(acc.n == 0 for acc in report.arguments.values())


def test_accuracies_sum_over_units():
    gold = [{"id": str(i), "events": [ev("ASSAULT", ["RUS"])]} for i in range(4)]
    pred = {str(i): [{**ev("ASSAULT", ["RUS"]), "modality": m}]
            for i, m in enumerate(["asserted", "asserted", "asserted", "reported"])}
    modality = score(gold, pred).arguments["modality"]
    assert (modality.correct, modality.n, modality.value) == (3, 4, 0.75)


def test_render_and_dict():
    report = one([ev("AID", ["USA"], ["UKR"]), ev("SANCTION", ["USA"], ["RUS"])],
                 [ev("AID", ["USA"], ["UKR"])] * 2 + [ev("SANCTION", ["USA"])])
    text = report.render(per_type=False)
    assert "event      0.333   0.500  0.400" in text
    assert "type       0.667   1.000  0.800" in text
    assert "quantity" in text and "SANCTION" not in text
    assert "SANCTION     1.000   1.000    1.000    0.000" in report.render(per_type=True)
    data = report.to_dict()
    assert data["event"] == {"precision": 1 / 3, "recall": 0.5, "f1": 0.4,
                             "matched": 1, "gold": 2, "pred": 3}
    assert set(data["arguments"]) == set(ARGUMENTS)
    assert data["arguments"]["quantity"] == {"accuracy": None, "correct": 0, "n": 0}


def test_empty_report():
    report = score([{"id": "a", "events": []}], {})
    assert report.figures()["event_f1"] == 0.0
    assert report.figures()["modality"] is None
    assert set(Report().figures()) == {*ARGUMENTS, "type_precision", "type_recall", "type_f1",
                                       "event_precision", "event_recall", "event_f1"}
