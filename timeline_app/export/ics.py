"""iCalendar export: all-day events spanning each event's interval at its precision."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable

from icalendar import Calendar
from icalendar import Event as IcsEvent

from timeline_app import __version__
from timeline_app.domain import calendar as cal
from timeline_app.domain.model import Event
from timeline_app.domain.when import Precision
from timeline_app.export.atomic import write_bytes_atomic


def _day(seconds: int) -> dt.date | None:
    y, m, d, _, _ = cal.civil_from_seconds(seconds)
    if not 1 <= y <= 9999:
        return None
    return dt.date(y, m, d)


def ics_bytes(events: Iterable[Event], name: str = "timeline_app") -> tuple[bytes, int]:
    """The calendar, and how many events were left out (dates iCalendar cannot hold)."""
    calendar = Calendar()
    calendar.add("prodid", f"-//timeline_app//{__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    skipped = 0
    for event in events:
        item = IcsEvent()
        item.add("uid", f"event-{event.id}@timeline-app" if event.id is not None else f"{hash(event)}@timeline-app")
        item.add("summary", event.title)
        fine = event.start.precision in (Precision.MINUTE, Precision.HOUR) and event.end is None
        if fine:
            y, m, d, hh, mm = event.start.start_civil
            if not 1 <= y <= 9999:
                skipped += 1
                continue
            item.add("dtstart", dt.datetime(y, m, d, hh, mm, tzinfo=dt.UTC))
            item.add("dtend", dt.datetime(y, m, d, hh, mm, tzinfo=dt.UTC) + dt.timedelta(seconds=event.latest - event.earliest))
        else:
            start, end = _day(event.earliest), _day(event.latest)
            if start is None or end is None:
                skipped += 1
                continue
            item.add("dtstart", start)
            item.add("dtend", end)
        description = [f"Date: {event.date_label()} ({event.start.precision.value})"]
        if event.summary:
            description.append(event.summary)
        for source in event.sources:
            description.append(f"Source: {source.article_title} {source.article_url}".strip())
        item.add("description", "\n".join(description))
        item.add("categories", [event.kind.label])
        web = next((s.article_url for s in event.sources if s.article_url.startswith(("http://", "https://"))), None)
        if web:
            item.add("url", web)
        calendar.add_component(item)
    return calendar.to_ical(), skipped


def write_ics(path: str | os.PathLike[str], events: Iterable[Event], name: str = "timeline_app") -> int:
    data, skipped = ics_bytes(events, name)
    write_bytes_atomic(path, data)
    return skipped
