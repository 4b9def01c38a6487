"""Issue 14, the report items a client reads: top problems say where, a path that needs a
menu click is not a red gap, every stage is explained, URLs break only at their
separators, and print shows each finding once, a sitewide problem as one row.

Each test renders the golden demo audit (``tests/reports/samples.py``) with
``render_html_string`` and reads the HTML back with BeautifulSoup.
"""

from __future__ import annotations

import copy
from typing import Any

from bs4 import BeautifulSoup, Tag

from reports.html import render_html_string, url_breaks
from tests.reports.samples import HOSTILE_PAGE, HOSTILE_TITLE, golden_data, hostile_data

SITE = "http://demo.touchpoint.test"


def _soup(data: dict[str, Any]) -> BeautifulSoup:
    return BeautifulSoup(render_html_string(data), "html.parser")


def _section(soup: BeautifulSoup, name: str) -> Tag:
    section = soup.find("section", id=name)
    assert isinstance(section, Tag)
    return section


def _text(tag: Tag) -> str:
    return " ".join(tag.get_text(" ").split())


# 1. Top problems name their worst places


def test_top_problems_name_their_worst_places() -> None:
    data = golden_data()
    items = _section(_soup(data), "summary").select("ol.top-problems > li")
    assert items
    found: dict[str, list[str]] = {}
    for finding in data["findings"]:
        found.setdefault(finding["code"], []).append(finding["url"])
    for item in items:
        code = item.select_one(".code")
        assert code is not None
        places = item.select(".tp-places .page-ref .url")
        assert 1 <= len(places) <= 3, _text(item)
        paths = [p.get_text("").strip() for p in places]
        urls = [SITE + path if path.startswith("/") else path for path in paths]
        assert set(urls) <= set(found[code.get_text()])


def test_top_problem_places_are_escaped() -> None:
    data = hostile_data()
    html = render_html_string(data)
    summary = _section(BeautifulSoup(html, "html.parser"), "summary")
    places = [li.get_text("") for li in summary.select(".tp-places .tp-place")]
    assert any(HOSTILE_TITLE in place and "/reviews/" in place for place in places), places
    assert summary.find("script") is None
    assert HOSTILE_PAGE.startswith(SITE)


# 2. A path that needs a menu click is reachable, not a gap


def test_cta_column_says_reachable_without_a_cta() -> None:
    paths = _section(_soup(golden_data()), "paths")
    checkout = next(
        card for card in paths.select("article.path-card") if "/checkout/" in card.get_text("")
    )
    cta = checkout.select_one('[data-via="cta"]')
    assert cta is not None
    assert "reachable, but no call to action leads there" in _text(cta)
    assert "No path of this kind" not in _text(cta)
    assert cta.select(".gap-badge") == []
    assert cta.select(".path-note") != []


def test_truly_unreachable_page_keeps_its_red_gap() -> None:
    data = golden_data()
    target = SITE + "/checkout/"
    for path in data["paths"]:
        if path["origin"] == "home" and path["target"] == target:
            path.update(clicks=None, pages=[], links=[])
    paths = _section(_soup(data), "paths")
    checkout = next(
        card for card in paths.select("article.path-card") if target in card.get_text("")
    )
    for via in ("any", "cta"):
        column = checkout.select_one(f'[data-via="{via}"]')
        assert column is not None
        assert column.select(".gap-badge"), via
        assert "No path reaches this page" in _text(column)


# 3. Every stage explained where it appears


def test_every_stage_explained_in_map_and_pages_table() -> None:
    soup = _soup(golden_data())
    for section in ("journey", "pages"):
        legend = _section(soup, section).select_one("dl.stage-legend")
        assert legend is not None, section
        terms = [_text(dt) for dt in legend.select("dt")]
        meanings = [_text(dd) for dd in legend.select("dd")]
        assert {"Awareness", "Consideration", "Decision", "Retention", "Advocacy"} <= set(terms)
        assert all(len(m) > 20 for m in meanings)
    pages_legend = _section(soup, "pages").select_one("dl.stage-legend")
    assert pages_legend is not None and "Utility" in _text(pages_legend)


def test_renamed_stages_are_explained_under_their_own_names() -> None:
    data = golden_data()
    data["model"]["stage_labels"] = {**data["model"]["stage_labels"], "awareness": "attract"}
    legend = _section(_soup(data), "journey").select_one("dl.stage-legend")
    assert legend is not None and "Attract" in [_text(dt) for dt in legend.select("dt")]


# 4. URLs break only at / ? & = -


def test_url_breaks_only_after_separators() -> None:
    html = str(url_breaks("/shop/single-origin/?q=a&b=<x>"))
    assert html == "/shop/<wbr>single-<wbr>origin/<wbr>?q=<wbr>a&amp;<wbr>b=<wbr>&lt;x&gt;"
    assert str(url_breaks("http://x.test/a")) == "http://x.test/<wbr>a"
    assert str(url_breaks("/product/item-669")) == "/product/<wbr>item-<wbr>669"


def test_report_urls_carry_break_points() -> None:
    soup = _soup(hostile_data())
    urls = soup.select("section .url")
    assert urls
    assert any(u.find("wbr") for u in urls)
    assert all("<script>" not in str(u) for u in urls)
    assert soup.find("style") is not None
    css = soup.find("style").get_text()  # type: ignore[union-attr]
    assert ".url:has(wbr) { overflow-wrap: normal; }" in css


# 5. Findings once in print; a sitewide problem is one row with its reach


def _sitewide(data: dict[str, Any], pages: int) -> dict[str, Any]:
    """The demo with TP101's dead end repeated on ``pages`` blog posts of one template."""
    data = copy.deepcopy(data)
    template = next(f for f in data["findings"] if f["code"] == "TP101")
    for i in range(pages):
        url = f"{SITE}/journal/post-{i}/"
        data["pages"].append({**data["pages"][1], "url": url, "title": f"Post {i}"})
        detail = f"Its only ways on are {20 + i % 3} site-template links."
        data["findings"].append({**template, "url": url, "detail": detail})
    return data


def test_sitewide_problem_is_one_row_with_its_reach() -> None:
    check = _section(_soup(_sitewide(golden_data(), 23)), "findings").select_one("#check-TP101")
    assert check is not None
    rows = check.select("ul.affected > li")
    # the demo's two template dead ends and the 23 posts: one row; the empty page: its own
    assert len(rows) == 2
    text = _text(rows[0])
    assert "on 25 pages" in text and "e.g." in text and rows[0].get("data-reach") == "25"
    assert "/terms/" in rows[0].get_text("")
    assert "Its only ways on are 20-29 site-template links." in text  # each page's number
    assert "It has no links" in _text(rows[1])


def test_print_shows_each_finding_once() -> None:
    data = _sitewide(golden_data(), 23)
    soup = _soup(data)
    findings = _section(soup, "findings")
    table = findings.select_one("#findings-table")
    assert table is not None
    wrapper = table.find_parent(class_="no-print")
    assert wrapper is not None  # the interactive table stays on screen only
    rows = [li for c in findings.select("article.check") for li in c.select("ul.affected > li")]
    assert sum(int(str(li.get("data-reach", "1"))) for li in rows) == len(data["findings"])
    assert len(rows) < len(data["findings"])  # the 25 template dead ends: one row
