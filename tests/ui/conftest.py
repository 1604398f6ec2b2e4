"""What the window tests share: a shown main window on a store, and an event-loop stall meter."""

from __future__ import annotations

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
