"""Full-text search: a search_text column kept by the repository, indexed by SQLite FTS5
(external content, kept in sync by triggers) or by a PostgreSQL GIN index.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SQLITE_FILL = """
UPDATE events SET search_text = title || ' ' || summary
  || ' ' || COALESCE((SELECT group_concat(evidence, ' ') FROM event_sources WHERE event_id = events.id), '')
  || ' ' || COALESCE((SELECT group_concat(a.name, ' ') FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
                      WHERE ea.event_id = events.id), '')
"""
POSTGRES_FILL = """
UPDATE events SET search_text = title || ' ' || summary
  || ' ' || COALESCE((SELECT string_agg(evidence, ' ') FROM event_sources WHERE event_id = events.id), '')
  || ' ' || COALESCE((SELECT string_agg(a.name, ' ') FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
                      WHERE ea.event_id = events.id), '')
"""
SQLITE_FTS = [
    "CREATE VIRTUAL TABLE events_fts USING fts5(search_text, content='events', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN "
    "INSERT INTO events_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN "
    "INSERT INTO events_fts(events_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER events_fts_update AFTER UPDATE OF search_text ON events BEGIN "
    "INSERT INTO events_fts(events_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO events_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO events_fts(events_fts) VALUES ('rebuild')",
]


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(SQLITE_FILL)
        for statement in SQLITE_FTS:
            op.execute(statement)
    elif bind.dialect.name == "postgresql":
        op.execute(POSTGRES_FILL)
        op.execute("CREATE INDEX ix_events_search ON events USING gin (to_tsvector('simple', search_text))")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in ("events_fts_insert", "events_fts_delete", "events_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS events_fts")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_events_search")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("search_text")
