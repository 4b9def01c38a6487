"""The report in a real headless Chromium: drawn, interactive, offline, crawled text never run."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reports import Branding, render_html
from reports.html import css_string
from tests.reports.conftest import OpenedReport
from tests.reports.samples import HOSTILE_ANCHOR, HOSTILE_PAGE, HOSTILE_TITLE, large_audit

pytestmark = pytest.mark.browser
Opener = Callable[[Path], OpenedReport]
SECTIONS = {
    "summary": "Scores and the costliest problems", "funnel": "The funnel",
    "journey": "Customer journey map",
    "paths": "Paths to purchase", "graph": "Site flow", "findings": "Findings",
    "pages": "All pages", "crawl": "Crawl details",
}  # fmt: skip
PAINTED_PIXELS = """(id) => {
  const canvas = document.getElementById(id);
  const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
  return painted;
}"""


def rows(opened: OpenedReport, table: str) -> list[list[str]]:
    return opened.page.eval_on_selector_all(
        f"#{table} tbody tr", "trs => trs.map(tr => [...tr.cells].map(td => td.textContent))"
    )


def test_opens_offline_without_errors(report_file: Path, open_report: Opener) -> None:
    opened = open_report(report_file)
    assert opened.console == []
    assert opened.requests == [report_file.as_uri()]
    assert opened.dialogs == []


def test_every_section_visible(report_file: Path, open_report: Opener) -> None:
    page = open_report(report_file).page
    for section, title in SECTIONS.items():
        heading = page.locator(f"#{section} h2")
        assert heading.is_visible() and heading.text_content() == title


def test_graph_and_sankey_are_drawn(report_file: Path, open_report: Opener) -> None:
    page = open_report(report_file).page
    page.click("#graph .jv-show")  # the full graph is drawn on demand
    assert page.evaluate(PAINTED_PIXELS, "graph-canvas") > 500
    box = page.locator("#sankey").bounding_box()
    assert box is not None and box["width"] > 500 and box["height"] > 200
    assert page.locator("#sankey path.sankey-link").count() == 36


def test_graph_hover_click_and_zoom(report_file: Path, open_report: Opener) -> None:
    page = open_report(report_file).page
    index = page.evaluate(
        "JSON.parse(document.getElementById('report-data').textContent).pages"
        f".findIndex(p => p[0] === '{HOSTILE_PAGE}')"
    )
    assert index > 0
    page.click("#graph .jv-show")
    canvas = page.locator("#graph-canvas")
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    assert box is not None
    x, y = page.evaluate(f"touchpointGraph.position({index})")
    page.mouse.move(box["x"] + x, box["y"] + y)
    assert page.locator("#graph-tip").is_visible()
    assert page.locator("#graph-tip strong").text_content() == HOSTILE_TITLE
    page.mouse.click(box["x"] + x, box["y"] + y)
    panel = page.locator("#graph-panel")
    assert panel.locator("h4").text_content() == HOSTILE_TITLE
    assert "Page offers no call to action" in panel.locator("li").first.text_content()  # TP201
    before = page.evaluate("touchpointGraph.position(0)[0] - touchpointGraph.position(1)[0]")
    page.click("[data-zoom=in]")
    after = page.evaluate("touchpointGraph.position(0)[0] - touchpointGraph.position(1)[0]")
    assert abs(after) == pytest.approx(abs(before) * 1.5, rel=0.01)


def test_pages_table_sorts_when_clicked(report_file: Path, open_report: Opener) -> None:
    opened = open_report(report_file)
    page = opened.page
    assert len(rows(opened, "pages-table")) == 49
    page.click("#pages-table th[data-key=status] button")
    assert rows(opened, "pages-table")[-1][3] == "404"
    assert page.get_attribute("#pages-table th[data-key=status]", "aria-sort") == "ascending"
    page.click("#pages-table th[data-key=status] button")
    assert rows(opened, "pages-table")[0][3] == "404"
    page.click("#pages-table th[data-key=findings] button")
    counts = [int(r[6]) for r in rows(opened, "pages-table")]
    assert counts == sorted(counts, reverse=True) and counts[0] == 2


def test_pages_table_filters(report_file: Path, open_report: Opener) -> None:
    opened = open_report(report_file)
    page = opened.page
    controls = '.filters[data-table="pages-table"]'
    page.select_option(f"{controls} [data-filter=stage]", "retention")  # not "Log in": no stage
    # the FAQ is asked before buying: consideration, not retention
    names = [r[0].split("/")[0] for r in rows(opened, "pages-table")]
    assert names == ["Gift card balance", "Support", "Returns", "Shipping"]
    assert page.text_content(f"{controls} .row-count") == "4 of 49 rows"
    page.select_option(f"{controls} [data-filter=stage]", "")
    page.select_option(f"{controls} [data-filter=health]", "broken")
    assert [r[3] for r in rows(opened, "pages-table")] == ["404"]
    page.select_option(f"{controls} [data-filter=health]", "")
    page.fill(f"{controls} [data-filter=text]", "ESPRESSO")
    assert [r[0].split("/")[0] for r in rows(opened, "pages-table")] == [
        "How to dial in espresso without wasting a bag", "House Espresso"
    ]  # fmt: skip


def test_findings_table_filters_and_sorts(report_file: Path, open_report: Opener) -> None:
    opened = open_report(report_file)
    page = opened.page
    controls = '.filters[data-table="findings-table"]'
    page.select_option(f"{controls} [data-filter=severity]", "error")
    assert [r[0] for r in rows(opened, "findings-table")] == ["error"] * 2
    page.select_option(f"{controls} [data-filter=check]", "TP403")
    assert len(rows(opened, "findings-table")) == 1
    page.select_option(f"{controls} [data-filter=severity]", "warning")
    page.select_option(f"{controls} [data-filter=check]", "TP101")
    assert len(rows(opened, "findings-table")) == 3
    page.select_option(f"{controls} [data-filter=severity]", "")
    page.select_option(f"{controls} [data-filter=check]", "")
    page.click("#findings-table th[data-key=severity] button")
    severities = [r[0] for r in rows(opened, "findings-table")]
    assert severities == ["error"] * 2 + ["warning"] * 13 + ["notice"] * 1


def test_hostile_text_shown_never_run(report_file: Path, open_report: Opener) -> None:
    opened = open_report(report_file)
    page = opened.page
    titles = page.eval_on_selector_all(
        "#pages-table .cell-title", "els => els.map(e => e.textContent)"
    )
    assert HOSTILE_TITLE in titles
    details = [r[3] for r in rows(opened, "findings-table")]
    assert any(d.startswith(f'CTA #1 "{HOSTILE_ANCHOR}"') for d in details)  # TP203
    assert HOSTILE_ANCHOR in page.locator("#paths q").all_text_contents()
    assert page.locator("img[src=x]").count() == 0
    assert page.locator("script").count() == 2
    assert opened.dialogs == [] and opened.console == []


def test_branding_on_screen_and_in_print(report_file: Path, open_report: Opener) -> None:
    page = open_report(report_file).page
    cover = page.locator("header.cover")
    assert "Northwind Consulting" in cover.text_content()
    assert page.locator("header.cover h1").text_content() == "Acme Coffee Ltd"
    assert page.evaluate("document.querySelector('header.cover img.logo').naturalWidth") == 1
    page.emulate_media(media="print")
    assert not page.locator("nav.toc").is_visible()
    assert not page.locator(".filters").first.is_visible()
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page(?!s)", pdf)) >= 8  # cover + one page per section


def test_css_string_reads_back_with_every_space(chromium: Any) -> None:
    """What Chromium makes of the print header's CSS string is the text, spaces and all."""
    text = "Acme & Co · Customer journey audit &1a"
    context = chromium.new_context()
    page = context.new_page()
    page.set_content(f"<style>p::before {{ content: {css_string(text)}; }}</style><p></p>")
    content = page.evaluate("getComputedStyle(document.querySelector('p'), '::before').content")
    context.close()
    assert content == f'"{text}"'


def test_large_site_sections_graph_and_paging(tmp_path: Path, open_report: Opener) -> None:
    path = render_html(large_audit(3000), tmp_path / "large.html", Branding(client="Big Shop"))
    opened = open_report(path)
    page = opened.page
    assert opened.console == [] and opened.requests == [path.as_uri()]
    assert page.get_attribute("#graph-canvas", "data-mode") == "sections"
    page.click("#graph .jv-show")
    assert page.evaluate(PAINTED_PIXELS, "graph-canvas") > 2000
    assert len(rows(opened, "pages-table")) == 200
    assert (
        page.text_content('.filters[data-table="pages-table"] .row-count') == "Showing 200 of 3,000"
    )
    page.click('[data-more="pages-table"]')
    assert len(rows(opened, "pages-table")) == 400
