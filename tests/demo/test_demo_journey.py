"""``touchpoint demo`` end to end: what the crawl, the rules and the audit make of the demo.

``test_demo_site.py`` proves from raw HTML what the demo site holds; this module runs the
real command once (serve, crawl, classify, audit, report, in its own process) and reads
its store and its audit.json: every planted problem is still found, and the real-site
shapes added for issue 11 are judged as a consultant would: a hero button styled with
utility CSS only, a sitewide footer form, a hosted-cart hand-off and affiliate click-outs.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from sqlalchemy import text

from rules import classify_page, explain_page, load_pack
from store.crawls import Store
from tests.conftest import run_touchpoint

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = yaml.safe_load(
    resources.files("touchpoint.demo").joinpath("problems.yaml").read_text("utf-8")
)
HOME = "/"
GIFT_CARDS = "/gift-cards/"
AFFILIATE_POST = "/blog/kit-we-use-at-home/"
FOOTER_FIELDS = ["email", "question"]  # the "Ask the roastery" form's field names
CONTACT_FORM_PAGES = {"/contact/", "/wholesale/enquiry/"}  # their own contact forms


@dataclass
class DemoRun:
    base: str  # http://127.0.0.1:PORT, no trailing slash
    stdout: str
    audit: dict[str, Any]
    store: Store
    crawl_id: int

    def url(self, path: str) -> str:
        return self.base + path

    def rows(self, sql: str, **params: Any) -> list[dict[str, Any]]:
        with self.store.engine.connect() as conn:
            result = conn.execute(text(sql), {"crawl": self.crawl_id, **params})
            return [dict(row) for row in result.mappings()]

    def verdict(self, path: str) -> dict[str, Any]:
        (row,) = self.rows(
            "SELECT * FROM classifications WHERE crawl_id = :crawl AND page_url = :url",
            url=self.url(path),
        )
        evidence = row["evidence"]
        row["evidence"] = json.loads(evidence) if isinstance(evidence, str) else evidence
        return row

    def ctas(self, path: str) -> list[dict[str, Any]]:
        """The page's stored CTAs with their stored verdicts, in page order."""
        return self.rows(
            "SELECT c.position, c.kind, c.text, c.target_url, c.internal, c.region, c.classes,"
            " k.action, k.prominence, k.template FROM ctas c JOIN cta_classifications k"
            " ON k.crawl_id = c.crawl_id AND k.page_url = c.page_url AND k.position = c.position"
            " WHERE c.crawl_id = :crawl AND c.page_url = :url ORDER BY c.position",
            url=self.url(path),
        )

    def findings(self, check: str | None = None) -> list[tuple[str, str]]:
        """(check, path) of every finding in audit.json."""
        return [
            (f["check"], f["url"].removeprefix(self.base))
            for f in self.audit["findings"]
            if check is None or f["check"] == check
        ]

    def goals(self) -> dict[str, Any]:
        (row,) = self.rows("SELECT goals FROM site_goals WHERE crawl_id = :crawl")
        goals = row["goals"]
        return json.loads(goals) if isinstance(goals, str) else goals


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoRun]:
    out = tmp_path_factory.mktemp("demo") / "out"
    run = run_touchpoint("demo", "-o", str(out), timeout=300, COLUMNS="200")
    assert run.returncode == 0, run.stderr[-3000:]
    found = re.search(r"Serving the demo site at (http://127\.0\.0\.1:\d+)", run.stdout)
    assert found, run.stdout[:2000]
    store = Store.open(out / "touchpoint.db")
    crawl_id = store.latest_crawl_id()
    assert crawl_id is not None
    audit = json.loads((out / "audit.json").read_text("utf-8"))
    try:
        yield DemoRun(found.group(1), run.stdout, audit, store, crawl_id)
    finally:
        store.close()


# --------------------------------------------------------------------------- planted problems


def test_the_command_reports_every_planted_problem_found(demo: DemoRun) -> None:
    table = demo.stdout.split("The demo site's deliberate problems:", 1)[1]
    for problem in MANIFEST["problems"]:
        row = re.search(
            rf"^{re.escape(problem['check'])}\s+{re.escape(problem['url'])}\s+(\w+)\s*$",
            table,
            re.M,
        )
        assert row, f"{problem['check']} {problem['url']} missing from:\n{table}"
        assert row.group(1) == "yes", f"{problem['check']} not found at {problem['url']}"
        assert (problem["check"], problem["url"]) in demo.findings()
    for check in MANIFEST["absent"]:
        assert demo.findings(check) == []


def test_the_additions_raise_no_finding(demo: DemoRun) -> None:
    """The new pages and the footer form are clean: no finding is about them."""
    findings = demo.findings()
    assert [f for f in findings if f[1] in (GIFT_CARDS, AFFILIATE_POST)] == []
    # Hand-offs are not leaks: the only off-site CTA finding is the planted Calendly one.
    assert {path for _, path in demo.findings("off-site-cta")} == {"/wholesale/"}
    # The footer form (labelled, POST, a submit button, 2 fields) trips no form check: form
    # findings stay on the pages whose own forms are the planted problems.
    forms = {path for check, path in findings if check.startswith("form-")}
    assert forms <= {"/wholesale/enquiry/", "/account/login/"}
    # The click-out and the hosted cart are only recorded, never fetched: the crawl stays
    # on the demo's own host.
    pages = demo.rows("SELECT url FROM pages WHERE crawl_id = :crawl")
    assert {urlsplit(r["url"]).netloc for r in pages} == {urlsplit(demo.base).netloc}


# --------------------------------------------------------------------------- hero button


def test_utility_css_hero_link_is_the_homepages_first_cta(demo: DemoRun) -> None:
    first = demo.ctas(HOME)[0]
    assert (first["kind"], first["text"], first["target_url"]) == (
        "link",
        "Shop the collection",
        demo.url("/shop/"),
    )
    assert not re.search(r"btn|button|cta", first["classes"])  # utility classes only
    assert first["region"] == "intro" and not first["template"]  # the hero block after the H1
    assert first["action"] == "browse"


def test_utility_css_hero_link_is_the_homepages_primary_cta(demo: DemoRun) -> None:
    """A strong utility fill (bg-amber-800) looks like the main button; as the content's
    first primary CTA it is the page's dominant ask, ahead of the newsletter box below."""
    ctas = demo.ctas(HOME)
    primary = [c["text"] for c in ctas if c["prominence"] == "primary"]
    assert primary[0] == "Shop the collection"
    assert demo.verdict(HOME)["action"] == "browse"


# --------------------------------------------------------------------------- footer form


def test_footer_form_is_template_on_every_page(demo: DemoRun) -> None:
    rows = demo.rows(
        "SELECT f.page_url, f.fields, f.region, k.purpose, k.template FROM forms f"
        " JOIN form_classifications k ON k.crawl_id = f.crawl_id AND k.page_url = f.page_url"
        " AND k.position = f.position WHERE f.crawl_id = :crawl"
    )
    footer = {}
    for row in rows:
        fields = json.loads(row["fields"]) if isinstance(row["fields"], str) else row["fields"]
        if [f.get("name") for f in fields] == FOOTER_FIELDS:
            footer[row["page_url"].removeprefix(demo.base)] = row
    parsed = {
        r["url"].removeprefix(demo.base)
        for r in demo.rows(
            "SELECT url FROM pages WHERE crawl_id = :crawl AND parsed AND status = 200"
        )
    }
    landing = {p["url"] for p in MANIFEST["problems"] if p["check"] == "dead-end"}
    assert set(footer) == parsed - landing
    for path, row in footer.items():
        assert (row["region"], row["purpose"], bool(row["template"])) == (
            "footer",
            "contact",
            True,
        ), path
    # Its "Send" button is template too, never a page's primary CTA.
    sends = demo.rows(
        "SELECT k.template, k.prominence FROM ctas c JOIN cta_classifications k"
        " ON k.crawl_id = c.crawl_id AND k.page_url = c.page_url AND k.position = c.position"
        " WHERE c.crawl_id = :crawl AND c.text = 'Send' AND c.region = 'footer'"
    )
    assert len(sends) == len(footer)
    assert all(r["template"] and r["prominence"] == "secondary" for r in sends)


def test_footer_form_decides_no_pages_stage_or_action(demo: DemoRun) -> None:
    contact = {
        r["page_url"].removeprefix(demo.base)
        for r in demo.rows(
            "SELECT page_url FROM classifications WHERE crawl_id = :crawl"
            " AND (action = 'contact' OR goal = 'lead-gen')"
        )
    }
    # and the FAQ, whose own "Still stuck? Contact us" button asks (an FAQ's URL names
    # its stage, not its action): none of them by the footer form
    assert contact == CONTACT_FORM_PAGES | {"/faq/"}
    assert not [e for e in demo.verdict("/faq/")["evidence"] if e["signal"] == "form"]
    about = demo.verdict("/about/")
    assert about["stage"] == "awareness" and about["action"] != "contact"
    # The same page judged without the footer form: the same verdict.
    pack = load_pack()
    explained = explain_page(demo.store, demo.crawl_id, demo.url("/about/"), pack)
    assert explained is not None
    record, verdict = explained
    assert (verdict.stage, verdict.action) == (about["stage"], about["action"])
    bare = {
        **record,
        "forms": [f for f in record["forms"] if not f.get("template")],
        "ctas": [c for c in record["ctas"] if not c.get("template")],
    }
    assert len(bare["forms"]) == len(record["forms"]) - 1
    with_form, without = classify_page(record, pack), classify_page(bare, pack)
    assert (with_form.stage, with_form.action) == (without.stage, without.action)


# --------------------------------------------------------------------------- hand-offs


def _offsite(verdict: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in verdict["evidence"] if e["signal"] == "offsite"]


def test_gift_cards_hand_off_to_the_hosted_cart(demo: DemoRun) -> None:
    buys = [c for c in demo.ctas(GIFT_CARDS) if not c["template"]]
    assert [c["text"] for c in buys] == [
        "Buy a £25 gift card",
        "Buy a £50 gift card",
        "Buy a £100 gift card",
    ]
    for cta in buys:
        assert urlsplit(cta["target_url"]).netloc == "kettleandcrane.foxycart.com"
        assert not cta["internal"] and cta["action"] == "checkout"  # FoxyCart's cart
    verdict = demo.verdict(GIFT_CARDS)
    assert verdict["stage"] == "decision"
    handoffs = _offsite(verdict)  # the hand-off, and a button's vote for the decision stage
    assert {e["rule"] for e in handoffs} == {"offsite-handoff", "offsite-button"}
    for handoff in handoffs:
        assert handoff["provider"] == "foxycart" and handoff["matched"] == buys[0]["target_url"]
    handed = demo.goals()["evidence"]["checkout (handed off)"]
    assert demo.url(GIFT_CARDS) in handed["examples"] and "foxycart" in handed["hosts"]


def test_affiliate_links_are_click_outs(demo: DemoRun) -> None:
    links = demo.rows(
        "SELECT target_url, anchor_text, rel, nofollow, region FROM links"
        " WHERE crawl_id = :crawl AND page_url = :url AND NOT internal AND region = 'main'"
        " ORDER BY position",
        url=demo.url(AFFILIATE_POST),
    )
    assert [(r["anchor_text"], r["rel"], bool(r["nofollow"])) for r in links] == [
        ("Buy on Amazon", "sponsored nofollow", True),
        ("Buy on Amazon", "sponsored nofollow", True),
        ("Buy at John Lewis", "sponsored nofollow", True),
    ]
    verdict = demo.verdict(AFFILIATE_POST)
    assert verdict["stage"] == "awareness"  # still a journal post
    (handoff,) = _offsite(verdict)
    assert handoff["provider"] == "amazon" and handoff["action"] == "purchase"
    handed = demo.goals()["evidence"]["purchase (handed off)"]
    assert demo.url(AFFILIATE_POST) in handed["examples"] and "amazon" in handed["hosts"]
    # Each click-out on its own is a hand-off: the Awin link to John Lewis (no known
    # provider) by its words, once the Amazon links are taken away.
    pack = load_pack()
    explained = explain_page(demo.store, demo.crawl_id, demo.url(AFFILIATE_POST), pack)
    assert explained is not None
    record, _ = explained
    assert classify_page(record, pack).handoffs["purchase"] == "amazon"
    awin_only = {
        **record,
        "links": [
            link for link in record["links"] if "amazon." not in (link.get("target_url") or "")
        ],
    }
    assert classify_page(awin_only, pack).handoffs["purchase"] == "awin1.com"


def test_the_shop_sells_with_its_own_checkout_and_only_it_converts(demo: DemoRun) -> None:
    """The checkout form posts to a payment processor, yet the visitor fills it in on the
    shop's own page: own checkout. The gift cards' hosted cart and the blog's click-outs
    serve other goals, so the checkout is the one conversion page (demo_labels.yaml)."""
    goals = demo.goals()
    assert (goals["kind"], goals["source"]) == ("own-checkout-shop", "inferred")
    converting = {
        p["url"].removeprefix(demo.base) for p in demo.audit["pages"] if p["is_conversion"]
    }
    assert converting == {"/checkout/"}
    assert demo.audit["goals"]["kind"] == "own-checkout-shop"
