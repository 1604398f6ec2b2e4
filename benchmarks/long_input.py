"""Extraction time on hostile long inputs, at growing sizes, with the ratio between sizes.

    python benchmarks/long_input.py

Linear work doubles when the input doubles (ratio ≈ 2); a ratio near 4 means a pass over the whole
input per sentence or per date. The cases are what users paste: one paragraph of thousands of short
sentences, and one "sentence" listing thousands of dates.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date

from timeline_app.extraction.pipeline import extract
from timeline_app.extraction.readers import read_text

PUBLISHED = date(2023, 11, 28)


def one_paragraph(n: int) -> str:
    return "The envoys met again on Monday in Geneva and agreed to meet on Nov. 30. " * n + "\n"


def one_sentence_of_dates(n: int) -> str:
    return "The envoys met " + ", ".join(f"on {d % 28 + 1} May {1900 + d % 120}" for d in range(n)) + ".\n"


def timed(text: str) -> float:
    started = time.perf_counter()
    extract(read_text(text, source="long.txt"), published=PUBLISHED)
    return time.perf_counter() - started


def main() -> int:
    extract(read_text(one_paragraph(10), source="warm.txt"), published=PUBLISHED)  # imports, gazetteer
    report = {}
    for name, make, sizes in (("one_paragraph", one_paragraph, (2000, 4000, 8000)),
                              ("one_sentence_of_dates", one_sentence_of_dates, (2500, 5000, 10000))):
        seconds = [timed(make(n)) for n in sizes]
        report[name] = {
            "sizes": list(sizes),
            "characters": [len(make(n)) for n in sizes],
            "seconds": [round(s, 2) for s in seconds],
            "ratios": [round(b / a, 2) for a, b in zip(seconds, seconds[1:], strict=False)],
        }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
