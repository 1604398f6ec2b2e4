"""The date model: a half-open interval at a stated precision.

A chronology is only as trustworthy as its dates, and news states dates at every granularity
("in the fall of 2020", "since 1991", "Nov. 30"). `When` keeps what the text allows and no
more: integer bounds (seconds from 1970, proleptic Gregorian, any year the store accepts), the
precision, whether the text hedged ("around", "early"), and the phrase it came from. The TIMEX3
value is the interchange form, and `from_timex` / `to_timex` round-trip every value `to_timex`
emits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum

from timeline_app.domain import calendar as cal


class Precision(StrEnum):
    """How finely a date is known; ordered from finest to coarsest."""

    MINUTE = "minute"
    HOUR = "hour"
    PART_OF_DAY = "part_of_day"
    DAY = "day"
    WEEKEND = "weekend"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    MILLENNIUM = "millennium"

    @property
    def rank(self) -> int:
        return _PRECISION_ORDER.index(self)


_PRECISION_ORDER = list(Precision)

SEASONS = ("SP", "SU", "FA", "WI")
#: First month of each TIMEX3 season; winter starts in December and runs into the next year.
SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter"}
#: Parts of the day: TIMEX3 code -> (start hour, length in hours).
PARTS_OF_DAY = {"MO": (6, 6), "MI": (11, 2), "AF": (12, 6), "EV": (18, 4), "NI": (22, 8), "DT": (9, 8)}
_PART_BY_START = {start: code for code, (start, _) in PARTS_OF_DAY.items() if code not in ("MI", "DT")}
PART_NAMES = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


class TimexError(ValueError):
    """A TIMEX3 value that names no interval on the calendar (a duration, a set, `PRESENT_REF`…)."""


@dataclass(frozen=True, order=True)
class When:
    """A half-open interval [earliest, latest) of seconds from 1970-01-01, at a precision."""

    earliest: int
    latest: int
    precision: Precision
    approximate: bool = False
    phrase: str = ""

    def __post_init__(self) -> None:
        if self.latest <= self.earliest:
            raise ValueError(f"empty interval: {self.earliest} >= {self.latest}")

    # ----- construction -------------------------------------------------------------------
    @classmethod
    def of_year(cls, year: int) -> When:
        _check_year(year)
        return cls(cal.seconds_from_civil(year), cal.seconds_from_civil(year + 1), Precision.YEAR)

    @classmethod
    def of_month(cls, year: int, month: int) -> When:
        _check_year(year)
        if not 1 <= month <= 12:
            raise TimexError(f"no month {month}")
        ny, nm = cal.add_months(year, month, 1)
        return cls(cal.seconds_from_civil(year, month), cal.seconds_from_civil(ny, nm), Precision.MONTH)

    @classmethod
    def of_day(cls, year: int, month: int, day: int) -> When:
        _check_year(year)
        if not (1 <= month <= 12 and 1 <= day <= cal.days_in_month(year, month)):
            raise TimexError(f"no day {year}-{month}-{day}")
        start = cal.seconds_from_civil(year, month, day)
        return cls(start, start + cal.SECONDS_PER_DAY, Precision.DAY)

    @classmethod
    def of_day_number(cls, days: int) -> When:
        return cls(days * cal.SECONDS_PER_DAY, (days + 1) * cal.SECONDS_PER_DAY, Precision.DAY)

    @classmethod
    def of_week(cls, iso_year: int, week: int) -> When:
        _check_year(iso_year)
        if not 1 <= week <= cal.weeks_in_iso_year(iso_year):
            raise TimexError(f"no week {week} in {iso_year}")
        start = cal.iso_week_start(iso_year, week) * cal.SECONDS_PER_DAY
        return cls(start, start + 7 * cal.SECONDS_PER_DAY, Precision.WEEK)

    @classmethod
    def of_season(cls, year: int, season: str) -> When:
        _check_year(year)
        first = SEASON_START_MONTH[season]
        ey, em = cal.add_months(year, first, 3)
        return cls(cal.seconds_from_civil(year, first), cal.seconds_from_civil(ey, em), Precision.SEASON)

    @classmethod
    def of_quarter(cls, year: int, quarter: int) -> When:
        _check_year(year)
        if not 1 <= quarter <= 4:
            raise TimexError(f"no quarter {quarter}")
        ey, em = cal.add_months(year, 3 * quarter - 2, 3)
        return cls(cal.seconds_from_civil(year, 3 * quarter - 2), cal.seconds_from_civil(ey, em), Precision.QUARTER)

    @classmethod
    def of_half(cls, year: int, half: int) -> When:
        _check_year(year)
        if half not in (1, 2):
            raise TimexError(f"no half {half}")
        start = cal.seconds_from_civil(year, 1 if half == 1 else 7)
        end = cal.seconds_from_civil(year, 7) if half == 1 else cal.seconds_from_civil(year + 1)
        return cls(start, end, Precision.HALF)

    @classmethod
    def of_decade(cls, decade: int) -> When:
        """`decade` is the year divided by ten: 199 is the 1990s."""
        _check_year(decade * 10)
        return cls(cal.seconds_from_civil(decade * 10), cal.seconds_from_civil(decade * 10 + 10), Precision.DECADE)

    @classmethod
    def of_century(cls, century: int) -> When:
        """`century` as TIMEX3 writes it: 19 is 1900–1999 (the 20th century)."""
        _check_year(century * 100)
        return cls(cal.seconds_from_civil(century * 100), cal.seconds_from_civil(century * 100 + 100), Precision.CENTURY)

    @classmethod
    def of_millennium(cls, millennium: int) -> When:
        _check_year(millennium * 1000)
        return cls(
            cal.seconds_from_civil(millennium * 1000), cal.seconds_from_civil(millennium * 1000 + 1000),
            Precision.MILLENNIUM,
        )

    @classmethod
    def of_time(cls, year: int, month: int, day: int, hour: int, minute: int | None = None) -> When:
        base = cls.of_day(year, month, day).earliest
        if not (0 <= hour <= 24 and (minute is None or 0 <= minute <= 59)):
            raise TimexError(f"no time {hour}:{minute}")
        if minute is None:
            start = base + hour * 3600
            return cls(start, start + 3600, Precision.HOUR)
        start = base + hour * 3600 + minute * 60
        return cls(start, start + 60, Precision.MINUTE)

    @classmethod
    def of_part_of_day(cls, year: int, month: int, day: int, part: str) -> When:
        start_hour, hours = PARTS_OF_DAY[part]
        start = cls.of_day(year, month, day).earliest + start_hour * 3600
        return cls(start, start + hours * 3600, Precision.PART_OF_DAY)

    @classmethod
    def of_weekend(cls, iso_year: int, week: int) -> When:
        week_start = cls.of_week(iso_year, week).earliest
        start = week_start + 5 * cal.SECONDS_PER_DAY
        return cls(start, start + 2 * cal.SECONDS_PER_DAY, Precision.WEEKEND)

    @classmethod
    def from_timex(cls, value: str, phrase: str = "", approximate: bool = False) -> When:
        """Parse a TIMEX3 calendar value. Raises `TimexError` for durations, sets and refs."""
        when = _parse_timex(value.strip().upper())
        return replace(when, phrase=phrase, approximate=approximate)

    # ----- reading --------------------------------------------------------------------------
    @property
    def start_civil(self) -> tuple[int, int, int, int, int]:
        return cal.civil_from_seconds(self.earliest)

    @property
    def year(self) -> int:
        return self.start_civil[0]

    def to_timex(self) -> str:
        y, m, d, hh, mm = self.start_civil
        p = self.precision
        if p is Precision.MINUTE:
            return f"{_year_str(y)}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}"
        if p is Precision.HOUR:
            return f"{_year_str(y)}-{m:02d}-{d:02d}T{hh:02d}"
        if p is Precision.PART_OF_DAY:
            return f"{_year_str(y)}-{m:02d}-{d:02d}T{_PART_BY_START.get(hh, 'DT')}"
        if p is Precision.DAY:
            return f"{_year_str(y)}-{m:02d}-{d:02d}"
        if p in (Precision.WEEK, Precision.WEEKEND):
            days = self.earliest // cal.SECONDS_PER_DAY
            if p is Precision.WEEKEND:
                days -= 5
            iy, w = cal.iso_week_of(days)
            return f"{_year_str(iy)}-W{w:02d}" + ("-WE" if p is Precision.WEEKEND else "")
        if p is Precision.MONTH:
            return f"{_year_str(y)}-{m:02d}"
        if p is Precision.SEASON:
            code = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}[m]
            return f"{_year_str(y)}-{code}"
        if p is Precision.QUARTER:
            return f"{_year_str(y)}-Q{(m - 1) // 3 + 1}"
        if p is Precision.HALF:
            return f"{_year_str(y)}-H{1 if m < 7 else 2}"
        if p is Precision.YEAR:
            return _year_str(y)
        if p is Precision.DECADE:
            return _prefix_str(y // 10, 3) + "X"
        if p is Precision.CENTURY:
            c = y // 100
            return f"{c:02d}" if 0 <= c <= 99 else _prefix_str(c, 2) + "XX"
        return _prefix_str(y // 1000, 1) + "XXX"

    def label(self) -> str:
        """The date as a reader would write it: "Nov 30, 2023", "fall 2020", "the 1990s"."""
        y, m, d, hh, mm = self.start_civil
        p = self.precision
        year = cal.format_year(y)
        prefix = "c. " if self.approximate else ""
        if p is Precision.MINUTE:
            text = f"{MONTH_NAMES[m - 1][:3]} {d}, {year} {hh:02d}:{mm:02d}"
        elif p is Precision.HOUR:
            text = f"{MONTH_NAMES[m - 1][:3]} {d}, {year} {hh:02d}:00"
        elif p is Precision.PART_OF_DAY:
            part = PART_NAMES[_PART_BY_START.get(hh, "DT")]
            text = f"{MONTH_NAMES[m - 1][:3]} {d}, {year}, {part}"
        elif p is Precision.DAY:
            text = f"{MONTH_NAMES[m - 1][:3]} {d}, {year}"
        elif p in (Precision.WEEK, Precision.WEEKEND):
            text = ("weekend of " if p is Precision.WEEKEND else "week of ") + f"{MONTH_NAMES[m - 1][:3]} {d}, {year}"
        elif p is Precision.MONTH:
            text = f"{MONTH_NAMES[m - 1]} {year}"
        elif p is Precision.SEASON:
            text = f"{SEASON_NAMES[{3: 'SP', 6: 'SU', 9: 'FA', 12: 'WI'}[m]]} {year}"
        elif p is Precision.QUARTER:
            text = f"Q{(m - 1) // 3 + 1} {year}"
        elif p is Precision.HALF:
            text = f"{'first' if m < 7 else 'second'} half of {year}"
        elif p is Precision.YEAR:
            text = year
        elif p is Precision.DECADE:
            text = f"{cal.format_year(y)}s" if y > 0 else f"decade from {year}"
        elif p is Precision.CENTURY:
            c = y // 100 + 1
            text = f"{c}{_ordinal_suffix(c)} century" if c > 0 else f"century from {year}"
        else:
            text = f"millennium from {year}"
        return prefix + text

    def overlaps(self, other: When) -> bool:
        return self.earliest < other.latest and other.earliest < self.latest

    def contains(self, other: When) -> bool:
        return self.earliest <= other.earliest and other.latest <= self.latest


def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _check_year(year: int) -> None:
    if not cal.MIN_YEAR <= year <= cal.MAX_YEAR:
        raise TimexError(f"year {year} is outside the range the store accepts")


def _year_str(year: int) -> str:
    if 0 <= year <= 9999:
        return f"{year:04d}"
    return ("-" if year < 0 else "+") + f"{abs(year):04d}"


def _prefix_str(value: int, width: int) -> str:
    if value >= 0 and len(str(value)) <= width:
        return f"{value:0{width}d}"
    return ("-" if value < 0 else "+") + f"{abs(value):0{width}d}"


_YEARISH = re.compile(r"^(?P<sign>[+-]|BC)?(?P<digits>\d+)(?P<x>X*)$")
_DATE = re.compile(r"^(?P<year>(?:[+-]|BC)?\d{4,})-(?P<rest>.+)$")


def _parse_year_token(token: str) -> When:
    m = _YEARISH.match(token)
    if not m:
        raise TimexError(f"not a TIMEX3 calendar value: {token!r}")
    sign, digits, xs = m.group("sign"), m.group("digits"), m.group("x")
    number = int(digits)
    if sign == "BC":
        if xs:
            raise TimexError(f"not a TIMEX3 calendar value: {token!r}")
        return When.of_year(1 - number)
    if sign == "-":
        number = -number
    explicit = bool(sign)
    if xs == "X":
        return When.of_decade(number)
    if xs == "XX":
        return When.of_century(number)
    if xs == "XXX":
        return When.of_millennium(number)
    if xs:
        raise TimexError(f"not a TIMEX3 calendar value: {token!r}")
    if not explicit and len(digits) == 2:
        return When.of_century(number)
    if not explicit and len(digits) == 3:
        return When.of_decade(number)
    if not explicit and len(digits) == 1:
        return When.of_millennium(number)
    return When.of_year(number)


def _year_of(token: str) -> int:
    if token.startswith("BC"):
        return 1 - int(token[2:])
    return int(token)


def _parse_timex(value: str) -> When:
    if not value or value.startswith("P") or value.endswith("_REF") or value.startswith("XXXX"):
        raise TimexError(f"not a TIMEX3 calendar value: {value!r}")
    m = _DATE.match(value)
    if not m:
        return _parse_year_token(value)
    year = _year_of(m.group("year"))
    rest = m.group("rest")
    if rest in SEASON_START_MONTH:
        return When.of_season(year, rest)
    if q := re.fullmatch(r"Q([1-4])", rest):
        return When.of_quarter(year, int(q.group(1)))
    if h := re.fullmatch(r"H([12])", rest):
        return When.of_half(year, int(h.group(1)))
    if w := re.fullmatch(r"W(\d{1,2})(-WE)?", rest):
        return (When.of_weekend if w.group(2) else When.of_week)(year, int(w.group(1)))
    if re.fullmatch(r"(QX|HX|WXX|XX|XX-XX)", rest):
        return When.of_year(year)
    if mo := re.fullmatch(r"(\d{2})(?:-XX)?", rest):
        return When.of_month(year, int(mo.group(1)))
    dm = re.fullmatch(r"(\d{2})-(\d{2})(?:T(.+))?", rest)
    if not dm:
        raise TimexError(f"not a TIMEX3 calendar value: {value!r}")
    month, day, time = int(dm.group(1)), int(dm.group(2)), dm.group(3)
    if time is None:
        return When.of_day(year, month, day)
    if time in PARTS_OF_DAY:
        return When.of_part_of_day(year, month, day, time)
    tm = re.fullmatch(r"(\d{2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?", time)
    if not tm:
        raise TimexError(f"not a TIMEX3 calendar value: {value!r}")
    minute = int(tm.group(2)) if tm.group(2) is not None else None
    return When.of_time(year, month, day, int(tm.group(1)), minute)


#: How many months, days or seconds one step of each precision is, for moving events in time.
_MONTH_STEPS = {Precision.MONTH: 1, Precision.SEASON: 3, Precision.QUARTER: 3, Precision.HALF: 6,
                Precision.YEAR: 12, Precision.DECADE: 120, Precision.CENTURY: 1200, Precision.MILLENNIUM: 12000}
_SECOND_STEPS = {Precision.MINUTE: 60, Precision.HOUR: 3600, Precision.PART_OF_DAY: 86_400,
                 Precision.DAY: 86_400, Precision.WEEKEND: 7 * 86_400, Precision.WEEK: 7 * 86_400}


def step_seconds(precision: Precision) -> float:
    """The length of one step at this precision (months counted as 30.44 days)."""
    if precision in _SECOND_STEPS:
        return _SECOND_STEPS[precision]
    return _MONTH_STEPS[precision] * 30.436875 * 86_400


def shift(when: When, steps: int) -> When:
    """The same kind of date `steps` of its own units later (a month moves by months, a season by
    seasons…), so that a moved date keeps its precision and stays on the calendar."""
    if steps == 0:
        return when
    p = when.precision
    if p in _SECOND_STEPS:
        delta = steps * _SECOND_STEPS[p]
        return When(when.earliest + delta, when.latest + delta, p, when.approximate, when.phrase)
    y, m, _, _, _ = when.start_civil
    ny, nm = cal.add_months(y, m, steps * _MONTH_STEPS[p])
    ey, em, _, _, _ = cal.civil_from_seconds(when.latest)
    ly, lm = cal.add_months(ey, em, steps * _MONTH_STEPS[p])
    _check_year(ny)
    _check_year(ly)
    return When(cal.seconds_from_civil(ny, nm), cal.seconds_from_civil(ly, lm), p, when.approximate, when.phrase)
