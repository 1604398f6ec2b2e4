"""The one paint function: the window, PNG, SVG and PDF exports all draw through `paint_timeline`."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QLinearGradient, QPainter, QPen, QPolygonF

from timeline_app.domain.model import Event
from timeline_app.domain.vocab import EventKind, EventStatus
from timeline_app.domain.when import Precision
from timeline_app.layout.lanes import MARKER_PX, Lane, Placed, layout_lanes
from timeline_app.layout.ticks import compute_ticks
from timeline_app.layout.viewport import Viewport
from timeline_app.render.theme import Theme, actor_color, kind_color

LEGEND_HEIGHT = 24


@dataclass
class Scene:
    """Everything a frame shows; plain data, so tests and exports build it without a widget."""

    events: Sequence[Event]
    view: Viewport
    lane_mode: str = "kind"
    selected_ids: frozenset[int] = frozenset()
    highlighted_ids: frozenset[int] = frozenset()
    #: Where the "today" line goes (seconds since 1970); None draws none (exports are documents).
    now: float | None = field(default_factory=time.time)
    show_legend: bool = True
    #: Lanes too dense to draw event by event: lane name -> events per pixel column.
    dense: dict[str, np.ndarray] = field(default_factory=dict)
    #: Lane names in display order (all lanes of the index, so lanes stay put while panning).
    lane_order: Sequence[str] | None = None
    #: How many events each dense lane has in view (for its label).
    dense_totals: dict[str, int] = field(default_factory=dict)


@dataclass
class HitBox:
    rect: QRectF
    event_index: int


@dataclass
class Frame:
    """What was drawn where, for hit testing and for tests that check for overlaps."""

    hitboxes: list[HitBox] = field(default_factory=list)
    label_rects: list[QRectF] = field(default_factory=list)
    lanes: list[Lane] = field(default_factory=list)
    #: Where each lane's name was drawn, over the start of its first row.
    lane_name_rects: list[QRectF] = field(default_factory=list)
    #: Where each event's marker or bar was drawn.
    shapes: list[QRectF] = field(default_factory=list)

    def event_at(self, x: float, y: float) -> int | None:
        for box in reversed(self.hitboxes):
            if box.rect.contains(QPointF(x, y)):
                return box.event_index
        return None


def paint_timeline(painter: QPainter, width: int, height: int, scene: Scene, theme: Theme | None = None) -> Frame:
    theme = theme or Theme()
    frame = Frame()
    font = QFont(painter.font())
    font.setPointSizeF(theme.font_point_size)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    bold = QFont(font)
    bold.setBold(True)
    bold_metrics = QFontMetricsF(bold)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(QRectF(0, 0, width, height), theme.background)

    top = theme.axis_height
    ticks = compute_ticks(scene.view, metrics.horizontalAdvance)
    legend_h = LEGEND_HEIGHT if scene.show_legend and scene.lane_mode != "actor" and (scene.events or scene.dense) else 0
    lane_area = height - top - legend_h
    lanes = layout_lanes(
        scene.events, scene.view, scene.lane_mode, lane_area - 8, metrics.horizontalAdvance, theme.row_height,
        lane_order=scene.lane_order, dense=list(scene.dense),
    )
    frame.lanes = lanes
    axis_h = theme.axis_height
    _paint_lane_backgrounds(painter, lanes, width, axis_h, theme)
    _paint_grid_and_axis(painter, ticks, width, height, axis_h, theme, metrics, bold, bold_metrics)
    _paint_today(painter, scene, height, axis_h, theme, metrics)
    for lane in lanes:
        if lane.name in scene.dense:
            _paint_density(painter, scene.dense[lane.name], lane, axis_h, _lane_color(scene, lane.name))
        for item in lane.items:
            _paint_event(painter, scene, item, lane, axis_h, theme, metrics, frame)
    dense_counts = {name: int(counts.max()) if counts.size else 0 for name, counts in scene.dense.items()}
    frame.lane_name_rects = _paint_lane_labels(painter, lanes, axis_h, theme, bold, bold_metrics,
                                               scene.dense_totals or dense_counts)
    if scene.show_legend:
        _paint_legend(painter, scene, width, height, theme, metrics)
    if not scene.events and not scene.dense:
        painter.setPen(theme.muted_text)
        painter.drawText(QRectF(0, axis_h, width, lane_area), int(Qt.AlignmentFlag.AlignCenter),
                         "No events yet. Drop an article here, or use File → Import.")
    return frame


def _paint_lane_backgrounds(painter: QPainter, lanes: list[Lane], width: int, axis_h: int, theme: Theme) -> None:
    for i, lane in enumerate(lanes):
        if i % 2:
            painter.fillRect(QRectF(0, axis_h + 4 + lane.top, width, lane.height), theme.lane_alt)


def _paint_grid_and_axis(painter, ticks, width, height, axis_h, theme, metrics, bold, bold_metrics) -> None:  # type: ignore[no-untyped-def]
    painter.fillRect(QRectF(0, 0, width, axis_h), theme.axis_background)
    painter.setPen(QPen(theme.grid_minor, 1))
    for tick in ticks.minor:
        painter.drawLine(QPointF(tick.x, axis_h * 0.5), QPointF(tick.x, height))
    painter.setPen(QPen(theme.grid_major, 1))
    for tick in ticks.major:
        painter.drawLine(QPointF(tick.x, 0), QPointF(tick.x, height))
    painter.setPen(theme.axis_text)
    # Minor labels sit just right of their tick, skipped when they would run into the next one.
    last_end = -1e9
    for i, tick in enumerate(ticks.minor):
        w = metrics.horizontalAdvance(tick.label)
        x = tick.x + 3
        next_x = ticks.minor[i + 1].x if i + 1 < len(ticks.minor) else width + 1e6
        if x < last_end or x + w > next_x - 2 or x < 0 or x + w > width:
            continue  # overlapping, cut by the edge, or off screen
        painter.drawText(QPointF(x, axis_h - 8), tick.label)
        last_end = x + w + 4
    # Major labels stick to the left edge while their span is on screen.
    painter.setFont(bold)
    for i, tick in enumerate(ticks.major):
        next_x = ticks.major[i + 1].x if i + 1 < len(ticks.major) else width + 1e6
        w = bold_metrics.horizontalAdvance(tick.label)
        x = max(tick.x + 3, 3)
        if x + w > next_x - 3 or x + w > width:
            continue  # no room before the next major tick: skip rather than overlap
        painter.drawText(QPointF(x, 17), tick.label)
    painter.setFont(_plain(bold))
    painter.setPen(QPen(theme.grid_major, 1))
    painter.drawLine(QPointF(0, axis_h), QPointF(width, axis_h))


def _plain(font: QFont) -> QFont:
    plain = QFont(font)
    plain.setBold(False)
    return plain


def _paint_today(painter: QPainter, scene: Scene, height: int, axis_h: int, theme: Theme, metrics: QFontMetricsF) -> None:
    if scene.now is None:
        return
    x = scene.view.x_of(scene.now)
    if not 0 <= x <= scene.view.width:
        return
    pen = QPen(theme.today, 1.5, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawLine(QPointF(x, axis_h), QPointF(x, height))
    painter.setPen(theme.today)
    painter.drawText(QPointF(x - metrics.horizontalAdvance("today") / 2, axis_h - 25), "today")


def _lane_color(scene: Scene, name: str) -> QColor:
    if scene.lane_mode == "actor":
        return actor_color(name)
    if scene.lane_mode == "kind":
        kind = next((k for k in EventKind if k.label.capitalize() == name), EventKind.OTHER)
        return kind_color(kind)
    return QColor("#1f77b4")


DENSITY_LEVELS = 16  # the histogram is built this many pixels tall, then drawn stretched to the lane


def _paint_density(painter: QPainter, counts: np.ndarray, lane: Lane, axis_h: int, color: QColor) -> None:
    """Per-pixel-column counts as a histogram strip: one small NumPy-built image, one draw call."""
    width = counts.shape[0]
    if width == 0 or not counts.any():
        return
    levels = np.log1p(counts.astype(np.float32))
    bars = np.ceil(levels * (DENSITY_LEVELS / float(levels.max()))).astype(np.int32)
    bars[(counts > 0) & (bars < 1)] = 1
    alpha = 170  # premultiplied ARGB: Qt blits it without converting
    argb = np.uint32((alpha << 24) | ((color.red() * alpha // 255) << 16) | ((color.green() * alpha // 255) << 8)
                     | (color.blue() * alpha // 255))
    rows = np.arange(DENSITY_LEVELS, dtype=np.int32)[:, None]
    pixels = np.where(rows >= (DENSITY_LEVELS - bars)[None, :], argb, np.uint32(0)).astype(np.uint32)
    image = QImage(pixels.data, width, DENSITY_LEVELS, width * 4, QImage.Format.Format_ARGB32_Premultiplied)
    target = QRectF(0, axis_h + 4 + lane.top + 2, width, max(lane.height - 4, 2))
    painter.drawImage(target, image)


def _event_color(scene: Scene, event: Event) -> QColor:
    if scene.lane_mode == "actor" and event.actors:
        return actor_color(event.actors[0])
    return kind_color(event.kind)


def _paint_event(painter, scene, item: Placed, lane: Lane, axis_h, theme, metrics, frame: Frame) -> None:  # type: ignore[no-untyped-def]
    event = scene.events[item.event_index]
    color = _event_color(scene, event)
    y = axis_h + 4 + lane.row_y(item.row)
    mid = y + lane.row_height / 2
    hollow = event.status is EventStatus.SCHEDULED
    selected = event.id is not None and event.id in scene.selected_ids
    pen = QPen(theme.selection if selected else color.darker(130), 2.5 if selected else 1.2)
    painter.setPen(pen)
    if item.is_point:
        cx = (item.x0 + item.x1) / 2
        r = MARKER_PX / 2
        diamond = QPolygonF([QPointF(cx, mid - r), QPointF(cx + r, mid), QPointF(cx, mid + r), QPointF(cx - r, mid)])
        painter.setBrush(Qt.BrushStyle.NoBrush if hollow else QBrush(color))
        painter.drawPolygon(diamond)
        shape = QRectF(cx - r, mid - r, 2 * r, 2 * r)
    else:
        x0 = max(item.x0, -5.0)
        x1 = min(item.x1, scene.view.width + 5.0)
        bar = QRectF(x0, y + 3, max(x1 - x0, 2), lane.row_height - 6)
        painter.setBrush(Qt.BrushStyle.NoBrush if hollow else _bar_brush(event, color, bar, item))
        painter.drawRoundedRect(bar, 3, 3)
        shape = bar
    label_x = item.label_span()[0]
    if event.id is not None and event.id in scene.highlighted_ids:
        halo = QColor(theme.selection)
        halo.setAlpha(110)
        painter.setPen(QPen(halo, 6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(shape.adjusted(-4, -4, 4, 4), 6, 6)
    if event.date_conflict:
        painter.setPen(QPen(theme.conflict, 2))
        painter.drawText(QPointF(shape.right() + 1, y + 9), "!")
    hit = QRectF(shape)
    frame.shapes.append(QRectF(shape))
    if item.show_label:
        label = metrics.elidedText(item.label, Qt.TextElideMode.ElideRight, max(item.label_width, 10) + 1)
        painter.setPen(theme.text)
        base = mid + metrics.ascent() / 2 - 1
        painter.drawText(QPointF(label_x, base), label)
        rect = QRectF(label_x, mid - metrics.height() / 2, metrics.horizontalAdvance(label), metrics.height())
        frame.label_rects.append(rect)
        hit = hit.united(rect)
    frame.hitboxes.append(HitBox(hit, item.event_index))


def _bar_brush(event: Event, color: QColor, bar: QRectF, item: Placed) -> QBrush:
    """Exact ranges are solid; month/season/year spans are soft; approximate ends fade out."""
    soft = event.end is None and event.start.precision.rank >= Precision.MONTH.rank
    fill = QColor(color)
    fill.setAlpha(90 if soft else 170)
    if not (event.start.approximate or (event.end is not None and event.end.approximate)):
        return QBrush(fill)
    gradient = QLinearGradient(bar.left(), 0, bar.right(), 0)
    clear = QColor(fill)
    clear.setAlpha(10)
    gradient.setColorAt(0.0, clear if event.start.approximate else fill)
    gradient.setColorAt(0.25, fill)
    gradient.setColorAt(0.75, fill)
    end_fades = event.end.approximate if event.end is not None else event.start.approximate
    gradient.setColorAt(1.0, clear if end_fades else fill)
    return QBrush(gradient)


def _paint_lane_labels(painter, lanes: list[Lane], axis_h, theme, bold, bold_metrics, dense_counts) -> list[QRectF]:  # type: ignore[no-untyped-def]
    painter.setFont(bold)
    drawn = []
    for lane in lanes:
        if not lane.name:
            continue
        text = lane.name + (f"  (+{lane.hidden_labels} unlabelled)" if lane.hidden_labels else "")
        if lane.name in dense_counts:
            text = f"{lane.name}  ({dense_counts[lane.name]:,} events here, too many to label)"
        w = min(bold_metrics.horizontalAdvance(text) + 10, 320)
        rect = QRectF(0, axis_h + 4 + lane.top, w, 16)
        back = QColor(theme.background)
        back.setAlpha(215)
        painter.fillRect(rect, back)
        painter.setPen(theme.muted_text)
        painter.drawText(rect.adjusted(5, 0, -2, 0), int(Qt.AlignmentFlag.AlignVCenter),
                         bold_metrics.elidedText(text, Qt.TextElideMode.ElideRight, w - 8))
        drawn.append(rect)
    painter.setFont(_plain(bold))
    return drawn


def _paint_legend(painter, scene: Scene, width, height, theme, metrics) -> None:  # type: ignore[no-untyped-def]
    """A strip along the bottom edge, so the key never covers an event."""
    if scene.lane_mode == "actor":
        return
    named = {name.lower() for name in (scene.lane_order or [])} | {name.lower() for name in scene.dense}
    kinds = [k for k in EventKind if any(e.kind is k for e in scene.events) or k.label in named]
    if not kinds:
        return
    top = height - LEGEND_HEIGHT
    painter.fillRect(QRectF(0, top, width, LEGEND_HEIGHT), theme.axis_background)
    painter.setPen(QPen(theme.grid_major, 1))
    painter.drawLine(QPointF(0, top), QPointF(width, top))
    x = 8.0
    base = top + LEGEND_HEIGHT / 2 + metrics.ascent() / 2 - 1
    for kind in kinds:
        w = metrics.horizontalAdvance(kind.label)
        if x + 18 + w > width:
            break
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(kind_color(kind))
        painter.drawRect(QRectF(x, top + LEGEND_HEIGHT / 2 - 5, 12, 10))
        painter.setPen(theme.text)
        painter.drawText(QPointF(x + 16, base), kind.label)
        x += 16 + w + 18
