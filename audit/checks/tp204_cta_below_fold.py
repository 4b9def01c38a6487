"""TP204 cta-below-fold."""

from __future__ import annotations

from typing import Any, ClassVar

from audit.checks.base import Check, cta_label
from audit.checks.cta import asks_for_action, in_content
from audit.context import AuditContext
from core.model import Finding
from core.records import Cta, Page

VIEWPORTS = {"desktop": "desktop (1366×768)", "mobile": "phone (390×844)"}


class CtaBelowFold(Check):
    """A page whose primary call to action is not in the first screen.

    What it checks
    --------------
    Every working page of the stages in `stages` (consideration and decision by
    default) crawled with rendering (`--render on` or `auto`), whose primary CTAs (as
    ranked by the rules, in the page content) have measured positions. For each
    viewport (desktop 1366×768, phone 390×844) the page passes when at least one of
    them is visible with its middle inside the first screen. It fails on the
    viewports where none is, and says which. Pages crawled without rendering have no
    positions and are not examined.

    Why it matters
    --------------
    What a visitor sees without scrolling decides whether they act. A "Start free
    trial" next to the price on a desktop can sink below a long hero on a phone, where
    most visitors arrive; a CTA hidden on one viewport is missing there altogether.

    How to fix
    ----------
    Put the page's main CTA in the first screen on every viewport: shorten or move the
    content above it on narrow screens, repeat the CTA near the top, or pin it in a
    sticky bar on phones. Do not hide it with a media query.

    Options
    -------
    - `stages` (default `["consideration", "decision"]`): the stages that are checked.
    - `viewports` (default `["desktop", "mobile"]`): the viewports that must show it.
    """

    code = "TP204"
    slug = "cta-below-fold"
    title = "Primary CTAs are in the first screen"
    failure_title = "Primary CTA is below the fold"
    severity = "warning"
    category = "intent"
    default_options: ClassVar[dict[str, Any]] = {
        "stages": ["consideration", "decision"],
        "viewports": ["desktop", "mobile"],
    }

    def _measured(self, ctx: AuditContext) -> list[tuple[Page, list[Cta]]]:
        """Pages of the checked stages with their measured primary CTAs."""
        stages = set(self.options["stages"])
        found = []
        for page in ctx.working_pages():
            if page.stage not in stages:
                continue
            primary = [
                cta
                for cta in ctx.ctas_by_page.get(page.url, ())
                if cta.prominence == "primary"
                and in_content(cta)
                and asks_for_action(cta)
                and cta.geometry
            ]
            if primary:
                found.append((page, primary))
        return found

    def scope(self, ctx: AuditContext) -> int | None:
        return len(self._measured(ctx))

    def check(self, ctx: AuditContext) -> list[Finding]:
        findings = []
        for page, primary in self._measured(ctx):
            missed = [
                viewport
                for viewport in self.options["viewports"]
                if not any(_in_first_screen(cta, viewport) for cta in primary)
            ]
            if not missed:
                continue
            cta = primary[0]
            where = "; ".join(_describe(cta, viewport) for viewport in missed)
            findings.append(
                self.finding(
                    page.url,
                    f"{cta_label(cta)} is not in the first screen on {where}.",
                    element=cta_label(cta),
                    viewports=missed,
                    stage=page.stage,
                    geometry=cta.geometry,
                )
            )
        return findings


def _box(cta: Cta, viewport: str) -> dict[str, Any]:
    box = (cta.geometry or {}).get(viewport)
    return box if isinstance(box, dict) else {}


def _in_first_screen(cta: Cta, viewport: str) -> bool:
    box = _box(cta, viewport)
    return bool(box.get("visible") and box.get("above_fold"))


def _describe(cta: Cta, viewport: str) -> str:
    box = _box(cta, viewport)
    name = VIEWPORTS.get(viewport, viewport)
    if not box:
        return f"{name} (not measured)"
    if not box.get("visible"):
        return f"{name} (hidden)"
    return f"{name} (top at {box.get('y')} px)"
