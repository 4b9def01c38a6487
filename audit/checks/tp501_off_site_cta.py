"""TP501 off-site-cta."""

from __future__ import annotations

from urllib.parse import urlsplit

from audit.checks.base import Check, cta_label
from audit.context import AuditContext
from audit.inputs import Cta
from audit.model import Finding
from crawler.contacts import classify_contact

# Pages that stand in for a site (a list of links): sending visitors there from the
# site itself sends them away from the journey.
LINK_IN_BIO_HOSTS = frozenset(
    {"linktr.ee", "beacons.ai", "lnk.bio", "linkin.bio", "bio.link", "campsite.bio",
     "tap.bio", "hoo.be", "solo.to", "msha.ke", "linkpop.com", "stan.store"}
)  # fmt: skip
# Steps that belong on the site when the CTA asks for them (the rules classify the
# CTA, including by provider host: calendly.com is book_call, buy.stripe.com checkout).
ON_SITE_ACTIONS = frozenset({"signup", "book_call", "request_demo", "subscribe", "contact"})
HANDOFF_ACTIONS = frozenset({"checkout", "purchase"})


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


class OffSiteCta(Check):
    """A CTA that sends the visitor to another domain for a step that belongs on the site.

    What it checks
    --------------
    Every CTA whose target is on another domain. It is a leak (the check's severity,
    warning by default) when the CTA asks for a step the site should host (signup,
    booking a call, a demo request, subscribing, contact: as the rules classified the
    CTA, so `calendly.com` counts as booking) or goes to a link-in-bio page
    (linktr.ee and the like). A hand-off to a hosted checkout or payment provider
    (Stripe, PayPal, Shopify checkout, Gumroad...) at the end of the funnel is reported
    as a notice, not a leak. Contact channels (WhatsApp, Messenger, social profiles) are
    touchpoints, not leaks.

    Why it matters
    --------------
    Off the site, the visitor leaves the business's branding, analytics and follow-up:
    the conversion may happen, but the site cannot measure, retarget or nurture it, and
    a foreign-looking page makes some visitors drop out.

    How to fix
    ----------
    Host the step on the site: embed the booking or signup widget on an own page and
    link to it. Keep payment hand-offs, but make them the last click, with the brand
    carried over to the provider's page.

    Options
    -------
    None.
    """

    code = "TP501"
    slug = "off-site-cta"
    title = "CTAs keep the journey on the site"
    failure_title = "CTA sends the visitor off the site"
    severity = "warning"
    category = "touchpoints"

    def _external(self, ctx: AuditContext) -> list[Cta]:
        return [c for c in ctx.data.ctas if c.target_url and c.internal is False]

    def scope(self, ctx: AuditContext) -> int | None:
        return len(self._external(ctx))

    def check(self, ctx: AuditContext) -> list[Finding]:
        findings = []
        seen: set[tuple[str, str]] = set()
        for cta in self._external(ctx):
            target = cta.target_url or ""
            if (cta.page_url, target) in seen or classify_contact(target) is not None:
                continue
            host = _host(target)
            if host in LINK_IN_BIO_HOSTS:
                kind, detail = "link-in-bio", f"links to a link-in-bio page on {host}"
            elif cta.action in ON_SITE_ACTIONS:
                kind, detail = "leak", f"sends the '{cta.action}' step to {host}"
            elif cta.action in HANDOFF_ACTIONS:
                kind, detail = "handoff", f"hands the {cta.action} off to {host}"
            else:
                continue
            seen.add((cta.page_url, target))
            finding = self.finding(
                cta.page_url,
                f"{cta_label(cta)} {detail}.",
                element=cta_label(cta),
                target=target,
                host=host,
                action=cta.action,
                kind=kind,
            )
            if kind == "handoff":
                finding.severity = "notice"
            findings.append(finding)
        return findings
