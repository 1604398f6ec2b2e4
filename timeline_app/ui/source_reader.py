"""The source reader: the stored copy of an article, scrolled to the evidence sentence and
highlighted. Plain text only: nothing remote is loaded and nothing runs."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from timeline_app.domain.model import Article
from timeline_app.ui.links import open_link, safe_url

HIGHLIGHT = QColor("#ffe066")


class QuietBrowser(QTextBrowser):
    """A text browser that never fetches a resource (images, style sheets) from anywhere."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 - Qt override
        return None


class SourceReader(QDialog):
    def __init__(self, article: Article, evidence_start: int | None = None, evidence_end: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article = article
        self.setWindowTitle(f"Source — {article.title or article.url}")
        self.resize(900, 700)
        link = safe_url(article.url) if article.url else None
        parts = [f"<b>{escape(article.title or 'Untitled article')}</b>"]
        meta = [escape(article.publisher)] if article.publisher else []
        if article.published:
            meta.append(f"published {escape(article.published.label())}")
        if link is not None:
            meta.append(f"<a href='{escape(link.toString(), quote=True)}'>{escape(article.url)}</a>")
        elif article.url:
            meta.append(escape(article.url))
        parts.append(" · ".join(meta))
        header = QLabel("<br>".join(parts))
        header.setWordWrap(True)
        header.setOpenExternalLinks(False)
        header.linkActivated.connect(open_link)

        self.text = QuietBrowser(self)
        self.text.setPlainText(article.text)
        self.highlighted = ""
        if evidence_start is not None and evidence_end is not None and 0 <= evidence_start < evidence_end <= len(article.text):
            self.highlight(evidence_start, evidence_end)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def highlight(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(HIGHLIGHT)
        cursor.mergeCharFormat(fmt)
        self.highlighted = cursor.selectedText().replace("\u2029", "\n")
        cursor.setPosition(start)
        self.text.setTextCursor(cursor)
        self._scroll_to = start
        self.text.ensureCursorVisible()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        super().showEvent(event)
        if getattr(self, "_scroll_to", None) is not None:
            QTimer.singleShot(0, self._centre_on_highlight)

    def _centre_on_highlight(self) -> None:
        """Put the evidence a third of the way down the view, where the eye lands."""
        rect = self.text.cursorRect()
        bar = self.text.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.text.viewport().height() // 3)
