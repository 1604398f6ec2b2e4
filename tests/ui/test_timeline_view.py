"""The timeline with 10,000 events, driven by keyboard, wheel and the overview strip; frames at
five zoom levels checked for overlapping labels; search from the window."""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent

from timeline_app.domain import calendar as cal
from timeline_app.domain.model import Event
from timeline_app.domain.vocab import EventKind
from timeline_app.domain.when import When
from timeline_app.layout.viewport import Viewport
from timeline_app.ui.overview import OverviewStrip
from timeline_app.ui.timeline_widget import TimelineWidget

ACTORS = ["Armenia", "Azerbaijan", "Georgia", "Turkey", "Russia", "Iran"]


def synthetic(n: int, seed: int = 1) -> list[Event]:
    rng = random.Random(seed)
    lo, hi = cal.days_from_civil(1900, 1, 1), cal.days_from_civil(2025, 1, 1)
    out = []
    for i in range(n):
        y, m, d = cal.civil_from_days(rng.randrange(lo, hi))
        p = rng.random()
        start = When.of_day(y, m, d) if p < 0.6 else When.of_month(y, m) if p < 0.85 else When.of_year(y)
        out.append(Event(id=i + 1, title=f"Event {i + 1} between {rng.choice(ACTORS)} and {rng.choice(ACTORS)}",
                         start=start, kind=rng.choice(list(EventKind)), actors=(rng.choice(ACTORS),)))
    return out


@pytest.fixture
def widget(qtbot):
    w = TimelineWidget()
    qtbot.addWidget(w)
    w.resize(1600, 900)
    w.show()
    qtbot.waitExposed(w)
    w.set_events(synthetic(10_000))
    return w


def wheel(widget, x, notches):
    pos = QPointF(x, 400)
    event = QWheelEvent(pos, widget.mapToGlobal(pos), QPoint(0, 0), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    widget.wheelEvent(event)


def test_keyboard_and_wheel_move_around_ten_thousand_events(qtbot, widget):
    widget.setFocus()
    whole = widget.view
    for _ in range(12):
        wheel(widget, 800, 3)
    zoomed = widget.view
    assert zoomed.seconds_per_pixel < whole.seconds_per_pixel / 100
    start = zoomed.start
    qtbot.keyClick(widget, Qt.Key.Key_D)
    assert widget.view.start > start
    qtbot.keyClick(widget, Qt.Key.Key_A)
    assert widget.view.start == pytest.approx(start)
    qtbot.keyClick(widget, Qt.Key.Key_S)
    assert widget.view.seconds_per_pixel > zoomed.seconds_per_pixel
    qtbot.keyClick(widget, Qt.Key.Key_N)
    [first] = widget.selected
    qtbot.keyClick(widget, Qt.Key.Key_N)
    [second] = widget.selected
    assert second != first
    qtbot.keyClick(widget, Qt.Key.Key_P)
    assert widget.selected == {first}
    qtbot.keyClick(widget, Qt.Key.Key_F)
    selected = widget.events()[[e.id for e in widget.events()].index(first)]
    assert widget.view.start <= selected.earliest and selected.latest <= widget.view.end
    qtbot.keyClick(widget, Qt.Key.Key_Home)
    assert widget.view.seconds_per_pixel == pytest.approx(whole.seconds_per_pixel)
    with qtbot.waitSignal(widget.searchRequested, timeout=1000):
        qtbot.keyClick(widget, Qt.Key.Key_Slash)


ZOOMS = {"whole": None, "10y": 10 * 365.25 * 86_400, "1y": 365.25 * 86_400, "1m": 30 * 86_400, "1d": 86_400}


@pytest.mark.parametrize("zoom", list(ZOOMS))
@pytest.mark.parametrize("mode", ["kind", "actor"])
def test_frames_at_five_zoom_levels_never_overlap_labels(qtbot, widget, tmp_path, zoom, mode):
    widget.set_lane_mode(mode)
    if ZOOMS[zoom] is not None:
        centre = cal.seconds_from_civil(1960, 6, 15)
        widget.set_view(Viewport.fit(int(centre - ZOOMS[zoom] / 2), int(centre + ZOOMS[zoom] / 2), 1600, margin=0))
    shot = tmp_path / f"{zoom}.png"
    assert widget.grab().save(str(shot))
    image = QImage(str(shot))
    assert len({image.pixel(x, y) for x in range(0, 1600, 25) for y in range(0, 900, 25)}) > 5
    rects = widget.frame.label_rects
    for a, b in itertools.combinations(rects, 2):
        assert not a.adjusted(0.5, 0.5, -0.5, -0.5).intersects(b), (a, b)


def test_dense_lanes_are_drawn_from_counts_and_cost_does_not_follow_the_total(widget):
    events, dense, totals, lanes = widget.frame_content(1600)
    assert dense and len(events) <= 200  # the whole span: counts, not 10,000 labels
    assert sum(totals.values()) <= 10_000
    assert all(counts.shape == (1600,) for counts in dense.values())


def test_overview_strip_drag_moves_the_view(qtbot, widget):
    strip = OverviewStrip(widget)
    qtbot.addWidget(strip)
    strip.resize(1600, 44)
    strip.show()
    for _ in range(10):
        wheel(widget, 800, 3)
    before = widget.view.start
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(100, 20))
    assert widget.view.start < before
    assert not strip.grab().isNull()


def test_upsert_adds_and_replaces_without_reloading(widget):
    count = widget.event_count()
    new = Event(id=999_999, title="A fresh event", start=When.from_timex("1950-05-05"))
    changed = Event(id=1, title="Renamed", start=When.from_timex("1999-01-01"))
    widget.upsert_events([new, changed])
    assert widget.event_count() == count + 1
    by_id = {e.id: e for e in widget.events()}
    assert by_id[1].title == "Renamed" and by_id[999_999].title == "A fresh event"
    assert np.all(np.diff(widget.index.columns.earliest) >= 0)


def test_search_from_the_window_lists_highlights_and_jumps(qtbot, open_window, demo_store):
    window = open_window(demo_store.location)
    window.search_box.setText("pashinyan")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.results.count() >= 3 and window.results_dock.isVisible()
    assert window.timeline.highlighted == set(window._search_ids)
    first = set(window.timeline.selected)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert set(window.timeline.selected) != first
    window.search_box.setText('"); DROP TABLE events; --')
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.results.count() == 0 and window.repository.count_events() > 20


def test_filters_by_kind_status_actor_and_dates(qtbot, open_window, demo_store):
    window = open_window(demo_store.location)
    everything = window.timeline.event_count()
    window.kind_filter.setCurrentIndex(window.kind_filter.findData(EventKind.TALKS))
    talks = window.timeline.event_count()
    assert 0 < talks < everything
    assert all(e.kind is EventKind.TALKS for e in window.timeline.events())
    window.actor_filter.setText("Antony Blinken")
    window.apply_filters()
    assert [e.title for e in window.timeline.events()] == ["Foreign ministers hold peace talks near Washington"]
    window.kind_filter.setCurrentIndex(0)
    window.actor_filter.setText("")
    window.from_filter.setText("2023")
    window.to_filter.setText("2023")
    window.apply_filters()
    assert window.timeline.events() and all(e.latest > When.from_timex("2023").earliest and
                                            e.earliest < When.from_timex("2023").latest for e in window.timeline.events())
    window.from_filter.setText("")
    window.to_filter.setText("")
    window.apply_filters()
    assert window.timeline.event_count() == everything
