"""Rendered crawls with a real Chromium against fixture sites on 127.0.0.1.

Each site (``tests/sites/render/``) is crawled once per module by ``touchpoint crawl``
in a subprocess; tests read the SQLite store and the server's request log.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from audit.checks.tp204_cta_below_fold import CtaBelowFold
from audit.context import AuditContext
from core.screenshots import screenshot_path
from crawler.render import default_screenshots_dir
from rules import classify_crawl, load_pack
from store.crawls import Store
from store.inputs import load_input
from tests.conftest import crawl_site, open_db, pages_by_path

pytestmark = pytest.mark.browser

JS_PAGES = {"/", "/features", "/pricing", "/customers", "/signup"}


def ctas_of(db: Path, path: str = "") -> list[dict[str, Any]]:
    with open_db(db) as conn:
        rows = conn.execute("SELECT * FROM ctas WHERE page_url LIKE ?", (f"%{path}",)).fetchall()
    return [{**dict(r), "geometry": json.loads(r["geometry"] or "null")} for r in rows]


def crawl(serve_site: Any, tmp: Path, name: str, *flags: str, label: str = "") -> dict[str, Any]:
    """Serve ``tests/sites/render/NAME`` and crawl it into ``TMP/NAME[-LABEL].db``."""
    site = serve_site(f"render/{name}")
    db = tmp / f"{name}{'-' + label if label else ''}.db"
    result = crawl_site(site, db, *flags)
    return {"site": site, "db": db, "pages": pages_by_path(db), "result": result}


@pytest.fixture(scope="module")
def jsnav(serve_site: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The script-built site crawled three ways; the rendered one also takes screenshots."""
    tmp = tmp_path_factory.mktemp("jsnav")
    shots = {"on": ["--screenshots"]}
    return {
        mode: crawl(serve_site, tmp, "jsnav", "--render", mode, *shots.get(mode, []), label=mode)
        for mode in ("off", "on", "auto")
    }


def test_raw_crawl_sees_only_the_script_shell(jsnav: dict[str, Any]) -> None:
    off = jsnav["off"]
    assert set(off["pages"]) == {"/"}
    assert ctas_of(off["db"]) == []
    assert off["pages"]["/"]["rendered"] == 0


def test_render_on_finds_injected_links_ctas_and_forms(jsnav: dict[str, Any]) -> None:
    on = jsnav["on"]
    assert set(on["pages"]) == JS_PAGES
    assert all(page["rendered"] == 1 and page["load_time_ms"] > 0 for page in on["pages"].values())
    home = [c for c in ctas_of(on["db"]) if c["page_url"] == on["site"] + "/"]
    trial = next(c for c in home if c["text"] == "Start free trial")
    assert trial["element_id"] == "hero-cta" and trial["region"] == "main"
    for viewport in ("desktop", "mobile"):
        box = trial["geometry"][viewport]
        assert box["visible"] and box["above_fold"] and box["w"] > 0 and box["h"] > 0
    with open_db(on["db"]) as conn:
        form = conn.execute(
            "SELECT * FROM forms WHERE page_url = ?", (on["site"] + "/",)
        ).fetchone()
    assert form["action_url"].endswith("/newsletter") and form["submit_text"] == "Subscribe"
    # The measurement attribute is read, never reported as page content.
    assert all("tp-geom" not in (c["classes"] or "") for c in home)


def test_render_auto_renders_only_the_shell(jsnav: dict[str, Any]) -> None:
    auto = jsnav["auto"]
    assert set(auto["pages"]) == JS_PAGES
    rendered = {path for path, page in auto["pages"].items() if page["rendered"]}
    assert rendered == {"/"}
    site = auto["site"]
    assert site.hits("/") == 2  # raw HTML first, then the browser
    assert site.hits("/features") == 1 and site.hits("/app.js") == 1
    assert any(c["text"] == "Start free trial" and c["geometry"] for c in ctas_of(auto["db"], "/"))


def test_screenshots_are_small_jpegs_next_to_the_store(jsnav: dict[str, Any]) -> None:
    on = jsnav["on"]
    folder = default_screenshots_dir(str(on["db"]))
    assert Path(folder).parent == on["db"].parent
    with open_db(on["db"]) as conn:
        settings = json.loads(conn.execute("SELECT settings FROM crawls").fetchone()[0])
    assert settings["screenshots_dir"] == folder
    for path in JS_PAGES:
        shot = screenshot_path(folder, 1, on["site"] + path)
        data = shot.read_bytes()
        assert data[:3] == b"\xff\xd8\xff", path  # JPEG
        assert len(data) < 30_000, (path, len(data))
        assert jpeg_size(data) == (410, 230)


def jpeg_size(data: bytes) -> tuple[int, int]:
    """Width and height from the JPEG's start-of-frame segment."""
    i = 2
    while i < len(data):
        marker, length = data[i + 1], int.from_bytes(data[i + 2 : i + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2):
            height = int.from_bytes(data[i + 5 : i + 7], "big")
            return int.from_bytes(data[i + 7 : i + 9], "big"), height
        i += 2 + length
    raise AssertionError("no SOF segment")


def test_single_page_app_routes_are_crawled(
    serve_site: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    spa = crawl(serve_site, tmp_path_factory.mktemp("spa"), "spa", "--render", "on")
    titles = {path: page["title"] for path, page in spa["pages"].items()}
    assert titles == {
        "/": "Kettle Co. | Home",
        "/products": "Kettle Co. | Products",
        "/products/gooseneck": "Kettle Co. | Gooseneck kettle",
        "/about": "Kettle Co. | About us",
    }
    add = ctas_of(spa["db"], "/products/gooseneck")
    assert [c["text"] for c in add] == ["Add to cart"] and add[0]["geometry"]["mobile"]["visible"]


def test_cta_below_the_fold_on_phone_only(
    serve_site: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    fold = crawl(serve_site, tmp_path_factory.mktemp("fold"), "fold", "--render", "on")
    trial = next(c for c in ctas_of(fold["db"], "/pricing") if c["element_id"] == "trial")
    assert trial["geometry"]["desktop"]["above_fold"] is True
    assert trial["geometry"]["mobile"]["above_fold"] is False
    assert trial["geometry"]["mobile"]["y"] > 844

    store = Store.open(fold["db"])
    try:
        classify_crawl(store, 1, load_pack(None))
        ctx = AuditContext(load_input(store, 1))
    finally:
        store.close()
    check = CtaBelowFold()
    assert check.scope(ctx) == 2  # /pricing and /demo have measured primary CTAs
    findings = check.check(ctx)
    assert [(f.url, f.evidence["viewports"]) for f in findings] == [
        (fold["site"] + "/pricing", ["mobile"])
    ]
    assert "phone (390×844)" in findings[0].detail and "desktop" not in findings[0].detail
    desktop_only = CtaBelowFold(options={"viewports": ["desktop"]})
    assert desktop_only.check(ctx) == []


def test_the_phone_is_emulated_not_just_a_narrow_window(
    serve_site: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    phone = crawl(serve_site, tmp_path_factory.mktemp("phone"), "phone", "--render", "on")
    # Touch media queries match on the phone: a hover-only button is hidden there.
    tour = ctas_of(phone["db"], "/tour.html")[0]["geometry"]
    assert tour["desktop"]["visible"] and tour["desktop"]["above_fold"]
    assert tour["mobile"]["visible"] is False and tour["mobile"]["above_fold"] is False
    # Without a viewport meta tag the page is zoomed out to fit, as on a real phone:
    # a CTA 1,200 px down is in the first screen of the phone, not of the desktop.
    buy = ctas_of(phone["db"], "/legacy.html")[0]["geometry"]
    assert buy["desktop"]["above_fold"] is False
    assert buy["mobile"]["above_fold"] is True and buy["mobile"]["y"] == buy["desktop"]["y"]


@pytest.mark.parametrize("consent", ["Accept all", "#accept"])
def test_consent_wall_is_clicked(
    consent: str, serve_site: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    tmp = tmp_path_factory.mktemp("consent")
    walled = crawl(serve_site, tmp, "consent", "--render", "on", "--concurrency", "1")
    assert set(walled["pages"]) == {"/"}  # behind the wall: no navigation at all
    accepted = crawl(serve_site, tmp, "consent", "--render", "on", "--consent", consent, label="ok")
    assert set(accepted["pages"]) == {"/", "/shop", "/contact"}
    assert any(c["text"] == "Shop the sale" for c in ctas_of(accepted["db"], "/shop"))


def test_images_fonts_and_media_never_reach_the_server(
    serve_site: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    tmp = tmp_path_factory.mktemp("blocking")
    blocked = crawl(serve_site, tmp, "blocking", "--render", "on")
    site = blocked["site"]
    assert "/next" in blocked["pages"]  # the script ran, and its link was followed
    assert site.hits("/assets/style.css") == 1 and site.hits("/assets/app.js") == 1
    for asset in (
        "/assets/hero.png",
        "/assets/brand.woff2",
        "/assets/intro.mp4",
        "/assets/next.png",
    ):
        assert site.hits(asset) == 0, asset

    allowed = crawl(
        serve_site, tmp, "blocking", "--render", "on",
        "--allow-resources", "images", "--allow-resources", "fonts", label="allowed",
    )  # fmt: skip
    assert allowed["site"].hits("/assets/hero.png") == 1
    assert allowed["site"].hits("/assets/brand.woff2") == 1
    assert allowed["site"].hits("/assets/intro.mp4") == 0


def test_browser_contexts_are_recycled(
    serve_site: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Every page sets a cookie; a fresh context is the only way to arrive without one."""
    site = serve_site("render/recycle")
    db = tmp_path_factory.mktemp("recycle") / "r.db"
    crawl_site(site, db, "--render", "on", "--concurrency", "1", "--render-pages-per-context", "2")
    navigations = [
        r for r in site.requests
        if {k.lower(): v for k, v in r["headers"].items()}.get("sec-fetch-mode") == "navigate"
    ]  # fmt: skip
    assert len(navigations) == 8  # / and p1..p7
    fresh = [r for r in navigations if "cookie" not in {k.lower() for k in r["headers"]}]
    assert len(fresh) == 4  # 8 pages, 2 per context
