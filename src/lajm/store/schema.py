"""The database schema (SQLAlchemy Core, the same for SQLite and PostgreSQL) and its
migrations.

Column names follow model.py. Dates from articles and events are kept as the ISO strings
the model holds ("2025-03-27", "2025-03-27T10:00:00+01:00"): they compare correctly as
text in both databases and keep what the source said.
"""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    JSON, Column, Connection, DateTime, Float, ForeignKey, Index, Integer, MetaData, String,
    Table, Text, inspect, select,
)
from sqlalchemy.dialects.postgresql import JSONB

Json = JSON().with_variant(JSONB(), "postgresql")
metadata = MetaData()

schema_version = Table(
    "schema_version", metadata,
    Column("version", Integer, nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("id", String, primary_key=True),  # sha256 of the normalised text
    Column("url", Text),
    Column("outlet", Text),
    Column("title", Text),
    Column("text", Text, nullable=False),
    Column("lang", String),
    Column("published", String),
    Column("fetched", String),
    Column("meta", Json),
    Column("source", Text),  # the input the article was read from: path, URL, file:line
)

runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("version", String, nullable=False),
    Column("started", DateTime(timezone=True), nullable=False),
    Column("finished", DateTime(timezone=True)),
    Column("articles", Integer, nullable=False, default=0),
    Column("events", Integer, nullable=False, default=0),
    Column("errors", Integer, nullable=False, default=0),
)

events = Table(
    "events", metadata,
    Column("id", String, primary_key=True),  # article id + position: stable across runs
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"),
           nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("position", Integer, nullable=False),  # index in the article's event list
    Column("sentence", Integer),
    Column("type", String, nullable=False),
    Column("mode", String),
    Column("cameo", String),
    Column("trigger", Text, nullable=False),
    Column("trigger_start", Integer),
    Column("trigger_end", Integer),
    Column("modality", String, nullable=False),
    Column("confidence", Float),
    Column("date_text", Text),
    Column("date_start", String),
    Column("date_end", String),
    Column("date_precision", String),
    Column("location_text", Text),
    Column("location_code", String),
    Column("attribution_text", Text),
    Column("attribution_code", String),
    Column("attribution_sector", String),
    Column("evidence", Text),
    Column("reasons", Json),
    Column("json", Json, nullable=False),  # the full Event JSON, as Event.to_json() gives it
    Index("ix_events_type", "type"),
    Index("ix_events_date_start", "date_start"),
    Index("ix_events_article_id", "article_id"),
)

event_args = Table(
    "event_args", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("role", String, nullable=False),  # actor | recipient | quantity
    Column("text", Text),
    Column("code", String),
    Column("sector", String),
    Column("name", Text),
    Column("kb_id", Text),
    Column("start", Integer),
    Column("end", Integer),
    Column("kind", String),
    Column("value", Float),
    Column("qualifier", String),
    Index("ix_event_args_code", "code"),
    Index("ix_event_args_event_id", "event_id"),
)

DATA_TABLES = (articles, runs, events, event_args)


def _create_tables(conn: Connection) -> None:
    metadata.create_all(conn, tables=DATA_TABLES)


# Step i turns schema version i into i + 1; append a step for each change to the tables.
# The first step builds the tables as `metadata` has them now, so a new database runs only
# that step, and an older database runs the steps after its version.
MIGRATIONS: list[Callable[[Connection], None]] = [_create_tables]


def current_version(conn: Connection) -> int:
    """The schema version stored in the database; 0 for a database without lajm tables."""
    if not inspect(conn).has_table(schema_version.name):
        return 0
    return conn.execute(select(schema_version.c.version)).scalar() or 0


def migrate(conn: Connection) -> int:
    """Apply the steps this database has not had yet; return the version it is now at."""
    version = current_version(conn)
    if version >= len(MIGRATIONS):
        return version
    for step in MIGRATIONS[:1] if version == 0 else MIGRATIONS[version:]:
        step(conn)
    schema_version.create(conn, checkfirst=True)
    conn.execute(schema_version.delete())
    conn.execute(schema_version.insert().values(version=len(MIGRATIONS)))
    return len(MIGRATIONS)
