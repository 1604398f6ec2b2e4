"""Rules for durations (44-day, three years, several months) and sets (every year, daily)."""

from __future__ import annotations

# The grammar is written in the core's vocabulary (fragments, helpers, Timex types).
from timeline_app.extraction.temporal_core import *  # noqa: F403


# ----------------------------------------------------------------------------------------------
# Durations and sets
# ----------------------------------------------------------------------------------------------
def duration_value(count: float | None, unit: str) -> str:
    unit = unit.lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    if unit == "millennia":
        unit = "millennium"
    code = lx.UNIT_CODES.get(unit, "X")
    if unit == "fortnight" and count is not None:
        count *= 2
    if unit == "decade":  # counted in years, as "two decades" is P20Y: "decades" is PXY
        return f"P{lx.format_count(count * 10)}Y" if count is not None else "PXY"
    if unit == "century" and count is not None and not float(count).is_integer():
        return f"P{lx.format_count(count * 100)}Y"  # "half a century" is P50Y, "a quarter-century" P25Y
    if unit == "weekend":
        return f"P{lx.format_count(count) if count is not None else 'X'}WE"
    if count is not None and not float(count).is_integer() and code in _SMALLER:
        return _mixed_duration(count, code)
    if code.startswith("T"):
        return f"PT{lx.format_count(count) if count is not None else 'X'}{code[1]}"
    return f"P{lx.format_count(count) if count is not None else 'X'}{code}"


#: The next smaller unit and how many of it make one: "2 1/2 years" is P2Y6M, not P2.5Y.
_SMALLER = {"Y": ("M", 12), "W": ("D", 7), "D": ("TH", 24), "TH": ("TM", 60), "TM": ("TS", 60)}


def _mixed_duration(count: float, code: str) -> str:
    whole = int(count)
    small_code, per = _SMALLER[code]
    rest = (count - whole) * per
    if not float(rest).is_integer():
        return f"P{'T' if code.startswith('T') else ''}{lx.format_count(count)}{code[-1]}"
    date_part, time_part = "", ""
    for c, n in ((code, whole), (small_code, int(rest))):
        if n:
            if c.startswith("T"):
                time_part += f"{n}{c[1]}"
            else:
                date_part += f"{n}{c}"
    return f"P{date_part}" + (f"T{time_part}" if time_part else "")


# (not a year, then a count: "sentenced in June 2024 to 45 years" is no range of counts)
@rule("duration", rf"{B}(?!(?:1[0-9]|20)\d\d\s+(?:to|or|and)\s+\d){APPROX}?(?:(?P<det>[Tt]he|[Aa]nother|[Aa]n\s+additional|[Aa]\s+further)\s+)?(?:(?P<dir>[Pp]ast|[Ll]ast|[Nn]ext|[Cc]oming|[Pp]revious|[Ff]irst|[Ff]inal|[Oo]ther|[Rr]emaining|[Ee]ntire|[Ff]ull|[Ww]hole)\s+)?(?P<count>{COUNT}|[Ss]everal|[Aa]\s+few|[Ff]ew|[Mm]any|[Cc]ouple\s+of|[Aa]\s+couple\s+of|[Aa]\s+number\s+of)(?:\s+(?:to|or|and)\s+(?P<count2>{COUNT}))?(?:\s+(?:more|additional|full|straight|consecutive|long|short|trading|business|working|calendar|school))?(?P<hy>[- ])(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?(?P<old>[- ]old)?{E}")
def _duration(m: re.Match[str], ctx: Context) -> Timex | None:
    if m["old"] or re.match(r"\s+(?:old|of\s+age)\b", m.string[m.end():m.end() + 10]):
        return None
    count_text = m["count"].lower()
    if count_text in ("a", "an") and m["hy"] == "-":
        return None
    count = lx.parse_count(count_text)
    if m["half"] and count is not None:
        count += 0.5
    if m["count2"] and m["dir"]:
        count = None
    if count_text in ("one",) and re.match(r"\s+(?:of|day)\b", m.string[m.end():m.end() + 6]):
        pass
    if count is None and m["count"][0].isdigit() and not m["count2"]:
        return None
    if count is not None and (count > 10_000 or (count >= 1000 and m["count"].isdigit() and len(m["count"]) == 4)):
        return None
    if m["approx"] and m["approx"].lower() in ("about", "around", "roughly", "approximately", "over", "some",
                                               "under", "within", "just", "only"):
        start = m.start() + len(m["approx"])
        while m.string[start].isspace():
            start += 1
    else:
        start = m.start()
    if m["hy"] == "-" and (m["det"] or m["dir"]):
        start = m.start("count")  # "the 44-day war": the article belongs to "war"
    if m["dir"] and not m["det"] and m["dir"].lower() == "last" and \
            re.search(r"\b(?:will|would|could|can|may|might|should|must|to|did|does|do|not|'ll)\s+$",
                      m.string[max(0, m.start() - 10):m.start()]):
        start = m.start("count")  # "the strike will last 48 hours": the verb, not "the last 48 hours"
    unit = m["unit"]
    if unit.lower().startswith("quarter") and re.match(r"\s+of\b", m.string[m.end():m.end() + 4]):
        return None  # "three-quarters of the vote" is a fraction
    if unit.lower().startswith("second") and count_text in ("a", "one"):
        return None  # "a second term", "one second"
    value = duration_value(count, unit)
    text = m.string[start:m.end()]
    return Timex(start, m.end(), text, DURATION, value, f"{text}: a length of time")


@rule("fortnight_span", rf"{B}(?:[Tt]he\s+)?(?:[Pp]ast|[Ll]ast|[Nn]ext|[Cc]oming|[Ff]ollowing|[Pp]revious)\s+fortnight{E}")
def _fortnight_span(m: re.Match[str], ctx: Context) -> Timex | None:
    """"Over the past fortnight", "in the coming fortnight": two weeks, as "the past two weeks" is."""
    return mk(m, DURATION, "P2W", f"{m.group(0)}: a length of time")


@rule("vague_span", rf"{B}(?:(?P<the>[Tt]he)\s+)?(?P<w>[Rr]ecent|[Cc]oming|[Pp]ast\s+few|[Ll]ast\s+few|[Nn]ext\s+few|[Ff]ew|[Ss]everal)\s+(?P<unit>years|months|weeks|days|decades|hours|quarters){E}")
def _vague_span(m: re.Match[str], ctx: Context) -> Timex | None:
    word = m["w"].lower()
    if word == "recent":  # "recent years": some time before now, not a length (TimeML's PAST_REF)
        return mk(m, DATE, "PAST_REF", "an unspecified earlier time")
    if word == "coming":
        return mk(m, DATE, "FUTURE_REF", "an unspecified later time")
    return mk(m, DURATION, duration_value(None, m["unit"]), f"{m.group(0)}: an unspecified length")


@rule("span_ahead", rf"{B}[Tt]he\s+(?P<unit>years|months|weeks|days|hours)\s+(?:ahead|to\s+come){E}")
def _span_ahead(m: re.Match[str], ctx: Context) -> Timex | None:
    """"In the weeks ahead": a length of time of unknown size, starting now."""
    return mk(m, DURATION, duration_value(None, m["unit"]), f"{m.group(0)}: an unspecified length")


@rule("bare_later", rf"{B}(?P<unit>[Yy]ears|[Mm]onths|[Ww]eeks|[Dd]ays|[Dd]ecades|[Hh]ours|[Mm]inutes){E}(?=\s+(?:later|earlier|afterwards)\b)")
def _bare_later(m: re.Match[str], ctx: Context) -> Timex | None:
    """"Days later, the army struck back": how long after, of unknown size (as "a few days later" is)."""
    if re.search(r"(?:\d|\b(?:the|of|many|few|several|some|more|those|these|two|three|four|five|six|seven|eight|nine|ten))\s+$",
                 m.string[max(0, m.start() - 10):m.start()], re.I):
        return None  # (counted or named by another rule: "those days later on")
    after = m.string[m.end():m.end() + 12].split()[0]
    return mk(m, DURATION, duration_value(None, m["unit"]), f"{m.group(0)} {after}: an unspecified length")


@rule("long_adjective", rf"{B}(?:(?P<count>{COUNT})[- ])?(?P<unit>{UNIT})-long{E}")
def _long_adjective(m: re.Match[str], ctx: Context) -> Timex | None:
    """"A day-long meeting", "a decades-long feud", "a 16-year-long war": how long it lasted."""
    unit = m["unit"]
    plural = unit.lower().endswith("s")
    count = lx.parse_count(m["count"]) if m["count"] else (None if plural else 1)
    return mk(m, DURATION, duration_value(count, unit), f"{m.group(0)}: a length of time")


@rule("duration_bare", rf"{B}(?P<unit>[Yy]ears|[Mm]onths|[Ww]eeks|[Dd]ays|[Dd]ecades|[Hh]ours|[Cc]enturies|[Mm]inutes){E}(?!\s+(?:ago|old|later|earlier|before))")
def _duration_bare(m: re.Match[str], ctx: Context) -> Timex | None:
    before = m.string[max(0, m.start() - 12):m.start()].lower()
    if not re.search(r"\b(?:for|over|in|within|took|take|takes|lasted|last)\s+$", before):
        return None
    if re.search(r"\bin\s+$", before) and not re.match(r"\s*[.,;]", m.string[m.end():m.end() + 2]):
        return None
    return mk(m, DURATION, duration_value(None, m["unit"]), "an unspecified length")


@rule("duration_a_unit", rf"{B}(?:(?P<approx>[Ll]ess\s+than|[Mm]ore\s+than|[Nn]early|[Aa]lmost|[Aa]t\s+least|[Uu]p\s+to|(?:[Jj]ust\s+)?[Oo]ver|[Jj]ust\s+under|[Aa]bout|[Rr]oughly)\s+)?(?P<a>[Aa]n?|[Oo]ne|[Aa]n\s+additional|[Aa]nother|[Aa]\s+further|[Aa]n\s+extra|[Aa]\s+full)\s+(?P<unit>second|minute|hour|day|week|month|year|decade|century|fortnight)(?P<half>\s+and\s+a\s+half)?(?!\s+(?:ago|old))(?!-){E}")
def _duration_a_unit(m: re.Match[str], ctx: Context) -> Timex | None:
    before = m.string[max(0, m.start() - 25):m.start()].lower()
    after = m.string[m.end():m.end() + 12].lower()
    count = 1.5 if m["half"] else 1
    if re.match(r"\s+(?:of|in|when|that|after|before|to)\b", after) and m["unit"].lower() == "day":
        return None
    if m["unit"].lower() == "second" and re.match(r"\s+(?!(?:and|or|but|in|on|at|for|to|from|by|per|during|until|while|when|"
                                                  r"with|without|as|than)\b)[a-z]", after):
        return None  # an ordinal before its noun: "ended on March 1 without a second phase"
    # (a word between may be the counted thing's, "30 flights a week", never a preposition: "…in February 2025 to a year in
    # prison" is no rate)
    rate = re.search(r"(?:\d|once|twice|times|percent|%|\$\S*|million|billion|thousand|hundred)\s+"
                     r"(?:(?!(?:to|in|on|for|by|of|and|or|from|into|at|with)\s)\w+\s+)?$", before)
    if rate or re.search(r"\b(?:per|each|every)\s+$", before):
        return mk(m, SET, duration_value(1, m["unit"]), f"once a {m['unit']}")  # "$1 billion a year", "30 flights a week"
    if m["unit"].lower() == "second":
        return None
    extra = len(m["a"]) > 3 or bool(m["approx"])  # "an additional year", "less than a decade"
    if re.match(r"\s+(?:after|before|later|earlier)\b", after):
        if m["unit"].lower() == "day" and not re.search(r"\b(?:than|only|just|barely|nearly|almost|about)\s+$", before):
            return None  # "a day after the vote" names a day, left to the reader of the anchor
        return mk(m, DURATION, duration_value(count, m["unit"]), f"{lx.format_count(count)} {m['unit']}(s)")
    if re.search(r"\b(?:for|over|in|within|about|nearly|almost|than|after|least|of|last|lasted|took|spent|only|just|barely"
                 r"|as|roughly|around|him|her|them|us|me|another)\s+$", before) or m["half"] or extra:
        return mk(m, DURATION, duration_value(count, m["unit"]), f"{lx.format_count(count)} {m['unit']}(s)")
    return None


@rule("set", rf"{B}(?P<q>[Ee]very|[Ee]ach|[Pp]er)\s+(?:(?P<other>other)\s+)?(?:(?P<count>{COUNT})\s+)?(?P<unit>{UNIT}|{WEEKDAY}|{MON_FULL}|{SEASON}){E}")
def _set(m: re.Match[str], ctx: Context) -> Timex | None:
    unit = m["unit"]
    if unit.lower().rstrip(".") in lx.WEEKDAYS:
        return mk(m, SET, f"XXXX-WXX-{lx.WEEKDAYS[unit.lower().rstrip('.')]}", f"every {unit}")
    if unit.lower() in lx.MONTHS:
        return mk(m, SET, f"XXXX-{lx.MONTHS[unit.lower()]:02d}", f"every {unit}")
    if unit.lower() in lx.SEASON_CODES:
        return mk(m, SET, f"XXXX-{lx.SEASON_CODES[unit.lower()]}", f"every {unit}")
    count = lx.parse_count(m["count"]) if m["count"] else 1
    if m["other"]:
        count = 2
    how = " ".join(m.group(0).lower().split())  # "every five years", "every other week"
    return mk(m, SET, duration_value(count or 1, unit), how)


@rule("set_adverb", rf"{B}(?P<w>[Dd]aily|[Ww]eekly|[Mm]onthly|[Aa]nnually|[Yy]early|[Hh]ourly|[Nn]ightly|[Bb]iweekly|[Bb]iannually){E}")
def _set_adverb(m: re.Match[str], ctx: Context) -> Timex | None:
    w = m["w"].lower()
    after = m.string[m.end():m.end() + 20]
    if re.match(r"\s+(?:newspaper|paper|news|Telegraph|Mail|Star|Express|Times|Post|[A-Z])", after):
        return None
    value = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
             "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H", "biannually": "P6M"}[w]
    return mk(m, SET, value, f"{w}")
