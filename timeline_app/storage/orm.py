"""The tables, as SQLAlchemy 2.x typed mappings.

Dates are stored as integer bounds (seconds from 1970, see `domain.calendar`) next to their
TIMEX3 value and precision, never as DATETIME columns, so 449 BC and the year 12000 sort and
window like any other date. Rows never leave the storage package: repositories turn them into
domain objects.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    publisher: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(Text, default="")
    published_timex: Mapped[str | None] = mapped_column(String(40), nullable=True)
    language: Mapped[str] = mapped_column(String(16), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    imported_at: Mapped[int] = mapped_column(BigInteger)

    sources: Mapped[list[EventSourceRow]] = relationship(back_populates="article")


class ActorRow(Base):
    __tablename__ = "actors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="other")
    color: Mapped[str] = mapped_column(String(16), default="")
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)


class EventActorRow(Base):
    __tablename__ = "event_actors"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    actor: Mapped[ActorRow] = relationship()


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(32), default="other")
    status: Mapped[str] = mapped_column(String(16), default="happened")
    place: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(Text, default="")  # newline-separated

    start_timex: Mapped[str] = mapped_column(String(40))
    start_precision: Mapped[str] = mapped_column(String(16))
    start_approximate: Mapped[bool] = mapped_column(Boolean, default=False)
    start_phrase: Mapped[str] = mapped_column(Text, default="")
    end_timex: Mapped[str | None] = mapped_column(String(40), nullable=True)
    end_precision: Mapped[str | None] = mapped_column(String(16), nullable=True)
    end_approximate: Mapped[bool] = mapped_column(Boolean, default=False)
    end_phrase: Mapped[str] = mapped_column(Text, default="")

    #: Bounds of the whole event (start's earliest, end's or start's latest): what windows query.
    earliest: Mapped[int] = mapped_column(BigInteger)
    latest: Mapped[int] = mapped_column(BigInteger)
    start_latest: Mapped[int] = mapped_column(BigInteger)
    end_earliest: Mapped[int | None] = mapped_column(BigInteger, nullable=True)

    date_conflict: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Title, summary, evidence and actors in one column: what full-text search indexes.
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[int] = mapped_column(BigInteger)
    #: Raised by every write; a write that expected another version is refused (see ConflictError).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    actor_links: Mapped[list[EventActorRow]] = relationship(
        cascade="all, delete-orphan", order_by=EventActorRow.position
    )
    sources: Mapped[list[EventSourceRow]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="EventSourceRow.id"
    )

    __table_args__ = (Index("ix_events_window", "earliest", "latest"),)


class EventSourceRow(Base):
    __tablename__ = "event_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"), nullable=True, index=True
    )
    url: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    published_timex: Mapped[str | None] = mapped_column(String(40), nullable=True)
    evidence: Mapped[str] = mapped_column(Text, default="")
    evidence_start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    evidence_end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    date_phrase: Mapped[str] = mapped_column(Text, default="")
    timex: Mapped[str] = mapped_column(String(40), default="")
    derivation: Mapped[str] = mapped_column(Text, default="")

    event: Mapped[EventRow] = relationship(back_populates="sources")
    article: Mapped[ArticleRow | None] = relationship(back_populates="sources")

    __table_args__ = (UniqueConstraint("event_id", "article_id", "evidence_start", name="uq_source_once"),)


class MetaRow(Base):
    """Store-wide facts, such as the longest event span the window query must reach back over."""

    __tablename__ = "store_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
