"""The parts of rendering that need no browser: shell detection, blocking, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.screenshots import screenshot_path
from core.urls import Scope
from crawler.extract import extract_html
from crawler.render import ResourceBlocker, looks_like_shell
from crawler.walls import is_selector as _is_selector
from tests.conftest import SITES, run_touchpoint

URL = "https://shop.example/"


def shell(html: str | bytes) -> bool:
    body = html.encode() if isinstance(html, str) else html
    return looks_like_shell(body, extract_html(body, URL, Scope.for_start_url(URL)))


def test_script_shells_are_rendered_in_auto_mode() -> None:
    assert shell((SITES / "render/jsnav/index.html").read_bytes())  # empty <div id="app">
    assert shell((SITES / "render/spa/index.html").read_bytes())  # empty <div id="root">
    assert shell('<html><body><app-root></app-root><script src="/main.js"></script></body></html>')
    assert shell(
        "<html><body><noscript>You need to enable JavaScript to run this app.</noscript>"
        '<div id="mount"></div><script src="/bundle.js"></script></body></html>'
    )


def test_content_pages_keep_the_fast_path() -> None:
    assert not shell((SITES / "render/jsnav/features.html").read_bytes())
    # Short, but with no script there is nothing a browser would add.
    assert not shell("<html><body><h1>Thanks</h1><p>We got your message.</p></body></html>")
    # Server-rendered React: the marker is there, and so is the content.
    words = " ".join(["word"] * 80)
    links = "".join(f'<a href="/p{i}">p{i}</a>' for i in range(5))
    assert not shell(f'<div data-reactroot=""><p>{words}</p>{links}</div><script src="/a.js">')


def test_resource_blocker() -> None:
    blocker = ResourceBlocker()
    assert blocker.blocks("https://shop.example/hero.jpg", "image")
    assert blocker.blocks("https://shop.example/font.woff2", "font")
    assert blocker.blocks("https://shop.example/intro.mp4", "media")
    assert blocker.blocks("https://www.google-analytics.com/g/collect", "fetch")
    assert blocker.blocks("https://static.hotjar.com/c/hotjar.js", "script")
    for kind in ("document", "stylesheet", "script", "xhr", "fetch"):
        assert not blocker.blocks("https://shop.example/app", kind)
    assert not blocker.blocks("https://notgoogle-analytics.com/x.js", "script")
    allowing = ResourceBlocker(["images", "analytics"])
    assert not allowing.blocks("https://shop.example/hero.jpg", "image")
    assert not allowing.blocks("https://www.google-analytics.com/g/collect", "fetch")
    assert allowing.blocks("https://shop.example/font.woff2", "font")


def test_consent_selector_or_text() -> None:
    assert _is_selector("#accept") and _is_selector(".cc-btn") and _is_selector("button#ok")
    assert _is_selector("[data-action=accept]")
    assert not _is_selector("Accept all") and not _is_selector("OK")


def test_screenshot_names_are_stable_per_crawl_and_url() -> None:
    one = screenshot_path("/data/site.db-screenshots", 3, "https://shop.example/a")
    assert one == screenshot_path("/data/site.db-screenshots", 3, "https://shop.example/a")
    assert one.parent == Path("/data/site.db-screenshots/3") and one.suffix == ".jpg"
    assert one != screenshot_path("/data/site.db-screenshots", 3, "https://shop.example/b")


def one_line_error(result: object) -> str:
    stderr = result.stderr.strip()  # type: ignore[attr-defined]
    assert result.returncode == 2, stderr  # type: ignore[attr-defined]
    assert "\n" not in stderr and "Traceback" not in stderr
    return stderr


def test_missing_browser_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "t.db")
    url = "http://127.0.0.1:9/"
    bad = one_line_error(
        run_touchpoint("crawl", url, "--db", db, "--render", "on", "--browser-path", "/no/chrome")
    )
    assert "'/no/chrome' is not an executable file" in bad and "apt-get install chromium" in bad
    not_a_browser = one_line_error(
        run_touchpoint("crawl", url, "--db", db, "--render", "auto", "--browser-path", "/bin/false")
    )
    assert "does not start" in not_a_browser
    # Nothing on the PATH, no Playwright download in this HOME: nothing to launch.
    env = {"PATH": str(tmp_path), "HOME": str(tmp_path), "PLAYWRIGHT_BROWSERS_PATH": ""}
    monkeypatch.delenv("TOUCHPOINT_BROWSER", raising=False)
    none = one_line_error(run_touchpoint("crawl", url, "--db", db, "--render", "on", **env))
    assert "none was found" in none and "playwright install chromium" in none


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--screenshots"], "--screenshots needs a browser"),
        (["--consent", "OK"], "--consent needs a browser"),
        (
            ["--render", "on", "--allow-resources", "videos"],
            "Invalid value for '--allow-resources'",
        ),
    ],
)
def test_render_flags_are_checked(tmp_path: Path, flags: list[str], message: str) -> None:
    result = run_touchpoint("crawl", "http://127.0.0.1:9/", "--db", str(tmp_path / "t.db"), *flags)
    assert result.returncode == 2 and message in result.stderr
