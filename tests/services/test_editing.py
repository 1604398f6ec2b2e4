"""Every change and its inverse restore the store exactly; stale writes are refused."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.domain.model import Event
from timeline_app.domain.vocab import EventKind
from timeline_app.domain.when import When
from timeline_app.services.demo import seed_demo_if_new
from timeline_app.services.editing import ConflictError, Editor
from timeline_app.storage.database import open_store
from timeline_app.storage.integrity import check_store
from timeline_app.storage.repository import Repository


def content(repo):
    return sorted((e.id, e.title, e.start, e.end, e.kind, e.status, e.actors, e.sources, e.date_conflict)
                  for e in repo.list_events())


@pytest.fixture
def repo(tmp_path):
    store = open_store(tmp_path / "edit.timeline.sqlite")
    r = Repository(store)
    seed_demo_if_new(r)
    yield r
    store.close()


def test_move_snaps_to_the_precision_and_undoes(repo):
    editor = Editor(repo)
    talks = next(e for e in repo.list_events() if e.start.to_timex() == "2023-11-30")
    change = editor.move(talks, 2.4 * 86_400)
    assert change.label == "Move 'Delegations meet on border delimitation'"
    assert repo.get_event(talks.id).start.to_timex() == "2023-12-02"
    season = next(e for e in repo.list_events() if e.start.to_timex() == "2020-FA")
    editor.move(season, 100 * 86_400)
    assert repo.get_event(season.id).start.to_timex() == "2020-WI"
    editor.undo(change)
    assert repo.get_event(talks.id).start.to_timex() == "2023-11-30"


def test_merge_unites_sources_and_actors_and_flags_disagreement(repo):
    editor = Editor(repo)
    before = content(repo)
    a = repo.add_events([Event(title="Talks in Vienna", start=When.from_timex("2024-03-05"), actors=("Armenia",),
                               kind=EventKind.TALKS)])[0]
    b = repo.add_events([Event(title="Vienna round", start=When.from_timex("2024-03-06"), actors=("Azerbaijan",),
                               kind=EventKind.TALKS)])[0]
    ea, eb = repo.get_event(a), repo.get_event(b)
    change = editor.merge([ea, eb], keep=ea)
    merged = repo.get_event(a)
    assert repo.get_event(b) is None
    assert merged.actors == ("Armenia", "Azerbaijan") and merged.date_conflict
    editor.undo(change)
    assert repo.get_event(b).title == "Vienna round" and not repo.get_event(a).date_conflict
    editor.delete([repo.get_event(a), repo.get_event(b)])
    assert content(repo) == before


def test_rename_and_merge_actors(repo):
    editor = Editor(repo)
    before = content(repo)
    change = editor.rename_actor("Nikol Pashinyan", "N. Pashinyan")
    assert all("Nikol Pashinyan" not in e.actors for e in repo.list_events())
    merge = editor.rename_actor("N. Pashinyan", "Armenia")
    assert merge.label.startswith("Merge actor")
    editor.undo(merge)
    editor.undo(change)
    assert content(repo) == before


def test_a_stale_edit_from_another_window_is_refused(repo):
    other = Repository(repo.store)  # a second window on the same store
    event = repo.list_events()[0]
    stale = other.get_event(event.id)
    Editor(repo).update(Event(**{**event.__dict__, "title": "Changed here first"}))
    with pytest.raises(ConflictError):
        Editor(other).update(Event(**{**stale.__dict__, "title": "Changed there later"}))
    assert repo.get_event(event.id).title == "Changed here first"


operations = st.lists(st.tuples(st.sampled_from(["create", "move", "edit", "delete", "merge", "actor"]),
                                st.integers(0, 10_000)), min_size=1, max_size=8)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations)
def test_any_sequence_of_edits_undoes_back_to_the_start_and_redoes(tmp_path_factory, ops):
    store = open_store(tmp_path_factory.mktemp("seq") / "s.timeline.sqlite")
    repo = Repository(store)
    seed_demo_if_new(repo)
    editor = Editor(repo)
    start = content(repo)
    changes = []
    for op, n in ops:
        events = repo.list_events()
        pick = events[n % len(events)]
        if op == "create":
            changes.append(editor.create(Event(title=f"New {n}", start=When.from_timex("2024-01-15"), actors=("Georgia",))))
        elif op == "move":
            changes.append(editor.move(pick, (n % 2000 - 1000) * 86_400))
        elif op == "edit":
            changes.append(editor.update(Event(**{**pick.__dict__, "title": f"Edited {n}", "kind": EventKind.VISIT})))
        elif op == "delete" and len(events) > 2:
            changes.append(editor.delete([pick]))
        elif op == "merge" and len(events) > 2:
            other = events[(n + 1) % len(events)]
            changes.append(editor.merge([pick, other], keep=pick))
        elif op == "actor":
            changes.append(editor.rename_actor("Armenia", f"Armenia {n}"))
    end = content(repo)
    for change in reversed(changes):
        editor.undo(change)
    assert content(repo) == start
    for change in changes:
        editor.redo(change)
    assert [c[1:] for c in content(repo)] == [c[1:] for c in end]
    assert check_store(store) == []
    store.close()


def test_undo_redo_cycles_through_the_returned_records(repo):
    editor = Editor(repo)
    start = content(repo)
    event = repo.list_events()[3]
    change = editor.update(Event(**{**event.__dict__, "title": "Cycle"}))
    for _ in range(3):
        change = editor.undo(change)
        assert content(repo) == start
        change = editor.redo(change)
        assert repo.get_event(event.id).title == "Cycle"


def test_split_moves_sources_to_a_new_event_and_undoes(repo):
    editor = Editor(repo)
    [event_id] = repo.add_events([Event(title="Two things", start=When.from_timex("2024-02-02"), sources=(
        __import__("timeline_app.domain.model", fromlist=["EventSource"]).EventSource(article_url="https://a.example/1", evidence="first"),
        __import__("timeline_app.domain.model", fromlist=["EventSource"]).EventSource(article_url="https://a.example/2", evidence="second"),
    ))])
    before = content(repo)
    change = editor.split(repo.get_event(event_id), [1])
    new_id = next(i for i in change.touched if i != event_id)
    assert [s.evidence for s in repo.get_event(event_id).sources] == ["first"]
    assert [s.evidence for s in repo.get_event(new_id).sources] == ["second"]
    editor.undo(change)
    assert content(repo) == before
    with pytest.raises(ValueError):
        editor.split(repo.get_event(event_id), [0, 1])
