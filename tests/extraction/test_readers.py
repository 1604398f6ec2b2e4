"""Bad input is normal input: every unreadable source gets a reason naming it, never a traceback."""

from __future__ import annotations

import gzip
import io
import os
import time
import zipfile
from datetime import date
from pathlib import Path

import pytest

from tests.helpers import minimal_pdf, serve
from timeline_app.extraction.document import Document, ReadError, Table
from timeline_app.extraction.pipeline import extract, read_source
from timeline_app.extraction.readers import guess_title, read_bytes, read_path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ARTICLE = FIXTURES / "articles" / "caspian-border-talks.txt"


def refused(path, *words):
    with pytest.raises(ReadError) as info:
        read_source(str(path))
    message = str(info.value)
    assert str(path) in message, message
    for word in words:
        assert word in message, message
    return message


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


PNG = b"\x89PNG\r\n\x1a\n" + os.urandom(200)


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("empty.txt", b"", ["empty"]),
        ("blank.txt", b"  \n\t\n ", ["white space"]),
        ("random.txt", bytes(range(256)) * 40, ["binary"]),
        ("photo.txt", PNG, ["PNG image"]),
        ("program.txt", b"\x7fELF\x02\x01\x01" + os.urandom(300), ["program"]),
        ("windows.txt", b"MZ\x90\x00" + os.urandom(300), ["program"]),
        ("bundle.txt", b"PK\x03\x04" + os.urandom(100), ["zip archive", "not unpacked"]),
        ("store.txt", b"SQLite format 3\x00" + bytes(100), ["SQLite"]),
    ],
)
def test_unreadable_files_are_refused_with_the_reason(tmp_path, name, data, words):
    refused(write(tmp_path, name, data), *words)


def test_real_archives_are_refused_and_never_unpacked(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("inner.txt", ARTICLE.read_text())
    refused(write(tmp_path, "articles.zip", buffer.getvalue()), "zip archive")
    refused(write(tmp_path, "article.txt.gz", gzip.compress(ARTICLE.read_bytes())), "gzip archive")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt.gz", "articles.zip"]


def test_directories_and_dangling_links(tmp_path):
    refused(tmp_path, "directory")
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "missing.txt")
    refused(link, "does not exist")
    refused(tmp_path / "nothing.txt", "no such file")


def test_a_five_megabyte_single_line_is_refused_quickly(tmp_path):
    path = write(tmp_path, "line.txt", b"talks " * 900_000)
    started = time.perf_counter()
    refused(path, "characters")
    assert time.perf_counter() - started < 30  # generous: the point is that it ends


def test_deeply_nested_html_is_refused_not_hung(tmp_path):
    html = b"<html><body>" + b"<div>" * 100_000 + b"The talks began on 5 March 2024." + b"</div>" * 10 + b"</body></html>"
    refused(write(tmp_path, "deep.html", html), "nested")


def test_xml_entity_bombs_and_external_entities_are_never_resolved(tmp_path):
    refused(FIXTURES / "bad" / "entity-bomb.xml", "XML")
    doc = read_path(FIXTURES / "bad" / "entity-bomb.html")
    assert isinstance(doc, Document)
    assert "lollol" not in doc.text and "root:" not in doc.text
    assert "5 March 2024" in doc.text


def test_huge_inline_script_and_remote_images_are_not_loaded(tmp_path):
    with serve({"/img.png": (200, "image/png", PNG)}) as (base, hits):
        html = (
            "<html><head><script>" + "var x = 1;" * 200_000 + "</script></head><body><article>"
            f"<img src='{base}/img.png'><p>The foreign ministers met in Geneva on 5 March 2024 to discuss the "
            "border, their spokesmen said after the meeting ended late in the evening.</p></article></body></html>"
        )
        doc = read_path(write(tmp_path, "page.html", html.encode()))
        assert "var x" not in doc.text and "Geneva" in doc.text
        assert hits == []


def test_truncated_and_good_pdfs(tmp_path):
    pdf = minimal_pdf(["Border talks", "The envoys met in Vienna on 5 March 2024 to discuss the border line.",
                       "Both sides said the meeting was useful and agreed to meet again soon."], title="Border talks")
    good = read_path(write(tmp_path, "good.pdf", pdf))
    assert isinstance(good, Document) and "5 March 2024" in good.text and good.title == "Border talks"
    assert [c.start.to_timex() for c in extract(good).candidates] == ["2024-03-05"]
    refused(write(tmp_path, "cut.pdf", pdf[: len(pdf) // 3]), "PDF")


def test_broken_email(tmp_path):
    refused(FIXTURES / "bad" / "broken.eml", "e-mail")


def test_malformed_csv_names_the_line():
    refused(FIXTURES / "bad" / "malformed.csv", "malformed CSV", "line")


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16", "utf-8-sig", "utf-16-le"])
def test_other_encodings_import_normally(tmp_path, encoding):
    text = ARTICLE.read_text(encoding="utf-8").replace("Lena", "Léna")
    data = text.encode(encoding)
    if encoding == "utf-16-le":
        data = text.encode("utf-16-le")  # no BOM
    doc = read_path(write(tmp_path, "a.txt", data))
    assert "Léna" in doc.text
    assert [c.start.to_timex() for c in extract(doc).candidates][:1] == ["2024-03-12"]


def test_nul_bytes_in_a_good_article_are_dropped(tmp_path):
    data = ARTICLE.read_bytes().replace(b"Tuesday", b"Tues\x00day", 1)
    doc = read_path(write(tmp_path, "nul.txt", data))
    assert "\x00" not in doc.text
    assert [c.start.to_timex() for c in extract(doc).candidates][0] == "2024-03-12"


def test_type_is_sniffed_from_content_not_name(tmp_path):
    html = (FIXTURES / "articles" / "border-talks-second-outlet.html").read_bytes()
    doc = read_path(write(tmp_path, "saved-page.txt", html))
    assert doc.format == "html" and doc.publisher == "Caucasus Wire"
    table = read_path(write(tmp_path, "sheet.txt", (FIXTURES / "articles" / "events-sheet.csv").read_bytes()))
    assert isinstance(table, Table)


def test_web_links_are_fetched_with_their_final_url():
    page = (FIXTURES / "articles" / "border-talks-second-outlet.html").read_bytes()
    with serve({"/story": (200, "text/html; charset=utf-8", page), "/gone": (404, "text/plain", b"no")}) as (base, _):
        doc = read_source(f"{base}/story")
        assert doc.url == f"{base}/story" and doc.title.startswith("Deputy premiers")
        with pytest.raises(ReadError, match="404"):
            read_source(f"{base}/gone")
    with pytest.raises(ReadError, match="only local files and http"):
        read_source("ftp://example.org/a.txt")


def test_read_bytes_of_text_dropped_from_a_browser():
    doc = read_bytes(b"The envoys met on 5 March 2024 in Vienna to discuss the border, officials from both delegations said.", source="dropped text")
    assert isinstance(doc, Document)


def test_a_short_headline_standing_alone_is_the_title_but_a_section_label_is_not():
    assert guess_title("Town shelled\n\nPublished: 28 Nov 2023\n\nShelling hit the town.") == "Town shelled"
    assert guess_title("Middle East\n\nEnvoys agree to extend the truce\n\nThe truce held.") == \
        "Envoys agree to extend the truce"
    assert guess_title("World, Americas\n\nEnvoys agree to extend the truce\n\nText.") == \
        "Envoys agree to extend the truce"
    assert guess_title("Shelling\n\nPublished: 28 Nov 2023\n\nThe army shelled the town on Monday, officials "
                       "said in a statement.") == "Shelling"
    assert guess_title("القوقاز\n\nوزراء الخارجية يلتقون لبحث ترسيم الحدود\n\nنص.") == "وزراء الخارجية يلتقون لبحث ترسيم الحدود"


def test_a_headline_loses_a_wire_s_marks_and_a_page_s_furniture():
    assert guess_title("UPDATE 2-Russia and Ukraine swap 300 prisoners each\n\n(Adds details)\n\nText.") == \
        "Russia and Ukraine swap 300 prisoners each"
    assert guess_title("FACTBOX-Key moments in the Serbia-Kosovo dialogue\n\nText.") == \
        "Key moments in the Serbia-Kosovo dialogue"
    assert guess_title("Skip to main content\nMenu\n\nOpposition calls for new protests after local elections\n\nText.") \
        == "Opposition calls for new protests after local elections"
    assert guess_title("Analysis / Horn of Africa\n\nThe long road to the border deal\n\nText.") == \
        "The long road to the border deal"


def test_a_press_release_s_issuer_above_its_label_is_no_headline():
    assert guess_title("Council of the European Union\nPress release\n27/11/2026\n\nSudan: Council extends sanctions "
                       "framework for a year\n\nThe Council today decided to prolong the measures.") == \
        "Sudan: Council extends sanctions framework for a year"
    assert guess_title("Ministry of Foreign Affairs of the Republic\n\nFor immediate release\n\nMinister meets envoy "
                       "on border talks\n\nText.") == "Minister meets envoy on border talks"
    # (but a headline above its label is the headline, and "Published 24 November 2026" is no headline under it)
    assert guess_title("Minister to host Sahel conference\n\nPress release\nPublished 24 November 2026\n\nThe Minister "
                       "will host a conference.") == "Minister to host Sahel conference"


def test_a_short_lead_sentence_is_body_text_not_header():
    from timeline_app.extraction.readers import header_and_captions

    text = "Kharkiv shelled again\n\nBy Jane Doe\n\nRussian forces shelled Kharkiv on Sunday.\n\nThe attack killed two " \
           "people, the governor said.\n"
    header = [text[a:b].strip() for a, b in header_and_captions(text)]
    assert header == ["Kharkiv shelled again", "By Jane Doe"]


def test_a_page_with_no_date_of_its_own_is_not_dated_by_a_year_in_its_story(tmp_path):
    html = ("<html><head><title>Border row</title></head><body><article><h1>Border row</h1><p>The two countries "
            "fought a border war from 1998 to 2000 that killed tens of thousands, and relations stayed frozen after "
            "it. Envoys will visit both capitals next week to ease tensions, a spokesman said.</p>"
            "<p>Copyright 2019 Example Wire</p></article></body></html>")
    assert read_path(write(tmp_path, "page.html", html.encode())).published is None
    # a page that writes New Year's Day in full is dated by it
    dated = html.replace("<h1>", "<p class='date'>Posted 01.01.2024</p><h1>")
    assert read_path(write(tmp_path, "dated.html", dated.encode())).published == date(2024, 1, 1)


def test_a_story_without_a_headline_is_not_titled_by_a_later_paragraph():
    text = ("Berlin, 26. November 2026 (dpa) - Die Außenministerin reist am Donnerstag zu Gesprächen nach Ankara. Dort will "
            "sie mit ihrem türkischen Amtskollegen über die Lage im Nahen Osten und im Kaukasus sprechen, wie das "
            "Auswärtige Amt am Mittwoch in Berlin mitteilte.\n\n"
            "Zuletzt hatten sich die beiden Minister im Juli in Berlin getroffen. Der Besuch war verschoben worden.\n")
    assert guess_title(text).startswith("Berlin, 26. November 2026 (dpa)")


def test_a_short_capitalised_line_above_a_short_sentence_is_the_headline():
    assert guess_title("Stress\n\nThe embassy, closed since the war, reopened on Sunday.\n\nIt had been shut.") == "Stress"
    assert guess_title("Middle East\n\nEnvoys agree to extend the truce\n\nThe truce held.") == \
        "Envoys agree to extend the truce"
