"""TP304 no-conversion-goal."""

from __future__ import annotations

from audit.checks.base import Check
from audit.context import AuditContext
from core.model import Finding


class NoConversionGoal(Check):
    """The site has no conversion page at all: no goal the audit could measure paths to.

    What it checks
    --------------
    The site's goals (`touchpoint goals`): what the business sells and where each goal
    completes or is handed off (an own checkout, a hosted cart, a merchant click-out,
    a signup, a booking, a lead form, a newsletter). It fails when no crawled page
    completes the main goal, so every path, funnel and dead-end verdict would be
    measured against nothing.

    Why it matters
    --------------
    A site that never asks the visitor to buy, sign up, book or get in touch loses
    every customer it attracts. More often the goal exists but touchpoint could not
    see it (a form injected by a script in a raw crawl, a conversion on another
    domain): the audit must say so instead of auditing paths to nothing.

    How to fix
    ----------
    Give the journey a goal the visitor can complete. If the site has one, tell
    touchpoint: paste `touchpoint goals` into touchpoint.toml and correct its
    `[goals]` table (kind, actions, URL parts of the pages that complete it, outbound
    hosts that take the hand-off), or crawl with `--render on` when a script builds
    the form.

    Options
    -------
    None.
    """

    code = "TP304"
    slug = "no-conversion-goal"
    title = "The site has a conversion goal the audit can find"
    failure_title = "No conversion goal found on the site"
    severity = "error"
    category = "paths"

    def check(self, ctx: AuditContext) -> list[Finding]:
        if ctx.conversions or not any(True for _ in ctx.working_pages()):
            return []
        goals = ctx.data.goals or {}
        secondary = goals.get("secondary") or []
        seen = f" It saw only secondary goals: {', '.join(secondary)}." if secondary else ""
        detail = (
            "No page completes or hands over a purchase, signup, booking, lead or "
            f"newsletter goal, so no path to a conversion can be measured.{seen} "
            "If the site has a goal, name it in touchpoint.toml [goals] (see `touchpoint goals`)."
        )
        return [
            self.finding(
                ctx.home_url,
                detail,
                element="site goals",
                goal_kind=goals.get("kind"),
                goal_source=goals.get("source"),
                secondary=secondary,
            )
        ]
