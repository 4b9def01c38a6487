"""AuditResults for the report tests and the report bench, built with the model's own classes.

``small_audit()`` is a 17-page coffee shop with every section filled and two hostile
strings planted (a page title and an anchor text). ``large_audit(n)`` is a generated
site of ``n`` pages for the bench and for the aggregated navigation graph.

The dict fields of ``AuditResult`` (stage_flow, journey_map, worksheet, scores,
clicks_distribution) follow the shapes documented in ``reports/view.py``; ``links``
is not in the model yet, so ``with_links`` adds it to the audit.json dict.
"""

from __future__ import annotations

import random
from typing import Any

from core.model import (
    AuditResult,
    CheckResult,
    CrawlInfo,
    Finding,
    JourneyPath,
    PageSummary,
)
from core.vocab import STAGES

SITE = "https://acme-coffee.example"
HOSTILE_TITLE = "<script>alert(1)</script>"
HOSTILE_ANCHOR = '"><img src=x onerror=alert(1)>'
LABELS = {stage: stage.capitalize() for stage in STAGES} | {"none": "Utility"}

# url, title, status, depth, stage, action, conversion, ctas, forms, clicks to conversion
PAGES: list[tuple[str, str | None, int, int | None, str, str, bool, int, int, int | None]] = [
    ("/", "Acme Coffee Roasters", 200, 0, "awareness", "browse", False, 4, 1, 3),
    ("/blog/", "Journal", 200, 1, "awareness", "read", False, 1, 0, 4),
    (
        "/blog/brewing-guide",
        "How to brew a better cup",
        200,
        2,
        "awareness",
        "read",
        False,
        0,
        0,
        None,
    ),
    ("/blog/unsafe", HOSTILE_TITLE, 200, 2, "awareness", "read", False, 1, 0, 5),
    ("/features", "Why Acme", 200, 1, "consideration", "browse", False, 2, 0, 1),
    ("/pricing", "Subscription pricing", 200, 1, "consideration", "browse", False, 3, 0, 1),
    ("/reviews", "What customers say", 200, 2, "consideration", "read", False, 1, 0, 2),
    ("/shop/", "Shop all coffee", 200, 1, "consideration", "browse", False, 6, 0, 2),
    (
        "/shop/espresso-beans",
        "Espresso beans, 1 kg",
        200,
        2,
        "decision",
        "add_to_cart",
        False,
        2,
        1,
        2,
    ),
    ("/cart", "Your cart", 200, 3, "decision", "checkout", False, 1, 1, 1),
    ("/checkout", "Checkout", 200, 4, "decision", "purchase", True, 1, 1, 0),
    ("/book-a-call", "Book a tasting call", 200, 2, "decision", "book_call", True, 1, 1, 0),
    ("/account/login", "Sign in", 200, 1, "retention", "login", False, 1, 1, None),
    ("/support/faq", "Frequently asked questions", 200, 2, "retention", "read", False, 0, 0, None),
    ("/refer-a-friend", "Give 20%, get 20%", 200, 3, "advocacy", "share", False, 1, 1, None),
    ("/privacy", "Privacy policy", 200, 1, "none", "none", False, 0, 0, None),
    ("/old-offer", None, 404, 2, "none", "none", False, 0, 0, None),
]

# check code, slug, category, severity, failure title, findings as (url, element, detail)
CHECKS: list[tuple[str, str, str, str, str, list[tuple[str, str | None, str]]]] = [
    (
        "TP101",
        "dead-end",
        "reachability",
        "warning",
        "Pages that lead nowhere",
        [
            ("/blog/brewing-guide", None, "No internal link or CTA leads on from this page."),
            ("/support/faq", None, "No internal link or CTA leads on from this page."),
        ],
    ),
    (
        "TP103",
        "broken-link",
        "reachability",
        "error",
        "Links to broken pages",
        [
            ("/blog/", "a[href='/old-offer']", "Links to /old-offer, which answers 404."),
            ("/blog/unsafe", HOSTILE_ANCHOR, "Links to /old-offer, which answers 404."),
        ],
    ),
    (
        "TP201",
        "no-cta",
        "calls-to-action",
        "warning",
        "Pages that ask for nothing",
        [
            ("/blog/brewing-guide", None, "The page has no call-to-action."),
            ("/support/faq", None, "The page has no call-to-action."),
        ],
    ),
    (
        "TP301",
        "too-many-clicks",
        "paths",
        "warning",
        "Purchase is too many clicks away",
        [
            ("/checkout", None, "4 clicks from the homepage; the limit is 3."),
        ],
    ),
    (
        "TP302",
        "no-cta-path",
        "paths",
        "error",
        "Conversion not reachable by CTAs",
        [
            ("/book-a-call", None, "No path of CTAs leads from the homepage to this page."),
        ],
    ),
    (
        "TP401",
        "form-no-submit",
        "forms",
        "notice",
        "Forms without a submit button",
        [
            ("/refer-a-friend", "form#refer", "The form has no submit button."),
        ],
    ),
    (
        "TP501",
        "offsite-cta",
        "contact",
        "notice",
        "CTAs that leave the site",
        [
            ("/pricing", "Compare on Trustpilot", "The CTA sends visitors to trustpilot.com."),
        ],
    ),
]
PASSING = [
    ("TP102", "orphan-page", "reachability", "Every page is linked from another page"),
    ("TP402", "long-form", "forms", "Forms are short"),
]

FIXES = {
    "TP101": "Add a next step to every page: a related product, a guide, or a call-to-action.",
    "TP103": "Point each link at a page that answers, or redirect the old address.",
    "TP201": "Give each page one clear call-to-action that matches its stage.",
    "TP301": "Link to the product range from the homepage hero and the main menu.",
    "TP302": "Add a visible button on the way to the booking page, not only a text link.",
    "TP401": "Give every form a submit button with a verb on it.",
    "TP501": "Open third-party reviews in a panel, or quote them on the page.",
}
DOCS = """{title}.

What it checks
--------------
{title}, on every page of a journey stage.

Why it matters
--------------
Every visitor who stops here is a customer the site loses.

How to fix
----------
{fix}

Options
-------
None.
"""


FLOWS = {
    ("awareness", "consideration"): 14,
    ("awareness", "decision"): 3,
    ("awareness", "retention"): 4,
    ("awareness", "awareness"): 6,
    ("consideration", "decision"): 11,
    ("consideration", "awareness"): 5,
    ("decision", "decision"): 6,
    ("decision", "consideration"): 2,
    ("decision", "advocacy"): 1,
    ("retention", "none"): 2,
    ("advocacy", "awareness"): 1,
}
JOURNEY = {  # stage: CTAs as (text, action, count), forms, contacts
    "awareness": (
        [("Shop now", "browse", 3), ("Read the journal", "read", 1)],
        {"newsletter": 1},
        {"social": 2},
    ),
    "consideration": (
        [("Start a subscription", "signup", 2), (HOSTILE_ANCHOR, "browse", 1)],
        {},
        {"email": 1},
    ),
    "decision": (
        [("Add to cart", "add_to_cart", 1), ("Pay now", "purchase", 1)],
        {"checkout": 2, "booking": 1},
        {"phone": 1},
    ),
    "retention": ([("Sign in", "login", 1)], {"login": 1}, {}),
    "advocacy": ([], {"referral": 1}, {}),
    "none": ([], {}, {}),
}
WORKSHEET = [
    {"key": "connect", "title": "Where the business connects with people", "count": 2, "gap": None,
     "items": [{"label": "instagram", "kind": "social", "url": "https://instagram.com/acmecoffee"},
               {"label": "email", "kind": "email", "url": "mailto:hello@acme-coffee.example"}]},
    {"key": "first_action", "title": "Where it sends them for a first action", "count": 2,
     "gap": None,
     "items": [{"label": "Journal", "url": SITE + "/blog/", "ctas": ["Shop now"]},
               {"label": HOSTILE_TITLE, "url": SITE + "/blog/unsafe", "ctas": [HOSTILE_ANCHOR]}]},
    {"key": "drivers", "title": "What drives them to purchase", "count": 1, "gap": None,
     "items": [{"label": "booking form", "kind": "form", "url": SITE + "/book-a-call"}]},
    {"key": "purchase", "title": "The purchase options", "count": 0, "items": [],
     "gap": "No conversion page or purchase CTA was found."},
]  # fmt: skip


def _url(path: str) -> str:
    return SITE + path


def _matrix(flows: dict[tuple[str, str], int]) -> dict[str, dict[str, int]]:
    return {a: {b: flows.get((a, b), 0) for b in STAGES} for a in STAGES}


def _stage_cell(stage: str, pages: list[PageSummary]) -> dict[str, Any]:
    """One stage-map column, as ``audit/journey.py`` writes it."""
    members = [p for p in pages if p.stage == stage and (p.status or 0) < 400]
    ctas, forms, contacts = JOURNEY[stage]
    found: dict[str, int] = {}
    for _code, slug, _cat, _sev, _title, rows in CHECKS:
        hits = sum(1 for path, _e, _d in rows if any(p.url == _url(path) for p in members))
        if hits:
            found[slug] = hits
    actions: dict[str, int] = {}
    for page in members:
        actions[page.action] = actions.get(page.action, 0) + 1
    return {
        "stage": stage, "label": LABELS[stage], "page_count": len(members),
        "pages": [{"url": p.url, "title": p.title, "action": p.action} for p in members],
        "actions": actions,
        "ctas": [{"text": t, "action": a, "count": n} for t, a, n in ctas],
        "forms": forms, "contacts": contacts, "findings": found,
        "opportunities": [f"{slug}: {n}" for slug, n in found.items()],
    }  # fmt: skip


def small_audit() -> AuditResult:
    """The 17-page shop: all stages, seven failing checks, paths, worksheet with gaps."""
    pages = [
        PageSummary(
            url=_url(path), title=title, status=status, depth=depth, stage=stage,
            stage_label=LABELS[stage], action=action, is_conversion=conv,
            confidence=0.9 if stage != "none" else None, in_sitemap=status == 200,
            ctas=ctas, forms=forms, findings=0, clicks_to_conversion=clicks,
        )
        for path, title, status, depth, stage, action, conv, ctas, forms, clicks in PAGES
    ]  # fmt: skip
    findings = [
        Finding(
            check=slug, code=code, severity=severity,  # type: ignore[arg-type]
            url=_url(path), title=title, detail=detail, element=element,
        )
        for code, slug, _cat, severity, title, rows in CHECKS
        for path, element, detail in rows
    ]  # fmt: skip
    per_url: dict[str, int] = {}
    for finding in findings:
        per_url[finding.url] = per_url.get(finding.url, 0) + 1
    for page in pages:
        page.findings = per_url.get(page.url, 0)
    checks = [
        CheckResult(
            code=code, slug=slug, title=title, severity=severity,  # type: ignore[arg-type]
            category=cat, status="fail", count=len(rows), value=len(pages),
            score=round(1 - len(rows) / len(pages), 2),
            doc=DOCS.format(title=title, fix=FIXES[code]),
        )
        for code, slug, cat, severity, title, rows in CHECKS
    ] + [
        CheckResult(
            code=code, slug=slug, title=title, severity="notice", category=cat,
            status="pass", value=len(pages), score=1.0,
            doc=DOCS.format(title=title, fix="Nothing to fix."),
        )
        for code, slug, cat, title in PASSING
    ]  # fmt: skip
    return AuditResult(
        site="acme-coffee.example",
        crawl=CrawlInfo(
            id=7,
            start_url=_url("/"),
            started_at="2026-11-20T09:12:03Z",
            finished_at="2026-11-20T09:12:41Z",
            status="finished",
            settings={"max_pages": 500, "concurrency": 8, "delay": 0.25, "render": False},
            stats={"urls": 19, "parsed": 16, "broken": 1, "errors": 0, "links": 142, "ctas": 26},
            limits_hit={},
        ),
        tool_version="0.1.0",
        generated_at="2026-11-20T09:12:44Z",
        model={"name": "default", "stage_labels": LABELS},
        pages=pages,
        findings=findings,
        checks=checks,
        paths=[
            JourneyPath(
                "home",
                "any",
                _url("/"),
                _url("/checkout"),
                4,
                [_url(p) for p in ("/", "/shop/", "/shop/espresso-beans", "/cart", "/checkout")],
                ["Shop", "Espresso beans", "Add to cart", "Checkout"],
            ),
            JourneyPath(
                "home",
                "cta",
                _url("/"),
                _url("/checkout"),
                4,
                [_url(p) for p in ("/", "/shop/", "/shop/espresso-beans", "/cart", "/checkout")],
                ["Shop now", "Espresso beans", "Add to cart", "Checkout"],
            ),
            JourneyPath(
                "home",
                "any",
                _url("/"),
                _url("/book-a-call"),
                2,
                [_url(p) for p in ("/", "/features", "/book-a-call")],
                ["Why Acme", HOSTILE_ANCHOR],
            ),
            JourneyPath("home", "cta", _url("/"), _url("/book-a-call"), None),
            JourneyPath("entry", "any", _url("/blog/brewing-guide"), None, None),
        ],
        clicks_distribution={
            "home_to_conversion": {"2": 1, "4": 1},
            "page_to_nearest_conversion": {
                "0": 2,
                "1": 4,
                "2": 4,
                "3": 1,
                "4": 1,
                "5": 1,
                "unreachable": 4,
            },
            "conversions": 2,
            "entry_pages": 4,
        },
        stage_flow={
            "stages": list(STAGES),
            "matrix": _matrix(FLOWS),
            "stages_without_way_forward": ["retention"],
            "stages_without_pages": [],
        },
        journey_map={"stages": [_stage_cell(stage, pages) for stage in STAGES]},
        worksheet={"columns": WORKSHEET, "gaps": [c["gap"] for c in WORKSHEET if c["gap"]]},
        scores={
            "overall": 64,
            "categories": {
                "reachability": 71,
                "calls-to-action": 58,
                "paths": 42,
                "forms": 88,
                "contact": 93,
                "crawl": None,  # nothing applied: no ring, named in the note
            },
        },
        config={"select": ["ALL"], "ignore": []},
    )


def small_links() -> list[dict[str, Any]]:
    """The shop's internal link list, in the ``links`` shape the report asks the audit for."""
    pairs = [
        ("/", "/blog/", "Journal", "link"),
        ("/", "/features", "Why Acme", "link"),
        ("/", "/pricing", "Pricing", "link"),
        ("/", "/shop/", "Shop now", "cta"),
        ("/", "/account/login", "Sign in", "link"),
        ("/", "/privacy", "Privacy", "link"),
        ("/blog/", "/blog/brewing-guide", "How to brew", "link"),
        ("/blog/", "/blog/unsafe", HOSTILE_ANCHOR, "link"),
        ("/blog/", "/old-offer", "Old offer", "link"),
        ("/blog/unsafe", "/shop/", "Shop", "cta"),
        ("/features", "/book-a-call", HOSTILE_ANCHOR, "link"),
        ("/features", "/reviews", "Reviews", "link"),
        ("/pricing", "/shop/", "Start a subscription", "cta"),
        ("/reviews", "/shop/", "Shop", "cta"),
        ("/shop/", "/shop/espresso-beans", "Espresso beans", "cta"),
        ("/shop/espresso-beans", "/cart", "Add to cart", "cta"),
        ("/cart", "/checkout", "Checkout", "cta"),
        ("/account/login", "/support/faq", "Help", "link"),
        ("/refer-a-friend", "/", "Home", "link"),
        ("/checkout", "/refer-a-friend", "Refer a friend", "cta"),
    ]
    return [
        {"source": _url(s), "target": _url(t), "text": text, "kind": kind}
        for s, t, text, kind in pairs
    ]


def with_links(result: AuditResult, links: list[dict[str, Any]]) -> dict[str, Any]:
    """The audit.json dict of ``result`` plus the ``links`` list the model does not hold yet."""
    return result.to_dict() | {"links": links}


def large_audit(n: int = 10_000, seed: int = 5) -> dict[str, Any]:
    """A generated ``n``-page site as an audit.json dict (with links), for the bench."""
    rng = random.Random(seed)
    base = small_audit()
    sections = ["blog", "guides", "shop", "product", "help", "account", "pricing", "news", "legal"]
    stages = ["awareness", "awareness", "consideration", "decision", "retention", "retention"]
    section_stage = dict(
        zip(sections, [*stages, "consideration", "awareness", "none"], strict=True)
    )
    pages = [base.pages[0]]
    for i in range(1, n):
        section = sections[i % len(sections)]
        stage = section_stage[section]
        conv = section == "product" and i % 50 == 0
        pages.append(PageSummary(
            url=f"{SITE}/{section}/item-{i}", title=f"{section.title()} page {i}",
            status=404 if i % 397 == 0 else 200, depth=1 + i % 6, stage=stage,
            stage_label=LABELS[stage], action="purchase" if conv else "read", is_conversion=conv,
            confidence=0.8, in_sitemap=i % 3 != 0, ctas=rng.randint(0, 5), forms=rng.randint(0, 1),
            findings=0, clicks_to_conversion=rng.choice([1, 2, 3, 4, 5, None]),
        ))  # fmt: skip
    findings = []
    for code, slug, _cat, severity, title, rows in CHECKS:
        for page in rng.sample(pages[1:], k=n // 8):
            findings.append(Finding(
                check=slug, code=code, severity=severity,  # type: ignore[arg-type]
                url=page.url, title=title, detail=rows[0][2], element=rows[0][1],
            ))  # fmt: skip
            page.findings += 1
    checks = [
        CheckResult(
            code=c.code,
            slug=c.slug,
            title=c.title,
            severity=c.severity,
            category=c.category,
            status=c.status,
            count=n // 8 if c.status == "fail" else 0,
            value=n,
            score=c.score,
            doc=c.doc,
        )
        for c in base.checks
    ]
    links = [
        {"source": pages[i].url, "target": pages[rng.randrange(n)].url,
         "text": f"Link {j}", "kind": "cta" if j == 0 else "link"}
        for i in range(n) for j in range(4)
    ]  # fmt: skip
    result = AuditResult(
        site=base.site, crawl=base.crawl, tool_version=base.tool_version,
        generated_at=base.generated_at, model=base.model, pages=pages, findings=findings,
        checks=checks, paths=base.paths, clicks_distribution=base.clicks_distribution,
        stage_flow=base.stage_flow, journey_map=base.journey_map, worksheet=base.worksheet,
        scores=base.scores, config=base.config,
    )  # fmt: skip
    return with_links(result, links)
