"""What reading a source gives the rest of the pipeline."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date


class ReadError(Exception):
    """A source that cannot be read; `str()` names the source and the reason, for the user."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # Raised in the parser worker process and re-raised here: keep both fields across pickling.
        return (ReadError, (self.source, self.reason))


@dataclass
class Document:
    """An article as text plus what is known about it. Evidence offsets point into `text`."""

    text: str
    source: str  # the path or URL it was read from, for messages
    title: str = ""
    url: str = ""
    publisher: str = ""
    author: str = ""
    published: date | None = None
    published_how: str = ""  # "metadata", "dateline", "footer", "given", "today"
    language: str = "en"
    format: str = "text"  # text | html | pdf | email | csv
    #: Whether the text is an encyclopedia's entry, told from no day of its own: a date without its year
    #: is of the year it last named (news leaves out the year of its own time).
    narrative: bool = False
    #: Character ranges of lines that are not body text (headline, dateline, captions, boilerplate).
    non_body: list[tuple[int, int]] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        """Identity of an article for re-import: its text, whitespace-normalised."""
        normal = " ".join(self.text.split())
        return hashlib.sha256(normal.encode("utf-8")).hexdigest()


@dataclass
class TableRow:
    """One event row of a CSV file: strings as the file gives them, keyed by our field names."""

    line: int
    fields: dict[str, str]


@dataclass
class Table:
    """A CSV of events (our own export or a user's date/title sheet)."""

    source: str
    rows: list[TableRow]
    text: str
    columns: dict[str, str]  # our field name -> the file's header

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()
