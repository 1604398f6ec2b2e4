"""Colours and sizes of the timeline, shared by the window and every image export."""

from __future__ import annotations

from PySide6.QtGui import QColor

from timeline_app.domain.vocab import EventKind

KIND_COLORS: dict[EventKind, str] = {
    EventKind.TALKS: "#1f77b4",
    EventKind.CALL: "#17becf",
    EventKind.VISIT: "#9467bd",
    EventKind.STATEMENT: "#7f7f7f",
    EventKind.AGREEMENT: "#2ca02c",
    EventKind.CEASEFIRE: "#bcbd22",
    EventKind.MILITARY_ACTION: "#d62728",
    EventKind.ELECTION: "#e377c2",
    EventKind.SANCTION: "#8c564b",
    EventKind.OTHER: "#ff7f0e",
}
ACTOR_PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2",
                 "#bcbd22", "#7f7f7f")


class Theme:
    """The default look; subclass or set attributes for another (e.g. a print theme)."""

    background = QColor("#fbfbfd")
    lane_alt = QColor("#f1f3f7")
    axis_background = QColor("#e9edf3")
    axis_text = QColor("#1d2430")
    grid_minor = QColor("#e2e6ec")
    grid_major = QColor("#b9c1cc")
    text = QColor("#1d2430")
    muted_text = QColor("#5b6472")
    today = QColor("#e0245e")
    selection = QColor("#ffb000")
    conflict = QColor("#c00000")
    axis_height = 48
    row_height = 22
    font_point_size = 9.0


def kind_color(kind: EventKind) -> QColor:
    return QColor(KIND_COLORS.get(kind, KIND_COLORS[EventKind.OTHER]))


#: Colours chosen by the user in the actor manager, by actor name (set by the window).
ACTOR_COLOR_OVERRIDES: dict[str, str] = {}


def actor_color(name: str) -> QColor:
    """The user's colour for an actor, else a stable one per name (the same on every machine)."""
    chosen = ACTOR_COLOR_OVERRIDES.get(name)
    if chosen and QColor(chosen).isValid():
        return QColor(chosen)
    total = sum(ord(c) * (i + 1) for i, c in enumerate(name))
    return QColor(ACTOR_PALETTE[total % len(ACTOR_PALETTE)])
