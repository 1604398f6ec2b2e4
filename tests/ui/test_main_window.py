from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage

from timeline_app.cli import main
from timeline_app.services.settings import Settings, default_store_path
from timeline_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.resize(1600, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_first_start_opens_the_seeded_default_store(window, qtbot):
    assert window.open_location(str(default_store_path()))
    assert len(window.timeline.events()) >= 20
    assert "demo timeline" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: bool(window.timeline.frame.hitboxes))


def test_wheel_zooms_about_the_cursor(window, qtbot, demo_store):
    window.open_location(demo_store.location)
    widget = window.timeline
    before = widget.view
    pos = QPointF(widget.width() * 0.7, widget.height() / 2)
    anchor = before.seconds_at(pos.x())
    from PySide6.QtGui import QWheelEvent

    event = QWheelEvent(pos, widget.mapToGlobal(pos), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    widget.wheelEvent(event)
    after = widget.view
    assert after.seconds_per_pixel < before.seconds_per_pixel
    assert abs(after.seconds_at(pos.x()) - anchor) < after.seconds_per_pixel * 2


def test_drag_pans(window, qtbot, demo_store):
    window.open_location(demo_store.location)
    widget = window.timeline
    start = widget.view.start
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=QPoint(600, 400))
    for x in range(600, 400, -20):
        qtbot.mouseMove(widget, QPoint(x, 400))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=QPoint(400, 400))
    assert widget.view.start > start  # content moved left: later times came into view


def test_click_on_an_event_shows_its_sources(window, qtbot, demo_store):
    window.open_location(demo_store.location)
    widget = window.timeline
    qtbot.waitUntil(lambda: bool(widget.frame.hitboxes))
    target = next(b for b in widget.frame.hitboxes if widget.events()[b.event_index].title.startswith("Delegations"))
    with qtbot.waitSignal(widget.eventSelected, timeout=2000) as blocker:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=target.rect.center().toPoint())
    assert blocker.args[0] == widget.events()[target.event_index].id
    html = window.details.toHtml()
    assert "Delegations meet on border delimitation" in html
    assert "https://www.aa.com.tr/en" in html


def test_keyboard_zoom_and_fit(window, qtbot, demo_store):
    window.open_location(demo_store.location)
    widget = window.timeline
    widget.setFocus()
    fitted = widget.view.seconds_per_pixel
    qtbot.keyClick(widget, Qt.Key.Key_W)
    assert widget.view.seconds_per_pixel < fitted
    qtbot.keyClick(widget, Qt.Key.Key_Home)
    assert widget.view.seconds_per_pixel == pytest.approx(fitted)


def test_opening_a_bad_file_keeps_the_current_store_and_says_why(window, qtbot, demo_store, tmp_path):
    window.open_location(demo_store.location)
    bogus = tmp_path / "random.timeline.sqlite"
    bogus.write_bytes(b"\x00\x01garbage" * 100)
    assert not window.open_location(str(bogus))
    assert window.store.location == demo_store.location
    assert "random.timeline.sqlite" in window.statusBar().currentMessage()
    assert bogus.read_bytes() == b"\x00\x01garbage" * 100


def test_save_as_writes_a_copy_and_opens_it(window, demo_store, tmp_path):
    window.open_location(demo_store.location)
    target = tmp_path / "copy.timeline.sqlite"
    assert window.save_as(str(target))
    assert window.store.location == str(target)
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == len(window.timeline.events())
    assert str(target) in Settings.load().recent_files


def test_links_other_than_http_are_never_opened():
    from timeline_app.ui.links import safe_url

    assert safe_url("https://example.org/a?b=c") is not None
    for bad in ("file:///etc/passwd", "javascript:alert(1)", "data:text/html,x", "ftp://x.org/", "http://", "not a url"):
        assert safe_url(bad) is None


def test_screenshot_command_writes_a_readable_png(tmp_path, capsys):
    shot = tmp_path / "shot.png"
    assert main(["gui", "--screenshot", str(shot)]) == 0
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1600, 900)
    # Not an empty window: many distinct colours from events, lanes and the axis.
    colours = {image.pixel(x, y) for x in range(0, 1600, 16) for y in range(0, 900, 16)}
    assert len(colours) > 20
