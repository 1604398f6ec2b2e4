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
