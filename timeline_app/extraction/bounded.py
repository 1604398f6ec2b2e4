"""Running third-party parsers with a time limit.

A pure-Python parser stuck on a hostile file (100,000 nested elements, an entity bomb, a broken
PDF) cannot be interrupted from a thread. So HTML, PDF and e-mail parsing run in one warm worker
process; a call that overruns its limit kills the worker (a fresh one starts for the next call)
and becomes a `ReadError`, and a crash of the parser becomes one too.
"""

from __future__ import annotations

import atexit
import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from timeline_app.extraction.document import ReadError

T = TypeVar("T")
DEFAULT_TIMEOUT_S = 20.0

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None


def _get_pool() -> ProcessPoolExecutor:
    global _pool
    if _pool is None:
        # forkserver: no copy of the caller's threads or Qt state, cheap after the first start.
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        _pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context(method))
        atexit.register(shutdown)
    return _pool


def _discard_pool() -> None:
    global _pool
    pool, _pool = _pool, None
    if pool is None:
        return
    for process in list(getattr(pool, "_processes", {}).values()):
        process.kill()
    pool.shutdown(wait=False, cancel_futures=True)


def run_bounded(source: str, func: Callable[..., T], *args: Any, timeout: float = DEFAULT_TIMEOUT_S) -> T:
    """`func(*args)` in the worker process; a `ReadError` naming `source` if it fails or overruns."""
    with _lock:
        try:
            future = _get_pool().submit(func, *args)
            return future.result(timeout=timeout)
        except FutureTimeout:
            _discard_pool()
            raise ReadError(source, f"gave up after {timeout:g} s: the file is too complex to read") from None
        except BrokenProcessPool:
            _discard_pool()
            raise ReadError(source, "the reader crashed on this file (it may be damaged or hostile)") from None
        except ReadError:
            raise
        except RecursionError:
            raise ReadError(source, "the file is nested too deeply to read") from None
        except MemoryError:
            _discard_pool()
            raise ReadError(source, "the file needs too much memory to read") from None
        except Exception as exc:  # noqa: BLE001 - any parser failure is a file the user cannot import
            raise ReadError(source, f"cannot be parsed ({type(exc).__name__}: {str(exc)[:160]})") from None


def shutdown() -> None:
    with _lock:
        _discard_pool()
