"""Undo and redo for every change: QUndoCommands that wrap the same service calls (DESIGN.md §7).
A change is already applied when its command is pushed, so the first redo does nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from timeline_app.services.editing import Change, ConflictError, Editor

Refresh = Callable[[Change], None]
Report = Callable[[str], None]


class ChangeCommand(QUndoCommand):
    def __init__(self, editor: Editor, change: Change, refresh: Refresh, report: Report) -> None:
        super().__init__(change.label)
        self.editor, self.change, self.refresh, self.report = editor, change, refresh, report
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            return
        self._run(self.editor.redo)
        self._applied = True

    def undo(self) -> None:
        self._run(self.editor.undo)
        self._applied = False

    def _run(self, step: Callable[[Change], Change]) -> None:
        try:
            self.change = step(self.change)
        except ConflictError as exc:
            self.report(str(exc))
            self.setObsolete(True)
            return
        self.refresh(self.change)


class ImportCommand(QUndoCommand):
    """Undoing an import removes the article, the events only it sourced and the sources it added
    to other events; redoing stores it again."""

    def __init__(self, undo: Callable[[], None], redo: Callable[[], None], label: str) -> None:
        super().__init__(label)
        self._undo, self._redo = undo, redo
        self._applied = True

    def redo(self) -> None:
        if not self._applied:
            self._redo()
            self._applied = True

    def undo(self) -> None:
        self._undo()
        self._applied = False
