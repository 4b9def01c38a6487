"""Credentials in the start URL are used and never written; a refused start page fails."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from tests.conftest import run_touchpoint
from tests.hostile.app_server import Answer, Seen, html, serve_app

USER, PASSWORD = "ann", "s3cr3t-Pa55word"
GOOD = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()


def staging_site(partner: str):
    pages = {
        "/": html("Staging home", '<main><a href="/pricing">Pricing</a> '
                  '<a href="/go">Our partner</a></main>'),
        "/pricing": html("Pricing", '<main><a class="btn" href="/signup">Start now</a></main>'),
        "/signup": html("Sign up", '<main><form method="post" action="/signup">'
                        '<input name="email"><button>Sign up</button></form></main>'),
    }  # fmt: skip

    def app(request: Seen) -> Answer:
        if request.headers.get("Authorization") != GOOD:
            return Answer(
                html("Login", "<h1>401</h1>"), 401, {"WWW-Authenticate": 'Basic realm="s"'}
            )
        if request.path == "/go":  # a redirect to another site: the credentials stay here
            return Answer("", 302, {"Location": f"{partner}/listing"})
        body = pages.get(request.path.split("?")[0])
        return Answer(body) if body else Answer(html("Nope", "gone"), 404)

    return app


def test_credentials_in_the_start_url_are_sent_to_the_site_only_and_never_written(
    tmp_path: Path,
) -> None:
    with (
        serve_app(lambda r: Answer(html("Partner", "hi")), host="localhost") as partner,
        serve_app(staging_site(partner.base)) as site,
    ):
        host = site.base.removeprefix("http://")
        start = f"http://{USER}:{PASSWORD}@{host}/"
        result = run_touchpoint(
            "audit", start, "--db", "t.db", "-o", "out", "--fast", cwd=tmp_path, timeout=180
        )
        report = run_touchpoint("report", "--db", "t.db", "-o", "rep", cwd=tmp_path)
        explain = run_touchpoint("explain", f"{site.base}/pricing", "--db", "t.db", cwd=tmp_path)
        crawls = run_touchpoint("crawls", "--db", "t.db", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert {"/pricing", "/signup"} <= set(site.paths())
    assert all(r.headers.get("Authorization") == GOOD for r in site.requests)
    assert partner.requests, "the redirect to the partner was not followed"
    assert not any("Authorization" in r.headers for r in partner.requests)
    outputs = [result, report, explain, crawls]
    for run in outputs:
        assert PASSWORD not in run.stdout + run.stderr
        assert f"{USER}:" not in run.stdout + run.stderr
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "audit.json" for p in files) and any(p.suffix == ".html" for p in files)
    for path in files:
        data = path.read_bytes()
        assert PASSWORD.encode() not in data, f"the password is in {path.name}"
        assert f"{USER}:{PASSWORD}".encode() not in data
    audit_json = (tmp_path / "out" / "audit.json").read_text(encoding="utf-8")
    assert '"auth":"basic"' in audit_json  # the report says a login was used, not which


@pytest.mark.parametrize(
    ("status", "headers", "words"),
    [
        (401, {"WWW-Authenticate": 'Basic realm="s"'}, "401 Unauthorized"),
        (403, {}, "403 Forbidden"),
        (429, {"Retry-After": "0"}, "429 Too Many Requests"),
        (503, {}, "503 Service Unavailable"),
    ],
)
def test_a_start_page_that_refuses_the_crawl_fails_with_exit_3_and_one_sentence(
    tmp_path: Path, status: int, headers: dict[str, str], words: str
) -> None:
    def refusing(request: Seen) -> Answer:
        if request.path == "/robots.txt":  # a robots.txt answering 5xx would stop it first
            return Answer("", 404, content_type="text/plain")
        return Answer(html("No", "no"), status, headers)

    with serve_app(refusing) as site:
        result = run_touchpoint("crawl", site.base + "/", "--db", "t.db", "--fast", cwd=tmp_path)
    assert result.returncode == 3, result.stdout + result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    assert len(errors) == 1 and words in errors[0], result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("robots", [True, False])
def test_https_against_a_plain_http_server_says_so_in_one_line(
    robots: bool, tmp_path: Path
) -> None:
    """Not Twisted's nested Failure reprs and OpenSSL tuples: what went wrong, what to try."""
    with serve_app(lambda request: Answer(html("Home", "<p>hi</p>"))) as app:
        url = app.base.replace("http://", "https://") + "/"
        flags = [] if robots else ["--ignore-robots"]
        result = run_touchpoint("crawl", url, "--db", str(tmp_path / "tp.db"), *flags)
    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: cannot reach {url}: ")
    assert "TLS handshake failed: the server seems to speak plain HTTP (try http://)" in lines[0]
    assert "Failure" not in lines[0] and "OpenSSL" not in lines[0]
