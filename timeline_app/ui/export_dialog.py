"""File → Export…: format, date range, size and lanes, with a live preview drawn by the same
painter as the image itself."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from timeline_app.domain.model import Event
from timeline_app.export.atomic import ExportError
from timeline_app.export.csv_export import write_csv
from timeline_app.export.ics import write_ics
from timeline_app.export.timelinejs import write_timelinejs
from timeline_app.extraction.when_text import parse_when_text
from timeline_app.layout.viewport import Viewport
from timeline_app.render.images import export_image, paint_page

FORMATS = [("PNG image", "png"), ("SVG vector image", "svg"), ("PDF document", "pdf"), ("CSV table", "csv"),
           ("TimelineJS JSON", "json"), ("iCalendar", "ics")]
PREVIEW_WIDTH = 560


class ExportDialog(QDialog):
    def __init__(self, events: Sequence[Event], view: Viewport, lanes: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export timeline")
        self.events = list(events)
        self.view = view
        self.format = QComboBox()
        for label, key in FORMATS:
            self.format.addItem(label, key)
        self.date_from = QLineEdit(date_field_text(view.start))
        self.date_to = QLineEdit(date_field_text(view.end))
        self.width_box = _spin(view.width or 1600)
        self.height_box = _spin(900)
        self.lanes = QComboBox()
        for label, key in (("by kind", "kind"), ("by actor", "actor"), ("none", "none")):
            self.lanes.addItem(label, key)
        self.lanes.setCurrentIndex(["kind", "actor", "none"].index(lanes) if lanes in ("kind", "actor", "none") else 0)
        self.title = QLineEdit()
        self.title.setPlaceholderText("Optional title drawn above the image")
        self.neutralise = QCheckBox("Neutralise cells a spreadsheet would run as formulas")
        self.neutralise.setChecked(True)
        self.footnotes = QCheckBox("Number the sources and list them below the image")
        self.preview = QLabel()
        self.preview.setMinimumSize(PREVIEW_WIDTH, 300)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel()
        self.message.setWordWrap(True)

        size = QHBoxLayout()
        size.addWidget(self.width_box)
        size.addWidget(QLabel("×"))
        size.addWidget(self.height_box)
        form = QFormLayout()
        form.addRow("Format", self.format)
        form.addRow("From", self.date_from)
        form.addRow("To", self.date_to)
        form.addRow("Size (pixels or points)", size)
        form.addRow("Lanes", self.lanes)
        form.addRow("Title", self.title)
        form.addRow("", self.neutralise)
        form.addRow("", self.footnotes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton("Export…", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.clicked.connect(self._choose_file)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addLayout(form)
        row.addWidget(self.preview, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(150)
        self._refresh.timeout.connect(self.update_preview)
        for widget in (self.date_from, self.date_to, self.title):
            widget.textChanged.connect(lambda _=None: self._refresh.start())
        for box in (self.width_box, self.height_box):
            box.valueChanged.connect(lambda _=None: self._refresh.start())
        self.format.currentIndexChanged.connect(lambda _=None: self._refresh.start())
        self.lanes.currentIndexChanged.connect(lambda _=None: self._refresh.start())
        self.footnotes.toggled.connect(lambda _=None: self._refresh.start())
        self.update_preview()

    # ----- the choices ---------------------------------------------------------------------------
    def range(self) -> tuple[int, int] | None:
        start = parse_when_text(self.date_from.text())
        end = parse_when_text(self.date_to.text())
        if start is None or end is None:
            return None
        lo, hi = start[0].earliest, (end[1] or end[0]).latest
        return (lo, hi) if hi > lo else None

    def chosen_events(self) -> list[Event]:
        bounds = self.range()
        if bounds is None:
            return []
        lo, hi = bounds
        return [e for e in self.events if e.latest > lo and e.earliest < hi]

    def update_preview(self) -> None:
        bounds = self.range()
        fmt = self.format.currentData()
        self.neutralise.setEnabled(fmt == "csv")
        self.footnotes.setEnabled(fmt in ("png", "svg", "pdf"))
        if bounds is None:
            self.message.setText("Type the range as dates, such as 2020, 2020-09, 2020-09-27 or “fall 2020”.")
            self.export_button.setEnabled(False)
            return
        events = self.chosen_events()
        self.export_button.setEnabled(True)
        self.message.setText(f"{len(events)} event{'s' if len(events) != 1 else ''} in the range.")
        width, height = self.width_box.value(), self.height_box.value()
        scale = PREVIEW_WIDTH / width
        image = QImage(PREVIEW_WIDTH, max(int(height * scale), 1), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.scale(scale, scale)
        view = Viewport.fit(bounds[0], bounds[1], width, margin=0)
        paint_page(painter, width, height, events, view, self.lanes.currentData(), self.title.text(),
                    self.footnotes.isChecked())
        painter.end()
        self.preview.setPixmap(QPixmap.fromImage(image))

    # ----- writing ---------------------------------------------------------------------------------
    def _choose_file(self) -> None:
        fmt = self.format.currentData()
        path, _ = QFileDialog.getSaveFileName(self, "Export timeline", f"timeline.{fmt}", f"*.{fmt}")
        if path and self.export_to(path):
            self.accept()

    def export_to(self, path: str) -> bool:
        fmt = self.format.currentData()
        bounds = self.range()
        if bounds is None:
            return False
        events = self.chosen_events()
        try:
            if fmt == "csv":
                write_csv(path, events, neutralise_formulas=self.neutralise.isChecked())
            elif fmt == "json":
                write_timelinejs(path, events, title=self.title.text() or "Timeline")
            elif fmt == "ics":
                write_ics(path, events)
            else:
                width, height = self.width_box.value(), self.height_box.value()
                view = Viewport.fit(bounds[0], bounds[1], width, margin=0)
                export_image(path, fmt, events, view, width, height, self.lanes.currentData(), self.title.text(),
                             footnotes=self.footnotes.isChecked())
        except ExportError as exc:
            self.message.setText(str(exc))
            return False
        self.message.setText(f"Wrote {path}")
        return True


def _spin(value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(200, 20_000)
    box.setValue(max(200, min(20_000, value)))
    return box


def date_field_text(seconds: float) -> str:
    from timeline_app.domain import calendar as cal

    y, m, d, _, _ = cal.civil_from_seconds(int(seconds))
    return f"{y:04d}-{m:02d}-{d:02d}" if 0 <= y <= 9999 else f"{cal.format_year(y)}"
