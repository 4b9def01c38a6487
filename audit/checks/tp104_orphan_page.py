"""TP104 orphan-page."""

from __future__ import annotations

from audit.checks.base import Check
from audit.context import AuditContext
from core.model import Finding
from core.records import Page


class OrphanPage(Check):
    """A page listed in the sitemap that no crawled page links to.

    What it checks
    --------------
    Every working page listed in the sitemap, except the homepage. It fails when no
    crawled page links to it (directly or through a redirect).

    Why it matters
    --------------
    Search engines may still send visitors to an orphan page, but nobody walking the
    site can reach it, and from it the visitor rarely finds the way back into the
    journey. Orphans are often forgotten campaigns or retired products still live.

    How to fix
    ----------
    Link the page from where it belongs in the journey (its category, a related
    article), or retire it: redirect it and take it out of the sitemap.

    Options
    -------
    None.
    """

    code = "TP104"
    slug = "orphan-page"
    title = "Sitemap pages are linked from the site"
    failure_title = "Orphan page: in the sitemap, linked from nowhere"
    severity = "warning"
    category = "reachability"

    def _candidates(self, ctx: AuditContext) -> list[Page]:
        pages, home = ctx.data.pages, ctx.home_url
        return [
            pages[url]
            for url in sorted(ctx.data.sitemap)
            if url in pages and pages[url].is_working and url != home
        ]

    def scope(self, ctx: AuditContext) -> int | None:
        return len(self._candidates(ctx))

    def check(self, ctx: AuditContext) -> list[Finding]:
        nav = ctx.graph
        return [
            self.finding(page.url, "Listed in the sitemap; no crawled page links to it.")
            for page in self._candidates(ctx)
            if page.url in nav.index and not nav.pred[nav.index[page.url]]
        ]
