"""TP105 deep-page."""

from __future__ import annotations

from typing import Any, ClassVar

from audit.checks.base import Check
from audit.context import AuditContext
from core.model import Finding


class DeepPage(Check):
    """A page more clicks from the homepage than the threshold.

    What it checks
    --------------
    Every working page the crawl reached from the homepage, by its click depth (the
    fewest clicks from the start URL; a redirect costs no click). It fails when the
    depth is above `max_clicks`.

    Why it matters
    --------------
    Each click loses visitors, and deep pages are also crawled and ranked less by search
    engines. A page that matters to the journey buried six clicks deep is effectively
    hidden.

    How to fix
    ----------
    Link the page from a shallower hub (the navigation, a category page, the homepage),
    or flatten the hierarchy it sits in. Conversion pages have their own, stricter
    threshold: see `long-path-to-conversion`.

    Options
    -------
    - `max_clicks` (default 5): the deepest acceptable page.
    """

    code = "TP105"
    slug = "deep-page"
    title = "Pages are within reach of the homepage"
    failure_title = "Page is too many clicks from the homepage"
    severity = "notice"
    category = "reachability"
    default_options: ClassVar[dict[str, Any]] = {"max_clicks": 5}

    def scope(self, ctx: AuditContext) -> int | None:
        return sum(1 for page in ctx.working_pages() if page.depth is not None)

    def check(self, ctx: AuditContext) -> list[Finding]:
        limit = self.options["max_clicks"]
        return [
            self.finding(
                page.url,
                f"{page.depth} clicks from the homepage (threshold {limit}).",
                clicks=page.depth,
                max_clicks=limit,
            )
            for page in ctx.working_pages()
            if page.depth is not None and page.depth > limit
        ]
