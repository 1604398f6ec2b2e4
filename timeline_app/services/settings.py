"""User settings: a small JSON file in the platform's config folder (no Qt, testable anywhere).

Every folder the app writes to comes from here, so tests point them all at `tmp_path` with the
`TIMELINE_APP_HOME` variable.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

APP_NAME = "timeline_app"
DB_ENV = "TIMELINE_APP_DB"
HOME_ENV = "TIMELINE_APP_HOME"
MAX_RECENT = 8


def data_dir() -> Path:
    home = os.environ.get(HOME_ENV)
    return Path(home) / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    home = os.environ.get(HOME_ENV)
    return Path(home) / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_store_path() -> Path:
    return data_dir() / "default.timeline.sqlite"


def resolve_db(option: str | None) -> str:
    """The store to open: `--db`, else `TIMELINE_APP_DB`, else the default file."""
    return option or os.environ.get(DB_ENV) or str(default_store_path())


@dataclass
class Settings:
    recent_files: list[str] = field(default_factory=list)
    lanes: str = "kind"

    @classmethod
    def load(cls) -> Settings:
        path = config_dir() / "settings.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        recent = [str(p) for p in raw.get("recent_files", []) if isinstance(p, str)]
        return cls(recent_files=recent[:MAX_RECENT], lanes=str(raw.get("lanes", "kind")))

    def save(self) -> bool:
        """Write the settings; False when the config folder cannot be written (the app goes on:
        recent files and the lane mode are conveniences, not data)."""
        folder = config_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            tmp = folder / "settings.json.tmp"
            tmp.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
            os.replace(tmp, folder / "settings.json")
        except OSError:
            return False
        return True

    def remember(self, location: str) -> None:
        self.recent_files = [location] + [p for p in self.recent_files if p != location]
        del self.recent_files[MAX_RECENT:]
