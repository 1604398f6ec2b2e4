"""The main window: the timeline, the details panel, the File/View/Help menus and the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QSplitter, QWidget

from timeline_app import __version__
from timeline_app.services import stores
from timeline_app.services.settings import Settings, config_dir
from timeline_app.storage.database import Store, StoreError
from timeline_app.storage.repository import Repository
from timeline_app.ui.details import DetailsPanel
from timeline_app.ui.timeline_widget import TimelineWidget


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
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.timeline)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1240, 360])
        self.setCentralWidget(splitter)
        self.timeline.eventSelected.connect(self._on_selected)
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
        self._add_action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)

        view_menu = self.menuBar().addMenu("&View")
        self._add_action(view_menu, "&Fit All", self.timeline.fit_all, QKeySequence(Qt.Key.Key_Home))
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
        if self.store is not None:
            self.store.close()
        self.store, self.repository = store, Repository(store)
        self.settings.remember(store.location)
        self.settings.save()
        name = store.location if "://" in store.location else Path(store.location).name
        self.setWindowTitle(f"{name} — timeline_app")
        self.reload(fit=True)
        note = f" (seeded with the demo timeline, {seeded} events)" if seeded else ""
        self.statusBar().showMessage(f"Opened {store.location}{note}", 8000)
        return True

    def reload(self, fit: bool = False) -> None:
        if self.repository is None:
            return
        events = self.repository.list_events()
        self.timeline.set_events(events, fit=fit)
        self.details.show_event(None)
        self._show_count()

    def _show_count(self) -> None:
        count = len(self.timeline.events())
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
        _window_settings().setValue("geometry", self.saveGeometry())
        if self.store is not None:
            self.store.close()
        super().closeEvent(event)
