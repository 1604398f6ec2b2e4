"""The import review: the candidates of one article, checked, edited and accepted before anything
is stored. Dates are typed as text ("fall 2020") and read by the same tagger as articles."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from timeline_app.domain.vocab import EventKind, EventStatus
from timeline_app.extraction.candidates import Candidate
from timeline_app.extraction.pipeline import Extraction
from timeline_app.extraction.published import FROM_DATELINE, FROM_DATELINE_NO_YEAR, FROM_FOOTER
from timeline_app.extraction.when_text import parse_when_text

COLUMNS = ("", "As written", "Understood", "Precision", "Title", "Kind", "Status", "Actors", "Merges with")
COL_CHECK, COL_WRITTEN, COL_DATE, COL_PRECISION, COL_TITLE, COL_KIND, COL_STATUS, COL_ACTORS, COL_MERGE = range(9)
BAD_DATE = QColor("#ffd7d7")


class ReviewDialog(QDialog):
    """Emits `decided(list | None)`: the accepted candidates, or None to skip the article."""

    decided = Signal(object)
    cancelImport = Signal()

    def __init__(self, extraction: Extraction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.extraction = extraction
        self.candidates = extraction.candidates
        self.setWindowTitle(f"Review import — {extraction.title}")
        self.resize(1280, 720)
        self._bad_rows: set[int] = set()
        self._sent = False

        header = QLabel(self._header_html())
        header.setTextFormat(Qt.TextFormat.RichText)
        header.setWordWrap(True)

        self.table = QTableWidget(len(self.candidates), len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (COL_CHECK, COL_WRITTEN, COL_DATE, COL_PRECISION, COL_KIND, COL_STATUS):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self._fill()
        self.table.itemChanged.connect(self._item_changed)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_evidence(row))

        self.evidence = QTextBrowser()
        self.evidence.setOpenLinks(False)
        self.evidence.setMinimumHeight(90)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.evidence)
        splitter.setSizes([520, 140])

        self.dont_ask = QCheckBox("Don't ask again for this session (accept all candidates)")
        all_button = QPushButton("Select all")
        none_button = QPushButton("Select none")
        all_button.clicked.connect(lambda: self.set_all_checked(True))
        none_button.clicked.connect(lambda: self.set_all_checked(False))
        self.buttons = QDialogButtonBox()
        self.accept_button = self.buttons.addButton("Import selected", QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button = self.buttons.addButton("Skip article", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button = self.buttons.addButton("Cancel import", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.accept_button.clicked.connect(self.accept_selected)
        self.skip_button.clicked.connect(self.skip)
        self.cancel_button.clicked.connect(self._cancel_import)
        self.status = QLabel()

        row = QHBoxLayout()
        row.addWidget(all_button)
        row.addWidget(none_button)
        row.addWidget(self.dont_ask)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        if self.candidates:
            self.table.selectRow(0)
            self._show_evidence(0)
        self._update_status()

    # ----- building ----------------------------------------------------------------------------
    def _header_html(self) -> str:
        e = self.extraction
        publisher = e.document.publisher if e.document and e.document.publisher else ""
        how = {FROM_DATELINE: "from its dateline", FROM_DATELINE_NO_YEAR: "from its dateline, year assumed",
               FROM_FOOTER: "from the stamp at the foot of the page",
               "metadata": "from the page's metadata", "given": "as given",
               "today": "not found: today is used"}.get(e.published_how, e.published_how)
        lines = [f"<b>{escape(e.title)}</b>"]
        meta = [escape(publisher)] if publisher else []
        meta.append(f"published {e.published.isoformat()} ({escape(how)})")
        meta.append(f"{len(self.candidates)} proposed event{'s' if len(self.candidates) != 1 else ''}")
        lines.append(" · ".join(meta))
        for note in e.notes:
            lines.append(f"<i>{escape(note)}</i>")
        return "<br>".join(lines)

    def _fill(self) -> None:
        self.table.blockSignals(True)
        for row, c in enumerate(self.candidates):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            check.setCheckState(Qt.CheckState.Checked if c.accepted else Qt.CheckState.Unchecked)
            self.table.setItem(row, COL_CHECK, check)
            self.table.setItem(row, COL_WRITTEN, _read_only(c.date_phrase))
            self.table.setItem(row, COL_DATE, QTableWidgetItem(_date_text(c)))
            self.table.setItem(row, COL_PRECISION, _read_only(_precision_text(c)))
            self.table.setItem(row, COL_TITLE, QTableWidgetItem(c.title))
            # Qt hands enum members back as plain strings: turn them into the enums again.
            self.table.setCellWidget(row, COL_KIND, self._combo(
                [(k.label, k) for k in EventKind], c.kind, lambda value, r=row: self._set(r, "kind", EventKind(value))))
            self.table.setCellWidget(row, COL_STATUS, self._combo(
                [(s.value, s) for s in EventStatus], c.status,
                lambda value, r=row: self._set(r, "status", EventStatus(value))))
            self.table.setItem(row, COL_ACTORS, QTableWidgetItem(", ".join(c.actors)))
            self.table.setItem(row, COL_MERGE, _read_only(c.merge_title or "—"))
        self.table.blockSignals(False)

    def _combo(self, options, current, on_change) -> QComboBox:  # type: ignore[no-untyped-def]
        box = QComboBox()
        for label, value in options:
            box.addItem(label, value)
        box.setCurrentIndex([v for _, v in options].index(current))
        box.currentIndexChanged.connect(lambda i: on_change(box.itemData(i)))
        return box

    def _set(self, row: int, attribute: str, value: object) -> None:
        setattr(self.candidates[row], attribute, value)

    # ----- editing -----------------------------------------------------------------------------
    def _item_changed(self, item: QTableWidgetItem) -> None:
        row, col = item.row(), item.column()
        c = self.candidates[row]
        if col == COL_CHECK:
            c.accepted = item.checkState() == Qt.CheckState.Checked
        elif col == COL_TITLE:
            c.title = item.text().strip() or c.title
        elif col == COL_ACTORS:
            c.actors = tuple(a.strip() for a in item.text().split(",") if a.strip())
        elif col == COL_DATE:
            self._reparse_date(row, item)
        self._update_status()

    def _reparse_date(self, row: int, item: QTableWidgetItem) -> None:
        c = self.candidates[row]
        parsed = parse_when_text(item.text(), self.extraction.published)
        self.table.blockSignals(True)
        if parsed is None:
            self._bad_rows.add(row)
            item.setBackground(QBrush(BAD_DATE))
            item.setToolTip("Not a date this app can read; try “fall 2020”, “Nov. 30, 2023” or “1990s”.")
        else:
            self._bad_rows.discard(row)
            c.start, c.end = parsed
            c.timex = c.start.to_timex()
            c.derivation = f"typed by the reviewer: “{item.text().strip()}”"
            item.setBackground(QBrush())
            item.setToolTip("")
            item.setText(_date_text(c))
            self.table.item(row, COL_PRECISION).setText(_precision_text(c))
        self.table.blockSignals(False)

    def set_all_checked(self, checked: bool) -> None:
        for row in range(self.table.rowCount()):
            self.table.item(row, COL_CHECK).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _update_status(self) -> None:
        chosen = sum(1 for c in self.candidates if c.accepted)
        merges = sum(1 for c in self.candidates if c.accepted and c.merge_with is not None)
        text = f"{chosen} of {len(self.candidates)} selected"
        if merges:
            text += f", {merges} will be added as a source to an event already stored"
        if self._bad_rows:
            text += f" — {len(self._bad_rows)} date(s) cannot be read; fix or untick them"
        self.status.setText(text)
        self.accept_button.setEnabled(not (self._bad_rows & {i for i, c in enumerate(self.candidates) if c.accepted}))

    def _show_evidence(self, row: int) -> None:
        if not 0 <= row < len(self.candidates):
            self.evidence.clear()
            return
        c = self.candidates[row]
        text = c.evidence or "(no evidence sentence)"
        phrase = c.date_phrase.split(" – ")[0]
        i = text.find(phrase) if phrase else -1
        if i >= 0:
            body = escape(text[:i]) + f"<span style='background:#ffe066'><b>{escape(phrase)}</b></span>" + escape(text[i + len(phrase):])
        else:
            body = escape(text)
        self.evidence.setHtml(f"<p>{body}</p><p style='color:#5b6472'>Date: {escape(c.derivation)}</p>")

    # ----- deciding ----------------------------------------------------------------------------
    def chosen(self) -> list[Candidate]:
        return [c for c in self.candidates if c.accepted]

    def accept_selected(self) -> None:
        self._send(self.chosen())
        self.accept()

    def skip(self) -> None:
        self._send(None)
        self.reject()

    def _cancel_import(self) -> None:
        self.cancelImport.emit()
        self._send(None)
        self.reject()

    def reject(self) -> None:  # Escape or the window's close button skip the article
        self._send(None)
        super().reject()

    def _send(self, result: list[Candidate] | None) -> None:
        if not self._sent:
            self._sent = True
            self.decided.emit(result)


def _read_only(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _date_text(c: Candidate) -> str:
    if c.end is None:
        return c.start.label()
    return f"{c.start.label()} – {c.end.label()}"


def _precision_text(c: Candidate) -> str:
    text = c.start.precision.value.replace("_", " ")
    if c.end is not None:
        text = f"range ({text})"
    return text + (", approximate" if c.start.approximate else "")
