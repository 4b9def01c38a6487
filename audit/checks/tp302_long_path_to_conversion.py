"""TP302 long-path-to-conversion."""

from __future__ import annotations

from typing import Any, ClassVar

from audit.checks.base import Check
from audit.context import AuditContext
from core.model import Finding


class LongPathToConversion(Check):
    """A conversion page more clicks from the homepage than the threshold.

    What it checks
    --------------
    The shortest click path from the homepage to every reachable conversion page. It
    fails when the path takes more than `max_clicks` clicks. The finding shows the path
    and, for comparison, the shortest path that follows CTAs only (the guided path).

    Why it matters
    --------------
    Each click between intent and purchase loses a share of visitors. A checkout five
    clicks from the homepage (home, shop, collection, product, cart, checkout) is a
    funnel with four leaks before the payment form.

    How to fix
    ----------
    Shorten the route: a cart link in the header, products on the homepage, a "Buy now"
    next to "Add to cart", a pricing page that links straight to signup.

    Options
    -------
    - `max_clicks` (default 3): the most clicks a conversion may take from the homepage.
    """

    code = "TP302"
    slug = "long-path-to-conversion"
    title = "Conversions are a few clicks from the homepage"
    failure_title = "Conversion page is too many clicks from the homepage"
    severity = "warning"
    category = "paths"
    default_options: ClassVar[dict[str, Any]] = {"max_clicks": 3}

    def scope(self, ctx: AuditContext) -> int | None:
        return len(ctx.conversions)

    def check(self, ctx: AuditContext) -> list[Finding]:
        nav, limit = ctx.graph, self.options["max_clicks"]
        findings = []
        for page in ctx.conversions:
            clicks = nav.home_clicks(page.url)
            if clicks is None or clicks <= limit:
                continue
            node = nav.index[page.url]
            path = nav.path_from_home(node)
            guided = nav.path_from_home(node, via="cta")
            findings.append(
                self.finding(
                    page.url,
                    f"{clicks} clicks from the homepage (threshold {limit}): "
                    + " > ".join(path.pages),
                    clicks=clicks,
                    max_clicks=limit,
                    path=path.pages,
                    links=path.links,
                    cta_clicks=guided.clicks,
                )
            )
        return findings
