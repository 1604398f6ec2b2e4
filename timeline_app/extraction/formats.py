"""Parsers for HTML, PDF and e-mail. They run inside the bounded worker (`extraction.bounded`),
so each takes bytes and returns a `Document` or raises `ReadError`, and nothing here is shared
with the caller's process."""

from __future__ import annotations

import io
import re
from datetime import date

from timeline_app.extraction.document import Document, ReadError

MAX_PDF_PAGES = 300
#: Internal DTD subsets and entity declarations are cut out before parsing: never resolved.
_DTD_SUBSET = re.compile(rb"<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.S | re.I)
_ENTITY_DECL = re.compile(rb"<!ENTITY[^>]*>", re.I)
_DEEP_LIMIT = 20_000


_ENTITY_REF = re.compile(rb"&([A-Za-z][\w.-]{0,40});")


def _strip_dtd(data: bytes) -> bytes:
    """Cut entity declarations and references to entities HTML does not define: never resolved."""
    from html.entities import name2codepoint

    if b"<!ENTITY" not in data[:200_000].upper() and b"[" not in data[:2000]:
        return data
    data = _DTD_SUBSET.sub(b"<!DOCTYPE html>", data)
    data = _ENTITY_DECL.sub(b"", data)
    return _ENTITY_REF.sub(lambda m: m.group(0) if m.group(1).decode() in name2codepoint else b"", data)


def _too_deep(data: bytes) -> bool:
    """Tens of thousands of unclosed block tags: no article is built like that."""
    opens = len(re.findall(rb"<(?:div|span|p|section|b|i|font|table|td|tr|ul|li|blockquote)\b", data[:5_000_000], re.I))
    closes = len(re.findall(rb"</(?:div|span|p|section|b|i|font|table|td|tr|ul|li|blockquote)\s*>", data[:5_000_000], re.I))
    return opens - closes > _DEEP_LIMIT


def _iso_day(value: object) -> date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(value))
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def read_html(data: bytes, source: str, url: str = "") -> Document:
    from trafilatura import bare_extraction

    from timeline_app.extraction.readers import document_from_text

    if _too_deep(data):
        raise ReadError(source, "is HTML nested too deeply to be an article")
    data = _inline_time_stamps(_strip_dtd(data))
    # (the date from the page's markup only: a date guessed from its words is taken last, below)
    result = bare_extraction(
        data, url=url or None, with_metadata=True, include_comments=False, include_images=False,
        include_tables=False, include_links=False, favor_precision=False, as_dict=True,
        date_extraction_params={"original_date": True, "extensive_search": False, "max_date": date.today().isoformat()},
    )
    if not result or not (result.get("text") or "").strip():
        # A selection dragged from a page is a fragment, too short for main-text detection:
        # keep its text as it is.
        text = _fragment_text(data)
        if not text.strip():
            raise ReadError(source, "is a web page without article text")
        return document_from_text(text, source=source, url=url, fmt="html")
    text = result["text"]
    title = (result.get("title") or "").strip()
    body = f"{title}\n\n{text}" if title and not text.startswith(title) else text
    doc = document_from_text(
        body, source=source, url=url or (result.get("url") or ""), title=title,
        publisher=(result.get("sitename") or result.get("hostname") or "").strip(),
        author=(result.get("author") or "").strip(), published=_iso_day(result.get("date")), fmt="html",
        page_footer=lambda: _page_foot(data),
    )
    if title and body.startswith(title):
        doc.non_body.insert(0, (0, len(title)))
    if doc.published is None:
        # neither the markup nor the text's dateline or footer dates the page: a date guessed from its
        # words ("…a guess, but better than today")
        guessed = _guessed_date(data, url)
        if guessed is not None:
            doc.published, doc.published_how = guessed, "metadata"
    return doc


def _visible_tree(data: bytes):  # type: ignore[no-untyped-def]
    """The page parsed without what a reader never sees (scripts, styles, templates), or None."""
    import lxml.html

    try:
        root = lxml.html.fromstring(data)
    except (ValueError, lxml.etree.ParserError):
        return None
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    return root


def _page_foot(data: bytes) -> str:
    """The last words of a page as a reader sees them, where a footer says when it was last edited
    (main-text extraction leaves the footer out)."""
    root = _visible_tree(data)
    return " ".join(root.text_content().split())[-600:] if root is not None else ""


def _guessed_date(data: bytes, url: str) -> date | None:
    from htmldate import find_date

    try:
        found = find_date(data, extensive_search=True, original_date=True, url=url or None,
                          max_date=date.today().isoformat())
    except (ValueError, TypeError):
        return None
    day = _iso_day(found)
    if day is not None and (day.month, day.day) == (1, 1) and not _writes_new_year_day(data, day.year):
        return None  # htmldate's last resort, a bare year ("a war from 1998 to 2000", "© 2019") as its 1 January
    return day


def _writes_new_year_day(data: bytes, year: int) -> bool:
    """Whether a page writes 1 January of `year` as a date, in one of the usual ways."""
    y = str(year).encode()
    return bool(re.search(rb"%s-01-01|0?1[./-]0?1[./-]%s|\b1(?:st)?\s+Jan(?:uary|\.)?,?\s+%s|\bJan(?:uary|\.)?\s+1(?:st)?,?\s+%s"
                          % (y, y, y, y), data, re.I))


#: A live page's clock stamp in a <time> element before its entry's first paragraph, which main-text
#: extraction drops as page furniture: `<time datetime="…">18:30 GMT</time> <p>The presidency…`.
_TIME_STAMP_BEFORE_P = re.compile(rb"<time\b[^>]{0,200}>\s*(\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|[A-Z]{2,4}T?))?)\s*</time>"
                                  rb"((?:\s*<(?!p\b)[^>]{0,200}>){0,6}?\s*)<p\b([^>]{0,200})>", re.I)  # (a few tags between)


def _inline_time_stamps(data: bytes) -> bytes:
    """The stamps of a live page's entries moved into the entries' first paragraphs ("18:30 GMT – The
    presidency…"), so that each entry keeps the time it was written, as a page copied as text does."""
    if b"<time" not in data and b"<TIME" not in data:
        return data
    return _TIME_STAMP_BEFORE_P.sub(lambda m: m[2] + b"<p" + m[3] + b">" + m[1] + " – ".encode(), data)


def _fragment_text(data: bytes) -> str:
    root = _visible_tree(data)
    if root is None:
        return ""
    blocks = []
    for element in root.iter("p", "li", "h1", "h2", "h3", "h4", "blockquote", "td", "div"):
        if element.tag == "div" and element.find(".//p") is not None:
            continue
        text = " ".join(element.text_content().split())
        if text:
            blocks.append(text)
    return "\n\n".join(dict.fromkeys(blocks)) or " ".join(root.text_content().split())


def read_pdf(data: bytes, source: str, url: str = "") -> Document:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    from timeline_app.extraction.readers import document_from_text

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise ReadError(source, "is an encrypted PDF")
        pages = []
        for page in reader.pages[:MAX_PDF_PAGES]:
            pages.append(page.extract_text() or "")
        meta = reader.metadata or {}
    except ReadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError, IndexError) as exc:
        raise ReadError(source, f"is a damaged or truncated PDF ({type(exc).__name__})") from None
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text.strip():
        raise ReadError(source, "is a PDF without a text layer (a scan?); nothing to read")
    title = str(meta.get("/Title") or "").strip()
    author = str(meta.get("/Author") or "").strip()
    created = None
    raw_date = str(meta.get("/CreationDate") or "")
    m = re.match(r"D:(\d{4})(\d{2})(\d{2})", raw_date)
    if m:
        try:
            created = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            created = None
    doc = document_from_text(text, source=source, url=url, title=title, author=author, fmt="pdf")
    if doc.published is None and created is not None:
        doc.published, doc.published_how = created, "metadata"
    return doc


def read_email(data: bytes, source: str) -> Document:
    import email
    from email import policy
    from email.utils import parsedate_to_datetime

    from timeline_app.extraction.readers import document_from_text

    try:
        message = email.message_from_bytes(data, policy=policy.default)
        subject = str(message.get("subject", "") or "").strip()
        sender = str(message.get("from", "") or "").strip()
        raw_date = message.get("date")
        sent = str(message.get("sent", "") or "").strip()  # (a forwarded Outlook message: "Sent: Monday, November 23, 2026 9:14 AM")
        body_part = message.get_body(preferencelist=("plain", "html"))
        if body_part is None:
            raise ReadError(source, "is an e-mail without a readable body")
        content = body_part.get_content()
        subtype = body_part.get_content_subtype()
    except ReadError:
        raise
    except (ValueError, TypeError, LookupError, AttributeError, IndexError) as exc:
        raise ReadError(source, f"is a broken e-mail ({type(exc).__name__})") from None
    if isinstance(content, bytes):
        content = content.decode("utf-8", errors="replace")
    if not str(content).strip():
        raise ReadError(source, "is an e-mail with an empty body")
    published = None
    if raw_date:
        try:
            published = parsedate_to_datetime(str(raw_date)).date()
        except (TypeError, ValueError, IndexError):
            published = None
    if published is None and sent:
        from timeline_app.extraction.published import detect_published

        published = detect_published(f"Sent: {sent}\n")
    if subtype == "html":
        doc = read_html(str(content).encode("utf-8"), source)
        doc.title = subject or doc.title
        doc.format = "email"
        if published:
            doc.published, doc.published_how = published, "metadata"
        return doc
    text = f"{subject}\n\n{content}" if subject else str(content)
    doc = document_from_text(text, source=source, title=subject, author=sender, published=published, fmt="email")
    if subject:
        doc.non_body.insert(0, (0, len(subject)))
    return doc
