"""--auth, --header, --cookie and --cookies reach the site's own hosts only, and no
secret is ever written: not to the store, the outputs nor the terminal."""

from __future__ import annotations

import base64
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import open_db, pages_by_path, run_touchpoint, start_touchpoint
from tests.hostile.app_server import Answer, App, Seen, html, serve_app

USER, PASSWORD = "ann", "pa55-Wd9x7Q"
TOKEN = "tok-Zq81xLm02"  # sent as --header "X-Staging-Token: Bearer TOKEN"
SESSION = "sess-Yv63kPe4"  # --cookie session=SESSION
FILE_COOKIE = "file-Ww07rTn5"  # the site's cookie in cookies.txt
OTHER_COOKIE = "other-Qa52mUd8"  # another site's cookie in the same file
SECRETS = (PASSWORD, TOKEN, SESSION, FILE_COOKIE, OTHER_COOKIE)
BASIC = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()


def cookies_of(request: Seen) -> dict[str, str]:
    pairs = (part.strip().partition("=") for part in request.headers.get("Cookie", "").split(";"))
    return {name: value for name, _, value in pairs if name}


def guarded_site(partner: str) -> Any:
    """Basic auth on /, a bearer header on /private, a cookie on /members, the file's
    cookie on /shop; /go redirects to a partner site, a third party."""
    links = '<a href="/private">P</a> <a href="/members">M</a> <a href="/shop">S</a>'
    guards = {
        "/": lambda r: r.headers.get("Authorization") == BASIC,
        "/private": lambda r: r.headers.get("X-Staging-Token") == f"Bearer {TOKEN}",
        "/members": lambda r: cookies_of(r).get("session") == SESSION,
        "/shop": lambda r: cookies_of(r).get("fileid") == FILE_COOKIE,
    }

    def app(request: Seen) -> Answer:
        path = request.path.split("?")[0]
        if path == "/go":
            return Answer("", 302, {"Location": f"{partner}/listing"})
        if path not in guards:
            return Answer(html("Nope", "gone"), 404)
        if not guards[path](request):
            return Answer(html("Login", "no"), 401, {"WWW-Authenticate": 'Basic realm="s"'})
        return Answer(html(path, f'<main>{links} <a href="/go">Partner</a></main>'))

    return app


def cookie_file(path: Path, host: str) -> Path:
    rows = [
        "# Netscape HTTP Cookie File",
        f"{host}\tFALSE\t/\tFALSE\t0\tfileid\t{FILE_COOKIE}",
        f".other.example\tTRUE\t/\tFALSE\t0\ttracker\t{OTHER_COOKIE}",
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


ACCESS = ("--header", f"X-Staging-Token: Bearer {TOKEN}", "--cookie", f"session={SESSION}")


def assert_site_only(site: App, partner: App, carried: tuple[str, ...] = ()) -> None:
    """The partner got none of the secrets (but the ``carried`` headers, see below)."""
    assert {"/", "/private", "/members", "/shop", "/go"} <= set(site.paths())
    assert partner.requests, "the redirect to the partner was not followed"
    for request in partner.requests:
        assert "Authorization" not in request.headers
        assert "X-Staging-Token" not in request.headers or "X-Staging-Token" in carried
        assert "Cookie" not in request.headers
    for request in site.requests:
        assert OTHER_COOKIE not in str(request.headers), "another site's cookie was sent"


def assert_never_written(tmp_path: Path, runs: list[Any]) -> None:
    for run in runs:
        for secret in SECRETS:
            assert secret not in run.stdout + run.stderr, f"{secret} on the terminal"
    files = [p for p in tmp_path.rglob("*") if p.is_file() and p.name != "cookies.txt"]
    assert any(p.name == "audit.json" for p in files) and any(p.suffix == ".csv" for p in files)
    for path in files:
        data = path.read_bytes()
        for secret in SECRETS:
            assert secret.encode() not in data, f"{secret} is in {path.name}"


def crawl_and_inspect(tmp_path: Path, *flags: str, carried: tuple[str, ...] = ()) -> None:
    with (
        serve_app(lambda r: Answer(html("Partner", "hi")), host="localhost") as partner,
        serve_app(guarded_site(partner.base)) as site,
    ):
        jar = cookie_file(tmp_path / "cookies.txt", "127.0.0.1")
        audit = run_touchpoint(
            "audit", site.base + "/", "--db", "t.db", "-o", "out", "--fast",
            "--auth", f"{USER}:{PASSWORD}", *ACCESS, "--cookies", str(jar), *flags,
            cwd=tmp_path, timeout=240,
        )  # fmt: skip
        assert audit.returncode == 0, audit.stderr
        runs = [
            audit,
            run_touchpoint("report", "--db", "t.db", "-o", "rep", cwd=tmp_path),
            run_touchpoint("explain", f"{site.base}/members", "--db", "t.db", cwd=tmp_path),
            run_touchpoint("crawls", "--db", "t.db", cwd=tmp_path),
            run_touchpoint("crawl", "--help", cwd=tmp_path),
        ]
    pages = pages_by_path(tmp_path / "t.db")
    assert {path: pages[path]["status"] for path in ("/", "/private", "/members", "/shop")} == {
        "/": 200, "/private": 200, "/members": 200, "/shop": 200,
    }  # fmt: skip
    assert_site_only(site, partner, carried)
    assert_never_written(tmp_path, runs)
    with open_db(tmp_path / "t.db") as conn:
        settings = conn.execute("SELECT settings FROM crawls").fetchone()[0]
    assert '"X-Staging-Token"' in settings and '"session"' in settings and '"fileid"' in settings


def test_auth_headers_and_cookies_reach_the_site_only_and_are_never_written(
    tmp_path: Path,
) -> None:
    crawl_and_inspect(tmp_path)


@pytest.mark.browser
def test_a_rendered_crawl_sends_them_to_the_site_only_too(tmp_path: Path) -> None:
    """Chromium keeps a header that a request was given on the redirects it follows
    (docs/safeguards.md): cookies and basic auth stay on the site, the header may not."""
    crawl_and_inspect(tmp_path, "--render", "on", carried=("X-Staging-Token",))


@pytest.mark.parametrize(
    ("flags", "words"),
    [
        (("--header", f"X-Token {TOKEN}"), '--header takes "Name: value"'),
        (("--header", f"X-A: {TOKEN}\r\nX-B: 1"), '--header takes "Name: value"'),
        (("--cookie", TOKEN), "--cookie takes name=value"),
        (("--auth", TOKEN), "--auth takes user:password"),
        (("--header", f"Host: {TOKEN}"), "--header Host is set by the crawl itself"),
    ],
)
def test_a_malformed_secret_is_one_line_that_does_not_quote_it(
    tmp_path: Path, flags: tuple[str, ...], words: str
) -> None:
    result = run_touchpoint("crawl", "http://127.0.0.1:9/", *flags, "--db", "t.db", cwd=tmp_path)
    assert result.returncode == 2
    assert words in result.stderr and TOKEN not in result.stderr
    assert "Traceback" not in result.stderr


def test_a_cookie_file_without_the_sites_cookies_is_refused(tmp_path: Path) -> None:
    jar = cookie_file(tmp_path / "cookies.txt", "elsewhere.example")
    result = run_touchpoint(
        "crawl", "http://127.0.0.1:9/", "--cookies", str(jar), "--db", "t.db", cwd=tmp_path
    )
    assert result.returncode == 2
    assert "has no cookie for 127.0.0.1" in result.stderr
    assert FILE_COOKIE not in result.stderr and OTHER_COOKIE not in result.stderr


def many_pages(request: Seen) -> Answer:
    """60 pages that all need basic auth, the header and the cookie."""
    headers = request.headers
    if (
        headers.get("Authorization") != BASIC
        or headers.get("X-Staging-Token") != f"Bearer {TOKEN}"
        or cookies_of(request).get("session") != SESSION
    ):
        return Answer(html("No", "no"), 403)
    n = request.path.strip("/") or "0"
    if not n.isdigit():  # robots.txt, sitemap.xml
        return Answer("", 404, content_type="text/plain")
    return Answer(html(f"Page {n}", " ".join(f'<a href="/{i}">{i}</a>' for i in range(60))))


def test_resuming_needs_the_headers_and_cookies_again(tmp_path: Path) -> None:
    env = {"TOUCHPOINT_HEARTBEAT_STALE_SECONDS": "1"}
    (tmp_path / "login").write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
    with serve_app(many_pages) as site:
        proc = start_touchpoint(
            "crawl", site.base + "/", "--db", "t.db", "--fast", "--concurrency", "1", *ACCESS,
            "--auth-file", "login", cwd=tmp_path, **env,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while len(site.requests) < 5 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        time.sleep(1.5)  # past the 1 s heartbeat threshold: the crawl is interrupted
        refused = run_touchpoint("crawl", "--resume", "1", "--db", "t.db", cwd=tmp_path, **env)
        no_login = run_touchpoint(
            "crawl", "--resume", "1", "--db", "t.db", *ACCESS, cwd=tmp_path, **env
        )
        resumed = run_touchpoint(
            "crawl", "--resume", "1", "--db", "t.db", *ACCESS, cwd=tmp_path,
            TOUCHPOINT_AUTH=f"{USER}:{PASSWORD}", **env,
        )  # fmt: skip
    assert refused.returncode == 2, refused.stderr
    error = [line for line in refused.stderr.splitlines() if line.startswith("Error")]
    assert len(error) == 1 and '--header "X-Staging-Token: ..."' in error[0], refused.stderr
    assert "--cookie session=..." in error[0]
    assert no_login.returncode == 2 and "set TOUCHPOINT_AUTH=user:password" in no_login.stderr
    assert resumed.returncode == 0, resumed.stderr
    statuses = {page["status"] for page in pages_by_path(tmp_path / "t.db").values()}
    assert statuses == {200}
