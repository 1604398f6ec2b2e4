"""Happenings due "within two weeks": a count of time from the day of writing that bounds what is to come.

TimeML (so the tagger) reads "two weeks" in "A committee will meet within two weeks" as a length. A reader
reads a deadline: the meeting is due by the day two weeks on, as if the text had said "by Dec. 17". So the
events are dated by the day the count reaches (its month for a count of months, its year for years), and
only where the count runs from the day of writing: "within two weeks of the truce" counts from another
happening, and "had pledged to leave within 30 days" from a day long gone.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline_app.extraction.lexicon import parse_count
from timeline_app.extraction.temporal import clause_tense
from timeline_app.extraction.timex import DATE, DURATION, Timex

#: The word that makes a length a bound from now, right before it: "within", "in the next", "over the coming".
_WITHIN_BEFORE = re.compile(r"\b(?:within|in\s+the\s+(?:next|coming)|over\s+the\s+(?:next|coming))\s+$", re.I)
#: A counted length as the tagger spans it, maybe with its own "the next": "two weeks", "the next ten days", "48 hours".
_COUNTED = re.compile(r"(?:the\s+(?:next|coming)\s+)?(?P<count>[\w-]+(?:\s+[\w-]+)?)\s+(?P<unit>hour|day|week|month|year)s?",
                      re.I)
#: What makes the count run from another happening: "within two weeks [of] the truce", "[after] it takes effect".
_FROM_ANOTHER = re.compile(r"\s+(?:of|after|from|since|following|once|when|before)\b", re.I)
#: …or what makes it run from a time told before it: "[after which] its troops will leave within a year", "thereafter".
_COUNTED_FROM_BEFORE = re.compile(r"\b(?:(?:after|following|from)\s+(?:which|that|this|then)|thereafter|afterwards?)\b"
                                  r"[^.;:!?]*$", re.I)
#: What puts the clause ahead of the day of writing itself, not of a day told in the past ("had pledged to leave",
#: "said it would"): a future, a schedule, a present of intent.
_AHEAD_NOW = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:(?:now|also|still)\s+)?(?:due|expected|set|scheduled|slated|"
                        r"going|poised|likely)\s+to|(?:is|are)\s+to|must|(?:plans?|intends?|promises?|pledges?|vows?|"
                        r"hopes?|expects?|aims?)\s+to)\b", re.I)
#: The longest count read as a deadline, by unit: "within 30 years" is a horizon, no date for a timeline.
_LONGEST = {"hour": 24 * 30, "day": 366, "week": 104, "month": 36, "year": 10}


def dated_deadlines(text: str, timexes: list[Timex], published: date, language: str) -> list[Timex]:
    """A date for each length of `timexes` that bounds a happening ahead from `published` ("will meet within two weeks"),
    spanning "within" and the length."""
    if language != "en":
        return []  # (other languages' taggers read "dentro de tres meses" as the date it reaches already)
    out = []
    for t in timexes:
        if t.type != DURATION:
            continue
        within = _WITHIN_BEFORE.search(text, max(0, t.start - 24), t.start)
        counted = _COUNTED.fullmatch(t.text) if within is not None or t.text.lower().startswith(("the next", "the coming")) \
            else None
        if counted is None or _FROM_ANOTHER.match(text, t.end) or clause_tense(text, t.start, t.end) != "future" \
                or not _AHEAD_NOW.search(text, _clause_start(text, t.start), t.start):
            # (a relative clause's schedule counts too, its noun the title's subject: "sets up a mechanism that is to meet
            # within 30 days")
            continue
        if _COUNTED_FROM_BEFORE.search(text, max(0, t.start - 80), t.start):
            continue  # ("…until the end of 2026, after which its troops will leave within a year": from that end, not now)
        if any(u.type == DATE and t.end <= u.start <= t.end + 12 for u in timexes):
            continue  # ("must end within six months, by April 25, 2027": the day the count reaches, written out)
        if within is None and not re.search(r"\b(?:in|over)\s+$", text[max(0, t.start - 6):t.start]):
            continue  # ("the next two weeks will be decisive": a length as the subject bounds nothing)
        count = parse_count(counted["count"])
        unit = counted["unit"].lower()
        if count is None or not float(count).is_integer() or not 0 < count <= _LONGEST[unit]:
            continue
        value = _reached(published, int(count), unit)
        start = within.start() if within is not None else t.start
        out.append(Timex(start, t.end, text[start:t.end], DATE, value,
                         f"{text[start:t.end]}: by {value}, counted from {published.isoformat()}"))
    return out


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding `pos` opens, looked for within 60 characters back (a future earlier in the sentence is
    another clause's: "…will reduce the risk of a war, which he said could break out within a week")."""
    window = max(0, pos - 60)
    stops = [m.end() for m in re.finditer(r"[.!?;,]\s+|\n|\b(?:that|which|who)\s+", text[window:pos])]
    return window + (stops[-1] if stops else 0)


def _reached(published: date, count: int, unit: str) -> str:
    """The TIMEX3 value of the day (the month, the year) a count of `unit` from `published` reaches."""
    if unit in ("hour", "day", "week"):
        days = -(-count // 24) if unit == "hour" else count * (7 if unit == "week" else 1)
        return (published + timedelta(days=days)).isoformat()
    if unit == "month":
        year, month = divmod(published.year * 12 + published.month - 1 + count, 12)
        return f"{year:04d}-{month + 1:02d}"
    return f"{published.year + count:04d}"
