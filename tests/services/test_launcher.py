from __future__ import annotations

import shutil
import subprocess

import pytest

from timeline_app.cli import main
from timeline_app.services.launcher import APP_ID, RESOURCES


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-validate is not installed")
def test_desktop_file_validates():
    result = subprocess.run(["desktop-file-validate", str(RESOURCES / f"{APP_ID}.desktop")], capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed")
def test_metainfo_validates():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(RESOURCES / f"{APP_ID}.metainfo.xml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_install_and_uninstall_into_a_prefix(tmp_path, capsys):
    assert main(["install-launcher", "--prefix", str(tmp_path)]) == 0
    desktop = tmp_path / "applications" / f"{APP_ID}.desktop"
    text = desktop.read_text()
    assert "%U" in text and "Exec=" in text and "Exec=timeline-app" not in text  # an absolute command
    assert (tmp_path / "icons" / "hicolor" / "48x48" / "apps" / "timeline-app.png").exists()
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "timeline-app.svg").exists()
    assert (tmp_path / "mime" / "packages" / "timeline-app.xml").exists()
    assert (tmp_path / "metainfo" / f"{APP_ID}.metainfo.xml").exists()
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True).returncode == 0
    assert main(["uninstall-launcher", "--prefix", str(tmp_path)]) == 0
    assert not desktop.exists()
    assert not (tmp_path / "icons" / "hicolor" / "48x48" / "apps" / "timeline-app.png").exists()


def test_launch_paths_split_store_and_articles():
    from timeline_app.ui.app import split_launch_paths

    store, rest = split_launch_paths(["file:///home/u/a.timeline.sqlite", "/tmp/x.txt", "https://example.org/a"])
    assert store == "/home/u/a.timeline.sqlite" and rest == ["/tmp/x.txt", "https://example.org/a"]
