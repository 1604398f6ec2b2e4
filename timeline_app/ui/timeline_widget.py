"""The timeline widget: paints the scene with the shared painter and turns input into view changes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from timeline_app.domain.model import Event
from timeline_app.layout.viewport import Viewport
from timeline_app.render.painter import Frame, Scene, paint_timeline
from timeline_app.ui.interaction import IdleMode, Mode

#: One wheel notch (120 units) zooms by this factor.
WHEEL_ZOOM_PER_NOTCH = 1.25
KEY_PAN_FRACTION = 0.2


class TimelineWidget(QWidget):
    """Shows events; emits `eventSelected(id or -1)` when the user clicks."""

    eventSelected = Signal(int)
    viewChanged = Signal()
    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._events: list[Event] = []
        self._view = Viewport.fit(0, 86_400 * 365, 800)
        self._lane_mode = "kind"
        self._selected: frozenset[int] = frozenset()
        self._highlighted: frozenset[int] = frozenset()
        self._highlight_timer = QTimer(self)
        self._highlight_timer.setSingleShot(True)
        self._highlight_timer.timeout.connect(self.clear_highlight)
        self._frame = Frame()
        self._mode: Mode = IdleMode(self)

    # ----- model -----------------------------------------------------------------------------
    def set_events(self, events: Sequence[Event], fit: bool = True) -> None:
        self._events = list(events)
        if fit:
            self.fit_all()
        self.update()

    def upsert_events(self, events: Sequence[Event]) -> None:
        """Add new events and replace changed ones, without reloading the rest."""
        changed = {e.id: e for e in events}
        kept = [changed.pop(e.id) if e.id in changed else e for e in self._events]
        kept.extend(changed.values())
        kept.sort(key=lambda e: (e.earliest, e.latest, e.id or 0))
        self._events = kept
        self.update()

    def events(self) -> list[Event]:
        return list(self._events)

    @property
    def view(self) -> Viewport:
        return self._view

    def set_view(self, view: Viewport) -> None:
        self._view = view
        self.viewChanged.emit()
        self.update()

    def set_lane_mode(self, mode: str) -> None:
        self._lane_mode = mode
        self.update()

    @property
    def lane_mode(self) -> str:
        return self._lane_mode

    def fit_all(self) -> None:
        if not self._events:
            return
        lo = min(e.earliest for e in self._events)
        hi = max(e.latest for e in self._events)
        self.set_view(Viewport.fit(lo, hi, max(self.width(), 1)))

    def select_event(self, event_id: int | None) -> None:
        self._selected = frozenset() if event_id is None else frozenset({event_id})
        self.eventSelected.emit(-1 if event_id is None else event_id)
        self.update()

    def highlight(self, event_ids: Sequence[int], msecs: int = 4000) -> None:
        """Mark new events for a moment and bring them into view if none is visible."""
        self._highlighted = frozenset(event_ids)
        shown = [e for e in self._events if e.id in self._highlighted]
        if shown:
            lo = min(e.earliest for e in shown)
            hi = max(e.latest for e in shown)
            if hi < self._view.start or lo > self._view.end or (hi - lo) > (self._view.end - self._view.start):
                self.set_view(Viewport.fit(lo, hi, max(self.width(), 1)))
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

    # ----- painting --------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(1200, 600)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            scene = Scene(events=self._events, view=self._view, lane_mode=self._lane_mode, selected_ids=self._selected,
                          highlighted_ids=self._highlighted)
            self._frame = paint_timeline(painter, self.width(), self.height(), scene)
        finally:
            painter.end()
        self.painted.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        first = event.oldSize().width() <= 0
        self._view = self._view.resized(self.width())
        if first:
            self.fit_all()
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
        else:
            super().keyPressEvent(event)

    # ----- called by the interaction modes ---------------------------------------------------
    def pan_by(self, dx: float) -> None:
        self.set_view(self._view.pan_pixels(dx))

    def select_at(self, pos: QPointF) -> None:
        index = self._frame.event_at(pos.x(), pos.y())
        event_id = self._events[index].id if index is not None else None
        self.select_event(event_id)

    def update_hover(self, pos: QPointF) -> None:
        index = self._frame.event_at(pos.x(), pos.y())
        if index is None:
            QToolTip.hideText()
            self.unsetCursor()
            return
        event = self._events[index]
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        text = (
            f"<b>{_escape(event.title)}</b><br>{_escape(event.date_label())} "
            f"<i>({event.start.precision.value})</i><br>{len(event.sources)} source(s)"
        )
        QToolTip.showText(self.mapToGlobal(pos.toPoint()), text, self)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
