"""TP501 off-site-cta."""

from __future__ import annotations

from audit.checks.base import Check, cta_label
from audit.checks.cta import asks_for_action, in_content
from audit.checks.forms import in_content as form_in_content
from audit.context import AuditContext
from core.contacts import classify_contact
from core.model import Finding
from core.records import Cta
from core.urls import bare_host

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
# Forms in a page's content that host one of the ON_SITE_ACTIONS steps on the site.
ON_SITE_FORMS = frozenset({"signup", "booking", "demo", "newsletter", "contact"})


def _hosts_step_itself(ctx: AuditContext, page_url: str) -> bool:
    """The page's content offers an on-site step too: an internal CTA or a form for it."""
    ctas = ctx.ctas_by_page.get(page_url, ())
    forms = ctx.forms_by_page.get(page_url, ())
    return any(
        c.internal and in_content(c) and asks_for_action(c) and c.action in ON_SITE_ACTIONS
        for c in ctas
    ) or any(f.purpose in ON_SITE_FORMS and form_in_content(f) for f in forms)


class OffSiteCta(Check):
    """A CTA that sends the visitor to another domain for a step that belongs on the site.

    What it checks
    --------------
    Every CTA whose target is on another domain. It is a leak (the check's severity,
    warning by default) when the CTA asks for a step the site should host (signup,
    booking a call, a demo request, subscribing, contact: as the rules classified the
    CTA) on a site that is not a known hosted tool, or goes to a link-in-bio page
    (linktr.ee and the like). Contact channels (WhatsApp, Messenger, social profiles)
    are touchpoints, not leaks.

    Hand-offs are not reported and do not count against the score: a CTA to a hosted
    checkout or payment provider (Stripe, PayPal, Shopify checkout, Gumroad...: the
    `providers` of the rule pack in use) or any checkout or purchase CTA, and a CTA
    to a hosted booking tool (Calendly, Cal.com, Acuity...) that is the page's own
    step. There the conversion happens at the provider (the rules mark the page a
    conversion page, `offsite-handoff`), so the same link cannot also be a leak; the
    CTA still counts as an examined item that passes. A booking tool is a leak only
    when the page content also offers the step on the site (an internal CTA for
    contact, booking, a demo, signup or subscribing, or such a form) and the CTA sends
    visitors away from it.

    Why it matters
    --------------
    Off the site, the visitor leaves the business's branding, analytics and follow-up:
    the conversion may happen, but the site cannot measure, retarget or nurture it, and
    a foreign-looking page makes some visitors drop out.

    How to fix
    ----------
    Host the step on the site: embed the booking or signup widget on an own page and
    link to it, or make the on-site step the primary CTA. Keep payment and booking
    hand-offs, but make them the last click, with the brand carried over to the
    provider's page.

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
            # A contact channel (WhatsApp, a social profile) is a touchpoint, not a leak.
            if (cta.page_url, target) in seen or classify_contact(target) is not None:
                continue
            host = bare_host(target)
            # The rules named the hosted tool (their pack's providers: a client's too) and
            # gave the CTA the provider's action (calendly.com: book_call).
            hosted = (cta.provider, cta.action) if cta.provider else None
            action = cta.action
            if host in LINK_IN_BIO_HOSTS:
                kind, detail = "link-in-bio", f"links to a link-in-bio page on {host}"
            elif action in HANDOFF_ACTIONS or (hosted and hosted[1] in HANDOFF_ACTIONS):
                continue  # a checkout hand-off: the conversion itself
            elif hosted and not _hosts_step_itself(ctx, cta.page_url):
                continue  # a hosted booking tool as the page's step: the conversion
            elif action in ON_SITE_ACTIONS:
                kind, detail = "leak", f"sends the '{action}' step to {host}"
                if hosted:
                    detail += ", away from the page's own step on the site"
            else:
                continue
            seen.add((cta.page_url, target))
            finding = self.finding(
                cta.page_url,
                f"{cta_label(cta)} {detail}.",
                element=cta_label(cta),
                target=target,
                host=host,
                action=action,
                kind=kind,
            )
            findings.append(finding)
        return findings
