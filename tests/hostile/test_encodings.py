"""Nothing lost in decoding (issue 15, item 8): pages are read in the encoding a browser
would use (BOM, then the HTTP header, then ``<meta charset>``, then windows-1252), links
nested 1000 (and 3000) deep are kept, and what the extractor could not read cleanly (its
parse notes) is counted in the crawl summary, audit.json and the report.

One real crawl of a served site whose pages each test one rule; the stored titles,
anchor texts and links are checked in the SQLite store.
"""

from __future__ import annotations

import codecs
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import markupsafe
import pytest

from tests.conftest import crawl_site, open_db, run_touchpoint

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
# Past libxml2's 2048 levels: read again by the flattening fallback, and noted.
DEEPER = "<div>" * 3000 + "<a href='/deeper-target'>deeper</a>" + "</div>" * 3000
PAGES["/deeper"] = ("text/html", f"<html><body>{DEEPER}</body></html>".encode())
# Broken markup whose parse note quotes the site's own text: the report must escape it.
HOSTILE_NOTE = 'Unexpected end tag : x"<script'
PAGES["/broken"] = (
    "text/html",
    b"<html><body><a href='/from-broken'>ok</a></x\"<script>alert(1)</script></body></html>",
)
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


def test_links_nested_past_libxml2s_limit_are_kept_and_noted(
    stored: dict[str, dict[str, Any]],
) -> None:
    record = stored["/deeper"]
    assert record["links"] == ["/deeper-target"]
    assert "nested over 2048 levels" in record["parse_note"]


def test_parse_problems_are_counted_and_shown(site: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_touchpoint(
        "audit", site + "/", "--db", str(tmp_path / "t.db"), "-o", str(out), "--fast",
        "--max-depth", "1", cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode in (0, 1), result.stderr
    assert "2 pages had parse problems (see the report's crawl section)." in result.stdout
    problems = json.loads((out / "audit.json").read_text(encoding="utf-8"))["crawl"][
        "parse_problems"
    ]
    assert problems["pages"] == 2
    notes = {item["url"].removeprefix(site): item["note"] for item in problems["examples"]}
    assert set(notes) == {"/broken", "/deeper"}
    assert HOSTILE_NOTE in notes["/broken"]
    report = (out / "report.html").read_text(encoding="utf-8")
    assert "Parse problems" in report
    assert str(markupsafe.escape(notes["/broken"])) in report
    assert HOSTILE_NOTE not in report  # never raw site text in the page
