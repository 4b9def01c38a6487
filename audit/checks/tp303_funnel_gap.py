"""TP303 funnel-gap."""

from __future__ import annotations

from typing import Any, ClassVar

from audit.checks.base import Check
from audit.context import AuditContext
from core.model import Finding
from core.vocab import FUNNEL


class FunnelGap(Check):
    """A funnel stage with no page, or with no link on to any later stage.

    What it checks
    --------------
    The stage-to-stage flow of links between working pages. It fails for each stage of
    `required_stages` that has no page at all, and for each stage that has pages but no
    link to any page of a later stage (when a later stage exists). Retention and
    advocacy are checked this way only for their links; their absence is reported by
    `no-retention-touchpoint` and `no-advocacy-touchpoint`.

    Why it matters
    --------------
    A journey moves from learning (awareness) to comparing (consideration) to acting
    (decision). A blog that never links to a product page, or product pages that never
    link on, leave visitors stuck in one stage with no way forward.

    How to fix
    ----------
    Build the missing stage (a pricing or comparison page, a product page), and add the
    links that carry visitors forward: from articles to products, from products to the
    cart or signup.

    Options
    -------
    - `required_stages` (default `["awareness", "consideration", "decision"]`): stages
      the site must have pages for.
    """

    code = "TP303"
    slug = "funnel-gap"
    title = "Every funnel stage exists and leads on"
    failure_title = "Gap in the funnel"
    severity = "warning"
    category = "paths"
    default_options: ClassVar[dict[str, Any]] = {
        "required_stages": ["awareness", "consideration", "decision"]
    }

    def check(self, ctx: AuditContext) -> list[Finding]:
        flow = ctx.graph.stage_flow
        label = ctx.data.stage_label
        findings = [
            self.finding(
                ctx.home_url,
                f"No page of the {label(stage)} stage was found.",
                element=f"stage {stage}",
                stage=stage,
                gap="no-page",
            )
            for stage in FUNNEL
            if stage in self.options["required_stages"] and stage in flow.stages_without_pages
        ]
        findings += [
            self.finding(
                ctx.home_url,
                f"No link leads from a {label(stage)} page to any later stage.",
                element=f"stage {stage} -> later",
                stage=stage,
                gap="no-way-forward",
                links_out=flow.matrix[stage],
            )
            for stage in flow.stages_without_way_forward
        ]
        return findings
