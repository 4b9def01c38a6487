"""TP503 no-retention-touchpoint."""

from __future__ import annotations

from audit.checks.inventory import RETENTION, InventoryCheck
from audit.context import AuditContext
from core.model import Finding


class NoRetentionTouchpoint(InventoryCheck):
    """The site has nothing that keeps a customer coming back.

    What it checks
    --------------
    The whole site's touchpoint inventory. It fails when there is no retention page
    (account, support, docs), no login, and no newsletter or subscription form or
    CTA. An area behind a login is one: pages the crawl reached with a login are retention
    pages, and URLs that refused an anonymous crawl (401/403, or a redirect to the login
    page) show the area exists even when the crawl had no login; TP505 then says that it
    was not audited, instead of this check saying there is none.

    Why it matters
    --------------
    Keeping a customer costs far less than finding a new one. A site that ends the
    journey at the purchase leaves repeat business to chance.

    How to fix
    ----------
    Add the touchpoints that bring customers back: a newsletter signup, an account
    area, support pages, linked from the footer and from the order confirmation.

    Options
    -------
    None.
    """

    code = "TP503"
    slug = "no-retention-touchpoint"
    title = "The site keeps customers coming back"
    failure_title = "No retention touchpoint on the site"
    severity = "notice"
    category = "touchpoints"
    gap = RETENTION
    detail = "No account, login, support, FAQ page and no newsletter form or CTA was found."

    def check(self, ctx: AuditContext) -> list[Finding]:
        if ctx.login_area.exists:  # an account area, audited or not (TP505)
            return []
        return super().check(ctx)
