"""A store-wide revision number, raised by triggers on every change to events and their actors,
so that a copy of the timeline's columns cached beside a SQLite store knows when it is stale
(whichever process or window wrote).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TABLES = ("events", "event_actors")
ACTIONS = ("INSERT", "UPDATE", "DELETE")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL stores load their columns directly; nothing is cached beside them
    op.execute("INSERT OR IGNORE INTO store_meta (key, value) VALUES ('revision', '0')")
    for table in TABLES:
        for action in ACTIONS:
            op.execute(
                f"CREATE TRIGGER {table}_{action.lower()}_revision AFTER {action} ON {table} BEGIN "
                "UPDATE store_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'; END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        for action in ACTIONS:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_{action.lower()}_revision")
    op.execute("DELETE FROM store_meta WHERE key = 'revision'")
