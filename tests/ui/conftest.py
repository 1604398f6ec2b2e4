"""What the window tests share: a shown main window on a store, an event-loop stall meter, and a record of the threads
extraction ran on."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer


@pytest.fixture
def open_window(qtbot):
    """open_window(location) -> a shown MainWindow at 1600x900 on that store."""
    from timeline_app.services.settings import Settings
    from timeline_app.ui.main_window import MainWindow

    def make(location: str):
        window = MainWindow(Settings())
        qtbot.addWidget(window)
        window.resize(1600, 900)
        window.show()
        qtbot.waitExposed(window)
        assert window.open_location(location)
        return window

    return make


class StallMeter:
    """A 10 ms timer on the event loop; `gaps` are the intervals between its ticks."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def __enter__(self) -> StallMeter:
        self._last = time.perf_counter()
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._timer.stop()

    @property
    def worst_ms(self) -> float:
        return max(self.gaps, default=0.0) * 1000


@pytest.fixture
def stall_meter():
    return StallMeter


#: A stall a user would call a frozen window: far above a shared machine's scheduling noise (a loaded CI host has shown
#: 109 ms), far below what reading twenty articles on the window's own thread takes (seconds).
FROZEN_MS = 1000


@pytest.fixture
def extraction_threads(monkeypatch):
    """The idents of the threads `extract` ran on during the test, and the window's own thread's: whether the work left
    the event loop's thread is a fact of the code, not of the machine's speed."""
    import timeline_app.services.importing as importing

    seen: list[int] = []
    real = importing.extract

    def recording(*args, **kwargs):
        seen.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(importing, "extract", recording)
    return seen, threading.get_ident()
