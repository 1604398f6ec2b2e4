"""Every test runs offscreen, with its own user folders and no store taken from the environment."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

settings.register_profile("ci", derandomize=True, deadline=None, max_examples=200)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("TIMELINE_APP_HOME", str(home))
    monkeypatch.delenv("TIMELINE_APP_DB", raising=False)
    return home


@pytest.fixture
def store_path(tmp_path):
    return tmp_path / "test.timeline.sqlite"


@pytest.fixture
def demo_store(store_path):
    from timeline_app.services.demo import seed_demo_if_new
    from timeline_app.storage.database import open_store
    from timeline_app.storage.repository import Repository

    store = open_store(store_path)
    seed_demo_if_new(Repository(store))
    yield store
    store.close()


@pytest.fixture(scope="session")
def postgres_server():
    from tests.pg_server import PostgresServer, server_binaries

    if server_binaries() is None:
        pytest.skip("no PostgreSQL server installed (initdb and pg_ctl not found)")
    server = PostgresServer()
    try:
        server.start()
    except (RuntimeError, OSError) as exc:
        server.stop()
        pytest.skip(f"PostgreSQL could not be started here: {exc}")
    yield server
    server.stop()


@pytest.fixture
def pg_url(postgres_server):
    return postgres_server.new_database()
