"""TP504 no-advocacy-touchpoint."""

from __future__ import annotations

from audit.checks.inventory import ADVOCACY, InventoryCheck


class NoAdvocacyTouchpoint(InventoryCheck):
    """The site gives happy customers no way to tell others.

    What it checks
    --------------
    The whole site's touchpoint inventory. It fails when there is no advocacy page
    (referral, reviews, testimonials), no share link, and no review form or share or
    review CTA.

    Why it matters
    --------------
    Recommendations are the cheapest and most trusted acquisition channel. Without a
    referral program, a review request or a share button, the site leaves its happiest
    customers nothing to do.

    How to fix
    ----------
    Add a review form or a link to a review platform, share links on the pages worth
    sharing, and a referral page for customers.

    Options
    -------
    None.
    """

    code = "TP504"
    slug = "no-advocacy-touchpoint"
    title = "Customers can recommend the business"
    failure_title = "No advocacy touchpoint on the site"
    severity = "notice"
    category = "touchpoints"
    gap = ADVOCACY
    detail = "No referral or review page, share link, review form or CTA was found."
