"""Rules for named and spelled-out dates: years in words, holidays, months of a relative year,
weeks named by a day, and the periods of earnings reports."""

from __future__ import annotations

import warnings
from functools import lru_cache

from timeline_app.extraction.rules_relative import _year_ago_value

# The grammar is written in the core's vocabulary (fragments, helpers, Timex types).
from timeline_app.extraction.temporal_core import *  # noqa: F403

# ----------------------------------------------------------------------------------------------
# Spelled-out years, holidays, months of a relative year, weeks named by a day
# ----------------------------------------------------------------------------------------------
_TENS_WORDS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ONES_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS_WORDS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
SPELLED_YEAR = (
    rf"(?:[Nn]ineteen|[Ee]ighteen|[Tt]wenty)[- ](?:{_TENS_WORDS}(?:[- ]{_ONES_WORDS})?|{_TEENS_WORDS}|hundred(?:\s+and\s+{_ONES_WORDS})?)"
    rf"|(?:[Tt]wo|[Oo]ne)\s+thousand(?:\s+(?:and\s+)?(?:{_TENS_WORDS}(?:[- ]{_ONES_WORDS})?|{_TEENS_WORDS}|{_ONES_WORDS}))?"
)


def spelled_year(text: str) -> int | None:
    t = re.sub(r"[\s-]+", " ", text.lower()).replace(" and ", " ")
    words = t.split()
    if len(words) >= 2 and words[1] == "thousand":
        rest = lx.parse_count(" ".join(words[2:]).replace(" ", "-")) if words[2:] else 0
        base = 2000 if words[0] == "two" else 1000
        return base + int(rest or 0)
    head = {"nineteen": 19, "eighteen": 18, "twenty": 20}.get(words[0])
    if head is None:
        return None
    if words[1] == "hundred":
        return head * 100 + int(lx.parse_count(words[2]) or 0) if len(words) > 2 else head * 100
    rest = lx.parse_count("-".join(words[1:]))
    return head * 100 + int(rest) if rest is not None else None


@rule("spelled_year", rf"{B}(?:(?P<mon>{MON_FULL})\s+|(?P<the>[Tt]he\s+year)\s+|(?P<season>(?:[Tt]he\s+)?{SEASON})\s+of\s+)?(?P<y>{SPELLED_YEAR}){E}")
def _spelled_year(m: re.Match[str], ctx: Context) -> Timex | None:
    year = spelled_year(m["y"])
    if year is None:
        return None
    if not (m["mon"] or m["the"] or m["season"]) and year < 1900 and "thousand" not in m["y"].lower():
        return None
    if re.match(r"\s+(?!(?:has|was|is|does|as|its|this|thus|his)\b)(?:[a-z]+\s+)?(?:[a-z]+s|people|men|women|children)\b",
                m.string[m.end():m.end() + 30]):
        return None  # "in two thousand people", "nineteen forty-five soldiers": a count
    # ("nineteen ninety-six" is a year wherever it stands, as a transcript writes one; "twenty twenty" or
    # "two thousand" only where a year is wanted)
    unmistakable = re.fullmatch(rf"(?:[Nn]ineteen|[Ee]ighteen)[- ]{_TENS_WORDS}(?:[- ]{_ONES_WORDS})?", m["y"])
    if not (m["mon"] or m["the"] or m["season"] or unmistakable):
        before = m.string[max(0, m.start() - 12):m.start()].lower()
        if not re.search(r"\b(?:in|since|of|until|by|from|to|during|before|after|a|an|the|that|this|its|his|her|their)\s+$",
                         before):
            return None
    if m["mon"]:
        return mk(m, DATE, month_value(year, month_of(m["mon"])), "year written in words")
    if m["season"]:
        code = lx.SEASON_CODES[m["season"].split()[-1].lower()]
        return mk(m, DATE, f"{year_str(year)}-{code}", "year written in words")
    return mk(m, DATE, year_str(year), "year written in words")


def orthodox_easter(year: int) -> tuple[int, int]:
    """Orthodox Easter Sunday: the Julian computus (Meeus), moved by the days the Julian calendar lags the
    Gregorian one in that century."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    lag = year // 100 - year // 400 - 2
    gregorian = Day.of(year, month, day + 1).plus(lag)
    return gregorian.month, gregorian.ymd[2]


def easter(year: int) -> tuple[int, int]:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's own name
    mm = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * mm + 114) // 31
    day = (h + l - 7 * mm + 114) % 31 + 1
    return month, day


def nth_weekday(year: int, month: int, weekday: int, n: int) -> Day:
    first = Day.of(year, month, 1)
    return first.plus((weekday - first.weekday) % 7 + 7 * (n - 1))


def holiday_day(name: str, year: int) -> Day | None:
    key = re.sub(r"\s+", " ", name.lower()).replace("’", "'")
    fixed = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
             "valentine's day": (2, 14), "halloween": (10, 31), "veterans day": (11, 11),
             "armistice day": (11, 11), "bastille day": (7, 14), "may day": (5, 1), "boxing day": (12, 26), "orthodox christmas": (1, 7),
             # Nowruz falls on the spring equinox's day, 20 or 21 March: marked approximate
             "nowruz": (3, 21), "novruz": (3, 21), "nowrouz": (3, 21), "navruz": (3, 21)}
    if key in fixed:
        return Day.of(year, *fixed[key])
    if key in ("thanksgiving", "thanksgiving day"):
        return nth_weekday(year, 11, 4, 4)
    if key in ("black friday", "cyber monday"):  # the shopping days after Thanksgiving
        return nth_weekday(year, 11, 4, 4).plus(1 if key == "black friday" else 4)
    if key in ("good friday", "easter monday", "palm sunday", "holy week"):  # Holy Week: the week of Good Friday
        return Day.of(year, *easter(year)).plus({"easter monday": 1, "palm sunday": -7}.get(key, -2))
    if key == "election day":
        return nth_weekday(year, 11, 1, 1).plus(1)
    if key in ("easter", "easter sunday"):
        return Day.of(year, *easter(year))
    if key in ("orthodox easter", "orthodox easter sunday"):
        return Day.of(year, *orthodox_easter(year))
    if key == "memorial day":
        last = nth_weekday(year, 5, 1, 4)
        return last.plus(7) if last.plus(7).month == 5 else last
    if key == "labor day":
        return nth_weekday(year, 9, 1, 1)
    return _lunar_holiday(key, year)


#: Holidays of the Islamic and Hebrew calendars, as (calendar, month, day). The Islamic ones follow
#: the arithmetic calendar, which may differ by a day from the sighting that sets them: approximate.
_LUNAR = {"ramadan": ("islamic", 9, 15), "eid al-fitr": ("islamic", 10, 1), "eid al-adha": ("islamic", 12, 10),
          "yom kippur": ("hebrew", 7, 10), "rosh hashanah": ("hebrew", 7, 1), "passover": ("hebrew", 1, 15),
          "hanukkah": ("hebrew", 9, 25)}
APPROXIMATE_HOLIDAYS = ("ramadan", "eid al-fitr", "eid al-adha", "nowruz", "novruz", "nowrouz", "navruz")


def lunar_key(name: str) -> str:
    """The key of a holiday as written: "Eid ul-Fitr", "Eid al Adha", "Chanukah", "Rosh Hashana"."""
    key = re.sub(r"\s+", " ", name.lower()).replace("’", "'")
    key = re.sub(r"^eid (?:al|ul|el)?[- ]?", "eid al-", key)
    return {"chanukah": "hanukkah", "hanukah": "hanukkah", "rosh hashana": "rosh hashanah", "pesach": "passover"}.get(key, key)


@lru_cache(maxsize=512)
def _lunar_holiday(key: str, year: int) -> Day | None:
    """The Gregorian day of a lunar holiday in `year` (the first, when a year holds two)."""
    found = _LUNAR.get(lunar_key(key))
    if found is None or not 1 <= year <= 9999:
        return None
    from convertdate import hebrew, islamic

    calendar_name, month, day = found
    module = islamic if calendar_name == "islamic" else hebrew
    with warnings.catch_warnings():  # convertdate 2.4's hebrew module calls its own deprecated month_days
        warnings.simplefilter("ignore", DeprecationWarning)
        first_year = module.from_gregorian(year, 1, 1)[0]
        for own_year in (first_year, first_year + 1):
            try:
                y, mo, d = module.to_gregorian(own_year, month, day)
            except (ValueError, OverflowError):
                continue
            if y == year:
                return Day.of(y, mo, d)
    return None


HOLIDAY = (r"(?:Black\s+Friday|Cyber\s+Monday|Good\s+Friday|Easter\s+Monday|Palm\s+Sunday|Holy\s+Week|Orthodox\s+Christmas|Orthodox\s+Easter(?:\s+Sunday)?|Christmas(?:\s+(?:Day|Eve))?|New\s+Year's\s+(?:Day|Eve)|Independence\s+Day|Thanksgiving(?:\s+Day)?"
           r"|Election\s+Day|Easter(?:\s+Sunday)?|Valentine's\s+Day|Halloween|Veterans\s+Day|Armistice\s+Day"
           r"|Bastille\s+Day|May\s+Day|Boxing\s+Day|Memorial\s+Day|Labor\s+Day|Ramadan|Eid\s+(?:al|ul|el)?[- ]?(?:Fitr|Adha)"
           r"|Yom\s+Kippur|Rosh\s+Hashanah?|Passover|Pesach|Hanukk?ah|Chanukah|Nowruz|Novruz|Nowrouz|Navruz)")


#: Days that news names a happening by, without its year: "9/11", "the Oct. 7 attacks", "the Jan. 6 riot". Each
#: is (the pattern of its name, the day): the nearest such day would put the attacks of 7 October 2023 in the
#: October before any later article.
_NAMED_DAYS: tuple[tuple[str, tuple[int, int, int]], ...] = (
    (r"9/11", (2001, 9, 11)),
    (r"7/7(?=\s+(?:attacks?|bombings?|London))", (2005, 7, 7)),
    (r"26/11(?=\s+(?:attacks?|Mumbai|terror)|\s*\(2008\))|(?<=\battacks\sof\s)26/11|(?<=\battack\sof\s)26/11", (2008, 11, 26)),
    (r"(?:Oct(?:ober|\.)?\s+7|7\s+Oct(?:ober|\.)?)(?:th)?(?=,?\s+(?:\d{4}\s+)?(?:Hamas\s+|Hamas-led\s+|terror\s+|terrorist\s+)?"
     r"(?:attacks?|massacres?|assault|raid|incursion|onslaught|atrocities|hostage))", (2023, 10, 7)),
    (r"(?:Jan(?:uary|\.)?\s+6|6\s+Jan(?:uary|\.)?)(?:th)?(?=\s+(?:Capitol\s+)?(?:riots?|attack|insurrection|committee|hearings?|"
     r"rioters|defendants|pardons?))", (2021, 1, 6)),
)


@rule("named_day", r"(?<![\w/])(?:[Tt]he\s+)?(?P<day>" + "|".join(f"(?:{name})" for name, _ in _NAMED_DAYS) + r")(?![\w/])")
def _named_day(m: re.Match[str], ctx: Context) -> Timex | None:
    """"Since 9/11", "the Oct. 7 attacks": the day a famous happening is named by, in the year it happened (when
    the text is written after it; a date of the same name in its own news is the nearest one)."""
    for name, (year, month, day) in _NAMED_DAYS:
        named = re.compile(name).match(m.string, m.start("day"))
        if named is None or named.end() != m.end("day"):
            continue
        happened = Day.of(year, month, day)
        if ctx.dct.number - happened.number < 300:
            return None
        return mk(m, DATE, day_value(happened), f"{m['day']}: the day the happening it names took place", group="day")
    return None


#: A stretch of time around a holiday, named by it: "the Easter recess", "the Christmas holidays", "a Ramadan truce".
_SEASON_AROUND = re.compile(r"\s+(?:recess|break|holidays?|vacations?|season|period|truce|ceasefire|cease-fire|"
                            r"shopping|travel|rush|getaway|lull)\b", re.I)


#: A clause's own past right before its holiday: "supplies [stopped on ]New Year's Day".
_OWN_PAST_RIGHT_BEFORE = re.compile(r"\b(?:[a-z]{3,}ed|began|came|fell|broke|took|went|ran|left)\s+(?:on|at|over|during|before|after)\s+"
                                    r"(?:the\s+)?$")


@rule("holiday", rf"{B}(?:[Tt]he\s+(?P<bunit>day|night|week|weekend)\s+(?P<bdir>before|after)\s+(?:the\s+)?"
                 # (a holiday's article may stand after "of": "on the eve of the Orthodox Easter")
                 rf"|[Tt]he\s+(?P<eve>eve)\s+of\s+(?:the\s+)?)?"
                 rf"(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<h>{HOLIDAY})(?:\s+(?P<week>week(?:end)?))?(?:,?\s+(?P<year>{YEAR}))?{E}"
                 r"(?!,?\s+\d)")  # ("Christmas 9999": a year out of range is no other year's Christmas)
def _holiday(m: re.Match[str], ctx: Context) -> Timex | None:
    name = m["h"]
    key = lunar_key(name)
    after = m.string[m.end():m.end() + 14]
    if re.match(r"\s+(?:[Ww]ar|[Oo]ffensive|[Uu]prising|[Aa]ttack)\b|\s+(?:Agreements?|Accords?|Rising|Revolution|Massacre|"
                r"Declaration|Treaty|Pact|Proclamation|Armistice)\b", after):
        return None  # "the Yom Kippur War", "the Good Friday Agreement" name a war and a text, not the day
    if key == "ramadan" and not re.search(r"(?:^|[.!?]\s+|\b(?i:during|in|of|before|after|since|until|throughout|for|"
                                          r"this|last|next|the|through|by|at|holy|month)\s+)$",
                                          m.string[max(0, m.start() - 12):m.start()]):
        return None  # "Taha Yassin Ramadan": a surname
    if key == "independence day" and not _US_CONTEXT.search(m.string, *ctx.sentence_bounds(m.start())):
        return None  # every country has one: July 4 only where the sentence is about America
    fixed = [holiday_day(name, year) for year in (2001, 2002)]
    if not m["year"] and not m["rel"] and None not in fixed and fixed[0].ymd[1:] == fixed[1].ymd[1:] \
            and habitual_at(ctx, m.start()):
        # "Ukraine has marked Christmas on Dec. 25 since 2023": a holiday of a fixed day, kept every year
        return mk(m, DATE, f"XXXX-{fixed[0].ymd[1]:02d}-{fixed[0].ymd[2]:02d}", f"{name}, of every year (a habit)")
    if m["year"]:
        day = holiday_day(name, int(m["year"]))
        how = f"{name} {m['year']}"
    elif not m["rel"] and (framed := framed_year(ctx, m.start())) is not None \
            and (day := holiday_day(name, framed)) is not None:
        how = f"{name} of {framed}, the year that opens the sentence"  # "Last year's talks collapsed before Eid"
    elif not m["rel"] and (anchor := story_anchor(ctx, m.start())) is not None \
            and (day := holiday_day(name, anchor.year)) is not None:
        how = f"{name} of {anchor.year}, the year the sentence tells of"  # "adopted in March 2024, … during Ramadan"
        # (…or of the year next to it, when that one is days from the story's day and its own months away: "On New Year's
        # Eve, … for most of New Year's Day" is the next morning's)
        close = [d for d in (holiday_day(name, anchor.year - 1), holiday_day(name, anchor.year + 1))
                 if d is not None and abs(d.number - anchor.number) <= 14 and abs(day.number - anchor.number) > 60]
        if close:
            day, how = close[0], f"{name} of {close[0].year}, days from the day the sentence tells of"
    elif not m["rel"] and (season := season_anchor(ctx, m.start())) is not None \
            and (day := min((d for y in (season.year - 1, season.year, season.year + 1)
                             if (d := holiday_day(name, y)) is not None),
                            key=lambda d: abs(d.number - season.number), default=None)) is not None:
        # "The fighting began in the winter of 1994-95 and ended a fortnight after Orthodox Christmas": the feast of the
        # season the sentence named, the one nearest its middle
        how = f"{name} of {day.year}, in the season the sentence named"
    elif not m["rel"] and (told := _month_told_before(ctx, m.start())) is not None \
            and (day := holiday_day(name, told[0])) is not None \
            and 0 <= day.number - Day.of(told[0], told[1], 1).number <= 120 and ctx.tense(m.start(), m.end()) == "past":
        # "A Black Sea deal announced in late March 2025 never took effect. An Easter truce that April lasted 30 hours":
        # the story goes on from the month the sentence before told, to the feast after it
        how = f"{name} of {told[0]}, after {lx_month_name(told[1])} {told[0]} told just before"
    else:
        dct = ctx.dct
        this_year = holiday_day(name, dct.year)
        if this_year is None:
            return None
        rel = (m["rel"] or "").lower()
        tense = ctx.tense(m.start(), m.end())
        if tense != "future" and agreed_to_do_before(ctx, m.start()) \
                and not _OWN_PAST_RIGHT_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
            # ("have agreed in principle to resume talks after Ramadan": the coming one; but not a clause's own past after
            # the agreeing: "agreed to buy gas, ending a crisis that began when supplies stopped on New Year's Day")
            tense = "future"
        if not rel and abs(this_year.number - dct.number) <= (21 if _SEASON_AROUND.match(m.string, m.end()) else 7):
            # "Easter week" written in that very week; "declared an Easter truce" the day before it; "left for the
            # two-week Easter recess" nine days before Easter: a season around the day has begun or is at hand
            day = this_year
        elif rel == "last" or (not rel and tense == "past" and this_year.number > dct.number):
            day = this_year if this_year.number < dct.number else holiday_day(name, dct.year - 1)
        elif rel == "next" or (not rel and tense == "future" and this_year.number < dct.number):
            day = this_year if this_year.number > dct.number else holiday_day(name, dct.year + 1)
        elif tense in ("past", "future"):
            day = this_year
        else:  # (no tense to go by: the nearest, "after Ramadan" in November is the coming one)
            readings = [d for d in (holiday_day(name, dct.year - 1), this_year, holiday_day(name, dct.year + 1)) if d]
            day = min(readings, key=lambda d: abs(d.number - dct.number))
        how = f"{name}, the one nearest {dct.label()}"
    if day is None:
        return None
    if m["eve"]:  # "on the eve of Thanksgiving": the day before it
        if key in ("holy week", "ramadan") or m["week"] or key.endswith("eve"):
            return None
        return mk(m, DATE, day_value(day.plus(-1)), f"the eve of {how}")
    if m["bunit"] and key not in ("holy week", "ramadan") and not m["week"]:
        # "the week before Christmas", "the night after Easter": counted from the holiday
        step = -1 if m["bdir"] == "before" else 1
        if m["bunit"] in ("day", "night"):
            return mk(m, DATE, day_value(day.plus(step)) + ("TNI" if m["bunit"] == "night" else ""),
                      f"the {m['bunit']} {m['bdir']} {how}")
        return mk(m, DATE, week_value(day.plus(7 * step)) + ("-WE" if m["bunit"] == "weekend" else ""),
                  f"the {m['bunit']} {m['bdir']} {how}")
    if m["bunit"]:
        return None
    if key == "holy week":
        return mk(m, DATE, week_value(day), f"{how}: the week before Easter")
    if m["week"]:  # "Easter week", "the Christmas weekend": the week (or weekend) that holds the day
        return mk(m, DATE, week_value(day) + ("-WE" if m["week"] == "weekend" else ""), f"the {m['week']} of {how}")
    approx = "APPROX" if key in APPROXIMATE_HOLIDAYS else ""
    if key == "ramadan":  # a month of the Islamic calendar: the Gregorian month that holds its middle
        return mk(m, DATE, month_value(day.year, day.month), f"{how}: the month around {day.label()}", mod=approx)
    return mk(m, DATE, day_value(day), how, mod=approx)


#: Words that place a story in the United States, whose Independence Day is July 4.
_US_CONTEXT = re.compile(r"\bU\.S\.|\b(?:US|USA|United\s+States|America|American|Americans|July\s+4|Fourth\s+of\s+July|"
                         r"Washington|White\s+House)\b")


@rule("month_rel_year", rf"{B}(?:{MOD})?(?:(?P<day_first>{DAYNUM})(?:\s+of)?\s+)?(?P<mon>{MON_FULL}|{MON_ABBR})(?:\s+(?P<day>{DAYNUM}))?,?\s+(?:of\s+)?(?P<rel>last|this|next|that|the\s+same|the\s+following|the\s+previous|the\s+next)\s+year{E}")
def _month_rel_year(m: re.Match[str], ctx: Context) -> Timex | None:
    """"July last year", "Nov. 10 of that year": the year told relative to now, or to the year the
    story last named."""
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    offsets = {"last": -1, "this": 0, "next": 1, "that": 0, "the same": 0, "the following": 1, "the next": 1,
               "the previous": -1}
    anaphoric = rel in ("that", "the same", "the following", "the next", "the previous")
    if anaphoric and ctx.ref_year is None:
        return None
    base = ctx.ref_year if anaphoric and ctx.ref_year is not None else ctx.dct.year
    if rel in ("that", "the same"):  # ("…recorded in 2023, before attacks began in November of that year")
        base = that_year(ctx) or base
    year, month = base + offsets[rel], month_of(m["mon"])
    how = f"{m['mon']} of {rel} year" + (f" ({year_str(base)})" if anaphoric else "")
    if m["day"] or m["day_first"]:  # "Nov. 28 last year", "28 November last year"
        day = int_day(m["day"] or m["day_first"])
        if not valid_day(year, month, day):
            return None
        return mk(m, DATE, day_value(Day.of(year, month, day)), how, mod=mod_code(m["mod"]))
    return mk(m, DATE, month_value(year, month), how, mod=mod_code(m["mod"]))


@rule("week_of", rf"{B}[Tt]he\s+(?P<unit>week|weekend)\s+of\s+(?:(?P<mon>{MON})\s+(?P<day>{DAYNUM})(?:\s*[-–]\s*{DAYNUM})?"
                rf"|(?P<day_first>{DAYNUM})(?:\s*[-–]\s*{DAYNUM})?\s+(?P<mon_after>{MON_FULL}|{MON_ABBR}))"
                rf"(?:,?\s+(?P<year>{YEAR}))?{E}")
def _week_of(m: re.Match[str], ctx: Context) -> Timex | None:
    """"The week of May 12" and, written day first, "the week of 12 May" / "the weekend of 4-5 November"."""
    month, day_number = (m["mon"], m["day"]) if m["mon"] else (m["mon_after"], m["day_first"])
    resolved = dated_day(month_of(month), int_day(day_number), ctx, m)
    if resolved is None:
        return None
    day = resolved[0]
    if m["unit"] == "weekend":  # "the weekend of Nov. 4-5"
        return mk(m, DATE, week_value(day) + "-WE", f"the weekend of {day.label()}")
    return mk(m, DATE, week_value(day), f"the week of {day.label()}")


@rule("week_ending", rf"{B}[Tt]he\s+week(?P<ended>\s+(?:that\s+)?end(?:ed|ing|s)\s+(?:on\s+)?(?:(?P<mon>{MON})\s+(?P<day>{DAYNUM})"
                    rf"|(?P<day_first>{DAYNUM})\s+(?P<mon_after>{MON_FULL}|{MON_ABBR}))(?:,?\s+(?P<year>{YEAR}))?){E}")
def _week_ending(m: re.Match[str], ctx: Context) -> Timex | None:
    """"In the week ending 23 November": the week that day closes (a report's week, of the latest such day)."""
    month, day_number = month_of(m["mon"] or m["mon_after"]), int_day(m["day"] or m["day_first"])
    year = int(m["year"]) if m["year"] else last_day_year(ctx, m.start("ended"), month, day_number)
    if not valid_day(year, month, day_number):
        return None
    day = Day.of(year, month, day_number)
    # (the calendar week of the middle of its seven days: a week "ending" on a Monday is mostly the one before)
    return mk(m, DATE, week_value(day.plus(-3)), f"the seven days to {day.label()}")


@rule("nth_week_of_month", rf"{B}[Tt]he\s+(?P<n>first|second|third|fourth|last|final)\s+week\s+of\s+(?:(?P<mon>{MON_FULL}|{MON_ABBR})"
                          rf"(?:,?\s+(?P<year>{YEAR}))?|(?P<rel>next|this|last)\s+month){E}")
def _nth_week_of_month(m: re.Match[str], ctx: Context) -> Timex | None:
    """"The second week of June": the calendar week that holds the middle of that stretch of days
    (8-14 June: the 11th); "the last week" holds the 27th, or the 25th of February. "The first week of
    next month" counts the month from the publication's."""
    if m["rel"]:
        year, month = cal.add_months(ctx.dct.year, ctx.dct.month, {"next": 1, "this": 0, "last": -1}[m["rel"].lower()])
    else:
        month = month_of(m["mon"])
    year = int(m["year"]) if m["year"] else year if m["rel"] else resolve_month(month, ctx, m)[0]
    n = m["n"].lower()
    middle = {"first": 4, "second": 11, "third": 18, "fourth": 25}.get(n, 25 if month == 2 else 27)
    day = Day.of(year, month, middle)
    return mk(m, DATE, week_value(day), f"the {n} week of {lx_month_name(month)} {year}: the week of {day.label()}")


@rule("nth_weekday_of_month", rf"{B}(?:[Tt]he\s+)?(?P<n>first|second|third|fourth|last|final)\s+(?P<wd>Monday|Tuesday|Wednesday|"
                             rf"Thursday|Friday|Saturday|Sunday)\s+(?:of|in)\s+(?P<mon>{MON_FULL}|{MON_ABBR})"
                             rf"(?:,?\s+(?P<year>{YEAR}))?{E}(?!,?\s+\d)")
def _nth_weekday_of_month(m: re.Match[str], ctx: Context) -> Timex | None:
    """"The last Sunday of October", "the first Monday in March": that day of the month, whose year is
    read like the month's."""
    month = month_of(m["mon"])
    year = int(m["year"]) if m["year"] else resolve_month(month, ctx, m)[0]
    weekday = lx.WEEKDAYS[m["wd"].lower()]
    n = m["n"].lower()
    if n in ("last", "final"):
        next_year, next_month = cal.add_months(year, month, 1)
        day = Day.of(next_year, next_month, 1).plus(-1)
        day = day.plus(-((day.weekday - weekday) % 7))
    else:
        first = Day.of(year, month, 1)
        day = first.plus((weekday - first.weekday) % 7 + 7 * ("first", "second", "third", "fourth").index(n))
    return mk(m, DATE, day_value(day), f"the {n} {m['wd']} of {m['mon']} {year}")


#: What something came after, up to the weekend it happened over: "following a prisoner exchange over ".
_CAME_AFTER_OVER = re.compile(r"\b(?:after|following)\s+(?:a|an|the|its|their)\s+[^,;.:!?()]{2,60}?\s(?:over|at|during)\s+$")


# ("the weekend after" closes its clause: "were arrested last weekend after calling for protests" is no weekend after)
@rule("weekend", rf"{B}(?P<w>[Tt]he|[Tt]his|[Ll]ast|[Nn]ext)\s+weekend(?P<after>(?<=[Tt]he\s{{1}}weekend)\s+(?:that\s+followed|"
                 rf"after(?:wards)?(?=\s*(?:[.,;:!?)]|$))))?{E}")
def _weekend(m: re.Match[str], ctx: Context) -> Timex | None:
    w = m["w"].lower()
    dct = ctx.dct
    if m["after"] and ctx.ref is not None:  # "at the weekend that followed": the first after the day the story is at
        base = ctx.ref if ctx.ref.weekday < 6 else ctx.ref.plus(7)
        return mk(m, DATE, week_value(base) + "-WE", f"the weekend after {ctx.ref.label()}")
    if w == "last" or (w == "the" and (ctx.tense(m.start(), m.end()) != "future"
                                       or _CAME_AFTER_OVER.search(ctx.text, max(0, m.start() - 80), m.start()))):
        # (what a plan came after is gone by: "agreed to resume talks, following a prisoner exchange over the weekend")
        return mk(m, DATE, weekend_value(dct, ahead=False), f"the weekend before {dct.label()}")
    if w == "next" or w == "the":
        return mk(m, DATE, weekend_value(dct, ahead=True), f"the weekend after {dct.label()}")
    return mk(m, DATE, week_value(dct) + "-WE", f"the weekend of the week of {dct.label()}")


@rule("year_period", rf"{B}[Tt]he\s+(?P<year>{YEAR})\s+(?:fiscal\s+)?(?P<unit>quarter|period){E}")
def _year_period(m: re.Match[str], ctx: Context) -> Timex | None:
    if not ctx.quarterly:
        return None
    q = (ctx.ref_quarter % 4 + 1) if ctx.ref_quarter is not None else (ctx.dct.quarter + 2) % 4 + 1
    return compared(mk(m, DATE, quarter_value(int(m["year"]), q), "the same quarter of that year"))


@rule("rel_year_period", rf"{B}(?:(?P<ly>[Ll]ast\s+year's)\s+(?:fiscal\s+)?(?:quarter|period)|[Tt]he\s+(?:corresponding|comparable|same)\s+(?:period|quarter)\s+(?:of\s+)?last\s+year|[Tt]he\s+quarter\s+a\s+year\s+(?:ago|earlier)){E}")
def _rel_year_period(m: re.Match[str], ctx: Context) -> Timex | None:
    return compared(mk(m, DATE, _year_ago_value(ctx, m.start()) if ctx.quarterly else year_str(ctx.dct.year - 1),
                       "the same period a year before"))


@rule("period", rf"{B}[Tt]he\s+(?P<w>latest|year-earlier|year-ago|comparable|same|prior-year|year\s+earlier)\s+(?:fiscal\s+)?period{E}")
def _period(m: re.Match[str], ctx: Context) -> Timex | None:
    if not ctx.quarterly:
        return None
    index = ctx.dct.year * 4 + ctx.dct.quarter - 1 + (-1 if m["w"].lower() == "latest" else -5)
    if m["w"].lower() == "latest":
        return mk(m, DATE, quarter_value(index // 4, index % 4 + 1), "the quarter reported")
    return compared(mk(m, DATE, quarter_value(index // 4, index % 4 + 1), "the quarter a year before"))


#: An infinitive or a modal right before a time, which looks ahead of a past telling: "to resume ", "would meet again ".
_LOOKING_AHEAD_BEFORE = re.compile(r"\b(?:to|will|would|could|should|may|might|shall)\s+[a-z]+(?:\s+[\w'’-]+){0,4}\s+(?:in|by|over|for)?\s*$")


@rule("new_year", rf"{B}(?:(?P<early>[Ee]arly)\s+in\s+)?[Tt]he\s+new\s+year{E}(?!['’]s|\s+(?:holidays?|celebrations?|eve|day|party|"
                 r"message|address|speech|festivities|break|recess))")
def _new_year(m: re.Match[str], ctx: Context) -> Timex | None:
    """"A decision is expected in the new year": the start of the year to come, when written late in one (early
    in a year, the one just begun) — not the holiday ("the New Year holiday" is capitalised and named). Told in the past,
    it is a year begun: the one after a past year the story is in ("…met twice that September. But progress slowed in the
    new year"), else the year of writing."""
    # (not what a past's infinitive or modal looks ahead to: "announced a truce to allow talks to resume in the new year")
    if ctx.tense(m.start(), m.end()) == "past" \
            and not _LOOKING_AHEAD_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start()):
        story = ctx.ref_year if ctx.ref_year is not None and ctx.ref_year < ctx.dct.year else None
        year = story + 1 if story is not None else ctx.dct.year
        return mk(m, DATE, year_str(year), f"the new year after {story if story is not None else ctx.dct.year - 1}",
                  mod="START")
    if ctx.dct.month >= 9:
        year = ctx.dct.year + 1
    elif ctx.dct.month <= 2:
        year = ctx.dct.year
    else:
        return None  # (written mid-year, "the new year" is no time the story can mean)
    return mk(m, DATE, year_str(year), f"the new year after {ctx.dct.label()}", mod="START")


@rule("period_edge", rf"{B}(?:[Tt]he\s+)?(?P<edge>end|beginning|start|middle|close|turn)\s+of\s+(?P<rel>the|this|last|next|that)\s+(?P<unit>week|month|year|quarter|decade|century|millennium){E}(?!-[a-z])|{B}(?P<rel2>[Tt]his\s+|[Nn]ext\s+|[Ll]ast\s+|[Tt]he\s+)?(?P<unit2>week|month|year)'s\s+end{E}")
def _period_edge(m: re.Match[str], ctx: Context) -> Timex | None:
    """"The end of the year", "the start of next month", "year's end": the period, marked START/MID/END.

    The value is the period itself (TIMEX3 keeps the modifier apart from the value).
    """
    unit = (m["unit"] or m["unit2"]).lower()
    rel = (m["rel"] or m["rel2"] or "the").strip().lower()
    edge = (m["edge"] or "end").lower()
    mod = {"end": "END", "close": "END", "beginning": "START", "start": "START", "turn": "START"}.get(edge, "MID")
    anchor = ctx.anchor() if rel == "that" else ctx.dct
    offset = {"last": -1, "next": 1}.get(rel, 0)
    how = f"the {edge} of {rel} {unit}"
    named_before = (ctx.ref_year, 0) if unit == "year" and ctx.ref_year is not None else \
        ctx.ref_month if unit == "month" else None
    if unit == "decade" and ctx.ref_year is not None and ctx.ref_year // 10 < ctx.dct.year // 10:
        # ("The war began in December 1994, and by the end of the decade…": the decade the story is in)
        named_before = (ctx.ref_year, 0)
    if rel == "the" and named_before is not None and named_before < (ctx.dct.year, ctx.dct.month if unit == "month" else 0) \
            and ctx.named_in_view(m.start()) \
            and ctx.tense(m.start(), m.end()) == "past" \
            and not re.search(r"\b[Ss]ince\s+$", m.string[max(0, m.start() - 8):m.start()]):
        # "In early 2021, troops massed. By the end of the year…": the year the story is at (but "Since the beginning of
        # the year, Russia has taken…" runs to now: this year)
        rel = "that"
    if rel == "that" and unit == "year" and ctx.ref_year is not None:
        return mk(m, DATE, year_str(ctx.ref_year), how + f" ({year_str(ctx.ref_year)})", mod=mod)
    if rel == "that" and unit == "month" and ctx.ref_month is not None:
        return mk(m, DATE, month_value(*ctx.ref_month), how, mod=mod)
    if rel == "that" and unit == "week" and ctx.ref_grain == "month" and ctx.ref_month is not None:
        # "…on a Sunday in late August. By the end of that week": a week of that month, which it does not say
        return mk(m, DATE, month_value(*ctx.ref_month), how + f": a week of {month_value(*ctx.ref_month)}", mod=mod)
    if unit == "week":
        return mk(m, DATE, week_value(anchor.plus(7 * offset)), how, mod=mod)
    if unit == "month":
        y, mo = cal.add_months(anchor.year, anchor.month, offset)
        return mk(m, DATE, month_value(y, mo), how, mod=mod)
    if unit == "quarter":
        index = anchor.year * 4 + anchor.quarter - 1 + offset
        return mk(m, DATE, quarter_value(index // 4, index % 4 + 1), how, mod=mod)
    if unit == "year" and edge == "turn" and rel in ("the", "this") and ctx.dct.month >= 7 \
            and ctx.tense(m.start(), m.end()) != "past":
        # "at the turn of the year", said in the second half of one, is the new year it turns into
        return mk(m, DATE, year_str(ctx.dct.year + 1), f"{how}: the start of {year_str(ctx.dct.year + 1)}", mod="START")
    if unit == "year":
        return mk(m, DATE, year_str(anchor.year + offset), how, mod=mod)
    if unit == "millennium" and (edge != "turn" or rel not in ("the", "this")):
        return None  # (only "the turn of the millennium" is a time a news story means: about 2000)
    if edge == "turn" and unit in ("decade", "century", "millennium"):
        # "the turn of the century" is the years about its first one (2000), not the hundred years after it
        size = {"decade": 10, "century": 100}.get(unit, 1000)
        first = (anchor.year // size + offset) * size
        return mk(m, DATE, year_str(first), how + f": about {first}", mod="APPROX")
    if unit == "decade" and rel == "that" and (ctx.ref_decade is not None or ctx.ref_year is not None):
        # "In the early 1990s, … By the end of that decade": the decade the story named, not the one of its anchor
        decade = ctx.ref_decade if ctx.ref_decade is not None else ctx.ref_year // 10
        return mk(m, DATE, f"{decade}X", how + f" ({decade}0s)", mod=mod)
    if unit == "decade":
        return mk(m, DATE, f"{anchor.year // 10 + offset}X", how, mod=mod)
    return mk(m, DATE, f"{anchor.year // 100 + offset:02d}", how, mod=mod)


@rule("days_of_period", rf"{B}(?:[Tt]he\s+)?(?P<edge>dying|closing|final|last|early|first|opening)\s+(?:few\s+)?"
                        rf"(?P<unit>days|weeks|months|hours)\s+of\s+(?:(?P<mon>{MON_FULL})\s+)?(?P<year>{YEAR}){E}")
def _days_of_period(m: re.Match[str], ctx: Context) -> Timex | None:
    """"In the dying days of 2021", "the first weeks of March 2022": the year (month) at its end or start, one
    phrase (else the title keeps "In the dying days,")."""
    mod = "START" if m["edge"].lower() in ("early", "first", "opening") else "END"
    if m["mon"]:
        return mk(m, DATE, month_value(int(m["year"]), month_of(m["mon"])), f"the {m['edge'].lower()} {m['unit']} of "
                  f"{m['mon']} {m['year']}", mod=mod)
    return mk(m, DATE, year_str(int(m["year"])), f"the {m['edge'].lower()} {m['unit']} of {m['year']}", mod=mod)


@rule("decade_of_century", rf"{B}[Tt]he\s+(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)\s+"
                           rf"decade\s+of\s+(?:(?P<this>this)|the\s+(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>nineteenth|twentieth|"
                           rf"twenty-first)))\s+century{E}")
def _decade_of_century(m: re.Match[str], ctx: Context) -> Timex | None:
    """"The first decade of this century": the 2000s; "the last decade of the 20th century": the 1990s."""
    number = (ctx.dct.year // 100 + 1 if m["this"] else int(m["n"]) if m["n"]
              else {"nineteenth": 19, "twentieth": 20, "twenty-first": 21}[m["w"].lower()])
    which = 10 if m["ord"].lower() in ("last", "final") else lx.ORDINALS[m["ord"].lower()]
    decade = (number - 1) * 10 + which - 1
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return mk(m, DATE, f"{decade}X", f"the {m['ord'].lower()} decade of the {number}{suffix} century")


#: What says when a fiscal year starts: " starting in January", " that begins on April 1".
_FISCAL_YEAR_STARTING = re.compile(rf"\s+(?:starting|beginning|that\s+(?:starts|begins|will\s+start|will\s+begin|(?P<past>started|began)))"
                                   rf"\s+(?:on\s+|in\s+)?"
                                   rf"(?:\d{{1,2}}\s+)?(?P<mon>{MON_FULL}|{MON_ABBR})")


@rule("full_year", rf"{B}[Tt]he\s+(?P<w>full|fiscal|current\s+fiscal|full\s+fiscal)\s+year{E}")
def _full_year(m: re.Match[str], ctx: Context) -> Timex | None:
    """"Earnings for the full year": the publication year, as a results story means it; "throughout
    the fiscal year" and "the fiscal year ended Jan. 31" are a year's length."""
    before = m.string[max(0, m.start() - 14):m.start()].lower()
    after = m.string[m.end():m.end() + 8].lower()
    if m["w"].lower() == "fiscal" and (re.search(r"\b(?:during|over|throughout)\s+$", before)
                                       or re.match(r"\s+(?:ended|ending|that\s+ended)\b", after)):
        return mk(m, DURATION, "P1Y", "a fiscal year's length")
    starting = _FISCAL_YEAR_STARTING.match(m.string, m.end()) if "fiscal" in m["w"].lower() else None
    if starting is not None:
        # "the fiscal year starting in January": the one that opens at that month's next beginning (this one's, if
        # it has begun this month); "that began in April", or told in the past, the last one begun
        month = lx.MONTHS[starting["mon"].lower().rstrip(".")]
        past = starting["past"] or (ctx.tense(m.start(), m.end()) == "past" and not starting.group().lstrip().startswith("that"))
        year = ctx.dct.year - (1 if month > ctx.dct.month else 0) if past else ctx.dct.year + (1 if month < ctx.dct.month else 0)
        return mk(m, DATE, year_str(year), f"the fiscal year that starts in {lx_month_name(month)} {year_str(year)}")
    return mk(m, DATE, year_str(ctx.dct.year), f"the year of {ctx.dct.label()}")


@rule("term", rf"{B}[Tt]he\s+(?:near|short|long|medium)[- ]term{E}(?![- ]\w)")
def _term(m: re.Match[str], ctx: Context) -> Timex | None:
    """"In the near term": an unspecified time ahead."""
    return mk(m, DATE, "FUTURE_REF", "an unspecified later time")


#: "its 20th package … more than three months after the 19th": an ordinal counting things of a noun earlier in the
#: sentence, so a bare "the 19th" after it is one more of them, no day of the month
_ORDINAL_OF_A_NOUN = re.compile(r"\b\d+(?:st|nd|rd|th)\s+(?!(?:century|centuries|anniversary|birthday|of|and|or|to|through|"
                                r"until|till|for|from|with|when|after|before|but|the|at|in|on|was|were|is|are|will)\b)"
                                r"[a-z]{3,}\b")


def _day_in_months_around(day: int, year: int, month: int) -> list[Day]:
    """Day `day` of the month before, of the month itself and of the month after, where each has it."""
    return [Day.of(y, mo, day) for y, mo in (cal.add_months(year, month, k) for k in (-1, 0, 1)) if valid_day(y, mo, day)]


@rule("day_of_month", rf"(?=the\s+\d)(?:(?<=\b[Oo]n\s)|(?<=\b[Ff]or\s)|(?<=\b[Bb]y\s)|(?<=\b[Ss]ince\s)|(?<=\b[Uu]ntil\s)"
                      r"|(?<=\b[Tt]ill\s)|(?<=\b[Ff]rom\s)|(?<=\bthrough\s)|(?<=\d(?:st|nd|rd|th)\sto\s)|(?<=\b[Bb]efore\s)"
                      r"|(?<=\b[Aa]fter\s)|(?<=\bdated\s))(?:the\s+)(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)"
                      r"(?:\s+of\s+(?P<rel>this|next|last)\s+month)?"
                      rf"{E}(?=\s*(?:[.,;:)]|$|\s(?:and|or|at|in|on|for|with|over|when|after|before|but|to|until|till|through)\b"
                      # (…or a clause's subject right after it: "on the 21st the two negotiators initialled it")
                      r"|\s(?:the|a|an|he|she|they|it|we|both|its|their|his|her)\s))")
def _day_of_month(m: re.Match[str], ctx: Context) -> Timex | None:
    """"The trial resumes on the 25th": that day of the month in view, the nearest one by tense ("the 3rd of
    next month": of the month said)."""
    day = int(m["day"])
    if _ORDINAL_OF_A_NOUN.search(m.string, max(ctx.sentence_bounds(m.start())[0], m.start() - 200), m.start()):
        return None
    if m["rel"]:
        y, mo = cal.add_months(ctx.dct.year, ctx.dct.month, {"this": 0, "next": 1, "last": -1}[m["rel"].lower()])
        return mk(m, DATE, day_value(Day.of(y, mo, day)), f"day {day} of {m['rel'].lower()} month") \
            if valid_day(y, mo, day) else None
    base_year, base_month = ctx.ref_month or (ctx.dct.year, ctx.dct.month)
    anchor = ctx.ref if ctx.ref_month else ctx.dct
    if ctx.ref_month and (anchor is None or ctx.ref_grain == "month"):
        # ("By mid-September…, and on the 21st": a month named, no day yet; or a month named since the last day: "…took
        # effect on Oct. 10. ¶ Remember the ceasefire of January. It began on the 19th")
        anchor = Day.of(base_year, base_month, 15)
    if SAID_ON.search(m.string, max(0, m.start() - 60), m.start()):
        # "…at the same time as the election in June 2027, he said in an interview on the 20th": a
        # saying's day is in the news's month, whatever month the sentence named
        base_year, base_month, anchor = ctx.dct.year, ctx.dct.month, ctx.dct
    candidates = _day_in_months_around(day, base_year, base_month)
    if not candidates or anchor is None:
        return None
    tense = ctx.tense(m.start(), m.end())
    if tense in ("future", "past") and (base_year, base_month) != (ctx.dct.year, ctx.dct.month) \
            and not any(d.number >= ctx.dct.number if tense == "future" else d.number <= ctx.dct.number for d in candidates):
        # "The talks, held since March, resume on the 9th": no day near the month named lies on the tense's side of
        # publication, so the month is no frame for it — the publication's is
        base_year, base_month, anchor = ctx.dct.year, ctx.dct.month, ctx.dct
        candidates = _day_in_months_around(day, base_year, base_month)
    if tense == "future":
        candidates = [d for d in candidates if d.number >= ctx.dct.number] or candidates
    elif tense == "past":
        candidates = [d for d in candidates if d.number <= ctx.dct.number] or candidates
    in_view = [d for d in candidates if (d.year, d.month) == (base_year, base_month)]
    if ctx.ref_month and in_view and ctx.ref_at >= ctx.sentence_bounds(m.start())[0]:
        # "opened on March 3 and closed on the 9th": the month just named (a sentence after it may go past it: "…a
        # runoff on 7 December. The council has until the 30th to rule" is November's)
        candidates = in_view
    best = min(candidates, key=lambda d: abs(d.number - anchor.number))
    return mk(m, DATE, day_value(best), f"day {day} of the month nearest {anchor.label()}")


def _month_told_before(ctx: Context, pos: int) -> tuple[int, int] | None:
    """The month (year, month) of another year than the publication's that the text named last, in the sentence before
    `pos` or earlier in its own, close before it."""
    if ctx.ref_month is None or ctx.ref_month[0] >= ctx.dct.year or not 0 <= pos - ctx.ref_month_at <= 250:
        return None
    return ctx.ref_month
