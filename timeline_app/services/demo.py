"""The demo timeline a first start opens on, read from `data/demo_timeline.json`."""

from __future__ import annotations

import json
from pathlib import Path

from timeline_app.domain.model import Event, EventSource
from timeline_app.domain.vocab import EventKind, EventStatus
from timeline_app.domain.when import When
from timeline_app.storage.repository import Repository

DEMO_FILE = Path(__file__).resolve().parents[2] / "data" / "demo_timeline.json"


def load_demo_events(path: Path = DEMO_FILE) -> list[Event]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    events = []
    for item in raw["events"]:
        approximate = bool(item.get("approximate", False))
        start = When.from_timex(item["start"], phrase=item["start"], approximate=approximate)
        end = When.from_timex(item["end"], phrase=item["end"]) if item.get("end") else None
        sources = tuple(
            EventSource(
                article_url=s["url"],
                article_title=s.get("title", ""),
                article_published=When.from_timex(s["published"]) if s.get("published") else None,
            )
            for s in item.get("sources", [])
        )
        events.append(
            Event(
                title=item["title"], start=start, end=end, summary=item.get("summary", ""),
                kind=EventKind.parse(item.get("kind", "other")),
                status=EventStatus.parse(item.get("status", "happened")),
                actors=tuple(item.get("actors", [])), sources=sources,
            )
        )
    return events


def seed_demo_if_new(repository: Repository) -> int:
    """Fill an empty store with the demo timeline; returns the number of events added."""
    if repository.count_events() or repository.count_articles():
        return 0
    return len(repository.add_events(load_demo_events()))
