"""The event editor: every field of an event, dates typed as text ("fall 2020", "Nov. 30, 2023",
"1990s", "2020-09-27 to 2020-11-10") and read by the tagger, shown back with their precision."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.domain.model import Event, EventSource
from timeline_app.domain.vocab import EventKind, EventStatus
from timeline_app.domain.when import Precision, When
from timeline_app.extraction.when_text import parse_when_text
from timeline_app.ui.links import safe_url


def when_text(when: When) -> str:
    return when.to_timex()


class EventEditor(QDialog):
    """Edit (or create) an event; `result_event()` gives the edited copy once accepted."""

    def __init__(self, event: Event, actor_names: list[str], parent: QWidget | None = None, creating: bool = False) -> None:
        super().__init__(parent)
        self.original = event  # not "event": that would hide QObject.event()
        self.setWindowTitle("New event" if creating else f"Edit — {event.title}")
        self.resize(720, 640)
        self.title = QLineEdit(event.title)
        self.summary = QPlainTextEdit(event.summary)
        self.summary.setMaximumHeight(90)
        self.start = QLineEdit(event.start.phrase or when_text(event.start))
        self.end = QLineEdit((event.end.phrase or when_text(event.end)) if event.end else "")
        self.end.setPlaceholderText("optional: the end of a range")
        self.understood = QLabel()
        self.understood.setWordWrap(True)
        self.precision = QComboBox()
        self.precision.addItem("as typed", None)
        for p in Precision:
            self.precision.addItem(p.value.replace("_", " "), p)
        self.approximate = QCheckBox("approximate (around, early, late…)")
        self.approximate.setChecked(event.start.approximate)
        self.kind = QComboBox()
        for k in EventKind:
            self.kind.addItem(k.label, k)
        self.kind.setCurrentIndex(list(EventKind).index(event.kind))
        self.status = QComboBox()
        for s in EventStatus:
            self.status.addItem(s.value, s)
        self.status.setCurrentIndex(list(EventStatus).index(event.status))
        self.actors = QLineEdit(", ".join(event.actors))
        completer = QCompleter(actor_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.actors.setCompleter(completer)
        self.tags = QLineEdit(", ".join(event.tags))
        self.place = QLineEdit(event.place)
        self.sources = QListWidget()
        self._sources = list(event.sources)
        self._fill_sources()
        add = QPushButton("Add link…")
        remove = QPushButton("Remove")
        evidence = QPushButton("Edit evidence…")
        add.clicked.connect(self.add_source)
        remove.clicked.connect(self.remove_source)
        evidence.clicked.connect(self.edit_evidence)

        form = QFormLayout()
        form.addRow("Title", self.title)
        form.addRow("Starts", self.start)
        form.addRow("Ends", self.end)
        form.addRow("", self.understood)
        form.addRow("Precision", self.precision)
        form.addRow("", self.approximate)
        form.addRow("Kind", self.kind)
        form.addRow("Status", self.status)
        form.addRow("Actors", self.actors)
        form.addRow("Tags", self.tags)
        form.addRow("Place", self.place)
        form.addRow("Summary", self.summary)
        buttons_row = QHBoxLayout()
        for b in (add, remove, evidence):
            buttons_row.addWidget(b)
        buttons_row.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel("Sources"))
        layout.addWidget(self.sources, 1)
        layout.addLayout(buttons_row)
        layout.addWidget(self.buttons)
        for edit in (self.start, self.end, self.title):
            edit.textChanged.connect(self._check)
        self.precision.currentIndexChanged.connect(self._check)
        self._check()

    # ----- dates ---------------------------------------------------------------------------------
    def parsed_dates(self) -> tuple[When, When | None] | None:
        parsed = parse_when_text(self.start.text())
        if parsed is None:
            return None
        start, end = parsed
        if self.end.text().strip():
            second = parse_when_text(self.end.text())
            if second is None:
                return None
            end = second[1] or second[0]
        chosen = self.precision.currentData()
        if chosen is not None and chosen != start.precision:
            start = _widen(start, chosen)
        start = replace(start, approximate=self.approximate.isChecked(), phrase=self.start.text().strip())
        if end is not None:
            end = replace(end, phrase=self.end.text().strip())
            if end.latest <= start.earliest:
                return None
        return start, end

    def _check(self) -> None:
        dates = self.parsed_dates()
        ok = dates is not None and bool(self.title.text().strip())
        if dates is None:
            self.understood.setText("<span style='color:#c00000'>Not a date this app can read, or the end comes "
                                    "before the start. Try “fall 2020”, “Nov. 30, 2023”, “1990s”.</span>")
        else:
            start, end = dates
            text = start.label() + (f" – {end.label()}" if end else "")
            self.understood.setText(f"Understood as <b>{text}</b> ({start.precision.value.replace('_', ' ')}"
                                    + (", approximate" if start.approximate else "") + ")")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    # ----- sources -------------------------------------------------------------------------------
    def _fill_sources(self) -> None:
        self.sources.clear()
        for source in self._sources:
            label = source.article_title or source.article_url or "(untitled source)"
            if source.evidence:
                label += f" — “{source.evidence[:80]}”"
            self.sources.addItem(QListWidgetItem(label))

    def add_source(self, url: str | None = None) -> None:
        if not url:
            url, ok = QInputDialog.getText(self, "Add a source", "Link (http or https):")
            if not ok:
                return
        if safe_url(url) is None:
            self.understood.setText("<span style='color:#c00000'>Only http and https links can be sources.</span>")
            return
        self._sources.append(EventSource(article_url=url.strip(), article_title=url.strip()))
        self._fill_sources()

    def remove_source(self) -> None:
        row = self.sources.currentRow()
        if 0 <= row < len(self._sources):
            del self._sources[row]
            self._fill_sources()

    def edit_evidence(self, text: str | None = None) -> None:
        row = self.sources.currentRow()
        if not 0 <= row < len(self._sources):
            return
        if text is None:
            text, ok = QInputDialog.getMultiLineText(self, "Evidence", "The sentence that reports it:",
                                                     self._sources[row].evidence)
            if not ok:
                return
        self._sources[row] = replace(self._sources[row], evidence=text)
        self._fill_sources()

    # ----- result --------------------------------------------------------------------------------
    def result_event(self) -> Event | None:
        dates = self.parsed_dates()
        if dates is None or not self.title.text().strip():
            return None
        start, end = dates
        return replace(
            self.original, title=self.title.text().strip(), summary=self.summary.toPlainText().strip(), start=start,
            end=end, kind=EventKind(self.kind.currentData()), status=EventStatus(self.status.currentData()),
            actors=tuple(dict.fromkeys(a.strip() for a in self.actors.text().split(",") if a.strip())),
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()), place=self.place.text().strip(),
            sources=tuple(self._sources),
        )


def _widen(when: When, precision: Precision) -> When:
    """Set a precision by hand: the interval of that precision around the date's start."""
    y, m, d, hh, _ = when.start_civil
    try:
        if precision is Precision.YEAR:
            return When.of_year(y)
        if precision is Precision.MONTH:
            return When.of_month(y, m)
        if precision is Precision.DAY:
            return When.of_day(y, m, d)
        if precision is Precision.DECADE:
            return When.of_decade(y // 10)
        if precision is Precision.CENTURY:
            return When.of_century(y // 100)
        if precision is Precision.QUARTER:
            return When.of_quarter(y, (m - 1) // 3 + 1)
        if precision is Precision.HALF:
            return When.of_half(y, 1 if m < 7 else 2)
        if precision is Precision.SEASON:
            code = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(m, "FA")
            return When.of_season(y - 1 if m <= 2 else y, code)
        if precision is Precision.HOUR:
            return When.of_time(y, m, d, hh)
    except ValueError:
        return when
    return when
