"""Kill `timeline-app import` with SIGKILL at random moments: the store stays sound, nothing
committed is lost, no article is stored half, and importing again ends exactly as one clean
import would."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from sqlalchemy import func, select

from tests.helpers import agency_article
from timeline_app.extraction.pipeline import extract_source
from timeline_app.services.importing import ImportSession
from timeline_app.storage.database import open_store
from timeline_app.storage.integrity import check_store
from timeline_app.storage.orm import ArticleRow, EventSourceRow
from timeline_app.storage.repository import Repository

ARTICLES = 60
ROUNDS = 8


def snapshot(path):
    store = open_store(path)
    try:
        repo = Repository(store)
        events = repo.list_events()
        with store.read_session() as session:
            per_article = dict(session.execute(
                select(ArticleRow.title, func.count(EventSourceRow.id))
                .join(EventSourceRow, EventSourceRow.article_id == ArticleRow.id, isouter=True)
                .group_by(ArticleRow.id)).all())
        return check_store(store), events, per_article
    finally:
        store.close()


def canonical(events):
    return sorted((e.title, e.start.to_timex(), e.end.to_timex() if e.end else "", e.kind.value,
                   tuple(sorted((s.article_title, s.evidence) for s in e.sources))) for e in events)


def test_sigkill_during_import_never_leaves_a_broken_or_half_store(tmp_path):
    """Each round starts an import of 60 new articles (and the earlier rounds' ones, already stored
    or half done), then kills it."""
    folders = []
    expected_sources = {}
    for r in range(ROUNDS):
        folder = tmp_path / f"round{r}"
        folder.mkdir()
        for i in range(ARTICLES):
            path = folder / f"a{i:03d}.txt"
            path.write_text(agency_article(r * ARTICLES + i), encoding="utf-8")
            extraction = extract_source(str(path))
            expected_sources[extraction.title] = len(extraction.candidates)
        folders.append(folder)
    db = tmp_path / "crash.timeline.sqlite"
    rng = random.Random(20231128)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    # the kills land inside an import however fast this machine is: at a share of the time one round's
    # import takes here, measured on a scratch store (a fixed 1-3 s let a fast machine finish first)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "timeline_app", "import", "--db", str(tmp_path / "scratch.timeline.sqlite"),
                    "--yes", str(folders[0])], capture_output=True, env=env, timeout=900, check=True)
    one_round = time.perf_counter() - started
    before_ids: set[int] = set()
    outcomes = []
    for r in range(ROUNDS):
        command = [sys.executable, "-m", "timeline_app", "import", "--db", str(db), "--yes", *map(str, folders[: r + 1])]
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        time.sleep(rng.uniform(0.3, 0.9) * one_round)
        killed = child.poll() is None
        if killed:
            os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=60)
        outcomes.append("killed" if killed else "finished")
        problems, events, per_article = snapshot(db)
        assert problems == []
        ids = {e.id for e in events}
        assert before_ids <= ids, "an event committed before the kill is gone"
        before_ids = ids
        for title, sources in per_article.items():
            assert sources == expected_sources[title], f"article {title!r} stored half"
    assert outcomes.count("killed") >= ROUNDS - 2, outcomes
    command = [sys.executable, "-m", "timeline_app", "import", "--db", str(db), "--yes", *map(str, folders)]
    finished = subprocess.run(command, capture_output=True, text=True, env=env, timeout=900)
    assert finished.returncode == 0, finished.stderr
    problems, events, per_article = snapshot(db)
    assert problems == [] and len(per_article) == ARTICLES * ROUNDS

    clean = tmp_path / "clean.timeline.sqlite"
    store = open_store(clean)
    ImportSession(Repository(store)).run([str(p) for folder in folders for p in sorted(folder.iterdir())])
    store.close()
    assert canonical(events) == canonical(snapshot(clean)[1])
