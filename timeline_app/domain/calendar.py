"""Proleptic Gregorian arithmetic on plain integers.

`datetime` stops at years 1 and 9999, but a chronology may mention 449 BC or the year 12000.
Every bound in the app is an integer count of seconds from 1970-01-01 (UTC, proleptic
Gregorian, astronomical years: year 0 is 1 BC), computed here without `datetime`.
"""

from __future__ import annotations

SECONDS_PER_DAY = 86_400

#: Years the store accepts. Wide enough for ancient history and far futures, small enough that
#: every bound fits a signed 64-bit column with room to spare.
MIN_YEAR = -999_999
MAX_YEAR = 999_999


def days_from_civil(year: int, month: int, day: int) -> int:
    """Days from 1970-01-01 to the given date (Howard Hinnant's algorithm, any year)."""
    y = year - (1 if month <= 2 else 0)
    era = y // 400  # floor division: Python needs no correction for negative years
    yoe = y - era * 400
    mp = (month + 9) % 12
    doy = (153 * mp + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146_097 + doe - 719_468


def civil_from_days(days: int) -> tuple[int, int, int]:
    """Inverse of `days_from_civil`: (year, month, day)."""
    z = days + 719_468
    era = z // 146_097
    doe = z - era * 146_097
    yoe = (doe - doe // 1460 + doe // 36_524 - doe // 146_096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + (1 if m <= 2 else 0), m, d)


def nearest_year_of_month(month: int, year: int, current_month: int) -> int:
    """The year of the `month` nearest the month `current_month` of `year`; of two as near (six months either way), the
    one ahead."""
    ahead = (month - current_month) % 12
    return year + (1 if month < current_month and ahead <= 6 else 0) - (1 if month > current_month and ahead > 6 else 0)


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def weekday(days: int) -> int:
    """ISO weekday of a day number: Monday 1 … Sunday 7 (1970-01-01 was a Thursday)."""
    return (days + 3) % 7 + 1


def iso_week_start(year: int, week: int) -> int:
    """Day number of the Monday that starts ISO week `week` of ISO year `year`."""
    jan4 = days_from_civil(year, 1, 4)
    return jan4 - (weekday(jan4) - 1) + (week - 1) * 7


def iso_week_of(days: int) -> tuple[int, int]:
    """(ISO year, ISO week) of a day number."""
    thursday = days - weekday(days) + 4
    year = civil_from_days(thursday)[0]
    return year, (thursday - days_from_civil(year, 1, 1)) // 7 + 1


def weeks_in_iso_year(year: int) -> int:
    return iso_week_of(days_from_civil(year, 12, 28))[1]


def seconds_from_civil(year: int, month: int = 1, day: int = 1, hour: int = 0, minute: int = 0) -> int:
    return days_from_civil(year, month, day) * SECONDS_PER_DAY + hour * 3600 + minute * 60


def civil_from_seconds(seconds: int) -> tuple[int, int, int, int, int]:
    """(year, month, day, hour, minute) of a bound."""
    days, rest = divmod(seconds, SECONDS_PER_DAY)
    y, m, d = civil_from_days(days)
    return y, m, d, rest // 3600, (rest % 3600) // 60


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def format_year(year: int) -> str:
    """A year for people: 1991, 449 BC, 12000."""
    if year <= 0:
        return f"{1 - year} BC"
    return str(year)
