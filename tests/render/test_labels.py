from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QImage, QPainter

from timeline_app.domain.model import Event
from timeline_app.domain.vocab import EventKind
from timeline_app.domain.when import When
from timeline_app.layout.viewport import Viewport
from timeline_app.render.painter import Scene, paint_timeline
from timeline_app.services.demo import load_demo_events


@pytest.fixture
def app(qapp):
    return qapp


def render(events, view, mode="kind"):
    image = QImage(1600, 900, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    frame = paint_timeline(painter, 1600, 900, Scene(events=events, view=view, lane_mode=mode))
    painter.end()
    return image, frame


@pytest.mark.parametrize("mode", ["kind", "actor", "none"])
@pytest.mark.parametrize("window", [("1900", "2030"), ("2019", "2024"), ("2023-09", "2023-12"), ("2023-11-20", "2023-12-02")])
def test_no_two_drawn_labels_overlap(app, mode, window):
    events = load_demo_events()
    for i, e in enumerate(events):
        object.__setattr__(e, "id", i + 1)
    view = Viewport.fit(When.from_timex(window[0]).earliest, When.from_timex(window[1]).latest, 1600)
    _, frame = render(events, view, mode)
    assert frame.label_rects, "nothing labelled"
    for a, b in itertools.combinations(frame.label_rects, 2):
        assert not a.adjusted(0.5, 0.5, -0.5, -0.5).intersects(b), (a, b)


def test_empty_store_says_how_to_start(app):
    image, frame = render([], Viewport.fit(0, 86_400 * 365, 1600))
    assert frame.hitboxes == []
    assert not image.isNull()


def test_no_event_is_drawn_under_a_lane_s_name_and_a_short_bar_s_label_follows_it(app):
    events = [Event(title="More than a hundred thousand people crossed the border during the month",
                    start=When.from_timex("2023-09"), kind=EventKind.OTHER),
              Event(title="The offensive began at dawn with artillery fire on three towns",
                    start=When.from_timex("2023-09-19"), kind=EventKind.MILITARY_ACTION)]
    for i, e in enumerate(events):
        object.__setattr__(e, "id", i + 1)
    # the month's bar starts at the left edge, where the lane's name is written
    view = Viewport.fit(When.from_timex("2023-09-08").earliest, When.from_timex("2023-10-31").latest, 1600)
    _, frame = render(events, view, "kind")
    assert frame.lane_name_rects and len(frame.label_rects) == 2
    for name in frame.lane_name_rects:
        for drawn in frame.label_rects + frame.shapes:
            assert not name.intersects(drawn), (name, drawn)
    # a day is a bar far shorter than its title: the title is written after it, not across it
    day_bar = min(frame.shapes, key=lambda r: r.width())
    day_label = next(r for r in frame.label_rects if abs(r.center().y() - day_bar.center().y()) < 4)
    assert day_label.left() >= day_bar.right()
