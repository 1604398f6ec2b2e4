"""Events as flat rows: the columns of the CSV export, which the CSV import reads back."""

from __future__ import annotations

from timeline_app.domain.model import Event

CSV_COLUMNS = (
    "id", "title", "start", "end", "precision", "approximate", "earliest", "latest", "status", "kind",
    "actors", "place", "tags", "summary", "date_conflict", "source_urls", "source_titles", "evidence",
)
#: Lists inside one cell: actors and tags with "; ", sources one per line (titles may hold ";").
LIST_SEPARATOR = "; "
SOURCE_SEPARATOR = "\n"


def event_row(event: Event) -> dict[str, str]:
    from timeline_app.domain import calendar as cal

    def iso(seconds: int) -> str:
        y, m, d, hh, mm = cal.civil_from_seconds(seconds)
        year = f"{y:04d}" if 0 <= y <= 9999 else f"{y:+05d}"
        return f"{year}-{m:02d}-{d:02d}" + (f"T{hh:02d}:{mm:02d}" if hh or mm else "")

    return {
        "id": str(event.id if event.id is not None else ""),
        "title": event.title,
        "start": event.start.to_timex(),
        "end": event.end.to_timex() if event.end else "",
        "precision": event.start.precision.value,
        "approximate": "true" if event.start.approximate else "",
        "earliest": iso(event.earliest),
        "latest": iso(event.latest),
        "status": event.status.value,
        "kind": event.kind.value,
        "actors": LIST_SEPARATOR.join(event.actors),
        "place": event.place,
        "tags": LIST_SEPARATOR.join(event.tags),
        "summary": event.summary,
        "date_conflict": "true" if event.date_conflict else "",
        "source_urls": SOURCE_SEPARATOR.join(s.article_url for s in event.sources),
        "source_titles": SOURCE_SEPARATOR.join(s.article_title for s in event.sources),
        "evidence": SOURCE_SEPARATOR.join(s.evidence for s in event.sources),
    }
