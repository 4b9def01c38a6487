"""Run the selected checks over one classified crawl and assemble the AuditResult.

The runner owns the envelope (Lighthouse style): pass or failure title, severity
overrides, per-URL ignores, scores. An exception inside one check becomes an
``error`` result carrying its message; the other checks still run.
"""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import UTC, datetime

from audit import journey, scoring
from audit.checks import Check
from audit.config import AuditConfig
from audit.context import AuditContext
from audit.inputs import AuditInput
from audit.model import (
    MAX_LINKS,
    AuditResult,
    CheckResult,
    Finding,
    JourneyPath,
    LinkSummary,
    PageSummary,
)


def run_check(
    check: Check, ctx: AuditContext, config: AuditConfig
) -> tuple[CheckResult, list[Finding]]:
    result = CheckResult(
        code=check.code,
        slug=check.slug,
        title=check.title,
        severity=check.severity,
        category=check.category,
        status="pass",
        doc=check.doc(),
    )
    try:
        result.value = check.scope(ctx)
        if result.value == 0:
            result.status = "not_applicable"
            return result, []
        findings = [f for f in check.check(ctx) if not config.ignored(f)]
    except Exception as exc:  # one broken check must never stop the audit
        result.status, result.message = "error", f"{type(exc).__name__}: {exc}"
        return result, []
    if findings:
        result.status, result.title, result.count = "fail", check.failure_title, len(findings)
    result.score = scoring.check_score(result)
    return result, findings


def run_audit(data: AuditInput, config: AuditConfig | None = None) -> AuditResult:
    """Audit one classified crawl: checks, paths, stage flow, journey map, scores."""
    from touchpoint import __version__

    config = config or AuditConfig()
    ctx = AuditContext(data)
    checks: list[CheckResult] = []
    findings: list[Finding] = []
    for check in config.checks():
        result, found = run_check(check, ctx, config)
        checks.append(result)
        findings.extend(found)
    nav = ctx.graph
    entries = entry_pages(ctx)
    paths = home_paths(ctx) + [
        nav.path_to_conversion(nav.index[url], via)
        for url in entries[: config.max_paths]
        for via in ("any", "cta")
    ]
    return AuditResult(
        site=data.site,
        crawl=data.crawl,
        tool_version=__version__,
        generated_at=datetime.now(UTC).replace(microsecond=0).isoformat(),
        model=data.model,
        pages=page_summaries(ctx, findings),
        findings=findings,
        checks=checks,
        paths=paths,
        clicks_distribution=clicks_distribution(ctx, len(entries)),
        stage_flow=nav.stage_flow.to_dict(),
        journey_map=journey.journey_map(ctx, findings),
        worksheet=journey.worksheet(ctx, entries),
        scores=scoring.scores(checks),
        config=config.to_dict(),
        links=link_summaries(ctx),
        links_total=nav.graph.number_of_edges(),
    )


def link_summaries(ctx: AuditContext) -> list[LinkSummary]:
    """The graph's edges as plain links, the first ``MAX_LINKS`` of them."""
    edges = itertools.islice(ctx.graph.graph.edges(data=True), MAX_LINKS)
    return [
        LinkSummary(source, target, data.get("anchor") or "", "cta" if data.get("cta") else "link")
        for source, target, data in edges
    ]


def entry_pages(ctx: AuditContext) -> list[str]:
    """Where visitors arrive: awareness pages and sitemap pages (not the homepage)."""
    sitemap, home, index = ctx.data.sitemap, ctx.home_url, ctx.graph.index
    return sorted(
        page.url
        for page in ctx.working_pages()
        if (page.stage == "awareness" or page.url in sitemap)
        and page.url != home
        and page.url in index
    )


def home_paths(ctx: AuditContext) -> list[JourneyPath]:
    """The shortest path from the homepage to each conversion, by any link and by CTAs."""
    nav = ctx.graph
    if nav.home is None:
        return []
    return [
        nav.path_from_home(nav.index[page.url], via)
        for page in sorted(ctx.conversions, key=lambda p: p.url)
        for via in ("any", "cta")
    ]


def clicks_distribution(ctx: AuditContext, entry_count: int) -> dict[str, object]:
    """How many clicks separate the homepage, and every page, from a conversion."""
    nav = ctx.graph
    home = Counter(
        "unreachable" if clicks is None else str(clicks)
        for clicks in (nav.home_clicks(page.url) for page in ctx.conversions)
    )
    nearest = nav.to_conversion()
    pages = Counter(
        "unreachable" if nearest.clicks(node) is None else str(nearest.clicks(node))
        for node, page in enumerate(nav.pages)
        if page.is_working
    )

    def ordered(counter: Counter[str]) -> dict[str, int]:
        """Click counts in numeric order, "unreachable" last."""
        return dict(sorted(counter.items(), key=lambda kv: (not kv[0].isdigit(), kv[0].zfill(9))))

    return {
        "home_to_conversion": ordered(home),
        "page_to_nearest_conversion": ordered(pages),
        "conversions": len(ctx.conversions),
        "entry_pages": entry_count,
    }


def page_summaries(ctx: AuditContext, findings: list[Finding]) -> list[PageSummary]:
    nav = ctx.graph
    nearest = nav.to_conversion()
    per_url = Counter(f.url for f in findings)
    forms = ctx.forms_by_page
    summaries = []
    for url, page in ctx.data.pages.items():
        node = nav.index.get(url)
        summaries.append(
            PageSummary(
                url=url,
                title=page.title,
                status=page.status,
                depth=page.depth,
                stage=page.stage,
                stage_label=page.stage_label or ctx.data.stage_label(page.stage),
                action=page.action,
                is_conversion=page.is_conversion,
                confidence=page.confidence,
                in_sitemap=url in ctx.data.sitemap,
                ctas=len(ctx.ctas_by_page.get(url, ())),
                forms=len(forms.get(url, ())),
                findings=per_url[url],
                clicks_to_conversion=None if node is None else nearest.clicks(node),
            )
        )
    return summaries
