"""Image exports (PNG, SVG, PDF) drawn by the same paint function as the window."""

from __future__ import annotations

import os
from collections.abc import Sequence

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from timeline_app.domain.model import Event
from timeline_app.export.atomic import ExportError, write_atomic
from timeline_app.layout.viewport import Viewport
from timeline_app.render.painter import Scene, paint_timeline
from timeline_app.render.theme import Theme

MAX_SIDE_PX = 20_000
MAX_PIXELS = 150_000_000  # about 600 MB of ARGB: larger images are refused, not attempted
TITLE_HEIGHT = 34


def _paint_page(painter: QPainter, width: int, height: int, events: Sequence[Event], view: Viewport, lanes: str,
                title: str) -> None:
    theme = Theme()
    top = 0
    if title:
        painter.fillRect(QRectF(0, 0, width, TITLE_HEIGHT), theme.background)
        font = QFont(painter.font())
        font.setPointSizeF(13)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(theme.text)
        painter.drawText(QRectF(10, 0, width - 20, TITLE_HEIGHT), int(Qt.AlignmentFlag.AlignVCenter), title)
        top = TITLE_HEIGHT
        painter.translate(0, top)
    paint_timeline(painter, width, height - top, Scene(events=events, view=view, lane_mode=lanes, now=0))


def export_image(path: str | os.PathLike[str], fmt: str, events: Sequence[Event], view: Viewport,
                 width: int, height: int, lanes: str = "kind", title: str = "") -> None:
    """Write PNG, SVG or PDF; needs a QGuiApplication (offscreen is fine)."""
    if width < 200 or height < 150:
        raise ExportError(f"{path}: {width}x{height} is too small for a timeline (at least 200x150)")
    if fmt == "png" and (max(width, height) > MAX_SIDE_PX or width * height > MAX_PIXELS):
        raise ExportError(f"{path}: {width}x{height} pixels is too large (at most {MAX_SIDE_PX} a side, "
                          f"{MAX_PIXELS // 1_000_000} million in all); use SVG or PDF for large prints")
    view = Viewport(view.start, view.seconds_per_pixel * view.width / width, width)

    def paint_on(device) -> None:  # type: ignore[no-untyped-def]
        painter = QPainter(device)
        try:
            _paint_page(painter, width, height, events, view, lanes, title)
        finally:
            painter.end()

    def write(tmp: str) -> None:
        if fmt == "png":
            image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
            if image.isNull():
                raise ExportError(f"{path}: not enough memory for a {width}x{height} image")
            image.fill(Qt.GlobalColor.white)
            paint_on(image)
            if not image.save(tmp, "PNG"):
                raise ExportError(f"{path}: the PNG could not be written")
        elif fmt == "svg":
            generator = QSvgGenerator()
            generator.setFileName(tmp)
            generator.setSize(QSize(width, height))
            generator.setViewBox(QRectF(0, 0, width, height))
            generator.setTitle(title or "Timeline")
            generator.setDescription("Exported by timeline_app")
            paint_on(generator)
        elif fmt == "pdf":
            writer = QPdfWriter(tmp)
            writer.setResolution(72)
            writer.setPageSize(QPageSize(QSizeF(width, height), QPageSize.Unit.Point, "timeline"))
            writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
            writer.setTitle(title or "Timeline")
            writer.setCreator("timeline_app")
            paint_on(writer)
        else:
            raise ExportError(f"{path}: unknown image format {fmt!r}")

    write_atomic(path, write)
