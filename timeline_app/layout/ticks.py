"""Axis ticks that adapt from millennia to minutes, in two tiers (e.g. months under their year).

Ticks fall on calendar boundaries (month starts, ISO-free day starts, year starts), computed with
`domain.calendar`, so years before 1 and after 9999 are labelled like any other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from timeline_app.domain import calendar as cal
from timeline_app.domain.when import MONTH_NAMES
from timeline_app.layout.viewport import Viewport

DAY = cal.SECONDS_PER_DAY
_APPROX = {"minute": 60, "hour": 3600, "day": DAY, "month": 30.44 * DAY, "year": 365.2425 * DAY}
#: Candidate minor tick steps, finest first.
STEPS: list[tuple[str, int]] = (
    [("minute", n) for n in (1, 5, 15, 30)]
    + [("hour", n) for n in (1, 3, 6, 12)]
    + [("day", n) for n in (1, 2, 7)]
    + [("month", n) for n in (1, 3, 6)]
    + [("year", n) for n in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000)]
)


@dataclass(frozen=True)
class Tick:
    seconds: int
    x: float
    label: str


@dataclass(frozen=True)
class AxisTicks:
    minor: list[Tick]
    major: list[Tick]
    minor_step: tuple[str, int]


def choose_step(seconds_per_pixel: float, min_spacing_px: float) -> tuple[str, int]:
    for unit, n in STEPS:
        if n * _APPROX[unit] / seconds_per_pixel >= min_spacing_px:
            return unit, n
    return STEPS[-1]


def major_step(minor: tuple[str, int]) -> tuple[str, int]:
    unit, n = minor
    if unit in ("minute", "hour"):
        return ("day", 1)
    if unit == "day":
        return ("month", 1)
    if unit == "month":
        return ("year", 1)
    for bigger in (10, 100, 1000, 10_000, 100_000, 1_000_000):
        if bigger > n:
            return ("year", bigger)
    return ("year", n * 10)


def iter_boundaries(unit: str, n: int, lo: float, hi: float) -> Iterator[int]:
    """Calendar boundaries of `n` `unit`s from just before `lo` to just after `hi`."""
    if unit in ("minute", "hour"):
        size = n * (60 if unit == "minute" else 3600)
        t = int(lo // size) * size
        while t <= hi:
            yield t
            t += size
        return
    if unit == "day":
        day = int(lo // DAY)
        if n == 7:  # weeks start on Monday
            day -= cal.weekday(day) - 1
        else:
            day -= day % n
        while day * DAY <= hi:
            yield day * DAY
            day += n
        return
    y, m, _, _, _ = cal.civil_from_seconds(int(max(lo, -(2**62))))
    if unit == "month":
        index = (y * 12 + m - 1) // n * n
        while True:
            t = cal.seconds_from_civil(index // 12, index % 12 + 1)
            if t > hi:
                return
            yield t
            index += n
    yield from _year_boundaries(y, n, hi)


def _year_boundaries(first_year: int, n: int, hi: float) -> Iterator[int]:
    """Year starts whose label is a round number: 200 BC, 100 BC, 100, 200 (there is no year 0)."""
    if n == 1:
        year = first_year
        step_years: Iterator[int] = iter(range(year, cal.MAX_YEAR + 1))
    else:
        def gen() -> Iterator[int]:
            k = (1 - first_year) // n + 1 if first_year <= 0 else 0
            while k >= 1:  # BC: astronomical year 1 - k*n reads "k*n BC"
                yield 1 - k * n
                k -= 1
            k = max(1, first_year // n)
            while True:
                yield k * n
                k += 1
        step_years = gen()
    for year in step_years:
        if year < cal.MIN_YEAR:
            continue
        if year > cal.MAX_YEAR:
            return
        t = cal.seconds_from_civil(year)
        if t > hi:
            return
        yield t


def tick_label(seconds: int, unit: str, n: int, major: bool) -> str:
    y, m, d, hh, mm = cal.civil_from_seconds(seconds)
    if unit in ("minute", "hour"):
        return f"{hh:02d}:{mm:02d}"
    if unit == "day":
        if major:
            return f"{d} {MONTH_NAMES[m - 1][:3]} {cal.format_year(y)}"
        return str(d)
    if unit == "month":
        return f"{MONTH_NAMES[m - 1]} {cal.format_year(y)}" if major else MONTH_NAMES[m - 1][:3]
    if n >= 10 and major and y > 0:
        return f"{y}s"
    return cal.format_year(y)


def compute_ticks(view: Viewport, measure: Callable[[str], float], min_spacing_px: float = 56) -> AxisTicks:
    """Minor and major ticks for a viewport; `measure` gives a label's width in pixels."""
    unit, n = choose_step(view.seconds_per_pixel, min_spacing_px)
    minor = [Tick(t, view.x_of(t), tick_label(t, unit, n, False))
             for t in iter_boundaries(unit, n, view.start, view.end)]
    # Widen the step when the labels themselves do not fit (long month names, BC years).
    widest = max((measure(t.label) for t in minor), default=0)
    while widest + 10 > n * _APPROX[unit] / view.seconds_per_pixel and (unit, n) != STEPS[-1]:
        unit, n = STEPS[STEPS.index((unit, n)) + 1]
        minor = [Tick(t, view.x_of(t), tick_label(t, unit, n, False))
                 for t in iter_boundaries(unit, n, view.start, view.end)]
        widest = max((measure(t.label) for t in minor), default=0)
    big_unit, big_n = major_step((unit, n))
    major = [Tick(t, view.x_of(t), tick_label(t, big_unit, big_n, True))
             for t in iter_boundaries(big_unit, big_n, view.start, view.end)]
    return AxisTicks(minor=minor, major=major, minor_step=(unit, n))
