"""The command line: a thin `main(argv) -> int` over the services (tests call it directly).

With no subcommand it opens the window. Every failure a user can cause ends in one line on
stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date

from timeline_app import __version__
from timeline_app.domain.model import Event
from timeline_app.services.settings import resolve_db
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

    listing = sub.add_parser("list", help="print the stored events")
    _add_db(listing)
    listing.add_argument("--json", action="store_true", help="print a JSON array (the default output is a table)")

    check = sub.add_parser("check", help="check the store's integrity and the app's invariants")
    _add_db(check)

    timex = sub.add_parser("timex", help="print the temporal expressions of a text file as JSON lines")
    timex.add_argument("file", help="a UTF-8 text file")
    timex.add_argument("--dct", help="publication date YYYY-MM-DD (default: the detected dateline, else today)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    command = args.command or "gui"
    try:
        if command == "gui":
            from timeline_app.ui.app import run_gui

            return run_gui(getattr(args, "db", None), getattr(args, "screenshot", None))
        if command == "list":
            return cmd_list(args)
        if command == "check":
            return cmd_check(args)
        if command == "timex":
            return cmd_timex(args)
    except (StoreError, UsageError) as exc:
        print(f"timeline-app: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("timeline-app: interrupted", file=sys.stderr)
        return 130
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
    from timeline_app.storage.integrity import check_store

    location = resolve_db(args.db)
    store = open_store(location, create=False)
    try:
        problems = check_store(store)
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


def cmd_timex(args: argparse.Namespace) -> int:
    from timeline_app.extraction.published import detect_published
    from timeline_app.extraction.temporal import tag

    text = read_text_file(args.file)
    dct = parse_day(args.dct, "--dct") if args.dct else (detect_published(text) or date.today())
    out = sys.stdout
    for timex in tag(text, dct):
        out.write(json.dumps(timex.as_json(), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
