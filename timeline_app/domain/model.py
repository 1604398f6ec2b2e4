"""What a chronology holds: events, the articles that report them, the actors involved.

Plain frozen dataclasses, shared by extraction, storage, layout and export, so that no layer
needs another's types (the ORM rows never leave storage).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from timeline_app.domain.vocab import EventKind, EventStatus
from timeline_app.domain.when import When


@dataclass(frozen=True)
class Actor:
    """A country, organisation or person that takes part in events."""

    name: str
    kind: str = "other"  # country | organisation | person | other


@dataclass(frozen=True)
class Article:
    """A report an event is sourced from, with a copy of its text so sources stay readable offline."""

    url: str
    title: str
    publisher: str = ""
    author: str = ""
    published: When | None = None
    language: str = ""
    text: str = ""
    content_hash: str = ""
    id: int | None = None


@dataclass(frozen=True)
class EventSource:
    """The link between an event and one article: where it says so, and how the date was read."""

    article_url: str
    article_title: str = ""
    article_published: When | None = None
    evidence: str = ""
    evidence_start: int | None = None
    evidence_end: int | None = None
    date_phrase: str = ""
    timex: str = ""
    derivation: str = ""
    article_id: int | None = None


@dataclass(frozen=True)
class Event:
    """A dated happening. `end` is set only for ranges ("from 1988 to 1994")."""

    title: str
    start: When
    end: When | None = None
    summary: str = ""
    kind: EventKind = EventKind.OTHER
    status: EventStatus = EventStatus.HAPPENED
    actors: tuple[str, ...] = ()
    place: str = ""
    tags: tuple[str, ...] = ()
    sources: tuple[EventSource, ...] = field(default_factory=tuple)
    date_conflict: bool = False
    id: int | None = None
    #: The stored version this copy was read at (0 for events not stored yet).
    version: int = 0

    @property
    def earliest(self) -> int:
        return self.start.earliest

    @property
    def latest(self) -> int:
        return self.end.latest if self.end is not None else self.start.latest

    @property
    def precision(self) -> str:
        return self.start.precision.value

    def date_label(self) -> str:
        if self.end is None:
            return self.start.label()
        return f"{self.start.label()} – {self.end.label()}"
