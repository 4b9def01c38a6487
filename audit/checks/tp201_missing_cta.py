"""TP201 missing-cta."""

from __future__ import annotations

from typing import Any, ClassVar

from audit.checks.base import Check
from audit.checks.cta import asks_for_action, in_content
from audit.checks.forms import in_content as form_in_content
from audit.context import AuditContext
from core.model import Finding
from core.records import Page
from core.vocab import CHROME_REGIONS

NEXT_STEP_STAGES = frozenset({"consideration", "decision"})


class MissingCta(Check):
    """A page whose stage expects an action but that offers no call to action.

    What it checks
    --------------
    Every working page of the stages in `stages` (consideration and decision by
    default). It fails when the page content (outside header, navigation and footer)
    has no working CTA that asks for a step and no form with a submit control. CTAs
    the rules classified as asking for nothing (`none`) do not count; placeholders
    (`href="#"`) do not either. Only forms in the page content (main or body) count:
    a newsletter form in the footer or sidebar of every page is not this page's
    action, so it does not save a sold-out product page with nothing to do. Search
    forms never count. A hub page (a consideration page whose action is `browse`: a
    category, a collection, a list of case studies) passes when its content links to
    consideration or decision pages: those links are its next step. A page whose
    content offers no next step at all is TP101's (`dead-end`) finding, not this one.

    Why it matters
    --------------
    A visitor comparing options or ready to decide needs to be told what to do next. A
    pricing page without a "Start trial", a product page without "Add to cart" (a
    sold-out product with no alternative) ends the journey where it should convert.

    How to fix
    ----------
    Add one clear primary CTA for the page's intended action in the page content; for
    unavailable products offer a "Notify me" form or a link to an alternative.

    Options
    -------
    - `stages` (default `["consideration", "decision"]`): the stages that must ask.
    """

    code = "TP201"
    slug = "missing-cta"
    title = "Pages that should ask for an action do"
    failure_title = "Page offers no call to action"
    severity = "warning"
    category = "intent"
    default_options: ClassVar[dict[str, Any]] = {"stages": ["consideration", "decision"]}

    def _candidates(self, ctx: AuditContext) -> list[Page]:
        stages = set(self.options["stages"])
        return [page for page in ctx.working_pages() if page.stage in stages]

    def scope(self, ctx: AuditContext) -> int | None:
        return len(self._candidates(ctx))

    def check(self, ctx: AuditContext) -> list[Finding]:
        findings = []
        for page in self._candidates(ctx):
            if page.next_step is False or asks_in_content(ctx, page):
                continue  # no next step at all is TP101's (dead-end) finding
            ctas = [c for c in ctx.ctas_by_page.get(page.url, ()) if in_content(c)]
            findings.append(
                self.finding(
                    page.url,
                    f"A {page.stage_label or page.stage} page with no CTA or form in its content.",
                    stage=page.stage,
                    ctas_in_content=len(ctas),
                )
            )
        return findings


def asks_in_content(ctx: AuditContext, page: Page) -> bool:
    """Whether the page's own content asks for a step: a working CTA, a form, or (for a hub
    page) links on to consideration or decision pages."""
    ctas = ctx.ctas_by_page.get(page.url, ())
    if any(in_content(c) and not c.template and asks_for_action(c) for c in ctas):
        return True
    if _leads_on(ctx, page):
        return True
    forms = ctx.forms_by_page.get(page.url, ())
    return any(
        f.has_submit and f.purpose != "search" and form_in_content(f) and not f.template
        for f in forms
    )


def _leads_on(ctx: AuditContext, page: Page) -> bool:
    """A consideration page that browses (a category, a collection, a list of case
    studies) whose content links to a working consideration or decision page: its links
    are its next step. A decision page (a product) must ask for the step itself: related
    products do not save a sold-out product page. Read from the navigation graph, whose
    edge keeps the region of the first link between two pages."""
    if page.stage != "consideration" or page.action != "browse":
        return False
    nav, pages = ctx.graph, ctx.data.pages
    node = nav.index.get(page.url)
    if node is None:
        return False
    for target_node, edge in nav.succ[node].items():
        target = pages.get(nav.urls[target_node])
        if (
            edge["region"] not in CHROME_REGIONS
            and target is not None
            and target.is_working
            and target.stage in NEXT_STEP_STAGES
        ):
            return True
    return False
