"""--auth answers an HTTP Digest challenge (RFC 7616) on raw fetches, as it does Basic."""

from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.request import parse_http_list, parse_keqv_list

import pytest

from tests.conftest import pages_by_path, run_touchpoint
from tests.hostile.app_server import Answer, Seen, html, serve_app

USER, PASSWORD, REALM, NONCE = "ann", "dg-Pw83kQ", "staging", "n0nce7f3a"


def verified(request: Seen, algorithm: str) -> bool:
    """The server's side of RFC 7616, written from the RFC, not from touchpoint's code."""
    header = request.headers.get("Authorization", "")
    if not header.startswith("Digest "):
        return False
    f = parse_keqv_list(parse_http_list(header[7:]))
    name = "sha256" if algorithm.startswith("SHA-256") else "md5"

    def h(text: str) -> str:
        return hashlib.new(name, text.encode()).hexdigest()

    ha1 = h(f"{USER}:{REALM}:{PASSWORD}")
    if algorithm.endswith("-sess"):
        ha1 = h(f"{ha1}:{NONCE}:{f['cnonce']}")
    ha2 = h(f"{request.method}:{f['uri']}")
    expected = h(f"{ha1}:{NONCE}:{f['nc']}:{f['cnonce']}:auth:{ha2}")
    return f.get("response") == expected and f["uri"] == request.path and f["nonce"] == NONCE


def digest_site(algorithm: str) -> object:
    def app(request: Seen) -> Answer:
        if not verified(request, algorithm):
            challenge = f'Digest realm="{REALM}", qop="auth", nonce="{NONCE}", ' \
                f'algorithm={algorithm}, opaque="op1"'  # fmt: skip
            return Answer(html("No", "no"), 401, {"WWW-Authenticate": challenge})
        links = '<a href="/a?x=1">A</a> <a href="/b">B</a>'
        return Answer(html(request.path, f"<main>{links}</main>"))

    return app


@pytest.mark.parametrize("algorithm", ["MD5", "SHA-256", "MD5-sess"])
def test_digest_auth_crawls_the_staging_site(algorithm: str, tmp_path: Path) -> None:
    db = tmp_path / "tp.db"
    with serve_app(digest_site(algorithm)) as app:  # type: ignore[arg-type]
        result = run_touchpoint("crawl", f"{app.base}/", "--db", str(db), "--fast",
                                "--auth", f"{USER}:{PASSWORD}")  # fmt: skip
        asked = len(app.requests)
    assert result.returncode == 0, result.stderr
    pages = pages_by_path(db)
    assert {pages[p]["status"] for p in ("/", "/a?x=1", "/b")} == {200}
    assert asked <= 8  # one challenge, not one per page (robots, sitemap, 3 pages)
    assert PASSWORD not in db.read_bytes().decode("latin-1")


def test_a_wrong_digest_password_is_the_start_page_refusal(tmp_path: Path) -> None:
    with serve_app(digest_site("MD5")) as app:  # type: ignore[arg-type]
        result = run_touchpoint("crawl", f"{app.base}/", "--db", str(tmp_path / "tp.db"),
                                "--fast", "--auth", f"{USER}:wrong")  # fmt: skip
    assert result.returncode == 3
    assert "401 Unauthorized: the site needs a login" in result.stderr
