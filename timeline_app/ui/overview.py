"""The overview strip: the whole span of the timeline, how events are spread over it, and the
visible window as a box you can drag."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from timeline_app.layout.viewport import Viewport
from timeline_app.ui.timeline_widget import TimelineWidget

BAR = QColor("#5b6472")
WINDOW = QColor("#1f77b4")


class OverviewStrip(QWidget):
    def __init__(self, timeline: TimelineWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self.setFixedHeight(44)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._image: QImage | None = None
        self._image_key: tuple[int, int, int] | None = None
        self._span: tuple[int, int] | None = None
        timeline.viewChanged.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(800, 44)

    def _whole(self) -> tuple[int, int] | None:
        index = self.timeline.index
        if index is None:
            return None
        bounds = index.bounds()
        if bounds is None:
            return None
        lo, hi = bounds
        pad = max((hi - lo) // 40, 86_400)
        return lo - pad, hi + pad

    def _histogram(self, width: int, height: int) -> QImage | None:
        index = self.timeline.index
        span = self._whole()
        if index is None or span is None or width <= 0:
            return None
        key = (id(index), width, height)
        if key == self._image_key and self._image is not None:
            return self._image
        lo, hi = span
        edges = np.linspace(lo, hi, width + 1)
        counts, _ = np.histogram(index.columns.earliest, bins=edges)
        levels = np.log1p(counts.astype(np.float32))
        peak = float(levels.max()) or 1.0
        bars = np.ceil(levels / peak * (height - 6)).astype(np.int32)
        rows = np.arange(height, dtype=np.int32)[:, None]
        argb = np.uint32((200 << 24) | (BAR.red() * 200 // 255 << 16) | (BAR.green() * 200 // 255 << 8) | (BAR.blue() * 200 // 255))
        pixels = np.where(rows >= (height - bars)[None, :], argb, np.uint32(0)).astype(np.uint32)
        self._image = QImage(pixels.data, width, height, width * 4, QImage.Format.Format_ARGB32_Premultiplied).copy()
        self._image_key = key
        return self._image

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#e9edf3"))
        image = self._histogram(self.width(), self.height())
        span = self._whole()
        if image is not None and span is not None:
            painter.drawImage(0, 0, image)
            lo, hi = span
            view = self.timeline.view
            scale = self.width() / (hi - lo)
            x0 = (view.start - lo) * scale
            x1 = (view.end - lo) * scale
            box = QRectF(max(x0, 0), 1, max(min(x1, self.width()) - max(x0, 0), 3), self.height() - 2)
            fill = QColor(WINDOW)
            fill.setAlpha(50)
            painter.fillRect(box, fill)
            painter.setPen(QPen(WINDOW, 2))
            painter.drawRect(box)
        painter.end()

    def centre_on(self, x: float) -> None:
        span = self._whole()
        if span is None or self.width() <= 0:
            return
        lo, hi = span
        seconds = lo + (hi - lo) * x / self.width()
        view = self.timeline.view
        half = (view.end - view.start) / 2
        self.timeline.set_view(Viewport(seconds - half, view.seconds_per_pixel, view.width))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.centre_on(event.position().x())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.centre_on(event.position().x())
