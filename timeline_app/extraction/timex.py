"""What the temporal tagger emits, and the calendar arithmetic it anchors values with."""

from __future__ import annotations

from dataclasses import dataclass

from timeline_app.domain import calendar as cal

DATE, TIME, DURATION, SET = "DATE", "TIME", "DURATION", "SET"


@dataclass(frozen=True)
class Timex:
    """One temporal expression: its span in the text, TIMEX3 type and value, and how it was read.

    `mod` carries TIMEX3's START/MID/END/APPROX (the value itself never changes with it);
    `range_id` pairs the two ends of a range ("from 1988 to 1994").
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    derivation: str = ""
    mod: str = ""
    range_id: int | None = None
    range_role: str = ""  # "start" | "end" for the two ends of a range
    #: A point of comparison ("a year earlier", "the year-ago quarter"): it does not move the
    #: story's time, so "the quarter" after it still means the quarter being reported.
    comparison: bool = False

    def as_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text, "type": self.type, "value": self.value}


@dataclass(frozen=True)
class Day:
    """A calendar day as a day number (days from 1970-01-01), with handy views."""

    number: int

    @classmethod
    def of(cls, year: int, month: int, day: int) -> Day:
        return cls(cal.days_from_civil(year, month, day))

    @property
    def ymd(self) -> tuple[int, int, int]:
        return cal.civil_from_days(self.number)

    @property
    def year(self) -> int:
        return self.ymd[0]

    @property
    def month(self) -> int:
        return self.ymd[1]

    @property
    def weekday(self) -> int:
        return cal.weekday(self.number)

    @property
    def quarter(self) -> int:
        return (self.month - 1) // 3 + 1

    def plus(self, days: int) -> Day:
        return Day(self.number + days)

    def label(self) -> str:
        y, m, d = self.ymd
        return f"{d} {_MONTH_ABBR[m - 1]} {cal.format_year(y)}"


_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def year_str(year: int) -> str:
    if 0 <= year <= 9999:
        return f"{year:04d}"
    return ("-" if year < 0 else "+") + f"{abs(year):04d}"


def day_value(day: Day) -> str:
    y, m, d = day.ymd
    return f"{year_str(y)}-{m:02d}-{d:02d}"


def month_value(year: int, month: int) -> str:
    year, month = cal.add_months(year, month, 0)
    return f"{year_str(year)}-{month:02d}"


def week_value(day: Day) -> str:
    y, w = cal.iso_week_of(day.number)
    return f"{year_str(y)}-W{w:02d}"


def weekend_value(dct: Day, ahead: bool) -> str:
    """The weekend a bare "the weekend" means, told on `dct`: the last one (this one from Sunday), or the coming one
    when the sentence looks `ahead` (the next one from Sunday)."""
    if ahead:
        return week_value(dct.plus(7) if dct.weekday >= 6 else dct) + "-WE"
    return week_value(dct.plus(-7) if dct.weekday < 6 else dct) + "-WE"


def quarter_value(year: int, quarter: int) -> str:
    index = year * 4 + quarter - 1
    return f"{year_str(index // 4)}-Q{index % 4 + 1}"


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= cal.days_in_month(year, month)
