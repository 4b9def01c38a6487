"""TP102 broken-link."""

from __future__ import annotations

from audit.checks.base import Check, sample
from audit.context import AuditContext
from core.model import Finding
from core.text import counted


class BrokenLink(Check):
    """An internal link to a page that answers 4xx/5xx or does not answer at all.

    What it checks
    --------------
    Every internal link target the crawl fetched. One finding per broken target (its
    `url` is the target), listing the pages that link to it. A link through a redirect
    to a broken page counts; a URL that robots.txt kept the crawler from fetching does not,
    nor does a 401 or 403 from the site's login area (TP505 reports that area).

    Why it matters
    --------------
    A broken link is a promise the site does not keep: the visitor clicked because they
    wanted the next step, and got an error page instead. On a product or a checkout
    link it is a lost sale.

    How to fix
    ----------
    Point the linking pages at a working page, or restore the target, or redirect it
    (once) to its closest replacement.

    Options
    -------
    None.
    """

    code = "TP102"
    slug = "broken-link"
    title = "Internal links work"
    failure_title = "Broken internal link"
    severity = "error"
    category = "reachability"

    def scope(self, ctx: AuditContext) -> int | None:
        return ctx.linked_target_count

    def check(self, ctx: AuditContext) -> list[Finding]:
        nav = ctx.graph
        findings = []
        behind_login = set(ctx.login_area.unreached)
        for node, page in enumerate(nav.pages):
            if not page.is_broken or page.url in behind_login:
                continue
            sources = nav.predecessors(nav.urls[node])
            if not sources:
                continue
            answer = f"HTTP {page.status}" if page.status is not None else page.error
            findings.append(
                self.finding(
                    page.url,
                    f"Answers {answer}; linked from {counted(len(sources), 'page')}.",
                    status=page.status,
                    error=page.error,
                    linked_from=sample(sources),
                    linking_pages=len(sources),
                )
            )
        return findings
