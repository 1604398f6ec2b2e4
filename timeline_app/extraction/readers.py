"""Reading: any source a user drops → a `Document` (an article) or a `Table` (a CSV of events).

The type is sniffed from the content, never trusted from the name: a PNG called `article.txt`
is refused as an image, an HTML page saved as `.txt` is read as HTML. Every refusal is a
`ReadError` naming the source and the reason. Archives are refused, never unpacked.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Callable
from datetime import date
from pathlib import Path

from timeline_app.extraction import formats
from timeline_app.extraction.bounded import run_bounded
from timeline_app.extraction.document import Document, ReadError, Table
from timeline_app.extraction.language import guess_language
from timeline_app.extraction.page_furniture import find_furniture, strip_emphasis_marks, strip_reference_marks
from timeline_app.extraction.published import BYLINE_AFTER_BAR, FROM_FOOTER, find_published, footer_stamp
from timeline_app.extraction.tables import looks_like_event_table, read_table

MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_TEXT_CHARS = 2_000_000

_MAGIC: list[tuple[bytes, str]] = [
    (b"PK\x03\x04", "a zip archive (archives are not unpacked; extract the article first)"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"\x1f\x8b", "a gzip archive (archives are not unpacked; extract the article first)"),
    (b"BZh", "a bzip2 archive (archives are not unpacked)"),
    (b"\xfd7zXZ\x00", "an xz archive (archives are not unpacked)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive (archives are not unpacked)"),
    (b"Rar!", "a RAR archive (archives are not unpacked)"),
    (b"\x89PNG", "a PNG image, not an article"),
    (b"\xff\xd8\xff", "a JPEG image, not an article"),
    (b"GIF8", "a GIF image, not an article"),
    (b"BM", "a bitmap image, not an article"),
    (b"II*\x00", "a TIFF image, not an article"),
    (b"MM\x00*", "a TIFF image, not an article"),
    (b"\x7fELF", "a program (ELF executable), not an article"),
    (b"MZ", "a Windows program, not an article"),
    (b"\xca\xfe\xba\xbe", "a compiled program, not an article"),
    (b"\xcf\xfa\xed\xfe", "a macOS program, not an article"),
    (b"\xd0\xcf\x11\xe0", "an old Office document; save it as PDF, HTML or text first"),
    (b"SQLite format 3\x00", "a SQLite database, not an article (use File → Open for timeline stores)"),
    (b"OggS", "an audio file, not an article"),
    (b"ID3", "an audio file, not an article"),
    (b"fLaC", "an audio file, not an article"),
]
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
_HTML_HINT = re.compile(rb"<\s*(?:!doctype\s+html|html|head|body|article|main|p|div|meta|title)[\s>/]", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w-]{2,40})", re.I)
_EMAIL_HEADER = re.compile(r"^(?:From|To|Subject|Date|Received|Message-ID|MIME-Version|Return-Path|Delivered-To|Reply-To|Cc)\s*:", re.I | re.M)


def read_path(path: str | os.PathLike[str]) -> Document | Table:
    """Read a local file; directories and dangling links are refused with the reason."""
    source = os.fspath(path)
    p = Path(source)
    try:
        info = p.stat()
    except FileNotFoundError:
        if p.is_symlink():
            raise ReadError(source, "is a link to a file that does not exist") from None
        raise ReadError(source, "no such file") from None
    except PermissionError:
        raise ReadError(source, "permission denied") from None
    except OSError as exc:
        raise ReadError(source, f"cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise ReadError(source, "is a directory (drop the files inside it, or name them)")
    if not stat.S_ISREG(info.st_mode):
        raise ReadError(source, "is not a regular file")
    if info.st_size > MAX_FILE_BYTES:
        raise ReadError(source, f"is {info.st_size / 1e6:.1f} MB; articles larger than {MAX_FILE_BYTES // 2**20} MB are refused")
    try:
        with p.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except PermissionError:
        raise ReadError(source, "permission denied") from None
    except OSError as exc:
        raise ReadError(source, f"cannot be read ({exc.strerror or exc})") from None
    return read_bytes(data, source=source)


def read_bytes(data: bytes, source: str, url: str = "", content_type: str = "") -> Document | Table:
    """Sniff and read the bytes of one source."""
    if len(data) > MAX_FILE_BYTES:
        raise ReadError(source, f"is larger than {MAX_FILE_BYTES // 2**20} MB")
    if not data.strip():
        raise ReadError(source, "is empty" if not data else "holds only white space")
    for magic, reason in _MAGIC:
        if data.startswith(magic):
            raise ReadError(source, f"is {reason}")
    if data[:5] == b"%PDF-" or content_type.startswith("application/pdf"):
        return run_bounded(source, formats.read_pdf, data, source, url)
    if data.startswith((b"RIFF",)) and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        raise ReadError(source, "is a media file, not an article")
    text = decode(data, source)
    return read_text(text, source=source, url=url, raw=data, content_type=content_type)


def read_text(text: str, source: str, url: str = "", raw: bytes | None = None, content_type: str = "",
              html: bool | None = None) -> Document | Table:
    """Read text that is already decoded: a file's content, or text or HTML dropped from a browser."""
    text = text.replace("\x00", "")
    if not text.strip():
        raise ReadError(source, "holds no text")
    head = text[:4000]
    is_html = html if html is not None else (
        "html" in content_type or bool(_HTML_HINT.search(head.encode("utf-8", "ignore")))
    )
    if head.lstrip().startswith("<?xml") and not is_html:
        raise ReadError(source, "is an XML document, not an article (entities are never resolved)")
    if is_html:
        return run_bounded(source, formats.read_html, raw if raw is not None else text.encode("utf-8"), source, url)
    if _looks_like_email(head):
        return run_bounded(source, formats.read_email, raw if raw is not None else text.encode("utf-8"), source)
    if _control_ratio(head) > 0.05:
        raise ReadError(source, "holds binary data, not text")
    # (the whole text: a Markdown table is one only when every line of it is the table's)
    if looks_like_event_table(text):
        return read_table(text, source)
    if len(text) > MAX_TEXT_CHARS:
        raise ReadError(source, f"holds {len(text):,} characters of text; articles longer than {MAX_TEXT_CHARS:,} are refused")
    return document_from_text(text, source=source, url=url)


def document_from_text(text: str, source: str, url: str = "", title: str = "", publisher: str = "",
                       author: str = "", published: date | None = None, fmt: str = "text",
                       page_footer: Callable[[], str] | None = None) -> Document:
    """A plain-text article: find its headline, dateline, captions and publication date (from the
    dateline, else from a stamp at the foot of the text or of the page it came from, `page_footer`, read only
    when needed)."""
    text = strip_emphasis_marks(strip_reference_marks(text.replace("\r\n", "\n").replace("\r", "\n")))
    furniture = find_furniture(text, is_body_line)
    story = text[:furniture.story_end]
    non_body = sorted(header_and_captions(story) + furniture.ranges)
    doc = Document(text=text, source=source, url=url, title=title or guess_title(text), publisher=publisher,
                   author=author, format=fmt, non_body=non_body, language=guess_language(text),
                   narrative=bool(ENCYCLOPEDIA_TAGLINE.search(text[:3000]) or _ENCYCLOPEDIA_URL.match(url)))
    if published and not doc.narrative:
        doc.published, doc.published_how = published, "metadata"
    else:
        # (an encyclopedia's entry is dated by its last edit, not by a date its markup holds — a reference's
        # "Retrieved 5 December 2025" passes for the page's date with a page-date finder — nor by one in its
        # header, which is its subject's: "Date 12 March 2024 – 30 September 2024")
        footer = text[furniture.story_end:] + "\n" + (page_footer() if page_footer is not None else "")
        stamp = footer_stamp(footer, date.today(), doc.language) if doc.narrative else None
        found, how = (stamp, FROM_FOOTER) if stamp else find_published(story, footer=footer)
        if found:
            doc.published, doc.published_how = found, how
        elif published:
            doc.published, doc.published_how = published, "metadata"
    if not doc.publisher:
        doc.publisher = guess_publisher(text)
    return doc


def decode(data: bytes, source: str) -> str:
    """Bytes → text: BOMs, then UTF-8, then UTF-16 without a BOM, an HTML meta charset, then detection."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                raise ReadError(source, f"starts with a {encoding} mark but is not {encoding} text") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    sample = data[:4000]
    if len(sample) >= 4 and sample[1::2].count(0) > len(sample) * 0.4:
        try:
            return data.decode("utf-16-le")
        except UnicodeDecodeError:
            pass
    if len(sample) >= 4 and sample[0::2].count(0) > len(sample) * 0.4:
        try:
            return data.decode("utf-16-be")
        except UnicodeDecodeError:
            pass
    meta = _META_CHARSET.search(sample)
    if meta:
        try:
            return data.decode(meta.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    if sample.count(0) > len(sample) * 0.01:
        raise ReadError(source, "holds binary data, not text")
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            return data.decode(best.encoding, errors="replace")
    except (ImportError, LookupError):
        pass
    return data.decode("latin-1")


def _looks_like_email(head: str) -> bool:
    first = head.lstrip()[:2000]
    headers = _EMAIL_HEADER.findall(first.split("\n\n", 1)[0])
    names = {h.split(":")[0].strip().lower() for h in headers}
    return len(headers) >= 2 and ("from" in names or "received" in names) and bool(names & {"subject", "date", "to", "message-id"})


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for c in text if (ord(c) < 32 and c not in "\t\n\r\f\v") or 0xFFF0 <= ord(c) <= 0xFFFF)
    return bad / len(text)


_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
#: Where a paragraph of an official text ends: "…held on 14 February 2025;", "…in the eastern DRC:".
_CLAUSE_END = re.compile(r"[;:]\s*$")
#: A line of a chronology ("1988 - Armenians vote…", "Sept. 27, 2020: war breaks out."): body text,
#: however short.
_TIMELINE_ENTRY = re.compile(r"^(?:[-•*–—·▪►‣◦]\s+)?(?:(?:[A-Z][a-z]{2,8}\.?\s+)?\d{1,2},?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?\d{4}"
                             # (an ISO day and a bar too: "2016-03-30 | Government and ELN announce…")
                             r"(?:-\d{2}-\d{2})?(?:\s*[-–/]\s*\d{2,4})?\s*[-–—:|]\s+"
                             # (not a page's stamp: "Dec 3, 2026 — Updated Dec 4, 2026")
                             r"(?!(?i:(?:last\s+)?(?:updated|modified|published|posted|edited|revised)\b))\S")
_CAPTION = re.compile(r"(?:FILE\s+PHOTO|Photo\s*:|\(Photo|Photograph:|Image:|Credit:|Getty Images|AFP via|/ AP$|\bAA\b\s*$)", re.I)


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def is_body_line(line: str) -> bool:
    words = line.split()
    # (an official text's paragraphs end on a semicolon or a colon: "1. Recalls its previous decisions…;")
    return (len(words) >= 12 and bool(_SENTENCE_END.search(line.strip()))
            or len(words) >= 15 and bool(_CLAUSE_END.search(line.strip()))) and not _CAPTION.search(line)


def _opens_body(line: str, first: bool) -> bool:
    """Whether a line before any body text starts it: a long paragraph, a line of a chronology, a
    sentence of eight words, or a short lead ("Russian forces shelled Kharkiv on Sunday."): a sentence
    of five words or more that is not the headline (the first line) and not all capitalised words."""
    if _DATE_THEN_BYLINE.match(line):
        return False  # ("1 December 2026 | Analysis desk": the page's stamp and who wrote it, no chronology's line)
    label = _CLOSING_LIST_LABEL.search(line)
    if label is not None:
        line = line[:label.start()]  # ("…will be inaugurated in September. Key moments:": the sentence, not its list's label)
    if is_body_line(line):
        return True
    if _TIMELINE_ENTRY.match(line) and len(line.split()) >= 6 and not _CAPTION.search(line):
        return True  # (a chronology's line tells its entry without a full stop: "2016-03-30 | Government and ELN announce…")
    words = line.split()
    if _CLAUSE_OF_A_TEXT.search(line) and len(words) >= 6 and sum(w[:1].islower() for w in words) >= 3:
        return True  # (a resolution's or a declaration's clause, ending on its comma: "Welcoming the agreement signed…,")
    if not _SENTENCE_END.search(line) or _CAPTION.search(line):
        return False
    return bool(_TIMELINE_ENTRY.match(line)) or len(words) >= 8 or (
        not first and len(words) >= 5 and sum(w[:1].islower() for w in words) >= 2)


#: A date written with its year, then a bar and a byline or desk: "1 December 2026 | Analysis desk".
_DATE_THEN_BYLINE = re.compile(r"(?:(?:[A-Z][a-z]{2,8}\.?\s+)?\d{1,2},?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?\d{4}"
                               + BYLINE_AFTER_BAR.pattern)
#: A list's short label closing a line after a sentence: " Key moments:", " Here is what we know:".
_CLOSING_LIST_LABEL = re.compile(r"(?<=[.!?])\s+(?:\S+\s+){0,4}\S+:$")
#: The comma or semicolon that ends a clause of a text set out one clause to a line: "Recalling its resolution 2755 (2024),",
#: "1. Decides to extend the mandate … until 31 October 2027;".
_CLAUSE_OF_A_TEXT = re.compile(r"[a-z0-9)][,;]$")


#: A line that introduces what someone said, ending with a colon: "The minister said on Monday:".
_SAYING_LEAD = re.compile(r"\b(?:said|says|say|told|tells|announced|wrote|writes|added|declared|stated|[a-z]{3,}ed)\b", re.I)


def header_and_captions(text: str) -> list[tuple[int, int]]:
    """Ranges that are not body text: everything before the first body paragraph (section,
    headline, standfirst, byline, dateline, lead caption) and later caption-like lines."""
    ranges: list[tuple[int, int]] = []
    seen_body = False
    first = True
    for start, end, line in _lines(text):
        stripped = line.strip()
        if not stripped:
            continue
        if not seen_body:
            if _opens_body(stripped, first):
                seen_body = True
                continue
            first = False
            ranges.append((start, end))
            continue
        if _CAPTION.search(stripped) and len(stripped.split()) < 30:
            ranges.append((start, end))
        elif len(stripped.split()) <= 12 and not _SENTENCE_END.search(stripped) and not stripped.endswith(":") \
                and not (_CLAUSE_OF_A_TEXT.search(stripped) and len(stripped.split()) >= 6) \
                and not _TIMELINE_ENTRY.match(stripped):  # ("- Feb. 17, 2008: Kosovo declares independence" is a list's line)
            ranges.append((start, end))  # a subheading or caption between paragraphs
        elif stripped.endswith(":") and len(stripped.split()) <= 5 and not _SAYING_LEAD.search(stripped):
            ranges.append((start, end))  # "Today's highlight in history:", "Key dates:": a list's label
    if not seen_body:
        return []  # no paragraph looks like body text: treat all of it as body rather than nothing
    return ranges


#: The line an encyclopedia puts under an entry's name: "From Wikipedia, the free encyclopedia".
ENCYCLOPEDIA_TAGLINE = re.compile(r"^[ \t]*(?:From\s+[\w .'-]{2,40},\s+the\s+free\s+encyclopedia"
                                  r"|Un\s+article\s+de\s+[\w .'-]{2,40},\s+l['’]encyclopédie\s+libre"
                                  r"|Aus\s+[\w .'-]{2,40},\s+der\s+freien\s+Enzyklopädie"
                                  r"|De\s+[\w .'-]{2,40},\s+la\s+enciclopedia\s+libre"
                                  r"|Материал\s+из\s+\w+\s+—\s+свободной\s+энциклопедии"
                                  r"|[\w .'-]{2,40},\s+özgür\s+ansiklopedi)\b", re.I | re.M)
_ENCYCLOPEDIA_URL = re.compile(r"https?://(?:[\w-]+\.)*(?:wikipedia\.org|wikiwand\.com|britannica\.com)/", re.I)
#: A site's control copied with its page: "Skip to main content", "Sign in to continue", "Accept all cookies".
_SITE_CONTROL = re.compile(r"(?:Skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|search)|Sign\s+(?:in|up)|Log\s+in|"
                           r"Subscribe(?:\s+now)?|Accept\s+(?:all\s+)?cookies|Manage\s+cookies|Share\s+this\s+(?:article|story|page)|"
                           r"Listen\s+to\s+this\s+article|Save\s+articles?\s+to\s+read\s+later)\b", re.I)
#: A site's trail of sections: short capitalised parts joined by "/", ">", "›" or "|".
_BREADCRUMB = re.compile(r"[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,3}(?:\s*[/>›»|]\s*[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,3})+")
_LABELS = r"published|updated|posted|last\s+updated|by|source|photo|image"
_LABELLED_LINE = re.compile(rf"(?:{_LABELS})(?:\s*[:|-]|\s+(?:on\s+)?(?=[^\n]{{0,20}}\d))", re.I)  # ("Published 24 November 2026")
_NOT_A_HEADLINE = re.compile(rf"^(?:{_LABELS}|from)\b|\d{{4}}", re.I)


#: The label of a press release under its issuer's name: "Press release", "For immediate release", "Pressemitteilung".
_RELEASE_LABEL = re.compile(r"(?i)(?:(?:press|news|media)\s+(?:release|statement)|for\s+immediate\s+release|statement|"
                            r"communiqu[ée](?:\s+de\s+presse)?|pressemitteilung|comunicado(?:\s+de\s+prensa)?|"
                            r"comunicato\s+stampa)(?:\s*[-–—:|,]?\s*[\d./-]{6,10})?\s*")


def guess_title(text: str) -> str:
    """The headline: the first line of four or more words that is not a sentence of the body or a
    label ("Published: …"), or a short first line standing alone above the text ("Town shelled",
    "Shelling") that is no dateline, byline or section ("World, Americas", "Middle East" above the
    headline)."""
    lines = _lines(text[:5000])
    tagline = next((i for i, (_, _, line) in enumerate(lines[:8]) if ENCYCLOPEDIA_TAGLINE.match(line)), None)
    above = [line.strip() for _, _, line in lines[:tagline] if line.strip()] if tagline else []
    if above:
        return above[-1]  # "Second Congo War" above "From Wikipedia, the free encyclopedia"
    first = next((i for i, (_, _, line) in enumerate(lines) if line.strip()), None)
    if first is not None:
        stripped = lines[first][2].strip().lstrip("#").strip()
        alone = first + 1 >= len(lines) or not lines[first + 1][2].strip()
        following = next((line.strip() for _, _, line in lines[first + 1:]
                          if line.strip() and not _LABELLED_LINE.match(line.strip())), "")
        caseless = not any(c.isupper() or c.islower() for c in stripped)  # Arabic, Chinese…: no capitals to tell
        section_like = (caseless or all(w[:1].isupper() for w in stripped.split())) and len(following.split()) >= 4 \
            and not is_body_line(following) \
            and not re.search(r"[.!?][\"”’']?$", following)  # "Middle East" above the real headline, not above a sentence
        if alone and 1 <= len(stripped.split()) < 4 and "," not in stripped and not section_like \
                and not _NOT_A_HEADLINE.search(stripped):
            return stripped
    for index, (_, _, line) in enumerate(lines):
        stripped = line.strip().lstrip("#").strip()
        words = stripped.split()
        if is_body_line(stripped) and (len(words) > 30 or len(stripped) > 220):
            break  # the story has begun: no line after it is the headline
        if any(_RELEASE_LABEL.fullmatch(later.strip()) for _, _, later in lines[index + 1:index + 4]) \
                and not re.search(r"\s(?!(?:of|the|and|for|on|de|des|du|la|le|für|del|di)\b)[a-z]", stripped):
            # "Council of the European Union" above "Press release": who issues it, not what it says (but "Foreign
            # Secretary to host Sudan conference" is the release's headline)
            continue
        if len(words) < 4 or len(stripped) > 220 or _LABELLED_LINE.match(stripped):
            continue  # "Published: 28 Nov 2023" is no headline
        if "|" in stripped and re.search(r"\d{4}", stripped):
            continue  # a byline with a date
        if _BREADCRUMB.fullmatch(stripped) or _SITE_CONTROL.match(stripped):
            continue  # "Analysis / Horn of Africa", "News > World > Europe": where the page sits on its site;
            # "Skip to main content", "Sign in": the site's controls
        # (a wire's version and kind marks go: "UPDATE 2-…", "EXCLUSIVE-…", "FACTBOX-…", "ANALYSIS-…")
        stripped = re.sub(r"^(?:UPDATE\s*\d*|EXCLUSIVE|FACTBOX|ANALYSIS|BREAKINGVIEWS|INSIGHT|EXPLAINER|WRAPUP\s*\d*|"
                          r"REFILE|CORRECTED|RPT|TIMELINE|QUOTEBOX|FOCUS|POLL|INTERVIEW)\s*[-:]\s*", "", stripped)
        return re.sub(r"\s+(?:FILE\s+PHOTO|PHOTO)\s*$", "", stripped)
    first = text.strip().split("\n", 1)[0]
    return first[:120].strip()


_PUBLISHER_PATTERNS = [
    re.compile(r"\b((?:[A-Z][\w&.-]+\s){0,3}(?:Agency|News|Press|Times|Post|Herald|Tribune|Gazette|Journal|Daily|Telegraph|Guardian))\s+(?:website|web\s+site|reports?|said)\b"),
    re.compile(r"©\s*(?:\d{4}\s+)?([A-Z][\w&. -]{2,60}?)(?:\.|,|\s+All\s+rights|\n|$)"),
    re.compile(r"\((AP|AFP|Reuters|Xinhua|Anadolu|dpa|ANSA|EFE|UPI|TASS|Interfax)\)"),
]


def guess_publisher(text: str) -> str:
    tail = text[-3000:]
    head = text[:3000]
    for pattern in _PUBLISHER_PATTERNS:
        for chunk in (tail, head):
            m = pattern.search(chunk)
            if m:
                return m.group(1).strip()
    return ""
