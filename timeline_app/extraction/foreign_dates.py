"""Absolute dates in articles in other languages, through dateparser's locales.

The English grammar owns relative expressions and anchoring; in other languages we keep what
can be trusted without a grammar: dates with a day, month and year (or month and year) written
out, in the formats dateparser knows for that language.
"""

from __future__ import annotations

import re

from timeline_app.extraction.timex import DATE, Day, Timex, day_value, month_value, valid_day

#: Bound the work dateparser does: it is slow, and cannot be interrupted from a thread.
MAX_FOREIGN_CHARS = 200_000
_CANDIDATE = re.compile(
    r"(?<!\d)(?:\d{1,2}[.\s/-]*(?:(?:de|del)\s+)?(?:[^\W\d_]{3,12}\.?|\d{1,2})[.\s/,-]*(?:(?:de|del)\s+)?\d{4}"
    r"|[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2})(?:\s*(?:г\.|года|yılı))?(?!\d)",
    re.UNICODE,
)


def tag_foreign(text: str, dct: Day, language: str) -> list[Timex]:
    try:
        from dateparser.date import DateDataParser
    except ImportError:  # pragma: no cover - dateparser is a dependency
        return []
    parser = DateDataParser(languages=[language, "en"], settings={"PREFER_DAY_OF_MONTH": "first",
                                                                  "RETURN_AS_TIMEZONE_AWARE": False})
    out: list[Timex] = []
    for m in _CANDIDATE.finditer(text[:MAX_FOREIGN_CHARS]):
        span = m.group(0).strip(" ,.-/")
        try:
            data = parser.get_date_data(span)
        except (ValueError, TypeError, OverflowError, AttributeError):
            continue
        when = data.date_obj if data else None
        if when is None or not re.search(r"\d{4}", span) or str(when.year) not in span:
            continue
        start = m.start()
        end = start + len(span)
        if data.period == "month":
            value = month_value(when.year, when.month)
        elif valid_day(when.year, when.month, when.day):
            value = day_value(Day.of(when.year, when.month, when.day))
        else:
            continue
        out.append(Timex(start, end, text[start:end], DATE, value, f"written in full ({language})"))
    return out
