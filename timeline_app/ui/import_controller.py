"""The window's side of an import: one article at a time, read and matched in the background,
reviewed in a dialog on the GUI thread, stored in the background; progress, cancel, and one
list of failures at the end."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from timeline_app.extraction.pipeline import Extraction
from timeline_app.extraction.readers import read_text
from timeline_app.services.importing import ImportSession, Outcome, Summary
from timeline_app.storage.repository import Repository
from timeline_app.ui.drops import ImportItem
from timeline_app.ui.review import ReviewDialog
from timeline_app.ui.workers import run_in_background


def _prepare(session: ImportSession, item: ImportItem) -> Extraction | Outcome:
    """Runs on a worker thread: read (dropped text included), extract, match."""
    if item.text is None:
        return session.prepare(item.source)
    from timeline_app.extraction.document import ReadError

    try:
        read = read_text(item.text, source=item.label, url=item.url, html=item.html)
    except ReadError as exc:
        return Outcome(item.label, "failed", exc.reason)
    return session.prepare_item(item.label, read)


@dataclass
class _Run:
    queue: deque[ImportItem]
    total: int
    summary: Summary = field(default_factory=Summary)
    cancel_requested: bool = False


class ImportController(QObject):
    started = Signal(int)
    progressed = Signal(int, int, str)  # done, total, label of the article being read
    articleStored = Signal(object)  # Outcome
    finished = Signal(object)  # Summary
    reviewShown = Signal(object)  # the ReviewDialog, for whoever wants to drive it (tests)

    def __init__(self, repository: Repository, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.repository = repository
        self.parent_widget = parent_widget
        self.accept_all = False  # "don't ask again for this session"
        self.review_dialog: ReviewDialog | None = None
        self._run: _Run | None = None

    @property
    def busy(self) -> bool:
        return self._run is not None

    def start(self, items: list[ImportItem]) -> bool:
        if self._run is not None:
            self._run.queue.extend(items)
            self._run.total += len(items)
            return True
        if not items:
            return False
        self._run = _Run(queue=deque(items), total=len(items))
        self.started.emit(len(items))
        self._next()
        return True

    def cancel(self) -> None:
        """Stop after the article being read or stored now; nothing half-stored is left."""
        if self._run is not None:
            self._run.cancel_requested = True
            if self.review_dialog is not None:
                self.review_dialog.skip()

    # ----- the loop ----------------------------------------------------------------------------
    def _next(self) -> None:
        run = self._run
        assert run is not None
        if run.cancel_requested or not run.queue:
            run.summary.cancelled = run.cancel_requested and bool(run.queue)
            self._run = None
            self.progressed.emit(run.total, run.total, "")
            self.finished.emit(run.summary)
            return
        item = run.queue.popleft()
        done = run.total - len(run.queue) - 1
        self.progressed.emit(done, run.total, item.label)
        session = ImportSession(self.repository)
        run_in_background(_prepare, session, item,
                          on_done=lambda result: self._prepared(session, item, result),
                          on_failed=lambda detail: self._record(Outcome(item.label, "failed", detail)))

    def _prepared(self, session: ImportSession, item: ImportItem, result: Extraction | Outcome) -> None:
        if isinstance(result, Outcome):
            self._record(result)
            return
        if self.accept_all or not result.candidates or (self._run and self._run.cancel_requested):
            if self._run and self._run.cancel_requested:
                self._record(Outcome(item.label, "skipped", "import cancelled", result.title))
                return
            self._commit(session, result, [c for c in result.candidates if c.accepted])
            return
        dialog = ReviewDialog(result, self.parent_widget)
        self.review_dialog = dialog
        dialog.decided.connect(lambda chosen: self._reviewed(session, result, dialog, chosen))
        dialog.cancelImport.connect(self.cancel)
        dialog.open()
        self.reviewShown.emit(dialog)

    def _reviewed(self, session: ImportSession, extraction: Extraction, dialog: ReviewDialog, chosen) -> None:  # type: ignore[no-untyped-def]
        self.review_dialog = None
        if dialog.dont_ask.isChecked():
            self.accept_all = True
        dialog.deleteLater()
        if chosen is None:
            self._record(Outcome(extraction.source, "skipped", "skipped at review", extraction.title))
            return
        self._commit(session, extraction, chosen)

    def _commit(self, session: ImportSession, extraction: Extraction, chosen) -> None:  # type: ignore[no-untyped-def]
        run_in_background(session.commit, extraction, chosen,
                          on_done=self._stored,
                          on_failed=lambda detail: self._record(Outcome(extraction.source, "failed", detail)))

    def _stored(self, outcome: Outcome) -> None:
        if outcome.status == "imported":
            self.articleStored.emit(outcome)
        self._record(outcome)

    def _record(self, outcome: Outcome) -> None:
        if self._run is None:
            return
        self._run.summary.outcomes.append(outcome)
        self._next()
