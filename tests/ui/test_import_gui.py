"""Importing from the window, driven as a user would: real drops built from QMimeData, the review
dialog, cancel, the source reader, and a responsiveness check while 20 articles go in."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel

from tests.helpers import serve
from tests.ui.conftest import FROZEN_MS
from timeline_app.ui.review import COL_CHECK, COL_DATE, COL_TITLE

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


@pytest.fixture
def window(open_window, tmp_path):
    return open_window(str(tmp_path / "drops.timeline.sqlite"))


def drop(window, mime: QMimeData) -> str:
    """Drag over the timeline then drop; returns what the window said it would do."""
    pos = QPointF(400, 300)
    enter = QDragEnterEvent(QPoint(400, 300), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    said = window.drop_overlay.text()
    assert enter.isAccepted()
    event = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    return said


def file_mime(*paths) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def next_review(qtbot, window):
    qtbot.waitUntil(lambda: window.importer.review_dialog is not None, timeout=20_000)
    return window.importer.review_dialog


def wait_done(qtbot, window):
    qtbot.waitUntil(lambda: not window.importer.busy, timeout=30_000)


def test_dropping_a_file_reviews_then_stores_and_shows_it(qtbot, window):
    said = drop(window, file_mime(ARTICLES / "caspian-border-talks.txt"))
    assert said == "Import 1 file"
    dialog = next_review(qtbot, window)
    assert dialog.table.rowCount() == 6
    assert window.repository.count_events() == 0  # nothing stored before the user accepts
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, window)
    assert window.repository.count_events() == 6
    assert len(window.timeline.events()) == 6
    assert window.timeline.highlighted  # the new events are marked
    assert "6 events from" in window.statusBar().currentMessage()


def test_review_edits_are_what_gets_stored(qtbot, window):
    drop(window, file_mime(ARTICLES / "caspian-border-talks.txt"))
    dialog = next_review(qtbot, window)
    dialog.table.item(0, COL_TITLE).setText("Deputy premiers meet at Baghanis")
    kind_box = dialog.table.cellWidget(0, 5)
    kind_box.setCurrentIndex(kind_box.findText("visit"))
    dialog.table.item(1, COL_DATE).setText("fall 2020")
    for row in range(2, 6):
        dialog.table.item(row, COL_CHECK).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.table.item(1, COL_DATE).text() == "fall 2020"
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, window)
    events = {e.title: e for e in window.repository.list_events()}
    assert set(events) == {"Deputy premiers meet at Baghanis", "The commission on border delimitation was first set up"}
    assert events["Deputy premiers meet at Baghanis"].kind.value == "visit"
    assert events["The commission on border delimitation was first set up"].start.to_timex() == "2020-FA"


def test_unreadable_typed_date_blocks_accepting_that_row(qtbot, window):
    drop(window, file_mime(ARTICLES / "caspian-border-talks.txt"))
    dialog = next_review(qtbot, window)
    dialog.table.item(0, COL_DATE).setText("sometime soonish")
    assert not dialog.accept_button.isEnabled()
    dialog.table.item(0, COL_CHECK).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.accept_button.isEnabled()
    dialog.skip()
    wait_done(qtbot, window)


def test_dropping_a_folder_and_bad_files_reports_failures_once(qtbot, window, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ARTICLES / "caspian-border-talks.txt", folder)
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (folder / "empty.txt").write_bytes(b"")
    window.importer.accept_all = True
    assert drop(window, file_mime(folder)) == "Import 3 files"
    wait_done(qtbot, window)
    assert window.repository.count_events() == 6
    assert sorted(Path(o.source).name for o in window.last_failures) == ["broken.txt", "empty.txt"]
    report = window.import_report
    assert report.isVisible() and len(report.lines) == 2
    assert any("broken.txt" in line and "PNG" in line for line in report.lines)


def test_dropping_a_link_from_a_browser(qtbot, window):
    page = (ARTICLES / "border-talks-second-outlet.html").read_bytes()
    with serve({"/story": (200, "text/html; charset=utf-8", page)}) as (base, _):
        mime = QMimeData()
        mime.setUrls([QUrl(f"{base}/story")])
        mime.setData("text/x-moz-url", f"{base}/story\nDeputy premiers".encode("utf-16"))
        mime.setHtml(f"<a href='{base}/story'>Deputy premiers</a>")
        assert drop(window, mime) == "Import 1 link"
        dialog = next_review(qtbot, window)
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
        wait_done(qtbot, window)
    [event] = window.repository.list_events()
    assert event.sources[0].article_url == f"{base}/story"


def test_dropping_selected_text_and_selected_html(qtbot, window):
    text = (ARTICLES / "caspian-border-talks.txt").read_text()
    mime = QMimeData()
    mime.setText(text)
    assert drop(window, mime) == "Import the selected text"
    qtbot.mouseClick(next_review(qtbot, window).accept_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, window)
    assert window.repository.count_events() == 6
    html = QMimeData()
    html.setHtml("<p>The monitors said the ceasefire had held since 2 April 2024, and the envoys met in Geneva "
                 "on 9 April 2024 to review the arrangements for the next month of patrols.</p>")
    html.setData("text/x-moz-url", "https://news.example.org/ceasefire\nCeasefire".encode("utf-16"))
    drop(window, html)
    dialog = next_review(qtbot, window)
    assert [c.start.to_timex() for c in dialog.candidates] == ["2024-04-09"]
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, window)
    geneva = [e for e in window.repository.list_events() if e.start.to_timex() == "2024-04-09"]
    assert geneva[0].sources[0].article_url == "https://news.example.org/ceasefire"


def test_cancel_in_the_middle_stops_after_the_current_article(qtbot, window, tmp_path):
    paths = []
    for name in ("caspian-border-talks.txt", "ceasefire-report.eml", "events-sheet.csv"):
        paths.append(ARTICLES / name)
    drop(window, file_mime(*paths))
    dialog = next_review(qtbot, window)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    second = next_review(qtbot, window)
    qtbot.mouseClick(second.cancel_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, window)
    assert window.repository.count_articles() == 1
    assert window.last_summary.cancelled


def test_source_reader_highlights_the_evidence(qtbot, window):
    window.importer.accept_all = True
    drop(window, file_mime(ARTICLES / "caspian-border-talks.txt"))
    wait_done(qtbot, window)
    drawn = next(e for e in window.timeline.events() if e.start.to_timex() == "2024-03-21")
    scheduled = window.repository.get_event(drawn.id)
    window.timeline.select_event(scheduled.id)
    assert "Read the stored article" in window.details.toHtml()
    window.details.anchorClicked.emit(QUrl("reader:0"))
    reader = window.source_reader
    assert reader is not None and reader.isVisible()
    assert reader.highlighted == scheduled.sources[0].evidence
    assert "March 21" in reader.highlighted
    assert reader.text.textCursor().position() == scheduled.sources[0].evidence_start


def test_window_stays_responsive_while_importing_twenty_articles(qtbot, window, tmp_path, stall_meter, extraction_threads):
    folder = tmp_path / "many"
    folder.mkdir()
    base = (ARTICLES / "caspian-border-talks.txt").read_text()
    for i in range(20):
        (folder / f"a{i:02d}.txt").write_text(base.replace("Baghanis", f"Baghanis-{i}").replace("14.03.2024", f"{i + 1:02d}.03.2024"))
    window.importer.accept_all = True
    with stall_meter() as meter:
        drop(window, file_mime(folder))
        wait_done(qtbot, window)
    assert window.repository.count_articles() == 20
    seen, window_thread = extraction_threads
    assert len(seen) == 20 and window_thread not in seen  # every article read off the window's thread
    assert len(meter.gaps) > 20
    assert meter.worst_ms < FROZEN_MS, f"the event loop stalled for {meter.worst_ms:.0f} ms"


def test_a_drop_of_two_hundred_mixed_files_reports_each_failure_once(qtbot, window, tmp_path, stall_meter,
                                                                      extraction_threads):
    from tests.helpers import agency_article, minimal_pdf

    folder = tmp_path / "mixed"
    folder.mkdir()
    bad = set()
    for i in range(200):
        kind = i % 5
        if kind == 0:
            (folder / f"{i:03d}.txt").write_text(agency_article(5000 + i))
        elif kind == 1:
            (folder / f"{i:03d}.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
            bad.add(f"{i:03d}.png")
        elif kind == 2:
            (folder / f"{i:03d}.csv").write_text(f"date,title\n2024-01-{1 + i % 28:02d},Row {i}\n")
        elif kind == 3:
            (folder / f"{i:03d}.txt").write_bytes(b"")
            bad.add(f"{i:03d}.txt")
        else:
            (folder / f"{i:03d}.pdf").write_bytes(minimal_pdf([f"Talks resumed on 5 March 2024 in round {i}, "
                                                               "the ministry said in a short statement."]))
    window.importer.accept_all = True
    with stall_meter() as meter:
        assert drop(window, file_mime(folder)) == "Import 200 files"
        qtbot.waitUntil(lambda: not window.importer.busy, timeout=300_000)
    failed = [Path(o.source).name for o in window.last_failures]
    assert sorted(failed) == sorted(bad)  # each failure reported, and only once
    assert window.repository.count_articles() == 200 - len(bad)
    seen, window_thread = extraction_threads
    assert seen and window_thread not in seen
    assert meter.worst_ms < FROZEN_MS, f"the event loop stalled for {meter.worst_ms:.0f} ms"


def test_review_says_when_the_dateline_gave_no_year(qtbot, window, tmp_path):
    article = tmp_path / "wire.txt"
    article.write_text("Neighbours agree on detainee swap\n\n"
                       "GORIS, Dec 7 (Reuters) - Armenia and Azerbaijan said on Thursday they would swap detainees "
                       "and keep working on a peace treaty.\n", encoding="utf-8")
    drop(window, file_mime(article))
    dialog = next_review(qtbot, window)
    header = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "year assumed" in header and "gives no year" in header
    assert dialog.table.rowCount() == 1  # "on Thursday"; the dateline's date is the dispatch's
    dialog.reject()
    wait_done(qtbot, window)
