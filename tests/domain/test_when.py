from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.domain import calendar as cal
from timeline_app.domain.when import Precision, TimexError, When


def seconds(y, m=1, d=1):
    return int(dt.datetime(y, m, d, tzinfo=dt.UTC).timestamp())


@pytest.mark.parametrize(
    ("value", "start", "end", "precision"),
    [
        ("2023-11-30", seconds(2023, 11, 30), seconds(2023, 12, 1), Precision.DAY),
        ("2023-09", seconds(2023, 9, 1), seconds(2023, 10, 1), Precision.MONTH),
        ("2020-FA", seconds(2020, 9, 1), seconds(2020, 12, 1), Precision.SEASON),
        ("2020-WI", seconds(2020, 12, 1), seconds(2021, 3, 1), Precision.SEASON),
        ("1991", seconds(1991), seconds(1992), Precision.YEAR),
        ("199X", seconds(1990), seconds(2000), Precision.DECADE),
        ("199", seconds(1990), seconds(2000), Precision.DECADE),
        ("19", seconds(1900), seconds(2000), Precision.CENTURY),
        ("2023-Q4", seconds(2023, 10, 1), seconds(2024), Precision.QUARTER),
        ("2018-H2", seconds(2018, 7, 1), seconds(2019), Precision.HALF),
        ("2023-W48", seconds(2023, 11, 27), seconds(2023, 12, 4), Precision.WEEK),
        ("2021-W01", seconds(2021, 1, 4), seconds(2021, 1, 11), Precision.WEEK),
        ("2000-W6", seconds(2000, 2, 7), seconds(2000, 2, 14), Precision.WEEK),
    ],
)
def test_values_name_the_right_interval(value, start, end, precision):
    when = When.from_timex(value)
    assert (when.earliest, when.latest, when.precision) == (start, end, precision)


def test_times_and_parts_of_day():
    when = When.from_timex("2023-11-27T14:00")
    assert when.precision is Precision.MINUTE
    assert when.earliest == seconds(2023, 11, 27) + 14 * 3600
    morning = When.from_timex("2023-11-27TMO")
    assert morning.precision is Precision.PART_OF_DAY and morning.to_timex() == "2023-11-27TMO"


def test_years_outside_datetime():
    bc = When.from_timex("BC0449")
    assert bc.year == -448 and bc.to_timex() == "-0448" and bc.label() == "449 BC"
    far = When.from_timex("12000")
    assert far.year == 12000 and far.to_timex() == "+12000"
    assert When.from_timex("9999-12-31").latest == cal.seconds_from_civil(10000)


@pytest.mark.parametrize("value", ["P3Y", "PRESENT_REF", "PAST_REF", "XXXX-WXX-2", "", "2023-13", "2023-02-30", "abc"])
def test_non_calendar_values_raise_timex_error(value):
    with pytest.raises(TimexError):
        When.from_timex(value)


def test_labels_say_the_precision():
    assert When.from_timex("2020-FA").label() == "fall 2020"
    assert When.from_timex("2023-11-30").label() == "Nov 30, 2023"
    assert When.from_timex("199X").label() == "1990s"
    assert When.from_timex("2023-09").label() == "September 2023"
    assert When.from_timex("1991", approximate=True).label() == "c. 1991"


def test_empty_interval_is_refused():
    with pytest.raises(ValueError):
        When(10, 10, Precision.DAY)


@given(st.integers(min_value=-3_000_000, max_value=3_000_000))
def test_day_numbers_round_trip(days):
    y, m, d = cal.civil_from_days(days)
    assert cal.days_from_civil(y, m, d) == days


@given(st.dates())
def test_calendar_agrees_with_datetime(date):
    assert cal.days_from_civil(date.year, date.month, date.day) == (date - dt.date(1970, 1, 1)).days
    assert cal.iso_week_of(cal.days_from_civil(date.year, date.month, date.day)) == tuple(date.isocalendar())[:2]


years = st.integers(min_value=cal.MIN_YEAR + 1000, max_value=cal.MAX_YEAR - 1000)  # room for the decade and century around


@st.composite
def whens(draw):
    kind = draw(st.sampled_from(["day", "month", "year", "season", "quarter", "half", "week", "decade", "century",
                                 "minute", "hour", "part", "weekend"]))
    y = draw(years)
    if kind == "day":
        m = draw(st.integers(1, 12))
        return When.of_day(y, m, draw(st.integers(1, cal.days_in_month(y, m))))
    if kind == "month":
        return When.of_month(y, draw(st.integers(1, 12)))
    if kind == "year":
        return When.of_year(y)
    if kind == "season":
        return When.of_season(y, draw(st.sampled_from(["SP", "SU", "FA", "WI"])))
    if kind == "quarter":
        return When.of_quarter(y, draw(st.integers(1, 4)))
    if kind == "half":
        return When.of_half(y, draw(st.integers(1, 2)))
    if kind in ("week", "weekend"):
        week = draw(st.integers(1, cal.weeks_in_iso_year(y)))
        return When.of_week(y, week) if kind == "week" else When.of_weekend(y, week)
    if kind == "decade":
        return When.of_decade(y // 10)
    if kind == "century":
        return When.of_century(y // 100)
    if kind == "part":
        return When.of_part_of_day(y, 3, 1, draw(st.sampled_from(["MO", "AF", "EV", "NI"])))
    return When.of_time(y, 6, 15, draw(st.integers(0, 23)), draw(st.integers(0, 59)) if kind == "minute" else None)


@given(whens())
def test_timex_round_trip(when):
    again = When.from_timex(when.to_timex())
    assert (again.earliest, again.latest, again.precision) == (when.earliest, when.latest, when.precision)
    assert again.to_timex() == when.to_timex()
