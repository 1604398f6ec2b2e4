"""TimelineJS JSON: the `events` / `start_date` / `text` format that TimelineJS loads."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from html import escape

from timeline_app.domain.model import Event
from timeline_app.domain.when import Precision, When
from timeline_app.export.atomic import write_bytes_atomic


def _date(when: When, end: bool = False) -> dict[str, object]:
    y, m, d, hh, mm = when.start_civil
    out: dict[str, object] = {"year": y, "display_date": when.label()}
    rank = when.precision.rank
    if rank <= Precision.MONTH.rank or when.precision in (Precision.SEASON, Precision.QUARTER, Precision.HALF):
        out["month"] = m
    if rank <= Precision.WEEK.rank:
        out["day"] = d
    if rank <= Precision.HOUR.rank:
        out["hour"] = hh
    if when.precision is Precision.MINUTE:
        out["minute"] = mm
    return out


def timelinejs_document(events: Iterable[Event], title: str = "Timeline") -> dict[str, object]:
    items = []
    for event in events:
        text = escape(event.summary) if event.summary else ""
        if event.sources:
            links = "".join(
                f"<li><a href='{escape(s.article_url, quote=True)}'>{escape(s.article_title or s.article_url)}</a></li>"
                for s in event.sources if s.article_url.startswith(("http://", "https://"))
            )
            if links:
                text += f"<p>Sources:</p><ul>{links}</ul>"
        item: dict[str, object] = {
            "unique_id": f"event-{event.id}" if event.id is not None else None,
            "start_date": _date(event.start),
            "text": {"headline": escape(event.title), "text": text},
            "group": event.kind.label,
        }
        if event.end is not None:
            item["end_date"] = _date(event.end, end=True)
        elif event.start.precision.rank > Precision.DAY.rank:
            last = When(event.start.latest - 86_400, event.start.latest, Precision.DAY)
            item["end_date"] = _date(last)
        web = next((s for s in event.sources if s.article_url.startswith(("http://", "https://"))), None)
        if web is not None:
            item["media"] = {"url": web.article_url, "caption": web.article_title, "link": web.article_url}
        items.append({k: v for k, v in item.items() if v is not None})
    return {"title": {"text": {"headline": escape(title), "text": ""}}, "events": items}


def write_timelinejs(path: str | os.PathLike[str], events: Iterable[Event], title: str = "Timeline") -> None:
    data = json.dumps(timelinejs_document(events, title), ensure_ascii=False, indent=1).encode("utf-8")
    write_bytes_atomic(path, data)
