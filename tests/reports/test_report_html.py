"""The HTML report's structure, read with BeautifulSoup: sections, escaping, embedded data."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

from core.model import AuditResult
from core.vocab import SEVERITIES, STAGES
from reports import Branding, render_html, render_html_string
from reports.html import as_dict, css_string, inline_code, script_json
from reports.view import AuditDataError, build_view
from tests.reports.samples import (
    HOSTILE_ANCHOR,
    HOSTILE_TITLE,
    SITE,
    large_audit,
)

# The placeholder CTA of TP203 on /workshops/, its text planted hostile (samples.py).
HOSTILE_ELEMENT = f'CTA #1 "{HOSTILE_ANCHOR}"'
SECTIONS = [
    "executive",
    "summary",
    "funnel",
    "journey",
    "paths",
    "graph",
    "findings",
    "pages",
    "crawl",
]


@pytest.fixture
def soup(report_file: Path) -> BeautifulSoup:
    return BeautifulSoup(report_file.read_text(encoding="utf-8"), "html.parser")


def embedded(soup: BeautifulSoup) -> dict[str, Any]:
    return json.loads(soup.find("script", id="report-data").string)


def test_every_section_in_order(soup: BeautifulSoup) -> None:
    assert [s["id"] for s in soup.select("main > section")] == SECTIONS
    assert [a["href"] for a in soup.select("nav.toc a")] == [f"#{s}" for s in SECTIONS]


def test_self_contained(soup: BeautifulSoup) -> None:
    """No external resource: every src/href is inline data or an in-page anchor."""
    for tag in soup.find_all(src=True):
        assert tag["src"].startswith("data:"), tag
    for tag in soup.find_all(href=True):
        assert tag["href"].startswith("#"), tag
    assert not soup.find("link")
    scripts = soup.find_all("script")
    assert all(not s.get("src") for s in scripts)
    assert [s.get("type") for s in scripts] == ["application/json", None]


def test_hostile_title_and_anchor_are_text(report_file: Path, soup: BeautifulSoup) -> None:
    html = report_file.read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html
    assert not soup.find("img", src="x")
    assert len(soup.find_all("script")) == 2
    steps = [q.get_text() for q in soup.select("#paths q")]
    assert HOSTILE_ANCHOR in steps
    elements = [c.get_text() for c in soup.select("#check-TP203 code.element")]
    assert HOSTILE_ELEMENT in elements


def test_embedded_json_escapes_angle_brackets(soup: BeautifulSoup) -> None:
    raw = soup.find("script", id="report-data").string
    assert "<" not in raw and ">" not in raw
    data = embedded(soup)
    titles = [row[1] for row in data["pages"]]
    assert HOSTILE_TITLE in titles
    assert any(f[2] == HOSTILE_ELEMENT for f in data["findings"])


def test_pages_are_flagged_broken_by_the_audit_definition(audit_result: AuditResult) -> None:
    """The pages table marks and filters broken pages by ``is_broken``: a robots.txt block
    was never fetched, so it is not broken; no response at all is."""
    blocked, unreachable = audit_result.pages[1], audit_result.pages[2]
    blocked.status, blocked.error = None, "robots.txt disallows this URL"
    unreachable.status, unreachable.error = None, "TimeoutError: took longer than 30 seconds"
    soup = BeautifulSoup(render_html_string(audit_result), "html.parser")
    broken = {row[0] for row in embedded(soup)["pages"] if row[11]}
    assert broken == {unreachable.url, next(p.url for p in audit_result.pages if p.status == 404)}


def test_script_json_cannot_close_the_script() -> None:
    text = script_json({"t": "</script><script>alert(1)</script>\u2028&"})
    assert "</" not in text and "\u2028" not in text and "&" not in text
    assert json.loads(text) == {"t": "</script><script>alert(1)</script>\u2028&"}


def test_css_string_escapes_everything_but_letters() -> None:
    assert css_string('Acme"; } body { display:none') == (
        '"Acme\\22 \\3b  \\7d  body \\7b  display\\3a none"'
    )
    assert "</style>" not in css_string("</style>")


def test_backticks_in_check_docs_become_code_and_nothing_else_is_markup() -> None:
    assert inline_code('Use `method="post"` and an `https://` action') == (
        "Use <code>method=&#34;post&#34;</code> and an <code>https://</code> action"
    )
    hostile = inline_code("`<script>alert(1)</script>` <b>x</b>")
    assert hostile == "<code>&lt;script&gt;alert(1)&lt;/script&gt;</code> &lt;b&gt;x&lt;/b&gt;"


def test_css_string_keeps_the_space_after_an_escape() -> None:
    """CSS reads one whitespace after a hex escape as part of it: each escape ends with its
    own space, so the value's spaces survive ("Acme &Co ·Customer" was printed)."""
    assert css_string("Acme & Co · Customer journey audit") == (
        '"Acme \\26  Co \\b7  Customer journey audit"'
    )
    assert css_string("Q&1a é") == '"Q\\26 1a \\e9 "'  # "1a" is text, not more hex


def test_summary_scores_and_top_problems(soup: BeautifulSoup) -> None:
    summary = soup.find(id="summary")
    rings = summary.select("figure.ring")
    assert rings[0]["aria-label"] == "Overall journey score: 85 out of 100"
    assert len(rings) == 7  # overall + six categories
    assert "band-fair" in summary.find(attrs={"aria-label": "Forms: 70 out of 100"})["class"]
    assert "band-good" in summary.find(attrs={"aria-label": "Touchpoints: 94 out of 100"})["class"]
    assert "Not scored" not in summary.get_text(" ")
    problems = [li.select_one(".tp-head a").get_text() for li in summary.select(".top-problems li")]
    # errors first: the broken link on the way to the shop, the insecure login form
    assert problems[:2] == [
        "Broken internal link", "Form sends a password or card number insecurely"
    ]  # fmt: skip
    assert len(problems) == 5
    counts = {li["class"][1]: li.strong.get_text() for li in summary.select(".sevcount")}
    assert counts == {"sevcount-error": "2", "sevcount-warning": "13", "sevcount-notice": "1"}


def test_a_poor_score_and_a_category_not_scored(audit_data: dict[str, Any]) -> None:
    """Edited scores: a poor category gets the poor band; one where nothing applied (None)
    gets no ring and is named in the note."""
    audit_data["scores"]["categories"].update(paths=42, crawl=None)
    summary = BeautifulSoup(render_html_string(audit_data), "html.parser").find(id="summary")
    assert len(summary.select("figure.ring")) == 6  # overall + five scored categories
    assert "band-poor" in summary.find(attrs={"aria-label": "Paths: 42 out of 100"})["class"]
    assert "Not scored, as nothing there applied to this site: Crawl." in summary.get_text(" ")


def top_problems(html: str) -> list[tuple[str, str]]:
    """(code, severity) of each problem in the summary, in the order shown."""
    items = BeautifulSoup(html, "html.parser").select("#summary .top-problems li")
    return [(li.select_one(".code").get_text(), li.select_one(".sev").get_text()) for li in items]


def test_top_problems_are_ranked_by_severity_first(audit_result: AuditResult) -> None:
    """The caption says "Ranked by severity": a warning on many decision pages still
    ranks below an error on one awareness page."""
    cart, beans = SITE + "/cart/", SITE + "/shop/house-espresso/"
    audit_result.findings += [
        replace(f, url=url, id="")
        for f in audit_result.findings if f.code == "TP201"
        for url in (cart, beans, SITE + "/workshops/book/", SITE + "/subscribe/")
    ]  # fmt: skip
    html = render_html_string(audit_result)
    assert "Ranked by severity (errors first)" in html
    ranked = top_problems(html)
    assert [sev for _, sev in ranked] == sorted((sev for _, sev in ranked), key=SEVERITIES.index)
    assert ranked[:3] == [("TP102", "error"), ("TP403", "error"), ("TP201", "warning")]


def test_a_broken_link_weighs_as_the_pages_linking_to_it(audit_result: AuditResult) -> None:
    """A broken target is never classified (stage "none"): its finding counts on the stage
    of the pages that link to it, from its ``linked_from`` evidence, as on the journey map."""
    missing, cart = SITE + "/shop/colombia-el-paraiso/", SITE + "/cart/"
    assert next(p for p in audit_result.pages if p.url == missing).stage == "none"
    broken = next(f for f in audit_result.findings if f.code == "TP102")
    assert broken.url == missing and broken.evidence["linked_from"]  # as the product writes it
    # linked from the cart (a decision page) instead, and the other error check gone
    broken.evidence = {**broken.evidence, "linked_from": [cart], "linking_pages": 1}
    audit_result.findings = [f for f in audit_result.findings if f.code != "TP403"]
    context, _ = build_view(as_dict(audit_result), Branding())
    first = context["top_problems"][0]
    assert (first["code"], first["stages"], first["reach"]) == ("TP102", ["decision"], 3.0)
    assert top_problems(render_html_string(audit_result))[0] == ("TP102", "error")


def test_untrusted_linked_from_is_ignored(audit_result: AuditResult) -> None:
    broken = next(f for f in audit_result.findings if f.code == "TP102")
    broken.evidence = {"linked_from": "/cart/"}
    context, _ = build_view(as_dict(audit_result), Branding())
    assert next(c for c in context["checks"] if c["code"] == "TP102")["stages"] == ["none"]


def test_the_values_checked_are_the_schemas() -> None:
    path = Path(__file__).parents[2] / "core/schema/audit.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    assert tuple(schema["$defs"]["stage"]["enum"]) == STAGES
    assert tuple(schema["$defs"]["severity"]["enum"]) == SEVERITIES


@pytest.mark.parametrize(
    ("tamper", "message"),
    [
        (
            lambda d: d["pages"][3].update(stage="checkout"),
            f"invalid audit.json: page '{SITE}/account/register/' has stage "
            "'checkout'; expected one of awareness, consideration, decision, retention, "
            "advocacy, none",
        ),
        (lambda d: d["pages"][0].update(stage=["decision"]), "has stage ['decision']"),
        (lambda d: d["pages"][0].update(status="200"), "has status '200'; expected an HTTP"),
        (
            lambda d: d["checks"][0].update(severity="critical"),
            "invalid audit.json: check 'TP101' has severity 'critical'; expected one of error, "
            "warning, notice",
        ),
        (
            lambda d: d["findings"][0].update(severity="fatal\n"),
            f"'TP101' finding on '{SITE}/lp/spring-subscription/' has severity 'fatal\\n'",
        ),
        (
            lambda d: d["stage_flow"].update(stages_without_way_forward=["loyalty"]),
            "stage_flow.stages_without_way_forward has stage 'loyalty'",
        ),
        (lambda d: d["pages"][0].update(url="x" * 500, stage=None), "has stage None"),
    ],
)
def test_a_tampered_audit_is_one_clear_error(
    audit_data: dict[str, Any], tamper: Any, message: str
) -> None:
    """audit.json is untrusted: a value the view looks things up by is checked first."""
    tamper(audit_data)
    with pytest.raises(AuditDataError) as raised:
        render_html_string(audit_data)
    assert message in str(raised.value)
    assert isinstance(raised.value, ValueError)  # what `touchpoint report` makes one line of
    assert "\n" not in str(raised.value) and len(str(raised.value)) < 300


def test_funnel_stage_counts_sankey_and_dead_stages(soup: BeautifulSoup) -> None:
    funnel = soup.find(id="funnel")
    bars = {r.select_one(".bar-label").get_text(): r.select_one(".bar-value").get_text()
            for r in funnel.select(".bar-row")}  # fmt: skip
    assert bars == {"Awareness": "9", "Consideration": "11", "Decision": "18",
                    "Retention": "4", "Advocacy": "2", "Utility": "5"}  # fmt: skip
    sankey = funnel.find("svg", id="sankey")
    assert len(sankey.select("path.sankey-link")) == 36  # every stage links to every stage
    assert "Awareness → Consideration: 68 links" in [t.get_text() for t in sankey.find_all("title")]
    assert funnel.select(".callout-bad") == []  # every stage of the demo leads on


def test_a_stage_without_a_way_forward_is_called_out(audit_data: dict[str, Any]) -> None:
    audit_data["stage_flow"]["stages_without_way_forward"] = ["retention"]
    funnel = BeautifulSoup(render_html_string(audit_data), "html.parser").find(id="funnel")
    assert [li.strong.get_text() for li in funnel.select(".callout-bad")] == ["Retention"]


def test_journey_map_and_worksheet(soup: BeautifulSoup) -> None:
    journey = soup.find(id="journey")
    heads = [th.get_text() for th in journey.select(".journey-map thead th")][1:]
    assert heads == ["Awareness", "Consideration", "Decision", "Retention", "Advocacy"]
    columns = journey.select(".worksheet > li")
    assert [c["data-column"] for c in columns] == ["connect", "first_action", "drivers", "purchase"]
    assert ["ws-empty" in c["class"] for c in columns] == [False, False, False, False]
    opportunities = journey.select(".opportunities td")
    # the broken link and the redirect chain are linked from awareness pages (the journal)
    assert [a.get_text(" ", strip=True) for a in opportunities[0].select("a")] == [
        "Broken internal link 1", "Internal link goes through a redirect chain 1"
    ]  # fmt: skip


def test_worksheet_names_the_gap_of_an_empty_column(audit_data: dict[str, Any]) -> None:
    """The purchase column emptied, with the gap ``audit/journey.py`` names for it."""
    gap = "No conversion page or purchase CTA was found."
    column = audit_data["worksheet"]["columns"][3]
    assert column["key"] == "purchase"
    column.update(items=[], count=0, gap=gap)
    audit_data["worksheet"]["gaps"] = [gap]
    journey = BeautifulSoup(render_html_string(audit_data), "html.parser").find(id="journey")
    columns = journey.select(".worksheet > li")
    assert ["ws-empty" in c["class"] for c in columns] == [False, False, False, True]
    assert columns[3].select_one(".gap").get_text(" ", strip=True) == f"Gap {gap}"


def test_paths_step_by_step(soup: BeautifulSoup) -> None:
    cards = soup.select("#paths .path-card")
    assert [c.h3.get_text() for c in cards] == ["Checkout"]  # the site name cut
    any_path = cards[0].select_one('[data-via="any"]')
    assert [s.select_one(".page-title").get_text().split(" · ")[0]
            for s in any_path.select(".step")] == [
        "Specialty coffee roasted in Bristol", "Shop", "Single origin",
        "Ethiopia Yirgacheffe, Gedeb", "Your cart", "Checkout",
    ]  # fmt: skip
    assert [q.get_text() for q in any_path.select("q")] == [
        "Shop", "Single origin", "Ethiopia Yirgacheffe, Gedeb", "Add to cart", HOSTILE_ANCHOR
    ]  # fmt: skip
    # no path of CTAs only, but reachable: a note, not a red gap
    assert cards[0].select_one('[data-via="cta"] .path-note')
    charts = soup.select("#paths .clicks-chart")
    assert [c["data-chart"] for c in charts] == ["home_to_conversion", "page_to_nearest_conversion"]
    assert charts[1].select(".bar-row")[-1].get_text(" ", strip=True) == "unreachable 1"


def test_findings_grouped_by_check_with_doc(soup: BeautifulSoup) -> None:
    checks = soup.select("#findings article.check")
    assert [c["id"] for c in checks] == [
        "check-TP101", "check-TP102", "check-TP103", "check-TP104", "check-TP105",
        "check-TP201", "check-TP202", "check-TP203", "check-TP302", "check-TP401",
        "check-TP402", "check-TP403", "check-TP501",
    ]  # fmt: skip
    dead_ends = soup.find(id="check-TP101")
    assert dead_ends.select_one(".check-count").get_text() == "3"
    doc = dead_ends.select_one("details.doc")
    assert [s.get_text() for s in doc.select("p strong")] == [
        "What it checks:", "Why it matters:", "How to fix:"
    ]  # fmt: skip
    assert "Options" not in doc.get_text()
    assert (
        "11 checks found nothing" in soup.select_one("#findings details.passed summary").get_text()
    )


def test_branding_on_cover_and_print_header(soup: BeautifulSoup, logo_file: Path) -> None:
    cover = soup.select_one("header.cover")
    assert cover.h1.get_text() == "Acme Coffee Ltd"
    assert cover.select_one(".consultant").get_text() == "Northwind Consulting"
    assert cover.select_one("img.logo")["src"].startswith("data:image/png;base64,")
    style = soup.find("style").string
    assert '@top-left { content: "Prepared by Northwind Consulting"' in style


def test_without_branding_the_site_is_the_title(audit_result: AuditResult) -> None:
    soup = BeautifulSoup(render_html_string(audit_result), "html.parser")
    # The name the site's own titles share, else its host.
    assert soup.select_one("header.cover h1").get_text() == "Kettle & Crane Coffee Roasters"
    untitled = audit_result.to_dict()
    untitled["pages"] = [{**page, "title": None} for page in untitled["pages"]]
    bare = BeautifulSoup(render_html_string(untitled), "html.parser")
    assert bare.select_one("header.cover h1").get_text() == "demo.touchpoint.test"
    assert not soup.select("header.cover img")
    assert "Prepared by" not in soup.find("style").string


def test_renders_from_the_dataclass_without_links(audit_result: AuditResult) -> None:
    """An audit without links (older audit.json files): the graph shows the clicks of the
    journey paths."""
    links, audit_result.links = audit_result.links, []
    pairs = (zip(p.pages, p.pages[1:], strict=False) for p in audit_result.paths)
    clicks = {pair for path in pairs for pair in path}
    soup = BeautifulSoup(render_html_string(audit_result), "html.parser")
    edges = embedded(soup)["graph"]["edges"]
    assert 0 < len(edges) <= len(clicks) < len(links)


def test_logo_must_be_an_image(tmp_path: Path, audit_result: AuditResult) -> None:
    logo = tmp_path / "logo.txt"
    logo.write_text("not an image")
    with pytest.raises(ValueError, match="not an image"):
        render_html(audit_result, tmp_path / "r.html", Branding(logo=logo))


def test_large_site_gets_the_section_graph(tmp_path: Path) -> None:
    soup = BeautifulSoup(render_html_string(large_audit(2500)), "html.parser")
    graph = embedded(soup)["graph"]
    assert graph["mode"] == "sections"
    assert soup.find(id="graph-canvas")["data-mode"] == "sections"
    sections = {node[3] for node in graph["nodes"]}
    assert {"/", "/blog", "/product"} <= sections
    assert sum(node[4] for node in graph["nodes"]) == 2500
