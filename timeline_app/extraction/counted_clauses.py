"""Happenings dated only by their distance from a dated one.

News dates one happening and hangs another on it: "the Kremlin said on Friday, a day after the two
leaders spoke by phone", "Talks resumed on 3 March, two days after the ceasefire took effect",
"…on Sunday, hours after the strike". The second happening has no date expression of its own, so the
tagger gives it none; counted back (or on) from the day of the first, it has a day as sure as the
text's, and a timeline that leaves it out loses a happening the article tells plainly.

Only days are counted: "weeks after" or "months before" give no day worth drawing, and a clause
that names its own date is left to that date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from timeline_app.extraction import lexicon as lx
from timeline_app.extraction.segment import Sentence
from timeline_app.extraction.temporal_core import BOUND_PREPOSITION
from timeline_app.extraction.timex import Timex
from timeline_app.extraction.verbs import IRREGULAR_PASTS, words_pattern

#: ", a day after the two leaders spoke", ", two days before the vote", ", hours after the strike".
_COUNTED = re.compile(
    r",\s+(?:(?:just|only|barely|some|about|nearly|less\s+than|more\s+than)\s+)?"
    r"(?P<distance>(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?|"
    r"(?:a\s+few\s+|several\s+)?hours|(?:a\s+few\s+)?minutes|moments|shortly|the\s+day)\s+"
    r"(?P<relation>after|before)\s+(?P<what>[^,;:()\"“”]{4,160})")
#: The day grain of a TIMEX3 value: "2025-10-17", "2025-10-17T14:00", "2025-10-17TNI".
_DAY_VALUE = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T|$)")
#: Words that open a clause with a subject of its own, or a noun phrase ("the vote", "Russia's attack"),
#: or a bare subject and its verb ("rebels fired rockets").
_SUBJECT_OR_NOUN = re.compile(r"(?:the|a|an|its|their|his|her|this|that|they|he|she|it|we|[A-Z][\w'’.-]*)\s"
                              rf"|(?:[a-z][\w-]*\s+){{1,2}}(?:[a-z]{{3,}}ed|{words_pattern(IRREGULAR_PASTS)})\b")


@dataclass(frozen=True)
class CountedHappening:
    """A happening told by its distance from a dated one: what it is, its day, and the phrase that dates it."""
    text: str
    day: date
    phrase: str
    derivation: str
    #: The words that tell it in the sentence (", a day after they spoke…"), which other titles leave out.
    told: str


def counted_happenings(sentence: Sentence, dated: list[Timex]) -> list[CountedHappening]:
    """The happenings of `sentence` dated only by a count of days from one of its `dated` days."""
    found = []
    for m in _COUNTED.finditer(sentence.text):
        anchor = _day_before(sentence, dated, m.start())
        what = m["what"].strip().rstrip(".")
        if anchor is None or not _SUBJECT_OR_NOUN.match(what):
            continue
        if any(m.start("what") <= t.start - sentence.start < m.end("what") for t in dated):
            continue  # "a day after the vote on May 5": the clause names its own date
        days = _distance_in_days(m)
        day = anchor[0] - timedelta(days=days) if m["relation"] == "after" else anchor[0] + timedelta(days=days)
        found.append(CountedHappening(
            text=what, day=day, phrase=f"{m['distance']} {m['relation']} {anchor[1].text}",
            derivation=f"{m['distance']} {m['relation']} {anchor[1].text} ({anchor[0].isoformat()})",
            told=m.group(0)))
    return found


def _day_before(sentence: Sentence, dated: list[Timex], pos: int) -> tuple[date, Timex] | None:
    """The day of the date right before `pos` ("on Friday, a day after…"), when it names a day that
    a happening took (not a bound: "until Feb. 5, shortly after…") and nothing but a few words stands
    between them ("announced Friday, holders would receive…, shortly before the merger" counts from no day)."""
    before = [t for t in dated if t.end - sentence.start <= pos]
    if not before:
        return None
    anchor = before[-1]
    between = sentence.text[anchor.end - sentence.start:pos]
    if len(between.split()) > 3 or BOUND_PREPOSITION.search(sentence.text, max(0, anchor.start - sentence.start - 25),
                                                         anchor.start - sentence.start):
        return None
    m = _DAY_VALUE.match(anchor.value)
    if m is None:
        return None
    try:
        return date(int(m["y"]), int(m["m"]), int(m["d"])), anchor
    except ValueError:
        return None


def _distance_in_days(m: re.Match[str]) -> int:
    """Whole days between the two happenings: "a day" is one, "hours" or "shortly" the same day."""
    if m["count"] is None:
        return 1 if m["distance"].lower() == "the day" else 0
    count = m["count"].lower()
    if count in ("a", "an"):
        return 1
    parsed = lx.parse_count(count)
    return int(parsed) if parsed is not None else 0
