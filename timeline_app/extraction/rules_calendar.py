"""Rules for absolute dates (written in full, numeric, month and day, years, decades, centuries),
seasons, quarters and halves."""

from __future__ import annotations

import dataclasses

# The grammar is written in the core's vocabulary (fragments, helpers, Timex types).
from timeline_app.extraction.temporal_core import *  # noqa: F403


# ----------------------------------------------------------------------------------------------
# Rules: absolute dates
# ----------------------------------------------------------------------------------------------
def _numeric_day(m: re.Match[str], y: int, mo: int, d: int, how: str) -> Timex | None:
    """A day written in figures, or nothing when the figures name no day (30/02, 13.13)."""
    return mk(m, DATE, day_value(Day.of(y, mo, d)), how) if valid_day(y, mo, d) else None


#: A weekday with the holiday name it may carry before a full date: "Good Friday, 10 April 1998".
NAMED_WEEKDAY = rf"(?:(?:Good|Holy|Maundy|Easter|Palm|Ash|Black)\s+)?{WEEKDAY}"


@rule("iso", rf"{B}(\d{{4}})-(\d{{2}})-(\d{{2}})(?:[T ](\d{{2}}):(\d{{2}})(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?{E}")
def _iso(m: re.Match[str], ctx: Context) -> Timex | None:
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    if m[4] and valid_day(y, mo, d):
        if int(m[4]) > 23 or int(m[5]) > 59:
            return None
        return mk(m, TIME, f"{day_value(Day.of(y, mo, d))}T{m[4]}:{m[5]}", "written in full")
    return _numeric_day(m, y, mo, d, "written in full")


@rule("iso_slashed", rf"{B}(\d{{4}})([/.])(\d{{1,2}})\2(\d{{1,2}}){E}(?!\.\d)")
def _iso_slashed(m: re.Match[str], ctx: Context) -> Timex | None:
    """"2023/11/30", "2023.11.26": year first, as East Asian and some European papers write it."""
    return _numeric_day(m, int(m[1]), int(m[3]), int(m[4]), f"year{m[2]}month{m[2]}day")


@rule("dotted", rf"{B}(\d{{1,2}})([.-])(\d{{1,2}})\2(\d{{4}}){E}(?![.-]\d)")
def _dotted(m: re.Match[str], ctx: Context) -> Timex | None:
    """"28.11.2023", "26-11-2023": day first, unless the figures only make sense month first (11-30-2023)."""
    a, b, y = int(m[1]), int(m[3]), int(m[4])
    if m[2] == "-" and b > 12 >= a:
        return _numeric_day(m, y, a, b, "month-day-year")
    sep = m[2]
    return _numeric_day(m, y, b, a, f"day{sep}month{sep}year")


@rule("dashed_month", rf"{B}(?P<day>3[01]|[12]\d|0?[1-9])(?P<sep>[-/])(?P<mon>{MON_FULL}|{MON_ABBR}|{MON})(?P=sep)(?P<year>\d{{4}}|\d{{2}}){E}")
def _dashed_month(m: re.Match[str], ctx: Context) -> Timex | None:
    """"27-Nov-2026", "05/Mar/24": a day, a month's name and a year joined by dashes or slashes, as forms and
    logs write them."""
    year = int(m["year"]) if len(m["year"]) == 4 else full_year("'" + m["year"], ctx)
    return _numeric_day(m, year, month_of(m["mon"].rstrip(".")), int(m["day"]), "day-month-year")


@rule("slashed", rf"{B}(\d{{1,2}})/(\d{{1,2}})/(\d{{4}}|\d{{2}}){E}")
def _slashed(m: re.Match[str], ctx: Context) -> Timex | None:
    """"11/30/2023" month first as American papers write it, "26/11/2023" day first; when the figures
    allow both (05/12/2023), the text's other slashed dates say which way it writes them."""
    a, b, y = int(m[1]), int(m[2]), int(m[3])
    if len(m[3]) == 2:
        y = full_year("'" + m[3], ctx)
    day_first = a > 12 or (b <= 12 and ctx.slashes_day_first())
    if not day_first and b <= 12 and a != b and not ctx.slashes_month_first() and valid_day(y, a, b) \
            and valid_day(y, b, a) and Day.of(y, b, a).number <= ctx.dct.number < Day.of(y, a, b).number \
            and not ctx.looks_ahead(m.start(), m.end()):
        day_first = True  # "Updated: 07/03/2024" on 7 March: July has not come yet, so it is the day first
    mo, d, how = (b, a, "day/month/year") if day_first else (a, b, "month/day/year")
    return _numeric_day(m, y, mo, d, how)


@rule("slashed_no_year", rf"(?<=\b[Oo]n\s)(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}}){E}(?![/.]\d)")
def _slashed_no_year(m: re.Match[str], ctx: Context) -> Timex | None:
    """"On 30/11", "on 11/30": a day in figures without its year, read only after "on" (where "24/7" or a
    score is not) and only in the order its figures or the text's other slashed dates leave no doubt of."""
    a, b = int(m["a"]), int(m["b"])
    if a > 12 >= b or (a <= 12 and b <= 12 and ctx.slashes_day_first()):
        month, day, how = b, a, "day/month"
    elif b > 12 >= a or (a <= 12 and b <= 12 and ctx.slashes_month_first()):
        month, day, how = a, b, "month/day"
    else:
        return None  # "on 11/12": November 12 or 11 December, nothing tells
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    resolved = resolve_month_day(month, day, ctx, m)
    return mk(m, DATE, day_value(resolved[0]), f"{how}, {resolved[1]}") if resolved else None


@rule(
    "month_day_year",
    rf"{B}(?:(?P<wd>{NAMED_WEEKDAY}),?\s+)?(?:{MOD})?(?P<mon>{MON})(?:\s+|(?<=\.)(?=\d))(?P<day>{DAYNUM}),?\s+(?P<year>{ANY_YEAR}){E}",
)
def _full_date(m: re.Match[str], ctx: Context) -> Timex | None:
    """Month, day and year in either order: "November 30th, 2023", "the 30th of November 2023"."""
    y, mo, d = full_year(m["year"], ctx), month_of(m["mon"]), int_day(m["day"])
    if not valid_day(y, mo, d):
        return None
    return mk(m, DATE, day_value(Day.of(y, mo, d)), "written in full")


@rule(
    "day_month_year",
    rf"{B}(?:(?P<wd>{NAMED_WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAYNUM})(?:\s+of)?\s+(?P<mon>{MON}),?\s+(?P<year>{ANY_YEAR}){E}",
)
def _day_month_year(m: re.Match[str], ctx: Context) -> Timex | None:
    return _full_date(m, ctx)


@rule("month_day", rf"{B}(?:(?P<wd>{NAMED_WEEKDAY}),?\s+)?(?:{MOD})?(?P<mon>{MON})(?:\s+|(?<=\.)(?=\d))(?:the\s+(?=\d{{1,2}}(?:st|nd|rd|th)\b))?(?P<day>{DAYNUM}){E}(?!\s*[-–]\s*\d)(?!,?\s+\d{{3,}})(?!:\d)")
def _month_day(m: re.Match[str], ctx: Context) -> Timex | None:
    mo, d = month_of(m["mon"]), int_day(m["day"])
    if m.string[m.end("mon"):m.start("day")].strip() == "the" and \
            re.match(r"\s+(?!(?:and|or|of|at|in|on|when|to|as|for|with|by|from|until|after|before)\b)[a-z]", m.string[m.end():]):
        return None  # "In March the 3rd battalion left": an ordinal of a noun, not a day
    if m["mon"].rstrip(".") in ("May", "Mar", "March") and re.match(r"\s+(?:percent|%|points?|people)", m.string[m.end():]):
        return None
    if not m["wd"] and habitual_at(ctx, m.start()):  # "Ukraine has marked Christmas on Dec. 25 since 2023": every year's
        return mk(m, DATE, f"XXXX-{mo:02d}-{d:02d}", f"{m['mon']} {d}, of every year (a habit)") if valid_day(2000, mo, d) \
            else None
    resolved = on_named_weekday(resolve_month_day(mo, d, ctx, m), m["wd"], mo, d, ctx, m)
    if resolved is None:
        return None
    day, how = resolved
    if m["wd"]:
        how = f"{m['wd']}, {how}"
    return mk(m, DATE, day_value(day), how)


#: "Another 12 May Be Dead", "5,000 March On Capitol": a count, then the verb "may" or "march", as
#: headlines capitalise them. A day then "May" or "March" is otherwise a date ("set for 12 May").
_COUNT_THEN_VERB = re.compile(
    r"\d+\s+(?:May\s+(?:(?i:be|have|not|also|well|still|never|soon|yet|even|only|just|already|need|face|get|take|"
    r"make|go|come|lose|die|see|want|become|remain|seem|find|help|join|stay|return|follow|vote|rise|fall|"
    r"fight|flee|win|try)\b)|March\s+(?:To|On|Through|In|Into|Past|Toward|Towards|Down|Up|Across|Against|For|"
    r"Again|Out)\b)")


@rule("day_month", rf"{B}(?:(?P<wd>{NAMED_WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAYNUM})(?:\s+of)?\s+(?P<mon>{MON_FULL}|{MON_ABBR}){E}(?!,?\s+\d{{3,}})")
def _day_month(m: re.Match[str], ctx: Context) -> Timex | None:
    numeral = m.group(0)[m.start("day") - m.start():]
    if m["mon"] in ("May", "March") and not (m["wd"] or numeral[0].isdigit()):
        return None
    if not m["wd"] and _COUNT_THEN_VERB.match(m.string, m.start("day")):
        return None
    mo, d = month_of(m["mon"]), int_day(m["day"])
    if not m["wd"] and habitual_at(ctx, m.start()):  # "…is traditionally held on 9 May": every year's
        return mk(m, DATE, f"XXXX-{mo:02d}-{d:02d}", f"{d} {m['mon']}, of every year (a habit)") if valid_day(2000, mo, d) \
            else None
    resolved = on_named_weekday(resolve_month_day(month_of(m["mon"]), int_day(m["day"]), ctx, m), m["wd"],
                                month_of(m["mon"]), int_day(m["day"]), ctx, m)
    if resolved is None:
        return None
    return mk(m, DATE, day_value(resolved[0]), resolved[1])


_UNITS_ORD = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
#: Days of the month in ordinal words, as transcripts and speeches write them ("March eighth").
DAY_WORDS = {w: n for n, w in enumerate(_UNITS_ORD + ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
                                                     "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                                                     "nineteenth", "twentieth"), start=1)}
DAY_WORDS.update({f"twenty-{w}": 21 + k for k, w in enumerate(_UNITS_ORD)})
DAY_WORDS.update({"thirtieth": 30, "thirty-first": 31})
DAY_WORD = "(?:" + "|".join(sorted(DAY_WORDS, key=len, reverse=True)) + ")"


@rule("day_in_words", rf"{B}(?:(?:(?:this\s+coming|this|next|last)\s+)?{WEEKDAY},?\s+)?(?:(?P<mon>{MON_FULL})\s+(?:the\s+)?(?P<day>{DAY_WORD})|[Tt]he\s+(?P<day2>{DAY_WORD})\s+of\s+(?P<mon2>{MON_FULL}))"
      rf"(?:,?\s+(?P<year>{YEAR}))?(?!-){E}", re.IGNORECASE)
def _day_in_words(m: re.Match[str], ctx: Context) -> Timex | None:
    mon = m["mon"] or m["mon2"]
    if not mon[0].isupper():
        return None  # "the first of march" is no month in running text
    if m["mon"] and not m["year"] and re.match(r"\s+the\s", m.string[m.end("mon"):m.start("day") + 1]) \
            and re.match(r"\s+(?!(?:and|or|of|at|in|on|when|to|as|for|with|by|from|until|after|before)\b)[a-z]",
                         m.string[m.end():]):
        return None  # "in July the first joint patrols began": an ordinal of a noun, not a day
    resolved = dated_day(month_of(mon.capitalize()), DAY_WORDS[(m["day"] or m["day2"]).lower()], ctx, m)
    return mk(m, DATE, day_value(resolved[0]), resolved[1]) if resolved else None


#: A list of three or more days of one month: "Nov. 3, 5 and 7", "3, 5 and 7 November 2025".
_DAY_LIST = rf"{DAYNUM}(?:,\s*{DAYNUM}){{1,8}},?\s+(?:and|or)\s+{DAYNUM}"


@rule("month_day_list", rf"{B}(?P<mon>{MON})\s+(?P<days>{_DAY_LIST})(?:,?\s+(?P<year>{YEAR}))?{E}(?!\s*[-–:]\s*\d)")
def _month_day_list(m: re.Match[str], ctx: Context) -> list[Timex] | None:
    """"Strikes hit the city on Nov. 3, 5 and 7": each day of the list, of the year the first one is of."""
    return _listed_days(m, ctx, m.start(), m.start("days"))


@rule("day_list_month", rf"{B}(?P<days>{_DAY_LIST})\s+(?:of\s+)?(?P<mon>{MON_FULL}|{MON})(?:,?\s+(?P<year>{YEAR}))?{E}")
def _day_list_month(m: re.Match[str], ctx: Context) -> list[Timex] | None:
    """"Talks were held on 3, 5 and 7 November": each day of the list, the month and year after the last."""
    return _listed_days(m, ctx, m.start("days"), m.start("days"))


def _listed_days(m: re.Match[str], ctx: Context, first_start: int, days_start: int) -> list[Timex] | None:
    """The days of a listed month: the first one's span runs from `first_start` (with its month when the month
    leads), the last one's to the match's end (with its month and year when they follow)."""
    month = month_of(m["mon"])
    numbers = list(re.finditer(DAYNUM, m["days"]))
    first_day = int_day(numbers[0].group())
    if m["year"]:
        year, how = int(m["year"]), "written in full"
    else:
        resolved = resolve_month_day(month, first_day, ctx, m)
        if resolved is None:
            return None
        year, how = resolved[0].year, resolved[1]
    out = []
    for k, number in enumerate(numbers):
        day = int_day(number.group())
        if not valid_day(year, month, day):
            return None
        start = first_start if k == 0 else days_start + number.start()
        end = m.end() if k == len(numbers) - 1 else days_start + number.end()  # (the last takes what follows)
        out.append(Timex(start, end, m.string[start:end], DATE, day_value(Day.of(year, month, day)),
                         how if k == 0 else f"a day of the list, in {lx_month_name(month)} {year}"))
    return out


@rule("month_day_range", rf"{B}(?P<mon>{MON})\s+(?P<d1>{DAYNUM})\s*(?:-|–|to|through|and|or)\s*(?P<d2>{DAYNUM}){YEAR_OR_REL}?{E}")
def _month_day_range(m: re.Match[str], ctx: Context) -> list[Timex] | None:
    mo, d1, d2 = month_of(m["mon"]), int_day(m["d1"]), int_day(m["d2"])
    if written_year(m, ctx) is not None:
        y = written_year(m, ctx)
        if not (valid_day(y, mo, d1) and valid_day(y, mo, d2)):
            return None
        first, second, how = Day.of(y, mo, d1), Day.of(y, mo, d2), "written in full"
    else:
        resolved = resolve_month_day(mo, d1, ctx, m)
        if resolved is None or not valid_day(resolved[0].year, mo, d2):
            return None
        first, how = resolved
        second = Day.of(first.year, mo, d2)
    if second.number < first.number:
        return None
    return _day_range(m, ctx, first, second, how, "d2")


#: The preposition before two days listed with one month: "on 1 and 3 March", "the summit of 17 and 18 February".
_LISTED_DAYS_PREPOSITION = re.compile(r"\b(?:[Oo]n|of|[Bb]y|until|[Dd]uring)\s+$")


@rule("day_range_month", rf"{B}(?P<between>(?:[Bb]etween|[Ff]rom)\s+)?(?P<the>(?<=\b[Oo]n\s)the\s+(?=\d{{1,2}}(?:st|nd|rd|th)\b))?"
      rf"(?P<d1>{DAYNUM})\s*(?P<link>-|–|to|and|or|until|through)\s*"
      rf"(?P<d2>{DAYNUM})(?:\s+of)?\s+(?P<mon>{MON_FULL}|{MON_ABBR}){YEAR_OR_REL}?{E}")
def _day_range_month(m: re.Match[str], ctx: Context) -> list[Timex] | None:
    """"19-20 September", "from 2 to 4 December 2023": two linked days, as most of the world writes them."""
    listed = m["link"] == "and" and not (m["between"] or "").lower().startswith("between")
    if listed and not m["the"] and not _LISTED_DAYS_PREPOSITION.search(m.string, max(0, m.start() - 8), m.start()):
        return None  # "sections 4 and 5 March…" is no range ("on the 2nd and 3rd of December" is two days, as is "the
        # summit of 17 and 18 February")
    mo, d1, d2 = month_of(m["mon"]), int_day(m["d1"]), int_day(m["d2"])
    resolved = dated_day(mo, d2, ctx, m)
    if resolved is None:
        return None
    second, how = resolved
    if not valid_day(second.year, mo, d1) or d1 >= d2:
        return None
    if listed:  # "raids came on 1 and 3 March 2019": two days, not the days between
        first_start = m.start("the") if m["the"] else m.start("d1")
        return [Timex(first_start, m.end("d1"), m.string[first_start:m.end("d1")], DATE, day_value(Day.of(second.year, mo, d1)),
                      f"{how}, with the month of day {d2}"),
                Timex(m.start("d2"), m.end(), m.string[m.start("d2"):m.end()], DATE, day_value(second), how)]
    return _day_range(m, ctx, Day.of(second.year, mo, d1), second, how, "d2", first_group="d1")


def _day_range(m: re.Match[str], ctx: Context, first: Day, second: Day, how: str, second_group: str,
               first_group: int | str = 0) -> list[Timex]:
    """The two ends of a range of days written as one phrase: from `first_group` to the first day,
    from `second_group` to the end of the match."""
    return linked_range(m, ctx, (m.start(first_group), m.end("d1"), day_value(first)),
                        (m.start(second_group), m.end(), day_value(second)), how)


@rule("cross_month_range_day_first", rf"{B}(?P<between>[Bb]etween\s+)?(?P<d1>{DAYNUM})\s+(?P<mon>{MON_FULL}|{MON_ABBR})\s*"
                                    rf"(?:-|–|to|through|until|till|(?P<also>and))\s*"
                                    rf"(?P<d2>{DAYNUM})\s+(?P<mon2>{MON_FULL}|{MON_ABBR}){YEAR_OR_REL}?{E}")
def _cross_month_range_day_first(m: re.Match[str], ctx: Context) -> list[Timex] | None:
    """"from 3 March to 5 May 2020", "30 Nov-2 Dec": as "Nov. 30-Dec. 2", written day first."""
    return _cross_month_range(m, ctx, first_end="mon", second_start="d2")


@rule("cross_month_range", rf"{B}(?P<between>[Bb]etween\s+)?(?P<mon>{MON})\s+(?P<d1>{DAYNUM})\s*(?:-|–|to|through|until|(?P<also>and))\s*"
                           rf"(?P<mon2>{MON})\s+(?P<d2>{DAYNUM}){YEAR_OR_REL}?{E}")
def _cross_month_range(m: re.Match[str], ctx: Context, first_end: str = "d1", second_start: str = "mon2") -> list[Timex] | None:
    """"Nov. 30-Dec. 2", "between Sept. 27 and Nov. 10, 2020": two linked days; a range over New Year
    ends in the next year. Listed ("on Sept. 27 and Nov. 10, 2020") they are two days of that year."""
    if m["also"] and not m["between"] and written_year(m, ctx) is None:
        return None  # "on Sept. 27 and Nov. 10": each day is read on its own
    if not m["between"] and re.search(r"\bon\s+$", m.string[max(0, m.start() - 4):m.start()]) \
            and re.search(r"\b(?:until|till|through)\s*$", m.string[m.end("d1"):m.start("mon2")]):
        return None  # "controls announced on Oct. 9 until Nov. 10 next year": a day, then a bound of another thing
    mo1, d1, mo2, d2 = month_of(m["mon"]), int_day(m["d1"]), month_of(m["mon2"]), int_day(m["d2"])
    if written_year(m, ctx) is not None:
        y2 = written_year(m, ctx)
        y1 = y2 - 1 if mo2 < mo1 else y2
        if not (valid_day(y1, mo1, d1) and valid_day(y2, mo2, d2)):
            return None
        first, how = Day.of(y1, mo1, d1), "written in full"
    else:
        resolved = resolve_month_day(mo1, d1, ctx, m)
        if resolved is None:
            return None
        first, how = resolved
        y2 = first.year + (1 if mo2 < mo1 else 0)
        if not valid_day(y2, mo2, d2):
            return None
    second = Day.of(y2, mo2, d2)
    if second.number <= first.number:
        return None
    start = m.start("mon" if first_end == "d1" else "d1")
    if m["also"] and not m["between"]:
        return [Timex(start, m.end(first_end), m.string[start:m.end(first_end)], DATE, day_value(first),
                      f"{how}, with the year of the day listed after it"),
                Timex(m.start(second_start), m.end(), m.string[m.start(second_start):m.end()], DATE, day_value(second), how)]
    return linked_range(m, ctx, (start, m.end(first_end), day_value(first)),
                        (m.start(second_start), m.end(), day_value(second)), how)


@rule("month_range", rf"{B}(?:{MOD})?(?P<mon>{MON_FULL}|{MON_ABBR})(?:\s*[-–/]\s*|\s+(?P<word>to|through|until|till|and|or)\s+)"
                     rf"(?P<mod2>(?:[Ee]arly|[Ll]ate|[Mm]id)(?:-|\s+))?(?P<mon2>{MON_FULL}|{MON_ABBR})(?(word),?\s+(?:of\s+)?(?P<year_w>{YEAR})|(?:,?\s+(?:of\s+)?(?P<year>{YEAR}))?){E}")
def _month_range(m: re.Match[str], ctx: Context) -> list[Timex] | None:
    """"January-February", "Jan-Mar 2024", "from March to May 2020": two linked months; a range over
    New Year ends in the next year. "In March and May 2020" are two months of 2020, not a range."""
    mo1, mo2 = month_of(m["mon"]), month_of(m["mon2"])
    if mo1 == mo2:
        return None
    word = (m["word"] or "").lower()
    if word == "to" and moved_not_ranged(m.string, m.start()):
        return None  # "…which the government pushed back in September to December 2026": a move's day and its new date
    second = m.start("mod2") if m["mod2"] else m.start("mon2")  # "late November and early December 2022"
    if word in ("and", "or") and not re.search(r"\b[Bb]etween\s+$", m.string[max(0, m.start() - 9):m.start()]):
        y = int(m["year_w"])
        first_end = m.end("mon")
        return [Timex(m.start(), first_end, m.string[m.start():first_end], DATE, month_value(y, mo1),
                      f"written with the year of {m['mon2']} {y}", mod_code(m["mod"])),
                Timex(second, m.end(), m.string[second:m.end()], DATE, month_value(y, mo2), "written in full",
                      mod_code(m["mod2"]))]
    if m["year"] or m["year_w"]:
        y2 = int(m["year"] or m["year_w"])
        y1, how = (y2 - 1 if mo2 < mo1 and word not in ("and", "or") else y2), "written in full"
    else:
        y1, how = resolve_month(mo1, ctx, m)
        y2 = y1 + (1 if mo2 < mo1 else 0)
    return linked_range(m, ctx, (m.start(), m.end("mon"), month_value(y1, mo1)),
                        (second, m.end(), month_value(y2, mo2)), how, mod=mod_code(m["mod"]))


@rule("month_and_again_year", rf"{B}(?P<mon>{MON_FULL})\s+and\s+(?:again\s+|then\s+|later\s+|once\s+more\s+)?(?:in\s+)?"
                              rf"(?P<mon2>{MON_FULL}),?\s+(?P<year>{YEAR}){E}")
def _month_and_again_year(m: re.Match[str], ctx: Context) -> list[Timex] | None:
    """"…met Guterres in Geneva in March and again in July 2025": a month told before a later one of a written year, in one
    phrase, is of that year."""
    mo1, mo2 = month_of(m["mon"]), month_of(m["mon2"])
    if not mo1 < mo2 or m.group(0).count(" in ") == 0 and not re.search(r"\b(?:again|then|later|once\s+more)\b", m.group(0)):
        return None  # (a plain "March and July 2025" is `month_range`'s)
    year = int(m["year"])
    return [Timex(m.start("mon"), m.end("mon"), m["mon"], DATE, month_value(year, mo1), f"written with the year of {m['mon2']} {year}"),
            Timex(m.start("mon2"), m.end(), m.string[m.start("mon2"):m.end()], DATE, month_value(year, mo2), "written in full")]


@rule("month_list_year", rf"{B}(?P<list>(?:{MON_FULL},\s+){{1,10}}{MON_FULL}),?\s+(?:and|or)\s+(?P<last>{MON_FULL}),?\s+(?P<year>{YEAR}){E}")
def _month_list_year(m: re.Match[str], ctx: Context) -> list[Timex] | None:
    """"In May, June and July 2025": every month of a list is of the year written after the last."""
    year = int(m["year"])
    out = []
    for name in re.finditer(MON_FULL, m.group("list")):
        start = m.start("list") + name.start()
        out.append(Timex(start, start + len(name.group()), name.group(), DATE, month_value(year, month_of(name.group())),
                         f"written with the year of {m['last']} {year}"))
    end = m.end()
    out.append(Timex(m.start("last"), end, m.string[m.start("last"):end], DATE, month_value(year, month_of(m["last"])),
                     "written in full"))
    return out


@rule("month_year", rf"{B}(?:{MOD})?(?P<mon>{MON_FULL}|{MON}),?\s+(?:of\s+)?(?P<year>{YEAR}|\d{{4}}(?=\s*$|[.,;]))(?!\w)")
def _month_year(m: re.Match[str], ctx: Context) -> Timex | None:
    return mk(m, DATE, month_value(int(m["year"]), month_of(m["mon"])), "written in full", mod=mod_code(m["mod"]))


# "the May elections", "Moscow's March offensive": after an article or a possessive and before a
# lowercase noun, neither the verb "may" nor the noun "march" fits, so the month is meant;
# "the March on Rome", "the March of Dimes" are names, followed by a preposition.
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)|\w's|\ws')\s+$")
_NOUN_AFTER = re.compile(r"\s+(?!(?:on|of|to|through|in|into|for|from|against|across|toward|towards|and|or|by|with|be|have|not)\b)[a-z]{3,}\b")


#: How far back "the June accord" looks for the June the text named with its year.
_NAMED_MONTH_REACH = 6000
_MONTH_WITH_YEAR: dict[int, re.Pattern[str]] = {}


def _named_before_with_year(text: str, at: int, month: int) -> tuple[int, str] | None:
    """The year the text gave the same month last, in the few paragraphs before `at` ("June 2025", "June 19, 2025",
    "19 June 2025"), and how it was written."""
    pattern = _MONTH_WITH_YEAR.get(month)
    if pattern is None:
        names = "|".join(sorted({name for name, number in lx.MONTHS.items() if number == month}, key=len, reverse=True))
        spelled = rf"(?i:{names})\.?"
        pattern = _MONTH_WITH_YEAR[month] = re.compile(
            rf"\b(?:{spelled}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?|\d{{1,2}}\s+{spelled}\s+)(?P<year>(?:1[89]|20)\d\d)\b")
    found = next(reversed(list(pattern.finditer(text, max(0, at - _NAMED_MONTH_REACH), at))), None)
    return (int(found["year"]), found.group()) if found is not None else None


def _attributive_month(m: re.Match[str]) -> bool:
    return bool(_DETERMINER_BEFORE.search(m.string, max(0, m.start() - 20), m.start())
                and _NOUN_AFTER.match(m.string, m.end()))


@rule("year_then_month", rf"{B}(?P<year>{YEAR})\s*\(\s*(?P<mon>{MON_FULL}|{MON_ABBR})\s*\)")
def _year_then_month(m: re.Match[str], ctx: Context) -> Timex | None:
    """"2018 (July) - Both leaders sign a declaration": a chronology's month, given after its year."""
    return mk(m, DATE, month_value(int(m["year"]), month_of(m["mon"])), "written in full")


@rule("month", rf"{B}(?:{REL}\s+|{MOD})?(?P<mon>{MON_FULL}|Sept\.|Jan\.|Feb\.|Aug\.|Oct\.|Nov\.|Dec\.){E}(?!\s+\d)")
def _month(m: re.Match[str], ctx: Context) -> Timex | None:
    mon = m["mon"]
    before = m.string[max(0, m.start() - 20):m.start()]
    if not (m["rel"] or m["mod"]) and NAMED_BY_WORD_BEFORE.search(before):
        return None  # "Black September erupted in 1970": a name
    if mon in ("May", "March") and not (m["rel"] or m["mod"]):
        # The verb "may", the noun "march": only after a word that wants a date.
        line_start = m.string.rfind("\n", max(0, m.start() - 40), m.start()) + 1  # (a bounded look: a heading is short)
        # (…or labels one: "March: Serbia and Kosovo agreed…")
        heading = (line_start > 0 or m.start() <= 40) and not m.string[line_start:m.start()].strip(" \t#*=_-") \
            and re.match(r"[ \t*#:=_]*(?:\r?\n|$)|\s*(?:,?\s*\d{4}\s*)?[:–—]\s+[A-Z\"“]",
                         m.string[m.end():m.end() + 10]) is not None
        # ("as recently as May", "as early as March": a comparison that wants a date)
        if not re.search(r"\b(?:in|since|until|till|by|of|for|during|through|from|to|before|after|between|and|early|late|mid|last|next|this|"
                         r"(?:recently|early|late)\s+as)\s+$", before, re.IGNORECASE) \
                and not _attributive_month(m) and not heading:  # ("March" alone on its line heads a review's entries)
            return None
    part_of = _PART_OF_MONTH_IN_YEAR.match(m.string, m.end()) if not (m["rel"] or m["mod"]) else None
    if part_of is not None:
        # "on a September morning in 1993", "a cold January day in 2019": the month of the year the phrase names, one
        # phrase
        end = part_of.end()
        return Timex(m.start(), end, m.string[m.start():end], DATE, month_value(int(part_of["year"]), month_of(mon)),
                     f"{mon} of {part_of['year']}, the year its phrase names")
    if not m["rel"] and habitual_at(ctx, m.start()):  # "The assembly usually meets in June": every year's
        return mk(m, DATE, f"XXXX-{month_of(mon):02d}", f"{mon}, of every year (a habit told in the present)",
                  mod=mod_code(m["mod"]))
    named = _named_before_with_year(ctx.text, m.start(), month_of(mon)) \
        if not (m["rel"] or m["mod"]) and _attributive_month(m) and m.string[max(0, m.start() - 4):m.start()].lower() == "the " \
        else None
    if named is not None:
        # "…a peace deal reached in June 2025 … set up under the June accord": a thing named by its month is the one the
        # text dated with its year, and, named again, moves the story's time no more than a point of comparison would
        return dataclasses.replace(mk(m, DATE, month_value(named[0], month_of(mon)),
                                      f"{mon}, the one the text named before ({named[1]})"), comparison=True)
    if not (m["rel"] or m["mod"]) and m.string[max(0, m.start() - 4):m.start()].lower() == "the " \
            and (_MONTH_IN_A_NAME.match(m.string, m.end())
                 or _NAMING_BEFORE.search(m.string, max(0, m.start() - 20), m.start() - 4)
                 and _CAPITALISED_AFTER.match(m.string, m.end())):
        return None  # "reforms known as the July Charter", "the October War": a name that holds a month, no date of the text
    if not m["rel"]:
        # (a bounded look around the month: a sentence listing thousands of dates must not cost a pass over it per month)
        lo, hi = ctx.sentence_bounds(m.start())
        lo, hi = max(lo, m.start() - 160), min(hi, m.end() + 160)
        if _THIS_YEAR_FRAME.search(ctx.text, lo, m.start()) and not _WRITTEN_YEAR_NEAR.search(ctx.text, lo, hi):
            # "The exercises are the second this year, after drills in April": the year the sentence names is the month's
            return mk(m, DATE, month_value(ctx.dct.year, month_of(mon)),
                      f"{mon} of this year, the year its sentence names", mod=mod_code(m["mod"]))
    year, how = resolve_month(month_of(mon), ctx, m, m["rel"])
    aim = _AIM_BY_YEAR.match(ctx.text, m.end(), min(len(ctx.text), m.end() + 140)) if not m["rel"] else None
    if aim is not None and int(aim["year"]) < year and ctx.tense(m.start(), m.end()) == "past":
        # "The government adopted a plan in August to bring all weapons under state control by the end of 2025": a plan is
        # made before the date it aims at, so its month is the last one by then
        year = int(aim["year"])
        return mk(m, DATE, month_value(year, month_of(mon)), f"{mon} of {year}, before the aim set by then",
                  mod=mod_code(m["mod"]))
    return mk(m, DATE, month_value(year, month_of(mon)), how, mod=mod_code(m["mod"]))


#: An aim set right after a month, and the year it is due by: " to bring all weapons under state control by the end of 2025".
_AIM_BY_YEAR = re.compile(r"\s+to\s+[a-z]{2,}\b[^.;:!?()]{0,100}?\s(?:by|before)\s+(?:the\s+(?:end|close)\s+of\s+)?"
                          r"(?P<year>(?:19|20)\d\d)\b(?!\s*[-–/])")


#: A part of a month's day and the year it was in, after the month: " morning in 1993", " day of 2019".
_PART_OF_MONTH_IN_YEAR = re.compile(r"\s+(?:morning|day|night|evening|afternoon|weekend)\s+(?:in|of)\s+(?P<year>1[5-9]\d\d|20\d\d)\b")
_WRITTEN_YEAR_NEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
#: A capitalised name a month opens, after "the": "the July [Charter]", "the October [War]", "the March [Movement]".
_MONTH_IN_A_NAME = re.compile(r"\s+(?:War|Revolution|Charter|Uprising|Crisis|Intifada|Manifesto|Movement|Days|Massacre|Coup|"
                              r"Putsch|Constitution|Protests|Events|Offensive|Package|Platform|Process|Programme|Program|"
                              r"Initiative|Group|Front|Alliance|Party|Reforms?)\b")
#: …or any capitalised word after a naming: "a reform package known as [the] April [Package]".
_NAMING_BEFORE = re.compile(r"\b(?:known\s+as|so-called|dubbed|called)\s+$")
_CAPITALISED_AFTER = re.compile(r"\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][a-z]+")
#: "This year" before a bare month in its sentence, which it frames: "the second this year, after drills in April".
_THIS_YEAR_FRAME = re.compile(r"\b(?:this|so\s+far\s+this|earlier\s+this|later\s+this)\s+year\b(?![-'’]s)", re.I)


@rule("bc_year", rf"{B}(?:the\s+year\s+)?(?P<year>\d{{1,5}})\s*(?P<era>BC|B\.C\.|BCE|B\.C\.E\.|AD|A\.D\.|CE)(?!\w)|{B}(?P<era2>AD|A\.D\.)\s+(?P<year2>\d{{1,4}}){E}")
def _bc_year(m: re.Match[str], ctx: Context) -> Timex | None:
    year = int(m["year"] or m["year2"])
    era = (m["era"] or m["era2"]).replace(".", "")
    if era.startswith("B"):
        if year == 0:
            return None
        return mk(m, DATE, year_str(1 - year), f"{year} BC, written out")
    if year == 0:
        return None
    return mk(m, DATE, year_str(year), "written out")


#: A year of another calendar: "the Iranian year 1404", "the Jewish year 5786", "1446 AH", "1403 SH", "2568 BE".
_CALENDAR_BEFORE = re.compile(r"\b(?:Iranian|Persian|Afghan|Shamsi|Solar\s+Hijri|Hijri|Hijra|Islamic|[Ll]unar|Hebrew|Jewish|Buddhist|"
                              r"Thai|Ethiopian|Nepali|Nepalese|Bikram\s+Sambat|Coptic|Juche)\s+(?:calendar\s+)?(?:year\s+)?$")
_CALENDAR_AFTER = re.compile(r"\s*(?:AH|A\.H\.|SH|S\.H\.|AP|BE|B\.E\.|Hijri|Shamsi)\b")


def other_calendar(m: re.Match[str], group: str = "year") -> bool:
    """Whether the year at `m` counts from another era than ours (not 1404 of ours, but March 2025–26)."""
    return bool(_CALENDAR_BEFORE.search(m.string, max(0, m.start(group) - 40), m.start(group))
                or _CALENDAR_AFTER.match(m.string, m.end(group)))


@rule("the_year_n", rf"{B}[Tt]he\s+year\s+(?P<year>\d{{1,7}}){E}")
def _the_year_n(m: re.Match[str], ctx: Context) -> Timex | None:
    year = int(m["year"])
    if not 1 <= year <= cal.MAX_YEAR or other_calendar(m):
        return None
    return mk(m, DATE, year_str(year), "written out")


@rule("year", rf"{B}(?:{MOD}(?:the\s+(?=\d{{4}}'?s\b))?)?(?P<fiscal>(?:[Ff]iscal|[Cc]alendar|[Mm]odel)\s+(?:[Yy]ear\s+)?)?(?P<year>{YEAR})(?P<s>'?s)?{E}(?!\s*(?:%|percent|-\d))(?!,\d)(?!\.\d)")
def _year(m: re.Match[str], ctx: Context) -> Timex | None:
    year = int(m["year"])
    if m["s"]:
        decade = year // 10
        if year % 10:  # "2024's first quarter": a possessive, not a decade
            return None if m["s"] == "s" else mk(m, DATE, year_str(year), "written in full", group="year")
        if year % 100 == 0 and year < 2000:  # "the 1800s" is the century, not its first ten years
            return mk(m, DATE, f"{year // 100:02d}", f"the {year}s: a century", mod=mod_code(m["mod"]))
        value = f"{decade}" if (m["mod"] or "").lower().startswith(("mid", "late")) else f"{decade}X"
        return mk(m, DATE, value, f"the {year}s", mod=mod_code(m["mod"]))
    if other_calendar(m):
        return None  # "the Iranian year 1404", "1446 AH": another era's count
    if m["mod"] or m["fiscal"]:  # "the end of 2019", "fiscal 1988": a year, whatever stands around it
        return mk(m, DATE, year_str(year), "written in full", mod=mod_code(m["mod"]))
    before = m.string[max(0, m.start() - 25):m.start()]
    after = m.string[m.end():m.end() + 25]
    if re.search(r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Dd]uring)\s+$", before) and not re.match(r"\s*(?:%|percent)", after):
        return mk(m, DATE, year_str(year), "written in full")  # "In 2019 troops crossed the border"
    if re.search(r"(?:[$£€#№]|\b(?:No\.|[Nn]umber|[Ff]light|[Rr]oute|[Rr]oom|[Pp]age|[Rr]esolutions?|[Ss]ection|[Aa]rticles?|[Dd]ecrees?|[Aa]t))\s*$", before) \
            and not re.search(r"(?:^|\n)[ \t]*#{1,6}[ \t]+$", before):  # ("## 2023": a heading, not a number)
        return None
    if re.search(r"\b(?:[Rr]esolutions?|S/RES/)\s*\d{2,4}(?:\s*\((?:\d{4})\))?(?:\s*(?:and|,)\s*\d{2,4})?\s*\($", before):
        return None  # "resolution 2729 (2024)": the year is part of the document's name
    if re.search(r"\b\d{2,4}\s*\(\s*$", before) and re.search(r"\b(?:[Rr]esolutions?|[Dd]ecisions?|[Dd]ecrees?)\b[^.;]*$",
                                                              m.string[max(0, m.start() - 120):m.start()]):
        return None  # "…resolutions 1996 (2011), 2625 (2022)": each number's year is part of its name
    if re.match(r"\s*\(\s*(?:1[89]|20)\d\d\s*\)", after) and re.search(r"(?:,|\band|\bor)\s*$", before):
        return None  # "…resolutions 1996 (2011), 2625 (2022) and 2729 (2024)": a listed number with its own year
    if re.search(r"\b(?:[Aa]bout|[Ss]ome|[Nn]early|[Aa]lmost|[Oo]ver|[Mm]ore\s+than|[Tt]han|[Aa]round|[Ff]ewer|[Uu]p\s+to|[Aa]t\s+least|[Oo]nly|[Aa]ll|[Tt]op)\s+$", before) and re.match(rf"\s+(?:{_NATIONALITY_WORD}\s+)?[a-z]", after) and not re.match(r"\s+(?:and|to|through|when|as|was|is|in|on|at|after|before)\b", after):
        return None
    if re.search(r"\b(?:rose|fell|gained|dropped|climbed|lost|added|jumped|slipped|down|up|by|to|of|from|at)\s+$", before) and re.match(r"\s+(?:points?|percent|pts|units|shares|barrels|tons|tonnes|feet|meters|metres|km|miles)\b", after):
        return None
    # ("about 1500 Russian troops": a nationality may stand between a count and its noun too)
    if re.match(rf"\s+(?:(?:more|additional|extra|new|other|further|fresh|foreign|armed|civilian|displaced|local)\s+|"
                rf"{_NATIONALITY_WORD}\s+)?"
                r"(?:points|people|troops|soldiers|men|women|children|persons|refugees|tons|tonnes|votes|dollars|euros|shares|units|cars|barrels|km|miles|feet|meters|metres|years|jobs|workers|employees|members|homes|houses|cases|deaths|strong|words|pages|copies|acres|hectares"
                r"|civilians|fighters|prisoners|detainees|hostages|police|officers|peacekeepers|migrants|families|lorries|trucks)\b", after):
        return None  # ("2000 additional troops": a count, whatever word stands between)
    if re.match(r"[-–]\d", after) or re.search(r"\d[-–:/]$", before):
        return None
    if re.match(r"-(?:strong|member|man|men|page|seat|bed|acre|mile|ton|tonne|word|kilomet|km|meter|metre|foot|feet)", after):
        return None  # "a 1500-strong force": a count in a compound
    if _NAMED_BEFORE.search(before):
        return None  # "Saudi Vision 2030", "the Agenda 2063 summit": a name, not a year
    if _HIJRI_BEFORE.search(before) or re.match(r"\s*(?:AH|A\.H\.|H\.?|Hijri)\b", after):
        return None  # "Jumada Al-Awwal 17, 1448", "1448 AH": a year of the Islamic calendar, not 1448 of ours
    if re.search(r"(?:\b[Cc]a?\.|\b[Cc]irca)\s*$", before):  # "built c. 1500", "ca. 1650": about that year
        return mk(m, DATE, year_str(year), "about that year", mod="APPROX")
    return mk(m, DATE, year_str(year), "written in full")


#: A nationality's adjective between a count and its noun: "Russian", "French", "Congolese", "Israeli".
_NATIONALITY_WORD = r"[A-Z][a-z]+(?:an|ian|ese|ish|i|ch)"
#: A month of the Islamic calendar, and its day, before a year: "Jumada Al-Awwal 17, ", "16 Ramadan ".
HIJRI_MONTH = (r"(?:Muharram|Safar|Rabi['’]?\s*(?:al|Al|ul|Ul)?[- ]?(?:Awwal|Akhir|Thani|Awal)|Jumad[ae]\s*(?:al|Al|ul|Ul)?[- ]?"
               r"(?:Awwal|Ula|Oula|Akhira|Akhirah|Thani|Thaniyah|Akhir)|Rajab|Sha['’]?ban|Ramadh?an|Shawwal|"
               r"Dhu\s*(?:al|Al)?[- ]?(?:Qa['’]?dah|Qi['’]?dah|Hijjah))")
_HIJRI_BEFORE = re.compile(rf"\b{HIJRI_MONTH}\s*(?:\d{{1,2}}(?:st|nd|rd|th)?)?,?\s*$")
#: A capitalised word inside a sentence right before a year makes the year part of a name; months,
#: seasons, holidays and the like are read by their own rules first.
_NAMED_BEFORE = re.compile(r"[\w,;:)\]][ \t]+(?!(?:In|On|At|By|Since|Until|From|To|Through|During|Before|After|Of|For|The|A|An|"
                           r"January|February|March|April|May|June|July|August|September|October|November|December|"
                           r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Spring|Summer|Fall|Autumn|Winter|"
                           r"Christmas|Easter|Ramadan|Fiscal|FY|Q[1-4]|H[12])\b)[A-Z][a-z]+[ \t]+$")  # (on one line: "South Sudan\n\n2024")


@rule("year_range", rf"{B}(?P<y1>{YEAR})[ \t]*(?:-|–|/)\s*(?P<y2>{YEAR}|\d\d){E}")
def _year_range(m: re.Match[str], ctx: Context) -> list[Timex] | None:
    y1 = int(m["y1"])
    y2 = int(m["y2"]) if len(m["y2"]) == 4 else y1 // 100 * 100 + int(m["y2"])
    if y2 <= y1 or y2 - y1 > 200:
        return None
    return linked_range(m, ctx, (m.start("y1"), m.end("y1"), year_str(y1)), (m.start("y2"), m.end("y2"), year_str(y2)),
                        "written in full")


#: Whose age a decade word tells, right before it: "in [his ]mid-twenties", "[their ]late thirties".
_AGE_OWNER_BEFORE = re.compile(r"\b(?:his|her|their|my|our|your|its)\s+$", re.IGNORECASE)
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}


@rule("decade_words", rf"{B}(?:{MOD})?(?:the\s+)?(?P<w>(?:[Tt]wenties|[Tt]hirties|[Ff]orties|[Ff]ifties|[Ss]ixties|[Ss]eventies|[Ee]ighties|[Nn]ineties|[Nn]oughties|[Nn]aughties)|'(?P<d>\d)0s){E}")
def _decade_words(m: re.Match[str], ctx: Context) -> Timex | None:
    if not m.group(0).lower().startswith(("the", "early", "late", "mid", "'")) and "the " not in m.group(0).lower():
        return None
    if _AGE_OWNER_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None  # "joined the service in his mid-twenties", "in their late thirties": an age, no decade
    if m["w"] and m["w"].lower() in ("noughties", "naughties"):  # "the early noughties": the 2000s
        return mk(m, DATE, "200X", "the 2000s", mod=mod_code(m["mod"]))
    digit = int(m["d"]) if m["d"] else DECADE_WORDS[m["w"].lower()]
    decade = 190 + digit
    return mk(m, DATE, f"{decade}X", "decade of the 20th century", mod=mod_code(m["mod"]))


@rule("century", rf"{B}(?:(?P<the>[Tt]he)\s+)?(?:{MOD})?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth|[Ee]leventh|[Tt]welfth|[Tt]hirteenth|[Ff]ourteenth|[Ff]ifteenth|[Ss]ixteenth|[Ss]eventeenth|[Ee]ighteenth|[Nn]ineteenth|[Tt]wentieth|[Tt]wenty-first)[- ]century(?:\s+(?P<bc>BC|B\.C\.))?{E}")
def _century(m: re.Match[str], ctx: Context) -> Timex | None:
    n = lx.ORDINALS.get(m["ord"].lower())
    if not n or n < 1:
        return None
    if m["bc"]:
        return mk(m, DATE, f"-{n:02d}XX" if n < 100 else f"-{n}XX", f"{m['ord']} century BC", mod=mod_code(m["mod"]))
    return mk(m, DATE, f"{n - 1:02d}", f"the {m['ord']} century", mod=mod_code(m["mod"]))


_CENTURY_ORD = (r"\d{1,2}(?:st|nd|rd|th)|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|"
                r"[Tt]enth|[Ee]leventh|[Tt]welfth|[Tt]hirteenth|[Ff]ourteenth|[Ff]ifteenth|[Ss]ixteenth|[Ss]eventeenth|"
                r"[Ee]ighteenth|[Nn]ineteenth|[Tt]wentieth|[Tt]wenty-first")


@rule("centuries", rf"{B}(?:[Tt]he\s+)?(?P<o1>{_CENTURY_ORD})\s*(?:and|to|through|or|-|–)\s*(?:the\s+)?(?P<o2>{_CENTURY_ORD})"
                   rf"\s+centuries(?:\s+(?P<era>AD|A\.D\.|CE|BC|B\.C\.|BCE))?{E}")
def _centuries(m: re.Match[str], ctx: Context) -> list[Timex] | None:
    """"The 8th and 9th centuries AD", "the 15th to 17th centuries": a range from the one century to the other."""
    n1, n2 = lx.ORDINALS.get(m["o1"].lower()), lx.ORDINALS.get(m["o2"].lower())
    if not n1 or not n2 or n1 < 1 or n2 < 1:
        return None
    bc = (m["era"] or "").startswith("B")
    if bc:
        first, second = f"-{n1:02d}XX", f"-{n2:02d}XX"
    else:
        if n2 <= n1:
            return None
        first, second = f"{n1 - 1:02d}", f"{n2 - 1:02d}"
    return linked_range(m, ctx, (m.start(), m.end("o1"), first), (m.start("o2"), m.end(), second), "centuries")


#: Words that say a text tells of times long past, where a year of three digits is a year: "BC", "AD", "century".
_LONG_AGO = re.compile(r"\b(?:BC|B\.C\.|BCE|AD|A\.D\.|CE|[Cc]entur(?:y|ies)|[Cc]aliph\w*|[Ee]mpire|[Dd]ynasty|[Mm]edieval)\b")


#: The words before a year of three digits: "in 715", "by c. 300" (each a look-behind, tried only where the digits stand).
_BEFORE_SHORT_YEAR = ("in", "In", "by", "By", "since", "until", "around", r"c\.", r"ca\.", "circa")


@rule("short_year", r"(?=[1-9]\d\d\b)(?:" + "|".join(rf"(?<=\b{word}\s)" for word in _BEFORE_SHORT_YEAR) + ")"
                    r"(?P<year>[1-9]\d{2})(?=\s*[.,;:)]|\s+(?:and|when|after|before|as|the)\b)")
def _short_year(m: re.Match[str], ctx: Context) -> Timex | None:
    """"Arab armies took the town in 715": a year of three digits, read only after a word of time and where the
    text tells of times long past (else "in 715" is more often a count)."""
    if not _LONG_AGO.search(ctx.text, max(0, m.start() - 1500), m.end() + 1500):
        return None
    return mk(m, DATE, year_str(int(m["year"])), "written in full, a year long past")


@rule("half_of_decade", rf"{B}[Tt]he\s+(?P<h>first|second|last|latter)\s+half\s+of\s+(?:the\s+)?"
                       rf"(?:(?P<decade>1\d\d|20\d)0'?s|'(?P<d>\d)0s|(?P<w>{'|'.join(DECADE_WORDS)})"
                       rf"|(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|[Tt]wentieth|[Nn]ineteenth|[Tt]wenty-first)[- ]century){E}")
def _half_of_decade(m: re.Match[str], ctx: Context) -> Timex | None:
    """"the last half of the '80s", "the first half of the 20th century": the decade or century, its
    start or end (TIMEX3 has no halves of them), written like "the late 1980s"."""
    mod = "START" if m["h"] == "first" else "END"
    if m["ord"]:
        n = lx.ORDINALS.get(m["ord"].lower())
        return mk(m, DATE, f"{n - 1:02d}", f"half of the {m['ord']} century", mod=mod) if n and n > 1 else None
    decade = int(m["decade"]) if m["decade"] else 190 + (int(m["d"]) if m["d"] else DECADE_WORDS[m["w"].lower()])
    return mk(m, DATE, f"{decade}", f"half of the {decade}0s", mod=mod)


# ----------------------------------------------------------------------------------------------
# Seasons, quarters, halves
# ----------------------------------------------------------------------------------------------
@rule("season_pair_year", rf"{B}(?:(?P<the>[Tt]he)\s+)?(?P<mod1>[Ee]arly|[Ll]ate)?\s*(?P<s1>{SEASON})\s+(?P<word>and|or|to|through|into)\s+"
                          rf"(?:the\s+)?(?P<mod2>[Ee]arly|[Ll]ate)?\s*(?P<s2>{SEASON})(?:\s+of)?,?\s+(?P<year>{YEAR}){E}")
def _season_pair_year(m: re.Match[str], ctx: Context) -> list[Timex] | None:
    """"The spring and summer of 1992", "winter to spring 2015": the year written once is both
    seasons' (read apart, "the spring" would be the one nearest publication); "and" lists two, "to"
    runs from one to the other."""
    first, second = lx.SEASON_CODES[m["s1"].lower()], lx.SEASON_CODES[m["s2"].lower()]
    if first == second:
        return None
    year = int(m["year"])
    start = m.start("the") if m["the"] else m.start("mod1") if m["mod1"] else m.start("s1")
    second_start = m.start("mod2") if m["mod2"] else m.start("s2")
    if m["word"] in ("and", "or"):
        return [Timex(start, m.end("s1"), m.string[start:m.end("s1")], DATE, f"{year_str(year)}-{first}",
                      f"written with the year of the {m['s2'].lower()} after it", mod_code(m["mod1"])),
                Timex(second_start, m.end(), m.string[second_start:m.end()], DATE, f"{year_str(year)}-{second}",
                      "written in full", mod_code(m["mod2"]))]
    return linked_range(m, ctx, (start, m.end("s1"), f"{year_str(year)}-{first}"),
                        (second_start, m.end(), f"{year_str(year)}-{second}"), "written in full", mod_code(m["mod1"]))


@rule("season_year", rf"{B}(?P<phrase>(?:(?P<the>[Tt]he)\s+)?(?:{MOD})?(?P<season>{SEASON})(?:\s+of)?,?\s+(?P<year>{YEAR_OR_APOS}))"
                     rf"(?:[-–/](?P<next>\d{{4}}|\d\d))?{E}")
def _season_year(m: re.Match[str], ctx: Context) -> Timex | None:
    code = lx.SEASON_CODES[m["season"].lower()]
    year = full_year(m["year"], ctx)
    # "the winter of 2022-23" is one winter, named by the year it starts in (TIMEX3 "2022-WI"); a
    # second year that does not follow the first is another phrase
    spans_two = m["next"] is not None and code == "WI" and m["year"][0] != "'" \
        and int(m["next"]) in (year + 1, (year + 1) % 100)
    return mk(m, DATE, f"{year_str(year)}-{code}", "written in full", group=0 if spans_two else "phrase",
              mod=mod_code(m["mod"]))


@rule("year_pair_winter", rf"{B}(?:(?P<the>[Tt]he)\s+)?(?P<year>{YEAR})[-–/](?P<next>\d{{4}}|\d\d)\s+(?P<season>[Ww]inter){E}")
def _year_pair_winter(m: re.Match[str], ctx: Context) -> Timex | None:
    """"The 2020-21 winter": one winter, as "the winter of 2020-21" is, named by the year it starts in."""
    year = int(m["year"])
    if int(m["next"]) not in (year + 1, (year + 1) % 100):
        return None
    return mk(m, DATE, f"{year_str(year)}-WI", "a winter named by the two years it spans")


#: A place named after a participle, right before "that MONTH": no saying opens a clause there ("A ceasefire signed in
#: Geneva that October has held").
_PLACE_BEFORE_THAT = re.compile(r"\b[a-z]{3,}(?:ed|en)\s+(?:in|at)\s+(?:[A-Z][\w'’.-]*\s+){1,3}$")
#: A verb right after "that SEASON": the season is a clause's subject and "that" no demonstrative.
_COMPLEMENTIZER_THAT = re.compile(r"\s+(?:would|will|could|might|may|is|was|has|had|came|comes|arrives|arrived|"
                                  r"brings|brought|begins|began|ends|ended)\b")


@rule("season_that", rf"{B}(?:(?P<that>[Tt]hat|[Tt]he\s+same)\s+(?P<season>{SEASON})|(?:[Tt]he\s+)?(?:{MOD})?(?P<season2>{SEASON})\s+of\s+(?P<rel>that|the\s+same|the\s+following|the\s+next|the\s+previous|next|last|this)\s+year){E}")
def _season_that(m: re.Match[str], ctx: Context) -> Timex | None:
    """"That summer", "the spring of that year": a season of the year the story last named ("the autumn of next
    year": of the year named from publication)."""
    rel = re.sub(r"\s+", " ", (m["rel"] or "that").lower())
    if rel in ("next", "last", "this"):
        year = ctx.dct.year + {"next": 1, "last": -1}.get(rel, 0)
        season = m["season2"].lower()
        return mk(m, DATE, f"{year_str(year)}-{lx.SEASON_CODES[season]}", f"the {season} of {rel} year ({year_str(year)})",
                  mod=mod_code(m["mod"]))
    if ctx.ref_year is None:
        return None
    if m["that"] == "that" and _COMPLEMENTIZER_THAT.match(m.string, m.end()) \
            and not re.search(r"\b(?:in|during|by|until|since|through|for|of|before|after|from)\s+$",
                              m.string[max(0, m.start() - 12):m.start()], re.IGNORECASE):
        return None  # "warned that winter would arrive within weeks": "that" opens a clause, the season is its subject
    year = ctx.ref_year + {"the following": 1, "the next": 1, "the previous": -1}.get(rel, 0)
    if rel == "that":  # ("…recorded in 2023, before attacks began in the autumn of that year")
        year = that_year(ctx) or year
    season = (m["season"] or m["season2"]).lower()
    code = lx.SEASON_CODES[season]
    return mk(m, DATE, f"{year_str(year)}-{code}", f"the {season} of {year_str(year)}, the year last named",
              mod=mod_code(m["mod"]))


@rule("month_that", rf"{B}(?:[Tt]hat|[Tt]he\s+same|[Tt]hat\s+same)\s+(?P<mon>{MON_FULL}|{MON_ABBR}){E}(?!\s+\d)")
def _month_that(m: re.Match[str], ctx: Context) -> Timex | None:
    """"Were suspended that December": a month of the year the story last named, not the last one
    before publication."""
    if ctx.ref_year is None:
        return None
    if _COMPLEMENTIZER_THAT.match(m.string, m.end()) \
            and not re.search(r"\b(?:in|during|by|until|since|through|for|of|before|after|from)\s+$",
                              m.string[max(0, m.start() - 12):m.start()], re.IGNORECASE) \
            and not _PLACE_BEFORE_THAT.search(m.string, max(0, m.start() - 40), m.start()):
        return None  # "hoped that March would bring calm": "that" opens a clause, the month is its subject
    month = month_of(m["mon"])
    return mk(m, DATE, month_value(ctx.ref_year, month), f"{lx_month_name(month)} of {year_str(ctx.ref_year)}, the year last named")


def _season_index(day: Day) -> int:
    """year * 4 + season of a day, a season year running spring to winter (winter starts in December)."""
    position = {3: 0, 4: 0, 5: 0, 6: 1, 7: 1, 8: 1, 9: 2, 10: 2, 11: 2, 12: 3, 1: 3, 2: 3}[day.month]
    return (day.year - (1 if day.month <= 2 else 0)) * 4 + position


@rule("season_rel", rf"{B}(?:(?P<the>[Tt]he|[Tt]his)\s+(?P<mod0>[Ee]arly|[Ll]ate|[Mm]id)[- ]?|(?:{MOD})?(?:{REL}|(?P<the2>[Tt]he|[Tt]his))\s+)(?P<season>{SEASON})"
                     # ("the spring after it": the one after the time last told)
                     rf"(?:\s+(?P<side>after|before)\s+(?:it|that)(?![\w-]))?{E}(?!\s+of\s)"
                     # ("the Winter War", "the Spring Offensive": a name)
                     r"(?!\s+(?:War|Offensive|Olympics|Games|Palace|Revolution|Uprising|Session)\b)")
def _season_rel(m: re.Match[str], ctx: Context) -> Timex | None:
    order = ("SP", "SU", "FA", "WI")
    code = lx.SEASON_CODES[m["season"].lower()]
    dct = ctx.dct
    current = _season_index(dct)
    rel = re.sub(r"\s+", " ", (m["rel"] or m["the"] or m["the2"] or "").lower())
    if m["side"] and m["the2"]:
        rel = "the following" if m["side"] == "after" else "the previous"
    target_pos = order.index(code)
    same_year = current // 4 * 4 + target_pos
    season = m["season"].lower()
    if rel == "the" and habitual_at(ctx, m.start()):  # "…usually begins straw polls in the summer": every year's
        return mk(m, DATE, f"XXXX-{code}", f"the {season}, of every year (a habit told in the present)",
                  mod=mod_code(m["mod"] or m["mod0"]))
    if rel == "the next" and ctx.ref_at >= 0 and ctx.ref_year is not None and ctx.tense(m.start(), m.end()) != "future":
        rel = "the following"  # "The next summer, Minsk began flying migrants…": the one after the story's time, as a year's
    if rel in ("the following", "the previous") and ctx.ref_at >= 0 and ctx.ref_year is not None:
        # "Protests began in June 2019. By the following spring…": counted from the story's date
        # (a season told last is the story's time: "the spring of 1998 … The summer after that" is 1998's)
        story = ctx.ref if ctx.ref_grain == "day" and ctx.ref is not None else \
            ctx.ref_season_middle if ctx.ref_season_middle is not None and ctx.ref_grain == "year" else \
            Day.of(*ctx.ref_month, 15) if ctx.ref_month is not None and ctx.ref_month[0] == ctx.ref_year else \
            Day.of(ctx.ref_year, 7, 1)
        at = _season_index(story)
        base = at // 4 * 4 + target_pos
        if rel == "the following":
            index = base if base > at else base + 4
        else:
            index = base if base < at else base - 4
        how = f"{rel} {season}, relative to {story.label()}"
    elif rel in ("last", "this past", "past", "the past", "previous", "the previous"):
        # ("The central bank was paralysed last summer", written in November, is this year's summer: the last one gone)
        index = same_year if same_year < current else same_year - 4
        how = f"the last {season} before {dct.label()}"
    elif rel in ("next", "coming", "this coming", "the coming", "the next", "the following"):
        index = same_year if same_year > current else same_year + 4
        how = f"the next {season} after {dct.label()}"
    elif rel in ("this", "current", "the current"):
        # (the season year runs from spring to winter, but in January "this spring" is the calendar year's, the one ahead;
        # only "this winter" is the winter the month is in)
        index = same_year if code == "WI" else dct.year * 4 + target_pos
        how = f"the {season} of the publication year"
    else:
        index, how = _season_by_tense(m, ctx, same_year, current, season)
    return mk(m, DATE, f"{year_str(index // 4)}-{code}", how, mod=mod_code(m["mod"] or m["mod0"]))


#: A present perfect and its "since", right before a season: "has been stalled since [the spring]".
_PERFECT_SINCE_BEFORE = re.compile(r"\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?:been\s+)?[a-z]{3,}\b[^.;]{0,60}?\bsince\s+(?:the\s+)?"
                                   r"(?:(?:early|late|mid)[- ]?)?$", re.I)
#: A putting off and what it puts off, up to the season it goes to: "postponed the trial until [the spring]".
_PUT_OFF_TO_SEASON = re.compile(rf"\b(?:{PUT_OFF_VERBS}|adjourned)"
                                r"\s+(?:[\w'’-]+\s+){0,10}?(?:to|until|till)\s+(?:the\s+)?(?:(?:early|late|mid)[- ]?)?$", re.I)
#: A past verb of looking ahead, and its object's infinitive, before a season: "few expected the fighting to last beyond".
_LOOKED_AHEAD_THEN = re.compile(r"\b(?:expected|hoped|feared|predicted|believed|thought|assumed)\s+(?:[\w'’-]+\s+){0,5}?to\s+"
                                r"[a-z]+\s+(?:[\w'’-]+\s+){0,4}?(?:beyond|until|till|by|in|before|after|through)\s+(?:the\s+)?$")
#: An infinitive of a doing: "to hold", "to meet" (not "to the region").
_INFINITIVE_BETWEEN = re.compile(r"\bto\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|be|date)\b)[a-z]{3,}\s+"
                                 r"(?:the|a|an|its|their|talks|again|[a-z]+s)\b")


def _season_by_tense(m: re.Match[str], ctx: Context, same_year: int, current: int, season: str) -> tuple[int, str]:
    """The season of the publication's season year, or the one before or after it as the clause's tense says
    (in a narrative, of the year it last named)."""
    in_force = year_in_force(ctx, m.start())
    if in_force is not None:
        return in_force[0] * 4 + same_year % 4, f"the {season} of {year_str(in_force[0])}, {in_force[1]}"
    framed = framed_year(ctx, m.start())
    if framed is not None:  # "In 2023, the rebels advanced in the spring": that year's
        return framed * 4 + same_year % 4, f"the {season} of {year_str(framed)}, the year that opens the sentence"
    tense = ctx.tense(m.start(), m.end())
    sentence_start = ctx.sentence_bounds(m.start())[0]
    if _PUT_OFF_TO_SEASON.search(ctx.text, max(sentence_start, m.start() - 80), m.start()):
        # "The court postponed the trial until the spring": a happening put off goes to a season ahead of the putting
        # off, whatever the tense of the telling
        return (same_year if same_year > current else same_year + 4), f"the next {season} after {ctx.dct.label()}, " \
                                                                      f"a happening put off to it"
    if tense != "future" and agreed_to_do_before(ctx, m.start()):
        tense = "future"
    # (a looking ahead told in the past is of the story's time: "…in April 2023, few diplomats expected the fighting to
    # last beyond the summer" is the summer after then)
    story_tense = "past" if tense == "future" and _LOOKED_AHEAD_THEN.search(
        ctx.text, max(sentence_start, m.start() - 100), m.start()) else tense
    story = ctx.ref_season_middle
    if story is None and ctx.ref_grain == "year" and ctx.ref_year is not None and ctx.ref_year < ctx.dct.year \
            and ctx.ref_at >= 0 and re.match(r"(?:(?:early|mid-?|late)\s*)?\d{4}\b", ctx.text[ctx.ref_at:ctx.ref_at + 12], re.I):
        # ("In early 2012, envoys met quietly in Havana. By the autumn, the talks were public": a year the story is at,
        # from its spring on, or from its autumn when it was late in it)
        story = Day.of(ctx.ref_year, 11 if ctx.text[ctx.ref_at:ctx.ref_at + 4].lower() == "late" else 3, 1)
    # (not a present perfect's "since", which reaches the day of writing: "…has been stalled since the spring", after a
    # sentence of 2025, is this year's spring)
    perfect_since = _PERFECT_SINCE_BEFORE.search(ctx.text, max(sentence_start, m.start() - 120), m.start())
    if story is not None and ctx.ref_grain == "year" and ctx.ref_year != ctx.dct.year and 0 <= m.start() - ctx.ref_at <= 400 \
            and story_tense != "future" and story.number < ctx.dct.number and perfect_since is None:  # (a story told of the
        # past, not a plan's season)
        # "In the spring of 2024, the first shells fell. That summer, most families left. By the fall, …": the season
        # the story comes to next, after the one it told last
        at = _season_index(story)
        index = at // 4 * 4 + same_year % 4
        index = index if index >= at else index + 4
        return index, f"the {season} after the season the story is at, {story.label()}"
    sentence_start = ctx.sentence_bounds(m.start())[0]
    told = ctx.ref_month if ctx.ref_month is not None and ctx.ref_grain in ("day", "month") \
        and ctx.ref_month[0] != ctx.dct.year and 0 <= ctx.ref_month_at < m.start() \
        and (sentence_start <= ctx.ref_month_at
             # (…or in the sentence before, when this one goes on with the story: "…in March 2023, at Ohrid, they agreed
             # on an annex. Then came the summer.")
             or m.start() - ctx.ref_month_at < 300 and _STORY_GOES_ON_OPENING.match(ctx.text, sentence_start)) \
        and story_tense != "future" \
        and not _INFINITIVE_BETWEEN.search(ctx.text, ctx.ref_month_at, m.start()) else None  # ("…, set up in March 2023,
    # open around the clock and [to hold] the next round in the autumn": what is to be done is ahead of the month told)
    if told is not None:
        # "…hosted meetings in Geneva in March and July 2025, and again in New York in the autumn": the season the
        # sentence's story comes to next, after the month it told
        at = _season_index(Day.of(told[0], told[1], 15))
        index = at // 4 * 4 + same_year % 4
        index = index if index >= at else index + 4
        # (…or ahead, after a month still to come: "An informal meeting, probably in January, then talks on crossing points
        # in the spring", written in November)
        if index < current or told > (ctx.dct.year, ctx.dct.month):
            where = "in its sentence" if sentence_start <= ctx.ref_month_at else "in the sentence before"
            return index, f"the {season} after {lx_month_name(told[1])} {year_str(told[0])}, named before it {where}"
    if same_year == current or tense is None:
        index = same_year
    elif tense == "future":
        index = same_year if same_year > current else same_year + 4
    else:
        index = same_year if same_year < current else same_year - 4
    return index, f"the {season} nearest {ctx.dct.label()}" + (f", by {tense} tense" if tense else "")


#: A sentence opening that takes the story on from the one before: "Then came", "By the summer", "Later that".
_STORY_GOES_ON_OPENING = re.compile(r"\s*(?:Then|By|Later|After\s+that|Soon|That|Through|Over|Into|Come)\b")


#: A state a season brings, right before the bare season: "the region may be ice-free [in summer]", "the road is impassable".
_SEASONAL_STATE = re.compile(r"\b(?:be|is|are|was|were|been|become|becomes|remain|remains|stay|stays)\s+(?:[a-z]+ly\s+)?"
                             r"(?:ice-free|ice-bound|icebound|frozen(?:\s+over)?|snowbound|impassable|navigable|inaccessible|"
                             r"unreachable|cut\s+off)\s+$")


@rule("season_bare", r"(?<![\w-])(?:[Ii]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ss]ince|[Bb]efore|[Aa]fter|[Dd]uring|[Tt]hrough|[Ff]rom"
                     # (…or a second season joined to a first: "in the spring [and] early summer")
                     r"|(?<=spring\s)and|(?<=summer\s)and|(?<=autumn\s)and|(?<=winter\s)and|(?<=fall\s)and|(?<=\d\d\d\d\s)and)\s+"
                     r"(?P<span>(?:(?P<mod>early|late|mid)[- ]?)?(?P<season>spring|summer|autumn|fall|winter))"
                     r"(?![\w-])(?!\s+(?:of|and|collection|season|months|term|session|break|holidays?|vacation|"
                     r"offensive|campaign|games|olympics|wheat|crops?|harvest)\b)")
def _season_bare(m: re.Match[str], ctx: Context) -> Timex | None:
    """"By early autumn", "in spring": a season named without "the" after a preposition of time, the
    nearest one as the clause's tense leans (lower case only: "the Arab Spring" is no season)."""
    code = lx.SEASON_CODES[m["season"]]
    current = _season_index(ctx.dct)
    same_year = current // 4 * 4 + ("SP", "SU", "FA", "WI").index(code)
    if m.group().startswith("and"):
        if ctx.ref_year is None or not 0 <= m.start() - ctx.ref_at <= 40 \
                or not re.search(r"spring|summer|autumn|fall|winter", ctx.text[ctx.ref_at:m.start()], re.I):
            return None  # (joined to no season: "in 2024 and spring")
        # "in the spring and early summer", "in spring 2025 and early summer": the year of the season it is joined to
        return mk(m, DATE, f"{year_str(ctx.ref_year)}-{code}", f"{m['season']}, of the season joined before it",
                  group="span", mod=mod_code(m["mod"]))
    if habitual_at(ctx, m.start()):
        return mk(m, DATE, f"XXXX-{code}", f"{m['season']}, of every year (a habit told in the present)", group="span",
                  mod=mod_code(m["mod"]))
    if _SEASONAL_STATE.search(ctx.text, max(0, m.start() - 60), m.start()):
        return mk(m, DATE, f"XXXX-{code}", f"{m['season']}, of every year (a state the season brings)", group="span",
                  mod=mod_code(m["mod"]))
    index, how = _season_by_tense(m, ctx, same_year, current, m["season"])
    return mk(m, DATE, f"{year_str(index // 4)}-{code}", how, group="span", mod=mod_code(m["mod"]))


@rule("season_entry", r"^[ \t*•·\-–—]*(?P<span>(?:(?P<mod>[Ee]arly|[Ll]ate|[Mm]id)[- ]?)?(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|"
                      r"[Ff]all|[Ww]inter))[ \t]*(?::|[–—-][ \t])", re.M)
def _season_entry(m: re.Match[str], ctx: Context) -> Timex | None:
    """"- Summer: Underwriters work on a pool": a season labelling a chronology's entry, the first such season from the
    entry before on (or, in a chronology told newest first, the last before it); with no dated entry before, the
    nearest as the entry's tense leans."""
    season = m["season"].lower()
    code = lx.SEASON_CODES[season]
    position = ("SP", "SU", "FA", "WI").index(code)
    before = chronology_entry_before(ctx, m.start("span"))
    if before is None:
        current = _season_index(ctx.dct)
        index, how = _season_by_tense(m, ctx, current // 4 * 4 + position, current, season)
    else:
        at = _season_index(before)
        base = at // 4 * 4 + position
        index, how = base if base >= at else base + 4, f"the first {season} from {before.label()}, the entry before it in " \
                                                       f"the chronology"
        if index > _season_index(ctx.dct):
            index, how = base if base <= at else base - 4, f"the last {season} up to {before.label()}, the entry before " \
                                                           f"it in a chronology told newest first"
    return mk(m, DATE, f"{year_str(index // 4)}-{code}", how, group="span", mod=mod_code(m["mod"]))


#: A term extended up to what follows: "agreed to extend the cuts through [the third quarter]" runs ahead of the agreeing.
_EXTENDED_THROUGH = re.compile(r"\b(?:extend\w*|prolong\w*|roll\w*\s+over|renew\w*)\b[^.;:]{0,80}?\s(?:through|until|till|into)\s+"
                               r"(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?$", re.I)
QUARTER_ORD = r"(?P<q>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)"


@rule("quarter", rf"{B}(?P<edge>(?:[Tt]he\s+)?(?:end|beginning|start|middle|close)\s+of\s+)?(?:(?P<the>[Tt]he|[Tt]his|[Ll]ast\s+year's|[Tt]his\s+year's|[Nn]ext\s+year's|[Ii]ts|[Tt]heir)\s+)?(?:(?P<ago>year-ago|year-earlier|prior-year|comparable)\s+)?(?:(?P<year0>{YEAR})(?:'s|’s)?\s+)?(?:(?:fiscal|calendar|latest)[\s-]+)?{QUARTER_ORD}[- ](?:fiscal[- ])?quarters?(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<year>{YEAR})|\s+of\s+(?P<rel_year>next|last|this|the\s+(?:next|following|previous|same|current)|that)\s+year)?{E}")
def _quarter(m: re.Match[str], ctx: Context) -> Timex | None:
    """A quarter, with the edge of it named before ("before the end of the first quarter": END)."""
    found = _quarter_unedged(m, ctx)
    if found is None or not m["edge"]:
        return found
    edge = "END" if re.search(r"end|close", m["edge"]) else "MID" if "middle" in m["edge"] else "START"
    return Timex(m.start(), found.end, m.string[m.start():found.end], found.type, found.value, found.derivation, mod=edge,
                 comparison=found.comparison)


def _quarter_unedged(m: re.Match[str], ctx: Context) -> Timex | None:
    q = lx.ORDINALS[m["q"].lower()]
    if not (m["year"] or m["year0"] or m["rel_year"]) and re.match(r"\s+(?:in\s+a\s+row|running)\b", m.string[m.end():m.end() + 14]):
        return None  # "fell for the third quarter in a row": a count of quarters, not one of them
    if m["year"] or m["year0"]:
        return mk(m, DATE, quarter_value(int(m["year"] or m["year0"]), q), "written in full")
    if m["rel_year"]:  # "the first quarter of next year", "the second quarter of that year"
        rel = re.sub(r"\s+", " ", m["rel_year"].lower())
        shift = 1 if rel in ("next", "the next", "the following") else -1 if rel in ("last", "the previous") else 0
        anaphoric = rel in ("that", "the same", "the following", "the previous", "the next")
        if anaphoric and ctx.ref_year is None:
            return None
        base = ctx.ref_year if anaphoric and ctx.ref_year is not None else ctx.dct.year
        return mk(m, DATE, quarter_value(base + shift, q), f"quarter {q} of {rel} year ({year_str(base + shift)})")
    the = (m["the"] or "").lower()
    if m["ago"]:
        return compared(mk(m, DATE, quarter_value(quarter_year(q, ctx) - 1, q), "the same quarter a year before"))
    if the == "next year's":
        return mk(m, DATE, quarter_value(ctx.dct.year + 1, q), "that quarter of next year")
    if the == "last year's":
        return compared(mk(m, DATE, quarter_value(quarter_year(q, ctx) - 1, q), "the same quarter a year before"))
    start = m.start("the") if the in ("its", "their") or (m["edge"] and m["the"]) else m.start("q") if m["edge"] else m.start()
    ahead = the != "this" and (ctx.looks_ahead(m.start(), m.end())
                               or _EXTENDED_THROUGH.search(m.string, max(0, m.start() - 120), m.start()) is not None)
    span = Timex(start, m.end(), m.string[start:m.end()], DATE, quarter_value(quarter_year(q, ctx, ahead), q),
                 f"quarter {q} of the {'next' if ahead else 'latest'} fiscal year {'from' if ahead else 'before'} {ctx.dct.label()}")
    if the in ("its", "their"):
        return Timex(m.start("q"), m.end(), m.string[m.start("q"):m.end()], span.type, span.value, span.derivation)
    return span


@rule("h_number", rf"{B}(?:H(?P<h>[12])|(?P<h2>[12])H)\s+(?P<year>{YEAR}){E}")
def _h_number(m: re.Match[str], ctx: Context) -> Timex | None:
    """"H1 2024", "2H 2023": a half year, as results stories write it (only with its year: "H1"
    alone is too many things)."""
    return mk(m, DATE, f"{year_str(int(m['year']))}-H{m['h'] or m['h2']}", "written as Hn")


@rule("fiscal_year_code", rf"{B}(?:FY\s?|(?P<word>[Ff]iscal\s+(?:[Yy]ear\s+)?)(?=\d{{4}}\s*[-–/]\s*\d))(?P<year>{YEAR}|\d\d)"
                          rf"(?:\s*[-–/]\s*(?P<end>{YEAR}|\d\d))?{E}")
def _fiscal_year_code(m: re.Match[str], ctx: Context) -> Timex | None:
    """"FY2024", "FY24": a fiscal year, named by the calendar year it ends in — as are "FY2026/27" and
    "fiscal 2026-27", which name both years it spans."""
    year = full_year(m["year"] if len(m["year"]) == 4 else "'" + m["year"], ctx)
    if m["end"]:
        end = int(m["end"]) if len(m["end"]) == 4 else year // 100 * 100 + int(m["end"])
        if end <= year or end - year > 10:
            return None
        if end > year + 1:  # "FY2024-26": fiscal years from one to the other
            return linked_range(m, ctx, (m.start(), m.end("year"), year_str(year + 1)),
                                (m.start("end"), m.end("end"), year_str(end)), "fiscal years")
        year = end
    elif m["word"]:
        return None
    return mk(m, DATE, year_str(year), "a fiscal year")


@rule("q_number", rf"{B}Q(?P<q>[1-4])(?:\s+(?P<year>{YEAR}))?{E}")
def _q_number(m: re.Match[str], ctx: Context) -> Timex | None:
    q = int(m["q"])
    year = int(m["year"]) if m["year"] else quarter_year(q, ctx)
    return mk(m, DATE, quarter_value(year, q), "written as Qn")


@rule("quarter_rel", rf"{B}(?:(?P<rel>[Tt]he\s+(?:latest|last|past|previous|most\s+recent|current|year-earlier|year-ago|prior-year|comparable|same|next|coming)|[Tt]his|[Nn]ext|[Ll]ast)\s+(?:fiscal\s+)?quarter|[Tt]he\s+quarter|(?P<that>[Tt]hat\s+quarter)){E}")
def _quarter_rel(m: re.Match[str], ctx: Context) -> Timex | None:
    rel = re.sub(r"\s+", " ", (m["rel"] or "the quarter").lower())
    current = ctx.dct.year * 4 + ctx.dct.quarter - 1
    offsets = {"the latest": -1, "the last": -1, "the past": -1, "the previous": -1, "the most recent": -1,
               "the current": 0, "this": 0, "the year-earlier": -5, "the year-ago": -5, "the prior-year": -5,
               "the comparable": -5, "the same": -5, "the next": 1, "the coming": 1, "next": 1, "last": -1,
               "the quarter": -1}
    index = current + offsets.get(rel, -1)
    if offsets.get(rel, -1) == -5:
        return compared(mk(m, DATE, quarter_value(index // 4, index % 4 + 1), f"{rel} quarter relative to {ctx.dct.label()}"))
    ended = PERIOD_ENDED.match(m.string, m.end())
    if ended and ctx.ref_quarter is None and rel in _NAMED_BY_ITS_END:
        return _quarter_ended(m, ended, ctx)
    if m["that"] and ctx.ref_quarter is None:
        return None
    if (rel == "the quarter" or m["that"]) and ctx.ref_quarter is not None:
        index = ctx.ref_quarter
        return mk(m, DATE, quarter_value(index // 4, index % 4 + 1), "the quarter last mentioned")
    return mk(m, DATE, quarter_value(index // 4, index % 4 + 1), f"{rel} quarter relative to {ctx.dct.label()}")


#: The quarters that "ended Sept. 30" may name: the one being reported, not a year-ago one.
_NAMED_BY_ITS_END = ("the quarter", "the latest", "the last", "the past", "the previous", "the most recent", "the current",
                     "this")


def _quarter_ended(m: re.Match[str], ended: re.Match[str], ctx: Context) -> Timex | None:
    """"the quarter ended Sept. 30": the three months before that day, named by the calendar quarter
    that holds most of them (the one of the middle month), so a fiscal quarter to July 31 is Q2 —
    unless the story already named its quarter ("its fiscal first quarter"), whose name it keeps."""
    month = month_of(ended["mon"])
    year = period_end_year(ended, ctx)
    middle_year, middle = (year, month - 1) if month > 1 else (year - 1, 12)
    return mk(m, DATE, quarter_value(middle_year, (middle - 1) // 3 + 1),
              f"the three months to {ended['mon']} {int_day(ended['day'])}, {year}")


@rule("half_of_month", rf"{B}(?:[Tt]he\s+)?(?P<h>[Ff]irst|[Ss]econd|[Ll]atter|[Ll]ast)[- ]half\s+of\s+(?P<mon>{MON_FULL}|{MON_ABBR})"
                       rf"(?:,?\s+(?P<year>{YEAR}))?{E}")
def _half_of_month(m: re.Match[str], ctx: Context) -> Timex | None:
    """"The second half of September": that month, its end (not half of a year and a month apart)."""
    month = month_of(m["mon"])
    year, how = (int(m["year"]), f"{m['mon']} {m['year']}, written in full") if m["year"] else resolve_month(month, ctx, m)
    mod = "START" if m["h"].lower() == "first" else "END"
    return mk(m, DATE, month_value(year, month), f"the {m['h'].lower()} half of {how}", mod=mod)


@rule("half_of_the_month", rf"{B}(?:[Tt]he\s+)?(?P<h>[Ff]irst|[Ss]econd|[Ll]atter|[Ll]ast)[- ]half\s+of\s+"
                            rf"(?P<rel>the|this|that|last|next)\s+month{E}")
def _half_of_the_month(m: re.Match[str], ctx: Context) -> Timex | None:
    """"…drone strikes on Odesa's ports in the first half of the month": the month the story is at, its start (not the
    first half of a year)."""
    rel = m["rel"].lower()
    if rel in ("the", "that") and ctx.named_month is not None and 0 <= m.start() - ctx.ref_month_at <= 600:
        (year, month), how = ctx.named_month, "the month named before"
    else:
        step = {"last": -1, "next": 1}.get(rel, 0)
        total = ctx.dct.year * 12 + ctx.dct.month - 1 + step
        year, month, how = total // 12, total % 12 + 1, f"{rel} month from {ctx.dct.label()}"
    mod = "START" if m["h"].lower() == "first" else "END"
    return mk(m, DATE, month_value(year, month), f"the {m['h'].lower()} half of {how}", mod=mod)


@rule("half", rf"{B}(?:(?P<the>[Tt]he)\s+)?(?P<h>[Ff]irst|[Ss]econd|[Ll]ast|1st|2nd)[- ]half(?:\s+of\s+(?:(?P<year>{YEAR})|(?P<rel>this|last|next|the)\s+year))?(?!\s+of\s+(?:the|this|that|last|next)\s+(?:month|week)){E}")
def _half(m: re.Match[str], ctx: Context) -> Timex | None:
    h = 1 if m["h"].lower() in ("first", "1st") else 2
    if m["year"]:
        year = int(m["year"])
    elif m["rel"] in ("last",):
        year = ctx.dct.year - 1
    elif m["rel"] == "next":
        year = ctx.dct.year + 1
    elif m["rel"]:
        year = ctx.dct.year
    elif ctx.looks_ahead(m.start(), m.end()):  # "expected to recover in the second half"
        year = ctx.dct.year if (h == 2 or ctx.dct.month <= 6) else ctx.dct.year + 1
    else:
        year = ctx.dct.year if (h == 1 or ctx.dct.month >= 7) else ctx.dct.year - 1
    return mk(m, DATE, f"{year_str(year)}-H{h}", "half of a year")


@rule("two_quarters", rf"{B}(?:[Tt]he\s+)?(?P<which>[Ff]irst|[Ll]ast|[Ss]econd)\s+two\s+quarters\s+of\s+(?:(?P<year>{YEAR})|"
                      rf"(?P<rel>this|last|next)\s+year){E}")
def _two_quarters(m: re.Match[str], ctx: Context) -> Timex | None:
    """"The first two quarters of 1990": its first half, as a half is written."""
    year = int(m["year"]) if m["year"] else ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m["rel"]]
    h = 1 if m["which"].lower() == "first" else 2
    return mk(m, DATE, f"{year_str(year)}-H{h}", f"the {m['which'].lower()} two quarters of {year}: a half")


@rule("hijri_corresponding", rf"{B}(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{HIJRI_MONTH},?\s+"
                             rf"\d{{4}}\s*(?:AH|A\.H\.|H\.|Hijri)?\s*,?\s*(?:(?:which\s+)?correspond(?:s|ing)\s+to|equivalent\s+to)\s+"
                             rf"(?:the\s+)?(?:(?P<day>{DAYNUM})\s+(?:of\s+)?(?P<mon>{MON_FULL}|{MON_ABBR})\s*,?\s+(?P<year>{ANY_YEAR})"
                             rf"|(?P<mon2>{MON_FULL}|{MON_ABBR})\s+(?P<day2>{DAYNUM}),?\s+(?P<year2>{ANY_YEAR})){E}")
def _hijri_corresponding(m: re.Match[str], ctx: Context) -> Timex | None:
    """"(On Tuesday,) 6 Jumada al-Akhirah 1448 AH, corresponding to 17 November 2026": an official Gulf dating, the
    Islamic date first and ours after it — one date, ours, which its weekday names too."""
    year, month = int(m["year"] or m["year2"]), month_of(m["mon"] or m["mon2"])
    day = int_day(m["day"] or m["day2"])
    if not valid_day(year, month, day):
        return None
    return mk(m, DATE, day_value(Day.of(year, month, day)), "the Gregorian date given beside the Hijri one")


@rule("pre_post_year", rf"(?<![\w-])(?P<side>[Pp]re|[Pp]ost)-(?P<year>{YEAR}){E}(?!-)")
def _pre_post_year(m: re.Match[str], ctx: Context) -> Timex | None:
    """"The pre-2014 borders", "post-1959 Cuba": the year, told as what came before or after it."""
    return mk(m, DATE, year_str(int(m["year"])), f"{m['side'].lower()}-{m['year']}",
              mod="BEFORE" if m["side"].lower() == "pre" else "AFTER")

