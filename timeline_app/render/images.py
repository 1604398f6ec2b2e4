"""Image exports (PNG, SVG, PDF) drawn by the same paint function as the window."""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from timeline_app.domain.model import Event
from timeline_app.export.atomic import ExportError, write_atomic
from timeline_app.layout.viewport import Viewport
from timeline_app.render.painter import Scene, paint_timeline
from timeline_app.render.theme import Theme

MAX_SIDE_PX = 20_000
MAX_PIXELS = 150_000_000  # about 600 MB of ARGB: larger images are refused, not attempted
TITLE_HEIGHT = 34


def numbered_sources(events: Sequence[Event]) -> tuple[list[Event], list[str]]:
    """Events whose titles carry their source numbers ("Talks [1, 2]"), and the footnote lines."""
    numbers: dict[tuple[str, str], int] = {}
    notes: list[str] = []
    out = []
    for event in events:
        marks = []
        for source in event.sources:
            key = (source.article_url, source.article_title)
            if key not in numbers:
                numbers[key] = len(numbers) + 1
                notes.append(f"[{numbers[key]}] {source.article_title or source.article_url}"
                             + (f" — {source.article_url}" if source.article_url and source.article_title else ""))
            marks.append(str(numbers[key]))
        out.append(replace(event, title=f"{event.title} [{', '.join(marks)}]") if marks else event)
    return out, notes


def paint_page(painter: QPainter, width: int, height: int, events: Sequence[Event], view: Viewport, lanes: str,
                title: str, footnotes: bool = False) -> None:
    theme = Theme()
    top = 0
    notes: list[str] = []
    if footnotes:
        events, notes = numbered_sources(events)
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
    footer = 0
    if notes:
        font = QFont(painter.font())
        font.setPointSizeF(8)
        font.setBold(False)
        line = QFontMetricsF(font).height()
        footer = math.ceil(min(len(notes) * line + 10, (height - top) * 0.4))
        painter.save()
        painter.fillRect(QRectF(0, height - top - footer, width, footer), theme.background)
        painter.setFont(font)
        painter.setPen(theme.muted_text)
        shown = max(1, min(len(notes), int((footer - 10) / line + 0.01)))
        for i, note in enumerate(notes[:shown]):
            text = note if i < shown - 1 or shown == len(notes) else f"… and {len(notes) - shown + 1} more sources"
            painter.drawText(QPointF(10, height - top - footer + 6 + line * (i + 1) - 3), text)
        painter.restore()
    paint_timeline(painter, width, height - top - footer, Scene(events=events, view=view, lane_mode=lanes, now=None))


def export_image(path: str | os.PathLike[str], fmt: str, events: Sequence[Event], view: Viewport,
                 width: int, height: int, lanes: str = "kind", title: str = "", footnotes: bool = False,
                 dpi: int | None = None) -> None:
    """Write PNG, SVG or PDF; needs a QGuiApplication (offscreen is fine).

    `dpi` (PNG) records the print resolution in the file and scales text and marks with it, so a
    300 dpi image reads at the same size on paper as the window does on screen.
    """
    if width < 200 or height < 150:
        raise ExportError(f"{path}: {width}x{height} is too small for a timeline (at least 200x150)")
    if fmt == "png" and (max(width, height) > MAX_SIDE_PX or width * height > MAX_PIXELS):
        raise ExportError(f"{path}: {width}x{height} pixels is too large (at most {MAX_SIDE_PX} a side, "
                          f"{MAX_PIXELS // 1_000_000} million in all); use SVG or PDF for large prints")
    view = Viewport(view.start, view.seconds_per_pixel * view.width / width, width)

    scale = max(dpi / 96.0, 1.0) if (dpi and fmt == "png") else 1.0
    logical_w, logical_h = int(width / scale), int(height / scale)
    logical_view = Viewport(view.start, view.seconds_per_pixel * width / logical_w, logical_w)

    def paint_on(device) -> None:  # type: ignore[no-untyped-def]
        painter = QPainter(device)
        try:
            painter.scale(scale, scale)
            paint_page(painter, logical_w, logical_h, events, logical_view, lanes, title, footnotes)
        finally:
            painter.end()

    def write(tmp: str) -> None:
        if fmt == "png":
            image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
            if image.isNull():
                raise ExportError(f"{path}: not enough memory for a {width}x{height} image")
            image.fill(Qt.GlobalColor.white)
            if dpi:
                image.setDotsPerMeterX(round(dpi / 0.0254))
                image.setDotsPerMeterY(round(dpi / 0.0254))
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
