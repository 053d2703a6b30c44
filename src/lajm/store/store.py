"""The event store: articles, their events and the runs that coded them, in SQLite (a file
path) or PostgreSQL (a SQLAlchemy URL).

Writes are idempotent (an article's id is the hash of its text, so a stored article is
skipped) and transactional per call: a failure rolls back the whole batch.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection, create_engine, delete, event, func, insert, or_, select, update,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from lajm import __version__
from lajm.errors import StoreError
from lajm.model import Doc
from lajm.store import rows
from lajm.store.schema import articles, event_args, events, migrate, runs

ID_CHUNK = 500  # ids per IN (...) query, well under every database's parameter limit


@dataclass(frozen=True)
class SaveResult:
    new: int       # articles stored by this call
    skipped: int   # articles already stored (or given twice), left as they were
    events: int    # events stored by this call


class Store:
    """`Store("lajm.db")`, `Store("sqlite:///x.db")` or `Store("postgresql+psycopg://...")`.

    With `create=False` a database that does not exist yet is an error, not a new file.
    """

    def __init__(self, db: str, create: bool = True):
        self.engine = _engine(db)
        self.name = self.engine.url.render_as_string(hide_password=True) if "://" in db else db
        try:
            if not create:
                self._check_exists()
            with self._begin() as conn:
                self.version = migrate(conn)
        except StoreError:
            self.close()
            raise

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def save(self, docs: Iterable[Doc], run_id: int | None = None) -> SaveResult:
        """Store the articles not stored yet, with their events, in one transaction."""
        docs = list(docs)
        with self._begin() as conn:
            fresh = _unseen(docs, _stored(conn, [d.article.id for d in docs]))
            event_rows, arg_rows = _all_rows(fresh, run_id)
            _insert(conn, articles, [rows.article_row(d.article) for d in fresh])
            _insert(conn, events, event_rows)
            _insert(conn, event_args, arg_rows)
        return SaveResult(len(fresh), len(docs) - len(fresh), len(event_rows))

    def recode(self, docs: Iterable[Doc], run_id: int | None = None) -> int:
        """Replace the events of stored articles, all in one transaction; return how many
        events were written."""
        docs = list(docs)
        with self._begin() as conn:
            ids = [d.article.id for d in docs]
            missing = set(ids) - _stored(conn, ids)
            if missing:
                raise StoreError(f"{self.name}: cannot recode articles not stored: "
                                 f"{', '.join(sorted(missing))}")
            for chunk in _chunks(ids):
                conn.execute(delete(events).where(events.c.article_id.in_(chunk)))
            event_rows, arg_rows = _all_rows(docs, run_id)
            _insert(conn, events, event_rows)
            _insert(conn, event_args, arg_rows)
        return len(event_rows)

    def known(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids are stored already."""
        with self._begin() as conn:
            return _stored(conn, list(ids))

    def events(self, type: str | None = None, actor: str | None = None,
               recipient: str | None = None, since: date | str | None = None,
               until: date | str | None = None, text: str | None = None,
               lang: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Stored events, newest article first, as Event JSON plus the article's
        "article_id", "title" and "published"."""
        query = (select(events.c.json, events.c.article_id, articles.c.title,
                        articles.c.published)
                 .join(articles, events.c.article_id == articles.c.id)
                 .where(*_event_filters(type, actor, recipient, since, until, text, lang))
                 .order_by(articles.c.published.desc().nulls_last(), events.c.article_id,
                           events.c.position)
                 .limit(limit))
        with self._begin() as conn:
            return [{**row.json, "article_id": row.article_id, "title": row.title,
                     "published": row.published} for row in conn.execute(query)]

    def articles(self, lang: str | None = None, since: date | str | None = None,
                 until: date | str | None = None, limit: int | None = None
                 ) -> list[dict[str, Any]]:
        """Stored articles, newest first, each a dict of the articles table's columns."""
        day = _day(articles.c.published)
        filters = [articles.c.lang == lang if lang else None,
                   day >= str(since) if since else None,
                   day <= str(until) if until else None]
        query = (select(articles).where(*[f for f in filters if f is not None])
                 .order_by(articles.c.published.desc().nulls_last(), articles.c.id)
                 .limit(limit))
        with self._begin() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def start_run(self) -> int:
        with self._begin() as conn:
            key = conn.execute(insert(runs).values(version=__version__, started=_now())).inserted_primary_key
            assert key is not None  # an insert into a table with a primary key returns it
            return key[0]

    def finish_run(self, run_id: int, articles: int = 0, events: int = 0,
                   errors: int = 0) -> None:
        with self._begin() as conn:
            conn.execute(update(runs).where(runs.c.id == run_id).values(
                finished=_now(), articles=articles, events=events, errors=errors))

    def runs(self) -> list[dict[str, Any]]:
        with self._begin() as conn:
            return [dict(row._mapping) for row in conn.execute(select(runs).order_by(runs.c.id))]

    @contextmanager
    def _begin(self) -> Iterator[Connection]:
        try:
            with self.engine.begin() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(f"{self.name}: {getattr(exc, 'orig', None) or exc}") from exc

    def _check_exists(self) -> None:
        url = self.engine.url
        is_file = url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:")
        if is_file and not Path(url.database).exists():
            raise StoreError(f"{self.name}: no such database (run `lajm ingest` first)")


def _engine(db: str):
    try:
        url = make_url(db) if "://" in db else URL.create("sqlite", database=db)
        engine = create_engine(url, json_serializer=partial(json.dumps, ensure_ascii=False,
                                                            default=str))
    except (ArgumentError, ImportError) as exc:
        raise StoreError(f"{db}: cannot open database: {exc}") from exc
    if url.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_setup)
    return engine


def _sqlite_setup(dbapi_conn, _record) -> None:
    # SQLite's own lower() folds ASCII only; text search must fold ë, Ç, Ш as well.
    dbapi_conn.create_function("lower", 1, _lower, deterministic=True)
    cursor = dbapi_conn.cursor()
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _lower(value):
    return value.lower() if isinstance(value, str) else value


def _event_filters(type, actor, recipient, since, until, text, lang) -> list:
    # An event with no date of its own happened, as far as we know, when it was published.
    start = _day(events.c.date_start, articles.c.published)
    end = _day(events.c.date_end, events.c.date_start, articles.c.published)
    filters = [
        events.c.type == type.upper() if type else None,
        events.c.id.in_(_with_arg("actor", actor)) if actor else None,
        events.c.id.in_(_with_arg("recipient", recipient)) if recipient else None,
        end >= str(since) if since else None,
        start <= str(until) if until else None,
        or_(*[c.icontains(text, autoescape=True)
              for c in (events.c.evidence, events.c.trigger, articles.c.title)])
        if text else None,
        articles.c.lang == lang if lang else None,
    ]
    return [f for f in filters if f is not None]


def _with_arg(role: str, code: str):
    return select(event_args.c.event_id).where(event_args.c.role == role,
                                               event_args.c.code == code.upper())


def _day(*columns):
    """The first non-null of these ISO dates/datetimes, cut to its YYYY-MM-DD."""
    value = func.coalesce(*columns) if len(columns) > 1 else columns[0]
    return func.substr(value, 1, 10)


def _stored(conn: Connection, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(ids):
        found.update(conn.execute(select(articles.c.id).where(articles.c.id.in_(chunk)))
                     .scalars())
    return found


def _unseen(docs: list[Doc], stored: set[str]) -> list[Doc]:
    """The docs whose article is neither stored nor earlier in the same list."""
    seen, fresh = set(stored), []
    for doc in docs:
        if doc.article.id not in seen:
            seen.add(doc.article.id)
            fresh.append(doc)
    return fresh


def _all_rows(docs: list[Doc], run_id: int | None):
    event_rows, arg_rows = [], []
    for doc in docs:
        doc_events, doc_args = rows.doc_rows(doc, run_id)
        event_rows += doc_events
        arg_rows += doc_args
    return event_rows, arg_rows


def _insert(conn: Connection, table, values: list[dict[str, Any]]) -> None:
    if values:
        conn.execute(insert(table), values)


def _chunks(ids: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(ids), ID_CHUNK):
        yield ids[i:i + ID_CHUNK]


def _now() -> datetime:
    return datetime.now(timezone.utc)
