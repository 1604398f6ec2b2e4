"""Finding an article's publication date in its own text (the dateline), when no metadata says it."""

from __future__ import annotations

import re
from datetime import date

from timeline_app.extraction.temporal import tag

#: Where datelines live: the first lines of an article.
HEADER_CHARS = 1500
_LABEL_PUBLISHED = re.compile(r"(?:published|posted|first\s+published|date|dated|issued)\s*(?:on|at)?\s*[:|–-]?\s*$", re.I)
_LABEL_UPDATED = re.compile(r"(?:updated?|modified|last\s+updated|edited)\s*(?:on|at)?\s*[:|–-]?\s*$", re.I)
_FULL_DAY = re.compile(r"^[+-]?\d{4,}-\d{2}-\d{2}")
_SHORT_YEAR = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2}\b|'\d{2}\b")
_WRITTEN_YEAR = re.compile(rf"\d{{4}}|{_SHORT_YEAR.pattern}")


#: A year and a clock run together where a page's layout put them side by side: text copied from
#: a Reuters page reads "March 7, 20244:32 PM GMT+1Updated 2 days ago".
_GLUED_CLOCK = re.compile(r"\b((?:19|20)\d\d)(\d{1,2}:\d\d)")

#: Two lowercase words in a row before a date on its line: a sentence telling what happened
#: ("Hezbollah began firing on Oct. 8, 2023"), not a dateline ("KYIV, Nov 28, 2023 (AP)",
#: "Posted by Jane Doe on March 7, 2024").
_DATELINE_WORD = (r"(?:first|last|published|posted|updated|modified|edited|issued|dated|date|on|at|by|and|the|of|"
                  r"am|pm|mon|tue|wed|thu|fri|sat|sun)\b")
_IN_PROSE = re.compile(rf"\b(?!{_DATELINE_WORD})[a-z]+[,;]?\s+(?!{_DATELINE_WORD})[a-z]+\b")

#: A date that heads an entry of a list, not the page: "• July 14, 2015: Iran and six powers agree…" (the
#: text before the date, a NUL, then what follows it).
_LIST_ENTRY = re.compile(r"\s*[•*·▪►●–-]\s*\0|\s*\0\s*:\s*\S")

#: How `find_published` found the date: a full date in the header, or a wire dateline whose year
#: had to be assumed.
FROM_DATELINE = "dateline"
FROM_DATELINE_NO_YEAR = "dateline-no-year"


def detect_published(text: str, today: date | None = None) -> date | None:
    """The publication date a dateline gives, or None (see `find_published`)."""
    return find_published(text, today)[0]


def find_published(text: str, today: date | None = None) -> tuple[date | None, str]:
    """The publication date from a dateline such as `28.11.2023 - Update : 29.11.2023`,
    `Nov 28, 2023` or `Published: 2023-11-28`; None when the header names no full date.

    A date labelled "published" wins; otherwise the first full date that is not labelled as an
    update, then an update date (close to publication, better than none). Only dates written with
    their year count: "on Monday" in the lead is read against the publication date, it cannot
    give it. Dates after `today` (a typo, or a scheduled date in a headline) are not publication dates.
    """
    today = today or date.today()
    header = _GLUED_CLOCK.sub(r"\1 \2", text[:HEADER_CHARS])
    labelled, plain, updated = None, None, None
    for timex in tag(header, today):
        if timex.type not in ("DATE", "TIME") or not _FULL_DAY.match(timex.value):
            continue
        if not _WRITTEN_YEAR.search(timex.text) or (timex.value[:4] not in timex.text and not _SHORT_YEAR.search(timex.text)):
            continue  # "on Monday", or "at 1900 GMT" (four digits that are a clock, not the year)
        try:
            found = date.fromisoformat(timex.value[:10])
        except ValueError:
            continue
        if found > today:
            continue
        before = header[max(0, timex.start - 30):timex.start]
        if _LABEL_UPDATED.search(before):
            updated = updated or found
            continue
        if _LABEL_PUBLISHED.search(before) and labelled is None:
            labelled = found
        line_start = header.rfind("\n", 0, timex.start) + 1
        if plain is None and not _IN_PROSE.search(header, line_start, timex.start) \
                and not _LIST_ENTRY.match(header[line_start:timex.start] + "\0" + header[timex.end:timex.end + 4]):
            plain = found
    found = labelled or plain or updated
    if found is not None:
        return found, FROM_DATELINE
    wire = _wire_dateline(header, today)
    return (wire, FROM_DATELINE_NO_YEAR) if wire is not None else (None, "")


_WIRE = re.compile(r"^[A-Z][A-Z .'/-]{2,40}(?:,\s*[A-Z][\w .'-]{1,30})?,?\s+(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})\s*\(",
                   re.M)


def _wire_dateline(header: str, today: date) -> date | None:
    """"WASHINGTON, Nov 28 (Reuters) -": a day without a year, so the latest such day up to today."""
    from timeline_app.extraction.lexicon import MONTHS

    m = _WIRE.search(header)
    if not m:
        return None
    month = MONTHS.get(m["mon"].lower()) or MONTHS.get(m["mon"].lower()[:3])
    if month is None:
        return None
    for year in (today.year, today.year - 1):
        try:
            found = date(year, month, int(m["day"]))
        except ValueError:
            continue
        if found <= today:
            return found
    return None
