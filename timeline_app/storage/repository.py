"""Queries and writes that speak in domain objects.

Sessions are short and ORM rows never leave this module: callers get `Event`, `Article` and
`EventSource` values. Every write runs in one `BEGIN IMMEDIATE` transaction, so an article is
stored with all its events or not at all.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from timeline_app.domain.model import Article, Event, EventSource
from timeline_app.domain.vocab import EventKind, EventStatus
from timeline_app.domain.when import Precision, When
from timeline_app.storage.database import Store
from timeline_app.storage.orm import ActorRow, ArticleRow, EventActorRow, EventRow, EventSourceRow, MetaRow

MAX_SPAN_KEY = "max_event_span"


class ConflictError(Exception):
    """The event changed (or went) since it was read: another window or client wrote first."""


@dataclass
class ImportRecord:
    """What one article's import changed: enough to report it and to undo it."""

    article_id: int | None
    new_event_ids: list[int] = field(default_factory=list)
    merged_event_ids: list[int] = field(default_factory=list)
    already_stored: bool = False


def _when_of(timex: str, precision: str | None, approximate: bool, phrase: str) -> When:
    when = When.from_timex(timex, phrase=phrase, approximate=approximate)
    if precision and when.precision.value != precision:
        # A value whose precision was set by hand (e.g. "around 1991" widened): keep the stored one.
        when = When(when.earliest, when.latest, Precision(precision), approximate, phrase)
    return when


def _published(timex: str | None) -> When | None:
    if not timex:
        return None
    try:
        return When.from_timex(timex)
    except ValueError:
        return None


def _source_of(row: EventSourceRow) -> EventSource:
    return EventSource(
        article_url=row.url,
        article_title=row.title,
        article_published=_published(row.published_timex),
        evidence=row.evidence,
        evidence_start=row.evidence_start,
        evidence_end=row.evidence_end,
        date_phrase=row.date_phrase,
        timex=row.timex,
        derivation=row.derivation,
        article_id=row.article_id,
    )


def event_of(row: EventRow) -> Event:
    start = _when_of(row.start_timex, row.start_precision, row.start_approximate, row.start_phrase)
    end = None
    if row.end_timex:
        end = _when_of(row.end_timex, row.end_precision, row.end_approximate, row.end_phrase)
    return Event(
        id=row.id,
        title=row.title,
        start=start,
        end=end,
        summary=row.summary,
        kind=EventKind.parse(row.kind),
        status=EventStatus.parse(row.status),
        actors=tuple(link.actor.name for link in row.actor_links),
        place=row.place,
        tags=tuple(t for t in row.tags.split("\n") if t),
        sources=tuple(_source_of(s) for s in row.sources),
        date_conflict=row.date_conflict,
        version=row.version or 1,
    )


def _fill_row(row: EventRow, event: Event, now: int) -> None:
    row.title = event.title
    row.summary = event.summary
    row.kind = event.kind.value
    row.status = event.status.value
    row.place = event.place
    row.tags = "\n".join(event.tags)
    row.start_timex = event.start.to_timex()
    row.start_precision = event.start.precision.value
    row.start_approximate = event.start.approximate
    row.start_phrase = event.start.phrase
    row.end_timex = event.end.to_timex() if event.end else None
    row.end_precision = event.end.precision.value if event.end else None
    row.end_approximate = event.end.approximate if event.end else False
    row.end_phrase = event.end.phrase if event.end else ""
    row.earliest = event.earliest
    row.latest = event.latest
    row.start_latest = event.start.latest
    row.end_earliest = event.end.earliest if event.end else None
    row.date_conflict = event.date_conflict
    row.search_text = search_text_of(event)
    row.updated_at = now


def search_text_of(event: Event) -> str:
    parts = [event.title, event.summary, event.place, " ".join(event.actors), " ".join(event.tags)]
    parts.extend(s.evidence for s in event.sources)
    return " ".join(p for p in parts if p)


def _source_row(source: EventSource, article_id: int | None) -> EventSourceRow:
    return EventSourceRow(
        article_id=article_id if article_id is not None else source.article_id,
        url=source.article_url,
        title=source.article_title,
        published_timex=source.article_published.to_timex() if source.article_published else None,
        evidence=source.evidence,
        evidence_start=source.evidence_start,
        evidence_end=source.evidence_end,
        date_phrase=source.date_phrase,
        timex=source.timex,
        derivation=source.derivation,
    )


@dataclass(frozen=True)
class EventDigest:
    """Just what matching compares, read with plain column queries (no ORM objects, no date parsing)."""

    id: int
    title: str
    kind: str
    start_timex: str
    earliest: int
    latest: int
    actors: tuple[str, ...]
    evidence: tuple[str, ...]


class Repository:
    """The app's one door to a store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # ----- reading ----------------------------------------------------------------------------
    def _event_query(self):  # type: ignore[no-untyped-def]
        return select(EventRow).options(
            selectinload(EventRow.actor_links).selectinload(EventActorRow.actor),
            selectinload(EventRow.sources),
        )

    def count_events(self) -> int:
        with self.store.read_session() as session:
            return session.scalar(select(func.count(EventRow.id))) or 0

    def list_events(self) -> list[Event]:
        with self.store.read_session() as session:
            rows = session.scalars(self._event_query().order_by(EventRow.earliest, EventRow.latest, EventRow.id))
            return [event_of(r) for r in rows]

    def get_event(self, event_id: int) -> Event | None:
        with self.store.read_session() as session:
            row = session.scalars(self._event_query().where(EventRow.id == event_id)).first()
            return event_of(row) if row else None

    def drawable_events(self, event_ids: Iterable[int]) -> list[Event]:
        """Events as the timeline draws them: dates (with the phrase as written), title, kind,
        status, actors, and their sources' links and titles only (evidence loads when one is
        selected). Three plain queries, no ORM objects."""
        ids = list(dict.fromkeys(event_ids))
        if not ids:
            return []
        out: list[Event] = []
        with self.store.read_session() as session:
            for chunk in range(0, len(ids), 900):
                part = ids[chunk:chunk + 900]
                actors: dict[int, list[str]] = {}
                for event_id, name in session.execute(
                    select(EventActorRow.event_id, ActorRow.name).join(ActorRow, ActorRow.id == EventActorRow.actor_id)
                    .where(EventActorRow.event_id.in_(part)).order_by(EventActorRow.event_id, EventActorRow.position)
                ):
                    actors.setdefault(event_id, []).append(name)
                sources: dict[int, list[EventSource]] = {}
                for event_id, url, title in session.execute(
                    select(EventSourceRow.event_id, EventSourceRow.url, EventSourceRow.title)
                    .where(EventSourceRow.event_id.in_(part)).order_by(EventSourceRow.id)
                ):
                    sources.setdefault(event_id, []).append(EventSource(article_url=url, article_title=title))
                for r in session.execute(
                    select(EventRow.id, EventRow.title, EventRow.kind, EventRow.status, EventRow.start_timex,
                           EventRow.start_precision, EventRow.start_approximate, EventRow.start_phrase,
                           EventRow.end_timex, EventRow.end_precision, EventRow.end_approximate, EventRow.end_phrase,
                           EventRow.date_conflict, EventRow.version)
                    .where(EventRow.id.in_(part))
                ):
                    start = _when_of(r.start_timex, r.start_precision, r.start_approximate, r.start_phrase)
                    end = (_when_of(r.end_timex, r.end_precision, r.end_approximate, r.end_phrase)
                           if r.end_timex else None)
                    out.append(Event(id=r.id, title=r.title, start=start, end=end, kind=EventKind.parse(r.kind),
                                     status=EventStatus.parse(r.status), actors=tuple(actors.get(r.id, ())),
                                     sources=tuple(sources.get(r.id, ())), date_conflict=r.date_conflict,
                                     version=r.version or 1))
        return out

    def events_in_window(self, lo: int, hi: int) -> list[Event]:
        """Events whose interval meets [lo, hi), using the (earliest, latest) index.

        The index narrows on `earliest`; reaching back by the longest stored span keeps long
        events that started before the window without scanning the whole table.
        """
        with self.store.read_session() as session:
            reach = self._max_span(session)
            query = (
                self._event_query()
                .where(EventRow.earliest < hi, EventRow.earliest >= lo - reach, EventRow.latest > lo)
                .order_by(EventRow.earliest, EventRow.id)
            )
            return [event_of(r) for r in session.scalars(query)]

    def longest_span(self) -> int:
        with self.store.read_session() as session:
            return self._max_span(session)

    def digests_in_windows(self, windows: Sequence[tuple[int, int]], reach: int | None = None) -> list[list[EventDigest]]:
        """The digests meeting each window, read with three queries for all windows together
        (one article's candidates are matched in one round trip, not one per candidate)."""
        if not windows:
            return []
        with self.store.read_session() as session:
            if reach is None:
                reach = self._max_span(session)
            conditions = [and_(EventRow.earliest < hi, EventRow.earliest >= lo - reach, EventRow.latest > lo)
                          for lo, hi in windows]
            rows = session.execute(
                select(EventRow.id, EventRow.title, EventRow.kind, EventRow.start_timex, EventRow.earliest,
                       EventRow.latest).where(or_(*conditions))
            ).all()
            if not rows:
                return [[] for _ in windows]
            ids = [r.id for r in rows]
            actors: dict[int, list[str]] = {}
            evidence: dict[int, list[str]] = {}
            for chunk in range(0, len(ids), 900):
                part = ids[chunk:chunk + 900]
                for event_id, name in session.execute(
                    select(EventActorRow.event_id, ActorRow.name).join(ActorRow, ActorRow.id == EventActorRow.actor_id)
                    .where(EventActorRow.event_id.in_(part)).order_by(EventActorRow.position)
                ):
                    actors.setdefault(event_id, []).append(name)
                for event_id, text in session.execute(
                    select(EventSourceRow.event_id, EventSourceRow.evidence).where(EventSourceRow.event_id.in_(part))
                ):
                    if text:
                        evidence.setdefault(event_id, []).append(text)
            digests = [EventDigest(r.id, r.title, r.kind, r.start_timex, r.earliest, r.latest,
                                   tuple(actors.get(r.id, ())), tuple(evidence.get(r.id, ()))) for r in rows]
        return [[d for d in digests if d.earliest < hi and d.earliest >= lo - reach and d.latest > lo]
                for lo, hi in windows]

    def bounds(self) -> tuple[int, int] | None:
        with self.store.read_session() as session:
            lo, hi = session.execute(select(func.min(EventRow.earliest), func.max(EventRow.latest))).one()
            return None if lo is None else (int(lo), int(hi))

    def _max_span(self, session: Session) -> int:
        value = session.get(MetaRow, MAX_SPAN_KEY)
        if value is None:
            return int(session.scalar(select(func.max(EventRow.latest - EventRow.earliest))) or 0)
        return int(value.value)

    def find_article(self, url: str, content_hash: str) -> Article | None:
        with self.store.read_session() as session:
            query = select(ArticleRow).where(ArticleRow.content_hash == content_hash)
            row = session.scalars(query).first()
            if row is None and url:
                row = session.scalars(select(ArticleRow).where(ArticleRow.url == url)).first()
            return self._article_of(row) if row else None

    def get_article(self, article_id: int) -> Article | None:
        with self.store.read_session() as session:
            row = session.get(ArticleRow, article_id)
            return self._article_of(row) if row else None

    def count_articles(self) -> int:
        with self.store.read_session() as session:
            return session.scalar(select(func.count(ArticleRow.id))) or 0

    @staticmethod
    def _article_of(row: ArticleRow) -> Article:
        return Article(
            id=row.id, url=row.url, title=row.title, publisher=row.publisher, author=row.author,
            published=_published(row.published_timex), language=row.language, text=row.text,
            content_hash=row.content_hash,
        )

    def actor_names(self) -> list[str]:
        with self.store.read_session() as session:
            return list(session.scalars(select(ActorRow.name).order_by(ActorRow.name)))

    # ----- writing ----------------------------------------------------------------------------
    def add_events(self, events: Iterable[Event]) -> list[int]:
        with self.store.write_session.begin() as session:
            return self._insert_events(session, events, article_id=None)

    def import_article(
        self, article: Article, new_events: Sequence[Event], merges: Sequence[tuple[int, EventSource, When]] = ()
    ) -> ImportRecord:
        """Store an article, its new events and the sources it adds to existing events, atomically.

        `merges` holds (existing event id, the new source, the date this article gives), so that an
        article disagreeing on the date flags the event instead of silently moving it.
        """
        with self.store.write_session.begin() as session:
            existing = session.scalars(
                select(ArticleRow.id).where(ArticleRow.content_hash == article.content_hash)
            ).first()
            if existing is not None:
                return ImportRecord(article_id=existing, already_stored=True)
            row = ArticleRow(
                url=article.url, title=article.title, publisher=article.publisher, author=article.author,
                published_timex=article.published.to_timex() if article.published else None,
                language=article.language, text=article.text, content_hash=article.content_hash,
                imported_at=int(time.time()),
            )
            session.add(row)
            session.flush()
            record = ImportRecord(article_id=row.id)
            record.new_event_ids = self._insert_events(session, new_events, article_id=row.id)
            told: set[tuple[int, int | None]] = set()
            for event_id, source, when in merges:
                if (event_id, source.evidence_start) in told:
                    # (two dates of one sentence told of one stored event, "Sept. 19, 2023 - Azerbaijan launches an
                    # offensive; the separatists surrender the next day": the sentence is one source of it)
                    continue
                told.add((event_id, source.evidence_start))
                bounds = session.execute(
                    select(EventRow.earliest, EventRow.latest).where(EventRow.id == event_id)
                ).first()
                if bounds is None:
                    continue
                # Add the source without loading the event's other sources (they can be many).
                row_source = _source_row(source, row.id)
                row_source.event_id = event_id
                session.add(row_source)
                agrees = (bounds.earliest <= when.earliest and when.latest <= bounds.latest) or (
                    when.earliest <= bounds.earliest and bounds.latest <= when.latest)
                values: dict[str, object] = {"updated_at": int(time.time()), "version": EventRow.version + 1}
                if source.evidence:
                    values["search_text"] = EventRow.search_text + " " + source.evidence
                if not agrees:
                    values["date_conflict"] = True
                session.execute(update(EventRow).where(EventRow.id == event_id).values(**values))
                record.merged_event_ids.append(event_id)
            return record

    # ----- editing (every write checks the version it expects) -----------------------------------
    def replace_event(self, event: Event) -> Event:
        """Write every field of a stored event, actors and sources included; returns it as stored."""
        assert event.id is not None
        with self.store.write_session.begin() as session:
            row = session.get(EventRow, event.id)
            if row is None:
                raise ConflictError(f"event {event.id} is no longer in the store")
            if event.version and row.version != event.version:
                raise ConflictError(f"“{row.title}” was changed elsewhere since it was read")
            self._write_event(session, row, event)
            row.version = (row.version or 1) + 1
            session.flush()
            self._raise_max_span(session, event.latest - event.earliest)
        result = self.get_event(event.id)
        assert result is not None
        return result

    def restore_event(self, event: Event) -> Event:
        """Put back an event exactly as it was (same id): the undo of a delete."""
        assert event.id is not None
        with self.store.write_session.begin() as session:
            if session.get(EventRow, event.id) is not None:
                raise ConflictError(f"event {event.id} exists already")
            row = EventRow(id=event.id, created_at=int(time.time()), version=1)
            self._write_event(session, row, event)
            session.add(row)
            session.flush()
            self._raise_max_span(session, event.latest - event.earliest)
        result = self.get_event(event.id)
        assert result is not None
        return result

    def delete_events(self, events: Sequence[Event]) -> None:
        """Delete events, refusing if any changed since it was read."""
        with self.store.write_session.begin() as session:
            for event in events:
                row = session.get(EventRow, event.id)
                if row is None:
                    raise ConflictError(f"event {event.id} is no longer in the store")
                if event.version and row.version != event.version:
                    raise ConflictError(f"“{row.title}” was changed elsewhere since it was read")
                session.delete(row)

    def _write_event(self, session: Session, row: EventRow, event: Event) -> None:
        _fill_row(row, event, int(time.time()))
        row.actor_links.clear()
        session.flush()
        for position, name in enumerate(dict.fromkeys(event.actors)):
            actor = session.scalars(select(ActorRow).where(ActorRow.name == name)).first()
            if actor is None:
                actor = ActorRow(name=name, kind="other", color="", hidden=False)
                session.add(actor)
            row.actor_links.append(EventActorRow(actor=actor, position=position))
        row.sources.clear()
        for source in event.sources:
            row.sources.append(_source_row(source, source.article_id))

    def actor_styles(self) -> dict[str, tuple[str, bool]]:
        """Actor name -> (colour as #rrggbb or "", hidden from lanes)."""
        with self.store.read_session() as session:
            return {name: (color or "", bool(hidden)) for name, color, hidden in
                    session.execute(select(ActorRow.name, ActorRow.color, ActorRow.hidden))}

    def set_actor_style(self, name: str, color: str, hidden: bool) -> None:
        with self.store.write_session.begin() as session:
            session.execute(update(ActorRow).where(ActorRow.name == name).values(color=color, hidden=hidden))

    def rename_actor(self, old: str, new: str) -> list[int]:
        """Rename an actor, or merge it into `new` when that exists; returns the events touched."""
        with self.store.write_session.begin() as session:
            source = session.scalars(select(ActorRow).where(ActorRow.name == old)).first()
            if source is None:
                return []
            target = session.scalars(select(ActorRow).where(ActorRow.name == new)).first()
            links = session.scalars(select(EventActorRow).where(EventActorRow.actor_id == source.id)).all()
            touched = [link.event_id for link in links]
            if target is None:
                source.name = new
            else:
                for link in links:
                    exists = session.get(EventActorRow, (link.event_id, target.id))
                    event_id, position = link.event_id, link.position
                    session.delete(link)
                    session.flush()
                    if exists is None:
                        session.add(EventActorRow(event_id=event_id, actor_id=target.id, position=position))
                session.flush()
                session.delete(source)
            for event_id in touched:
                session.execute(update(EventRow).where(EventRow.id == event_id)
                                .values(version=EventRow.version + 1, updated_at=int(time.time())))
            return touched

    def delete_article(self, article_id: int) -> None:
        """Remove an article, the events only it sourced, and its sources on other events."""
        with self.store.write_session.begin() as session:
            event_ids = set(session.scalars(select(EventSourceRow.event_id).where(EventSourceRow.article_id == article_id)))
            session.execute(delete(EventSourceRow).where(EventSourceRow.article_id == article_id))
            for event_id in event_ids:
                left = session.scalar(select(func.count(EventSourceRow.id)).where(EventSourceRow.event_id == event_id))
                if not left:
                    session.execute(delete(EventRow).where(EventRow.id == event_id))
            session.execute(delete(ArticleRow).where(ArticleRow.id == article_id))

    def _insert_events(self, session: Session, events: Iterable[Event], article_id: int | None) -> list[int]:
        now = int(time.time())
        rows: list[EventRow] = []
        actor_cache: dict[str, ActorRow] = {}
        longest = 0
        for event in events:
            row = EventRow(created_at=now)
            _fill_row(row, event, now)
            for position, name in enumerate(dict.fromkeys(event.actors)):
                actor = actor_cache.get(name) or session.scalars(select(ActorRow).where(ActorRow.name == name)).first()
                if actor is None:
                    actor = ActorRow(name=name, kind="other", color="", hidden=False)
                    session.add(actor)
                actor_cache[name] = actor
                row.actor_links.append(EventActorRow(actor=actor, position=position))
            for source in event.sources:
                row.sources.append(_source_row(source, article_id))
            session.add(row)
            longest = max(longest, event.latest - event.earliest)
            rows.append(row)
        session.flush()
        self._raise_max_span(session, longest)
        return [r.id for r in rows]

    @staticmethod
    def _raise_max_span(session: Session, span: int) -> None:
        meta = session.get(MetaRow, MAX_SPAN_KEY)
        if meta is None:
            current = int(session.scalar(select(func.max(EventRow.latest - EventRow.earliest))) or 0)
            session.add(MetaRow(key=MAX_SPAN_KEY, value=str(max(current, span))))
        elif int(meta.value) < span:
            meta.value = str(span)
