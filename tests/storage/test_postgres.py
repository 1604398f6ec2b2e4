"""The same app on a shared PostgreSQL database: storage, import, search, export, and two
clients importing at once. A server is started by the test session on a loopback port."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app.cli import main
from timeline_app.domain.model import Event
from timeline_app.domain.when import When
from timeline_app.services.demo import seed_demo_if_new
from timeline_app.services.importing import ImportSession
from timeline_app.storage.database import StoreError, head_revision, open_store
from timeline_app.storage.integrity import check_store, repair_store
from timeline_app.storage.repository import Repository
from timeline_app.storage.search import search_event_ids

pytestmark = pytest.mark.postgres
ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def test_store_migrates_and_keeps_years_outside_datetime(pg_url):
    store = open_store(pg_url)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
    repo = Repository(store)
    repo.add_events([Event(title="ancient", start=When.from_timex("BC0449")),
                     Event(title="far", start=When.from_timex("+12000")),
                     Event(title="decade", start=When.from_timex("199X"))])
    assert [e.title for e in repo.list_events()] == ["ancient", "decade", "far"]
    day = When.from_timex("1995-06-01")
    assert [e.title for e in repo.events_in_window(day.earliest, day.latest)] == ["decade"]
    assert check_store(store) == []
    assert repair_store(store) == []
    store.close()


def test_import_merge_reimport_and_search(pg_url):
    store = open_store(pg_url)
    repo = Repository(store)
    summary = ImportSession(repo).run([str(ARTICLES / "caspian-border-talks.txt")])
    assert summary.new_events == 6
    again = ImportSession(repo).run([str(ARTICLES / "caspian-border-talks.txt"),
                                     str(ARTICLES / "border-talks-second-outlet.html")])
    assert again.count("already") == 1 and again.merged_events == 1
    talks = [e for e in repo.list_events() if e.start.to_timex() == "2024-03-12"]
    assert len(talks) == 1 and len(talks[0].sources) == 2
    assert search_event_ids(store, "baghanis") == [talks[0].id]
    assert search_event_ids(store, "mustafa") == [talks[0].id]  # prefixes match
    store.close()


def test_cli_on_postgres_and_csv_round_trip(pg_url, tmp_path, capsys, postgres_server):
    store = open_store(pg_url)
    seed_demo_if_new(Repository(store))
    store.close()
    out = tmp_path / "pg.csv"
    assert main(["export", "--db", pg_url, "--format", "csv", "--out", str(out)]) == 0
    other = postgres_server.new_database()
    assert main(["import", "--db", other, "--yes", str(out)]) == 0
    again = tmp_path / "again.csv"
    assert main(["export", "--db", other, "--format", "csv", "--out", str(again)]) == 0

    def rows(path):
        data = list(csv.DictReader(io.StringIO(path.read_text("utf-8-sig"), newline="")))
        for row in data:
            row.pop("id")
        return sorted(data, key=lambda r: (r["earliest"], r["title"]))

    assert rows(out) == rows(again)
    capsys.readouterr()
    assert main(["list", "--db", pg_url, "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) >= 20
    assert main(["check", "--db", pg_url]) == 0


def test_two_clients_importing_at_once_lose_nothing(pg_url, tmp_path):
    from tests.helpers import agency_article

    open_store(pg_url).close()  # migrate once
    folders = []
    for client in range(2):
        folder = tmp_path / f"client{client}"
        folder.mkdir()
        for i in range(15):
            (folder / f"a{i}.txt").write_text(agency_article(1000 * (client + 1) + i), encoding="utf-8")
        folders.append(folder)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    children = [subprocess.Popen([sys.executable, "-m", "timeline_app", "import", "--db", pg_url, "--yes", str(f)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) for f in folders]
    for child in children:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
    store = open_store(pg_url)
    repo = Repository(store)
    assert repo.count_articles() == 30
    assert check_store(store) == []
    store.close()


def test_unreachable_server_is_a_clear_error():
    with pytest.raises(StoreError) as info:
        open_store("postgresql://nobody@127.0.0.1:1/none")
    assert "127.0.0.1" in str(info.value)
