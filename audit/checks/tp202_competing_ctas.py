"""TP202 competing-ctas."""

from __future__ import annotations

from typing import Any, ClassVar

from audit.checks.base import Check
from audit.checks.cta import NO_ACTION, in_content, is_placeholder
from audit.context import AuditContext
from core.model import Finding


class CompetingCtas(Check):
    """A page asking for too many different primary actions at once.

    What it checks
    --------------
    The primary CTAs (as ranked by the rules) in each page's content, grouped by the
    action they ask for. It fails when they ask for more than `max_actions` different
    actions (browsing and reading do not count as actions).

    Why it matters
    --------------
    Every extra primary choice dilutes the others (Hick's law): a page shouting "Buy",
    "Subscribe", "Book", "Refer a friend" at the same weight gets fewer of each. The
    visitor needs one obvious next step.

    How to fix
    ----------
    Keep one primary CTA per page for the step that page exists for; demote the others
    to secondary links, or move them to the pages where they are the next step.

    Options
    -------
    - `max_actions` (default 3): the most different primary actions a page may ask for.
    """

    code = "TP202"
    slug = "competing-ctas"
    title = "Pages ask for one clear next step"
    failure_title = "Page has competing primary CTAs"
    severity = "warning"
    category = "intent"
    default_options: ClassVar[dict[str, Any]] = {"max_actions": 3}

    def scope(self, ctx: AuditContext) -> int | None:
        return len(ctx.ctas_by_page)

    def check(self, ctx: AuditContext) -> list[Finding]:
        limit = self.options["max_actions"]
        findings = []
        for url, ctas in ctx.ctas_by_page.items():
            actions: dict[str, list[str]] = {}
            for cta in ctas:
                if cta.prominence == "primary" and in_content(cta) and not is_placeholder(cta):
                    action = cta.action or "unclassified"
                    if action not in NO_ACTION:
                        actions.setdefault(action, []).append(cta.text or "")
            if len(actions) > limit:
                findings.append(
                    self.finding(
                        url,
                        f"{len(actions)} different primary actions: {', '.join(sorted(actions))}"
                        f" (threshold {limit}).",
                        actions=dict(sorted(actions.items())),
                    )
                )
        return findings
