"""Happenings told only as "hours later" or "days later" (or "hours earlier"), dated from the date the story last told.

"In June, the board found Iran in breach. Days later, Israel struck its nuclear sites": the strike has no
date expression of its own, and TimeML (so the tagger) reads "Days" as a length of unknown size. Counted
on from June it is still June — about: a few days from the middle of a month stay in it, and a few hours
from a day stay on it. A vague count gives only the grain it cannot overrun: hours keep a day, days keep
a month (counted a few days on from a day), days and weeks keep a year; "weeks later" from a month and
"months later" from anything could be the next one, so they give nothing. Counted back ("Hours earlier, explosions
damaged the bridge"), the same grains hold.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta

from timeline_app.extraction.temporal_core import SENTENCE_END
from timeline_app.extraction.timex import DATE, DURATION, Timex

#: The vague count the tagger read as a length: "Days", "a few days", "several hours", "Moments" is none.
_VAGUE = re.compile(r"(?:(?:a\s+few|several|some|few|a\s+couple\s+of)\s+)?(?P<unit>hours|days|weeks|minutes)", re.I)
#: The word that makes the length a distance from the date before: "Days later", "hours afterwards".
_LATER = re.compile(r"\s+(?:later|afterwards?|(?P<earlier>earlier))\b")
#: How far back the date counted from may stand: the sentence before, or the one before that.
_REACH = 400
#: How far "a few days" carry a day: far enough to leave its month near the end of one.
_FEW_DAYS = 3


def dated_laters(text: str, timexes: list[Timex], dated: list[Timex]) -> list[Timex]:
    """A date, marked approximate, for each vague "days later" of `timexes`, counted from the last of `dated`
    before it (the calendar dates of the same text, in order)."""
    out = []
    ends = [d.end for d in dated]  # (in text order: the date right before is found by bisection, not a pass per length)
    for t in timexes:
        vague = _VAGUE.fullmatch(t.text)
        later = _LATER.match(text, t.end)
        if t.type != DURATION or vague is None or later is None:
            continue
        k = bisect_right(ends, t.start) - 1
        while k >= 0 and dated[k].comparison:
            k -= 1
        story = k - 1 if k >= 0 and _names_a_thing(text, dated[k]) else -1
        while story >= 0 and (dated[story].comparison or _names_a_thing(text, dated[story])):
            story -= 1
        if story >= 0 and t.start - dated[story].end <= _REACH:
            k = story  # (the day the story is at, not a year that only names a thing after it: "upheld the 1899 award")
        # ("Hamas released hostages on Thursday, the first since Nov. 13, after mediators secured a deal late on Tuesday.
        # Israel freed prisoners hours later": later than the sentence's happening, not than its background)
        j, main = k - 1, -1
        while j >= 0 and k - j <= 4 and dated[k].start - dated[j].end <= _REACH \
                and not SENTENCE_END.search(text, dated[j].end, dated[k].start):
            if _DAY.match(dated[j].value) and dated[j].value[:10] > dated[k].value[:10] \
                    and _HAPPENING_PREPOSITION.search(text, max(0, dated[j].start - 12), dated[j].start) \
                    and (main < 0 or dated[j].value[:10] > dated[main].value[:10]):
                main = j
            j -= 1
        if main >= 0 and _BACKGROUND_BETWEEN.fullmatch(text, dated[main].end, dated[k].start):
            k = main
        if k < 0 or t.start - dated[k].end > _REACH:
            continue
        anchor = dated[k]
        # ("Early on Monday the Kremlin said… Hours earlier, explosions damaged the bridge": some hours back, the same day)
        value = _landing(anchor.value, vague["unit"].lower(), back=later["earlier"] is not None)
        if value is None:
            continue
        end = later.end()
        out.append(Timex(t.start, end, text[t.start:end], DATE, value,
                         f"{text[t.start:end]}: some {vague['unit'].lower()} {'before' if later['earlier'] else 'after'} "
                         f"{anchor.text}, about {value}", mod="APPROX"))
    return out


#: What stands between a sentence's date and a date of its background: ", the first handover since Nov. 13, after
#: mediators secured a deal to resume the exchanges late on " (no sentence's end, an "after" or "since" of background).
_BACKGROUND_BETWEEN = re.compile(r"(?:[^.!?\n]|\.(?=\s*\d)){0,200}?\b(?:after|since|following)\b(?:[^.!?\n]|\.(?=\s*\d)){0,200}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
#: The preposition of a happening's day ("released hostages [on] Thursday"), which a dateline's day has none of.
_HAPPENING_PREPOSITION = re.compile(r"\b(?:on|in|at)\s+$")
#: An article before a date and a noun after it: the date names the thing ("the [1899] arbitral award", "the [Dec. 21, 1988,]
#: bombing"), which the story does not go on from.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.I)
_NOUN_AFTER = re.compile(r",?\s+[a-z][\w-]*")


def _names_a_thing(text: str, t: Timex) -> bool:
    """Whether `t` stands between an article and a noun, naming the thing rather than a day the story reached."""
    return _ARTICLE_BEFORE.search(text, max(0, t.start - 8), t.start) is not None and _NOUN_AFTER.match(text, t.end) is not None


def _landing(value: str, unit: str, back: bool = False) -> str | None:
    """The value a vague count of `unit` after `value` (before it, `back`) cannot overrun, or None."""
    day = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
    month = re.fullmatch(r"(\d{4})-(\d\d)", value)
    year = re.fullmatch(r"\d{4}", value)
    if unit in ("hours", "minutes"):
        return value[:10] if day else value if month or year else None
    if unit == "days" and day:
        try:
            landing = date(int(day[1]), int(day[2]), int(day[3])) + timedelta(days=-_FEW_DAYS if back else _FEW_DAYS)
        except ValueError:
            return None
        return f"{landing.year:04d}-{landing.month:02d}"
    if unit == "days" and month:
        return value
    if unit in ("days", "weeks") and year:
        return value
    return None
