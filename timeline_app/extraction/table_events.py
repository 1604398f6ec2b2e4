"""Rows of a CSV → proposed events: dates read as TIMEX3 values or written dates, precisions kept."""

from __future__ import annotations

import re
from datetime import date

from timeline_app.domain.vocab import EventKind, EventStatus
from timeline_app.domain.when import Precision, TimexError, When
from timeline_app.extraction.candidates import Candidate
from timeline_app.extraction.document import Table, TableRow
from timeline_app.extraction.events import classify_kind
from timeline_app.extraction.temporal import tag

#: Conflict-data `time_precision` codes: 1 the day, 2 within a week, 3 within a month.
_CODED_PRECISION = {"1": Precision.DAY, "2": Precision.WEEK, "3": Precision.MONTH}


#: A day written with slashes, its day and month in the order the sheet uses: "12/03/2024".
_SLASHED_DAY = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")


def slashed_day_order(cells: list[str]) -> bool | None:
    """Whether a sheet's slashed days put the day first (True: "25/04/2024" is among them), the month first (False:
    "04/25/2024"), or cannot tell (None): one order for the whole sheet, so "12/03/2024" is read as its neighbours are."""
    pairs = [(int(m[1]), int(m[2])) for cell in cells if (m := _SLASHED_DAY.fullmatch(cell.strip()))]
    day_first, month_first = any(a > 12 for a, _ in pairs), any(b > 12 for _, b in pairs)
    return day_first if day_first != month_first else None


def parse_date_cell(text: str, precision: str = "", today: date | None = None,
                    day_first: bool | None = None) -> When | None:
    """A date as a spreadsheet holds it: TIMEX3 (`2020-FA`), ISO, `30/11/2023`, `Nov 30, 2023`… (`day_first`: the
    order of a slashed day's numbers, where the sheet tells it)."""
    cell = text.strip()
    if not cell:
        return None
    slashed = _SLASHED_DAY.fullmatch(cell) if day_first is not None else None
    if slashed is not None:
        day, month = (int(slashed[1]), int(slashed[2])) if day_first else (int(slashed[2]), int(slashed[1]))
        try:
            return When.of_day(int(slashed[3]), month, day)
        except (TimexError, ValueError):
            return None
    approximate = False
    if cell.startswith(("~", "c.", "ca.", "circa")):
        approximate = True
        cell = re.sub(r"^(?:~|c\.|ca\.|circa)\s*", "", cell)
    try:
        when = When.from_timex(cell, phrase=text.strip(), approximate=approximate)
    except (TimexError, ValueError):
        when = None
    if when is None:
        m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?", cell)
        if m:
            try:
                when = When.of_day(int(m[1]), int(m[2]), int(m[3]))
            except (TimexError, ValueError):
                return None
    if when is None:
        found = [t for t in tag(cell, today or date.today(), language="en") if t.type in ("DATE", "TIME")]
        if len(found) == 1 and len(found[0].text) >= len(cell) * 0.6:
            try:
                when = When.from_timex(found[0].value, phrase=cell, approximate=approximate)
            except (TimexError, ValueError):
                when = None
    if when is None:
        return None
    coded = _CODED_PRECISION.get(precision.strip())
    named = precision.strip().lower()
    target = coded or (Precision(named) if named in Precision._value2member_map_ else None)
    if target is not None and target.rank > when.precision.rank:
        when = widen(when, target)
    return When(when.earliest, when.latest, when.precision, approximate or when.approximate, text.strip())


def widen(when: When, precision: Precision) -> When:
    """The coarser interval holding `when` (a day known only "within the week")."""
    y, m, d, _, _ = when.start_civil
    try:
        if precision is Precision.WEEK:
            from timeline_app.domain import calendar as cal

            iy, w = cal.iso_week_of(when.earliest // cal.SECONDS_PER_DAY)
            return When.of_week(iy, w)
        if precision is Precision.MONTH:
            return When.of_month(y, m)
        if precision is Precision.YEAR:
            return When.of_year(y)
    except (TimexError, ValueError):
        return when
    return when


def _split_list(cell: str) -> tuple[str, ...]:
    parts = re.split(r"\s*[;|\n]\s*", cell) if re.search(r"[;|\n]", cell) else re.split(r"\s*,\s*", cell)
    return tuple(p.strip() for p in parts if p.strip())


def row_candidate(row: TableRow, today: date | None = None, ours: bool = False,
                  day_first: bool | None = None) -> Candidate | str:
    """A candidate, or the reason the row cannot become one. `ours`: a CSV this app exported,
    whose source cells hold one source per line."""
    f = row.fields
    start = parse_date_cell(f.get("date", ""), f.get("precision", ""), today, day_first)
    if start is None:
        return f"line {row.line}: cannot read the date {f.get('date', '')!r}"
    if f.get("approximate", "").strip().lower() in ("1", "true", "yes"):
        start = When(start.earliest, start.latest, start.precision, True, start.phrase)
    end = parse_date_cell(f.get("end", ""), "", today, day_first) if f.get("end", "").strip() else None
    if end is not None and end.latest <= start.earliest:
        return f"line {row.line}: the end {f.get('end')!r} comes before the start"
    summary = f.get("summary", "").strip()
    title = f.get("title", "").strip() or _title_from(summary)
    if not title:
        return f"line {row.line}: no title"
    actors = _split_list(f.get("actors", "")) + tuple(a for a in (f.get("actor1", "").strip(), f.get("actor2", "").strip()) if a)
    if ours:
        urls = tuple(f.get("source_urls", "").split("\n")) if f.get("source_urls") or f.get("source_titles") else ()
        titles = tuple(f.get("source_titles", "").split("\n")) if urls else ()
        evidence = tuple(f.get("evidence", "").split("\n")) if urls else ()
    else:
        urls = _split_list(f.get("source_urls", "")) if f.get("source_urls") else ()
        titles = tuple(t.strip() for t in re.split(r"\s*[;|\n]\s*", f.get("source_titles", "")) if t.strip())
        evidence = (f.get("evidence", "").strip(),) if f.get("evidence", "").strip() else ()
    # (a sheet of dates and titles alone: its kind told by its title, and what lies after today is ahead)
    kind = EventKind.parse(f["kind"]) if "kind" in f else classify_kind(title, summary or title)
    ahead = today is not None and start.earliest >= When.of_day(today.year, today.month, today.day).latest
    status = EventStatus.parse(f["status"]) if "status" in f else EventStatus.SCHEDULED if ahead else EventStatus.HAPPENED
    return Candidate(
        title=title[:300], start=start, end=end, kind=kind,
        status=status, actors=tuple(dict.fromkeys(actors)),
        summary=summary, place=f.get("place", "").strip(),
        evidence=evidence[0] if evidence else "", derivation=f"row {row.line} of the table",
        date_phrase=f.get("date", ""), timex=start.to_timex(), source_urls=urls, source_titles=titles,
        source_evidence=evidence, tags=_split_list(f.get("tags", "")),
        date_conflict=f.get("date_conflict", "").strip().lower() in ("1", "true", "yes"),
    )


def _title_from(summary: str) -> str:
    first = re.split(r"(?<=[.!?])\s+", summary.strip(), maxsplit=1)[0]
    return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "…"


def table_candidates(table: Table, today: date | None = None) -> tuple[list[Candidate], list[str]]:
    candidates, problems = [], []
    ours = {"earliest", "latest"} <= set(table.columns)
    day_first = slashed_day_order([row.fields.get(name, "") for row in table.rows for name in ("date", "end")])
    for row in table.rows:
        result = row_candidate(row, today, ours, day_first)
        if isinstance(result, str):
            problems.append(result)
        else:
            candidates.append(result)
    return candidates, problems
