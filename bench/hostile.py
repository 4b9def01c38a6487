"""The hostile web, measured: each trap and fault of issue 15 against the real CLI.

Every scenario serves a hostile site on 127.0.0.1 (``tests/hostile/app_server.py``),
runs ``touchpoint`` in a subprocess with its default settings unless the row says
otherwise, and records the wall time, the peak RSS of that process (``os.wait4``), the
URLs stored and what the user was told. Prints a Markdown table.

    .venv/bin/python bench/hostile.py              # every scenario (~5 minutes)
    .venv/bin/python bench/hostile.py -k robots    # scenarios whose name contains "robots"

The tests in ``tests/hostile/`` check the same behaviours with small sizes; this script
uses the sizes of the report that opened the issue (15 MB robots.txt, 19 MB page, 30 MB
sitemap, 10,000 links).
"""

from __future__ import annotations

import argparse
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.hostile.app_server import Answer, Seen, html, serve_app  # noqa: E402
from tests.hostile.test_credentials_and_start import PASSWORD, USER, staging_site  # noqa: E402
from tests.hostile.test_traps import trap_site  # noqa: E402

MB = 1024 * 1024


@dataclass
class Run:
    code: int
    out: str
    seconds: float
    rss_mb: float


@dataclass
class Row:
    scenario: str
    run: Run
    urls: int | str
    told: str


def touchpoint(
    *args: str, cwd: Path, env: dict[str, str] | None = None, kill_after: float = 0
) -> Run:
    """Run the CLI; peak RSS from the kernel's accounting of that one child."""
    environment = {**os.environ, "TOUCHPOINT_PROGRESS": "off", "COLUMNS": "200", **(env or {})}
    began = time.monotonic()
    with tempfile.TemporaryFile("w+") as out:
        child = subprocess.Popen(
            [sys.executable, "-m", "touchpoint", *args],
            cwd=cwd, env=environment, stdout=out, stderr=subprocess.STDOUT, text=True,
        )  # fmt: skip
        if kill_after:
            time.sleep(kill_after)
            child.send_signal(signal.SIGKILL)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read()
    return Run(child.returncode, text, time.monotonic() - began, usage.ru_maxrss / 1024)


def stored(db: Path, sql: str = "SELECT count(*) FROM pages") -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(sql).fetchone()[0])


def said(run: Run, *words: str) -> str:
    """The output lines that matter: those holding any of ``words`` (else the last one)."""
    lines = [line.strip() for line in run.out.splitlines() if line.strip()]
    picked = [line for line in lines if any(w in line for w in words)] or lines[-1:]
    return " / ".join(picked)[:300]


def page(body: str, title: str = "Page") -> Answer:
    return Answer(html(title, f"<main>{body}</main>"))


def plain(text: str | bytes, status: int = 200, **headers: str) -> Answer:
    return Answer(text, status, dict(headers), content_type="text/plain")


# -- scenarios ---------------------------------------------------------------------------

Scenario = Callable[[Path], Row]
SCENARIOS: dict[str, Scenario] = {}


def scenario(name: str) -> Callable[[Scenario], Scenario]:
    def register(fn: Scenario) -> Scenario:
        SCENARIOS[name] = fn
        return fn

    return register


@scenario("1 credentials in the start URL")
def credentials(tmp: Path) -> Row:
    partner_site = serve_app(lambda r: page("partner"), host="localhost")
    with partner_site as partner, serve_app(staging_site(partner.base)) as site:
        host = site.base.removeprefix("http://")
        run = touchpoint("audit", f"http://{USER}:{PASSWORD}@{host}/", "-o", "out", cwd=tmp)
    leaks = [p.name for p in tmp.rglob("*") if p.is_file() and PASSWORD.encode() in p.read_bytes()]
    leaks += ["output"] if PASSWORD in run.out else []
    told = f"exit {run.code}; password found in: {', '.join(leaks) or 'nothing'}"
    return Row("1 credentials in the start URL", run, stored(tmp / "touchpoint.db"), told)


@scenario("2 audit of a crawl killed by -9")
def killed_crawl(tmp: Path) -> Row:
    def slow(request: Seen) -> Answer:
        time.sleep(0.2)
        path = urlsplit(request.path).path.strip("/")
        if path and not path.isdigit():
            return plain("", 404)
        n = int(path or 0)
        return page(" ".join(f'<a href="/{n * 5 + i}">p</a>' for i in range(1, 6)))

    with serve_app(slow) as site:
        touchpoint("crawl", site.base + "/", "--max-pages", "3000", cwd=tmp, kill_after=6)
        env = {"TOUCHPOINT_HEARTBEAT_STALE_SECONDS": "1"}
        time.sleep(1.5)
        listed = touchpoint("crawls", cwd=tmp, env=env)
        run = touchpoint("audit", "--crawl", "1", "-o", "out", cwd=tmp, env=env)
    told = f"exit {run.code}: {said(run, 'Error')} | crawls: {said(listed, 'interrupted')}"
    return Row("2 audit of a crawl killed by -9", run, stored(tmp / "touchpoint.db"), told)


@scenario("4 infinite calendar + session IDs + ever-deeper path (default audit)")
def traps(tmp: Path) -> Row:
    with serve_app(trap_site) as site:
        run = touchpoint("audit", site.base + "/", "-o", "out", cwd=tmp)
    told = f"exit {run.code}; " + said(run, "TRAP")
    return Row(
        "4 calendar + session IDs + ever-deeper path", run, stored(tmp / "touchpoint.db"), told
    )


@scenario("4 five pages with session IDs, --max-pages 500")
def session_ids(tmp: Path) -> Row:
    def shop(request: Seen) -> Answer:
        sid = uuid.uuid4().hex
        links = " ".join(f'<a href="/p{i}?sid={sid}">p{i}</a>' for i in range(5))
        return page(links + f' <a href="/cart;jsessionid={sid}">cart</a>')

    with serve_app(shop) as site:
        run = touchpoint("crawl", site.base + "/", "--max-pages", "500", cwd=tmp)
    return Row(
        "4 five-page site with session IDs", run, stored(tmp / "touchpoint.db"), said(run, "URLs")
    )


@scenario("5 one page with 10,000 links, --max-pages 500 --fast")
def link_farm(tmp: Path) -> Row:
    def farm(request: Seen) -> Answer:
        if urlsplit(request.path).path == "/":
            return page(" ".join(f'<a href="/p/{i}">{i}</a>' for i in range(10_000)))
        return page('<a href="/">home</a>')

    with serve_app(farm) as site:
        run = touchpoint("crawl", site.base + "/", "--max-pages", "500", "--fast", cwd=tmp)
        fetched = len({r.path for r in site.requests})
    told = f"{fetched:,} URLs fetched; " + said(run, "LIMIT")
    return Row("5 10,000 links, --max-pages 500", run, stored(tmp / "touchpoint.db"), told)


def robots_site(robots: Callable[[], Answer]) -> Callable[[Seen], Answer]:
    def app(request: Seen) -> Answer:
        path = urlsplit(request.path).path
        if path == "/robots.txt":
            return robots()
        if path == "/":
            return page('<a href="/private/">private</a> <a href="/public">public</a>')
        return page("content")

    return app


def gzip_bomb(head: bytes, filler: bytes, size: int) -> bytes:
    """``head`` then ``size`` bytes of ``filler``, gzipped a megabyte at a time: the bench
    never holds the bomb uncompressed, which would also inflate its children's peak RSS
    (a forked child starts with its parent's)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: gzip framing
    parts = [packer.compress(head)]
    block = filler * (MB // len(filler))
    parts += [packer.compress(block) for _ in range(size // len(block))]
    return b"".join([*parts, packer.flush()])


def robots_row(name: str, tmp: Path, robots: Callable[[], Answer]) -> Row:
    with serve_app(robots_site(robots)) as site:
        run = touchpoint("crawl", site.base + "/", "--fast", cwd=tmp)
        hits = site.paths()
    told = (
        f"/private/ fetched: {'yes' if '/private/' in hits else 'no'}; "
        f"robots.txt requests: {hits.count('/robots.txt')}; " + said(run, "robots")
    )
    return Row(name, run, stored(tmp / "touchpoint.db"), told)


@scenario("6 robots.txt of 21 MB (over the download cap)")
def robots_huge(tmp: Path) -> Row:
    body = b"User-agent: *\nDisallow: /private/\n" + b"# padding\n" * (21 * MB // 10)
    return robots_row("6 robots.txt of 21 MB", tmp, lambda: plain(body))


@scenario("6 robots.txt gzip bomb")
def robots_bomb(tmp: Path) -> Row:
    bomb = gzip_bomb(b"User-agent: *\nDisallow: /private/\n", filler=b"#", size=300 * MB)
    return robots_row(
        "6 robots.txt gzip bomb (300 MB)", tmp, lambda: plain(bomb, **{"Content-Encoding": "gzip"})
    )


@scenario("10 robots.txt of 15 MB")
def robots_15(tmp: Path) -> Row:
    body = b"User-agent: *\n" + b"Disallow: /private/\n" * (15 * MB // 20)
    return robots_row("10 robots.txt of 15 MB", tmp, lambda: plain(body))


@scenario("7 22-page site answering 429 Retry-After: 30")
def rate_limited(tmp: Path) -> Row:
    def limited(request: Seen) -> Answer:
        path = urlsplit(request.path).path
        if path == "/":
            return page(" ".join(f'<a href="/p{i}">p{i}</a>' for i in range(21)))
        if path == "/robots.txt":
            return plain("", 404)
        return Answer(html("slow down", "429"), 429, {"Retry-After": "30"})

    with serve_app(limited) as site:
        run = touchpoint("crawl", site.base + "/", cwd=tmp)
    db = tmp / "touchpoint.db"
    broken = stored(db, "SELECT count(*) FROM pages WHERE status >= 400")
    told = f"{broken} stored as broken; " + said(run, "rate", "429")
    return Row("7 22 pages answering 429 Retry-After: 30", run, stored(db), told)


@scenario("7 start page answering 401 / 429")
def start_refused(tmp: Path) -> Row:
    told = []
    for status in (401, 429):
        folder = tmp / str(status)
        folder.mkdir()
        answer = Answer(html("no", "no"), status, {"Retry-After": "1"})
        no_robots = plain("", 404)  # so the refusal is the start page's, not robots.txt's
        with serve_app(
            lambda r, a=answer, n=no_robots: n if r.path == "/robots.txt" else a
        ) as site:
            run = touchpoint("crawl", site.base + "/", cwd=folder)
        told.append(f"exit {run.code}: {said(run, 'Error')}")
    return Row("7 start page answering 401, then 429", run, "-", " | ".join(told))


@scenario("7 server failing every other request")
def flaky(tmp: Path) -> Row:
    calls = {"n": 0}

    def flaky_app(request: Seen) -> Answer:
        calls["n"] += 1
        if calls["n"] % 2 == 0:
            return Answer(html("busy", "503"), 503)
        if urlsplit(request.path).path == "/":
            return page(" ".join(f'<a href="/p{i}">p{i}</a>' for i in range(20)))
        return page("ok")

    with serve_app(flaky_app) as site:
        run = touchpoint("crawl", site.base + "/", cwd=tmp)
    db = tmp / "touchpoint.db"
    broken = stored(db, "SELECT count(*) FROM pages WHERE status >= 500 OR status IS NULL")
    return Row("7 every other request answers 503", run, stored(db), f"{broken} false broken pages")


@scenario("8 sitemap of 30 MB, 50,000 URLs")
def big_sitemap(tmp: Path) -> Row:
    locs = "".join(f"<url><loc>{{base}}/p/{i}/{'x' * 540}</loc></url>\n" for i in range(50_000))
    head = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'

    def app(request: Seen) -> Answer:
        path = urlsplit(request.path).path
        if path == "/sitemap.xml":
            body = (head + locs + "</urlset>\n").replace("{base}", base[0])
            return Answer(body, content_type="application/xml")
        if path == "/robots.txt":
            return plain("", 404)
        return page("ok")

    base = [""]
    with serve_app(app) as site:
        base[0] = site.base
        run = touchpoint("crawl", site.base + "/", "--max-pages", "20", "--fast", cwd=tmp)
    listed = stored(tmp / "touchpoint.db", "SELECT count(*) FROM sitemap_urls")
    size = len(head) + len(locs.replace("{base}", base[0]))
    return Row(
        f"8 sitemap of {size / MB:.0f} MB",
        run,
        stored(tmp / "touchpoint.db"),
        f"{listed:,} sitemap URLs read",
    )


@scenario("8 UTF-16 page, undeclared Latin-1, links 1,000 deep")
def encodings(tmp: Path) -> Row:
    def app(request: Seen) -> Answer:
        path = urlsplit(request.path).path
        if path == "/":
            return page('<a href="/utf16">a</a> <a href="/latin">b</a> <a href="/deep">c</a>')
        if path == "/utf16":
            body = "\ufeff" + html("Caf\u00e9 UTF-16", '<a href="/found-16">x</a>')
            return Answer(body.encode("utf-16-le"), content_type="text/html")
        if path == "/latin":
            return Answer(
                html("Caf\u00e9 cr\u00e8me", "x").encode("latin-1"), content_type="text/html"
            )
        if path == "/deep":
            return page("<div>" * 1000 + '<a href="/found-deep">deep</a>' + "</div>" * 1000)
        return page("ok")

    with serve_app(app) as site:
        run = touchpoint("crawl", site.base + "/", "--fast", cwd=tmp)
    with sqlite3.connect(tmp / "touchpoint.db") as conn:
        titles = [t for (t,) in conn.execute("SELECT title FROM pages WHERE title LIKE 'Caf%'")]
        found = [u for (u,) in conn.execute("SELECT url FROM pages WHERE url LIKE '%found-%'")]
    told = f"titles {titles}; deep links found: {len(found)} of 2"
    return Row(
        "8 UTF-16 BOM, Latin-1, 1,000-deep nesting", run, stored(tmp / "touchpoint.db"), told
    )


@scenario("9 formula cells and terminal escapes")
def injection(tmp: Path) -> Row:
    evil = '=HYPERLINK("http://evil.example","x")'

    def app(request: Seen) -> Answer:
        return Answer(html(evil + "\x1b]0;pwned\x07\x1b]52;c;ZXZpbA==\x07", "<main>hi</main>"))

    with serve_app(app) as site:
        touchpoint("audit", site.base + "/", "-o", "out", "--fast", cwd=tmp)
        run = touchpoint("explain", site.base + "/", cwd=tmp)
    cells = [
        line
        for p in (tmp / "out").rglob("*.csv")
        for line in p.read_text().splitlines()
        if "HYPERLINK" in line
    ]
    cell = cells[0][:40] if cells else "-"
    told = f"ESC bytes printed by explain: {run.out.count(chr(27))}; CSV cell: {cell}"
    return Row("9 formula title + escape sequences", run, stored(tmp / "touchpoint.db"), told)


@scenario("10 over-size chunked body, redirect loop, 30-hop chain")
def messages(tmp: Path) -> Row:
    def app(request: Seen) -> Answer:
        path = urlsplit(request.path).path
        if path == "/":
            return page('<a href="/huge">a</a> <a href="/loop-a">b</a> <a href="/hop/0">c</a>')
        if path == "/huge":
            return Answer(chunks=(b"<p>" + b"x" * MB for _ in range(25)))
        if path in ("/loop-a", "/loop-b"):
            return Answer("", 302, {"Location": "/loop-b" if path == "/loop-a" else "/loop-a"})
        if path.startswith("/hop/"):
            n = int(path.rsplit("/", 1)[1])
            return Answer("", 301, {"Location": f"/hop/{n + 1}"}) if n < 30 else page("end")
        return plain("", 404)

    with serve_app(app) as site:
        run = touchpoint("crawl", site.base + "/", "--fast", cwd=tmp)
    with sqlite3.connect(tmp / "touchpoint.db") as conn:
        errors = [e for (e,) in conn.execute("SELECT error FROM pages WHERE error IS NOT NULL")]
    return Row(
        "10 chunked 25 MB body, redirect loop, 30 hops",
        run,
        stored(tmp / "touchpoint.db"),
        " | ".join(errors)[:300],
    )


@scenario("10 one 19 MB page")
def big_page(tmp: Path) -> Row:
    links = "".join(
        f'<li><a href="/p/{i}" class="item">Product {i} with a long name</a></li>'
        for i in range(260_000)
    )
    body = html("Big", f"<main><ul>{links}</ul></main>")

    def app(request: Seen) -> Answer:
        return page("ok") if request.path != "/" else Answer(body)

    with serve_app(app) as site:
        run = touchpoint(
            "crawl", site.base + "/", "--max-pages", "1", "--max-requests", "10", "--fast", cwd=tmp
        )
    links_stored = stored(tmp / "touchpoint.db", "SELECT count(*) FROM links")
    return Row(
        f"10 one {len(body) / MB:.0f} MB page",
        run,
        stored(tmp / "touchpoint.db"),
        f"{links_stored:,} links stored",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-k", default="", help="only scenarios whose name contains this")
    args = parser.parse_args(argv)
    print("| trap or fault | time | peak RSS | URLs | exit | what the user is told |")
    print("|---|---|---|---|---|---|")
    for name, fn in SCENARIOS.items():
        if args.k not in name:
            continue
        with tempfile.TemporaryDirectory() as folder:
            row = fn(Path(folder))
        told = row.told.replace("|", "\\|").replace("\n", " ")
        print(
            f"| {row.scenario} | {row.run.seconds:.1f} s | {row.run.rss_mb:.0f} MB | {row.urls} "
            f"| {row.run.code} | {told} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
