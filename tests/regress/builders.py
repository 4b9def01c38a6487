"""Small AuditResults built with the model's own classes, for the diff/budget/gate unit tests."""

from __future__ import annotations

import copy
from typing import Any

from core.model import AuditResult, CheckResult, CrawlInfo, Finding, JourneyPath, PageSummary

SITE = "https://shop.example"


def page(path: str, **overrides: Any) -> PageSummary:
    values: dict[str, Any] = dict(
        url=SITE + path,
        title=path,
        status=200,
        depth=1,
        stage="consideration",
        stage_label="Consideration",
        action="browse",
        is_conversion=False,
        confidence=0.9,
        in_sitemap=False,
        ctas=1,
        forms=0,
        findings=0,
    )
    values.update(overrides)
    return PageSummary(**values)


def finding(
    check: str, path: str, element: str | None = None, severity: Any = "warning"
) -> Finding:
    return Finding(check, "TP000", severity, SITE + path, check, f"{check} on {path}", element)


def check(code: str, slug: str, severity: Any, status: Any, count: int) -> CheckResult:
    return CheckResult(code, slug, slug, severity, "journey", status, count, 5)


def home_path(target: str, clicks: int | None, via: str = "any") -> JourneyPath:
    return JourneyPath("home", via, SITE + "/", SITE + target, clicks)  # type: ignore[arg-type]


def audit(**overrides: Any) -> AuditResult:
    """A five-page shop: home, shop, product, checkout (the conversion), blog."""
    values: dict[str, Any] = dict(
        site="shop.example",
        crawl=CrawlInfo(id=1, start_url=SITE + "/", status="finished"),
        tool_version="0.1.0",
        generated_at="2025-01-01T00:00:00+00:00",
        model={"name": "default"},
        pages=[
            page("/", depth=0, stage="awareness"),
            page("/shop/"),
            page("/products/widget", depth=2, stage="decision", action="add_to_cart"),
            page(
                "/checkout",
                depth=3,
                stage="decision",
                action="purchase",
                is_conversion=True,
                forms=1,
            ),
            page("/blog/", stage="awareness", action="read", ctas=0),
        ],
        findings=[
            finding("missing-cta", "/blog/"),
            finding("form-unlabelled-field", "/checkout", "form #1 field #2"),
        ],
        checks=[
            check("TP201", "missing-cta", "warning", "fail", 1),
            check("TP102", "broken-link", "error", "pass", 0),
            check("TP401", "form-unlabelled-field", "warning", "fail", 1),
            check("TP502", "no-contact-channel", "warning", "not_applicable", 0),
        ],
        paths=[home_path("/checkout", 3), home_path("/checkout", 3, "cta")],
        scores={"overall": 80, "categories": {"reachability": 100, "forms": 60}},
    )
    values.update(overrides)
    return AuditResult(**values)


def changed(result: AuditResult) -> AuditResult:
    """A deep copy to modify for the "new" side."""
    return copy.deepcopy(result)
