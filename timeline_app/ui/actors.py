"""The actor manager: rename or merge actors (every event follows), choose their colours, and
hide them from the actor lanes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline_app.render.theme import actor_color

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow


class ActorManager(QDialog):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.setWindowTitle("Actors")
        self.resize(560, 520)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["Actor", "Colour", "Shown in lanes"])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 260)
        self.table.itemChanged.connect(self._item_changed)
        rename = QPushButton("Rename or merge…")
        colour = QPushButton("Colour…")
        rename.clicked.connect(self.rename_current)
        colour.clicked.connect(lambda: self.set_colour(None))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(rename)
        row.addWidget(colour)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.fill()

    def fill(self) -> None:
        repository = self.window_.repository
        styles = repository.actor_styles() if repository else {}
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for name in sorted(styles):
            color, hidden = styles[name]
            row = self.table.rowCount()
            self.table.insertRow(row)
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, item)
            swatch = QTableWidgetItem(color or "automatic")
            swatch.setFlags(swatch.flags() & ~Qt.ItemFlag.ItemIsEditable)
            swatch.setBackground(QColor(color) if color else actor_color(name))
            self.table.setItem(row, 1, swatch)
            shown = QTableWidgetItem()
            shown.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            shown.setCheckState(Qt.CheckState.Unchecked if hidden else Qt.CheckState.Checked)
            self.table.setItem(row, 2, shown)
        self.table.blockSignals(False)

    def current_name(self) -> str | None:
        row = self.table.currentRow()
        return self.table.item(row, 0).text() if row >= 0 else None

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 2:
            return
        name = self.table.item(item.row(), 0).text()
        color = self.window_.repository.actor_styles().get(name, ("", False))[0]
        self.window_.set_actor_style(name, color, hidden=item.checkState() != Qt.CheckState.Checked)

    def set_colour(self, color: str | None) -> None:
        name = self.current_name()
        if name is None:
            return
        if color is None:
            chosen = QColorDialog.getColor(actor_color(name), self, f"Colour of {name}")
            if not chosen.isValid():
                return
            color = chosen.name()
        hidden = self.window_.repository.actor_styles().get(name, ("", False))[1]
        self.window_.set_actor_style(name, color, hidden)
        self.fill()

    def rename_current(self, new: str | None = None) -> None:
        name = self.current_name()
        if name is not None:
            self.window_.rename_actor_dialog(name, new)
            self.fill()
