"""The command line: a thin `main(argv) -> int` over the services (tests call it directly).

With no subcommand it opens the window. Every failure a user can cause ends in one line on
stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from timeline_app import __version__
from timeline_app.domain.model import Event
from timeline_app.export.atomic import ExportError
from timeline_app.services.launcher import LauncherError
from timeline_app.services.settings import resolve_db
from timeline_app.services.stores import ensure_data_folder
from timeline_app.storage.database import StoreError, open_store


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help="store: a file path or a SQLAlchemy URL (default: $TIMELINE_APP_DB or the default store)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="timeline-app", description="A dated, sourced chronology from the news.")
    parser.add_argument("--version", action="version", version=f"timeline-app {__version__}")
    sub = parser.add_subparsers(dest="command")

    gui = sub.add_parser("gui", help="open the window (the default)")
    _add_db(gui)
    gui.add_argument("--screenshot", metavar="PNG", help="open at 1600x900, save a screenshot after the first paint, exit")
    gui.add_argument("paths", nargs="*", metavar="FILE_OR_URL",
                     help="a .timeline.sqlite store to open, or articles and links to import")

    listing = sub.add_parser("list", help="print the stored events")
    _add_db(listing)
    listing.add_argument("--json", action="store_true", help="print a JSON array (the default output is a table)")

    check = sub.add_parser("check", help="check the store's integrity and the app's invariants")
    _add_db(check)

    extract = sub.add_parser("extract", help="print the events an article proposes, without storing them")
    extract.add_argument("file", help="a file or an http(s) link")
    extract.add_argument("--published", help="publication date YYYY-MM-DD (default: detected)")
    extract.add_argument("--json", action="store_true", help="print a JSON array (the default output is a table)")

    imp = sub.add_parser("import", help="import articles (files, folders, http(s) links) into the store")
    _add_db(imp)
    imp.add_argument("sources", nargs="+", metavar="FILE_OR_URL")
    imp.add_argument("--yes", "-y", action="store_true", help="accept every proposed event without review")
    imp.add_argument("--dry-run", action="store_true", help="read and match, but store nothing")
    imp.add_argument("--published", help="publication date YYYY-MM-DD for every source (default: detected)")

    export = sub.add_parser("export", help="export the timeline: png, svg, pdf, csv, json (TimelineJS) or ics")
    _add_db(export)
    export.add_argument("--format", required=True, choices=["png", "svg", "pdf", "csv", "json", "ics"])
    export.add_argument("--out", required=True, help="the file to write (replaced atomically)")
    export.add_argument("--from", dest="date_from", help="first date shown, as text (2020, 2020-09, fall 2020)")
    export.add_argument("--to", dest="date_to", help="last date shown")
    export.add_argument("--width", type=int, default=1600)
    export.add_argument("--height", type=int, default=900)
    export.add_argument("--lanes", choices=["actor", "kind", "none"], default="kind")
    export.add_argument("--title", default="", help="a title drawn above images")
    export.add_argument("--footnotes", action="store_true", help="images: number the sources and list them below")
    export.add_argument("--dpi", type=int, help="PNG: print resolution recorded in the file; text scales with it")
    export.add_argument("--no-neutralise", action="store_true",
                        help="CSV: keep cells that start with = + - @ as they are (for data tools)")

    install = sub.add_parser("install-launcher", help="install the desktop launcher, icons and file type")
    install.add_argument("--prefix", help="data folder (default: ~/.local/share)")
    uninstall = sub.add_parser("uninstall-launcher", help="remove what install-launcher installed")
    uninstall.add_argument("--prefix", help="data folder (default: ~/.local/share)")

    timex = sub.add_parser("timex", help="print the temporal expressions of a text file as JSON lines")
    timex.add_argument("file", help="a UTF-8 text file")
    timex.add_argument("--dct", help="publication date YYYY-MM-DD (default: the detected dateline, else today)")
    timex.add_argument("--narrative", action="store_true",
                       help="read the text as an encyclopedia's narrative: a date without a year is of the year last "
                            "named (the default for a text with an encyclopedia's tagline)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    command = args.command or "gui"
    try:
        if command == "gui":
            from timeline_app.ui.app import run_gui

            return run_gui(getattr(args, "db", None), getattr(args, "screenshot", None), getattr(args, "paths", []))
        if command == "list":
            return cmd_list(args)
        if command == "check":
            return cmd_check(args)
        if command == "timex":
            return cmd_timex(args)
        if command == "extract":
            return cmd_extract(args)
        if command == "export":
            return cmd_export(args)
        if command in ("install-launcher", "uninstall-launcher"):
            from timeline_app.services.launcher import install_launcher, uninstall_launcher

            prefix = Path(args.prefix).expanduser() if args.prefix else None
            done = install_launcher(prefix) if command == "install-launcher" else uninstall_launcher(prefix)
            for line in done:
                print(line)
            return 0
        if command == "import":
            return cmd_import(args)
    except (StoreError, UsageError, ExportError, LauncherError) as exc:
        print(f"timeline-app: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("timeline-app: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    return 2


def event_json(event: Event) -> dict[str, object]:
    return {
        "id": event.id,
        "title": event.title,
        "timex": event.start.to_timex(),
        "end_timex": event.end.to_timex() if event.end else None,
        "precision": event.start.precision.value,
        "approximate": event.start.approximate,
        "status": event.status.value,
        "kind": event.kind.value,
        "actors": list(event.actors),
        "summary": event.summary,
        "date_conflict": event.date_conflict,
        "sources": [
            {
                "url": s.article_url,
                "title": s.article_title,
                "published": s.article_published.to_timex() if s.article_published else None,
                "evidence": s.evidence,
                "derivation": s.derivation,
            }
            for s in event.sources
        ],
    }


def cmd_list(args: argparse.Namespace) -> int:
    from timeline_app.storage.repository import Repository

    store = open_store(resolve_db(args.db), create=False)
    try:
        events = Repository(store).list_events()
    finally:
        store.close()
    if args.json:
        json.dump([event_json(e) for e in events], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for e in events:
            print(f"{e.id:>6}  {e.date_label():<32}  {e.kind.value:<16}  {e.title}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from timeline_app.storage.integrity import check_store, repair_store

    location = resolve_db(args.db)
    store = open_store(location, create=False)
    try:
        problems = check_store(store)
        if not problems:
            try:
                for line in repair_store(store):
                    print(f"{location}: repaired: {line}")
            except SQLAlchemyError as exc:
                problems.append(f"repair failed: {str(getattr(exc, 'orig', None) or exc).splitlines()[0]}")
    finally:
        store.close()
    if problems:
        for problem in problems:
            print(f"{location}: {problem}", file=sys.stderr)
        return 1
    print(f"{location}: ok")
    return 0


def parse_day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option} {text!r}: not a date in the form YYYY-MM-DD") from None


class UsageError(Exception):
    """A command-line value the user got wrong; printed as one line, exit code 2."""


def read_text_file(path: str) -> str:
    """A text file as UTF-8 with its newlines untouched, or a UsageError naming the file and why."""
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            return handle.read()
    except IsADirectoryError:
        raise UsageError(f"{path}: is a directory") from None
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except PermissionError:
        raise UsageError(f"{path}: permission denied") from None
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def parse_bound(text: str, option: str) -> tuple[int, int]:
    from timeline_app.extraction.when_text import parse_when_text

    parsed = parse_when_text(text)
    if parsed is None:
        raise UsageError(f"{option} {text!r}: not a date (try 2020, 2020-09, 2020-09-27 or 'fall 2020')")
    start, end = parsed
    return start.earliest, (end or start).latest


def cmd_export(args: argparse.Namespace) -> int:
    from timeline_app.export.csv_export import write_csv
    from timeline_app.export.ics import write_ics
    from timeline_app.export.timelinejs import write_timelinejs
    from timeline_app.storage.repository import Repository

    lo = parse_bound(args.date_from, "--from")[0] if args.date_from else None
    hi = parse_bound(args.date_to, "--to")[1] if args.date_to else None
    if lo is not None and hi is not None and hi <= lo:
        raise UsageError("--to comes before --from")
    store = open_store(resolve_db(args.db), create=False)
    try:
        events = Repository(store).list_events()
    finally:
        store.close()
    if lo is not None:
        events = [e for e in events if e.latest > lo]
    if hi is not None:
        events = [e for e in events if e.earliest < hi]
    if args.format == "csv":
        write_csv(args.out, events, neutralise_formulas=not args.no_neutralise)
    elif args.format == "json":
        write_timelinejs(args.out, events, title=args.title or "Timeline")
    elif args.format == "ics":
        skipped = write_ics(args.out, events)
        if skipped:
            print(f"timeline-app: {skipped} event(s) outside the years 1-9999 left out of the calendar", file=sys.stderr)
    else:
        export_images(args, events, lo, hi)
    print(f"wrote {args.out} ({len(events)} events)")
    return 0


def export_images(args: argparse.Namespace, events: list, lo: int | None, hi: int | None) -> None:  # type: ignore[type-arg]
    import os

    if not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    from timeline_app.layout.viewport import Viewport
    from timeline_app.render.images import export_image

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    if lo is None or hi is None:
        if not events:
            raise UsageError("nothing to draw: the store (or the range) holds no events")
        lo = lo if lo is not None else min(e.earliest for e in events)
        hi = hi if hi is not None else max(e.latest for e in events)
    view = Viewport.fit(lo, hi, args.width, margin=0.03 if not (args.date_from and args.date_to) else 0.0)
    if args.dpi is not None and not 30 <= args.dpi <= 1200:
        raise UsageError(f"--dpi {args.dpi}: choose between 30 and 1200")
    export_image(args.out, args.format, events, view, args.width, args.height, lanes=args.lanes, title=args.title,
                 footnotes=args.footnotes, dpi=args.dpi)


def cmd_timex(args: argparse.Namespace) -> int:
    from timeline_app.extraction.published import detect_published
    from timeline_app.extraction.readers import ENCYCLOPEDIA_TAGLINE
    from timeline_app.extraction.temporal import tag

    text = read_text_file(args.file)
    dct = parse_day(args.dct, "--dct") if args.dct else (detect_published(text) or date.today())
    narrative = args.narrative or bool(ENCYCLOPEDIA_TAGLINE.search(text[:3000]))
    out = sys.stdout
    for timex in tag(text, dct, narrative=narrative):
        out.write(json.dumps(timex.as_json(), ensure_ascii=False) + "\n")
    return 0


def candidate_json(c) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {
        "title": c.title,
        "timex": c.start.to_timex(),
        "end_timex": c.end.to_timex() if c.end else None,
        "precision": c.start.precision.value,
        "approximate": c.start.approximate,
        "status": c.status.value,
        "kind": c.kind.value,
        "actors": list(c.actors),
        "evidence": c.evidence,
        "evidence_start": c.evidence_start,
        "evidence_end": c.evidence_end,
        "date_phrase": c.date_phrase,
        "derivation": c.derivation,
    }


def cmd_extract(args: argparse.Namespace) -> int:
    from timeline_app.extraction.document import ReadError
    from timeline_app.extraction.pipeline import extract_source

    published = parse_day(args.published, "--published") if args.published else None
    try:
        extraction = extract_source(args.file, published=published)
    except ReadError as exc:
        print(f"timeline-app: {exc}", file=sys.stderr)
        return 2
    if args.json:
        json.dump([candidate_json(c) for c in extraction.candidates], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(f"{extraction.title}  (published {extraction.published.isoformat()}, {extraction.published_how})")
        for c in extraction.candidates:
            print(f"  {_span_label(c):<12} {c.status.value:<10} {c.kind.value:<16} {c.title}")
    for note in extraction.notes:
        print(f"timeline-app: {args.file}: {note}", file=sys.stderr)
    return 0


def _span_label(c) -> str:  # type: ignore[no-untyped-def]
    """"2024-10", or "2024-10/2025-06" for an event that lasts (ISO 8601's interval)."""
    return c.start.to_timex() + (f"/{c.end.to_timex()}" if c.end is not None else "")


class TerminalDecisions:
    """The command line's side of an import: --yes, or a question per article on a terminal."""

    def __init__(self, accept_all: bool) -> None:
        self.accept_all = accept_all
        self.interactive = sys.stdin.isatty() and not accept_all
        self.show_progress = sys.stderr.isatty()

    def review(self, extraction):  # type: ignore[no-untyped-def]
        if self.accept_all or not extraction.candidates:
            return [c for c in extraction.candidates if c.accepted]
        if not self.interactive:
            return None
        print(f"\n{extraction.title} ({extraction.published.isoformat()}):")
        for i, c in enumerate(extraction.candidates, 1):
            merge = f"  [merges with: {c.merge_title}]" if c.merge_with else ""
            print(f"  {i}. {_span_label(c):<12} {c.kind.value:<16} {c.title}{merge}")
        answer = input("Import these events? [y]es / [n]o / numbers to keep (e.g. 1,3): ").strip().lower()
        if answer in ("y", "yes"):
            return list(extraction.candidates)
        keep = {int(n) for n in re.findall(r"\d+", answer)}
        return [c for i, c in enumerate(extraction.candidates, 1) if i in keep] if keep else None

    def progress(self, done: int, total: int, source: str) -> None:
        if self.show_progress and source:
            sys.stderr.write(f"\r[{done + 1}/{total}] {source[-60:]:<60}")
            sys.stderr.flush()
        elif self.show_progress:
            sys.stderr.write("\r" + " " * 72 + "\r")

    def cancelled(self) -> bool:
        return False


def cmd_import(args: argparse.Namespace) -> int:
    from timeline_app.extraction.pipeline import expand_sources
    from timeline_app.services.importing import ImportSession
    from timeline_app.storage.repository import Repository

    published = parse_day(args.published, "--published") if args.published else None
    sources = expand_sources(args.sources)
    location = resolve_db(args.db)
    ensure_data_folder(location)  # (a first import on a fresh machine creates the default store)
    store = open_store(location)
    try:
        session = ImportSession(Repository(store), TerminalDecisions(args.yes), published=published,
                                dry_run=args.dry_run)
        summary = session.run(sources)
    finally:
        store.close()
    for outcome in summary.outcomes:
        if outcome.status == "failed":
            print(f"skipped {outcome.source}: {outcome.message}", file=sys.stderr)
        elif outcome.status == "skipped":
            reason = "not reviewed (add --yes to accept without a terminal)" if not sys.stdin.isatty() else outcome.message
            print(f"skipped {outcome.source}: {reason}", file=sys.stderr)
        elif outcome.status == "already":
            print(f"{outcome.source}: {outcome.message}")
        else:
            extra = f" ({outcome.message})" if outcome.message else ""
            print(f"{outcome.source}: {outcome.new_events} new, {outcome.merged_events} merged{extra}")
    print(summary.describe())
    useful = summary.count("imported") + summary.count("already") + summary.count("dry-run")
    return 0 if useful else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
