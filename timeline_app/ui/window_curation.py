"""The main window's curation: editing, moving, merging, splitting, actors, undo."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
)

from timeline_app.services.editing import Change, ConflictError
from timeline_app.ui.editor import EventEditor
from timeline_app.ui.undo import ChangeCommand


class CurationMixin:
    """Curation in MainWindow: every change goes through the Editor service and onto the undo stack."""

    # ----- curation ----------------------------------------------------------------------------
    def _push(self, change: Change) -> None:
        assert self.editor is not None
        self.undo_stack.push(ChangeCommand(self.editor, change, self.apply_change, self._conflict))
        self.apply_change(change)
        self.statusBar().showMessage(change.label, 6000)

    def _conflict(self, message: str) -> None:
        self._error("Changed elsewhere", f"{message}. View → Refresh shows the timeline as it is now.")

    def apply_change(self, change: Change) -> None:
        """Refresh the timeline and the details from a change record, without reloading the rest."""
        if self.repository is None:
            return
        gone = [i for i in change.touched if change.after.get(i) is None and self.repository.get_event(i) is None]
        if gone:
            self.timeline.forget(gone)
        present = [i for i in change.touched if i not in gone]
        if present:
            self.timeline.upsert_events(self.repository.drawable_events(present))
        selected = sorted(self.timeline.selected)
        self.details.show_event(self.repository.get_event(selected[0]) if selected else None)
        self._show_count()

    def _run_edit(self, action) -> None:  # type: ignore[no-untyped-def]
        try:
            change = action()
        except ConflictError as exc:
            self._conflict(str(exc))
            return
        except ValueError as exc:
            self._error("Cannot change the event", str(exc))
            return
        self._push(change)

    def move_event(self, event_id: int, seconds: float) -> None:
        if self.editor is None or self.repository is None:
            return
        event = self.repository.get_event(event_id)
        if event is None:
            return
        self._run_edit(lambda: self.editor.move(event, seconds))  # type: ignore[union-attr]

    def resize_event(self, event_id: int, side: str, seconds: float) -> None:
        """Drag an end: the start moves alone, or the end does (a single date becomes a range)."""
        from timeline_app.domain.when import shift, step_seconds

        if self.editor is None or self.repository is None:
            return
        event = self.repository.get_event(event_id)
        if event is None:
            return
        steps = round(seconds / step_seconds(event.start.precision))
        if steps == 0:
            return
        try:
            if side == "start":
                start, end = shift(event.start, steps), event.end
            else:
                start = event.start
                end = shift(event.end, steps) if event.end is not None else shift(event.start, steps)
        except ValueError as exc:
            self._error("Cannot resize the event", str(exc))
            return
        self._run_edit(lambda: self.editor.resize(event, start, end))  # type: ignore[union-attr]

    def edit_selected(self) -> None:
        chosen = sorted(self.timeline.selected)
        if chosen:
            self.edit_event(chosen[0])

    def edit_event(self, event_id: int) -> None:
        if self.repository is None:
            return
        event = self.repository.get_event(event_id)
        if event is None:
            return
        dialog = EventEditor(event, self.repository.actor_names(), self)
        self.event_editor = dialog

        def done(result: int) -> None:
            edited = dialog.result_event() if result == QDialog.DialogCode.Accepted else None
            if edited is not None and edited != event:
                self._run_edit(lambda: self.editor.update(edited))  # type: ignore[union-attr]

        dialog.finished.connect(done)
        dialog.open()

    def create_at(self, seconds: float | None) -> None:
        """A new event where the user double-clicked, at the precision the zoom shows."""
        if self.repository is None:
            return
        from timeline_app.domain import calendar as cal
        from timeline_app.domain.model import Event as NewEvent
        from timeline_app.domain.when import When

        view = self.timeline.view
        at = seconds if seconds is not None else (view.start + view.end) / 2
        y, m, d, _, _ = cal.civil_from_seconds(int(at))
        span = view.end - view.start
        try:
            if span < 120 * 86_400:
                start = When.of_day(y, m, d)
            elif span < 15 * 365 * 86_400:
                start = When.of_month(y, m)
            else:
                start = When.of_year(y)
        except ValueError:
            start = When.of_year(2000)
        dialog = EventEditor(NewEvent(title="New event", start=start), self.repository.actor_names(), self, creating=True)
        self.event_editor = dialog

        def done(result: int) -> None:
            made = dialog.result_event() if result == QDialog.DialogCode.Accepted else None
            if made is not None:
                self._run_edit(lambda: self.editor.create(made))  # type: ignore[union-attr]

        dialog.finished.connect(done)
        dialog.open()

    def delete_selected(self) -> None:
        events = self.timeline.selected_events()
        if self.editor is None or not events:
            return
        full = [e for e in (self.repository.get_event(x.id) for x in events) if e is not None]  # type: ignore[union-attr, arg-type]
        self._run_edit(lambda: self.editor.delete(full))  # type: ignore[union-attr]

    def merge_selected(self, keep_index: int | None = None) -> None:
        """Merge the selected events; the user picks the one whose title and date are kept."""
        if self.editor is None or self.repository is None:
            return
        events = [e for e in (self.repository.get_event(i) for i in sorted(self.timeline.selected)) if e is not None]
        if len(events) < 2:
            self.statusBar().showMessage("Select two or more events (Ctrl+click) to merge them.", 8000)
            return
        if keep_index is None:
            labels = [f"{e.date_label()} — {e.title}" for e in events]
            choice, ok = QInputDialog.getItem(self, "Merge events", "Keep the title and date of:", labels, 0, False)
            if not ok:
                return
            keep_index = labels.index(choice)
        keep = events[keep_index]
        self._run_edit(lambda: self.editor.merge(events, keep))  # type: ignore[union-attr]
        self.timeline.select_event(keep.id)

    def actor_manager(self) -> None:
        from timeline_app.ui.actors import ActorManager

        dialog = ActorManager(self)
        self.actors_dialog = dialog
        dialog.open()

    def set_actor_style(self, name: str, color: str, hidden: bool) -> None:
        if self.repository is None:
            return
        self.repository.set_actor_style(name, color, hidden)
        self.apply_actor_styles()

    def apply_actor_styles(self) -> None:
        from timeline_app.render.theme import ACTOR_COLOR_OVERRIDES

        styles = self.repository.actor_styles() if self.repository else {}
        ACTOR_COLOR_OVERRIDES.clear()
        ACTOR_COLOR_OVERRIDES.update({n: c for n, (c, _) in styles.items() if c})
        self.timeline.set_hidden_actors(frozenset(n for n, (_, hidden) in styles.items() if hidden))

    def split_selected(self, source_indexes: list[int] | None = None) -> None:
        """Move some sources of the selected event to a new event."""
        chosen = sorted(self.timeline.selected)
        if self.editor is None or self.repository is None or not chosen:
            return
        event = self.repository.get_event(chosen[0])
        if event is None or len(event.sources) < 2:
            self.statusBar().showMessage("Select an event with two or more sources to split it.", 8000)
            return
        if source_indexes is None:
            labels = [f"{i + 1}. {s.article_title or s.article_url}" for i, s in enumerate(event.sources)]
            choice, ok = QInputDialog.getItem(self, "Split sources", "Move this source to a new event:", labels, 0, False)
            if not ok:
                return
            source_indexes = [labels.index(choice)]
        self._run_edit(lambda: self.editor.split(event, source_indexes))  # type: ignore[union-attr]

    def rename_actor_dialog(self, old: str | None = None, new: str | None = None) -> None:
        if self.editor is None or self.repository is None:
            return
        names = self.repository.actor_names()
        if old is None:
            if not names:
                return
            old, ok = QInputDialog.getItem(self, "Rename or merge an actor", "Actor:", names, 0, False)
            if not ok:
                return
        if new is None:
            new, ok = QInputDialog.getText(self, "Rename or merge an actor",
                                           f"New name for “{old}” (an existing name merges the two):", text=old)
            if not ok:
                return
        if new and new.strip() and new.strip() != old:
            self._run_edit(lambda: self.editor.rename_actor(old, new.strip()))  # type: ignore[union-attr, arg-type]
            self.reload(fit=False)
