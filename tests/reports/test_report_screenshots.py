"""Page thumbnails in the report: shown next to findings, path steps and pages in a real
headless Chromium; anything in audit.json's ``screenshots`` that is not an inline
base64 JPEG/PNG is never used, neither by the Python view nor by the report script."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reports import render_html
from reports.html import render_html_string
from reports.view import screenshots
from tests.reports.conftest import OpenedReport
from tests.reports.samples import HOSTILE_PAGE, SITE, hostile_data

Opener = Callable[[Path], OpenedReport]
CALL = SITE + "/checkout/"  # the demo's conversion page, with a finding (TP302)
HOSTILE = {  # on pages with findings, so the findings list would show them
    SITE + "/gifts/": "javascript:alert(1)",
    SITE + "/account/login/": "data:text/html,<script>alert(1)</script>",
    HOSTILE_PAGE: 'data:image/jpeg;base64,AAAA" onerror="alert(1)',
    SITE + "/wholesale/": "data:image/svg+xml;base64,"
    + base64.b64encode(b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>").decode(),
    SITE + "/support/shipping/": "https://tracker.example/pixel.jpg",
    SITE + "/shop/kenya-kiambu/": "data:image/jpeg;base64,AAAA\nBBBB",
}
THUMBS = "img => img.map(i => [i.getAttribute('src'), i.naturalWidth, i.alt])"


@pytest.fixture(scope="module")
def thumbnail(chromium: Any) -> str:
    """A real 410x230 JPEG data URI, shot by the same Chromium the crawler uses."""
    page = chromium.new_page(viewport={"width": 410, "height": 230})
    page.set_content("<body style='margin:0;background:#1f3a5f'><h1 style='color:#fff'>Book</h1>")
    data = page.screenshot(type="jpeg", quality=55)
    page.close()
    return "data:image/jpeg;base64," + base64.b64encode(data).decode("ascii")


def audit_with(shots: dict[str, str]) -> dict[str, Any]:
    data = hostile_data()
    data["screenshots"] = shots
    return data


def test_the_view_keeps_only_inline_jpeg_and_png() -> None:
    real = "data:image/png;base64,iVBORw0KGgo="
    assert screenshots(audit_with({CALL: real, **HOSTILE})) == {CALL: real}
    for junk in ([CALL, real], "javascript:alert(1)", None, {CALL: 3}, {CALL: None}):
        assert screenshots({"screenshots": junk}) == {}
    html = render_html_string(audit_with(HOSTILE))
    for uri in HOSTILE.values():
        assert json.dumps(uri)[1:-1] not in html and uri not in html
    assert 'data-shot="' not in html


def test_an_audit_without_screenshots_has_no_thumbnails() -> None:
    data = hostile_data()
    data.pop("screenshots", None)
    html = render_html_string(data)
    assert "data-shot=" not in html and '"shots":[]' in html


@pytest.mark.browser
def test_thumbnail_next_to_its_finding_and_hostile_ones_unused(
    thumbnail: str, open_report: Opener, tmp_path: Path
) -> None:
    path = render_html(audit_with({**HOSTILE, CALL: thumbnail}), tmp_path / "report.html")
    html = path.read_text(encoding="utf-8")
    assert html.count(thumbnail) == 1  # embedded once, however often it is shown
    opened = open_report(path)
    page = opened.page
    assert opened.dialogs == [] and opened.console == []
    assert opened.requests == [path.as_uri()]

    # next to its finding, in the card of TP302
    item = page.locator("#check-TP302 .affected li", has_text="/checkout/")
    shown = item.locator("img.thumb").evaluate_all(THUMBS)
    assert shown == [[thumbnail, 410, f"Screenshot of {CALL}"]]
    box = item.locator("img.thumb").bounding_box()
    assert box is not None and box["width"] == 164 and box["height"] == 92
    assert item.locator("img.thumb").is_visible()

    # on the path step of the conversion page; not on the other steps
    steps = page.locator("#paths .path[data-via='any'] .step:has(img.thumb)")
    assert steps.count() == 1 and "/checkout/" in (steps.text_content() or "")

    # in the pages table, small
    row = page.locator("#pages-table tbody tr", has_text="/checkout/")
    tiny = row.locator("img.thumb-tiny")
    assert tiny.evaluate_all(THUMBS) == [[thumbnail, 410, f"Screenshot of {CALL}"]]
    tiny_box = tiny.bounding_box()
    assert tiny_box is not None and tiny_box["width"] <= 48

    # every picture in the report is the real thumbnail; the hostile ones are nowhere
    assert {src for src, _, _ in page.locator("img").evaluate_all(THUMBS)} == {thumbnail}
    for url in HOSTILE:
        short = url.removeprefix(SITE)
        for li in page.locator("#findings .affected li", has_text=short).all():
            assert li.locator("img").count() == 0, url
    page.mouse.move(0, 0)
    assert opened.dialogs == []


@pytest.mark.browser
def test_the_script_rejects_a_tampered_payload(
    thumbnail: str, open_report: Opener, tmp_path: Path
) -> None:
    """Even if a bad URI got past the view into the embedded JSON, no <img> gets it."""
    html = render_html_string(audit_with({CALL: thumbnail}))
    tampered = tmp_path / "tampered.html"
    tampered.write_text(html.replace(thumbnail, "javascript:alert(1)"), encoding="utf-8")
    opened = open_report(tampered)
    assert opened.dialogs == [] and opened.console == []
    assert opened.page.locator("img.thumb").count() == 0
    assert opened.page.locator("[data-shot]").count() == 0  # empty slots are removed


@pytest.mark.browser
def test_print_keeps_thumbnails_small(thumbnail: str, open_report: Opener, tmp_path: Path) -> None:
    path = render_html(audit_with({CALL: thumbnail}), tmp_path / "report.html")
    page = open_report(path).page
    page.emulate_media(media="print")
    box = page.locator("#check-TP302 img.thumb").bounding_box()
    assert box is not None and box["width"] <= 100 and box["height"] <= 56
