"""What a drop or a paste holds: local files (folders expanded), web links, selected text or HTML."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from PySide6.QtCore import QMimeData, QUrl

from timeline_app.extraction.fetch import is_web_url
from timeline_app.extraction.pipeline import expand_sources


@dataclass(frozen=True)
class ImportItem:
    """One thing to import: a path or link (`source`), or dropped `text` (HTML when `html`)."""

    source: str
    text: str | None = None
    html: bool = False
    url: str = ""

    @property
    def label(self) -> str:
        if self.text is not None:
            return self.url or ("selected HTML" if self.html else "selected text")
        return os.path.basename(self.source.rstrip("/")) or self.source


def _moz_url(mime: QMimeData) -> str:
    for fmt in ("text/x-moz-url", "text/x-moz-url-priv"):
        if mime.hasFormat(fmt):
            raw = bytes(mime.data(fmt).data())
            for encoding in ("utf-16", "utf-8"):
                try:
                    text = raw.decode(encoding)
                except UnicodeDecodeError:
                    continue
                first = text.replace("\x00", "").split("\n", 1)[0].strip()
                if is_web_url(first):
                    return first
    return ""


def _is_just_a_link(html: str) -> bool:
    """A link dragged from a page comes with an <a> element as HTML; that is a link, not a selection."""
    stripped = re.sub(r"<!--.*?-->|<meta[^>]*>|</?(?:html|body|head)[^>]*>", "", html, flags=re.S | re.I).strip()
    return bool(re.fullmatch(r"<a\b[^>]*>.*?</a>", stripped, flags=re.S | re.I)) or not stripped


def items_from_mime(mime: QMimeData) -> list[ImportItem]:
    page_url = _moz_url(mime)
    paths, links = [], []
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile():
            paths.append(url.toLocalFile())
        elif url.scheme().lower() in ("http", "https"):
            links.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
    if paths:
        return [ImportItem(source=p) for p in expand_sources(paths)] + [ImportItem(source=link) for link in links]
    if mime.hasHtml() and mime.html().strip() and not _is_just_a_link(mime.html()):
        url = page_url if not links else links[0] if not page_url else page_url
        return [ImportItem(source=url or "selected HTML", text=mime.html(), html=True, url=url)]
    if links:
        return [ImportItem(source=link) for link in links]
    if page_url:
        return [ImportItem(source=page_url)]
    if mime.hasText():
        text = mime.text().strip()
        if is_web_url(text) and not re.search(r"\s", text):
            return [ImportItem(source=text)]
        if text:
            return [ImportItem(source="selected text", text=mime.text())]
    return []


def describe(items: list[ImportItem]) -> str:
    """What dropping will do, shown while dragging."""
    if not items:
        return "Nothing here can be imported"
    texts = sum(1 for i in items if i.text is not None)
    links = sum(1 for i in items if i.text is None and is_web_url(i.source))
    files = len(items) - texts - links
    parts = []
    if files:
        parts.append(f"{files} file{'s' if files != 1 else ''}")
    if links:
        parts.append(f"{links} link{'s' if links != 1 else ''}")
    if texts:
        parts.append("the selected text")
    return "Import " + " and ".join(parts)
