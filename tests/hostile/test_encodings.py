"""Nothing lost in decoding (issue 15, item 8): pages are read in the encoding a browser
would use (BOM, then the HTTP header, then ``<meta charset>``, then windows-1252), and
links nested 1000 deep are kept.

One real crawl of a served site whose pages each test one rule; the stored titles,
anchor texts and links are checked in the SQLite store.
"""

from __future__ import annotations

import codecs
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import crawl_site, open_db

TITLE = "Café crème à l’ordre"  # é, è, à are in Latin-1 and windows-1252; ’ only in 1252


def page(title: str, link: str, meta: str = "") -> str:
    return (
        f"<!doctype html><html><head>{meta}<title>{title}</title></head>"
        f"<body><h1>{title}</h1><a href='{link}'>{title}</a></body></html>"
    )


DEEP = "<div>" * 1000 + "<a href='/deep-target'>deep</a>" + "</div>" * 1000
# path -> (Content-Type header, body)
PAGES: dict[str, tuple[str, bytes]] = {
    "/utf16le": (
        "text/html",
        codecs.BOM_UTF16_LE + page(TITLE, "/from-utf16le").encode("utf-16-le"),
    ),
    "/utf16be": (
        "text/html",
        codecs.BOM_UTF16_BE + page(TITLE, "/from-utf16be").encode("utf-16-be"),
    ),
    # A BOM beats both the header and the meta tag.
    "/bom-beats-header": (
        "text/html; charset=iso-8859-2",
        codecs.BOM_UTF8 + page(TITLE, "/from-bom", "<meta charset='koi8-r'>").encode(),
    ),
    "/latin1-undeclared": ("text/html", page(TITLE, "/from-latin1").encode("cp1252")),
    # The header beats a wrong meta tag; "latin1" means windows-1252 on the web.
    "/header-beats-meta": (
        "text/html; charset=latin1",
        page(TITLE, "/from-header", "<meta charset='utf-8'>").encode("cp1252"),
    ),
    "/meta-only": (
        "text/html",
        page("Привет", "/from-meta", "<meta charset='windows-1251'>").encode("cp1251"),
    ),
    "/meta-http-equiv": (
        "text/html",
        page(
            "Čeština",
            "/from-equiv",
            "<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-2'>",
        ).encode("iso-8859-2"),
    ),
    "/deep": (
        "text/html",
        f"<html><body>{DEEP}<a href='/after-deep'>after</a></body></html>".encode(),
    ),
}
INDEX = "".join(f"<a href='{path}'>{path}</a>" for path in PAGES)
PAGES["/"] = ("text/html; charset=utf-8", f"<html><body>{INDEX}</body></html>".encode())


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        content_type, body = PAGES.get(self.path, ("text/html", b"<html><body>ok</body></html>"))
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def stored(site: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """Each test page as stored: its row, plus the targets and texts of its links."""
    db = tmp_path_factory.mktemp("encodings") / "crawl.db"
    crawl_site(site, db, "--max-depth", "1")
    return read_pages(db, site)


def read_pages(db: Path, site: str) -> dict[str, dict[str, Any]]:
    with open_db(db) as conn:
        pages = {
            row["url"].removeprefix(site): dict(row) for row in conn.execute("SELECT * FROM pages")
        }
        for row in conn.execute("SELECT page_url, target_url, anchor_text FROM links"):
            record = pages[row["page_url"].removeprefix(site)]
            record.setdefault("links", []).append(row["target_url"].removeprefix(site))
            record.setdefault("anchors", []).append(row["anchor_text"])
    return pages


@pytest.mark.parametrize("path", ["/utf16le", "/utf16be", "/bom-beats-header"])
def test_a_byte_order_mark_decides(stored: dict[str, dict[str, Any]], path: str) -> None:
    record = stored[path]
    assert record["title"] == TITLE
    assert record["links"] == ["/from-" + path.strip("/").split("-")[0]]
    assert record["anchors"] == [TITLE]
    assert record["parse_note"] is None


def test_undeclared_latin1_is_read_as_windows_1252(stored: dict[str, dict[str, Any]]) -> None:
    record = stored["/latin1-undeclared"]
    assert record["title"] == TITLE  # not "Café crčme" (cp1257)
    assert record["links"] == ["/from-latin1"]


def test_the_header_charset_beats_the_meta_tag(stored: dict[str, dict[str, Any]]) -> None:
    assert stored["/header-beats-meta"]["title"] == TITLE
    assert stored["/header-beats-meta"]["links"] == ["/from-header"]


def test_a_meta_charset_is_used_when_the_header_has_none(
    stored: dict[str, dict[str, Any]],
) -> None:
    assert stored["/meta-only"]["title"] == "Привет"
    assert stored["/meta-only"]["links"] == ["/from-meta"]
    assert stored["/meta-http-equiv"]["title"] == "Čeština"


def test_links_nested_1000_deep_are_kept(stored: dict[str, dict[str, Any]]) -> None:
    record = stored["/deep"]
    assert record["links"] == ["/deep-target", "/after-deep"]
    assert record["parse_note"] is None
