"""Issue 14: the executive page first (score, the three facts behind it, the top fixes,
before and after against a baseline), and page titles without the site's name.

The data is checked on the golden demo audit and on small hand-made dicts; one real
Chromium print shows the page after the cover holds the score, the goals and the fixes,
and that the executive page is one A4 page."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

from core.model import AuditResult
from core.text import goals_sentence
from regression.diff import diff_audits
from reports import Branding, render_html_string
from reports.executive import before_after, executive_page, first_sentence, score_facts
from reports.titles import title_cutter
from reports.view import build_view
from tests.reports.pdf_text import pdf_text
from tests.reports.samples import HOSTILE_TITLE, golden_data

SITE = "http://demo.touchpoint.test"
BRAND = "Kettle & Crane"


@pytest.fixture(scope="module")
def demo() -> dict[str, Any]:
    """The golden demo audit's view, built once."""
    data = golden_data()
    context, payload = build_view(data, Branding())
    return {"data": data, "context": context, "payload": payload}


# -- the executive data --------------------------------------------------------------------


def test_score_and_the_three_facts_behind_it(demo: dict[str, Any]) -> None:
    ex = demo["context"]["executive"]
    assert ex["score"] == demo["data"]["scores"]["overall"] == 85
    # the three lowest categories (forms 70, reachability 76, paths 85), each with the
    # failing check that costs it the most points, counted
    facts = ex["facts"]
    assert [(f["category"], f["score"]) for f in facts] == [
        ("Forms", 70), ("Reachability", 76), ("Paths", 85),
    ]  # fmt: skip
    assert [(f["code"], f["points"]) for f in facts] == [
        ("TP403", 20), ("TP102", 11), ("TP302", 15),
    ]  # fmt: skip
    checkout = facts[2]
    assert checkout["url"] == SITE + "/checkout/" and checkout["count"] == 1
    # the numbers stay, the path's URLs (the place is named already) go
    assert checkout["detail"] == "5 clicks from the homepage (threshold 3)"


def test_the_top_fixes_are_the_summary_ranking(demo: dict[str, Any]) -> None:
    fixes = demo["context"]["executive"]["fixes"]
    top = demo["context"]["top_problems"]
    assert [f["code"] for f in fixes] == [c["code"] for c in top] and len(fixes) == 5
    first = fixes[0]
    assert first["code"] == "TP102" and first["severity"] == "error"
    assert first["what"] == (
        "Point the linking pages at a working page, or restore the target, or redirect it"
        " (once) to its closest replacement."
    )
    dead_ends = next(f for f in fixes if f["code"] == "TP101")
    assert dead_ends["pages"] == 3 and len(dead_ends["places"]) == 2  # the worst two named
    # a long first sentence is cut at its first clause, never mid-word
    assert dead_ends["what"] == "End every page with the next step of its stage in its own content."
    assert all(not (p["title"] or "").endswith(BRAND) for f in fixes for p in f["places"])
    assert demo["context"]["executive"]["change"] is None  # no baseline


def test_facts_from_a_small_audit() -> None:
    data = {
        "checks": [
            _check("TP101", "reachability", "warning", count=3, value=12, score=0.5),
            _check("TP103", "reachability", "notice", count=1, value=12, score=0.7),
            _check("TP401", "forms", "error", count=1, value=4, score=0.5),
            _check("TP501", "touchpoints", "warning", status="pass"),
        ],
        "findings": [_finding("TP101", f"/p{i}/", "It has no links.") for i in range(3)]
        + [_finding("TP401", "/contact/", "2 of 5 fields without a label: https://x.test/a")]
        + [_finding("TP103", "/old/", "2 redirects")],
    }
    scores = {"overall": 80, "categories": [
        {"key": "reachability", "label": "Reachability", "score": 91},
        {"key": "forms", "label": "Forms", "score": 80},
        {"key": "touchpoints", "label": "Touchpoints", "score": 100},
        {"key": "crawl", "label": "Crawl", "score": None},
    ]}  # fmt: skip
    facts = score_facts(data, scores)
    assert [(f["category"], f["code"], f["points"]) for f in facts] == [
        ("Forms", "TP401", 20), ("Reachability", "TP101", 8),
    ]  # fmt: skip
    assert facts[0]["detail"] == "2 of 5 fields without a label" and facts[0]["url"] == "/contact/"
    assert (facts[1]["count"], facts[1]["checked"], facts[1]["url"]) == (3, 12, None)
    assert score_facts(data, scores, limit=1) == facts[:1]
    page = executive_page(data, scores, [])
    assert page["fixes"] == [] and page["change"] is None and page["score"] == 80


def _check(
    code: str,
    category: str,
    severity: str,
    count: int = 0,
    value: int | None = None,
    score: float | None = 1.0,
    status: str = "fail",
) -> dict[str, Any]:
    return {"code": code, "slug": code.lower(), "title": f"Check {code}", "severity": severity,
            "category": category, "status": status, "count": count, "value": value,
            "score": score}  # fmt: skip


def _finding(code: str, url: str, detail: str) -> dict[str, Any]:
    return {"code": code, "url": url, "detail": detail}


def test_first_sentence() -> None:
    assert first_sentence("Do this. Then that.", 100) == "Do this."
    assert first_sentence("Do this:\nnot  that; ever.", 100) == "Do this: not that; ever."
    assert first_sentence("Do this: a very long list of things.", 12) == "Do this."
    assert first_sentence("Averyveryverylong sentence without clauses", 20) == "Averyveryverylong…"


# -- before and after ----------------------------------------------------------------------


def _baseline_pair() -> tuple[dict[str, Any], dict[str, Any]]:
    """The demo audit now, and an earlier one: it scored 78, had one dead end more (fixed
    since) and not yet the insecure login form (new since)."""
    new = golden_data()
    base = copy.deepcopy(new)
    base["generated_at"] = "2025-12-02T09:30:00+00:00"
    base["scores"]["overall"] = 78
    base["findings"] = [f for f in base["findings"] if f["code"] != "TP403"]
    gone = dict(base["findings"][0], url=SITE + "/about/", id="f-about")
    base["findings"].append(gone)
    diff = diff_audits(AuditResult.from_dict(base), AuditResult.from_dict(new))
    return new, diff.to_dict()


def test_before_and_after_with_a_baseline() -> None:
    new, comparison = _baseline_pair()
    change = build_view(new, Branding(), comparison)[0]["executive"]["change"]
    assert (change["before"], change["after"], change["delta"]) == (78, 85, 7)
    assert (change["fixed"], change["new"]) == (1, 1)
    assert change["since"] == "2 Dec 2025"
    assert change["fixed_examples"][0]["url"] == SITE + "/about/"
    assert change["new_examples"][0]["code"] == "TP403"
    html = render_html_string(new, Branding(), comparison)
    section = BeautifulSoup(html, "html.parser").select_one("#executive")
    assert section is not None
    text = " ".join(section.get_text(" ").split())
    assert "+7 since 2 Dec 2025" in text and "Since the last audit (2 Dec 2025)" in text
    assert "Score 78 → 85" in text and "1 finding fixed" in text
    # without a baseline, no before and after at all
    plain = BeautifulSoup(render_html_string(new), "html.parser").select_one("#executive")
    assert plain is not None and "Since the last audit" not in plain.get_text()


def test_a_bad_saved_diff_shows_only_what_it_can() -> None:
    change = before_after({
        "base": "nonsense", "new": {"score": True},
        "findings": [{"change": "new", "title": 3, "url": None}, "x",
                     {"change": "new", "title": "Broken link", "url": "/a/"}],
        "caveats": [None, "The rules changed."],
    })  # fmt: skip
    assert change is not None
    assert (change["before"], change["after"], change["delta"], change["since"]) == (
        None, None, None, None,
    )  # fmt: skip
    assert change["new"] == 1 and change["caveats"] == ["The rules changed."]
    assert before_after(None) is None and before_after({}) is None


def test_report_command_reads_the_diff_beside_its_audit(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from touchpoint.cli import cli

    new, comparison = _baseline_pair()
    (tmp_path / "audit.json").write_text(json.dumps(new), encoding="utf-8")
    (tmp_path / "diff.json").write_text(json.dumps(comparison), encoding="utf-8")
    done = CliRunner().invoke(cli, ["report", str(tmp_path), "-o", str(tmp_path / "r.html")])
    assert done.exit_code == 0, done.output
    assert "Since the last audit" in (tmp_path / "r.html").read_text(encoding="utf-8")
    # another run's diff.json is not this audit's: no before and after
    comparison["new"]["generated_at"] = "2020-01-01T00:00:00+00:00"
    (tmp_path / "diff.json").write_text(json.dumps(comparison), encoding="utf-8")
    done = CliRunner().invoke(cli, ["report", str(tmp_path), "-o", str(tmp_path / "r.html")])
    assert done.exit_code == 0, done.output
    assert "Since the last audit" not in (tmp_path / "r.html").read_text(encoding="utf-8")


# -- titles --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("titles", "shown"),
    [
        (["Home · Site", "About · Site", "Site"], ["Home", "About", "Site"]),
        (["Site | Page", "Site | About", "Site | Shop"], ["Page", "About", "Shop"]),
        (["Site", "Site"], ["Site", "Site"]),  # only the site name: it stays
        (["Menu", "About us", "Shop · Bar"], ["Menu", "About us", "Shop · Bar"]),  # none common
        (["Menu · Brand", "About · Brand", None, ""], ["Menu", "About", None, ""]),
        # the name cut short at a word is the site's name too; a longer one is not
        (
            [
                *(f"{page} · Kettle & Crane Coffee" for page in "ABCD"),
                "Offer · Kettle & Crane",
                "Kettle & Crane",
                "Tea · Kettle & Cranes",
            ],
            ["A", "B", "C", "D", "Offer", "Kettle & Crane", "Tea · Kettle & Cranes"],
        ),
        (
            ["Brand - Menu", "Brand - Shop - Beans", "Brand - About"],
            ["Menu", "Shop - Beans", "About"],
        ),
    ],
)
def test_title_cutter(titles: list[str | None], shown: list[str | None]) -> None:
    cut = title_cutter(titles)
    assert [cut(t) for t in titles] == shown


def test_no_page_title_in_the_report_keeps_the_site_name(demo: dict[str, Any]) -> None:
    """Every place a page title reaches the report: pages table and graph data (report.js),
    top problems, findings, paths, worksheet, the executive page."""
    data = demo["data"]
    assert sum(BRAND in (p["title"] or "") for p in data["pages"]) > 40
    html = render_html_string(data)
    soup = BeautifulSoup(html, "html.parser")
    for script in soup.find_all("script"):
        script.decompose()
    visible = soup.get_text(" ")
    assert f"· {BRAND}" not in visible
    payload = json.loads(BeautifulSoup(html, "html.parser").find("script", id="report-data").string)
    assert not any(BRAND in (row[1] or "") for row in payload["pages"])
    worksheet = [e["label"] for c in demo["context"]["worksheet"] for e in c["entries"]]
    assert "About us" in worksheet and "Checkout" in worksheet
    # a title ending in the site's name cut short ("· Kettle & Crane") loses it too
    shown = {" ".join(t.get_text().split()) for t in soup.select(".page-title")}
    assert "Spring offer: 20% off your first subscription bag" in shown


# -- printed -------------------------------------------------------------------------------


@pytest.mark.browser
def test_the_page_after_the_cover_is_the_executive_page(
    chromium: Any, report_file: Path, tmp_path: Path
) -> None:
    """Printed by Chromium as `touchpoint report --pdf` prints: page 2 holds the score, the
    goals sentence and the fixes, first to fifth; page 3 is the summary that follows. With
    a baseline's before and after, the five fixes still fit the page."""
    new, comparison = _baseline_pair()
    compared = tmp_path / "compared.html"
    compared.write_text(render_html_string(new, Branding(), comparison), encoding="utf-8")
    page = chromium.new_page()

    def printed(report: Path, pages: str) -> str:
        page.goto(report.as_uri())
        page.wait_for_load_state("load")
        pdf = page.pdf(format="A4", print_background=True, prefer_css_page_size=True,
                       page_ranges=pages)  # fmt: skip
        return " ".join(pdf_text(pdf).split())

    executive, after = printed(report_file, "2"), printed(report_file, "3")
    with_baseline = printed(compared, "2")
    page.close()
    assert "AT A GLANCE" in executive and "Journey score 85 of 100" in executive
    # the goals sentence whole (the PDF puts a space at each change of font)
    goals = "".join(goals_sentence(golden_data()["goals"]).replace("`", "").split())
    assert goals in executive.replace(" ", "")
    assert "Broken internal link" in executive
    assert "Point the linking pages at a working page" in executive
    assert "Page offers no call to action" in executive  # the fifth fix: nothing spilled over
    assert HOSTILE_TITLE in executive  # a place's title, printed as text
    assert "AT A GLANCE" not in after and "Scores by category" in after
    assert "Since the last audit (2 Dec 2025)" in with_baseline
    assert "Page offers no call to action" in with_baseline
