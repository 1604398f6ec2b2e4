"""Installing the desktop launcher: the .desktop file, icons, AppStream metainfo and the file type
of timeline stores, into the user's data folder (or any prefix), and removing them again."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
APP_ID = "io.github.timelineapp.Timeline"
ICON = "timeline-app"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


class LauncherError(Exception):
    pass


def default_prefix() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def _targets(prefix: Path) -> dict[Path, Path]:
    """source file -> where it goes."""
    out = {
        RESOURCES / f"{APP_ID}.desktop": prefix / "applications" / f"{APP_ID}.desktop",
        RESOURCES / f"{APP_ID}.metainfo.xml": prefix / "metainfo" / f"{APP_ID}.metainfo.xml",
        RESOURCES / "timeline-app-mime.xml": prefix / "mime" / "packages" / "timeline-app.xml",
        RESOURCES / "icons" / "timeline-app.svg": prefix / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON}.svg",
    }
    for size in ICON_SIZES:
        out[RESOURCES / "icons" / "hicolor" / f"timeline-app-{size}.png"] = (
            prefix / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON}.png")
    return out


def _executable() -> str:
    """The command the launcher runs: the installed script beside this Python, else `python -m`."""
    script = Path(sys.executable).with_name("timeline-app")
    if script.exists():
        return str(script)
    found = shutil.which("timeline-app")
    return found or f"{sys.executable} -m timeline_app"


def install_launcher(prefix: Path | None = None) -> list[str]:
    prefix = prefix or default_prefix()
    done = []
    for source, target in _targets(prefix).items():
        if not source.exists():
            raise LauncherError(f"{source}: missing from the installation")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.suffix == ".desktop":
                text = source.read_text(encoding="utf-8")
                command = _executable()
                text = text.replace("Exec=timeline-app gui %U", f"Exec={command} gui %U")
                text = text.replace("TryExec=timeline-app", f"TryExec={command.split()[0]}")
                target.write_text(text, encoding="utf-8")
            else:
                shutil.copyfile(source, target)
        except OSError as exc:
            raise LauncherError(f"{target}: cannot be written ({exc.strerror or exc})") from None
        done.append(f"installed {target}")
    _refresh_caches(prefix)
    return done


def uninstall_launcher(prefix: Path | None = None) -> list[str]:
    prefix = prefix or default_prefix()
    done = []
    for target in _targets(prefix).values():
        if target.exists():
            try:
                target.unlink()
            except OSError as exc:
                raise LauncherError(f"{target}: cannot be removed ({exc.strerror or exc})") from None
            done.append(f"removed {target}")
    _refresh_caches(prefix)
    return done or ["nothing to remove"]


def _refresh_caches(prefix: Path) -> None:
    """Tell the desktop about the change when its tools are installed; harmless when they are not."""
    for command in (["update-desktop-database", str(prefix / "applications")],
                    ["update-mime-database", str(prefix / "mime")]):
        if shutil.which(command[0]) and Path(command[1]).is_dir():
            subprocess.run(command, check=False, capture_output=True, timeout=60)  # noqa: S603 - fixed commands
