"""Mouse modes of the timeline widget: small state objects the widget swaps (idle, pan)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
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
            return PressMode(self.widget, event.position())
        return self

    def move(self, event: QMouseEvent) -> Mode:
        self.widget.update_hover(event.position())
        return self


class PressMode(Mode):
    """Left button down: becomes a pan once the pointer moves, a click if it is released first."""

    def __init__(self, widget: TimelineWidget, origin: QPointF) -> None:
        super().__init__(widget)
        self.origin = origin

    def move(self, event: QMouseEvent) -> Mode:
        delta = event.position() - self.origin
        if abs(delta.x()) + abs(delta.y()) >= CLICK_SLOP_PX:
            pan = PanMode(self.widget, self.origin)
            return pan.move(event)
        return self

    def release(self, event: QMouseEvent) -> Mode:
        self.widget.select_at(event.position())
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
