"""Rules for deictic and relative expressions (today, last week, two years ago, the next day,
now), weekdays, parts of the day and clock times."""

from __future__ import annotations

# The grammar is written in the core's vocabulary (fragments, helpers, Timex types).
from timeline_app.extraction.temporal_core import *  # noqa: F403

#: A past perfect before a clock, which tells what came before the day's happening: "The convoy [had left] Egypt at ".
_PAST_PERFECT_WORDS = (r"\bhad\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}(?:ed|en|wn)|left|met|sent|set|held|made|begun|gone|come|fled|"
                       r"fought|struck|taken|won|lost|built|brought|run)\b")
_PAST_PERFECT_BEFORE = re.compile(_PAST_PERFECT_WORDS + r"[^,;]{0,80}$")


# ----------------------------------------------------------------------------------------------
# Deictic words and relative expressions
# ----------------------------------------------------------------------------------------------
@rule("today", rf"{B}(?:(?P<mod>[Ee]arly|[Ll]ate|[Ll]ater|[Ee]arlier)\s+)?(?P<w>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]he\s+day\s+before\s+yesterday|[Tt]he\s+day\s+after\s+tomorrow)(?!'s\s+(?:morning|afternoon|evening|night)){E}")
def _today(m: re.Match[str], ctx: Context) -> Timex | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    offset = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}[w]
    group: int | str = 0
    if m["mod"] and m["mod"].lower() in ("later", "earlier"):
        group = "w"
    today = ctx.today()  # (a live page's section heading says which day its "yesterday" is told from)
    return mk(m, DATE, day_value(today.plus(offset)), f"{w}, relative to {today.label()}", group=group,
              mod=mod_code(m["mod"]) if group == 0 else "")


#: A closing attribution with its weekday after a date: ", officials said Saturday", ", the ministry said on Sunday".
_SAID_ON_WEEKDAY = re.compile(rf"[^.;!?]{{0,80}}?,\s+[^,;.!?]{{1,60}}?\b(?:said|say|says|reported|announced|told\s+[\w-]+)\s+"
                              rf"(?:on\s+)?(?:(?:early|late)\s+)?(?P<wd>{WEEKDAY})\b")


#: A sayer and an undated saying opening a sentence: "Russia said its…", "The ministry says".
_UNDATED_SAYING_BEFORE = re.compile(r"\s*(?:[A-Z][\w'’.-]*\s+){1,4}?(?:[a-z]+\s+){0,3}?(?:said|says|reported|reports)\s+"
                                    r"(?!(?:on|late|early|last|yesterday|today)\b)(?![A-Z][a-z]+day\b)[^,;]*$")


#: A saying, a pluperfect or an "after" before "overnight" in its sentence, which tells the night before the day named.
_TOLD_OR_BEFORE = re.compile(r"\b(?:said|says|told|reported|announced|stated|had|after|following)\b")
#: …or closing it: "…, killing at least eight people, Israeli emergency services said."
_UNDATED_SAYING_AFTER = re.compile(r",\s+(?:[\w'’.-]+\s+){1,5}?(?:said|says|reported)\s*[.;]?\s*$")


@rule("part_of_day", rf"{B}(?:(?P<rel>[Tt]his|[Ll]ast|[Yy]esterday|[Tt]omorrow|(?:(?:[Ll]ate|[Ee]arly)\s+in\s+)?[Tt]he(?=\s+(?:morning|afternoon|evening)\b(?!\s+of\b|\s+(?:after|before)\s+[\w'’]))|(?P<wd>{WEEKDAY}))\s+)?(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[- ])?(?P<part>{PARTS}|mid-?day|[Tt]onight|[Oo]vernight)(?:\s+(?:on\s+)?(?P<wd2>{WEEKDAY})|\s+(?P<rel2>yesterday|today|tomorrow)|\s+(?P<side>after|before)(?=\s*[,;:]))?{E}")
def _part_of_day(m: re.Match[str], ctx: Context) -> Timex | None:
    part = m["part"].lower().replace("-", "")
    code = {"tonight": "NI", "overnight": "NI", "midday": "MI"}.get(part, lx.PARTS_OF_DAY.get(part, "DT"))
    rel = (m["rel"] or m["rel2"] or "").lower()
    if rel.endswith(" the"):  # "late in the evening": the evening of the day in view
        rel = "the"
    wd = m["wd"] or m["wd2"]
    if m["wd2"] and not (m["wd"] or rel) and part in ("night", "morning", "afternoon", "evening") and re.search(r"\b(?:(?:[Aa]n?|[Aa]nother|[Ee]very|[Ee]ach)\s+(?:[\w-]+\s+){0,2}|"
                                                     r"(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+[\w-]+\s+)$",
                                                     m.string[max(0, m.start() - 24):m.start()]):
        return None  # "held for a second night on Tuesday", "a fourth straight night": a night counted, the date Tuesday alone
    if m["wd"] and _INDEFINITE_BEFORE.search(m.string, max(0, m.start() - 6), m.start()) \
            and not re.match(r"\s+(?!(?:in|of|when|that)\b)[a-z]+\b", m.string[m.end():m.end() + 16]):
        return None  # "on a Sunday evening in late August": some Sunday, which the text does not say
    if rel == "last" and not wd and re.search(r"\b(?:[Tt]he|[Oo]ur|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Mm]y)\s+$",
                                              m.string[max(0, m.start() - 8):m.start()]):
        return None  # "On the last night, July 6, it fell apart": the final one of a stay, not the night before writing
    if wd:
        day, how = resolve_weekday(lx.WEEKDAYS[wd.lower().rstrip(".")], ctx, m)
    elif rel == "yesterday" or (rel == "last" and part == "night"):
        day, how = ctx.today().plus(-1), f"the day before {ctx.today().label()}"
    elif rel == "tomorrow":
        day, how = ctx.today().plus(1), f"the day after {ctx.today().label()}"
    elif part == "overnight" and not rel and (not ctx.looks_ahead(m.start(), m.end())
                                              # (or ahead from an evening the story is at, told in the past: "were to be
                                              # released overnight" after "late in the evening" on Sunday is Sunday night)
                                              or ctx.ref is not None and ctx.ref_evening
                                              and 0 < ctx.dct.number - ctx.ref.number <= 7):
        # "stocks fell overnight": the night before the day the story is at, when that is one of
        # the last few days ("closed lower Friday … after overnight losses in New York")
        # (or a live page's later day heading: the page went on after it was published)
        at = ctx.ref if ctx.ref is not None and (0 <= ctx.dct.number - ctx.ref.number <= 7 or ctx.ref == ctx.header_day) \
            else ctx.dct
        lo, hi = ctx.sentence_bounds(m.start())
        if at is ctx.ref and ctx.ref_at < lo and (_UNDATED_SAYING_BEFORE.match(m.string, lo, m.start())
                                                   or _UNDATED_SAYING_AFTER.search(m.string, m.end(), hi)):
            # "…captured 100 soldiers on Wednesday alone. Russia said its air defences shot down 43 drones overnight": a
            # new undated report is the day of publication's, not the day the sentence before was at
            at = ctx.dct
        said_on = _SAID_ON_WEEKDAY.match(m.string, m.end(), min(len(m.string), m.end() + 160))
        said_day = ctx.dct.plus(-((ctx.dct.weekday - lx.WEEKDAYS[said_on["wd"].lower()]) % 7)) if said_on is not None else None
        if said_day is not None and (ctx.ref is None or ctx.ref_at < ctx.sentence_bounds(m.start())[0]
                                     # (…or the day after the one it names: "…took effect at midnight on Tuesday, and no
                                     # shooting was reported overnight, officials said on Wednesday" is Tuesday night)
                                     or said_day.number - ctx.ref.number == 1):
            # "…attacks on the grid overnight, officials said Saturday": the night before the day it was told, when the
            # sentence names no other day before it
            at = said_day
        # ("…on Saturday evening after polls closed. Five leaders were detained overnight": that evening's night, unless
        # told as before it: "Yesterday evening the army said it had struck … overnight")
        # (the pluperfect of the night's own clause, not of one joined before it: "By Saturday evening, soldiers had
        # reached the market, and the last fighters withdrew overnight" is Saturday night)
        told_before = m.string[ctx.sentence_bounds(m.start())[0]:m.start()]
        joined = list(re.finditer(r",\s+(?:and|but)\s+|;\s+", told_before))
        evening = ctx.ref_evening and not re.search(r"\bhad\b", told_before[joined[-1].end():] if joined else told_before)
        if at is ctx.ref and (ctx.ref_night or evening):  # "…still going on late on Thursday. 14 were detained overnight": that night
            day, how = at, f"the night of {at.label()}, named before"
        elif at is ctx.ref and ctx.dct.number - at.number == 1 and ctx.ref_at >= lo \
                and not _TOLD_OR_BEFORE.search(told_before):
            # "…claimed victory in Saturday's elections, while police used water cannon overnight", written on Sunday:
            # the night after the day the sentence tells of, the one that ended on the day of writing (a saying's day
            # keeps the night before it: "The army said on Saturday it had downed 40 drones overnight")
            day, how = at, f"the night of {at.label()}, the one before {ctx.dct.label()}"
        else:
            day, how = at.plus(-1), f"the night before {at.label()}"
    elif rel in ("this", "today") or part in ("tonight", "overnight"):
        day, how = ctx.today(), f"the day of {ctx.today().label()}"
    elif rel == "the":
        if not ctx.ref:
            return None
        day, how = ctx.ref, f"the day last mentioned, {ctx.ref.label()}"
        looked_to = day_ahead_looked_to(ctx, m.start())
        if looked_to is not None:  # "…expected the talks [on Dec. 10] to run into the evening"
            day, how = looked_to, f"the day ahead told before, {looked_to.label()}"
        if m["side"]:  # "The morning after, shelling resumed": the next morning
            day = day.plus(1 if m["side"] == "after" else -1)
            how = f"the day {m['side']} {how}"
    elif m["side"]:
        return None
    elif re.match(r"(?:early|late|mid)[- ]", m.group(0), re.IGNORECASE) and re.search(
            r"\b(?:by|in|at|until|till|from|since|before|after)\s+$", m.string[max(0, m.start() - 8):m.start()], re.IGNORECASE):
        # "By mid afternoon, officials said…": a time of the day the story is at
        day = ctx.anchor()
        how = f"the day in view, {day.label()}"
    else:
        return None  # a bare "morning" is not a date
    return mk(m, DATE if wd else TIME, f"{day_value(day)}T{code}", how)


#: (…in capitals too where a line's label, as a week's review writes it: "TUESDAY: China and Japan held talks")
WEEKDAY_FULL = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)(?=\s*:|[ \t]*(?:\n|$)))"  # (a label: "MONDAY:", or alone on its line)
WEEKDAY_REL = r"(?P<rel>[Ll]ast|[Nn]ext|[Tt]his\s+coming|[Tt]his\s+past|[Tt]his|[Tt]he\s+(?:previous|preceding|following)|[Ee]arly|[Ll]ate)"


#: An indefinite article right before a weekday: "on a Sunday evening", "one Friday in March".
_INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]ny|[Ss]ome)\s+$")


def _weekday_rel(m: re.Match[str]) -> str:
    """The word that places a weekday ("this coming", "the previous"); "early"/"late" place nothing."""
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    return "" if rel in ("early", "late") else rel


@rule("weekday_parts", rf"{B}(?P<wd>{WEEKDAY_FULL})\s+(?P<parts>nights|mornings|afternoons|evenings){E}")
def _weekday_parts(m: re.Match[str], ctx: Context) -> Timex | None:
    """"The show airs on Tuesday nights": that part of every such day."""
    part = {"nights": "NI", "mornings": "MO", "afternoons": "AF", "evenings": "EV"}[m["parts"].lower()]
    return mk(m, SET, f"XXXX-WXX-{lx.WEEKDAYS[m['wd'].lower()]}T{part}", f"every {m['wd']} {m['parts'][:-1]}")


@rule("weekday", rf"{B}(?:{WEEKDAY_REL}\s+)?(?P<wd>{WEEKDAY_FULL})(?P<plural>s)?{E}(?!,?\s+{MON}\s+\d)(?!\s+(?:of|in)\s+{MON}\b)")
def _weekday(m: re.Match[str], ctx: Context) -> Timex | None:
    wd = lx.WEEKDAYS[m["wd"].lower()]
    if m["plural"]:
        return mk(m, SET, f"XXXX-WXX-{wd}", f"every {m['wd']}")
    if not m["rel"] and NAMED_BY_WORD_BEFORE.search(m.string, max(0, m.start() - 10), m.start()):
        return None  # "Bloody Sunday", "Black Monday": a name
    if not m["rel"] and _INDEFINITE_BEFORE.search(m.string, max(0, m.start() - 6), m.start()) \
            and not re.match(r"\s+(?!(?:in|of|when|that|last|this|morning|afternoon|evening|night)\b)[a-z]+\b",
                             m.string[m.end():m.end() + 16]):
        # (but "a Monday deadline" is the deadline's, and it is on a Monday the text knows)
        return None  # "one Friday in March", "on a Monday": some such day, which the text does not say
    day, how = resolve_weekday(wd, ctx, m, _weekday_rel(m))
    return mk(m, DATE, day_value(day), how)


@rule("weekday_the_nth", rf"{B}(?:{WEEKDAY_REL}\s+)?(?P<wd>{WEEKDAY_FULL}),?\s+the\s+(?P<n>[1-9]|[12]\d|3[01])(?:st|nd|rd|th){E}"
                        # (not an ordinal of a noun: "marked on Saturday the 31st anniversary of the accord")
                        r"(?![ \t]+(?!(?:of|and|or|at|in|on|to|as|when|after|before|for|with|until|from|by)\b)[a-z]{3,})")
def _weekday_the_nth(m: re.Match[str], ctx: Context) -> Timex | None:
    """"On Wednesday the 11th": the weekday placed as a bare weekday is, then the day of that number which falls on it
    nearest there (a month either side), one phrase."""
    wd = lx.WEEKDAYS[m["wd"].lower()]
    near, how = resolve_weekday(wd, ctx, m, _weekday_rel(m))
    n = int(m["n"])
    days = [Day.of(y, mo, n) for y, mo in ((near.year + (near.month + k - 1) // 12, (near.month + k - 1) % 12 + 1)
                                           for k in (-1, 0, 1)) if valid_day(y, mo, n)]
    days = [d for d in days if d.weekday == near.weekday]
    if not days:
        return None  # ("Wednesday the 12th" where no 12th near is a Wednesday: the text is unsure, and so are we)
    day = min(days, key=lambda d: abs(d.number - near.number))
    ordinal = re.search(r"the\s+\S+", m.group()).group()
    return mk(m, DATE, day_value(day), f"{m['wd']} {ordinal}, near {how}")


@rule("early_hours", rf"{B}(?:[Tt]he\s+)?(?:early|small|wee)\s+hours\s+of\s+(?:"
                    rf"(?:{WEEKDAY_REL}\s+)?(?P<wd>{WEEKDAY_FULL})(?:\s+morning)?{E}(?!,?\s+{MON}\s+\d)(?!,?\s+{DAYNUM}\s+{MON})"
                    rf"|(?:{WEEKDAY},?\s+)?(?:(?P<mon>{MON_FULL}|{MON_ABBR})\s+(?P<day>{DAYNUM})|(?P<day2>{DAYNUM})\s+(?P<mon2>{MON_FULL}|{MON_ABBR}))"
                    rf"(?!\s*[-–]\s*\d)(?:,?\s+(?P<year>{YEAR}))?{E})")
def _early_hours(m: re.Match[str], ctx: Context) -> Timex | None:
    """"In the early hours of Tuesday", "…of June 13": the start of that day, one phrase (else the
    title keeps "in the early hours" and loses what it belongs to)."""
    if m["wd"]:
        day, how = resolve_weekday(lx.WEEKDAYS[m["wd"].lower()], ctx, m, _weekday_rel(m))
    else:
        resolved = dated_day(month_of(m["mon"] or m["mon2"]), int_day(m["day"] or m["day2"]), ctx, m)
        if resolved is None:
            return None
        day, how = resolved[0], f"{resolved[0].label()}: {resolved[1]}"
    return mk(m, DATE, day_value(day), f"the early hours of {how}", mod="START")


@rule("early_hours_bare", rf"(?<=\b[Ii]n\s)[Tt]he\s+(?:early|small|wee)\s+hours(?!\s+of\b){E}")
def _early_hours_bare(m: re.Match[str], ctx: Context) -> Timex | None:
    """"Drones struck a building in the early hours": the start of the day the story is at (a day its sentence or the one
    before named), else of the day it was told (a live page's section day, else publication)."""
    # (…or the day its own sentence named last: "held on Sunday, as Hamas freed four hostages in the early hours")
    if ctx.ref is not None and ctx.ref_grain == "day" and (ctx.day_in_view(m.start()) or (
            ctx.ref_at == ctx.ref_day_at and ctx.sentence_bounds(m.start())[0] <= ctx.ref_day_at < m.start())):
        return mk(m, DATE, day_value(ctx.ref), f"the early hours of {ctx.ref.label()}, the day in view", mod="START")
    today = ctx.today()
    return mk(m, DATE, day_value(today), f"the early hours of {today.label()}", mod="START")


@rule("in_time", rf"{B}[Ii]n\s+(?P<count>{COUNT}|an?)\s+(?P<unit>days?|weeks?|months?|years?)(?:['’]s|['’])?\s+time{E}")
def _in_time(m: re.Match[str], ctx: Context) -> Timex | None:
    """"In 10 days' time": a date counted from publication (bare "in two weeks" may be a length)."""
    count = 1 if m["count"].lower() in ("a", "an") else lx.parse_count(m["count"])
    if count is None or not float(count).is_integer():
        return None
    n, unit, dct = int(count), m["unit"].lower().rstrip("s"), ctx.dct
    return mk(m, DATE, _units_from(dct, unit, n), f"{m['count']} {unit}(s) after {dct.label()}")


#: A rank just before "in N years" makes the years a span it ranks within, not a wait: "the fourth
#: national vote in three years", "its highest level in a decade", "the first visit in two years".
_RANKED_WITHIN = re.compile(
    r"\b(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|only|latest|"
    r"highest|lowest|biggest|largest|smallest|worst|best|deadliest|bloodiest|strongest|weakest|longest|"
    r"shortest|greatest|sharpest|steepest|fastest|slowest|heaviest|fiercest|most\s+\w+|least\s+\w+)"
    r"(?:\s+(?!(?:is|are|was|were|will|be|been|would|could|should|may|might|must|can|to|take|takes|held|"
    r"due|set|expected|scheduled|come|comes|start|starts|begin|begins|open|opens)\b)[\w'-]+){0,3}"
    r"|\btime)\s+$", re.IGNORECASE)


@rule("in_units_ahead", rf"{B}[Ii]n\s+(?P<span>(?P<count>{COUNT}|an?)\s+(?P<unit>days?|weeks?|fortnights?|months?|years?)){E}"
                       r"(?!\s+(?:of|from|after|before|since|to|time|or)\b|['’])")
def _in_units_ahead(m: re.Match[str], ctx: Context) -> Timex | None:
    """"Talks resume in two weeks", "the vote will be held in six months": a date counted from
    publication when the clause looks ahead; otherwise ("rose 5% in two years") a length, left to the
    duration rules."""
    if not ctx.looks_ahead(m.start(), m.end()) or _RANKED_WITHIN.search(m.string, max(0, m.start() - 60), m.start()):
        return None
    count = 1 if m["count"].lower() in ("a", "an") else lx.parse_count(m["count"])
    if count is None or not float(count).is_integer() or count > 1000:
        return None
    n, unit, dct = int(count), m["unit"].lower().rstrip("s"), ctx.dct
    if unit == "fortnight":  # "in a fortnight": two weeks
        n, unit = 2 * n, "week"
    return mk(m, DATE, _units_from(dct, unit, n), f"{m['count']} {m['unit']} after {dct.label()}", group="span")


@rule("weekday_week", rf"{B}(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+week{E}(?!\s+(?:of|before|after|ago)\b)"
                     rf"|[Aa]\s+week\s+(?:on|from)\s+(?:(?:this|next)\s+)?(?P<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday){E}(?!['’]s)"
                     rf"|[Tt]he\s+(?P<wd3>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+after\s+next{E})")
def _weekday_week(m: re.Match[str], ctx: Context) -> Timex | None:
    """"The talks resume on Monday week", "a week on Tuesday", "a week from Friday", "the Tuesday after next": a
    week after the coming weekday (a week from today, said on that weekday)."""
    name = m["wd"] or m["wd2"] or m["wd3"]
    if m["wd2"] and re.search(r"\b(?:in|within|for|per|of|than)\s+$", m.string[max(0, m.start() - 8):m.start()], re.I):
        return None  # "for the second time in a week on Friday": a span the count is in, then the day itself
    weekday = lx.WEEKDAYS[name.lower()]
    day = ctx.dct.plus(((weekday - ctx.dct.weekday) % 7) + 7)
    return mk(m, DATE, day_value(day), f"{m.group()}: a week after the coming {name}, from {ctx.dct.label()}")


@rule("weekday_of_week", rf"{B}(?:(?P<wd>{WEEKDAY_FULL})(?:,?\s+of)?\s+(?P<rel>next|last|this)\s+week{E}(?!['’]s)"
                        rf"|(?P<rel2>[Nn]ext|[Ll]ast|[Tt]his)\s+week\s+on\s+(?P<wd2>{WEEKDAY_FULL}){E}"
                        rf"|[Tt]he\s+(?P<wd3>{WEEKDAY_FULL})\s+before\s+last{E}"
                        # ("A week ago Sunday, thousands marched", "on Sunday a week ago": the same)
                        rf"|[Aa]\s+week\s+ago\s+(?:last\s+)?(?P<wd4>{WEEKDAY_FULL}){E}|(?P<wd5>{WEEKDAY_FULL})\s+a\s+week\s+ago{E})")
def _weekday_of_week(m: re.Match[str], ctx: Context) -> Timex | None:
    """"The deadline falls on Monday next week", "they met on Friday last week", "next week on Thursday": that
    weekday of the week named; "the Thursday before last", "a week ago Sunday", "Sunday a week ago": the one a week
    before the last such weekday."""
    name = m["wd"] or m["wd2"] or m["wd3"] or m["wd4"] or m["wd5"]
    weekday = lx.WEEKDAYS[name.lower()]
    dct = ctx.dct
    if m["wd3"] or m["wd4"] or m["wd5"]:
        last = dct.plus(-(((dct.weekday - weekday - 1) % 7) + 1))  # the last such weekday before the publication date
        return mk(m, DATE, day_value(last.plus(-7)), f"{m.group()}: a week before the last {name}, from {dct.label()}")
    rel = (m["rel"] or m["rel2"]).lower()
    monday = dct.plus(-((dct.weekday - 1) % 7) + {"next": 7, "last": -7, "this": 0}[rel])  # (weeks run Monday to Sunday)
    return mk(m, DATE, day_value(monday.plus((weekday - 1) % 7)), f"{name} of {rel} week, from {dct.label()}")


def _units_from(day: Day, unit: str, n: int) -> str:
    """The day, week, month or year `n` such units from `day` (back when `n` is negative)."""
    if unit == "day":
        return day_value(day.plus(n))
    if unit == "week":
        return week_value(day.plus(7 * n))
    if unit == "month":
        return month_value(*cal.add_months(day.year, day.month, n))
    return year_str(day.year + n)


# (a "last" before the first day is read with the range, so that a refused "and" leaves "last Thursday" whole)
@rule("weekday_range", rf"{B}(?P<opener>(?:[Ff]rom|[Bb]etween)\s+)?(?:(?:[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<wd1>{WEEKDAY_FULL})\s*"
      rf"(?P<link>to|through|until|till|and|-|–)\s*"
      rf"(?P<wd2>{WEEKDAY_FULL})(?:\s+(?P<week>next|last|this)\s+week)?{E}")
def _weekday_range(m: re.Match[str], ctx: Context) -> list[Timex] | None:
    """"Envoys met from Monday to Wednesday", "Monday through Friday next week": two linked days of
    one week, read together (apart, a past Wednesday could fall before a nearer Monday)."""
    if m["link"] == "and" and not (m["opener"] or "").lower().startswith("between") \
            and not (re.match(r"\s*[:—–-]", m.string[m.end():m.end() + 3]) and entry_weekday(ctx, m.start(), 1) is not None):
        return None  # (but a schedule's label may join its two days so: "Saturday and Sunday: Regional elections…")
    if m["link"] == "to" and MOVED_FROM.search(m.string, max(0, m.start() - 40), m.start("wd1")):
        return None  # "The talks were postponed from Tuesday to Thursday": a move, two days apart, no range
    wd1, wd2 = lx.WEEKDAYS[m["wd1"].lower()], lx.WEEKDAYS[m["wd2"].lower()]
    span = (wd2 - wd1) % 7
    if span == 0:
        return None
    dct = ctx.dct
    entry = entry_weekday(ctx, m.start(), wd1) if not m["week"] else None
    if entry is not None:  # "Thursday–Friday — The OSCE council convenes": a week ahead's entry after the one before
        first, how = entry, f"{m['wd1']} to {m['wd2']}, from the {m['wd1']} on or after the entry before it"
    elif m["week"]:
        monday = dct.plus(1 - dct.weekday + 7 * {"next": 1, "last": -1, "this": 0}[m["week"]])
        first = monday.plus(wd1 - 1)
        how = f"{m['wd1']} to {m['wd2']} of {m['week']} week"
    elif ctx.looks_ahead(m.start(), m.end()) or ctx.goes_on_ahead(m.start(), m.end()):
        first = dct.plus((wd1 - dct.weekday) % 7)
        how = f"{m['wd1']} to {m['wd2']}, from the {m['wd1']} on or after {dct.label()}"
    else:
        last = dct.plus(-((dct.weekday - wd2) % 7))
        first = last.plus(-span)
        how = f"{m['wd1']} to {m['wd2']}, ending the {m['wd2']} on or before {dct.label()}"
    return linked_range(m, ctx, (m.start("wd1"), m.end("wd1"), day_value(first)),
                        (m.start("wd2"), m.end(), day_value(first.plus(span))), how)


@rule("part_of_date", rf"{B}[Tt]he\s+(?P<part>morning|afternoon|evening|night)\s+of\s+(?:(?P<wd>{WEEKDAY}),?\s+)?"
      rf"(?:(?P<mon>{MON_FULL}|{MON_ABBR})\s+(?P<day>{DAYNUM})|(?P<day2>{DAYNUM})\s+(?P<mon2>{MON_FULL}|{MON_ABBR}))(?!\s*[-–]\s*\d)"
      rf"(?:,?\s+(?P<year>{YEAR}))?{E}")
def _part_of_date(m: re.Match[str], ctx: Context) -> Timex | None:
    """"The morning of Nov. 26", "the evening of 27 November": the dated day, read as one phrase (so
    titles lose it whole); the day is what news annotation gives it. A night across two days is left
    to the range rules."""
    resolved = dated_day(month_of(m["mon"] or m["mon2"]), int_day(m["day"] or m["day2"]), ctx, m)
    if resolved is None:
        return None
    return mk(m, DATE, day_value(resolved[0]), f"the {m['part']} of {resolved[0].label()}: {resolved[1]}")


_INTO = r"\s*(?:to|into|and|-|–)\s*"


@rule("night_across", rf"{B}(?:[Tt]he\s+night\s+(?:of|from)|[Oo]vernight(?:\s+from)?)\s+(?:"
      rf"(?P<wd1>{WEEKDAY_FULL}){_INTO}(?P<wd2>{WEEKDAY_FULL})"
      # ("overnight into Wednesday": the night that ended on Wednesday morning)
      rf"|(?<=[Oo]vernight\s)into\s+(?P<wd_end>{WEEKDAY_FULL})"
      rf"|(?P<mon>{MON_FULL}|{MON_ABBR})\s+(?P<d1>{DAYNUM}){_INTO}(?:(?P<mon_to>{MON_FULL}|{MON_ABBR})\s+)?(?P<d2>{DAYNUM})"
      rf"|(?P<e1>{DAYNUM})(?:\s+(?P<mon_from>{MON_FULL}|{MON_ABBR}))?{_INTO}(?P<e2>{DAYNUM})\s+(?P<mon2>{MON_FULL}|{MON_ABBR}))(?:,?\s+(?P<year>{YEAR}))?{E}")
def _night_across(m: re.Match[str], ctx: Context) -> Timex | None:
    """"On the night of 21 to 22 June", "overnight Saturday into Sunday": one night, the one that
    begins on the first day (TNI), not two days joined as a range: the title then loses the whole
    phrase, not "on the night of" before a hole."""
    if m["wd_end"]:
        morning, how = resolve_weekday(lx.WEEKDAYS[m["wd_end"].lower()], ctx, m)
    elif m["wd1"]:
        wd1, wd2 = lx.WEEKDAYS[m["wd1"].lower()], lx.WEEKDAYS[m["wd2"].lower()]
        if (wd2 - wd1) % 7 != 1:
            return None
        morning, how = resolve_weekday(wd2, ctx, m)  # the night is told by the morning it ended on
    else:
        resolved = dated_day(month_of(m["mon_to"] or m["mon2"] or m["mon"]), int_day(m["d2"] or m["e2"]), ctx, m)
        if resolved is None:
            return None
        morning, how = resolved[0], resolved[1]
        first_month = m["mon"] or m["mon_from"] or m["mon2"]
        if (morning.plus(-1).month, morning.plus(-1).ymd[2]) != (month_of(first_month), int_day(m["d1"] or m["e1"])):
            return None  # not a night ("the night of 3 to 9 May" is a week; left to the range rules)
    night = morning.plus(-1)
    return mk(m, DATE, day_value(night) + "TNI", f"the night of {night.label()} into {morning.label()}: {how}")


@rule("day_beside", rf"{B}[Tt]he\s+(?P<unit>day|night)\s+(?P<dir>before|after)\s+(?:{WEEKDAY_REL}\s+)?(?P<wd>{WEEKDAY_FULL}){E}")
def _day_beside(m: re.Match[str], ctx: Context) -> Timex | None:
    """"The day before last Tuesday's hearing": a day counted from a weekday, not from the last date."""
    day, how = resolve_weekday(lx.WEEKDAYS[m["wd"].lower()], ctx, m, _weekday_rel(m))
    day = day.plus(-1 if m["dir"] == "before" else 1)
    night = "TNI" if m["unit"] == "night" else ""
    return mk(m, DATE, day_value(day) + night, f"the {m['unit']} {m['dir']} {how}")


@rule("weekday_beside_told", rf"{B}[Tt]he\s+(?P<wd>{WEEKDAY_FULL})\s+(?P<dir>before|after)(?:\s+that)?"
                             r"(?=\s*(?:[.,;:!?)]|$|\s+(?:and|but|when)\b))")
def _weekday_beside_told(m: re.Match[str], ctx: Context) -> Timex | None:
    """"…met on the 15th of last month, and again the Sunday before": the weekday nearest the day told on that side, not
    one counted from publication."""
    if ctx.ref is None or not ctx.named_in_view(m.start()):
        return None  # (nothing told to count from: the weekday alone is left to its own rule)
    wanted = lx.WEEKDAYS[m["wd"].lower()]
    anchor = ctx.ref
    step = -1 if m["dir"] == "before" else 1
    day = anchor.plus(step)
    while day.weekday != wanted:
        day = day.plus(step)
    return mk(m, DATE, day_value(day), f"the {m['wd']} {m['dir']} {anchor.label()}")


UNIT_WORD = r"(?P<unit>week|month|year|weekend|decade|century|day)"


@rule("before_last", rf"{B}[Tt]he\s+(?P<unit>week|weekend|month|year)\s+before\s+last{E}")
def _before_last(m: re.Match[str], ctx: Context) -> Timex | None:
    """"The week before last", "the weekend before last": two back from the publication date."""
    unit, dct = m["unit"].lower(), ctx.dct
    how = f"the {unit} before last, from {dct.label()}"
    if unit == "weekend":
        return mk(m, DATE, week_value(dct.plus(-14 if dct.weekday < 6 else -7)) + "-WE", how)
    return mk(m, DATE, _units_from(dct, unit, -2), how)


@rule("weekend_entry", r"(?<![^\n])(?:The[ \t]+)?[Ww]eekend(?=[ \t]*[:–—-][ \t])")
def _weekend_entry(m: re.Match[str], ctx: Context) -> Timex | None:
    """"Friday: Deadline for… / Weekend: Run-off in Chile": a week ahead's entry labelled by the weekend is the first
    weekend on or after the entry before it (or after publication, as the list's first)."""
    anchor = ctx.entry_day if ctx.entry_day is not None and 0 < m.start() - ctx.entry_day_at <= 1500 else ctx.dct
    saturday = anchor.plus(-1) if anchor.weekday == 7 else anchor.plus(6 - anchor.weekday)
    return mk(m, DATE, week_value(saturday) + "-WE", f"the weekend on or after {anchor.label()}, a schedule's entry")


@rule("weekdays_ago", rf"{B}(?P<count>{COUNT})\s+(?P<wd>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\s+ago{E}")
def _weekdays_ago(m: re.Match[str], ctx: Context) -> Timex | None:
    """"Two Fridays ago": that weekday, counted back one week less than said from the last one."""
    count = lx.parse_count(m["count"].lower())
    if count is None or not float(count).is_integer() or not 1 <= count <= 52:
        return None
    weekday = lx.WEEKDAYS[m["wd"].lower()[:-1]]
    back = (ctx.dct.weekday - weekday) % 7 or 7
    day = ctx.dct.plus(-back - 7 * (int(count) - 1))
    return mk(m, DATE, day_value(day), f"{m['wd'][:-1]}, {int(count)} back from {ctx.dct.label()}")


@rule("after_next", rf"{B}(?:[Tt]he\s+)?(?P<unit>week|month|year)\s+after\s+next{E}")
def _after_next(m: re.Match[str], ctx: Context) -> Timex | None:
    """"The week after next": two on from this one."""
    unit, dct = m["unit"].lower(), ctx.dct
    how = f"the {unit} after next, from {dct.label()}"
    if unit == "week":
        return mk(m, DATE, week_value(dct.plus(14)), how)
    if unit == "month":
        y, mo = cal.add_months(dct.year, dct.month, 2)
        return mk(m, DATE, month_value(y, mo), how)
    return mk(m, DATE, year_str(dct.year + 2), how)


@rule("this_time_last", rf"{B}(?:[Tt]his|[Aa]bout\s+this|[Aa]round\s+this|[Aa]t\s+this)\s+time\s+(?P<rel>last|next)\s+(?P<unit>year|month|week){E}")
def _this_time_last(m: re.Match[str], ctx: Context) -> Timex | None:
    """"This time last year": the same time of the year before, told as its month (a week back or on is
    a day); approximate, as "this time" is."""
    sign = -1 if m["rel"].lower() == "last" else 1
    unit = m["unit"].lower()
    dct = ctx.dct
    if unit == "year":
        return mk(m, DATE, month_value(dct.year + sign, dct.month), f"this time {m['rel']} year, from {dct.label()}",
                  mod="APPROX")
    if unit == "month":
        y, mo = cal.add_months(dct.year, dct.month, sign)
        return mk(m, DATE, month_value(y, mo), f"this time {m['rel']} month, from {dct.label()}", mod="APPROX")
    return mk(m, DATE, day_value(dct.plus(7 * sign)), f"this time {m['rel']} week, from {dct.label()}", mod="APPROX")


@rule("rel_unit", rf"{B}(?:{MOD})?(?P<rel2>{REL_WORDS})\s+{UNIT_WORD}(?!-){E}")
def _rel_unit(m: re.Match[str], ctx: Context) -> Timex | None:
    if re.match(r"\s+of\b", m.string[m.end():m.end() + 5]) and m["rel2"].lower().startswith("the"):
        return None  # "the next month of patrols" measures time, it does not name a month
    rel = re.sub(r"\s+", " ", m["rel2"].lower()).replace("the ", "")
    unit = m["unit"].lower()
    if (m["rel2"].lower().startswith("the next") and unit in ("week", "month", "year", "decade") and ctx.ref_year is not None
            and ctx.tense(m.start(), m.end()) != "future"
            # (a decade from a story of this year or the last is ours: "agreed on Wednesday to raise spending over the
            # next decade", the ten years ahead)
            and not (unit == "decade" and (ctx.ref_year >= ctx.dct.year - 1
                                           or re.search(r"\b(?:over|within|throughout)\s+$", m.string[max(0, m.start() - 12):m.start()])))):
        rel = "following"  # "The war began in 2016. The next year…": the year after the story's, not ours
    offset = {"last": -1, "past": -1, "previous": -1, "this past": -1, "this": 0, "current": 0, "next": 1,
              "coming": 1, "this coming": 1, "following": 1}[rel]
    anchor = ctx.dct
    if rel in ("following", "previous") and ctx.ref is not None:
        anchor = ctx.ref
        if rel == "previous":
            offset = -1
    mod = mod_code(m["mod"])
    how = f"{rel} {unit}, relative to {anchor.label()}"
    if rel in ("following", "previous") and unit in ("day", "week") and _counts_from_coarse(ctx) \
            and not _plan_goes_on_from_its_day(ctx, m):
        # "The truce collapsed in March. The following day…": about then, not the day after publication
        return _coarse_later(m, ctx, offset * (7 if unit == "week" else 1))
    if rel == "following" and unit in ("day", "week") and anchor is ctx.ref \
            and ahead_of_a_past_anchor(ctx, m, anchor.plus(7 if unit == "week" else 1)):
        anchor, how = ctx.dct, f"{rel} {unit}, relative to {ctx.dct.label()}: ahead in its sentence"
    if unit == "day":
        if rel in ("this", "current"):
            return None
        if rel in ("past", "last", "next", "coming"):
            return None  # "the past day" reads as a duration in news; left to the duration rule
        return mk(m, DATE, day_value(anchor.plus(offset)), how, mod=mod)
    if unit == "week":
        if re.fullmatch(r"the\s+(?:past|last)", m["rel2"].lower()):
            # "over the past week", "in the last week": the seven days up to publication, the week it falls in
            return mk(m, DATE, week_value(ctx.dct), f"{rel} {unit}, the days up to {ctx.dct.label()}", mod=mod)
        return mk(m, DATE, week_value(anchor.plus(7 * offset)), how, mod=mod)
    if unit == "weekend":
        if rel in ("following", "previous") and anchor is ctx.ref:
            # the first weekend after (or before) the day the story is at: "On Thursday Oct. 9 … the following
            # weekend" is the 11th-12th, not a week on
            base = anchor if rel == "following" and anchor.weekday < 6 else anchor.plus(7 * offset)
        else:
            base = anchor.plus(7 * offset) if rel != "this" else anchor
        if rel == "this" and anchor.weekday < 6 and ctx.tense(m.start(), m.end()) == "past" \
                and not _AHEAD_IN_CLAUSE.search(m.string, max(ctx.sentence_bounds(m.start())[0], m.start() - 160), m.start()):
            # "UN sanctions came back this weekend", written on a Monday: the weekend just gone, not the coming one
            base, how = anchor.plus(-7), f"{rel} {unit}, the one just before {anchor.label()} (past tense)"
        return mk(m, DATE, week_value(base) + "-WE", how, mod=mod)
    anaphoric = rel in ("following", "previous")
    if rel == "following" and unit in ("month", "year") and _ahead_of_a_year_long_past(ctx, m, unit):
        # "The force, which was created in 1978, will withdraw over the following year": what is still to come
        # follows no month or year long past, but the publication's
        anaphoric, how = False, f"{rel} {unit}, relative to {ctx.dct.label()}: ahead in its clause"
    if unit == "month":
        base = ctx.ref_month if anaphoric and ctx.ref_month else (anchor.year, anchor.month)
        if base != (anchor.year, anchor.month):
            how = f"{rel} {unit}, relative to {month_value(*base)}"
        y, mo = cal.add_months(base[0], base[1], offset)
        return mk(m, DATE, month_value(y, mo), how, mod=mod)
    if unit == "year":
        base_year = ctx.ref_year if anaphoric and ctx.ref_year is not None else anchor.year
        if base_year != anchor.year:
            how = f"{rel} {unit}, relative to {year_str(base_year)}"
        return mk(m, DATE, year_str(base_year + offset), how, mod=mod)
    spelled = re.sub(r"\s+", " ", m["rel2"].lower())
    if (unit == "decade" and spelled in ("the past", "the last", "the next", "the coming") and rel != "following") or \
            (unit == "century" and spelled == "the past"):
        # "over the past decade", "in the coming decade": the ten years up to now (or from now), not a
        # calendar decade
        return mk(m, DURATION, "P10Y" if unit == "decade" else "P100Y", f"{spelled} {unit}, a length of time")
    base_year = ctx.ref_year if anaphoric and ctx.ref_year is not None else anchor.year
    if base_year != anchor.year:  # "a war that had lasted most of the previous decade", after 1721: the 1710s
        how = f"{rel} {unit}, relative to {year_str(base_year)}"
    if unit == "decade":
        return mk(m, DATE, f"{(base_year // 10 + offset)}X", how, mod=mod)
    return mk(m, DATE, f"{base_year // 100 + offset:02d}", how, mod=mod)


#: A word that sets a clause ahead: "is expected to meet", "will", "plans to".
_AHEAD_IN_CLAUSE = re.compile(r"\b(?:will|would|shall|expected|due|set\s+to|scheduled|planned|plans?\s+to|is\s+to|are\s+to|"
                              r"going\s+to|hopes?\s+to|intends?\s+to)\b", re.I)


def _ahead_of_a_year_long_past(ctx: Context, m: re.Match[str], unit: str) -> bool:
    """Whether "the following month/year", said ahead ("will"), would count on from a date of an earlier year."""
    base_year = ctx.ref_month[0] if unit == "month" and ctx.ref_month else ctx.ref_year
    return base_year is not None and base_year + 1 < ctx.dct.year and ctx.ref_at >= 0 \
        and ctx.tense(m.start(), m.end()) == "future" \
        and (ctx.ref_at < ctx.sentence_bounds(m.start())[0]
             or re.search(r"\b(?:will|shall)\b", m.string[ctx.ref_at:m.start()]) is not None)


@rule("earlier_this", rf"{B}(?P<w>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+(?P<rel>this|last|next|that)\s+(?P<unit>week|month|year|morning|afternoon|evening){E}")
def _earlier_this(m: re.Match[str], ctx: Context) -> Timex | None:
    unit, rel = m["unit"].lower(), m["rel"].lower()
    anchor = ctx.anchor() if rel == "that" else ctx.dct
    offset = {"this": 0, "that": 0, "last": -1, "next": 1}[rel]
    mod = mod_code(m["w"])
    if unit == "week":
        return mk(m, DATE, week_value(anchor.plus(7 * offset)), f"{rel} week", mod=mod)
    if unit == "month":
        base = ctx.ref_month if rel == "that" and ctx.ref_month else (anchor.year, anchor.month)
        y, mo = cal.add_months(base[0], base[1], offset)
        return mk(m, DATE, month_value(y, mo), f"{rel} month", mod=mod)
    if unit == "year":
        base_year = ctx.ref_year if rel == "that" and ctx.ref_year is not None else anchor.year
        return mk(m, DATE, year_str(base_year + offset), f"{rel} year", mod=mod)
    if rel == "that" and ctx.ref_grain == "month" and ctx.ref_month is not None and ctx.ref_at > ctx.ref_day_at:
        # "…in Vienna in July 2015. … the deal was announced later that morning": a part of a day of the month last named,
        # not of the last day named before it
        return mk(m, DATE, month_value(*ctx.ref_month), f"{m.group(0).lower()}: a day of {month_value(*ctx.ref_month)}")
    code = lx.PARTS_OF_DAY[unit]
    return mk(m, TIME, f"{day_value(anchor)}T{code}", f"{unit} of {anchor.label()}")


#: A clause of background opening before a day it tells: "…a vacancy that began [when] Michel Aoun's term expired on".
_BACKGROUND_CLAUSE_OPENED = re.compile(r"\b(?:after|before|since|when|until|while|although|though|because|once)\b", re.I)


#: The day named right after "later in the day": "[ on Monday]", "[ on Oct. 3]", "[ tomorrow]".
_DAY_NAMED_NEXT = re.compile(r"\s+(?:on\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]{2,8}\b)"
                             r"|(?:today|tomorrow|yesterday)\b)")


@rule("earlier_in_the", rf"{B}(?P<w>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+in\s+the\s+(?P<unit>day|week|month|year){E}")
def _earlier_in_the(m: re.Match[str], ctx: Context) -> Timex | None:
    """"Earlier in the day": the day (week, month, year) the story is at, the last one it named."""
    unit = m["unit"].lower()
    if unit == "day" and _DAY_NAMED_NEXT.match(m.string, m.end()):
        return None  # "was due to see them again later in the day [on Monday]": the day named next is the date
    anchor = ctx.anchor()
    if m["w"].lower() == "earlier" and anchor.number > ctx.dct.number and ctx.past_ref is not None \
            and ctx.tense(m.start(), m.end()) != "future":
        # "…would remain in office after her term ends on Dec. 29, calling the vote held earlier in the day illegitimate":
        # what has been is of the last day told that has been, not of a day ahead
        anchor = ctx.past_ref
    if unit == "day" and ctx.ref_day_at >= 0 and ctx.ref_day_at < ctx.sentence_bounds(m.start())[0] \
            and abs(anchor.number - ctx.dct.number) > 7 \
            and _BACKGROUND_CLAUSE_OPENED.search(ctx.text, ctx.sentence_bounds(ctx.ref_day_at)[0], ctx.ref_day_at):
        # "…ending a vacancy that began when Michel Aoun's term expired on Oct. 31, 2022. Aoun won … after falling short in
        # the first round earlier in the day": a day told in a clause of the background is no day the story is at; the
        # news's own is
        anchor = ctx.dct
    mod = mod_code(m["w"]) if m["w"].lower() in ("early", "late") else ""
    how = f"{m.group(0).lower()}, in the {unit} of {anchor.label()}"
    if unit == "day":
        return mk(m, DATE, day_value(anchor), how, mod=mod)
    if unit == "week":
        return mk(m, DATE, week_value(anchor), how, mod=mod)
    if unit == "month":
        y, mo = ctx.ref_month or (anchor.year, anchor.month)
        return mk(m, DATE, month_value(y, mo), f"{m.group(0).lower()}, in {month_value(y, mo)}", mod=mod)
    year = ctx.ref_year if ctx.ref_year is not None else anchor.year
    return mk(m, DATE, year_str(year), f"{m.group(0).lower()}, in {year_str(year)}", mod=mod)


@rule("year_end_of_year", rf"{B}[Yy]ear[- ]end\s+(?P<year>1\d{{3}}|20\d{{2}}){E}")
def _year_end_of_year(m: re.Match[str], ctx: Context) -> Timex | None:
    """"Elections will be held by year-end 2027": the end of the year written after it."""
    return mk(m, DATE, m["year"], "the end of the year written", mod="END")


@rule("year_ago_adj", rf"{B}(?:(?P<the>[Tt]he)\s+)?(?:[Yy]ear-(?:earlier|ago)|[Pp]rior-year|[Yy]ear-end|[Yy]ear\s+end|[Yy]ear-before)(?:\s+(?P<noun>period|quarter|level|levels|results|figure))?{E}")
def _year_ago_adj(m: re.Match[str], ctx: Context) -> Timex | None:
    text = m.group(0).lower()
    if "end" in text:
        return mk(m, DATE, year_str(ctx.dct.year if ctx.dct.month >= 10 else ctx.dct.year - 1), "the end of the year")
    if m["noun"] and m["noun"] not in ("period", "quarter"):
        span = m.group(0)[: m.start("noun") - m.start()].rstrip()
        m_end = m.start() + len(span)
        value = _year_ago_value(ctx, m.start())
        start = m.start("the") + 4 if m["the"] else m.start()
        while start < m_end and m.string[start] == " ":
            start += 1
        return compared(Timex(start, m_end, m.string[start:m_end], DATE, value, "a year before the period reported"))
    if not m["noun"] and m["the"]:
        start = m.start() + 4
        return compared(Timex(start, m.end(), m.string[start:m.end()], DATE, _year_ago_value(ctx, m.start()),
                              "a year before the period reported"))
    return compared(mk(m, DATE, _year_ago_value(ctx, m.start()), "a year before the period reported"))


def _year_ago_value(ctx: Context, pos: int) -> str:
    """"A year earlier" in a results story: the period being compared, a year back.

    A sentence about a year-long period ("for the nine months", "the fiscal year") compares years;
    one about a quarter (this sentence or the one before) compares the quarter it names, else the
    quarter the story reports: the first recent one it named, or the one before the publication date's.
    """
    if ctx.reports_quarter(pos):
        if ctx.ref_quarter is not None and ctx.sentence_bounds(pos)[0] <= ctx.ref_quarter_at:
            reported = ctx.ref_quarter
        elif ctx.lead_quarter is not None:
            reported = ctx.lead_quarter
        else:
            reported = ctx.dct.year * 4 + ctx.dct.quarter - 2
        index = reported - 4
        return quarter_value(index // 4, index % 4 + 1)
    return year_str(ctx.dct.year - 1)


@rule("ago_today", rf"{B}(?P<count>{COUNT}|[Aa]n?)\s+(?P<unit>years?|decades?|months?|weeks?)\s+ago\s+(?P<when>today|tonight|this\s+week(?:end)?|this\s+month"
                   rf"|(?:this\s+|in\s+)?(?P<mon>{MON_FULL})|(?:this\s+|in\s+the\s+)(?P<season>{SEASON})){E}")
def _ago_today(m: re.Match[str], ctx: Context) -> Timex | None:
    """"Thirty years ago today": that very day (week, weekend, month) of an earlier year, an anniversary's date; "Eleven years
    ago this February": that month, so many years before this year's; "Three years ago this summer" that season; "A decade
    ago today" ten years before."""
    count = 1 if m["count"].lower() in ("a", "an") else lx.parse_count(m["count"])
    if count is None or not float(count).is_integer():
        return None
    told = f"{m['count']} {m['unit'].lower().rstrip('s')}(s)"  # (as written: "Two decade(s)", counted as 20 years)
    if m["unit"].lower().startswith("decade"):
        count *= 10
    if m["season"]:
        if not m["unit"].lower().startswith(("year", "decade")) or not 1 <= ctx.dct.year - int(count) <= 9999:
            return None
        year = ctx.dct.year - int(count)
        return mk(m, DATE, f"{year_str(year)}-{lx.SEASON_CODES[m['season'].lower()]}",
                  f"{told} before this year's {m['season'].lower()}")
    if m["mon"]:
        if not m["unit"].lower().startswith(("year", "decade")) or not 1 <= ctx.dct.year - int(count) <= 9999:
            return None
        year = ctx.dct.year - int(count)
        return mk(m, DATE, month_value(year, month_of(m["mon"])),
                  f"{told} before this year's {m['mon']}: {m['mon']} {year_str(year)}")
    n, unit, when, dct = int(count), m["unit"].lower().rstrip("s").replace("decade", "year"), m["when"].split()[-1].lower(), ctx.dct
    months = {"year": 12 * n, "month": n}.get(unit)
    if months is None:
        day = dct.plus(-7 * n)
    else:
        y, mo = cal.add_months(dct.year, dct.month, -months)
        day = Day.of(y, mo, min(dct.ymd[2], cal.days_in_month(y, mo)))
    how = f"{told} before {dct.label()}, that very {when if when != 'today' else 'day'}"
    if when == "week":
        return mk(m, DATE, week_value(day), how)
    if when == "weekend":  # "Forty years ago this weekend": that week's weekend
        return mk(m, DATE, week_value(day) + "-WE", how)
    if when == "month":
        return mk(m, DATE, month_value(day.year, day.month), how)
    if when == "tonight":  # "Seventeen years ago tonight": that night
        return mk(m, DATE, day_value(day) + "TNI", how.replace("that very tonight", "that very night"))
    return mk(m, DATE, day_value(day), how)


#: What counts an anniversary's years back to the happening it remembers: "Friday marks", "It has been".
_MARKS_BEFORE = re.compile(r"\b(?:marks|marked|will\s+mark|is|was|it['’]s|has\s+(?:now\s+)?been|had\s+been)\s+"
                           r"(?:exactly\s+|precisely\s+|now\s+)?$", re.IGNORECASE)
#: The whole subject of that verb, a day or a year or "it", opening the sentence: "Friday", "Today", "This year",
#: "In 2014 it" (not a clause's: "Crowds marched on Friday to mark two years since…" measures).
_MARKING_SUBJECT = re.compile(r"(?:(?:and|but|so)\s+)?(?:(?:in|by)\s+\d{4},?\s+)?"
                              r"(?:today|tonight|this\s+(?:week|month|year)|next\s+(?:week|month|year)|\w+day(?:\s+night)?"
                              r"(?:,?\s+\w+\.?\s+\d{1,2})?|\w+\.?\s+\d{1,2}|\d{1,2}\s+\w+|\d{4}|(?:the|this|its)\s+(?:\w+\s+)?"
                              r"anniversary|it|there|this)", re.IGNORECASE)


@rule("marks_since", rf"{B}(?P<count>{COUNT}|[Aa]n?)\s+(?P<unit>years?|decades?|centur(?:y|ies)|months?|weeks?|days?)"
                     rf"(?=\s+since\s)")
def _marks_since(m: re.Match[str], ctx: Context) -> Timex | None:
    """"Friday marks three decades since the accord was initialled", "It is 30 years since the wall fell": the
    happening after "since" lies that long before the day (or year) marking it — a date, not a length."""
    before = m.string[ctx.sentence_bounds(m.start())[0]:m.start()]
    marks = _MARKS_BEFORE.search(before)
    if not marks or not _MARKING_SUBJECT.fullmatch(before[:marks.start()].strip(" ,")):
        return None
    count = 1 if m["count"].lower() in ("a", "an") else lx.parse_count(m["count"])
    if count is None or not float(count).is_integer() or count <= 0:
        return None
    unit = m["unit"].lower().rstrip("s")
    n = int(count) * (10 if unit == "decade" else 100 if unit.startswith("centur") else 1)
    subject = before[:marks.start()].lower()
    in_sentence = ctx.ref is not None and ctx.ref_day_at >= ctx.sentence_bounds(m.start())[0]
    day = ctx.ref if in_sentence else ctx.today()
    if unit in ("day", "week"):
        back = day.plus(-n * (7 if unit == "week" else 1))
        return mk(m, DATE, day_value(back), f"{m['count']} {unit}(s) before {day.label()}, the day that marks them")
    if unit == "month":
        y, mo = cal.add_months(day.year, day.month, -n)
        back_month = Day.of(y, mo, min(day.ymd[2], cal.days_in_month(y, mo)))
        if in_sentence or re.search(r"\btoday\b", subject):
            return mk(m, DATE, day_value(back_month), f"{m['count']} month(s) before {day.label()}, the day that marks them")
        return mk(m, DATE, month_value(y, mo), f"{m['count']} month(s) before {day.label()}")
    years = n
    if in_sentence or re.search(r"\b(?:today|tonight)\b", subject):
        y = day.year - years
        back_day = Day.of(y, day.month, min(day.ymd[2], cal.days_in_month(y, day.month)))
        return mk(m, DATE, day_value(back_day), f"{years} years before {day.label()}, the day that marks them")
    # ("2024 marked ten years since…", "In 2014 it was 100 years since…" count from the year the sentence
    # names; "It is 30 years since…" from the present's)
    # (…or names relatively: "Next year marks three decades since…")
    named_year = re.search(r"\b(?:\d{4}|(?:next|last|this)\s+year)\b", subject) and ctx.ref_year is not None \
        and ctx.ref_at >= ctx.sentence_bounds(m.start())[0]
    year = (ctx.ref_year if named_year else ctx.today().year) - years
    return mk(m, DATE, year_str(year), f"{years} years before the year that marks them")


#: A date written with capitals and figures only, then the comma that sets off what follows it: "August 2023, ",
#: "Aug. 8, 2025, ", "2023, ".
_SET_OFF_AFTER_A_DATE = re.compile(r"(?:[A-Z0-9][\w.']*,?\s+){0,3}[A-Z0-9][\w.']*,\s+")


def _restated_date(ctx: Context) -> str | None:
    """The value of the last date told, at its grain, when it is known there."""
    if ctx.ref_grain == "day" and ctx.ref is not None:
        return day_value(ctx.ref)
    if ctx.ref_grain == "month" and ctx.ref_month is not None:
        return month_value(*ctx.ref_month)
    if ctx.ref_grain == "year" and ctx.ref_year is not None:
        return year_str(ctx.ref_year)
    return None


@rule("ago", rf"{B}(?:(?P<approx>(?:[Aa]lmost\s+|[Nn]early\s+)?(?:[Ee]xactly|[Pp]recisely)|[Nn]early|[Aa]lmost|[Mm]ore\s+than|[Ll]ess\s+than|[Aa]bout|[Ss]ome|(?:[Jj]ust\s+)?[Oo]ver|[Jj]ust|[Oo]nly|[Rr]oughly)\s+)?(?P<count>{COUNT}|[Aa]n?|[Ss]everal|[Aa]\s+few|[Ff]ew|[Mm]any|[Ss]ome)\s+(?:(?:more|full)\s+)?(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+(?:now|today)|hence|previously|back|(?:after|before)\s+(?:that|this)(?!\s+(?!(?:the|a|an|he|she|they|it|we)\b)[a-z])){E}")
def _ago(m: re.Match[str], ctx: Context) -> Timex | None:
    count = lx.parse_count(m["count"])
    if m["half"] and count is not None:  # "a year and a half later"
        count += 0.5
    unit = m["unit"].lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    # ("eight days after that": counted from the day last told, as "eight days later")
    direction = {"after": "later", "before": "earlier"}.get(m["dir"].split()[0].lower(), m["dir"].lower())
    if direction in ("earlier", "later") and re.match(r"\s+than\b", m.string[m.end():m.end() + 6]):
        return None  # "a year earlier than planned": how much earlier, a length, not a date
    sign = -1 if direction in ("ago", "earlier", "before", "previously", "back") else 1
    direction = "from now" if direction.startswith("from") else direction  # ("two weeks from today")
    deictic = direction in ("ago", "from now", "hence", "back")
    if direction == "since":
        return None
    if not deictic and re.search(r"\b[Ff]or\s+$", m.string[max(0, m.start() - 5):m.start()]):
        return None  # "For four centuries before that, the region had been ruled…": how long, the length alone
    restated = _restated_date(ctx) if not deictic and ctx.ref_at >= 0 \
        and _SET_OFF_AFTER_A_DATE.fullmatch(ctx.text, ctx.ref_at, m.start()) else None
    if restated is not None:
        # "…was due for review in August 2023, fifty years later": a count set off right after a date tells how far that
        # date lay from an older one — it is that date said again, not a count on from it
        return mk(m, DATE, restated, f"{m['count']} {unit}(s) {direction}, the date right before it said again")
    anchor = ctx.dct if deictic or ctx.ref is None else ctx.ref
    if not deictic and sign < 0 and ctx.past_ref is not None and ctx.ref_at >= 0 and _last_named_ahead(ctx) \
            and ctx.tense(m.start(), m.end()) == "past":
        # "…would follow by the end of March. A day earlier, the minister had met Grossi": a past told
        # before a date still to come counts from the last day the story told that has been
        days = {"day": 1, "night": 1, "week": 7, "fortnight": 14}.get(unit)  # ("Two weeks earlier, …": a day too)
        return mk(m, DATE, day_value(ctx.past_ref.plus(-int(count) * days)), f"{m['count']} {unit}(s) before "
                  f"{ctx.past_ref.label()}, the last day told that has been") \
            if days and count is not None and float(count).is_integer() else None
    if not deictic and sign > 0 and ctx.ref_at >= 0 and ctx.ref is not None and unit in ("day", "night", "week", "hour") \
            and (_last_named_ahead(ctx) or ctx.ref.number > ctx.dct.number
                 # (not when a month or year gone by was told since: "…on April 7. ¶ It flared in December 2023 … and
                 # eased after the two presidents met a week later")
                 and (ctx.ref_grain == "day" or ctx.ref_at <= ctx.ref_day_at or unit == "hour")) \
            and ctx.ref_day_at < ctx.sentence_bounds(m.start())[0] \
            and not (unit == "hour" and ctx.ref_clock and ctx.in_view(ctx.ref_clock_at, m.start())) \
            and ctx.tense(m.start(), m.end()) == "past":
        # "…due to meet on Thursday. … Forty-eight hours later, they withdrew": a past is not counted on from a day
        # still to come, but from the last day told that has been — and is no date when that lands ahead too
        days = {"day": 1, "night": 1, "week": 7, "fortnight": 14}.get(unit) or (1 / 24 if unit == "hour" else None)
        if not days or count is None or ctx.past_ref is None or not float(count * days).is_integer():
            return None
        landing = ctx.past_ref.plus(int(count * days))
        return mk(m, DATE, day_value(landing), f"{m['count']} {unit}(s) after {ctx.past_ref.label()}, the last day told "
                  "that has been") if landing.number <= ctx.dct.number else None
    if not deictic and unit == "decade" and ctx.ref_decade is not None and count is not None and float(count).is_integer():
        # "During the 2010s, envoys shuttled… A decade later, in October 2022, …": the decade after the one named
        decade = ctx.ref_decade + sign * int(count)
        return mk(m, DATE, f"{decade}X", f"{m['count']} decade(s) {direction} the {ctx.ref_decade}0s")
    # "The war began in 2019. Three years later…": counted from the year (month) the story last
    # named, not from the last full date, which may be older, or the publication date.
    base_year = anchor.year if deictic or ctx.ref_year is None else ctx.ref_year
    base_month = (anchor.year, anchor.month) if deictic or ctx.ref_month is None else ctx.ref_month
    where = anchor.label()
    if unit in ("year", "decade", "century") and not deictic and ctx.ref_year is not None:
        where = year_str(base_year)
    elif unit == "month" and not deictic and ctx.ref_month is not None:
        where = month_value(*base_month)
    counted = f"{m['count']} {unit} and a half" if m["half"] else f"{m['count']} {unit}(s)"
    how = f"{counted} {'before' if sign < 0 else 'after'} {where}"
    if unit in ("hour", "minute") and not deictic and count is not None and float(count).is_integer() \
            and ctx.ref_clock and ctx.in_view(ctx.ref_clock_at, m.start()):
        # "…at 8 a.m. The rest were handed over three hours later": counted on from the clock time in view
        return _clock_later(m, ctx, int(count) * sign * (60 if unit == "hour" else 1))
    smaller = _IN_SMALLER_UNITS.get(unit)
    told_month = ctx.ref_month is not None and ctx.ref_month[0] == ctx.ref_year  # (the story's last month is its last year's)
    if (deictic or unit == "year" and told_month) and count is not None and not float(count).is_integer() and smaller \
            and float(count * smaller[1]).is_integer():
        # "half a century ago" is fifty years ago, "two and a half years ago" thirty months ago: a count that a
        # smaller unit makes whole is a date at that unit's grain (counted from the publication date, or years from
        # the story's last month: "in March 2023 … a year and a half later" is September 2024)
        count, unit = count * smaller[1], smaller[0]
    whole_days = unit == "hour" and count is not None and float(count).is_integer() and count % 24 == 0
    if not deictic and (count is None or not float(count).is_integer()
                        or (unit in ("hour", "minute", "second") and not whole_days)):
        # "A few days later", "just over an hour later": no date can be counted, so the length of
        # time is what the text gives (the shorter reading inside the span)
        return None
    if count is None or not float(count).is_integer():
        if unit == "year":
            return mk(m, DATE, "PAST_REF" if sign < 0 else "FUTURE_REF", "an unspecified time " + ("before" if sign < 0 else "after"))
        return mk(m, DATE, "PAST_REF" if sign < 0 else "FUTURE_REF", how)
    n = int(count) * sign
    days = {"day": 1, "night": 1, "week": 7, "fortnight": 14}.get(unit)
    if days and not deictic and _counts_from_coarse(ctx) \
            and not (ctx.ref_grain == "month" and _month_told_as_background(ctx, m.start())):
        # "In March 2019 … two weeks later": about a month, not a day counted from an older date (but not a month told
        # in a paragraph of its own as background: "…adopted sanctions on Thursday. ¶ It first listed tankers in December
        # 2023. ¶ Washington imposed sanctions a day earlier" counts from Thursday)
        return _coarse_later(m, ctx, n * days)
    if unit in ("day", "night"):
        return mk(m, DATE, day_value(anchor.plus(n)), how)
    if unit in ("week", "fortnight"):
        landing = anchor.plus(7 * n * (2 if unit == "fortnight" else 1))
        if deictic and unit == "week" and abs(n) >= 3:
            # "six weeks ago": told to the week, not to the day (a day or two off either way is the same phrase)
            return mk(m, DATE, week_value(landing), how)
        # counted from a day, weeks land on a day: "announced on April 2 and paused a week later" (April 9)
        return mk(m, DATE, day_value(landing), how)
    if unit == "month":
        y, mo = cal.add_months(base_month[0], base_month[1], n)
        return mk(m, DATE, month_value(y, mo), how)
    if unit == "quarter":
        index = anchor.year * 4 + anchor.quarter - 1 + n
        return mk(m, DATE, quarter_value(index // 4, index % 4 + 1), how)
    if unit == "year":
        if abs(n) == 1 and direction in ("ago", "earlier") and ctx.reports_quarter(m.start()):
            return compared(mk(m, DATE, _year_ago_value(ctx, m.start()), "a year before the quarter reported"))
        if not deictic and sign > 0 and base_year + n > ctx.dct.year and m["approx"] \
                and m["approx"].lower() in ("nearly", "almost", "about", "some", "roughly"):
            # "On Feb. 1, 2021, soldiers detained her. Few imagined that nearly six years later the country would still be
            # at war", written in 2026: a rough count from the story that lands past publication is the time of writing
            return mk(m, DATE, "PRESENT_REF", f"{how}, roughly: past publication, so about now")
        return mk(m, DATE, year_str(base_year + n), how)
    if unit in ("decade", "century") and not deictic and sign > 0 and base_year + (10 if unit == "decade" else 100) * n > ctx.dct.year \
            and re.match(r"[^.;]{0,80}?\b(?:is|are|remains?|has|have)\b(?![^.;]*\b(?:will|would|shall)\b)",
                         m.string[m.end():m.end() + 120]):
        # "Iraq became independent in 1932… A century later, many of those borders are contested again": about now, a
        # length counted only roughly, no year ahead of publication
        return mk(m, DATE, "PRESENT_REF", f"{how}: told in the present, about now")
    if unit == "decade":
        return mk(m, DATE, year_str(base_year + 10 * n), how)
    if unit == "century":
        return mk(m, DATE, year_str(base_year + 100 * n), how)
    if unit == "hour" and n % 24 == 0:
        return mk(m, DATE, day_value(anchor.plus(n // 24)), how)  # "48 hours later": two days on
    if unit in ("hour", "minute", "second"):
        return mk(m, TIME if unit != "second" else DATE, "PAST_REF" if sign < 0 else "FUTURE_REF", how)
    return None


#: A unit and the smaller one a fraction of it is counted in.
_IN_SMALLER_UNITS = {"century": ("year", 100), "decade": ("year", 10), "year": ("month", 12)}


def _plan_goes_on_from_its_day(ctx: Context, m: re.Match[str]) -> bool:
    """Whether a day counted on in the future tense goes on from the day ahead the story named last, not from the month or
    year gone it named since: "…will travel to Belgrade and Pristina on 3 and 4 December to press them to implement the
    agreements reached in February and March 2023. … The following day she will visit Pristina"."""
    gone = ctx.ref_month if ctx.ref_grain == "month" and ctx.ref_month is not None else \
        (ctx.ref_year, 12) if ctx.ref_grain == "year" and ctx.ref_year is not None else None
    return ctx.ref is not None and ctx.ref.number >= ctx.dct.number and gone is not None \
        and gone < (ctx.dct.year, ctx.dct.month) and ctx.tense(m.start(), m.end()) == "future"


def _last_named_ahead(ctx: Context) -> bool:
    """Whether the last date the story named lies after the publication date."""
    if ctx.ref_grain == "day" and ctx.ref is not None:
        return ctx.ref.number > ctx.dct.number
    if ctx.ref_grain == "month" and ctx.ref_month is not None:
        return ctx.ref_month > (ctx.dct.year, ctx.dct.month)
    return ctx.ref_grain == "year" and ctx.ref_year is not None and ctx.ref_year > ctx.dct.year


def _clock_later(m: re.Match[str], ctx: Context, minutes: int) -> Timex | None:
    """The clock time `minutes` after (or before) the one the story last named, on the day it lands on."""
    v = ctx.ref_clock
    anchor = day_of_value(v)
    total = int(v[11:13]) * 60 + int(v[14:16]) + minutes
    day = anchor.plus(total // (24 * 60))
    total %= 24 * 60
    approx = "APPROX" if m["approx"] and m["approx"].lower() in ("some", "about", "roughly", "nearly", "almost") else ""
    return mk(m, TIME, f"{day_value(day)}T{total // 60:02d}:{total % 60:02d}",
              f"{m['count']} {m['unit']} {m['dir']} than {v[11:16]} on {anchor.label()}", mod=approx)


def _days(days: int) -> str:
    return f"{abs(days)} day{'' if abs(days) == 1 else 's'}"


def _counts_from_coarse(ctx: Context) -> bool:
    """Whether days counted from the story's last date count from a month or a year ("In March 2019 …
    two weeks later"). A state's start after "since" is no point the story has come to: "On Tuesday police
    removed the barriers from the bridge, closed since 2011. Belgrade protested the next day" counts from
    Tuesday."""
    # (nor is a month that names a thing, the day before it in the sentence: "…in Ohrid on March 18, they agreed on how the
    # February plan would be carried out, but Serbia's president said the following day…" counts from March 18)
    return ctx.ref_grain in ("month", "year") and not (
        ctx.ref is not None and ctx.ref_at >= 0 and _SINCE_BEFORE.search(ctx.text, max(0, ctx.ref_at - 100), ctx.ref_at)) \
        and not (ctx.ref_grain == "month" and ctx.ref_month_names_a_thing and ctx.ref is not None
                 and 0 <= ctx.ref_day_at < ctx.ref_at and ctx.sentence_bounds(ctx.ref_at)[0] <= ctx.ref_day_at) \
        and not _backstory_after_recent_day(ctx) \
        and not (ctx.ref is not None and 0 <= ctx.ref_day_at < ctx.ref_at
                 and ctx.sentence_bounds(ctx.ref_at)[0] <= ctx.ref_day_at
                 and (_BACKSTORY_AFTER_DAY.search(ctx.text, ctx.ref_day_at, ctx.ref_at)
                      # (…nor is a participle's, a noun's past inside the day's sentence: "agreed on Wednesday on a roadmap
                      # for inspections at sites bombed in June 2025, after talks that ran late into the previous evening")
                      or _NOUN_PARTICIPLE_BEFORE.search(ctx.text, max(ctx.ref_day_at, ctx.ref_at - 40), ctx.ref_at)
                      # (…nor a relative clause's about who the day's happening was done to: "voted on Thursday to lift
                      # sanctions on al-Sharaa, who led the offensive that toppled Assad last December")
                      # (a bounded look: the clause is short, and a sentence may be a page long)
                      or _RELATIVE_ASIDE_AFTER_DAY.search(ctx.text, max(ctx.ref_day_at, ctx.ref_at - 160), ctx.ref_at)))


#: A relative clause set off after a day's happening, up to its own coarser date: ", who led the offensive that toppled
#: Assad ".
_RELATIVE_ASIDE_AFTER_DAY = re.compile(r",\s+(?:who|which|whose)\s+[^.;]{3,140}$")


#: A noun's participle right before its date: "sites [bombed in ]June 2025".
_NOUN_PARTICIPLE_BEFORE = re.compile(r"\b[a-z]{3,}s?\s+(?!(?:was|were|had|has|have)\b)[a-z]{3,}ed\s+(?:in|on|during)\s+(?:the\s+)?$")


def _recent_story_resumes(ctx: Context, pos: int) -> bool:
    """Whether a sentence of its own goes back to the story's recent day after background years old: "…held talks in
    Tokyo on Saturday. ¶ Relations hit a low in 2019, before improving after 2023, when Seoul proposed a fund. ¶ Lee flew
    to Washington the next day…" counts from Saturday, not from 2023."""
    return ctx.ref is not None and 0 <= ctx.dct.number - ctx.ref.number <= 7 and 0 <= ctx.ref_day_at < ctx.ref_at \
        and ctx.ref_grain == "year" and ctx.ref_year is not None and ctx.ref_year < ctx.dct.year - 1 \
        and ctx.ref_at < ctx.sentence_bounds(pos)[0] and ctx.sentence_bounds(ctx.ref_day_at)[1] <= ctx.ref_at


def _backstory_after_recent_day(ctx: Context) -> bool:
    """Whether the coarse date was told in a past perfect, backstory to a day of the last week the story is at: "OPEC+
    agreed on Sunday… The group had raised output every month from April to October, before pausing in November. A day
    earlier, Saudi Arabia and Russia held talks" counts from Sunday."""
    if ctx.ref is None or not 0 <= ctx.dct.number - ctx.ref.number <= 7 or not 0 <= ctx.ref_day_at < ctx.ref_at:
        return False
    start = ctx.sentence_bounds(ctx.ref_at)[0]
    return start > ctx.ref_day_at and _PAST_PERFECT.search(ctx.text, start, ctx.ref_at) is not None


#: A past perfect: "had raised", "had been".
_PAST_PERFECT = re.compile(r"\bhad\s+(?:[a-z]+ly\s+)?been\b|" + _PAST_PERFECT_WORDS)


#: What a day's happening came after, told after it: "…on July 2, after a law passed by parliament in late June" (the
#: story stays at the day: "Inspectors left the country two days later" is July 4).
_BACKSTORY_AFTER_DAY = re.compile(r",\s+(?:(?:(?:about|some|nearly|almost|just|only|barely|more\s+than|less\s+than)\s+)?"
                                  # (…however long after: ", about a week after Israeli and U.S. strikes … in June")
                                  r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|a\s+few)\s+"
                                  r"(?:days?|weeks?|months?)\s+)?(?:after|following|amid|in\s+the\s+wake\s+of)\b"
                                  r"(?:[^.;]|(?<=\b[A-Z])\.){0,120}$")  # (an initial's stop ends nothing: "U.S. strikes")


def _coarse_later(m: re.Match[str], ctx: Context, days: int) -> Timex:
    """Days or weeks from a month or a year the story named: the month (or year) they land in,
    counted from the middle of the month (or of the year), marked approximate."""
    if ctx.ref_grain == "month" and ctx.ref_month is not None:
        y, mo = ctx.ref_month
        landing = Day.of(y, mo, 15).plus(days)
        return mk(m, DATE, month_value(landing.year, landing.month),
                  f"{m.group(0)}: about {_days(days)} {'after' if days > 0 else 'before'} {month_value(y, mo)}",
                  mod="APPROX")
    year = ctx.ref_year if ctx.ref_year is not None else ctx.dct.year
    landing = Day.of(year, 7, 1).plus(days)
    return mk(m, DATE, year_str(landing.year), f"{m.group(0)}: about {_days(days)} from {year_str(year)}",
              mod="APPROX")


_SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?$"
                           # (…or a happening since which a state holds: "the first round since the collapse of the
                           # Crans-Montana conference in the summer of 2017")
                           r"|\b[Ss]ince\s+(?:the|its|their|a|an)\s+[a-z]{3,}(?:\s+of\s+(?:the\s+)?(?:[A-Za-z][\w'’-]*\s+){0,3}?"
                           r"[A-Za-z][\w'’-]*)?\s+(?:in|on|during)\s+(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?$"
                           # (…or a state's start after its noun: "a renewable five-year term from this year", "a ban on
                           # imports from January"): where a state begins, not where the story has come to
                           r"|\b(?:term|mandate|tenure|presidency|ban|embargo|moratorium|freeze|suspension|sanctions|"
                           r"restrictions|curfew|imports|exports)\s+(?:starting\s+|beginning\s+)?from\s+(?:the\s+)?$")
#: A clause said ahead from the time of writing: "will", "is expected to", "are due to".
_SAID_AHEAD_NOW = re.compile(r"\b(?:will|shall|won['’]t|(?:is|are)\s+(?:expected|due|set|likely|scheduled|planned)\s+to)\b|['’]ll\b", re.I)


def _month_told_as_background(ctx: Context, at: int) -> bool:
    """Whether the month last told stood in a paragraph of its own between the story's day (of the week before
    publication) and `at`: "Chad said on Thursday… ¶ The last French soldiers left Niger in December 2023. ¶ Senegal's
    president said on the same day…" is Thursday. (The looks are bounded: a month further off than they reach is taken as
    before.)"""
    if ctx.ref is None or not 0 <= ctx.ref_day_at < ctx.ref_month_at < at \
            or not ctx.ref.number <= ctx.dct.number <= ctx.ref.number + 7:
        return False
    line_end = ctx.text.find("\n", ctx.ref_day_at)
    if _PUBLICATION_LINE_OPENING.fullmatch(ctx.text, ctx.text.rfind("\n", 0, ctx.ref_day_at) + 1, ctx.ref_day_at) \
            and 0 <= line_end - ctx.ref_day_at <= 40:
        return False  # ("Published Oct. 14, 2025 ¶ Seven years ago this August…": the page's own day is no story's day)
    return ctx.text.find("\n", ctx.ref_month_at, min(at, ctx.ref_month_at + _PARAGRAPH_LOOK)) >= 0 \
        and ctx.text.rfind("\n", max(ctx.ref_day_at, ctx.ref_month_at - _PARAGRAPH_LOOK), ctx.ref_month_at) >= 0


#: What opens a line that only gives the page's day: "Published ", "Updated: ", "".
_PUBLICATION_LINE_OPENING = re.compile(r"\s*(?:(?:First\s+|Last\s+)?(?:[Pp]ublished|[Uu]pdated|[Pp]osted)(?:\s+on)?\s*:?\s*)?")
#: How far a look for a paragraph's break goes, in characters.
_PARAGRAPH_LOOK = 2000


@rule("anaphoric", rf"{B}(?P<w>[Tt]he\s+(?:same|following|next|previous|preceding|prior)\s+(?P<unit>day|week|month|year|morning|afternoon|evening|night)|[Tt]hat\s+(?:same\s+|very\s+)?(?P<unit2>day|weekend|week|month|year|morning|afternoon|evening|night)|[Tt]he\s+(?P<unit3>year)|[Tt]he\s+(?P<unit4>day|night|weekend|week|month|year)\s+(?P<side>before|after)(?:\s+that)?(?=\s*(?:[.,;:!?)]|$|\s+(?:and|but|when)\b))){E}(?!\s+(?:of|when|(?:before|after)(?!\s+[a-z]{{3,}}ing\b)|in\s+which))(?!-)")
def _anaphoric(m: re.Match[str], ctx: Context) -> Timex | None:
    text = re.sub(r"\s+", " ", m.group(0).lower())
    if re.match(r"\s+that\b", m.string[m.end():m.end() + 6]) \
            and not re.search(r"\b(?:said|says|announced|told\s+\w+|warned|added)\s+(?:on\s+)?$",
                              m.string[max(0, m.start() - 27):m.start()]):
        # "the day that the talks collapsed" names its day by a clause; "said (on) the same day that…" does not
        return None
    unit = (m["unit"] or m["unit2"] or m["unit3"] or m["unit4"] or "day").lower()
    if m["unit4"] and (ctx.ref is None if m["unit4"] in ("day", "night", "weekend") else ctx.ref_at < 0):
        return None  # "the day before" with nothing before it to count from
    if m["unit3"] and re.match(r"\s+\d", m.string[m.end():m.end() + 3]):
        return None  # "the year 1446 AH": a year the number names (in another era, when no rule took it)
    if m["unit3"]:
        before = m.string[max(0, m.start() - 12):m.start()].lower()
        if unit == "year":
            if re.search(r"\b(?:for|during|over|throughout)\s+$", before):
                return mk(m, DURATION, "P1Y", "a year")
            to_date = re.match(r"\s+to\s+date\b", m.string[m.end():m.end() + 10])
            if to_date is not None:  # "in the year to date": this year, so far (one phrase)
                end = m.end() + to_date.end()
                return Timex(m.start(), end, m.string[m.start():end], DATE, year_str(ctx.dct.year),
                             f"the year to date, {year_str(ctx.dct.year)}")
            said_ahead_of_a_past = ctx.ref_year is not None and ctx.ref_year < ctx.dct.year \
                and _SAID_AHEAD_NOW.search(m.string, ctx.ref_at, m.start()) is not None
            if said_ahead_of_a_past:
                pass  # "Exports, which fell in 2023, will recover within the year": said ahead from now, this year
            elif ctx.ref_year is not None and ctx.ref_grain == "year" and ctx.named_in_view(m.start()):
                # "2025 - Talks stall for most of the year": the year just named
                return mk(m, DATE, year_str(ctx.ref_year), f"the year just named, {year_str(ctx.ref_year)}")
            elif ctx.ref_year is not None and ctx.ref_year < ctx.dct.year and ctx.ref_at >= ctx.sentence_bounds(m.start())[0]:
                # "At a summit in April 2018 the leaders pledged a treaty within the year": the year its sentence is at
                return mk(m, DATE, year_str(ctx.ref_year), f"the year its sentence is at, {year_str(ctx.ref_year)}")
            return mk(m, DATE, year_str(ctx.dct.year), f"the year of {ctx.dct.label()}")
        if ctx.ref is None:
            return None
        return mk(m, DATE, day_value(ctx.ref), f"the day last mentioned, {ctx.ref.label()}")
    anchor = ctx.anchor()
    offset = 0
    words = text.split()  # whole words: "that afternoon" holds "after" but counts nothing
    if any(w in words for w in ("following", "next", "after")):
        offset = 1
    elif any(w in words for w in ("previous", "preceding", "prior", "before")):
        offset = -1
    how = f"{text}, relative to {anchor.label()}"
    if unit in ("day", "week", "morning", "afternoon", "evening", "night") and ctx.ref_grain == "month" \
            and ctx.ref_month is not None and offset == 0 and not (ctx.ref_month_names_a_thing and ctx.ref is not None) \
            and not _month_told_as_background(ctx, m.start()):
        # "…killed last October. His name was crossed out that same day": a day of that month, not
        # the last day named before it
        return mk(m, DATE, month_value(*ctx.ref_month), f"{text}: a day of {month_value(*ctx.ref_month)}")
    if unit in ("day", "week", "morning", "afternoon", "evening", "night") and offset \
            and _counts_from_coarse(ctx) and ctx.ref_at >= 0 and not _recent_story_resumes(ctx, m.start()):
        # "Talks failed in March 2019; the next day the envoy resigned": about then, not the day after publication
        return _coarse_later(m, ctx, offset * (7 if unit == "week" else 1))
    looked_to = day_ahead_looked_to(ctx, m.start()) if unit in ("day", "morning", "afternoon", "evening", "night") else None
    if looked_to is not None:
        anchor, how = looked_to, f"{text}, relative to {looked_to.label()}, the day ahead told before"
    elif offset == 1 and unit in ("day", "week") and ahead_of_a_past_anchor(ctx, m, anchor.plus(7 if unit == "week" else 1)):
        # "A fortnight earlier… The parliament is expected to debate the text the following week": what is still
        # to come follows no day already past
        anchor, how = ctx.dct, f"{text}, relative to {ctx.dct.label()}: ahead in its sentence"
    if unit == "weekend":
        # "…met on the 15th of last month, and again the weekend before (that)": the weekend next to the day told
        # (weekdays counted from Monday, 1, to Sunday, 7: the weekend's Saturday is 6)
        # ("…opened on Oct. 14. Trouble came that weekend": the weekend of the day told, its Saturday)
        step = 6 - anchor.weekday if offset == 0 \
            else -(((anchor.weekday - 6) % 7 + (7 if anchor.weekday >= 6 else 0)) or 7) if offset < 0 \
            else ((6 - anchor.weekday) % 7 or 7)
        return mk(m, DATE, week_value(anchor.plus(step)) + "-WE", how)
    if unit in ("morning", "afternoon", "evening", "night"):
        return mk(m, TIME, f"{day_value(anchor.plus(offset))}T{lx.PARTS_OF_DAY[unit]}", how)
    if unit == "day" and offset == 0 and anchor.number <= ctx.dct.number and ctx.ahead_ref is not None \
            and 0 <= m.start() - ctx.ahead_ref_at <= 400 and ctx.tense(m.start(), m.end()) == "future":
        # "…will hold its election on Feb. 12, the commission announced Thursday. A referendum will be held on the same
        # day": what is still to come is on the day ahead told last, not on the day of the telling
        return mk(m, DATE, day_value(ctx.ahead_ref), f"{text}, the day ahead told before, {ctx.ahead_ref.label()}")
    if unit == "day":
        return mk(m, DATE, day_value(anchor.plus(offset)), how)
    if unit == "week":
        return mk(m, DATE, week_value(anchor.plus(7 * offset)), how)
    if unit == "month" and offset == 0 and ctx.ref_grain == "year" and ctx.ref_year is not None \
            and ctx.named_in_view(m.start()):
        # "1991 - Rebels take Asmara; the old regime falls the same month": a month of that year, not of now
        return mk(m, DATE, year_str(ctx.ref_year), f"{text}: a month of {year_str(ctx.ref_year)}")
    if unit == "month":
        base = ctx.ref_month or (anchor.year, anchor.month)
        if base != (anchor.year, anchor.month):  # (told from the month named before, not the day it stands at)
            how = f"{text}, relative to {month_value(*base)}"
        y, mo = cal.add_months(base[0], base[1], offset)
        return mk(m, DATE, month_value(y, mo), how)
    base = ctx.ref_year if ctx.ref_year is not None else anchor.year
    return mk(m, DATE, year_str(base + offset), f"{text}, relative to {year_str(base)}")


@rule("refs", r"(?<![\w'])(?P<w>[Nn]ow|[Cc]urrently|[Rr]ight\s+now|[Aa]t\s+present|[Pp]resently|[Nn]owadays|[Tt]hese\s+days|[Tt]he\s+present|[Rr]ecently|[Ll]ately|[Tt]he\s+future|[Tt]he\s+near\s+future|[Tt]he\s+past|[Ss]oon|[Ff]ormerly|[Aa]\s+while\s+ago|[Tt]hen[- ]current|[Cc]urrent(?=\s+[a-z])|[Aa]\s+later\s+date|[Aa]\s+future\s+date|[Aa]s\s+soon\s+as\s+possible)(?![\w'])")
def _refs(m: re.Match[str], ctx: Context) -> Timex | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    before = m.string[max(0, m.start() - 12):m.start()].lower()
    after = m.string[m.end():m.end() + 12].lower()
    if w in ("soon", "formerly"):
        return None
    if w.startswith("then"):
        return mk(m, DATE, "PAST_REF", "the time then")  # "the then-current chairman"
    if w == "current" and re.match(r"\s+(?:accounts?|flows?|carries|carrying|of|and|or|affairs)\b", after):
        return None  # "the current account", "an electric current of…": no time meant
    if w == "now" and re.search(r"\bjust\s+$", before):
        return None
    if w == "recently" and re.search(r"\bas\s+$", before) and re.match(r"\s+as\b", after):
        return None  # "as recently as May": the date after it says when, the phrase only that it was late
    if w == "the past":
        if not re.search(r"\b(?:in|of)\s+$", before) or re.match(r"\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|decade|day)", after):
            return None
    if w in ("now", "current", "currently", "right now", "at present", "presently", "nowadays", "these days", "the present"):
        return mk(m, DATE, "PRESENT_REF", "the time of writing")
    if w in ("the future", "the near future", "a later date", "a future date", "as soon as possible") or w.startswith(
            ("coming", "the coming", "the next few")):
        return mk(m, DATE, "FUTURE_REF", "an unspecified later time")
    return mk(m, DATE, "PAST_REF", "an unspecified earlier time")


# ----------------------------------------------------------------------------------------------
# Times of day
# ----------------------------------------------------------------------------------------------
#: A day counted from the one the story is at, after a clock time: "at midnight the next day".
_DAY_TOLD_BEFORE = r"the\s+(?:next|following|previous|same)\s+day|that\s+(?:same\s+)?day|the\s+day\s+(?:before|after)(?!\s+(?:the|a|an|his|her|its|their)\b)"
#: The day written after a clock time: "today", "(on) Friday", "(on) Thursday, June 6, 2023", "on 6 June", "on November
#: 27 last year".
_DATE_AFTER_TIME = rf"(?:(?P<mon>{MON})\s+(?P<day>{DAYNUM})|(?P<day2>{DAYNUM})\s+(?P<mon2>{MON_FULL}|{MON_ABBR}))(?:,?\s+(?P<cyear>{YEAR})|,?\s+(?:of\s+)?(?P<crel>last|this|next)\s+year)?{E}"
DAY_AFTER_TIME = (rf"(?:,?\s+(?:(?P<dayword>today|yesterday|tomorrow|tonight)|(?:on\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?{_DATE_AFTER_TIME}"
                  # (…its "last" or "next" too: "at midnight last Thursday")
                  rf"|(?:on\s+)?(?:(?P<wd_rel>last|next|this\s+past|this\s+coming)\s+)?(?P<wd_only>{WEEKDAY})"
                  rf"|(?:on\s+)?(?P<relday>{_DAY_TOLD_BEFORE})))?")


@rule("clock", rf"{B}(?:(?P<approx>[Aa]round|[Aa]bout|[Aa]pproximately)\s+)?(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\.?|[AP]\.\s?M\.?|[ap]m|[AP]M)(?!\w){TZ}?{DAY_AFTER_TIME}")
def _clock(m: re.Match[str], ctx: Context) -> Timex | None:
    hour = int(m["h"]) % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
    minute = m["min"] or "00"
    return _clock_timex(m, ctx, hour, minute)


_HOUR_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")


@rule("clock_words", rf"{B}(?P<h>1[0-2]|0?[1-9]|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))(?:\s+o'clock)?\s+(?:in\s+the\s+(?P<pod>morning|afternoon|evening)|(?P<night>at\s+night)){DAY_AFTER_TIME}")
def _clock_words(m: re.Match[str], ctx: Context) -> Timex | None:
    """"At 4 in the morning", "ten o'clock at night": a clock time told with the part of the day."""
    h = m["h"].lower()
    hour = int(h) if h.isdigit() else _HOUR_WORDS.index(h) + 1
    if m["pod"] == "morning":
        hour %= 12
    elif m["night"] and hour == 12:
        hour = 24  # "twelve at night" is midnight
    elif hour < 12 and not (m["night"] and hour <= 4):
        hour += 12  # "two at night" is small hours, "ten at night" is 22:00
    return _clock_timex(m, ctx, hour, "00")


@rule("clock24", rf"{B}(?P<h>[01]?\d|2[0-3])(?P<sep>[:.h])(?P<min>[0-5]\d)(?:\s*(?:hrs|hours|h))?"
                 # (…or a live page's stamp with no dash, its entry right after: "09:15 The two presidents have arrived")
                 rf"(?={TZ}|\s+(?:local\s+time|today|yesterday|on\s)|\s+[-–—]\s|[ \t]+[A-Z\"“‘'])(?:{TZ})?{DAY_AFTER_TIME}")
def _clock24(m: re.Match[str], ctx: Context) -> Timex | None:
    if re.fullmatch(r"[\d:.h]+", m.group(0)) and not opens_its_line(m.string, m.start()):
        return None  # "14:05 - The resolution passes": bare, a clock only as a live page's stamp
    if re.fullmatch(r"[\d:.h]+", m.group(0)) and m["sep"] != ":" and re.match(r"[ \t]+[A-Z\"“‘']", m.string[m.end():]):
        return None  # ("2.45 Million people…" opening a line is a figure: a stamp without its dash has a colon)
    return _clock_timex(m, ctx, int(m["h"]), m["min"])


#: How a live page's stamp under a day's heading is derived: the page says the entry was written that day.
STAMP_UNDER_HEADING = "a time stamp under the heading"


def opens_its_line(text: str, start: int) -> bool:
    """Whether only blanks stand before `start` on its line (looked for within 40 characters)."""
    before = text[max(0, start - 40):start]
    return ("\n" in before or start <= 40) and not before[before.rfind("\n") + 1:].strip()


@rule("clock_at", r"(?:" + "|".join(rf"(?<=\b{w}\s)" for w in ("at", "At", "for", "by", "until", "from", "since", "after",
                                                                   "before", "around"))
                  + rf")(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)(?![\d:])(?!\s*[AaPp]\.?[Mm]\b){DAY_AFTER_TIME}")
def _clock_at(m: re.Match[str], ctx: Context) -> Timex | None:
    """"will brief the diplomatic corps on 24 November at 11:00", "a press conference is planned for 16:00": a 24-hour
    clock after a word of time."""
    return _clock_timex(m, ctx, int(m["h"]), m["min"])


@rule("clock_hhmm", rf"{B}(?P<h>[01]\d|2[0-3])(?P<min>[0-5]\d)(?:\s*(?:hrs|hours|h))?(?:{TZ}){DAY_AFTER_TIME}")
def _clock_hhmm(m: re.Match[str], ctx: Context) -> Timex | None:
    """"At 0600 GMT on Friday", "around 1900 GMT": wire copy's clock, never a year."""
    return _clock_timex(m, ctx, int(m["h"]), m["min"])


@rule("clock_hhmm_hrs", rf"(?=[0-2]\d[0-5]\d\s*h){B}(?P<h>[01]\d|2[0-3])(?P<min>[0-5]\d)\s*(?P<unit>hrs|hours|h)\b(?!\s+(?:of|a|per|each|every)\b){DAY_AFTER_TIME}")
def _clock_hhmm_hrs(m: re.Match[str], ctx: Context) -> Timex | None:
    """"At 2300 hrs the shelling stopped": a four-digit clock with its unit ("2300 hours" only after a word of
    time: "2300 hours of fighting" is a length)."""
    if m["unit"] == "hours" and not _BEFORE_BARE_CLOCK.search(m.string, max(0, m.start() - 7), m.start()):
        return None
    return _clock_timex(m, ctx, int(m["h"]), m["min"])


#: A four-digit clock nearby: "0137 local time", "1900 GMT", "just after 0600".
_HHMM_NEARBY = re.compile(r"\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|UTC|hrs\b|[Ll]ocal\s+time)|(?<![\d.,])0\d[0-5]\d(?![\d]|[.,]\d)")


#: The words before a clock of four digits without its zone: "at 0430", "just after 0600", "by 1100".
_CLOCK_WORDS_BEFORE = ("at", "At", "after", "before", "by", "until", "around", "about", "since")
_BEFORE_BARE_CLOCK = re.compile(rf"\b(?:{'|'.join(_CLOCK_WORDS_BEFORE)})\s$")


@rule("clock_hhmm_bare", r"(?=[0-2]\d[0-5]\d\b)(?:" + "|".join(rf"(?<=\b{word}\s)" for word in _CLOCK_WORDS_BEFORE) + ")"
                          r"(?P<h>[01]\d|2[0-3])(?P<min>[0-5]\d)(?![\d:%]|[.,]\d)(?!\s*(?:BC|AD|CE|BCE)\b)"
                          rf"{DAY_AFTER_TIME}")
def _clock_hhmm_bare(m: re.Match[str], ctx: Context) -> Timex | None:
    """"just after 0600", "at about 0430", "by 1100" in a story that tells its hours so: a clock without its zone —
    always when it opens with a zero (no year does), else only beside another such clock."""
    if not m["h"].startswith("0"):
        if m["h"] in ("19", "20"):
            return None  # ("since 2014", "by 2030": a year, whatever clocks stand near)
        window = m.string[max(0, m.start() - 300):m.start()] + " " + m.string[m.end():m.end() + 300]
        if not _HHMM_NEARBY.search(window):
            return None
    return _clock_timex(m, ctx, int(m["h"]), m["min"])


@rule("clock_span", rf"(?:(?<=\b[Ff]rom\s)|(?<=\b[Bb]etween\s))(?P<h1>[01]?\d|2[0-3])(?P<colon>[:.])?(?P<m1>[0-5]\d)(?:\s*(?:hrs|h))?\s*"
                    rf"(?:to|and|until|till|-|–)\s*(?P<h2>[01]?\d|2[0-3])(?(colon)[:.]|)(?P<m2>[0-5]\d)"
                    rf"(?(colon)(?![\d:])|(?=\s*(?:hrs|h\b|GMT|UTC|[Ll]ocal\s+time|[ECMP][SD]T|CES?T|MSK)))(?:\s*(?:hrs|h))?(?:{TZ})?"
                    rf"{DAY_AFTER_TIME}")
def _clock_span(m: re.Match[str], ctx: Context) -> list[Timex] | None:
    """"A curfew from 2200 to 0500 local time", "from 22:00 to 05:00": two clock times of the day in view, the
    second on the day after when it is earlier than the first (a night's span). Written without colons, the
    hours need a zone or "hrs" after them, so that "from 2019 to 2023" stays two years."""
    first = _clock_timex(m, ctx, int(m["h1"]), m["m1"])
    if first is None:
        return None
    day = day_of_value(first.value[:10])
    h1, h2 = int(m["h1"]) * 60 + int(m["m1"]), int(m["h2"]) * 60 + int(m["m2"])
    second_day = day.plus(1) if h2 <= h1 else day
    ctx.range_counter += 1
    rid = ctx.range_counter
    end_first = m.start("h1") + len(re.match(r"[\d:.]+", m.string[m.start("h1"):]).group())
    return [Timex(m.start("h1"), end_first, m.string[m.start("h1"):end_first], TIME,
                  f"{day_value(day)}T{int(m['h1']):02d}:{m['m1']}", first.derivation, range_id=rid, range_role="start"),
            Timex(m.start("h2"), m.end(), m.string[m.start("h2"):m.end()], TIME,
                  f"{day_value(second_day)}T{int(m['h2']):02d}:{m['m2']}",
                  first.derivation + ("" if second_day == day else ", the night's end on the day after"),
                  range_id=rid, range_role="end")]


#: A zone right after "noon" or "midnight", and before its day: "at midnight GMT on Sunday", "at noon local time on
#: October 10", "at midnight Moscow time on Sunday" (…its other zone's clock in brackets too, one time as a clock's is:
#: "at midnight local time (1700 GMT) on Tuesday").
_NOON_ZONE = rf"{TZ}?"


@rule("noon", rf"{B}(?P<w>[Nn]oon|[Mm]idnight|[Mm]id-?day){_NOON_ZONE}(?:{DAY_AFTER_TIME})")
def _noon(m: re.Match[str], ctx: Context) -> Timex | None:
    if not (m["dayword"] or m["wd_only"] or m["mon"] or m["mon2"]):
        before = m.string[max(0, m.start() - 12):m.start()].lower()
        if not re.search(r"\b(?:at|by|until|till|before|after|from|between|around|about|towards?|effective|as\s+of|starting|"
                         r"beginning)\s+$"
                         # (…or the end of a span of hours: "from 8 a.m. to midnight")
                         r"|\d\s*(?:[ap]\.?m\.?)?\s+to\s+$", before) or re.match(r"\s+mass\b", m.string[m.end():m.end() + 6]):
            return None  # ("the midday meal", "a noon deadline": no time of a happening)
    hour = 24 if m["w"].lower() == "midnight" else 12
    if hour == 24 and not (m["dayword"] or m["wd_only"] or m["mon"] or m["mon2"] or m["relday"]) \
            and ctx.tense(m.start(), m.end()) == "past" \
            and not re.search(r"\b(?:before|until|till|by|from|as\s+of|effective|(?:starting|beginning)(?:\s+at|\s+from)?)\s+$",
                              m.string[max(0, m.start() - 20):m.start()], re.I) \
            and not _TAKING_EFFECT_AT.search(m.string, max(0, m.start() - 40), m.start()):
        # "fired rockets shortly after midnight": the midnight the day told began with, not the one ahead (but "the rally
        # ended shortly before midnight" is the one that closed the day, and "agreed to a ceasefire from midnight" is the
        # one the agreement looked ahead to, as is the one a measure took effect at: "was agreed on Monday and took effect
        # at midnight")
        hour = 0
    if hour == 24 and (m["dayword"] or m["wd_only"] or m["mon"] or m["mon2"]) \
            and re.search(r"\bafter\s+$", m.string[max(0, m.start() - 10):m.start()], re.I):
        hour = 0  # "shortly after midnight on Monday": the midnight that opens that day
    return _clock_timex(m, ctx, hour, "00")


#: A measure's start or end, right before its clock time: "took effect at", "came into force at", "expired at".
_TAKING_EFFECT_AT = re.compile(r"\b(?:took\s+effect|came\s+into\s+(?:force|effect)|went\s+into\s+effect|entered\s+into\s+force|"
                               r"kicked\s+in|expired|lapsed|ran\s+out)\s+(?:at\s+)?$", re.I)
#: A month or year of its own later in the clock's sentence: "…2am on a humid night in August 2014", "…after midnight on a
#: Tuesday in late September 2020".
_YEAR_LATER_IN_SENTENCE = re.compile(rf"\s+on\s+(?:a|an|that|one)\s+(?:[\w-]+\s+){{0,3}}?(?:night|day|morning|evening|afternoon|"
                                     # (…or a weekday: "shortly after midnight on a Tuesday in late September 2020")
                                     rf"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+"
                                     rf"(?:in|of)\s+(?:(?:early|late|mid-?)\s*)?(?:{MON_FULL}\s+)?(?P<year>{YEAR})\b")

#: A sitting run on past a clock, right before it: "ran past ", "went on until about ", "lasted into ".
_RAN_PAST_BEFORE = re.compile(r"\b(?:ran|run|lasted|went\s+on|dragged\s+on|continued|stretched)\s+(?:on\s+)?(?:well\s+)?"
                              r"(?:past|until|till|into|beyond)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$")


#: A future said outright before a clock time: "will resume at", "is due to land at".
_SAID_AHEAD = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due|expected|scheduled|set)\s+to)\s+(?:[\w'’-]+\s+){0,6}?(?:at|by|from|until)\s+"
                         r"(?:about\s+|around\s+)?$")
#: A past right before a clock time in its sentence: "The final night [ran] until about".
_PAST_IN_CLAUSE_BEFORE = re.compile(r"\b(?:[a-z]{3,}ed|ran|was|were|had|began|came|went|took|left|met|fell|broke)\b[^,;]*$")
#: How far (in characters) a recent day named earlier still dates a past clock time with no date between: a few sentences.
_STORY_REACH = 600


def _clock_timex(m: re.Match[str], ctx: Context, hour: int, minute: str) -> Timex | None:
    # a bare clock time is on the day the story is at: the day its sentence, or the one before,
    # named; a day named paragraphs earlier ("The next report is due Dec. 8") is no longer in view
    # …and one that opens a line is a live page's time stamp: of the day the page is dated
    # (looked for within 40 characters: a search back to the line's start made a long line quadratic)
    stamp = opens_its_line(m.string, m.start())
    told_later = _YEAR_LATER_IN_SENTENCE.match(m.string, m.end(), min(len(m.string), m.end() + 90)) \
        if not (stamp or m["dayword"] or m["mon"] or m["mon2"] or m["wd_only"] or m["relday"]) else None
    if told_later is not None and int(told_later["year"]) != ctx.dct.year:
        return None  # "a little after 2am on a humid night in August 2014": a clock of a day the text does not give
    # (not a day that only bounds a state: "Under the arrangement, in force since 3 March 2022, the crossings
    # closed at 22:00" closed at that hour every day)
    in_view = not stamp and ctx.ref is not None and not ctx.ref_bound \
        and ((ctx.named_in_view(m.start()) if ctx.ref_grain == "day" else ctx.day_in_view(m.start()))
             # (…or a recent day the story went on about, a sentence with no date between: "…found debris early
             # Sunday. Here is what we know. - The drone came down at about 3 a.m.")
             or ctx.ref_grain == "day" and 0 <= ctx.dct.number - ctx.ref.number <= 3
             and ctx.in_view(ctx.ref_at, ctx.sentence_bounds(max(0, ctx.sentence_bounds(m.start())[0] - 2))[0]))
    if not in_view and not stamp and ctx.ref is not None and not ctx.ref_bound \
            and 0 < ctx.dct.number - ctx.ref.number <= 3 and 0 <= m.start() - ctx.ref_day_at <= _STORY_REACH \
            and ctx.tense(m.start(), m.end()) == "past":
        # "Warplanes struck the suburbs late Sunday. … Residents said the strike, which came shortly before 10 p.m.,
        # flattened a building": a past clock a few sentences on, no other day named between, is still the recent day told
        in_view = True
    if not in_view and not stamp and not (m["dayword"] or m["mon"] or m["mon2"] or m["wd_only"] or m["relday"]) \
            and ctx.ref_grain in ("month", "year") and ctx.ref_year is not None and ctx.ref_year < ctx.dct.year - 1 \
            and 0 <= m.start() - ctx.ref_at <= _STORY_REACH \
            and (ctx.tense(m.start(), m.end()) == "past" or ctx.tense(m.start(), m.end()) is None
                 and _PAST_IN_CLAUSE_BEFORE.search(m.string, ctx.sentence_bounds(m.start())[0], m.start())):
        # "You were in the room in Vienna in July 2015. … The final night ran until about 4 a.m.": a past clock of a story
        # years back, whose day the text does not give, is no hour of the publication's day
        return None
    day = ctx.ref if in_view and ctx.ref is not None else ctx.dct
    zone_aside = ctx.ref_clock and 0 <= m.start() - ctx.ref_clock_at < 60 \
        and re.search(r"\S[ \t]*[(\[][ \t]*$", m.string[max(0, m.start() - 4):m.start()]) is not None
    if zone_aside and re.match(r"\d{4}-\d{2}-\d{2}", ctx.ref_clock):
        # "at midnight on Sunday (2100 GMT)": the same moment in another zone, on the day the clock before it named
        in_view, day = True, Day.of(*(int(part) for part in ctx.ref_clock[:10].split("-")))
    elif in_view and day.number > ctx.dct.number and ctx.tense(m.start(), m.end()) == "past":
        # "…no later than 1 March 2027. The meeting began at 10:05 a.m.": a past is not on a day to come
        in_view, day = False, ctx.dct
    night = ctx.ref_night
    previous_sentence = ctx.sentence_bounds(max(0, ctx.sentence_bounds(m.start())[0] - 2))[0]
    if in_view and ctx.ref_said and ctx.unsaid_ref is not None and (
            ctx.in_view(ctx.unsaid_ref_at, m.start())
            # (…a sentence further on too, told in the past: "…exchanged fire late Saturday, officials said Sunday. One
            # soldier was wounded. Azerbaijan said its positions came under fire first, shortly after 11 p.m.")
            or ctx.in_view(ctx.unsaid_ref_at, previous_sentence) and ctx.tense(m.start(), m.end()) == "past"):
        # "…attacked late Tuesday, sources said early Wednesday. The assault began at 5 p.m.": Tuesday's
        day, night = ctx.unsaid_ref, ctx.unsaid_night
    if in_view and night and hour < 18 and (day.number < ctx.dct.number or ctx.looks_ahead(m.start(), m.end())) \
            and not (_PAST_PERFECT_BEFORE.search(m.string, ctx.sentence_bounds(m.start())[0], m.start())
                     and ctx.ref_day_at < ctx.sentence_bounds(m.start())[0]):
        # (not a past perfect's, which looks back before the night: "…stopped late on Saturday. The convoy had left
        # Egypt at 0600 GMT" left that morning; but a night its own sentence told holds it: "Overnight, the ministry
        # said forces had shelled positions shortly after midnight" shelled in that night)
        # "Crowds gathered overnight… released shortly after 8 a.m.", "…restored by noon": the day after that night
        day = day.plus(1)
    if in_view and not night and hour < 6 and day.number < ctx.dct.number \
            and _RAN_PAST_BEFORE.search(m.string, max(ctx.sentence_bounds(m.start())[0], m.start() - 60), m.start()):
        # "The summit, which began on Thursday morning, ran past 3 a.m.": a sitting run on past midnight ends in the small
        # hours of the day after the one it began on
        day = day.plus(1)
    if in_view and day.number < ctx.dct.number \
            and _SAID_AHEAD.search(m.string, ctx.sentence_bounds(m.start())[0], m.start()):
        in_view, day = False, ctx.dct  # ("…struck late Sunday. Talks will resume at 10 a.m.": what is ahead is not gone)
    how = f"{CLOCK_ON_DAY_IN_VIEW} {day.label()}"
    if stamp and ctx.header_day is not None:  # a live page's entries under the day heading them
        day, how = ctx.header_day, f"{STAMP_UNDER_HEADING} {ctx.header_day.label()}"
    if m["dayword"]:
        day = ctx.dct.plus({"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m["dayword"].lower()])
        how = f"{m['dayword'].lower()}, {day.label()}"  # a day written beside the clock: no bare time
    elif m["mon"] or m["mon2"]:
        month, number = month_of(m["mon"] or m["mon2"]), int_day(m["day"] or m["day2"])
        if m["cyear"] and valid_day(int(m["cyear"]), month, number):
            day, how = Day.of(int(m["cyear"]), month, number), "written in full"
        elif m["crel"] and valid_day(year := ctx.dct.year + {"last": -1, "this": 0, "next": 1}[m["crel"]], month, number):
            day, how = Day.of(year, month, number), f"{lx_month_name(month)} {number} of {m['crel']} year"
        elif not m["cyear"] and (resolved := resolve_month_day(month, number, ctx, m)):
            day, how = resolved
    elif m["wd_only"]:
        day, how = resolve_weekday(lx.WEEKDAYS[m["wd_only"].lower().rstrip(".")], ctx, m,
                                   re.sub(r"\s+", " ", m["wd_rel"] or ""))
    elif m["relday"]:
        told = re.sub(r"\s+", " ", m["relday"].lower())
        offset = 1 if ("next" in told or "following" in told or "after" in told) else -1 if (
            "previous" in told or "before" in told) else 0
        anchor = ctx.anchor()
        day, how = anchor.plus(offset), f"{told}, relative to {anchor.label()}"
    if hour == 24:
        return mk(m, TIME, f"{day_value(day)}T24:00", how)
    return mk(m, TIME, f"{day_value(day)}T{hour:02d}:{minute}", how)
