"""The columns of every event, read straight from the database into NumPy arrays for the
timeline's in-memory index: plain integer rows from the driver, no ORM objects, sorted in NumPy
(a million events load in well under a second)."""

from __future__ import annotations

import itertools
import os
from pathlib import Path
from typing import NamedTuple

import numpy as np

from timeline_app.domain.vocab import KIND_CODES, STATUS_CODES, EventKind, EventStatus
from timeline_app.storage.database import Store

# Built from the app's own enum, never from input: the kinds as small integers, in SQL.
_KIND_CASE = "CASE kind " + " ".join(f"WHEN '{kind.value}' THEN {code}" for kind, code in KIND_CODES.items()) + \
    f" ELSE {KIND_CODES[EventKind.OTHER]} END"
_STATUS_CASE = "CASE status " + " ".join(f"WHEN '{s.value}' THEN {code}" for s, code in STATUS_CODES.items()) + \
    f" ELSE {STATUS_CODES[EventStatus.HAPPENED]} END"
EVENTS_SQL = f"SELECT id, earliest, latest, {_KIND_CASE}, {_STATUS_CASE} FROM events"  # noqa: S608 - constant text
LINKS_SQL = "SELECT event_id, actor_id FROM event_actors"
ACTORS_SQL = "SELECT id, name FROM actors"


class ColumnData(NamedTuple):
    ids: np.ndarray
    earliest: np.ndarray
    latest: np.ndarray
    kind: np.ndarray
    status: np.ndarray
    actor_event: np.ndarray
    actor_code: np.ndarray  # index into actor_names
    actor_names: list[str]


CHUNK_ROWS = 50_000


def _matrix(rows: list[tuple[int, ...]], width: int) -> np.ndarray:
    flat = np.fromiter(itertools.chain.from_iterable(rows), dtype=np.int64, count=len(rows) * width)
    return flat.reshape(len(rows), width)


def _fetch_matrix(cursor, width: int) -> np.ndarray:  # type: ignore[no-untyped-def]
    """All rows as one integer matrix, converted chunk by chunk so that no more than a chunk of
    Python tuples is alive at once (the peak memory of a million-row read stays small)."""
    parts = []
    while True:
        rows = cursor.fetchmany(CHUNK_ROWS)
        if not rows:
            break
        parts.append(_matrix(rows, width))
    return np.concatenate(parts) if parts else np.zeros((0, width), dtype=np.int64)


CACHE_SUFFIX = ".columns.npz"


def _revision(store: Store) -> str | None:
    """What the cache must match: the trigger-raised revision, plus the count and the highest id
    of events, so that another store copied over this path never passes for this one."""
    if not store.is_sqlite:
        return None
    with store.engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT value FROM store_meta WHERE key = 'revision'").first()
        if row is None:
            return None
        count, top = conn.exec_driver_sql("SELECT count(*), max(id) FROM events").one()
    return f"{row[0]}:{count}:{top}"


def load_columns(store: Store, with_actors: bool = True) -> ColumnData:
    """The columns, from the cache beside a SQLite store when it is current, else from the store
    (then cached: reading a million rows through the driver takes seconds, the cache a moment)."""
    revision = _revision(store)
    cache = Path(store.location + CACHE_SUFFIX) if revision is not None else None
    if cache is not None and with_actors:
        cached = _read_cache(cache, revision)
        if cached is not None:
            return cached
    data = _load_from_store(store, with_actors)
    if cache is not None and with_actors and _revision(store) == revision:
        _write_cache(cache, revision, data)
    return data


def _read_cache(path: Path, revision: str | None) -> ColumnData | None:
    try:
        with np.load(path, allow_pickle=False) as archive:
            if str(archive["revision"]) != revision:
                return None
            return ColumnData(archive["ids"], archive["earliest"], archive["latest"], archive["kind"],
                              archive["status"], archive["actor_event"], archive["actor_code"], [str(n) for n in archive["actor_names"]])
    except (OSError, KeyError, ValueError, EOFError):
        return None  # missing, stale format or damaged: read the store instead


def _write_cache(path: Path, revision: str | None, data: ColumnData) -> None:
    tmp = path.with_name(path.name + ".part.npz")
    try:
        np.savez(tmp, revision=np.array(revision), ids=data.ids, earliest=data.earliest, latest=data.latest,
                 kind=data.kind, status=data.status, actor_event=data.actor_event, actor_code=data.actor_code,
                 actor_names=np.array(data.actor_names, dtype=str))
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)  # a read-only folder: no cache, the app still works


def _ints(text: str | None) -> np.ndarray:
    if not text:
        return np.zeros(0, dtype=np.int64)
    return np.fromstring(text, dtype=np.int64, sep=",")


def _load_from_sqlite(store: Store, with_actors: bool) -> ColumnData:
    """SQLite builds each column as one comma-separated string in C (group_concat), which NumPy
    parses in one call: no Python object per row, twice as fast as fetching rows."""
    raw = store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        columns = ", ".join(f"group_concat({c})" for c in ("id", "earliest", "latest", _KIND_CASE, _STATUS_CASE))
        row = cursor.execute(f"SELECT {columns} FROM events").fetchone()  # noqa: S608 - constant text
        ids, earliest, latest, kind, status = (_ints(part) for part in row)
        order = np.lexsort((ids, earliest))
        actor_event = np.zeros(0, dtype=np.int64)
        actor_code = np.zeros(0, dtype=np.int32)
        names: list[str] = []
        if with_actors:
            actors = cursor.execute(ACTORS_SQL).fetchall()
            names = [name for _, name in actors]
            events_of, actors_of = cursor.execute(
                "SELECT group_concat(event_id), group_concat(actor_id) FROM event_actors").fetchone()
            actor_event = _ints(events_of)
            if actor_event.size and actors:
                lookup = np.full(max(a for a, _ in actors) + 1, -1, dtype=np.int32)
                for i, (actor_id, _) in enumerate(actors):
                    lookup[actor_id] = i
                actor_code = lookup[_ints(actors_of)]
        cursor.close()
    finally:
        raw.close()
    return ColumnData(ids[order], earliest[order], latest[order], kind[order].astype(np.int8),
                      status[order].astype(np.int8), actor_event, actor_code, names)


def _load_from_store(store: Store, with_actors: bool) -> ColumnData:
    if store.is_sqlite:
        return _load_from_sqlite(store, with_actors)
    return _load_from_rows(store, with_actors)


def _load_from_rows(store: Store, with_actors: bool) -> ColumnData:
    """Any database: integer rows through the driver, converted chunk by chunk."""
    raw = store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute(EVENTS_SQL)
        events = _fetch_matrix(cursor, 5)
        order = np.lexsort((events[:, 0], events[:, 1]))  # by earliest, then id
        events = events[order]
        actor_event = np.zeros(0, dtype=np.int64)
        actor_code = np.zeros(0, dtype=np.int32)
        names: list[str] = []
        if with_actors:
            cursor.execute(ACTORS_SQL)
            actors = cursor.fetchall()
            names = [name for _, name in actors]
            position = {actor_id: i for i, (actor_id, _) in enumerate(actors)}
            cursor.execute(LINKS_SQL)
            links = _fetch_matrix(cursor, 2)
            if links.size:
                actor_event = links[:, 0].copy()
                lookup = np.full(max(position) + 1, -1, dtype=np.int32)
                for actor_id, i in position.items():
                    lookup[actor_id] = i
                actor_code = lookup[links[:, 1]]
        cursor.close()
    finally:
        raw.close()
    return ColumnData(events[:, 0].copy(), events[:, 1].copy(), events[:, 2].copy(), events[:, 3].astype(np.int8),
                      events[:, 4].astype(np.int8), actor_event, actor_code, names)
