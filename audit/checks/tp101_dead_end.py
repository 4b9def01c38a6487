"""TP101 dead-end."""

from __future__ import annotations

from audit.checks.base import Check
from audit.context import AuditContext
from audit.inputs import Page
from audit.model import Finding
from touchpoint.text import counted


class DeadEnd(Check):
    """A page that leads nowhere: no internal link out, or none to a next step.

    What it checks
    --------------
    Every working page that is not itself a conversion page. It fails when none of its
    internal links leads to another working page of a journey stage: a page with no
    internal link at all, or whose links reach only utility pages (stage `none`: privacy,
    terms), broken pages or itself.

    Why it matters
    --------------
    A visitor who lands on a dead end (often a campaign landing page built outside the
    site template) has only the back button or the address bar. Every dead end is a
    point where the journey stops by design of the site, not by choice of the visitor.

    How to fix
    ----------
    Give the page the site navigation, and a link or CTA to the next step of its stage:
    from an article to the product it discusses, from a landing page to the offer.
    Conversion pages are exempt: a checkout without distractions is good practice.

    Options
    -------
    None.
    """

    code = "TP101"
    slug = "dead-end"
    title = "Every page leads to a next step"
    failure_title = "Page is a dead end"
    severity = "warning"
    category = "reachability"

    def _candidates(self, ctx: AuditContext) -> list[Page]:
        index = ctx.graph.index
        return [
            page for page in ctx.working_pages() if not page.is_conversion and page.url in index
        ]

    def scope(self, ctx: AuditContext) -> int | None:
        return len(self._candidates(ctx))

    def check(self, ctx: AuditContext) -> list[Finding]:
        nav = ctx.graph
        findings = []
        for page in self._candidates(ctx):
            targets = nav.succ[nav.index[page.url]]
            if any(nav.pages[t].is_working and nav.pages[t].stage != "none" for t in targets):
                continue
            if targets:
                links = counted(len(targets), "internal link")
                detail = f"Its links on ({links}) all lead to utility or broken pages."
            else:
                detail = "It has no internal link to any other page."
            links_out = sorted(nav.urls[t] for t in targets)[:20]
            findings.append(self.finding(page.url, detail, links_out=links_out))
        return findings
