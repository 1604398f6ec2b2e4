"""The temporal tagger: every date expression in a text, normalised against the publication date.

How it works, and why:
1. A grammar of named regular-expression rules proposes candidate spans. Rules own their
   extent (prepositions outside, "the", "early", "ago" inside, as TimeML annotators do), so the
   span never swallows neighbouring words the way a generic date search does.
2. Overlapping candidates are settled longest-first, so "the fall of 2020" beats "2020".
3. Values are resolved in reading order, so anaphora ("the next day", "two days later") anchor to
   the last date the text mentioned, and deictic words ("yesterday", "last week") to the
   publication date. Partial dates follow tense: "in August" in a March article is last August
   unless the sentence looks ahead; "on Monday" is the Monday before the publication date in past
   tense and the one after in future tense; "Nov. 30" is its nearest occurrence.
4. Granularity is kept: "last year" is a year, "last week" an ISO week, durations are durations.
Articles in other languages go through dateparser's locales for absolute dates
(`extraction.foreign_dates`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from timeline_app.domain import calendar as cal
from timeline_app.extraction import lexicon as lx
from timeline_app.extraction.timex import (
    DATE,
    DURATION,
    SET,
    TIME,
    Day,
    Timex,
    day_value,
    month_value,
    quarter_value,
    valid_day,
    week_value,
    year_str,
)

# ----------------------------------------------------------------------------------------------
# Regular-expression fragments
# ----------------------------------------------------------------------------------------------
B = r"(?<![\w@/.-])"  # left word boundary that also refuses inside numbers, e-mails and paths
E = r"(?![\w@])"  # right boundary
MON_ABBR = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
MON = rf"(?:{MON_ABBR}|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
MON_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Tues?\.|Wed\.|Thu(?:rs?)?\.|Fri\.|Sat\.|Sun\.|Mon\.)"
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[0-9]\d\d|20\d\d)"
YEAR_OR_APOS = rf"(?:{YEAR}|'\d\d)"
ANY_YEAR = r"(?:\d{4}|'\d\d)"  # inside a full date any four digits are a year (31 December 9999)
SEASON = r"(?:[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)"
MOD = r"(?:(?P<mod>[Ee]arly|[Ll]ate|[Mm]id|[Tt]he\s+end\s+of|[Tt]he\s+beginning\s+of|[Tt]he\s+middle\s+of|[Tt]he\s+start\s+of|[Ee]nd)(?:-|\s+|(?=-)))"
REL_WORDS = r"(?:[Ll]ast|[Tt]his|[Nn]ext|[Tt]his\s+past|[Tt]his\s+coming|[Tt]he\s+past|[Tt]he\s+previous|[Tt]he\s+coming|[Tt]he\s+following|[Tt]he\s+current|[Tt]he\s+last|[Tt]he\s+next|[Pp]ast|[Pp]revious|[Cc]oming|[Cc]urrent)"
REL = rf"(?P<rel>{REL_WORDS})"
COUNT = lx.COUNT_RE
APPROX = r"(?:(?P<approx>[Nn]early|[Aa]lmost|[Mm]ore\s+than|[Ll]ess\s+than|[Ff]ewer\s+than|[Aa]t\s+least|[Uu]p\s+to|[Aa]bout|[Aa]round|[Rr]oughly|[Aa]pproximately|[Oo]ver|[Ss]ome|[Uu]nder|[Ww]ithin|[Jj]ust|[Oo]nly)\s+)"
UNIT = lx.UNITS_RE
PARTS = r"(?:morning|afternoon|evening|night)"
TZ = r"(?:\s*(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|MSK|[Ll]ocal\s+time|\(\d{4}\s+GMT\))(?![\w]))"
#: Words that put a clause in the future, looked for between the date and its nearest verb.
FUTURE_WORDS = {
    "will", "'ll", "wo", "shall", "would", "could", "might", "should", "going", "plans", "plan", "planning",
    "intends", "intend", "upcoming", "next", "soon", "forthcoming", "hopes", "hope", "aims", "tentatively",
    "expects", "expect",
}
#: Participles of planning: future after "is/are/be", past after "was/had", silent alone.
PLAN_WORDS = {"scheduled", "expected", "planned", "due", "set", "slated", "poised"}
PRESENT_AUX = {"is", "are", "am", "'s", "be", "being", "will", "now"}
PAST_AUX = {"was", "were", "had", "previously", "originally"}
IRREGULAR_PAST = {
    "was", "were", "had", "did", "met", "held", "left", "came", "went", "gave", "took", "began",
    "made", "saw", "spoke", "won", "lost", "fought", "ran", "sent", "struck", "hit", "shot", "fell", "rose",
    "led", "broke", "brought", "bought", "sold", "paid", "found", "thought", "got", "put", "set", "cut", "quit",
    "flew", "drove", "wrote", "spent", "built", "stood", "became", "knew", "heard", "meant", "kept", "felt",
    "ago", "earlier", "last", "previously", "already", "dealt", "sought", "taught", "woke", "withdrew", "fled",
}
NOT_PAST = {"need", "indeed", "speed", "seed", "feed", "bed", "red", "hundred", "proceed", "succeed", "exceed",
            "shed", "united", "limited", "based", "related", "scheduled", "expected", "planned", "proposed",
            "so-called", "alleged", "advanced", "detailed", "armed", "reed", "breed", "ed", "wed", "fed"}
CLAUSE_BOUNDARY = re.compile(r"[.;!?\n]|``|''|\"|“|”|--|—")
TOKEN = re.compile(r"[A-Za-z']+")
SENTENCE_END = re.compile(r"[.!?]\s+(?=[\"'“A-Z0-9])|\n\s*\n")


@dataclass
class Context:
    """What value resolution needs beyond the match: the DCT, the text and the running anchor."""

    text: str
    dct: Day
    ref: Day | None = None  # last day-precise date the text mentioned
    ref_year: int | None = None
    ref_month: tuple[int, int] | None = None
    ref_quarter: int | None = None  # year * 4 + quarter - 1 of the last quarter mentioned
    quarterly: bool = False  # an earnings-style text, where "a year ago" means a quarter back
    range_counter: int = 0

    # ----- tense ---------------------------------------------------------------------------------
    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        lo = max(0, pos - 400)
        start = lo
        for m in SENTENCE_END.finditer(self.text, lo, pos):
            start = m.end()
        m = SENTENCE_END.search(self.text, pos, min(len(self.text), pos + 400))
        end = m.start() + 1 if m else min(len(self.text), pos + 400)
        return start, end

    def tense(self, start: int, end: int) -> str | None:
        """"future", "past" or None for the clause around [start, end), from the nearest verb.

        The nearest tense marker before the date decides ("predicted Wednesday" is past even when
        "will" stands earlier in the sentence); failing one, the first few words after it.
        """
        lo = max(0, start - 160)
        before = self.text[lo:start]
        cut = 0
        for m in CLAUSE_BOUNDARY.finditer(before):
            cut = m.end()
        words = TOKEN.findall(before[cut:])[-12:]
        for i in range(len(words) - 1, -1, -1):
            verdict = _tense_of(words[i], words[max(0, i - 3):i])
            if verdict:
                return verdict
        after = self.text[end:min(len(self.text), end + 60)]
        stop = re.search(r"[.;!?,\n]|``|''|\bthat\b|\bto\b", after)
        for word in TOKEN.findall(after[: stop.start() if stop else len(after)])[:4]:
            if word.lower() in ("will", "'ll", "shall"):
                return "future"
        return None

    def looks_ahead(self, start: int, end: int) -> bool:
        return self.tense(start, end) == "future"

    def anchor(self) -> Day:
        return self.ref or self.dct


def _tense_of(word: str, before: list[str]) -> str | None:
    w = word.lower()
    if word == "May":
        return None
    if w in PLAN_WORDS:
        lowered = {b.lower() for b in before}
        if lowered & PAST_AUX:
            return "past"
        if lowered & PRESENT_AUX:
            return "future"
        return None
    if w in FUTURE_WORDS:
        return "future"
    if w in IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4 and w not in NOT_PAST):
        return "past"
    return None


Handler = Callable[[re.Match[str], Context], "list[Timex] | Timex | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler
    priority: int


_RULES: list[Rule] = []


def rule(name: str, regex: str, flags: int = 0) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        _RULES.append(Rule(name, re.compile(regex, flags), handler, len(_RULES)))
        return handler

    return register


def mk(m: re.Match[str], type_: str, value: str, derivation: str, group: int | str = 0, mod: str = "") -> Timex:
    start, end = m.span(group)
    return Timex(start, end, m.string[start:end], type_, value, derivation, mod)


def month_of(text: str) -> int:
    return lx.MONTHS[text.lower().rstrip(".")[:3] if text.lower().rstrip(".") not in lx.MONTHS else text.lower().rstrip(".")]


def int_day(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]


def full_year(text: str, ctx: Context) -> int:
    if text.startswith("'"):
        yy = int(text[1:])
        century = ctx.dct.year // 100 * 100
        year = century + yy
        return year - 100 if year > ctx.dct.year + 10 else year
    return int(text)


def mod_code(text: str | None) -> str:
    if not text:
        return ""
    t = text.lower()
    if t.startswith(("early", "the beginning", "the start", "the first half")):
        return "START"
    if t.startswith(("late", "the end", "end", "the second half")):
        return "END"
    return "MID"


# ----------------------------------------------------------------------------------------------
# Choosing among the readings of a partial date
# ----------------------------------------------------------------------------------------------
def resolve_month_day(month: int, day: int, ctx: Context, m: re.Match[str]) -> tuple[Day, str] | None:
    """The year of "Nov. 30": the nearest such day, leaning with tense when two are close."""
    anchor = ctx.dct
    candidates = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        if valid_day(y, month, day):
            candidates.append(Day.of(y, month, day))
    if not candidates:
        return None
    tense = ctx.tense(m.start(), m.end())
    best = min(candidates, key=lambda d: abs(d.number - anchor.number))
    if tense == "future" and best.number < anchor.number - 14:
        later = [d for d in candidates if d.number >= anchor.number]
        best = min(later, key=lambda d: d.number) if later else best
    elif tense == "past" and best.number > anchor.number + 90:
        earlier = [d for d in candidates if d.number <= anchor.number]
        best = max(earlier, key=lambda d: d.number) if earlier else best
    how = "the nearest such day" + (f" ({tense} tense)" if tense else "") + f" to {anchor.label()}"
    return best, how


def resolve_month(month: int, ctx: Context, m: re.Match[str], rel: str | None = None) -> tuple[int, str]:
    """The year of a bare month name: past tense looks back, future tense ahead, else nearest."""
    dct = ctx.dct
    r = (rel or "").lower()
    if r in ("last", "this past", "past", "previous", "the past", "the previous"):
        year = dct.year if month < dct.month else dct.year - 1
        return year, f"the last {lx_month_name(month)} before {dct.label()}"
    if r in ("next", "this coming", "coming", "the coming", "the next"):
        year = dct.year if month > dct.month else dct.year + 1
        return year, f"the next {lx_month_name(month)} after {dct.label()}"
    if month == dct.month or r == "this":
        return dct.year, f"{lx_month_name(month)} of the publication year"
    tense = ctx.tense(m.start(), m.end())
    if tense == "future":
        year = dct.year if month > dct.month else dct.year + 1
        return year, f"the next {lx_month_name(month)} after {dct.label()} (future tense)"
    if tense is None:
        ahead = (month - dct.month) % 12
        year = dct.year + (1 if month < dct.month and ahead <= 6 else 0) - (1 if month > dct.month and ahead > 6 else 0)
        return year, f"the nearest {lx_month_name(month)} to {dct.label()}"
    year = dct.year if month < dct.month else dct.year - 1
    return year, f"the last {lx_month_name(month)} before {dct.label()}" + (" (past tense)" if tense else "")


def lx_month_name(month: int) -> str:
    return ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December")[month - 1]


WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def resolve_weekday(weekday: int, ctx: Context, m: re.Match[str], rel: str = "") -> tuple[Day, str]:
    dct = ctx.dct
    name = WEEKDAY_NAMES[weekday - 1]
    back = (dct.weekday - weekday) % 7
    fwd = (weekday - dct.weekday) % 7
    r = rel.lower()
    if r == "last":
        back = back or 7
        return dct.plus(-back), f"{name}, the one before {dct.label()}"
    if r == "next":
        fwd = fwd or 7
        return dct.plus(fwd), f"{name}, the one after {dct.label()}"
    if r == "this" or ctx.looks_ahead(m.start(), m.end()):
        return dct.plus(fwd), f"{name}, the one on or after {dct.label()}"
    return dct.plus(-back), f"{name}, the one on or before {dct.label()}"


def quarter_year(q: int, ctx: Context) -> int:
    return ctx.dct.year if q <= ctx.dct.quarter else ctx.dct.year - 1


# ----------------------------------------------------------------------------------------------
# Rules: absolute dates
# ----------------------------------------------------------------------------------------------
@rule("iso", rf"{B}(\d{{4}})-(\d{{2}})-(\d{{2}})(?:[T ](\d{{2}}):(\d{{2}})(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?{E}")
def _iso(m: re.Match[str], ctx: Context) -> Timex | None:
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    if not valid_day(y, mo, d):
        return None
    if m[4]:
        if int(m[4]) > 23 or int(m[5]) > 59:
            return None
        return mk(m, TIME, f"{day_value(Day.of(y, mo, d))}T{m[4]}:{m[5]}", "written in full")
    return mk(m, DATE, day_value(Day.of(y, mo, d)), "written in full")


@rule("dotted", rf"{B}(\d{{1,2}})\.(\d{{1,2}})\.(\d{{4}}){E}")
def _dotted(m: re.Match[str], ctx: Context) -> Timex | None:
    d, mo, y = int(m[1]), int(m[2]), int(m[3])
    if not valid_day(y, mo, d):
        return None
    return mk(m, DATE, day_value(Day.of(y, mo, d)), "day.month.year")


@rule("slashed", rf"{B}(\d{{1,2}})/(\d{{1,2}})/(\d{{4}}|\d{{2}}){E}")
def _slashed(m: re.Match[str], ctx: Context) -> Timex | None:
    a, b, y = int(m[1]), int(m[2]), int(m[3])
    if len(m[3]) == 2:
        y = full_year("'" + m[3], ctx)
    mo, d, how = (a, b, "month/day/year") if a <= 12 else (b, a, "day/month/year")
    if not valid_day(y, mo, d):
        return None
    return mk(m, DATE, day_value(Day.of(y, mo, d)), how)


@rule(
    "month_day_year",
    rf"{B}(?:(?P<wd>{WEEKDAY}),?\s+)?(?:{MOD})?(?P<mon>{MON})\s+(?P<day>{DAYNUM}),?\s+(?P<year>{ANY_YEAR}){E}",
)
def _full_date(m: re.Match[str], ctx: Context) -> Timex | None:
    """Month, day and year in either order: "November 30th, 2023", "the 30th of November 2023"."""
    y, mo, d = full_year(m["year"], ctx), month_of(m["mon"]), int_day(m["day"])
    if not valid_day(y, mo, d):
        return None
    return mk(m, DATE, day_value(Day.of(y, mo, d)), "written in full")


@rule(
    "day_month_year",
    rf"{B}(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAYNUM})(?:\s+of)?\s+(?P<mon>{MON}),?\s+(?P<year>{ANY_YEAR}){E}",
)
def _day_month_year(m: re.Match[str], ctx: Context) -> Timex | None:
    return _full_date(m, ctx)


@rule("month_day", rf"{B}(?:(?P<wd>{WEEKDAY}),?\s+)?(?:{MOD})?(?P<mon>{MON})\s+(?P<day>{DAYNUM}){E}(?!\s*[-–]\s*\d)(?!,?\s+\d{{3,}})(?!:\d)")
def _month_day(m: re.Match[str], ctx: Context) -> Timex | None:
    mo, d = month_of(m["mon"]), int_day(m["day"])
    if m["mon"].rstrip(".") in ("May", "Mar", "March") and re.match(r"\s+(?:percent|%|points?|people)", m.string[m.end():]):
        return None
    resolved = resolve_month_day(mo, d, ctx, m)
    if resolved is None:
        return None
    day, how = resolved
    if m["wd"]:
        how = f"{m['wd']}, {how}"
    return mk(m, DATE, day_value(day), how)


@rule("day_month", rf"{B}(?:the\s+)?(?P<day>{DAYNUM})(?:\s+of)?\s+(?P<mon>{MON_FULL}|{MON_ABBR}){E}(?!,?\s+\d{{3,}})")
def _day_month(m: re.Match[str], ctx: Context) -> Timex | None:
    if not re.match(r"(?:the\s+)?\d", m.group(0)) or m["mon"] in ("May", "March") and not m.group(0)[0].isdigit():
        return None
    if re.match(r"\d+\s+(?:May|March)\b", m.group(0)) and not re.search(r"\b(?:on|since|until|from|by)\s+$", m.string[max(0, m.start() - 8):m.start()]):
        return None
    resolved = resolve_month_day(month_of(m["mon"]), int_day(m["day"]), ctx, m)
    if resolved is None:
        return None
    return mk(m, DATE, day_value(resolved[0]), resolved[1])


@rule("month_day_range", rf"{B}(?P<mon>{MON})\s+(?P<d1>{DAYNUM})\s*(?:-|–|to|through|and)\s*(?P<d2>{DAYNUM})(?:,?\s+(?P<year>{YEAR}))?{E}")
def _month_day_range(m: re.Match[str], ctx: Context) -> list[Timex] | None:
    mo, d1, d2 = month_of(m["mon"]), int_day(m["d1"]), int_day(m["d2"])
    if m["year"]:
        y = int(m["year"])
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
    ctx.range_counter += 1
    rid = ctx.range_counter
    a_end = m.end("d1")
    return [
        Timex(m.start(), a_end, m.string[m.start():a_end], DATE, day_value(first), how, range_id=rid, range_role="start"),
        Timex(m.start("d2"), m.end(), m.string[m.start("d2"):m.end()], DATE, day_value(second), how,
              range_id=rid, range_role="end"),
    ]


@rule("month_year", rf"{B}(?:{MOD})?(?P<mon>{MON_FULL}|{MON_ABBR}),?\s+(?:of\s+)?(?P<year>{YEAR}|\d{{4}}(?=\s*$|[.,;]))(?!\w)")
def _month_year(m: re.Match[str], ctx: Context) -> Timex | None:
    return mk(m, DATE, month_value(int(m["year"]), month_of(m["mon"])), "written in full", mod=mod_code(m["mod"]))


@rule("month", rf"{B}(?:{REL}\s+|{MOD})?(?P<mon>{MON_FULL}|Sept\.|Jan\.|Feb\.|Aug\.|Oct\.|Nov\.|Dec\.){E}(?!\s+\d)")
def _month(m: re.Match[str], ctx: Context) -> Timex | None:
    mon = m["mon"]
    before = m.string[max(0, m.start() - 20):m.start()]
    if mon in ("May", "March") and not (m["rel"] or m["mod"]):
        # The verb "may", the noun "march": only after a word that wants a date.
        if not re.search(r"\b(?:in|since|until|till|by|of|during|through|from|to|before|after|between|and|early|late|mid|last|next|this)\s+$", before, re.IGNORECASE):
            return None
    year, how = resolve_month(month_of(mon), ctx, m, m["rel"])
    return mk(m, DATE, month_value(year, month_of(mon)), how, mod=mod_code(m["mod"]))


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


@rule("the_year_n", rf"{B}[Tt]he\s+year\s+(?P<year>\d{{1,7}}){E}")
def _the_year_n(m: re.Match[str], ctx: Context) -> Timex | None:
    year = int(m["year"])
    if not 1 <= year <= cal.MAX_YEAR:
        return None
    return mk(m, DATE, year_str(year), "written out")


@rule("year", rf"{B}(?:{MOD})?(?P<fiscal>(?:[Ff]iscal|[Cc]alendar|[Mm]odel)\s+(?:[Yy]ear\s+)?)?(?P<year>{YEAR})(?P<s>'?s)?{E}(?!\s*(?:%|percent|-\d))(?!,\d)(?!\.\d)")
def _year(m: re.Match[str], ctx: Context) -> Timex | None:
    year = int(m["year"])
    if m["s"]:
        decade = year // 10
        if year % 10:
            return None
        value = f"{decade}" if (m["mod"] or "").lower().startswith(("mid", "late")) else f"{decade}X"
        return mk(m, DATE, value, f"the {year}s", mod=mod_code(m["mod"]))
    before = m.string[max(0, m.start() - 25):m.start()]
    after = m.string[m.end():m.end() + 25]
    if re.search(r"(?:[$£€#№]|No\.|[Nn]umber|[Ff]light|[Rr]oute|[Rr]oom|[Pp]age|[Rr]esolution|[Ss]ection|[Aa]rticle|[Aa]t)\s*$", before):
        return None
    if re.search(r"(?:[Aa]bout|[Ss]ome|[Nn]early|[Aa]lmost|[Oo]ver|[Mm]ore\s+than|[Tt]han|[Aa]round|[Ff]ewer|[Uu]p\s+to|[Aa]t\s+least|[Oo]nly|[Aa]ll|[Tt]op)\s+$", before) and re.match(r"\s+[a-z]", after) and not re.match(r"\s+(?:and|to|through|when|as|was|is|in|on|at|after|before)\b", after):
        return None
    if re.search(r"\b(?:rose|fell|gained|dropped|climbed|lost|added|jumped|slipped|down|up|by|to|of|from|at)\s+$", before) and re.match(r"\s+(?:points?|percent|pts|units|shares|barrels|tons|tonnes|feet|meters|metres|km|miles)\b", after):
        return None
    if re.match(r"\s+(?:points|people|troops|soldiers|men|women|children|persons|refugees|tons|tonnes|votes|dollars|euros|shares|units|cars|barrels|km|miles|feet|meters|metres|years|jobs|workers|employees|members|homes|houses|cases|deaths|strong)\b", after):
        return None
    if re.match(r"[-–]\d", after) or re.search(r"\d[-–:/]$", before):
        return None
    return mk(m, DATE, year_str(year), "written in full", mod=mod_code(m["mod"]))


@rule("year_range", rf"{B}(?P<y1>{YEAR})\s*(?:-|–|/)\s*(?P<y2>{YEAR}|\d\d){E}")
def _year_range(m: re.Match[str], ctx: Context) -> list[Timex] | None:
    y1 = int(m["y1"])
    y2 = int(m["y2"]) if len(m["y2"]) == 4 else y1 // 100 * 100 + int(m["y2"])
    if y2 <= y1 or y2 - y1 > 200:
        return None
    ctx.range_counter += 1
    rid = ctx.range_counter
    return [
        Timex(m.start("y1"), m.end("y1"), m["y1"], DATE, year_str(y1), "written in full", range_id=rid, range_role="start"),
        Timex(m.start("y2"), m.end("y2"), m["y2"], DATE, year_str(y2), "written in full", range_id=rid, range_role="end"),
    ]


DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}


@rule("decade_words", rf"{B}(?:{MOD})?(?:the\s+)?(?P<w>(?:[Tt]wenties|[Tt]hirties|[Ff]orties|[Ff]ifties|[Ss]ixties|[Ss]eventies|[Ee]ighties|[Nn]ineties)|'(?P<d>\d)0s){E}")
def _decade_words(m: re.Match[str], ctx: Context) -> Timex | None:
    if not m.group(0).lower().startswith(("the", "early", "late", "mid", "'")) and "the " not in m.group(0).lower():
        return None
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


# ----------------------------------------------------------------------------------------------
# Seasons, quarters, halves
# ----------------------------------------------------------------------------------------------
@rule("season_year", rf"{B}(?:(?P<the>[Tt]he)\s+)?(?:{MOD})?(?P<season>{SEASON})(?:\s+of)?,?\s+(?P<year>{YEAR_OR_APOS}){E}")
def _season_year(m: re.Match[str], ctx: Context) -> Timex | None:
    code = lx.SEASON_CODES[m["season"].lower()]
    return mk(m, DATE, f"{year_str(full_year(m['year'], ctx))}-{code}", "written in full", mod=mod_code(m["mod"]))


@rule("season_rel", rf"{B}(?:{MOD})?(?:{REL}|(?P<the>[Tt]he|[Tt]his))\s+(?P<season>{SEASON}){E}(?!\s+of\s)")
def _season_rel(m: re.Match[str], ctx: Context) -> Timex | None:
    order = ("SP", "SU", "FA", "WI")  # a season year runs spring to winter (winter starts in December)
    code = lx.SEASON_CODES[m["season"].lower()]
    dct = ctx.dct
    position = {3: 0, 4: 0, 5: 0, 6: 1, 7: 1, 8: 1, 9: 2, 10: 2, 11: 2, 12: 3, 1: 3, 2: 3}[dct.month]
    current = (dct.year - (1 if dct.month <= 2 else 0)) * 4 + position
    rel = re.sub(r"\s+", " ", (m["rel"] or m["the"] or "").lower())
    target_pos = order.index(code)
    same_year = current // 4 * 4 + target_pos
    season = m["season"].lower()
    if rel in ("last", "this past", "past", "the past", "previous", "the previous"):
        index = same_year if same_year < current else same_year - 4
        how = f"the last {season} before {dct.label()}"
    elif rel in ("next", "coming", "this coming", "the coming", "the next", "the following"):
        index = same_year if same_year > current else same_year + 4
        how = f"the next {season} after {dct.label()}"
    elif rel in ("this", "current", "the current"):
        index = same_year
        how = f"the {season} of the publication year"
    else:
        tense = ctx.tense(m.start(), m.end())
        if same_year == current or tense is None:
            index = same_year
        elif tense == "future":
            index = same_year if same_year > current else same_year + 4
        else:
            index = same_year if same_year < current else same_year - 4
        how = f"the {season} nearest {dct.label()}" + (f", by {tense} tense" if tense else "")
    return mk(m, DATE, f"{year_str(index // 4)}-{code}", how, mod=mod_code(m["mod"]))


QUARTER_ORD = r"(?P<q>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)"


@rule("quarter", rf"{B}(?:(?P<the>[Tt]he|[Tt]his|[Ll]ast\s+year's|[Tt]his\s+year's|[Nn]ext\s+year's|[Ii]ts|[Tt]heir)\s+)?(?:(?P<ago>year-ago|year-earlier|prior-year|comparable)\s+)?(?:(?P<year0>{YEAR})\s+)?(?:(?:fiscal|calendar|latest)\s+)?{QUARTER_ORD}[- ](?:fiscal[- ])?quarters?(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<year>{YEAR}))?{E}")
def _quarter(m: re.Match[str], ctx: Context) -> Timex | None:
    q = lx.ORDINALS[m["q"].lower()]
    if m["year"] or m["year0"]:
        return mk(m, DATE, quarter_value(int(m["year"] or m["year0"]), q), "written in full")
    the = (m["the"] or "").lower()
    if m["ago"]:
        return mk(m, DATE, quarter_value(quarter_year(q, ctx) - 1, q), "the same quarter a year before")
    if the == "next year's":
        return mk(m, DATE, quarter_value(ctx.dct.year + 1, q), "that quarter of next year")
    if the == "last year's":
        return mk(m, DATE, quarter_value(quarter_year(q, ctx) - 1, q), "the same quarter a year before")
    start = m.start("the") if the in ("its", "their") else m.start()
    span = Timex(start, m.end(), m.string[start:m.end()], DATE, quarter_value(quarter_year(q, ctx), q),
                 f"quarter {q} of the latest fiscal year before {ctx.dct.label()}")
    if the in ("its", "their"):
        return Timex(m.start("q"), m.end(), m.string[m.start("q"):m.end()], span.type, span.value, span.derivation)
    return span


@rule("q_number", rf"{B}Q(?P<q>[1-4])(?:\s+(?P<year>{YEAR}))?{E}")
def _q_number(m: re.Match[str], ctx: Context) -> Timex | None:
    q = int(m["q"])
    year = int(m["year"]) if m["year"] else quarter_year(q, ctx)
    return mk(m, DATE, quarter_value(year, q), "written as Qn")


@rule("quarter_rel", rf"{B}(?:(?P<rel>[Tt]he\s+(?:latest|last|past|previous|most\s+recent|current|year-earlier|year-ago|prior-year|comparable|same|next|coming)|[Tt]his|[Nn]ext|[Ll]ast)\s+(?:fiscal\s+)?quarter|[Tt]he\s+quarter){E}")
def _quarter_rel(m: re.Match[str], ctx: Context) -> Timex | None:
    rel = re.sub(r"\s+", " ", (m["rel"] or "the quarter").lower())
    current = ctx.dct.year * 4 + ctx.dct.quarter - 1
    offsets = {"the latest": -1, "the last": -1, "the past": -1, "the previous": -1, "the most recent": -1,
               "the current": 0, "this": 0, "the year-earlier": -5, "the year-ago": -5, "the prior-year": -5,
               "the comparable": -5, "the same": -5, "the next": 1, "the coming": 1, "next": 1, "last": -1,
               "the quarter": -1}
    index = current + offsets.get(rel, -1)
    if rel == "the quarter" and ctx.ref_quarter is not None:
        index = ctx.ref_quarter
        return mk(m, DATE, quarter_value(index // 4, index % 4 + 1), "the quarter last mentioned")
    return mk(m, DATE, quarter_value(index // 4, index % 4 + 1), f"{rel} quarter relative to {ctx.dct.label()}")


@rule("half", rf"{B}(?:(?P<the>[Tt]he)\s+)?(?P<h>[Ff]irst|[Ss]econd|[Ll]ast|1st|2nd)[- ]half(?:\s+of\s+(?:(?P<year>{YEAR})|(?P<rel>this|last|next|the)\s+year))?{E}")
def _half(m: re.Match[str], ctx: Context) -> Timex | None:
    h = 1 if m["h"].lower() in ("first", "1st") else 2
    if m["year"]:
        year = int(m["year"])
    elif m["rel"] in ("last",):
        year = ctx.dct.year - 1
    elif m["rel"] == "next":
        year = ctx.dct.year + 1
    else:
        year = ctx.dct.year if (h == 1 or ctx.dct.month >= 7 or m["rel"]) else ctx.dct.year - 1
    return mk(m, DATE, f"{year_str(year)}-H{h}", "half of a year")


# ----------------------------------------------------------------------------------------------
# Deictic words and relative expressions
# ----------------------------------------------------------------------------------------------
@rule("today", rf"{B}(?:(?P<mod>[Ee]arly|[Ll]ate|[Ll]ater|[Ee]arlier)\s+)?(?P<w>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]he\s+day\s+before\s+yesterday|[Tt]he\s+day\s+after\s+tomorrow)(?!'s\s+(?:morning|afternoon|evening|night))(?!'s\s+[a-z]){E}")
def _today(m: re.Match[str], ctx: Context) -> Timex | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    offset = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}[w]
    group: int | str = 0
    if m["mod"] and m["mod"].lower() in ("later", "earlier"):
        group = "w"
    return mk(m, DATE, day_value(ctx.dct.plus(offset)), f"{w}, relative to {ctx.dct.label()}", group=group,
              mod=mod_code(m["mod"]) if group == 0 else "")


@rule("part_of_day", rf"{B}(?:(?P<rel>[Tt]his|[Ll]ast|[Yy]esterday|[Tt]omorrow|(?P<wd>{WEEKDAY}))\s+)?(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[- ])?(?P<part>{PARTS}|mid-?day|[Tt]onight|[Oo]vernight)(?:\s+(?P<wd2>{WEEKDAY}))?{E}")
def _part_of_day(m: re.Match[str], ctx: Context) -> Timex | None:
    part = m["part"].lower().replace("-", "")
    code = {"tonight": "NI", "overnight": "NI", "midday": "MI"}.get(part, lx.PARTS_OF_DAY.get(part, "DT"))
    rel = (m["rel"] or "").lower()
    wd = m["wd"] or m["wd2"]
    if wd:
        day, how = resolve_weekday(lx.WEEKDAYS[wd.lower().rstrip(".")], ctx, m)
    elif rel == "yesterday" or (rel == "last" and part == "night"):
        day, how = ctx.dct.plus(-1), f"the day before {ctx.dct.label()}"
    elif rel == "tomorrow":
        day, how = ctx.dct.plus(1), f"the day after {ctx.dct.label()}"
    elif rel == "this" or part in ("tonight", "overnight"):
        day, how = ctx.dct, f"the day of {ctx.dct.label()}"
    elif rel == "the":
        if not ctx.ref:
            return None
        day, how = ctx.ref, f"the day last mentioned, {ctx.ref.label()}"
    else:
        return None  # a bare "morning" is not a date
    return mk(m, DATE if wd else TIME, f"{day_value(day)}T{code}", how)


@rule("weekday", rf"{B}(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?P<plural>s)?{E}(?!,?\s+{MON}\s+\d)")
def _weekday(m: re.Match[str], ctx: Context) -> Timex | None:
    wd = lx.WEEKDAYS[m["wd"].lower()]
    if m["plural"]:
        return mk(m, SET, f"XXXX-WXX-{wd}", f"every {m['wd']}")
    rel = (m["rel"] or "").lower()
    if rel in ("early", "late"):
        rel = ""
    day, how = resolve_weekday(wd, ctx, m, rel)
    return mk(m, DATE, day_value(day), how)


UNIT_WORD = r"(?P<unit>week|month|year|weekend|decade|century|day)"


@rule("rel_unit", rf"{B}(?:{MOD})?(?P<rel2>{REL_WORDS})\s+{UNIT_WORD}(?!-){E}")
def _rel_unit(m: re.Match[str], ctx: Context) -> Timex | None:
    if re.match(r"\s+of\b", m.string[m.end():m.end() + 5]) and m["rel2"].lower().startswith("the"):
        return None  # "the next month of patrols" measures time, it does not name a month
    rel = re.sub(r"\s+", " ", m["rel2"].lower()).replace("the ", "")
    unit = m["unit"].lower()
    offset = {"last": -1, "past": -1, "previous": -1, "this past": -1, "this": 0, "current": 0, "next": 1,
              "coming": 1, "this coming": 1, "following": 1}[rel]
    anchor = ctx.dct
    if rel in ("following", "previous") and ctx.ref is not None:
        anchor = ctx.ref
        if rel == "previous":
            offset = -1
    mod = mod_code(m["mod"])
    how = f"{rel} {unit}, relative to {anchor.label()}"
    if unit == "day":
        if rel in ("this", "current"):
            return None
        if rel in ("past", "last", "next", "coming"):
            return None  # "the past day" reads as a duration in news; left to the duration rule
        return mk(m, DATE, day_value(anchor.plus(offset)), how, mod=mod)
    if unit == "week":
        return mk(m, DATE, week_value(anchor.plus(7 * offset)), how, mod=mod)
    if unit == "weekend":
        base = anchor.plus(7 * offset) if rel != "this" else anchor
        return mk(m, DATE, week_value(base) + "-WE", how, mod=mod)
    anaphoric = rel in ("following", "previous")
    if unit == "month":
        base = ctx.ref_month if anaphoric and ctx.ref_month else (anchor.year, anchor.month)
        y, mo = cal.add_months(base[0], base[1], offset)
        return mk(m, DATE, month_value(y, mo), how, mod=mod)
    if unit == "year":
        base_year = ctx.ref_year if anaphoric and ctx.ref_year is not None else anchor.year
        return mk(m, DATE, year_str(base_year + offset), how, mod=mod)
    if unit == "decade":
        return mk(m, DATE, f"{(anchor.year // 10 + offset)}X", how, mod=mod)
    return mk(m, DATE, f"{anchor.year // 100 + offset:02d}", how, mod=mod)


@rule("earlier_this", rf"{B}(?P<w>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+(?P<rel>this|last|next|that)\s+(?P<unit>week|month|year|morning|afternoon|evening){E}")
def _earlier_this(m: re.Match[str], ctx: Context) -> Timex | None:
    unit, rel = m["unit"].lower(), m["rel"].lower()
    anchor = ctx.anchor() if rel == "that" else ctx.dct
    offset = {"this": 0, "that": 0, "last": -1, "next": 1}[rel]
    mod = mod_code(m["w"])
    if unit == "week":
        return mk(m, DATE, week_value(anchor.plus(7 * offset)), f"{rel} week", mod=mod)
    if unit == "month":
        y, mo = cal.add_months(anchor.year, anchor.month, offset)
        return mk(m, DATE, month_value(y, mo), f"{rel} month", mod=mod)
    if unit == "year":
        return mk(m, DATE, year_str(anchor.year + offset), f"{rel} year", mod=mod)
    code = lx.PARTS_OF_DAY[unit]
    return mk(m, TIME, f"{day_value(anchor)}T{code}", f"{unit} of {anchor.label()}")


@rule("year_ago_adj", rf"{B}(?:(?P<the>[Tt]he)\s+)?(?:year-(?:earlier|ago)|prior-year|year-end|year\s+end|year-before)(?:\s+(?P<noun>period|quarter|level|levels|results|figure))?{E}")
def _year_ago_adj(m: re.Match[str], ctx: Context) -> Timex | None:
    text = m.group(0).lower()
    if "end" in text:
        return mk(m, DATE, year_str(ctx.dct.year if ctx.dct.month >= 10 else ctx.dct.year - 1), "the end of the year")
    if m["noun"] and m["noun"] not in ("period", "quarter"):
        span = m.group(0)[: m.start("noun") - m.start()].rstrip()
        m_end = m.start() + len(span)
        value = _year_ago_value(ctx)
        start = m.start("the") + 4 if m["the"] else m.start()
        while start < m_end and m.string[start] == " ":
            start += 1
        return Timex(start, m_end, m.string[start:m_end], DATE, value, "a year before the period reported")
    if not m["noun"] and m["the"]:
        start = m.start() + 4
        return Timex(start, m.end(), m.string[start:m.end()], DATE, _year_ago_value(ctx), "a year before the period reported")
    return mk(m, DATE, _year_ago_value(ctx), "a year before the period reported")


def _year_ago_value(ctx: Context) -> str:
    if ctx.quarterly:
        # Earnings reports compare the quarter just reported (the one before the DCT's) a year back.
        index = ctx.dct.year * 4 + ctx.dct.quarter - 2 - 4
        return quarter_value(index // 4, index % 4 + 1)
    return year_str(ctx.dct.year - 1)


@rule("ago", rf"{B}(?:(?P<approx>[Nn]early|[Aa]lmost|[Mm]ore\s+than|[Ll]ess\s+than|[Aa]bout|[Ss]ome|[Oo]ver|[Jj]ust|[Oo]nly|[Rr]oughly)\s+)?(?P<count>{COUNT}|[Aa]n?|[Ss]everal|[Aa]\s+few|[Ff]ew|[Mm]any|[Ss]ome)\s+(?:(?:more|full)\s+)?(?P<unit>{UNIT})(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence|previously|back){E}")
def _ago(m: re.Match[str], ctx: Context) -> Timex | None:
    count = lx.parse_count(m["count"])
    unit = m["unit"].lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    direction = m["dir"].lower()
    sign = -1 if direction in ("ago", "earlier", "before", "previously", "back") else 1
    deictic = direction in ("ago", "from now", "hence", "back")
    if direction == "since":
        return None
    anchor = ctx.dct if deictic or ctx.ref is None else ctx.ref
    how = f"{m['count']} {unit}(s) {'before' if sign < 0 else 'after'} {anchor.label()}"
    if count is None or not float(count).is_integer():
        if unit == "year":
            return mk(m, DATE, "PAST_REF" if sign < 0 else "FUTURE_REF", "an unspecified time " + ("before" if sign < 0 else "after"))
        return mk(m, DATE, "PAST_REF" if sign < 0 else "FUTURE_REF", how)
    n = int(count) * sign
    if unit in ("day", "night"):
        return mk(m, DATE, day_value(anchor.plus(n)), how)
    if unit in ("week", "fortnight"):
        return mk(m, DATE, week_value(anchor.plus(7 * n * (2 if unit == "fortnight" else 1))), how)
    if unit == "month":
        y, mo = cal.add_months(anchor.year, anchor.month, n)
        return mk(m, DATE, month_value(y, mo), how)
    if unit == "quarter":
        index = anchor.year * 4 + anchor.quarter - 1 + n
        return mk(m, DATE, quarter_value(index // 4, index % 4 + 1), how)
    if unit == "year":
        if ctx.quarterly and abs(n) == 1 and direction in ("ago", "earlier"):
            return mk(m, DATE, _year_ago_value(ctx), "a year before the quarter reported")
        return mk(m, DATE, year_str(anchor.year + n), how)
    if unit == "decade":
        return mk(m, DATE, year_str(anchor.year + 10 * n), how)
    if unit == "century":
        return mk(m, DATE, year_str(anchor.year + 100 * n), how)
    if unit in ("hour", "minute", "second"):
        return mk(m, TIME if unit != "second" else DATE, "PAST_REF" if sign < 0 else "FUTURE_REF", how)
    return None


@rule("anaphoric", rf"{B}(?P<w>[Tt]he\s+(?:same|following|next|previous|preceding|prior)\s+(?P<unit>day|week|month|year|morning|afternoon|evening|night)|[Tt]hat\s+(?P<unit2>day|week|month|year|morning|afternoon|evening|night)|[Tt]he\s+(?P<unit3>year)){E}(?!\s+(?:of|when|before|after|that|in\s+which))(?!-)")
def _anaphoric(m: re.Match[str], ctx: Context) -> Timex | None:
    text = re.sub(r"\s+", " ", m.group(0).lower())
    unit = (m["unit"] or m["unit2"] or m["unit3"] or "day").lower()
    if m["unit3"]:
        before = m.string[max(0, m.start() - 12):m.start()].lower()
        if unit == "year":
            if re.search(r"\b(?:for|during|over|throughout)\s+$", before):
                return mk(m, DURATION, "P1Y", "a year")
            return mk(m, DATE, year_str(ctx.dct.year), f"the year of {ctx.dct.label()}")
        if ctx.ref is None:
            return None
        return mk(m, DATE, day_value(ctx.ref), f"the day last mentioned, {ctx.ref.label()}")
    anchor = ctx.anchor()
    offset = 0
    if any(w in text for w in ("following", "next", "after")):
        offset = 1
    elif any(w in text for w in ("previous", "preceding", "prior", "before")):
        offset = -1
    how = f"{text}, relative to {anchor.label()}"
    if unit in ("morning", "afternoon", "evening", "night"):
        return mk(m, TIME, f"{day_value(anchor.plus(offset))}T{lx.PARTS_OF_DAY[unit]}", how)
    if unit == "day":
        return mk(m, DATE, day_value(anchor.plus(offset)), how)
    if unit == "week":
        return mk(m, DATE, week_value(anchor.plus(7 * offset)), how)
    if unit == "month":
        base = ctx.ref_month or (anchor.year, anchor.month)
        y, mo = cal.add_months(base[0], base[1], offset)
        return mk(m, DATE, month_value(y, mo), how)
    year = (ctx.ref_year if ctx.ref_year is not None else anchor.year) + offset
    return mk(m, DATE, year_str(year), how)


@rule("refs", r"(?<![\w'])(?P<w>[Nn]ow|[Cc]urrently|[Rr]ight\s+now|[Aa]t\s+present|[Pp]resently|[Nn]owadays|[Tt]hese\s+days|[Tt]he\s+present|[Rr]ecently|[Ll]ately|[Tt]he\s+future|[Tt]he\s+near\s+future|[Tt]he\s+past|[Ss]oon|[Ff]ormerly|[Aa]\s+while\s+ago)(?![\w'])")
def _refs(m: re.Match[str], ctx: Context) -> Timex | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    before = m.string[max(0, m.start() - 12):m.start()].lower()
    after = m.string[m.end():m.end() + 12].lower()
    if w in ("soon", "formerly"):
        return None
    if w == "now" and re.search(r"\bjust\s+$", before):
        return None
    if w == "the past":
        if not re.search(r"\b(?:in|of)\s+$", before) or re.match(r"\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|decade|day)", after):
            return None
    if w in ("now", "currently", "right now", "at present", "presently", "nowadays", "these days", "the present"):
        return mk(m, DATE, "PRESENT_REF", "the time of writing")
    if w in ("the future", "the near future") or w.startswith(("coming", "the coming", "the next few")):
        return mk(m, DATE, "FUTURE_REF", "an unspecified later time")
    return mk(m, DATE, "PAST_REF", "an unspecified earlier time")


# ----------------------------------------------------------------------------------------------
# Times of day
# ----------------------------------------------------------------------------------------------
DAY_AFTER_TIME = rf"(?:,?\s+(?:(?P<dayword>today|yesterday|tomorrow|tonight)|(?:on\s+)?(?P<wd>{WEEKDAY})(?:,?\s+(?P<mon>{MON})\s+(?P<day>{DAYNUM}))?|(?:on\s+)?(?P<mon2>{MON})\s+(?P<day2>{DAYNUM})))?"


@rule("clock", rf"{B}(?:(?P<approx>[Aa]round|[Aa]bout|[Aa]pproximately)\s+)?(?P<h>1[0-2]|0?[1-9])(?::(?P<min>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\.?|[AP]\.\s?M\.?|[ap]m|[AP]M)(?!\w){TZ}?{DAY_AFTER_TIME}")
def _clock(m: re.Match[str], ctx: Context) -> Timex | None:
    hour = int(m["h"]) % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
    minute = m["min"] or "00"
    return _clock_timex(m, ctx, hour, minute)


@rule("clock24", rf"{B}(?P<h>[01]?\d|2[0-3])[:.h](?P<min>[0-5]\d)(?:\s*(?:hrs|hours|h))?(?={TZ}|\s+(?:local\s+time|today|yesterday|on\s))(?:{TZ})?{DAY_AFTER_TIME}")
def _clock24(m: re.Match[str], ctx: Context) -> Timex | None:
    return _clock_timex(m, ctx, int(m["h"]), m["min"])


@rule("noon", rf"{B}(?P<w>[Nn]oon|[Mm]idnight)(?:{DAY_AFTER_TIME})")
def _noon(m: re.Match[str], ctx: Context) -> Timex | None:
    if not (m["dayword"] or m["wd"] or m["mon2"]):
        before = m.string[max(0, m.start() - 10):m.start()].lower()
        if not re.search(r"\b(?:at|by|until|before|after|from)\s+$", before):
            return None
    return _clock_timex(m, ctx, 12 if m["w"].lower() == "noon" else 24, "00")


def _clock_timex(m: re.Match[str], ctx: Context, hour: int, minute: str) -> Timex | None:
    day = ctx.anchor() if ctx.ref is not None and ctx.ref.number != ctx.dct.number else ctx.dct
    how = f"a clock time on {day.label()}"
    if m["dayword"]:
        day = ctx.dct.plus({"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m["dayword"].lower()])
    elif m["mon"] or m["mon2"]:
        resolved = resolve_month_day(month_of(m["mon"] or m["mon2"]), int_day(m["day"] or m["day2"]), ctx, m)
        if resolved:
            day = resolved[0]
    elif m["wd"]:
        day, how = resolve_weekday(lx.WEEKDAYS[m["wd"].lower().rstrip(".")], ctx, m)
    if hour == 24:
        return mk(m, TIME, f"{day_value(day)}T24:00", how)
    return mk(m, TIME, f"{day_value(day)}T{hour:02d}:{minute}", how)


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
    if unit == "decade" and count is not None:
        return f"P{lx.format_count(count * 10)}Y"
    if unit == "weekend":
        return f"P{lx.format_count(count) if count is not None else 'X'}WE"
    if code.startswith("T"):
        return f"PT{lx.format_count(count) if count is not None else 'X'}{code[1]}"
    return f"P{lx.format_count(count) if count is not None else 'X'}{code}"


@rule("duration", rf"{B}{APPROX}?(?:(?P<det>[Tt]he|[Aa]nother|[Aa]n\s+additional|[Aa]\s+further)\s+)?(?:(?P<dir>[Pp]ast|[Ll]ast|[Nn]ext|[Cc]oming|[Pp]revious|[Ff]irst|[Ff]inal|[Oo]ther|[Rr]emaining|[Ee]ntire|[Ff]ull|[Ww]hole)\s+)?(?P<count>{COUNT}|[Ss]everal|[Aa]\s+few|[Ff]ew|[Mm]any|[Cc]ouple\s+of|[Aa]\s+couple\s+of|[Aa]\s+number\s+of)(?:\s+(?:to|or|and)\s+(?P<count2>{COUNT}))?(?:\s+(?:more|additional|full|straight|consecutive|long|short))?(?P<hy>[- ])(?P<unit>{UNIT})(?P<old>[- ]old)?{E}")
def _duration(m: re.Match[str], ctx: Context) -> Timex | None:
    if m["old"] or re.match(r"\s+(?:old|of\s+age)\b", m.string[m.end():m.end() + 10]):
        return None
    count_text = m["count"].lower()
    if count_text in ("a", "an") and m["hy"] == "-":
        return None
    count = lx.parse_count(count_text)
    if m["count2"] and m["dir"]:
        count = None
    if count_text in ("one",) and re.match(r"\s+(?:of|day)\b", m.string[m.end():m.end() + 6]):
        pass
    if count is None and m["count"][0].isdigit():
        return None
    if count is not None and (count > 10_000 or (count >= 1000 and m["count"].isdigit() and len(m["count"]) == 4)):
        return None
    if m["approx"] and m["approx"].lower() in ("about", "around", "roughly", "approximately", "over", "some",
                                               "under", "within", "just", "only"):
        start = m.start() + len(m["approx"])
        while m.string[start].isspace():
            start += 1
        if m["approx"].lower() == "within":
            start = m.start()
    else:
        start = m.start()
    if m["hy"] == "-" and (m["det"] or m["dir"]):
        start = m.start("count")  # "the 44-day war": the article belongs to "war"
    unit = m["unit"]
    if unit.lower().startswith("quarter") and re.match(r"\s+of\b", m.string[m.end():m.end() + 4]):
        return None  # "three-quarters of the vote" is a fraction
    if unit.lower().startswith("second") and count_text in ("a", "one"):
        return None  # "a second term", "one second"
    value = duration_value(count, unit)
    text = m.string[start:m.end()]
    return Timex(start, m.end(), text, DURATION, value, f"{text}: a length of time")


@rule("vague_span", rf"{B}(?:(?P<the>[Tt]he)\s+)?(?P<w>[Rr]ecent|[Cc]oming|[Pp]ast\s+few|[Ll]ast\s+few|[Nn]ext\s+few|[Ff]ew|[Ss]everal)\s+(?P<unit>years|months|weeks|days|decades|hours|quarters){E}")
def _vague_span(m: re.Match[str], ctx: Context) -> Timex | None:
    return mk(m, DURATION, duration_value(None, m["unit"]), f"{m.group(0)}: an unspecified length")


@rule("duration_bare", rf"{B}(?P<unit>[Yy]ears|[Mm]onths|[Ww]eeks|[Dd]ays|[Dd]ecades|[Hh]ours|[Cc]enturies|[Mm]inutes){E}(?!\s+(?:ago|old|later|earlier|before))")
def _duration_bare(m: re.Match[str], ctx: Context) -> Timex | None:
    before = m.string[max(0, m.start() - 12):m.start()].lower()
    if not re.search(r"\b(?:for|over|in|within|took|take|takes|lasted|last)\s+$", before):
        return None
    if re.search(r"\bin\s+$", before) and not re.match(r"\s*[.,;]", m.string[m.end():m.end() + 2]):
        return None
    return mk(m, DURATION, duration_value(None, m["unit"]), "an unspecified length")


@rule("duration_a_unit", rf"{B}(?P<a>[Aa]n?|[Oo]ne)\s+(?P<unit>second|minute|hour|day|week|month|year|decade|century|fortnight)(?!\s+(?:ago|earlier|later|before|after|old))(?!-){E}")
def _duration_a_unit(m: re.Match[str], ctx: Context) -> Timex | None:
    before = m.string[max(0, m.start() - 25):m.start()].lower()
    after = m.string[m.end():m.end() + 12].lower()
    if re.match(r"\s+(?:of|in|when|that|after|before|to)\b", after) and m["unit"].lower() == "day":
        return None
    if re.search(r"(?:\d|once|twice|times|percent|%|\$\S*)\s+$", before) or re.search(r"\b(?:per|each|every)\s+$", before):
        return mk(m, SET, duration_value(1, m["unit"]), f"once a {m['unit']}")
    if m["unit"].lower() == "second":
        return None
    if re.search(r"\b(?:for|over|in|within|about|nearly|almost|than|after|least|of|last|lasted|took|spent|only|just)\s+$", before):
        return mk(m, DURATION, duration_value(1, m["unit"]), f"one {m['unit']}")
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
    return mk(m, SET, duration_value(count or 1, unit), f"every {unit}")


@rule("set_adverb", rf"{B}(?P<w>[Dd]aily|[Ww]eekly|[Mm]onthly|[Aa]nnually|[Yy]early|[Hh]ourly|[Nn]ightly|[Bb]iweekly|[Bb]iannually){E}")
def _set_adverb(m: re.Match[str], ctx: Context) -> Timex | None:
    w = m["w"].lower()
    after = m.string[m.end():m.end() + 20]
    if re.match(r"\s+(?:newspaper|paper|news|Telegraph|Mail|Star|Express|Times|Post|[A-Z])", after):
        return None
    value = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
             "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H", "biannually": "P6M"}[w]
    return mk(m, SET, value, f"{w}")


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
    if not (m["mon"] or m["the"] or m["season"]):
        before = m.string[max(0, m.start() - 12):m.start()].lower()
        if not re.search(r"\b(?:in|since|of|until|by|from|to|during|before|after)\s+$", before):
            return None
    if m["mon"]:
        return mk(m, DATE, month_value(year, month_of(m["mon"])), "year written in words")
    if m["season"]:
        code = lx.SEASON_CODES[m["season"].split()[-1].lower()]
        return mk(m, DATE, f"{year_str(year)}-{code}", "year written in words")
    return mk(m, DATE, year_str(year), "year written in words")


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
             "armistice day": (11, 11), "bastille day": (7, 14), "boxing day": (12, 26)}
    if key in fixed:
        return Day.of(year, *fixed[key])
    if key in ("thanksgiving", "thanksgiving day"):
        return nth_weekday(year, 11, 4, 4)
    if key == "election day":
        return nth_weekday(year, 11, 1, 1).plus(1)
    if key in ("easter", "easter sunday"):
        return Day.of(year, *easter(year))
    if key == "memorial day":
        last = nth_weekday(year, 5, 1, 4)
        return last.plus(7) if last.plus(7).month == 5 else last
    if key == "labor day":
        return nth_weekday(year, 9, 1, 1)
    return None


HOLIDAY = (r"(?:Christmas(?:\s+(?:Day|Eve))?|New\s+Year's\s+(?:Day|Eve)|Independence\s+Day|Thanksgiving(?:\s+Day)?"
           r"|Election\s+Day|Easter(?:\s+Sunday)?|Valentine's\s+Day|Halloween|Veterans\s+Day|Armistice\s+Day"
           r"|Bastille\s+Day|Boxing\s+Day|Memorial\s+Day|Labor\s+Day)")


@rule("holiday", rf"{B}(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<h>{HOLIDAY})(?:,?\s+(?P<year>{YEAR}))?{E}")
def _holiday(m: re.Match[str], ctx: Context) -> Timex | None:
    name = m["h"]
    if m["year"]:
        day = holiday_day(name, int(m["year"]))
        how = f"{name} {m['year']}"
    else:
        dct = ctx.dct
        this_year = holiday_day(name, dct.year)
        if this_year is None:
            return None
        rel = (m["rel"] or "").lower()
        tense = ctx.tense(m.start(), m.end())
        if rel == "last" or (not rel and tense == "past" and this_year.number > dct.number):
            day = this_year if this_year.number < dct.number else holiday_day(name, dct.year - 1)
        elif rel == "next" or (not rel and tense == "future" and this_year.number < dct.number):
            day = this_year if this_year.number > dct.number else holiday_day(name, dct.year + 1)
        else:
            day = this_year
        how = f"{name}, the one nearest {dct.label()}"
    if day is None:
        return None
    if name.lower().startswith("easter") and "week" in m.string[m.end():m.end() + 6].lower():
        return None
    return mk(m, DATE, day_value(day), how)


@rule("month_rel_year", rf"{B}(?:{MOD})?(?P<mon>{MON_FULL}|{MON_ABBR})\s+(?:of\s+)?(?P<rel>last|this|next)\s+year{E}")
def _month_rel_year(m: re.Match[str], ctx: Context) -> Timex | None:
    year = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[m["rel"]]
    return mk(m, DATE, month_value(year, month_of(m["mon"])), f"{m['mon']} of {m['rel']} year", mod=mod_code(m["mod"]))


@rule("week_of", rf"{B}[Tt]he\s+week\s+of\s+(?P<mon>{MON})\s+(?P<day>{DAYNUM})(?:,?\s+(?P<year>{YEAR}))?{E}")
def _week_of(m: re.Match[str], ctx: Context) -> Timex | None:
    mo, d = month_of(m["mon"]), int_day(m["day"])
    if m["year"]:
        if not valid_day(int(m["year"]), mo, d):
            return None
        day = Day.of(int(m["year"]), mo, d)
    else:
        resolved = resolve_month_day(mo, d, ctx, m)
        if resolved is None:
            return None
        day = resolved[0]
    return mk(m, DATE, week_value(day), f"the week of {day.label()}")


@rule("weekend", rf"{B}(?P<w>[Tt]he|[Tt]his|[Ll]ast|[Nn]ext)\s+weekend{E}")
def _weekend(m: re.Match[str], ctx: Context) -> Timex | None:
    w = m["w"].lower()
    dct = ctx.dct
    if w == "last" or (w == "the" and ctx.tense(m.start(), m.end()) != "future"):
        base = dct.plus(-7) if dct.weekday < 6 else dct
        how = f"the weekend before {dct.label()}"
    elif w == "next" or w == "the":
        base = dct.plus(7) if dct.weekday >= 6 else dct
        how = f"the weekend after {dct.label()}"
    else:
        base = dct
        how = f"the weekend of the week of {dct.label()}"
    return mk(m, DATE, week_value(base) + "-WE", how)


@rule("year_period", rf"{B}[Tt]he\s+(?P<year>{YEAR})\s+(?:fiscal\s+)?(?P<unit>quarter|period){E}")
def _year_period(m: re.Match[str], ctx: Context) -> Timex | None:
    if not ctx.quarterly:
        return None
    q = (ctx.ref_quarter % 4 + 1) if ctx.ref_quarter is not None else (ctx.dct.quarter + 2) % 4 + 1
    return mk(m, DATE, quarter_value(int(m["year"]), q), "the same quarter of that year")


@rule("rel_year_period", rf"{B}(?:(?P<ly>[Ll]ast\s+year's)\s+(?:fiscal\s+)?(?:quarter|period)|[Tt]he\s+(?:corresponding|comparable|same)\s+(?:period|quarter)\s+(?:of\s+)?last\s+year|[Tt]he\s+quarter\s+a\s+year\s+(?:ago|earlier)){E}")
def _rel_year_period(m: re.Match[str], ctx: Context) -> Timex | None:
    return mk(m, DATE, _year_ago_value(ctx) if ctx.quarterly else year_str(ctx.dct.year - 1), "the same period a year before")


@rule("period", rf"{B}[Tt]he\s+(?P<w>latest|year-earlier|year-ago|comparable|same|prior-year|year\s+earlier)\s+(?:fiscal\s+)?period{E}")
def _period(m: re.Match[str], ctx: Context) -> Timex | None:
    if not ctx.quarterly:
        return None
    index = ctx.dct.year * 4 + ctx.dct.quarter - 1 + (-1 if m["w"].lower() == "latest" else -5)
    return mk(m, DATE, quarter_value(index // 4, index % 4 + 1), "the quarter reported" if m["w"].lower() == "latest" else "the quarter a year before")


# ----------------------------------------------------------------------------------------------
# The tagger
# ----------------------------------------------------------------------------------------------
MAX_CANDIDATES_PER_RULE = 200_000


def _select(candidates: list[tuple[int, int, int, Rule, re.Match[str]]], size: int) -> list[tuple[Rule, re.Match[str]]]:
    """Longest span wins; among equals, the rule declared first. Kept spans never overlap.

    Occupied characters are marked in a bytearray, so each check is one C-level scan of the
    span: linear in the text, whatever the number of candidates.
    """
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    occupied = bytearray(size)
    chosen = []
    for start, end, _prio, r, m in candidates:
        if occupied.find(1, start, end) != -1:
            continue
        occupied[start:end] = b"\x01" * (end - start)
        chosen.append((start, r, m))
    chosen.sort(key=lambda c: c[0])
    return [(r, m) for _, r, m in chosen]


def _update_reference(ctx: Context, timex: Timex) -> None:
    """Remember the last absolute date, the anchor of "the next day" and "two days later"."""
    if timex.type not in (DATE, TIME) or timex.value.endswith("_REF"):
        return
    v = timex.value
    m = re.match(r"^([+-]?\d{4,})-(\d{2})-(\d{2})", v)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        if valid_day(y, mo, d):
            ctx.ref = Day.of(y, mo, d)
            ctx.ref_month = (y, mo)
            ctx.ref_year = y
        return
    m = re.match(r"^([+-]?\d{4,})-(\d{2})$", v)
    if m:
        ctx.ref_month = (int(m[1]), int(m[2]))
        ctx.ref_year = int(m[1])
        return
    q = re.match(r"^([+-]?\d{4,})-Q([1-4])$", v)
    if q:
        ctx.ref_quarter = int(q[1]) * 4 + int(q[2]) - 1
    m = re.match(r"^([+-]?\d{4,})(?:$|-[QHW]|-(?:SP|SU|FA|WI))", v)
    if m:
        ctx.ref_year = int(m[1])


def tag(text: str, dct: date | Day | None = None, language: str | None = None) -> list[Timex]:
    """Every temporal expression in `text`, with values anchored to the publication date `dct`.

    Never raises on any input; spans are inside the text and never overlap.
    """
    if not text:
        return []
    if dct is None:
        dct = date.today()
    day = dct if isinstance(dct, Day) else Day.of(dct.year, dct.month, dct.day)
    if language is None:
        from timeline_app.extraction.language import guess_language

        language = guess_language(text)
    if language != "en":
        from timeline_app.extraction.foreign_dates import tag_foreign

        return tag_foreign(text, day, language)
    ctx = Context(text=text, dct=day)
    ctx.quarterly = len(re.findall(r"\bquarter\b|\bquarterly\b|-quarter\b", text[:20_000], re.IGNORECASE)) >= 2
    candidates: list[tuple[int, int, int, Rule, re.Match[str]]] = []
    lowered = text.lower()
    for r in _RULES:
        needs = RULE_NEEDS.get(r.name)
        if needs and not any(word in lowered for word in needs):
            continue  # the rule cannot match: skip its scan of the whole text
        for count, m in enumerate(r.pattern.finditer(text)):
            if count >= MAX_CANDIDATES_PER_RULE:
                break
            if m.end() > m.start():
                candidates.append((m.start(), m.end(), r.priority, r, m))
    results: list[Timex] = []
    last_end = 0
    by_start: dict[int, list[tuple[int, int, int, Rule, re.Match[str]]]] = {}
    for cand in candidates:
        by_start.setdefault(cand[0], []).append(cand)
    for r, m in _select(candidates, len(text)):
        produced = _run(r, m, ctx)
        if produced is None:
            # The winning reading was refused ("the next day" is no duration): try the shorter
            # readings inside the same span, best first.
            inside = [c for pos in range(m.start(), m.end()) for c in by_start.get(pos, ()) if c[1] <= m.end()
                      and c[4] is not m]
            inside.sort(key=lambda c: (-(c[1] - c[0]), c[2]))
            for _s, _e, _p, alt_rule, alt_match in inside:
                produced = _run(alt_rule, alt_match, ctx)
                if produced is not None:
                    break
        if produced is None:
            continue
        for timex in produced if isinstance(produced, list) else [produced]:
            if timex.start < last_end or timex.end <= timex.start:
                continue
            text_span = text[timex.start:timex.end]
            trimmed = text_span.rstrip(" ,")
            timex = Timex(timex.start, timex.start + len(trimmed), trimmed, timex.type, timex.value, timex.derivation,
                          timex.mod, timex.range_id, timex.range_role)
            results.append(timex)
            last_end = timex.end
            _update_reference(ctx, timex)
    return _link_ranges(results, text, ctx)


def _run(r: Rule, m: re.Match[str], ctx: Context) -> list[Timex] | Timex | None:
    try:
        return r.handler(m, ctx)
    except (ValueError, KeyError, OverflowError, IndexError, TypeError):
        return None


_UNIT_WORDS = ("second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year", "decade",
               "centur", "millenni")
#: Words without which a rule cannot match (lower case); rules not listed always run.
RULE_NEEDS: dict[str, tuple[str, ...]] = {
    "bc_year": ("bc", "b.c", "ad", "a.d", "ce"),
    "the_year_n": ("the year",),
    "decade_words": ("ties", "'"),
    "century": ("century",),
    "season_year": ("spring", "summer", "fall", "autumn", "winter"),
    "season_rel": ("spring", "summer", "fall", "autumn", "winter"),
    "quarter": ("quarter",),
    "q_number": ("q1", "q2", "q3", "q4"),
    "quarter_rel": ("quarter",),
    "half": ("half",),
    "today": ("today", "yesterday", "tomorrow"),
    "part_of_day": ("morning", "afternoon", "evening", "night", "midday", "mid-day"),
    "weekday": ("day",),
    "rel_unit": ("week", "month", "year", "decade", "century", "day"),
    "earlier_this": ("this", "last", "next", "that"),
    "year_ago_adj": ("year-", "year end", "prior-year"),
    "ago": ("ago", "earlier", "later", "from now", "hence", "previously", "back"),
    "anaphoric": ("day", "week", "month", "year", "morning", "afternoon", "evening", "night"),
    "clock": ("am", "a.m", "pm", "p.m"),
    "clock24": (":", "h"),
    "noon": ("noon", "midnight"),
    "duration": _UNIT_WORDS,
    "vague_span": _UNIT_WORDS,
    "duration_bare": _UNIT_WORDS,
    "duration_a_unit": _UNIT_WORDS,
    "set": ("every", "each", "per"),
    "set_adverb": ("daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "biweekly", "biannually"),
    "spelled_year": ("thousand", "nineteen", "eighteen", "twenty"),
    "holiday": ("christmas", "new year", "independence", "thanksgiving", "election day", "easter", "valentine",
                "halloween", "veterans", "armistice", "bastille", "boxing day", "memorial day", "labor day"),
    "month_rel_year": ("year",),
    "week_of": ("week of",),
    "weekend": ("weekend",),
    "year_period": ("quarter", "period"),
    "rel_year_period": ("quarter", "period"),
    "period": ("period",),
    "iso": ("-",),
    "dotted": (".",),
    "slashed": ("/",),
    "year_range": ("-", "–", "/"),
    "month_day_range": ("-", "–", " to ", "through", " and "),
}


RANGE_JOINER = re.compile(r"^\s*(?:to|through|until|till|and|-|–|—)\s*$", re.IGNORECASE)
RANGE_OPENER = re.compile(r"(?:\bfrom|\bbetween)\s+$", re.IGNORECASE)


def _link_ranges(timexes: list[Timex], text: str, ctx: Context) -> list[Timex]:
    """Pair "from 1988 to 1994" and "between March and May" as the two ends of one range."""
    out = list(timexes)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.range_id is not None or b.range_id is not None or a.type != DATE or b.type != DATE:
            continue
        if not RANGE_JOINER.match(text[a.end:b.start]):
            continue
        opener = RANGE_OPENER.search(text[max(0, a.start - 10):a.start])
        joiner = text[a.end:b.start].strip().lower()
        if joiner == "and" and not opener:
            continue
        if "_REF" in a.value or "_REF" in b.value:
            continue
        ctx.range_counter += 1
        rid = ctx.range_counter
        out[i] = Timex(a.start, a.end, a.text, a.type, a.value, a.derivation, a.mod, rid, "start")
        out[i + 1] = Timex(b.start, b.end, b.text, b.type, b.value, b.derivation, b.mod, rid, "end")
    return out


def clause_tense(text: str, start: int, end: int) -> str | None:
    """"future", "past" or None for the clause around text[start:end] (used for event status)."""
    return Context(text=text, dct=Day(0)).tense(start, end)
