"""The main window: the timeline, the details panel, the File/View/Help menus and the status bar."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from timeline_app import __version__
from timeline_app.layout.index import EventColumns
from timeline_app.services import stores
from timeline_app.services.editing import Editor
from timeline_app.services.importing import Outcome
from timeline_app.services.settings import Settings, config_dir
from timeline_app.storage.columns import load_columns
from timeline_app.storage.database import Store, StoreError
from timeline_app.storage.repository import Repository
from timeline_app.ui.details import DetailsPanel
from timeline_app.ui.import_controller import ImportController
from timeline_app.ui.overview import OverviewStrip
from timeline_app.ui.source_reader import SourceReader
from timeline_app.ui.timeline_widget import TimelineWidget
from timeline_app.ui.window_curation import CurationMixin
from timeline_app.ui.window_import import ImportMixin
from timeline_app.ui.window_search import SearchMixin
from timeline_app.ui.workers import run_in_background, wait_for_background


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


class MainWindow(SearchMixin, ImportMixin, CurationMixin, QMainWindow):
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
