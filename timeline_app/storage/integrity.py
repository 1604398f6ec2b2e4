"""What `timeline-app check` verifies: the database engine's own checks and the app's invariants."""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.exc import SQLAlchemyError

from timeline_app.domain.when import When
from timeline_app.storage.database import Store
from timeline_app.storage.orm import EventRow, EventSourceRow, MetaRow
from timeline_app.storage.repository import MAX_SPAN_KEY


def check_store(store: Store) -> list[str]:
    """Every problem found, as a sentence; an empty list means the store is sound."""
    problems: list[str] = []
    try:
        _check_engine(store, problems)
        _check_invariants(store, problems)
    except SQLAlchemyError as exc:
        detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        problems.append(f"the database cannot be read: {detail}")
    return problems


def _check_engine(store: Store, problems: list[str]) -> None:
    with store.engine.connect() as conn:
        if store.is_sqlite:
            result = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
            if result != ["ok"]:
                problems.extend(f"integrity_check: {line}" for line in result[:20])
            for table, rowid, parent, _ in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"foreign_key_check: {table} row {rowid} points to a missing {parent} row")
        else:
            conn.execute(text("SELECT 1"))


def _check_invariants(store: Store, problems: list[str]) -> None:
    with store.read_session() as session:
        longest = 0
        for row in session.execute(
            select(EventRow.id, EventRow.start_timex, EventRow.end_timex, EventRow.earliest, EventRow.latest,
                   EventRow.start_latest)
        ):
            problems.extend(_check_event_row(*row))
            longest = max(longest, row.latest - row.earliest)
        meta = session.get(MetaRow, MAX_SPAN_KEY)
        if meta is not None and int(meta.value) < longest:
            problems.append(f"store_meta: {MAX_SPAN_KEY} is {meta.value}, below the longest event ({longest})")
        orphans = session.scalars(
            select(EventSourceRow.id).where(EventSourceRow.event_id.not_in(select(EventRow.id)))
        ).all()
        problems.extend(f"event_sources {sid}: belongs to no event" for sid in orphans)


def _check_event_row(event_id: int, start_timex: str, end_timex: str | None, earliest: int, latest: int,
                     start_latest: int) -> list[str]:
    try:
        start = When.from_timex(start_timex)
        end = When.from_timex(end_timex) if end_timex else None
    except ValueError as exc:
        return [f"event {event_id}: unreadable date ({exc})"]
    problems = []
    if start.earliest != earliest or start.latest != start_latest:
        problems.append(f"event {event_id}: stored bounds do not match its date {start_timex}")
    expected_latest = end.latest if end else start.latest
    if latest != expected_latest:
        problems.append(f"event {event_id}: stored end bound does not match its date")
    if end is not None and end.latest <= start.earliest:
        problems.append(f"event {event_id}: ends ({end_timex}) before it starts ({start_timex})")
    return problems


def repair_store(store: Store) -> list[str]:
    """Fix what can be fixed without losing anything; returns what was done."""
    from sqlalchemy import func, update

    from timeline_app.storage.search import index_is_sound, rebuild_index

    done: list[str] = []
    if not index_is_sound(store) or _index_count_differs(store):
        done.append(rebuild_index(store))
    with store.write_session.begin() as session:
        longest = int(session.scalar(select(func.max(EventRow.latest - EventRow.earliest))) or 0)
        meta = session.get(MetaRow, MAX_SPAN_KEY)
        if meta is not None and int(meta.value) < longest:
            session.execute(update(MetaRow).where(MetaRow.key == MAX_SPAN_KEY).values(value=str(longest)))
            done.append(f"raised {MAX_SPAN_KEY} to {longest}")
    return done


def _index_count_differs(store: Store) -> bool:
    if not store.is_sqlite:
        return False
    with store.engine.connect() as conn:
        indexed = conn.exec_driver_sql("SELECT count(*) FROM events_fts_docsize").scalar()
        events = conn.exec_driver_sql("SELECT count(*) FROM events").scalar()
    return indexed != events


def quick_check(store: Store) -> list[str]:
    """What the window runs on open: SQLite's quick_check, bounded to the first problems."""
    if not store.is_sqlite:
        return []
    try:
        with store.engine.connect() as conn:
            rows = [row[0] for row in conn.exec_driver_sql("PRAGMA quick_check(5)")]
    except SQLAlchemyError as exc:
        return [f"the database cannot be read: {str(getattr(exc, 'orig', None) or exc).splitlines()[0]}"]
    return [] if rows == ["ok"] else rows
