"""The timeline widget: paints the scene with the shared painter and turns input into view changes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from timeline_app.domain.model import Event
from timeline_app.layout.index import EventColumns, EventFilter, TimelineIndex
from timeline_app.layout.viewport import Viewport
from timeline_app.render.painter import Frame, Scene, paint_timeline
from timeline_app.ui.interaction import IdleMode, Mode

#: One wheel notch (120 units) zooms by this factor.
WHEEL_ZOOM_PER_NOTCH = 1.25
KEY_PAN_FRACTION = 0.2
#: A frame draws every visible event when there are at most this many; beyond it, lanes with more
#: than DETAIL_PER_LANE visible are drawn from per-pixel counts.
DETAIL_TOTAL = 120
DETAIL_PER_LANE = 20
#: Lanes with more visible events than this are drawn from precomputed bins when zoomed out.
BINNED_ABOVE = 5_000
CACHE_LIMIT = 20_000


class TimelineWidget(QWidget):
    """Shows events; emits `eventSelected(id or -1)` when the user clicks."""

    eventSelected = Signal(int)
    viewChanged = Signal()
    painted = Signal()
    detailsRequested = Signal(int)
    searchRequested = Signal()
    moveRequested = Signal(int, float)  # event id, seconds dragged
    editRequested = Signal(int)
    createRequested = Signal(float)  # the time double-clicked
    deleteRequested = Signal()
    resizeRequested = Signal(int, str, float)  # event id, "start" or "end", seconds dragged

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._columns: EventColumns | None = None
        self._index: TimelineIndex | None = None
        self._fetch: Callable[[list[int]], list[Event]] | None = None
        self._memory: dict[int, Event] | None = None
        self._cache: dict[int, Event] = {}
        self._filter = EventFilter()
        self._hidden_actors: frozenset[str] = frozenset()
        self._drag: tuple[int, float] | None = None
        self._band: QRectF | None = None
        self.editable = True
        self._frame_events: list[Event] = []
        self._drawn_bars: list = []  # ((x0, x1), y) of each bar drawn, with its event: for resizing
        self._view = Viewport.fit(0, 86_400 * 365, 800)
        self._lane_mode = "kind"
        self._selected: frozenset[int] = frozenset()
        self._highlighted: frozenset[int] = frozenset()
        self._highlight_timer = QTimer(self)
        self._highlight_timer.setSingleShot(True)
        self._highlight_timer.timeout.connect(self.clear_highlight)
        self._frame = Frame()
        self._mode: Mode = IdleMode(self)
        self._auto_fit = True

    # ----- model -----------------------------------------------------------------------------
    def set_events(self, events: Sequence[Event], fit: bool = True) -> None:
        """Show a list of events held in memory (the demo, tests, exports)."""
        numbered = [e if e.id is not None else replace(e, id=-1 - i) for i, e in enumerate(events)]
        self._memory = {e.id: e for e in numbered if e.id is not None}
        self.set_columns(EventColumns.from_events(numbered), lambda ids: [self._memory[i] for i in ids if i in self._memory],
                         fit=fit)

    def set_columns(self, columns: EventColumns, fetch: Callable[[list[int]], list[Event]], fit: bool = True) -> None:
        """Show every event of a store through its columnar index; `fetch` gives the events to
        label (by id), called only for the few drawn in detail."""
        self._columns = columns
        self._fetch = fetch
        self._cache.clear()
        self._index = TimelineIndex(self._filter.apply(columns), self._lane_mode, self._hidden_actors)
        if fit:
            self.fit_all()
        self.update()

    def events(self) -> list[Event]:
        """Every event (fetched): for small timelines, tests and exports; frames never call it."""
        if self._index is None:
            return []
        return self._get(self._index.ids_of(np.arange(len(self._index))))

    def event_count(self) -> int:
        return len(self._index) if self._index is not None else 0

    def upsert_events(self, events: Sequence[Event]) -> None:
        """Add new events and replace changed ones, without reloading the rest."""
        if self._columns is None:
            self.set_events(events)
            return
        merged = self._columns.with_events_replaced(events)
        if self._memory is not None:
            self._memory.update({e.id: e for e in events if e.id is not None})
        for e in events:
            self._cache.pop(e.id, None)
        self._columns = merged
        self._index = TimelineIndex(self._filter.apply(merged), self._lane_mode, self._hidden_actors)
        self.update()

    def _get(self, ids: list[int]) -> list[Event]:
        missing = [i for i in ids if i not in self._cache]
        if missing and self._fetch is not None:
            for event in self._fetch(missing):
                if event.id is not None:
                    self._cache[event.id] = event
            while len(self._cache) > CACHE_LIMIT:
                self._cache.pop(next(iter(self._cache)))
        return [self._cache[i] for i in ids if i in self._cache]

    @property
    def view(self) -> Viewport:
        return self._view

    def set_view(self, view: Viewport) -> None:
        self._auto_fit = False
        self._apply_view(view)

    def _apply_view(self, view: Viewport) -> None:
        self._view = view
        self.viewChanged.emit()
        self.update()

    def set_lane_mode(self, mode: str) -> None:
        self._lane_mode = mode
        if self._columns is not None:
            self._index = TimelineIndex(self._filter.apply(self._columns), mode, self._hidden_actors)
        self.update()

    def set_filter(self, event_filter: EventFilter) -> None:
        """Show only the events the filter keeps (the store is untouched)."""
        self._filter = event_filter
        if self._columns is not None:
            self._index = TimelineIndex(event_filter.apply(self._columns), self._lane_mode, self._hidden_actors)
        self.update()

    def set_hidden_actors(self, names: frozenset[str]) -> None:
        """Actors whose lanes are not shown (their events still show in other lanes and modes)."""
        self._hidden_actors = names
        if self._columns is not None:
            self._index = TimelineIndex(self._filter.apply(self._columns), self._lane_mode, names)
        self.update()

    @property
    def event_filter(self) -> EventFilter:
        return self._filter

    @property
    def lane_mode(self) -> str:
        return self._lane_mode

    @property
    def index(self) -> TimelineIndex | None:
        return self._index

    def fit_all(self) -> None:
        self._auto_fit = True
        bounds = self._index.bounds() if self._index is not None else None
        if bounds is None:
            return
        self._apply_view(Viewport.fit(bounds[0], bounds[1], max(self.width(), 1)))

    def fit_selection(self) -> None:
        chosen = self._get(sorted(self._selected))
        if chosen:
            lo = min(e.earliest for e in chosen)
            hi = max(e.latest for e in chosen)
            self.set_view(Viewport.fit(lo, hi, max(self.width(), 1), margin=0.5))

    def select_event(self, event_id: int | None, extend: bool = False) -> None:
        if event_id is None:
            self._selected = frozenset() if not extend else self._selected
        elif extend:
            self._selected = self._selected ^ {event_id}
        else:
            self._selected = frozenset({event_id})
        self.eventSelected.emit(-1 if event_id is None else event_id)
        self.update()

    def selected_events(self) -> list[Event]:
        return self._get(sorted(self._selected))

    def forget(self, event_ids: Sequence[int]) -> None:
        """Drop deleted events from the index and the selection."""
        if self._columns is None:
            return
        gone = np.array(list(event_ids), dtype=np.int64)
        keep = ~np.isin(self._columns.ids, gone)
        self._columns = self._columns.subset(keep)
        if self._memory is not None:
            for i in event_ids:
                self._memory.pop(i, None)
        for i in event_ids:
            self._cache.pop(i, None)
        self._selected = self._selected - set(event_ids)
        self._index = TimelineIndex(self._filter.apply(self._columns), self._lane_mode, self._hidden_actors)
        self.update()

    def show_band(self, rect: QRectF | None) -> None:
        self._band = rect
        self.update()

    def select_in(self, rect: QRectF) -> None:
        """Select every drawn event whose shape or label meets `rect` (added to the selection)."""
        ids = {self._frame_events[box.event_index].id for box in self._frame.hitboxes if box.rect.intersects(rect)}
        self._selected = self._selected | {i for i in ids if i is not None}
        self.eventSelected.emit(next(iter(ids)) if ids else -1)
        self.update()

    def edge_at(self, pos: QPointF, slop: float = 5.0) -> tuple[int, str] | None:
        """(event id, "start"/"end") when `pos` is on either end of a drawn bar."""
        for item, event in self._drawn_bars:
            if abs(item[1] - pos.y()) > 9:
                continue
            if abs(pos.x() - item[0][1]) <= slop:
                return event.id, "end"  # type: ignore[return-value]
            if abs(pos.x() - item[0][0]) <= slop:
                return event.id, "start"  # type: ignore[return-value]
        return None

    def preview_move(self, event_id: int | None, seconds: float) -> None:
        self._drag = None if event_id is None else (event_id, seconds)
        self.update()

    @property
    def selected(self) -> frozenset[int]:
        return self._selected

    def step_event(self, forward: bool) -> None:
        """N / P: select the next (previous) event after the selected one or the view's centre."""
        if self._index is None or len(self._index) == 0:
            return
        anchor = (self._view.start + self._view.end) / 2
        chosen = self._get(sorted(self._selected))
        if chosen:
            anchor = chosen[0].earliest + (0 if forward else 0)
        cols = self._index.columns
        if chosen:
            here = np.flatnonzero(cols.ids == chosen[0].id)
            row = int(here[0]) + (1 if forward else -1) if here.size else self._index.neighbour(anchor, forward)
            if row is not None and not 0 <= row < len(cols):
                row = None
        else:
            row = self._index.neighbour(anchor, forward)
        if row is None:
            return
        event_id = int(cols.ids[row])
        middle = (int(cols.earliest[row]) + int(cols.latest[row])) / 2
        span = self._view.end - self._view.start
        if not self._view.start <= middle <= self._view.end:
            self.set_view(Viewport(middle - span / 2, self._view.seconds_per_pixel, self._view.width))
        self.select_event(event_id)

    def highlight(self, event_ids: Sequence[int], msecs: int = 4000) -> None:
        """Mark events for a moment and bring them into view if none is visible."""
        self._highlighted = frozenset(event_ids)
        shown = self._get(list(self._highlighted))
        if shown:
            lo = min(e.earliest for e in shown)
            hi = max(e.latest for e in shown)
            if hi < self._view.start or lo > self._view.end or (hi - lo) > (self._view.end - self._view.start):
                self.set_view(Viewport.fit(lo, hi, max(self.width(), 1)))
        if msecs > 0:
            self._highlight_timer.start(msecs)
        self.update()

    def clear_highlight(self) -> None:
        self._highlighted = frozenset()
        self.update()

    @property
    def highlighted(self) -> frozenset[int]:
        return self._highlighted

    @property
    def frame(self) -> Frame:
        return self._frame

    def frame_content(self, width: int) -> tuple[list[Event], dict[str, np.ndarray], dict[str, int], list[str]]:
        """What one frame draws: events in detail where lanes are sparse, counts where dense.

        The work is bounded by the pixels and the detail budget, not by the number of events.
        """
        if self._index is None:
            return [], {}, {}, []
        lo, hi, spp = self._view.start, self._view.end, self._view.seconds_per_pixel
        estimates = [(lane, lane.estimate_visible(lo, hi)) for lane in self._index.lanes]
        total = sum(n for _, n in estimates)
        detail_rows, dense, totals = [], {}, {}
        for lane, estimate in estimates:
            if total <= DETAIL_TOTAL or estimate <= DETAIL_PER_LANE:
                detail_rows.append(lane.visible(lo, hi))
                continue
            counts = lane.density_from_bins(lo, spp, width) if estimate > BINNED_ABOVE else None
            if counts is not None:
                dense[lane.name] = counts
                totals[lane.name] = int(counts.sum())
                continue
            lane_rows = lane.visible(lo, hi)
            if lane_rows.size <= DETAIL_PER_LANE and total <= DETAIL_TOTAL * 4:
                detail_rows.append(lane_rows)
            else:
                dense[lane.name] = lane.density(lo, spp, width, lane_rows)
                totals[lane.name] = int(lane_rows.size)
        rows = np.unique(np.concatenate(detail_rows)) if detail_rows else np.zeros(0, dtype=np.int64)
        events = self._get(self._index.ids_of(rows))
        if self._drag is not None:
            events = [self._dragged(e) if e.id == self._drag[0] else e for e in events]
        return events, dense, totals, [lane.name for lane in self._index.lanes]

    # ----- painting --------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(1200, 600)

    def paintEvent(self, _event: QPaintEvent) -> None:
        events, dense, totals, lane_order = self.frame_content(self.width())
        self._frame_events = events
        painter = QPainter(self)
        try:
            scene = Scene(events=events, view=self._view, lane_mode=self._lane_mode, selected_ids=self._selected,
                          highlighted_ids=self._highlighted, dense=dense, dense_totals=totals, lane_order=lane_order)
            self._frame = paint_timeline(painter, self.width(), self.height(), scene)
            if self._band is not None:
                painter.setPen(QPen(QColor("#1f77b4"), 1, Qt.PenStyle.DashLine))
                painter.setBrush(QColor(31, 119, 180, 40))
                painter.drawRect(self._band)
        finally:
            painter.end()
        axis = 48 + 4
        self._drawn_bars = []
        for lane in self._frame.lanes:
            for item in lane.items:
                if not item.is_point:
                    mid = axis + lane.row_y(item.row) + lane.row_height / 2
                    self._drawn_bars.append((((item.x0, item.x1), mid), events[item.event_index]))
        self.painted.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Until the user (or the app) picks a view, the whole timeline stays fitted to the width.
        if self._auto_fit:
            self.fit_all()
        else:
            self._view = self._view.resized(self.width())
        super().resizeEvent(event)

    # ----- input -----------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y() or event.angleDelta().x()
        if not delta:
            return
        factor = WHEEL_ZOOM_PER_NOTCH ** (delta / 120)
        self.set_view(self._view.zoom_about(event.position().x(), factor))
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._mode = self._mode.press(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._mode = self._mode.move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._mode = self._mode.release(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        centre = self.width() / 2
        step = self.width() * KEY_PAN_FRACTION
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_W):
            self.set_view(self._view.zoom_about(centre, 1.5))
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_S):
            self.set_view(self._view.zoom_about(centre, 1 / 1.5))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_A):
            self.pan_by(step)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_D):
            self.pan_by(-step)
        elif key == Qt.Key.Key_Home:
            self.fit_all()
        elif key == Qt.Key.Key_F and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.fit_selection()
        elif key == Qt.Key.Key_N:
            self.step_event(True)
        elif key == Qt.Key.Key_P:
            self.step_event(False)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._selected and self.editable:
            self.deleteRequested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected:
            self.detailsRequested.emit(next(iter(self._selected)))
        elif key == Qt.Key.Key_Slash or (key == Qt.Key.Key_F and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.searchRequested.emit()
        else:
            super().keyPressEvent(event)

    # ----- called by the interaction modes ---------------------------------------------------
    def pan_by(self, dx: float) -> None:
        self.set_view(self._view.pan_pixels(dx))

    def select_at(self, pos: QPointF, extend: bool = False) -> None:
        self.select_event(self.event_id_at(pos), extend=extend)

    def _dragged(self, event: Event) -> Event:
        from timeline_app.domain.when import shift, step_seconds

        assert self._drag is not None
        steps = round(self._drag[1] / step_seconds(event.start.precision))
        try:
            return replace(event, start=shift(event.start, steps), end=shift(event.end, steps) if event.end else None)
        except ValueError:
            return event

    def event_id_at(self, pos: QPointF) -> int | None:
        index = self._frame.event_at(pos.x(), pos.y())
        return self._frame_events[index].id if index is not None else None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.event_id_at(event.position())
        if hit is not None:
            self.editRequested.emit(hit)
        elif self.editable and event.position().y() > 48:
            self.createRequested.emit(self._view.seconds_at(event.position().x()))

    def update_hover(self, pos: QPointF) -> None:
        index = self._frame.event_at(pos.x(), pos.y())
        if index is None:
            QToolTip.hideText()
            self.unsetCursor()
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(self.mapToGlobal(pos.toPoint()), self.hover_text(self._frame_events[index]), self)

    @staticmethod
    def hover_text(event: Event) -> str:
        """The tooltip: title, the date as understood and as written, precision, sources."""
        written = event.start.phrase or event.start.to_timex()
        return (
            f"<b>{_escape(event.title)}</b><br>{_escape(event.date_label())} "
            f"<i>({event.start.precision.value.replace('_', ' ')}"
            + (", approximate" if event.start.approximate else "") + ")</i>"
            + (f"<br>as written: “{_escape(written)}”" if written else "")
            + f"<br>{len(event.sources)} source{'s' if len(event.sources) != 1 else ''}"
            + ("<br><b>sources disagree on the date</b>" if event.date_conflict else "")
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
