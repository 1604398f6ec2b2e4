"""Opening, seeding and copying stores for the window and the command line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from timeline_app.services.demo import seed_demo_if_new
from timeline_app.services.settings import default_store_path
from timeline_app.storage.database import Store, StoreError, backup_sqlite, is_url, open_store
from timeline_app.storage.repository import Repository


def open_for_window(location: str, seed_demo: bool = False) -> tuple[Store, int]:
    """Open a store; a brand-new default store is seeded with the demo timeline.

    Returns the store and how many demo events were added (0 when none were).
    """
    is_default = ensure_data_folder(location)
    fresh = not is_url(location) and not Path(location).expanduser().exists()
    store = open_store(location)
    seeded = 0
    if (seed_demo or is_default) and fresh:
        seeded = seed_demo_if_new(Repository(store))
    return store, seeded


def ensure_data_folder(location: str) -> bool:
    """Create the user's data folder when `location` is the default store, so that the first thing a user does (the
    window, or a headless `import`) can create the store; returns whether it is the default store."""
    is_default = not is_url(location) and Path(location).expanduser() == default_store_path()
    if is_default:
        try:
            default_store_path().parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{default_store_path().parent}: cannot create the data folder "
                             f"({exc.strerror or exc})") from None
    return is_default


def save_copy(store: Store, target: str) -> None:
    """Write a consistent copy of a SQLite store to `target` (File → Save As)."""
    if not store.is_sqlite:
        raise StoreError(f"{store.location}: only a SQLite store can be saved as a file")
    path = Path(target).expanduser()
    if path.resolve() == Path(store.location).resolve():
        raise StoreError(f"{path}: that is the open timeline itself")
    if path.is_dir():
        raise StoreError(f"{path}: is a directory")
    if not path.parent.is_dir():
        raise StoreError(f"{path}: the folder {path.parent} does not exist")
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.unlink(missing_ok=True)
        backup_sqlite(store.engine, str(tmp))
        tmp.replace(path)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"{path}: cannot write the copy ({exc})") from None
