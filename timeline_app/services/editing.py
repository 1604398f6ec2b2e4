"""Curation: every change to the store as a service call that returns a record of what changed
(the events before and after), which the window refreshes from and undo reverses.

Undo is generic: a change is a move from one state of some events to another; undoing it moves
them back, checking that nobody changed them in between (versions), so two windows or two
clients never overwrite each other silently.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from timeline_app.domain.model import Event
from timeline_app.domain.when import When, shift, step_seconds
from timeline_app.storage.repository import ConflictError, Repository

__all__ = ["Change", "ConflictError", "Editor"]


@dataclass(frozen=True)
class Change:
    """One user-visible change: `before` and `after` hold the events it touched, keyed by id
    (None where the event did not exist on that side)."""

    label: str
    before: dict[int, Event | None]
    after: dict[int, Event | None]

    @property
    def touched(self) -> list[int]:
        return sorted(set(self.before) | set(self.after))

    @property
    def removed(self) -> list[int]:
        return [i for i, e in self.after.items() if e is None]


def _short(title: str) -> str:
    return title if len(title) <= 40 else title[:37] + "…"


class Editor:
    def __init__(self, repository: Repository) -> None:
        self.repository = repository

    # ----- changes ---------------------------------------------------------------------------------
    def create(self, event: Event) -> Change:
        [new_id] = self.repository.add_events([replace(event, id=None, version=0)])
        stored = self.repository.get_event(new_id)
        return Change(f"Create '{_short(event.title)}'", {new_id: None}, {new_id: stored})

    def update(self, event: Event, label: str | None = None) -> Change:
        assert event.id is not None
        before = self.repository.get_event(event.id)
        if before is None:
            raise ConflictError(f"event {event.id} is no longer in the store")
        after = self.repository.replace_event(event)
        return Change(label or f"Edit '{_short(event.title)}'", {event.id: before}, {event.id: after})

    def move(self, event: Event, seconds: float) -> Change:
        """Move an event by about `seconds`, in whole steps of its precision (snapping)."""
        steps = round(seconds / step_seconds(event.start.precision))
        moved = replace(event, start=shift(event.start, steps),
                        end=shift(event.end, steps) if event.end is not None else None)
        return self.update(moved, f"Move '{_short(event.title)}'")

    def resize(self, event: Event, start: When, end: When | None) -> Change:
        if end is not None and end.latest <= start.earliest:
            raise ValueError("the end comes before the start")
        return self.update(replace(event, start=start, end=end), f"Resize '{_short(event.title)}'")

    def delete(self, events: Sequence[Event]) -> Change:
        current = {e.id: self.repository.get_event(e.id) for e in events if e.id is not None}
        self.repository.delete_events([e for e in events if e.id is not None])
        label = f"Delete '{_short(events[0].title)}'" if len(events) == 1 else f"Delete {len(events)} events"
        return Change(label, dict(current), {i: None for i in current})

    def merge(self, events: Sequence[Event], keep: Event) -> Change:
        """One event from several: title, date, kind and summary from `keep`; actors and sources
        united; sources that disagree on the date are flagged."""
        if len(events) < 2 or keep.id not in {e.id for e in events}:
            raise ValueError("merge needs two or more events, one of them the one to keep")
        current = {e.id: self.repository.get_event(e.id) for e in events if e.id is not None}
        actors = tuple(dict.fromkeys(a for e in [keep, *events] for a in e.actors))
        sources = tuple(dict.fromkeys(s for e in [keep, *events] for s in e.sources))
        disagree = any(e.start.to_timex() != keep.start.to_timex() for e in events) or any(e.date_conflict for e in events)
        merged = replace(current[keep.id] or keep, actors=actors, sources=sources, date_conflict=disagree)
        others = [current[e.id] or e for e in events if e.id != keep.id]
        self.repository.delete_events(others)
        stored = self.repository.replace_event(merged)
        after: dict[int, Event | None] = {e.id: None for e in others if e.id is not None}
        after[keep.id] = stored  # type: ignore[index]
        return Change(f"Merge {len(events)} events into '{_short(keep.title)}'", dict(current), after)

    def split(self, event: Event, source_indexes: Sequence[int]) -> Change:
        """Move some of an event's sources to a new event (same date and title, to be edited):
        for when one event turns out to be two happenings."""
        current = self.repository.get_event(event.id) if event.id is not None else None
        if current is None:
            raise ConflictError("the event is no longer in the store")
        chosen = set(source_indexes)
        moving = tuple(s for i, s in enumerate(current.sources) if i in chosen)
        staying = tuple(s for i, s in enumerate(current.sources) if i not in chosen)
        if not moving or not staying:
            raise ValueError("choose some of the sources, not none or all of them")
        kept = self.repository.replace_event(replace(current, sources=staying))
        [new_id] = self.repository.add_events([replace(current, id=None, version=0, sources=moving,
                                                       title=f"{current.title} (split)")])
        return Change(f"Split '{_short(current.title)}'", {current.id: current, new_id: None},  # type: ignore[dict-item]
                      {current.id: kept, new_id: self.repository.get_event(new_id)})  # type: ignore[dict-item]

    def rename_actor(self, old: str, new: str) -> Change:
        events = [e for e in self.repository.list_events() if old in e.actors]
        before = {e.id: e for e in events if e.id is not None}
        self.repository.rename_actor(old, new)
        after = {i: self.repository.get_event(i) for i in before}
        verb = "Merge" if any(new in e.actors for e in events) else "Rename"
        return Change(f"{verb} actor '{_short(old)}' into '{_short(new)}'" if verb == "Merge"
                      else f"Rename actor '{_short(old)}'", dict(before), after)

    # ----- undo and redo ---------------------------------------------------------------------------
    def undo(self, change: Change) -> Change:
        """Put the touched events back as they were before `change`. Returns the same change with
        its `before` side read afresh (new versions), ready to be redone."""
        self._move_state(expected=change.after, target=change.before)
        now = {i: self.repository.get_event(i) for i in change.touched}
        return Change(change.label, now, dict(change.after))

    def redo(self, change: Change) -> Change:
        """Apply `change` again; returns it with its `after` side read afresh, ready to be undone."""
        self._move_state(expected=change.before, target=change.after)
        now = {i: self.repository.get_event(i) for i in change.touched}
        return Change(change.label, dict(change.before), now)

    def _move_state(self, expected: dict[int, Event | None], target: dict[int, Event | None]) -> None:
        ids = sorted(set(expected) | set(target))
        current = {i: self.repository.get_event(i) for i in ids}
        for i in ids:
            want, have = expected.get(i), current[i]
            if (want is None) != (have is None) or (want is not None and have is not None and
                                                    _content(want) != _content(have)):
                raise ConflictError("the timeline changed elsewhere since; this step cannot be undone safely")
        doomed = [current[i] for i in ids if target.get(i) is None and current[i] is not None]
        if doomed:
            self.repository.delete_events(doomed)  # type: ignore[arg-type]
        for i in ids:
            goal = target.get(i)
            if goal is None:
                continue
            if current[i] is None:
                self.repository.restore_event(goal)
            else:
                self.repository.replace_event(replace(goal, version=current[i].version))  # type: ignore[union-attr]


def _content(event: Event) -> tuple:  # type: ignore[type-arg]
    """What an event says, without its version (which every write raises)."""
    return (event.title, event.start, event.end, event.summary, event.kind, event.status, event.actors,
            event.place, event.tags, event.sources, event.date_conflict)
