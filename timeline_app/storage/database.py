"""Opening a store: a SQLite file (the default) or a shared database given as a SQLAlchemy URL.

Opening is where a user's wrong file meets the app, so every refusal names the file and the
reason, and nothing is written to a file until it is known to be a timeline store (or a new
one). SQLite runs with WAL, synchronous=FULL, foreign keys, a busy timeout and
`BEGIN IMMEDIATE` for writes, so a crash or a second window cannot leave half an article behind.
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
#: Tables whose presence says "this SQLite file is a timeline store".
STORE_TABLES = {"events", "articles", "event_sources", "alembic_version"}


class StoreError(Exception):
    """A store that cannot be opened or used; the message is meant for the user."""


@dataclass
class Store:
    """An open store: the engine, a session factory for reads and one for writes."""

    engine: Engine
    location: str
    read_session: sessionmaker[Session]
    write_session: sessionmaker[Session]

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def close(self) -> None:
        self.engine.dispose()


def is_url(location: str) -> bool:
    return "://" in location


def open_store(location: str | os.PathLike[str], *, create: bool = True) -> Store:
    """Open (creating and migrating when needed) the store at a path or SQLAlchemy URL."""
    location = os.fspath(location)
    if is_url(location):
        try:
            url = make_url(location)
        except ArgumentError as exc:
            raise StoreError(f"{location}: not a database address ({exc})") from None
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            return open_store(url.database, create=create)
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")  # the driver this app installs (psycopg 3)
        engine = _make_engine(url.render_as_string(hide_password=False))
    else:
        path = Path(location).expanduser()
        _check_sqlite_file(path, create=create)
        engine = _make_engine(f"sqlite:///{path}")
        location = str(path)
    try:
        _check_schema(engine, location)
        migrate(engine, location)
    except StoreError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"{location}: cannot open the store ({_short(exc)})") from None
    write_engine = engine.execution_options(timeline_write=True)
    return Store(
        engine=engine,
        location=location,
        read_session=sessionmaker(engine, expire_on_commit=False),
        write_session=sessionmaker(write_engine, expire_on_commit=False),
    )


def _short(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.splitlines()[0] if text else type(exc).__name__


def _check_sqlite_file(path: Path, *, create: bool) -> None:
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a timeline store")
    if not path.exists():
        if path.is_symlink():
            raise StoreError(f"{path}: is a link to a file that does not exist")
        if not create:
            raise StoreError(f"{path}: no such file")
        if not path.parent.is_dir():
            raise StoreError(f"{path}: the folder {path.parent} does not exist")
        return
    if not os.access(path, os.R_OK):
        raise StoreError(f"{path}: permission denied (the file cannot be read)")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if not header:
        raise StoreError(f"{path}: the file is empty, not a timeline store")
    if header != SQLITE_HEADER:
        raise StoreError(f"{path}: not a timeline store (the file is not a SQLite database)")
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as probe:
            names = {row[0] for row in probe.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a timeline store (damaged SQLite file: {exc})") from None
    if names and not STORE_TABLES <= names:
        raise StoreError(f"{path}: not a timeline store (a SQLite database of another program)")


def _make_engine(url: str) -> Engine:
    try:
        if url.startswith("sqlite"):
            engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
            _configure_sqlite(engine)
        else:
            engine = create_engine(url, pool_pre_ping=True)
    except (ArgumentError, ImportError) as exc:
        raise StoreError(f"{url}: cannot use this database ({exc})") from None
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # Let SQLAlchemy's "begin" event below issue BEGIN itself, so writes can be IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):  # type: ignore[no-untyped-def]
        immediate = connection.get_execution_options().get("timeline_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _alembic_config(connection=None) -> Config:  # type: ignore[no-untyped-def]
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _check_schema(engine: Engine, location: str) -> None:
    revision = current_revision(engine)
    if revision is None:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
        if tables:
            raise StoreError(f"{location}: not a timeline store (the database holds other tables)")
        return
    known = {script.revision for script in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}
    if revision not in known:
        raise StoreError(
            f"{location}: made by a newer version of timeline_app (schema {revision}); "
            "update the app to open it"
        )


def migrate(engine: Engine, location: str) -> None:
    """Bring the schema to the newest revision, backing up an existing SQLite store first."""
    revision = current_revision(engine)
    if revision == head_revision():
        return
    if revision is not None and engine.dialect.name == "sqlite":
        backup_sqlite(engine, f"{location}.{revision}.{time.strftime('%Y%m%d%H%M%S')}.bak")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")


def backup_sqlite(engine: Engine, target: str) -> None:
    """Copy a live store with SQLite's online backup API (never a file copy of a WAL database)."""
    raw = engine.raw_connection()
    try:
        with sqlite3.connect(target) as dest:
            raw.driver_connection.backup(dest)  # type: ignore[union-attr]
    finally:
        raw.close()
