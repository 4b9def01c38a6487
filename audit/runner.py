"""Run the selected checks over one classified crawl and assemble the AuditResult.

The runner owns the envelope (Lighthouse style): pass or failure title, severity
overrides, per-URL ignores, scores. An exception inside one check becomes an
``error`` result carrying its message; the other checks still run.
"""

from __future__ import annotations

import base64
import itertools
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from audit import journey, scoring
from audit.checks import Check
from audit.config import AuditConfig
from audit.context import AuditContext
from core.gcpause import cycle_collection_paused
from core.model import (
    MAX_LINKS,
    MAX_SCREENSHOTS,
    AuditResult,
    CheckResult,
    Finding,
    JourneyPath,
    LinkSummary,
    PageSummary,
)
from core.records import AuditInput
from core.screenshots import screenshot_path


def run_check(
    check: Check, ctx: AuditContext, config: AuditConfig, pages: int | None = None
) -> tuple[CheckResult, list[Finding]]:
    """Run one check; ``pages`` (the site's working pages, counted when not given) weighs
    a finding that reaches many pages in its score (``scoring.problem_share``)."""
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
    if findings and pages is None:
        pages = sum(1 for _ in ctx.working_pages())
    result.score = scoring.check_score(result, findings, pages)
    return result, findings


@cycle_collection_paused()  # the graph's millions of acyclic lists and dicts
def run_audit(data: AuditInput, config: AuditConfig | None = None) -> AuditResult:
    """Audit one classified crawl: checks, paths, stage flow, journey map, scores."""
    from core.version import __version__

    config = config or AuditConfig()
    ctx = AuditContext(data)
    checks: list[CheckResult] = []
    findings: list[Finding] = []
    pages = sum(1 for _ in ctx.working_pages())
    for check in config.checks():
        result, found = run_check(check, ctx, config, pages)
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
        goals=data.goals or {},
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
        links_total=nav.number_of_edges(),
        screenshots=page_screenshots(ctx, findings),
    )


def link_summaries(ctx: AuditContext) -> list[LinkSummary]:
    """The graph's edges as plain links, the first ``MAX_LINKS`` of them."""
    edges = itertools.islice(ctx.graph.edges(), MAX_LINKS)
    return [
        LinkSummary(source, target, data.get("anchor") or "", "cta" if data.get("cta") else "link")
        for source, target, data in edges
    ]


# A thumbnail is 5-15 KB; anything much bigger in the folder is not one of ours.
MAX_SCREENSHOT_BYTES = 200_000
IMAGE_TYPES = {b"\xff\xd8\xff": "image/jpeg", b"\x89PNG\r\n\x1a\n": "image/png"}


def screenshot_urls(ctx: AuditContext, findings: list[Finding]) -> list[str]:
    """The pages worth a thumbnail, most important first: the homepage, the conversion
    pages, then pages with an error finding or a broken status."""
    pages = ctx.data.pages
    wanted = [ctx.home_url]
    wanted += sorted(page.url for page in ctx.conversions)
    wanted += [f.url for f in findings if f.severity == "error" and f.url in pages]
    wanted += [url for url, page in pages.items() if page.is_broken]
    return list(dict.fromkeys(wanted))


def page_screenshots(ctx: AuditContext, findings: list[Finding]) -> dict[str, str]:
    """Thumbnails of a ``--screenshots`` crawl as data URIs, so the report needs no files.

    At most ``MAX_SCREENSHOTS``, in ``screenshot_urls`` order; a page without a file (not
    rendered, or the folder moved) is skipped.
    """
    crawl = ctx.data.crawl
    folder = crawl.settings.get("screenshots_dir")
    if not folder or crawl.id is None:
        return {}
    # A page reached through a redirect was shot under the URL the browser was sent to.
    sources: dict[str, list[str]] = {ctx.home_url: [ctx.data.start_url]}
    for source, page in ctx.data.pages.items():
        if page.redirects_to:
            sources.setdefault(page.redirects_to, []).append(source)
    found: dict[str, str] = {}
    for url in screenshot_urls(ctx, findings):
        for candidate in dict.fromkeys([url, *sources.get(url, ())]):
            uri = _data_uri(screenshot_path(folder, crawl.id, candidate))
            if uri:
                found[url] = uri
                break
        if len(found) >= MAX_SCREENSHOTS:
            break
    return found


def _data_uri(path: Path) -> str | None:
    """The image at ``path`` as a data URI; None when missing, too big or not a JPEG/PNG."""
    try:
        if path.stat().st_size > MAX_SCREENSHOT_BYTES:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    mime = next((m for magic, m in IMAGE_TYPES.items() if data.startswith(magic)), None)
    if mime is None:
        return None
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


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
                error=page.error,
                review=page.review,
                goal=page.goal,
            )
        )
    return summaries
