from __future__ import annotations

import pytest
from sqlalchemy import inspect

from lajm.errors import StoreError
from lajm.store import Store, schema


def add_note_column(conn) -> None:
    """An upgrade step that fails if it runs twice on the same database."""
    conn.exec_driver_sql("ALTER TABLE articles ADD COLUMN note TEXT")


def open_version(path) -> int:
    with Store(str(path)) as store:
        return store.version


def test_a_new_database_gets_every_table_and_the_latest_version(tmp_path):
    with Store(str(tmp_path / "new.db")) as store:
        tables = set(inspect(store.engine).get_table_names())
        indexes = {i["name"] for t in ("events", "event_args")
                   for i in inspect(store.engine).get_indexes(t)}
    assert tables == {"schema_version", "articles", "events", "event_args", "runs"}
    assert {"ix_events_type", "ix_events_date_start", "ix_event_args_code"} <= indexes
    assert store.version == len(schema.MIGRATIONS)


def test_migrations_are_applied_once(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    assert open_version(path) == len(schema.MIGRATIONS)
    steps = [*schema.MIGRATIONS, add_note_column]
    monkeypatch.setattr(schema, "MIGRATIONS", steps)
    assert [open_version(path), open_version(path)] == [len(steps), len(steps)]
    with Store(str(path)) as store:
        assert "note" in {c["name"] for c in inspect(store.engine).get_columns("articles")}


def test_a_new_database_skips_the_upgrade_steps(tmp_path, monkeypatch):
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, add_note_column])
    with Store(str(tmp_path / "new.db")) as store:
        columns = {c["name"] for c in inspect(store.engine).get_columns("articles")}
    assert store.version == len(schema.MIGRATIONS)
    assert "note" not in columns


def test_a_file_that_is_not_a_database_is_named_in_the_error(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("These are notes, not a database. " * 100)
    with pytest.raises(StoreError, match=r"notes\.txt.*not a database"):
        Store(str(path))


def test_a_missing_database_is_not_created_when_asked_not_to(tmp_path):
    path = tmp_path / "missing.db"
    with pytest.raises(StoreError, match=r"missing\.db.*no such database"):
        Store(str(path), create=False)
    assert not path.exists()


def test_a_bad_url_is_a_store_error():
    with pytest.raises(StoreError, match="nosuchdialect"):
        Store("nosuchdialect://host/db")
