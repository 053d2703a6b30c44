from __future__ import annotations

from datetime import date

import pytest
from store_docs import entity, make_doc
import sqlalchemy
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from lajm.errors import StoreError
from lajm.model import Event
from lajm.store import SaveResult, Store
from lajm.store.schema import articles, event_args, events, runs


@pytest.fixture
def store(tmp_path):
    with Store(str(tmp_path / "lajm.db")) as opened:
        yield opened


def count(store: Store, table) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar()


def test_round_trip_keeps_the_event_json(store, docs):
    store.save(docs)
    police = docs[0]
    (row,) = store.events(type="COERCE")
    expected = police.events[0].to_json()
    assert {k: v for k, v in row.items() if k not in ("id", "title", "published")} == \
        {**expected, "article_id": police.article.id}
    assert row["title"] == "Arrests in Belgrade"
    assert row["published"] == "2024-05-07"
    assert Event.from_json(row).quantities == police.events[0].quantities


def test_arguments_get_one_row_each(store, docs):
    result = store.save(docs)
    assert result == SaveResult(new=3, skipped=0, events=4)
    expected = sum(len(e.actor) + len(e.recipient) + len(e.quantities)
                   for doc in docs for e in doc.events)
    assert count(store, event_args) == expected


def test_event_ids_follow_article_and_position(store, docs):
    store.save(docs)
    ids = [row["id"] for row in store.events(actor="RUS")]
    assert ids == [f"{docs[2].article.id}-1"]


def test_saving_again_stores_nothing_twice(store, docs):
    store.save(docs)
    before = [count(store, t) for t in (articles, events, event_args)]
    assert store.save(docs) == SaveResult(new=0, skipped=3, events=0)
    assert [count(store, t) for t in (articles, events, event_args)] == before


def test_the_same_article_twice_in_one_batch_is_stored_once(store, docs):
    assert store.save([docs[1], docs[1]]) == SaveResult(new=1, skipped=1, events=1)
    assert count(store, articles) == 1


def test_a_failed_batch_is_rolled_back_and_earlier_batches_kept(store, docs):
    store.save(docs[:1])

    def disk_full(conn, cursor, statement, *args):  # the last insert of a batch fails
        if statement.startswith("INSERT INTO event_args"):
            raise OperationalError(statement, None, OSError("disk full"))

    sqlalchemy.event.listen(store.engine, "before_cursor_execute", disk_full)
    with pytest.raises(StoreError, match="lajm.db: disk full"):
        store.save(docs[1:])
    sqlalchemy.event.remove(store.engine, "before_cursor_execute", disk_full)
    assert [a["id"] for a in store.articles()] == [docs[0].article.id]
    assert count(store, events) == 1
    assert store.save(docs[1:]).new == 2


def test_known_tells_which_articles_are_stored(store, docs):
    store.save(docs[:2])
    ids = [d.article.id for d in docs]
    assert store.known(ids) == set(ids[:2])


@pytest.mark.parametrize(("query", "types"), [
    ({}, ["COERCE", "AID", "ACCUSE", "ASSAULT"]),
    ({"type": "assault"}, ["ASSAULT"]),
    ({"actor": "RUS"}, ["ASSAULT"]),
    ({"actor": "kos"}, ["AID"]),
    ({"recipient": "RUS"}, ["ACCUSE"]),
    ({"recipient": "SRB", "actor": "SRB"}, ["COERCE"]),
    ({"actor": "UKR", "type": "ASSAULT"}, []),
    ({"since": "2024-02-01"}, ["COERCE", "AID"]),
    ({"since": date(2024, 1, 15), "until": "2024-03-31"}, ["AID", "ACCUSE"]),
    ({"until": "2023-06-30"}, ["ASSAULT"]),
    ({"until": "2023-01-01"}, ["ASSAULT"]),
    ({"since": "2023-12-31", "until": "2024-01-14"}, ["ASSAULT"]),
    ({"text": "JOURNALISTS"}, ["COERCE"]),
    ({"text": "shell"}, ["ACCUSE", "ASSAULT"]),
    ({"text": "ëndrra"}, ["AID"]),
    ({"text": "100%"}, []),
    ({"lang": "sq"}, ["AID"]),
    ({"limit": 2}, ["COERCE", "AID"]),
])
def test_event_filters(store, docs, query, types):
    store.save(docs)
    assert [row["type"] for row in store.events(**query)] == types


def test_articles_newest_first_with_filters(store, docs):
    store.save(docs)
    assert [a["title"] for a in store.articles()] == \
        ["Arrests in Belgrade", "Ëndrra e fëmijëve", "Port shelled"]
    assert [a["title"] for a in store.articles(lang="en", until="2024-05-06")] == ["Port shelled"]
    assert store.articles(limit=1)[0]["text"] == docs[0].article.text


def test_articles_without_a_date_come_last(store, docs):
    undated = make_doc("An undated note about talks.", [], title="Undated", published=None)
    store.save([undated, *docs])
    assert store.articles()[-1]["title"] == "Undated"


def test_recode_replaces_the_events(store, docs):
    store.save(docs)
    moscow = entity("Moscow", "RUS", "GOV")
    docs[2].events = [Event(type="REJECT", trigger="denied", actor=[moscow])]
    assert store.recode(docs[2:]) == 1
    assert [row["type"] for row in store.events(actor="RUS")] == ["REJECT"]
    assert [row["type"] for row in store.events(actor="UKR")] == []
    assert count(store, events) == 3


def test_recode_of_an_unstored_article_changes_nothing(store, docs):
    store.save(docs[:1])
    docs[0].events = []
    with pytest.raises(StoreError, match=docs[1].article.id):
        store.recode([docs[0], docs[1]])
    assert count(store, events) == 1


def test_runs_record_what_was_done(store, docs):
    run_id = store.start_run()
    result = store.save(docs, run_id)
    store.finish_run(run_id, articles=result.new, events=result.events, errors=1)
    (run,) = store.runs()
    assert (run["id"], run["articles"], run["events"], run["errors"]) == (run_id, 3, 4, 1)
    assert run["finished"] >= run["started"]
    with store.engine.connect() as conn:
        assert set(conn.execute(select(events.c.run_id)).scalars()) == {run_id}


def test_sqlite_file_uses_wal_and_foreign_keys(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL


def test_a_sqlite_url_works_like_a_path(tmp_path, docs):
    path = tmp_path / "by-url.db"
    with Store(f"sqlite:///{path}") as store:
        store.save(docs)
    with Store(str(path)) as store:
        assert len(store.events()) == 4


def test_run_counts_default_to_zero(store):
    store.finish_run(store.start_run())
    assert count(store, runs) == 1
    assert store.runs()[0]["events"] == 0
