"""Small builders for test inputs that are easier to make than to keep as files."""

from __future__ import annotations

import http.server
import threading
from contextlib import contextmanager


def minimal_pdf(lines: list[str], title: str = "") -> bytes:
    """A valid one-page PDF with the given lines of text in Helvetica (hand-built, no library)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(f"({esc(line)}) Tj T*" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Title ({esc(title)}) /CreationDate (D:20240314120000Z) >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


class _Handler(http.server.BaseHTTPRequestHandler):
    pages: dict[str, tuple[int, str, bytes]] = {}
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.hits.append(self.path)
        status, ctype, body = self.pages.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        return None


@contextmanager
def serve(pages: dict[str, tuple[int, str, bytes]]):
    """A web server on 127.0.0.1 serving `pages` {path: (status, content type, body)}; yields
    (base URL, list of requested paths)."""
    handler = type("Handler", (_Handler,), {"pages": pages, "hits": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler.hits
    finally:
        server.shutdown()
        server.server_close()


def agency_article(index: int, seed: int = 0) -> str:
    """An article in the agency style with a dateline and several dated happenings (generated)."""
    import random

    rng = random.Random(seed * 1000 + index)
    day = 1 + index % 27
    month = 1 + (index // 27) % 12
    parties = rng.sample(["Armenia", "Azerbaijan", "Georgia", "Turkey", "Russia", "Iran"], 2)
    places = ["Tbilisi", "Vienna", "Astana", "Geneva", "Brussels", "Istanbul"]
    return (
        f"World, Caucasus\n\nEnvoys of {parties[0]} and {parties[1]} hold round {index} of talks\n\n"
        f"Staff Writer  | {day:02d}.{month:02d}.2024 - Update : {day:02d}.{month:02d}.2024\n\n"
        f"Delegations from {parties[0]} and {parties[1]} met on Monday in {rng.choice(places)} for round {index} "
        "of talks on transport links and the border, officials from both sides said afterwards.\n\n"
        f"The previous round, held in {rng.choice(places)} in {['January', 'February', 'March'][index % 3]}, "
        f"ended without a joint statement on item {index}, according to diplomats who attended it.\n\n"
        f"The two governments first agreed to the format of the talks in {2000 + index % 20}, after years of "
        "contacts through intermediaries had produced little.\n\n"
        f"A further meeting of the working group on item {index} is scheduled to take place on "
        f"{['Dec.', 'Nov.', 'Oct.'][index % 3]} {10 + index % 15}, the foreign ministry said.\n"
    )
