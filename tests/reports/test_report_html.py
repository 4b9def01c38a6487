"""The HTML report's structure, read with BeautifulSoup: sections, escaping, embedded data."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

from core.model import AuditResult, Finding
from core.vocab import SEVERITIES, STAGES
from reports import Branding, render_html, render_html_string
from reports.html import as_dict, css_string, inline_code, script_json
from reports.view import AuditDataError, build_view
from tests.reports.samples import HOSTILE_ANCHOR, HOSTILE_TITLE, SITE, large_audit

SECTIONS = ["summary", "funnel", "journey", "paths", "graph", "findings", "pages", "crawl"]


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
    elements = [c.get_text() for c in soup.select("#check-TP103 code.element")]
    assert HOSTILE_ANCHOR in elements


def test_embedded_json_escapes_angle_brackets(soup: BeautifulSoup) -> None:
    raw = soup.find("script", id="report-data").string
    assert "<" not in raw and ">" not in raw
    data = embedded(soup)
    titles = [row[1] for row in data["pages"]]
    assert HOSTILE_TITLE in titles
    assert any(f[2] == HOSTILE_ANCHOR for f in data["findings"])


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
    assert rings[0]["aria-label"] == "Overall journey score: 64 out of 100"
    assert len(rings) == 6  # overall + five categories
    assert "band-poor" in summary.find(attrs={"aria-label": "Paths: 42 out of 100"})["class"]
    assert "Not scored, as nothing there applied to this site: Crawl." in summary.get_text(" ")
    problems = [li.select_one(".tp-head a").get_text() for li in summary.select(".top-problems li")]
    # errors on pages near the purchase first
    assert problems[:2] == ["Links to broken pages", "Conversion not reachable by CTAs"]
    assert len(problems) == 5
    counts = {li["class"][1]: li.strong.get_text() for li in summary.select(".sevcount")}
    assert counts == {"sevcount-error": "3", "sevcount-warning": "5", "sevcount-notice": "2"}


def top_problems(html: str) -> list[tuple[str, str]]:
    """(code, severity) of each problem in the summary, in the order shown."""
    items = BeautifulSoup(html, "html.parser").select("#summary .top-problems li")
    return [(li.select_one(".code").get_text(), li.select_one(".sev").get_text()) for li in items]


def test_top_problems_are_ranked_by_severity_first(audit_result: AuditResult) -> None:
    """The caption says "Ranked by severity": a warning on many decision pages still
    ranks below an error on one awareness page."""
    cart, beans = SITE + "/cart", SITE + "/shop/espresso-beans"
    audit_result.findings += [
        replace(f, url=url, id="")
        for f in audit_result.findings if f.code == "TP301"
        for url in (cart, beans, SITE + "/book-a-call")
    ]  # fmt: skip
    html = render_html_string(audit_result)
    assert "Ranked by severity (errors first)" in html
    ranked = top_problems(html)
    assert [sev for _, sev in ranked] == sorted((sev for _, sev in ranked), key=SEVERITIES.index)
    assert ranked[:3] == [("TP103", "error"), ("TP302", "error"), ("TP301", "warning")]


def test_a_broken_link_weighs_as_the_pages_linking_to_it(audit_result: AuditResult) -> None:
    """A broken target is never classified (stage "none"): its finding counts on the stage
    of the pages that link to it, from its ``linked_from`` evidence, as on the journey map."""
    old_offer, cart = SITE + "/old-offer", SITE + "/cart"
    assert next(p for p in audit_result.pages if p.url == old_offer).stage == "none"
    audit_result.findings = [
        f for f in audit_result.findings if f.code not in ("TP103", "TP302")
    ] + [
        Finding(
            check="broken-link", code="TP103", severity="error", url=old_offer,
            title="Links to broken pages", detail="Answers HTTP 404; linked from 1 page(s).",
            evidence={"status": 404, "linked_from": [cart], "linking_pages": 1},
        ),
    ]  # fmt: skip
    context, _ = build_view(as_dict(audit_result), Branding())
    first = context["top_problems"][0]
    assert (first["code"], first["stages"], first["reach"]) == ("TP103", ["decision"], 3.0)
    assert top_problems(render_html_string(audit_result))[0] == ("TP103", "error")


def test_untrusted_linked_from_is_ignored(audit_result: AuditResult) -> None:
    broken = next(f for f in audit_result.findings if f.code == "TP103")
    broken.url, broken.evidence = SITE + "/old-offer", {"linked_from": "/cart"}
    context, _ = build_view(as_dict(audit_result), Branding())
    assert next(c for c in context["checks"] if c["code"] == "TP103")["stages"] == [
        "awareness", "none"
    ]  # fmt: skip


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
            "invalid audit.json: page 'https://acme-coffee.example/blog/unsafe' has stage "
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
            "'TP101' finding on 'https://acme-coffee.example/blog/brewing-guide' has severity "
            "'fatal\\n'",
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
    assert bars == {"Awareness": "4", "Consideration": "4", "Decision": "4",
                    "Retention": "2", "Advocacy": "1", "Utility": "2"}  # fmt: skip
    sankey = funnel.find("svg", id="sankey")
    assert len(sankey.select("path.sankey-link")) == 11
    assert "Awareness → Consideration: 14 links" in [t.get_text() for t in sankey.find_all("title")]
    assert [li.strong.get_text() for li in funnel.select(".callout-bad")] == ["Retention"]


def test_journey_map_and_worksheet_gaps(soup: BeautifulSoup) -> None:
    journey = soup.find(id="journey")
    heads = [th.get_text() for th in journey.select(".journey-map thead th")][1:]
    assert heads == ["Awareness", "Consideration", "Decision", "Retention", "Advocacy"]
    columns = journey.select(".worksheet > li")
    assert [c["data-column"] for c in columns] == ["connect", "first_action", "drivers", "purchase"]
    assert ["ws-empty" in c["class"] for c in columns] == [False, False, False, True]
    assert columns[3].select_one(".gap").get_text(" ", strip=True) == (
        "Gap No conversion page or purchase CTA was found."
    )
    opportunities = journey.select(".opportunities td")
    assert [a.get_text(" ", strip=True) for a in opportunities[0].select("a")] == [
        "Pages that lead nowhere 1", "Links to broken pages 2", "Pages that ask for nothing 1"
    ]  # fmt: skip


def test_paths_step_by_step(soup: BeautifulSoup) -> None:
    cards = soup.select("#paths .path-card")
    assert [c.h3.get_text() for c in cards] == ["Checkout", "Book a tasting call"]
    any_path = cards[0].select_one('[data-via="any"]')
    assert [s.select_one(".page-title").get_text() for s in any_path.select(".step")] == [
        "Acme Coffee Roasters", "Shop all coffee", "Espresso beans, 1 kg", "Your cart", "Checkout"
    ]  # fmt: skip
    assert [q.get_text() for q in any_path.select("q")] == [
        "Shop", "Espresso beans", "Add to cart", "Checkout"
    ]  # fmt: skip
    assert cards[1].select_one('[data-via="cta"] .gap')
    charts = soup.select("#paths .clicks-chart")
    assert [c["data-chart"] for c in charts] == ["home_to_conversion", "page_to_nearest_conversion"]
    assert charts[1].select(".bar-row")[-1].get_text(" ", strip=True) == "unreachable 4"


def test_findings_grouped_by_check_with_doc(soup: BeautifulSoup) -> None:
    checks = soup.select("#findings article.check")
    assert [c["id"] for c in checks] == [
        "check-TP101", "check-TP103", "check-TP201", "check-TP301",
        "check-TP302", "check-TP401", "check-TP501",
    ]  # fmt: skip
    broken = soup.find(id="check-TP103")
    assert broken.select_one(".check-count").get_text() == "2"
    doc = broken.select_one("details.doc")
    assert [s.get_text() for s in doc.select("p strong")] == [
        "What it checks:", "Why it matters:", "How to fix:"
    ]  # fmt: skip
    assert "Options" not in doc.get_text()
    assert (
        "2 checks found nothing" in soup.select_one("#findings details.passed summary").get_text()
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
    assert soup.select_one("header.cover h1").get_text() == "acme-coffee.example"
    assert not soup.select("header.cover img")
    assert "Prepared by" not in soup.find("style").string


def test_renders_from_the_dataclass_without_links(audit_result: AuditResult) -> None:
    """Until the model has links, the graph shows the clicks of the journey paths."""
    soup = BeautifulSoup(render_html_string(audit_result), "html.parser")
    edges = embedded(soup)["graph"]["edges"]
    assert 0 < len(edges) <= 8


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
