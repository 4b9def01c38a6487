"""The consultant's whiteboard, drawn from the crawl: the stage map and the worksheet.

The stage map has one column per funnel stage: its pages, the actions they ask,
their CTAs, forms and contact channels, and the findings there as opportunities.
The touchpoint worksheet (see DESIGN.md) has four columns, left to right: where the
business connects with people, where it sends them for a first action, what drives
them to purchase, and the purchase options. An empty column is named as a gap.

The first column lists the business's own channels from the touchpoint inventory
(``audit.checks.inventory``): one line per distinct profile, number, address or chat,
with how many pages link it. Share links ("share on Facebook") are the visitor's channel,
an advocacy touchpoint: they are listed apart, under ``advocacy``. Placeholders (a
``facebook.com/`` with no account, a ``tel:`` with no number) are no channel at all: they
are listed under ``placeholders`` so a consultant can have them fixed.

Pages behind the site's login (``audit.login_area``) are the retention stage: both the
map (``login_area``) and the worksheet say how many the crawl reached with a login, or
that the area exists and was not audited.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from audit.checks.cta import in_content, is_placeholder
from audit.checks.inventory import read_contact, touchpoints
from audit.context import AuditContext
from core.model import Finding, finding_stages
from core.text import counted
from core.vocab import STAGES

LISTED = 25  # items listed per cell; counts always cover everything
DRIVER_ACTIONS = frozenset({"subscribe", "download", "book_call", "request_demo", "signup"})
DRIVER_FORMS = frozenset({"newsletter", "signup", "booking", "demo", "contact"})
PURCHASE_ACTIONS = frozenset({"purchase", "add_to_cart", "checkout"})


def journey_map(ctx: AuditContext, findings: list[Finding]) -> dict[str, Any]:
    data = ctx.data
    pages_by_stage: dict[str, list[Any]] = defaultdict(list)
    for page in ctx.working_pages():
        pages_by_stage[page.stage].append(page)
    stage_of = {url: page.stage for url, page in data.pages.items()}
    ctas: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for cta in data.ctas:
        if in_content(cta) and not is_placeholder(cta):
            ctas[stage_of.get(cta.page_url, "none")][(cta.text or "", cta.action or "")] += 1
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for form in data.forms:
        forms[stage_of.get(form.page_url, "none")][form.purpose] += 1
    contacts: dict[str, Counter[str]] = defaultdict(Counter)
    for contact in data.contacts:
        verdict = read_contact(contact)  # a share link counts as "share"; placeholders not
        if verdict is not None:
            contacts[stage_of.get(contact.page_url, "none")][verdict.kind] += 1
    found: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)

    def is_working(url: str) -> bool:
        page = data.pages.get(url)
        return page is not None and page.is_working

    for finding in findings:
        for stage in finding_stages(finding.url, finding.evidence, stage_of, is_working):
            found[stage][(finding.check, finding.title)] += 1
    stages = []
    for stage in STAGES:
        members = sorted(pages_by_stage[stage], key=lambda p: (p.depth is None, p.depth, p.url))
        stages.append(
            {
                "stage": stage,
                "label": data.stage_label(stage),
                "page_count": len(members),
                "pages": [{"url": p.url, "title": p.title, "action": p.action} for p in members][
                    :LISTED
                ],
                "actions": dict(Counter(p.action for p in members).most_common()),
                "ctas": [
                    {"text": text, "action": action, "count": n}
                    for (text, action), n in ctas[stage].most_common(LISTED)
                ],
                "forms": dict(forms[stage].most_common()),
                "contacts": dict(contacts[stage].most_common()),
                "findings": {check: n for (check, _), n in found[stage].most_common()},
                "opportunities": [
                    f"{title} ({check}): {n}" for (check, title), n in found[stage].most_common()
                ],
            }
        )
    return {"stages": stages, "login_area": ctx.login_area.as_dict()}


def _column(key: str, title: str, items: list[dict[str, Any]], gap: str) -> dict[str, Any]:
    return {
        "key": key,
        "title": title,
        "count": len(items),
        "items": items[:LISTED],
        "gap": None if items else gap,
    }


def worksheet(ctx: AuditContext, entry_urls: list[str]) -> dict[str, Any]:
    data = ctx.data
    inventory = touchpoints(data)
    no_channel = (
        "No social profile, messaging, chat, phone or email channel is linked from the site."
    )
    if inventory.placeholders:
        no_channel += " Only links to nobody: " + ", ".join(
            f"{p.url} ({counted(p.pages, 'page')})" for p in inventory.placeholders[:3]
        )
        no_channel += "."
    first_action = []
    for url in entry_urls:
        asks = sorted(
            {
                c.text or ""
                for c in ctx.ctas_by_page.get(url, ())
                if in_content(c) and not is_placeholder(c) and c.action not in (None, "none")
            }
        )
        page = data.pages[url]
        first_action.append({"label": page.title or url, "url": url, "ctas": asks})
    drivers = [
        {"label": f"{form.purpose} form", "kind": "form", "url": form.page_url}
        for form in data.forms
        if form.purpose in DRIVER_FORMS
    ]
    drivers += _cta_items(ctx, DRIVER_ACTIONS)
    purchase = [
        {"label": page.title or page.url, "kind": page.action, "url": page.url}
        for page in ctx.conversions
    ]
    purchase += _cta_items(ctx, PURCHASE_ACTIONS)
    columns = [
        _column(
            "connect",
            "Where the business connects with people",
            [channel.as_item() for channel in inventory.channels],
            no_channel,
        ),
        _column(
            "first_action",
            "Where it sends them for a first action",
            first_action,
            "No entry page (awareness page or sitemap page) was found.",
        ),
        _column(
            "drivers",
            "What drives them to purchase",
            drivers,
            "No newsletter, lead-magnet, trial, signup or booking form or CTA was found.",
        ),
        _column(
            "purchase",
            "The purchase options",
            purchase,
            "No conversion page or purchase CTA was found.",
        ),
    ]
    return {
        "columns": columns,
        "gaps": [c["gap"] for c in columns if c["gap"]],
        "advocacy": [share.as_item() for share in inventory.shares][:LISTED],
        "placeholders": [link.as_item() for link in inventory.placeholders][:LISTED],
        "login_area": ctx.login_area.sentence(),  # behind the login: N pages, or not audited
    }


def _cta_items(ctx: AuditContext, actions: frozenset[str]) -> list[dict[str, Any]]:
    """One item per distinct (CTA text, action), with the first page showing it."""
    items: dict[tuple[str, str], dict[str, Any]] = {}
    for cta in ctx.data.ctas:
        if cta.action in actions and not is_placeholder(cta):
            key = (cta.text or "", cta.action)
            if key not in items:
                target = cta.target_url or cta.page_url
                items[key] = {"label": cta.text or cta.action, "kind": cta.action, "url": target}
    return sorted(items.values(), key=lambda i: (i["kind"], i["label"]))
