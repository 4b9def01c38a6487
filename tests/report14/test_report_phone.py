"""Issue 14: the report opened on a phone (390 x 844) in real Chromium never scrolls
sideways; the stage map stacks its stages, the wide tables scroll inside their own box."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reports import render_html
from tests.reports.samples import golden_data

pytestmark = pytest.mark.browser

OVERFLOWING = """() => {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll("body *")]
    .filter(el => el.getBoundingClientRect().right > width + 1)
    .filter(el => !el.closest(".table-scroll, .toc") && getComputedStyle(el).display !== "none")
    .slice(0, 5).map(el => el.tagName + "." + el.className);
}"""


@pytest.fixture
def phone(chromium: Any, report_file: Path) -> Any:
    context = chromium.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(report_file.as_uri())
    page.wait_for_load_state("load")
    yield page
    context.close()


def test_no_sideways_scroll_at_390(phone: Any) -> None:
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    assert phone.evaluate(OVERFLOWING) == []


def test_untitled_pages_fit_at_390(chromium: Any, tmp_path: Path) -> None:
    """A page without a title is named by its URL, which must break too."""
    data = golden_data()
    for page in data["pages"]:
        page["title"] = None
    report = render_html(data, tmp_path / "report.html")
    context = chromium.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(report.as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


def test_stage_map_stacks_at_390(phone: Any) -> None:
    stages = phone.locator("#journey .journey-map thead th.st-head")
    assert stages.count() == 5
    boxes = [stages.nth(i).bounding_box() for i in range(5)]
    # one stage under the other, each the width of the screen, not one word per line
    assert all(b is not None and b["width"] > 250 for b in boxes)
    tops = [b["y"] for b in boxes if b is not None]
    assert tops == sorted(tops) and len(set(tops)) == 5
    # each stage keeps its colour band, and its rows follow it under their own names
    colours = {
        stages.nth(i).evaluate("el => getComputedStyle(el).backgroundColor") for i in range(5)
    }
    assert len(colours) == 5 and "rgba(0, 0, 0, 0)" not in colours
    first_pages = phone.locator('#journey .journey-map td[data-label="Pages"]').first.bounding_box()
    assert first_pages is not None and boxes[0] is not None and boxes[1] is not None
    assert boxes[0]["y"] < first_pages["y"] < boxes[1]["y"]


def test_pages_table_scrolls_in_its_own_box(phone: Any) -> None:
    box = phone.locator("#pages .table-scroll")
    assert box.evaluate("el => getComputedStyle(el).overflowX") in ("auto", "scroll")
    assert box.evaluate("el => el.getBoundingClientRect().right") <= 390
    last = phone.locator("#pages-table thead th").last
    last.scroll_into_view_if_needed()
    assert last.is_visible()
