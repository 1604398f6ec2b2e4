"""CSV export: RFC 4180, UTF-8 with a BOM so spreadsheets read it, formulas neutralised.

OWASP's advice for CSV injection: a cell a spreadsheet would run (starting with =, +, -, @, tab or
carriage return) is prefixed with a single quote. The import of our own CSV removes it again.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable

from timeline_app.domain.model import Event
from timeline_app.export.atomic import write_bytes_atomic
from timeline_app.export.rows import CSV_COLUMNS, event_row

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def csv_bytes(events: Iterable[Event], neutralise_formulas: bool = True) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    for event in events:
        row = event_row(event)
        if neutralise_formulas:
            row = {k: neutralise(v) for k, v in row.items()}
        writer.writerow(row)
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")


def write_csv(path: str | os.PathLike[str], events: Iterable[Event], neutralise_formulas: bool = True) -> None:
    write_bytes_atomic(path, csv_bytes(events, neutralise_formulas))
