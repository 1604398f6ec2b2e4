"""Curation in the window: the editor, drag-move with undo, delete, merge, actors, undoing an import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


@pytest.fixture
def window(qtbot, open_window, demo_store):
    win = open_window(demo_store.location)
    qtbot.waitUntil(lambda: bool(win.timeline.frame.hitboxes))
    return win


def box_of(window, title_start):
    widget = window.timeline
    widget.repaint()
    for box in widget.frame.hitboxes:
        event = widget._frame_events[box.event_index]
        if event.title.startswith(title_start):
            return box, event
    raise AssertionError(f"{title_start!r} not drawn")


def test_editor_changes_title_and_date_and_undo_restores(qtbot, window):
    box, event = box_of(window, "Delegations meet")
    window.edit_event(event.id)
    editor = window.event_editor
    editor.title.setText("Border commissions meet")
    editor.start.setText("fall 2023")
    assert "fall 2023" in editor.understood.text() and "season" in editor.understood.text()
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    stored = window.repository.get_event(event.id)
    assert stored.title == "Border commissions meet" and stored.start.to_timex() == "2023-FA"
    assert window.undo_action.text() == "&Undo Edit 'Border commissions meet'"
    window.undo_action.trigger()
    restored = window.repository.get_event(event.id)
    assert restored.title == event.title and restored.start.to_timex() == "2023-11-30"
    window.redo_action.trigger()
    assert window.repository.get_event(event.id).title == "Border commissions meet"


def test_unreadable_date_disables_ok(qtbot, window):
    _, event = box_of(window, "Delegations meet")
    window.edit_event(event.id)
    editor = window.event_editor
    editor.start.setText("whenever it suits")
    assert not editor.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    editor.reject()


def test_drag_moves_an_event_in_whole_steps_and_undo_brings_it_back(qtbot, window):
    from timeline_app.domain.when import When
    from timeline_app.layout.viewport import Viewport

    nov = When.from_timex("2023-11")
    window.timeline.set_view(Viewport.fit(nov.earliest, nov.latest + 30 * 86_400, window.timeline.width()))
    box, event = box_of(window, "Delegations meet")
    start = box.rect.center().toPoint()
    pixels_per_day = 86_400 / window.timeline.view.seconds_per_pixel
    end = QPoint(start.x() + int(3.2 * pixels_per_day), start.y())
    qtbot.mousePress(window.timeline, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 11):
        qtbot.mouseMove(window.timeline, QPoint(start.x() + (end.x() - start.x()) * step // 10, start.y()))
    qtbot.mouseRelease(window.timeline, Qt.MouseButton.LeftButton, pos=end)
    assert window.repository.get_event(event.id).start.to_timex() == "2023-12-03"
    assert window.undo_stack.count() == 1  # the whole drag is one step
    assert window.undo_action.text().startswith("&Undo Move 'Delegations meet")
    window.undo_action.trigger()
    assert window.repository.get_event(event.id).start.to_timex() == "2023-11-30"


def test_delete_key_and_undo(qtbot, window):
    box, event = box_of(window, "Blinken holds")
    qtbot.mouseClick(window.timeline, Qt.MouseButton.LeftButton, pos=box.rect.center().toPoint())
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_Delete)
    assert window.repository.get_event(event.id) is None
    assert all(e.id != event.id for e in window.timeline.events())
    window.undo_action.trigger()
    assert window.repository.get_event(event.id).title == event.title
    assert any(e.id == event.id for e in window.timeline.events())


def test_ctrl_click_select_and_merge(qtbot, window):
    box_a, a = box_of(window, "Blinken holds")
    box_b, b = box_of(window, "Delegations meet")
    qtbot.mouseClick(window.timeline, Qt.MouseButton.LeftButton, pos=box_a.rect.center().toPoint())
    qtbot.mouseClick(window.timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     pos=box_b.rect.center().toPoint())
    assert window.timeline.selected == {a.id, b.id}
    window.merge_selected(keep_index=[a.id, b.id].index(min(a.id, b.id)))
    survivors = [e for e in (window.repository.get_event(i) for i in (a.id, b.id)) if e is not None]
    assert len(survivors) == 1 and survivors[0].date_conflict
    assert len(survivors[0].sources) == len(a.sources) + len(b.sources) or len(survivors[0].sources) >= 1
    window.undo_action.trigger()
    assert window.repository.get_event(a.id) is not None and window.repository.get_event(b.id) is not None


def test_rename_and_merge_an_actor(qtbot, window):
    window.rename_actor_dialog("Nikol Pashinyan", "Armenia's prime minister")
    assert "Armenia's prime minister" in window.repository.actor_names()
    assert "Nikol Pashinyan" not in window.repository.actor_names()
    window.undo_action.trigger()
    assert any("Nikol Pashinyan" in e.actors for e in window.repository.list_events())


def test_double_click_empty_space_creates_an_event_there(qtbot, window):
    from timeline_app.domain.when import When
    from timeline_app.layout.viewport import Viewport

    year = When.from_timex("2010")
    window.timeline.set_view(Viewport.fit(year.earliest, year.latest, window.timeline.width()))
    count = window.repository.count_events()
    window.timeline.createRequested.emit(When.from_timex("2010-06-15").earliest + 3600)
    editor = window.event_editor
    assert editor.parsed_dates()[0].to_timex() == "2010-06"  # a year in view: month precision
    editor.title.setText("Summit in Astana")
    editor.actors.setText("Kazakhstan, Armenia")
    editor.add_source("https://example.org/summit")
    editor.add_source("file:///etc/passwd")  # refused: not a web link
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert window.repository.count_events() == count + 1
    made = next(e for e in window.repository.list_events() if e.title == "Summit in Astana")
    assert made.actors == ("Kazakhstan", "Armenia") and [s.article_url for s in made.sources] == ["https://example.org/summit"]
    window.undo_action.trigger()
    assert window.repository.count_events() == count


def test_undoing_an_import_removes_what_it_added(qtbot, window):
    count = window.repository.count_events()
    from timeline_app.ui.drops import ImportItem

    window.importer.accept_all = True
    window.import_items([ImportItem(source=str(ARTICLES / "caspian-border-talks.txt"))])
    qtbot.waitUntil(lambda: not window.importer.busy, timeout=20_000)
    # (five new events: the sixth, the September 2022 border fighting, is merged into the demo timeline's own)
    assert window.repository.count_events() == count + 5
    assert window.undo_action.text().startswith("&Undo Import")
    window.undo_action.trigger()
    assert window.repository.count_events() == count and window.repository.count_articles() == 0
    window.redo_action.trigger()
    assert window.repository.count_events() == count + 5


def test_actor_manager_colours_and_hides_lanes(qtbot, window):
    from timeline_app.render.theme import actor_color

    window.set_lane_mode("actor")
    window.actor_manager()
    manager = window.actors_dialog
    names = [manager.table.item(r, 0).text() for r in range(manager.table.rowCount())]
    row = names.index("Armenia")
    manager.table.setCurrentCell(row, 0)
    manager.set_colour("#123456")
    assert actor_color("Armenia").name() == "#123456"
    row = [manager.table.item(r, 0).text() for r in range(manager.table.rowCount())].index("Armenia")
    manager.table.item(row, 2).setCheckState(Qt.CheckState.Unchecked)
    assert "Armenia" not in [lane.name for lane in window.timeline.index.lanes]
    window.timeline.repaint()
    assert all(lane.name != "Armenia" for lane in window.timeline.frame.lanes)
    manager.table.item(row, 2).setCheckState(Qt.CheckState.Checked)
    assert "Armenia" in [lane.name for lane in window.timeline.index.lanes]


def test_split_sources_from_the_window(qtbot, window):
    box, event = box_of(window, "Delegations meet")
    from dataclasses import replace

    from timeline_app.domain.model import EventSource

    full = window.repository.get_event(event.id)
    window.repository.replace_event(replace(full, sources=full.sources + (EventSource(article_url="https://b.example/x"),)))
    window.timeline.select_event(event.id)
    window.split_selected([1])
    assert len(window.repository.get_event(event.id).sources) == 1
    assert window.undo_action.text().startswith("&Undo Split")
    window.undo_action.trigger()
    assert len(window.repository.get_event(event.id).sources) == 2


def test_shift_drag_selects_with_a_rubber_band(qtbot, window):
    widget = window.timeline
    widget.repaint()
    boxes = widget.frame.hitboxes[:3]
    top_left = QPoint(int(min(b.rect.left() for b in boxes)) - 2, int(min(b.rect.top() for b in boxes)) - 2)
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, QPoint(2, 60))
    qtbot.mouseMove(widget, QPoint(widget.width() - 5, widget.height() - 60))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, QPoint(widget.width() - 5, widget.height() - 60))
    assert len(widget.selected) >= 10
    assert top_left.x() >= -2


def test_dragging_the_end_of_a_bar_makes_it_longer(qtbot, window):
    from timeline_app.domain.when import When
    from timeline_app.layout.viewport import Viewport

    window.timeline.set_view(Viewport.fit(When.from_timex("2020-08").earliest, When.from_timex("2020-12").latest,
                                          window.timeline.width()))
    window.timeline.repaint()
    (x0, x1), y = next(geometry for geometry, e in window.timeline._drawn_bars if e.title.startswith("Second Karabakh"))
    event = next(e for _, e in window.timeline._drawn_bars if e.title.startswith("Second Karabakh"))
    days = 86_400 / window.timeline.view.seconds_per_pixel
    qtbot.mousePress(window.timeline, Qt.MouseButton.LeftButton, pos=QPoint(int(x1), int(y)))
    qtbot.mouseMove(window.timeline, QPoint(int(x1 + 5 * days), int(y)))
    qtbot.mouseRelease(window.timeline, Qt.MouseButton.LeftButton, pos=QPoint(int(x1 + 5 * days), int(y)))
    stored = window.repository.get_event(event.id)
    assert stored.end.to_timex() in ("2020-11-14", "2020-11-15", "2020-11-16")
    window.undo_action.trigger()
    assert window.repository.get_event(event.id).end.to_timex() == "2020-11-10"


def test_hover_tooltip_says_date_as_written_precision_and_sources(qtbot, window):
    box, event = box_of(window, "Humanitarian truces")
    text = window.timeline.hover_text(event)
    assert "fall 2020" in text and "season" in text and "as written: “2020-FA”" in text and "1 source" in text
    qtbot.mouseMove(window.timeline, box.rect.center().toPoint())
