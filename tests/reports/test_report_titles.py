"""Issue 14, item 2: page titles in the report without the site name every page repeats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from reports import render_html
from reports.titles import site_affixes
from tests.reports.samples import golden_data

BRAND = "Kettle & Crane Coffee Roasters"


@pytest.mark.parametrize(
    ("titles", "expected"),
    [
        (["Menu · Brand", "About · Brand", "Brand"], ("", " · Brand")),
        (["Menu | Brand Co", "About | Brand Co", "Shop - Other"], ("", " | Brand Co")),
        (["Brand - Menu", "Brand - About us", "Brand - Shop - Beans"], ("Brand - ", "")),
        (["Menu · Brand", "About us", "Shop", "Contact"], ("", "")),  # one in four: not most
        (["Only · Brand"], ("", "")),
        ([None, "", "Plain title"], ("", "")),
    ],
)
def test_site_affixes(titles: list[str | None], expected: tuple[str, str]) -> None:
    assert site_affixes(titles) == expected


def test_demo_report_titles_lose_the_brand(tmp_path: Path) -> None:
    data = golden_data()
    assert sum(BRAND in (p["title"] or "") for p in data["pages"]) > 40
    html = render_html(data, tmp_path / "report.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    shown = [t.get_text() for t in soup.select("#paths .page-title")]
    assert shown and not any(BRAND in t for t in shown)
    pages = json.loads(soup.find("script", id="report-data").string)["pages"]
    titles = {row[0]: row[1] for row in pages}
    home = data["crawl"]["start_url"]
    assert titles[home] == "Specialty coffee roasted in Bristol"
    assert not any(t and t.endswith(BRAND) for t in titles.values())
    # the data keeps the true title
    assert next(p["title"] for p in data["pages"] if p["url"] == home).endswith(" · " + BRAND)
