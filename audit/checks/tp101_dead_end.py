"""TP101 dead-end."""

from __future__ import annotations

from audit.checks.base import Check
from audit.context import AuditContext
from core.model import Finding
from core.records import Page


class DeadEnd(Check):
    """A page whose own content offers no working next step.

    What it checks
    --------------
    Every working page that is not itself a conversion page. It fails when the page's own
    content (outside the site template: header, navigation, footer, and anything the
    site repeats on most pages) offers no working next step: no link to another working
    page of a journey stage, no working CTA, no form or booking widget, no hand-off to a
    cart, merchant or booking tool. Share buttons, disabled buttons, `#` or `javascript:`
    placeholders and jumps to a part of the same page are not next steps. A page with no
    links at all is a dead end too. The finding says what the page offered instead (the
    rules decide this once, per page: see `touchpoint explain URL`). A page that does offer
    a way on but asks for nothing although its stage expects an ask is TP201's
    (`missing-cta`), never both.

    Why it matters
    --------------
    A visitor at the end of a blog post whose only ways on are the site's menus, on an
    empty template page or on a product whose only buy button is disabled has nothing
    the page itself offers: the journey stops, and the menus rarely win the visitor back.

    How to fix
    ----------
    End every page with the next step of its stage in its own content: from an article to
    the product or service it discusses, from a sold-out product to an alternative or a
    "Notify me" form, from a landing page to the offer. Conversion pages are exempt: a
    checkout without distractions is good practice.

    Options
    -------
    None.
    """

    code = "TP101"
    slug = "dead-end"
    title = "Every page leads to a next step"
    failure_title = "Page offers no next step"
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
            if page.next_step is None:  # classified before next steps were judged
                if any(nav.pages[t].is_working and nav.pages[t].stage != "none" for t in targets):
                    continue
                detail = "It has no internal link to another journey page."
            elif page.next_step:
                continue
            else:
                detail = page.next_step_reason or "Its own content offers no next step."
            links_out = sorted(nav.urls[t] for t in targets)[:20]
            findings.append(self.finding(page.url, detail, links_out=links_out, stage=page.stage))
        return findings
