"""The import session: extraction, then matching against the store, review, and one transaction
per article. The decisions (review, progress, cancel) are a small protocol that the GUI, the
command line and the tests each implement, as beets' importer does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Protocol

from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from timeline_app.domain.model import Article
from timeline_app.domain.when import When
from timeline_app.extraction.candidates import Candidate
from timeline_app.extraction.document import Document, ReadError, Table
from timeline_app.extraction.pipeline import Extraction, extract, read_source
from timeline_app.storage.repository import EventDigest, ImportRecord, Repository

_STOP = {"the", "a", "an", "of", "to", "in", "on", "and", "for", "with", "by", "at", "from", "is", "are", "was",
         "were", "be", "been", "that", "this", "its", "their", "his", "her", "as", "after", "over", "into"}


class Decisions(Protocol):
    def review(self, extraction: Extraction) -> list[Candidate] | None:
        """The candidates to store (edited as the user likes), or None to skip the article."""

    def progress(self, done: int, total: int, source: str) -> None: ...

    def cancelled(self) -> bool: ...


class AcceptAll:
    """`--yes`: every candidate as proposed."""

    def review(self, extraction: Extraction) -> list[Candidate] | None:
        return [c for c in extraction.candidates if c.accepted]

    def progress(self, done: int, total: int, source: str) -> None:
        return None

    def cancelled(self) -> bool:
        return False


@dataclass
class Outcome:
    source: str
    status: str  # imported | already | skipped | failed | dry-run
    message: str = ""
    title: str = ""
    publisher: str = ""
    new_events: int = 0
    merged_events: int = 0
    record: ImportRecord | None = None
    extraction: Extraction | None = None
    chosen: list[Candidate] = field(default_factory=list)


@dataclass
class Summary:
    outcomes: list[Outcome] = field(default_factory=list)
    cancelled: bool = False

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def new_events(self) -> int:
        return sum(o.new_events for o in self.outcomes)

    @property
    def merged_events(self) -> int:
        return sum(o.merged_events for o in self.outcomes)

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def new_event_ids(self) -> list[int]:
        return [i for o in self.outcomes if o.record for i in o.record.new_event_ids + o.record.merged_event_ids]

    def describe(self) -> str:
        parts = [f"{self.count('imported')} article(s) imported"]
        if self.count("dry-run"):
            parts = [f"{self.count('dry-run')} article(s) read (dry run, nothing stored)"]
        parts.append(f"{self.new_events} new event(s), {self.merged_events} merged into existing ones")
        if self.count("already"):
            parts.append(f"{self.count('already')} already in the store")
        if self.count("skipped"):
            parts.append(f"{self.count('skipped')} skipped")
        if self.failures:
            parts.append(f"{len(self.failures)} could not be read")
        if self.cancelled:
            parts.append("cancelled before the end")
        return "; ".join(parts)


@lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP and len(w) > 2)


def similarity(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


#: Two reports of one meeting may disagree by a few days (time zones, "Monday" read from another
#: publication date); matching looks that far around a day-precise date and flags the disagreement.
DATE_SLACK_S = 3 * 86_400


def same_happening(candidate: Candidate, event: EventDigest) -> float:
    """How sure we are that a candidate reports a stored event (0 = different; ≥ 1 = the same)."""
    overlap = candidate.start.earliest < event.latest and event.earliest < candidate.latest
    gap = max(candidate.start.earliest - event.latest, event.earliest - candidate.latest, 0)
    if not overlap and gap > DATE_SLACK_S:
        return 0.0
    shared = set(candidate.actors) & set(event.actors)
    union = set(candidate.actors) | set(event.actors)
    actor_score = len(shared) / len(union) if union else 0.0
    title_score = max(similarity(candidate.title, event.title),
                      max((similarity(candidate.evidence, text) for text in event.evidence), default=0.0))
    kind_score = 1.0 if candidate.kind.value == event.kind else 0.0
    exact_date = candidate.timex == event.start_timex
    score = kind_score * 0.5 + actor_score * 0.6 + title_score * 1.2 + (0.3 if exact_date else 0.0)
    if kind_score == 0 and title_score < 0.4:
        return 0.0
    if not overlap:
        score -= 0.4  # a near miss needs more agreement on who and what
    return score


MATCH_THRESHOLD = 1.0
WRITE_ATTEMPTS = 4


def _publisher(extraction: Extraction) -> str:
    return extraction.document.publisher if extraction.document else ""


class ImportSession:
    def __init__(self, repository: Repository | None, decisions: Decisions | None = None,
                 published: date | None = None, dry_run: bool = False, today: date | None = None) -> None:
        self.repository = repository
        self.decisions = decisions or AcceptAll()
        self.published = published
        self.dry_run = dry_run or repository is None
        self.today = today

    def run(self, sources: Iterable[str], total: int | None = None) -> Summary:
        summary = Summary()
        items = list(sources) if total is None else sources
        count = total if total is not None else len(items)  # type: ignore[arg-type]
        for done, source in enumerate(items):
            if self.decisions.cancelled():
                summary.cancelled = True
                break
            self.decisions.progress(done, count, source)
            summary.outcomes.append(self.import_one(source))
        self.decisions.progress(count, count, "")
        return summary

    def import_one(self, source: str) -> Outcome:
        prepared = self.prepare(source)
        if isinstance(prepared, Outcome):
            return prepared
        return self.decide_and_commit(prepared)

    def import_item(self, source: str, item: Document | Table) -> Outcome:
        prepared = self.prepare_item(source, item)
        if isinstance(prepared, Outcome):
            return prepared
        return self.decide_and_commit(prepared)

    # The three steps, separate so that a window can read and match in the background, review on
    # its own thread, and store in the background again.
    def prepare(self, source: str) -> Extraction | Outcome:
        """Read, extract and match one source; an Outcome when there is nothing to review."""
        try:
            item = read_source(source)
        except ReadError as exc:
            return Outcome(source, "failed", exc.reason)
        return self.prepare_item(source, item)

    def prepare_item(self, source: str, item: Document | Table) -> Extraction | Outcome:
        extraction = extract(item, published=self.published, today=self.today)
        if self.repository is not None:
            web_url = extraction.url if extraction.url.startswith(("http://", "https://")) else ""
            if self.repository.find_article(web_url, extraction.content_hash) is not None:
                return Outcome(source, "already", "already in the store; nothing changed", extraction.title,
                               _publisher(extraction), extraction=extraction)
            self.match(extraction.candidates)
        return extraction

    def decide_and_commit(self, extraction: Extraction) -> Outcome:
        chosen = self.decisions.review(extraction)
        if chosen is None:
            return Outcome(extraction.source, "skipped", "skipped at review", extraction.title,
                           _publisher(extraction), extraction=extraction)
        return self.commit(extraction, chosen)

    def commit(self, extraction: Extraction, chosen: list[Candidate]) -> Outcome:
        """Store the article with the chosen candidates in one transaction (or pretend, in a dry run)."""
        source, title, publisher = extraction.source, extraction.title, _publisher(extraction)
        new = [c for c in chosen if c.merge_with is None]
        merged = [c for c in chosen if c.merge_with is not None]
        note = "; ".join(extraction.notes)
        if self.dry_run:
            return Outcome(source, "dry-run", note, title, publisher, len(new), len(merged), extraction=extraction)
        published = When.of_day(extraction.published.year, extraction.published.month, extraction.published.day)
        article = Article(
            url=extraction.url, title=title, publisher=publisher,
            author=extraction.document.author if extraction.document else "", published=published,
            language=extraction.document.language if extraction.document else "", text=extraction.text,
            content_hash=extraction.content_hash,
        )
        from_table = extraction.table is not None
        events = [c.to_event(article.url, title, published, include_article=not from_table) for c in new]
        merges = [(c.merge_with, c.source(article.url, title, published), c.start) for c in merged]
        assert self.repository is not None
        for attempt in range(WRITE_ATTEMPTS):
            try:
                record = self.repository.import_article(article, events, merges)  # type: ignore[arg-type]
                break
            except IntegrityError:
                # Another client stored the same actor (or the same article) a moment before:
                # the transaction rolled back whole; run it again against what is there now.
                if attempt == WRITE_ATTEMPTS - 1:
                    return Outcome(source, "failed", "could not be stored (another client kept writing the same "
                                   "data); nothing was written", title, publisher, extraction=extraction)
            except (SQLAlchemyError, ValueError) as exc:
                return Outcome(source, "failed", f"could not be stored ({type(exc).__name__}); nothing was written",
                               title, publisher, extraction=extraction)
        if record.already_stored:
            return Outcome(source, "already", "already in the store; nothing changed", title, publisher,
                           extraction=extraction)
        return Outcome(source, "imported", note, title, publisher, len(record.new_event_ids),
                       len(record.merged_event_ids), record, extraction, list(chosen))

    def match(self, candidates: list[Candidate]) -> None:
        """Mark candidates that report an event already in the store."""
        if self.repository is None or not candidates:
            return
        reach = self.repository.longest_span()
        windows = self.repository.digests_in_windows(
            [(c.start.earliest - DATE_SLACK_S, c.latest + DATE_SLACK_S) for c in candidates], reach)
        for c, window in zip(candidates, windows, strict=True):
            best, best_score = None, 0.0
            for event in window:
                score = same_happening(c, event)
                if score > best_score:
                    best, best_score = event, score
            if best is not None and best_score >= MATCH_THRESHOLD:
                c.merge_with, c.merge_title = best.id, best.title
