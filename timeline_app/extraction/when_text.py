"""Dates typed by a user ("fall 2020", "Nov. 30, 2023", "1990s", "2020-09-27 to 2020-11-10"),
read with the same tagger as articles so that both speak the same date language."""

from __future__ import annotations

from datetime import date

from timeline_app.domain.when import TimexError, When
from timeline_app.extraction.events import calendar_timexes
from timeline_app.extraction.temporal import tag


def parse_when_text(text: str, reference: date | None = None) -> tuple[When, When | None] | None:
    """(start, end or None) for a typed date or range, or None when the text names no date."""
    text = text.strip()
    if not text:
        return None
    for sep in (" / ", "/"):
        if sep in text and not any(ch.isalpha() for ch in text.replace("BC", "")):
            first, second = text.split(sep, 1)
            try:
                return When.from_timex(first.strip(), phrase=text), When.from_timex(second.strip(), phrase=text)
            except (TimexError, ValueError):
                pass
    try:
        return When.from_timex(text, phrase=text), None
    except (TimexError, ValueError):
        pass
    found = calendar_timexes(tag(text, reference or date.today(), language="en"))
    if not found:
        return None
    approx = text.lower().startswith(("c.", "circa", "around", "about", "~"))
    first = found[0]
    start = When.from_timex(first.value, phrase=text, approximate=approx or first.mod in ("START", "END", "MID", "APPROX"))
    partner = next((t for t in found[1:] if first.range_id is not None and t.range_id == first.range_id), None)
    if partner is None and len(found) == 2:
        between = text[first.end:found[1].start].strip().lower()
        if between in ("to", "-", "–", "—", "until", "through", "till"):
            partner = found[1]
    end = When.from_timex(partner.value, phrase=text) if partner is not None else None
    if end is not None and end.latest <= start.earliest:
        return None
    return start, end
