"""Lanes and rows: where each visible event and its label go, without overlaps.

Pure arithmetic on pixel intervals. Events are packed into rows greedily (left to right, first
row whose last label ended before this event starts); a lane that runs out of rows keeps the
markers of the extra events but drops their labels and counts them, so the painter can say
"+3 more" instead of drawing text over text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from timeline_app.domain.model import Event
from timeline_app.layout.viewport import Viewport

LANE_MODES = ("kind", "actor", "none")
MARKER_PX = 10
LABEL_GAP_PX = 6
DENSE_ROWS = 2
ROW_GAP_PX = 4


@dataclass
class Placed:
    """One event drawn in one lane."""

    event_index: int
    x0: float
    x1: float
    row: int
    label: str
    label_width: float
    show_label: bool = True
    #: The label sits left of the marker when the right side would run off the view.
    label_left: bool = False

    @property
    def is_point(self) -> bool:
        return self.x1 - self.x0 < MARKER_PX

    def label_span(self) -> tuple[float, float]:
        """Where the painter puts the label: right of a point marker, inside a bar from its visible
        start (after a bar too short to hold it), or left of the marker when flipped. Packing and
        painting share this."""
        if self.label_left:
            right = (self.x0 + self.x1) / 2 - MARKER_PX / 2 - 4 if self.is_point else self.x0 - 4
            return right - self.label_width, right
        if self.is_point:
            left = (self.x0 + self.x1) / 2 + MARKER_PX / 2 + 4
        elif self.x1 - max(self.x0, 0) < self.label_width + 10:
            left = self.x1 + 4  # a bar too short for its label (a day at this zoom): the label follows it, readable
        else:
            left = max(self.x0, 0) + 5
        return left, left + self.label_width


@dataclass
class Lane:
    name: str
    top: float = 0.0
    rows: int = 1
    row_height: float = 22.0
    items: list[Placed] = field(default_factory=list)
    hidden_labels: int = 0

    @property
    def height(self) -> float:
        return self.rows * self.row_height

    def row_y(self, row: int) -> float:
        return self.top + row * self.row_height


def lane_keys(event: Event, mode: str) -> list[str]:
    if mode == "kind":
        return [event.kind.label.capitalize()]
    if mode == "actor":
        return list(event.actors) or ["(no actor)"]
    return [""]


def _pack(items: list[Placed], max_rows: int | None, reserved: float = 0.0) -> tuple[int, int]:
    """Assign rows in place; returns (rows used, labels hidden). The first row is taken up to
    `reserved` pixels by the lane's name, which nothing is drawn under."""
    row_ends: list[float] = [reserved] if reserved > 0 else []
    hidden = 0
    for item in sorted(items, key=lambda p: (p.x0, p.x1)):
        label_start, label_end = item.label_span()
        start = min(item.x0 - MARKER_PX / 2, label_start)
        footprint_end = max(item.x1 + MARKER_PX / 2, label_end) + LABEL_GAP_PX
        for row, end in enumerate(row_ends):
            if end <= start:
                item.row = row
                row_ends[row] = footprint_end
                break
        else:
            if max_rows is None or len(row_ends) < max_rows:
                item.row = len(row_ends)
                row_ends.append(footprint_end)
            else:
                # No room: keep the marker in the least crowded row, drop the label.
                item.row = min(range(len(row_ends)), key=row_ends.__getitem__)
                item.show_label = False
                row_ends[item.row] = max(row_ends[item.row], item.x1 + 2)
                hidden += 1
    return max(len(row_ends), 1), hidden


def layout_lanes(
    events: Sequence[Event],
    view: Viewport,
    mode: str,
    height: float,
    measure: Callable[[str], float],
    row_height: float = 22.0,
    lane_order: Sequence[str] | None = None,
    dense: Sequence[str] = (),
) -> list[Lane]:
    """Place the visible events in lanes that together fill `height` pixels.

    `dense` lanes are drawn from per-pixel counts by the painter: they get rows but no items.
    """
    lanes: dict[str, Lane] = {}
    for name in lane_order or ():
        lanes[name] = Lane(name=name, row_height=row_height)
    dense_set = set(dense)
    for index, event in enumerate(events):
        x0 = view.x_of(event.earliest)
        x1 = view.x_of(event.latest)
        if x1 < -400 or x0 > view.width + 10:
            continue
        for key in lane_keys(event, mode):
            if key in dense_set or (lane_order is not None and key not in lanes):
                continue  # a dense lane, or one the user hid
            lane = lanes.setdefault(key, Lane(name=key, row_height=row_height))
            width = measure(event.title)
            flip = x0 + MARKER_PX + LABEL_GAP_PX + width > view.width and x0 - MARKER_PX - width > 0
            lane.items.append(Placed(index, x0, x1, 0, event.title, width, label_left=flip))
    if not lanes:
        return []
    ordered = list(lanes.values())  # every lane of `lane_order`, even when empty here: lanes stay put while panning
    # (the lane's name sits at the left of its first row, in bold: a little wider than the plain measure)
    reserved = {lane.name: measure(lane.name) * 1.15 + 16 if lane.name else 0.0 for lane in ordered}
    needed = {lane.name: (DENSE_ROWS if lane.name in dense_set else _pack(lane.items, None, reserved[lane.name])[0])
              for lane in ordered}
    total_rows = max(int(height // row_height), len(ordered))
    budget = _share_rows(needed, total_rows)
    top = 0.0
    for lane in ordered:
        for item in lane.items:
            item.show_label = True
        lane.rows, lane.hidden_labels = _pack(lane.items, budget[lane.name], reserved[lane.name])
        lane.rows = max(lane.rows, budget[lane.name]) if sum(budget.values()) <= total_rows else lane.rows
        lane.top = top
        top += lane.height
    return ordered


def _share_rows(needed: dict[str, int], total: int) -> dict[str, int]:
    """Give each lane the rows it needs, or a fair share of `total` when they do not all fit."""
    if sum(needed.values()) <= total:
        spare = total - sum(needed.values())
        shares = dict(needed)
        names = list(needed)
        for i in range(spare):  # spread spare rows so lanes fill the height evenly
            shares[names[i % len(names)]] += 1
        return shares
    shares = {name: 1 for name in needed}
    left = total - len(needed)
    while left > 0:
        hungry = [n for n in needed if shares[n] < needed[n]]
        if not hungry:
            break
        for name in sorted(hungry, key=lambda n: shares[n] / needed[n]):
            if left == 0:
                break
            shares[name] += 1
            left -= 1
    return shares
