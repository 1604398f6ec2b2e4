"""A columnar, in-memory index of every event: what a frame needs without touching the store.

Per-frame work must not grow with the number of stored events (Perfetto's lesson): bounds live
in sorted NumPy arrays per lane, a visible window is two binary searches, and a lane too dense to
label is drawn from per-pixel counts. Titles and sources stay in the store and are fetched only
for the events actually labelled.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from timeline_app.domain.model import Event
from timeline_app.domain.vocab import KIND_BY_CODE, KIND_CODES, STATUS_CODES, EventKind, EventStatus

NO_ACTOR = "(no actor)"


@dataclass
class EventColumns:
    """One row per event, sorted by `earliest`; (event id, actor code) links with `actor_names`."""

    ids: np.ndarray
    earliest: np.ndarray
    latest: np.ndarray
    kind: np.ndarray
    status: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int8))
    actor_event: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    actor_code: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    actor_names: list[str] = field(default_factory=list)

    @classmethod
    def from_events(cls, events: Sequence[Event]) -> EventColumns:
        order = sorted(range(len(events)), key=lambda i: (events[i].earliest, events[i].latest))
        evs = [events[i] for i in order]
        pairs = [(e.id if e.id is not None else -1 - i, name) for i, e in enumerate(evs) for name in e.actors]
        names = list(dict.fromkeys(name for _, name in pairs))
        code = {name: i for i, name in enumerate(names)}
        return cls(
            ids=np.array([e.id if e.id is not None else -1 - i for i, e in enumerate(evs)], dtype=np.int64),
            earliest=np.array([e.earliest for e in evs], dtype=np.int64),
            latest=np.array([e.latest for e in evs], dtype=np.int64),
            kind=np.array([KIND_CODES[e.kind] for e in evs], dtype=np.int8),
            status=np.array([STATUS_CODES[e.status] for e in evs], dtype=np.int8),
            actor_event=np.array([p[0] for p in pairs], dtype=np.int64),
            actor_code=np.array([code[p[1]] for p in pairs], dtype=np.int32),
            actor_names=names,
        )

    @classmethod
    def from_arrays(cls, data) -> EventColumns:  # type: ignore[no-untyped-def]
        """From any object with ids, earliest, latest, kind, actor_event, actor_name (sorted by earliest)."""
        return cls(data.ids, data.earliest, data.latest, data.kind, data.status, data.actor_event, data.actor_code,
                   list(data.actor_names))

    def subset(self, keep: np.ndarray) -> EventColumns:
        """The rows where `keep` is true (and their actor links)."""
        ids = self.ids[keep]
        links = np.isin(self.actor_event, ids)
        return EventColumns(ids, self.earliest[keep], self.latest[keep], self.kind[keep],
                            self.status[keep] if self.status.size else self.status,
                            self.actor_event[links], self.actor_code[links], self.actor_names)

    def with_events_replaced(self, events: Sequence[Event]) -> EventColumns:
        """These columns with `events` added, or replacing the rows of the same ids (re-sorted)."""
        fresh = EventColumns.from_events(list(events))
        touched = fresh.ids
        keep = ~np.isin(self.ids, touched)
        link_keep = ~np.isin(self.actor_event, touched)
        names = list(self.actor_names)
        position = {name: i for i, name in enumerate(names)}
        for name in fresh.actor_names:
            if name not in position:
                position[name] = len(names)
                names.append(name)
        remap = np.array([position[n] for n in fresh.actor_names], dtype=np.int32)
        earliest = np.concatenate([self.earliest[keep], fresh.earliest])
        order = np.argsort(earliest, kind="stable")
        return EventColumns(
            ids=np.concatenate([self.ids[keep], fresh.ids])[order],
            earliest=earliest[order],
            latest=np.concatenate([self.latest[keep], fresh.latest])[order],
            kind=np.concatenate([self.kind[keep], fresh.kind])[order],
            status=np.concatenate([self.status[keep] if self.status.size else np.zeros(int(keep.sum()), np.int8),
                                   fresh.status])[order],
            actor_event=np.concatenate([self.actor_event[link_keep], fresh.actor_event]),
            actor_code=np.concatenate([self.actor_code[link_keep], remap[fresh.actor_code] if remap.size else fresh.actor_code]),
            actor_names=names,
        )

    def __len__(self) -> int:
        return int(self.ids.shape[0])


#: Events are grouped by how long they last, so that a decade-long event does not make every
#: window query reach ten years back through a million day-long ones.
SPAN_CLASSES_S = (86_400, 32 * 86_400, 400 * 86_400, 4_000 * 86_400)
#: Fine bins over the whole span, summed per pixel when zoomed far out.
OVERVIEW_BINS = 1 << 16


@dataclass
class _SpanGroup:
    rows: np.ndarray
    earliest: np.ndarray
    latest: np.ndarray
    reach: int

    def visible(self, lo: float, hi: float) -> np.ndarray:
        # Integer keys: a float key would make NumPy cast the whole array before searching.
        first = int(np.searchsorted(self.earliest, int(lo) - self.reach, side="left"))
        last = int(np.searchsorted(self.earliest, int(hi) + 1, side="left"))
        if last <= first:
            return self.rows[:0]
        keep = self.latest[first:last] > lo
        return self.rows[first:last][keep]


class LaneIndex:
    """The events of one lane as row numbers into the columns, grouped by span, sorted by `earliest`."""

    def __init__(self, name: str, rows: np.ndarray, columns: EventColumns) -> None:
        self.name = name
        self.size = int(rows.size)
        self._columns = columns
        self._cumulative: np.ndarray | None = None
        self._bin_lo = 0
        self._bin_width = 1.0
        # Row numbers index columns sorted by `earliest`: sorting them sorts the lane by date.
        rows = np.sort(rows)
        spans = columns.latest[rows] - columns.earliest[rows]
        self.groups: list[_SpanGroup] = []
        lower = -1
        for upper in (*SPAN_CLASSES_S, None):
            mask = spans > lower if upper is None else (spans > lower) & (spans <= upper)
            part = rows[mask]
            if part.size:
                earliest = columns.earliest[part]
                latest = columns.latest[part]
                self.groups.append(_SpanGroup(part, earliest, latest, int((latest - earliest).max())))
            if upper is not None:
                lower = upper

    def visible(self, lo: float, hi: float) -> np.ndarray:
        """Row numbers of events meeting [lo, hi)."""
        parts = [g.visible(lo, hi) for g in self.groups]
        parts = [p for p in parts if p.size]
        if not parts:
            return np.zeros(0, dtype=np.int64)
        return parts[0] if len(parts) == 1 else np.concatenate(parts)

    def estimate_visible(self, lo: float, hi: float) -> int:
        """An upper bound of `len(visible(lo, hi))` from binary searches alone (no rows touched)."""
        total = 0
        low, high = int(lo), int(hi) + 1
        for g in self.groups:
            first = int(np.searchsorted(g.earliest, low - g.reach, side="left"))
            last = int(np.searchsorted(g.earliest, high, side="left"))
            total += max(last - first, 0)
        return total

    def _ensure_bins(self) -> None:
        if self._cumulative is not None:
            return
        c = self._columns
        lo, hi = int(c.earliest.min()), int(c.latest.max())
        self._bin_lo = lo
        self._bin_width = max((hi - lo) / OVERVIEW_BINS, 1.0)
        starts = np.concatenate([g.earliest for g in self.groups]) if self.groups else np.zeros(0, dtype=np.int64)
        bins = np.clip(((starts - lo) / self._bin_width).astype(np.int64), 0, OVERVIEW_BINS - 1)
        self._cumulative = np.concatenate([[0], np.cumsum(np.bincount(bins, minlength=OVERVIEW_BINS))])

    def density_from_bins(self, lo: float, seconds_per_pixel: float, width: int) -> np.ndarray | None:
        """Events starting in each pixel column, from precomputed fine bins: O(width), whatever
        the number of events. None when a pixel is narrower than a bin (use `density`)."""
        self._ensure_bins()
        assert self._cumulative is not None
        if seconds_per_pixel < self._bin_width * 2:
            return None
        edges = lo + seconds_per_pixel * np.arange(width + 1, dtype=np.float64)
        index = np.clip(((edges - self._bin_lo) / self._bin_width).astype(np.int64), 0, OVERVIEW_BINS)
        return (self._cumulative[index[1:]] - self._cumulative[index[:-1]]).astype(np.int32)

    def density(self, lo: float, seconds_per_pixel: float, width: int, rows: np.ndarray | None = None) -> np.ndarray:
        """Events starting in each pixel column; those that began before the view count in the
        first column (a spike at the left edge: long events still going on).

        Starts, not coverage: a few decade-long events would otherwise fill every column.
        `rows` may pass the lane's visible rows when the caller has them already.
        """
        if rows is None:
            rows = self.visible(lo, lo + seconds_per_pixel * width)
        if rows.size == 0:
            return np.zeros(width, dtype=np.int32)
        start = np.clip(((self._columns.earliest[rows] - lo) / seconds_per_pixel).astype(np.int64), 0, width - 1)
        return np.bincount(start, minlength=width)[:width].astype(np.int32)


def _rows_of_ids(ids: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """Row number of each wanted id (-1 when absent). Store ids are dense small integers, so a
    lookup table beats a sorted search; sparse ids fall back to one."""
    if ids.size == 0:
        return np.full(wanted.shape, -1, dtype=np.int64)
    low, high = int(ids.min()), int(ids.max())
    if low >= 0 and high < 4 * ids.size + 1024:
        table = np.full(high + 1, -1, dtype=np.int64)
        table[ids] = np.arange(ids.size)
        inside = (wanted >= 0) & (wanted <= high)
        out = np.full(wanted.shape, -1, dtype=np.int64)
        out[inside] = table[wanted[inside]]
        return out
    order = np.argsort(ids)
    where = np.clip(np.searchsorted(ids, wanted, sorter=order), 0, ids.size - 1)
    rows = order[where]
    return np.where(ids[rows] == wanted, rows, -1)


@dataclass(frozen=True)
class EventFilter:
    """What the user chose to see; None means "any"."""

    kinds: frozenset[EventKind] | None = None
    statuses: frozenset[EventStatus] | None = None
    actor: str | None = None
    lo: int | None = None
    hi: int | None = None

    @property
    def active(self) -> bool:
        return any(v is not None for v in (self.kinds, self.statuses, self.actor, self.lo, self.hi))

    def apply(self, columns: EventColumns) -> EventColumns:
        if not self.active or len(columns) == 0:
            return columns
        keep = np.ones(len(columns), dtype=bool)
        if self.kinds is not None:
            keep &= np.isin(columns.kind, [KIND_CODES[k] for k in self.kinds])
        if self.statuses is not None and columns.status.size:
            keep &= np.isin(columns.status, [STATUS_CODES[s] for s in self.statuses])
        if self.lo is not None:
            keep &= columns.latest > self.lo
        if self.hi is not None:
            keep &= columns.earliest < self.hi
        if self.actor:
            wanted = [i for i, name in enumerate(columns.actor_names) if name.lower() == self.actor.lower()]
            with_actor = columns.actor_event[np.isin(columns.actor_code, wanted)]
            keep &= np.isin(columns.ids, with_actor)
        return columns.subset(keep)


class TimelineIndex:
    """All events by lane, for one lane mode ("kind", "actor" or "none")."""

    def __init__(self, columns: EventColumns, mode: str = "kind", hidden_actors: frozenset[str] = frozenset()) -> None:
        self.columns = columns
        self.mode = mode
        self.hidden_actors = hidden_actors
        self.lanes: list[LaneIndex] = self._build(mode)

    def _lane(self, name: str, rows: np.ndarray) -> LaneIndex:
        return LaneIndex(name, rows, self.columns)

    def _build(self, mode: str) -> list[LaneIndex]:
        c = self.columns
        if len(c) == 0:
            return []
        if mode == "none":
            return [self._lane("", np.arange(len(c)))]
        if mode == "actor":
            rows_for_links = _rows_of_ids(c.ids, c.actor_event)
            valid = (rows_for_links >= 0) & (c.actor_code >= 0)
            rows_for_links, codes = rows_for_links[valid], c.actor_code[valid]
            lanes = []
            if codes.size:
                counts = np.bincount(codes, minlength=len(c.actor_names))
                order = np.argsort(codes, kind="stable")
                sorted_codes, sorted_rows = codes[order], rows_for_links[order]
                bounds = np.searchsorted(sorted_codes, np.arange(len(c.actor_names) + 1))
                for code in np.argsort(-counts, kind="stable"):
                    if counts[code] and c.actor_names[int(code)] not in self.hidden_actors:
                        rows = sorted_rows[bounds[code]:bounds[code + 1]]
                        lanes.append(self._lane(c.actor_names[int(code)], rows))
            with_actor = np.zeros(len(c), dtype=bool)
            with_actor[rows_for_links] = True
            if not with_actor.all():
                lanes.append(self._lane(NO_ACTOR, np.flatnonzero(~with_actor)))
            return lanes
        lanes = []
        for code in np.unique(c.kind):
            rows = np.flatnonzero(c.kind == code)
            lanes.append(self._lane(KIND_BY_CODE[int(code)].label.capitalize(), rows))
        lanes.sort(key=lambda lane: -lane.size)
        return lanes

    def __len__(self) -> int:
        return len(self.columns)

    def bounds(self) -> tuple[int, int] | None:
        if len(self.columns) == 0:
            return None
        return int(self.columns.earliest.min()), int(self.columns.latest.max())

    def ids_of(self, rows: np.ndarray) -> list[int]:
        return [int(i) for i in self.columns.ids[rows]]

    def neighbour(self, seconds: float, forward: bool) -> int | None:
        """Row of the next event starting after `seconds` (or the previous one before it)."""
        e = self.columns.earliest
        if forward:
            i = int(np.searchsorted(e, seconds, side="right"))
            return i if i < len(e) else None
        i = int(np.searchsorted(e, seconds, side="left")) - 1
        return i if i >= 0 else None
