"""The one gate for opening links: only http and https, re-serialised by QUrl."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

SAFE_SCHEMES = ("http", "https")


def safe_url(text: str) -> QUrl | None:
    """The link as QUrl when it is a well-formed http(s) URL with a host, else None."""
    url = QUrl(text.strip(), QUrl.ParsingMode.StrictMode)
    if not url.isValid() or url.scheme().lower() not in SAFE_SCHEMES or not url.host():
        return None
    return QUrl(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


def open_link(text: str) -> bool:
    url = safe_url(text)
    if url is None:
        return False
    return QDesktopServices.openUrl(url)
