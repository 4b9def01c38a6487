"""The pure diff: identity matching, consequences not repeated, count fallback, HTML escaping."""

from __future__ import annotations

import json
import random
from collections import Counter

from bs4 import BeautifulSoup

from core.model import AuditResult
from regression.diff import FormShape, PageDetail, diff_audits
from reports.diff_html import render_diff_string
from tests.regress.builders import SITE, audit, changed, finding, home_path, page


def test_an_unchanged_site_diffs_empty_even_reordered_and_round_tripped() -> None:
    base = audit()
    new = AuditResult.from_dict(json.loads(json.dumps(changed(base).to_dict())))
    random.Random(7).shuffle(new.pages)
    new.findings.reverse()
    new.paths.reverse()
    diff = diff_audits(base, new)
    assert diff.empty, diff.to_dict()
    assert diff.regressions() == []
    assert set(diff.counts().values()) == {0}


def test_findings_match_by_check_and_url_not_by_position_or_element_number() -> None:
    base = audit()
    new = changed(base)
    # same problem, renumbered element: not a change
    new.findings[1] = finding("form-unlabelled-field", "/checkout", "form #1 field #3")
    new.findings.insert(0, finding("broken-link", "/old", severity="error"))  # new
    del new.findings[1]  # missing-cta on /blog/ is fixed
    diff = diff_audits(base, new)
    assert [(f.change, f.check, f.url) for f in diff.findings] == [
        ("new", "broken-link", SITE + "/old"),
        ("fixed", "missing-cta", SITE + "/blog/"),
    ]
    assert [f.url for f in diff.new_findings("error")] == [SITE + "/old"]


def test_a_second_finding_of_a_check_on_a_page_is_new() -> None:
    base = audit()
    new = changed(base)
    new.findings.append(finding("form-unlabelled-field", "/checkout", "form #1 field #4"))
    diff = diff_audits(base, new)
    assert [(f.change, f.element) for f in diff.findings] == [("new", "form #1 field #4")]


def test_paths_longer_broken_restored_and_consequences_of_new_pages_left_out() -> None:
    base = audit()
    base.paths.append(home_path("/signup", None))
    base.pages.append(page("/signup", stage="decision", action="signup", is_conversion=True))
    new = changed(base)
    new.paths = [home_path("/checkout", 4), home_path("/checkout", None, "cta")]
    new.paths.append(home_path("/signup", 2))
    new.pages.append(page("/book", stage="decision", action="book_call", is_conversion=True))
    new.paths.append(home_path("/book", 1))  # appears with its page: not a path change
    diff = diff_audits(base, new)
    assert [(p.target, p.via, p.before, p.after, p.change) for p in diff.paths] == [
        (SITE + "/checkout", "any", 3, 4, "longer"),
        (SITE + "/signup", "any", None, 2, "restored"),
        (SITE + "/checkout", "cta", 3, None, "broken"),
    ]
    assert [p.url for p in diff.pages_added] == [SITE + "/book"]
    assert {p.direction for p in diff.paths} == {"worse", "better"}


def test_a_page_that_broke_reports_its_status_not_the_fallout() -> None:
    base = audit()
    new = changed(base)
    blog = new.pages[4]
    blog.status, blog.stage, blog.action, blog.ctas = 404, "none", "none", 0
    new.findings = [f for f in new.findings if f.url != blog.url]  # its findings went with it
    diff = diff_audits(base, new)
    assert [(c.field, c.before, c.after, c.direction) for c in diff.page_changes] == [
        ("status", 200, 404, "worse")
    ]
    assert diff.findings == [] and diff.ctas == []
    assert diff.regressions() == ["status of /blog/: 200 -> 404"]


ROBOTS = "robots.txt disallows this URL"


def test_a_robots_blocked_page_is_not_broken_and_its_fallout_is_not_repeated() -> None:
    base = audit()
    new = changed(base)
    blog, shop = new.pages[4], new.pages[1]
    blog.status, blog.error, blog.stage, blog.action, blog.ctas = None, ROBOTS, "none", "none", 0
    shop.status, shop.error = None, "TimeoutError: took longer than 30 seconds"
    new.findings = [f for f in new.findings if f.url != blog.url]  # not read, not fixed
    new.pages += [page("/private/", status=None, error=ROBOTS), page("/gone", status=None)]
    diff = diff_audits(base, new)
    assert [(c.url, c.before, c.after, c.direction) for c in diff.page_changes] == [
        (SITE + "/blog/", 200, None, "neutral"),
        (SITE + "/shop/", 200, None, "worse"),
    ]
    assert diff.findings == [] and diff.ctas == []
    assert diff.regressions() == ["status of /shop/: 200 -> not fetched"]
    assert [(p.url, p.broken) for p in diff.pages_added] == [
        (SITE + "/gone", True),
        (SITE + "/private/", False),
    ]
    added = BeautifulSoup(render_diff_string(diff), "html.parser").select("#pages table")[0]
    cells = [row.find_all("td")[1] for row in added.select("tbody tr")]
    assert [(c.get_text(), c.get("class")) for c in cells] == [
        ("no response", ["status-bad"]),
        ("not fetched", None),
    ]


def test_cta_and_form_detail_name_what_changed() -> None:
    base, new = audit(), audit()
    url = SITE + "/checkout"
    form = FormShape(url, "post", ("name", "email"), ("email",))
    grown = FormShape(url, "post", ("name", "email", "phone"), ("email", "phone"))
    before = {url: PageDetail(Counter({("Pay now", url): 1, ("Help", SITE + "/faq"): 1}), [form])}
    after = {url: PageDetail(Counter({("Pay now", url): 1}), [grown])}
    diff = diff_audits(base, new, before, after)
    assert [(c.change, c.text, c.target) for c in diff.ctas] == [("lost", "Help", SITE + "/faq")]
    [change] = diff.forms
    assert (change.change, change.required_added, change.fields_added) == (
        "changed",
        ["phone"],
        ["phone"],
    )
    assert "form changed on /checkout: POST /checkout; now requires phone" in " ".join(
        diff.regressions()
    )


def test_without_detail_cta_and_form_counts_are_compared() -> None:
    base = audit()
    new = changed(base)
    new.pages[1].ctas = 3
    new.pages[3].forms = 0
    diff = diff_audits(base, new)
    assert not diff.details
    assert [(c.url, c.change, c.text, c.count) for c in diff.ctas] == [
        (SITE + "/shop/", "added", None, 2)
    ]
    assert [(f.url, f.change, f.count) for f in diff.forms] == [(SITE + "/checkout", "lost", 1)]


def test_the_html_diff_escapes_what_the_site_wrote() -> None:
    base, new = audit(), audit()
    hostile = "<script>alert(1)</script>"
    url = SITE + "/checkout"
    before = {url: PageDetail(Counter({(hostile, url): 1}))}
    html = render_diff_string(diff_audits(base, new, before, {}))
    assert hostile not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script" not in html.lower()
    assert "What got worse" in html and "shop.example" in html
