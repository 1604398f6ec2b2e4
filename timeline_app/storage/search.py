"""Full-text search over titles, summaries, evidence and actors: SQLite FTS5 or PostgreSQL's own,
behind one function. User text never becomes SQL: it is cut into word tokens, each quoted (FTS5)
or reduced to letters and digits (tsquery), and passed as a bound parameter."""

from __future__ import annotations

import re

from sqlalchemy import text

from timeline_app.storage.database import Store

MAX_TOKENS = 12
_TOKEN = re.compile(r"\w+", re.UNICODE)


def query_tokens(query: str) -> list[str]:
    return _TOKEN.findall(query.lower())[:MAX_TOKENS]


def fts5_query(query: str) -> str:
    """Every word must appear, as a word or a word's beginning: `"blink"* AND "aliyev"*`."""
    return " AND ".join(f'"{token}"*' for token in query_tokens(query))


def tsquery(query: str) -> str:
    return " & ".join(f"{token}:*" for token in query_tokens(query))


def search_event_ids(store: Store, query: str, limit: int = 1000) -> list[int]:
    """Ids of events matching every word of `query`, in date order."""
    if not query_tokens(query):
        return []
    with store.engine.connect() as conn:
        if store.is_sqlite:
            rows = conn.execute(
                text("SELECT e.id FROM events_fts f JOIN events e ON e.id = f.rowid "
                     "WHERE events_fts MATCH :q ORDER BY e.earliest, e.id LIMIT :n"),
                {"q": fts5_query(query), "n": limit},
            )
        else:
            rows = conn.execute(
                text("SELECT id FROM events WHERE to_tsvector('simple', search_text) @@ to_tsquery('simple', :q) "
                     "ORDER BY earliest, id LIMIT :n"),
                {"q": tsquery(query), "n": limit},
            )
        return [r[0] for r in rows]


def rebuild_index(store: Store) -> str:
    """Rebuild the search index from the events table; returns what was done, for `check`."""
    with store.engine.begin() as conn:
        if store.is_sqlite:
            conn.execute(text("INSERT INTO events_fts(events_fts) VALUES ('rebuild')"))
            return "rebuilt the full-text search index"
        conn.execute(text("REINDEX INDEX ix_events_search"))
        return "rebuilt the full-text search index"


def index_is_sound(store: Store) -> bool:
    if not store.is_sqlite:
        return True
    try:
        with store.engine.begin() as conn:
            conn.execute(text("INSERT INTO events_fts(events_fts, rank) VALUES ('integrity-check', 1)"))
        return True
    except Exception:  # noqa: BLE001 - any failure of the check means: rebuild
        return False
