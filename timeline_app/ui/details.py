"""The details panel: the selected event, its date as understood, and its sources as safe links."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from timeline_app.domain.model import Event
from timeline_app.ui.links import open_link, safe_url


class DetailsPanel(QTextBrowser):
    """Emits `sourceRequested(article id, evidence start, evidence end)` for "read the source"."""

    sourceRequested = Signal(int, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event: Event | None = None
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.setMinimumWidth(280)
        self.show_event(None)

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 - Qt override
        """Never fetch anything: article text may reference remote images."""
        return None

    def show_event(self, event: Event | None) -> None:
        self._event = event
        if event is None:
            self.setHtml("<p style='color:#5b6472'>Select an event on the timeline to see its date and sources.</p>")
            return
        parts = [f"<h3>{escape(event.title)}</h3>"]
        approx = " (approximate)" if event.start.approximate else ""
        parts.append(f"<p><b>When:</b> {escape(event.date_label())}<br>"
                     f"<b>Precision:</b> {event.start.precision.value}{approx}<br>"
                     f"<b>TIMEX3:</b> <code>{escape(event.start.to_timex())}"
                     + (f" / {escape(event.end.to_timex())}" if event.end else "") + "</code><br>"
                     f"<b>Kind:</b> {escape(event.kind.label)} &nbsp; <b>Status:</b> {escape(event.status.value)}</p>")
        if event.date_conflict:
            parts.append("<p style='color:#c00000'><b>Sources disagree on the date.</b></p>")
        if event.actors:
            parts.append(f"<p><b>Actors:</b> {escape(', '.join(event.actors))}</p>")
        if event.summary:
            parts.append(f"<p>{escape(event.summary)}</p>")
        parts.append(f"<p><b>Sources ({len(event.sources)})</b></p><ol>")
        for index, source in enumerate(event.sources):
            title = escape(source.article_title or source.article_url or "untitled source")
            link = safe_url(source.article_url) if source.article_url else None
            head = f"<a href='{escape(link.toString(), quote=True)}'>{title}</a>" if link else title
            if source.article_published:
                head += f" <span style='color:#5b6472'>({escape(source.article_published.label())})</span>"
            body = ""
            if source.evidence:
                body += f"<br><i>“{escape(source.evidence)}”</i>"
            if source.derivation:
                body += f"<br><span style='color:#5b6472'>Date: {escape(source.derivation)}</span>"
            if source.article_id is not None:
                body += f"<br><a href='reader:{index}'>Read the stored article</a>"
            parts.append(f"<li>{head}{body}</li>")
        parts.append("</ol>")
        self.setHtml("".join(parts))

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == "reader" and self._event is not None:
            source = self._event.sources[int(url.path())]
            if source.article_id is not None:
                self.sourceRequested.emit(source.article_id, source.evidence_start if source.evidence_start is not None else -1,
                                          source.evidence_end if source.evidence_end is not None else -1)
            return
        open_link(url.toString())
