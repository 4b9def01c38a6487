"""TP901 crawl-incomplete."""

from __future__ import annotations

from audit.checks.base import Check, sentence
from audit.context import AuditContext
from core.model import Finding
from core.text import limit_sentence


class CrawlIncomplete(Check):
    """The crawl stopped short, so the audit saw only part of the site.

    What it checks
    --------------
    The crawl's record: it fails when a limit (`--max-pages`, `--max-depth`,
    `--max-requests`, `--max-time`) cut the crawl short or the crawl did not finish
    (interrupted).

    Why it matters
    --------------
    Pages the crawl did not parse contribute no links, CTAs or forms: paths may look
    longer, conversions unreachable and pages orphaned only because the audit did not
    see the rest of the site.

    How to fix
    ----------
    Raise the limits, or resume the crawl (`touchpoint crawl --resume ID`), then audit
    again.

    Options
    -------
    None.
    """

    code = "TP901"
    slug = "crawl-incomplete"
    title = "The crawl covered the whole site"
    failure_title = "The crawl is incomplete"
    severity = "notice"
    category = "crawl"

    def check(self, ctx: AuditContext) -> list[Finding]:
        crawl = ctx.data.crawl
        reasons = [limit_sentence(name, hit) for name, hit in sorted(crawl.limits_hit.items())]
        if crawl.status not in (None, "finished"):
            reasons.append(f"the crawl is {crawl.status}")
        if not reasons:
            return []
        return [
            self.finding(
                ctx.home_url,
                sentence(reasons),
                element=f"crawl {crawl.id}",
                limits_hit=crawl.limits_hit,
                crawl_status=crawl.status,
            )
        ]
