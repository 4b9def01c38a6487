"""TP301 conversion-unreachable."""

from __future__ import annotations

from audit.checks.base import Check
from audit.context import AuditContext
from core.model import Finding
from core.text import counted


class ConversionUnreachable(Check):
    """A conversion page that no chain of links from the homepage reaches.

    What it checks
    --------------
    Every conversion page (checkout, purchase, signup, booking, demo request: as the
    rules classified it). It fails when there is no click path at all from the
    homepage to it, following internal links (and redirects) between crawled pages.

    Why it matters
    --------------
    The page where the business makes money cannot be found by walking the site: only
    visitors with a direct link (an email, an ad) ever get there.

    How to fix
    ----------
    Link the conversion page from the step before it (the product, the pricing page,
    the cart), and that step from the navigation.

    Options
    -------
    None.
    """

    code = "TP301"
    slug = "conversion-unreachable"
    title = "Every conversion page is reachable from the homepage"
    failure_title = "Conversion page cannot be reached from the homepage"
    severity = "error"
    category = "paths"

    def scope(self, ctx: AuditContext) -> int | None:
        return len(ctx.conversions)

    def check(self, ctx: AuditContext) -> list[Finding]:
        nav = ctx.graph
        findings = []
        for page in ctx.conversions:
            if nav.home_clicks(page.url) is not None:
                continue
            linked_from = sorted(nav.predecessors(page.url))
            findings.append(
                self.finding(
                    page.url,
                    f"No click path from {ctx.home_url}; "
                    f"linked from {counted(len(linked_from), 'page')}, "
                    "none reachable from the homepage."
                    if linked_from
                    else f"No click path from {ctx.home_url}; no crawled page links to it.",
                    action=page.action,
                    linked_from=linked_from[:20],
                )
            )
        return findings
