from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.domain import calendar as cal
from timeline_app.domain.when import When
from timeline_app.layout.ticks import compute_ticks
from timeline_app.layout.viewport import Viewport


def measure(text: str) -> float:
    return 7.0 * len(text)


@given(st.floats(0, 1600), st.floats(0.2, 5.0))
def test_zoom_keeps_the_time_under_the_cursor(x, factor):
    view = Viewport.fit(When.from_timex("1990").earliest, When.from_timex("2025").latest, 1600)
    before = view.seconds_at(x)
    after = view.zoom_about(x, factor)
    assert after.seconds_at(x) == pytest.approx(before, rel=1e-9, abs=1.0)


def test_pan_moves_content_by_the_pixels_dragged():
    view = Viewport.fit(0, 86_400 * 365, 1000)
    t = view.seconds_at(300)
    assert view.pan_pixels(100).x_of(t) == pytest.approx(400)


@pytest.mark.parametrize(
    ("span_seconds", "unit"),
    [
        (3600 * 3, {"minute"}),
        (86_400 * 3, {"hour"}),
        (86_400 * 40, {"day"}),
        (86_400 * 365 * 2, {"month"}),
        (86_400 * 365 * 60, {"year"}),
    ],
)
def test_tick_unit_follows_the_zoom(span_seconds, unit):
    view = Viewport(start=cal.seconds_from_civil(2023), seconds_per_pixel=span_seconds / 1600, width=1600)
    ticks = compute_ticks(view, measure)
    assert ticks.minor_step[0] in unit
    assert len(ticks.minor) >= 3


@given(st.integers(-500_000, 500_000), st.floats(0.1, 5e10))
def test_minor_labels_fit_between_their_ticks(year, spp):
    view = Viewport(start=cal.seconds_from_civil(year), seconds_per_pixel=spp, width=1600)
    ticks = compute_ticks(view, measure)
    xs = [t.x for t in ticks.minor]
    assert xs == sorted(xs)
    for a, b in zip(ticks.minor, ticks.minor[1:], strict=False):
        assert b.x - a.x >= measure(a.label) + 10 - 1e-6


def test_years_before_one_are_labelled_bc():
    view = Viewport.fit(When.from_timex("BC0500").earliest, When.from_timex("BC0400").latest, 1600)
    labels = [t.label for t in compute_ticks(view, measure).minor]
    assert any(label.endswith("BC") for label in labels)
    assert not any(label.startswith("-") for label in labels)
