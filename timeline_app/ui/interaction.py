"""Mouse modes of the timeline widget: small state objects the widget swaps (idle, pan)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QMouseEvent

if TYPE_CHECKING:
    from timeline_app.ui.timeline_widget import TimelineWidget

#: A press that moves less than this is a click, not a drag.
CLICK_SLOP_PX = 4


class Mode:
    def __init__(self, widget: TimelineWidget) -> None:
        self.widget = widget

    def press(self, event: QMouseEvent) -> Mode:
        return self

    def move(self, event: QMouseEvent) -> Mode:
        return self

    def release(self, event: QMouseEvent) -> Mode:
        return self


class IdleMode(Mode):
    def press(self, event: QMouseEvent) -> Mode:
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self.widget.event_id_at(event.position())
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            extend = shift or bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if hit is None and shift:
                return RubberBandMode(self.widget, event.position())
            edge = self.widget.edge_at(event.position()) if self.widget.editable else None
            if edge is not None:
                return ResizeMode(self.widget, event.position(), *edge)
            return PressMode(self.widget, event.position(), hit, extend)
        return self

    def move(self, event: QMouseEvent) -> Mode:
        self.widget.update_hover(event.position())
        return self


class PressMode(Mode):
    """Left button down: a drag on an event moves it, a drag elsewhere pans, a release without
    moving is a click (Ctrl or Shift add to the selection)."""

    def __init__(self, widget: TimelineWidget, origin: QPointF, event_id: int | None = None,
                 extend: bool = False) -> None:
        super().__init__(widget)
        self.origin = origin
        self.event_id = event_id
        self.extend = extend

    def move(self, event: QMouseEvent) -> Mode:
        delta = event.position() - self.origin
        if abs(delta.x()) + abs(delta.y()) >= CLICK_SLOP_PX:
            if self.event_id is not None and not self.extend and self.widget.editable:
                return MoveMode(self.widget, self.origin, self.event_id).move(event)
            pan = PanMode(self.widget, self.origin)
            return pan.move(event)
        return self

    def release(self, event: QMouseEvent) -> Mode:
        self.widget.select_at(event.position(), extend=self.extend)
        return IdleMode(self.widget)


class MoveMode(Mode):
    """Dragging an event along time: previewed live, stored as one change on release."""

    def __init__(self, widget: TimelineWidget, origin: QPointF, event_id: int) -> None:
        super().__init__(widget)
        self.origin = origin
        self.event_id = event_id
        widget.setCursor(Qt.CursorShape.SizeHorCursor)

    def _seconds(self, event: QMouseEvent) -> float:
        return (event.position().x() - self.origin.x()) * self.widget.view.seconds_per_pixel

    def move(self, event: QMouseEvent) -> Mode:
        self.widget.preview_move(self.event_id, self._seconds(event))
        return self

    def release(self, event: QMouseEvent) -> Mode:
        seconds = self._seconds(event)
        self.widget.preview_move(None, 0)
        self.widget.unsetCursor()
        self.widget.moveRequested.emit(self.event_id, seconds)
        return IdleMode(self.widget)


class PanMode(Mode):
    def __init__(self, widget: TimelineWidget, origin: QPointF) -> None:
        super().__init__(widget)
        self.last_x = origin.x()
        widget.setCursor(Qt.CursorShape.ClosedHandCursor)

    def move(self, event: QMouseEvent) -> Mode:
        x = event.position().x()
        self.widget.pan_by(x - self.last_x)
        self.last_x = x
        return self

    def release(self, event: QMouseEvent) -> Mode:
        self.widget.unsetCursor()
        return IdleMode(self.widget)


class RubberBandMode(Mode):
    """Shift+drag on empty space: select every event the box touches."""

    def __init__(self, widget: TimelineWidget, origin: QPointF) -> None:
        super().__init__(widget)
        self.origin = origin

    def move(self, event: QMouseEvent) -> Mode:
        self.widget.show_band(QRectF(self.origin, event.position()).normalized())
        return self

    def release(self, event: QMouseEvent) -> Mode:
        self.widget.select_in(QRectF(self.origin, event.position()).normalized())
        self.widget.show_band(None)
        return IdleMode(self.widget)


class ResizeMode(Mode):
    """Dragging the start or the end of an event: one change on release, snapped to its precision."""

    def __init__(self, widget: TimelineWidget, origin: QPointF, event_id: int, side: str) -> None:
        super().__init__(widget)
        self.origin, self.event_id, self.side = origin, event_id, side
        widget.setCursor(Qt.CursorShape.SplitHCursor)

    def release(self, event: QMouseEvent) -> Mode:
        seconds = (event.position().x() - self.origin.x()) * self.widget.view.seconds_per_pixel
        self.widget.unsetCursor()
        self.widget.resizeRequested.emit(self.event_id, self.side, seconds)
        return IdleMode(self.widget)
