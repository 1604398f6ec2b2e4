"""A proposed event: what the import review shows and what the store receives once accepted."""

from __future__ import annotations

from dataclasses import dataclass, field

from timeline_app.domain.model import Event, EventSource
from timeline_app.domain.vocab import EventKind, EventStatus
from timeline_app.domain.when import When


@dataclass
class Candidate:
    title: str
    start: When
    end: When | None = None
    kind: EventKind = EventKind.OTHER
    status: EventStatus = EventStatus.HAPPENED
    actors: tuple[str, ...] = ()
    evidence: str = ""
    evidence_start: int | None = None
    evidence_end: int | None = None
    derivation: str = ""
    date_phrase: str = ""
    timex: str = ""
    summary: str = ""
    place: str = ""
    #: A row of a CSV may name its own source; articles leave these empty (the article is the source).
    source_urls: tuple[str, ...] = ()
    source_titles: tuple[str, ...] = ()
    source_evidence: tuple[str, ...] = ()
    date_conflict: bool = False
    tags: tuple[str, ...] = ()
    accepted: bool = True
    #: Set by matching: the stored event this candidate reports again.
    merge_with: int | None = None
    merge_title: str = ""
    notes: list[str] = field(default_factory=list)

    def to_event(self, article_url: str, article_title: str, published: When | None,
                 include_article: bool = True) -> Event:
        """The event to store. A row of a table names its own sources, so the table file itself
        is not one of them (`include_article=False`)."""
        sources = []
        if include_article and (article_url or article_title):
            sources.append(self.source(article_url, article_title, published))
        count = max(len(self.source_urls), len(self.source_titles))
        for i in range(count):
            url = self.source_urls[i] if i < len(self.source_urls) else ""
            title = self.source_titles[i] if i < len(self.source_titles) else ""
            evidence = self.source_evidence[i] if i < len(self.source_evidence) else ""
            if (url or title) and not (include_article and url == article_url):
                sources.append(EventSource(article_url=url, article_title=title, evidence=evidence))
        return Event(
            title=self.title, start=self.start, end=self.end, summary=self.summary, kind=self.kind,
            status=self.status, actors=self.actors, place=self.place, tags=self.tags, sources=tuple(sources),
            date_conflict=self.date_conflict,
        )

    def source(self, article_url: str, article_title: str, published: When | None) -> EventSource:
        return EventSource(
            article_url=article_url, article_title=article_title, article_published=published,
            evidence=self.evidence, evidence_start=self.evidence_start, evidence_end=self.evidence_end,
            date_phrase=self.date_phrase, timex=self.timex, derivation=self.derivation,
        )

    @property
    def latest(self) -> int:
        return self.end.latest if self.end else self.start.latest
