"""The main window's side of importing: drops, paste, progress, the import report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.services.importing import ImportSession, Outcome, Summary
from timeline_app.ui.drops import ImportItem, describe, items_from_mime
from timeline_app.ui.undo import ImportCommand


class ImportReport(QDialog):
    """The files an import could not read, each once with its reason: plain text, so that a
    report of hundreds of lines opens at once."""

    def __init__(self, summary: Summary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Some files were not imported")
        self.resize(760, 360)
        text = QPlainTextEdit()
        text.setReadOnly(True)
        text.setPlainText("\n".join(f"{o.source}: {o.message}" for o in summary.failures))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(summary.describe() + "."))
        layout.addWidget(text, 1)
        layout.addWidget(buttons)
        self.lines = text.toPlainText().splitlines()



class ImportMixin:
    """Importing in MainWindow: drops and paste, progress and cancel, what came in, what failed."""

    # ----- importing -------------------------------------------------------------------------
    def _build_import_ui(self) -> None:
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(220)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.cancel_import)
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            self.statusBar().addPermanentWidget(widget)
            widget.hide()
        self.drop_overlay = QLabel(self)
        self.drop_overlay.setObjectName("dropOverlay")
        self.drop_overlay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_overlay.setStyleSheet(
            "#dropOverlay { background: rgba(31, 119, 180, 40); border: 3px dashed #1f77b4; border-radius: 12px;"
            " color: #113; font-size: 22px; font-weight: bold; }")
        self.drop_overlay.hide()

    def import_items(self, items: list[ImportItem]) -> bool:
        if self.importer is None:
            self._error("Cannot import", "Open a timeline first.")
            return False
        if not items:
            self.statusBar().showMessage("Nothing there can be imported.", 8000)
            return False
        return self.importer.start(items)

    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Import articles", "",
            "Articles (*.txt *.md *.html *.htm *.pdf *.eml *.csv);;All files (*)")
        if paths:
            self.import_items([ImportItem(source=p) for p in paths])

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None:
            self.import_items(items_from_mime(mime))

    def export_dialog(self) -> None:
        from timeline_app.ui.export_dialog import ExportDialog

        events = self.repository.list_events() if self.repository is not None else []
        dialog = ExportDialog(events, self.timeline.view, self.timeline.lane_mode, self)
        self.export_window = dialog
        dialog.open()

    def cancel_import(self) -> None:
        if self.importer is not None:
            self.importer.cancel()
            self.progress_label.setText("Cancelling after the current article…")

    def _import_started(self, total: int) -> None:
        self.last_failures = []
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(0)
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.show()

    def _import_progressed(self, done: int, total: int, label: str) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        if label:
            self.progress_label.setText(f"Reading {label} ({done + 1} of {total})")

    def _article_stored(self, outcome: Outcome) -> None:
        self._push_import(outcome)
        self._show_stored(outcome)

    def _push_import(self, outcome: Outcome) -> None:
        if outcome.record is None or outcome.extraction is None or self.repository is None:
            return
        repository = self.repository
        state = {"record": outcome.record}

        def undo() -> None:
            record = state["record"]
            repository.delete_article(record.article_id)  # type: ignore[arg-type]
            self.timeline.forget([i for i in record.new_event_ids if repository.get_event(i) is None])
            self.timeline.upsert_events(repository.drawable_events(record.merged_event_ids))
            self._show_count()

        def redo() -> None:
            again = ImportSession(repository).commit(outcome.extraction, outcome.chosen)  # type: ignore[arg-type]
            if again.record is not None:
                state["record"] = again.record
                self._show_stored(again)

        label = f"Import '{(outcome.title or outcome.source)[:40]}'"
        self.undo_stack.push(ImportCommand(undo, redo, label))

    def _show_stored(self, outcome: Outcome) -> None:
        if outcome.record is not None and self.repository is not None:
            touched = outcome.record.new_event_ids + outcome.record.merged_event_ids
            self.timeline.upsert_events(self.repository.drawable_events(touched))
            self.timeline.highlight(touched)
            self._show_count()
        origin = outcome.publisher or outcome.title or outcome.source
        merged = f", {outcome.merged_events} merged" if outcome.merged_events else ""
        self.statusBar().showMessage(f"{outcome.new_events} event{'s' if outcome.new_events != 1 else ''} "
                                     f"from {origin}{merged}", 15000)

    def _import_finished(self, summary: Summary) -> None:
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.hide()
        self.last_summary = summary
        self.last_failures = summary.failures
        stored = [o for o in summary.outcomes if o.status == "imported"]
        if len(stored) == 1 and not summary.failures:
            self._show_stored(stored[0])
        else:
            self.statusBar().showMessage(summary.describe(), 15000)
        if summary.failures:
            report = ImportReport(summary, self)
            report.setObjectName("importFailures")
            self.import_report = report
            report.open()

    # ----- drops -----------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        items = items_from_mime(event.mimeData())
        if not items:
            event.ignore()
            return
        self.drop_overlay.setText(describe(items))
        self.drop_overlay.setGeometry(self.centralWidget().geometry().adjusted(20, 20, -20, -20))
        self.drop_overlay.show()
        self.drop_overlay.raise_()
        self.statusBar().showMessage(describe(items))
        event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.drop_overlay.hide()
        self.statusBar().clearMessage()

    def dropEvent(self, event: QDropEvent) -> None:
        self.drop_overlay.hide()
        items = items_from_mime(event.mimeData())
        if items:
            event.acceptProposedAction()
            self.import_items(items)
        else:
            event.ignore()
