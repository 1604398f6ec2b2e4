"""The main window's search box, results list and filters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDockWidget,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
)

from timeline_app.domain.vocab import EventKind, EventStatus
from timeline_app.layout.index import EventFilter
from timeline_app.layout.viewport import Viewport


class SearchMixin:
    """Search and filters of MainWindow (uses its timeline, store and repository)."""

    # ----- search ----------------------------------------------------------------------------
    def _build_search(self) -> None:
        bar = self.addToolBar("Search")
        bar.setObjectName("searchBar")
        bar.setMovable(False)
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText("Search titles, evidence and actors (/ or Ctrl+F); Enter: next result")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaximumWidth(520)
        self.search_box.returnPressed.connect(self.search_next)
        self.search_box.textChanged.connect(lambda _text: self._reset_search())
        bar.addWidget(self.search_box)
        self.search_status = QLabel("  ")
        bar.addWidget(self.search_status)
        bar.addSeparator()
        bar.addWidget(QLabel(" Show: "))
        self.kind_filter = QComboBox(self)
        self.kind_filter.addItem("all kinds", None)
        for kind in EventKind:
            self.kind_filter.addItem(kind.label, kind)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem("any status", None)
        for status in EventStatus:
            self.status_filter.addItem(status.value, status)
        self.actor_filter = QLineEdit(self)
        self.actor_filter.setPlaceholderText("actor")
        self.actor_filter.setMaximumWidth(160)
        self.actor_completer = QCompleter([], self)
        self.actor_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.actor_filter.setCompleter(self.actor_completer)
        self.from_filter = QLineEdit(self)
        self.from_filter.setPlaceholderText("from (e.g. 1991)")
        self.from_filter.setMaximumWidth(120)
        self.to_filter = QLineEdit(self)
        self.to_filter.setPlaceholderText("to")
        self.to_filter.setMaximumWidth(120)
        for widget in (self.kind_filter, self.status_filter, self.actor_filter, self.from_filter, self.to_filter):
            bar.addWidget(widget)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        for edit in (self.actor_filter, self.from_filter, self.to_filter):
            edit.editingFinished.connect(self.apply_filters)
        self.results = QListWidget(self)
        self.results.itemActivated.connect(self._result_chosen)
        self.results.itemClicked.connect(self._result_chosen)
        self.results_dock = QDockWidget("Search results", self)
        self.results_dock.setObjectName("searchResults")
        self.results_dock.setWidget(self.results)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.results_dock)
        self.results_dock.hide()
        self._search_ids: list[int] = []
        self._search_position = -1
        self._search_query = ""
        shortcut = QShortcut(QKeySequence("Ctrl+F"), self)
        shortcut.activated.connect(self.focus_search)

    def apply_filters(self) -> None:
        """Narrow the timeline to a kind, a status, an actor and a date range."""
        from timeline_app.extraction.when_text import parse_when_text

        kind = EventKind(self.kind_filter.currentData()) if self.kind_filter.currentData() else None
        status = EventStatus(self.status_filter.currentData()) if self.status_filter.currentData() else None
        lo = hi = None
        problems = []
        if self.from_filter.text().strip():
            parsed = parse_when_text(self.from_filter.text())
            lo = parsed[0].earliest if parsed else None
            if parsed is None:
                problems.append(f"“{self.from_filter.text()}” is not a date")
        if self.to_filter.text().strip():
            parsed = parse_when_text(self.to_filter.text())
            hi = (parsed[1] or parsed[0]).latest if parsed else None
            if parsed is None:
                problems.append(f"“{self.to_filter.text()}” is not a date")
        chosen = EventFilter(
            kinds=frozenset({kind}) if kind is not None else None,
            statuses=frozenset({status}) if status is not None else None,
            actor=self.actor_filter.text().strip() or None, lo=lo, hi=hi,
        )
        self.timeline.set_filter(chosen)
        shown = self.timeline.event_count()
        note = f"{shown} event{'s' if shown != 1 else ''} shown" + (" (filtered)" if chosen.active else "")
        self.statusBar().showMessage(note + ("; " + "; ".join(problems) if problems else ""), 10_000)

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _reset_search(self) -> None:
        self._search_query = ""

    def search(self, query: str) -> list[int]:
        """Run a search: results listed, highlighted on the timeline; returns the event ids."""
        from timeline_app.storage.search import search_event_ids

        if self.store is None or self.repository is None:
            return []
        ids = search_event_ids(self.store, query) if query.strip() else []
        self._search_ids, self._search_position, self._search_query = ids, -1, query
        self.results.clear()
        shown = {e.id: e for e in self.repository.drawable_events(ids[:500])}
        for event_id in ids[:500]:
            event = shown.get(event_id)
            if event is None:
                continue
            item = QListWidgetItem(f"{event.date_label()} — {event.title}")
            item.setData(Qt.ItemDataRole.UserRole, event_id)
            self.results.addItem(item)
        self.results_dock.setVisible(bool(query.strip()))
        self.search_status.setText(f"  {len(ids)} result{'s' if len(ids) != 1 else ''}" if query.strip() else "  ")
        if ids:
            self.timeline.highlight(ids, msecs=0)
        else:
            self.timeline.clear_highlight()
        return ids

    def search_next(self) -> None:
        query = self.search_box.text()
        if query != self._search_query:
            self.search(query)
        if not self._search_ids:
            return
        self._search_position = (self._search_position + 1) % len(self._search_ids)
        self.go_to_event(self._search_ids[self._search_position])
        self.results.setCurrentRow(min(self._search_position, self.results.count() - 1))

    def go_to_event(self, event_id: int) -> None:
        events = self.repository.drawable_events([event_id]) if self.repository else []
        if not events:
            return
        event = events[0]
        view = self.timeline.view
        span = view.end - view.start
        if event.latest - event.earliest > span or not (view.start <= event.earliest and event.latest <= view.end):
            self.timeline.set_view(Viewport.fit(event.earliest, event.latest, max(self.timeline.width(), 1), margin=2.0))
        self.timeline.select_event(event_id)

    def _result_chosen(self, item: QListWidgetItem) -> None:
        self.go_to_event(int(item.data(Qt.ItemDataRole.UserRole)))
