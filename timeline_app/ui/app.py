"""Starting the window: the QApplication, the first store and the `--screenshot` mode."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from timeline_app.services.settings import Settings, resolve_db
from timeline_app.ui.main_window import MainWindow

SCREENSHOT_SIZE = (1600, 900)
SCREENSHOT_TIMEOUT_MS = 30_000


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("timeline_app")
        app.setOrganizationName("timeline_app")
        app.setDesktopFileName("timeline-app")
    return app  # type: ignore[return-value]


def split_launch_paths(paths: list[str]) -> tuple[str | None, list[str]]:
    """From the launcher's %U: a timeline store to open (the first one), and the rest to import."""
    from urllib.parse import unquote, urlsplit

    store = None
    others = []
    for path in paths:
        local = unquote(urlsplit(path).path) if path.startswith("file://") else path
        if store is None and local.endswith((".timeline.sqlite", ".timeline")):
            store = local
        else:
            others.append(path)
    return store, others


def run_gui(db: str | None, screenshot: str | None = None, paths: list[str] | None = None) -> int:
    started = time.perf_counter()
    no_screen = sys.platform.startswith("linux") and not any(
        os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
    if screenshot and no_screen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
    elif no_screen:
        print("timeline-app: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset); "
              "the command line works without one: timeline-app --help", file=sys.stderr)
        return 2
    app = ensure_app()
    window = MainWindow(Settings.load())
    store, to_import = split_launch_paths(list(paths or []))
    if not window.open_location(store or resolve_db(db)):
        if screenshot:
            print(window.statusBar().currentMessage(), file=sys.stderr)
            return 2
    if to_import:
        from timeline_app.ui.drops import ImportItem

        window.import_items([ImportItem(source=p) for p in to_import])
    if screenshot is None:
        window.show()
        return app.exec()
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    result = {"code": 1}

    def save() -> None:
        image = window.grab()
        ok = image.save(screenshot)
        if ok:
            print(f"saved {screenshot} ({image.width()}x{image.height()}) in {time.perf_counter() - started:.2f} s")
            result["code"] = 0
        else:
            print(f"{screenshot}: cannot write the image", file=sys.stderr)
        app.quit()

    # Save after the timeline's first paint, once the event loop has settled the layout.
    window.timeline.painted.connect(lambda: QTimer.singleShot(50, save), type=Qt.ConnectionType.SingleShotConnection)
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, app.quit)
    app.exec()
    window.close()
    return result["code"]

