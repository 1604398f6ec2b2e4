"""The main window: the timeline, the details panel, the File/View/Help menus and the status bar."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from timeline_app import __version__
from timeline_app.domain.vocab import EventKind, EventStatus
from timeline_app.layout.index import EventColumns, EventFilter
from timeline_app.layout.viewport import Viewport
from timeline_app.services import stores
from timeline_app.services.editing import Change, ConflictError, Editor
from timeline_app.services.importing import ImportSession, Outcome, Summary
from timeline_app.services.settings import Settings, config_dir
from timeline_app.storage.columns import load_columns
from timeline_app.storage.database import Store, StoreError
from timeline_app.storage.repository import Repository
from timeline_app.ui.details import DetailsPanel
from timeline_app.ui.drops import ImportItem, describe, items_from_mime
from timeline_app.ui.editor import EventEditor
from timeline_app.ui.import_controller import ImportController
from timeline_app.ui.overview import OverviewStrip
from timeline_app.ui.source_reader import SourceReader
from timeline_app.ui.timeline_widget import TimelineWidget
from timeline_app.ui.undo import ChangeCommand, ImportCommand
from timeline_app.ui.workers import run_in_background, wait_for_background


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


def settle_memory() -> None:
    """Collect once, then move every object alive now out of the collector's way (gc.freeze).

    A full collection walks every Python object: with Qt, SQLAlchemy and a loaded timeline that
    is ~100 ms, and it can strike in the middle of an import. Objects that live as long as the
    window need not be walked again, so later collections stay short.
    """
    gc.collect()
    gc.freeze()


def _window_settings() -> QSettings:
    """Window geometry only (DESIGN.md §9), kept beside the app's own settings file."""
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


STORE_FILTER = "Timeline stores (*.timeline.sqlite *.sqlite);;All files (*)"


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings.load()
        self.store: Store | None = None
        self.repository: Repository | None = None
        self.timeline = TimelineWidget(self)
        self.timeline.set_lane_mode(self.settings.lanes)
        self.details = DetailsPanel(self)
        self.overview = OverviewStrip(self.timeline, self)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.timeline, 1)
        column.addWidget(self.overview)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1240, 360])
        self.setCentralWidget(splitter)
        self.timeline.eventSelected.connect(self._on_selected)
        self.timeline.searchRequested.connect(self.focus_search)
        self.timeline.detailsRequested.connect(self._on_selected)
        self.timeline.moveRequested.connect(self.move_event)
        self.timeline.editRequested.connect(self.edit_event)
        self.timeline.createRequested.connect(self.create_at)
        self.timeline.deleteRequested.connect(self.delete_selected)
        self.timeline.resizeRequested.connect(self.resize_event)
        self.undo_stack = QUndoStack(self)
        self.editor: Editor | None = None
        self._build_search()
        self.details.sourceRequested.connect(self.open_source)
        self.importer: ImportController | None = None
        self.last_failures: list[Outcome] = []
        self.source_reader: SourceReader | None = None
        self._build_import_ui()
        self.setAcceptDrops(True)
        self._build_menus()
        self.resize(1600, 900)
        self._restore_geometry()

    # ----- menus -----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self._add_action(file_menu, "&New…", self.new_store, QKeySequence.StandardKey.New)
        self._add_action(file_menu, "&Open…", self.open_store_dialog, QKeySequence.StandardKey.Open)
        self._add_action(file_menu, "Save &As…", self.save_as_dialog, QKeySequence.StandardKey.SaveAs)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self._add_action(file_menu, "&Import Articles…", self.import_dialog, QKeySequence("Ctrl+I"))
        self._add_action(file_menu, "&Export…", self.export_dialog, QKeySequence("Ctrl+E"))
        file_menu.addSeparator()
        self._add_action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)

        edit_menu = self.menuBar().addMenu("&Edit")
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self._add_action(edit_menu, "&New Event…", lambda: self.create_at(None), QKeySequence("Ctrl+N"))
        self._add_action(edit_menu, "&Edit Selected Event…", self.edit_selected, QKeySequence(Qt.Key.Key_F2))
        self._add_action(edit_menu, "&Delete Selected", self.delete_selected)
        self._add_action(edit_menu, "&Merge Selected Events…", self.merge_selected, QKeySequence("Ctrl+M"))
        self._add_action(edit_menu, "Split Sources of Selected Event…", self.split_selected)
        self._add_action(edit_menu, "&Actors…", self.actor_manager)
        edit_menu.addSeparator()
        self.paste_action = self._add_action(edit_menu, "&Paste Article or Link", self.paste, QKeySequence.StandardKey.Paste)

        view_menu = self.menuBar().addMenu("&View")
        self._add_action(view_menu, "&Fit All", self.timeline.fit_all, QKeySequence(Qt.Key.Key_Home))
        self._add_action(view_menu, "&Refresh", lambda: self.reload(fit=False), QKeySequence.StandardKey.Refresh)
        lanes_menu = view_menu.addMenu("&Lanes")
        group = QActionGroup(self)
        for mode, label in (("kind", "By &kind"), ("actor", "By &actor"), ("none", "&None")):
            action = QAction(label, self, checkable=True)
            action.setChecked(mode == self.timeline.lane_mode)
            action.triggered.connect(lambda _checked=False, m=mode: self.set_lane_mode(m))
            group.addAction(action)
            lanes_menu.addAction(action)

        help_menu = self.menuBar().addMenu("&Help")
        self._add_action(help_menu, "&About timeline_app", self.show_about)

    def _add_action(self, menu, text, slot, shortcut=None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        if not self.settings.recent_files:
            self.recent_menu.addAction("(none)").setEnabled(False)
        for location in self.settings.recent_files:
            action = self.recent_menu.addAction(location)
            action.triggered.connect(lambda _checked=False, loc=location: self.open_location(loc))

    # ----- stores ----------------------------------------------------------------------------
    def open_location(self, location: str, seed_demo: bool = False) -> bool:
        """Open a store; on failure keep the current one and tell the user why."""
        try:
            store, seeded = stores.open_for_window(location, seed_demo=seed_demo)
        except StoreError as exc:
            self._error("Cannot open timeline", str(exc))
            return False
        if self.importer is not None and self.importer.busy:
            store.close()
            self._error("Cannot open timeline", "Wait for the import to finish before opening another timeline.")
            return False
        if self.store is not None:
            self.store.close()
        self.store, self.repository = store, Repository(store)
        self.editor = Editor(self.repository)
        self.undo_stack.clear()
        self.importer = ImportController(self.repository, self)
        self.importer.started.connect(self._import_started)
        self.importer.progressed.connect(self._import_progressed)
        self.importer.articleStored.connect(self._article_stored)
        self.importer.finished.connect(self._import_finished)
        self.settings.remember(store.location)
        self.settings.save()
        name = store.location if "://" in store.location else Path(store.location).name
        self.setWindowTitle(f"{name} — timeline_app")
        self.reload(fit=True)
        settle_memory()
        self._quick_check(store)
        note = f" (seeded with the demo timeline, {seeded} events)" if seeded else ""
        self.statusBar().showMessage(f"Opened {store.location}{note}", 8000)
        return True

    def _quick_check(self, store: Store) -> None:
        """SQLite's quick_check in the background; a damaged store is reported, never hidden."""
        from timeline_app.storage.integrity import quick_check

        def report(problems: list[str]) -> None:
            self.store_problems = problems
            if problems and self.store is store:
                self._error("This timeline may be damaged",
                            f"{store.location}: {'; '.join(problems[:3])}. Run `timeline-app check` on it, "
                            "and keep a copy before editing it further.")

        run_in_background(quick_check, store, on_done=report, on_failed=lambda detail: report([detail]))

    def reload(self, fit: bool = False) -> None:
        """Load the store's columns into the timeline's index; titles load only when drawn."""
        if self.repository is None or self.store is None:
            return
        columns = EventColumns.from_arrays(load_columns(self.store))
        self.apply_actor_styles()
        self.timeline.set_columns(columns, self.repository.drawable_events, fit=fit)
        self.actor_completer.model().setStringList(sorted(set(columns.actor_names)))  # type: ignore[attr-defined]
        self.details.show_event(None)
        self._show_count()

    def _show_count(self) -> None:
        count = self.timeline.event_count()
        self.statusBar().showMessage(f"{count} event{'s' if count != 1 else ''}")

    def new_store(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "New timeline", "untitled.timeline.sqlite", STORE_FILTER)
        if path:
            if Path(path).exists():
                self._error("Cannot create timeline", f"{path}: a file with that name already exists")
                return
            self.open_location(path)

    def open_store_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open timeline", "", STORE_FILTER)
        if path:
            self.open_location(path)

    def save_as_dialog(self) -> None:
        if self.store is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, "Save timeline as", "copy.timeline.sqlite", STORE_FILTER)
        if path:
            self.save_as(path)

    def save_as(self, path: str) -> bool:
        assert self.store is not None
        try:
            stores.save_copy(self.store, path)
        except StoreError as exc:
            self._error("Cannot save timeline", str(exc))
            return False
        return self.open_location(path)

    def set_lane_mode(self, mode: str) -> None:
        self.timeline.set_lane_mode(mode)
        self.settings.lanes = mode
        self.settings.save()

    # ----- search ----------------------------------------------------------------------------
    def _build_search(self) -> None:
        bar = self.addToolBar("Search")
        bar.setObjectName("searchBar")
        bar.setMovable(False)
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText("Search titles, evidence and actors (/ or Ctrl+F); Enter: next result")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaximumWidth(520)
        self.search_box.returnPressed.connect(self.search_next)
        self.search_box.textChanged.connect(lambda _text: self._reset_search())
        bar.addWidget(self.search_box)
        self.search_status = QLabel("  ")
        bar.addWidget(self.search_status)
        bar.addSeparator()
        bar.addWidget(QLabel(" Show: "))
        self.kind_filter = QComboBox(self)
        self.kind_filter.addItem("all kinds", None)
        for kind in EventKind:
            self.kind_filter.addItem(kind.label, kind)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem("any status", None)
        for status in EventStatus:
            self.status_filter.addItem(status.value, status)
        self.actor_filter = QLineEdit(self)
        self.actor_filter.setPlaceholderText("actor")
        self.actor_filter.setMaximumWidth(160)
        self.actor_completer = QCompleter([], self)
        self.actor_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.actor_filter.setCompleter(self.actor_completer)
        self.from_filter = QLineEdit(self)
        self.from_filter.setPlaceholderText("from (e.g. 1991)")
        self.from_filter.setMaximumWidth(120)
        self.to_filter = QLineEdit(self)
        self.to_filter.setPlaceholderText("to")
        self.to_filter.setMaximumWidth(120)
        for widget in (self.kind_filter, self.status_filter, self.actor_filter, self.from_filter, self.to_filter):
            bar.addWidget(widget)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        for edit in (self.actor_filter, self.from_filter, self.to_filter):
            edit.editingFinished.connect(self.apply_filters)
        self.results = QListWidget(self)
        self.results.itemActivated.connect(self._result_chosen)
        self.results.itemClicked.connect(self._result_chosen)
        self.results_dock = QDockWidget("Search results", self)
        self.results_dock.setObjectName("searchResults")
        self.results_dock.setWidget(self.results)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.results_dock)
        self.results_dock.hide()
        self._search_ids: list[int] = []
        self._search_position = -1
        self._search_query = ""
        shortcut = QShortcut(QKeySequence("Ctrl+F"), self)
        shortcut.activated.connect(self.focus_search)

    def apply_filters(self) -> None:
        """Narrow the timeline to a kind, a status, an actor and a date range."""
        from timeline_app.extraction.when_text import parse_when_text

        kind = EventKind(self.kind_filter.currentData()) if self.kind_filter.currentData() else None
        status = EventStatus(self.status_filter.currentData()) if self.status_filter.currentData() else None
        lo = hi = None
        problems = []
        if self.from_filter.text().strip():
            parsed = parse_when_text(self.from_filter.text())
            lo = parsed[0].earliest if parsed else None
            if parsed is None:
                problems.append(f"“{self.from_filter.text()}” is not a date")
        if self.to_filter.text().strip():
            parsed = parse_when_text(self.to_filter.text())
            hi = (parsed[1] or parsed[0]).latest if parsed else None
            if parsed is None:
                problems.append(f"“{self.to_filter.text()}” is not a date")
        chosen = EventFilter(
            kinds=frozenset({kind}) if kind is not None else None,
            statuses=frozenset({status}) if status is not None else None,
            actor=self.actor_filter.text().strip() or None, lo=lo, hi=hi,
        )
        self.timeline.set_filter(chosen)
        shown = self.timeline.event_count()
        note = f"{shown} event{'s' if shown != 1 else ''} shown" + (" (filtered)" if chosen.active else "")
        self.statusBar().showMessage(note + ("; " + "; ".join(problems) if problems else ""), 10_000)

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _reset_search(self) -> None:
        self._search_query = ""

    def search(self, query: str) -> list[int]:
        """Run a search: results listed, highlighted on the timeline; returns the event ids."""
        from timeline_app.storage.search import search_event_ids

        if self.store is None or self.repository is None:
            return []
        ids = search_event_ids(self.store, query) if query.strip() else []
        self._search_ids, self._search_position, self._search_query = ids, -1, query
        self.results.clear()
        shown = {e.id: e for e in self.repository.drawable_events(ids[:500])}
        for event_id in ids[:500]:
            event = shown.get(event_id)
            if event is None:
                continue
            item = QListWidgetItem(f"{event.date_label()} — {event.title}")
            item.setData(Qt.ItemDataRole.UserRole, event_id)
            self.results.addItem(item)
        self.results_dock.setVisible(bool(query.strip()))
        self.search_status.setText(f"  {len(ids)} result{'s' if len(ids) != 1 else ''}" if query.strip() else "  ")
        if ids:
            self.timeline.highlight(ids, msecs=0)
        else:
            self.timeline.clear_highlight()
        return ids

    def search_next(self) -> None:
        query = self.search_box.text()
        if query != self._search_query:
            self.search(query)
        if not self._search_ids:
            return
        self._search_position = (self._search_position + 1) % len(self._search_ids)
        self.go_to_event(self._search_ids[self._search_position])
        self.results.setCurrentRow(min(self._search_position, self.results.count() - 1))

    def go_to_event(self, event_id: int) -> None:
        events = self.repository.drawable_events([event_id]) if self.repository else []
        if not events:
            return
        event = events[0]
        view = self.timeline.view
        span = view.end - view.start
        if event.latest - event.earliest > span or not (view.start <= event.earliest and event.latest <= view.end):
            self.timeline.set_view(Viewport.fit(event.earliest, event.latest, max(self.timeline.width(), 1), margin=2.0))
        self.timeline.select_event(event_id)

    def _result_chosen(self, item: QListWidgetItem) -> None:
        self.go_to_event(int(item.data(Qt.ItemDataRole.UserRole)))

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

    # ----- curation ----------------------------------------------------------------------------
    def _push(self, change: Change) -> None:
        assert self.editor is not None
        self.undo_stack.push(ChangeCommand(self.editor, change, self.apply_change, self._conflict))
        self.apply_change(change)
        self.statusBar().showMessage(change.label, 6000)

    def _conflict(self, message: str) -> None:
        self._error("Changed elsewhere", f"{message}. View → Refresh shows the timeline as it is now.")

    def apply_change(self, change: Change) -> None:
        """Refresh the timeline and the details from a change record, without reloading the rest."""
        if self.repository is None:
            return
        gone = [i for i in change.touched if change.after.get(i) is None and self.repository.get_event(i) is None]
        if gone:
            self.timeline.forget(gone)
        present = [i for i in change.touched if i not in gone]
        if present:
            self.timeline.upsert_events(self.repository.drawable_events(present))
        selected = sorted(self.timeline.selected)
        self.details.show_event(self.repository.get_event(selected[0]) if selected else None)
        self._show_count()

    def _run_edit(self, action) -> None:  # type: ignore[no-untyped-def]
        try:
            change = action()
        except ConflictError as exc:
            self._conflict(str(exc))
            return
        except ValueError as exc:
            self._error("Cannot change the event", str(exc))
            return
        self._push(change)

    def move_event(self, event_id: int, seconds: float) -> None:
        if self.editor is None or self.repository is None:
            return
        event = self.repository.get_event(event_id)
        if event is None:
            return
        self._run_edit(lambda: self.editor.move(event, seconds))  # type: ignore[union-attr]

    def resize_event(self, event_id: int, side: str, seconds: float) -> None:
        """Drag an end: the start moves alone, or the end does (a single date becomes a range)."""
        from timeline_app.domain.when import shift, step_seconds

        if self.editor is None or self.repository is None:
            return
        event = self.repository.get_event(event_id)
        if event is None:
            return
        steps = round(seconds / step_seconds(event.start.precision))
        if steps == 0:
            return
        try:
            if side == "start":
                start, end = shift(event.start, steps), event.end
            else:
                start = event.start
                end = shift(event.end, steps) if event.end is not None else shift(event.start, steps)
        except ValueError as exc:
            self._error("Cannot resize the event", str(exc))
            return
        self._run_edit(lambda: self.editor.resize(event, start, end))  # type: ignore[union-attr]

    def edit_selected(self) -> None:
        chosen = sorted(self.timeline.selected)
        if chosen:
            self.edit_event(chosen[0])

    def edit_event(self, event_id: int) -> None:
        if self.repository is None:
            return
        event = self.repository.get_event(event_id)
        if event is None:
            return
        dialog = EventEditor(event, self.repository.actor_names(), self)
        self.event_editor = dialog

        def done(result: int) -> None:
            edited = dialog.result_event() if result == QDialog.DialogCode.Accepted else None
            if edited is not None and edited != event:
                self._run_edit(lambda: self.editor.update(edited))  # type: ignore[union-attr]

        dialog.finished.connect(done)
        dialog.open()

    def create_at(self, seconds: float | None) -> None:
        """A new event where the user double-clicked, at the precision the zoom shows."""
        if self.repository is None:
            return
        from timeline_app.domain import calendar as cal
        from timeline_app.domain.model import Event as NewEvent
        from timeline_app.domain.when import When

        view = self.timeline.view
        at = seconds if seconds is not None else (view.start + view.end) / 2
        y, m, d, _, _ = cal.civil_from_seconds(int(at))
        span = view.end - view.start
        try:
            if span < 120 * 86_400:
                start = When.of_day(y, m, d)
            elif span < 15 * 365 * 86_400:
                start = When.of_month(y, m)
            else:
                start = When.of_year(y)
        except ValueError:
            start = When.of_year(2000)
        dialog = EventEditor(NewEvent(title="New event", start=start), self.repository.actor_names(), self, creating=True)
        self.event_editor = dialog

        def done(result: int) -> None:
            made = dialog.result_event() if result == QDialog.DialogCode.Accepted else None
            if made is not None:
                self._run_edit(lambda: self.editor.create(made))  # type: ignore[union-attr]

        dialog.finished.connect(done)
        dialog.open()

    def delete_selected(self) -> None:
        events = self.timeline.selected_events()
        if self.editor is None or not events:
            return
        full = [e for e in (self.repository.get_event(x.id) for x in events) if e is not None]  # type: ignore[union-attr, arg-type]
        self._run_edit(lambda: self.editor.delete(full))  # type: ignore[union-attr]

    def merge_selected(self, keep_index: int | None = None) -> None:
        """Merge the selected events; the user picks the one whose title and date are kept."""
        if self.editor is None or self.repository is None:
            return
        events = [e for e in (self.repository.get_event(i) for i in sorted(self.timeline.selected)) if e is not None]
        if len(events) < 2:
            self.statusBar().showMessage("Select two or more events (Ctrl+click) to merge them.", 8000)
            return
        if keep_index is None:
            labels = [f"{e.date_label()} — {e.title}" for e in events]
            choice, ok = QInputDialog.getItem(self, "Merge events", "Keep the title and date of:", labels, 0, False)
            if not ok:
                return
            keep_index = labels.index(choice)
        keep = events[keep_index]
        self._run_edit(lambda: self.editor.merge(events, keep))  # type: ignore[union-attr]
        self.timeline.select_event(keep.id)

    def actor_manager(self) -> None:
        from timeline_app.ui.actors import ActorManager

        dialog = ActorManager(self)
        self.actors_dialog = dialog
        dialog.open()

    def set_actor_style(self, name: str, color: str, hidden: bool) -> None:
        if self.repository is None:
            return
        self.repository.set_actor_style(name, color, hidden)
        self.apply_actor_styles()

    def apply_actor_styles(self) -> None:
        from timeline_app.render.theme import ACTOR_COLOR_OVERRIDES

        styles = self.repository.actor_styles() if self.repository else {}
        ACTOR_COLOR_OVERRIDES.clear()
        ACTOR_COLOR_OVERRIDES.update({n: c for n, (c, _) in styles.items() if c})
        self.timeline.set_hidden_actors(frozenset(n for n, (_, hidden) in styles.items() if hidden))

    def split_selected(self, source_indexes: list[int] | None = None) -> None:
        """Move some sources of the selected event to a new event."""
        chosen = sorted(self.timeline.selected)
        if self.editor is None or self.repository is None or not chosen:
            return
        event = self.repository.get_event(chosen[0])
        if event is None or len(event.sources) < 2:
            self.statusBar().showMessage("Select an event with two or more sources to split it.", 8000)
            return
        if source_indexes is None:
            labels = [f"{i + 1}. {s.article_title or s.article_url}" for i, s in enumerate(event.sources)]
            choice, ok = QInputDialog.getItem(self, "Split sources", "Move this source to a new event:", labels, 0, False)
            if not ok:
                return
            source_indexes = [labels.index(choice)]
        self._run_edit(lambda: self.editor.split(event, source_indexes))  # type: ignore[union-attr]

    def rename_actor_dialog(self, old: str | None = None, new: str | None = None) -> None:
        if self.editor is None or self.repository is None:
            return
        names = self.repository.actor_names()
        if old is None:
            if not names:
                return
            old, ok = QInputDialog.getItem(self, "Rename or merge an actor", "Actor:", names, 0, False)
            if not ok:
                return
        if new is None:
            new, ok = QInputDialog.getText(self, "Rename or merge an actor",
                                           f"New name for “{old}” (an existing name merges the two):", text=old)
            if not ok:
                return
        if new and new.strip() and new.strip() != old:
            self._run_edit(lambda: self.editor.rename_actor(old, new.strip()))  # type: ignore[union-attr, arg-type]
            self.reload(fit=False)

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

    # ----- panels ----------------------------------------------------------------------------
    def open_source(self, article_id: int, start: int, end: int) -> None:
        article = self.repository.get_article(article_id) if self.repository else None
        if article is None:
            self.statusBar().showMessage("That article is no longer in the store.", 8000)
            return
        reader = SourceReader(article, start if start >= 0 else None, end if end >= 0 else None, self)
        self.source_reader = reader
        reader.open()

    def _on_selected(self, event_id: int) -> None:
        event = self.repository.get_event(event_id) if (self.repository and event_id >= 0) else None
        self.details.show_event(event)
        if event is not None:
            self.statusBar().showMessage(f"{event.title} — {event.date_label()}", 8000)

    def show_about(self) -> None:
        QMessageBox.about(
            self, "About timeline_app",
            f"<b>timeline_app {__version__}</b><p>A dated, sourced chronology of diplomacy and conflict, "
            "built from the news you read.</p>",
        )

    def _error(self, title: str, message: str) -> None:
        self.statusBar().showMessage(message, 15000)
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorBox")
        box.open()

    # ----- geometry --------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = _window_settings().value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.importer is not None and self.importer.busy:
            self.importer.cancel()
            wait_for_background(15_000)  # let the article being stored finish: nothing half-written
        _window_settings().setValue("geometry", self.saveGeometry())
        if self.store is not None:
            self.store.close()
        super().closeEvent(event)
