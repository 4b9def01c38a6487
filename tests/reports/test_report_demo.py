"""The report of a real audit: the bundled demo site crawled, classified and audited.

The fixture AuditResult pins the shapes the report reads; this test proves they are
the shapes ``audit.run_audit`` writes, and that the result opens cleanly in Chromium.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from audit.runner import run_audit
from rules import classify_crawl, load_pack
from store.crawls import Store
from store.inputs import load_input
from tests.conftest import crawl_site
from tests.reports.conftest import OpenedReport
from touchpoint.commands.report import report
from touchpoint.demo import serve_demo

pytestmark = pytest.mark.browser
FIRST_CRAWL = 1  # the id of the only crawl in a fresh store


@pytest.fixture(scope="module")
def demo_audit_json(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    with serve_demo() as server:  # crawled in a subprocess: one Scrapy reactor per crawl
        crawl_site(server.base_url, folder / "demo.db")
    store = Store.open(folder / "demo.db")
    classify_crawl(store, FIRST_CRAWL, load_pack())
    return run_audit(load_input(store, FIRST_CRAWL)).save(folder / "audit.json")


def test_demo_report_renders_every_section(
    demo_audit_json: Path, tmp_path: Path, open_report: Callable[[Path], OpenedReport]
) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(report, [str(demo_audit_json), "-o", str(out)])
    assert result.exit_code == 0, result.output
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    problems = [
        (li.select_one(".code").get_text(), li.select_one(".sev").get_text())
        for li in soup.select("#summary .top-problems li")
    ]
    # the demo's one broken link (linked from the blog) is an error: ranked with the errors
    severities = [sev for _, sev in problems]
    assert severities == sorted(severities, key=["error", "warning", "notice"].index)
    assert ("TP102", "error") in problems
    assert soup.select("#funnel #sankey path.sankey-link")
    assert len(soup.select("#journey .worksheet > li")) == 4
    # one line per channel, with how many pages carry it (the footer's phone: every page)
    connect = soup.select('#journey .worksheet > li[data-column="connect"] .ws-items > li')
    phone = next(li for li in connect if li.strong.get_text().startswith("Phone"))
    assert phone.find(string=lambda t: t.startswith("on ") and t.endswith(" pages"))
    goals = soup.select_one("#summary .site-goals").get_text(" ", strip=True)
    assert goals.startswith("Goals. This site sells with its own checkout")
    # verdicts the rules were unsure of can be listed for review
    assert soup.select_one('#pages select[data-filter="health"] option[value="review"]')
    assert soup.select("#paths .path-card .step")
    assert soup.select("#findings article.check")
    assert [th.get_text() for th in soup.select("#journey .journey-map thead th")][1] == "Awareness"
    opened = open_report(out)
    assert opened.console == [] and opened.requests == [out.as_uri()] and opened.dialogs == []
    assert opened.page.locator("#pages-table tbody tr").count() > 20
    assert opened.page.locator("#graph .jv-node.jv-route").count() >= 3  # home to checkout
    opened.page.click("#graph .jv-show")  # the full graph is drawn on demand
    assert (
        opened.page.evaluate(
            "(() => { const c = document.getElementById('graph-canvas');"
            " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
            " let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++; return n; })()"
        )
        > 1000
    )
