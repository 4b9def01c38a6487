"""Rendered crawls in a real Chromium: a consent manager's banner hides the site until its
accept button is clicked; ``--consent auto`` (the default) recognises and clicks it,
``--consent off`` leaves it, ``--wall-click`` passes a configured age gate."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import pages_by_path, run_touchpoint
from tests.hostile.app_server import Answer, App, Seen, serve_app
from tests.walls.wall_sites import CONTENT, consent_wall

pytestmark = pytest.mark.browser

PAGES = {"/": "Alpine gear", "/plans": "Plans", "/about": "About us", "/signup": "Sign up"}
NAV = "".join(f'<a href="{path}">{title}</a> ' for path, title in PAGES.items())
# A OneTrust-like banner: the page's content is only built once its cookie is set.
CONTENT_JS = (
    "const CONTENT = "
    + json.dumps(f'<nav>{NAV}</nav><main><a class="btn" href="/signup">Start free trial</a></main>')
    + ";\n"
)  # in a script, so no link is there before the script shows it
BANNER_JS = (
    CONTENT_JS
    + """
function showPage() {
  document.getElementById("onetrust-banner-sdk").style.display = "none";
  document.getElementById("page").innerHTML = CONTENT;
}
if (document.cookie.includes("OptanonAlertBoxClosed=")) {
  showPage();
} else {
  document.getElementById("onetrust-accept-btn-handler").addEventListener("click", () => {
    document.cookie = "OptanonAlertBoxClosed=2026-12-03; path=/";
    showPage();
  });
}
"""
)
# An age gate of the site's own, passed by --wall-click.
GATE_JS = (
    CONTENT_JS
    + """
document.getElementById("enter").addEventListener("click", () => {
  document.getElementById("gate").remove();
  document.getElementById("page").innerHTML = CONTENT;
});
"""
)


def page(title: str, wall: str) -> str:
    return (
        f"<!doctype html><html lang=en><head><title>{title}</title></head><body>{wall}"
        f'<h1>{title}</h1><div id="page"></div><script src="/site.js"></script></body></html>'
    )


def site(wall: str, script: str) -> Callable[[Seen], Answer]:
    def app(request: Seen) -> Answer:
        path = urlsplit(request.path).path
        if path == "/site.js":
            return Answer(script, content_type="text/javascript")
        if path not in PAGES:
            return Answer("no", 404)
        return Answer(page(PAGES[path], wall))

    return app


BANNER = (
    '<div id="onetrust-banner-sdk" style="position:fixed;bottom:0;background:#eee">'
    "We use cookies. <button id=onetrust-reject-all-handler>Reject all</button>"
    "<button id=onetrust-accept-btn-handler>Accept All Cookies</button></div>"
)
GATE = '<div id="gate"><p>This site sells wine.</p><button id="enter">I am over 18</button></div>'


@pytest.fixture(scope="module")
def banner_site() -> Iterator[App]:
    with serve_app(site(BANNER, BANNER_JS)) as app:
        yield app


def test_a_known_consent_banner_is_clicked_and_the_site_behind_it_crawled(
    banner_site: App, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    done = run_touchpoint(
        "audit", banner_site.base + "/", "--db", str(tmp_path / "b.db"), "-o", str(out),
        "--fast", "--render", "on", "--concurrency", "1", cwd=tmp_path, timeout=300,
    )  # fmt: skip
    assert done.returncode in (0, 1), done.stderr
    assert set(pages_by_path(tmp_path / "b.db")) == set(PAGES)
    walls = json.loads((out / "audit.json").read_text())["crawl"]["stats"]["walls"]
    assert walls == [
        {"kind": "consent", "provider": "OneTrust", "how": "clicked #onetrust-accept-btn-handler",
         "pages": len(PAGES)}
    ]  # fmt: skip
    report = (out / "report.html").read_text()
    assert "consent (OneTrust)" in report and "clicked #onetrust-accept-btn-handler" in report
    assert "WALL:" in done.stdout and "OneTrust" in done.stdout
    # Clicked once: the context kept the manager's cookie for every later page.
    navigations = [r for r in banner_site.requests if urlsplit(r.path).path in PAGES]
    assert len(navigations) == len(PAGES)
    assert all("OptanonAlertBoxClosed" in r.headers.get("Cookie", "") for r in navigations[1:])


def test_consent_off_leaves_the_banner(banner_site: App, tmp_path: Path) -> None:
    db = tmp_path / "off.db"
    done = run_touchpoint(
        "crawl", banner_site.base + "/", "--db", str(db), "--fast", "--render", "on",
        "--consent", "off", cwd=tmp_path, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert set(pages_by_path(db)) == {"/"}  # the banner hides every link
    assert "WALL:" not in done.stdout


def test_an_age_gate_is_passed_by_a_configured_click(tmp_path: Path) -> None:
    with serve_app(site(GATE, GATE_JS)) as app:
        db = tmp_path / "gate.db"
        done = run_touchpoint(
            "crawl", app.base + "/", "--db", str(db), "--fast", "--render", "on",
            "--wall-click", "I am over 18", cwd=tmp_path, timeout=300,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert set(pages_by_path(db)) == set(PAGES)
    assert "gate (configured): clicked I am over 18" in " ".join(done.stdout.split())


def test_a_raw_cookie_wall_is_passed_for_a_rendered_crawl_too(tmp_path: Path) -> None:
    """The wall's cookie reaches the browser: a new context is made with it."""
    with serve_app(consent_wall) as app:
        db = tmp_path / "wall.db"
        done = run_touchpoint(
            "crawl", app.base + "/", "--db", str(db), "--fast", "--render", "on",
            cwd=tmp_path, timeout=300,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert {path for path, page in pages_by_path(db).items() if page["parsed"]} == set(CONTENT)
    assert "submitted its form 'Accept all'" in " ".join(done.stdout.split())


def test_only_a_visible_button_counts_shadow_roots_included() -> None:
    """OneTrust leaves its button in the page, hidden, once accepted: nothing to click;
    Usercentrics draws inside a shadow root hanging from <body>: found there."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    from playwright.async_api import async_playwright

    from crawler.browser import find_browser
    from crawler.walls import accept_known_consent

    hidden = '<div style="display:none"><button id="onetrust-accept-btn-handler">OK</button></div>'
    shadow = (
        '<div id="usercentrics-root"></div><script>document.getElementById("usercentrics-root")'
        '.attachShadow({mode: "open"}).innerHTML = \'<button data-testid="uc-accept-all-button"'
        ' onclick="this.remove()">Accept all</button>\';</script>'
    )

    async def check() -> list[tuple[str, str] | None]:
        async with async_playwright() as p:
            browser = await p.chromium.launch(executable_path=find_browser(None))
            page = await browser.new_page()
            found = []
            for body in (hidden, hidden + shadow):
                await page.set_content(f"<html><body><h1>Shop</h1>{body}</body></html>")
                found.append(await accept_known_consent(page))
            found.append(await accept_known_consent(page))  # clicked: gone
            await browser.close()
            return found

    # In a thread of its own: an earlier test of the session may have left an event loop
    # running in this one.
    with ThreadPoolExecutor(1) as pool:
        found = pool.submit(asyncio.run, check()).result(timeout=120)
    assert found == [
        None,
        ("Usercentrics", "[data-testid=uc-accept-all-button]"),
        None,
    ]
