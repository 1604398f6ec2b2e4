"""A count of time from the day of writing that bounds a happening ahead dates it by the day it reaches."""

from datetime import date

from timeline_app.extraction.counted_deadlines import dated_deadlines
from timeline_app.extraction.temporal import tag

PUBLISHED = date(2026, 12, 3)


def deadlines(text, published=PUBLISHED):
    return [(t.text, t.value) for t in dated_deadlines(text, tag(text, published, language="en"), published, "en")]


def test_a_count_ahead_from_the_day_of_writing_is_due_by_the_day_it_reaches():
    assert deadlines("A technical committee will meet in Ramallah within two weeks.") == [("within two weeks", "2026-12-17")]
    assert deadlines("Troops will withdraw within 48 hours.") == [("within 48 hours", "2026-12-05")]
    assert deadlines("Talks are expected to resume within a month.") == [("within a month", "2027-01")]
    assert deadlines("He will decide in the next ten days.") == [("the next ten days", "2026-12-13")]
    assert deadlines("The envoy promises to report within three years.") == [("within three years", "2029")]
    # (a relative clause's own schedule, too)
    assert deadlines("The deal sets up a mechanism that is to meet within 30 days.") == [("within 30 days", "2027-01-02")]
    assert deadlines("It creates a body, which will meet within two weeks.") == [("within two weeks", "2026-12-17")]


def test_a_count_from_another_happening_or_a_past_telling_or_a_length_itself_bounds_nothing():
    assert deadlines("Israel must withdraw within 30 days of the truce.") == []
    assert deadlines("The army had pledged to leave within 30 days.") == []
    assert deadlines("Officials said they would respond within a week.") == []
    assert deadlines("The next two weeks will be decisive.") == []
    assert deadlines("A deal will be reached within weeks.") == []  # (a vague count has no day to reach)
    assert deadlines("Borders will change within 30 years.") == []  # (a horizon, no date)
    assert dated_deadlines("Los gobiernos se reunirán dentro de tres meses.", [], PUBLISHED, "es") == []


def test_a_future_of_another_clause_does_not_put_the_count_ahead():
    assert deadlines("He argued the deal will reduce the risk of a war, which he said could break out within a week.") == []
    # (…nor one whose day the text writes out after it)
    assert deadlines("Short-term contracts must end within six months, by April 25, 2027.") == []


def test_a_count_after_a_time_told_before_it_runs_from_that_time_not_from_now():
    assert deadlines("The mission's mandate runs until the end of 2027, after which its troops will withdraw within a "
                     "year.") == []
    assert deadlines("The first phase ends in March; thereafter the two armies will pull back within six months.") == []
