"""Frame times of the timeline at N events, opened as the app opens a store.

    python benchmarks/render.py --events 1000000

Builds (in a child process, cached under /tmp by N) a store of N synthetic events from 1800 to
2030 with mixed precisions and 12 actor lanes, then in this process: opens it as the window does
(columns → index → first frame; cold, then with the columns cache a first open writes), renders 1600x900 frames offscreen across a sweep of zoom levels
(whole span, 10 years, 1 year, 1 month, 1 day) with pans at each, and prints as its last line
{"events", "p50_ms", "p95_ms", "worst_zoom_p50_ms", "rss_mb", "open_s"} (and the per-zoom p50 and
the cold open).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DAY = 86_400
ACTORS = ["Armenia", "Azerbaijan", "Georgia", "Turkey", "Russia", "Iran", "United States", "European Union",
          "France", "United Nations", "OSCE", "Nagorno-Karabakh"]
KINDS = ["talks", "call", "visit", "statement", "agreement", "ceasefire", "military_action", "election", "sanction", "other"]


def build(path: Path, n: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from timeline_app.domain import calendar as cal
    from timeline_app.domain.when import When
    from timeline_app.storage.database import open_store

    open_store(path).close()  # schema and migrations, as the app makes them
    rng = random.Random(n)
    lo, hi = cal.days_from_civil(1800, 1, 1), cal.days_from_civil(2030, 1, 1)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    conn.executemany("INSERT INTO actors (id, name, kind, color, hidden) VALUES (?, ?, 'other', '', 0)",
                     [(i + 1, name) for i, name in enumerate(ACTORS)])
    rows, links = [], []
    for i in range(1, n + 1):
        day = rng.randrange(lo, hi)
        y, m, d = cal.civil_from_days(day)
        p = rng.random()
        end = None
        if p < 0.5:
            start = When.of_day(y, m, d)
        elif p < 0.7:
            start = When.of_month(y, m)
        elif p < 0.85:
            start = When.of_year(y)
        elif p < 0.9:
            start = When.of_season(y, rng.choice(["SP", "SU", "FA", "WI"]))
        elif p < 0.93:
            start = When.of_decade(y // 10)
        else:
            start = When.of_day(y, m, d)
            ey, em, ed = cal.civil_from_days(day + rng.randrange(2, 120))
            end = When.of_day(ey, em, ed)
        title = f"Event {i}: {rng.choice(ACTORS)} and {rng.choice(ACTORS)} {rng.choice(['meet', 'sign', 'clash', 'talk'])}"
        latest = end.latest if end else start.latest
        rows.append((i, title, "", rng.choice(KINDS), "happened", "", "", start.to_timex(), start.precision.value, 0, "",
                     end.to_timex() if end else None, end.precision.value if end else None, 0, "", start.earliest,
                     latest, start.latest, end.earliest if end else None, 0, title, 0, 0))
        links.append((i, 1 + i % 12, 0))
        if i % 7 == 0:
            links.append((i, 1 + (i % 12 + 1 + i % 10) % 12, 1))
        if len(rows) >= 50_000:
            _flush(conn, rows, links)
    _flush(conn, rows, links)
    longest = conn.execute("SELECT max(latest - earliest) FROM events").fetchone()[0]
    conn.execute("INSERT OR REPLACE INTO store_meta (key, value) VALUES ('max_event_span', ?)", (str(longest),))
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _flush(conn: sqlite3.Connection, rows: list, links: list) -> None:  # type: ignore[type-arg]
    conn.executemany(
        "INSERT INTO events (id, title, summary, kind, status, place, tags, start_timex, start_precision, "
        "start_approximate, start_phrase, end_timex, end_precision, end_approximate, end_phrase, earliest, latest, "
        "start_latest, end_earliest, date_conflict, search_text, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.executemany("INSERT INTO event_actors (event_id, actor_id, position) VALUES (?,?,?)", links)
    conn.commit()
    rows.clear()
    links.clear()


def measure(path: Path, n: int, lanes: str, cold_only: bool = False) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from timeline_app.domain import calendar as cal
    from timeline_app.layout.index import EventColumns
    from timeline_app.layout.viewport import Viewport
    from timeline_app.storage.columns import CACHE_SUFFIX, load_columns
    from timeline_app.storage.database import open_store
    from timeline_app.storage.repository import Repository
    from timeline_app.ui.timeline_widget import TimelineWidget

    app = QApplication.instance() or QApplication([])

    def open_to_first_frame() -> tuple[float, object, object]:
        started = time.perf_counter()
        store = open_store(path)
        repo = Repository(store)
        widget = TimelineWidget()
        widget.resize(1600, 900)
        widget.set_lane_mode(lanes)
        widget.set_columns(EventColumns.from_arrays(load_columns(store)), repo.drawable_events, fit=True)
        widget.grab()
        return time.perf_counter() - started, store, widget

    if cold_only:
        Path(str(path) + CACHE_SUFFIX).unlink(missing_ok=True)
        open_cold_s, store, _widget = open_to_first_frame()  # reads every row, writes the columns cache
        return {"open_cold_s": round(open_cold_s, 2), "rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
    open_s, store, widget = open_to_first_frame()  # as every start after the first: the cache is current
    rng = random.Random(7)
    lo, hi = cal.seconds_from_civil(1800), cal.seconds_from_civil(2030)
    zooms = {"whole": hi - lo, "10y": 10 * 365.25 * DAY, "1y": 365.25 * DAY, "1m": 30.4 * DAY, "1d": DAY}
    per_zoom: dict[str, list[float]] = {}
    for name, span in zooms.items():
        times = per_zoom.setdefault(name, [])
        for _ in range(4):
            centre = rng.uniform(lo + span / 2, hi - span / 2) if span < hi - lo else (lo + hi) / 2
            view = Viewport.fit(int(centre - span / 2), int(centre + span / 2), 1600, margin=0)
            for step in range(6):  # a pan: each frame moves the view by 5 %
                widget.set_view(view.pan_pixels(-80 * step))
                t = time.perf_counter()
                widget.grab()
                times.append((time.perf_counter() - t) * 1000)
    every = [t for ts in per_zoom.values() for t in ts]
    store.close()
    del app
    return {
        "events": n,
        "p50_ms": round(statistics.median(every), 2),
        "p95_ms": round(sorted(every)[int(len(every) * 0.95) - 1], 2),
        "worst_zoom_p50_ms": round(max(statistics.median(ts) for ts in per_zoom.values()), 2),
        "zoom_p50_ms": {k: round(statistics.median(v), 2) for k, v in per_zoom.items()},
        "rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "open_s": round(open_s, 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--lanes", choices=["actor", "kind", "none"], default="actor")
    parser.add_argument("--store", type=Path, help="where to build the store (default: a cached temporary file)")
    parser.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--cold-open-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    path = args.store or Path(tempfile.gettempdir()) / f"timeline-bench-{args.events}.timeline.sqlite"
    if args.build_only:
        build(path, args.events)
        return 0
    if not path.exists():
        started = time.perf_counter()
        partial = path.with_name(path.name + ".building")
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        subprocess.run([sys.executable, __file__, "--events", str(args.events), "--store", str(partial), "--build-only"],
                       check=True)
        partial.rename(path)
        print(f"built {path} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    if args.cold_open_only:
        print(json.dumps(measure(path, args.events, args.lanes, cold_only=True)))
        return 0
    # The first open of a store reads every row and writes the columns cache: timed in a child
    # process, so that its peak memory does not hide the app's steady state measured here.
    cold = subprocess.run([sys.executable, __file__, "--events", str(args.events), "--store", str(path), "--lanes",
                           args.lanes, "--cold-open-only"], capture_output=True, text=True, check=True)
    cold_figures = json.loads(cold.stdout.strip().splitlines()[-1])
    figures = measure(path, args.events, args.lanes)
    figures["open_cold_s"] = cold_figures["open_cold_s"]
    figures["rss_cold_mb"] = cold_figures["rss_mb"]
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
