"""The import session against a real SQLite store: storing, re-import, merging, bad files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from timeline_app.services.importing import ImportSession
from timeline_app.storage.database import open_store
from timeline_app.storage.integrity import check_store
from timeline_app.storage.repository import Repository

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


@pytest.fixture
def repo(store_path):
    store = open_store(store_path)
    yield Repository(store)
    store.close()


def test_import_stores_article_events_and_sources(repo):
    summary = ImportSession(repo).run([str(ARTICLES / "caspian-border-talks.txt")])
    assert summary.count("imported") == 1 and summary.new_events == 6
    events = repo.list_events()
    talks = next(e for e in events if e.start.to_timex() == "2024-03-12")
    [source] = talks.sources
    article = repo.get_article(source.article_id)
    assert article.text[source.evidence_start:source.evidence_end] == source.evidence
    assert article.published.to_timex() == "2024-03-14"
    assert source.derivation and source.date_phrase == "Tuesday"
    assert check_store(repo.store) == []


def test_reimport_changes_nothing_and_says_so(repo, tmp_path):
    ImportSession(repo).run([str(ARTICLES / "caspian-border-talks.txt")])
    before = repo.list_events()
    copy = tmp_path / "same-story-renamed.txt"
    shutil.copy(ARTICLES / "caspian-border-talks.txt", copy)
    summary = ImportSession(repo).run([str(ARTICLES / "caspian-border-talks.txt"), str(copy)])
    assert summary.count("already") == 2 and summary.new_events == 0
    assert repo.list_events() == before and repo.count_articles() == 1


def test_second_outlet_reporting_the_same_talks_merges(repo):
    ImportSession(repo).run([str(ARTICLES / "caspian-border-talks.txt")])
    summary = ImportSession(repo).run([str(ARTICLES / "border-talks-second-outlet.html")])
    assert summary.merged_events == 1 and summary.new_events == 0
    talks = [e for e in repo.list_events() if e.start.to_timex() == "2024-03-12"]
    assert len(talks) == 1
    assert {s.article_title for s in talks[0].sources} == {
        "Armenian and Azerbaijani envoys agree to keep border commission working",
        "Deputy premiers meet again on the Armenia-Azerbaijan border",
    }
    assert not talks[0].date_conflict


def test_sources_that_disagree_on_the_date_are_flagged(repo, tmp_path):
    ImportSession(repo).run([str(ARTICLES / "caspian-border-talks.txt")])
    html = (ARTICLES / "border-talks-second-outlet.html").read_text().replace(
        "met on Tuesday at the border", "met on Monday at the border")
    other = tmp_path / "other.html"
    other.write_text(html)
    summary = ImportSession(repo).run([str(other)])
    assert summary.merged_events == 1
    [talks] = [e for e in repo.list_events() if e.kind.value == "talks" and e.start.to_timex() == "2024-03-12"]
    assert talks.date_conflict and len(talks.sources) == 2


def test_bad_files_are_reported_once_and_the_others_still_go_in(repo, tmp_path):
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    summary = ImportSession(repo).run([str(bad), str(ARTICLES / "caspian-border-talks.txt"), str(tmp_path / "nope.txt")])
    assert [o.status for o in summary.outcomes] == ["failed", "imported", "failed"]
    assert "PNG" in summary.outcomes[0].message and "no such file" in summary.outcomes[2].message
    assert repo.count_articles() == 1


def test_article_without_dates_is_stored_without_events(repo):
    summary = ImportSession(repo).run([str(ARTICLES / "undated-commentary.txt")])
    assert summary.count("imported") == 1 and summary.new_events == 0
    assert "no dated events found" in summary.outcomes[0].message
    assert repo.count_articles() == 1 and repo.count_events() == 0


def test_dry_run_stores_nothing(repo):
    summary = ImportSession(repo, dry_run=True).run([str(ARTICLES / "caspian-border-talks.txt")])
    assert summary.count("dry-run") == 1 and summary.new_events == 6
    assert repo.count_articles() == 0


def test_review_can_drop_and_edit_candidates(repo):
    class KeepFirstRenamed:
        def review(self, extraction):
            first = extraction.candidates[0]
            first.title = "Deputy premiers meet at Baghanis"
            return [first]

        def progress(self, done, total, source):
            pass

        def cancelled(self):
            return False

    ImportSession(repo, KeepFirstRenamed()).run([str(ARTICLES / "caspian-border-talks.txt")])
    assert [e.title for e in repo.list_events()] == ["Deputy premiers meet at Baghanis"]


def test_cancel_stops_after_the_current_article(repo):
    class CancelAfterOne:
        calls = 0

        def review(self, extraction):
            return extraction.candidates

        def progress(self, done, total, source):
            pass

        def cancelled(self):
            self.calls += 1
            return self.calls > 1

    summary = ImportSession(repo, CancelAfterOne()).run(
        [str(ARTICLES / "caspian-border-talks.txt"), str(ARTICLES / "ceasefire-report.eml")])
    assert summary.cancelled and repo.count_articles() == 1


def test_csv_rows_keep_their_own_sources(repo):
    ImportSession(repo).run([str(ARTICLES / "events-sheet.csv")])
    events = {e.title: e for e in repo.list_events()}
    urls = [s.article_url for s in events["Fighting erupts along the line of contact"].sources]
    assert "https://example.org/a" in urls
    assert events["War in the autumn"].start.to_timex() == "2020-FA"


def test_two_dates_of_one_sentence_reporting_one_stored_event_are_one_source_of_it(repo, tmp_path):
    # (a chronology's "Sept. 19 … ; … the next day" matches one stored two-day offensive twice: the store must not refuse
    # the second link of the same sentence, which rolled the whole article back)
    first = tmp_path / "key-dates.txt"
    first.write_text("Key dates in the Karabakh conflict\n\nAug 8 (Wire) - Here are key moments.\n\n* September 19-20, 2023 - "
                     "Azerbaijan seizes the rest of Karabakh in a one-day offensive.\n", encoding="utf-8")
    second = tmp_path / "chronology.txt"
    second.write_text("Chronology of the conflict\n\nPublished 19 September 2025\n\nSept. 19, 2023 - Azerbaijan launches a "
                      "one-day offensive in Karabakh; the separatist authorities surrender the next day.\n", encoding="utf-8")
    ImportSession(repo).run([str(first)])
    summary = ImportSession(repo).run([str(second)])
    assert summary.count("imported") == 1 and summary.merged_events == 1
    [offensive] = repo.list_events()
    assert len(offensive.sources) == 2
    assert check_store(repo.store) == []
