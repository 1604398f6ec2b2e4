from __future__ import annotations

import json
import os

from timeline_app.cli import main
from timeline_app.storage.database import open_store


def test_list_json_gives_the_documented_fields(demo_store, capsys):
    assert main(["list", "--db", demo_store.location, "--json"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert len(events) >= 20
    keys = {"id", "title", "timex", "end_timex", "precision", "status", "kind", "actors", "sources"}
    assert all(keys <= set(e) for e in events)
    by_title = {e["title"]: e for e in events}
    war = by_title["Second Karabakh war (44 days)"]
    assert (war["timex"], war["end_timex"], war["precision"]) == ("2020-09-27", "2020-11-10", "day")
    assert {"url", "title", "published"} <= set(war["sources"][0])
    precisions = {e["precision"] for e in events}
    assert {"year", "season", "month", "day", "decade"} <= precisions


def test_db_from_environment(demo_store, capsys, monkeypatch):
    monkeypatch.setenv("TIMELINE_APP_DB", demo_store.location)
    assert main(["list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)


def test_check_passes_on_a_sound_store(demo_store, capsys):
    assert main(["check", "--db", demo_store.location]) == 0
    assert "ok" in capsys.readouterr().out


def test_check_fails_with_a_message_on_a_damaged_file(demo_store, tmp_path, capsys):
    location = demo_store.location
    demo_store.close()
    data = bytearray(open(location, "rb").read())
    # Overwrite a page in the middle of the file: the B-tree pages no longer parse.
    page = 4096
    data[page * 2 : page * 3] = os.urandom(page)
    damaged = tmp_path / "damaged.timeline.sqlite"
    damaged.write_bytes(bytes(data))
    code = main(["check", "--db", str(damaged)])
    err = capsys.readouterr().err
    assert code != 0
    assert str(damaged) in err
    assert "Traceback" not in err


def test_not_a_store_gives_one_line_and_exit_2(tmp_path, capsys):
    bogus = tmp_path / "notes.csv"
    bogus.write_text("a,b\n1,2\n")
    assert main(["list", "--db", str(bogus)]) == 2
    err = capsys.readouterr().err
    assert "notes.csv" in err and "not a timeline store" in err


def test_list_does_not_create_a_missing_store(tmp_path, capsys):
    missing = tmp_path / "missing.sqlite"
    assert main(["list", "--db", str(missing)]) == 2
    assert not missing.exists()


def test_sqlalchemy_url_is_accepted(store_path, capsys):
    open_store(store_path).close()
    assert main(["check", "--db", f"sqlite:///{store_path}"]) == 0


def test_timex_prints_json_lines_with_offsets_into_the_file(tmp_path, capsys):
    text = "Border talks\r\n28.11.2023\r\n\r\nEnvoys spoke on Monday and will meet on Nov. 30.\n"
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("utf-8"))
    assert main(["timex", str(path)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["value"] for r in rows] == ["2023-11-28", "2023-11-27", "2023-11-30"]
    for r in rows:
        assert text[r["start"]:r["end"]] == r["text"]
        assert set(r) == {"start", "end", "text", "type", "value"}


def test_timex_with_dct_and_bad_files(tmp_path, capsys):
    path = tmp_path / "b.txt"
    path.write_text("They met yesterday.")
    assert main(["timex", "--dct", "2020-02-01", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["value"] == "2020-01-31"
    binary = tmp_path / "c.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    assert main(["timex", str(binary)]) == 2
    assert "c.txt" in capsys.readouterr().err
    assert main(["timex", str(tmp_path)]) == 2


def test_timex_reads_a_narrative_when_asked_or_when_the_text_is_an_encyclopedia_s(tmp_path, capsys):
    path = tmp_path / "n.txt"
    path.write_text("Talks began in Doha in March 2025. A first ceasefire was declared on 23 April.")
    assert main(["timex", "--dct", "2026-11-14", str(path)]) == 0
    assert [json.loads(line)["value"] for line in capsys.readouterr().out.splitlines()] == ["2025-03", "2026-04-23"]
    assert main(["timex", "--dct", "2026-11-14", "--narrative", str(path)]) == 0
    assert [json.loads(line)["value"] for line in capsys.readouterr().out.splitlines()] == ["2025-03", "2025-04-23"]
    path.write_text("Talks\nFrom Wikipedia, the free encyclopedia\n\nTalks began in Doha in March 2025. A first "
                    "ceasefire was declared on 23 April.")
    assert main(["timex", "--dct", "2026-11-14", str(path)]) == 0
    assert [json.loads(line)["value"] for line in capsys.readouterr().out.splitlines()] == ["2025-03", "2025-04-23"]


ARTICLES = __import__("pathlib").Path(__file__).resolve().parent / "fixtures" / "articles"


def test_extract_json_gives_the_documented_fields(capsys):
    assert main(["extract", str(ARTICLES / "caspian-border-talks.txt"), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["timex"] for r in rows] == ["2024-03-12", "2022-05", "2022-09", "2024-03-11", "198X", "2024-03-21"]
    keys = {"title", "timex", "end_timex", "precision", "status", "kind", "actors", "evidence", "evidence_start",
            "evidence_end", "derivation"}
    assert all(keys <= set(r) for r in rows)
    assert rows[-1]["status"] == "scheduled"


def test_extract_with_published_and_bad_file(tmp_path, capsys):
    assert main(["extract", str(ARTICLES / "caspian-border-talks.txt"), "--published", "2024-03-20", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["timex"] == "2024-03-19"
    png = tmp_path / "x.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(50))
    assert main(["extract", str(png), "--json"]) == 2
    err = capsys.readouterr().err
    assert "x.txt" in err and "PNG" in err and "Traceback" not in err


def test_import_summarises_and_exit_codes(tmp_path, capsys):
    db = str(tmp_path / "s.sqlite")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    assert main(["import", "--db", db, "--yes", str(ARTICLES / "caspian-border-talks.txt"), str(bad)]) == 0
    captured = capsys.readouterr()
    assert "1 article(s) imported; 6 new event(s)" in captured.out
    assert f"skipped {bad}: is empty" in captured.err
    assert main(["import", "--db", db, "--yes", str(ARTICLES / "caspian-border-talks.txt")]) == 0
    assert "already in the store" in capsys.readouterr().out
    assert main(["import", "--db", db, "--yes", str(bad)]) == 1
    capsys.readouterr()
    assert main(["list", "--db", db, "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 6


def test_import_without_yes_and_no_terminal_stores_nothing(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(""))
    db = str(tmp_path / "s.sqlite")
    assert main(["import", "--db", db, str(ARTICLES / "caspian-border-talks.txt")]) == 1
    assert "--yes" in capsys.readouterr().err


def test_import_dry_run_and_a_web_link(tmp_path, capsys):
    from tests.helpers import serve

    page = (ARTICLES / "border-talks-second-outlet.html").read_bytes()
    db = str(tmp_path / "s.sqlite")
    with serve({"/story": (200, "text/html", page)}) as (base, hits):
        assert main(["import", "--db", db, "--yes", "--dry-run", f"{base}/story"]) == 0
        assert "dry run" in capsys.readouterr().out
        assert main(["import", "--db", db, "--yes", f"{base}/story"]) == 0
    capsys.readouterr()
    assert main(["list", "--db", db, "--json"]) == 0
    [event] = json.loads(capsys.readouterr().out)
    assert event["sources"][0]["url"] == f"{base}/story"


def test_unwritable_data_folder_is_a_clear_error(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "home"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("TIMELINE_APP_HOME", str(blocker))
    import pytest

    from timeline_app.services.settings import default_store_path
    from timeline_app.services.stores import open_for_window
    from timeline_app.storage.database import StoreError

    with pytest.raises(StoreError, match="cannot create the data folder"):
        open_for_window(str(default_store_path()))


def test_extract_shows_how_long_an_event_lasts(tmp_path, capsys):
    article = tmp_path / "range.txt"
    article.write_text("Gang raids spread\n\nPublished: 2025-07-15\n\nMore than 4,800 people were killed between "
                       "October 2024 and June 2025, officials said.\n", encoding="utf-8")
    assert main(["extract", str(article)]) == 0
    assert "2024-10/2025-06" in capsys.readouterr().out


def test_a_first_headless_import_on_a_fresh_machine_creates_the_default_store(tmp_path, capsys, isolated_home):
    from timeline_app.services.settings import default_store_path

    article = tmp_path / "talks.txt"
    article.write_text("Talks\n\nPublished: 2026-11-24\n\nThe two delegations met in Geneva on Monday.\n", encoding="utf-8")
    assert not default_store_path().exists()
    assert main(["import", "--yes", str(article)]) == 0
    assert default_store_path().is_file()
    capsys.readouterr()
    assert main(["list", "--json"]) == 0
    [event] = json.loads(capsys.readouterr().out)
    assert event["title"] == "The two delegations met in Geneva"
