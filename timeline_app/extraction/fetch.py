"""Fetching an article from an http(s) link, with a timeout and a size cap."""

from __future__ import annotations

import urllib.error
import urllib.request
from urllib.parse import urlsplit

from timeline_app import __version__
from timeline_app.extraction.document import ReadError

TIMEOUT_S = 15.0
MAX_BYTES = 15 * 1024 * 1024


class _SafeRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http and https (never to file: or ftp:)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise urllib.error.HTTPError(newurl, code, "redirect to a non-web address refused", headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def is_web_url(text: str) -> bool:
    parts = urlsplit(text.strip())
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def fetch(url: str, timeout: float = TIMEOUT_S, max_bytes: int = MAX_BYTES) -> tuple[bytes, str, str]:
    """(body, final URL, content type) of a web page, or a ReadError saying what went wrong."""
    if not is_web_url(url):
        raise ReadError(url, "only http and https links can be imported")
    opener = urllib.request.build_opener(_SafeRedirects())
    request = urllib.request.Request(url, headers={  # noqa: S310 - only http(s), checked above
        "User-Agent": f"timeline_app/{__version__} (article import)",
        "Accept": "text/html,application/xhtml+xml,text/plain,application/pdf;q=0.9,*/*;q=0.5",
    })
    try:
        with opener.open(request, timeout=timeout) as response:  # noqa: S310 - scheme checked above
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise ReadError(url, f"is {int(length) / 1e6:.1f} MB; pages larger than {max_bytes // 2**20} MB are refused")
            body = response.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise ReadError(url, f"is larger than {max_bytes // 2**20} MB")
            return body, response.geturl(), response.headers.get("Content-Type", "")
    except ReadError:
        raise
    except urllib.error.HTTPError as exc:
        raise ReadError(url, f"the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise ReadError(url, f"cannot be fetched ({exc.reason})") from None
    except TimeoutError:
        raise ReadError(url, f"no answer within {timeout:g} s") from None
    except OSError as exc:
        raise ReadError(url, f"cannot be fetched ({exc})") from None
