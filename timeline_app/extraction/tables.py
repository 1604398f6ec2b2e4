"""CSV files of events: our own export (round trip) and a user's sheet of dates and titles,
including conflict-data layouts (`event_date`, `actor1`, `actor2`, `notes`, `time_precision`).

Columns are found by header name; dates are read as TIMEX3 values, ISO dates or the common
written formats. A malformed file is refused whole, with the line that broke it.
"""

from __future__ import annotations

import csv
import io
import re

from timeline_app.extraction.document import ReadError, Table, TableRow

FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "event_id", "event_id_cnty", "data_id"),
    "date": ("start", "date", "event_date", "start_date", "when", "day", "timex", "begin", "start_timex"),
    "end": ("end", "end_date", "until", "finish", "end_timex"),
    "title": ("title", "event", "headline", "name", "event_title", "subject"),
    "summary": ("summary", "notes", "description", "details", "text"),
    "precision": ("precision", "time_precision", "date_precision"),
    "approximate": ("approximate", "approx"),
    "status": ("status",),
    "kind": ("kind", "event_type", "type", "category"),
    "actors": ("actors", "actor", "parties", "participants"),
    "actor1": ("actor1", "actor_1"),
    "actor2": ("actor2", "actor_2"),
    "place": ("place", "location"),
    "tags": ("tags",),
    "source_urls": ("source_urls", "source_url", "url", "link", "links", "source", "sources"),
    "source_titles": ("source_titles", "source_title"),
    "evidence": ("evidence",),
    "date_conflict": ("date_conflict",),
    "earliest": ("earliest",),
    "latest": ("latest",),
}
_FORMULA_MARK = re.compile(r"^'(?=[=+\-@\t\r])")
MAX_ROWS = 1_000_000


def _header_map(header: list[str]) -> dict[str, str]:
    normal = {re.sub(r"[\s\-]+", "_", h.strip().lower().lstrip("\ufeff")): h for h in header}
    found: dict[str, str] = {}
    for field, aliases in FIELD_ALIASES.items():
        for alias in aliases:
            if alias in normal and normal[alias] not in found.values():
                found[field] = normal[alias]
                break
    return found


class _Semicolon(csv.excel):
    delimiter = ";"


def _sniff_dialect(sample: str) -> type[csv.Dialect]:
    """RFC 4180 quoting with the delimiter the header line uses most (`,` `;` or tab).

    csv.Sniffer is not used: a title such as `Baku's words` makes it guess `'` as the quote.
    """
    header = sample.lstrip("\ufeff").split("\n", 1)[0]
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    if best == ";" and counts[";"] > 0:
        return _Semicolon
    if best == "\t" and counts["\t"] > 0:
        return csv.excel_tab
    return csv.excel


#: A Markdown table's line of cells between pipes, and the rule under its header: "| Date | Event |", "|---|:--|".
_PIPE_ROW = re.compile(r"[ \t]*\|?(?P<cells>[^|\n]*(?:\|[^|\n]*)+?)\|?[ \t]*")
_PIPE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*")


def _pipe_cells(line: str) -> list[str]:
    m = _PIPE_ROW.fullmatch(line)
    return [cell.strip() for cell in m["cells"].split("|")] if m is not None else []


def _pipe_table_lines(text: str) -> list[str] | None:
    """The lines of a text that is one Markdown table and nothing else (a header, its rule, its rows), else None: a table
    inside an article is the article's to read."""
    lines = [line for line in text.lstrip("\ufeff").splitlines() if line.strip()]
    if len(lines) < 3 or not _PIPE_RULE.fullmatch(lines[1]) or not all(_pipe_cells(line) for line in lines[:1] + lines[2:]):
        return None
    return lines


def looks_like_event_table(text: str) -> bool:
    """A first line that is a header with a date column and a title or notes column (or a text that is one Markdown table
    with such a header, and nothing else)."""
    pipes = text.lstrip("\ufeff").split("\n", 2)
    first = pipes[0]
    if len(pipes) >= 2 and _PIPE_RULE.fullmatch(pipes[1].rstrip("\r")):
        lines = _pipe_table_lines(text)
        fields = _header_map(_pipe_cells(lines[0])) if lines is not None else {}
        return "date" in fields and ("title" in fields or "summary" in fields)
    if len(first) > 2000 or not any(d in first for d in ",;\t"):
        return False
    try:
        header = next(csv.reader([first], _sniff_dialect(first)))
    except (csv.Error, StopIteration):
        return False
    fields = _header_map(header)
    return len(header) >= 2 and "date" in fields and ("title" in fields or "summary" in fields)


def _read_pipe_table(text: str, source: str) -> Table:
    """A Markdown table of dated events, its cells read as a CSV file's would be."""
    lines = _pipe_table_lines(text)
    if lines is None:
        raise ReadError(source, "is a Markdown table with lines that are not its rows")
    if len(lines) - 2 > MAX_ROWS:
        raise ReadError(source, f"has more than {MAX_ROWS:,} rows")
    header = _pipe_cells(lines[0])
    columns = _header_map(header)
    index = {h: i for i, h in enumerate(header)}
    rows: list[TableRow] = []
    for number, line in enumerate(lines[2:], start=3):
        cells = _pipe_cells(line)
        if len(cells) > len(header) + 1:
            raise ReadError(source, f"row {number}: {len(cells)} cells under a header of {len(header)}")
        rows.append(TableRow(line=number, fields={name: _FORMULA_MARK.sub("", cells[index[column]])
                                                  if index[column] < len(cells) else ""
                                                  for name, column in columns.items()}))
    return Table(source=source, rows=rows, text=text, columns=columns)


def read_table(text: str, source: str) -> Table:
    text = text.lstrip("\ufeff")
    head = text.split("\n", 2)
    if len(head) >= 2 and _PIPE_RULE.fullmatch(head[1].rstrip("\r")):
        return _read_pipe_table(text, source)
    dialect = _sniff_dialect(text[:5000])
    reader = csv.reader(io.StringIO(text, newline=""), dialect, strict=True)
    try:
        header = next(reader)
    except (csv.Error, StopIteration) as exc:
        raise ReadError(source, f"is a malformed CSV file ({exc})") from None
    columns = _header_map(header)
    if "date" not in columns or not ({"title", "summary"} & columns.keys()):
        raise ReadError(source, "is a CSV file without a date column and a title or notes column")
    index = {h: i for i, h in enumerate(header)}
    rows: list[TableRow] = []
    try:
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if len(rows) >= MAX_ROWS:
                raise ReadError(source, f"has more than {MAX_ROWS:,} rows")
            if len(row) > len(header) + 1:
                raise ReadError(source, f"line {reader.line_num}: {len(row)} cells under a header of {len(header)}")
            fields = {}
            for name, column in columns.items():
                i = index[column]
                cell = row[i] if i < len(row) else ""
                fields[name] = _FORMULA_MARK.sub("", cell)
            rows.append(TableRow(line=reader.line_num, fields=fields))
    except csv.Error as exc:
        raise ReadError(source, f"is a malformed CSV file (line {reader.line_num}: {exc})") from None
    if not rows:
        raise ReadError(source, "is a CSV file without rows")
    return Table(source=source, rows=rows, text=text, columns=columns)
