from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QImage, QPainter

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
