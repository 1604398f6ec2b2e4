"""Every export format written from a store holding an imported article, then opened by an
independent reader; the CSV round trip; atomic writes."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtGui import QImage

from timeline_app.cli import main
from timeline_app.services.demo import seed_demo_if_new
from timeline_app.services.importing import ImportSession
from timeline_app.storage.database import open_store
from timeline_app.storage.repository import Repository

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "export.timeline.sqlite"
    s = open_store(path)
    repo = Repository(s)
    seed_demo_if_new(repo)
    ImportSession(repo).run([str(ARTICLES / "caspian-border-talks.txt")])
    repo.add_events([__import__("timeline_app.domain.model", fromlist=["Event"]).Event(
        title="=cmd|' /C calc'!A0", start=__import__("timeline_app.domain.when", fromlist=["When"]).When.from_timex("2024-01-02"))])
    s.close()
    return str(path)


def export(store, fmt, out, *extra):
    assert main(["export", "--db", store, "--format", fmt, "--out", str(out), *extra]) == 0


def test_png_reads_back(store, tmp_path, qapp):
    out = tmp_path / "t.png"
    export(store, "png", out, "--width", "1200", "--height", "700", "--title", "Border talks")
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 700)
    assert len({image.pixel(x, y) for x in range(0, 1200, 20) for y in range(0, 700, 20)}) > 10


def test_an_image_export_draws_no_today_line(store, tmp_path, qapp):
    """An export is a document: no "today" line, and none at 1970 (it was drawn at the epoch)."""
    out = tmp_path / "t.svg"
    export(store, "svg", out, "--from", "1960", "--to", "2030")
    assert not any((el.text or "").strip() == "today" for el in ET.parse(out).getroot().iter())


def test_svg_is_xml_with_text(store, tmp_path, qapp):
    out = tmp_path / "t.svg"
    export(store, "svg", out, "--from", "2022", "--to", "2024", "--lanes", "actor")
    root = ET.parse(out).getroot()
    assert root.tag.endswith("svg")
    assert any("Grigoryan" in (el.text or "") for el in root.iter())


def test_pdf_is_a_vector_page(store, tmp_path, qapp):
    out = tmp_path / "t.pdf"
    export(store, "pdf", out, "--width", "1000", "--height", "600", "--from", "2024-03-01", "--to", "2024-03-31")
    reader = PdfReader(str(out))
    assert len(reader.pages) == 1
    assert "Grigoryan" in reader.pages[0].extract_text().replace("\t", " ")


def test_csv_is_rfc4180_with_bom_and_neutralised_formulas(store, tmp_path):
    out = tmp_path / "t.csv"
    export(store, "csv", out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    required = {"id", "title", "start", "end", "precision", "earliest", "latest", "status", "kind", "actors",
                "summary", "source_urls", "source_titles", "evidence"}
    assert required <= set(rows[0])
    evil = next(r for r in rows if "calc" in r["title"])
    assert evil["title"].startswith("'=")
    talks = next(r for r in rows if r["start"] == "2024-03-12")
    assert "Tuesday" in talks["evidence"] and talks["precision"] == "day"
    export(store, "csv", out, "--no-neutralise")
    assert any(r["title"].startswith("=cmd") for r in csv.DictReader(io.StringIO(out.read_text("utf-8-sig"), newline="")))


def test_timelinejs_json(store, tmp_path):
    out = tmp_path / "t.json"
    export(store, "json", out)
    data = json.loads(out.read_text())
    assert data["events"] and all("start_date" in e and "headline" in e["text"] for e in data["events"])
    season = next(e for e in data["events"] if e["text"]["headline"].startswith("Humanitarian truces"))
    assert season["start_date"]["year"] == 2020 and "end_date" in season


def test_ics_reads_back_with_icalendar(store, tmp_path):
    out = tmp_path / "t.ics"
    export(store, "ics", out)
    calendar = Calendar.from_ical(out.read_bytes())
    events = calendar.walk("VEVENT")
    talks = next(e for e in events if "Grigoryan" in str(e.get("summary")))
    assert str(talks.decoded("dtstart")) == "2024-03-12" and str(talks.decoded("dtend")) == "2024-03-13"
    year = next(e for e in events if "Nagorno-Karabakh Autonomous" in str(e.get("summary")))
    assert str(year.decoded("dtstart")) == "1923-07-01" and str(year.decoded("dtend")) == "1923-08-01"


def test_csv_round_trip_is_exact(store, tmp_path, capsys):
    first = tmp_path / "first.csv"
    export(store, "csv", first)
    empty = str(tmp_path / "empty.timeline.sqlite")
    assert main(["import", "--db", empty, "--yes", str(first)]) == 0
    second = tmp_path / "second.csv"
    export(empty, "csv", second)

    def rows(path):
        out = []
        for row in csv.DictReader(io.StringIO(path.read_text("utf-8-sig"), newline="")):
            row.pop("id")
            out.append(row)
        return sorted(out, key=lambda r: (r["earliest"], r["title"]))

    assert rows(first) == rows(second)


def test_a_failed_export_leaves_the_previous_file_and_no_part(store, tmp_path, capsys, qapp):
    out = tmp_path / "keep.png"
    out.write_bytes(b"previous")
    assert main(["export", "--db", store, "--format", "png", "--out", str(out), "--width", "90000", "--height", "90000"]) == 2
    assert "too large" in capsys.readouterr().err
    assert out.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".keep")] == []


def test_bad_export_arguments(store, tmp_path, capsys):
    assert main(["export", "--db", store, "--format", "csv", "--out", str(tmp_path / "nofolder" / "x.csv")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["export", "--db", store, "--format", "csv", "--out", str(tmp_path / "x.csv"), "--from", "whenever"]) == 2
    assert "not a date" in capsys.readouterr().err


def test_export_dialog_previews_and_writes(qtbot, store, tmp_path):
    from timeline_app.layout.viewport import Viewport
    from timeline_app.storage.repository import Repository
    from timeline_app.ui.export_dialog import ExportDialog

    s = open_store(store)
    events = Repository(s).list_events()
    s.close()
    dialog = ExportDialog(events, Viewport.fit(events[0].earliest, events[-1].latest, 1600), "kind")
    qtbot.addWidget(dialog)
    dialog.date_from.setText("2024")
    dialog.date_to.setText("2024")
    dialog.update_preview()
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
    assert "events in the range" in dialog.message.text()
    dialog.format.setCurrentIndex([f for _, f in __import__("timeline_app.ui.export_dialog", fromlist=["FORMATS"]).FORMATS].index("svg"))
    out = tmp_path / "dialog.svg"
    assert dialog.export_to(str(out))
    assert ET.parse(out).getroot().tag.endswith("svg")
    dialog.date_to.setText("not a date")
    dialog.update_preview()
    assert not dialog.export_button.isEnabled()


def test_png_with_footnotes_and_print_resolution(store, tmp_path, qapp):
    out = tmp_path / "notes.png"
    export(store, "png", out, "--from", "2024-03", "--to", "2024-03", "--footnotes", "--dpi", "192",
           "--width", "2400", "--height", "1200")
    image = QImage(str(out))
    assert (image.width(), image.height()) == (2400, 1200)
    assert round(image.dotsPerMeterX() * 0.0254) == 192
    svg = tmp_path / "notes.svg"
    export(store, "svg", svg, "--from", "2024-03", "--to", "2024-03", "--footnotes")
    texts = " ".join((el.text or "") for el in ET.parse(svg).getroot().iter())
    assert "[1]" in texts and "caspian-border-talks.txt" in texts
