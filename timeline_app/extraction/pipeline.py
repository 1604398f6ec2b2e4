"""The extraction stages as plain functions: read → segment → tag times → find events.

Each stage takes and returns plain data, so the GUI, the command line and the tests run the same
code; matching, review and storing are the import session's (`services.importing`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from timeline_app.extraction.candidates import Candidate
from timeline_app.extraction.document import Document, ReadError, Table
from timeline_app.extraction.events import find_candidates
from timeline_app.extraction.fetch import fetch, is_web_url
from timeline_app.extraction.published import FROM_DATELINE_NO_YEAR
from timeline_app.extraction.readers import read_bytes, read_path
from timeline_app.extraction.segment import split_sentences
from timeline_app.extraction.table_events import table_candidates
from timeline_app.extraction.temporal import tag


@dataclass
class Extraction:
    """One source, read and turned into proposed events."""

    source: str
    document: Document | None
    table: Table | None
    published: date
    published_how: str
    candidates: list[Candidate]
    notes: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        if self.document is not None:
            return self.document.title
        return Path(self.source).name

    @property
    def text(self) -> str:
        return self.document.text if self.document is not None else (self.table.text if self.table else "")

    @property
    def content_hash(self) -> str:
        if self.document is not None:
            return self.document.content_hash
        return self.table.content_hash if self.table is not None else ""

    @property
    def url(self) -> str:
        if self.document is not None and self.document.url:
            return self.document.url
        if is_web_url(self.source):
            return self.source
        try:
            return Path(self.source).resolve().as_uri()
        except ValueError:
            return ""


def read_source(source: str) -> Document | Table:
    """Stage 1: a path or an http(s) link → a Document or a Table."""
    if is_web_url(source):
        body, final_url, content_type = fetch(source)
        return read_bytes(body, source=source, url=final_url, content_type=content_type)
    if "://" in source and not source.startswith("file://"):
        raise ReadError(source, "only local files and http or https links can be imported")
    if source.startswith("file://"):
        from urllib.parse import unquote, urlsplit

        source = unquote(urlsplit(source).path)
    return read_path(os.path.expanduser(source))


def extract(item: Document | Table, published: date | None = None, today: date | None = None) -> Extraction:
    """Stages 2–4: segment, tag times against the publication date, propose events."""
    today = today or date.today()
    if isinstance(item, Table):
        candidates, problems = table_candidates(item, today)
        return Extraction(item.source, None, item, published or today, "given" if published else "today",
                          candidates, notes=problems)
    notes = []
    if published is not None:
        pub, how = published, "given"
    elif item.published is not None:
        pub, how = item.published, item.published_how
        if how == FROM_DATELINE_NO_YEAR:
            this_year = (pub.month, pub.day) <= (today.month, today.day)
            latest = pub.year == (today.year if this_year else today.year - 1)
            notes.append(f"the dateline gives no year: {pub.year} is assumed, "
                         + (f"the latest {pub.day} {pub.strftime('%B')} up to today" if latest
                            else "the year the story's own dates point to (its chronology, or a weekday it writes with a day)"))
    else:
        pub, how = today, "today"
        notes.append("no publication date found; relative dates are read against today")
    sentences = split_sentences(item.text, item.non_body)
    timexes = tag(item.text, pub, language=item.language, narrative=item.narrative)
    candidates = find_candidates(item.text, sentences, timexes, pub, language=item.language)
    if not candidates:
        notes.append("no dated events found")
    return Extraction(item.source, item, None, pub, how, candidates, notes)


def extract_source(source: str, published: date | None = None, today: date | None = None) -> Extraction:
    return extract(read_source(source), published=published, today=today)


def expand_sources(sources: list[str]) -> list[str]:
    """Folders become the files inside them (sorted, hidden files skipped); links stay as they are."""
    out: list[str] = []
    for source in sources:
        if not is_web_url(source) and os.path.isdir(source):
            for root, dirs, files in os.walk(source):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                out.extend(os.path.join(root, f) for f in sorted(files) if not f.startswith("."))
        else:
            out.append(source)
    return out
