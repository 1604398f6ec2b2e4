"""The tagger on sentences written for these tests, one group per kind of expression."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.domain.when import When
from timeline_app.extraction import lexicon as lx
from timeline_app.extraction.temporal import tag

DCT = date(2023, 11, 28)  # a Tuesday


def values(text, dct=DCT, **kw):
    return [(t.text, t.type, t.value) for t in tag(text, dct, language="en", **kw)]


def value_of(text, phrase, dct=DCT):
    for t in tag(text, dct, language="en"):
        if t.text == phrase:
            return t.value
    raise AssertionError(f"{phrase!r} not tagged in {values(text, dct)}")


def foreign_value_of(text, phrase, dct, language):
    """The value the tagger gives `phrase` in a text of `language`, or the whole tagging when it tags no such phrase."""
    found = {t.text: t.value for t in tag(text, dct, language=language)}
    return found.get(phrase, found)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The dateline read 28.11.2023 above the story.", "28.11.2023", "2023-11-28"),
        ("Envoys will return on Nov. 30 for more talks.", "Nov. 30", "2023-11-30"),
        ("The accord was signed on 30 November 2023 in Brussels.", "30 November 2023", "2023-11-30"),
        ("The accord was signed on November 30th, 2023 in Brussels.", "November 30th, 2023", "2023-11-30"),
        ("The file is dated 2023-11-30 in the archive.", "2023-11-30", "2023-11-30"),
        ("The form says 11/30/2023 at the top.", "11/30/2023", "2023-11-30"),
        ("The summit opened on Tuesday, Nov. 21, in Geneva.", "Tuesday, Nov. 21", "2023-11-21"),
        ("The paper is dated 2023/11/30.", "2023/11/30", "2023-11-30"),
        ("The form says 2023.11.26 at the top.", "2023.11.26", "2023-11-26"),
        ("The decree of 26-11-2023 is in force.", "26-11-2023", "2023-11-26"),
        ("The vote is set for Thursday 30 November.", "Thursday 30 November", "2023-11-30"),
        ("Forecasts cover H1 2024.", "H1 2024", "2024-H1"),
        ("Margins fell in 2H 2023.", "2H 2023", "2023-H2"),
        ("Revenue in FY24 rose.", "FY24", "2024"),
        # an abbreviation's full stop may stand for its space, as some wires write it
        ("The envoys met on Nov.30 in Geneva.", "Nov.30", "2023-11-30"),
        ("The accord was signed on Dec.1, 2022 in Baku.", "Dec.1, 2022", "2022-12-01"),
        # days in ordinal words, as transcripts write them
        ("The day of action is this coming Sunday, March eighth.", "this coming Sunday, March eighth", "2024-03-08"),
        ("Independence was declared on the twenty-first of September, 1991.",
         "the twenty-first of September, 1991", "1991-09-21"),
        # a year that a modifier or a preposition marks is a year even before a count noun
        ("At the end of 2019 troops were withdrawn.", "the end of 2019", "2019"),
        ("In 2019 troops crossed the border.", "2019", "2019"),
        # a holiday's week
        ("Pilgrims crowded the old city during Easter week.", "Easter week", "2023-W14"),
    ],
)
def test_absolute_dates(text, phrase, value):
    assert value_of(text, phrase) == value


def test_clock_times_told_with_the_part_of_the_day():
    assert value_of("The shelling began at 4 in the morning.", "4 in the morning") == "2023-11-28T04:00"
    assert value_of("Curfew starts at ten o'clock at night.", "ten o'clock at night") == "2023-11-28T22:00"


def test_wire_clock_times_are_times_not_years():
    text = "The truce, which took effect at 0600 GMT on Friday, held. Hamas spoke at around 1900 GMT."
    assert ("0600 GMT on Friday", "TIME", "2023-11-24T06:00") in values(text)
    assert ("1900 GMT", "TIME", "2023-11-24T19:00") in values(text)
    assert all(t.value != "1900" for t in tag(text, DCT, language="en"))


def test_the_morning_of_the_day_in_view():
    assert value_of("Shelling resumed on 12 May 1994. Envoys met in the morning.", "the morning") == "1994-05-12TMO"
    assert values("Envoys usually meet in the morning.") == []


def test_parts_of_the_day_keep_the_day():
    assert value_of("Shares slid in mid-afternoon yesterday.", "mid-afternoon yesterday") == "2023-11-27TAF"
    assert value_of("Shelling went on overnight near the border.", "overnight") == "2023-11-27TNI"
    assert value_of("Crews will work overnight to reopen the road.", "overnight") == "2023-11-28TNI"
    assert value_of("Drones struck the capital overnight on Saturday.", "overnight on Saturday") == "2023-11-25TNI"


def test_a_clock_time_takes_the_day_counted_after_it():
    """"at 3 p.m. the following day" is one time of the day after the one told, not a time of that day
    and a day apart."""
    assert values("Talks opened on 11 March 2024 and closed at 3 p.m. the following day.") == [
        ("11 March 2024", "DATE", "2024-03-11"), ("3 p.m. the following day", "TIME", "2024-03-12T15:00")]
    assert values("The truce was announced on 11 March 2024 and took effect at midnight the next day.")[1:] == [
        ("midnight the next day", "TIME", "2024-03-12T24:00")]
    assert values("The vote opened on 4 May 2025. It closed at 8 p.m. that day.")[1:] == [
        ("8 p.m. that day", "TIME", "2025-05-04T20:00")]
    # "the day after" heading a noun phrase counts nothing after the clock
    assert values("They met at 9 a.m. the day after the vote.")[0] == ("9 a.m.", "TIME", "2023-11-28T09:00")


def test_clock_times_keep_the_day():
    assert value_of("The ministers met at 3 p.m. on the border.", "3 p.m.") == "2023-11-28T15:00"
    assert value_of("Shelling stopped at 14:00 GMT yesterday.", "14:00 GMT yesterday") == "2023-11-27T14:00"
    assert value_of("Shelling stopped at 14.30 GMT.", "14.30 GMT") == "2023-11-28T14:30"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The truce took effect at 9:45 p.m. local time on 6 November.", "9:45 p.m. local time on 6 November",
         "2023-11-06T21:45"),
        ("The truce took effect at 9:45 p.m. on June 6, 2021.", "9:45 p.m. on June 6, 2021", "2021-06-06T21:45"),
        ("Shots rang out at 10 p.m. on Thursday 2 November.", "10 p.m. on Thursday 2 November", "2023-11-02T22:00"),
        ("The offensive began at 0600 GMT on 3 March 2022.", "0600 GMT on 3 March 2022", "2022-03-03T06:00"),
        # the same moment in universal time, in brackets, is part of the phrase, not a second time
        ("The truce took effect at 7am local time (05:00 GMT) on 24 November.",
         "7am local time (05:00 GMT) on 24 November", "2023-11-24T07:00"),
    ],
)
def test_a_clock_time_takes_the_date_written_after_it_day_first_or_with_its_year(text, phrase, value):
    assert value_of(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value", "dct"),
    [
        ("Both armies withdrew in September.", "September", "2023-09", DCT),
        ("The talks collapsed in August.", "August", "2022-08", date(2023, 3, 10)),
        ("The talks will resume in August.", "August", "2023-08", date(2023, 3, 10)),
        ("Leaders spoke by phone on Monday.", "Monday", "2023-11-27", DCT),
        ("Leaders will speak by phone on Monday.", "Monday", "2023-12-04", DCT),
        ("The commission is expected to meet on Nov. 30.", "Nov. 30", "2023-11-30", DCT),
        ("The statement came on Nov. 21.", "Nov. 21", "2023-11-21", DCT),
        ("He recalled the talks of Dec. 20.", "Dec. 20", "2022-12-20", date(2023, 1, 5)),
        # the verb after a fronted date decides when none stands before it
        ("In March, the mission reported heavy losses.", "March", "2023-03", date(2023, 10, 27)),
        ("In March, the mission will report to the council.", "March", "2024-03", date(2023, 10, 27)),
        # an abbreviation's full stop does not end the clause
        ("Envoys will fly to the U.S. as early as Thursday.", "Thursday", "2023-11-30", DCT),
        # ...but an acronym can end a sentence: its tense stays behind
        ("Envoys will brief NATO. On Thursday, talks resumed.", "Thursday", "2023-11-23", DCT),
        # intentions look ahead of a past verb
        ("The monitors planned to leave the capital on Thursday.", "Thursday", "2023-11-30", DCT),
        ("The parties agreed to sign the accord in January.", "January", "2024-01", DCT),
        ("The ministry announced an agreement to buy the port in January.", "January", "2024-01", DCT),
        ("The talks are to resume Friday in Doha.", "Friday", "2023-12-01", DCT),
        ("A new envoy will be named in December.", "December", "2023-12", date(2023, 3, 4)),
        ("The ministry has scheduled a briefing Thursday.", "Thursday", "2023-11-30", DCT),
        ("Exiles planned a march on Saturday and were planning a vigil.", "Saturday", "2023-12-02", DCT),
        # news writes a scheduled happening in the present tense
        ("The two leaders meet separately Monday with the envoy.", "Monday", "2023-12-04", DCT),
        ("Border talks resume on Friday in Vienna.", "Friday", "2023-12-01", DCT),
        # …a place may stand between the verb and its day, not another clause's verb nor a noun's object
        ("NATO leaders arrive in the Turkish capital on Friday for a summit.", "Friday", "2023-12-01", DCT),
        ("The envoys return to the region on Friday.", "Friday", "2023-12-01", DCT),
        # (a count's plural is no present: "won the most votes in February")
        ("His party won the most votes in February but fell short of a majority.", "February", "2023-02", DCT),
        ("It won 40,000 votes in March.", "March", "2023-03", DCT),
        # …and so may what a vote is on
        ("The General Assembly votes on its annual resolution on Friday.", "Friday", "2023-12-01", DCT),
        ("The votes on the budget on Friday were close.", "Friday", "2023-11-24", DCT),
        ("They meet in the hall where he was shot on Monday.", "Monday", "2023-11-27", DCT),
        ("Brussels froze visa-free travel to the Turkish capital in January.", "January", "2023-01", DCT),
        ("The summit opens in March in Vienna.", "March", "2024-03", DCT),
        ("The vote is on Friday.", "Friday", "2023-12-01", DCT),
        ("The deadline is Friday, officials said.", "Friday", "2023-12-01", DCT),
        ("The vote was on Friday.", "Friday", "2023-11-24", DCT),
        ("It is the third attack since Monday.", "Monday", "2023-11-27", DCT),
        ("The law, passed in 2010, takes effect Jan. 1.", "Jan. 1", "2025-01-01", date(2024, 3, 3)),
        ("The treaty enters into force on Jan. 1.", "Jan. 1", "2025-01-01", date(2024, 3, 3)),
        ("The new president takes office Jan. 20.", "Jan. 20", "2025-01-20", date(2024, 3, 3)),
        ("The talks did not end on Monday.", "Monday", "2023-11-27", DCT),
        ("The law took effect Jan. 1.", "Jan. 1", "2024-01-01", date(2024, 3, 3)),
        ("On Friday, the record was set.", "Friday", "2023-11-24", DCT),
        # a deadline given with "until" lies ahead, unless the clause is past
        ("The council has given both parties until Friday to answer.", "Friday", "2023-12-01", DCT),
        ("Shelling went on until Friday, when a truce began.", "Friday", "2023-11-24", DCT),
        ("On Thursday, the Union of Free Border Villages Council plans to hold a vigil.", "Thursday", "2023-11-30", DCT),
        # a deadline for what a past request or order asked is the nearest such day, not the last
        ("The ministers asked the mediators to wind up their office by Dec. 1.", "Dec. 1", "2025-12-01",
         date(2025, 8, 9)),
        ("The ministry ordered schools to reopen by Jan. 1.", "Jan. 1", "2025-01-01", date(2025, 1, 10)),
        ("The rebels had withdrawn by Dec. 1.", "Dec. 1", "2024-12-01", date(2025, 8, 9)),
        # deadlines and start dates ignore the tense of the verb
        ("The council gave both sides until mid-December to reply.", "mid-December", "2023-12", DCT),
        ("The council gave both sides until Friday to name their negotiators.", "Friday", "2023-12-01", DCT),
        ("The ministry created a new office, effective Feb. 1.", "Feb. 1", "2024-02-01", DCT),
        # "since" looks back; a noun or an adjective is no verb
        ("Police have searched for him since the Oct. 23 attack.", "Oct. 23", "2023-10-23", date(2024, 5, 6)),
        ("The ministry announced the plan Aug. 21.", "Aug. 21", "2023-08-21", date(2023, 10, 27)),
        ("The two presidents signed a cooperation plan Monday.", "Monday", "2023-11-27", DCT),
        ("The two presidents plan to sign the accord Monday.", "Monday", "2023-12-04", DCT),
        ("Troops were killed in the blast next to the embassy on Friday.", "Friday", "2023-11-24", DCT),
        # a future auxiliary far from the date still rules its clause
        ("Officials said a veteran pilot will be named commander of the orbiting station crew for a flight in "
         "December.", "December", "2023-12", date(2023, 3, 4)),
        # the present passive of a "when" clause announces
        ("The uncle had not signed the pledge if the family loses when the case is heard in May.", "May",
         "2024-05", DCT),
        # a delay makes "until" a deadline ahead even in the past tense
        # "ahead of" puts the date after the clause's time: the nearest one
        ("Moscow was stockpiling missiles ahead of the winter.", "the winter", "2023-WI", DCT),
        ("The election, originally scheduled for March, was postponed.", "March", "2024-03", DCT),
        ("In 2024's first quarter, exports fell.", "2024's first quarter", "2024-Q1", DCT),
        ("Officials postponed until Tuesday morning any decision on the permit.", "Tuesday morning",
         "2023-12-05TMO", date(2023, 11, 30)),
        ("The agency extended its deadline until 9 a.m. EST Tuesday.", "9 a.m. EST Tuesday", "2023-12-05T09:00",
         date(2023, 11, 30)),
        # a clock's "a.m." inside a clause does not end it: the second verb shares the first one's "will"
        ("Roads will close at 6 a.m. on Thursday and reopen on Friday afternoon.", "Friday afternoon",
         "2023-12-01TAF", DCT),
        ("Shelling began at 6 a.m. Crews will reach the bridge on Friday.", "Friday", "2023-12-01", DCT),
    ],
)
def test_partial_dates_follow_context_and_tense(text, phrase, value, dct):
    assert value_of(text, phrase, dct) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Observers count on this coming Sunday for the vote.", "this coming Sunday", "2023-12-03"),
        ("The rally was held this past Sunday.", "this past Sunday", "2023-11-26"),
        ("The day before last Tuesday's hearing, the envoy called.", "The day before last Tuesday", "2023-11-20"),
        ("Markets closed lower Friday, down 4% from the previous Friday.", "the previous Friday", "2023-11-17"),
        ("The deal was struck on Nov. 2 and signed the following Monday.", "the following Monday", "2023-11-06"),
        # a possessive names a happening that took place, unless said to come
        ("Lawyers would look for ways to get around Wednesday's ruling.", "Wednesday", "2023-11-22"),
        ("Sunday's vote will settle the matter.", "Sunday", "2023-12-03"),
        ("Leaders are preparing for Thursday's summit.", "Thursday", "2023-11-30"),
        # "overnight" in a past narrative is the night before the day the story is at
        ("Shares closed lower on Friday after overnight losses in New York.", "overnight", "2023-11-23TNI"),
    ],
)
def test_weekdays_counted_from_another_day(text, phrase, value):
    assert value_of(text, phrase) == value


def test_a_quarter_named_by_its_last_day_is_the_calendar_quarter_of_most_of_its_months():
    assert value_of("In the quarter ended July 31, the retailer lost money.", "the quarter") == "2023-Q2"
    assert value_of("For the quarter ended Sept. 30, 2022, the airline earned more.", "the quarter") == "2022-Q3"
    # a story that named its (fiscal) quarter keeps that name
    text = "The maker earned less in its fiscal first quarter. Sales for the quarter ended Sept. 29 rose."
    assert [t.value for t in tag(text, DCT, language="en") if t.text == "the quarter"] == ["2023-Q1"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Shelling resumed yesterday.", "yesterday", "2023-11-27"),
        ("The envoy arrives today.", "today", "2023-11-28"),
        ("Delegates met last week in Vienna.", "last week", "2023-W47"),
        ("A vote is planned next month.", "next month", "2023-12"),
        ("The border closed two years ago.", "two years ago", "2021"),
        ("The ministry said earlier this year that talks would go on.", "earlier this year", "2023"),
        ("Fighting broke out last year.", "last year", "2022"),
    ],
)
def test_relative_expressions(text, phrase, value):
    assert value_of(text, phrase) == value


def test_anaphora_anchor_to_the_last_date_mentioned():
    text = "The ceasefire began on 12 May 1994. The next day, both sides reported violations. A week later the envoys returned."
    result = values(text)
    assert ("The next day", "DATE", "1994-05-13") in result
    assert ("A week later", "DATE", "1994-05-20") in result
    assert ("The day before", "DATE", "1994-05-11") in values("The ceasefire began on 12 May 1994. The day before, both sides "
                                                              "shelled the town.")
    assert values("Nobody met the day before the vote.") == []
    assert ("The night before", "TIME", "1994-05-11TNI") in values("The ceasefire began on 12 May 1994. The night "
                                                                   "before, shelling stopped.")
    counted = values("The war began on 3 May 1991. It ended in 1994. Three years later, talks began; later that year "
                     "they failed. A decade later, the deal was signed in March 2008. Two months later it collapsed.")
    assert ("Three years later", "DATE", "1997") in counted  # from the year last named, not 3 May 1991
    assert ("later that year", "DATE", "1997") in counted
    assert ("A decade later", "DATE", "2007") in counted
    assert ("Two months later", "DATE", "2008-05") in counted
    story = values("In the autumn of 2020 a war ended with a truce on Nov. 10 of that year. The following year, "
                   "clashes resumed, and in March of the following year the envoys met.")
    assert ("Nov. 10 of that year", "DATE", "2020-11-10") in story
    assert ("The following year", "DATE", "2021") in story
    assert ("March of the following year", "DATE", "2022-03") in story
    seasons = values("The war began in 2016. That summer talks failed; in the spring of the next year they resumed, "
                     "and by the end of that year a truce held. The next year, clashes returned.")
    assert ("That summer", "DATE", "2016-SU") in seasons
    assert ("the spring of the next year", "DATE", "2017-SP") in seasons
    assert ("the end of that year", "DATE", "2017") in seasons
    assert ("The next year", "DATE", "2018") in seasons
    assert values("Growth will slow over the next year.") == [("the next year", "DATE", "2024")]
    history = values("On Sept. 27, 2020, the army attacked; six weeks later, on Nov. 9, a deal ended the war. The next "
                     "day, peacekeepers deployed. In December 2022, protesters blocked the road; the blockade lasted "
                     "until September. Envoys invited in July 1997 will meet on March 12.")
    assert ("Nov. 9", "DATE", "2020-11-09") in history  # the sentence is about 2020, not the publication year
    assert ("The next day", "DATE", "2020-11-10") in history
    assert ("September", "DATE", "2023-09") in history  # "until": after December 2022
    assert ("March 12", "DATE", "2024-03-12") in history  # future tense: ahead of publication, whatever 1997
    assert value_of("On Sept. 27, 2020, the army attacked, and on Tuesday the parliament declared martial law.",
                    "Tuesday") == "2020-09-29"  # the story moves on from its own date
    assert value_of("The ministry said on Nov. 21 that talks would resume, and on Monday the envoy left.",
                    "Monday") == "2023-11-27"  # ", and" starts a clause with its own tense
    coarse = tag("The war began in March 2019. Two weeks later, talks failed.", DCT, language="en")
    assert (coarse[1].text, coarse[1].value, coarse[1].mod) == ("Two weeks later", "2019-03", "APPROX")
    later = values("The truce began on 12 May 1994. Earlier in the day, envoys met. 48 hours later it collapsed.")
    assert ("Earlier in the day", "DATE", "1994-05-12") in later
    assert ("48 hours later", "DATE", "1994-05-14") in later


def test_year_on_year_comparisons_take_the_period_of_their_sentence():
    text = ("The shipyard posted a fiscal first-quarter profit of $5 million. A year earlier it lost $2 million. "
            "For the nine months, profit was $9 million, up from $4 million a year earlier.")
    found = [(t.text, t.value) for t in tag(text, date(2023, 11, 2), language="en")]
    assert ("A year earlier", "2022-Q1") in found  # the quarter the story reports, a year back
    assert ("a year earlier", "2022") in found  # nine months compare years


def test_possessive_deictic_words_are_dates():
    assert value_of("Crowds gathered before yesterday's vote.", "yesterday") == "2023-11-27"
    assert value_of("Tomorrow's summit has drawn protests.", "Tomorrow") == "2023-11-29"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The trial is due to resume on the 30th.", "2023-11-30"),
        ("The blast happened on the 20th.", "2023-11-20"),
        ("The talks opened on Oct. 3 and closed on the 9th.", "2023-10-09"),
    ],
)
def test_a_bare_day_of_the_month_takes_the_month_in_view(text, value):
    found = [t for t in tag(text, DCT, language="en") if t.text.startswith("the ")]
    assert [t.value for t in found] == [value]


def test_an_ordinal_that_is_no_day_is_left_alone():
    assert values("The minister lives on the 25th floor.") == []


def test_a_point_of_comparison_does_not_move_the_story():
    text = ("The arms maker's profit rose 8% in the third quarter. A year earlier it had earned $40 million. "
            "Orders in the quarter reached a record.")
    result = values(text, date(2023, 11, 2))
    assert ("A year earlier", "DATE", "2022-Q3") in result
    assert ("the quarter", "DATE", "2023-Q3") in result
    assert value_of("Sales fell in the second quarter. Results for that quarter included a charge.", "that quarter",
                    date(2023, 11, 2)) == "2023-Q2"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Most of it changed hands in the fall of 2020.", "the fall of 2020", "2020-FA"),
        ("Relations have been tense since 1991.", "1991", "1991"),
        ("The region was at war in the 1990s.", "1990s", "199X"),
        ("Output grew in the second half of 2018.", "the second half of 2018", "2018-H2"),
        ("A deal is possible in early 2019.", "early 2019", "2019"),
        ("They will meet in mid-November.", "mid-November", "2023-11"),
        ("The offensive stalled in late September.", "late September", "2023-09"),
        ("Sales fell in the third quarter.", "the third quarter", "2023-Q3"),
        ("The walls date from the 12th century.", "the 12th century", "11"),
        ("Trade boomed in the 1800s.", "1800s", "18"),
        ("In the 2000s, trade fell.", "2000s", "200X"),
        # a half of a decade or century is that decade or century, at its start or end
        ("Arms sales kept falling through the last half of the '80s.", "the last half of the '80s", "198"),
        ("Borders moved often in the first half of the 20th century.", "the first half of the 20th century", "19"),
    ],
)
def test_coarse_dates_keep_their_granularity(text, phrase, value):
    assert value_of(text, phrase) == value


def test_half_of_a_decade_is_one_expression_with_its_edge():
    found = [(t.text, t.value, t.mod) for t in tag("The feud ran through the second half of the nineties.", DCT,
                                                    language="en")]
    assert found == [("the second half of the nineties", "199", "END")]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # no verb says which way: the month the sentence named before does
        ("Brent crude, rising to a high of $90 in June from $70 in March.", "March", "2023-03"),
        ("Bond yields, from 3% on June 2 to 5% on March 9, a range not seen since.", "March 9", "2023-03-09"),
    ],
)
def test_an_untensed_month_stays_near_the_month_named_before_it(text, phrase, value):
    assert value_of(text, phrase, date(2023, 11, 28)) == value


def test_an_opening_date_reads_the_main_clause_past_its_aside():
    text = ("In January, a week after the anniversary of the border accord, a car bomb in the capital killed two "
            "guards. Police were still searching for the driver.")
    assert value_of(text, "January", date(2023, 10, 25)) == "2023-01"
    future = ("In January, weeks after the vote on the budget, the new cabinet will sit for the first time.")
    assert value_of(future, "January", date(2023, 10, 25)) == "2024-01"


@pytest.mark.parametrize(
    ("text", "phrase", "dct", "value"),
    [
        ("Exports fell in the first quarter.", "the first quarter", date(2013, 3, 14), "2013-Q1"),
        ("Sales rose in the fourth quarter.", "the fourth quarter", date(2013, 3, 14), "2012-Q4"),
        ("Sales should recover in the fourth quarter.", "the fourth quarter", date(2013, 3, 14), "2013-Q4"),
        ("The maker will report third-quarter results.", "third-quarter", date(2013, 10, 24), "2013-Q3"),
        ("Output will grow in the first quarter.", "the first quarter", date(2013, 11, 20), "2014-Q1"),
        ("Prices are expected to rise in the second half.", "the second half", date(2013, 3, 14), "2013-H2"),
        ("Prices rose in the second half.", "the second half", date(2013, 3, 14), "2012-H2"),
        ("Demand will pick up in the first half.", "the first half", date(2013, 9, 2), "2014-H1"),
    ],
)
def test_a_quarter_or_half_without_its_year_follows_the_tense(text, phrase, dct, value):
    assert value_of(text, phrase, dct) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In early 2021, troops massed again. By the end of the year, 100,000 were near the border.",
         "the end of the year", "2021"),
        ("Talks opened in March 2019 and by the end of the month had stalled.", "the end of the month", "2019-03"),
        ("In early 2021, troops massed again. Prices will rise by the end of the year.", "the end of the year", "2025"),
    ],
)
def test_the_end_of_the_year_in_a_past_story_is_the_year_the_story_is_at(text, phrase, value):
    assert value_of(text, phrase, date(2025, 2, 12)) == value


def test_a_past_narrative_counts_from_its_own_dates():
    text = ("On 5 June 2019, protests began. That same day, talks opened. Earlier that year, in March, the "
            "president resigned. By the following spring, the movement had faded. In 2010 the war ended; the "
            "previous winter had been hard. A doctor was killed last October. His name was struck out that same day.")
    found = {t.text: t.value for t in tag(text, date(2025, 2, 12), language="en")}
    assert found["That same day"] == "2019-06-05"
    assert found["March"] == "2019-03"
    assert found["the following spring"] == "2020-SP"
    assert found["the previous winter"] == "2009-WI"
    assert found["that same day"] == "2024-10"  # a day of that October, not the last day named


def test_a_day_listed_before_another_with_its_month_takes_that_month():
    found = tag("Raids came on 1 and 3 March 2019. Sections 4 and 5 may be cut.", DCT, language="en")
    assert [(t.text, t.value, t.range_id) for t in found] == [
        ("1", "2019-03-01", None), ("3 March 2019", "2019-03-03", None)]  # "sections 4 and 5" are no days
    # …after the noun they date too
    found = tag("He flies on to the summit of 17 and 18 February.", date(2024, 2, 14), language="en")
    assert [(t.text, t.value) for t in found] == [("17", "2024-02-17"), ("18 February", "2024-02-18")]


def test_a_month_listed_before_another_with_a_year_takes_that_year():
    found = tag("Talks were held in March and May 2020, and again in June or July 2021.", date(2025, 2, 12),
                language="en")
    assert [(t.text, t.value, t.range_id) for t in found] == [
        ("March", "2020-03", None), ("May 2020", "2020-05", None), ("June", "2021-06", None), ("July 2021", "2021-07", None)]


def test_the_nth_week_of_a_month_and_clock_times_with_written_days():
    text = ("Ministers will meet again in the second week of June. In the last week of February 2022, troops moved. "
            "The truce expires at midnight on May 31.")
    found = {t.text: (t.value, t.derivation) for t in tag(text, date(2024, 5, 20), language="en")}
    assert found["the second week of June"][0] == "2024-W24"
    assert found["the last week of February 2022"][0] == "2022-W08"
    value, how = found["midnight on May 31"]
    assert value == "2024-05-31T24:00" and "20 May" in how and "clock time on" not in how


def test_days_named_after_a_holiday_are_that_holiday_s_days_not_weekdays():
    found = {t.text: t.value for t in tag("Shops opened on Black Friday and sales peaked on Cyber Monday. Good Friday "
                                          "fell early. On Easter Monday 2023 they met.", DCT, language="en")}
    assert found == {"Black Friday": "2023-11-24", "Cyber Monday": "2023-11-27", "Good Friday": "2023-04-07",
                     "Easter Monday 2023": "2023-04-10"}
    found = {t.text: t.value for t in tag("Pilgrims filled the city as Holy Week began, a week after Palm Sunday "
                                          "processions. Holy Week 2024 was calm.", date(2025, 4, 20), language="en")}
    assert found["Holy Week"] == "2025-W16" and found["Palm Sunday"] == "2025-04-13"
    assert found["Holy Week 2024"] == "2024-W13"  # Easter 2024 fell on 31 March


def test_holidays_of_other_calendars_and_countries():
    text = ("Fighting eased during Ramadan. Prisoners were freed on Eid al-Fitr. Taha Yassin Ramadan met envoys. "
            "The Yom Kippur War began in 1973. The raid came on the eve of Passover. Ukraine marked Independence Day. "
            "The U.S. embassy closed for Independence Day. Talks resume after Eid ul-Adha. Families gathered for Nowruz.")
    found = [(t.text, t.value, t.mod) for t in tag(text, date(2024, 5, 20), language="en")]
    assert found == [
        ("Ramadan", "2024-03", "APPROX"),  # 11 March to 9 April 2024: the month of its middle
        ("Eid al-Fitr", "2024-04-10", "APPROX"),  # a day off where the moon is sighted otherwise
        ("1973", "1973", ""),  # "the Yom Kippur War" is a name
        ("the eve of Passover", "2024-04-22", ""),  # the day before its first day
        ("Independence Day", "2023-07-04", ""),  # Ukraine's is not July 4
        ("Eid ul-Adha", "2024-06-17", "APPROX"),
        ("Nowruz", "2024-03-21", "APPROX"),
    ]


def test_a_past_counted_back_after_a_date_still_to_come_counts_from_the_last_day_that_has_been():
    text = ("The two sides signed the protocol on Tuesday. Inspections are to start by the end of March. A day "
            "earlier, the envoys had met in Geneva.")
    found = {t.text: t.value for t in tag(text, date(2026, 11, 26), language="en")}
    assert found["A day earlier"] == "2026-11-23"  # the day before Tuesday, not before March


def test_a_bare_clock_told_in_the_past_is_not_on_a_day_to_come():
    text = ("The council asked for a report no later than 1 March 2027. The meeting began at 10:05 a.m. Talks will "
            "open on Dec. 3. They start at 9 a.m.")
    found = {t.text: t.value for t in tag(text, date(2026, 11, 27), language="en")}
    assert found["10:05 a.m."] == "2026-11-27T10:05" and found["9 a.m."] == "2026-12-03T09:00"


def test_a_year_that_names_a_thing_is_not_the_year_the_story_has_come_to():
    text = ("The sanctions returned on Sept. 28, 2025. The resolution, which endorsed the 2015 nuclear deal, "
            "lapsed on Oct. 18 of that year.")
    found = {t.text: t.value for t in tag(text, date(2026, 11, 26), language="en")}
    assert found["Oct. 18 of that year"] == "2025-10-18"


def test_a_possessive_weekday_looks_ahead_only_from_its_own_clause():
    found = [(t.text, t.value) for t in tag("Under Monday's agreement, a commission will meet monthly. Sunday's vote "
                                            "will decide it.", date(2026, 11, 25), language="en")]
    assert found[0] == ("Monday", "2026-11-23") and ("Sunday", "2026-11-29") in found


def test_a_day_in_a_when_clause_after_a_year_is_of_that_year():
    text = ("The nearest the two sides came to a deal was in 2008, when a draft was put to both parliaments on "
            "12 March. Ten days later, on 22 March 2008, it failed.")
    found = [(t.text, t.value) for t in tag(text, date(2026, 11, 29), language="en")]
    assert found[1] == ("12 March", "2008-03-12") and found[2] == ("Ten days later", "2008-03-22")


def test_a_holiday_without_its_year_is_that_of_the_sentence_s_date_or_the_nearest():
    text = ("The council's appeal, issued in March 2024, asked for a truce during Ramadan. Prisoner swaps resume "
            "after Ramadan. Shelling stopped over Easter.")
    found = [(t.text, t.value) for t in tag(text, date(2026, 11, 24), language="en")]
    assert found == [
        ("March 2024", "2024-03"),
        ("Ramadan", "2024-03"),  # the Ramadan of the March 2024 the sentence tells of
        ("Ramadan", "2027-02"),  # no tense: the nearest, three months ahead, not the one eight months gone
        ("Easter", "2026-04-05"),  # told in the past: this year's
    ]


def test_a_season_named_by_a_holiday_close_ahead_is_this_year_s_even_in_the_past():
    # Easter 2013 fell on 31 March: a recess that began nine days before it is that Easter's, and the Friday
    # the lawmakers left on is the publication's, not a Friday after the Easter of a year before.
    text = "Lawmakers left for a two-week Easter recess on Friday night. Shops were shut over Easter."
    found = [(t.text, t.value) for t in tag(text, date(2013, 3, 22), language="en")]
    assert found == [("two-week", "P2W"), ("Easter", "2013-03-31"), ("Friday night", "2013-03-22TNI"),
                     ("Easter", "2012-04-08")]  # a day itself, told in the past and not yet come: last year's


def test_a_year_after_circa_is_approximate():
    found = [(t.text, t.value, t.mod) for t in tag("The fort was built c. 1500 and rebuilt circa 1650. The essay runs "
                                                     "c. 2000 words.", date(2024, 3, 7), language="en")]
    assert found == [("1500", "1500", "APPROX"), ("1650", "1650", "APPROX")]


def test_the_week_before_last_and_weekdays_counted_back():
    found = {t.text: t.value for t in tag("The weekend before last was calm. The week before last, talks failed. "
                                          "Two Fridays ago the bridge fell.", date(2024, 3, 7), language="en")}
    assert found == {"The weekend before last": "2024-W08-WE", "The week before last": "2024-W08",
                     "Two Fridays ago": "2024-02-23"}


def test_british_clock_times_and_spoken_days():
    found = {t.text: t.value for t in tag("It was 3.30pm when shots rang out. She left on November the 14th. "
                                          "In March the 3rd battalion left.", date(2024, 3, 7), language="en")}
    assert found == {"3.30pm": "2024-03-07T15:30", "November the 14th": "2023-11-14", "March": "2024-03"}


def test_a_clock_time_opening_a_line_is_a_live_page_stamp_of_the_page_day():
    text = ("14.05 GMT - Power was cut after overnight strikes.\n\n"
            "12.40 GMT - The ministry summoned the ambassador.\n\n"
            "The envoy arrived on Friday and left at 3 p.m.")
    found = {t.text: t.value for t in tag(text, date(2024, 11, 9), language="en")}
    assert found["14.05 GMT"] == "2024-11-09T14:05"
    assert found["12.40 GMT"] == "2024-11-09T12:40"  # not the night before, named in the entry above
    assert found["3 p.m."] == "2024-11-08T15:00"  # inside a sentence, the day in view still rules


def test_a_live_page_stamp_takes_the_day_of_the_date_heading_it():
    text = ("Tuesday 28 November 2023\n\n18.05 GMT - Envoys left after the talks on Monday.\n\n"
            "Wednesday 29 November 2023\n\n08.15 GMT - Delegates returned.\n")
    found = {t.text: t.value for t in tag(text, date(2023, 11, 29), language="en")}
    assert found["18.05 GMT"] == "2023-11-28T18:05"
    assert found["08.15 GMT"] == "2023-11-29T08:15"


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("Monitors will leave by the end of the year.", "the end of the year", "2023", "END"),
        ("A new round opens at the start of next month.", "the start of next month", "2023-12", "START"),
        ("The mission should close by year's end.", "year's end", "2023", "END"),
        ("Arms sales for the full year rose 4%.", "the full year", "2023", ""),
        ("Orders grew in the fiscal-first quarter.", "the fiscal-first quarter", "2023-Q1", ""),
        ("Trade recovered from the lows of the early summer.", "the early summer", "2023-SU", "START"),
        ("That 1978 resolution still stands.", "1978", "1978", ""),
        ("Envoys recalled a nineteen ninety-seven raid.", "nineteen ninety-seven", "1997", ""),
    ],
)
def test_named_periods_and_their_edges(text, phrase, value, mod):
    found = {t.text: t for t in tag(text, DCT, language="en")}
    assert phrase in found, list(found)
    assert (found[phrase].value, found[phrase].mod) == (value, mod)


def test_early_marks_the_start_without_changing_the_value():
    [timex] = tag("A deal is possible in early 2019.", DCT, language="en")
    assert timex.value == "2019" and timex.mod == "START"


def test_ranges_are_two_linked_values():
    for text, first, second in [
        ("The first war lasted from 1988 to 1994.", "1988", "1994"),
        ("Talks were held Oct. 26-28 in Washington.", "2023-10-26", "2023-10-28"),
        ("Rains fell between March and May.", "2023-03", "2023-05"),
        ("Talks are set for Nov. 30-Dec. 2 in Vienna.", "2023-11-30", "2023-12-02"),
        ("Talks will run from Dec. 30 to Jan. 2.", "2023-12-30", "2024-01-02"),
        # the day before the month, as most of the world writes it
        ("From 19 to 20 September, troops moved.", "2023-09-19", "2023-09-20"),
        ("The summit meets between 2 and 4 December.", "2023-12-02", "2023-12-04"),
        ("The operation ran on 19-20 September 2023.", "2023-09-19", "2023-09-20"),
        # weekdays read together: the past range ends on or before publication
        ("Envoys met from Monday to Wednesday in Vienna.", "2023-11-20", "2023-11-22"),
        ("The council sits Monday through Friday next week.", "2023-12-04", "2023-12-08"),
        ("Exports fell in January-February.", "2023-01", "2023-02"),
        ("The survey covers Nov-Feb 2024.", "2023-11", "2024-02"),
        ("From March to May 2020, the border stayed closed.", "2020-03", "2020-05"),
        ("The siege lasted from 3 March to 5 May 2020.", "2020-03-03", "2020-05-05"),
        ("Talks were held 30 Nov-2 Dec in Vienna.", "2023-11-30", "2023-12-02"),
        ("Rains fell between March and May 2021.", "2021-03", "2021-05"),
        ("Between Sept. 27 and Nov. 10, 2020, a second war was fought.", "2020-09-27", "2020-11-10"),
        ("Between 27 September and 10 November 2020 the war raged.", "2020-09-27", "2020-11-10"),
        ("The survey ran from November through February 2024.", "2023-11", "2024-02"),
    ]:
        found = tag(text, DCT, language="en")
        assert [t.value for t in found] == [first, second], text
        assert found[0].range_id is not None and found[0].range_id == found[1].range_id
        assert (found[0].range_role, found[1].range_role) == ("start", "end")


@pytest.mark.parametrize(
    ("text", "phrase", "type_", "value"),
    [
        ("the 44-day war ended in a truce", "44-day", "DURATION", "P44D"),
        ("a ban lasting three years", "three years", "DURATION", "P3Y"),
        ("The monitors report every year.", "every year", "SET", "P1Y"),
        ("The council meets weekly.", "weekly", "SET", "P1W"),
        ("The road is now open.", "now", "DATE", "PRESENT_REF"),
        ("The two sides are currently at odds.", "currently", "DATE", "PRESENT_REF"),
        ("The envoy recently visited Baku.", "recently", "DATE", "PAST_REF"),
        ("More talks are likely in the future.", "the future", "DATE", "FUTURE_REF"),
        ("No deal is likely in the near term.", "the near term", "DATE", "FUTURE_REF"),
        ("The vote was put off to a later date.", "a later date", "DATE", "FUTURE_REF"),
        ("Monitors should deploy as soon as possible.", "as soon as possible", "DATE", "FUTURE_REF"),
        ("Exports should grow throughout the fiscal year.", "the fiscal year", "DURATION", "P1Y"),
        ("Arms sales fell for the fiscal year.", "the fiscal year", "DATE", "2023"),
        ("Aid stalled because of current border closures.", "current", "DATE", "PRESENT_REF"),
        ("The then-current cabinet resigned.", "then-current", "DATE", "PAST_REF"),
        # halves are written in the next smaller unit
        ("The siege lasted 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"),
        ("Negotiators sat for 5 1/2 hours.", "5 1/2 hours", "DURATION", "PT5H30M"),
        ("The exchange of fire took a minute and a half.", "a minute and a half", "DURATION", "PT1M30S"),
        ("The truce held for two and a half years.", "two and a half years", "DURATION", "P2Y6M"),
        # a count opening a sentence
        ("Four days later, the convoy returned.", "Four days later", "DATE", "2023-12-02"),
        ("Twelve weeks of talks followed.", "Twelve weeks", "DURATION", "P12W"),
        # lengths written as adjectives, vague spans ahead, added and bounded lengths
        ("Their third day-long meeting ended without a deal.", "day-long", "DURATION", "P1D"),
        ("The decades-long feud flared again.", "decades-long", "DURATION", "PXY"),
        ("Both sides expect more shelling in the weeks ahead.", "the weeks ahead", "DURATION", "PXW"),
        ("The mandate was extended for an additional year.", "an additional year", "DURATION", "P1Y"),
        ("The states joined the bloc less than a decade after independence.", "less than a decade", "DURATION", "P10Y"),
        ("More troops will arrive during the next 12 to 18 months.", "the next 12 to 18 months", "DURATION", "PXM"),
        ("The envoy will speak at midday.", "midday", "TIME", "2023-11-28T12:00"),
        ("Markets fell for eight trading days.", "eight trading days", "DURATION", "P8D"),
        # a rate is a set; an offered span is a duration
        ("Exiles send $2 billion a year to their families.", "a year", "SET", "P1Y"),
        # the past decade is the last ten years, not the calendar decade before this one
        ("Prices doubled over the past decade.", "the past decade", "DURATION", "P10Y"),
        ("Demand will grow in the coming decade.", "the coming decade", "DURATION", "P10Y"),
        ("The border was redrawn in the last century.", "the last century", "DATE", "19"),
        ("The council gave them a week to withdraw.", "a week", "DURATION", "P1W"),
        # no date can be counted from a vague or sub-day span: the length is what the text gives
        ("Just over an hour later, the wounded man died.", "Just over an hour", "DURATION", "PT1H"),
        ("By mid afternoon, the shelling had stopped.", "mid afternoon", "TIME", "2023-11-28TAF"),
        ("A few days later, the envoys left.", "A few days", "DURATION", "PXD"),
    ],
)
def test_durations_sets_and_refs(text, phrase, type_, value):
    found = {t.text: (t.type, t.value) for t in tag(text, DCT, language="en")}
    assert found[phrase] == (type_, value)


@pytest.mark.parametrize(
    "text",
    [
        "The army lost 1,500 tanks and 2000 troops.",
        "Prices rose 1995 points to $2010 a barrel.",
        "We may march to the capital, we said.",
        "About 1200 people joined the march.",
        "He is 45 years old; a 12-year-old girl was hurt.",
        "Flight 1991 landed at gate 12.",
        "Prices may fall further, and the regime could fall.",
        "The current account deficit widened.",
        "Officials praised Saudi Vision 2030 and the African Union's Agenda 2063.",
        "A 1500-strong force arrived with a 2000-page report.",
        "The council adopted resolution 2729 (2024) unanimously.",
        "About 12 May Be Dead After Floods, Officials Say",
        "Another 12 may die before help arrives.",
        "Some 40 March To The Capitol.",
    ],
)
def test_no_false_hits_on_numbers_and_common_words(text):
    assert values(text) == []


def test_years_outside_the_datetime_range_are_kept_or_dropped_never_changed():
    assert values("Athens fell in 404 BC.") == [("404 BC", "DATE", "-0403")]
    assert values("Fiction set in the year 12000.") == [("the year 12000", "DATE", "+12000")]
    assert values("It expires on 31 December 9999.") == [("31 December 9999", "DATE", "9999-12-31")]
    assert values("Nag-aral siya ng 9000 taon.") == []
    for _, _, value in values("Athens fell in 404 BC; fiction set in the year 12000."):
        When.from_timex(value)  # storable


def test_derivation_says_how_the_value_was_read():
    [timex] = tag("Blinken held calls on Monday.", DCT, language="en")
    assert "Monday" in timex.derivation and "28 Nov 2023" in timex.derivation


def test_other_languages_give_absolute_dates():
    french = "Le ministre a signé l'accord le 30 novembre 2023 à Bruxelles, et les délégations se sont rencontrées dans la capitale."
    german = "Die Minister trafen sich am 30. November 2023 in Wien und sprachen über die Grenze und die Zukunft der Region."
    spanish = "Los ministros se reunieron el 30 de noviembre de 2023 en Madrid para hablar de la frontera y de los acuerdos."
    for text in (french, german, spanish):
        assert "2023-11-30" in [t.value for t in tag(text, DCT)], text


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "En 1991, l'armée a occupé la région. Les délégués se reverront le 4 décembre. Plus de 2000 soldats.",
         [("1991", "1991"), ("4 décembre", "2023-12-04")]),
        ("de", "Seit 1994 gibt es Gespräche. Im März 2022 begann die Krise; das Treffen ist am 4. Dezember.",
         [("1994", "1994"), ("März 2022", "2022-03"), ("4. Dezember", "2023-12-04")]),
        ("es", "Desde 1994 hay negociaciones y volverán a verse en diciembre de 2023. El mar está en calma con "
               "más de 2000 soldados.",
         [("1994", "1994"), ("diciembre de 2023", "2023-12")]),
        ("ru", "В 1991 году армия заняла регион. Следующая встреча намечена на 4 декабря. Прибыли на 1500 машинах.",
         [("1991 году", "1991"), ("4 декабря", "2023-12-04")]),
        ("tr", "Bölge 1991'de işgal edildi. Bir sonraki görüşme 4 Aralık'ta yapılacak. 2000 asker var.",
         [("1991", "1991"), ("4 Aralık", "2023-12-04")]),
        # "Mart" is also a time zone's abbreviation to English: the article's language reads first
        ("tr", "Görüşmeler 3 Mart 2024'te başladı ve 13 Mart 2024'te bitti.",
         [("3 Mart 2024", "2024-03-03"), ("13 Mart 2024", "2024-03-13")]),
        # (or its word for "year" after the number: "2013 yılında")
        ("tr", "İlişkiler 2013 yılında kopmuş, büyükelçiler 2023 yılında yeniden atanmıştı.",
         [("2013 yılında", "2013"), ("2023 yılında", "2023")]),
    ],
)
def test_other_languages_give_months_days_and_marked_years(language, text, expected):
    """A year needs its language's own marker ("en 1991", "1991'de"): "2000 soldats" is a count."""
    assert [(t.text, t.value) for t in tag(text, DCT, language=language)] == expected


@settings(max_examples=150)
@given(st.text(max_size=300))
def test_never_raises_and_spans_are_inside_and_disjoint(text):
    found = tag(text, DCT)
    last = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert t.start >= last
        assert text[t.start:t.end] == t.text
        last = t.end


date_words = st.sampled_from(["Nov. 30", "Monday", "last week", "1991", "the fall of 2020", "two years ago",
                              "now", "from 1988 to 1994", "44-day", "every year", "\x00", "٣٠", "May", "march"])


@settings(max_examples=150)
@given(st.lists(st.one_of(date_words, st.text(max_size=8)), max_size=30))
def test_never_raises_on_date_like_soup(parts):
    text = " ".join(parts)
    for t in tag(text, DCT):
        assert text[t.start:t.end] == t.text


foreign_words = st.sampled_from(["en décembre", "printemps 2022", "lancés en mai 2023,", "se réunira", "lundi", "im März",
                                 "Frühjahr 2022", "am Freitag", "sollen", "в декабре", "весной 2022 года", "состоится",
                                 ",", ".", "\n", "le 3 mars 2024", "24. Februar 2022"])


@settings(max_examples=150)
@given(st.lists(st.one_of(foreign_words, st.text(max_size=6)), max_size=25), st.sampled_from(["fr", "de", "ru"]))
def test_never_raises_on_date_like_soup_in_other_languages(parts, language):
    text = " ".join(parts)
    last = 0
    for t in tag(text, DCT, language=language):
        assert text[t.start:t.end] == t.text and t.start >= last
        last = t.end


def test_bad_input_returns_quickly_without_raising():
    assert tag("", DCT) == []
    assert tag("0123456789 " * 2000, DCT) is not None
    assert tag("\x00" * 1000 + " on 5 May 2020 " + "\x00" * 1000, DCT, language="en")[0].value == "2020-05-05"


def test_foreign_text_bounds_the_work_given_to_dateparser(monkeypatch):
    """dateparser takes about a millisecond a phrase and cannot be interrupted: a long chronology
    or a page of numbers must not turn into minutes of parsing."""
    from dateparser.date import DateDataParser

    from timeline_app.extraction import foreign_dates

    calls = []
    original = DateDataParser.get_date_data

    def counting(self, *args, **kwargs):
        calls.append(args[0])
        return original(self, *args, **kwargs)

    monkeypatch.setattr(DateDataParser, "get_date_data", counting)
    chronology = " ".join(f"le {d % 28 + 1} novembre {1800 + d % 200}" for d in range(3000))
    found = tag(chronology + " 1991 1991 1991 " * 2000, DCT, language="fr")
    assert len(calls) <= foreign_dates.MAX_PARSES
    assert len(set(calls)) == len(calls)  # a phrase is parsed once
    assert found and all(t.value[:4].isdigit() for t in found)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Les ministres se sont rencontrés lundi. Hier, le ministère a parlé de la semaine dernière.",
         [("lundi", "2023-11-27"), ("Hier", "2023-11-27"), ("la semaine dernière", "2023-W47")]),
        ("de", "Am Montag trafen sich die Minister; letztes Jahr gab es Kämpfe.",
         [("Montag", "2023-11-27"), ("letztes Jahr", "2022")]),
        ("es", "La reunión en Santo Domingo fue ayer; el domingo hubo combates.",
         [("ayer", "2023-11-27"), ("domingo", "2023-11-26")]),
        ("ru", "Министры встретились в понедельник, а в прошлом году шли бои.",
         [("понедельник", "2023-11-27"), ("в прошлом году", "2022")]),
        ("tr", "Bakanlar dün buluştu; geçen hafta çatışma vardı.",
         [("dün", "2023-11-27"), ("geçen hafta", "2023-W47")]),
        # words that place the weekday go with it
        ("fr", "Il est arrivé lundi dernier et repartira mardi prochain.",
         [("lundi dernier", "2023-11-27"), ("mardi prochain", "2023-12-05")]),
        ("es", "Llegó el pasado lunes y sale el próximo martes.",
         [("el pasado lunes", "2023-11-27"), ("el próximo martes", "2023-12-05")]),
        ("de", "Er kam am letzten Montag und fährt am kommenden Dienstag.",
         [("am letzten Montag", "2023-11-27"), ("am kommenden Dienstag", "2023-12-05")]),
        ("ru", "Он приехал в прошлый понедельник.", [("в прошлый понедельник", "2023-11-27")]),
        ("tr", "Geçen pazartesi geldi.", [("Geçen pazartesi", "2023-11-27")]),
        ("it", "È arrivato martedì scorso; la mozione è per martedì prossimo, il voto il prossimo giovedì.",
         [("martedì scorso", "2023-11-21"), ("martedì prossimo", "2023-12-05"), ("il prossimo giovedì", "2023-11-30")]),
        ("pt", "Chegou na terça-feira passada e volta na próxima sexta-feira.",
         [("terça-feira passada", "2023-11-21"), ("próxima sexta-feira", "2023-12-01")]),
    ],
)
def test_other_languages_read_weekdays_and_deictic_words_against_the_publication_date(language, text, expected):
    """As "Monday" and "yesterday" in English, without tense: a weekday is the one on or before."""
    assert [(t.text, t.value) for t in tag(text, DCT, language=language)] == expected


@pytest.mark.parametrize(("language", "text", "value"), [
    ("it", "Il memorandum prevede pattugliamenti congiunti a partire da gennaio.", "2024-01"),
    ("fr", "Le texte prévoit des patrouilles conjointes à partir de janvier.", "2024-01"),
    ("es", "El acuerdo prevé patrullas conjuntas a partir de enero.", "2024-01"),
    ("pt", "O acordo prevê patrulhas conjuntas a partir de janeiro.", "2024-01"),
    ("it", "Da gennaio i valichi sono chiusi.", "2023-01"),  # "da" alone is "since": the last one
    ("it", "Sono arrivati a gennaio.", "2023-01"),  # a past whose auxiliary opens the sentence
])
def test_a_month_a_start_is_set_from_is_read_by_tense_and_nearness_not_as_a_since(language, text, value):
    """"Starting from January", written in November, is the coming January unless a past says otherwise."""
    assert [t.value for t in tag(text, DCT, language=language)] == [value]


def test_the_period_before_counts_from_the_period_last_named():
    text = "Revenues dropped to $300 million last year, down from $450 million the year before."
    assert value_of(text, "the year before") == "2021"
    assert value_of("Sales rose in March 2021 and fell the month before.", "the month before") == "2021-02"


def test_by_takes_the_tense_of_its_verb():
    assert value_of("The court is expected to rule by the end of June.", "the end of June") == "2024-06"
    assert value_of("Most troops had left by June.", "June") == "2023-06"


def test_a_bare_clock_time_is_on_the_day_in_view_not_one_named_paragraphs_before():
    text = ("The next report is due Dec. 8.\n\nThe city imposed a curfew on residents. "
            "Officials said it would run from 10 p.m. to 6 a.m.")
    assert value_of(text, "10 p.m.") == "2023-11-28T22:00"
    assert value_of("Fighting resumed on Nov. 20. It stopped at 10 p.m.", "10 p.m.") == "2023-11-20T22:00"


def test_in_so_many_days_time_is_a_date():
    assert value_of("The mission returns in 10 days' time.", "in 10 days' time") == "2023-12-08"
    assert value_of("The road reopens in a year's time.", "in a year's time") == "2024"


def test_a_refused_reading_leaves_every_date_inside_it():
    found = [t.text for t in tag("Flights leave Bombay on Monday and Tuesday nights from March 30.", DCT)]
    # (…and one that starts inside it and runs on past it: every Tuesday night)
    assert found[:2] == ["Monday", "Tuesday nights"]
    assert [t.text for t in tag("Demand stays weak through at least the first two quarters of 2027.", DCT)] == \
        ["the first two quarters of 2027"]


def test_the_weekend_of_a_date_is_that_weekend():
    assert value_of("On the weekend of Nov. 4-5 crowds gathered.", "the weekend of Nov. 4-5") == "2023-W44-WE"
    assert value_of("A new round is pencilled in for the week of 11 December.", "the week of 11 December") == "2023-W50"


@pytest.mark.parametrize("text", ["Talks are set for 12 May.", "The envoy met them ahead of 12 May.",
                                  "The meeting of 12 May agreed a plan.", "Voting ran to 12 March.",
                                  "Aid arrives after 2 May, the UN said."])
def test_a_day_written_before_may_or_march_is_a_date_whatever_precedes_it(text):
    assert any(kind == "DATE" and value[5:7] in ("03", "05") and len(value) == 10 for _, kind, value in values(text))


def test_ambiguous_slashed_dates_follow_the_way_the_text_writes_the_others():
    assert value_of("Orders dated 26/11/2023 and 05/12/2023 were read.", "05/12/2023") == "2023-12-05"
    assert value_of("Orders dated 11/30/2023 and 05/12/2023 were read.", "05/12/2023") == "2023-05-12"
    assert value_of("The order is dated 05/12/2023.", "05/12/2023") == "2023-05-12"
    # a reading that lies ahead of the publication date loses to one that does not, unless the clause looks ahead
    assert value_of("Updated: 07/03/2024 10:15.", "07/03/2024", date(2024, 3, 7)) == "2024-03-07"
    assert value_of("The form was signed 05/02/2024.", "05/02/2024", date(2024, 3, 7)) == "2024-02-05"
    assert value_of("The summit will open 07/03/2024.", "07/03/2024", date(2024, 3, 7)) == "2024-07-03"
    assert value_of("It was signed 05/02/2024 and 11/30/2023.", "05/02/2024", date(2024, 3, 7)) == "2024-05-02"


def test_a_part_of_a_dated_day_is_read_as_one_phrase():
    assert value_of("Shells hit the town on the morning of Nov. 26.", "the morning of Nov. 26") == "2023-11-26"
    assert value_of("Troops moved on the evening of 19 September, 2022.",
                    "the evening of 19 September, 2022") == "2022-09-19"


def test_a_clock_range_over_midnight_ends_the_next_morning():
    found = tag("Authorities imposed a curfew from 10 p.m. to 6 a.m.", DCT, language="en")
    assert [(t.value, t.range_role) for t in found] == [("2023-11-28T22:00", "start"), ("2023-11-29T06:00", "end")]
    assert found[0].range_id == found[1].range_id is not None


@pytest.mark.parametrize(("text", "expected"), [
    # the day named after a clock range's end is its start's too, past or ahead
    ("Shelling hit the town between 2 p.m. and 5 p.m. on Sunday.", ["2023-11-26T14:00", "2023-11-26T17:00"]),
    ("The road will be shut from 9 a.m. to 1 p.m. on Friday.", ["2023-12-01T09:00", "2023-12-01T13:00"]),
    # midnight opens a span of hours after "between"
    ("Monitors counted 140 explosions between midnight and 6 a.m.", ["2023-11-28T00:00", "2023-11-28T06:00"]),
])
def test_a_clock_range_takes_the_day_its_end_names_and_midnight_may_open_it(text, expected):
    found = tag(text, DCT, language="en")
    assert [t.value for t in found] == expected
    assert found[0].range_id == found[1].range_id is not None


def test_russian_months_in_the_prepositional_case_and_short_full_month_names():
    found = [(t.text, t.value) for t in tag("В мае 2021 года и в ноябре 2020 г. всё изменилось.", DCT, language="ru")]
    assert found == [("мае 2021 года", "2021-05"), ("ноябре 2020 г.", "2020-11")]
    assert [t.text for t in tag("Ils se reverront le 5 mai.", DCT, language="fr")] == ["5 mai"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Lawmakers raced to meet a Monday deadline.", "2023-12-04"),
        ("Lawmakers raced to beat a Monday deadline.", "2023-12-04"),
        ("The bank says it will cut off funding after Monday's deadline unless a deal is reached.", "2023-12-04"),
        ("The rebels face a Friday deadline to disarm.", "2023-12-01"),
        ("The council set a Friday deadline for the withdrawal.", "2023-12-01"),
        ("The rebels missed Monday's deadline to disarm.", "2023-11-27"),
        ("Shareholders tendered most of their shares by the Monday deadline.", "2023-11-27"),
    ],
)
def test_a_weekday_deadline_lies_ahead_unless_the_sentence_says_it_has_gone_by(text, value):
    assert [v for _, kind, v in values(text) if kind == "DATE"] == [value]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Both sides agreed on Sunday to a ten-day truce starting Thursday.", "Thursday", "2023-11-30"),
        ("A curfew was imposed on Monday, effective Friday.", "Friday", "2023-12-01"),
        ("The ministry announced new fuel prices beginning in March.", "March", "2024-03"),
        # nothing decided: the start is as past as the verb
        ("The strike, starting Thursday, paralysed the port.", "Thursday", "2023-11-23"),
        ("Exports rose in the months beginning in March.", "March", "2023-03"),
    ],
)
def test_what_a_sentence_decides_starts_after_the_deciding(text, phrase, value):
    assert value_of(text, phrase) == value


def test_what_starts_after_a_named_deciding_day_starts_on_the_first_such_day_after_it():
    # published on a Saturday: the Tuesday after the deciding Sunday is in the past, not the coming one
    assert value_of("Both sides agreed on Sunday to a truce starting Tuesday.", "Tuesday", date(2025, 5, 10)) \
        == "2025-05-06"


def test_the_turn_of_a_century_or_decade_is_about_its_first_year():
    found = tag("Unemployment is at its highest since the turn of the century. Growth slowed at the turn of "
                "the decade.", date(2013, 3, 22), language="en")
    assert [(t.text, t.value, t.mod) for t in found] == [("the turn of the century", "2000", "APPROX"),
                                                         ("the turn of the decade", "2010", "APPROX")]


def test_through_a_season_takes_the_tense_of_its_verb_unless_something_was_extended():
    assert value_of("Talks dragged on through the summer.", "the summer", date(2024, 3, 13)) == "2023-SU"
    assert value_of("The freeze was extended through the summer.", "the summer", date(2024, 3, 13)) == "2024-SU"


def test_days_of_two_months_listed_before_a_year_take_that_year_and_stay_two_days():
    found = tag("Raids came on Sept. 27 and Nov. 10, 2020, and on 30 December and 2 January 2021.", DCT, language="en")
    assert [t.value for t in found] == ["2020-09-27", "2020-11-10", "2020-12-30", "2021-01-02"]
    assert all(t.range_id is None for t in found)


def test_a_month_after_a_dated_aside_about_the_subject_comes_after_that_date():
    dct = date(2024, 6, 14)
    assert value_of("The talks, first launched in May 2023, were suspended in December.", "December", dct) == "2023-12"
    # …the latest it allows up to publication: the aside is background, the month the news (a month written without its
    # year is of the last twelve)
    assert value_of("The deal, signed in March 2021, collapsed in January.", "January", dct) == "2024-01"
    assert value_of("The waiver, first issued in May 2022, lapsed on Nov. 20.", "Nov. 20", date(2024, 12, 1)) == "2024-11-20"
    # a fronted date is no aside: the nearest reading stands
    assert value_of("In May 2023, weeks after fighting broke out in April, talks opened.", "April", dct) == "2023-04"


def test_that_afternoon_is_the_afternoon_of_the_day_in_view_not_the_next():
    text = "Mercenaries seized the city early on June 24. By that afternoon, a column had advanced. The next evening it left."
    found = {t.text: t.value for t in tag(text, date(2023, 6, 30), language="en")}
    assert found["that afternoon"] == "2023-06-24TAF"
    assert found["The next evening"] == "2023-06-25TEV"


@pytest.mark.parametrize(
    ("language", "text", "month"),
    [
        ("fr", "Les pourparlers, lancés en mai 2023, avaient été suspendus en décembre.", ("décembre", "2023-12")),
        ("fr", "En mai 2023, après des combats en avril, les pourparlers ont commencé.", ("avril", "2023-04")),
        ("de", "Die Gespräche wurden im März ausgesetzt.", ("März", "2024-03")),
        ("es", "Las conversaciones se suspendieron en diciembre.", ("diciembre", "2023-12")),
        ("ru", "Переговоры были приостановлены в декабре.", ("декабре", "2023-12")),
    ],
)
def test_a_month_named_alone_after_a_preposition_of_time_in_other_languages(language, text, month):
    found = [(t.text, t.value) for t in tag(text, date(2024, 6, 14), language=language)]
    assert month in found


def test_a_month_name_without_a_preposition_of_time_is_left_alone_in_other_languages():
    assert tag("Der März war kalt, sagte Mai.", date(2024, 6, 14), language="de") == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Am Freitag sollen Delegationen in Istanbul zusammenkommen. Am Montag trafen sie sich.",
         [("Freitag", "2025-05-16"), ("Montag", "2025-05-12")]),
        # (German tells a schedule in the present: "reist am Montag" is the coming Monday, "reiste" the last one)
        ("de", "Der Minister reist am Montag nach Kiew. Die Kanzlerin reiste am Dienstag nach Paris.",
         [("Montag", "2025-05-19"), ("Dienstag", "2025-05-13")]),
        # (…and Russian in the present or the perfective future: "проведет" ahead, "провел" behind)
        ("ru", "Лавров в понедельник проведет переговоры. Во вторник он провел телефонный разговор.",
         [("понедельник", "2025-05-19"), ("вторник", "2025-05-13")]),
        ("fr", "Le Conseil se réunira lundi. Il a voté mardi.", [("lundi", "2025-05-19"), ("mardi", "2025-05-13")]),
        ("es", "La cumbre se celebrará el viernes.", [("viernes", "2025-05-16")]),
        ("de", "Die Gespräche waren im Frühjahr 2022 gescheitert.", [("Frühjahr 2022", "2022-SP")]),
        ("fr", "La guerre de l'automne 2020 a duré 44 jours.", [("automne 2020", "2020-FA")]),
        ("ru", "Весной 2022 года переговоры прекратились.", [("Весной 2022 года", "2022-SP")]),
        # a season is no month for a lone month to count from
        ("fr", "Au printemps 2022, puis en décembre, les combats reprirent.", [("printemps 2022", "2022-SP"),
                                                                             ("décembre", "2024-12")]),
    ],
)
def test_other_languages_read_weekdays_ahead_in_a_future_sentence_and_seasons_with_their_year(language, text, expected):
    assert [(t.text, t.value) for t in tag(text, date(2025, 5, 15), language=language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "La mission doit être déployée d'ici la fin du premier trimestre 2027.", [("premier trimestre 2027", "2027-Q1")]),
        ("fr", "Au second semestre 2025, les échanges ont repris.", [("second semestre 2025", "2025-H2")]),
        ("de", "Im dritten Quartal 2024 sanken die Exporte.", [("dritten Quartal 2024", "2024-Q3")]),
        ("es", "Las elecciones serán en el segundo semestre de 2026.", [("segundo semestre de 2026", "2026-H2")]),
        ("ru", "Во втором квартале 2025 года поставки выросли.", [("втором квартале 2025 года", "2025-Q2")]),
        # (no third half of a year, and an ordinal with no period word is no date)
        ("fr", "Le troisième semestre 2025 et le premier ministre 2025.", []),
    ],
)
def test_other_languages_read_quarters_and_halves_with_their_year(language, text, expected):
    assert [(t.text, t.value) for t in tag(text, date(2026, 11, 26), language=language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "El puerto estuvo cerrado entre 2019 y 2022.", [("2019", "2019", "start"), ("2022", "2022", "end")]),
        ("fr", "De 1988 à 1994, la guerre a duré.", [("1988", "1988", "start"), ("1994", "1994", "end")]),
        ("de", "Von März bis Mai 2024 gab es Proteste.", [("März", "2024-03", "start"), ("Mai 2024", "2024-05", "end")]),
        ("es", "Entre marzo y mayo de 2024 hubo protestas.", [("marzo", "2024-03", "start"),
                                                          ("mayo de 2024", "2024-05", "end")]),
        # a list of two years is no range, and a count is no year
        ("es", "En 2014 y 2015 se firmaron acuerdos. Llegaron de 200 a 300 soldados.", [("2014", "2014", ""),
                                                                                        ("2015", "2015", "")]),
    ],
)
def test_other_languages_read_ranges_as_two_linked_ends(language, text, expected):
    found = tag(text, date(2026, 11, 26), language=language)
    assert [(t.text, t.value, t.range_role) for t in found] == expected
    linked = [t.range_id for t in found if t.range_role]
    assert len(set(linked)) == len(linked) // 2


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Ils se retrouveront au printemps prochain.", [("printemps prochain", "2027-SP")]),
        ("fr", "Ils se sont vus l'hiver dernier.", [("hiver dernier", "2025-WI")]),  # December 2025 to February 2026
        ("de", "Im vergangenen Sommer gab es Proteste.", [("vergangenen Sommer", "2026-SU")]),
        ("es", "Se reunirán la próxima primavera.", [("próxima primavera", "2027-SP")]),
        ("ru", "Прошлой осенью переговоры сорвались.", [("Прошлой осенью", "2025-FA")]),  # this autumn is not over
    ],
)
def test_other_languages_read_the_next_and_last_season(language, text, expected):
    assert [(t.text, t.value) for t in tag(text, date(2026, 11, 24), language=language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Seit Ende November 2024 protestieren Tausende.", ("Ende November 2024", "2024-11", "END")),
        ("fr", "Depuis fin novembre 2024, des milliers manifestent.", ("fin novembre 2024", "2024-11", "END")),
        ("es", "Desde principios de marzo de 2025 hay cortes.", ("principios de marzo de 2025", "2025-03", "START")),
    ],
)
def test_other_languages_place_a_month_and_year_within_the_month(language, text, expected):
    found = tag(text, date(2026, 11, 24), language=language)
    assert [(t.text, t.value, t.mod) for t in found] == [expected]


def test_in_a_count_of_units_is_a_date_ahead_only_when_the_clause_looks_ahead():
    found = {t.text: (t.type, t.value) for t in tag("Talks resume in two weeks. The vote will be held in six months. "
                                                    "Prices rose 5% in two years.", DCT, language="en")}
    assert found == {"two weeks": ("DATE", "2023-W50"), "six months": ("DATE", "2024-05"), "two years": ("DURATION", "P2Y")}


@pytest.mark.parametrize(
    "text",
    ["The runoff will be the country's third national vote in two years.",
     "Exports will hit their lowest level in three years.",
     "It will be the first such summit in four years."],
)
def test_in_a_count_of_units_after_a_rank_is_the_span_ranked_within(text):
    [timex] = tag(text, DCT, language="en")
    assert timex.type == "DURATION"


def test_that_month_is_a_month_of_the_year_last_named():
    found = {t.text: t.value for t in tag("Mediation began in the autumn of 2019 and stalled that December. In 2021 "
                                          "the border shut; that same May, trade collapsed. Envoys hoped that March "
                                          "would bring calm.", DCT, language="en")}
    assert found == {"the autumn of 2019": "2019-FA", "that December": "2019-12", "2021": "2021",
                     "that same May": "2021-05"}


def test_a_month_a_since_counts_from_leaves_that_month_in_the_story_s_year():
    text = ("The leaders met in Geneva in March 2025, the first such meeting since the collapse of negotiations at "
            "Crans-Montana in July 2017. A second round followed in New York that July.")
    assert value_of(text, "that July", date(2026, 12, 3)) == "2025-07"


def test_a_date_counted_from_leaves_the_next_sentence_at_its_sentence_s_story_but_not_its_own_look_backs():
    text = ("The dialogue began in March 2011, three years after Kosovo declared independence on 17 February 2008. "
            "The first agreements followed that summer.")
    assert value_of(text, "that summer", date(2026, 12, 1)) == "2011-SU"
    text = ("Burundi reopened its border on Friday, nearly three years after closing it in January 2024 over accusations "
            "that rebels attacked near Bujumbura the previous month.")
    assert value_of(text, "the previous month", date(2026, 11, 28)) == "2023-12"


def test_a_season_named_bare_after_a_preposition_and_the_verb_last_before_a_length():
    found = {t.text: t.value for t in tag("The plant should be finished by early summer. It was built in spring. "
                                          "The Arab Spring began in 2011. The strike will last 48 hours.", DCT,
                                          language="en")}
    assert found == {"early summer": "2024-SU", "spring": "2023-SP", "2011": "2011", "48 hours": "PT48H"}


def test_years_ago_today_is_that_very_day():
    found = {t.text: t.value for t in tag("Thirty years ago today, the killing began. A year ago this week, talks "
                                          "collapsed.", date(2024, 4, 7), language="en")}
    assert found == {"Thirty years ago today": "1994-04-07", "A year ago this week": "2023-W14"}
    # (…counted in decades too, and the story goes on in that year)
    found = {t.text: t.value for t in tag("A decade ago today, the leaders left Minsk with a plan. The truce was supposed to "
                                          "begin on Feb. 15. I joined the mission that spring.", date(2025, 2, 12))}
    assert found == {"A decade ago today": "2015-02-12", "Feb. 15": "2015-02-15", "that spring": "2015-SP"}


def test_agreed_to_a_thing_is_done_and_agreed_to_do_looks_ahead():
    found = [t.value for t in tag("They agreed to an immediate ceasefire early on Sunday. They agreed to meet on Sunday.",
                                  date(2026, 10, 19), language="en")]
    assert found == ["2026-10-18", "2026-10-25"]


def test_a_verb_of_intention_after_its_date_dates_the_intention():
    found = [t.value for t in tag("The leaders on Monday agreed to a European plan. They agreed to meet on Monday.",
                                  date(2023, 2, 28), language="en")]
    assert found == ["2023-02-27", "2023-03-06"]


def test_a_negated_present_passive_looks_ahead():
    assert value_of("ECOWAS threatened to use force if Bazoum is not reinstated by Sunday.", "Sunday",
                    date(2023, 8, 3)) == "2023-08-06"


def test_a_day_named_as_the_date_of_something_lies_ahead():
    assert value_of("Iraq's Cabinet on Monday set Dec. 18 as the date for provincial elections.", "Dec. 18",
                    date(2023, 1, 9)) == "2023-12-18"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a past spelled like its present is a past unless a modal or "to" stands before it
        ("Drones hit the port on Friday.", "2023-11-24"),
        ("Protests spread to the capital on Friday.", "2023-11-24"),
        ("They let him go on Friday.", "2023-11-24"),
        ("The central bank will cut rates on Friday.", "2023-12-01"),
        ("The storm is expected to hit the coast on Friday.", "2023-12-01"),
        ("The new fares will cost more from Friday.", "2023-12-01"),
        ("The court is to read its verdict on Friday.", "2023-12-01"),
        ("Let's meet again on Friday, the envoy urged.", "2023-12-01"),
    ],
)
def test_a_past_spelled_like_its_present_yields_to_a_modal(text, value):
    assert value_of(text, "Friday") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "may", "must" and "can" before a bare verb look ahead; a perfect after them looks back
        ("Farmers may march on the capital on Friday.", "2023-12-01"),
        ("Foreign troops must leave by Friday.", "2023-12-01"),
        ("Talks can resume on Friday if the shelling stops.", "2023-12-01"),
        ("The convoy may have crossed on Friday.", "2023-11-24"),
    ],
)
def test_a_modal_before_a_bare_verb_looks_ahead(text, value):
    assert value_of(text, "Friday") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # after an article or a possessive and before a noun, "May" and "March" are months
        ("The May elections were postponed again.", "2023-05"),
        ("Kyiv's March offensive stalled near the river.", "2023-03"),
        ("The March ceasefire will expire soon.", "2024-03"),
    ],
)
def test_may_and_march_before_a_noun_are_months(text, value):
    [(_, _, found)] = values(text)
    assert found == value


@pytest.mark.parametrize("text", ["The March on Rome began it.", "The march was peaceful.", "The March of Dimes paid."])
def test_a_march_named_or_walked_is_no_month(text):
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Gas prices tripled in the winter of 2021-22.", "the winter of 2021-22", "2021-WI"),
        ("Gas prices tripled in the winter of 2021/2022.", "the winter of 2021/2022", "2021-WI"),
        ("Snow closed the pass in winter 1999-2000.", "winter 1999-2000", "1999-WI"),
        # a second year that does not follow the first is no part of the winter
        ("Snow fell in the winter of 2021-24.", "the winter of 2021", "2021-WI"),
        ("The summer of 2021-22 was dry.", "The summer of 2021", "2021-SU"),
    ],
)
def test_a_winter_named_by_the_two_years_it_spans_is_one_season(text, phrase, value):
    assert value_of(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # told in the past late in the year, an early-year day is this year's, not next year's
        ("The party was expelled from the talks on Feb. 20.", date(2025, 11, 27), "2025-02-20"),
        ("The president was sworn in on Jan. 20.", date(2025, 12, 1), "2025-01-20"),
        # a decision's day lies ahead of the deciding, even when told in the past
        ("The board declared a dividend, payable Jan. 15 to holders of record.", date(2025, 11, 27), "2026-01-15"),
        ("The deadline was extended to Jan. 9.", date(2025, 11, 27), "2026-01-09"),
        # …a decision of another clause's, not the date's own
        ("The truce collapsed within days of being signed, and rebels took the town on Jan. 19.", date(2025, 11, 27),
         "2025-01-19"),
        # the present progressive announces
        ("The company said it is calling the bonds for redemption on Jan. 7.", date(2025, 11, 27), "2026-01-07"),
        ("The firm said it is still trying to sell itself under a June agreement.", date(2025, 11, 27), "2025-06"),
    ],
)
def test_a_day_told_in_the_past_is_behind_unless_something_was_decided_for_it(text, dct, value):
    assert [t.value for t in tag(text, dct, language="en") if t.type == "DATE"] == [value]


def test_that_before_a_season_and_its_verb_opens_a_clause():
    text = "The war began in 2022. Aid agencies warned that winter would arrive within weeks."
    assert not [t for t in tag(text, DCT, language="en") if "winter" in t.text]
    assert value_of("The war began in 2022. That winter was the coldest in years.", "That winter") == "2022-WI"
    assert value_of("The war began in 2022. Few expected it in that winter would end.", "that winter") == "2022-WI"


def test_earlier_than_compares_and_dates_nothing():
    found = values("The ban ends on Jan. 1, a year earlier than the bloc had planned.")
    assert ("a year", "DURATION", "P1Y") in found
    assert not [v for _, kind, v in found if kind == "DATE" and v.startswith("2022")]


def test_the_following_day_after_a_month_is_about_that_month_not_the_day_after_publication():
    found = values("The truce collapsed in March. The following day, troops pushed back. The war began in 2019. "
                   "The following week, talks failed.", date(2026, 10, 5))
    assert ("The following day", "DATE", "2026-03") in found
    assert ("The following week", "DATE", "2019") in found
    assert ("The following day", "DATE", "1994-05-13") in values("The truce began on 12 May 1994. The following day, "
                                                                 "both sides fired.")


def test_the_next_day_or_morning_after_a_month_or_a_weekend_is_about_that_month():
    found = values("Talks failed in March 2019; the next day the envoy resigned, and the next morning he left. "
                   "Over the weekend, crowds marched; the previous day, the police had warned them.", date(2026, 11, 27))
    assert ("the next day", "DATE", "2019-03") in found and ("the next morning", "DATE", "2019-03") in found
    assert ("the previous day", "DATE", "2026-11") in found


def test_a_morning_clock_time_after_a_night_is_the_next_morning():
    found = values("The hostages were handed over early on Monday. Crowds gathered in a square overnight. The first "
                   "group was released shortly after 8 a.m.", date(2026, 10, 13))
    assert ("overnight", "TIME", "2026-10-11TNI") in found and ("8 a.m.", "TIME", "2026-10-12T08:00") in found
    found = values("Rebels attacked on Tuesday night. By 11 p.m. the town had fallen, and at 6 a.m. troops entered.",
                   date(2026, 10, 15))
    assert ("6 a.m.", "TIME", "2026-10-14T06:00") in found
    # …but not past the publication date in a story told in the past
    found = values("Rebels attacked on Tuesday night. At 6 a.m. troops entered.", date(2026, 10, 13))
    assert ("6 a.m.", "TIME", "2026-10-13T06:00") in found


def test_a_count_of_years_given_as_one_or_two_is_no_date_ahead():
    assert values("The ban may, in a year or two, be lifted.") == [("a year", "DURATION", "P1Y")]


def test_the_early_hours_of_a_day_are_one_phrase_and_a_small_hour_after_late_monday_is_tuesday():
    found = values("Jets struck in the early hours of Tuesday. Rockets fell late on Monday. The raid began at 2:15 a.m.",
                   date(2026, 11, 25))
    assert ("the early hours of Tuesday", "DATE", "2026-11-24") in found
    assert ("2:15 a.m.", "TIME", "2026-11-24T02:15") in found


def test_the_early_hours_of_a_dated_day_are_one_phrase_too():
    found = values("Drones hit the depot in the early hours of 9 May. On the early hours of Sunday, May 10, more came.",
                   date(2026, 5, 14))
    assert ("the early hours of 9 May", "DATE", "2026-05-09") in found
    assert ("the early hours of Sunday, May 10", "DATE", "2026-05-10") in found


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a night named by the two days it joins is the night that begins on the first
        ("On the night of 9 to 10 May, drones hit the depot.", "the night of 9 to 10 May", "2026-05-09TNI"),
        ("On the night of May 9-10 the depot burned.", "the night of May 9-10", "2026-05-09TNI"),
        ("During the night of April 30 to May 1 shells fell.", "the night of April 30 to May 1", "2026-04-30TNI"),
        ("Overnight Saturday into Sunday, shells fell.", "Overnight Saturday into Sunday", "2026-05-09TNI"),
        ("In the night from Saturday to Sunday the lights went out.", "the night from Saturday to Sunday", "2026-05-09TNI"),
        ("On the night of 3 to 4 March 2024, the dam broke.", "the night of 3 to 4 March 2024", "2024-03-03TNI"),
    ],
)
def test_a_night_between_two_days_is_one_night(text, phrase, value):
    assert value_of(text, phrase, date(2026, 5, 14)) == value  # (a Thursday)


def test_two_days_that_are_no_night_stay_a_range():
    found = values("During the night of 3 to 9 May talks went on.", date(2026, 5, 14))
    assert [v for _, _, v in found] == ["2026-05-03", "2026-05-09"]

@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a part of the day written onto a German weekday's name
        ("de", "Ungarn gab seinen Widerstand am Dienstagabend auf.", [("Dienstagabend", "2026-11-24TEV", "")]),
        ("de", "Am Montagmorgen kam er.", [("Montagmorgen", "2026-11-23TMO", "")]),
        # a word that places a month within it belongs to the date
        ("de", "Das Paket war Anfang Oktober vorgeschlagen worden.", [("Anfang Oktober", "2026-10", "START")]),
        ("fr", "Les pourparlers ont été suspendus fin octobre.", [("fin octobre", "2026-10", "END")]),
    ],
)
def test_foreign_compound_weekdays_and_placed_months(language, text, expected):
    assert [(t.text, t.value, t.mod) for t in tag(text, date(2026, 11, 26), language=language)] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a clause joined after the date has its own tense: "have vowed" is not the vote's
        ("Peru elects a new congress in April, and rival parties have promised a recount.", "April", "2024-04"),
        # a present verb that stages a happening named by its object announces it, however long the object
        ("Malta holds a referendum on its new electoral law in the first week of March.",
         "the first week of March", "2024-W10"),
        ("Peru elects a new congress and president in April.", "April", "2024-04"),
        # but the party that holds a majority is no staging, and the nearer verb decides
        ("The party that holds a majority in the senate lost a vote in April.", "April", "2023-04"),
    ],
)
def test_a_present_verb_that_stages_a_vote_looks_ahead(text, phrase, value):
    assert value_of(text, phrase, date(2023, 11, 28)) == value


def test_a_saying_or_a_main_clause_after_an_aside_is_dated_from_publication():
    text = ("Ruiz, whose mandate ends on Aug. 7, 2026, said on Saturday that the talks could not wait. "
            "Ruiz, whose mandate ends on Aug. 7, 2026, flew to Cali on Saturday.")
    assert [t.value for t in tag(text, date(2025, 11, 23), language="en") if t.text == "Saturday"] == \
        ["2025-11-22", "2025-11-22"]
    # a story told at another date goes on from it
    assert value_of("On Sept. 27, 2020, the army attacked, and on Tuesday the town fell.", "Tuesday",
                    date(2025, 11, 23)) == "2020-09-29"


def test_overnight_after_a_night_named_is_that_night():
    text = "The sit-in went on late on Thursday. Police said 14 people were detained overnight."
    assert value_of(text, "overnight", date(2026, 11, 27)) == "2026-11-26TNI"
    text = "Clashes broke out on Thursday night. Police said 14 people were detained overnight."
    assert value_of(text, "overnight", date(2026, 11, 27)) == "2026-11-26TNI"
    # after a day named without its night, the night before it
    assert value_of("Markets closed lower Friday after overnight losses.", "overnight", date(2026, 11, 28)) \
        == "2026-11-26TNI"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Some plots were handed back in the week before Christmas.", "the week before Christmas", "2025-W51"),
        ("The envoys met again the day after Easter.", "the day after Easter", "2026-04-06"),
    ],
)
def test_a_day_or_week_counted_from_a_holiday(text, phrase, value):
    assert value_of(text, phrase, date(2026, 5, 18)) == value


def test_the_nth_after_a_saying_is_in_the_month_of_publication():
    text = ("A referendum is planned for June 2027, alongside the general election, the premier said in an interview "
            "on the 20th. The trial opened on March 3 and closed on the 9th.")
    assert value_of(text, "the 20th", date(2026, 11, 27)) == "2026-11-20"
    assert value_of(text, "the 9th", date(2026, 11, 27)) == "2026-03-09"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The referendum was held on the last Sunday of October.", "the last Sunday of October", "2026-10-25"),
        ("Parliament meets on the first Monday in March.", "the first Monday in March", "2027-03-01"),
        ("Polls open on the second Tuesday of November 2026.", "the second Tuesday of November 2026", "2026-11-10"),
    ],
)
def test_an_nth_weekday_of_a_month_is_one_day(text, phrase, value):
    assert value_of(text, phrase, date(2026, 11, 27)) == value


def test_a_weekday_or_holiday_of_a_year_out_of_range_is_no_other_years():
    found = values("It falls on the last Sunday of December 9999 and on Christmas 9999.", date(2026, 11, 27))
    assert not any(value.startswith("2026") for _, _, value in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a thing planned for a day takes its tense from what became of it
        ("A summit of the two leaders planned for Thursday was called off hours before it began.", "2026-11-26"),
        ("A summit of the two leaders planned for Thursday will go ahead as arranged.", "2026-12-03"),
    ],
)
def test_a_day_something_was_planned_for_follows_the_main_verb(text, value):
    assert value_of(text, "Thursday", date(2026, 11, 27)) == value


def test_the_same_day_after_a_saying_is_the_day_last_named_not_a_things_month():
    text = ("The premier spoke to reporters on Wednesday evening about the suspects in the September 2023 raid "
            "on the border post. The president said the same day that nothing had changed. It was the day "
            "that the talks collapsed.")
    assert value_of(text, "the same day", date(2026, 11, 27)) == "2026-11-25"
    assert "the day" not in [t.text for t in tag(text, date(2026, 11, 27), language="en")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A new contact group proposed a three-month truce in September.", "2025-09"),
        ("The proposed truce in September would be the first in a year.", "2026-09"),
    ],
)
def test_proposed_before_its_object_is_a_verb_in_the_past(text, value):
    assert value_of(text, "September", date(2026, 6, 3)) == value


def test_a_clock_time_stays_on_the_day_in_view_past_a_coarser_date_named_after_it():
    text = ("Troops traded fire early Wednesday, the worst breach of a truce that ended the fighting in late July. "
            "The army said shells landed near a post at about 4:30 a.m. local time.")
    assert value_of(text, "about 4:30 a.m. local time", date(2026, 11, 26)) == "2026-11-25T04:30"


def test_a_clock_time_does_not_reach_past_a_coarser_date_of_its_own_sentence():
    text = ("The mission, set up on 9 July 2011, has 17,000 troops. Its mandate, renewed last May, was due to "
            "lapse at 5 p.m. local time.")
    assert value_of(text, "5 p.m. local time", date(2026, 4, 30)) == "2026-04-30T17:00"


def test_a_bare_clock_opening_a_line_is_a_live_stamp_and_nowhere_else():
    text = ("14:05 - The resolution passes with 12 votes in favour.\n\n13:40 - The envoy says Beijing will "
            "abstain.\n\nThe score was 14:05 - a record.")
    found = [(t.text, t.value) for t in tag(text, date(2026, 9, 30), language="en")]
    assert ("14:05", "2026-09-30T14:05") in found and ("13:40", "2026-09-30T13:40") in found
    assert len([f for f in found if f[0] == "14:05"]) == 1


def test_the_edge_of_a_quarter_is_one_span_with_its_mod():
    found = tag("They hope to sign before the end of the first quarter.", date(2026, 11, 24), language="en")
    assert [(t.text, t.value, t.mod) for t in found] == [("the end of the first quarter", "2027-Q1", "END")]


def test_a_month_named_again_just_after_it_was_named_with_a_year_keeps_that_year():
    text = ("In December 2024 the two leaders agreed to open talks by the end of February 2025. Those talks "
            "opened in Ankara in mid-February. A new round opened in March.")
    assert value_of(text, "mid-February", date(2026, 11, 24)) == "2025-02"
    # (another month, after the story was told on without its year, goes on in it: the writer is telling that year)
    assert value_of(text, "March", date(2026, 11, 24)) == "2025-03"


def test_a_24_hour_clock_after_at_is_a_time_of_the_day_named():
    found = {t.text: t.value for t in tag("The minister will brief envoys on 24 November at 11:00. The ratio "
                                          "stood at 3:1.", date(2026, 11, 18), language="en")}
    assert found == {"24 November": "2026-11-24", "11:00": "2026-11-24T11:00"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year written once after two seasons or two months is both's
        ("A war in the spring and summer of 1992 killed many.", [("the spring", "1992-SP"), ("summer of 1992", "1992-SU")]),
        ("Floods hit in January and February of 2021.", [("January", "2021-01"), ("February of 2021", "2021-02")]),
        ("From late spring to the summer of 2018 it was dry.", [("late spring", "2018-SP"), ("summer of 2018", "2018-SU")]),
    ],
)
def test_a_year_written_once_serves_both_seasons_or_months(text, expected):
    assert [(t.text, t.value) for t in tag(text, date(2025, 2, 3), language="en")] == expected


def test_hours_later_are_counted_on_from_the_clock_time_in_view():
    found = tag("Guards opened the gate at 11:30 p.m. Two hours later the convoy left. Some 90 minutes later it "
                "arrived.\n\nThe talks lasted three hours later in the week.", date(2025, 10, 13), language="en")
    values = [(t.text, t.type, t.value, t.mod) for t in found]
    assert ("Two hours later", "TIME", "2025-10-14T01:30", "") in values  # past midnight, on the next day
    assert ("Some 90 minutes later", "TIME", "2025-10-14T03:00", "APPROX") in values
    # with no clock time in view a count of hours stays a length
    assert not any(v.startswith("2025-10-14T") for t, _, v, _ in values if t.startswith("three"))


def test_a_chronology_entry_s_leading_date_anchors_every_sentence_of_its_line():
    text = ("Sept. 27, 2020 – The offensive begins. The war ends with a deal signed on the night of Nov. 9-10.\n"
            "Dec. 12, 2022 – Activists block the road. Talks resume on Dec. 20.\n")
    found = {t.text: t.value for t in tag(text, date(2024, 11, 28), language="en")}
    assert found["the night of Nov. 9-10"] == "2020-11-09TNI"
    assert found["Dec. 20"] == "2022-12-20"  # the entry's own year, not the publication's
    # (…and so does a year alone as the entry's label)
    text = "Timeline\n\n2016: Four days of fighting in April kill 200 people.\n2020: A war from Sept. 27 to Nov. 10 ends.\n"
    found = {t.text: t.value for t in tag(text, date(2026, 11, 28), language="en")}
    assert (found["April"], found["Sept. 27"], found["Nov. 10"]) == ("2016-04", "2020-09-27", "2020-11-10")


def test_half_of_a_month_is_that_month_not_half_of_a_year():
    found = values("Two more boats were hit in the second half of September, and the first half of March 2020 was dry.",
                   date(2025, 10, 29))
    assert found == [("the second half of September", "DATE", "2025-09"), ("the first half of March 2020", "DATE", "2020-03")]
    assert [t.mod for t in tag("in the second half of September", date(2025, 10, 29), language="en")] == ["END"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # the first weekend after the day the story is at (a Thursday): that week's, not a week on
        ("Jets struck on Oct. 9. Border posts were attacked at the weekend that followed.", "the weekend that followed",
         "2025-W41-WE"),
        ("Jets struck on Oct. 9. Troops massed the following weekend.", "the following weekend", "2025-W41-WE"),
        ("Jets struck on Oct. 11. Troops massed the following weekend.", "the following weekend", "2025-W42-WE"),
        ("Jets struck on Oct. 9. The weekend after, troops massed.", "The weekend after", "2025-W41-WE"),
    ],
)
def test_a_weekend_after_the_story_s_day(text, phrase, value):
    assert value_of(text, phrase, date(2025, 10, 30)) == value


def test_a_clock_time_after_the_day_a_source_spoke_is_the_story_s_day():
    text = ("Gunmen killed 12 soldiers in an attack on a post late Tuesday, security sources said early Wednesday. "
            "The assault began shortly after 5 p.m. and lasted for hours.")
    assert value_of(text, "5 p.m.", date(2023, 11, 29)) == "2023-11-28T17:00"
    # a day that is the story's own stays the day a clock time is on
    assert value_of("Talks opened on Tuesday. The session began at 5 p.m.", "5 p.m.", date(2023, 11, 29)) == "2023-11-28T17:00"


def test_two_days_offered_as_alternatives_are_both_dates():
    assert [v for _, _, v in values("A further round could take place on Dec. 8 or 9.", date(2025, 11, 25))] == \
        ["2025-12-08", "2025-12-09"]


def test_a_past_verb_far_back_in_its_clause_keeps_a_month_day_behind():
    text = "India struck what it called camps used by armed groups in Pakistan in response to an attack on tourists in the valley on May 7."
    assert value_of(text, "May 7", date(2025, 11, 25)) == "2025-05-07"
    # …but not when what follows it looks ahead of it
    assert value_of("The minister invited the envoys of three neighbouring countries to a ceremony in the old capital "
                    "to be held in the main square on March 12.", "March 12", date(1999, 2, 16)) == "1999-03-12"


def test_late_in_the_evening_is_one_phrase_and_ends_a_range_begun_at_a_clock_time():
    found = tag("The delegations met from 10 a.m. on Monday until late in the evening.", date(2025, 11, 25))
    assert [(t.text, t.value) for t in found] == [("10 a.m. on Monday", "2025-11-24T10:00"),
                                                   ("late in the evening", "2025-11-24TEV")]
    assert found[0].range_id is not None and found[0].range_id == found[1].range_id


def test_a_chronology_entry_without_its_year_follows_the_entry_before_it():
    text = ("Jan 19, 2025 - A second truce begins.\n\nMarch 18 - Strikes resume.\n\nSept 29 - A plan is unveiled.\n\n"
            "Oct 6 - Indirect talks begin.\n")
    found = [(t.text, t.value) for t in tag(text, date(2025, 10, 10))]
    assert found == [("Jan 19, 2025", "2025-01-19"), ("March 18", "2025-03-18"), ("Sept 29", "2025-09-29"),
                     ("Oct 6", "2025-10-06")]


def test_a_chronology_told_newest_first_goes_back():
    text = "Jan 19, 2025 - A second truce begins.\nDec 12 - Talks open in Doha.\n"
    assert [t.value for t in tag(text, date(2025, 10, 10))] == ["2025-01-19", "2024-12-12"]


def test_last_season_is_the_last_one_gone():
    found = {t.text: t.value for t in tag("Work resumed last spring; talks stalled this past spring; it snowed last "
                                          "winter.", date(2026, 6, 3))}
    assert found == {"last spring": "2026-SP", "this past spring": "2026-SP", "last winter": "2025-WI"}
    # (written in the autumn, the summer just gone; the season of writing itself, a year back)
    assert value_of("The central bank was paralysed for weeks last summer.", "last summer", date(2026, 11, 30)) == "2026-SU"
    assert value_of("The strike began last spring.", "last spring", date(1989, 10, 26)) == "1989-SP"
    assert value_of("Talks stalled last fall.", "last fall", date(2026, 11, 30)) == "2025-FA"
    assert value_of("Prices rose last fall.", "last fall", date(1998, 2, 6)) == "1997-FA"


def test_the_edge_of_a_decade_and_two_days_of_a_month_with_ordinals():
    found = [(t.text, t.value, t.mod) for t in tag("The line was last used at the start of the 1990s. The envoys met on "
                                                   "the 2nd and 3rd of December.", date(2025, 12, 4))]
    assert found == [("the start of the 1990s", "199X", "START"), ("the 2nd", "2025-12-02", ""),
                     ("3rd of December", "2025-12-03", "")]


def test_an_intention_in_the_present_looks_ahead():
    assert value_of("Both sides agree to open a crossing before Nowruz", "Nowruz", date(2025, 12, 4)).startswith("2026")


def test_overnight_into_a_weekday_is_the_night_before_it_and_a_quoted_name_is_no_quotation():
    found = {t.text: t.value for t in tag("Drones entered the airspace overnight into Wednesday. The alliance is due to "
                                          "start an exercise called \"Eastern Sentry\" on Friday.", date(2025, 9, 10))}
    assert found == {"overnight into Wednesday": "2025-09-09TNI", "Friday": "2025-09-12"}


def test_a_date_moved_to_another_is_no_range():
    found = tag("The government postponed the elections scheduled for December 2024 to December 2026.", date(2025, 4, 30))
    assert [(t.value, t.range_id) for t in found] == [("2024-12", None), ("2026-12", None)]
    linked = tag("The mission ran from December 2024 to December 2026.", date(2025, 4, 30))
    assert linked[0].range_id is not None and linked[0].range_id == linked[1].range_id


def test_a_chronologys_month_after_its_year_and_the_same_month_of_a_year():
    found = [(t.text, t.value) for t in tag("2018 (July) - Both leaders sign a declaration.\n1991 - Rebels take the "
                                            "capital; the regime falls the same month.", date(2025, 11, 3))]
    assert found == [("2018 (July)", "2018-07"), ("1991", "1991"), ("the same month", "1991")]


def test_a_bare_month_told_before_a_full_day_of_an_earlier_year_is_of_that_year():
    text = ("He lost his seat in August and an early election was held on Nov. 23, 2025. "
            "Prices fell in August and have risen since May 2025.")
    assert values(text, date(2026, 11, 27))[0] == ("August", "DATE", "2025-08")
    assert values(text, date(2026, 11, 27))[2] == ("August", "DATE", "2026-08")  # "since" tells no order


def test_the_same_month_again_after_a_sentence_that_ran_a_year_on_from_it_is_a_later_one():
    text = ("For almost a year the corridor, opened in July 2025, let the port ship grain. Moscow walked away from the "
            "deal in July, and exports stopped.")
    assert value_of(text, "July", date(2026, 11, 28)) == "2026-07"
    # …but the story stays in its month when nothing carries it on
    assert value_of("The corridor opened in July 2025. Moscow walked away from the deal in July.", "July",
                    date(2026, 11, 28)) == "2025-07"


def test_a_month_in_a_when_clause_after_a_year_is_of_that_year_with_or_without_a_comma():
    assert value_of("Visits revived in 2023 when the president went to Tokyo in March.", "March",
                    date(2026, 11, 28)) == "2023-03"


def test_a_weekday_a_thing_was_announced_or_called_for_lies_ahead():
    dct = date(2026, 11, 25)
    assert value_of("Power cuts were announced for Sunday in three regions.", "Sunday", dct) == "2026-11-29"
    assert value_of("A general strike was called for Monday.", "Monday", dct) == "2026-11-30"
    # a participle about the subject says nothing; the main verb does
    assert value_of("Talks planned for Thursday were cancelled.", "Thursday", dct) == "2026-11-19"


def test_weeks_earlier_after_a_deadline_still_to_come_count_from_the_last_day_that_has_been():
    found = values("The commissions met on Thursday. The two sides hope to agree on a map by the end of next month. "
                   "Two weeks earlier, the president accused his neighbour of stalling. The following day, the prime "
                   "minister answered him.", date(2026, 11, 26))
    assert ("Two weeks earlier", "DATE", "2026-11-12") in found
    assert ("The following day", "DATE", "2026-11-13") in found


def test_this_time_last_year_is_the_same_time_a_year_before_as_its_month():
    found = values("This time last year, voters approved a referendum. About this time last week, he left.",
                   date(2026, 11, 28))
    assert found == [("This time last year", "DATE", "2025-11"), ("About this time last week", "DATE", "2026-11-21")]


def test_the_week_after_next_is_two_weeks_on():
    assert values("Talks resume the week after next, and the vote is the year after next.", date(2026, 11, 28)) == [
        ("the week after next", "DATE", "2026-W50"), ("the year after next", "DATE", "2028")]


def test_a_present_that_starts_from_a_weekday_starts_on_the_next_one():
    dct = date(2026, 11, 28)
    assert value_of("Curfews apply from Monday.", "Monday", dct) == "2026-11-30"
    assert value_of("Curfews applied from Monday.", "Monday", dct) == "2026-11-23"


def test_a_plan_told_in_the_past_is_for_the_nearest_such_day():
    dct = date(2026, 11, 24)
    assert value_of("The talks were first due to open on Nov. 4 but were pushed back.", "Nov. 4", dct) == "2026-11-04"
    assert value_of("The vote was due to take place on Dec. 5 but has been postponed.", "Dec. 5", dct) == "2026-12-05"
    assert value_of("The talks are due to open on Nov. 4.", "Nov. 4", dct) == "2027-11-04"


def test_a_year_heading_its_section_gives_the_year_of_the_entries_under_it():
    """A chronology under year headings ("2023" on a line of its own) dates its entries by them, up to a
    heading of another kind; read against the publication date they would be a year or three off."""
    text = ("2023\n14 March – First contacts are reported in Bamako.\nJune – Algeria offers to host talks.\n\n"
            "2024\nJanuary – Fighting resumes near Ménaka.\nLate November – The truce breaks down.\n\n"
            "What comes next\nTalks are due to resume in Algiers on 4 December.\n")
    assert [(t.text, t.value) for t in tag(text, date(2026, 11, 20), language="en")] == [
        ("2023", "2023"), ("14 March", "2023-03-14"), ("June", "2023-06"), ("2024", "2024"), ("January", "2024-01"),
        ("Late November", "2024-11"), ("4 December", "2026-12-04")]
    # …and so do headings marked as a page copied from markdown writes them
    marked = "## 2023\n14 March – First contacts are reported.\n\n**2024**\nJanuary – Fighting resumes.\n"
    assert [t.value for t in tag(marked, date(2026, 11, 20), language="en")] == ["2023", "2023-03-14", "2024", "2024-01"]
    # …and so do bulleted entries, the first right under its heading ("2019\n- 11 April" is no range of years)
    bulleted = "Timeline\n\n2019\n- 11 April: The army removes the president.\n- 3 June: Troops clear the sit-in.\n"
    assert [t.value for t in tag(bulleted, date(2026, 11, 20), language="en")] == ["2019", "2019-04-11", "2019-06-03"]


def test_a_quarter_or_week_of_a_year_or_month_told_relative_to_now():
    """"the first quarter of next year" is one date, the quarter of 2027, not a quarter and a year apart."""
    assert values("The council will convene in the first quarter of next year.", date(2026, 11, 26)) == [
        ("the first quarter of next year", "DATE", "2027-Q1")]
    assert values("Growth slowed in the second quarter of last year.", date(2026, 11, 26)) == [
        ("the second quarter of last year", "DATE", "2025-Q2")]
    assert values("Talks resume in the first week of next month.", date(2026, 11, 26)) == [
        ("the first week of next month", "DATE", "2026-W49")]


def test_a_date_an_intent_looks_to_is_not_read_by_the_closing_attribution():
    """"agreed to hold the next round … in January, the ministry said": the January is the round's, after the
    agreeing: the nearest January, not the last one as the closing "said" would have it."""
    text = ("The two ministers agreed to hold the next round of exploratory talks on the delimitation of the "
            "continental shelf in Ankara in January, the ministry said in a statement.")
    assert values(text, date(2026, 11, 26)) == [("January", "DATE", "2027-01")]


def test_the_turn_of_the_year_ahead_is_the_new_year():
    assert values("Elections are due at the turn of the year.", date(2026, 11, 27)) == [
        ("the turn of the year", "DATE", "2027")]
    assert values("Fighting eased at the turn of the year.", date(2026, 11, 27)) == [
        ("the turn of the year", "DATE", "2026")]


def test_what_a_thing_still_awaits_is_ahead():
    """"The package, which needs formal approval by ministers on Monday": the approval is to come, so the coming
    Monday, as for "faces a vote on Tuesday"."""
    dct = date(2026, 11, 27)  # a Friday
    assert value_of("The package, which needs formal approval by ministers on Monday, bans imports.", "Monday", dct) \
        == "2026-11-30"
    assert value_of("The bill requires a final vote in parliament on Tuesday.", "Tuesday", dct) == "2026-12-01"
    # (a happening named in passing is no awaited one)
    assert value_of("The town needs help after the floods on Monday.", "Monday", dct) == "2026-11-23"
    assert value_of("The minister faces questions over the raid on Sunday.", "Sunday", dct) == "2026-11-22"


def test_a_year_of_the_islamic_calendar_is_no_year_of_ours():
    """"Jumada Al-Awwal 17, 1448" or "1448 AH" beside the Gregorian date an agency gives with it: 1448 is no
    year of the fifteenth century."""
    text = ("Riyadh, Jumada Al-Awwal 17, 1448, November 28, 2026, SPA -- The Crown Prince received a call on "
            "16 Jumada Al-Awwal 1448 AH corresponding to 27 November 2026.")
    assert [t.value for t in tag(text, date(2026, 11, 28), language="en")] == ["2026-11-28", "2026-11-27"]
    assert value_of("In 1448, the city walls were rebuilt.", "1448") == "1448"


def test_a_list_of_months_takes_the_year_written_after_the_last():
    assert values("Turkey hosted rounds of talks in May, June and July 2025.", date(2026, 11, 27)) == [
        ("May", "DATE", "2025-05"), ("June", "DATE", "2025-06"), ("July 2025", "DATE", "2025-07")]


def test_a_list_of_days_of_one_month_gives_each_day():
    dct = date(2026, 11, 27)
    assert [(t.text, t.value) for t in tag("Strikes hit the city on Nov. 3, 5 and 7.", dct, language="en")] == [
        ("Nov. 3", "2026-11-03"), ("5", "2026-11-05"), ("7", "2026-11-07")]
    assert [(t.text, t.value) for t in tag("Talks were held on 3, 5 and 7 November.", dct, language="en")] == [
        ("3", "2026-11-03"), ("5", "2026-11-05"), ("7 November", "2026-11-07")]
    assert [t.value for t in tag("Raids on Oct. 2, 9 and 16, 2024 failed.", dct, language="en")] == [
        "2024-10-02", "2024-10-09", "2024-10-16"]


def test_orthodox_easter_is_its_own_day():
    """Orthodox Easter follows the Julian computus: 12 April 2026 and 20 April 2025, not the Western 5 April and
    20 April (the same day in 2025)."""
    assert value_of("A truce held over Orthodox Easter.", "Orthodox Easter", date(2026, 11, 27)) == "2026-04-12"
    assert value_of("A truce held over Orthodox Easter.", "Orthodox Easter", date(2025, 11, 27)) == "2025-04-20"
    assert value_of("A truce held over Easter.", "Easter", date(2026, 11, 27)) == "2026-04-05"


def test_a_day_a_month_s_name_and_a_year_joined_by_dashes():
    assert value_of("The form is dated 27-Nov-2026.", "27-Nov-2026", date(2026, 11, 28)) == "2026-11-27"
    assert value_of("Logged 05/Mar/24 at the gate.", "05/Mar/24", date(2026, 11, 28)) == "2024-03-05"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range's end takes the year told after it, and its start shares it
        ("Hearings will run from March 9 to March 13 next year.",
         [("March 9", "2024-03-09"), ("March 13 next year", "2024-03-13")]),
        ("Talks are set for March 9-13 next year.", [("March 9", "2024-03-09"), ("13 next year", "2024-03-13")]),
        ("The border stays shut from Dec. 20 to Jan. 5 next year.",
         [("Dec. 20", "2023-12-20"), ("Jan. 5 next year", "2024-01-05")]),
        ("Talks ran from 9 to 13 March last year.", [("9", "2022-03-09"), ("13 March last year", "2022-03-13")]),
        ("The period from May to July last year was calm.", [("May", "2022-05"), ("July last year", "2022-07")]),
        # a list, every date of it
        ("Votes were held in May, June and July last year.",
         [("May", "2022-05"), ("June", "2022-06"), ("July last year", "2022-07")]),
        ("Talks were held on March 9 and March 13 last year.",
         [("March 9", "2022-03-09"), ("March 13 last year", "2022-03-13")]),
        # a date with its own year, a weekday, and the first date of a move keep theirs
        ("The war lasted from 2019 to July last year.", [("2019", "2019"), ("July last year", "2022-07")]),
        ("Envoys met on Monday and on March 13 last year.", [("Monday", "2023-11-27"), ("March 13 last year", "2022-03-13")]),
        ("The vote was postponed from May to July next year.", [("May", "2023-05"), ("July next year", "2024-07")]),
    ],
)
def test_a_year_told_after_a_range_or_list_holds_for_all_its_dates(text, expected):
    assert [(t.text, t.value) for t in tag(text, DCT, language="en")] == expected


def test_a_states_start_after_since_is_no_point_the_next_day_counts_from():
    text = ("On Monday, police removed the barriers from the bridge, which has been closed since 2011. Belgrade "
            "protested the next day. Talks failed in March 2019; the next day the envoy resigned.")
    assert [(t.text, t.value) for t in tag(text, DCT, language="en") if t.text == "the next day"] == \
        [("the next day", "2023-11-28"), ("the next day", "2019-03")]
    counted = tag("On Monday, police removed the barriers from the bridge, which has been closed since March 2011. "
                  "Two days later, Belgrade protested.", DCT, language="en")
    assert [(t.text, t.value) for t in counted][-1] == ("Two days later", "2023-11-29")


def test_a_period_named_by_its_last_day_and_that_day_are_of_one_year():
    found = values("The quarter ending Dec. 31 was weak. Analysts expect profit for the three months ending Dec. 31 "
                   "to rise.", date(2026, 11, 25))
    assert [v for _, _, v in found if v.startswith("20")] == ["2025-Q4", "2025-12-31", "2026-12-31"]


def test_the_week_ending_a_day_is_the_calendar_week_of_its_seven_days():
    found = values("Cholera cases rose by 20 per cent in the week ending 23 November. Sales fell in the week ended "
                   "Nov. 21, 2025.", date(2026, 11, 25))
    assert found == [("the week ending 23 November", "DATE", "2026-W47"),  # (23 November 2026 is a Monday)
                     ("the week ended Nov. 21, 2025", "DATE", "2025-W47")]


def test_the_rules_order_does_not_hang_on_which_module_is_imported_first():
    """Equally long readings are decided by the rules' order ("from 9 to 13 March" against "13 March last
    year"), so that order must be the same whether the tagger or the event finder is imported first."""
    import subprocess
    import sys

    show = ("import timeline_app.extraction.temporal; from timeline_app.extraction.temporal_core import RULES; "
            "print([r.name for r in RULES])")
    orders = {first: subprocess.run([sys.executable, "-c", f"import {first}; {show}"], capture_output=True, text=True,
                                    check=True).stdout
              for first in ("timeline_app.extraction.temporal", "timeline_app.extraction.events",
                            "timeline_app.extraction.rules_named")}
    assert len(set(orders.values())) == 1


def test_many_weeks_ago_is_told_to_the_week_and_a_week_or_two_to_the_day():
    found = values("He spoke six weeks ago. They met two weeks ago. The truce began on April 2 and was paused "
                   "three weeks later.", date(2000, 1, 6))
    assert found == [("six weeks ago", "DATE", "1999-W47"), ("two weeks ago", "DATE", "1999-12-23"),
                     ("April 2", "DATE", "1999-04-02"), ("three weeks later", "DATE", "1999-04-23")]


def test_a_day_in_figures_without_its_year_is_read_after_on_when_its_order_is_sure():
    found = values("The meeting on 30/11 was cancelled. Officials met on 11/12 to talk. The shop is open 24/7. "
                   "Polls close at 9:30 a.m. ET (1430 GMT) on Wednesday.", date(2026, 11, 28))
    assert found == [("30/11", "DATE", "2026-11-30"),  # (11/12 could be either way round: left alone)
                     ("9:30 a.m. ET (1430 GMT) on Wednesday", "TIME", "2026-12-02T09:30")]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("The opposition called protests for Saturday.", "en", "2026-11-28"),
        ("Unions announced a general strike for Monday.", "en", "2026-11-30"),
        ("Die Opposition kündigte Proteste für Samstag an.", "de", "2026-11-28"),
        ("La oposición convocó protestas para el sábado.", "es", "2026-11-28"),
        # the day of the doing itself stays in the past, and so does a night into a day (the night before it)
        ("Die Polizei nahm am Samstag zehn Menschen fest.", "de", "2026-11-21"),
        ("Drohnen griffen in der Nacht auf Samstag Kiew an.", "de", "2026-11-20TNI"),
        ("В ночь на субботу беспилотники атаковали Киев.", "ru", "2026-11-20TNI"),
    ],
)
def test_a_day_something_is_called_for_is_ahead(text, language, value):
    assert [t.value for t in tag(text, date(2026, 11, 27), language=language)] == [value]


def test_numbered_resolutions_and_their_years_in_brackets_are_no_dates():
    found = values("Recalling its resolutions 1996 (2011), 2625 (2022) and 2729 (2024), the Council met. In 2019 "
                   "(the year of the deal) talks began.", date(2026, 11, 28))
    assert found == [("2019", "DATE", "2019")]


def test_weekdays_listed_ahead_are_days_of_one_week_in_the_order_told():
    found = values("NATO ministers meet in Brussels on Tuesday and Wednesday. Envoys met on Tuesday and Wednesday. "
                   "Statements came on Friday and Thursday.", date(2026, 11, 29))
    assert [v for _, _, v in found] == ["2026-12-01", "2026-12-02", "2026-11-24", "2026-11-25", "2026-11-27", "2026-11-26"]


def test_a_day_without_its_year_after_a_season_of_another_year_is_of_that_season():
    found = values("Riyadh, close to a deal in the summer of 2023, froze the talks after the October 7 attack. "
                   "The naval truce proposed in the spring of 2025 collapsed in March.", date(2026, 11, 20))
    assert [v for _, _, v in found] == ["2023-SU", "2023-10-07", "2025-SP", "2026-03"]  # (a bare month reads on its own)


def test_that_decade_is_the_decade_the_story_named_last():
    found = values("In the early 1990s, NATO and Russia spoke of partnership. By the end of that decade, the alliance "
                   "had grown. In 2005 it grew again; by the end of that decade it had doubled.", date(2026, 11, 28))
    assert [v for _, _, v in found] == ["199X", "199X", "2005", "200X"]


def test_what_could_yet_be_done_to_a_planned_day_is_ahead():
    assert values("The summit, planned for June 4, could be postponed.", date(2026, 11, 28)) == \
        [("June 4", "DATE", "2027-06-04")]
    assert values("The summit, held on June 4, could have gone better.", date(2026, 11, 28)) == \
        [("June 4", "DATE", "2026-06-04")]


def test_a_bare_clock_is_on_the_day_its_clause_names_after_a_phrase_of_place():
    found = values("Officials imposed a curfew from 9 p.m. to 5 a.m. in the market town of Sary-Tash on Friday.",
                   date(2026, 11, 28))
    assert [v for _, _, v in found] == ["2026-11-27T21:00", "2026-11-28T05:00", "2026-11-27"]
    assert values("Police opened fire at 3 p.m. near the central market on Friday.", date(2026, 11, 28))[0][2] \
        == "2026-11-27T15:00"
    # (but not a day of another clause)
    found = values("The shelling stopped at 3 p.m. Rescuers reached the town on Friday.", date(2026, 11, 28))
    assert found[0][2] == "2026-11-28T15:00"


def test_a_bare_midnight_told_in_the_past_is_the_one_its_day_began_with():
    found = values("By 2 a.m. Sunday, rescuers had pulled two survivors. Rockets were fired shortly after midnight. "
                   "The curfew starts at midnight.", date(2026, 11, 29))
    assert [v for _, _, v in found] == ["2026-11-29T02:00", "2026-11-29T00:00", "2026-11-29T24:00"]
    # (but one that ends what the day told is that day's end)
    found = values("Thousands marched on Saturday. Police said the rally ended shortly before midnight.", date(2026, 11, 29))
    assert [v for _, _, v in found] == ["2026-11-28", "2026-11-28T24:00"]


def test_a_month_ending_a_numbered_paragraph_takes_no_day_from_the_next_paragraph():
    text = ("1. The ministers welcomed the opening of the railway link on 1 September.\n\n"
            "2. A working group will meet for the first time in January.\n\n3. They adjourned.")
    assert values(text) == [("1 September", "DATE", "2023-09-01"), ("January", "DATE", "2024-01")]


def test_only_an_abbreviated_month_takes_a_point_before_its_day():
    assert values("The link opened in September. 3 trains ran on the first day.") == [("September", "DATE", "2023-09")]
    assert values("The link opened on Sept. 3 after delays.") == [("Sept. 3", "DATE", "2023-09-03")]


def test_a_fraction_of_a_unit_ago_is_a_date_at_the_grain_that_makes_it_whole():
    assert values("Half a century ago the border produced a resolution; two and a half years ago it was redrawn.",
                  date(2026, 11, 22)) == [("Half a century ago", "DATE", "1976"), ("two and a half years ago", "DATE", "2024-05")]


def test_a_winter_named_by_the_two_years_it_spans_before_its_noun_is_one_winter():
    assert values("The 2020-21 winter was the quietest on record.") == [("The 2020-21 winter", "DATE", "2020-WI")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("it", "Gli scontri sono scoppiati a Tripoli lo scorso agosto.", [("lo scorso agosto", "2026-08")]),
    ("it", "Il vertice si terrà il prossimo marzo.", [("il prossimo marzo", "2027-03")]),
    ("es", "Los combates estallaron en noviembre pasado.", [("noviembre pasado", "2025-11")]),
    ("fr", "Les combats ont éclaté en août dernier.", [("août dernier", "2026-08")]),
    ("de", "Die Kämpfe brachen im vergangenen August aus.", [("vergangenen August", "2026-08")]),
    ("pt", "A cimeira do próximo mês de março foi confirmada.", [("do próximo mês de março", "2027-03")]),
])
def test_a_month_named_with_next_or_last_in_other_languages_is_the_next_or_last_one(language, text, expected):
    assert [(t.text, t.value) for t in tag(text, date(2026, 11, 27), language=language)] == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("es", "La reunión se celebró en agosto del año pasado en Lima.", [("agosto del año pasado", "2025-08")]),
    ("es", "Volverán a reunirse el 3 de marzo del próximo año.", [("3 de marzo del próximo año", "2027-03-03")]),
    ("de", "Das Treffen fand im August letzten Jahres statt.", [("August letzten Jahres", "2025-08")]),
    ("fr", "La réunion a eu lieu en août de l'année dernière.", [("août de l'année dernière", "2025-08")]),
    ("it", "La riunione si è tenuta in agosto dello scorso anno.", [("agosto dello scorso anno", "2025-08")]),
    ("pt", "A reunião ocorreu em agosto do ano passado.", [("agosto do ano passado", "2025-08")]),
    ("ru", "Договор был подписан 8 августа прошлого года в Вашингтоне.", [("8 августа прошлого года", "2025-08-08")]),
    ("ru", "Консультации пройдут в начале следующего года.", [("начале следующего года", "2027")]),
    ("tr", "Toplantı geçen yılın ağustos ayında yapıldı.", [("geçen yılın ağustos ayında", "2025-08")]),
    # …and the year itself, placed within it
    ("de", "Die Wahl soll Ende nächsten Jahres stattfinden.", [("Ende nächsten Jahres", "2027")]),
    ("es", "Las conversaciones se suspendieron a finales del año pasado.", [("finales del año pasado", "2025")]),
])
def test_a_month_of_the_last_or_next_year_in_other_languages_is_of_that_year(language, text, expected):
    assert [(t.text, t.value) for t in tag(text, date(2026, 11, 27), language=language)] == expected


def test_a_weekday_in_a_closing_attribution_in_portuguese_is_the_saying_s_past_day():
    found = tag("Os dois governos vão assinar na sexta-feira um novo programa, disse o ministro na terça-feira.",
                date(2026, 11, 26), language="pt")
    assert [(t.text, t.value) for t in found] == [("sexta-feira", "2026-11-27"), ("terça-feira", "2026-11-24")]


def test_a_plan_s_day_after_a_dated_aside_is_told_from_the_publication_date():
    dct = date(2026, 11, 20)
    assert value_of("The waiver, first issued in May 2025, had been due to lapse on Nov. 20.", "Nov. 20", dct) == "2026-11-20"
    # (what the subject did after the aside goes on from its date, as a month does)
    assert value_of("The waiver, first issued in May 2025, lapsed on Nov. 20.", "Nov. 20", dct) == "2025-11-20"


def test_a_morning_clock_time_after_midnight_on_a_day_is_of_the_day_after():
    found = values("The first alert sounded shortly before midnight on Saturday, and the all-clear came at 5:10 a.m. "
                   "A second wave hit the port around 3 a.m.", date(2026, 11, 29))
    assert [v for _, _, v in found] == ["2026-11-28T24:00", "2026-11-29T05:10", "2026-11-29T03:00"]


def test_a_weekday_a_decided_thing_is_to_begin_on_is_ahead():
    assert value_of("The army and the RSF have agreed to a three-day truce to begin at dawn on Monday, mediators said.",
                    "Monday", date(2026, 11, 28)) == "2026-11-30"


def test_a_day_of_the_month_alone_after_on_for_or_by_and_of_next_month():
    found = values("Lawmakers will vote on the 26th on whether to ratify it. A hearing is set for the 3rd of next month. "
                   "The coalition lost its majority on the 9th. Offices are on the 5th floor.", date(2026, 11, 18))
    assert found == [("the 26th", "DATE", "2026-11-26"), ("the 3rd of next month", "DATE", "2026-12-03"),
                     ("the 9th", "DATE", "2026-11-09")]


def test_a_day_of_the_month_alone_after_other_prepositions_even_in_a_text_without_on_the():
    # (the rule's scan was skipped unless "on the" stood somewhere in the text)
    assert values("The ceasefire must take effect by the 15th of next month.", date(2026, 11, 26)) == [
        ("the 15th of next month", "DATE", "2026-12-15")]
    assert values("The memo was dated the 12th of this month.", date(2026, 11, 26)) == [
        ("the 12th of this month", "DATE", "2026-11-12")]
    assert values("Talks ran from the 2nd through the 5th. He was promoted to the 2nd.", date(2026, 11, 26)) == [
        ("the 2nd", "DATE", "2026-11-02"), ("the 5th", "DATE", "2026-11-05")]
    assert [v for _, _, v in values("Talks ran from the 2nd to the 5th, and the envoys will stay until the 9th, "
                                    "when a new round opens.", date(2026, 11, 26))] == [
        "2026-11-02", "2026-11-05", "2026-12-09"]


def test_a_weekday_abbreviated_without_its_point_before_its_date_is_part_of_it_and_carries_a_clock():
    assert values("The drone struck at 03:15 on Mon 24 Nov, officials said.", date(2026, 11, 26)) == [
        ("03:15 on Mon 24 Nov", "TIME", "2026-11-24T03:15")]
    assert values("Talks run from Thu, Nov 26 to Sat, Nov 28.", date(2026, 11, 25)) == [
        ("Thu, Nov 26", "DATE", "2026-11-26"), ("Sat, Nov 28", "DATE", "2026-11-28")]
    assert values("He sat 24 hours in a cell. The Sun 24 hours later said so.", date(2026, 11, 25)) == [
        ("24 hours", "DURATION", "PT24H"), ("24 hours later", "DATE", "2026-11-26")]


def test_a_holiday_in_a_sentence_a_year_opens_is_that_years():
    found = values("Last year's talks collapsed days before Eid al-Adha, over a text agreed in late May.",
                   date(2026, 11, 25))
    assert [v for _, _, v in found] == ["2025", "2025-06-07", "2025-05"]
    assert value_of("In 2024, the truce collapsed days before Easter.", "Easter", date(2026, 11, 25)) == "2024-03-31"


def test_a_day_of_the_month_in_the_sentence_after_a_month_named_may_lie_before_that_month():
    text = ("Results set up a runoff on 7 December. The council has until the 30th to rule on challenges. "
            "Polls opened on March 3 and closed on the 9th.")
    assert [v for _, _, v in values(text, date(2026, 11, 23))] == ["2026-12-07", "2026-11-30", "2026-03-03", "2026-03-09"]


def test_a_fiscal_year_said_to_start_in_a_month_is_the_year_that_month_opens():
    assert value_of("Analysts expect the gap to narrow in the fiscal year starting in January.", "the fiscal year",
                    date(2026, 11, 24)) == "2027"
    assert value_of("Revenue fell 3% in the fiscal year that began in April.", "the fiscal year", date(2026, 11, 24)) == "2026"
    assert value_of("The budget for the fiscal year beginning April 1 will be presented in February.", "the fiscal year",
                    date(2026, 11, 24)) == "2027"
    assert value_of("Earnings for the fiscal year rose.", "the fiscal year", date(2026, 11, 24)) == "2026"


def test_a_week_aheads_weekday_entries_told_in_the_present_are_ahead_even_after_a_range_entry():
    text = ("The week ahead\n\nMonday: EU foreign ministers meet in Brussels.\nTuesday: The Security Council holds its "
            "monthly briefing.\nWednesday–Thursday: OSCE ministerial council in Vienna.\nFriday: Deadline for replies.\n")
    found = [(t, v) for t, _, v in values(text, date(2026, 11, 29)) if v != "P1M"]
    assert found == [("Monday", "2026-11-30"), ("Tuesday", "2026-12-01"), ("Wednesday", "2026-12-02"),
                     ("Thursday", "2026-12-03"), ("Friday", "2026-12-04")]
    # (a week gone by, told in the past, stays behind)
    assert value_of("Monday: EU foreign ministers met in Brussels.", "Monday", date(2026, 11, 29)) == "2026-11-23"


def test_a_week_in_reviews_weekday_entries_under_a_heading_dated_the_day_it_came_out_are_the_week_gone_by():
    text = ("The week in review\n\nSaturday 28 November 2026\n\nMonday: Envoys met in Geneva.\n"
            "Wednesday: The army rejected the truce.\nFriday: Patrols resumed along the border.\n")
    found = [(t, v) for t, _, v in values(text, date(2026, 11, 28))]
    assert found == [("Saturday 28 November 2026", "2026-11-28"), ("Monday", "2026-11-23"), ("Wednesday", "2026-11-25"),
                     ("Friday", "2026-11-27")]


def test_a_weekday_in_an_entry_a_week_labels_is_that_weeks():
    text = ("Friday: Patrols resumed, suspended since the clashes in July.\n\nNext week: The General Assembly votes on "
            "its annual resolution on Tuesday, and NATO ministers meet in Brussels on Dec. 2-3.\n")
    assert value_of(text, "Tuesday", date(2026, 11, 28)) == "2026-12-01"
    text = "Friday: Patrols resumed.\nThis week – The envoys met on Tuesday and again on Thursday.\n"
    assert [v for t, _, v in values(text, date(2026, 11, 28)) if t in ("Tuesday", "Thursday")] == ["2026-11-24", "2026-11-26"]
    # (a week told in a sentence, not labelling its line, leaves a later sentence's weekday alone)
    text = "The talks ended last week. The envoys meet again on Tuesday."
    assert value_of(text, "Tuesday", date(2026, 11, 28)) == "2026-12-01"


def test_a_bare_hour_opening_a_range_takes_the_half_of_the_day_its_end_says():
    found = values("Explosions were heard between 1 and 3 a.m. local time. Shelling lasted from 2 to 4 p.m. on Tuesday.",
                   date(2026, 11, 25))
    assert [(t, v) for t, _, v in found] == [("1", "2026-11-25T01:00"), ("3 a.m. local time", "2026-11-25T03:00"),
                                             ("2", "2026-11-24T14:00"), ("4 p.m. on Tuesday", "2026-11-24T16:00")]
    assert [(t, v) for t, _, v in values("A curfew runs from 10 to 5 a.m.", date(2026, 11, 25))] == [
        ("10", "2026-11-24T22:00"), ("5 a.m.", "2026-11-25T05:00")]
    assert [t for t, _, _ in values("Between 2015 and 2019 he served abroad.", date(2026, 11, 25))] == ["2015", "2019"]


def test_a_day_of_the_month_whose_tense_no_day_near_the_month_named_fits_is_the_publications():
    assert value_of("The talks, held every other week since March, resume on the 9th.", "the 9th",
                    date(2026, 11, 26)) == "2026-12-09"
    assert value_of("Polls opened on March 3 and closed on the 9th.", "the 9th", date(2026, 11, 26)) == "2026-03-09"


def test_a_weekdays_possessive_after_what_is_meant_to_be_done_is_ahead():
    assert value_of("The opposition said on Monday it would boycott Tuesday's vote.", "Tuesday", date(2026, 11, 23)) == "2026-11-24"
    assert value_of("The opposition vowed to boycott Tuesday's vote.", "Tuesday", date(2026, 11, 23)) == "2026-11-24"
    assert value_of("The opposition boycotted Tuesday's vote.", "Tuesday", date(2026, 11, 23)) == "2026-11-17"


def test_a_ukrainian_article_is_read_as_ukrainian_with_its_dates_their_year_word_and_its_locative_months():
    from timeline_app.extraction.language import guess_language

    text = ("Міністр закордонних справ провів у четвер переговори у Брюсселі. Попередня зустріч відбулася у вересні. "
            "Угоду про асоціацію було підписано 27 червня 2014 року, і це також важливо.")
    assert guess_language(text) == "uk"
    found = [(t.text, t.value) for t in tag(text, date(2026, 11, 27))]
    assert ("вересні", "2026-09") in found
    assert ("27 червня 2014 року", "2014-06-27") in found


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a day that marks so many years since a happening counts back to the happening's day
        ("Sunday marked three decades since the accord was signed.", "three decades", "1993-11-26"),
        ("Friday marked 1,000 days since the invasion began.", "1,000 days", "2021-02-27"),
        ("Today marks ten years since the fire.", "ten years", "2013-11-28"),
        # …a year to the happening's year, and "it is" from the present's
        ("This year marks 80 years since the war ended.", "80 years", "1943"),
        ("In 2014 it was 100 years since the war began.", "100 years", "1914"),
        ("It is 30 years since the wall fell.", "30 years", "1993"),
    ],
)
def test_an_anniversary_counted_since_a_happening_dates_it(text, phrase, value):
    assert value_of(text, phrase) == value


def test_years_since_without_a_marking_day_stay_a_length():
    assert values("The fighting has gone on for three years since the coup.")[0] == ("three years", "DURATION", "P3Y")


def test_a_year_of_another_calendar_is_not_read_as_one_of_ours():
    found = values("Revenue in the Iranian year 1404 fell. The Jewish year 5786 began in September. Prices rose in 1446 AH. "
                   "The year 1403 SH was dry. In 2019 prices rose.")
    assert [v for _, _, v in found] == ["2023-09", "2019"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a fiscal year written with both the years it spans is named by the one it ends in, as "FY2027" is
        ("The fund expects a further decline in FY2026/27.", "FY2026/27", "2027"),
        ("Budget cuts in fiscal 2026-27 were deep.", "fiscal 2026-27", "2027"),
        ("Revenue in FY24 rose.", "FY24", "2024"),
    ],
)
def test_fiscal_years_written_with_both_years(text, phrase, value):
    assert value_of(text, phrase) == value


def test_a_span_of_clock_times_is_two_linked_times_and_a_night_s_span_ends_the_day_after():
    found = tag("Authorities imposed a curfew from 2200 to 0500 local time starting on Saturday. Markets open from 09:30 "
                "to 16:00. The war lasted from 2019 to 2023.", date(2026, 11, 28), language="en")
    assert [(t.text, t.type, t.value) for t in found] == [
        ("2200", "TIME", "2026-11-28T22:00"), ("0500 local time", "TIME", "2026-11-29T05:00"),
        ("Saturday", "DATE", "2026-11-28"),  # (a clock time is no deciding day: the Saturday on or after publication)
        ("09:30", "TIME", "2026-11-28T09:30"), ("16:00", "TIME", "2026-11-28T16:00"),
        ("2019", "DATE", "2019"), ("2023", "DATE", "2023")]
    assert found[0].range_id == found[1].range_id is not None


def test_a_hijri_date_given_with_ours_is_one_date_ours():
    found = values("The cabinet, on Tuesday, 6 Jumada al-Akhirah 1448 AH, corresponding to 17 November 2026, approved the "
                   "deal. On Thursday 8 Rajab 1447 AH, which corresponds to December 28, 2025, the council met.",
                   date(2026, 11, 27))
    assert [(v[2]) for v in found] == ["2026-11-17", "2025-12-28"]
    assert found[0][0].startswith("Tuesday, 6 Jumada") and found[0][0].endswith("17 November 2026")


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a night told by the day it runs into is the night before that day; a part of the day goes with its weekday
    ("de", "In der Nacht zum Sonntag haben Drohnen ein Kraftwerk getroffen.", [("In der Nacht zum Sonntag", "2026-11-28TNI")]),
    ("de", "In der Nacht zu Sonntag haben Drohnen ein Kraftwerk getroffen.", [("In der Nacht zu Sonntag", "2026-11-28TNI")]),
    ("ru", "В ночь на воскресенье беспилотники атаковали город.", [("В ночь на воскресенье", "2026-11-28TNI")]),
    ("uk", "У ніч на неділю дрони атакували місто.", [("У ніч на неділю", "2026-11-28TNI")]),
    ("fr", "Des frappes ont visé dans la nuit de jeudi à vendredi la ville. Mardi soir, un camp a été bombardé.",
     [("dans la nuit de jeudi à vendredi", "2026-11-26TNI"), ("Mardi soir", "2026-11-24TEV")]),
    ("es", "Un ataque alcanzó en la madrugada del jueves una base militar en el norte del país.",
     [("en la madrugada del jueves", "2026-11-26TMO")]),
    ("it", "Nella notte tra giovedì e venerdì i droni hanno colpito la città.",
     [("Nella notte tra giovedì e venerdì", "2026-11-26TNI")]),
    # …and two days of one month written once take it both
    ("de", "Die Außenminister treffen sich am 2. und 3. Dezember in Brüssel.", [("2.", "2026-12-02"), ("3. Dezember", "2026-12-03")]),
    ("fr", "La conférence aura lieu du 1er au 3 décembre à Genève.", [("1er", "2026-12-01"), ("3 décembre", "2026-12-03")]),
    ("es", "Los días 2 y 3 de diciembre de 2026 habrá reuniones en Lima.",
     [("2", "2026-12-02"), ("3 de diciembre de 2026", "2026-12-03")]),
    ("ru", "Саммит пройдет 2-3 декабря в Баку.", [("2", "2026-12-02"), ("3 декабря", "2026-12-03")]),
])
def test_other_languages_read_nights_parts_of_the_day_and_pairs_of_days(language, text, expected):
    found = tag(text, date(2026, 11, 29), language=language)
    assert [(t.text, t.value) for t in found] == expected
    if len(expected) == 2 and expected[0][1][:7] == expected[1][1][:7] and "T" not in expected[0][1]:
        assert found[0].range_id == found[1].range_id is not None


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Bereits am vergangenen Wochenende war die Stadt Ziel schwerer Angriffe.", [("vergangenen Wochenende", "2026-W47-WE")]),
    ("es", "El pasado fin de semana, un convoy fue emboscado cerca de Gao.", [("El pasado fin de semana", "2026-W47-WE")]),
    ("fr", "Le week-end dernier, des combats ont eu lieu près de la frontière.", [("Le week-end dernier", "2026-W47-WE")]),
    ("ru", "На прошлых выходных в столице прошли протесты.", [("На прошлых выходных", "2026-W47-WE")]),
    ("es", "Este fin de semana habrá elecciones municipales en todo el país.", [("Este fin de semana", "2026-W48-WE")]),
])
def test_other_languages_read_weekends_told_from_publication(language, text, expected):
    assert [(t.text, t.value) for t in tag(text, date(2026, 11, 27), language=language)] == expected


def test_a_year_in_words_stands_alone_in_a_transcript_but_a_count_of_things_is_no_year():
    found = values("Atlanta, nineteen ninety-six: a bomb shook the games. In two thousand people marched. Nineteen "
                   "forty-five soldiers came home. The year two thousand has come.", date(1998, 2, 27))
    assert found == [("nineteen ninety-six", "DATE", "1996"), ("The year two thousand", "DATE", "2000")]


def test_a_year_before_or_after_which_is_that_year_with_its_side():
    found = tag("Relations with post-1959 Cuba were frozen; Russia wants a return to pre-2014 borders.", DCT, language="en")
    assert [(t.text, t.value, t.mod) for t in found] == [("post-1959", "1959", "AFTER"), ("pre-2014", "2014", "BEFORE")]


def test_a_verb_spelled_like_an_adjective_before_its_date_is_past():
    assert value_of("Prisoners will be exchanged on Saturday, as the mediators proposed on Friday.", "Friday") == "2023-11-24"


def test_a_clock_time_is_not_of_a_day_that_only_bounds_a_state():
    found = values("Under the old arrangement, in force since the 3rd of March 2022, the crossings closed at 22:00.",
                   date(2026, 11, 30))
    assert found == [("the 3rd of March 2022", "DATE", "2022-03-03"), ("22:00", "TIME", "2026-11-30T22:00")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a month's half is the month with its start or end; Portuguese's "segunda" before a noun is "second", not Monday
    ("pt", "A próxima ronda de conversações está prevista para a segunda quinzena de janeiro.",
     [("segunda quinzena de janeiro", "2027-01", "END")]),
    ("es", "La próxima ronda está prevista para la segunda quincena de enero.", [("segunda quincena de enero", "2027-01", "END")]),
    ("fr", "Le prochain cycle est prévu pour la première quinzaine de janvier.",
     [("première quinzaine de janvier", "2027-01", "START")]),
    ("pt", "A reunião decorreu na segunda-feira em Maputo.", [("segunda-feira", "2026-11-23", "")]),
])
def test_other_languages_read_halves_of_a_month(language, text, expected):
    assert [(t.text, t.value, t.mod) for t in tag(text, date(2026, 11, 27), language=language)] == expected


def test_a_year_that_opens_the_sentence_holds_its_months_and_days():
    found = values("In 2019, the talks began in January and ended on Dec. 31. Next year's ministerial is due in December. "
                   "The law, approved in 1987, was amended in March.", date(2026, 11, 30))
    assert [v for _, _, v in found] == ["2019", "2019-01", "2019-12-31", "2027", "2027-12", "1987", "2026-03"]


def test_a_superseded_plan_s_day_lies_before_the_day_it_was_moved_to():
    found = values("The vote, originally set for Oct. 5, was moved to Nov. 9. The talks, first scheduled for Jan. 20, were "
                   "brought forward to Dec. 10. The election, originally scheduled for March, was postponed on Monday.",
                   date(2026, 11, 20))
    assert [v for _, _, v in found] == ["2026-10-05", "2026-11-09", "2027-01-20", "2026-12-10", "2027-03", "2026-11-16"]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Il y a deux ans, une telle annonce aurait semblé impensable.", [("Il y a deux ans", "2024")]),
    ("es", "Hace 3 semanas hubo combates cerca de la frontera.", [("Hace 3 semanas", "2026-W45")]),
    ("de", "Vor einem Jahr wurde das Abkommen unterzeichnet.", [("Vor einem Jahr", "2025")]),
    ("it", "Due anni fa l'accordo è stato firmato a Roma.", [("Due anni fa", "2024")]),
    ("pt", "Há três meses o acordo foi assinado em Maputo.", [("Há três meses", "2026-08")]),
    ("ru", "Три недели назад начались бои у границы.", [("Три недели назад", "2026-W45")]),
    ("uk", "Два роки тому угоду підписали у Києві.", [("Два роки тому", "2024")]),
    ("tr", "İki yıl önce anlaşma Ankara'da imzalandı.", [("İki yıl önce", "2024")]),
    # …and ahead of it
    ("fr", "Les élections auront lieu dans trois mois dans tout le pays.", [("dans trois mois", "2027-02")]),
    ("ru", "Выборы пройдут через две недели по всей стране.", [("через две недели", "2026-W50")]),
])
def test_other_languages_count_back_from_publication(language, text, expected):
    assert [(t.text, t.value) for t in tag(text, date(2026, 11, 27), language=language)] == expected


@pytest.mark.parametrize(("dct", "text", "value"), [
    (date(2026, 11, 29), "Voting ends at 8 p.m. on Sunday, with preliminary results expected on Monday.", "2026-11-30"),
    (date(2026, 12, 1), "Voting ended on Sunday, with results expected on Monday.", "2026-11-30"),
])
def test_what_a_with_phrase_expects_is_the_day_after_the_sentence_s_day(dct, text, value):
    assert value_of(text, "Monday", dct) == value


def test_fortnights_weeks_from_today_and_a_weekday_week():
    found = values("They will meet in a fortnight. The summit is two weeks from today. The talks resume on Monday week.",
                   date(2026, 11, 27))
    assert [(t, v) for t, _, v in found] == [("a fortnight", "2026-W50"), ("two weeks from today", "2026-12-11"),
                                             ("Monday week", "2026-12-07")]
    # (the British "a week on Tuesday" and the American "a week from Friday", but not a week from a day's vote)
    found = values("They hope to meet a week on Tuesday or a week from Friday, a week from Friday's vote.", date(2026, 11, 29))
    assert [(t, v) for t, _, v in found][:2] == [("a week on Tuesday", "2026-12-08"), ("a week from Friday", "2026-12-11")]
    assert ("Friday", "2026-11-27") in [(t, v) for t, _, v in found]
    assert value_of("The vote is on the Tuesday after next.", "the Tuesday after next", date(2026, 11, 26)) == "2026-12-08"


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("es", "El acuerdo se firmó el 1º de octubre de 2024 en Bogotá.", [("1º de octubre de 2024", "2024-10-01")]),
    ("es", "La cumbre será el 1° de diciembre en Lima.", [("1° de diciembre", "2026-12-01")]),
    ("it", "Il vertice si terrà il 1° dicembre 2026 a Roma.", [("1° dicembre 2026", "2026-12-01")]),
    ("fr", "Le Premier ministre avait suspendu la réforme le 1er octobre 2024.", [("1er octobre 2024", "2024-10-01")]),
])
def test_a_first_of_the_month_written_with_an_ordinal_sign_is_a_day(language, text, expected):
    assert [(t.text, t.value) for t in tag(text, date(2026, 11, 27), language=language)] == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ru", "В ночь на 24 февраля 2022 года Россия начала вторжение.", [("В ночь на 24 февраля 2022 года", "2022-02-23TNI")]),
    ("de", "In der Nacht zum 24. Februar 2022 begann der Angriff.", [("In der Nacht zum 24. Februar 2022", "2022-02-23TNI")]),
    ("fr", "Dans la nuit du 23 au 24 février 2022, la Russie a envahi l'Ukraine.",
     [("Dans la nuit du 23 au 24 février 2022", "2022-02-23TNI")]),
])
def test_a_night_told_by_its_dates_is_one_night(language, text, expected):
    assert [(t.text, t.value) for t in tag(text, date(2026, 11, 27), language=language)] == expected


@pytest.mark.parametrize(("ordinal", "number"), [("80th", 80), ("1st", 1), ("tenth", 10), ("seventy-fifth", 75),
                                                 ("fiftieth", 50), ("Twenty-First", 21), ("hundredth", 100),
                                                 ("last", None), ("fifteen", None), ("ninety-tenth", None)])
def test_an_ordinal_counts_in_digits_or_words(ordinal, number):
    assert lx.parse_ordinal(ordinal) == number


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # what holds every year, told in the present before a closing attribution, is the nearest one
        ("Christmas Eve and New Year's Day are traditionally quiet on the front, a military spokesman said.",
         "New Year's Day", "2027-01-01"),
        # what is expected or wanted done lies ahead of the expecting (and "to last" is no past)
        ("A spokesman said he expected the calm to last into the Orthodox Christmas on 7 January.", "7 January",
         "2027-01-07"),
        ("Mediators want it extended by midnight Monday and hope to meet again.", "midnight Monday", "2026-11-30T24:00"),
        # (but what was wanted once may be past: the wanting's own tense)
        ("The mediators wanted it signed on Monday, an aide said.", "Monday", "2026-11-23"),
    ],
)
def test_what_is_wanted_or_habitual_takes_no_tense_from_a_closing_saying(text, phrase, value):
    assert value_of(text, phrase, date(2026, 11, 29)) == value


def test_the_previous_weekday_in_a_past_clause_counts_from_the_last_day_that_has_been():
    text = ("The truce was agreed late on Wednesday. Mediators hope to convene both delegations a week on Tuesday. "
            "The previous Thursday, the two ministers had spoken by phone.")
    assert value_of(text, "The previous Thursday", date(2026, 11, 29)) == "2026-11-19"
    # (ahead, it counts from the day to come)
    assert value_of("The vote is on Dec. 10. The previous Monday, parliament will debate it.", "The previous Monday",
                    date(2026, 11, 29)) == "2026-12-07"


def test_a_clock_in_another_zone_in_brackets_is_on_the_day_of_the_clock_before_it():
    found = values("The ceasefire takes effect at midnight on Sunday (2100 GMT), the army said.", date(2026, 11, 27))
    assert found == [("midnight on Sunday", "TIME", "2026-11-29T24:00"), ("2100 GMT", "TIME", "2026-11-29T21:00")]


def test_a_narrative_s_indefinite_weekday_ordinal_day_and_counts_from_that():
    text = ("The first contact came on a Sunday evening in late August. By the end of that week, both sides had agreed "
            "to meet. By mid-September a deal was on the table, and on the 21st the two negotiators initialled it. "
            "The signing was held eight days after that, and a week after that the first convoy crossed. "
            "One Friday in March, they met again. Lawmakers raced to meet a Monday deadline.")
    found = [(t, v) for t, _, v in values(text, date(2026, 11, 27))]
    # "a Sunday evening" is some Sunday, not the last one; "that week" a week of the month told
    assert not any(t.startswith("Sunday") or t == "Friday" for t, _ in found), found
    assert ("the end of that week", "2026-08") in found
    assert ("the 21st", "2026-09-21") in found
    assert ("eight days after that", "2026-09-29") in found
    assert ("a week after that", "2026-10-06") in found
    # (but "a Monday deadline" is the deadline's Monday)
    assert ("Monday", "2026-11-30") in found


def test_the_dying_days_of_a_year_are_one_phrase_at_its_end():
    found = values("In the dying days of 2021, the parliament voted. In the first weeks of March 2022, they fled.")
    assert found == [("the dying days of 2021", "DATE", "2021"), ("the first weeks of March 2022", "DATE", "2022-03")]
    assert [t.mod for t in tag("In the dying days of 2021, the parliament voted.", DCT, language="en")] == ["END"]


def test_a_day_news_names_a_famous_happening_by_is_in_the_year_it_happened():
    found = values("Since 9/11, governments have relied on sanctions; since the 7 October attacks and the October 7 "
                   "massacre, their use has grown. After the Jan. 6 riot, Congress acted. The 7/7 bombings killed 52. "
                   "The talks on Oct. 7 failed.", date(2026, 11, 26))
    assert [(t, v) for t, _, v in found] == [("9/11", "2001-09-11"), ("7 October", "2023-10-07"), ("October 7", "2023-10-07"),
                                             ("Jan. 6", "2021-01-06"), ("7/7", "2005-07-07"), ("Oct. 7", "2026-10-07")]
    # (in its own news, the day is the nearest one)
    assert value_of("Gunmen killed hundreds in the Oct. 7 attacks, officials said.", "Oct. 7", date(2023, 10, 9)) == "2023-10-07"


def test_what_is_expected_far_before_its_date_still_lies_ahead():
    text = ("Diplomats expect the package to be discussed by the foreign ministers of all twenty-seven member states at "
            "their regular meeting in the Belgian capital on June 30.")
    assert value_of(text, "June 30", date(2026, 11, 26)) == "2027-06-30"


def test_a_range_runs_forward_so_a_dateline_s_dash_joins_no_range():
    found = tag("TBILISI, 7 August 2025 - Seventeen years ago tonight, artillery opened fire.", date(2025, 8, 7))
    assert [t.range_id for t in found] == [None, None]


def test_a_year_set_off_after_the_subject_dates_the_sentence_s_bare_month():
    text = "The last presidential election, in 2020, was also decided in a runoff, held on a Sunday in mid-November."
    assert value_of(text, "mid-November", date(2026, 11, 22)) == "2020-11"
    # (a month of the news's own time stays the publication's)
    assert value_of("The election was decided in a runoff in mid-November.", "mid-November", date(2026, 11, 22)) == "2026-11"


def test_a_local_clock_with_its_zone_s_in_brackets_and_a_schedule_that_runs_ahead():
    found = values("The vote opens at 0900 local (0600 GMT). In 2019 local (and national) elections were held. "
                   "Talks run Monday through Wednesday.", date(2026, 11, 26))
    assert found == [("0900 local (0600 GMT)", "TIME", "2026-11-26T09:00"), ("2019", "DATE", "2019"),
                     ("Monday", "DATE", "2026-11-30"), ("Wednesday", "DATE", "2026-12-02")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a year's start or end, one phrase
    ("fr", "Début 2027, l'ONU compte lancer un appel. Fin 2025, rien ne bougeait.",
     [("Début 2027", "2027", "START"), ("Fin 2025", "2025", "END")]),
    ("de", "Anfang 2027 wird gewählt. Ende 2025 war es ruhig.", [("Anfang 2027", "2027", "START"), ("Ende 2025", "2025", "END")]),
    ("es", "A finales de 2025 se firmó el acuerdo.", [("finales de 2025", "2025", "END")]),
    ("it", "Alla fine del 2025 è stato firmato l'accordo.", [("Alla fine del 2025", "2025", "END")]),
    ("ru", "В конце 2025 года было подписано соглашение.", [("конце 2025 года", "2025", "END")]),
    # a day of the next or last such month, and the last such day
    ("fr", "Une session est prévue le 3 décembre prochain. Le 20 novembre dernier, rien ne s'est passé.",
     [("3 décembre prochain", "2026-12-03", ""), ("20 novembre dernier", "2026-11-20", "")]),
    # a count back to the very day
    ("fr", "Il y a une semaine jour pour jour, le Conseil avait adopté une résolution.",
     [("Il y a une semaine jour pour jour", "2026-11-18", "")]),
    ("de", "Vor genau einem Jahr wurde der Vertrag unterzeichnet.", [("Vor genau einem Jahr", "2025-11-25", "")]),
    # a week's end in the genitive
    ("de", "Ende vergangener Woche war es an der Grenze zu Schusswechseln gekommen.",
     [("Ende vergangener Woche", "2026-W47", "END")]),
])
def test_other_languages_edges_of_years_days_of_relative_months_and_exact_counts(language, text, expected):
    assert [(t.text, t.value, t.mod) for t in tag(text, date(2026, 11, 25), language=language)] == expected


def test_a_count_of_troops_with_a_word_between_is_no_year_and_the_year_to_date_is_this_one():
    found = values("As 2000 additional troops began deploying, 1500 more peacekeepers arrived. In the year to date, "
                   "violations are down 12%.", date(2026, 11, 24))
    assert found == [("the year to date", "DATE", "2026")]


def test_the_following_or_previous_month_counts_from_the_month_the_story_is_at():
    found = values("He was arrested in March 2022 and charged the following January. The trial opened on 3 April 2023. "
                   "The previous December, his deputy resigned.", date(2026, 11, 23))
    assert ("the following January", "DATE", "2023-01") in found
    assert ("The previous December", "DATE", "2022-12") in found


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # a year: the month after it is in the next year, whatever month an earlier paragraph named
    ("Prices rose in May 2018. He was elected in 2019 and resigned the following March.", "the following March", "2020-03"),
    ("The war began in 2014. The previous November, protesters had filled the square.", "The previous November", "2013-11"),
    # a season, counted from its middle
    ("Engineers met in the autumn of 2022 and drafted an annex, which parliament threw out the following January.",
     "the following January", "2023-01"),
    # a half, counted from its last month
    ("Prices rose in May 2018. Talks failed in the second half of 2019 and resumed the following February.",
     "the following February", "2020-02"),
])
def test_the_following_month_counts_from_a_year_season_or_half_the_story_came_to(text, phrase, expected):
    assert value_of(text, phrase, date(2026, 7, 14)) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # Turkish marks a month after it, and places a genitive period after it
    ("tr", "İki bakan en son eylül ayında New York'ta bir araya gelmişti. Mart'ta da görüştüler. Mart ayında görüşecekler.",
     [("eylül ayında", "2026-09", ""), ("Mart'ta", "2026-03", ""), ("Mart ayında", "2027-03", "")]),
    ("tr", "Toplantının gelecek yılın başında Atina'da yapılması bekleniyor. Geçen hafta sonu bir tekne battı.",
     [("gelecek yılın başında", "2027", "START"), ("Geçen hafta sonu", "2026-W47-WE", "")]),
    # Russian places a year's start in the accusative too
    ("ru", "Визит запланирован на начало следующего года.", [("начало следующего года", "2027", "START")]),
])
def test_turkish_months_and_periods_and_russian_starts(language, text, expected):
    assert [(t.text, t.value, t.mod) for t in tag(text, date(2026, 11, 25), language=language)] == expected


def test_a_plan_after_an_adjective_is_a_noun_whose_day_the_verb_before_tells():
    assert value_of("The ministers approved a new plan on Monday.", "Monday", date(2026, 11, 20)) == "2026-11-16"
    assert value_of("They plan on Monday to meet again.", "Monday", date(2026, 11, 20)) == "2026-11-23"


def test_a_weekday_written_with_a_day_of_the_month_says_its_year():
    found = values("Talks ended on the 5th of December last year. On Thursday 3rd December the council meets.",
                   date(2026, 11, 26))
    assert ("Thursday 3rd December", "DATE", "2026-12-03") in found


def test_a_month_weekday_or_season_that_names_a_happening_is_no_date():
    found = values("Bloody Sunday shocked the nation. The Winter War began in 1939. Black September erupted in 1970. "
                   "Black Monday hit markets. The talks resume on Sunday.", date(2026, 11, 26))
    assert found == [("1939", "DATE", "1939"), ("1970", "DATE", "1970"), ("Sunday", "DATE", "2026-11-29")]


def test_the_noughties_the_turn_of_the_millennium_and_a_decade_of_a_century():
    found = values("In the early noughties, talks resumed. At the turn of the millennium, the border opened. In the first "
                   "decade of this century, trade grew. In the last decade of the 20th century, war raged.", date(2026, 11, 26))
    assert [(t, v) for t, _, v in found] == [("early noughties", "200X"), ("the turn of the millennium", "2000"),
                                             ("the first decade of this century", "200X"),
                                             ("the last decade of the 20th century", "199X")]


def test_the_past_fortnight_is_two_weeks():
    assert values("Over the past fortnight, 40 died.") == [("the past fortnight", "DURATION", "P2W")]


def test_a_count_of_quarters_in_a_row_is_no_quarter_and_a_months_figures_are_of_the_month_gone():
    found = values("Revenue fell in the third quarter of 2026 for the third quarter in a row, the second quarter running. "
                   "The ministry will publish October data on Dec. 3, and the December figures in January.", date(2026, 11, 23))
    assert ("the third quarter of 2026", "DATE", "2026-Q3") in found
    assert not any(t == "the third quarter" or t == "the second quarter" for t, _, _ in found)
    assert ("October", "DATE", "2026-10") in found
    assert ("December", "DATE", "2026-12") in found


def test_the_previous_or_following_decade_counts_from_the_year_the_story_is_at():
    found = values("The treaty was signed in 1721 after a war that had lasted most of the previous decade. "
                   "A war broke out in 1914; the next decade brought peace. Over the next decade, we will grow.",
                   date(2026, 11, 20))
    assert ("the previous decade", "DATE", "171X") in found
    assert ("the next decade", "DATE", "192X") in found
    assert ("the next decade", "DURATION", "P10Y") in found
    # a decade counted on from a story of this year is the ten years ahead
    assert values("The allies agreed on Wednesday to raise their spending target over the next decade.",
                  date(2026, 6, 18))[-1] == ("the next decade", "DURATION", "P10Y")


def test_what_could_be_done_as_early_as_a_weekday_lies_ahead_and_came_close_is_past():
    assert value_of("A first group could be freed as early as Tuesday, he added.", "Tuesday", date(2026, 11, 29)) == "2026-12-01"
    assert value_of("The two sides came close on Friday morning.", "Friday morning", date(2026, 11, 29)) == "2026-11-27TMO"
    assert value_of("Polls close on Sunday.", "Sunday", date(2026, 11, 27)) == "2026-11-29"


def test_a_clock_time_before_its_weekday_keeps_the_story_on_that_day():
    found = values("They broke off talks at 4 a.m. Saturday. Contacts resumed at 9 a.m.", date(2026, 11, 29))
    assert found == [("4 a.m. Saturday", "TIME", "2026-11-28T04:00"), ("9 a.m.", "TIME", "2026-11-28T09:00")]


def test_a_night_counted_before_its_weekday_is_no_part_of_the_date():
    found = values("A ceasefire held for a second night on Tuesday. Drones struck overnight on Saturday.", date(2025, 12, 2))
    assert ("Tuesday", "DATE", "2025-12-02") in found
    assert ("overnight on Saturday", "DATE", "2025-11-29TNI") in found
    # (…with two words of count between: "a fourth straight night")
    assert values("Thousands marched for a fourth straight night on Sunday.", date(2024, 12, 1)) \
        == [("Sunday", "DATE", "2024-12-01")]


def test_hours_later_in_a_past_told_after_a_day_still_to_come_count_from_the_last_day_that_has_been():
    found = values("The truce took effect at midnight on Sunday. Delegations are due to meet in Doha on Thursday. "
                   "Forty-eight hours later, they withdrew from one of them.", date(2025, 12, 2))
    assert ("Forty-eight hours later", "DATE", "2025-12-02") in found


def test_a_day_named_for_the_mumbai_attacks_is_of_2008():
    assert value_of("The Mumbai attacks of 26/11 (2008) derailed the talks.", "26/11", date(2026, 11, 27)) == "2008-11-26"


def test_a_day_without_its_year_in_a_paragraph_of_long_ago_goes_on_from_the_day_it_last_told():
    found = values("The trial had opened on 20 November 1945. Twelve defendants were sentenced to death. The executions "
                   "were carried out in the early hours of 16 October.", date(2026, 9, 30))
    assert ("the early hours of 16 October", "DATE", "1946-10-16") in found
    # a day named for a happening is no story's day
    assert value_of("Since 9/11, security has tightened. The Oct. 7 vote will be close.", "Oct. 7",
                    date(2026, 9, 30)) == "2026-10-07"


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Les relations avaient été tendues au début des années 2020, et dans les années 90.",
     [("au début des années 2020", "202X", "START"), ("années 90", "199X", "")]),
    ("de", "Anfang der 1990er Jahre und in den 2010er-Jahren.", [("Anfang der 1990er Jahre", "199X", "START"),
                                                                ("2010er-Jahren", "201X", "")]),
    ("es", "A finales de los años 80 y en la década de 1990.", [("A finales de los años 80", "198X", "END"),
                                                                ("la década de 1990", "199X", "")]),
    ("ru", "В конце 1990-х годов.", [("В конце 1990-х годов", "199X", "END")]),
    ("tr", "1990'lı yılların başında.", [("1990'lı yılların başında", "199X", "START")]),
])
def test_decades_in_other_languages(language, text, expected):
    assert [(t.text, t.value, t.mod) for t in tag(text, date(2026, 11, 24), language=language)] == expected


def test_a_four_digit_clock_without_its_zone_opening_with_zero_or_beside_another():
    found = values("The alert sounded at 0137 local time and the all-clear came just after 0600. A second wave struck at "
                   "about 0430. Power was back by 1100.", date(2026, 11, 29))
    assert ("0600", "TIME", "2026-11-29T06:00") in found and ("0430", "TIME", "2026-11-29T04:30") in found
    assert ("1100", "TIME", "2026-11-29T11:00") in found
    assert values("The castle was built by 1100 and rebuilt after 1450.") == [("1100", "DATE", "1100"), ("1450", "DATE", "1450")]


def test_a_clock_restated_in_another_zone_leaves_the_story_on_its_own_day():
    found = values("The alert sounded at 0137 local time (2337 GMT on Friday) and the all-clear came just after 0600.",
                   date(2026, 11, 29))
    assert ("0600", "TIME", "2026-11-29T06:00") in found


def test_a_count_on_in_a_past_that_would_land_after_publication_is_no_date():
    found = values("Delegations are due to meet in Doha on Thursday. A previous ceasefire, agreed in July, collapsed. "
                   "Forty-eight hours later, they withdrew from one of them.", date(2025, 12, 2))
    assert not [(text, value) for text, kind, value in found if kind != "DURATION" and value[:10] > "2025-12-02"
                and text.startswith("Forty")]


def test_centuries_named_together_a_circa_year_and_a_three_digit_year_of_long_ago():
    found = values("By c. 300 BC it had become a stop. It reached its height in the 8th and 9th centuries AD. Arab armies "
                   "took the town in 715. In 715 cases, police acted.", date(2026, 11, 12))
    assert ("the 8th", "DATE", "07") in found and ("9th centuries AD", "DATE", "08") in found
    assert ("715", "DATE", "0715") in found and len([t for t, _, _ in found if t == "715"]) == 1
    assert values("Police handled 715 cases in 2025, up from 640.", date(2026, 11, 12)) == [("2025", "DATE", "2025")]


def test_a_year_beside_a_zoneless_clock_stays_a_year_and_a_chronology_s_year_heading_is_no_clock():
    found = values("The alert sounded at 0137 local time. Shelling has continued since 2014 and peace is hoped for by "
                   "2030. Power was back by 1100.", date(2026, 11, 29))
    assert ("2014", "DATE", "2014") in found and ("2030", "DATE", "2030") in found
    assert ("1100", "TIME", "2026-11-29T11:00") in found
    found = values("The parliament voted on Thursday to hold a referendum on 7 June 2027, the same day as the elections.",
                   date(2026, 11, 20))
    assert ("7 June 2027", "DATE", "2027-06-07") in found


def test_the_new_year_written_late_in_a_year_is_the_start_of_the_next():
    found = values("The ministry expects a decision in the new year. Talks resume after the New Year holiday.", date(2026, 11, 25))
    assert found == [("the new year", "DATE", "2027")]
    assert values("Talks resumed in the new year.", date(2027, 1, 10)) == [("the new year", "DATE", "2027")]


def test_a_year_heading_after_a_name_on_the_line_above_is_a_year():
    found = values("Chronology: South Sudan\n\n2024\n\n15 March: The Council extends the mandate.", date(2026, 11, 30))
    assert found == [("2024", "DATE", "2024"), ("15 March", "DATE", "2024-03-15")]


def test_french_middle_of_a_year_joined_on():
    found = tag("Les élections auront lieu à la mi-2026, puis fin 2027. Mi-2026, le gouvernement a changé de cap.",
                date(2025, 11, 24), language="fr")
    assert [(t.text, t.value, t.mod) for t in found] == [("mi-2026", "2026", "MID"), ("fin 2027", "2027", "END"),
                                                         ("Mi-2026", "2026", "MID")]


def test_a_sentence_of_no_tense_going_on_from_a_schedule_ahead_is_ahead_too():
    found = values("The delegation arrives in Doha on Thursday for talks. Then from Friday to Sunday, visits to the camps.",
                   date(2026, 11, 25))
    assert ("Friday", "DATE", "2026-11-27") in found and ("Sunday", "DATE", "2026-11-29") in found
    found = values("The delegation arrived in Doha on Thursday. Then on Friday they left.", date(2026, 11, 25))
    assert ("Friday", "DATE", "2026-11-20") in found


def test_a_four_digit_clock_with_its_unit_and_numbers_that_are_no_dates():
    found = values("At 2300 hrs the shelling stopped. The patrol left at 0600 hours. They logged 2300 hours of flight.",
                   date(2026, 11, 27))
    assert found[:2] == [("2300 hrs", "TIME", "2026-11-27T23:00"), ("0600 hours", "TIME", "2026-11-27T06:00")]
    assert not any(kind == "TIME" for _, kind, _ in found[2:])  # ("2300 hours of flight" is a length)
    assert values("About 1,500 troops guard the 2000 km border. Flight MH17 was downed. Resolution 2334 passed. Article 5 "
                  "was invoked. The clinic is open 24/7. The final ended 2-1. Some 2500 people fled.") == []


def test_a_weekday_a_past_plan_was_for_is_the_day_after_the_story_s_or_the_last_when_the_plan_fell_through():
    found = values("The talks, which began on Wednesday and were due to end on Thursday, ran into an extra day. The vote was "
                   "scheduled to take place on Sunday but was postponed. The count was scheduled to start on Sunday.",
                   date(2025, 11, 7))
    assert [v for t, _, v in found if t in ("Thursday", "Sunday")] == ["2025-11-06", "2025-11-02", "2025-11-09"]


def test_a_gerund_after_before_takes_the_main_clause_s_tense_and_a_schedule_goes_on_in_order():
    found = values("Blinken will arrive in Baku on Monday and hold talks with Aliyev the following day, before flying to "
                   "Yerevan on Wednesday at the end of a two-day visit.", date(2026, 11, 24))
    assert ("Wednesday", "DATE", "2026-12-02") in found
    # (a dinner on the eve of dates written out stays on its eve)
    found = values("The meeting will take place from 2 to 3 December and is set to begin with a dinner on Tuesday evening.",
                   date(2026, 11, 24))
    assert [v for t, _, v in found if t == "Tuesday evening"][0] < "2026-12-02"


def test_a_span_s_end_is_on_or_after_its_start_and_a_clock_s_city_time_ends_no_sentence():
    found = values("Russia declared a 30-hour truce on Saturday, to run from 6 p.m. Moscow time (1500 GMT) on Saturday until "
                   "midnight on Sunday night, the Kremlin said. Ukraine accused Moscow of shelling towns after 6 p.m.",
                   date(2025, 4, 19))
    assert ("midnight on Sunday", "TIME", "2025-04-20T24:00") in found
    assert ("6 p.m.", "TIME", "2025-04-19T18:00") in found


def test_a_span_from_a_date_long_gone_to_a_weekday_ends_on_the_last_such_weekday():
    found = values("Crane holds 504,200 shares, including 254,200 bought from Sept. 14 to Thursday.", date(1989, 10, 30))
    assert ("Thursday", "DATE", "1989-10-26") in found


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a past of the date's own clause takes the last such month or day, not the nearest one ahead
    ("de", "Die Rebellen der M23 hatten Goma Ende Januar eingenommen.", "2026-01"),
    ("de", "Ein im Juni in Washington unterzeichnetes Abkommen wird bislang kaum umgesetzt.", "2026-06"),
    ("fr", "Le drone avait été abattu le 31 mars, selon Alger.", "2026-03-31"),
    ("es", "El acuerdo se firmó el 3 de marzo.", "2026-03-03"),
    # (Turkish closes its clause on the verb, in every person)
    # (a state since a month is since one that has been)
    ("es", "Las conversaciones están suspendidas desde enero.", "2026-01"),
    ("de", "Die Grenze ist seit Anfang Dezember geschlossen.", "2025-12"),
    # (a Russian past participle qualifies its noun with what happened: the truce that expired in March)
    ("ru", "Делегации обсуждали продление перемирия, истекшего в марте.", "2026-03"),
    ("ru", "Журналисты говорили с министром, подписавшим соглашение в феврале.", "2026-02"),
    ("tr", "Mart'ta görüştük.", "2026-03"),
    ("tr", "Mart'ta toplantıyı gerçekleştirdi.", "2026-03"),
    # …but not a past decision of what is to come, nor another clause's past
    ("es", "Ambas partes acordaron volver a reunirse a mediados de enero.", "2027-01"),
    ("fr", "Les deux pays ont convenu de se retrouver en janvier.", "2027-01"),
    ("ru", "Стороны обсудили подготовку к встрече, которая должна состояться в январе в Баку.", "2027-01"),
    ("ru", "Анкара предложила провести новый раунд консультаций в январе.", "2027-01"),
    ("de", "Die Minister werden im Januar in Berlin zusammenkommen.", "2027-01"),
    ("es", "La ley entrará en vigor desde enero.", "2027-01"),
])
def test_a_foreign_month_or_day_told_in_the_past_is_the_last_one(language, text, expected):
    assert [t.value for t in tag(text, date(2026, 11, 30), language=language)] == [expected]


def test_the_following_week_or_day_ahead_in_its_sentence_follows_publication_not_an_earlier_day():
    text = ("A fortnight earlier, the two leaders had refused to sit in the same room. Parliament is expected to debate "
            "the text the following week.")
    assert [t.value for t in tag(text, date(2026, 11, 25))] == ["2026-11-11", "2026-W49"]
    assert [t.value for t in tag("The talks collapsed on Nov. 10. The envoy will report to the council the next day.",
                                 date(2026, 11, 25))] == ["2026-11-10", "2026-11-26"]
    # (the day after a date of the same sentence is that one's, whatever the tense: a chronology's "the next day")
    assert [t.value for t in tag("May 13, 2025 - Trump says Washington will lift sanctions; he meets Sharaa the next day.",
                                 date(2026, 11, 25))] == ["2025-05-13", "2025-05-14"]


def test_the_following_weekday_ahead_in_its_sentence_is_after_no_day_gone_by():
    text = ("The two countries will open a crossing this coming Friday, officials said on Sunday. Trucks will be allowed "
            "through from the following Monday.")
    assert [t.value for t in tag(text, date(2026, 11, 23))] == ["2026-11-27", "2026-11-22", "2026-11-30"]


def test_overnight_after_an_evening_is_that_evening_s_night_unless_told_before_it():
    text = ("Protesters tried to storm the palace on Saturday evening after polls closed. Five protest leaders were "
            "detained overnight.")
    assert [t.value for t in tag(text, date(2026, 10, 5))] == ["2026-10-03TEV", "2026-10-03TNI"]
    assert [t.value for t in tag("Yesterday evening the army said it had struck 40 targets overnight.",
                                 date(2026, 11, 28))] == ["2026-11-27TEV", "2026-11-26TNI"]


@pytest.mark.parametrize(
    ("text", "day", "value"),
    [
        # DCT is Tuesday 28 Nov 2023
        ("The opposition leader was detained on Monday, days before Sunday's vote.", "Sunday", "2023-12-03"),
        ("The opposition leader was detained on Friday, days after the vote on Sunday.", "Sunday", "2023-11-19"),
        ("The envoy was expelled on Nov. 20, two days after the raid on Nov. 18.", "Nov. 18", "2023-11-18"),
        ("Polls opened on Sunday, hours after the curfew on Saturday was lifted.", "Saturday", "2023-11-25"),
        ("The ministers meet in Brussels on Dec. 2-3, a week after Tuesday's round of talks ended.", "Tuesday",
         "2023-11-28"),
        ("He was freed on Jan. 3, a week after the ballot on Dec. 27.", "Dec. 27", "2022-12-27"),
    ],
)
def test_a_day_measured_from_the_day_before_it_lies_where_the_yardstick_says(text, day, value):
    assert value_of(text, day) == value


def test_the_eve_of_a_holiday_is_the_day_before_it_and_may_day_is_the_first_of_may():
    found = [(t.text, t.value) for t in tag("The talks resumed on the eve of Christmas. The truce collapsed on May Day. "
                                             "Markets closed in May.", DCT, language="en")]
    assert found == [("the eve of Christmas", "2022-12-24"), ("May Day", "2023-05-01"), ("May", "2023-05")]


def test_a_date_a_few_weeks_ahead_of_the_clause_is_read_near_it_not_by_its_tense():
    text = ("Mediators said on Tuesday that the talks had stalled, weeks before Orthodox Christmas on Jan. 7. "
            "The opposition said the count had been rigged, days before the runoff on Dec. 10.")
    found = [(t.text, t.value) for t in tag(text, DCT, language="en")]
    assert ("Jan. 7", "2024-01-07") in found and ("Orthodox Christmas", "2024-01-07") in found
    assert ("Dec. 10", "2023-12-10") in found


def test_a_range_may_end_at_a_happening_dated_in_its_own_phrase():
    found = tag("From 1988 until her retirement in 2009 she led the unit. The junta ruled from March to the elections "
                "in May. He served in 1990 until his arrest in 1994.", DCT, language="en")
    assert [(t.text, t.range_role) for t in found] == [("1988", "start"), ("2009", "end"), ("March", "start"),
                                                       ("May", "end"), ("1990", ""), ("1994", "")]


def test_ramadan_opening_a_sentence_is_the_month_not_a_surname():
    assert [t.value for t in tag("During Ramadan, a local pause held.", date(2026, 11, 25), language="en")] == ["2026-03"]


@pytest.mark.parametrize("text", ["Leaders begin arriving on Friday for the summit.", "The peace talks start on Friday.",
                                  "Delegations start arriving on Friday."])
def test_a_beginning_in_the_present_of_a_schedule_looks_ahead(text):
    assert value_of(text, "Friday") == "2023-12-01"


def test_after_midnight_on_a_named_day_is_the_midnight_that_opens_it():
    assert value_of("A second wave came shortly after midnight on Monday.", "midnight on Monday") == "2023-11-27T00:00"
    assert value_of("The ultimatum expires at midnight on Thursday.", "midnight on Thursday") == "2023-11-30T24:00"


def test_a_chronology_entry_after_an_entry_labelled_by_a_month_or_a_range_follows_it():
    text = ("Nov. 29, 2026\n\nKey dates:\n\n- Feb. 3: Both sides agree to talk.\n- March 17-18: A first round ends without a text.\n"
            "- May: Teams begin mapping the route.\n- July 9: A draft is initialled in Geneva.\n"
            "- Sept. 30: A parliament rejects the draft.\n")
    found = [(t.text, t.value) for t in tag(text, date(2026, 11, 29), language="en")]
    assert found == [("Nov. 29, 2026", "2026-11-29"), ("Feb. 3", "2026-02-03"), ("March 17", "2026-03-17"), ("18", "2026-03-18"), ("May", "2026-05"),
                     ("July 9", "2026-07-09"), ("Sept. 30", "2026-09-30")]


def test_a_chronology_entry_after_an_entry_labelled_by_a_year_runs_on_from_that_year():
    # (the day entry before the year's is older: "Nov. 30" is not the one after "Oct. 26, 2025")
    text = ("Published 2 December 2026\n\nOct. 26, 2025: The rebels take the city.\n\nEarly 2026: Talks stall.\n\n"
            "Nov. 30: Both sides agree to a truce.\n")
    assert [v for _t, _ty, v in values(text, dct=date(2026, 12, 2))] == ["2026-12-02", "2025-10-26", "2026", "2026-11-30"]
    text = "Key dates\n\n2019: Protests begin.\n\nMarch 3: The army steps in.\n"
    assert value_of(text, "March 3", dct=date(2026, 12, 2)) == "2019-03-03"

@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # DCT is Tuesday 28 Nov 2023
        ("The deadline falls on Monday next week.", "Monday next week", "2023-12-04"),
        ("They met on Friday last week.", "Friday last week", "2023-11-24"),
        ("The council meets on Wednesday of next week.", "Wednesday of next week", "2023-12-06"),
        ("The vote is next week on Thursday.", "next week on Thursday", "2023-12-07"),
        ("He met them the Thursday before last.", "the Thursday before last", "2023-11-16"),
        ("The envoys left on Sunday this week.", "Sunday this week", "2023-12-03"),
    ],
)
def test_a_weekday_of_a_named_week(text, phrase, value):
    assert value_of(text, phrase) == value


def test_a_part_of_day_counted_from_a_happening_is_not_the_day_last_told():
    found = values("The court ruled on Friday. Protests began the evening after the Oct. 26 vote.")
    assert ("the evening", "TIME", "2023-11-24TEV") not in found and ("Oct. 26", "DATE", "2023-10-26") in found


def test_a_bare_morning_after_is_the_next_morning():
    assert value_of("The truce was signed on Monday. The morning after, shelling resumed.", "The morning after") \
        == "2023-11-28TMO"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The provisions come up for review in the spring.", "the spring", "2024-SP"),
        ("The mandate is up for renewal in March.", "March", "2024-03"),
    ],
)
def test_a_present_of_coming_up_for_review_looks_ahead(text, phrase, value):
    assert value_of(text, phrase) == value


def test_a_daytime_clock_after_a_night_is_the_day_after_it():
    found = values("Power was cut to 400,000 homes overnight. Engineers restored supply to half of them by noon.",
                   dct=date(2026, 11, 30))
    assert ("noon", "TIME", "2026-11-30T12:00") in found


def test_a_season_after_it_follows_the_time_last_told():
    found = values("I was nine that autumn of 1996. I remember the spring after it. The summer after that, we left.",
                   dct=date(2026, 11, 21))
    assert ("the spring after it", "DATE", "1997-SP") in found and ("The summer after that", "DATE", "1997-SU") in found


def test_a_ranges_end_with_a_guessed_year_lies_after_its_start():
    found = [(t.text, t.value, t.range_role) for t in tag("From late November to early December, monitors reported a "
                                                          "rise in violations.", date(2026, 11, 30), language="en")]
    assert found == [("late November", "2026-11", "start"), ("early December", "2026-12", "end")]


def test_overnight_after_an_evening_is_that_night_whatever_pluperfect_a_joined_clause_before_it_had():
    found = values("By Saturday evening, soldiers had reached the market, and the last fighters withdrew overnight.",
                   dct=date(2026, 11, 30))
    assert ("overnight", "TIME", "2026-11-28TNI") in found


def test_an_intent_with_its_day_told_before_its_infinitive_looks_ahead():
    assert value_of("Parliament voted on Friday to hold a referendum on March 1.", "March 1", dct=date(2026, 11, 30)) \
        == "2027-03-01"
    assert value_of("They agreed on Friday to an immediate ceasefire on Saturday.", "Saturday", dct=date(2026, 11, 30)) \
        == "2026-11-28"


@pytest.mark.parametrize("phrase", ["A week ago Sunday", "Sunday a week ago"])
def test_a_weekday_a_week_ago_is_a_week_before_the_last_such_day(phrase):
    assert value_of(f"{phrase}, thousands of people marched in the capital.", phrase, dct=date(2026, 11, 30)) == "2026-11-22"


def test_a_bare_clock_after_an_undated_sentence_stays_on_the_recent_day_the_story_is_at():
    text = ("What we know\n\nNov. 30, 2026\n\nA patrol found debris early Sunday, the ministry said. Here is what we know "
            "so far.\n\n- The drone came down at about 3 a.m. local time.")
    assert value_of(text, "about 3 a.m. local time", dct=date(2026, 11, 30)) == "2026-11-29T03:00"


def test_a_happening_a_past_clause_is_ahead_of_keeps_its_own_day_ahead():
    assert value_of("Its foreign ministry accused Pristina of staging provocations ahead of local elections in the north "
                    "on Dec. 14.", "Dec. 14", dct=date(2026, 11, 29)) == "2026-12-14"


def test_a_bare_month_inside_the_half_or_quarter_its_sentence_named_is_of_that_year():
    found = values("Exports slowed in the first half of the year after strikes on the port in February and March.",
                   dct=date(2026, 11, 30))
    assert ("February", "DATE", "2026-02") in found and ("March", "DATE", "2026-03") in found


@pytest.mark.parametrize("told", ["presented the plan to ministers", "sent the proposal to lawmakers"])
def test_an_intent_noun_before_to_and_a_plural_noun_is_no_intent(told):
    # "the plan to ministers" is the preposition, not an infinitive that looks ahead ("a plan to hold talks")
    assert value_of(f"The army {told} on Sept. 5.", "Sept. 5", dct=date(2025, 11, 26)) == "2025-09-05"
    assert value_of("They announced a plan to hold talks on Dec. 5.", "Dec. 5", dct=date(2025, 11, 26)) == "2025-12-05"


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("The council usually begins polls in the summer, and in 2016 it held six of them between July 21 and Oct. 5.",
     "July 21", "2016-07-21"),
    ("In 2016 it held six polls on July 21.", "July 21", "2016-07-21"),
    ("The council held six polls in 2016, the first on July 21.", "July 21", "2016-07-21"),
    # (…or the list after its colon)
    ("Three more followed in 2016: in July and in October.", "October", "2016-10"),
    # (…or a list of places, each with its day)
    ("The envoys met twice in 2016, in Geneva on July 21 and in New York on Oct. 5.", "July 21", "2016-07-21"),
    ("The envoys met twice in 2016, in Geneva on July 21 and in New York on Oct. 5.", "Oct. 5", "2016-10-05"),
    ("The council met in 2016 and held six polls between July 21 and Oct. 5.", "Oct. 5", "2016-10-05"),
    # (an aside's year is closed, and "but" turns to another time)
    ("The law, passed in 2016, was struck down on Nov. 3.", "Nov. 3", "2025-11-03"),
    ("The law was passed in 2016 but was struck down on Nov. 3.", "Nov. 3", "2025-11-03"),
])
def test_a_bare_day_takes_the_year_its_own_clause_is_in(text, phrase, expected):
    assert value_of(text, phrase, dct=date(2025, 11, 27)) == expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("The council usually meets in June.", "June", "XXXX-06"),
    ("The assembly is traditionally held in September.", "September", "XXXX-09"),
    ("Talks usually resume in the autumn.", "the autumn", "XXXX-FA"),
    ("The Security Council usually begins straw polls in the summer, and in 2016 it held six.", "the summer", "XXXX-SU"),
    # (a past, or what the habit tells ahead, is one year's)
    ("Talks usually resumed in the autumn.", "the autumn", "2025-FA"),
    ("He usually says he will decide in the spring.", "the spring", "2026-SP"),
])
def test_a_bare_month_or_season_of_a_habit_told_in_the_present_is_of_every_year(text, phrase, expected):
    assert value_of(text, phrase, dct=date(2025, 11, 27)) == expected


def test_a_german_pluperfect_with_a_long_subject_and_an_inseparable_participle_is_past():
    text = ("Bundeskanzler Friedrich Merz hat am Montag den ukrainischen Präsidenten im Kanzleramt empfangen. Im Mai hatte "
            "Merz gemeinsam mit Frankreichs Präsident Emmanuel Macron und dem britischen Premier Keir Starmer Kiew besucht.")
    assert [t.value for t in tag(text, date(2025, 12, 1), language="de") if t.text == "Mai"] == ["2025-05"]


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Ukraine has marked Christmas on Dec. 25 since 2023.", "Dec. 25", "XXXX-12-25"),
    ("Ukraine has marked Christmas on Dec. 25 since 2023.", "Christmas", "XXXX-12-25"),
    ("Victory Day is traditionally held on 9 May.", "9 May", "XXXX-05-09"),
    ("The parade was held on 9 May.", "9 May", "2025-05-09"),
])
def test_a_day_of_an_observance_kept_every_year_is_of_no_year(text, phrase, expected):
    assert value_of(text, phrase, dct=date(2025, 12, 26)) == expected


def test_since_the_beginning_of_the_year_runs_to_now_whatever_year_was_told_before():
    assert value_of("It moved the holiday in 2023. Since the beginning of the year, Russia has taken land.",
                    "the beginning of the year", dct=date(2025, 12, 26)) == "2025"


def test_a_month_then_the_ordinal_of_a_noun_is_the_month():
    assert values("In July the first joint patrols began.", dct=date(2025, 11, 29)) == [("July", "DATE", "2025-07")]
    assert value_of("Talks resumed on July the first, officials said.", "July the first", dct=date(2025, 11, 29)) \
        == "2025-07-01"


def test_a_year_then_a_count_is_no_range_of_counts():
    found = values("He was sentenced in June 2024 to 45 years in prison.", dct=date(2025, 12, 3))
    assert ("June 2024", "DATE", "2024-06") in found and ("45 years", "DURATION", "P45Y") in found
    assert value_of("It will take 2 to 5 years.", "2 to 5 years", dct=date(2025, 12, 3)) == "P2Y"


@pytest.mark.parametrize(("text", "first", "expected"), [
    ("China said on Friday it would suspend export controls announced on Oct. 9 until Nov. 10 next year.", "Oct. 9",
     "2025-10-09"),
    ("China would suspend controls announced on October 9 until November next year.", "October 9", "2025-10-09"),
    ("The exhibition runs from Oct. 9 until Nov. 10 next year.", "Oct. 9", "2026-10-09"),
])
def test_a_day_told_on_then_a_bound_of_another_thing_is_no_range(text, first, expected):
    assert value_of(text, first, dct=date(2025, 11, 7)) == expected


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The rebels must withdraw within 14 days, the mediators said.", "14 days", "P14D"),
    ("A deal could come within the next two weeks.", "the next two weeks", "P2W"),
    ("Talks are expected to end within a few days.", "a few days", "PXD"),
])
def test_within_is_the_signal_not_part_of_the_length(text, span, value):
    """TimeML keeps "within" out of the expression (it is a signal, as "for" and "in" are)."""
    assert [(t, v) for t, _, v in values(text)] == [(span, value)]


@pytest.mark.parametrize(("text", "dct", "expected"), [
    ("Two army helicopters collided last February.", date(1998, 3, 1), "1997-02"),
    ("Two army helicopters collided last February.", date(1998, 3, 25), "1997-02"),
    ("Two army helicopters collided this past February.", date(1998, 3, 1), "1998-02"),
    ("Two army helicopters collided last December.", date(1998, 1, 5), "1997-12"),
    ("Two army helicopters collided last January.", date(1998, 3, 1), "1998-01"),
])
def test_last_and_the_month_just_ended_is_that_month_a_year_before(text, dct, expected):
    """Of the month just ended, this year's, one says "last month"; "last February" written in March is a year back."""
    assert [v for _, _, v in values(text, dct=dct)] == [expected]


@pytest.mark.parametrize(("text", "day", "expected"), [
    ("Officials said she would arrive in Riyadh on Thursday evening and hold talks in Abu Dhabi on Friday.", "Friday",
     "2026-11-27"),
    ("The ministry said the envoy would fly to Doha on Thursday and meet the mediators again on Saturday.", "Saturday",
     "2026-11-28"),
])
def test_a_reported_would_reaches_the_next_verb_of_its_clause(text, day, expected):
    assert value_of(text, day, dct=date(2026, 11, 25)) == expected


def test_a_bare_day_goes_on_from_a_day_written_with_an_abbreviated_month_and_year():
    text = ("Then, on Sept. 27, 2020, the army launched an offensive. Within six weeks it had retaken the hills; a truce "
            "signed on Nov. 10 ended the war.\n\nThree years later, it was over.")
    found = values(text, dct=date(2026, 11, 24))
    assert ("Nov. 10", "DATE", "2020-11-10") in found  # (not this November's, nor the year before: "had" is another clause's)
    assert ("Three years later", "DATE", "2023") in found


@pytest.mark.parametrize(("language", "text", "count", "expected"), [
    ("fr", "Le pays, qui a obtenu son indépendance en 2011, a sombré deux ans plus tard dans la guerre.", "deux ans plus tard",
     "2013"),
    ("es", "El país se independizó en 2011 y dos años después cayó en una guerra civil.", "dos años después", "2013"),
    ("de", "Das Land wurde 2011 unabhängig und versank zwei Jahre später in einem Bürgerkrieg.", "zwei Jahre später", "2013"),
    ("it", "Il 3 marzo 2020 i colloqui sono falliti; tre giorni dopo è iniziata l'offensiva.", "tre giorni dopo",
     "2020-03-06"),
    ("ru", "В 2014 году Россия аннексировала Крым, а спустя восемь лет началась война.", "спустя восемь лет", "2022"),
])
def test_other_languages_count_from_the_date_told_before(language, text, count, expected):
    found = {t.text: t.value for t in tag(text, date(2026, 11, 25), language=language)}
    assert found[count] == expected


def test_a_count_before_what_follows_it_is_not_counted_from_the_date_before():
    found = tag("En 2019 hubo protestas. Dos días antes de la elección, el candidato habló.", date(2026, 11, 25), language="es")
    assert [t.text for t in found] == ["2019"]


def test_german_writes_a_bare_year_after_its_verb_but_a_count_before_a_noun():
    assert [t.value for t in tag("Das Land wurde 2011 unabhängig.", date(2026, 11, 25), language="de")] == ["2011"]
    assert tag("Dabei wurden 2011 Menschen getötet.", date(2026, 11, 25), language="de") == []


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # (Nov. 30 is a Sunday in 2025, a Monday in 2026: the weekday is written wrong, what is ahead stays ahead)
    ("The cabinet is expected to discuss the plan next Sunday, Nov. 30.", "Sunday, Nov. 30", "2026-11-30"),
    ("The vote will be held on Sunday, 30 November.", "Sunday, 30 November", "2026-11-30"),
    # (…but a weekday that agrees with the nearest year on the tense's side still moves it: Dec. 3 is a Thursday in 2026)
    ("The council will meet on Thursday, Dec. 3.", "Thursday, Dec. 3", "2026-12-03"),
])
def test_a_weekday_written_wrong_does_not_send_what_is_ahead_into_the_past(text, phrase, expected):
    assert value_of(text, phrase, dct=date(2026, 11, 24)) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Bundeskanzler Merz will im Frühjahr nach China reisen.", "2027-SP"),
    ("de", "Im Sommer hatte es heftige Kämpfe gegeben.", "2026-SU"),
    ("fr", "Le président se rendra au printemps à Pékin.", "2027-SP"),
    ("es", "Las negociaciones fracasaron en verano.", "2026-SU"),
])
def test_other_languages_read_a_bare_season_by_the_tense(language, text, expected):
    assert [t.value for t in tag(text, date(2026, 11, 27), language=language)] == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Ursprünglich war die Reise für Ende Oktober geplant gewesen, sie wurde jedoch abgesagt."),
    ("fr", "Le voyage était prévu pour fin octobre, mais il a été annulé."),
    ("es", "El viaje estaba previsto para finales de octubre, pero fue cancelado."),
])
def test_other_languages_read_a_plan_told_in_the_past_as_past(language, text):
    assert [t.value for t in tag(text, date(2026, 11, 27), language=language)] == ["2026-10"]


@pytest.mark.parametrize("verb", ["failed", "tried", "refused"])
def test_an_attempt_s_infinitive_is_as_past_as_the_attempt(verb):
    text = f"Lawmakers {verb} for months to elect a speaker and form a government following the February vote."
    assert value_of(text, "February", dct=date(2025, 12, 28)) == "2025-02"


def test_a_past_relative_right_after_a_date_makes_it_past_whatever_the_main_verb():
    text = "The decree follows a national consultation in April that recommended making the general president."
    assert value_of(text, "April", dct=date(2026, 11, 27)) == "2026-04"


@pytest.mark.parametrize(("phrase", "value"), [
    ("the next quarter of a century", "P25Y"), ("a quarter-century", "P25Y"), ("half a century", "P50Y"),
    ("three quarters of a century", "P75Y"), ("a quarter of an hour", "PT15M"),
])
def test_a_fraction_of_a_century_is_a_length_in_years_not_a_fiscal_quarter(phrase, value):
    found = [(t.text, t.type, t.value) for t in tag(f"For {phrase}, mediators shuttled between the capitals.",
                                                    date(2026, 11, 28))]
    assert found == [(phrase, "DURATION", value)]


@pytest.mark.parametrize("subject", ["Last year's meeting", "The 2025 meeting", "In 2025, the meeting"])
def test_a_year_opening_the_sentence_holds_a_month_named_as_the_publication_s(subject):
    text = f"{subject} took place in Washington in early November."
    assert value_of(text, "early November", dct=date(2026, 11, 30)) == "2025-11"


@pytest.mark.parametrize(("language", "text", "value"), [
    ("de", "Russland hatte am Wochenende erneut Luftangriffe auf die Energieversorgung geflogen.", "2026-W47-WE"),
    ("de", "Am Wochenende wird der Minister nach Paris reisen.", "2026-W48-WE"),
    ("fr", "La ministre s'est rendue à Nouméa le week-end pour rencontrer les élus.", "2026-W47-WE"),
    ("es", "El presidente viajó a Caracas el fin de semana para reunirse con la oposición.", "2026-W47-WE"),
])
def test_other_languages_place_a_bare_weekend_by_the_sentence_s_tense(language, text, value):
    assert [t.value for t in tag(text, date(2026, 11, 25), language=language)] == [value]


def test_french_past_participles_in_i_u_and_t_tell_a_past():
    found = tag("Le ministre est parti en mars, et il est revenu en mai.", date(2026, 11, 26), language="fr")
    assert [t.value for t in found] == ["2026-03", "2026-05"]
    assert [t.value for t in tag("Le sommet est prévu en mars.", date(2026, 11, 26), language="fr")] == ["2027-03"]


@pytest.mark.parametrize(("language", "text", "span"), [
    ("fr", "Le FLNKS avait dénoncé l'accord dès le mois d'août 2025.", "le mois d'août 2025"),
    ("es", "El gobierno firmó el acuerdo en el mes de marzo de 2025.", "el mes de marzo de 2025"),
])
def test_the_word_for_month_before_its_name_goes_with_the_date(language, text, span):
    assert [t.text for t in tag(text, date(2026, 11, 26), language=language)] == [span]


def test_a_list_item_is_a_sentence_of_its_own_so_the_date_of_the_item_before_does_not_hold_a_bare_month():
    text = ("Background\n\n- Since October 2023 the UK has committed more than £500 million in aid.\n"
            "- The Foreign Secretary last visited the region in September.")
    assert value_of(text, "September", dct=date(2026, 11, 25)) == "2026-09"


def test_overnight_on_a_day_is_that_day_s_night_in_one_phrase():
    assert values("Drones struck Kyiv overnight on Nov. 28. Shelling resumed overnight Nov. 26.", dct=date(2026, 11, 28)) == [
        ("overnight on Nov. 28", "DATE", "2026-11-28TNI"), ("overnight Nov. 26", "DATE", "2026-11-26TNI")]


@pytest.mark.parametrize(("text", "language", "phrase", "value"), [
    ("La Corte celebrará audiencias a partir del 12 de enero, según un comunicado publicado el martes.", "es", "martes",
     "2026-11-24"),
    ("La Cour tiendra des audiences à partir du 12 janvier, selon un communiqué publié mardi.", "fr", "mardi", "2026-11-24"),
    ("La Corte terrà udienze dal 12 gennaio.", "it", "12 gennaio", "2027-01-12"),
    ("Il ministro verrà a Roma il 3 ottobre.", "it", "3 ottobre", "2027-10-03"),
])
def test_a_past_participle_before_a_weekday_and_a_contracted_future_set_the_side(text, language, phrase, value):
    found = {t.text: t.value for t in tag(text, date(2026, 11, 29), language=language)}
    assert found[phrase] == value


@pytest.mark.parametrize(("text", "language", "phrase"), [
    ("En diciembre de 2023, Venezuela celebró un referéndum. Dos semanas después, los presidentes se reunieron.", "es",
     "Dos semanas después"),
    ("Im Dezember 2023 stimmten die Wähler ab. Zwei Wochen später trat die Regierung zurück.", "de", "Zwei Wochen später"),
    ("En décembre 2023, les électeurs ont voté. Trois jours plus tard, le gouvernement a démissionné.", "fr",
     "Trois jours plus tard"),
])
def test_a_foreign_count_of_weeks_or_days_after_a_month_is_about_that_month(text, language, phrase):
    found = {t.text: (t.value, t.mod) for t in tag(text, date(2026, 11, 29), language=language)}
    assert found[phrase] == ("2023-12", "APPROX")


@pytest.mark.parametrize(("text", "language", "years"), [
    ("La disputa se remonta al laudo arbitral de París de 1899, que Venezuela considera nulo. Más de 1500 soldados "
     "murieron.", "es", ["1899"]),
    ("L'accord de 2015 est mort. Un budget de 2000 euros. La guerre de 1870 a changé l'Europe.", "fr", ["2015", "1870"]),
    ("La Costituzione del 1948 è ancora in vigore.", "it", ["1948"]),
])
def test_a_romance_year_a_noun_is_of_is_a_year_and_a_count_after_of_is_not(text, language, years):
    assert [t.value for t in tag(text, date(2026, 11, 29), language=language)] == years


@pytest.mark.parametrize(("text", "language", "value"), [
    ("Стороны обсудили подготовку к визиту, который запланирован на весну следующего года.", "ru", "2027-SP"),
    ("Der Besuch ist für das Frühjahr nächsten Jahres geplant.", "de", "2027-SP"),
    ("La visita se celebrará en la primavera del año que viene.", "es", "2027-SP"),
    ("Визит запланирован на весну 2027 года.", "ru", "2027-SP"),
])
def test_a_foreign_season_of_next_year_is_that_season(text, language, value):
    assert [t.value for t in tag(text, date(2026, 11, 27), language=language)] == [value]


def test_a_chronology_entry_s_year_label_frames_every_sentence_of_its_entry():
    text = ("2020: Talks brokered by the U.S. Treasury collapse in February. Ethiopia begins filling the reservoir in "
            "July.\n\nSept. 10, 2023: Ethiopia announces the fourth and final filling. A review follows in July.\n")
    assert [v for _t, _ty, v in values(text, dct=date(2026, 11, 28))] == ["2020", "2020-02", "2020-07", "2023-09-10",
                                                                          "2023-07"]


def test_for_a_count_before_or_after_that_is_a_length():
    text = ("The agreement of May 1916 divided the provinces. For four centuries before that, the region had been ruled "
            "from Constantinople. Two years after that, talks resumed.")
    assert values(text, dct=date(2026, 11, 29))[1:] == [("four centuries", "DURATION", "P4C"),
                                                        ("Two years after that", "DATE", "1918")]


def test_a_capitalised_turkish_weekday_before_its_word_for_day_is_a_date():
    text = "Dışişleri Bakanı Hakan Fidan, Perşembe günü Moskova'da Rus mevkidaşı Sergey Lavrov ile bir araya geldi."
    assert [(t.text, t.value) for t in tag(text, date(2026, 11, 27), language="tr")] == [("Perşembe günü", "2026-11-26")]


@pytest.mark.parametrize(("text", "language", "phrase", "value"), [
    ("As forças chegaram em julho de 2021, depois de um ataque, em março desse ano.", "pt", "março desse ano", "2021-03"),
    ("Las fuerzas llegaron en julio de 2021, después de un ataque, en marzo de ese año.", "es", "marzo de ese año", "2021-03"),
    ("Les forces sont arrivées en juillet 2021, après une attaque en mars de cette année-là.", "fr",
     "mars de cette année-là", "2021-03"),
    ("Стороны встретились в 2019 году. В мае того же года они подписали соглашение.", "ru", "мае того же года", "2019-05"),
])
def test_a_foreign_month_of_that_year_is_of_the_year_last_written(text, language, phrase, value):
    found = {t.text: t.value for t in tag(text, date(2026, 11, 26), language=language)}
    assert found[phrase] == value


def test_a_story_told_season_by_season_keeps_its_years():
    text = ("In the spring of 2024, the first shells fell on the town. That summer, most families left. By the fall, only "
            "a few hundred people remained. The following winter, the army built a second line. The town was nearly "
            "encircled in February, before reinforcements arrived in early March.")
    assert [v for _t, _ty, v in values(text, dct=date(2026, 11, 29))] == [
        "2024-SP", "2024-SU", "2024-FA", "2024-WI", "2025-02", "2025-03"]


def test_the_past_week_is_the_days_up_to_publication_and_last_week_the_one_before():
    text = "Fighting has cut off supply routes over the past week. Talks made progress in the last week. Last week, it spread."
    assert [v for _t, _ty, v in values(text, dct=date(2026, 11, 29))] == ["2026-W48", "2026-W48", "2026-W47"]


def test_a_century_later_told_in_the_present_is_now_not_a_year_ahead():
    text = ("Iraq became independent in 1932. A century later, many of those borders are contested again. It was founded "
            "in 1950. A century later, it will celebrate.")
    assert [v for _t, _ty, v in values(text, dct=date(2026, 11, 29))] == ["1932", "PRESENT_REF", "1950", "2050"]


@pytest.mark.parametrize(("text", "language", "phrase", "value"), [
    ("El ataque comenzó el martes a las 15:30 horas en el centro de la ciudad.", "es", "a las 15:30 horas",
     "2026-11-24T15:30"),
    ("El bombardeo empezó el martes a las 10 de la noche.", "es", "a las 10 de la noche", "2026-11-24T22:00"),
    ("Le cessez-le-feu est entré en vigueur à 6h00 mardi, selon les deux parties.", "fr", "à 6h00", "2026-11-24T06:00"),
    ("Die Waffenruhe trat am Dienstag um 18.30 Uhr Ortszeit in Kraft.", "de", "um 18.30 Uhr Ortszeit", "2026-11-24T18:30"),
    ("La tregua è entrata in vigore martedì alle 6:00, secondo il governo.", "it", "alle 6:00", "2026-11-24T06:00"),
    ("A trégua entrou em vigor na terça-feira às 15h30, segundo o governo.", "pt", "às 15h30", "2026-11-24T15:30"),
    ("Перемирие вступило в силу во вторник в 06:00.", "ru", "в 06:00", "2026-11-24T06:00"),
    # (no day named: the publication day's)
    ("La designación entró en vigor a las 00:01 hora de Washington.", "es", "a las 00:01 hora de Washington",
     "2026-11-25T00:01"),
])
def test_a_foreign_clock_time_is_on_the_day_its_sentence_names(text, language, phrase, value):
    found = {t.text: (t.type, t.value) for t in tag(text, date(2026, 11, 25), language=language)}
    assert found[phrase] == ("TIME", value)


@pytest.mark.parametrize(("text", "language"), [
    ("El barril subió a 12.50 dólares el martes.", "es"),
    ("Las 15 víctimas fueron enterradas el martes.", "es"),
    ("Il risultato finale è stato 2:1 martedì.", "it"),
])
def test_a_foreign_number_without_a_clock_word_is_no_time(text, language):
    assert all(t.type != "TIME" for t in tag(text, date(2026, 11, 25), language=language))


def test_a_german_present_with_a_noun_ending_as_a_past_does_still_looks_ahead():
    text = "Die Außenminister der Nato-Staaten kommen am Mittwoch in Brüssel zusammen, um über den Plan zu beraten."
    assert {t.text: t.value for t in tag(text, date(2025, 12, 2), language="de")}["Mittwoch"] == "2025-12-03"


@pytest.mark.parametrize(("text", "language", "phrase", "value"), [
    ("Depuis la prise de Goma fin janvier, le M23 contrôle de vastes territoires.", "fr", "fin janvier", "2025-01"),
    ("Desde la toma de Goma a finales de enero, el M23 controla vastos territorios.", "es", "finales de enero", "2025-01"),
    ("Leur rencontre, initialement prévue en octobre, a été reportée deux fois.", "fr", "octobre", "2025-10"),
    # (a month a plan was for, a month ahead: the coming one, though the plan has since been put off)
    ("La reunión, inicialmente prevista para diciembre, fue aplazada.", "es", "diciembre", "2025-12"),
])
def test_a_foreign_month_since_a_happening_or_first_planned_for_is_past(text, language, phrase, value):
    found = {t.text: t.value for t in tag(text, date(2025, 11, 16), language=language)}
    assert found[phrase] == value


def test_italian_domani_is_tomorrow_but_for_the_noun_of_the_future():
    text = "L'inviato Steve Witkoff è atteso domani a Mosca. I giovani pensano al domani con paura."
    assert [(t.text, t.value) for t in tag(text, date(2025, 12, 1), language="it")] == [("domani", "2025-12-02")]


def test_a_month_a_happening_was_put_off_to_lies_ahead_whatever_the_tense():
    text = "The vote was postponed to March. The summit was pushed back to September. In 2019, talks were delayed to May."
    assert [v for _t, _ty, v in values(text, dct=date(2025, 11, 25))] == ["2026-03", "2026-09", "2019", "2019-05"]


@pytest.mark.parametrize(("text", "value"), [
    ("A sixth round, due to take place in Muscat on June 15, was cancelled after the strikes.", "2026-06-15"),
    ("The summit, due to take place on Dec. 10, was postponed.", "2026-12-10"),
])
def test_a_plan_aside_told_in_the_past_is_the_nearest_such_day(text, value):
    assert values(text, dct=date(2026, 11, 29))[0][2] == value


def test_a_month_a_past_plan_was_for_is_the_nearest_such_month():
    found = values("The second phase has not begun. Talks on it were supposed to start in late October. Elections were "
                   "due to be held in January.", date(2026, 11, 4))
    assert ("late October", "DATE", "2026-10") in found  # (not next October: the plan was told in the past)
    assert ("January", "DATE", "2027-01") in found
    # a plan told in the present still looks ahead
    assert ("October", "DATE", "2027-10") in values("Talks are supposed to start in October.", date(2026, 11, 4))


def test_a_day_in_a_relative_clause_of_the_course_of_a_dated_noun_is_of_its_year():
    assert ("Nov. 10", "DATE", "2020-11-10") in values("Diplomats recalled the 2020 war, which ended with a ceasefire on Nov. 10.",
                                                       dct=date(2026, 1, 14))
    assert ("September", "DATE", "2022-09") in values("The 2022 protests, which began in September, were crushed.",
                                                      dct=date(2026, 1, 14))
    # what others did to the thing later is not of its year
    assert ("May", "DATE", "2025-05") in values("The 2015 deal, which Washington left in May, collapsed.", dct=date(2026, 1, 14))


def test_a_winter_across_two_years_and_a_year_after_a_german_verb_of_taking_place():
    def found(text, language):
        return [(t.text, t.type, t.value) for t in tag(text, date(2026, 11, 24), language=language)]

    german = found("Im Winter 2024/25 musste das Land den Notstand ausrufen. Die nächste Wahl findet 2029 statt. Die Leitung "
                   "wurde gebaut.", "de")
    assert ("Winter 2024/25", "DATE", "2024-WI") in german
    assert ("2029", "DATE", "2029") in german
    assert ("hiver 2024-2025", "DATE", "2024-WI") in found("Au cours de l'hiver 2024-2025, le pays a manqué de gaz.", "fr")
    # (two years that are no winter's pair leave the second out)
    assert ("hiver 2024", "DATE", "2024-WI") in found("Pendant l'hiver 2024/27, le pays a manqué de gaz.", "fr")


@pytest.mark.parametrize(("text", "language", "phrase", "value"), [
    ("Le milizie hanno firmato ieri sera un accordo per il cessate il fuoco.", "it", "ieri sera", "2026-11-29TEV"),
    ("Les milices ont signé hier soir un accord de cessez-le-feu.", "fr", "hier soir", "2026-11-29TEV"),
    ("Die Milizen haben gestern Abend ein Abkommen unterzeichnet.", "de", "gestern Abend", "2026-11-29TEV"),
    ("Las milicias firmaron ayer por la noche un acuerdo.", "es", "ayer por la noche", "2026-11-29TNI"),
    # (a pluperfect with a short or irregular participle is past: the last such day)
    ("El presidente había dado por terminado el proceso el 17 de enero.", "es", "17 de enero", "2026-01-17"),
])
def test_a_foreign_yesterday_takes_its_part_of_the_day_and_a_short_participle_tells_the_past(text, language, phrase, value):
    found = {t.text: t.value for t in tag(text, date(2026, 11, 30), language=language)}
    assert found[phrase] == value


def test_a_bare_month_in_a_clause_joined_on_after_a_dated_one_goes_on_with_the_story():
    dct = date(2026, 11, 25)
    assert value_of("The trial opened in September 2023 and closing arguments were heard in June.", "June", dct) == "2024-06"
    # (but a clause of its own sentence is read from the publication)
    assert value_of("The trial opened in September 2023. Closing arguments were heard in June.", "June", dct) == "2026-06"
    # (a second past right before its month, or "by" it, goes on too)
    dct = date(2024, 8, 14)
    assert value_of("Earlier rounds produced a declaration in May 2023 but collapsed by December.", "December", dct) \
        == "2023-12"
    assert value_of("Earlier rounds produced a declaration in May 2023 but collapsed in December.", "December", dct) \
        == "2023-12"


def test_an_adverb_between_to_be_and_its_participle_still_looks_ahead():
    dct = date(2026, 10, 1)
    assert value_of("The new force is expected to be fully deployed by the end of March.", "the end of March", dct) \
        == "2027-03"


def test_a_day_without_its_year_after_the_story_came_back_to_the_present_is_the_publications():
    dct = date(2026, 11, 27)
    told = "Brussels first listed single tankers in a package adopted on June 24, 2024. "
    assert value_of(told + "Since then the list has grown to 600 ships. The latest package was adopted on 18 July.",
                    "18 July", dct) == "2026-07-18"
    # (a story still in its years goes on from its last day)
    assert value_of(told + "The latest package was adopted on 18 July.", "18 July", dct) == "2024-07-18"


def test_years_ago_this_weekend_is_that_weekend_of_the_earlier_year():
    assert values("Forty years ago this weekend, the two leaders sat down in a house by the sea.", dct=date(2026, 10, 11)) \
        == [("Forty years ago this weekend", "DATE", "1986-W41-WE")]


def test_a_year_and_a_half_later_counts_months_from_the_story_s_month():
    dct = date(2026, 12, 1)
    assert value_of("The chamber issued the warrant on 17 March 2023 and made it public a year and a half later.",
                    "a year and a half later", dct) == "2024-09"
    assert value_of("A year and a half ago, the talks began.", "A year and a half ago", dct) == "2025-06"
    # (from a year alone no month can be counted: the length is what the text gives)
    assert ("two and a half years", "DURATION", "P2Y6M") in values("He left in 2020 and returned two and a half years "
                                                                    "later.", dct=dct)


def test_last_weekend_before_a_clause_of_after_is_no_weekend_after():
    assert values("The council adopted them on June 11. Two ministers were arrested last weekend after calling for "
                  "protests.", dct=date(2026, 11, 25))[-1] == ("last weekend", "DATE", "2026-W47-WE")
    assert value_of("The talks opened on Oct. 9. The weekend after, the rebels attacked.", "The weekend after",
                    date(2026, 10, 12)) == "2026-W41-WE"


def test_a_day_that_names_a_thing_does_not_move_the_story_s_day():
    text = ("Gunfire was heard at about 11 a.m. on Wednesday, three days after the commission said it would announce "
            "results of the Nov. 23 presidential vote. By early afternoon, soldiers had blocked the roads. At 4:30 p.m., "
            "officers said they had taken control.")
    assert value_of(text, "early afternoon", date(2026, 11, 29)) == "2026-11-25TAF"
    assert value_of(text, "4:30 p.m.", date(2026, 11, 29)) == "2026-11-25T16:30"


def test_the_next_season_in_a_story_told_in_the_past_follows_the_story_s_time():
    text = "The rigged election of August 2020 ended any hope of a thaw. The next summer, Minsk began flying migrants in."
    assert value_of(text, "The next summer", date(2026, 11, 28)) == "2021-SU"
    # …while one still ahead is the coming one
    assert value_of("The talks ended in May. The next summer will be decisive.", "The next summer",
                    date(2026, 11, 28)) == "2027-SU"


@pytest.mark.parametrize("text, value", [
    ("The junta, in power since the coup of August 2020, granted its leader a five-year mandate in July.", "2023-07"),
    ("Since the coup in August 2020 the junta has ruled by decree, and in July it granted its leader a mandate.", "2023-07"),
])
def test_a_state_since_a_month_leaves_a_bare_month_at_the_day_of_writing(text, value):
    assert value_of(text, "July", DCT) == value


def test_a_french_state_since_a_month_leaves_a_bare_month_at_the_day_of_writing():
    text = ("La junte, au pouvoir depuis le coup d'État d'août 2020, a accordé en juillet un mandat de cinq ans au "
            "général, sans élection. Le pays a quitté la Cédéao en janvier 2025.")
    assert {t.text: t.value for t in tag(text, date(2026, 11, 26), language="fr")}["juillet"] == "2026-07"


@pytest.mark.parametrize("text, phrase, value", [
    ("Three weeks from now, on Dec. 22, the council meets, officials said on Monday.", "Dec. 22", "2023-12-22"),
    ("In two weeks' time, on Dec. 12, the vote is held, he said.", "Dec. 12", "2023-12-12"),
])
def test_a_day_said_again_after_a_count_from_now_lies_on_its_side(text, phrase, value):
    assert value_of(text, phrase, DCT) == value


def test_a_clock_said_again_in_another_zone_is_on_the_day_named_after_both():
    text = "SEOUL (Reuters) - North Korea fired a missile at about 7:50 a.m. (2250 GMT Tuesday) on Wednesday, officials said."
    values = {t.text: t.value for t in tag(text, date(2026, 11, 26), language="en")}
    assert values["about 7:50 a.m."] == "2026-11-25T07:50"
    assert values["2250 GMT Tuesday"] == "2026-11-24T22:50"


def test_a_day_in_a_since_clause_leaves_a_count_after_it_at_the_story_s_day():
    text = ("North Korea fired a missile on Wednesday, its first launch since it tested a new missile on Oct. 31. "
            "A week earlier, Pyongyang had warned of countermeasures.")
    assert value_of(text, "A week earlier", date(2026, 11, 26)) == "2026-11-18"


@pytest.mark.parametrize("language, text, phrase, value", [
    ("it", "La missione aveva presentato ad agosto una nuova tabella di marcia, approvata dal Consiglio il mese successivo.",
     "il mese successivo", "2026-09"),
    ("fr", "La mission avait présenté en août une feuille de route, approuvée par le Conseil le mois suivant.",
     "le mois suivant", "2026-09"),
    ("de", "Der Plan wurde im August vorgelegt und im folgenden Monat vom Sicherheitsrat gebilligt.",
     "im folgenden Monat", "2026-09"),
    ("es", "El 3 de marzo se reunieron los ministros y al día siguiente firmaron el acuerdo.", "al día siguiente",
     "2026-03-04"),
    ("fr", "Le 3 mars, les ministres se sont réunis à Paris; le lendemain, ils ont signé l'accord.", "le lendemain",
     "2026-03-04"),
])
def test_a_foreign_following_unit_counts_from_the_date_told_before_it(language, text, phrase, value):
    assert {t.text: t.value for t in tag(text, date(2026, 11, 24), language=language)}[phrase] == value


def test_a_foreign_day_before_what_is_to_come_does_not_count_from_a_past_date():
    text = ("El alto el fuego entró en vigor el 3 de agosto de 2023. Los garantes se reunirán con ambas delegaciones el "
            "día anterior.")
    assert "el día anterior" not in {t.text for t in tag(text, date(2026, 11, 30), language="es")}


def test_a_noun_s_participle_far_from_the_date_does_not_make_its_clause_past():
    text = "EU leaders are expected to discuss a loan to Ukraine financed by frozen Russian assets at their summit on Dec. 18-19."
    assert value_of(text, "Dec. 18", date(2026, 11, 25)) == "2026-12-18"
    # (a participle right before its date is dated with it)
    assert value_of("The charter, drafted by a commission in March, takes effect next year.", "March",
                    date(2026, 11, 30)) == "2026-03"


def test_a_turkish_doing_agreed_on_by_its_verbal_noun_looks_ahead():
    text = ("Dışişleri Bakanı Hakan Fidan, Suriyeli mevkidaşı ile perşembe günü Ankara'da bir araya geldi. Taraflar ayrıca "
            "ocak ayında Şam'da ortak bir ekonomik forum düzenlenmesi konusunda anlaştı.")
    values = {t.text: t.value for t in tag(text, date(2026, 11, 27), language="tr")}
    assert next(v for k, v in values.items() if k.startswith("ocak")) == "2027-01"


def test_a_bare_count_of_units_later_is_a_length_of_unknown_size():
    found = {t.text: (t.type, t.value) for t in tag("In June the board met. Days later, Israel struck. Hours afterwards, "
                                                   "Iran answered.", DCT)}
    assert found["Days"] == ("DURATION", "PXD") and found["Hours"] == ("DURATION", "PTXH")
    assert not [t for t in tag("Those days later became a legend.", DCT) if t.text == "days"]


def test_a_turkish_doing_decided_on_by_its_verbal_noun_s_object_case_looks_ahead():
    text = ("Türkiye ile Irak arasında su yönetimine ilişkin çerçeve anlaşma perşembe günü Bağdat'ta imzalandı. Taraflar, "
            "ortak teknik komitenin Ocak ayında Ankara'da toplanmasını kararlaştırdı.")
    values = {t.text: t.value for t in tag(text, date(2026, 11, 27), language="tr")}
    assert next(v for k, v in values.items() if k.startswith("Ocak")) == "2027-01"


def test_a_foreign_month_between_a_past_decision_and_its_infinitive_dates_the_deciding():
    text = ("Washington y Caracas acordaron en enero reanudar las deportaciones tras una visita del enviado especial. Desde "
            "entonces han llegado más de 70 vuelos.")
    assert {t.text: t.value for t in tag(text, date(2026, 11, 24), language="es")}["enero"] == "2026-01"
    ahead = "Ambas partes acordaron volver a reunirse a mediados de enero en la capital, según el comunicado conjunto."
    assert next(t.value for t in tag(ahead, date(2026, 11, 24), language="es") if "enero" in t.text) == "2027-01"


def test_a_clock_in_local_time_and_its_zone_aside_are_one_time_on_the_day_named_after_them():
    # (as a clock's are: "at 7am local time (05:00 GMT) on 24 November"; two would be two happenings)
    found = {t.text: t.value for t in tag("A ceasefire took effect at noon local time (0900 GMT) on Friday. The truce "
                                          "ended at midnight local time (1700 GMT) on Tuesday.", date(2026, 10, 10))}
    assert found == {"noon local time (0900 GMT) on Friday": "2026-10-09T12:00",
                     "midnight local time (1700 GMT) on Tuesday": "2026-10-06T24:00"}


def test_a_weekdays_possessive_naming_a_done_happening_is_past_whatever_answers_it():
    # (DCT is a Tuesday)
    assert value_of("Prosecutors said they would challenge Friday's ruling.", "Friday") == "2023-11-24"
    assert value_of("Officials will investigate Monday's attack on the convoy.", "Monday") == "2023-11-27"
    # (…ahead only when said so, or when it is the subject of what is to come)
    assert value_of("Lawyers are preparing for Friday's ruling.", "Friday") == "2023-12-01"
    assert value_of("Thursday's strike will shut every school.", "Thursday") == "2023-11-30"
    assert value_of("He said he would boycott Sunday's vote.", "Sunday") == "2023-12-03"


def test_overnight_in_a_new_undated_report_is_the_night_before_publication_not_before_the_last_day_named():
    text = ("The army said its units took 80 prisoners on Monday alone. The ministry said its air defences shot down "
            "30 drones overnight.")
    assert value_of(text, "overnight") == "2023-11-27TNI"
    # (…but the night of the day the sentence itself names is still that day's)
    assert value_of("Fighting went on late on Sunday. Ten people were detained overnight.", "overnight") == "2023-11-26TNI"


@pytest.mark.parametrize("text, found", [("Das Gesetz war im Koalitionsvertrag von 2021 vorgesehen.", ["2021"]),
                                         ("Das Abkommen von 2015 ist ausgelaufen.", ["2015"]),
                                         ("Eine Truppe von 2000 Soldaten kam an.", []),
                                         ("Die Zahl stieg von 2000 auf 3000.", [])])
def test_a_german_year_a_noun_is_of_is_a_date_not_a_count(text, found):
    assert [t.value for t in tag(text, date(2025, 6, 18), language="de")] == found


def test_a_spanish_month_after_an_agreed_infinitive_with_the_deciding_day_between_looks_ahead():
    text = "Los cancilleres acordaron este jueves reanudar en mayo las conversaciones sobre la frontera."
    assert [t.value for t in tag(text, date(2024, 4, 4)) if t.text == "mayo"] == ["2024-05"]


def test_a_range_without_its_year_moves_whole_to_the_year_whose_span_lies_nearest():
    found = tag("The report covers the period from 1 January to 30 June.", date(2025, 9, 12))
    assert [t.value for t in found] == ["2025-01-01", "2025-06-30"]
    # (a span nearer ahead stays ahead)
    found = tag("Talks run from 3 November to 5 November.", date(2025, 9, 12))
    assert [t.value for t in found] == ["2025-11-03", "2025-11-05"]


def test_an_italian_count_dopo_a_noun_is_from_that_noun_not_from_the_date_before():
    text = "I due governi hanno firmato giovedì un accordo. L'intesa arriva cinque anni dopo il cessate il fuoco di Ginevra."
    assert [t.text for t in tag(text, date(2025, 2, 14), language="it")] == ["giovedì"]
    assert [t.value for t in tag("Il governo cadde nel 2019. Due anni dopo, la guerra è finita.", date(2025, 2, 14),
                                 language="it")] == ["2019", "2021"]


def test_overnight_before_a_closing_undated_attribution_is_the_night_before_publication():
    text = ("Explosions were heard late on Sunday, as the army pressed on with strikes it began on Friday. Rebels fired "
            "rockets overnight, killing eight people, emergency services said.")
    assert value_of(text, "overnight", dct=date(2025, 6, 16)) == "2025-06-15TNI"


def test_years_ago_on_a_named_day_is_that_day_years_back():
    found = tag("Tamils remembered the war, which ended 17 years ago on Monday.", date(2026, 5, 19))
    assert [(t.text, t.value) for t in found] == [("17 years ago on Monday", "2009-05-18")]
    found = tag("The accord was signed ten years ago today.", date(2026, 5, 19))
    assert [(t.text, t.value) for t in found] == [("ten years ago today", "2016-05-19")]


def test_a_turkish_season_after_its_genitive_year():
    found = tag("Taraflar arasındaki son savaş 2020 yılının sonbaharında 44 gün sürmüştü.", date(2025, 7, 11), language="tr")
    assert [(t.text, t.value) for t in found] == [("2020 yılının sonbaharında", "2020-FA")]


def test_a_year_after_the_article_s_opening_word_on_the_first_line_of_a_paragraph_is_a_year():
    found = tag("Ceasefire\n\nThe 2020 ceasefire was brokered by Moscow.", date(2026, 3, 10))
    assert [(t.text, t.value) for t in found] == [("2020", "2020")]
    assert tag("Saudi Vision 2030 was launched.", date(2026, 3, 10)) == []  # (a name's number still)


@pytest.mark.parametrize("text, language", [
    ("Le sommet, prévu en juin à Bruxelles, pourrait être reporté.", "fr"),  # (few little words: its accents tell)
    ("Der Präsident sprach über Außenpolitik.", "de"),
    ("Erdogan held a phone call with Aliyev, according to Türkiye's directorate. Türkiye will continue to support "
     "the talks, the directorate said in a statement on the peace process.", "en"),  # (a name's accents tell nothing)
])
def test_a_short_text_s_language_by_its_accents_but_never_over_english_words(text, language):
    from timeline_app.extraction.language import guess_language
    assert guess_language(text) == language


def test_midnight_or_noon_with_its_zone_and_day_is_one_time():
    found = [(t.text, t.value) for t in tag("Sanctions came back into force at midnight GMT on Sunday. The talks ended at "
                                            "noon GMT on Friday.", date(2025, 9, 29), language="en")]
    assert found == [("midnight GMT on Sunday", "2025-09-28T24:00"), ("noon GMT on Friday", "2025-09-26T12:00")]


def test_the_early_hours_alone_are_the_start_of_the_day_in_view():
    found = [(t.text, t.value, t.mod) for t in tag("Drones struck a building in the early hours, officials said. On Friday, "
                                                   "rebels attacked. Shelling resumed in the small hours.",
                                                   date(2026, 11, 22), language="en")]
    assert found == [("the early hours", "2026-11-22", "START"), ("Friday", "2026-11-20", ""),
                     ("the small hours", "2026-11-20", "START")]


def test_a_turkish_year_s_start_or_end_after_it_is_one_phrase():
    found = [(t.text, t.value, t.mod) for t in tag("Anlaşmanın 2027 yılının başında yürürlüğe girmesi bekleniyor. Belge 2025 "
                                                   "yılının sonunda imzalandı.", date(2026, 11, 20), language="tr")]
    assert found == [("2027 yılının başında", "2027", "START"), ("2025 yılının sonunda", "2025", "END")]


def test_a_past_clock_a_few_sentences_after_a_recent_day_is_that_day_s():
    text = ("Warplanes struck the suburbs late Sunday, for the first time since a truce took effect a year ago. The army said "
            "it targeted a commander. Residents said the strike, which came shortly before 10 p.m., flattened a building. "
            "Talks will resume at 10 a.m.")
    found = {t.text: t.value for t in tag(text, date(2026, 11, 24), language="en")}
    assert found["10 p.m."] == "2026-11-22T22:00"
    assert found["10 a.m."] == "2026-11-24T10:00"  # (what is ahead is no part of the day told)


def test_last_before_two_weekdays_joined_by_and_keeps_the_first():
    found = [(t.text, t.value) for t in tag("Heads of state met last Thursday and Friday.", date(2026, 11, 10), language="en")]
    assert found == [("last Thursday", "2026-11-05"), ("Friday", "2026-11-06")]


def test_the_year_in_a_sentence_dated_in_a_past_year_is_that_year():
    text = ("At a summit in April 2018 the two leaders pledged to turn the truce into a treaty within the year. "
            "Their envoys met in Geneva that June.")
    found = {t.text: t.value for t in tag(text, date(2026, 12, 1), language="en")}
    assert found["the year"] == "2018"
    assert found["that June"] == "2018-06"


def test_the_year_said_ahead_after_a_past_year_is_this_year():
    found = {t.text: t.value for t in tag("Exports, which fell in 2023, will recover within the year.", date(2026, 12, 1),
                                          language="en")}
    assert found["the year"] == "2026"


@pytest.mark.parametrize(("sentence", "value"), [
    ("In March 2019, the government promised to hold elections in December.", "2019-12"),
    ("In March 2019, the government said talks held in January had failed.", "2019-01"),
    ("In March 2019, the government promised to hold elections in January.", "2020-01"),  # ahead of the framing month
])
def test_a_month_and_year_opening_the_sentence_frame_its_bare_month(sentence, value):
    found = {t.text: t.value for t in tag(sentence, date(2026, 11, 15), language="en")}
    assert found[sentence.split(" in ")[-1].split()[0].rstrip(".")] == value


@pytest.mark.parametrize(("text", "language", "dct", "phrase", "value"), [
    ("Le ministre arrive ce jeudi au Caire.", "fr", date(2026, 12, 1), "ce jeudi", "2026-12-03"),  # this week's, ahead
    ("Les électeurs ont voté ce dimanche.", "fr", date(2026, 11, 30), "ce dimanche", "2026-11-29"),  # told in the past
    ("Der Minister reist an diesem Donnerstag nach Ägypten.", "de", date(2026, 12, 1), "an diesem Donnerstag", "2026-12-03"),
    ("El presidente dijo este domingo que no firmará.", "es", date(2026, 11, 30), "este domingo", "2026-11-29"),
    ("El ministro viaja este miércoles a Bruselas.", "es", date(2026, 11, 30), "este miércoles", "2026-12-02"),
])
def test_a_foreign_weekday_said_with_this_is_this_week_s(text, language, dct, phrase, value):
    assert (phrase, value) in [(t.text, t.value) for t in tag(text, dct, language=language)]


@pytest.mark.parametrize(("text", "language", "month", "value"), [
    ("Переговоры прошли в Стамбуле в мае и июне 2025 года.", "ru", "мае", "2025-05"),
    ("Les pourparlers ont eu lieu à Istanbul en mai et juin 2025.", "fr", "mai", "2025-05"),
    ("Die Gespräche fanden im Mai und Juni 2025 in Istanbul statt.", "de", "Mai", "2025-05"),
    ("Las conversaciones se celebraron en mayo y junio de 2025.", "es", "mayo", "2025-05"),
    ("Ils ont repris entre novembre et janvier 2026.", "fr", "novembre", "2025-11"),  # a range runs forward
])
def test_a_foreign_bare_month_joined_to_a_month_with_its_year_shares_it(text, language, month, value):
    assert (month, value) in [(t.text, t.value) for t in tag(text, date(2026, 12, 1), language=language)]


@pytest.mark.parametrize(("text", "language", "value"), [
    ("Es la mayor excarcelación desde el pasado 10 de enero, cuando el presidente asumió.", "es", "2026-01-10"),
    ("La cumbre será el próximo 5 de enero en Lima.", "es", "2027-01-05"),
    ("Lo scorso 3 marzo ci sono stati scontri.", "it", "2026-03-03"),
    ("O acordo foi assinado no passado dia 3 de março.", "pt", "2026-03-03"),
])
def test_a_foreign_day_said_with_last_or_next_is_on_that_side(text, language, value):
    assert value in [t.value for t in tag(text, date(2026, 11, 30), language=language)]


def test_a_past_clock_two_sentences_after_a_saying_s_day_is_the_day_said_of():
    text = ("Troops exchanged fire along the border late Saturday, officials said Sunday.\n\nOne soldier was wounded. "
            "The other side said its posts came under fire first, shortly after 11 p.m.")
    found = {t.text: t.value for t in tag(text, date(2026, 11, 29), language="en")}
    assert found["11 p.m."] == "2026-11-28T23:00"


def test_around_midday_is_a_clock_of_the_day_the_story_is_at():
    text = "The crossing reopened at 0600 GMT on Tuesday. Trucks began moving again around midday local time."
    assert ("midday local time", "2026-12-01T12:00") in [(t.text, t.value) for t in tag(text, date(2026, 12, 2), language="en")]


def test_a_french_week_after_a_position_needs_no_article():
    found = [(t.text, t.value) for t in tag("En début de semaine prochaine, le président doit se rendre à Bruxelles.",
                                            date(2026, 11, 30), language="fr")]
    assert found == [("début de semaine prochaine", "2026-W50")]


def test_a_month_after_a_participle_and_its_doer_is_past_whatever_the_main_clause_will_do():
    text = "Inspectors can return to sites bombed by Israel and the United States in June, the agency said."
    assert [(t.text, t.value) for t in tag(text, date(2026, 11, 30), language="en")] == [("June", "2026-06")]


@pytest.mark.parametrize(("text", "value"), [
    ("The U.N. Security Council endorsed the U.S. peace plan on Nov. 17.", "2026-11-17"),  # no verb "plan" after "U.S."
    ("The Council endorsed the EU aid plan on Nov. 17.", "2026-11-17"),
    ("The ministers plan to meet on Dec. 17.", "2026-12-17"),
])
def test_a_noun_after_an_abbreviated_name_is_no_verb_of_the_clause(text, value):
    assert [t.value for t in tag(text, date(2026, 12, 2), language="en")] == [value]


def test_a_month_before_a_noun_is_the_one_the_text_named_with_its_year():
    found = {t.text: t.value for t in tag("Both sides accepted a truce in March 2025. Shelling resumed in May. Monitors "
                                          "set up under the March truce met on Nov. 20.", date(2026, 12, 2))}
    assert found == {"March 2025": "2025-03", "May": "2026-05", "March": "2025-03", "Nov. 20": "2026-11-20"}
    # (with no such month named before, the month is read as ever)
    assert value_of("Monitors set up under the March truce met on Nov. 20.", "March", date(2026, 12, 2)) == "2026-03"


@pytest.mark.parametrize("language, text, phrase, value", [
    ("fr", "Les deux ministres se sont parlé lundi passé au téléphone.", "lundi passé", "2026-11-30"),
    ("es", "La cumbre se celebrará el 5 de enero que viene en Lima.", "5 de enero que viene", "2027-01-05"),
    ("it", "Il vertice si è tenuto lunedì passato a Roma.", "lunedì passato", "2026-11-30"),
])
def test_romance_side_words_serve_weekdays_and_day_months_alike(language, text, phrase, value):
    found = {t.text: t.value for t in tag(text, date(2026, 12, 2), language=language)}
    assert found.get(phrase) == value, found


def test_a_count_said_again_as_a_day_of_a_month_is_that_day():
    found = {t.text: t.value for t in tag("The two sides have agreed to reopen the border from Thursday, the ministry said "
                                          "on Wednesday. It has been closed since March 3, when clashes killed dozens. A "
                                          "truce was agreed in Doha a week later, on March 10.", date(2026, 12, 2))}
    assert found["a week later"] == "2026-03-10" and found["March 10"] == "2026-03-10"


def test_a_closing_attribution_gives_no_tense_to_a_deadline_before_it():
    found = {t.text: t.value for t in tag("The accord also commits the two sides to set up a border commission by the end "
                                          "of February, the mediator told reporters.", date(2026, 11, 27))}
    assert found["the end of February"] == "2027-02"


def test_a_rough_count_of_years_from_the_story_that_lands_past_publication_is_about_now():
    found = {t.text: t.value for t in tag("Soldiers seized the palace on March 3, 2021. Few imagined that almost six years "
                                          "later the fighting would go on. An exile government was formed that June.",
                                          date(2026, 11, 30))}
    assert found["almost six years later"] == "PRESENT_REF" and found["that June"] == "2021-06"


def test_the_early_hours_and_later_in_the_day_take_the_day_their_sentence_named():
    found = {t.text: t.value for t in tag("A truce in the north held on Saturday, as rebels freed six captives in the early "
                                          "hours and the army released 40 prisoners later in the day.", date(2026, 11, 30))}
    assert found["the early hours"] == "2026-11-28" and found["later in the day"] == "2026-11-28"


def test_a_dutch_infinitive_s_gaan_looks_nowhere_ahead():
    found = {t.text: t.value for t in tag("Het hof heeft woensdag een advies uitgebracht over de plicht om de opwarming "
                                          "tegen te gaan.", date(2026, 11, 26), language="nl")}
    assert found["woensdag"] == "2026-11-25"


def test_a_spanish_weekday_right_after_its_past_is_that_past_s_whatever_a_relative_clause_looks_ahead_to():
    found = {t.text: t.value for t in tag("El Senado aprobó el martes por la noche una ley que beneficiará a unos 200 "
                                          "detenidos.", date(2026, 11, 26), language="es")}
    assert found["martes por la noche"] == "2026-11-24TNI"


def test_from_and_between_each_keep_their_own_joining_word():
    found = [(t.text, t.range_role or None) for t in tag("Hubo protestas de 2019 y 2023. Gobernó de 2006 a 2019.", date(2026, 11, 26),
                                                  language="es")]
    assert found == [("2019", None), ("2023", None), ("2006", "start"), ("2019", "end")]


@pytest.mark.parametrize("language, text, phrase, value", [
    ("it", "La premier è arrivata stamattina a Kiev.", "stamattina", "2026-11-29TMO"),
    ("fr", "Le président est arrivé ce matin à Kiev.", "ce matin", "2026-11-29TMO"),
    ("es", "El ministro llegó esta mañana a Kiev y anoche habló con su homólogo.", "anoche", "2026-11-28TNI"),
    ("pt", "O presidente chegou nesta manhã a Kiev.", "nesta manhã", "2026-11-29TMO"),
])
def test_a_part_of_the_day_of_publication_in_one_phrase(language, text, phrase, value):
    found = {t.text: t.value for t in tag(text, date(2026, 11, 29), language=language)}
    assert found.get(phrase) == value, found


def test_a_russian_masculine_past_tells_its_day_in_the_past():
    found = {t.text: t.value for t in tag("Предыдущий раунд консультаций прошел в Стамбуле 27 февраля.", date(2026, 12, 1),
                                          language="ru")}
    assert found["27 февраля"] == "2026-02-27"


@pytest.mark.parametrize("language, text, phrase, value", [
    ("it", "Le due repubbliche si erano combattute all'inizio degli anni Novanta.", "all'inizio degli anni Novanta", "199X"),
    ("es", "En los años ochenta hubo una guerra civil.", "los años ochenta", "198X"),
    ("pt", "Nos anos setenta o país era uma ditadura.", "anos setenta", "197X"),
])
def test_a_decade_said_in_words(language, text, phrase, value):
    found = {t.text: t.value for t in tag(text, date(2026, 11, 30), language=language)}
    assert found.get(phrase) == value, found


@pytest.mark.parametrize("text, phrase, value", [
    # (a story years back goes on in its own year)
    ("In April 1992, days after fighting broke out, she secured a truce. The truce collapsed in early May.",
     "early May", "1992-05"),
    ("The talks opened in Vienna in March 2019. The delegations met again in June.", "June", "2019-06"),
    # (…but last year's story may come back to this year's month)
    ("The talks stalled by the end of February 2025. A new round opened in March.", "March", "2026-03"),
])
def test_a_bare_month_after_a_story_years_back_is_of_that_year(text, phrase, value):
    assert value_of(text, phrase, date(2026, 12, 2)) == value


@pytest.mark.parametrize("language, text, phrase, value", [
    ("fr", "En avril 1992, elle a obtenu une trêve. La trêve a été rompue en mai.", "mai", "1992-05"),
    ("es", "En abril de 1992 logró una tregua. La tregua se rompió en mayo.", "mayo", "1992-05"),
    ("de", "Im April 1992 handelte sie eine Waffenruhe aus. Die Waffenruhe brach im Mai zusammen.", "Mai", "1992-05"),
    ("es", "En abril de 2025 logró una tregua. La tregua se rompió en mayo.", "mayo", "2026-05"),
    ("fr", "La guerre, qui a éclaté le 15 avril 2023, a fait des milliers de morts. Les FSR se sont emparées de la ville "
           "fin octobre.", "fin octobre", "2026-10"),
])
def test_a_foreign_bare_month_after_a_story_years_back_is_of_that_year(language, text, phrase, value):
    assert foreign_value_of(text, phrase, date(2026, 12, 2), language) == value


@pytest.mark.parametrize("text, phrase, value", [
    ("Özel temsilciler en son 2025 yılının eylül ayında bir araya gelmişti.", "2025 yılının eylül ayında", "2025-09"),
    ("Görüşmeler 2024 yılı Mart ayında başladı.", "2024 yılı Mart ayında", "2024-03"),
    ("Taraflar 2023 Ekim'inde yeniden görüştü.", "2023 Ekim'inde", "2023-10"),
])
def test_a_turkish_year_then_its_month_is_one_date(text, phrase, value):
    assert foreign_value_of(text, phrase, date(2026, 12, 2), "tr") == value


@pytest.mark.parametrize("text, phrase, value, mod", [
    # (an aside opened by a past participle tells what was done: the month is the last one)
    ("Son arrestation, ordonnée par le président après des affrontements à Nasir au début du mois de mars, a fragilisé "
     "l'accord.", "au début du mois de mars", "2026-03", "START"),
    ("Les combats ont repris à la fin du mois d'août.", "à la fin du mois d'août", "2026-08", "END"),
    # (…not a plan's)
    ("La conférence, prévue pour mars, réunira les bailleurs.", "mars", "2027-03", ""),
])
def test_a_french_month_placed_within_itself_and_told_by_a_participle_aside(text, phrase, value, mod):
    found = {t.text: (t.value, t.mod) for t in tag(text, date(2026, 11, 28), language="fr")}
    assert found.get(phrase) == (value, mod), found


_RETROSPECTIVE = ("On Nov. 21, 1995, the presidents agreed on a peace deal at an air base in Ohio. It was signed on Dec. 14, "
                  "1995, in Paris.\n\nThe war had begun in April 1992. In July 1995, forces killed more than 8,000 men in "
                  "Srebrenica.\n\nThe negotiations in Dayton lasted three weeks. They began on Nov. 1.")


@pytest.mark.parametrize("text, language, phrase, value", [
    (_RETROSPECTIVE, "en", "Nov. 1", "1995-11-01"),
    ("Am 21. November 1995 einigten sich die Präsidenten auf ein Abkommen. Unterzeichnet wurde es am 14. Dezember 1995 in "
     "Paris.\n\nDie Verhandlungen dauerten drei Wochen. Sie begannen am 1. November.", "de", "1. November", "1995-11-01"),
    # (…not a text that speaks of now, in a date or in its verbs)
    ("On Monday the envoy recalled the talks of July 1995 and of March 1996. The talks began on Nov. 1.", "en", "Nov. 1",
     "2026-11-01"),
    ("Since then there have been nine truces, in 2019 and in 2022. The last one, on Nov. 22, collapsed.", "en", "Nov. 22",
     "2026-11-22"),
    ("Am Montag erinnerte der Minister an 1992 und 1995. Die Gespräche begannen am 1. November.", "de", "1. November",
     "2026-11-01"),
])
def test_a_text_that_tells_only_of_years_long_past_reads_its_yearless_days_by_them(text, language, phrase, value):
    assert foreign_value_of(text, phrase, date(2026, 12, 2), language) == value


@pytest.mark.parametrize("text, phrase, value", [
    ("If the commissions agree, the treaty could be signed in the spring.", "the spring", "2027-SP"),
    ("The treaty could be signed in March, diplomats say.", "March", "2027-03"),
    # (…but not a past try at reaching someone, nor what could be perceived then)
    ("Neither he nor his family could be located Wednesday.", "Wednesday", "2026-11-25"),
    ("Explosions could be heard on Tuesday.", "Tuesday", "2026-12-01"),
    # (…and what can be done: a present modal's passive is ahead of it)
    ("He hopes the pause can be extended beyond Monday, when it is due to end.", "Monday", "2026-12-07"),
    ("The deal can be signed on Friday, the mediators said.", "Friday", "2026-12-04"),
])
def test_could_be_done_looks_ahead(text, phrase, value):
    assert value_of(text, phrase, date(2026, 12, 1)) == value


@pytest.mark.parametrize("language, text, phrase, value", [
    ("ru", "Переговоры прошли в четверг. Токаев прибыл в Москву накануне вечером.", "накануне вечером", "2026-11-25"),
    ("ru", "Переговоры прошли в четверг. На следующий день стороны подписали договор.", "На следующий день", "2026-11-27"),
    ("uk", "Переговори відбулися в четвер. Напередодні він прибув до Києва.", "Напередодні", "2026-11-25"),
])
def test_a_russian_or_ukrainian_day_before_or_after_the_date_told_before(language, text, phrase, value):
    assert foreign_value_of(text, phrase, date(2026, 11, 27), language) == value


@pytest.mark.parametrize(("text", "phrase", "value"), [
    # Dutch's pasts: an auxiliary, a few words (and a date) on its participle
    ("De oud-minister werd op 11 maart gearresteerd in Den Haag.", "11 maart", "2026-03-11"),
    ("De gezant heeft in maart de regio bezocht.", "maart", "2026-03"),
    ("De onderhandelaars waren op 4 april vertrokken.", "4 april", "2026-04-04"),
    # …and a plan told in the past holds its day, not the coming one
    ("De hoorzitting was eerder gepland voor 23 september, maar werd uitgesteld.", "23 september", "2026-09-23"),
    # a future stays ahead
    ("De minister zal op 3 maart naar Kiev reizen.", "3 maart", "2027-03-03"),
])
def test_a_dutch_past_dates_its_day_or_month_gone(text, phrase, value):
    assert foreign_value_of(text, phrase, date(2026, 12, 1), "nl") == value


@pytest.mark.parametrize(("language", "text", "phrase", "value"), [
    # a past participle right before its month dates it, whatever the main verb says
    ("pt", "O exército, depois da ofensiva lançada em março, recuperou o controlo da vila.", "março", "2026-03"),
    ("es", "El acuerdo firmado en marzo entrará en vigor el próximo año.", "marzo", "2026-03"),
    ("it", "Il trattato firmato a marzo entrerà in vigore l'anno prossimo.", "marzo", "2026-03"),
    ("fr", "L'accord signé en mars entrera en vigueur l'an prochain.", "mars", "2026-03"),
    # …not a plan's, nor a passive to come
    ("es", "La cumbre, prevista en marzo, reunirá a los jefes de Estado.", "marzo", "2027-03"),
    ("es", "El acuerdo será firmado en marzo por ambos gobiernos.", "marzo", "2027-03"),
])
def test_a_romance_past_participle_dates_its_month_gone(language, text, phrase, value):
    assert foreign_value_of(text, phrase, date(2026, 11, 30), language) == value


@pytest.mark.parametrize(("language", "text", "phrase"), [
    ("ru", "Это первый визит министра в Турцию с апреля 2024 года. Министры встречались в сентябре в Нью-Йорке.", "сентябре"),
    ("de", "Die Regierung ist seit April 2024 im Amt. Die Minister trafen sich im September in New York.", "September"),
])
def test_a_since_date_years_back_sets_no_story_year_for_the_next_sentence(language, text, phrase):
    assert foreign_value_of(text, phrase, date(2026, 11, 27), language) == "2026-09"


@pytest.mark.parametrize(("language", "text", "phrase"), [
    ("ru", "Визит президента может состояться в первой половине 2027 года.", "первой половине 2027 года"),
    ("uk", "Візит може відбутися в першій половині 2027 року.", "першій половині 2027 року"),
    ("tr", "Seçimlerin 2027 yılının ilk yarısında yapılması bekleniyor.", "2027 yılının ilk yarısında"),
    ("fr", "La conférence se tiendra dans la première moitié de l'année 2027.", "première moitié de l'année 2027"),
    ("de", "Die Wahl soll in der ersten Hälfte des Jahres 2027 stattfinden.", "ersten Hälfte des Jahres 2027"),
    ("es", "La cumbre se celebrará en la primera mitad de 2027.", "primera mitad de 2027"),
    ("it", "Il vertice si terrà nella prima metà del 2027.", "prima metà del 2027"),
])
def test_a_half_of_a_written_year_in_every_language(language, text, phrase):
    assert foreign_value_of(text, phrase, date(2026, 11, 28), language) == "2027-H1"


def test_a_turkish_part_of_a_month_is_the_month_with_its_position():
    tagged = {t.text: (t.value, t.mod) for t in tag(
        "Temsilci, toplantının Ocak ayının ikinci yarısında Cenevre'de yapılacağını açıkladı. Liderler Mart ayının "
        "başında görüştüler.", date(2026, 11, 28), language="tr")}
    assert tagged["Ocak ayının ikinci yarısında"] == ("2027-01", "END")
    assert tagged["Mart ayının başında"] == ("2026-03", "START")


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The talks first convened in May 2023 weeks after fighting broke out.", "May 2023", "2023-05"),
    ("The envoys met on Nov. 30, 2023 days before the vote.", "Nov. 30, 2023", "2023-11-30"),
])
def test_a_year_after_its_month_is_no_count_of_the_unit_after_it(text, phrase, value):
    assert value_of(text, phrase, date(2026, 12, 1)) == value


@pytest.mark.parametrize(("language", "text", "phrase", "value"), [
    # a nominative month a case ending longer is no abbreviation of its genitive
    ("ru", "Прокурор говорит об убийствах с ноября 2011 по март 2019 года.", "март 2019 года", "2019-03"),
    ("ru", "Перемирие действовало до август 2019 года.", "август 2019 года", "2019-08"),
    # months listed after one a preposition marks are dates too
    ("ru", "Предыдущие раунды прошли в Стамбуле в мае, июне и июле.", "июле", "2026-07"),
    ("fr", "Les précédents cycles ont eu lieu à Istanbul en mai, juin et juillet.", "juin", "2026-06"),
    ("de", "Die drei Runden fanden im Mai, Juni und Juli in Istanbul statt.", "Juli", "2026-07"),
])
def test_foreign_months_in_the_nominative_and_in_lists(language, text, phrase, value):
    assert foreign_value_of(text, phrase, date(2026, 11, 27), language) == value


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Les deux pays s'étaient affrontés en 1988-1994 puis à l'automne 2020."),
    ("de", "Die beiden Staaten führten von 1992–1995 Krieg und schlossen danach Frieden."),
    # (…the second read with the span's word for years)
    ("ru", "Война 1992–1994 годов закончилась перемирием."),
])
def test_two_years_joined_by_a_dash_are_one_range_in_every_language(language, text):
    tagged = [(t.text, t.value, t.range_role) for t in tag(text, date(2026, 12, 1), language=language) if t.text[:2] == "19"]
    assert [(value, role) for _, value, role in tagged] == [(tagged[0][1], "start"), (tagged[1][1], "end")]
    assert int(tagged[1][1]) > int(tagged[0][1])


@pytest.mark.parametrize(("language", "text", "phrase"), [
    ("fr", "Le premier ministre a déclaré mardi qu'il espérait organiser le vote au printemps.", "printemps"),
    ("es", "El presidente dijo que esperaba celebrar la cumbre en marzo.", "marzo"),
    ("de", "Die Regierung hofft auf eine Einigung im März.", "März"),
])
def test_what_is_hoped_for_lies_ahead(language, text, phrase):
    assert foreign_value_of(text, phrase, date(2026, 12, 1), language)[:4] == "2027"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    # a month or a season labelling an entry runs on from the entry before, whatever the entry's present tense says
    ("Key dates:\n- March 2026: Ankara floats a naval escort.\n- April 9: Talks open in Istanbul.\n"
     "- Late April: The talks are suspended after a strike.\n- June 3-5: A second round agrees.", "Late April", "2026-04"),
    ("Key dates:\n- March 2026: Ankara floats a naval escort.\n- June 3-5: A second round agrees.\n"
     "- Summer: Insurers work on a pool.\n- Sept. 22: Ministers initial the text.", "Summer", "2026-SU"),
    ("Key dates:\n- Oct. 2, 2026: Ministers initial the text.\n- Winter: Insurers will work on a pool.",
     "Winter", "2026-WI"),
    # …and back in a chronology told newest first
    ("Key dates:\n- Nov. 3, 2026: The first convoy leaves Odesa.\n- Summer: Insurers work on a pool.\n"
     "- June 3: A second round agrees.", "Summer", "2026-SU"),
    ("Key dates:\n- Nov. 3, 2026: The first convoy leaves Odesa.\n- Late April: The talks are suspended.",
     "Late April", "2026-04"),
])
def test_a_chronology_entry_labelled_by_a_month_or_season_runs_on_from_the_one_before(text, phrase, value):
    assert value_of(text, phrase, date(2026, 12, 2)) == value


def test_a_contract_month_is_the_delivery_ahead_whatever_the_tense():
    text = "Brent crude futures for February delivery settled at $71.40, and the December contract expired."
    assert value_of(text, "February", date(2026, 12, 1)) == "2027-02"
    assert value_of(text, "December", date(2026, 12, 1)) == "2026-12"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Officials in the capital privately say the autumn is more likely.", "the autumn", "2027-FA"),
    ("A deal in March looks unlikely, diplomats say.", "March", "2027-03"),
    ("Talks in early spring seem possible.", "early spring", "2027-SP"),
])
def test_a_time_weighed_as_a_prospect_lies_ahead(text, phrase, value):
    assert value_of(text, phrase, date(2026, 12, 1)) == value


def test_a_day_counted_on_in_the_future_goes_on_from_the_day_ahead_not_a_month_gone_named_since():
    text = ("The minister will arrive in Belgrade on 3 December to press both sides to implement the agreements they "
            "reached in February 2023. The following day she will visit Pristina.")
    assert value_of(text, "The following day", date(2026, 12, 1)) == "2026-12-04"
    # (…but a story told of the past counts on from its month)
    story = "The truce collapsed in March 2023. The following day the envoy resigned."
    assert value_of(story, "The following day", date(2026, 12, 1)) == "2023-03"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Bakan, anlaşmanın önümüzdeki yıl Mart ayında yürürlüğe girmesinin beklendiğini söyledi.", "önümüzdeki yıl Mart ayında",
     "2027-03"),
    ("Seçim geçen yıl Ekim ayında yapıldı.", "geçen yıl Ekim ayında", "2025-10"),
])
def test_turkish_relative_year_in_the_nominative_before_its_month(text, phrase, value):
    assert foreign_value_of(text, phrase, date(2026, 11, 27), "tr") == value


def test_a_month_before_the_delivery_of_a_thing_is_no_contract_month():
    assert value_of("In March delivery of the first jets began.", "March", date(2026, 12, 1)) == "2026-03"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Cars will be allowed across from April 1, and lorries from the middle of May once the load limit has been checked.",
     "the middle of May", "2026-05"),
    ("Flights will resume from June if the runway has been repaired by then.", "June", "2026-06"),
])
def test_a_condition_after_the_date_does_not_give_its_tense(text, phrase, value):
    # (the perfect of "once … has been checked" is the condition's, not the date's)
    assert value_of(text, phrase, date(2026, 3, 14)) == value


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The parliamentary election is due in the autumn of next year.", "the autumn of next year", "2027-FA"),
    ("The bridge was shut in the spring of last year.", "the spring of last year", "2025-SP"),
    ("Talks may resume in late summer of this year.", "late summer of this year", "2026-SU"),
])
def test_a_season_of_a_year_named_from_publication(text, phrase, value):
    assert value_of(text, phrase, date(2026, 3, 14)) == value


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The monitoring mission, which was set up in 1994, will hand over its posts during the following year.",
     "the following year", "2027"),
    ("Talks stalled in March 2019. The envoy says a new round will open the following month.", "the following month", "2026-04"),
    # (told in the past, it still counts on from the year named)
    ("The mission was set up in 1994 and handed over its posts the following year.", "the following year", "1995"),
])
def test_what_is_still_to_come_follows_no_year_long_past(text, phrase, value):
    assert value_of(text, phrase, date(2026, 3, 14)) == value


@pytest.mark.parametrize(("text", "value"), [
    ("The two armies agreed on Monday to a ceasefire from midnight.", "2026-07-27T24:00"),
    ("The parties agreed on Monday to a truce effective midnight.", "2026-07-27T24:00"),
    # (what happened after it, told in the past, is of the midnight that opened the day)
    ("Shelling resumed on Monday shortly after midnight.", "2026-07-27T00:00"),
])
def test_a_midnight_an_agreement_looks_ahead_to_closes_its_day(text, value):
    assert value_of(text, "midnight", date(2026, 7, 28)) == value


def test_midnight_ending_a_span_of_hours_is_a_time():
    assert value_of("The crossing will open from 8 a.m. to midnight every day.", "midnight", date(2026, 3, 14)) \
        == "2026-03-14T24:00"
    assert "midnight" not in [t.text for t in tag("They went to midnight mass.", date(2026, 3, 14))]


@pytest.mark.parametrize(("text", "value"), [
    ("Under the January memorandum, the port would be leased for 50 years.", "2026-01"),
    ("The March attacks would have been avoided, the report says.", "2026-03"),
])
def test_a_month_naming_a_thing_done_is_the_last_such_month(text, value):
    phrase = "January" if "January" in text else "March"
    assert value_of(text, phrase, date(2026, 12, 2)) == value


def test_the_next_morning_before_a_gerund_is_still_a_time_of_its_own():
    text = "The previous day, he had landed. He addressed the Knesset the next morning before flying to Egypt."
    assert value_of(text, "the next morning", date(2025, 10, 14)) == "2025-10-14TMO"
    # (but "the day before the vote" counts back from the vote, and the bare "the next day" then names no day alone)
    assert "the next day" not in [t for t, _, _ in values("He left the next day after the vote.", date(2025, 10, 14))]


def test_days_later_count_from_the_day_not_from_what_it_came_after():
    text = ("Iran suspended cooperation with the watchdog on July 2, after a law passed by parliament in late June. "
            "Inspectors left the country two days later.")
    assert value_of(text, "two days later", date(2025, 7, 25)) == "2025-07-04"


def test_a_causatives_participle_takes_the_tense_of_the_clause_it_is_joined_to():
    text = "Drivers who refused were first to be warned, then fined from Nov. 21 and have their cars impounded from April."
    assert value_of(text, "April", date(2022, 11, 20)) == "2023-04"
    assert value_of("They had their homes searched in April.", "April", date(2022, 11, 20)) == "2022-04"


def test_a_participles_phrase_after_it_keeps_the_participles_past():
    text = ('The new charter, adopted after national consultations in February, dissolves all parties and allows the '
            'transition to be extended.')
    assert value_of(text, "February", date(2026, 3, 26)) == "2026-02"


def test_a_day_ahead_of_which_a_clause_tells_its_own_future_looks_ahead():
    # (published on a Tuesday; the Friday told first, then a vote the clause says is still to come)
    dct = date(2026, 12, 1)
    assert value_of("The court on Friday spoke ahead of a referendum Caracas will hold on Sunday.", "Sunday", dct) == \
        "2026-12-06"
    assert value_of("The court on Friday spoke ahead of the vote that the junta plans for Sunday.", "Sunday", dct) == \
        "2026-12-06"
    # (…while a past the clause tells stays behind)
    assert value_of("The court on Friday spoke ahead of a referendum Caracas held on Sunday.", "Sunday", dct) == \
        "2026-11-29"


def test_days_later_count_from_the_day_past_a_measured_backstory_with_initials():
    text = ("Iran suspended cooperation with the agency on July 2, about a week after Israeli and U.S. strikes on its "
            "sites during a war in June. Inspectors left the country two days later.")
    assert value_of(text, "two days later", date(2025, 8, 26)) == "2025-07-04"


def test_a_decision_in_the_clause_before_a_time_clause_gives_its_past_no_looser_window():
    text = ("Their release came a day after the ministry ordered a freeze on visas and two weeks after the president was "
            "sworn in on Jan. 10.")
    assert value_of(text, "Jan. 10", date(2026, 12, 3)) == "2026-01-10"
    # (…while a day a decision fixes may lie ahead of it)
    assert value_of("The board declared a dividend, payable Jan. 10.", "Jan. 10", date(2026, 12, 3)) == "2027-01-10"


def test_a_day_one_is_urged_to_act_on_lies_ahead_of_the_urging():
    dct = date(2024, 10, 27)  # a Sunday
    assert value_of("The president called the vote a fraud and urged supporters to rally outside parliament on Monday "
                    "evening.", "Monday evening", dct) == "2024-10-28TEV"
    # (…while a day the urging itself is told on stays behind)
    assert value_of("The president on Monday urged supporters to stay calm.", "Monday", dct) == "2024-10-21"


def test_the_eve_of_a_holiday_with_its_article():
    assert values("The first contact came on the eve of the Orthodox Easter.", date(2026, 8, 4)) == [
        ("the eve of the Orthodox Easter", "DATE", "2026-04-11")]


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Talks on a second phase were due to start on the sixteenth day of the truce, that is, on February 3. They never began.",
     "February 3", "2026-02-03"),
    ("The vote was scheduled to take place in the spring, that is, in March. It was postponed.", "March", "2026-03"),
    ("The handover was supposed to happen on the third day, namely on Friday, but it did not.", "Friday", "2026-04-03"),
])
def test_a_plan_told_in_the_past_keeps_the_nearest_day_when_it_is_restated(text, phrase, expected):
    assert value_of(text, phrase, date(2026, 4, 6)) == expected


def test_a_live_stamp_without_its_dash_and_a_clock_after_a_word_of_time_are_times():
    text = ("Live updates\n\nTuesday 17 November 2026\n\n09:15 The two presidents have arrived.\n\n"
            "10:40 A joint press conference is planned for 16:00.\n\n2.45 Million people live in the region.\n")
    assert [(t.text, t.value) for t in tag(text, date(2026, 11, 17), language="en") if t.type == "TIME"] == [
        ("09:15", "2026-11-17T09:15"), ("10:40", "2026-11-17T10:40"), ("16:00", "2026-11-17T16:00")]


def test_a_second_infinitive_is_told_as_the_first_however_long_the_first_s_object():
    assert value_of("They had agreed to reopen two crossings by the end of the year and to meet again in the spring.",
                    "the spring", date(2026, 11, 17)) == "2027-SP"


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("On Wednesday the 11th, talks were suspended.", "Wednesday the 11th", "2026-11-11"),
    ("On Friday, the 13th, the rebels withdrew.", "Friday, the 13th", "2026-11-13"),
    # the number settles which such weekday: the one a month back
    ("On Thursday the 22nd, the envoy arrived.", "Thursday the 22nd", "2026-10-22"),
])
def test_a_weekday_and_its_day_of_month_are_one_date(text, phrase, expected):
    assert value_of(text, phrase, date(2026, 11, 14)) == expected


@pytest.mark.parametrize(("text", "dct", "expected"), [
    # a deadline is named ahead of it, whatever the tense of its clause…
    ("The plan has stalled, officials said, three weeks before a June 30 deadline set in March.", date(2026, 6, 12),
     "2026-06-30"),
    # …and said to have gone by when it has
    ("The government missed the June 30 deadline.", date(2026, 6, 12), "2025-06-30"),
])
def test_a_month_day_deadline_is_ahead_unless_said_gone(text, dct, expected):
    assert value_of(text, "June 30", dct) == expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # a verb first in its clause after a dashed aside is the clause's past
    ("The contact group — four states and the regional bloc — proposed a truce on Sept. 12.", "Sept. 12", "2025-09-12"),
    ("The contact group proposed a truce on Sept. 12.", "Sept. 12", "2025-09-12"),
])
def test_a_past_verb_after_a_dashed_aside_dates_the_clause(text, phrase, expected):
    assert value_of(text, phrase, date(2026, 8, 21)) == expected


def test_a_date_set_as_a_target_is_no_time_the_story_reached():
    text = ("The handover was delayed twice, first to March 2024 and then without a new date. "
            "In May, the council banned all parties.")
    assert value_of(text, "May", date(2026, 7, 9)) == "2026-05"
    # (a month the story did reach still carries the next one on: that May is 2024's)
    text = "The council met in March 2024 to review the charter. In May, it banned all parties."
    assert value_of(text, "May", date(2026, 7, 9)) == "2024-05"


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # a second object of the same verb, or its doing again, comes after the first in the telling
    ("The country held a general election on 9 February 2025 and a repeat vote in late December.", "late December",
     "2025-12"),
    ("The colonel seized power in August 2024 and again in May.", "May", "2025-05"),
])
def test_a_gapped_second_object_goes_on_from_the_first_date(text, phrase, expected):
    assert value_of(text, phrase, date(2026, 10, 27)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a measure that took effect at midnight began as the day told ended
    ("The truce was agreed on Monday and took effect at midnight.", "2026-07-27T24:00"),
    ("The deal was signed on Monday and came into force at midnight.", "2026-07-27T24:00"),
    # (a happening just after midnight stays at the day's start)
    ("The truce was agreed on Monday and shelling resumed shortly after midnight.", "2026-07-27T00:00"),
])
def test_a_measure_taking_effect_at_midnight_closes_the_day_told(text, expected):
    assert value_of(text, "midnight", date(2026, 7, 30)) == expected


@pytest.mark.parametrize(("language", "text", "phrase"), [
    ("es", "LIMA, 4 de septiembre de 2026 (EFE) – Perú y Ecuador reabrieron el miércoles el paso de Aguas Verdes, cerrado "
           "desde el 3 de marzo por la violencia, informaron ambos gobiernos.", "3 de marzo"),
    ("fr", "DAKAR, 4 septembre 2026 (AFP) – Le Sénégal et la Gambie ont rouvert mercredi le poste-frontière, fermé depuis le "
           "3 mars à cause des violences, ont annoncé les deux gouvernements.", "3 mars"),
])
def test_a_foreign_day_told_in_the_past_after_the_dateline_is_no_day_after_publication(language, text, phrase):
    assert foreign_value_of(text, phrase, date(2026, 9, 4), language) == "2026-03-03"


def test_a_month_named_in_a_since_clause_leaves_the_story_where_it_was():
    text = ("The country has taken in a million refugees since the war began in April 2023. Its government accused the "
            "militia of shelling a border town on April 28.")
    assert value_of(text, "April 28", date(2026, 5, 5)) == "2026-04-28"
    # (a month the story reached still holds its day: "The war began in April 2023. On April 28, the militia shelled…")
    text = "The war began in April 2023. The militia shelled a border town on April 28."
    assert value_of(text, "April 28", date(2026, 5, 5)) == "2023-04-28"


def test_a_gathering_called_for_from_a_day_starts_ahead():
    text = "The opposition candidate, who claims victory, has called for a general strike from Monday."
    assert value_of(text, "Monday", date(2025, 11, 6)) == "2025-11-10"


@pytest.mark.parametrize(("language", "text", "phrase", "expected"), [
    ("de", "Es war bereits der dritte Austausch in diesem Sommer.", "diesem Sommer", "2026-SU"),
    ("fr", "Les négociations doivent reprendre cet automne.", "cet automne", "2026-FA"),
    ("es", "Las conversaciones se reanudaron esta primavera.", "esta primavera", "2026-SP"),
])
def test_a_foreign_season_with_its_demonstrative_is_this_years(language, text, phrase, expected):
    assert foreign_value_of(text, phrase, date(2026, 8, 14), language) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("the day before that", "2026-10-14"),
    ("the week before that", "2026-W41"),
    ("the weekend before", "2026-W41-WE"),
    ("the weekend before that", "2026-W41-WE"),
    ("the weekend after", "2026-W42-WE"),
])
def test_a_span_before_or_after_that_counts_from_the_day_told(phrase, expected):
    text = f"Officials met on the 15th of last month and again {phrase}."
    assert value_of(text, phrase, date(2026, 11, 12)) == expected


@pytest.mark.parametrize(("told", "phrase", "expected"), [
    ("on Saturday, Oct. 17,", "the weekend before", "2026-W41-WE"),
    ("on Sunday, Oct. 18,", "the weekend before", "2026-W41-WE"),
    ("on Saturday, Oct. 17,", "the weekend after", "2026-W43-WE"),
    ("on Sunday, Oct. 18,", "the weekend after", "2026-W43-WE"),
    ("on Friday, Oct. 16,", "the weekend after", "2026-W42-WE"),
])
def test_the_weekend_before_or_after_a_weekend_day_is_the_next_one_out(told, phrase, expected):
    text = f"The envoys met {told} and again {phrase}."
    assert value_of(text, phrase, date(2026, 11, 12)) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("the Sunday before", "2026-10-11"),
    ("the Sunday before that", "2026-10-11"),
    ("the Tuesday after", "2026-10-20"),
])
def test_a_weekday_before_or_after_counts_from_the_day_told(phrase, expected):
    text = f"Officials met on the 15th of last month and again {phrase}."
    assert value_of(text, phrase, date(2026, 11, 12)) == expected


def test_a_scheduled_present_in_a_time_clause_looks_ahead_and_earlier_that_day_stays_with_the_day_told():
    text = ("The president said on Saturday she would stay in office after her mandate ends on Dec. 29, calling the "
            "ballot held earlier in the day a sham.")
    assert value_of(text, "Dec. 29", date(2024, 12, 14)) == "2024-12-29"
    assert value_of(text, "earlier in the day", date(2024, 12, 14)) == "2024-12-14"


@pytest.mark.parametrize("text, phrase, expected", [
    ("An interim council sworn in on April 25 is expected to hold elections by early 2026.", "April 25", "2024-04-25"),
    ("The bridge, retaken on Sept. 2 after weeks of shelling, will reopen to traffic soon.", "Sept. 2", "2024-09-02"),
    # (a participle that describes a noun tells no past)
    ("Leaders are expected to discuss how to lend frozen assets to Kyiv at their summit on Dec. 18.", "Dec. 18", "2024-12-18"),
])
def test_a_participle_no_past_is_spelled_as_dates_its_own_past(text, phrase, expected):
    assert value_of(text, phrase, date(2024, 11, 15)) == expected


def test_a_deed_with_its_object_on_a_day_is_dated_by_its_tense():
    # a signing told in the past, 26 days ahead of this year's day: last year's, not a plan's day ahead
    text = "Fighting broke out on 15 April 2023. Within weeks, they had signed a declaration on 11 May to protect civilians."
    assert value_of(text, "11 May", date(2024, 4, 15)) == "2023-05-11"
    assert value_of("The parliament adopted the new budget on 11 May.", "11 May", date(2024, 4, 15)) == "2023-05-11"
    # a decree that fixes a day still looks ahead of its signing
    text = "The president signed a decree calling elections for 11 May."
    assert value_of(text, "11 May", date(2024, 4, 15)) == "2024-05-11"


def test_overnight_after_the_day_before_publication_told_as_a_happening_is_that_night():
    text = "Georgian Dream claimed victory in Saturday's local elections, while police used water cannon overnight."
    assert value_of(text, "overnight", date(2025, 10, 5)) == "2025-10-04TNI"
    # a saying on that day tells the night before it
    text = "The army said on Saturday it had shot down 40 drones overnight."
    assert value_of(text, "overnight", date(2025, 10, 5)) == "2025-10-03TNI"


@pytest.mark.parametrize(
    ("text", "phrase", "language", "published", "value"),
    [
        # the month a happening is set for lies after the setting, whatever the tense of the asking
        ("Guyana has asked the court for a new hearing for June.", "June", "en", date(2025, 4, 9), "2025-06"),
        ("Guyana ha pedido una nueva audiencia ante la corte para junio.", "junio", "es", date(2025, 4, 9), "2025-06"),
        ("Le Niger a demandé une nouvelle audience pour juin.", "juin", "fr", date(2025, 4, 9), "2025-06"),
        # …the nearest one: written in October, last June's; in January, the coming one
        ("Guyana requested a new hearing for June.", "June", "en", date(2025, 10, 9), "2025-06"),
        ("Guyana requested a new hearing for June.", "June", "en", date(2026, 1, 9), "2026-06"),
    ],
)
def test_a_month_a_happening_is_set_for(text, phrase, language, published, value):
    assert foreign_value_of(text, phrase, published, language) == value


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. will impose new tariffs on Friday.",
        "Observers from the OSCE will present their preliminary findings on Friday.",
        "Envoys from the EU are due to meet on Friday.",
    ],
)
def test_a_modal_after_a_name_s_abbreviation_is_its_verb(text):
    # written on Monday 29 September 2025: the Friday ahead
    assert value_of(text, "Friday", date(2025, 9, 29)) == "2025-10-03"


@pytest.mark.parametrize(
    "text",
    [
        "The U.N. held talks in November.",
        "The UN envoy met both sides in November.",
        "The U.S. said in November that it would leave.",
    ],
)
def test_an_irregular_past_after_a_name_s_abbreviation_is_its_verb(text):
    # written in September 2025: last November, told in the past
    assert value_of(text, "November", date(2025, 9, 29)) == "2024-11"


def test_a_count_of_years_back_on_a_day_moves_the_story_there():
    text = ("DAMASCUS, Dec. 8, 2025 — A year ago on Monday, rebel fighters entered Damascus.\n\n"
            "The offensive had begun only 11 days earlier.")
    found = {t.text: t.value for t in tag(text, date(2025, 12, 8), language="en")}
    # the dateline's dash joins no range to the count
    assert found["A year ago on Monday"] == "2024-12-08"
    assert found["only 11 days earlier"] == "2024-11-27"


def test_a_pluperfect_paragraph_goes_on_from_a_day_counted_years_back():
    text = ("SARAJEVO, Dec. 14, 2025 — Thirty years ago today, the presidents signed the agreement in Paris.\n\n"
            "The deal had been negotiated over three weeks at an air base in Ohio, and initialled there on Nov. 21.")
    assert value_of(text, "Nov. 21", date(2025, 12, 14)) == "1995-11-21"
    # a paragraph told in the simple past after a paragraph in between is today's story again
    text = ("SARAJEVO, Dec. 14, 2025 — Thirty years ago today, the presidents signed the agreement in Paris.\n\n"
            "The deal created two entities.\n\nAn early election in the entity was held on Nov. 23.")
    assert value_of(text, "Nov. 23", date(2025, 12, 14)) == "2025-11-23"


def test_a_span_a_count_is_in_then_its_day_is_no_week_on():
    text = "China summoned the ambassador for the second time in a week on Friday."
    assert value_of(text, "Friday", date(2025, 11, 21)) == "2025-11-21"
    assert value_of("The talks resume a week on Friday.", "a week on Friday", date(2025, 11, 21)) == "2025-11-28"


def test_a_month_that_opens_a_name_is_no_date():
    text = ("Bangladesh will hold its next election on Feb. 12. A referendum on reforms known as the July Charter will be "
            "held on the same day.")
    found = {t.text: t.value for t in tag(text, date(2025, 12, 11), language="en")}
    assert "July" not in found
    assert found["the same day"] == "2026-02-12"
    assert "October" not in {t.text for t in tag("Egypt and Syria launched the October War in 1973.", date(2025, 12, 11))}


def test_the_same_day_still_to_come_is_the_day_ahead_told_before():
    text = ("Bangladesh will hold its election on Feb. 12, the commission announced Thursday. A referendum will be held on "
            "the same day.")
    assert value_of(text, "the same day", date(2025, 12, 11)) == "2026-02-12"
    # a past on the same day is the day of the telling
    text = "The summit opens on Dec. 20, officials said Thursday. The minister resigned the same day."
    assert value_of(text, "the same day", date(2025, 12, 11)) == "2025-12-11"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a progressive's "going" without "to" moves: past with "were", a participle without an auxiliary
        ("Witnesses saw fighters going house to house on Sunday morning.", "2026-10-25TMO"),
        ("Fighters were going door to door on Sunday morning.", "2026-10-25TMO"),
        # "going to" and "going ahead" still look ahead
        ("The two leaders are going to meet on Sunday morning.", "2026-11-01TMO"),
        ("The vote is going ahead on Sunday morning.", "2026-11-01TMO"),
    ],
)
def test_going_looks_ahead_only_as_going_to_or_going_ahead(text, value):
    assert value_of(text, "Sunday morning", date(2026, 10, 27)) == value  # (a Tuesday)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # what a day named came after was before it, whichever way the sentence looks
        ("The talks will resume on Friday after a first round in Geneva on Monday.", "2026-03-02"),
        ("The talks resumed on Friday after a first round in Geneva on Monday.", "2026-02-23"),
        ("Fighting flared on Tuesday, a day after the truce expired on Monday.", "2026-03-02"),
        # a past beside a day ahead keeps its own tense
        ("The summit was moved to March 20 after the strike on Monday.", "2026-03-02"),
        ("The vote will go to a runoff on March 20 after no candidate won a majority on Monday.", "2026-03-02"),
    ],
)
def test_what_a_named_day_came_after_was_before_it(text, value):
    assert value_of(text, "Monday", date(2026, 3, 3)) == value  # (a Tuesday)


@pytest.mark.parametrize(
    ("text", "phrase", "language"),
    [
        ("O candidato convocou hoje uma nova greve de uma semana a partir de segunda-feira.", "segunda-feira", "pt"),
        ("Le candidat a appelé aujourd'hui à une grève d'une semaine à partir de lundi.", "lundi", "fr"),
        ("El candidato convocó hoy una huelga de una semana a partir del lunes.", "lunes", "es"),
        ("Die Opposition rief zu einem Streik ab Montag auf.", "Montag", "de"),
    ],
)
def test_a_weekday_something_starts_from_is_the_one_ahead(text, phrase, language):
    assert foreign_value_of(text, phrase, date(2026, 11, 6), language) == "2026-11-09"  # (a Friday)


def test_a_german_bare_year_after_an_adverb_of_time_is_a_year_but_not_a_count():
    text = "Schweden hatte diesen Schritt als erstes Land bereits 2014 vollzogen. Erst 2000 Menschen kamen zur Kundgebung."
    assert foreign_value_of(text, "2014", date(2024, 5, 28), "de") == "2014"
    assert "2000" not in {t.text for t in tag(text, date(2024, 5, 28), language="de")}


@pytest.mark.parametrize(
    ("text", "phrase", "language"),
    [
        ("Le chef de la junte a fixé par décret l'élection présidentielle au 28 décembre.", "28 décembre", "fr"),
        ("El jefe de la junta fijó las elecciones para el 28 de diciembre.", "28 de diciembre", "es"),
        ("Il governo ha fissato il voto al 28 dicembre.", "28 dicembre", "it"),
        ("O presidente marcou as eleições para 28 de dezembro.", "28 de dezembro", "pt"),
    ],
)
def test_a_day_a_past_sets_something_for_is_the_nearest_not_the_last(text, phrase, language):
    assert foreign_value_of(text, phrase, date(2026, 9, 27), language) == "2026-12-28"
    # (…after a dateline in the same sentence too)
    assert foreign_value_of(f"CONAKRY, 27 septembre 2026 (AFP) - {text}" if language == "fr" else text, phrase,
                            date(2026, 9, 27), language) == "2026-12-28"
    # (a past told of the day itself still looks back)
    assert foreign_value_of("Le drone avait été abattu le 28 décembre.", "28 décembre", date(2026, 9, 27), "fr") == "2025-12-28"


def test_noon_in_local_time_before_a_day_is_on_that_day():
    text = "The truce took effect at noon local time on October 10, 2025, a day after the cabinet approved it."
    assert values(text, dct=date(2026, 12, 3))[0] == ("noon local time on October 10, 2025", "TIME", "2025-10-10T12:00")


def test_a_later_month_after_a_month_of_last_year_named_so_goes_on_in_that_year():
    text = ("Tensions flared again in May last year, when a soldier was killed. In late July, five days of clashes killed "
            "more than 40 people.")
    assert value_of(text, "late July", dct=date(2026, 11, 30)) == "2025-07"
    # (…but a month after one written with its year is this year's: a writer who gives years would give it)
    text = "The talks opened in May 2025. In July, a new round began."
    assert value_of(text, "July", dct=date(2026, 11, 30)) == "2026-07"


def test_a_day_a_few_days_after_the_one_an_answer_named_is_in_its_month_past_a_question():
    text = ("When did the ceasefire begin?\nThe truce took effect on October 10, 2025.\n\nWhat was agreed?\nHamas was to "
            "release the hostages within 72 hours, which it did on October 13.\n")
    assert value_of(text, "October 13", dct=date(2026, 12, 3)) == "2025-10-13"


@pytest.mark.parametrize(
    ("text", "language", "phrase"),
    [
        ("Der Papst hatte den Libanon Ende November vergangenen Jahres besucht.", "de", "Ende November vergangenen Jahres"),
        ("El papa visitó Líbano a finales de noviembre del año pasado.", "es", "finales de noviembre del año pasado"),
        ("Le pape a visité le Liban fin novembre de l'année dernière.", "fr", "fin novembre de l'année dernière"),
    ],
)
def test_a_part_of_a_month_of_last_year_is_one_phrase_with_it(text, language, phrase):
    assert foreign_value_of(text, phrase, date(2026, 11, 26), language) == "2025-11"


def test_a_noun_s_plan_participle_with_no_verb_after_lies_ahead():
    dct = date(2026, 12, 3)
    assert value_of("Armenia plans a referendum after parliamentary elections scheduled for June 7.", "June 7", dct) \
        == "2027-06-07"
    assert value_of("Voters await the runoff slated for March 3, and the count after it.", "March 3", dct) == "2027-03-03"
    # (a plan told in the past by the clause's own verb is no plan ahead)
    assert value_of("Talks planned for June 7 were cancelled.", "June 7", dct) == "2026-06-07"


def test_a_weekday_ending_a_chronology_run_up_from_the_past_is_the_news_s_own():
    text = ("Timeline\n\nOct. 26, 2025 — The RSF captures El Fasher.\nNov. 6 — The RSF accepts a truce.\n"
            "Late November — The army rejects the plan.\nMonday — Mediators meet both delegations in Cairo.\n")
    assert value_of(text, "Monday", date(2026, 12, 2)) == "2026-11-30"
    # (a week ahead's entries still run on from the day before them)
    week = "Tuesday, Dec. 8 — EU ministers meet in Brussels.\nWednesday — NATO ministers gather.\n"
    assert value_of(week, "Wednesday", date(2026, 12, 4)) == "2026-12-09"


def test_german_counts_from_the_date_before_take_the_nominative_one():
    assert foreign_value_of("Der Krieg begann im August 2023 und endete ein Jahr später.", "ein Jahr später",
                            date(2026, 11, 30), "de") == "2024"


def test_a_german_strong_past_tells_a_day_gone():
    assert foreign_value_of("Die Waffenruhe trat am 3. Mai in Kraft.", "3. Mai", date(2026, 11, 30), "de") == "2026-05-03"
    assert foreign_value_of("Die Gespräche begannen am 3. Mai in Genf.", "3. Mai", date(2026, 11, 30), "de") == "2026-05-03"


def test_a_german_month_ahead_is_not_counted_from_a_participle_s_date():
    text = "Die Regierung und die ELN wollen ihre im Januar 2025 abgebrochenen Gespräche im Februar wieder aufnehmen."
    assert foreign_value_of(text, "Februar", date(2026, 11, 30), "de") == "2027-02"


@pytest.mark.parametrize(
    ("text", "language", "phrase", "value"),
    [
        ("L'oléoduc reprendra ses livraisons à la fin de l'année.", "fr", "fin de l'année", "2026"),
        ("El oleoducto reanudará sus envíos a fin de año.", "es", "fin de año", "2026"),
        ("Die Pipeline soll bis zum Jahresende wieder liefern.", "de", "Jahresende", "2026"),
        ("L'oleodotto riprenderà le consegne entro fine anno.", "it", "fine anno", "2026"),
        # (a year placed by a word of its own is that year)
        ("La loi a été adoptée à la fin de l'année dernière.", "fr", "fin de l'année dernière", "2025"),
    ],
)
def test_a_part_of_the_year_said_with_its_article_is_the_publication_s(text, language, phrase, value):
    assert foreign_value_of(text, phrase, date(2026, 12, 1), language) == value


def test_a_month_a_plan_was_told_for_in_the_past_is_the_nearest_such_month():
    dct = date(2026, 12, 1)
    assert value_of("It was first planned for October but was pushed back twice.", "October", dct) == "2026-10"
    assert value_of("The vote was scheduled for March.", "March", dct) == "2027-03"


def test_a_bare_month_goes_on_in_a_story_the_writer_told_on_without_its_year():
    text = ("The first round of fighting, in late July 2025, killed more than 40 people before a truce took hold on July 28. "
            "A joint declaration signed in October was meant to seal the peace. Thailand suspended it in November, and "
            "fighting flared again on Dec. 8.")
    dct = date(2026, 12, 2)
    assert [value_of(text, phrase, dct) for phrase in ("October", "November", "Dec. 8")] == ["2025-10", "2025-11", "2025-12-08"]
    # (a story whose dates all carry their year may come back to this year's month)
    assert value_of("The talks stalled by the end of February 2025. A new round opened in March.", "March", dct) == "2026-03"


def test_a_month_after_a_story_years_back_goes_on_into_the_story_s_next_year():
    text = ("The collapse on Nov. 1, 2024 killed 16 people. Prime Minister Milos Vucevic resigned in January, and his "
            "successor was sworn in in April.")
    dct = date(2026, 11, 25)
    assert (value_of(text, "January", dct), value_of(text, "April", dct)) == ("2025-01", "2025-04")
    # (a date that only names a thing leaves the story where it was)
    named = "Two agents were charged in the Dec. 21, 1988, bombing. The two were removed after Libya agreed in April."
    assert value_of(named, "April", date(1999, 6, 7)) == "1999-04"


def test_earlier_in_the_day_after_a_background_clause_s_day_is_the_news_s_day():
    text = ("Lebanon's parliament on Thursday elected army commander Joseph Aoun as president, ending a vacancy that began "
            "when Michel Aoun's term expired on Oct. 31, 2022. Aoun won 99 of 128 votes in a second round, after falling "
            "short in the first round earlier in the day.")
    assert value_of(text, "earlier in the day", date(2025, 1, 9)) == "2025-01-09"


def test_a_month_told_before_another_again_of_a_written_year_is_of_that_year():
    for text in ("The leaders met Guterres in Geneva in March and again in July 2025.",
                 "The leaders met in March and in July 2025."):
        assert value_of(text, "March", date(2026, 12, 2)) == "2025-03", text


def test_so_many_years_ago_this_season_is_that_season_of_the_earlier_year():
    text = "Three years ago this summer, Russia walked out of the grain deal."
    assert value_of(text, "Three years ago this summer", date(2026, 12, 1)) == "2023-SU"
    assert value_of("Two years ago in the spring, the talks began.", "Two years ago in the spring",
                    date(2026, 12, 1)) == "2024-SP"


def test_a_slashed_day_that_reads_both_ways_follows_how_the_text_writes_its_named_days():
    british = "Posted 04/12/2026. Guterres will report to the council by 15 January, after talks on 1 December."
    assert value_of(british, "04/12/2026", date(2026, 12, 4)) == "2026-12-04"
    american = "Posted 04/12/2026. Guterres will report to the council by Jan. 15, after talks on December 1."
    assert value_of(american, "04/12/2026", date(2026, 12, 4)) == "2026-04-12"
    assert value_of("Posted 04/12/2026. Talks went on.", "04/12/2026", date(2026, 12, 4)) == "2026-04-12"


@pytest.mark.parametrize(("text", "phrase", "language", "value"), [
    ("The government and the rebels agreed on Thursday on a new round of talks in February.", "February", "en", "2027-02"),
    ("Ministers on Tuesday announced a summit in March.", "March", "en", "2027-03"),
    ("Die Regierung und die ELN haben sich am Donnerstag auf eine neue Verhandlungsrunde im Februar geeinigt.", "Februar",
     "de", "2027-02"),
    ("Le gouvernement et l'ELN se sont mis d'accord jeudi sur un nouveau cycle de discussions en février.", "février", "fr",
     "2027-02"),
    ("El Gobierno y el ELN acordaron el jueves en Caracas una nueva ronda de conversaciones en febrero.", "febrero", "es",
     "2027-02"),
    # (with no day of its own, the decision may be the month's)
    ("The parties agreed on a ceasefire in March.", "March", "en", "2026-03"),
])
def test_the_month_of_a_gathering_agreed_on_a_recent_day_lies_ahead(text, phrase, language, value):
    if language == "en":
        assert value_of(text, phrase, date(2026, 11, 28)) == value
    else:
        assert foreign_value_of(text, phrase, date(2026, 11, 28), language) == value


def test_a_week_ahead_runs_on_from_the_entry_before_not_from_a_day_told_inside_it():
    text = ("Week ahead\n\nMonday: EU ministers meet in Brussels to discuss new sanctions.\n\n"
            "Tuesday: The Security Council votes on the mission, whose mandate expires on Dec. 15.\n\n"
            "Wednesday–Thursday: NATO defence ministers gather in Brussels.\n\n"
            "Friday: Iran and the E3 resume talks in Geneva.\n\n"
            "Weekend: Voters in Honduras go to the polls on Sunday.\n")
    found = [(t.text, t.value) for t in tag(text, date(2026, 11, 29), language="en")]
    assert found == [("Monday", "2026-11-30"), ("Tuesday", "2026-12-01"), ("Dec. 15", "2026-12-15"),
                     ("Wednesday", "2026-12-02"), ("Thursday", "2026-12-03"), ("Friday", "2026-12-04"),
                     ("Weekend", "2026-W49-WE"), ("Sunday", "2026-12-06")]


def test_a_month_set_against_what_still_holds_is_the_last_one_not_the_story_s():
    text = "The ceasefire signed in October 2020 remains in force, although in May clashes in Tripoli killed dozens."
    assert value_of(text, "May", date(2026, 11, 30)) == "2026-05"
    italian = ("Il cessate il fuoco firmato nell'ottobre 2020 resta in vigore, anche se a maggio scontri armati a Tripoli "
               "hanno causato decine di morti.")
    assert foreign_value_of(italian, "maggio", date(2026, 11, 30), "it") == "2026-05"
    assert foreign_value_of("Angola retomou a mediação em setembro deste ano.", "setembro deste ano", date(2026, 12, 2),
                            "pt") == "2026-09"


def test_a_year_taken_up_again_in_the_sentence_holds_its_bare_days():
    text = ("The 2018 summits were the high point. Kim and Moon met three times that year, and Kim met the US president "
            "in Singapore on June 12.")
    assert value_of(text, "June 12", date(2026, 11, 29)) == "2018-06-12"
    assert value_of("The war ended in 2020. Later that year, talks collapsed in March.", "March", date(2026, 11, 29)) == "2020-03"
    # (a plan is not moved back by it: a bare day ahead keeps the days to come)
    assert value_of("Talks failed that year. The envoy will return on Dec. 12.", "Dec. 12", date(2026, 11, 29)) == "2026-12-12"


def test_a_month_told_as_the_story_s_next_step_stays_in_last_year():
    english = "In June 2025, strikes hit several sites. Tehran then suspended its cooperation with the agency in July."
    assert value_of(english, "July", date(2026, 12, 1)) == "2025-07"
    french = "En juin 2025, des frappes ont visé plusieurs sites. Téhéran a ensuite suspendu sa coopération en juillet."
    assert foreign_value_of(french, "juillet", date(2026, 12, 1), "fr") == "2025-07"
    # ("since then" looks from now, "the then president" is no step)
    assert value_of("In June 2025, strikes hit the sites. Since then Tehran suspended cooperation in July.", "July",
                    date(2026, 12, 1)) == "2026-07"
    assert value_of("In June 2025, strikes hit the sites. The then-president suspended cooperation in July.", "July",
                    date(2026, 12, 1)) == "2026-07"


def test_a_participle_set_off_after_a_thing_its_year_names_tells_its_making_in_that_year():
    assert value_of("The 2015 accord, concluded in Vienna on July 14, limited the programme.", "July 14",
                    date(2026, 12, 1)) == "2015-07-14"
    assert foreign_value_of("L'accord de 2015, conclu le 14 juillet, avait limité le programme.", "14 juillet",
                            date(2026, 12, 1), "fr") == "2015-07-14"
    assert foreign_value_of("El acuerdo de 2016, firmado en Cartagena el 26 de septiembre, puso fin al conflicto.",
                            "26 de septiembre", date(2026, 12, 1), "es") == "2016-09-26"
    # (what others did to it later is not its making)
    assert value_of("The 2015 accord, which Washington left on May 8, still stands.", "May 8", date(2026, 12, 1)) == "2026-05-08"
    assert foreign_value_of("L'accord de 2015, que Washington a quitté le 8 mai, reste en vigueur.", "8 mai",
                            date(2026, 12, 1), "fr") == "2026-05-08"


def test_a_holiday_or_a_weekday_naming_a_text_is_no_date():
    assert values("The Good Friday Agreement of April 1998 ended decades of conflict.", date(2026, 11, 29)) == \
        [("April 1998", "DATE", "1998-04")]
    assert values("The Easter Rising failed.", date(2026, 11, 29)) == []
    assert value_of("On Good Friday, pilgrims gathered.", "Good Friday", date(2026, 11, 29)) == "2026-04-03"


def test_a_german_plan_told_by_its_participle_looks_ahead():
    assert foreign_value_of("Eine erste Überprüfung ist für Ende März vorgesehen.", "Ende März", date(2026, 12, 2),
                            "de") == "2027-03"
    assert foreign_value_of("Die Anhörung ist für Februar anberaumt.", "Februar", date(2026, 12, 2), "de") == "2027-02"
    assert foreign_value_of("This year\n\nFebruary — A plan is presented.", "February", date(2026, 12, 2), "en") == "2026-02"


def test_a_russian_or_ukrainian_month_placed_by_an_accusative_is_a_date():
    assert foreign_value_of("Следующая встреча запланирована на середину декабря в Вене.", "середину декабря",
                            date(2026, 11, 30), "ru") == "2026-12"
    assert foreign_value_of("Наступна зустріч запланована на середину грудня.", "середину грудня", date(2026, 11, 30),
                            "uk") == "2026-12"
    marked = {t.text: t.mod for t in tag("Зустріч відбудеться наприкінці грудня.", date(2026, 11, 30), language="uk")}
    assert marked == {"наприкінці грудня": "END"}


def test_a_bare_month_joined_to_a_later_month_of_last_year_is_of_that_year():
    assert value_of("The talks produced a declaration of principles in July and a framework agreement in November last "
                    "year.", "July", date(2026, 12, 3)) == "2025-07"
    assert foreign_value_of("As negociações produziram uma declaração de princípios em julho e um acordo-quadro em novembro "
                            "do ano passado.", "julho", date(2026, 12, 3), "pt") == "2025-07"
    assert foreign_value_of("Las negociaciones produjeron una declaración en julio y un acuerdo marco en noviembre del año "
                            "pasado.", "julio", date(2026, 12, 3), "es") == "2025-07"


def test_an_italian_feminine_weekday_takes_its_side_word():
    assert foreign_value_of("Domenica scorsa un attacco a Beirut ha ucciso un comandante.", "Domenica scorsa",
                            date(2026, 11, 27), "it") == "2026-11-22"
    assert foreign_value_of("Si vota la prossima domenica.", "prossima domenica", date(2026, 11, 27), "it") == "2026-11-29"


def test_a_german_noun_spelled_as_a_present_puts_no_weekday_ahead():
    assert foreign_value_of("Die Regierungschefs sind am Montag in Brüssel zu einem Treffen unter EU-Vermittlung "
                            "zusammengekommen.", "Montag", date(2026, 12, 1), "de") == "2026-11-30"
    assert foreign_value_of("Der Minister reist am Montag nach Kiew.", "Montag", date(2026, 12, 1), "de") == "2026-12-07"


def test_an_opening_date_s_tense_is_read_within_its_own_sentence():
    text = ("When did the latest fighting start?\nIn early September, after the collapse of the arrangement. It escalated "
            "in October.\n\nWhat happens next?\nThe rains start in May. If we cannot act by March, roads will be cut.")
    assert value_of(text, "early September", date(2026, 11, 30)) == "2026-09"


def test_that_weekend_is_the_weekend_of_the_day_told():
    assert value_of("The talks opened on Oct. 14. Trouble came that weekend, when a strike killed 31 people.",
                    "that weekend", date(2026, 11, 25)) == "2026-W42-WE"
    assert value_of("The talks opened on Sunday, Oct. 18. That same weekend, a strike killed 31 people.",
                    "That same weekend", date(2026, 11, 25)) == "2026-W42-WE"


def test_a_bare_day_joined_to_a_later_day_of_last_year_is_of_that_year_and_a_renewal_until_makes_no_range():
    assert value_of("Kosovo held early elections on Feb. 9 and again on Dec. 28 of last year.", "Feb. 9",
                    date(2026, 11, 27)) == "2025-02-09"
    found = tag("The mission, whose mandate was renewed last month until December 2027, stays.", date(2026, 12, 3),
                language="en")
    assert [t.range_id for t in found] == [None, None]


def test_a_bare_season_after_a_month_of_another_year_in_its_sentence_is_the_next_one_of_that_story():
    text = "The Secretary-General hosted meetings in Geneva in March and July 2025, and again in New York in the autumn."
    assert value_of(text, "the autumn", date(2026, 11, 29)) == "2025-FA"
    # (a plan's season is left to its tense)
    assert value_of("The talks stalled in July 2025 and will resume in the spring.", "the spring",
                    date(2026, 11, 29)) == "2027-SP"


def test_a_month_that_names_a_thing_by_of_sets_no_story_for_the_next_sentence():
    english = ("The riots of May 2024 had killed 14 people. The provincial elections, postponed several times, finally "
               "took place in June.")
    assert value_of(english, "June", date(2026, 11, 30)) == "2026-06"
    french = ("Les émeutes de mai 2024 avaient fait 14 morts. Les élections provinciales, reportées à plusieurs reprises, "
              "ont finalement eu lieu en juin.")
    assert foreign_value_of(french, "juin", date(2026, 11, 30), "fr") == "2026-06"
    # (a story years back still goes on: "En avril 1992, elle a obtenu une trêve. La trêve a été rompue en mai.")
    assert foreign_value_of("En avril 1992, elle a obtenu une trêve. La trêve a été rompue en mai.", "mai",
                            date(2026, 11, 30), "fr") == "1992-05"


def test_a_look_back_in_a_relative_clause_leaves_the_story_at_the_sentence_s_day():
    text = ("Two years ago today, the government and the TPLF signed a cessation of hostilities in Pretoria, ending a war "
            "that had begun on Nov. 4, 2020.\n\nThe agreement was followed ten days later by a declaration in Nairobi.")
    assert value_of(text, "ten days later", date(2026, 11, 2)) == "2024-11-12"


def test_a_day_told_in_the_past_after_that_month_of_years_ago_goes_on_with_the_story():
    text = ("A: Probably the ceasefire on June 23, 2016. After the referendum failed that October, I thought we had lost "
            "everything. We signed a revised deal at the Teatro Colón on November 24.")
    assert value_of(text, "November 24", date(2026, 12, 2)) == "2016-11-24"
    # (a month named once as a yardstick is no story: the day is of the publication's year)
    text = ("Turnout was 56 percent, up from 41 percent in the previous election in October 2021. Final results were "
            "certified by the court on Nov. 24.")
    assert value_of(text, "Nov. 24", date(2026, 12, 2)) == "2026-11-24"


def test_a_month_an_italian_clause_looks_ahead_to_is_not_counted_from_an_aside_s_date():
    text = ("I colloqui diretti tra Kiev e Mosca, interrotti nel luglio 2025 dopo tre sessioni a Istanbul, potrebbero "
            "riprendere a gennaio, secondo fonti diplomatiche turche citate dalla stampa locale.")
    assert foreign_value_of(text, "gennaio", date(2026, 11, 29), "it") == "2027-01"
    text = ("Les pourparlers directs entre Kiev et Moscou, interrompus en juillet 2025 après trois sessions à Istanbul, "
            "pourraient reprendre en janvier, selon des sources diplomatiques turques.")
    assert foreign_value_of(text, "janvier", date(2026, 11, 29), "fr") == "2027-01"


def test_half_of_the_month_is_of_the_month_named_before_not_half_a_year():
    text = ("Ukraine exported 4.2 million tonnes of grain in November, the ministry said on Thursday, despite drone "
            "strikes in the first half of the month. Attacks rose in the second half of last month.")
    assert value_of(text, "the first half of the month", date(2026, 12, 4)) == "2026-11"
    assert value_of(text, "the second half of last month", date(2026, 12, 4)) == "2026-11"
    assert value_of("Prices rose in the second half of the year.", "the second half of the year", date(2026, 12, 4)) == "2026-H2"


def test_months_listed_before_of_that_year_share_the_story_s_year_and_a_set_s_listed_month_recurs():
    text = ("The 19th package, proposed in September 2025, was adopted on Oct. 23. Hungary blocked the 18th package in June "
            "and July of that year. Each package must be renewed every January and July.")
    found = {(t.text, t.start): (t.type, t.value) for t in tag(text, date(2026, 12, 2), language="en")}
    assert found[("June", text.index("June"))] == ("DATE", "2025-06")
    assert found[("July", text.rindex("July"))] == ("SET", "XXXX-07")


def test_a_clause_after_a_comma_and_though_does_not_tell_a_date_s_tense():
    text = "Officials now hope to agree the 20th before the summit on Dec. 17, though two capitals have raised objections."
    assert value_of(text, "Dec. 17", date(2026, 12, 2)) == "2026-12-17"
    text = "The elections have been postponed twice — most recently from December 2024 to December 2026."
    assert [t.range_id for t in tag(text, date(2026, 11, 24), language="en") if t.text.startswith("December")] == [None, None]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("es", "Los combates se produjeron del 31 de marzo al 1 de abril de 2025, según el ejército, que publicó un balance.",
     [("31 de marzo", "2025-03-31"), ("1 de abril de 2025", "2025-04-01")]),
    ("de", "Die Kämpfe dauerten vom 31. März bis 1. April 2025, teilte die Armee mit, die einen Bericht veröffentlichte.",
     [("31. März", "2025-03-31"), ("1. April 2025", "2025-04-01")]),
    # a range runs forward: its first end falls in the year before
    ("fr", "Les combats ont eu lieu du 30 décembre au 2 janvier 2025, selon l'armée qui a publié un communiqué.",
     [("30 décembre", "2024-12-30"), ("2 janvier 2025", "2025-01-02")]),
    ("fr", "Les ambassadeurs ont été rappelés après la destruction d'un drone, dans la nuit du 31 mars au 1er avril 2025.",
     [("dans la nuit du 31 mars au 1er avril 2025", "2025-03-31TNI")]),
])
def test_a_range_s_first_end_without_its_year_takes_the_year_its_second_end_writes(language, text, expected):
    assert [(t.text, t.value) for t in tag(text, date(2026, 12, 1), language=language)] == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("es", "Las tres rondas se celebraron en Estambul el 16 de mayo, el 2 de junio y el 23 de julio de 2025, según el ministerio.",
     [("16 de mayo", "2025-05-16"), ("2 de junio", "2025-06-02"), ("23 de julio de 2025", "2025-07-23")]),
    # (a list runs forward: its December is of the year before)
    ("fr", "Les sessions se sont tenues à Istanbul le 30 décembre, le 2 janvier et le 23 juillet 2025, selon le ministère.",
     [("30 décembre", "2024-12-30"), ("2 janvier", "2025-01-02"), ("23 juillet 2025", "2025-07-23")]),
    ("de", "Die Runden fanden am 16. Mai und am 2. Juni 2025 in Istanbul statt, teilte das Außenministerium mit.",
     [("16. Mai", "2025-05-16"), ("2. Juni 2025", "2025-06-02")]),
    # (two dates of two verbs are no list)
    ("es", "El acuerdo se firmó el 16 de mayo y entró en vigor el 2 de junio de 2025, según el ministerio de Asuntos Exteriores.",
     [("16 de mayo", "2026-05-16"), ("2 de junio de 2025", "2025-06-02")]),
])
def test_foreign_days_listed_before_one_that_writes_its_year_share_it(language, text, expected):
    assert [(t.text, t.value) for t in tag(text, date(2026, 12, 3), language=language)] == expected


def test_a_foreign_day_set_off_after_a_count_to_it_is_that_day_again():
    text = ("L'ultimo incontro risaliva al 14 settembre 2023, quando i colloqui si erano interrotti. Dieci giorni dopo, il 24 "
            "settembre, un commando armato aveva attaccato la polizia kosovara.")
    assert foreign_value_of(text, "24 settembre", date(2026, 12, 3), "it") == "2023-09-24"


@pytest.mark.parametrize(("language", "text", "phrase", "value"), [
    ("it", "Il prossimo appuntamento è fissato per la seconda metà di gennaio, secondo la presidenza di turno dell'Unione.",
     "seconda metà di gennaio", "2027-01"),
    ("fr", "La prochaine réunion est fixée au 15 janvier, selon le ministère des Affaires étrangères à Paris.", "15 janvier",
     "2027-01-15"),
    # (a past modal's passive infinitive is no future)
    ("de", "Die Wahl hatte zu einer monatelangen Blockade geführt; erst im Herbst konnte eine neue Regierung gebildet werden.",
     "Herbst", "2026-FA"),
])
def test_a_day_set_for_looks_ahead_and_a_past_modal_s_passive_does_not(language, text, phrase, value):
    assert foreign_value_of(text, phrase, date(2026, 12, 3), language) == value


def test_a_phrase_joined_on_without_a_verb_takes_the_tense_of_the_clause_before():
    text = "The Secretary will travel to Brussels on Wednesday for the NATO meeting, and then to Ankara on Friday."
    assert value_of(text, "Friday", date(2026, 11, 24)) == "2026-11-27"
    text = "The Secretary travelled to Brussels on Wednesday for the NATO meeting, and then to Ankara on Friday."
    assert value_of(text, "Friday", date(2026, 11, 24)) == "2026-11-20"


def test_ukrainian_locative_year_a_count_after_another_happening_and_dutch_months_of_a_relative_year():
    text = "Перший такий пункт запрацював ще у 2023 році. Угода набуде чинності через тридцять днів після обміну нотами."
    found = [(t.text, t.type, t.value) for t in tag(text, date(2026, 12, 3), language="uk")]
    assert found == [("2023 році", "DATE", "2023"), ("через тридцять днів", "DURATION", "P30D")]
    text = ("Het akkoord moet in maart van volgend jaar in werking treden. De ministers komen in juni opnieuw samen om de "
            "resultaten te bespreken. De ministers kwamen in juni samen in Den Haag.")
    found = [(t.text, t.value) for t in tag(text, date(2026, 12, 3), language="nl")]
    assert found == [("maart van volgend jaar", "2027-03"), ("juni", "2027-06"), ("juni", "2026-06")]


def test_a_day_or_its_night_followed_by_that_year_is_of_the_year_written_before():
    text = "The standoff began in May 2020. Twenty soldiers were killed on the night of June 15 that year."
    assert value_of(text, "the night of June 15 that year", date(2026, 11, 27)) == "2020-06-15"


@pytest.mark.parametrize(("language", "text", "phrase"), [
    ("fr", "Les ambassadeurs reprendront leurs fonctions d'ici la fin du mois, selon le ministère à Addis-Abeba.", "fin du mois"),
    ("es", "Los embajadores volverán a sus puestos a finales de mes, según el ministerio de Asuntos Exteriores.", "finales de mes"),
    ("de", "Die Botschafter sollen bis Ende des Monats zurückkehren, teilte das Außenministerium in Berlin mit.",
     "Ende des Monats"),
])
def test_a_part_of_the_month_said_alone_is_of_the_publication_s_month(language, text, phrase):
    found = {t.text: (t.value, t.mod) for t in tag(text, date(2026, 12, 2), language=language)}
    assert found[phrase] == ("2026-12", "END")


@pytest.mark.parametrize(("text", "phrase", "value", "language"), [
    ("The border treaty was signed in May 1975, and its annex fell due for review in May 2025, fifty years later.",
     "fifty years later", "2025-05", "en"),
    ("He was released on Aug. 8, 2025, two days later.", "two days later", "2025-08-08", "en"),
    ("O acordo foi assinado em maio de 1975, e o anexo devia ser revisto em maio de 2025, cinquenta anos depois.",
     "cinquenta anos depois", "2025-05", "pt"),
    ("El acuerdo se firmó en mayo de 1975 y el anexo debía revisarse en mayo de 2025, cincuenta años después.",
     "cincuenta años después", "2025-05", "es"),
])
def test_a_count_set_off_right_after_a_date_says_that_date_again(text, phrase, value, language):
    # ("…in May 2025, fifty years later" is May 2025 told by its distance from 1975, not 2075)
    found = {t.text: t.value for t in tag(text, date(2026, 12, 3), language=language)}
    assert found[phrase] == value


def test_a_count_after_a_date_in_its_own_sentence_still_counts_on():
    assert value_of("The war began in 2019. Three years later, it ended.", "Three years later", date(2026, 12, 3)) == "2022"


@pytest.mark.parametrize(("text", "phrase", "value", "language"), [
    ("O novo texto ainda precisa ser aprovado pelos Congressos no primeiro semestre do próximo ano.",
     "primeiro semestre do próximo ano", "2027-H1", "pt"),
    ("El texto deberá ser aprobado por los parlamentos en el primer semestre del próximo año.",
     "primer semestre del próximo año", "2027-H1", "es"),
    ("Le texte doit encore être ratifié par les deux parlements au premier semestre de l'année prochaine.",
     "premier semestre de l'année prochaine", "2027-H1", "fr"),
    ("Il testo dovrà essere ratificato dai due parlamenti nella prima metà del prossimo anno.",
     "prima metà del prossimo anno", "2027-H1", "it"),
    ("Der Vertrag soll im dritten Quartal nächsten Jahres von beiden Parlamenten ratifiziert werden.",
     "dritten Quartal nächsten Jahres", "2027-Q3", "de"),
    ("Sınır kapısının önümüzdeki yılın ilk yarısında açılması bekleniyor.", "önümüzdeki yılın ilk yarısında", "2027-H1", "tr"),
])
def test_a_half_or_quarter_of_a_year_told_from_publication_is_that_part(text, phrase, value, language):
    assert foreign_value_of(text, phrase, date(2026, 12, 3), language) == value


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("I mediatori torneranno a Nairobi la prossima settimana per un nuovo ciclo di colloqui.", "prossima settimana", "2026-W50"),
    ("Lo scorso anno le due delegazioni si erano incontrate soltanto una volta a Roma.", "scorso anno", "2025"),
    ("Il vertice dovrebbe tenersi il prossimo anno in una capitale africana.", "prossimo anno", "2027"),
])
def test_italian_next_and_last_before_their_noun_are_read(text, phrase, value):
    assert foreign_value_of(text, phrase, date(2026, 12, 3), "it") == value


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Output rose in the first two quarters of 2025.", "the first two quarters of 2025", "2025-H1"),
    ("Output fell in the last two quarters of last year.", "the last two quarters of last year", "2025-H2"),
])
def test_two_quarters_of_a_year_are_its_half(text, phrase, value):
    assert value_of(text, phrase, date(2026, 12, 3)) == value


def test_a_weekdays_part_in_the_plural_is_every_such_part():
    found = {t.text: (t.type, t.value) for t in tag("The talk show airs on Tuesday nights.", date(2026, 12, 3), language="en")}
    assert found["Tuesday nights"] == ("SET", "XXXX-WXX-2TNI")


@pytest.mark.parametrize(("text", "language"), [
    ("Польські перевізники блокували кордон з листопада 2023 року до середини січня 2024 року.", "uk"),
    ("Польские перевозчики блокировали границу с ноября 2023 года до середины января 2024 года.", "ru"),
    ("Les transporteurs ont bloqué la frontière de novembre 2023 à la mi-janvier 2024.", "fr"),
])
def test_a_foreign_range_closing_on_a_part_of_a_month_is_one_range(text, language):
    found = [(t.value, t.range_role) for t in tag(text, date(2026, 12, 2), language=language)]
    assert found == [("2023-11", "start"), ("2024-01", "end")]


@pytest.mark.parametrize(("text", "phrase", "value", "language"), [
    ("Machar fue arrestado a finales de marzo, tras los enfrentamientos de Nasir a principios de ese mes.",
     "a principios de ese mes", "2026-03", "es"),
    ("Le texte a été signé en mai 2024 et ratifié à la fin de ce mois-là.", "fin de ce mois-là", "2024-05", "fr"),
    ("Les deux pays avaient failli s'affronter à l'été 2020, en pleine crise.", "été 2020", "2020-SU", "fr"),
])
def test_that_month_and_a_short_seasons_year_in_the_other_languages(text, phrase, value, language):
    assert foreign_value_of(text, phrase, date(2026, 12, 2), language) == value


@pytest.mark.parametrize("verb, value", [
    ("ha interrotto", "2026-01-12"), ("interruppe", "2026-01-12"), ("firmò", "2026-01-12"), ("hanno deciso", "2026-01-12"),
    ("può interrompere", "2027-01-12"), ("è molto preoccupata per", "2027-01-12")])
def test_an_italian_irregular_or_simple_past_puts_a_bare_day_behind(verb, value):
    text = f"La compagnia {verb} le forniture il 12 gennaio."
    assert [t.value for t in tag(text, date(2026, 12, 3), language="it")] == [value]


def test_the_first_of_a_month_written_as_a_word_is_a_day():
    text = "La Russia aveva sospeso le forniture il primo gennaio. El gobierno reabrió la frontera el primero de marzo."
    assert [(t.text, t.value) for t in tag(text, date(2026, 12, 3), language="it")][:1] == [("primo gennaio", "2026-01-01")]
    assert [(t.text, t.value) for t in tag(text, date(2026, 12, 3), language="es")][-1:] == [("primero de marzo", "2026-03-01")]


def test_a_noun_s_participle_before_a_modal_leaves_a_fronted_weekday_ahead():
    text = "From Tuesday, trucks registered in Serbia will be allowed to cross."
    assert [t.value for t in tag(text, date(2026, 11, 30))] == ["2026-12-01"]


def test_a_season_an_agreement_sets_for_a_doing_lies_ahead_of_a_month_told_before_it():
    text = "The two sides agreed to keep a hotline, set up in March 2023, open and to hold the next round in the autumn."
    assert [t.value for t in tag(text, date(2026, 2, 12))] == ["2023-03", "2026-FA"]


def test_a_past_tense_month_told_after_another_year_s_month_is_none_after_publication():
    text = ("The secretary-general hosted a dinner for the two leaders last October, and a wider meeting took place in "
            "Geneva in March.")
    assert [t.value for t in tag(text, date(2026, 1, 30))] == ["2025-10", "2025-03"]


@pytest.mark.parametrize("year", ["in late 2023", "in 2023", "at the end of 2023", "in mid-2023"])
def test_a_qualified_year_s_when_clause_holds_its_day_and_the_count_from_it(year):
    text = (f"Tensions peaked {year}, when the government held a referendum on Dec. 3 on annexing the region. "
            "The two presidents met on a Caribbean island eleven days later.")
    values = [t.value for t in tag(text, date(2026, 11, 27))]
    assert values[1:] == ["2023-12-03", "2023-12-14"]


@pytest.mark.parametrize("text", [
    "The first phase of the truce agreed in January ended on March 1 without a second phase.",
    "The two sides agreed in January to hold talks on March 1.",
])
def test_a_deciding_dated_on_its_own_leaves_a_later_day_to_its_own_year(text):
    assert [t.value for t in tag(text, date(2026, 12, 5))] == ["2026-01", "2026-03-01"]


def test_a_second_before_its_noun_is_an_ordinal_not_a_rate():
    text = "The truce ended on March 1 without a second phase. The turbine turns 50 times a second."
    assert [(t.text, t.value) for t in tag(text, date(2026, 12, 5))] == [("March 1", "2026-03-01"), ("a second", "PT1S")]


@pytest.mark.parametrize(("text", "values"), [
    ("The two states signed a disengagement accord on May 31, 1974, after the October war of the year before.",
     ["1974-05-31", "1973-10", "1973"]),
    ("The accord was signed in 1974, after the October war of 1973.", ["1974", "1973-10", "1973"]),
    ("The February revolution of 1917 toppled the tsar.", ["1917-02", "1917"]),
])
def test_a_thing_named_for_its_month_is_of_the_year_its_own_of_gives(text, values):
    assert [t.value for t in tag(text, date(2026, 11, 28))] == values


@pytest.mark.parametrize(("text", "language", "found"), [
    ("La Corte si è pronunciata il primo agosto 2025.", "it", ("primo agosto 2025", "2025-08-01")),
    ("El tribunal falló el primero de agosto de 2025.", "es", ("primero de agosto de 2025", "2025-08-01")),
])
def test_the_first_of_a_month_written_as_a_word_with_its_year_is_that_day(text, language, found):
    assert [(t.text, t.value) for t in tag(text, date(2026, 12, 3), language=language)] == [found]


def test_a_past_perfect_s_clock_after_a_night_is_that_day_s_not_the_morning_after():
    text = ("A convoy was stopped at the crossing shortly before midnight on Saturday, the agency said on Sunday. "
            "The convoy had left the border town at 0600 GMT.")
    assert [t.value for t in tag(text, date(2026, 11, 29))] == ["2026-11-28T24:00", "2026-11-29", "2026-11-28T06:00"]


def test_a_past_perfect_s_midnight_in_the_sentence_that_told_the_night_is_that_night_s():
    text = "Overnight, the ministry said enemy forces had shelled positions near the village shortly after midnight."
    assert [t.value for t in tag(text, date(2026, 12, 4))] == ["2026-12-03TNI", "2026-12-04T00:00"]


@pytest.mark.parametrize(("text", "value"), [
    ("The state court postponed the trial of the opposition leader until the spring.", "2027-SP"),
    ("The vote was postponed to the autumn.", "2027-FA"),
])
def test_a_season_a_happening_is_put_off_to_lies_ahead(text, value):
    assert [t.value for t in tag(text, date(2026, 12, 1))] == [value]


def test_the_weekend_of_a_noun_whose_set_off_relative_is_past_is_the_last_one():
    text = "The envoy is concerned by the violence in the capital over the weekend, which left 30 people dead."
    assert [t.value for t in tag(text, date(2026, 12, 2))] == ["2026-W48-WE"]


def test_year_end_before_a_year_is_that_year_s_end():
    found = tag("Elections will be held by year-end 2027.", date(2026, 11, 30))
    assert [(t.text, t.value, t.mod) for t in found] == [("year-end 2027", "2027", "END")]


def test_the_start_of_a_week_long_thing_is_no_week():
    found = tag("The release came at the start of the week-long visit of a delegation.", date(2026, 12, 2))
    assert [(t.text, t.type) for t in found] == [("week-long", "DURATION")]


@pytest.mark.parametrize(("text", "found"), [
    ("In the first days of January, the two countries reopened a bridge.", ("the first days of January", "2026-01", "START")),
    ("In the last days of March 2025, talks resumed.", ("the last days of March 2025", "2025-03", "END")),
])
def test_the_first_or_last_days_of_a_month_are_that_month_s_edge(text, found):
    assert [(t.text, t.value, t.mod) for t in tag(text, date(2026, 12, 2))] == [found]


@pytest.mark.parametrize("lead", ["Gangs control the capital. The", "Haiti has held no vote since 2016, and the"])
def test_a_day_after_a_subject_s_relative_clause_date_is_the_latest_one_up_to_publication(lead):
    text = f"{lead} council that took power in April 2024 handed over to a new prime minister on Feb. 7."
    assert [t.value for t in tag(text, date(2026, 12, 1))][-2:] == ["2024-04", "2026-02-07"]


@pytest.mark.parametrize(("text", "value"), [
    ("When the two armies turned on each other in April 2023, few diplomats expected the war to last beyond the summer.",
     "2023-SU"),
    ("In the spring of 2024 the first shells fell. Few expected the siege to last until the winter.", "2024-WI"),
])
def test_a_season_looked_ahead_to_in_a_past_story_is_the_one_after_the_story_s_time(text, value):
    assert tag(text, date(2026, 12, 2))[-1].value == value


def test_a_month_since_counts_from_leaves_the_story_at_the_main_verb_s_day():
    text = ("BAMAKO, Nov. 30, 2026 (Wire) — Two aid workers held since March were released on Sunday, the ministry said. "
            "They were handed over to mediators at about 3 p.m. near the town.")
    assert [t.value for t in tag(text, date(2026, 11, 30))][-1] == "2026-11-29T15:00"


@pytest.mark.parametrize("text", ["Within the next decade, the region may be ice-free in summer.",
                                  "The mountain road is impassable in winter."])
def test_a_bare_season_of_a_state_it_brings_is_of_every_year(text):
    assert [t.value for t in tag(text, date(2026, 12, 1))][-1][:4] == "XXXX"


@pytest.mark.parametrize(("opening", "value"), [("In early 2012", "2012-SP"), ("In 2012", "2012-SP"),
                                                ("In late 2012", "2013-SP")])
def test_a_season_told_in_the_past_after_a_year_the_story_is_at_is_that_year_s_or_the_next(opening, value):
    text = f"{opening}, envoys of the two sides met quietly in Havana. By the spring, the talks were public."
    assert tag(text, date(2026, 11, 30))[-1].value == value


def test_a_holiday_after_an_agreement_to_do_something_is_the_coming_one_past_a_wire_dateline():
    text = ("AMMAN, Dec. 1, 2026 (Wire) — The two sides have agreed in principle to resume talks after Ramadan, the envoy "
            "said on Tuesday.")
    assert [t.value for t in tag(text, date(2026, 12, 1))][1] == "2027-02"


def test_the_weekend_a_plan_came_after_is_the_one_gone_by():
    text = "The two sides agreed to resume talks on Tuesday following a prisoner exchange over the weekend."
    assert [t.value for t in tag(text, date(2026, 12, 1))][-1] == "2026-W48-WE"


def test_a_month_a_thing_is_agreed_to_be_kept_through_lies_ahead():
    text = "The group agreed on Sunday to keep its oil output unchanged through the end of March."
    assert [t.value for t in tag(text, date(2026, 11, 30))] == ["2026-11-29", "2027-03"]


def test_days_between_two_dates_after_a_year_set_off_are_of_that_year():
    found = tag("The commissions first met in 2022, between Jan. 5 and 7.", date(2026, 12, 4))
    assert [t.value for t in found] == ["2022", "2022-01-05", "2022-01-07"]


def test_a_day_counted_after_backstory_in_a_past_perfect_counts_from_the_day_the_story_is_at():
    text = ("The group agreed on Sunday to keep its output steady. It had raised output every month from April to "
            "October, before pausing in November. A day earlier, two members held talks by video link.")
    assert [t.value for t in tag(text, date(2026, 11, 30))][-1] == "2026-11-28"


def test_a_day_after_a_relative_aside_set_off_by_commas_takes_the_main_clause_s_tense():
    text = "He will visit the port, where an explosion on Aug. 4, 2020 killed more than 200 people, on Tuesday."
    assert [t.value for t in tag(text, date(2026, 11, 30))] == ["2020-08-04", "2026-12-01"]


def test_a_day_of_a_month_a_new_paragraph_takes_up_by_naming_its_subject_again_keeps_that_month_s_year():
    text = ("Observers arrived on Monday to watch a truce that ended five days of clashes in late July of last year.\n\n"
            "The clashes killed 43 people before the truce took effect on July 28.")
    assert [t.value for t in tag(text, date(2026, 11, 24))][-1] == "2025-07-28"


def test_a_day_of_a_month_in_a_new_paragraph_of_another_subject_is_this_year_s():
    text = ("Observers arrived on Monday to watch a truce that ended five days of clashes in late July of last year.\n\n"
            "The observers were first proposed on July 28.")
    assert [t.value for t in tag(text, date(2026, 11, 24))][-1] == "2026-07-28"


def test_a_day_counted_in_a_sentence_looking_ahead_counts_from_the_day_ahead_not_the_day_it_was_told():
    text = ("The leaders will meet in Brussels on Dec. 10, the envoy said on Thursday. Their last meeting was in "
            "September 2025. The envoy said he expected the talks to run into the evening and a statement to be issued "
            "the following day.")
    assert [t.value for t in tag(text, date(2026, 12, 3))][-2:] == ["2026-12-10TEV", "2026-12-11"]


def test_a_day_counted_in_a_past_sentence_still_counts_from_the_day_last_told():
    text = ("The leaders will meet in Brussels on Dec. 10, the envoy said on Thursday. The envoy left for Pristina "
            "the following day.")
    assert [t.value for t in tag(text, date(2026, 12, 5))][-1] == "2026-12-04"


def test_a_recent_month_after_the_start_of_a_war_years_back_is_this_year_s():
    text = "The war broke out in April 2023. The rebels seized the city in late October after a long siege."
    assert [t.value for t in tag(text, date(2026, 11, 19))] == ["2023-04", "2026-10"]


def test_a_month_soon_after_the_start_of_a_war_years_back_is_still_that_year_s():
    text = "The war broke out in April 2023. By June, the rebels held most of the capital."
    assert [t.value for t in tag(text, date(2026, 11, 19))] == ["2023-04", "2023-06"]


def test_a_weekday_then_an_ordinal_of_a_noun_is_the_weekday_alone():
    found = tag("Bosnians marked on Saturday the 31st anniversary of the accord. They met on Friday the 13th.",
                date(2026, 11, 21))
    assert [(t.text, t.value) for t in found] == [("Saturday", "2026-11-21"), ("Friday the 13th", "2026-11-13")]


def test_the_months_a_recurring_period_runs_between_are_of_every_year():
    found = tag("Exports are forecast for the marketing year, which runs from July to June.", date(2026, 12, 3))
    assert [t.value for t in found] == ["XXXX-07", "XXXX-06"]


def test_the_months_a_past_season_ran_between_are_its_own():
    found = tag("The season ran from July to September.", date(2026, 12, 3))
    assert [t.value for t in found] == ["2026-07", "2026-09"]


def test_a_holiday_days_after_the_story_s_day_across_the_new_year_is_the_next_year_s():
    text = "On New Year's Eve, Russia struck power plants, leaving homes without power for most of New Year's Day."
    assert [t.value for t in tag(text, date(2026, 1, 6))] == ["2025-12-31", "2026-01-01"]


def test_a_season_joined_to_another_by_and_is_of_its_year():
    found = tag("Informal meetings in the spring of 2025 and early summer prepared the ground.", date(2026, 12, 1))
    assert [(t.text, t.value) for t in found] == [("the spring of 2025", "2025-SP"), ("early summer", "2025-SU")]


def test_a_month_s_morning_in_a_year_is_that_year_s_month():
    found = tag("A generation ago, on a September morning in 1993, two men shook hands.", date(2026, 11, 28))
    assert [(t.text, t.value) for t in found] == [("September morning in 1993", "1993-09")]


@pytest.mark.parametrize("background, opening, expected", [
    # a paragraph taking up the lead's happening is back at the lead's time
    ("His predecessor had replaced a president who was arrested on Dec. 7, 2022 after trying to shut the legislature.",
     "The vote came shortly after midnight, following a debate that began on Thursday afternoon.",
     {"midnight": "2026-10-10T00:00", "Thursday afternoon": "2026-10-08TAF"}),
    # …while one going on with the background keeps its day
    ("A former president was arrested on Dec. 7, 2022 after trying to shut the legislature.",
     "The arrest came shortly after midnight.", {"midnight": "2022-12-07T00:00"}),
])
def test_a_paragraph_is_at_the_time_of_the_story_its_opening_noun_takes_up(background, opening, expected):
    text = ("LIMA, Oct 10, 2026 — Congress voted overnight to remove the president, the seventh since 2016.\n\n"
            f"{background}\n\n{opening}\n")
    found = {t.text: t.value for t in tag(text, date(2026, 10, 10))}
    assert {phrase: found[phrase] for phrase in expected} == expected


def test_a_month_opening_a_name_given_to_a_thing_is_no_date():
    found = tag("A reform package known as the April Package failed by two votes in parliament in 2006.", date(2025, 11, 21))
    assert [(t.text, t.value) for t in found] == [("2006", "2006")]


def test_a_month_a_plan_was_made_in_falls_before_the_year_it_aims_at():
    found = tag("The government adopted a plan in August to bring all weapons under state control by the end of 2025, a "
                "target it has since missed.", date(2026, 11, 30))
    assert [(t.text, t.value) for t in found][0] == ("August", "2025-08")


def test_a_past_clock_and_that_morning_in_a_story_years_back_are_not_the_publication_s_day():
    text = ("You were in the room in Vienna in July 2015. What do you remember?\n\nExhaustion, mostly. The final night ran "
            "until about 4 a.m., and the deal was announced later that morning.")
    found = {t.text: t.value for t in tag(text, date(2026, 12, 5))}
    assert "about 4 a.m." not in found
    assert found["later that morning"] == "2015-07"


@pytest.mark.parametrize("text, dct, phrase, value", [
    # "the previous evening" counts from the sentence's day, past a noun's participle date
    ("VIENNA, Nov. 26, 2026 — The two sides agreed on Wednesday on a roadmap for inspections at sites bombed in June 2025, "
     "after talks that ran late into the previous evening.", date(2026, 11, 26), "the previous evening", "2026-11-24TEV"),
    # a holiday after its own clause's past is the last one, though an agreeing came before it
    ("Authorities agreed on Friday to buy gas through a European scheme, ending a crisis that began when Russian supplies "
     "stopped on New Year's Day.", date(2025, 2, 14), "New Year's Day", "2025-01-01"),
    # a response to what the sentence before told goes on in its year
    ("The dispute erupted in August 2025, when the government tried to replace the governor. Eastern authorities responded "
     "by shutting down oil fields until a deal was reached in late September.", date(2026, 11, 24), "late September",
     "2025-09"),
    # an appositive's who-clause date sets no year for a day after it
    ("Ruben Vardanyan, a businessman who headed the region's government for several months from November 2022, is being "
     "tried separately; his trial began on Jan. 14.", date(2025, 1, 17), "Jan. 14", "2025-01-14"),
])
def test_a_day_is_read_from_the_story_it_belongs_to(text, dct, phrase, value):
    assert {t.text: t.value for t in tag(text, dct)}[phrase] == value


@pytest.mark.parametrize("text, phrase, dct, value", [
    # (in January, "this spring" is the one ahead: the season year runs spring to winter, the calendar's does not)
    ("This spring the EU envoy will try again.", "This spring", date(2025, 1, 20), "2025-SP"),
    ("This winter has been cold.", "This winter", date(2025, 1, 20), "2024-WI"),
    # (a participle going on from the clause's year is of that year)
    ("A short war followed in 1992, ending in July with a ceasefire.", "July", date(2025, 1, 20), "1992-07"),
    # (a season the story comes to next, in a sentence that takes it on from the month before)
    ("In March 2023, at Ohrid, they agreed on an annex. Then came the summer.", "the summer", date(2025, 1, 20), "2023-SU"),
    # (a clock time takes a weekday with its "last" or "next" as one phrase)
    ("A ceasefire took effect at midnight last Thursday.", "midnight last Thursday", date(2025, 8, 8), "2025-08-07T24:00"),
    ("The talks resume at 10 a.m. next Monday.", "10 a.m. next Monday", date(2025, 8, 8), "2025-08-11T10:00"),
    # (a vote the date names after a proposal's infinitive is told in the tense of the clause the proposal is in)
    ("Ecuadoreans rejected a proposal to allow foreign military bases in a referendum on Sunday.", "Sunday",
     date(2025, 11, 17), "2025-11-16"),
    ("Ecuadoreans will vote on a proposal to allow foreign military bases in a referendum on Sunday.", "Sunday",
     date(2025, 11, 17), "2025-11-23"),
    # ("the next day" in a sentence of its own after background years old goes on from the recent day told before it)
    ("Lee and Ishiba held talks in Tokyo on Saturday. Relations hit a low in 2019, before improving after 2023, when Seoul "
     "proposed a fund. Lee flew to Washington the next day.", "the next day", date(2025, 9, 1), "2025-08-31"),
    ("Talks were held on Saturday. In March 2019 the envoy visited Kabul. The next day he left.", "The next day",
     date(2025, 9, 1), "2019-03"),
    # (…and a day with its year told from now: one phrase, no bare "last year" beside it)
    ("The truce took effect at 4 a.m. on November 27 last year.", "4 a.m. on November 27 last year", date(2025, 10, 28),
     "2024-11-27T04:00"),
    ("Polls close at 8 p.m. on 3 March next year.", "8 p.m. on 3 March next year", date(2025, 10, 28), "2026-03-03T20:00"),
    # (written in August: the June the summit had been planned for is the one just gone, not next year's)
    ("The summit, which had been planned for June, was cancelled.", "June", date(2025, 8, 18), "2025-06"),
    ("The summit had been scheduled for early June but was called off.", "early June", date(2025, 8, 18), "2025-06"),
    # (a quarter a term is extended through lies ahead, while one told in the past is the last)
    ("The group agreed on Sunday to extend output cuts through the third quarter.", "the third quarter", date(2025, 6, 1),
     "2025-Q3"),
    ("Output rose in the third quarter.", "the third quarter", date(2025, 6, 1), "2024-Q3"),
    # (the weekday of what a doing was ahead of is the nearest such day, the coming one when as near)
    ("Over the weekend, the delegations sent teams to Riyadh ahead of separate talks with U.S. officials on Monday.", "Monday",
     date(2025, 3, 23), "2025-03-24"),
    ("Over the weekend, the delegations sent teams to Riyadh ahead of separate talks with U.S. officials on Monday.", "Monday",
     date(2025, 3, 25), "2025-03-24"),
])
def test_seasons_months_and_clock_days_of_the_sixty_ninth_session(text, phrase, dct, value):
    assert value_of(text, phrase, dct) == value


@pytest.mark.parametrize("text, phrase, dct, value", [
    # (a state's start looked back to with "since" leaves a story of a later past year where it was)
    ("In July 2018 the two leaders met in Asmara. They declared that the state of war that had lasted since 1998 was "
     "over. A year later one of them won a prize.", "A year later", date(2025, 3, 3), "2019"),
    # (…but told from now, the year it goes back to is the one "that March" is in)
    ("Most of the prisoners had been held since 2022, some of them since the fall of the city that March.", "that March",
     date(2026, 12, 2), "2022-03"),
    # (a noun after a determiner and a hyphenated compound is no present of a schedule: the visit ended, on the day told)
    ("The chancellor ended a two-day visit to Warsaw on Thursday.", "Thursday", date(2018, 9, 21), "2018-09-20"),
    # (…while a present that begins or ends a named happening is a schedule's, however far the date)
    ("The chancellor begins a two-day visit to Warsaw on Thursday.", "Thursday", date(2018, 9, 18), "2018-09-20"),
    ("The chancellor begins a visit to Warsaw on Thursday.", "Thursday", date(2018, 9, 18), "2018-09-20"),
])
def test_dates_of_the_seventieth_session(text, phrase, dct, value):
    assert value_of(text, phrase, dct) == value


@pytest.mark.parametrize("line, phrase, value", [
    ("1988 : Les habitants réclament leur rattachement.", "1988", "1988"),
    ("1991-1994 : Une guerre fait des milliers de morts.", "1991", "1991"),
    ("- 2004 – Le plan est rejeté par référendum.", "2004", "2004"),
])
def test_a_french_chronology_s_year_label_is_a_year(line, phrase, value):
    text = (f"Chronologie : le conflit dans la région\n\n{line}\nAvril 2016 : Quatre jours de combats font plus de 100 "
            "morts dans la région et les deux pays se rejettent la responsabilité.\n")
    assert {t.text: t.value for t in tag(text, date(2023, 9, 28), language="fr")}.get(phrase) == value


def test_a_month_after_a_season_told_before_goes_with_it_only_when_it_lies_in_that_season():
    dct = date(2023, 12, 7)
    assert value_of("Relations hit a low in the summer of 2020, when warships shadowed each other. They improved after "
                    "earthquakes struck Turkey in February.", "February", dct) == "2023-02"
    assert value_of("The following winter of 2021, the army built a second line. Soldiers say the town was nearly encircled "
                    "in February.", "February", dct) == "2022-02"


def test_the_same_month_again_counted_from_by_a_present_perfect_is_the_latest():
    dct = date(2024, 9, 3)
    assert value_of("Petro took office in August 2022. Talks with the ELN have stalled since early August, when a "
                    "ceasefire expired.", "early August", dct) == "2024-08"
    assert value_of("Petro took office in August 2022. Talks with the ELN stalled in early August, when a ceasefire "
                    "expired.", "early August", dct) == "2022-08"


def test_a_range_of_decades_each_with_its_article_is_one_range():
    found = [(t.text, t.value, t.range_role) for t in tag("Turkey built dams from the 1970s to the 2000s.", date(2024, 4, 22))]
    assert found == [("1970s", "197X", "start"), ("2000s", "200X", "end")]


def test_next_weekday_said_the_day_before_it_is_the_one_a_week_on():
    found = {t.text: t.value for t in tag("The truce takes effect on Thursday. The presidents will sign an accord next "
                                          "Thursday.", date(2025, 12, 3))}
    assert found == {"Thursday": "2025-12-04", "next Thursday": "2025-12-11"}
    # (two days ahead or more, "next" is the nearest one, as before)
    assert {t.text: t.value for t in tag("They will sign next Friday.", date(2025, 12, 3))} == {"next Friday": "2025-12-05"}


def test_a_weekday_a_plan_told_in_the_pluperfect_was_for_is_the_day_just_gone():
    found = {t.text: t.value for t in tag("The inauguration had been set for Sunday afternoon. The vote had been scheduled "
                                          "for Tuesday.", date(2024, 1, 15))}
    assert found == {"Sunday afternoon": "2024-01-14TAF", "Tuesday": "2024-01-16"}
    # (three days back and four ahead are as near: the coming one, as before)
    assert {t.text: t.value for t in tag("A round that had been scheduled for Tuesday was postponed.", date(2026, 11, 27))} \
        == {"Tuesday": "2026-12-01"}


def test_a_name_in_ed_before_a_weekday_is_no_past():
    assert {t.text: t.value for t in tag("Mohamud will hold talks with Prime Minister Abiy Ahmed on Sunday.",
                                         date(2025, 1, 11))} == {"Sunday": "2025-01-12"}


def test_the_same_month_tells_the_month_it_counts_from_in_its_derivation():
    found = {t.text: (t.value, t.derivation)
             for t in tag("Rebels took the port in March 1992; the garrison surrendered the same month.", date(2025, 10, 5))}
    assert found["the same month"] == ("1992-03", "the same month, relative to 1992-03")


def test_the_second_weekday_of_a_pair_ahead_is_after_the_first():
    found = {t.text: t.value for t in tag("Leaders will meet at a summit on Thursday and Friday.", date(2026, 10, 23))}
    assert found == {"Thursday": "2026-10-29", "Friday": "2026-10-30"}
    # (a pair gone by is as it was read: the Thursday and the Friday of writing)
    found = {t.text: t.value for t in tag("Leaders met at a summit on Thursday and Friday.", date(2026, 10, 23))}
    assert found == {"Thursday": "2026-10-22", "Friday": "2026-10-23"}


def test_a_month_inside_a_long_subject_waits_for_the_verb_after_it():
    found = {t.text: t.value for t in tag("Fighting in the capital in May between armed groups loyal to the prime minister "
                                          "and a rival militia killed at least eight people.", date(2026, 11, 24))}
    assert found == {"May": "2026-05"}
    # (an opening phrase is no subject: its main clause tells the tense, as before)
    found = {t.text: t.value for t in tag("In the capital in May, between the armed groups, the elections will be held.",
                                          date(2026, 11, 24))}
    assert found == {"May": "2027-05"}


def test_a_past_spelled_like_its_present_joined_to_a_future_is_ahead():
    found = {t.text: t.value for t in tag("Israel will resume its air strikes on Monday and cut off all aid on Friday.",
                                          date(2025, 12, 5))}
    assert found == {"Monday": "2025-12-08", "Friday": "2025-12-12"}
    # (after a past, it is a past: "resumed … and cut off")
    found = {t.text: t.value for t in tag("Israel resumed its air strikes on Monday and cut off all aid on Friday.",
                                          date(2025, 12, 5))}
    assert found == {"Monday": "2025-12-01", "Friday": "2025-12-05"}


def test_a_month_said_as_the_most_recent_time_is_gone_by():
    found = {t.text: t.value for t in tag("Iran has threatened to do so many times, most recently in June, when its "
                                          "parliament voted to back a closure.", date(2025, 7, 5))}
    assert found["June"] == "2025-06"


def test_a_month_in_a_since_clause_is_gone_by_whatever_intent_its_object_names():
    found = {t.text: t.value for t in tag("Serbia and Kosovo endorsed a declaration on Tuesday, the first accord since the two "
                                          "sides agreed to a plan to normalise relations in February.", date(2023, 5, 3))}
    assert found["February"] == "2023-02"


def test_the_following_day_counts_from_the_day_before_a_month_that_names_a_plan():
    found = {t.text: t.value for t in tag("In Ohrid on March 18, they agreed on how the February plan would be carried out, "
                                          "but the president said the following day that he would not sign it.",
                                          date(2023, 5, 3))}
    assert found["the following day"] == "2023-03-19"


def test_the_verb_end_before_a_relative_date_is_no_part_of_it():
    found = {t.text: t.value for t in tag("The programme was meant to end last year. Fighting did not end last year. "
                                          "Elections are due by end-June.", date(2025, 11, 2))}
    assert found == {"last year": "2024", "end-June": "2026-06"}


def test_the_same_day_after_a_paragraph_of_background_is_the_story_s_day():
    found = {t.text: t.value for t in tag("Chad said on Thursday it was ending its defence agreement with France.\n\nThe last "
                                          "French soldiers left Niger in December 2023.\n\nSenegal's president said on the same "
                                          "day that there should be no French bases in his country.", date(2024, 11, 29))}
    assert found["the same day"] == "2024-11-28"
    # (a month the paragraph itself told is that same day's: "killed last October. … that same day")
    found = {t.text: t.value for t in tag("A man was killed last October. His name was crossed out that same day.",
                                          date(2024, 11, 29))}
    assert found["that same day"] == "2023-10"


def test_a_day_counted_back_skips_the_start_of_a_state_told_after_since():
    found = {t.text: t.value for t in tag("Envoys met in Vienna on Tuesday for the first round since the breakdown of the "
                                          "talks in the spring of 2019. The host, who gave a dinner for the delegations the "
                                          "night before, said little.", date(2024, 6, 6))}
    assert found["the night before"] == "2024-06-03TNI"


def test_a_plural_subject_s_present_of_staging_looks_ahead_but_not_after_an_infinitive_s_to():
    found = {t.text: t.value for t in tag("Hungarians elect a new parliament on May 31. The junta failed to hold "
                                          "elections in May.", date(2025, 11, 14))}
    assert found == {"May 31": "2026-05-31", "May": "2025-05"}
    # (a month named May is no modal before the present: "since taking office in May 2021, faces a vote in June")
    found = {t.text: t.value for t in tag("The mayor, who has pushed for a port since taking office in May 2021, faces a "
                                          "vote in June.", date(2025, 5, 2))}
    assert found["June"] == "2025-06"


def test_a_day_in_a_time_clause_counted_back_from_an_aside_s_full_date_is_that_year_s():
    found = {t.text: t.value for t in tag("The charter, ratified on March 3, 2011, weeks after the founders signed it in "
                                          "Lisbon on Feb. 10, binds all members.", date(2025, 6, 1))}
    assert found["Feb. 10"] == "2011-02-10"


def test_days_later_count_from_a_past_month_told_after_a_day_ahead():
    found = {t.text: t.value for t in tag("The court will rule on May 4. The row flared in March 2021, when the mayor "
                                          "closed the port, and calmed only after the ministers met in Geneva a week "
                                          "later.", date(2025, 4, 20))}
    assert found["a week later"] == "2021-03"


def test_a_german_accusative_count_of_one_counts_on_from_the_date_before():
    found = foreign_value_of("Die Seiten hatten sich im Februar 2023 geeinigt; einen Monat später folgte ein Anhang.",
                             "einen Monat später", date(2025, 3, 14), "de")
    assert found == "2023-03"


def test_a_month_a_plan_is_compared_with_is_one_that_has_been():
    found = {t.text: t.value for t in tag("The group said it would raise December output by 100,000 barrels a day, the same "
                                          "as in October. Exports will rise in December, up from September.", date(2026, 11, 3))}
    assert found["October"] == "2026-10" and found["September"] == "2026-09" and found["December"] == "2026-12"
    # (a bound is no comparison: "no earlier than February" is still ahead)
    assert value_of("The envoys would reconvene no earlier than February.", "February", date(2026, 11, 3)) == "2027-02"


def test_a_month_in_a_time_clause_after_the_sentence_s_year_is_of_that_year():
    found = {t.text: t.value for t in tag("She served briefly as prime minister in 2019, until her government fell in a "
                                          "no-confidence vote in November. A year later she won the presidency.",
                                          date(2025, 9, 29))}
    assert found["November"] == "2019-11" and found["A year later"] == "2020"
    # (not a year a state runs since: "resumed for the first time since 2022 after a cabinet took office in October")
    assert value_of("Talks resumed for the first time since 2022 after a new cabinet took office in October.", "October",
                    date(2026, 12, 2)) == "2026-10"


def test_a_thing_recalled_by_its_month_has_been_and_its_ordinal_day_is_that_month_s():
    found = {t.text: t.value for t in tag("The deal took effect on Oct. 10. Remember the ceasefire of January. It began on "
                                          "the 19th and collapsed in mid-March.", date(2025, 10, 31))}
    assert found["January"] == "2025-01" and found["the 19th"] == "2025-01-19"


def test_a_later_month_listed_after_another_is_of_its_year_unless_a_past_would_be_ahead():
    found = {t.text: t.value for t in tag("The measures come up for renewal at the end of January and July.", date(2026, 10, 24))}
    assert found == {"the end of January": "2027-01", "July": "2027-07"}
    assert value_of("The army seized the town in May and in June lost it again.", "June", date(2026, 5, 19)) == "2025-06"


def test_a_gerund_set_off_after_a_past_clause_goes_on_in_that_past():
    assert value_of("Lawmakers needed more than 50 sessions to elect a speaker, finally doing so in August.", "August",
                    date(2026, 11, 20)) == "2026-08"
    # (a modal in the clause still looks ahead: "The army will hold drills, starting on Monday")
    assert value_of("The army will hold drills, starting on Monday.", "Monday", date(2026, 11, 20)) == "2026-11-23"


def test_a_span_ending_at_a_month_takes_its_verb_s_side_but_a_present_reported_after_a_past_looks_from_now():
    # (written in January: a past's span is gone by, a present after a report is still to run)
    assert value_of("The truce held until June.", "June", date(2026, 1, 22)) == "2025-06"
    assert value_of("The mission has warned it lacks money beyond June.", "June", date(2026, 1, 22)) == "2026-06"
    # (a term given runs ahead of the giving)
    assert value_of("The council gave both sides until June to reply.", "June", date(2026, 1, 22)) == "2026-06"
    # (…and a span's end is no step of the story the sentence before told)
    assert value_of("The armies agreed in February 2021 to observe the truce. That understanding held until late April, "
                    "when an attack killed 26 people.", "late April", date(2026, 5, 8)) == "2026-04"


def test_a_relative_aside_s_date_does_not_anchor_the_month_of_the_main_clause_after_it():
    assert value_of("The African Union mission, which replaced an earlier force on Jan. 1, 2025, has warned it lacks money "
                    "beyond June.", "June", date(2026, 1, 22)) == "2026-06"


def test_a_time_clause_after_a_year_without_its_comma_goes_on_in_that_year():
    assert value_of("Jubaland suspended cooperation in 2024 after parliament approved changes in March.", "March",
                    date(2026, 1, 22)) == "2024-03"
    # (but "before" without its comma may look past the year: "in 2024 before the vote in March")
    assert value_of("The council was formed in 2024 before the vote in March.", "March", date(2026, 1, 22)) == "2025-03"


def test_that_week_after_a_month_is_of_that_month_though_a_publication_line_gave_a_day_before_it():
    text = ("Published Oct. 14, 2025\n\nSeven years ago this August, the five states signed a convention in Aktau that "
            "was meant to settle the sea's status. It did no such thing. The seabed is still undivided, and one of them has "
            "yet to ratify the text.\n\nI was in Aktau that week.")
    assert value_of(text, "that week", date(2025, 10, 14)) == "2018-08"


def test_a_french_conditional_reported_after_a_past_looks_ahead_but_the_saying_s_month_does_not():
    found = {t.text: t.value for t in tag("Le Programme alimentaire mondial a averti en septembre qu'il manquerait de fonds "
                                          "à partir de janvier.", date(2025, 11, 12), language="fr")}
    assert found["septembre"] == "2025-09"
    assert found["janvier"] == "2026-01"
    # ("serait" with its participle tells a past heard of)
    found = {t.text: t.value for t in tag("Selon la presse, le ministre a dit qu'il serait arrivé en janvier.",
                                          date(2025, 11, 12), language="fr")}
    assert found["janvier"] == "2025-01"


def test_a_season_after_a_month_still_to_come_in_its_sentence_is_the_one_after_it():
    text = "A: An informal five-party meeting, probably in January, then talks on crossing points in the spring."
    assert value_of(text, "the spring", date(2025, 11, 20)) == "2026-SP"


def test_a_vote_s_day_after_its_outcome_is_one_that_has_been_held():
    assert value_of("Washington does not recognise Maduro's victory in the July 28 election.", "July 28",
                    date(2026, 1, 31)) == "2025-07-28"


def test_a_present_plan_of_a_gathering_looks_ahead():
    assert value_of("Students plan another rally in Novi Sad on Monday.", "Monday", date(2026, 11, 28)) == "2026-11-30"
    # (a plan as a noun tells nothing: "the plan another envoy drew up on Monday")
    assert value_of("They rejected the plan another envoy drew up on Monday.", "Monday", date(2026, 11, 28)) == "2026-11-23"


def test_a_month_told_before_a_bare_month_joined_on_is_the_last_one_up_to_it():
    text = "Since then, Kosovo has held two parliamentary elections, in February and again in December."
    assert value_of(text, "February", date(2026, 3, 6)) == "2025-02"
    assert value_of(text, "December", date(2026, 3, 6)) == "2025-12"


def test_the_year_a_sentence_opens_with_frames_a_month_barely_begun_at_publication():
    text = "In 2023 the two sides accepted an agreement in Brussels in February and an annex in Ohrid in March."
    assert value_of(text, "February", date(2026, 2, 3)) == "2023-02"
    # (without a year to frame it, the month barely begun is the last one gone by)
    assert value_of("The talks began in February.", "February", date(2026, 2, 3)) == "2025-02"


def test_a_move_in_a_month_to_another_is_no_range_and_what_is_put_off_lies_ahead():
    text = "The government pushed the elections back in September to December 2026."
    assert value_of(text, "September", date(2026, 4, 30)) == "2025-09"
    assert value_of(text, "December 2026", date(2026, 4, 30)) == "2026-12"
    assert all(t.range_id is None for t in tag(text, date(2026, 4, 30), language="en"))
    assert value_of("The court adjourned the trial of the former minister until Dec. 8.", "Dec. 8",
                    date(2026, 4, 30)) == "2026-12-08"


def test_a_last_doing_s_month_counts_back_from_the_writing_not_on_from_an_old_story():
    text = ("A tribunal ruled in July 2016 that the claims had no basis, a ruling Beijing rejects. The two countries last held "
            "talks in January in Xiamen.")
    assert value_of(text, "January", date(2026, 8, 12)) == "2026-01"
    # (an adjective's "last" tells no such doing: the story goes on)
    text = "The two sides fought in September of 2022. Negotiators agreed the last disputed sections in December."
    assert value_of(text, "December", date(2026, 3, 1)) == "2022-12"


def test_a_season_a_plan_is_for_is_the_next_one_in_german_french_and_spanish():
    assert foreign_value_of("Ein Gipfeltreffen der Regierungen ist für den Herbst geplant.", "Herbst", date(2026, 6, 9),
                            "de") == "2026-FA"
    assert foreign_value_of("Un sommet est prévu pour l'automne.", "automne", date(2026, 6, 9), "fr") == "2026-FA"
    assert foreign_value_of("La cumbre está prevista para el otoño.", "otoño", date(2026, 6, 9), "es") == "2026-FA"


def test_a_turkish_closing_past_tells_its_date_s_time_past_a_participle_to_come_before_the_date():
    text = ("Türkiye ve Irak, Basra Körfezi'ni Avrupa'ya bağlayacak yol projesi için çerçeve anlaşmasını pazartesi günü "
            "imzaladı.")
    assert foreign_value_of(text, "pazartesi günü", date(2026, 6, 3), "tr") == "2026-06-01"


def test_a_story_carried_on_for_years_leaves_a_later_bare_month_to_the_writing():
    text = ("Eritrea had announced its intention to return in June 2023, but its seat remained empty for three years. Its "
            "foreign minister attended a summit in Djibouti in December.")
    assert value_of(text, "December", date(2026, 6, 13)) == "2025-12"


def test_a_past_at_the_end_of_the_month_of_writing_not_yet_come_is_last_year_s():
    assert value_of("A trilateral summit followed at the end of March in Khujand.", "the end of March",
                    date(2026, 3, 14)) == "2025-03"
    # (…but ahead, or once that end has come, it is this year's)
    assert value_of("The summit will be held at the end of March.", "the end of March", date(2026, 3, 14)) == "2026-03"
    assert value_of("Talks resumed in late March.", "late March", date(2026, 3, 25)) == "2026-03"


def test_a_german_bare_year_after_a_relative_pronoun_is_a_date():
    text = "Damit endet ein jahrelanger Streit, der 2014 vor den Internationalen Gerichtshof gebracht worden war."
    assert foreign_value_of(text, "2014", date(2026, 7, 3), "de") == "2014"


def test_a_bare_month_in_a_past_sentence_that_named_last_year_is_last_year_s():
    text = "Relations deteriorated last year after the prime minister made comments on Taiwan in parliament in November."
    assert value_of(text, "November", date(2026, 11, 22)) == "2025-11"
    text = ("Las relaciones se deterioraron el año pasado después de que la primera ministra hiciera comentarios sobre Taiwán "
            "en el Parlamento, en noviembre.")
    assert foreign_value_of(text, "noviembre", date(2026, 11, 22), "es") == "2025-11"


def test_the_first_of_a_list_of_past_months_is_the_last_one_up_to_the_list_s_last():
    text = "Three rounds of talks were held, in March, June and October."
    assert [value_of(text, month, date(2026, 4, 27)) for month in ("March", "June", "October")] == \
        ["2025-03", "2025-06", "2025-10"]


def test_later_in_the_day_before_a_named_day_leaves_the_date_to_that_day():
    text = "The spy chief met the two delegations on Sunday and was due to see them again later in the day on Monday."
    found = {t.text: t.value for t in tag(text, date(2026, 1, 5), language="en")}
    assert found == {"Sunday": "2026-01-04", "Monday": "2026-01-05"}
    assert value_of("The minister arrived on Sunday and held talks later in the day.", "later in the day",
                    date(2026, 1, 5)) == "2026-01-04"


def test_a_month_counted_to_from_the_sentence_s_season_or_month_is_reached_the_way_the_count_goes():
    dct = date(2026, 10, 3)
    assert value_of("I joined the office in the spring of 2016, a few months before the lakeside talks in November.",
                    "November", dct) == "2016-11"
    assert value_of("The army took the port on 3 March 2019, two months after the elections in December.",
                    "December", dct) == "2018-12"


def test_a_story_told_in_sequence_from_a_month_of_years_past_goes_on_across_paragraphs():
    text = ("March 2, 2026\n\nThe first shots were fired shortly after midnight on a Tuesday in late September 2020. By the "
            "next morning, both sides were shelling the front.\n\nWithin three days, the army had taken several villages.\n\n"
            "A first truce, brokered in Moscow on Oct. 10, collapsed within minutes. A third, announced on Oct. 25, broke "
            "down the following morning.\n\nThe war ended on the night of Nov. 9. Three years later, in September 2023, the "
            "army took the rest of the region.")
    found = {t.text: t.value for t in tag(text, date(2026, 3, 2), language="en")}
    assert "midnight" not in found  # (a clock of a day the text does not give)
    assert found["Oct. 10"] == "2020-10-10" and found["Oct. 25"] == "2020-10-25"
    assert found["the night of Nov. 9"] == "2020-11-09" and found["Three years later"] == "2023"


def test_a_month_of_years_past_told_once_leaves_a_later_paragraph_s_day_to_the_writing():
    text = ("March 2, 2026\n\nThe war began in late September 2020.\n\nA truce brokered in Moscow on Oct. 10 collapsed "
            "within minutes.")
    assert value_of(text, "Oct. 10", date(2026, 3, 2)) == "2025-10-10"


def test_a_bare_month_told_in_sequence_from_a_month_of_last_year_goes_on_in_it():
    text = ("Updated 16 June 2026\n\nWhen the envoys sat down in Muscat in April last year, it was the first time in years. "
            "Five rounds followed over the next six weeks. A sixth, scheduled for mid-June, never took place: jets struck "
            "the sites on June 13, and bombers hit three plants nine days later.")
    found = {t.text: t.value for t in tag(text, date(2026, 6, 16), language="en")}
    assert found["mid-June"] == "2025-06" and found["June 13"] == "2025-06-13" and found["nine days later"] == "2025-06-22"


def test_a_weekday_a_plan_called_off_was_for_is_the_nearest_one():
    assert value_of("A rally planned for Friday was banned.", "Friday", date(2026, 5, 14)) == "2026-05-15"
    assert value_of("A rally planned for Thursday was banned.", "Thursday", date(2026, 5, 16)) == "2026-05-14"


def test_the_new_year_told_in_the_past_is_a_year_begun():
    # (the year after the past year the story is in)
    text = "The commission was dissolved on Sept. 1, 2024, and its staff met twice that month. But work slowed in the new year."
    assert value_of(text, "the new year", date(2025, 12, 3)) == "2025"
    # (…else the year of writing; still the year to come after a past's infinitive)
    assert value_of("Progress slowed in the new year.", "the new year", date(2026, 12, 3)) == "2026"
    assert value_of("Rebels declared a truce on Monday to let talks resume in the new year.", "the new year",
                    date(2026, 12, 3)) == "2027"
    assert value_of("A ruling is expected in the new year.", "the new year", date(2026, 12, 3)) == "2027"


def test_a_planned_month_whose_time_went_by_undone_is_the_last_one():
    assert value_of("The second stage, which was due to start in January, has stalled.", "January",
                    date(2026, 12, 5)) == "2026-01"
    assert value_of("The handover was scheduled to begin in February but never began.", "February",
                    date(2026, 12, 5)) == "2026-02"
    # (a plan put off is not said to have gone by: the nearest such month)
    assert value_of("The talks, which were due to open in January, have been postponed.", "January",
                    date(2026, 12, 5)) == "2027-01"


def test_a_month_in_the_pluperfect_after_a_sentence_set_in_a_year_long_past_looks_back_from_it():
    text = ("Twenty years ago this month, two militias signed a truce. The winter of 2006 was cruel. The talks had opened in "
            "a barn in October, broke down twice in November and were saved by a priest. By the spring, the guns had gone "
            "quiet. A decade later, in 2016, the valley was at war again.")
    found = {t.text: t.value for t in tag(text, date(2026, 12, 2), language="en")}
    assert (found["October"], found["November"], found["the spring"]) == ("2006-10", "2006-11", "2007-SP")
    assert found["A decade later"] == "2017"
    # (not from a span's start, nor from a date of the sentence the pluperfect comes after)
    assert value_of("Envoys met on Wednesday, in the 40th round since 2008. Twelve people had been held since the last "
                    "round in September.", "September", date(2026, 11, 26)) == "2026-09"
    assert value_of("Morales, who ruled from 2006 until he quit in November 2019, had registered as a candidate in May.",
                    "May", date(2025, 6, 14)) == "2025-05"


def test_a_year_a_ranking_counts_from_is_no_time_the_story_comes_to():
    text = ("The pact lapsed on Feb. 5 this year. For the first time since 1972, no treaty caps the two arsenals. Talks on "
            "a successor, floated in the spring, have not begun.")
    assert value_of(text, "the spring", date(2026, 12, 1)) == "2026-SP"


def test_a_german_month_told_by_a_simple_past_with_no_prefix_is_the_last_one():
    assert foreign_value_of("Im März folgte in Skopje ein Anhang.", "März", date(2026, 12, 3), "de") == "2026-03"
    assert foreign_value_of("Im Oktober sagte der Minister ab.", "Oktober", date(2026, 3, 3), "de") == "2025-10"


def test_an_interview_s_story_goes_on_past_a_question_and_the_last_night_is_no_yesterday():
    text = ("Q: When did you first believe it?\nA: In the spring of 2017. We had been drafting the text since the previous "
            "autumn, and by May the gaps were small. Then we all went to Lucerne in late June.\n\nQ: And then?\nA: For ten "
            "days we negotiated. On the last night, July 6, it fell apart. I walked back at four in the morning.")
    found = {t.text: t.value for t in tag(text, date(2026, 11, 29), language="en")}
    assert (found["May"], found["late June"], found["July 6"]) == ("2017-05", "2017-06", "2017-07-06")
    assert "last night" not in found
    assert value_of("Talks ran late last night.", "last night", date(2026, 11, 29)) == "2026-11-28TNI"


def test_a_weekday_of_a_happening_a_present_state_came_after_is_past():
    assert value_of("The pass is closed after a rockslide on Monday.", "Monday", date(2026, 12, 4)) == "2026-11-30"
    assert value_of("The pass is closed after a landslide on Monday.", "Monday", date(2026, 12, 4)) == "2026-11-30"
    # (…not when the sentence looks ahead: the repairs are to come)
    assert value_of("The talks are scheduled after the attack on Monday.", "Monday", date(2026, 12, 4)) == "2026-12-07"
    assert value_of("The pass is closed to traffic after a rockslide on Monday.", "Monday", date(2026, 12, 4)) == "2026-11-30"


def test_a_day_set_as_a_date_in_the_past_perfect_has_gone_by():
    text = "A declaration signed in July had set Aug. 18 as the date for an accord. The target was missed."
    assert value_of(text, "Aug. 18", date(2026, 11, 27)) == "2026-08-18"
    # (a setting told in the simple past still looks ahead)
    assert value_of("The council set March 5 as the date for early elections.", "March 5", date(2026, 11, 27)) == "2027-03-05"


def test_a_year_a_happening_came_about_in_is_the_story_s_year():
    text = ("The president, who took office in 2016, changed the constitution in a 2019 referendum. The opposition staged "
            "protests the following spring.")
    assert value_of(text, "the following spring", date(2026, 10, 13)) == "2020-SP"
    # (a year that only names a thing still leaves the story where it was)
    text = "Talks began in 2016 under the 2015 accord. They stalled the following spring."
    assert value_of(text, "the following spring", date(2026, 10, 13)) == "2017-SP"


@pytest.mark.parametrize(("text", "phrase", "language", "value"), [
    ("En septembre 2023, ils ont formé une alliance, devenue une confédération l'été suivant.", "l'été suivant", "fr", "2024-SU"),
    ("En septembre 2023, ils ont formé une alliance. Au printemps suivant, elle a changé.", "printemps suivant", "fr", "2024-SP"),
    ("En septembre 2023, ils ont formé une alliance, née au printemps précédent.", "printemps précédent", "fr", "2023-SP"),
    ("En septiembre de 2023 formaron una alianza. En la primavera siguiente cambió.", "la primavera siguiente", "es", "2024-SP"),
    ("Im September 2023 gründeten sie eine Allianz, die im folgenden Sommer wuchs.", "im folgenden Sommer", "de", "2024-SU"),
    ("Nel settembre 2023 hanno formato un'alleanza, cresciuta l'estate successiva.", "l'estate successiva", "it", "2024-SU"),
    ("Em setembro de 2023 formaram uma aliança, que cresceu no verão seguinte.", "verão seguinte", "pt", "2024-SU"),
])
def test_a_foreign_season_counted_from_the_date_told_before(text, phrase, language, value):
    assert foreign_value_of(text, phrase, date(2026, 11, 30), language) == value


def test_a_decade_word_after_a_possessive_is_an_age():
    found = {t.text for t in tag("He joined the service in his mid-twenties and they were in their late thirties.",
                                 date(2026, 11, 22), language="en")}
    assert not found
    assert value_of("Prices rose in the mid-twenties.", "mid-twenties", date(2026, 11, 22)) == "192X"


def test_that_year_is_the_year_written_last_even_beside_the_story_s_month():
    text = ("Transits averaged 41 a day between July and September, well below the 70 a day recorded in 2023 before attacks "
            "began in November of that year.")
    assert value_of(text, "November of that year", date(2026, 10, 29)) == "2023-11"
    text = "Transits averaged 41 a day between July and September, well below the 70 recorded in 2023. That summer it fell."
    assert value_of(text, "That summer", date(2026, 10, 29)) == "2023-SU"


def test_a_target_year_ahead_set_in_the_past_is_no_time_the_story_came_to():
    text = ("At the summit in June 2025 they agreed to lift spending to 3.5% of output by 2035, and the plan, unveiled in "
            "March of that year, offered loans.")
    assert value_of(text, "March of that year", date(2026, 11, 25)) == "2025-03"


def test_a_chronology_s_weekday_after_a_year_entry_is_the_news_s_own():
    text = ("Key dates\n\nUpdated: 2026-11-27\n\n- 2023-09-24: Gunmen attack police near the border.\n- 2025: Talks are frozen "
            "after elections in February.\n- Monday: The negotiators meet again.")
    assert value_of(text, "Monday", date(2026, 11, 27)) == "2026-11-23"


def test_a_dateline_s_dash_before_a_weekday_is_no_range():
    text = "LUANDA, Nov. 25, 2026 — Tuesday's talks between the presidents ended late in the evening without a statement."
    found = tag(text, date(2026, 11, 25), language="en")
    assert all(t.range_id is None for t in found)
    values = {t.text: t.value for t in found}
    assert values["Tuesday"] == "2026-11-24" and values["late in the evening"] == "2026-11-24TEV"


def test_a_paragraph_taking_up_a_bound_s_month_reads_its_day_in_that_month():
    text = ("The two sides agreed on Thursday to pull back, the first step since a truce ended five days of fighting in "
            "late July of last year. Observers will begin monitoring next week.\n\nThe fighting killed 43 people before "
            "the truce took effect at midnight on July 28. A committee met three times between August and October of "
            "that year.")
    found = {t.text: t.value for t in tag(text, date(2026, 10, 30), language="en")}
    assert found["midnight on July 28"].startswith("2025-07-28")
    assert found["October of that year"] == "2025-10"


def test_a_possessive_month_right_after_the_sentence_s_year_is_of_that_year():
    assert value_of("The assembly was paralysed for most of 2025 after January's vote, and only this spring did it sit.",
                    "January", date(2026, 12, 4)) == "2025-01"


def test_a_plan_told_in_the_past_whose_time_went_by_is_the_month_gone():
    assert value_of("The handover, which was supposed to begin in January, has been stalled by a dispute.", "January",
                    date(2026, 12, 5)) == "2026-01"
    assert value_of("The vote was due to take place in March but was postponed.", "March", date(2026, 12, 5)) == "2026-03"
    assert value_of("The vote is due to take place in March.", "March", date(2026, 12, 5)) == "2027-03"


def test_a_month_after_a_plan_set_for_a_day_ahead_is_told_in_its_own_past():
    assert value_of("The talks, scheduled for Dec. 8, were first proposed at a meeting in September.", "September",
                    date(2026, 11, 29)) == "2026-09"


def test_last_year_set_off_at_a_sentence_s_opening_frames_its_months_after_a_dateline_too():
    assert value_of("Last year, talks began in March and ended in May.", "March", date(2026, 12, 1)) == "2025-03"
    assert value_of("OSLO, Dec 1, 2026 (Wire) - Last year, two accords signed in the spring collapsed.", "the spring",
                    date(2026, 12, 1)) == "2025-SP"


def test_what_a_ranked_gathering_came_after_is_past_whatever_the_gathering_s_tense():
    assert value_of("It will be the third such meeting in less than a year, after sessions in Rome in March.", "March",
                    date(2026, 12, 2)) == "2026-03"


def test_a_year_before_to_and_a_span_is_no_rate():
    assert "a year" not in {t.text for t in tag("A court jailed him in March 2025 to a year in prison.", date(2026, 11, 24),
                                                 language="en") if t.type == "SET"}
    assert value_of("The port handles 30 ships a week.", "a week", date(2026, 11, 24)) == "P1W"


def test_a_count_with_a_nationality_before_its_noun_is_no_year():
    text = "The enclave, where about 1500 Russian troops are stationed, broke away. Paris sent some 2000 French soldiers."
    assert [t.text for t in tag(text, date(2026, 11, 30), language="en")] == []
    assert [t.value for t in tag("In 1500 Spanish ships reached the coast.", date(2026, 11, 30), language="en")] == ["1500"]


def test_a_german_month_before_an_attributive_participle_is_the_participle_s_past():
    values = {t.text: t.value for t in tag("Trotz der im Mai in Doha vereinbarten Waffenruhe gehen die Gefechte weiter. Die "
                                           "für März vereinbarten Gespräche sollen in Genf stattfinden.",
                                           date(2026, 12, 4), language="de")}
    assert values == {"Mai": "2026-05", "März": "2027-03"}


def test_overnight_after_a_day_and_before_the_saying_the_day_after_is_that_day_s_night():
    found = {t.text: t.value for t in tag("The truce took effect on Tuesday, and no shelling was heard overnight, monitors said "
                                          "on Wednesday.", date(2026, 12, 3), language="en")}
    assert found["overnight"] == "2026-12-01TNI"


def test_a_season_after_a_present_perfect_s_since_reaches_the_day_of_writing_whatever_year_the_story_is_at():
    found = {t.text: t.value for t in tag("The war ended in 2025. Reconstruction talks have been frozen since the spring.",
                                          date(2026, 12, 1), language="en")}
    assert found["the spring"] == "2026-SP"


def test_a_noun_phrase_joined_on_without_a_verb_shares_the_tense_of_the_clause_before():
    found = {t.text: t.value for t in tag("A first meeting is expected next week, and a second in the spring.",
                                          date(2026, 12, 2), language="en")}
    assert found["the spring"] == "2027-SP"


def test_that_before_a_month_opens_no_clause_for_the_tense():
    found = {t.text: t.value for t in tag("An Easter truce that April lasted 30 hours.", date(2026, 12, 4), language="en")}
    assert found["Easter"] == "2026-04-05"


def test_a_feast_after_a_month_of_another_year_told_just_before_is_of_that_year():
    found = {t.text: t.value for t in tag("A grain deal announced in early March 2024 never took effect. An Easter truce "
                                          "that spring held for a day.", date(2026, 12, 4), language="en")}
    assert found["Easter"] == "2024-03-31"


def test_named_as_a_role_is_a_past_of_appointing_not_a_naming_participle():
    found = {t.text: t.value for t in tag("Talks were set for March 3, 2027. Soldiers took the palace on Nov. 26, 2026. The "
                                          "council named Moussa Ba as interim leader the next day.", date(2026, 12, 5),
                                          language="en")}
    assert found["the next day"] == "2026-11-27"


def test_a_day_told_after_a_month_of_the_writing_year_falls_between_the_month_and_the_day_of_writing():
    found = {t.text: t.value for t in tag("Talks have stalled since the attack on the convoy in March and the arrest of the "
                                          "envoy on Oct. 4.", date(2026, 12, 4), language="en")}
    assert found["Oct. 4"] == "2026-10-04"


def test_a_plan_that_never_came_to_be_has_had_its_day():
    found = {t.text: t.value for t in tag("The vote, originally scheduled for March, was never held.", date(2026, 12, 6),
                                          language="en")}
    assert found["March"] == "2026-03"


def test_a_romance_range_whose_second_end_is_this_year_gives_its_first_end_the_year():
    found = {t.text: t.value for t in tag("Os contactos decorreram entre março e junho deste ano.", date(2026, 12, 2),
                                          language="pt")}
    assert found["março"] == "2026-03"


def test_a_german_relative_clause_with_its_auxiliary_last_tells_a_past():
    found = {t.text: t.value for t in tag("Die M23-Miliz, die im Januar Goma eingenommen hatte, war an den Gesprächen nicht "
                                          "beteiligt.", date(2026, 12, 6), language="de")}
    assert found["Januar"] == "2026-01"


def test_a_date_labelling_its_entry_takes_the_entry_s_first_verb_only():
    found = {t.text: t.value for t in tag("Here is what is scheduled.\n\nLate February: Ramadan begins, a period mediators have "
                                          "in the past used to push for longer truces.", date(2026, 12, 7), language="en")}
    assert found["Late February"] == "2027-02"


def test_a_bare_ordinal_after_an_ordinal_of_a_noun_is_one_more_of_them_not_a_day():
    assert values("The bloc adopted its 20th package in late October, more than three months after the 19th.",
                  date(2026, 12, 4)) == [("late October", "DATE", "2026-10"), ("more than three months", "DURATION", "P3M")]
    assert [v for _, _, v in values("The talks opened on the 2nd and closed on the 9th.", date(2026, 12, 12))] == [
        "2026-12-02", "2026-12-09"]


def test_a_chronology_s_first_entry_is_last_such_day_when_the_next_entry_follows_it_in_the_year():
    text = ("Kosovo: a year in review\n\nPRISTINA, Dec 3, 2026\n\n- Feb. 9: Voters elect a new parliament.\n"
            "- April 15: The Assembly convenes.\n- Aug. 26: Lawmakers walk out.\n")
    found = values(text, date(2026, 12, 3))
    assert [v for t, _, v in found if t != "Dec 3, 2026"] == ["2026-02-09", "2026-04-15", "2026-08-26"]
    # (a calendar of what comes next still reads ahead: its next entry is early next year)
    ahead = values("Coming up\n\n- Dec. 10: Talks open in Geneva.\n- Jan. 15: Leaders meet in Rome.\n", date(2026, 12, 3))
    assert [v for _, _, v in ahead] == ["2026-12-10", "2027-01-15"]


def test_a_dash_opening_a_line_is_a_list_s_bullet_not_a_range_s_joiner():
    found = tag("PRISTINA, Dec 3, 2026\n\n- Feb. 9: Voters elect a new parliament.\n- April 15: The Assembly convenes.\n",
                date(2026, 12, 3))
    assert all(t.range_id is None for t in found)


def test_a_year_dating_the_sentence_s_subject_dates_the_subject_s_own_course():
    dct = date(2026, 12, 7)
    assert [v for _, _, v in values("The 1973 war began on Oct. 6.", dct)] == ["1973", "1973-10-06"]
    assert [v for _, _, v in values("The 1995 accords were signed in December.", dct)] == ["1995", "1995-12"]
    assert [v for _, _, v in values("The 1973 war began on Yom Kippur.", dct)] == ["1973", "1973-10-06"]
    # (a year dating a noun further in says nothing of the sentence's own happening)
    assert [v for _, _, v in values("Talks on the 1995 accords began on Oct. 6.", dct)] == ["1995", "2026-10-06"]


def test_a_month_or_day_in_a_sentence_about_a_whole_year_is_of_that_year():
    dct = date(2026, 12, 7)
    assert [v for _, _, v in values("Clashes in 1994 peaked in January.", dct)] == ["1994", "1994-01"]
    assert [v for _, _, v in values("Clashes in 1994 peaked on Dec. 31.", dct)] == ["1994", "1994-12-31"]


def test_a_month_or_feast_in_the_sentence_of_a_season_of_another_year_is_that_season_s():
    dct = date(2026, 12, 7)
    assert [v for _, _, v in values("Clashes in the winter of 1994-95 peaked in January.", dct)] == ["1994-WI", "1995-01"]
    assert values("The fighting began in the winter of 1994-95 and ended a fortnight after Orthodox Christmas.", dct)[-1] \
        == ("Orthodox Christmas", "DATE", "1995-01-07")
    # (a month outside the season is left to its own reading)
    assert values("Exports fell in the summer of 2020 and recovered in February.", dct)[-1][2] != "2020-02"
    # (…not a season of the subject's participle or relative clause: its main verb's month reads on its own)
    assert values("The naval truce proposed in the spring of 2025 collapsed in March.", dct)[-1][2] == "2026-03"
    # (…but from the season's middle on, the main verb's month goes on in it)
    assert values("A round hosted by the United Arab Emirates in the winter of 2022-23 stalled in February.",
                  dct)[-1][2] == "2023-02"


def test_a_year_dating_the_subject_with_its_party_dates_the_subject_s_course():
    assert values("The 2008 war with Russia began on Aug. 7 and lasted five days.", date(2026, 12, 6))[1][2] == "2008-08-07"


def test_a_month_in_what_the_sentence_s_happening_came_after_is_before_its_date():
    found = values("Kosovo held snap elections in late December 2025, the second vote in less than a year, after the "
                   "parliament elected in February failed to form a government.", date(2026, 12, 1))
    assert found[-1] == ("February", "DATE", "2025-02")
    # (a clause joined on goes on from it)
    assert values("Kosovo held elections in December 2025, and the parliament met in February.", date(2026, 12, 1))[-1][2] \
        == "2026-02"


def test_what_a_sentence_s_happening_came_after_leaves_the_story_at_the_sentence_s_date():
    text = ("Kosovo held snap elections in late December 2025, the second vote in less than a year, after the parliament "
            "elected in February failed to form a government. The new cabinet took office a fortnight later.")
    assert value_of(text, "a fortnight later", date(2026, 12, 1)).startswith("2025-12")


def test_a_month_in_what_comes_back_every_year_is_of_no_year_unless_it_is_the_latest_time():
    found = values("Monsoon rains return every year between July and September.", date(2026, 12, 1))
    assert [v for t, _, v in found if t in ("July", "September")] == ["XXXX-07", "XXXX-09"]
    assert values("The assembly meets twice a year, in March and October.", date(2026, 12, 1))[-1][2] == "XXXX-10"
    assert values("The council has met twice a year since, most recently in Dushanbe in October.",
                  date(2026, 11, 20))[-1][2] == "2026-10"


def test_a_subject_s_dated_aside_before_a_main_clause_of_now_leaves_the_story_and_a_promise_s_deadline_is_ahead():
    found = values("Somalia has used an indirect system since 2000. President Hassan Sheikh Mohamud, elected by that system "
                   "in May 2022, has promised direct local elections by June and a national vote later in the year.",
                   date(2026, 3, 10))
    assert [v for _, _, v in found[-2:]] == ["2026-06", "2026"]


def test_a_date_in_a_relative_clause_without_a_comma_leaves_the_story_where_it_was():
    found = values("Kyiv says Moscow must return the children it deported in March 2022. The government vowed to publish "
                   "the names it collected in June.", date(2026, 11, 30))
    assert [v for _, _, v in found] == ["2022-03", "2026-06"]


def test_that_same_month_in_spanish_italian_and_portuguese_is_the_month_told_before():
    found = tag("Venezuela celebró en diciembre de 2023 un referéndum. La Corte ordenó a Caracas ese mismo mes abstenerse.",
                date(2026, 11, 21), language="es")
    assert [t.value for t in found] == ["2023-12", "2023-12"]
    found = tag("O acordo foi assinado em março de 2024. O parlamento ratificou-o nesse mesmo mês.", date(2026, 11, 21),
                language="pt")
    assert [t.value for t in found] == ["2024-03", "2024-03"]


def test_a_month_in_a_second_predicate_after_an_abbreviated_month_s_day_comes_after_it():
    found = values("Shelling that began on Oct. 8, 2023, and escalated into a full war in September has stopped.",
                   date(2025, 11, 27))
    assert [v for _, _, v in found] == ["2023-10-08", "2024-09"]


def test_a_past_spelled_like_its_present_goes_on_with_the_story():
    found = values("Raids that began on Oct. 8, 2023, and spread north in September have stopped.", date(2025, 11, 27))
    assert [v for _, _, v in found] == ["2023-10-08", "2024-09"]


def test_a_second_object_s_month_after_a_full_date_with_its_commas_goes_on_with_the_story():
    found = values("Bulgaria held elections on Oct. 27, 2024, and a repeat vote in late August after no cabinet was formed.",
                   date(2026, 11, 30))
    assert [v for _, _, v in found] == ["2024-10-27", "2025-08"]


def test_a_month_after_a_subject_s_dated_aside_is_the_latest_such_month_even_when_a_nearer_one_follows_the_aside():
    found = values("Noboa, first elected in a snap vote in October 2023, won a full four-year term in April.",
                   date(2026, 11, 17))
    assert [v for _, _, v in found] == ["2023-10", "P4Y", "2026-04"]


@pytest.mark.parametrize("text, phrase, language, value", [
    ("Ils avaient créé le comité en septembre 2023, quelques semaines après le putsch au Gabon du 30 août.", "30 août", "fr",
     "2023-08-30"),
    ("Formaron el comité en septiembre de 2023, unas semanas después del golpe en Gabón del 30 de agosto.", "30 de agosto", "es",
     "2023-08-30"),
])
def test_a_day_of_a_happening_named_so_long_after_is_in_the_clause_s_year(text, phrase, language, value):
    assert foreign_value_of(text, phrase, date(2026, 10, 22), language) == value


@pytest.mark.parametrize("text, phrase, language", [
    ("El país se adhirió en 2013 y ese mismo año firmó un acuerdo.", "ese mismo año", "es"),
    ("Le pays a adhéré en 2013 et a signé un accord la même année.", "la même année", "fr"),
    ("Das Land trat 2013 bei und unterzeichnete im selben Jahr ein Abkommen.", "im selben Jahr", "de"),
    ("Il paese ha aderito nel 2013 e nello stesso anno ha firmato un accordo.", "nello stesso anno", "it"),
    ("O país aderiu em 2013 e no mesmo ano assinou um acordo.", "no mesmo ano", "pt"),
])
def test_that_same_year_is_the_year_told_before_it(text, phrase, language):
    assert foreign_value_of(text, phrase, date(2025, 5, 14), language) == "2013"


def test_a_month_of_that_same_year_keeps_its_month():
    assert foreign_value_of("El acuerdo se firmó en 2013 y en mayo de ese mismo año entró en vigor.", "mayo de ese mismo año",
                            date(2025, 5, 14), "es") == "2013-05"


def test_what_went_on_until_a_day_is_over_by_publication():
    assert value_of("The fighting around the town went on until Feb. 18, when the last units withdrew.", "Feb. 18",
                    date(2026, 12, 1)) == "2026-02-18"
    # (a decision's day lies ahead of it: "extended the mandate until Feb. 18", written in December)
    assert value_of("The council extended the mandate until Feb. 18.", "Feb. 18", date(2026, 12, 1)) == "2027-02-18"


def test_a_month_in_a_clause_brought_to_now_is_told_from_the_day_of_writing():
    text = ("The leader resigned in November 2019 after disputed elections and is now wanted on an arrest warrant issued in "
            "January.")
    assert value_of(text, "January", date(2025, 11, 8)) == "2025-01"


def test_both_ends_of_a_range_of_days_before_that_year_are_of_the_year_told_before():
    text = "She fled on Aug. 5, 2024. Up to 1,400 people may have been killed between July 15 and Aug. 15 that year."
    assert [(t.text, t.value) for t in tag(text, date(2025, 11, 17), language="en")][1:] == [
        ("July 15", "2024-07-15"), ("Aug. 15 that year", "2024-08-15")]


def test_a_month_of_a_gathering_a_standing_promise_names_is_ahead():
    assert value_of("The interim government has promised elections in February.", "February", date(2025, 11, 17)) == "2026-02"
    assert value_of("The interim government held elections in February.", "February", date(2025, 11, 17)) == "2025-02"


def test_a_pluperfect_state_ended_by_a_happening_the_month_tells_is_not_looked_back_to_from_the_story():
    text = ("The fighting began on June 3, 2022. Defenders had held out in the old fort until February, when relief columns "
            "reached them.")
    assert value_of(text, "February", date(2024, 5, 10)) == "2024-02"
    # (a pluperfect looking back from a story long past still reads that story's year)
    assert value_of("The winter of 2006 was hard. The talks had opened in a schoolhouse in October.", "October",
                    date(2024, 5, 10)) == "2006-10"


def test_the_start_of_a_span_a_present_perfect_runs_to_now_is_counted_from_the_day_of_writing():
    text = ("The siege began on June 3, 2022. The rebels have pushed north since late August, taking two border towns in "
            "mid-October.")
    assert value_of(text, "late August", date(2024, 3, 1)) == "2023-08"
    assert value_of(text, "mid-October", date(2024, 3, 1)) == "2023-10"


def test_a_bare_month_of_what_followed_last_year_s_story_goes_on_in_that_year():
    text = "The king dissolved parliament in March 2024. In the ensuing election in May, no party won a majority."
    assert value_of(text, "May", date(2025, 8, 20)) == "2024-05"
    # (without a word of what followed, a month of last year's story may be this year's)
    assert value_of("The king dissolved parliament in March 2024. Talks on a coalition began in May.", "May",
                    date(2025, 8, 20)) == "2025-05"
    german = "Der König hatte im März 2024 das Parlament aufgelöst. Bei der Neuwahl im Mai erhielt keine Partei eine Mehrheit."
    assert foreign_value_of(german, "Mai", date(2025, 8, 20), "de") == "2024-05"


def test_the_end_of_the_decade_after_a_story_of_an_earlier_decade_is_that_decade_s():
    text = "The border war broke out in March 1983, and by the end of the decade both armies had been worn down."
    assert value_of(text, "the end of the decade", date(2025, 12, 1)) == "198X"
    # (…but a decade ahead of a story of this decade is this one)
    assert value_of("Prices rose in 2021. Analysts expect them to fall by the end of the decade.", "the end of the decade",
                    date(2025, 12, 1)) == "202X"


def test_days_counted_after_a_month_told_as_background_in_its_own_paragraph_count_from_the_story_s_day():
    text = ("The bloc adopted new sanctions on Thursday.\n\nIt first listed tankers of the fleet in December 2023.\n\n"
            "Washington blacklisted two oil firms two days earlier.")
    assert value_of(text, "two days earlier", date(2025, 10, 23)) == "2025-10-21"
    # (…but a month the story is at counts on from that month)
    text = "The bloc adopted new sanctions in December 2023. Washington blacklisted two oil firms two days earlier."
    assert value_of(text, "two days earlier", date(2025, 10, 23)) == "2023-12"


def test_a_year_of_another_reckoning_is_no_part_of_the_calendar_year_in_french():
    text = "Les règles entreront en vigueur le 1er octobre, au début de l'année hydrologique. Fin de l'année, le débit baissera."
    found = {t.text: t.value for t in tag(text, date(2026, 3, 5), language="fr")}
    assert "début de l'année" not in found and found["Fin de l'année"] == "2026"


def test_that_year_after_a_day_of_the_year_of_writing_is_the_year_written_before():
    text = ("The council was sworn in in April 2024. Its term was set to end on Feb. 7 under a deal reached in the spring of "
            "that year.")
    assert value_of(text, "the spring of that year", date(2026, 2, 7)) == "2024-SP"
    # (…but a year written with the day is that year)
    text = "The council was sworn in in April 2024. Its term ended on Feb. 7, 2025, and elections followed that summer."
    assert value_of(text, "that summer", date(2026, 2, 7)) == "2025-SU"


def test_this_weekend_told_in_the_past_early_in_the_week_is_the_weekend_just_gone():
    assert value_of("Sanctions came back this weekend.", "this weekend", date(2025, 9, 29)) == "2025-W39-WE"
    assert value_of("Leaders will meet this weekend.", "this weekend", date(2025, 9, 29)) == "2025-W40-WE"
    # (…nor in a clause set ahead, whatever past an aside holds)
    text = "Takaichi, who became prime minister last month, is expected to meet Li this weekend."
    assert value_of(text, "this weekend", date(2025, 11, 21)) == "2025-W47-WE"


def test_a_naming_participle_a_definite_object_follows_is_a_finite_past():
    assert value_of("The Kremlin called the decision hostile in March.", "March", date(2023, 10, 3)) == "2023-03"
    # (…but one that names, or calls a strike, still tells no tense)
    assert value_of("Unions called a national strike starting on Monday.", "Monday", date(2026, 9, 17)) == "2026-09-21"


def test_a_month_of_a_past_set_against_a_pluperfect_has_moved_on_from_the_story():
    text = ("The colonel ousted the president in September 2021. He had pledged not to run, but a new charter approved in a "
            "referendum in September allowed him to stand.")
    assert value_of(text, "September", date(2025, 12, 30)) == "2025-09"
    text = "The colonel ousted the president in March 2021. He had pledged not to run, but a charter adopted in September freed him."
    assert value_of(text, "September", date(2025, 12, 30)) == "2025-09"
    # (…but a month of the story told with no such contrast stays in the story's year)
    assert value_of("The colonel ousted the president in March 2021. A charter was adopted in September.", "September",
                    date(2025, 12, 30)) == "2021-09"


def test_a_day_in_the_aside_of_a_thing_its_year_names_is_of_that_year():
    text = "The 1995 Harbour peace accord, initialled in Ohio on Nov. 21 and signed in Paris the following month, ended the war."
    found = {t.text: t.value for t in tag(text, date(2025, 8, 6), language="en")}
    assert found["Nov. 21"] == "1995-11-21" and found["the following month"] == "1995-12"
    # (…but not a period the year names ahead of its making)
    assert value_of("The 2026 budget, approved on Dec. 3, raises spending.", "Dec. 3", date(2025, 12, 8)) == "2025-12-03"


def test_a_month_of_the_latest_of_a_repeated_doing_is_the_latest_up_to_now():
    text = ("Pyongyang announced its withdrawal in January 2003. Seoul has debated the pact several times, most recently "
            "after a missile test in June.")
    assert value_of(text, "June", date(2025, 11, 15)) == "2025-06"


def test_a_plural_after_a_gerund_a_past_takes_is_no_present_that_looks_ahead():
    assert value_of("The commission resumed counting votes on Thursday.", "Thursday", date(2025, 12, 5)) == "2025-12-04"


def test_a_reporting_participle_in_a_passive_infinitive_looks_ahead():
    assert value_of("The party's new name is to be announced Wednesday.", "Wednesday", date(1990, 6, 4)) == "1990-06-06"
    assert value_of("The name was announced Wednesday.", "Wednesday", date(1990, 6, 4)) == "1990-05-30"


def test_a_sitting_run_past_a_small_hour_ends_on_the_next_day():
    text = "The summit, which opened on Thursday afternoon, went on until about 4 a.m."
    assert value_of(text, "about 4 a.m.", date(2025, 12, 19)) == "2025-12-19T04:00"


def test_a_day_later_counts_from_the_day_not_from_a_relative_aside_s_coarser_date():
    text = ("The council voted on Thursday to lift sanctions on the general, who led the coup that toppled the king last "
            "March. Washington dropped its own sanctions a day later.")
    assert value_of(text, "a day later", date(2025, 11, 10)) == "2025-11-07"


def test_a_month_after_a_refusing_gerund_of_a_past_passive_is_the_last_one():
    text = "The party was barred from the vote after refusing to sign a code of conduct in April."
    assert value_of(text, "April", date(2025, 11, 1)) == "2025-04"
