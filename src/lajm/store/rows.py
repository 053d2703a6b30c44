"""Model objects to table rows: one Doc gives an article row, event rows and argument rows."""
from __future__ import annotations

from typing import Any

from lajm.model import Article, Doc, Entity, Event, Quantity

Row = dict[str, Any]


def event_id(article_id: str, position: int) -> str:
    return f"{article_id}-{position}"


def article_row(article: Article) -> Row:
    return {
        "id": article.id, "url": article.url, "outlet": article.outlet, "title": article.title,
        "text": article.text, "lang": article.lang, "published": _iso(article.published),
        "fetched": _iso(article.fetched), "meta": article.meta or {},
        "source": article.meta.get("source"),
    }


def doc_rows(doc: Doc, run_id: int | None) -> tuple[list[Row], list[Row]]:
    """The event rows and argument rows of one document's events."""
    event_rows, arg_rows = [], []
    for position, event in enumerate(doc.events):
        row = event_row(event, doc.article.id, position, run_id)
        event_rows.append(row)
        arg_rows.extend(arg_rows_of(event, row["id"]))
    return event_rows, arg_rows


def event_row(event: Event, article_id: str, position: int, run_id: int | None) -> Row:
    eid = event_id(article_id, position)
    start, end = event.trigger_span or (None, None)
    date, place, source = event.date, event.location, event.attribution
    return {
        "id": eid, "article_id": article_id, "run_id": run_id, "position": position,
        "sentence": event.sentence, "type": event.type, "mode": event.mode,
        "cameo": event.cameo, "trigger": event.trigger, "trigger_start": start,
        "trigger_end": end, "modality": event.modality, "confidence": event.confidence,
        "date_text": date and date.text, "date_start": date and date.start,
        "date_end": date and date.end, "date_precision": date and date.precision,
        "location_text": place and place.text, "location_code": place and place.code,
        "attribution_text": source and source.text, "attribution_code": source and source.code,
        "attribution_sector": source and source.sector, "evidence": event.evidence,
        "reasons": event.reasons, "json": {**event.to_json(), "id": eid, "article_id": article_id},
    }


def arg_rows_of(event: Event, eid: str) -> list[Row]:
    rows = [_entity_row(eid, "actor", e) for e in event.actor]
    rows += [_entity_row(eid, "recipient", e) for e in event.recipient]
    rows += [_quantity_row(eid, q) for q in event.quantities]
    return rows


def _entity_row(eid: str, role: str, entity: Entity) -> Row:
    start, end = entity.span or (None, None)
    return {**_EMPTY_ARG, "event_id": eid, "role": role, "text": entity.text,
            "code": entity.code, "sector": entity.sector, "name": entity.name,
            "kb_id": entity.kb_id, "start": start, "end": end}


def _quantity_row(eid: str, quantity: Quantity) -> Row:
    start, end = quantity.span or (None, None)
    return {**_EMPTY_ARG, "event_id": eid, "role": "quantity", "text": quantity.text,
            "kind": quantity.kind, "value": quantity.value, "qualifier": quantity.qualifier,
            "start": start, "end": end}


# executemany needs every row to carry the same keys.
_EMPTY_ARG: Row = dict.fromkeys(
    ("text", "code", "sector", "name", "kb_id", "start", "end", "kind", "value", "qualifier"))


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None
