"""The one way the window runs work off the GUI thread (DESIGN.md §6): a function on the global
QThreadPool, its result or error delivered back on the GUI thread through signals."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], *args: Any) -> None:
        super().__init__()
        self.fn, self.args = fn, args
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.fn(*self.args)
        except Exception as exc:  # noqa: BLE001 - reported to the GUI, never lost in a thread
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            self.signals.failed.emit(detail)
            return
        self.signals.done.emit(result)


_running: set[Task] = set()


def run_in_background(fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None],
                      on_failed: Callable[[str], None]) -> Task:
    """Run `fn(*args)` on the thread pool; the callbacks run on the GUI thread."""
    task = Task(fn, *args)

    def finish_ok(result: Any) -> None:
        _running.discard(task)
        on_done(result)

    def finish_failed(detail: str) -> None:
        _running.discard(task)
        on_failed(detail)

    task.signals.done.connect(finish_ok)
    task.signals.failed.connect(finish_failed)
    _running.add(task)
    QThreadPool.globalInstance().start(task)
    return task


def wait_for_background(msecs: int = 30_000) -> bool:
    return QThreadPool.globalInstance().waitForDone(msecs)
