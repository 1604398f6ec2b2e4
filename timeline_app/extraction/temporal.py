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
from dataclasses import replace
from datetime import date

from timeline_app.extraction.temporal_core import *  # noqa: F403

# Importing the grammar registers its rules, in priority order: on equal spans the rule
# registered first wins, so this order is part of the grammar.
# isort: off
from timeline_app.extraction import rules_calendar  # noqa: F401, E402
from timeline_app.extraction import rules_relative  # noqa: F401, E402
from timeline_app.extraction import rules_durations  # noqa: F401, E402
from timeline_app.extraction import rules_named  # noqa: F401, E402
# isort: on

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


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Whether nothing but punctuation shares the date's line (looked for within 80 characters each
    side: a long line is no heading, and a search to its ends made one long paragraph quadratic)."""
    before = text[max(0, start - 80):start]
    after = text[end:end + 80]
    if "\n" not in before and start > 80 or "\n" not in after and end + 80 < len(text):
        return False
    rest = before[before.rfind("\n") + 1:] + after.split("\n", 1)[0]
    return not rest.strip(" \t\r,.:;|–—-*#_=")  # (and a heading's marks: "## 2023", "**2024**")


_LATE_BEFORE = re.compile(r"\b[Ll]ate\s+(?:on\s+)?$")
#: A saying right before a date: the date is when a source spoke.
_SAID_BEFORE = re.compile(r"\b(?:said|says|told\s+\w+|reported|announced|confirmed)\s+(?:(?:late|early)\s+)?(?:on\s+)?$")
#: "Since" right before a day: the day bounds a state, and is no day the story is at.
_BOUND_BEFORE = re.compile(r"\b[Ss]ince\s+(?:the\s+)?$")
#: A date between a determiner and a noun names a thing ("the September 2023 attack"), not the time
#: the story has come to.
_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|his|her|a|an)\s+$")
#: A thing a month names by "of", right before it: "The riots of ", "the elections of " (not a part of the month: "the
#: end of", "the first half of").
_THING_OF_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}(?!(?:end|start|beginning|middle|half|part|"
                              r"rest|course|turn|close|month|week|weekend|summer|spring|autumn|fall|winter|days?|weeks?|"
                              r"months?)\s)[a-z]{3,}s?\s+of\s+$")
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|to|of|in|on|at|by|for|when|that|was|were|is|are|had|has)\b)[a-z]{3,}")


#: A ranking or a count of times since a date, right before it: "for the first time since ", "the deadliest … since ".
_RANKED_SINCE_BEFORE = re.compile(r"\b(?:(?:the|its|her|his|their)\s+(?:first|second|third|biggest|largest|deadliest|worst|"
                                  r"bloodiest|highest|lowest|longest|most\s+\w+)|any\s+time|times|occasions)\b[^,;.]{0,50}\s"
                                  r"since\s+(?:the\s+)?"
                                  r"(?:(?:early|late|mid)[\s-]+)?$", re.I)


#: A sentence told in the past up to a target year, with no present or future in it: "At the summit in June 2025 they
#: [agreed] to lift spending to 3.5% by ".
_PAST_SETTING_BEFORE = re.compile(r"(?:(?!\b(?:is|are|will|would|has|have|remains?|hopes?|expects?)\b)[^;])*?"
                                  r"\b(?:[a-z]{3,}ed|set|made|gave|took)\b"
                                  r"(?:(?!\b(?:is|are|will|would|has|have|remains?|hopes?|expects?)\b)[^;])*", re.IGNORECASE)
#: What makes the year after it a deadline or an end: "[by ]2035", "[until ]2030".
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|before)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)


def _remember_month_named(ctx: Context, timex: Timex) -> None:
    """Keep a month told only as a bound or a yardstick as the month named, which a paragraph taking up its story reads a
    bare day of, though the story's own time stays where it was."""
    month_named = re.fullmatch(r"(\d{4})-(\d{2})", timex.value)
    if month_named is not None:
        ctx.named_month, ctx.ref_month_at = (int(month_named[1]), int(month_named[2])), timex.start


def _update_reference(ctx: Context, timex: Timex) -> None:
    """Remember the last absolute date, the anchor of "the next day" and "two days later"."""
    if timex.value == "PRESENT_REF" or timex.type in (DATE, TIME) and re.match(r"\d{4}", timex.value) \
            and int(timex.value[:4]) >= ctx.dct.year - 1:
        ctx.present_told = True  # (the text speaks of its own time: no retrospective)
    elif timex.type == DATE and re.match(r"\d{4}", timex.value) and re.search(r"\d{4}", timex.text):
        ctx.past_years_written += 1
    if ctx.ref_year is not None and ctx.ref_year <= ctx.dct.year and re.fullmatch(r"\d{4}", timex.value) \
            and int(timex.value) > ctx.dct.year and _DEADLINE_BEFORE.search(ctx.text, max(0, timex.start - 12), timex.start) \
            and _PAST_SETTING_BEFORE.fullmatch(ctx.text, max(ctx.sentence_bounds(timex.start)[0], timex.start - 300),
                                               timex.start):  # (bounded: a sentence may be a page long)
        # "…agreed in June 2025 to lift spending to 3.5% by 2035, and the plan, unveiled in March of that year…": a target
        # year ahead is no time a story of the past has come to
        return
    written = re.match(r"\d{4}", timex.value) if timex.type == DATE else None
    if written is not None and written.group() in timex.text \
            and not (_DETERMINER_BEFORE.search(ctx.text, max(0, timex.start - 8), timex.start)
                     and _NOUN_AFTER.match(ctx.text, timex.end)):  # (not one that names a thing: "the 2015 nuclear deal")
        ctx.written_year = (int(written.group()), timex.start)
    if timex.type not in (DATE, TIME) or timex.value.endswith("_REF") or timex.comparison:
        return
    if _RANKED_SINCE_BEFORE.search(ctx.text, max(0, timex.start - 70), timex.start):
        # "For the first time since 1972, …": a yardstick, not a time the story has come to (its month is still one a
        # paragraph may take up: "…the first step since a truce ended the fighting in late July of last year. / The
        # fighting … before the truce took effect on July 28")
        _remember_month_named(ctx, timex)
        return
    if timex.type == TIME and ctx.ref_clock and 0 <= timex.start - ctx.ref_clock_at < 60 \
            and re.search(r"[(\[][ \t]*$", ctx.text[max(0, timex.start - 3):timex.start]):
        return  # "at 0137 local time (2337 GMT on Friday)": the same moment in another zone; the story's day stays
    v = timex.value
    if ctx.ref is not None and _PLUPERFECT_RELATIVE_BEFORE.search(ctx.text, max(0, timex.start - 60), timex.start) \
            and ctx.ref_at >= ctx.sentence_bounds(timex.start)[0]:
        # "…signed a cessation of hostilities in Pretoria, ending a war that had begun on Nov. 4, 2020. The agreement was
        # followed ten days later…": a look back in a relative clause leaves the story at the day the sentence told
        return
    if _SUBJECT_ASIDE_TO_DATE.search(ctx.text, max(0, timex.start - 80), timex.start) \
            and _ASIDE_CLOSE_THEN_PRESENT.match(ctx.text, timex.end):
        # "President Hassan Sheikh Mohamud, elected by that system in May 2022, has promised direct local elections by June
        # and a national vote later in the year": the subject's background, set off before a main clause of now, leaves the
        # story where it was
        _remember_month_named(ctx, timex)
        return
    since_year = re.match(r"\d{4}", v) if ctx.ref_year is not None and _SINCE_RIGHT_BEFORE.search(
        ctx.text, max(0, timex.start - 30), timex.start) else None
    if since_year is not None and int(since_year.group()) < ctx.ref_year != ctx.dct.year:
        # "…declared that the state of war that had lasted since 1998 was over. A year later…": a state's start looked
        # back to from a story of a later past year leaves the story where it was (told from now, "held since 2022, some
        # since the fall of Kherson that March", it is the year the story goes back to)
        return
    decade = re.fullmatch(r"(\d{3})X?", v)
    if decade and timex.type == DATE:  # "In the early 1990s …": "that decade" is it
        ctx.ref_decade = int(decade[1])
        return
    ctx.ref_decade = None
    if v.endswith("-WE") and re.fullmatch(r"(?:The\s+)?[Ww]eekend", timex.text):
        return  # ("Friday: … / Weekend: Voters go to the polls on Sunday": a schedule's label; its weekdays go on from Friday)
    told_before_at = ctx.ref_at
    if re.match(r"^[+-]?\d{4,}", v):
        ctx.ref_at = timex.start
    # (the bounded looks first: a sentence's bounds cost a search per date in a list of thousands)
    if ctx.ref_year is not None and told_before_at >= 0 and re.match(r"^[+-]?\d{4,}-\d{2}", v) \
            and (SINCE_CLAUSE_BEFORE.search(ctx.text, max(0, timex.start - 80), timex.start) and "-" not in v[5:]
                 or _COUNTED_FROM_BEFORE.search(ctx.text, max(0, timex.start - 90), timex.start)) \
            and told_before_at >= ctx.sentence_bounds(timex.start)[0] \
            and not _TOLD_FROM_IT_AFTER.search(ctx.text, timex.end, min(ctx.sentence_bounds(timex.start)[1], timex.end + 300)):
        # "…an informal meeting in Geneva in March 2025, the first since the collapse of talks in July 2017. A second
        # round followed that July", "The dialogue began in March 2011, three years after Kosovo declared independence on
        # 17 February 2008. Agreements followed that summer": a bound counted from leaves the story at the date its
        # sentence told before it
        ctx.ref_at = told_before_at
        _remember_month_named(ctx, timex)  # (a month a later paragraph may take up, as above)
        return
    if ctx.ref_month is not None and ctx.ref_grain in ("day", "month") and told_before_at >= 0 \
            and re.fullmatch(r"\d{4}-\d{2}", v) and (int(v[:4]), int(v[5:])) < ctx.ref_month \
            and _CAME_AFTER_BEFORE.search(ctx.text, max(0, timex.start - 90), timex.start) \
            and told_before_at >= ctx.sentence_bounds(timex.start)[0] \
            and not _TOLD_FROM_IT_AFTER.search(ctx.text, timex.end, min(ctx.sentence_bounds(timex.start)[1], timex.end + 300)):
        # "Kosovo held snap elections in late December 2025, …, after the parliament elected in February failed to form a
        # government. The new cabinet took office a fortnight later": what the sentence's happening came after leaves the
        # story at the date the sentence told
        ctx.ref_at = told_before_at
        _remember_month_named(ctx, timex)
        return
    m = re.match(r"^([+-]?\d{4,})-(\d{2})-(\d{2})", v)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        if valid_day(y, mo, d):
            if ctx.ref is not None and "T" not in v and _DETERMINER_BEFORE.search(ctx.text, max(0, timex.start - 8), timex.start) \
                    and _NOUN_AFTER.match(ctx.text, timex.end):
                # "…three days after the commission said it would announce results of [the Nov. 23 presidential vote]. By
                # early afternoon…": a day that names a thing is not the day the story has come to
                return
            sentence_start = ctx.sentence_bounds(timex.start)[0]
            if ctx.ref is not None and "T" not in v and ctx.ref_day_at >= sentence_start \
                    and Day.of(y, mo, d).number < ctx.ref.number and re.match(r"['’]s\s+[a-z]", ctx.text[timex.end:timex.end + 5]) \
                    and ctx.ref_day_at >= sentence_start + dateline_end(ctx.text[sentence_start:timex.start]):
                # (a wire dateline's day is the telling's, no day of the story: "LUANDA, Nov. 25, 2026 — Tuesday's talks
                # … ended late in the evening" is Tuesday evening)
                # "Officers said on Wednesday they had taken control, a day before the results of [Sunday's] elections
                # were due. Gunfire was heard around midday": an earlier day's possessive names a thing looked back to,
                # and leaves the story at the day its sentence told before it (a day ahead is where it goes: "…ahead of
                # Monday's summit, which opens at 10 a.m.")
                return
            if ctx.ref is not None and SINCE_CLAUSE_BEFORE.search(ctx.text, max(0, timex.start - 80), timex.start):
                # "…handed over on Sunday, the fifth release since the truce took effect on Nov. 16. The handover took
                # place at about 3:30 p.m.": a bound counted from leaves the story at its day
                return
            ago = _YEARS_AGO_BEFORE.search(ctx.text, max(0, timex.start - 40), timex.start)
            back = lx.parse_count(ago["count"]) if ago is not None else None
            if isinstance(back, int) and valid_day(y - back, mo, d):
                # "A year ago on Monday, rebel fighters entered Damascus. The offensive had begun 11 days earlier": the
                # story is at the day counted back, as the pair is read once tagged
                y -= back
            ctx.ref_said = bool(_SAID_BEFORE.search(ctx.text, max(0, timex.start - 30), timex.start))
            ctx.ref_bound = bool(_BOUND_BEFORE.search(ctx.text, max(0, timex.start - 12), timex.start))
            if ctx.ref_said and ctx.ref is not None:  # ", sources said early Wednesday": the story's day stays at hand
                ctx.unsaid_ref, ctx.unsaid_ref_at, ctx.unsaid_night = ctx.ref, ctx.ref_day_at, ctx.ref_night
            # (a day read as the story going on, or counted on from one in its year: "…on Oct. 25. It broke down the
            # following morning")
            ctx.ref_day_of_story = "the story going on" in timex.derivation or (
                ctx.ref_day_of_story and ctx.ref is not None and y == ctx.ref.year and not re.search(r"\d{4}", timex.text))
            ctx.ref = Day.of(y, mo, d)
            ctx.ref_day_at = timex.start
            remember_entry_day(ctx, timex.start)
            if ctx.ref.number <= ctx.dct.number:
                ctx.past_ref = ctx.ref
            else:
                ctx.ahead_ref, ctx.ahead_ref_at = ctx.ref, timex.start
            if CLOCK_VALUE.match(v):
                ctx.ref_clock, ctx.ref_clock_at = v, timex.start
            # a night, a clock time late in the evening, or a day named late ("late on Monday")
            ctx.ref_evening = bool(re.search(r"T(?:EV|19)", v))
            ctx.ref_night = bool(re.search(r"T(?:NI|2[0-4])", v)) or (
                "T" not in v and bool(_LATE_BEFORE.search(ctx.text, max(0, timex.start - 12), timex.start)))
            ctx.ref_month = (y, mo)
            ctx.ref_year = y
            ctx.ref_grain = "day"
            if _alone_on_its_line(ctx.text, timex.start, timex.end):
                ctx.header_day = ctx.ref  # "Tuesday 28 November" heading the entries of a live page
        return
    m = re.match(r"^([+-]?\d{4,})-(\d{2})$", v)
    if m and MONTH_NAMED_THING_OF_YEAR.match(ctx.text, timex.end):
        return  # ("after the October war of the year before": the story stays where it was, which "the year before" counts from)
    if m:
        ctx.ref_month_names_a_thing = bool(_DETERMINER_BEFORE.search(ctx.text, max(0, timex.start - 8), timex.start)
                                           and _NOUN_AFTER.match(ctx.text, timex.end)) \
            or bool(_THING_OF_BEFORE.search(ctx.text, max(0, timex.start - 40), timex.start))  # ("The riots of May 2024")
        ctx.ref_month = ctx.named_month = (int(m[1]), int(m[2]))
        ctx.ref_month_at = timex.start
        ctx.ref_year = int(m[1])
        ctx.ref_grain = "month"
        return
    q = re.match(r"^([+-]?\d{4,})-Q([1-4])$", v)
    if q:
        ctx.ref_quarter = int(q[1]) * 4 + int(q[2]) - 1
        ctx.ref_quarter_at = timex.start
        current = ctx.dct.year * 4 + ctx.dct.quarter - 1
        if ctx.lead_quarter is None and current - 4 < ctx.ref_quarter <= current:
            ctx.lead_quarter = ctx.ref_quarter
    w = re.match(r"^([+-]?\d{4,})-W(\d{2})(?:-WE)?$", v)
    if w and 1 <= int(w[2]) <= 53:  # a week (or its weekend) stands for its month: "six weeks later, on Nov. 9"
        thursday = Day(cal.iso_week_start(int(w[1]), int(w[2])) + 3)
        ctx.ref_month = (thursday.year, thursday.month)
        ctx.ref_year = thursday.year
        ctx.ref_grain = "month"
        return
    period = re.match(r"^(\d{4})-(H[12]|Q[1-4])$", v)
    if period is not None:  # the months a half or quarter spans, which a bare month after it in its sentence falls in
        first = {"H1": 1, "H2": 7, "Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10}[period[2]]
        ctx.ref_period, ctx.ref_period_at = (int(period[1]), first, first + (5 if period[2][0] == "H" else 2)), timex.start
    season = re.match(r"^(\d{4})-(SP|SU|FA|WI)$", v)
    # (a winter is the one that begins in its year's December: the middle of "2024-WI" is January 2025)
    ctx.ref_season_middle = Day.of(int(season[1]) + (season[2] == "WI"), {"SP": 4, "SU": 7, "FA": 10, "WI": 1}[season[2]], 15) \
        if season else None
    m = re.match(r"^([+-]?\d{4,})(?:$|-[QHW]|-(?:SP|SU|FA|WI))", v)
    if m and re.fullmatch(r"\d{4}", v) and ctx.ref_month is not None and ctx.ref_grain == "month" \
            and int(v) < ctx.ref_month[0] and ctx.ref_month_at >= ctx.sentence_bounds(timex.start)[0]:
        # "In March 2025, the presidents signed a treaty, after clashes in 2021 and 2022 killed… A summit followed two weeks
        # later": a year looked back to within the sentence leaves the story at its month
        return
    if m:
        if re.fullmatch(r"\d{4}", timex.text) and _DETERMINER_BEFORE.search(ctx.text, max(0, timex.start - 8), timex.start) \
                and _NOUN_AFTER.match(ctx.text, timex.end) \
                and not re.search(r"\b(?:in|at|during)\s+an?\s+$", ctx.text[max(0, timex.start - 12):timex.start]):
            # "the 2015 nuclear deal": a year that names a thing is not the year the story has come to (but one a happening
            # came about in is: "changed the constitution in a 2019 referendum… protests the following spring")
            return
        ctx.ref_year = int(m[1])
        ctx.ref_grain = "year"
        # ("This year", "Last year" heading them too)
        if re.fullmatch(r"\d{4}|(?i:(?:earlier\s+|so\s+far\s+|later\s+)?this\s+year|last\s+year|next\s+year)", timex.text) \
                and _alone_on_its_line(ctx.text, timex.start, timex.end):
            ctx.header_year, ctx.header_scanned = ctx.ref_year, timex.end  # "2023" heading a chronology's entries


#: A participle set off after a subject, up to its date: "[Mohamud, elected by that system in ]May 2022".
_SUBJECT_ASIDE_TO_DATE = re.compile(r"[\w.'’],\s+(?:(?:first|initially|originally|already|once|later|twice)\s+)?"
                                    r"(?:[a-z]{3,}(?:ed|en)|chosen|sworn|won|held|led)\s[^,;:.]{0,60}?\s(?:in|on|at|during)\s+"
                                    r"(?:the\s+)?$")
#: The aside's closing comma, then a main verb of now (a perfect, a present or a future): ", has promised", ", will".
_ASIDE_CLOSE_THEN_PRESENT = re.compile(r"[^,;:.]{0,20},\s+(?:[a-z]+ly\s+)?(?:has|have|is|are|will|says|remains)\s")
#: A time clause of what came before, up to its date, no comma between: "after the parliament elected in ".
_CAME_AFTER_BEFORE = re.compile(r"\b(?:after|following)\s+(?!(?:that|which|this|then|it)\b)[^.;:!?,]{0,80}$")
#: A length counted from a happening, up to the happening's date: "three years after Kosovo declared independence on ",
#: "six months after the coup in ".
_COUNTED_FROM_BEFORE = re.compile(rf"\b(?:{COUNT}|a|an|a\s+few|several|some)\s+(?:years?|months?|weeks?|days?|decades?)\s+"
                                  r"(?:after|since)\s+"
                                  r"[^,;.()]{0,60}?\s+(?:on|in)\s+(?:(?:early|late|mid-?)\s*)?$")
#: A date told from the one before it later in its sentence: "…after closing it in January 2024 over accusations that
#: rebels attacked [the previous month]" (the look back is where the sentence's story then is).
_TOLD_FROM_IT_AFTER = re.compile(r"\b(?:(?:the\s+(?:previous|following|next|same|preceding)|that)\s+(?:day|week|weekend|month|"
                                 rf"year|summer|spring|autumn|fall|winter)|(?:a|{COUNT})\s+(?:days?|weeks?|months?|years?)"
                                 r"\s+(?:earlier|later|before))\b", re.IGNORECASE)
#: "Since" right before its date, a bound the date is: "had lasted [since ]", "in power since [late ]".
_SINCE_RIGHT_BEFORE = re.compile(r"\b[Ss]ince\s+(?:(?:early|late|mid-?)\s*|the\s+(?:start|end|beginning|middle)\s+of\s+)?$")
#: A relative clause's pluperfect right before its date: "a war [that had begun on ]", "talks [which had stalled in ]".
_PLUPERFECT_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+had\s+(?:been\s+)?(?:[a-z]+ly\s+)?[a-z]{3,}\s+"
                                         r"(?:[\w'’-]+\s+){0,4}?(?:on|in)\s+$")
#: A look back from a narrative's time, which does not move it: "had been killed", "had already signed".
_PLUPERFECT = re.compile(r"\bhad\s+(?:(?:not|never|already|first|long|earlier|previously)\s+)?"
                         r"(?:been|[a-z]{2,}(?:ed|en|wn|ne|ught|aid|ft|lt|nt|ck|ld|de|un|ook))\b")


_IN_BRACKETS = re.compile(r"\([^()]*$")


#: A blank line: no expression runs across one (a month ending a paragraph and the next one's number).
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def tag(text: str, dct: date | Day | None = None, language: str | None = None, narrative: bool = False) -> list[Timex]:
    """Every temporal expression in `text`, with values anchored to the publication date `dct` — or, in
    a `narrative` (an encyclopedia's entry), a date without its year to the year the text last named.

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

        return tag_foreign(text, day, language, narrative=narrative)
    ctx = Context(text=text, dct=day, narrative=narrative)
    ctx.quarterly = len(re.findall(r"\bquarter\b|\bquarterly\b|-quarter\b", text[:20_000], re.IGNORECASE)) >= 2
    candidates: list[tuple[int, int, int, Rule, re.Match[str]]] = []
    lowered = text.lower()
    for r in RULES:
        needs = RULE_NEEDS.get(r.name)
        if needs and not any(word in lowered for word in needs):
            continue  # the rule cannot match: skip its scan of the whole text
        counts = "count" in r.pattern.groupindex  # (looked up once a rule, not once a match)
        for count, m in enumerate(r.pattern.finditer(text)):
            if count >= MAX_CANDIDATES_PER_RULE:
                break
            if m.end() > m.start() and not _PARAGRAPH_BREAK.search(m.group()) and not (counts and _counts_a_year(m)):
                candidates.append((m.start(), m.end(), r.priority, r, m))
    results: list[Timex] = []
    last_end = 0
    by_start: dict[int, list[tuple[int, int, int, Rule, re.Match[str]]]] = {}
    for cand in candidates:
        by_start.setdefault(cand[0], []).append(cand)
    for r, m in _select(candidates, len(text)):
        produced = _run(r, m, ctx)
        if produced is None:
            # The winning reading was refused ("the next day" is no duration): the shorter readings
            # inside the same span, best first, as many as do not overlap ("Monday and Tuesday").
            # (…or one that starts inside it and runs on past it: "at least [the first two quarters of 1990]", "on Monday
            # and [Tuesday nights]")
            inside = [c for pos in range(m.start(), m.end()) for c in by_start.get(pos, ()) if c[4] is not m]
            inside.sort(key=lambda c: (-(c[1] - c[0]), c[2]))
            taken: list[tuple[int, int]] = []
            alternatives: list[Timex] = []
            for alt_start, alt_end, _p, alt_rule, alt_match in inside:
                if any(alt_start < e and s < alt_end for s, e in taken):
                    continue
                alt = _run(alt_rule, alt_match, ctx)
                if alt is not None:
                    taken.append((alt_start, alt_end))
                    alternatives.extend(alt if isinstance(alt, list) else [alt])
            produced = sorted(alternatives, key=lambda t: t.start) or None
        if produced is None:
            continue
        for timex in produced if isinstance(produced, list) else [produced]:
            if timex.start < last_end or timex.end <= timex.start:
                continue
            text_span = text[timex.start:timex.end]
            trimmed = text_span.rstrip(" ,")
            timex = replace(timex, end=timex.start + len(trimmed), text=trimmed)
            results.append(timex)
            last_end = timex.end
            _update_reference(ctx, timex)
            if narrative and ctx.ref_year is not None and not _PLUPERFECT.search(
                    text, max(ctx.sentence_bounds(timex.start)[0], timex.start - 80), timex.start) \
                    and not _IN_BRACKETS.search(text, max(0, timex.start - 60), timex.start):
                # (not a look back, "…had been killed in October 2019", nor an aside, "Abakar Mahamat (1961–2019)")
                ctx.narrative_year = ctx.ref_year
    results = _second_of_a_weekday_pair(
        _weekdays_of_a_named_week(_years_ago_on_a_day(_day_of_that_year(results, text), text, ctx), text), text, ctx.dct)
    return _days_beside_a_yardstick(_clocks_on_a_later_day(_link_ranges(_overnight_on_a_day(_on_this_day(
        _months_listed_in_a_set(results, text), text, ctx), text), text, ctx), text), text)


#: What joins a month to the "every <month>" before it: " and ", " or ", ", ".
_SET_MONTH_JOIN = re.compile(r"\s*(?:,|and|or)\s*")


def _months_listed_in_a_set(timexes: list[Timex], text: str) -> list[Timex]:
    """"…must be renewed every January and July": a month listed after "every" month recurs too, no date of its own."""
    out = list(timexes)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.type == SET and re.fullmatch(r"XXXX-\d{2}", a.value) and re.fullmatch(r"\d{4}-\d{2}", b.value) \
                and re.fullmatch(rf"(?:{MON_FULL})", b.text) and _SET_MONTH_JOIN.fullmatch(text, a.end, b.start):
            out[i] = replace(b, type=SET, value=f"XXXX-{b.value[5:]}", derivation=f"every {b.text}, listed after {a.text}")
    return out


#: A week labelling an entry: "Next week: …", "This week – …" on a line of its own making.
_WEEK_LABEL = re.compile(r"[ \t]*[:–—][ \t]")


def _entry_end(text: str, week: Timex) -> int:
    """Where the entry a week opens as its label ends (its line's end), or -1 when the week labels none."""
    line_start = text.rfind("\n", 0, week.start) + 1
    if text[line_start:week.start].strip(" \t*•·-") or not _WEEK_LABEL.match(text, week.end):
        return -1
    end = text.find("\n", week.end)
    return len(text) if end < 0 else end


#: What joins a week to the weekdays told after it: "last week[, on ]Monday[ and again on ]Friday".
_WEEK_THEN_DAYS = re.compile(r",?\s+(?:(?:first|and|then|again|later)\s+)*(?:on\s+)?")


def _weekdays_of_a_named_week(timexes: list[Timex], text: str) -> list[Timex]:
    """"The envoy met the rebel leader twice last week, on Monday and again on Friday": weekdays told right after a week
    are that week's, not the nearest ones to the day of writing; so are those of an entry the week labels ("Next week:
    The General Assembly votes on Cyprus on Tuesday")."""
    out: list[Timex] = []
    week = None
    label_until = -1  # where the entry a week labels ends
    for t in timexes:
        w = re.fullmatch(r"(\d{4})-W(\d{2})", t.value) if t.type == DATE else None
        if w is not None:
            week, last_end = (int(w[1]), int(w[2])), t.end
            label_until = _entry_end(text, t)
            out.append(t)
            continue
        named = lx.WEEKDAYS.get(t.text.lower()) if week is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value) else None
        if named is not None and (_WEEK_THEN_DAYS.fullmatch(text, last_end, t.start) or t.start < label_until):
            day = Day(cal.iso_week_start(*week) + named - 1)
            out.append(replace(t, value=day_value(day), derivation=f"{t.text} of the week {week[0]}-W{week[1]:02d} told before it"))
            last_end = t.end
            continue
        week = None
        out.append(t)
    return out


def _second_of_a_weekday_pair(timexes: list[Timex], text: str, dct: Day) -> list[Timex]:
    """"A summit on Thursday and Friday", written on a Friday about the week ahead: the second day of a pair ahead is the
    first such day after the first, never before it (each was read alone, the second as the nearest to the day of writing;
    a pair gone by may be told latest first: "statements made Friday and Thursday")."""
    out: list[Timex] = []
    for t in timexes:
        first = out[-1] if out else None
        named = lx.WEEKDAYS.get(t.text.lower()) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value) else None
        before = lx.WEEKDAYS.get(first.text.lower()) if first is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", first.value) \
            else None
        if named is not None and before is not None and t.value < first.value and first.value > day_value(dct) \
                and _PAIR_JOINER.fullmatch(text, first.end, t.start):
            at = Day.of(*(int(x) for x in first.value.split("-")))
            day = at.plus((named - before) % 7 or 7)
            t = replace(t, value=day_value(day), derivation=f"{t.text}, the one after {at.label()}, the pair's first day")
        out.append(t)
    return out


#: What joins the two days of a pair: " and ", " or on ".
_PAIR_JOINER = re.compile(r"\s+(?:and|or)\s+(?:on\s+)?")


#: What joins a count of years back to the day it is counted from: "17 years ago [on] Monday", "ten years ago today".
_AGO_ON = re.compile(r"\s+(?:on\s+|this\s+)?")
_YEARS_AGO = re.compile(r"(?:\w+|\d+)\s+years?\s+ago", re.I)
#: …the two together, right before the day counted from: "[A year ago on ]Monday", "[17 years ago ]today".
_YEARS_AGO_BEFORE = re.compile(rf"\b(?P<count>\w+)\s+years?\s+ago{_AGO_ON.pattern}$", re.I)


def _years_ago_on_a_day(timexes: list[Timex], text: str, ctx: Context) -> list[Timex]:
    """"…the civil war, which ended 17 years ago on Monday": a day of the year counted back whole years from the day named,
    not the year and that day apart (an anniversary falls on its day)."""
    out: list[Timex] = []
    for t in timexes:
        p = out[-1] if out else None
        if p is not None and _YEARS_AGO.fullmatch(p.text) and re.fullmatch(r"\d{4}", p.value) and t.type == DATE \
                and t.range_id is None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value) and _AGO_ON.fullmatch(text, p.end, t.start):
            back = ctx.dct.year - int(p.value)
            year, month, day = int(t.value[:4]) - back, int(t.value[5:7]), int(t.value[8:10])
            if valid_day(year, month, day):
                out[-1] = replace(t, start=p.start, text=text[p.start:t.end], value=day_value(Day.of(year, month, day)),
                                  derivation=f"{back} years before {t.value}, the day named after the count")
                continue
        out.append(t)
    return out


def _day_of_that_year(timexes: list[Timex], text: str) -> list[Timex]:
    """"…killed on the night of June 15 that year", after "May 2020": a day (or its night) with "that year" after it is
    of the year last written before it, one date (read apart, the day was this year's, and "that year" the day's own)."""
    out: list[Timex] = []
    for t in timexes:
        p = out[-1] if out else None
        # (…and both ends of a range before it: "between July 15 and Aug. 15 that year")
        partner = out[-2] if p is not None and p.range_id is not None and len(out) >= 2 \
            and out[-2].range_id == p.range_id and re.match(r"\d{4}-\d{2}", out[-2].value) else None
        if p is not None and t.text.lower() in ("that year", "of that year") and not text[p.end:t.start].strip() \
                and p.type in (DATE, TIME) and (p.range_id is None or partner is not None) and re.match(r"\d{4}-\d{2}", p.value):
            told = out[-9:-2] if partner is not None else out[-9:-1]
            written = next((int(w[1]) for o in reversed(told)  # (a bounded look back: the story's last few dates)
                            if (w := re.search(r"(?<!\d)(1\d{3}|20\d{2})(?!\d)", o.text)) is not None), None)
            ends = [partner, p] if partner is not None else [p]
            if written is not None and all(len(e.value) < 10 or valid_day(written, int(e.value[5:7]), int(e.value[8:10]))
                                           for e in ends):
                if partner is not None:
                    out[-2] = replace(partner, value=f"{written:04d}{partner.value[4:]}",
                                      derivation=f"{partner.text}, of that year ({written}), the range's start")
                out[-1] = replace(p, end=t.end, text=text[p.start:t.end], value=f"{written:04d}{p.value[4:]}",
                                  derivation=f"{p.text}, of that year ({written})")
                continue
        out.append(t)
    return out


#: What joins "overnight" to the day it names: "overnight on Nov. 28", "overnight Nov. 27".
_OVERNIGHT_ON = re.compile(r"\s+(?:on\s+)?")


def _overnight_on_a_day(timexes: list[Timex], text: str) -> list[Timex]:
    """"Russia launched 45 missiles overnight on Nov. 28" is one night, the one the day names, as "overnight on
    Saturday" is: read apart, the bare "overnight" is the night before the story's day and the attack is told twice,
    on two days."""
    out: list[Timex] = []
    for t in timexes:
        p = out[-1] if out else None
        if p is not None and p.text.lower() == "overnight" and t.type == DATE and t.range_id is None \
                and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value) and _OVERNIGHT_ON.fullmatch(text, p.end, t.start):
            out[-1] = replace(t, start=p.start, text=text[p.start:t.end], value=f"{t.value}TNI",
                              derivation=f"the night of {t.derivation}")
            continue
        out.append(t)
    return out


#: The heading of an "on this day" column, whose entries are of that day of the year in the years they name.
_THIS_DAY_HEADING = re.compile(r"^[ \t]*(?:On\s+this\s+(?:date|day)(?:\s+in\s+history)?|This\s+day\s+in\s+history"
                               r"|Today['’]s\s+highlights?\s+in\s+history)\b[^\n]{0,40}$", re.M | re.I)
#: The day of the year such a heading names: "7 December", "March 14".
_DAY_IN_HEADING = re.compile(rf"\b(?:(?P<day>[1-9]|[12]\d|3[01])\s+(?P<mon>{MON})\.?|(?P<mon2>{MON})\.?\s+(?P<day2>[1-9]|[12]\d|3[01]))\b")
#: What ends such a column's entries: "Today's birthdays:", "Thought for Today:".
_THIS_DAY_END = re.compile(r"^[ \t]*(?:Today['’]s\s+birthdays?|Thought\s+for\s+today|Birthdays|Deaths)\b", re.M | re.I)
#: What may stand before an entry's year on its line: a bullet, "In".
_ENTRY_OPENING = re.compile(r"(?:^|\n)[ \t]*(?:[-•*·▪]\s*)?(?:In\s+)?$")


def _on_this_day(results: list[Timex], text: str, ctx: Context) -> list[Timex]:
    """"On this date:\nIn 1864, a militia killed…": under an "on this day" heading, an entry's year (or "Ten
    years ago:") is that day of the year, the publication's, in the year named."""
    heading = _THIS_DAY_HEADING.search(text) if "this d" in text.lower() or "in history" in text.lower() else None
    if heading is None:
        return results
    end = _THIS_DAY_END.search(text, heading.end())
    stop = end.start() if end else len(text)
    month, day = ctx.dct.month, ctx.dct.ymd[2]
    named = _DAY_IN_HEADING.search(heading.group())
    if named is not None:  # ("On this day: 7 December": the day the heading names, whenever the page is read)
        number = lx.MONTHS.get((named["mon"] or named["mon2"]).lower().rstrip("."))
        if number is not None:
            month, day = number, int(named["day"] or named["day2"])
    out = []
    for timex in results:
        year = re.fullmatch(r"\d{4}", timex.value)
        if heading.end() <= timex.start < stop and year and timex.type == "DATE" and not timex.range_id \
                and _ENTRY_OPENING.search(text, max(0, timex.start - 12), timex.start) \
                and valid_day(int(timex.value), month, day):
            timex = replace(timex, value=day_value(Day.of(int(timex.value), month, day)),
                            derivation=f"{timex.derivation}; {lx_month_name(month)} {day} of that year, an entry "
                                       "under an \"on this day\" heading")
        out.append(timex)
    return out


def _run(r: Rule, m: re.Match[str], ctx: Context) -> list[Timex] | Timex | None:
    try:
        return r.handler(m, ctx)
    except (ValueError, KeyError, OverflowError, IndexError, TypeError):
        return None


def _counts_a_year(m: re.Match[str]) -> bool:
    """Whether a count of time is a year after its month: "first convened in May [2023 weeks] after fighting erupted"
    counts no weeks (a refused reading would lose the month and year it overlaps, so it is never a candidate)."""
    count = m["count"]
    return count is not None and _YEAR_LIKE.fullmatch(count) is not None \
        and _MONTH_BEFORE_A_YEAR.search(m.string, max(0, m.start("count") - 16), m.start("count")) is not None


#: A number that reads as a year, and a month's name (and day) right before it: "May [2023]", "Nov. 30, [2023]".
_YEAR_LIKE = re.compile(r"1[5-9]\d\d|20\d\d")
_MONTH_BEFORE_A_YEAR = re.compile(rf"\b{MON}\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?$")


_UNIT_WORDS = ("second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year", "decade",
               "centur", "millenni")
#: Words without which a rule cannot match (lower case); rules not listed always run.
RULE_NEEDS: dict[str, tuple[str, ...]] = {
    "bc_year": ("bc", "b.c", "ad", "a.d", "ce"),
    "the_year_n": ("the year",),
    "decade_words": ("ties", "'"),
    "century": ("century",),
    "centuries": ("centuries",),
    "new_year": ("new year",),
    "short_year": ("century", "centuries", " bc", " ad", "b.c", "a.d", "caliph", "empire", "dynasty", "medieval", " ce"),
    "season_year": ("spring", "summer", "fall", "autumn", "winter"),
    "season_pair_year": ("spring", "summer", "fall", "autumn", "winter"),
    "season_rel": ("spring", "summer", "fall", "autumn", "winter"),
    "season_bare": ("spring", "summer", "fall", "autumn", "winter"),
    "season_that": ("spring", "summer", "fall", "autumn", "winter"),
    "quarter": ("quarter",),
    "q_number": ("q1", "q2", "q3", "q4"),
    "quarter_rel": ("quarter",),
    "half": ("half",),
    "half_of_month": ("half of",),
    "today": ("today", "yesterday", "tomorrow"),
    "part_of_day": ("morning", "afternoon", "evening", "night", "midday", "mid-day"),
    "part_of_date": ("morning of", "afternoon of", "evening of", "night of"),
    "night_across": ("night of", "night from", "overnight"),
    "weekday": ("day",),
    "rel_unit": ("week", "month", "year", "decade", "century", "day"),
    "earlier_this": ("this", "last", "next", "that"),
    "earlier_in_the": (" in the ",),
    "year_ago_adj": ("year-", "year end", "prior-year"),
    "ago": ("ago", "earlier", "later", "from now", "from today", "hence", "previously", "back", "after th", "before th"),
    "ago_today": ("ago today", "ago this", "ago tonight", "ago in ", "ago jan", "ago feb", "ago mar", "ago apr", "ago may", "ago jun",
                  "ago jul", "ago aug", "ago sep", "ago oct", "ago nov", "ago dec"),
    "anaphoric": ("day", "week", "month", "year", "morning", "afternoon", "evening", "night"),
    "clock": ("am", "a.m", "pm", "p.m"),
    "clock_words": (" in the morning", " in the afternoon", " in the evening", " at night"),
    "clock24": (":", "h", "."),
    "h_number": ("h1", "h2", "1h", "2h"),
    "fiscal_year_code": ("fy", "fiscal"),
    "hijri_corresponding": ("correspond", "equivalent to"),
    "marks_since": (" since ",),
    "pre_post_year": ("pre-", "post-"),
    "clock_span": ("from ", "between "),
    "weekday_week": ("day week", "week on ", "week from ", "after next"),
    "iso_slashed": ("/", "."),
    "cross_month_range": ("-", "–", " to ", "through", "until", " and "),
    "cross_month_range_day_first": ("-", "–", " to ", "through", "until", "till", " and "),
    "noon": ("noon", "midnight", "midday", "mid-day"),
    "duration": _UNIT_WORDS,
    "vague_span": _UNIT_WORDS,
    "duration_bare": _UNIT_WORDS,
    "duration_a_unit": _UNIT_WORDS,
    "span_ahead": ("ahead", "to come"),
    "long_adjective": ("-long",),
    "set": ("every", "each", "per"),
    "set_adverb": ("daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "biweekly", "biannually"),
    "spelled_year": ("thousand", "nineteen", "eighteen", "twenty"),
    "holiday": ("black friday", "cyber monday", "good friday", "palm sunday", "holy week", "christmas", "new year", "independence", "thanksgiving", "election day", "easter", "valentine",
                "halloween", "veterans", "armistice", "bastille", "boxing day", "memorial day", "labor day",
                "ramadan", "eid", "yom kippur", "rosh hashana", "passover", "pesach", "hanuk", "chanukah", "nowruz",
                "novruz", "nowrouz", "navruz"),
    "month_rel_year": ("year",),
    "week_of": ("week of", "weekend of"),
    "week_ending": ("week end", "week that end"),
    "nth_week_of_month": ("week of",),
    "weekend": ("weekend",),
    "before_last": ("before last",),
    "weekdays_ago": ("days ago",),
    "year_period": ("quarter", "period"),
    "rel_year_period": ("quarter", "period"),
    "period": ("period",),
    "period_edge": ("end", "beginning", "start", "middle", "close", "turn"),
    "days_of_period": (" days of", " weeks of", " months of", " hours of"),
    "decade_of_century": ("decade of",),
    "fortnight_span": ("fortnight",),
    "named_day": ("9/11", "7/7", "26/11", "oct", "jan", "6 j"),
    "full_year": ("year",),
    "term": ("term",),
    "day_of_month": ("on the", "by the", "for the", "since the", "until the", "till the", "from the",
                     "through the", "before the", "after the", "dated the"),
    "iso": ("-",),
    "dotted": (".", "-"),
    "slashed": ("/",),
    "slashed_no_year": ("/",),
    "year_range": ("-", "–", "/"),
    "month_day_range": ("-", "–", " to ", "through", " and ", " or "),
    "month_range": ("-", "–", "/", " to ", "through", "until", "till", " and ", " or "),
    "month_list_year": (" and ", " or "),
    "month_day_list": (" and ", " or "),
    "day_list_month": (" and ", " or "),
}


# (…maybe with the end's own article: "from the 1970s to [the] 2000s")
RANGE_JOINER = re.compile(r"^\s*(?:to|through|until|till|and|-|–|—)\s*(?:(?<=[a-z]\s)the\s+)?$", re.IGNORECASE)
#: What joins the end of a range told as a happening's date: "from 1988 [until her retirement in] 2009", "from March
#: [to the ceasefire in] May".
_UNTIL_A_HAPPENING = re.compile(r"\s+(?:until|till|to)\s+(?:his|her|its|their|the)\s+(?:[\w'’-]+\s+){0,2}?[a-z]+\s+(?:in|on)\s+"
                                r"(?:the\s+)?", re.IGNORECASE)

#: A renewal or an extension right before a date, whose "until" after it is the end of what was renewed.
_RENEWED_BEFORE = re.compile(r"\b(?:renewed|extended|prolonged|renews|extends|prolongs|renewing|extending)\b[^.;:]{0,40}$", re.I)


def _link_ranges(timexes: list[Timex], text: str, ctx: Context) -> list[Timex]:
    """Pair "from 1988 to 1994", "between March and May" and "from 10 p.m. to 6 a.m." as the two
    ends of one range; a clock range that passes midnight ends on the next day."""
    out = _clock_range_starts(_listed_weekdays(_share_written_year(timexes, text), text, ctx), text)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.range_id is not None or b.range_id is not None or a.type != b.type or a.type not in (DATE, TIME):
            continue
        opener = RANGE_OPENER.search(text[max(0, a.start - 14):a.start])
        if not RANGE_JOINER.match(text[a.end:b.start]) \
                and not (opener and opener.group().lower().startswith("from") and _UNTIL_A_HAPPENING.fullmatch(text, a.end, b.start)):
            continue
        joiner = re.sub(r"\s+the$", "", text[a.end:b.start].strip().lower())
        if joiner == "and" and not opener or _point_then_bound(text, a, b):
            continue
        if joiner == "to" and moved_not_ranged(text, a.start):
            continue  # "postponed the elections scheduled for December 2024 to December 2026": a move, no range
        if joiner == "to" and MOVED_FROM.search(text, max(0, a.start - 40), a.start):
            continue  # "The vote was moved from March to May": a move from one date to the other
        if "_REF" in a.value or "_REF" in b.value:
            continue
        if re.search(r"\n[ \t]*[-–—•*]", text[a.end:b.start]):
            continue  # "PRISTINA, Dec 3, 2026 / - Feb. 9: Kosovo holds…": a dash opening a line is a list's bullet
        if joiner in ("until", "till", "to", "through") and not opener \
                and _RENEWED_BEFORE.search(text, max(0, a.start - 60), a.start):
            continue  # "whose mandate was renewed last month until December 2027": the renewal's day and the mandate's end
        if a.derivation.startswith(rules_relative.STAMP_UNDER_HEADING) and joiner in ("—", "–", "-"):
            continue  # "21:10 — The evening session closes": a live entry's stamp and its dash, no range
        if re.search(r"\bago\b", b.text, re.I):
            continue  # "DAMASCUS, Dec. 8, 2025 — A year ago on Monday, …": a dateline's dash, and a count from its day
        if joiner in ("—", "–", "-") and not opener and re.fullmatch(WEEKDAY, b.text) and re.search(r"\d{4}", a.text):
            continue  # "LUANDA, Nov. 25, 2026 — Tuesday's talks…": a dateline's dash, then the story's weekday
        if a.type == TIME and opener and a.value[:10] != b.value[:10] and CLOCK_VALUE.match(a.value) \
                and CLOCK_VALUE.match(b.value) and a.derivation.startswith(CLOCK_ON_DAY_IN_VIEW) \
                and not b.derivation.startswith(CLOCK_ON_DAY_IN_VIEW) and a.value[11:] < b.value[11:]:
            # "between 2 p.m. and 5 p.m. on Sunday": the day named after the end is the start's too (a night's span,
            # "from 10 p.m. to 6 a.m. on Nov. 20", is left apart)
            a = replace(a, value=b.value[:10] + a.value[10:], derivation=f"a clock time on {day_of_value(b.value[:10]).label()}, the day the range's end names")
        first, last = a.value[:10], b.value[:10]
        if re.match(r"\d{4}", first) and re.match(r"\d{4}", last) and last[:min(len(first), len(last))] < first[:len(last)] \
                and not re.search(r"\d{4}", b.text) and re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", b.value) \
                and len(a.value) == len(b.value) and (later := _with_year(b.value, int(last[:4]) + 1)) is not None \
                and later[:min(len(first), len(later))] >= first[:len(later)] and int(later[:4]) - int(first[:4]) <= 1:
            # "from late November to early December": an end whose year was guessed lies after the start it ends
            b = replace(b, value=later, derivation=b.derivation + ", the first after the range's start")
            last = later[:10]
        if re.match(r"\d{4}", first) and re.match(r"\d{4}", last) and last[:min(len(first), len(last))] < first[:len(last)]:
            continue  # a range runs forward: "7 August 2025 - Seventeen years ago tonight" is a dateline's dash
        if a.type == TIME:
            if not (CLOCK_OR_PART_VALUE.match(a.value) and CLOCK_OR_PART_VALUE.match(b.value)) or a.value[:10] != b.value[:10]:
                # two clocks (or a clock and a part) of one day only: "from 10 a.m. on Monday until late in
                # the evening"; "from 10 p.m. to 6 a.m. on Nov. 20" is left apart
                continue
            if b.value[11:] <= a.value[11:] and b.derivation.startswith(CLOCK_ON_DAY_IN_VIEW):  # "from 10 p.m. to 6 a.m."
                day = day_of_value(b.value).plus(1)
                b = replace(b, value=day_value(day) + b.value[10:], derivation=b.derivation + ", the next morning")
        ctx.range_counter += 1
        rid = ctx.range_counter
        out[i] = replace(a, range_id=rid, range_role="start")
        out[i + 1] = replace(b, range_id=rid, range_role="end")
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.range_id is not None and a.range_id == b.range_id and a.range_role == "start" and b.range_role == "end":
            # "The report covers the period from 1 January to 30 June", told in September: this year's first half
            out[i], out[i + 1] = _nearer_span(a, b, ctx) or (a, b)
    return out


#: What may stand between a bare clock and the day its clause names after it: "…from 10 p.m. to 6 a.m. [in the border
#: town of Kara-Suu on] Friday" (a phrase of place, no clause of its own).
_TO_A_LATER_DAY = re.compile(r"(?:\s+(?:in|at|near|around|across|along|outside|inside|throughout)\s+(?:the\s+)?"
                             r"(?:[\w'’-]+\s+){0,5}?[\w'’-]+)?,?\s+on\s+")


#: The bracket that closes a clock said again in another zone: "(2250 GMT Tuesday[)]".
_ZONE_ASIDE_CLOSE = re.compile(r"\s*[)\]]")


def _clocks_on_a_later_day(timexes: list[Timex], text: str) -> list[Timex]:
    """"Authorities imposed a curfew from 10 p.m. to 6 a.m. in the town on Friday": a clock without a day of its own
    is on the day its clause names right after it (past a phrase of place), not on the day in view before it."""
    out = list(timexes)
    for i, t in enumerate(out):
        if t.type != DATE or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value) or i == 0:
            continue
        clocks = [i - 1]
        before = out[i - 1]
        reach = before.end
        zone = _ZONE_ASIDE_CLOSE.match(text, before.end) if i >= 2 and before.type == TIME else None
        aside = None
        if zone is not None and re.fullmatch(r"\s*(?:local\s+time\s*)?[(\[]\s*", text[out[i - 2].end:before.start]):
            # "at about 7:50 a.m. (2250 GMT Tuesday) on Wednesday": the same moment in another zone stands between (and
            # when it names no day of its own, it is on the later day too: "at noon local time (0900 GMT) on Friday")
            aside = i - 1 if before.derivation.startswith(CLOCK_ON_DAY_IN_VIEW) else None
            clocks, before, reach = [i - 2], out[i - 2], zone.end()
        if before.range_role == "end" and i >= 2 and out[i - 2].range_id == before.range_id:
            clocks.insert(0, i - 2)
        if not all(out[k].type == TIME and CLOCK_VALUE.match(out[k].value)
                   and out[k].derivation.startswith(CLOCK_ON_DAY_IN_VIEW) for k in clocks) \
                or not _TO_A_LATER_DAY.fullmatch(text, reach, t.start):
            continue
        shift = day_of_value(t.value).number - day_of_value(out[clocks[0]].value[:10]).number
        for k in clocks + ([aside] if aside is not None and CLOCK_VALUE.match(out[aside].value) else []):
            clock = out[k]
            day = day_of_value(clock.value[:10]).plus(shift)
            out[k] = replace(clock, value=day_value(day) + clock.value[10:],
                             derivation=f"a clock time on {day.label()}, the day its clause names after it ({t.text})")
    return out


#: A day measured from the day before it: "arrested on Tuesday, [days before] Sunday's vote", "on Nov. 20, [two days
#: before the election on] Nov. 22", "on Friday, [a week after the talks on] Friday".
_YARDSTICK = re.compile(r",?\s+(?:(?:just|only|barely|some|about|nearly|almost)\s+)?(?:(?P<count>a\s+few|several|a|an|one|two|"
                        r"three|four|five|six|seven|\d+)\s+)?(?P<unit>hour|day|night|week|month)s?\s+"
                        r"(?P<dir>before|after|ahead\s+of)\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
                        r"(?:(?:[\w'’-]+\s+){0,4}?(?:on|set\s+for|scheduled\s+for|due\s+on)\s+)?", re.IGNORECASE)
_YARDSTICK_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                     "a few": 3, "several": 5}
_YARDSTICK_UNIT_DAYS = {"hour": 0, "day": 1, "night": 1, "week": 7, "month": 30}
_DAY_PREFIX = re.compile(r"\d{4}-\d{2}-\d{2}")
#: A count of days from another day, and the day it is said again as: "a week later[, on ]October 19".
_RESTATED_ON = re.compile(r",\s+on\s+")
_COUNTED_DAY = re.compile(r"\b(?:days?|nights?|weeks?|fortnight)\s+(?:later|earlier|after|before)$", re.IGNORECASE)
_MONTH_NAMED = re.compile(r"[A-Za-z]{3}")
_HOLIDAY_ON = re.compile(r",?\s+(?:on|falling\s+on|which\s+falls\s+on)\s+|\s+\(")


def _days_beside_a_yardstick(timexes: list[Timex], text: str) -> list[Timex]:
    """A weekday or a day without its year measured from the day named before it lies on the side the yardstick
    says, as far as it says ("arrested on Tuesday, days before Sunday's vote" is the Sunday after that Tuesday; "a
    week after Tuesday's round", said of Dec. 2-3, the Tuesday a week before), whatever the tense made of it alone."""
    out = list(timexes)
    for i in range(1, len(out)):
        t, k = out[i], i - 1
        if out[k].type == DURATION and k >= 1:
            k -= 1  # ("on Nov. 20, two days before …")
        p = out[k]
        if t.type != DATE or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value) or re.search(r"\d{3,4}|'\d\d", t.text) \
                or not _DAY_PREFIX.match(p.value):
            continue
        if _RESTATED_ON.fullmatch(text, p.end, t.start) and _COUNTED_DAY.search(p.text) and _MONTH_NAMED.search(t.text):
            # "A ceasefire was agreed a week later, on October 19": the count said again as a day of a month is that day
            out[k] = replace(p, value=t.value[:10], derivation=f"{p.text}, said again as \"{t.text}\" ({t.value[:10]})")
            continue
        if _HOLIDAY_ON.fullmatch(text, p.end, t.start) and p.value[5:10] == t.value[5:10]:
            out[i] = replace(t, value=p.value[:10], derivation=f"{t.text}, the day of \"{p.text}\" before it")
            continue  # "weeks before Orthodox Christmas on Jan. 7": the holiday's own day, in the holiday's year
        m = _YARDSTICK.match(text, p.end)
        if m is None or m.end() != t.start:
            continue
        if p.range_role == "end" and k >= 1 and out[k - 1].range_id == p.range_id:
            p = out[k - 1]  # a range is measured from its start
        count = m["count"]
        count = int(count) if count and count.isdigit() else _YARDSTICK_COUNTS.get(re.sub(r"\s+", " ", (count or "").lower()), 0)
        unit = _YARDSTICK_UNIT_DAYS[m["unit"].lower()]
        span = count * unit if count else {"hour": 0, "day": 3, "night": 3, "week": 14, "month": 60}[m["unit"].lower()]
        here, there = day_of_value(t.value), day_of_value(p.value[:10])
        later = m["dir"].lower() != "after"
        aim = there.number + (span if later else -span)
        if _BARE_WEEKDAY.fullmatch(t.text.strip()):
            candidates = [here.plus(7 * n) for n in range(-3, 4)]
        elif _BARE_WEEKDAY.search(t.text):
            continue  # ("the vote on Monday, Nov. 23": a weekday and its day hold each other; no other year keeps both)
        else:
            year, month, day = here.ymd
            if month == 2 and day == 29:
                continue
            candidates = [Day.of(y, month, day) for y in (year - 1, year, year + 1)]
        side = [c for c in candidates if (c.number > there.number if later else c.number < there.number)]
        if not side:
            continue
        moved = min(side, key=lambda c: abs(c.number - aim))
        if moved.number != here.number:
            out[i] = replace(t, value=day_value(moved), derivation=f"{t.text}, the one {'after' if later else 'before'} "
                                                                     f"{there.label()}, the day named before it")
    return out


#: A year told after the last of a list or range of months or days: "from March 9 to March 13 next year".
_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(?:last|this|next)\s+year\b", re.IGNORECASE)
_YEAR_WRITTEN = re.compile(r"\d{4}|'\d\d|\byear\b", re.IGNORECASE)
_MONTH_OR_DAY_VALUE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
_LIST_JOINER = re.compile(r"^\s*(?:,|,?\s*and|,?\s*or)\s*$", re.IGNORECASE)
_BARE_DATE = rf"(?:(?:[Ee]arly|[Ll]ate|[Mm]id)(?:-|\s+))?(?:(?:the\s+)?{DAYNUM}(?:\s+(?:of\s+)?{MON})?|{MON}\.?(?:\s+{DAYNUM})?)"
_LISTED_FIRST = re.compile(_BARE_DATE)
_LISTED_LAST = re.compile(rf"{_BARE_DATE}(?:,?\s+(?:of\s+)?(?:{YEAR}|(?:last|this|next)\s+year))?", re.IGNORECASE)


def _point_then_bound(text: str, a: Timex, b: Timex) -> bool:
    """Whether `a` is a day told "on" and `b` a bound after it ("controls announced on Oct. 9 until Nov. 10 next year"):
    two dates of two things, no range."""
    return bool(re.search(r"\bon\s+$", text[max(0, a.start - 4):a.start])
                and re.fullmatch(r"\s*(?:until|till|through)\s*", text[a.end:b.start]))


def _share_written_year(timexes: list[Timex], text: str) -> list[Timex]:
    """The year written once after a list or range holds for all of it: "from May to July last year"
    is May of last year, "on March 9 and March 13 last year" two days of last year, and "from March 9
    to March 13 next year" takes "next year" into its end. A date whose own year is written keeps it;
    a move ("postponed from May to July next year") leaves its first date alone."""
    out = list(timexes)
    dropped: set[int] = set()
    settled: set[int] = set()  # dates whose year is written or shared from the next one
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if not (_MONTH_OR_DAY_VALUE.match(a.value) and _MONTH_OR_DAY_VALUE.match(b.value)) or _YEAR_WRITTEN.search(a.text) \
                or not (_LISTED_FIRST.fullmatch(a.text) and _LISTED_LAST.fullmatch(b.text)):
            continue  # ("on Monday and March 13 last year": a weekday is told from the week, not the year)
        between = text[a.end:b.start]
        linked = a.range_id is not None and a.range_id == b.range_id
        if not (linked or _LIST_JOINER.match(between) or RANGE_JOINER.match(between)) or _point_then_bound(text, a, b):
            continue
        # (a move's first date keeps its own reading, unless the next one writes the year it moves within: "extended
        # from late January to Feb. 18, 2025")
        if MOVED_BEFORE.search(text, max(0, a.start - 120), a.start) \
                and not (re.search(r"\d{4}", b.text) and re.fullmatch(r"\s*to\s*", between)
                         and a.value[5:7] <= b.value[5:7] and re.search(r"\bfrom\s+(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?$",
                                                                      text[max(0, a.start - 16):a.start], re.I)):
            continue
        if not (_YEAR_WRITTEN.search(b.text) or i + 1 in settled):
            after = _YEAR_AFTER.match(text, b.end)
            told = out[i + 2] if i + 2 < len(out) else None
            if not (after and told is not None and told.end == after.end() and b.end < told.start
                    and re.fullmatch(r"\d{4}", told.value)):
                continue
            b_value = _with_year(b.value, int(told.value))
            if b_value is None:
                continue
            b = replace(b, end=told.end, text=text[b.start:told.end], value=b_value,
                        derivation=f"{b.text}, written with {told.text.lower()} ({told.value})")
            out[i + 1] = b
            dropped.add(i + 2)
        year = int(b.value[:4])
        a_value = _with_year(a.value, year - 1 if a.value[5:] > b.value[5:] else year)  # (over New Year)
        if a_value is None:
            continue
        if a_value != a.value:
            out[i] = replace(a, value=a_value, derivation=f"{a.derivation}; the year of the date after it, {a_value[:4]}")
        settled.add(i)
    return [t for k, t in enumerate(out) if k not in dropped]


_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_BARE_WEEKDAY = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")
_WEEKDAY_JOINER = re.compile(r"\s*(?:,|,?\s*and|,?\s*or|to|through|until|-|–)\s*(?:on\s+)?", re.IGNORECASE)
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _listed_weekdays(timexes: list[Timex], text: str, ctx: Context) -> list[Timex]:
    """Weekdays listed together are days of one week in the order told: "NATO ministers meet in Brussels on
    Tuesday and Wednesday" is the Wednesday after that Tuesday, though "Wednesday" alone would be read
    the other side of publication. A day that would cross publication against its tense keeps its own."""
    out = list(timexes)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if not (_BARE_WEEKDAY.fullmatch(a.text) and _BARE_WEEKDAY.fullmatch(b.text) and _DAY_VALUE.fullmatch(a.value)
                and _DAY_VALUE.fullmatch(b.value) and _WEEKDAY_JOINER.fullmatch(text[a.end:b.start])):
            continue
        first = day_of_value(a.value)
        gap = (_WEEKDAY_NAMES.index(b.text) - _WEEKDAY_NAMES.index(a.text)) % 7
        day = first.plus(gap)
        told = day_of_value(b.value)
        if gap == 0 or not told.number < ctx.dct.number < first.number:
            continue  # (only a list begun ahead that its next day would take back: "Friday and Thursday" stay apart)
        out[i] = replace(b, value=day_value(day), derivation=f"{b.text}, the one after {a.text} {first.label()}")
    return out



#: A bare hour opening a range whose end has the clock's half of the day: "between [1] and 3 a.m.", "from [10] to 5 a.m.".
_BARE_HOUR_OPENING = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?\s*(?:and|to|until|till|-|–)\s*$")
#: The clock ending such a range, its half of the day written: "3 a.m.", "5:30 pm".
_MERIDIEM_CLOCK = re.compile(r"(?P<h>1[0-2]|0?[1-9])(?::[0-5]\d)?\s*(?P<half>[ap])\.?\s?m\b\.?", re.I)


def _clock_range_starts(timexes: list[Timex], text: str) -> list[Timex]:
    """"Explosions were heard between 1 and 3 a.m.": the bare hour before a clock that says its half of the day is a
    clock of the same day and half, so the two make a range — or the evening before, when it stands later on the dial
    than a morning end ("from 10 to 5 a.m." is 10 p.m. to 5 a.m.)."""
    out: list[Timex] = []
    for t in timexes:
        clock = _MERIDIEM_CLOCK.match(t.text) if t.type == TIME and CLOCK_VALUE.match(t.value) else None
        opening = _BARE_HOUR_OPENING.search(text, max(0, t.start - 24), t.start) if clock is not None else None
        if opening is not None and not (out and out[-1].end > opening.start("h")):
            hour, minute = int(opening["h"]) % 12, int(opening["m"] or 0)
            end_hour = int(clock["h"]) % 12
            day = day_of_value(t.value)
            if clock["half"].lower() == "p":
                hour += 12 if hour <= end_hour else 0  # ("from 11 to 2 p.m." runs from 11 a.m.)
            elif hour > end_hour:
                hour, day = hour + 12, day.plus(-1)  # ("from 10 to 5 a.m." runs from 10 p.m. the evening before)
            start, end = opening.start("h"), opening.end("m") if opening["m"] else opening.end("h")
            out.append(Timex(start, end, text[start:end], TIME, f"{day_value(day)}T{hour:02d}:{minute:02d}",
                             f"the start of a range of hours ending at {t.text}"))
        out.append(t)
    return out


def _nearer_span(a: Timex, b: Timex, ctx: Context) -> tuple[Timex, Timex] | None:
    """Two ends of a range without a written year, each the nearest such day to publication on its own, moved together to
    the year whose whole span lies nearest it ("from 1 January to 30 June", told in September, is this year's first
    half, not next year's), or None when they already are."""
    nearest = f"the nearest such day to {ctx.dct.label()}"
    if not (a.derivation == nearest and b.derivation == nearest) \
            or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", a.value) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", b.value) \
            or a.value[:4] != b.value[:4]:
        return None
    dct = ctx.dct.number

    def distance(start: Day, end: Day) -> int:
        return 0 if start.number <= dct <= end.number else min(abs(start.number - dct), abs(end.number - dct))

    year = int(a.value[:4])
    best, best_distance = None, distance(day_of_value(a.value), day_of_value(b.value))
    for other in (year - 1, year + 1):
        start, end = _with_year(a.value, other), _with_year(b.value, other)
        if start is None or end is None:
            continue
        gap = distance(day_of_value(start), day_of_value(end))
        if gap < best_distance:
            best, best_distance = (start, end), gap
    if best is None:
        return None
    how = ", moved with the other end to the year whose span lies nearest"
    return replace(a, value=best[0], derivation=a.derivation + how), replace(b, value=best[1], derivation=b.derivation + how)


def _with_year(value: str, year: int) -> str | None:
    """A month ("2026-05") or day value moved to another year; None for a day that year lacks (29 Feb)."""
    if len(value) == 7:
        return f"{year:04d}{value[4:]}"
    month, day = int(value[5:7]), int(value[8:10])
    return day_value(Day.of(year, month, day)) if valid_day(year, month, day) else None


CLOCK_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$")
CLOCK_OR_PART_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}T(?:\d{2}:\d{2}|MO|AF|EV|NI)$")


def clause_tense(text: str, start: int, end: int) -> str | None:
    """"future", "past" or None for the clause around text[start:end] (used for event status)."""
    return Context(text=text, dct=Day(0)).tense(start, end)
