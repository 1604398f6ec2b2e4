from __future__ import annotations

import hashlib
import os
import sqlite3

import pytest

from timeline_app.domain.model import Article, Event, EventSource
from timeline_app.domain.when import When
from timeline_app.storage.database import StoreError, head_revision, open_store
from timeline_app.storage.integrity import check_store
from timeline_app.storage.repository import Repository


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (os.urandom(4096), "not a SQLite database"),
        (b"date,title\n2023-11-30,Border talks\n", "not a SQLite database"),
        (b"", "empty"),
    ],
)
def test_refuses_files_that_are_not_stores_and_leaves_them_alone(tmp_path, content, reason):
    path = tmp_path / "thing.timeline.sqlite"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(StoreError) as info:
        open_store(path)
    assert str(path) in str(info.value) and reason in str(info.value)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thing.timeline.sqlite"]


def test_refuses_a_directory(tmp_path):
    with pytest.raises(StoreError, match="is a directory"):
        open_store(tmp_path)


def test_refuses_another_programs_database(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    before = digest(path)
    with pytest.raises(StoreError, match="another program"):
        open_store(path)
    assert digest(path) == before


def test_refuses_a_store_from_a_newer_schema(store_path):
    open_store(store_path).close()
    with sqlite3.connect(store_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = digest(store_path)
    with pytest.raises(StoreError, match="newer version"):
        open_store(store_path)
    assert digest(store_path) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file, so permissions cannot be tested")
def test_refuses_an_unreadable_file(store_path):
    open_store(store_path).close()
    store_path.chmod(0)
    with pytest.raises(StoreError, match="permission denied"):
        open_store(store_path)


def test_new_store_is_migrated_and_uses_wal(store_path):
    store = open_store(store_path)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
    store.close()


def test_demo_store_is_sound(demo_store):
    assert check_store(demo_store) == []
    assert Repository(demo_store).count_events() >= 20


def test_check_reports_broken_invariants(demo_store):
    with demo_store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE events SET earliest = earliest + 5 WHERE id = 1")
    problems = check_store(demo_store)
    assert any("event 1" in p and "bounds" in p for p in problems)


def event(title, timex, **kw):
    return Event(title=title, start=When.from_timex(timex), **kw)


def test_window_query_finds_long_events_that_started_before(store_path):
    repo = Repository(open_store(store_path))
    repo.add_events([event("decade", "199X"), event("day", "1995-06-01"), event("later", "2001-01-01")])
    window = When.from_timex("1995-06")
    titles = [e.title for e in repo.events_in_window(window.earliest, window.latest)]
    assert titles == ["decade", "day"]


def test_years_far_outside_datetime_sort_and_window(store_path):
    repo = Repository(open_store(store_path))
    repo.add_events([event("ancient", "BC0449"), event("far", "+12000"), event("now", "2023")])
    assert [e.title for e in repo.list_events()] == ["ancient", "now", "far"]
    bc = When.from_timex("BC0449")
    assert [e.title for e in repo.events_in_window(bc.earliest, bc.latest)] == ["ancient"]


def test_import_article_is_all_or_nothing(store_path):
    repo = Repository(open_store(store_path))
    article = Article(url="https://example.org/a", title="A", text="text", content_hash="h1")
    good = event("ok", "2023-11-30", sources=(EventSource(article_url="https://example.org/a"),))
    bad = Event(title=None, start=When.from_timex("2023-11-30"))  # type: ignore[arg-type]  # NOT NULL title
    with pytest.raises(Exception):  # noqa: B017 - whatever the driver raises
        repo.import_article(article, [good, bad])
    assert repo.count_articles() == 0 and repo.count_events() == 0
    record = repo.import_article(article, [good])
    assert record.new_event_ids and repo.count_articles() == 1
    again = repo.import_article(article, [good])
    assert again.already_stored and repo.count_events() == 1


def test_merged_source_with_another_date_flags_the_event(store_path):
    repo = Repository(open_store(store_path))
    [event_id] = repo.add_events([event("talks", "2023-11-30")])
    article = Article(url="https://example.org/b", title="B", text="t", content_hash="h2")
    source = EventSource(article_url="https://example.org/b", evidence="They met on Dec. 1.")
    repo.import_article(article, [], merges=[(event_id, source, When.from_timex("2023-12-01"))])
    merged = repo.get_event(event_id)
    assert merged.date_conflict and len(merged.sources) == 1


def test_search_finds_titles_evidence_and_actors(demo_store):
    from timeline_app.storage.search import search_event_ids

    repo = Repository(demo_store)
    events = {e.id: e for e in repo.list_events()}
    titles = {i: e.title for i, e in events.items()}
    found = search_event_ids(demo_store, "blink")
    assert "Blinken holds separate calls with Aliyev and Pashinyan" in [titles[i] for i in found]
    assert all("Antony Blinken" in events[i].actors for i in found)
    assert len(search_event_ids(demo_store, "Pashinyan")) >= 3  # actor names are indexed
    assert search_event_ids(demo_store, '"); DROP TABLE events; --') == []
    assert repo.count_events() == len(titles)


def test_check_rebuilds_a_damaged_search_index(demo_store, capsys):
    from timeline_app.cli import main

    with demo_store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM events_fts_docsize")
    location = demo_store.location
    demo_store.close()
    assert main(["check", "--db", location]) == 0
    assert "rebuilt the full-text search index" in capsys.readouterr().out
    assert main(["check", "--db", location]) == 0
    assert "repaired" not in capsys.readouterr().out


def test_upgrading_a_store_from_every_earlier_schema(tmp_path):
    """Make a store at each earlier revision with data, open it with the app: migrated, backed up, intact."""
    from alembic import command
    from sqlalchemy import create_engine

    from timeline_app.storage.database import _alembic_config
    from timeline_app.storage.search import search_event_ids

    for revision in ("0001", "0002", "0003"):
        path = tmp_path / f"old-{revision}.timeline.sqlite"
        engine = create_engine(f"sqlite:///{path}")
        with engine.begin() as conn:
            command.upgrade(_alembic_config(conn), revision)
            conn.exec_driver_sql(
                "INSERT INTO events (title, summary, kind, status, place, tags, start_timex, start_precision, "
                "start_approximate, start_phrase, end_timex, end_precision, end_approximate, end_phrase, earliest, "
                "latest, start_latest, end_earliest, date_conflict, created_at, updated_at) VALUES "
                "('Border talks in Astana', '', 'talks', 'happened', '', '', '2024-03-21', 'day', 0, '', NULL, NULL, 0, '', "
                "1710979200, 1711065600, 1711065600, NULL, 0, 0, 0)")
            if revision != "0001":  # what the app of that schema wrote for search
                conn.exec_driver_sql("UPDATE events SET search_text = title")
        engine.dispose()
        store = open_store(path)
        assert [e.title for e in Repository(store).list_events()] == ["Border talks in Astana"]
        assert search_event_ids(store, "astana")
        assert check_store(store) == []
        store.close()
        assert list(tmp_path.glob(f"old-{revision}.timeline.sqlite.{revision}.*.bak"))


def test_columns_cache_follows_every_change(tmp_path):
    from timeline_app.storage.columns import CACHE_SUFFIX, load_columns

    store = open_store(tmp_path / "c.timeline.sqlite")
    repo = Repository(store)
    repo.add_events([event("one", "2001"), event("two", "2002")])
    first = load_columns(store)
    assert (tmp_path / ("c.timeline.sqlite" + CACHE_SUFFIX)).exists()
    assert list(load_columns(store).ids) == list(first.ids)  # from the cache
    other = Repository(open_store(tmp_path / "c.timeline.sqlite"))  # another window writes
    other.add_events([event("three", "2003")])
    assert len(load_columns(store).ids) == 3
    store.close()


def test_fast_sqlite_column_read_equals_the_generic_one(demo_store):
    import numpy as np

    from timeline_app.storage.columns import _load_from_rows, _load_from_sqlite

    fast, generic = _load_from_sqlite(demo_store, True), _load_from_rows(demo_store, True)
    for a, b in zip(fast[:5], generic[:5], strict=True):
        assert np.array_equal(a, b)
    pairs = sorted(zip(fast.actor_event.tolist(), [fast.actor_names[c] for c in fast.actor_code], strict=True))
    assert pairs == sorted(zip(generic.actor_event.tolist(), [generic.actor_names[c] for c in generic.actor_code], strict=True))
