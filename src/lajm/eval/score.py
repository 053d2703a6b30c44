"""Score predicted events against gold units, as eval/GUIDELINES.md "Scoring" defines it.

Per unit, gold and predicted events are paired one to one, best first: every pair of the
same type is a candidate; candidates are ranked by event match, then by closeness (how
many argument checks below agree, plus one if the triggers share a word), then by gold
and prediction order, and taken greedily. The ranking never depends on dict or set order,
so the same input always gives the same pairs.

Argument accuracies are counted over event matches only, each where gold states it:
- actor_sector: gold names actors. The *matched actors* are the gold actors whose code
  some predicted actor shares; correct when each of them has a predicted actor with that
  code and the same sector (null equals null or missing).
- recipient_presence: every event match; correct when both or neither have a recipient
  (absence is a statement here, and a gold recipient is already required to match).
- quantity: gold lists quantities; correct when the sets of (kind, value) are equal.
- date: gold has start or end; correct when the predicted range overlaps it (inclusive;
  a missing end is the start and vice versa).
- location: gold location has a code; correct when the predicted location's code matches.
- attribution: gold attribution has a code; correct when the predicted one's code matches.
- modality: gold states a modality; correct when equal.
Codes match when equal, or when gold says IGO and the prediction's code starts with IGO.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lajm.model import EVENT_TYPES

ARGUMENTS = ("actor_sector", "recipient_presence", "quantity", "date", "location",
             "attribution", "modality")


@dataclass
class Counts:
    """Matched, gold and predicted event counts; a figure with a zero denominator is 0."""
    matched: int = 0
    gold: int = 0
    pred: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "matched": self.matched, "gold": self.gold, "pred": self.pred}


@dataclass
class Accuracy:
    correct: int = 0
    n: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.n if self.n else None

    def to_dict(self) -> dict[str, float | int | None]:
        return {"accuracy": self.value, "correct": self.correct, "n": self.n}


@dataclass
class Report:
    units: int = 0
    by_type: dict[str, dict[str, Counts]] = field(default_factory=dict)
    arguments: dict[str, Accuracy] = field(
        default_factory=lambda: {name: Accuracy() for name in ARGUMENTS})
    ignored_predictions: int = 0

    @property
    def type(self) -> Counts:
        return self._total("type")

    @property
    def event(self) -> Counts:
        return self._total("event")

    def _total(self, level: str) -> Counts:
        counts = [levels[level] for levels in self.by_type.values()]
        return Counts(matched=sum(c.matched for c in counts), gold=sum(c.gold for c in counts),
                      pred=sum(c.pred for c in counts))

    def figures(self) -> dict[str, float | None]:
        """Flat figure names, as floors.toml uses them: event_f1, type_recall, date, ..."""
        out: dict[str, float | None] = {}
        for level, counts in (("type", self.type), ("event", self.event)):
            out |= {f"{level}_precision": counts.precision, f"{level}_recall": counts.recall,
                    f"{level}_f1": counts.f1}
        return out | {name: acc.value for name, acc in self.arguments.items()}

    def to_dict(self) -> dict[str, Any]:
        return {
            "units": self.units,
            "ignored_predictions": self.ignored_predictions,
            "type": self.type.to_dict(),
            "event": self.event.to_dict(),
            "arguments": {name: acc.to_dict() for name, acc in self.arguments.items()},
            "per_type": {kind: {level: c.to_dict() for level, c in levels.items()}
                         for kind, levels in self.by_type.items()},
        }

    def render(self, per_type: bool = False) -> str:
        """A plain text table of the figures, optionally with one row per event type."""
        parts = [_summary(self), _accuracy_table(self.arguments)]
        if per_type:
            parts.append(_type_table(self.by_type))
        return "\n\n".join(parts)


def score(gold_units: list[dict], pred_units: dict[str, list[dict]]) -> Report:
    """Score gold units (dicts with id and events) against predicted events by unit id."""
    report = Report(units=len(gold_units))
    gold_ids = {unit["id"] for unit in gold_units}
    report.ignored_predictions = sum(1 for uid in pred_units if uid not in gold_ids)
    for unit in gold_units:
        _score_unit(report, unit["events"], pred_units.get(unit["id"], []))
    report.by_type = dict(sorted(report.by_type.items(), key=lambda item: _type_order(item[0])))
    return report


def _score_unit(report: Report, gold: list[dict], pred: list[dict]) -> None:
    for events, side in ((gold, "gold"), (pred, "pred")):
        for event in events:
            for counts in _tally(report, event["type"]).values():
                setattr(counts, side, getattr(counts, side) + 1)
    for g, p, is_event in match_events(gold, pred):
        tally = _tally(report, gold[g]["type"])
        tally["type"].matched += 1
        if is_event:
            tally["event"].matched += 1
            _score_arguments(report.arguments, gold[g], pred[p])


def _tally(report: Report, kind: str) -> dict[str, Counts]:
    return report.by_type.setdefault(kind, {"type": Counts(), "event": Counts()})


def _score_arguments(accuracies: dict[str, Accuracy], gold: dict, pred: dict) -> None:
    for name, correct in argument_checks(gold, pred).items():
        if correct is not None:
            accuracies[name].n += 1
            accuracies[name].correct += correct


def match_events(gold: list[dict], pred: list[dict]) -> list[tuple[int, int, bool]]:
    """One-to-one (gold index, prediction index, is event match) pairs, best first."""
    candidates = sorted(
        (not is_event_match(g, p), -_closeness(g, p), i, j)
        for i, g in enumerate(gold) for j, p in enumerate(pred)
        if g.get("type") == p.get("type"))
    used_gold, used_pred, pairs = set(), set(), []
    for type_only, _, i, j in candidates:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j, not type_only))
    return sorted(pairs)


def is_event_match(gold: dict, pred: dict) -> bool:
    return (gold.get("type") == pred.get("type")
            and (not gold.get("actor") or _share_code(gold["actor"], pred.get("actor")))
            and (not gold.get("recipient")
                 or _share_code(gold["recipient"], pred.get("recipient"))))


def codes_match(gold_code: Any, pred_code: Any) -> bool:
    if not isinstance(gold_code, str) or not isinstance(pred_code, str):
        return False
    return pred_code == gold_code or (gold_code == "IGO" and pred_code.startswith("IGO"))


def argument_checks(gold: dict, pred: dict) -> dict[str, bool | None]:
    """Each argument's verdict for one pair: True, False, or None where gold is silent."""
    return {
        "actor_sector": _actor_sector(gold.get("actor") or [], pred.get("actor") or []),
        "recipient_presence": bool(gold.get("recipient")) == bool(pred.get("recipient")),
        "quantity": (_quantities(gold["quantities"]) == _quantities(pred.get("quantities") or [])
                     if gold.get("quantities") else None),
        "date": _dates_overlap(gold.get("date") or {}, pred.get("date") or {}),
        "location": _code_check(gold.get("location"), pred.get("location")),
        "attribution": _code_check(gold.get("attribution"), pred.get("attribution")),
        "modality": gold["modality"] == pred.get("modality") if gold.get("modality") else None,
    }


def _share_code(gold: list[dict], pred: list[dict] | None) -> bool:
    return any(codes_match(g.get("code"), p.get("code")) for g in gold for p in pred or [])


def _actor_sector(gold: list[dict], pred: list[dict]) -> bool | None:
    matched = [g for g in gold if _share_code([g], pred)]
    if not matched:
        return None
    return all(any(codes_match(g.get("code"), p.get("code")) and g.get("sector") == p.get("sector")
                   for p in pred) for g in matched)


def _quantities(quantities: list[dict]) -> set[tuple[Any, float | None]]:
    return {(q.get("kind"), _number(q.get("value"))) for q in quantities}


def _number(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _dates_overlap(gold: dict, pred: dict) -> bool | None:
    gold_range = _range(gold)
    if gold_range is None:
        return None
    pred_range = _range(pred)
    if pred_range is None:
        return False
    return pred_range[0] <= gold_range[1] and gold_range[0] <= pred_range[1]


def _range(date: dict) -> tuple[str, str] | None:
    """An inclusive (start, end) of ISO dates; a date-time is cut to its day."""
    start, end = date.get("start") or date.get("end"), date.get("end") or date.get("start")
    if not isinstance(start, str) or not isinstance(end, str):
        return None
    return start[:10], end[:10]


def _code_check(gold: dict | None, pred: dict | None) -> bool | None:
    if not gold or not gold.get("code"):
        return None
    return codes_match(gold["code"], (pred or {}).get("code"))


def _closeness(gold: dict, pred: dict) -> int:
    agreeing = sum(v is True for v in argument_checks(gold, pred).values())
    return agreeing + _triggers_share_word(gold.get("trigger"), pred.get("trigger"))


def _triggers_share_word(gold: Any, pred: Any) -> bool:
    if not isinstance(gold, str) or not isinstance(pred, str):
        return False
    return bool(set(gold.casefold().split()) & set(pred.casefold().split()))


def _summary(report: Report) -> str:
    lines = [f"units {report.units}, gold events {report.event.gold}, "
             f"predicted events {report.event.pred}"]
    if report.ignored_predictions:
        lines.append(f"({report.ignored_predictions} predicted unit(s) with ids not in gold, "
                     "not scored)")
    rows = [[level, *_prf(counts), str(counts.matched), str(counts.gold), str(counts.pred)]
            for level, counts in (("type", report.type), ("event", report.event))]
    header = ["match", "precision", "recall", "f1", "matched", "gold", "pred"]
    return "\n".join(lines) + "\n\n" + _table(header, rows)


def _accuracy_table(arguments: dict[str, Accuracy]) -> str:
    rows = [[name, _number_text(acc.value), str(acc.correct), str(acc.n)]
            for name, acc in arguments.items()]
    return _table(["argument (on event matches)", "accuracy", "correct", "n"], rows)


def _type_table(by_type: dict[str, dict[str, Counts]]) -> str:
    rows = [[kind, *_prf(levels["type"]), *_prf(levels["event"]),
             str(levels["type"].gold), str(levels["type"].pred)]
            for kind, levels in by_type.items()]
    header = ["event type", "type P", "type R", "type F1", "event P", "event R", "event F1",
              "gold", "pred"]
    return _table(header, rows)


def _prf(counts: Counts) -> list[str]:
    return [_number_text(x) for x in (counts.precision, counts.recall, counts.f1)]


def _number_text(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _table(header: list[str], rows: list[list[str]]) -> str:
    """First column left-aligned, the others right-aligned, two spaces between."""
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                       for i, (cell, w) in enumerate(zip(row, widths)))
             for row in [header, *rows]]
    return "\n".join(line.rstrip() for line in lines)


def _type_order(kind: str) -> tuple[int, str]:
    return (EVENT_TYPES.index(kind) if kind in EVENT_TYPES else len(EVENT_TYPES), kind)
