"""Writing a file so that a failure never leaves half a file or destroys the previous one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


class ExportError(Exception):
    """An export that could not be written; the message names the file and the reason."""


def write_atomic(path: str | os.PathLike[str], write: Callable[[str], None]) -> None:
    """Call `write(temporary_path)`, then move the result over `path` in one step.

    The temporary file sits in the target's folder (same file system, so the rename is atomic)
    and is removed if anything fails.
    """
    target = Path(path)
    if target.is_dir():
        raise ExportError(f"{target}: is a directory")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{target}: the folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    os.close(fd)
    try:
        write(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except ExportError:
        _remove(tmp)
        raise
    except OSError as exc:
        _remove(tmp)
        raise ExportError(f"{target}: cannot be written ({exc.strerror or exc})") from None
    except BaseException:
        _remove(tmp)
        raise


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    def write(tmp: str) -> None:
        with open(tmp, "wb") as handle:
            handle.write(data)

    write_atomic(path, write)


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass
