from datetime import date

import pytest

from timeline_app.extraction.when_text import parse_when_text


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("fall 2020", "2020-FA", None, "season"),
        ("Nov. 30, 2023", "2023-11-30", None, "day"),
        ("1990s", "199X", None, "decade"),
        ("2020-09-27 to 2020-11-10", "2020-09-27", "2020-11-10", "day"),
        ("from 1988 to 1994", "1988", "1994", "year"),
        ("2020-FA", "2020-FA", None, "season"),
        ("September 2023", "2023-09", None, "month"),
        ("449 BC", "-0448", None, "year"),
    ],
)
def test_typed_dates(text, start, end, precision):
    first, second = parse_when_text(text, date(2023, 11, 28))
    assert first.to_timex() == start and first.precision.value == precision
    assert (second.to_timex() if second else None) == end


def test_nonsense_is_none():
    assert parse_when_text("no date here", date(2023, 11, 28)) is None
    assert parse_when_text("", date(2023, 11, 28)) is None
