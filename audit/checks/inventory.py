"""The site's touchpoint inventory, for the site-level TP5xx checks and the worksheet."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from audit.checks.base import Check
from audit.context import AuditContext
from audit.inputs import AuditInput
from audit.model import Finding

CONTACT_KINDS = frozenset({"phone", "email", "sms", "whatsapp", "messenger", "chat"})


@dataclass(frozen=True)
class Gap:
    """A kind of touchpoint and the evidence that would fill it."""

    stages: frozenset[str] = frozenset()  # working pages of these stages
    actions: frozenset[str] = frozenset()  # pages or CTAs asking for these actions
    form_purposes: frozenset[str] = frozenset()
    contact_kinds: frozenset[str] = frozenset()

    def found(self, data: AuditInput, limit: int = 10) -> list[str]:
        """Descriptions of what fills this gap, up to ``limit`` (empty: the gap is real)."""
        found: list[str] = []
        for page in data.pages.values():
            if page.is_working and (page.stage in self.stages or page.action in self.actions):
                found.append(f"page {page.url} ({page.stage}, {page.action})")
                if len(found) >= limit:
                    return found
        found += [
            f"{form.purpose} form on {form.page_url}"
            for form in data.forms
            if form.purpose in self.form_purposes
        ][: limit - len(found)]
        found += [
            f"{contact.kind} {contact.target}"
            for contact in data.contacts
            if contact.kind in self.contact_kinds
        ][: limit - len(found)]
        found += [
            f"{cta.action} CTA on {cta.page_url}" for cta in data.ctas if cta.action in self.actions
        ][: limit - len(found)]
        return found


CONTACT = Gap(
    actions=frozenset({"contact", "book_call"}),
    form_purposes=frozenset({"contact", "booking", "demo"}),
    contact_kinds=CONTACT_KINDS,
)
RETENTION = Gap(
    stages=frozenset({"retention"}),
    actions=frozenset({"login", "subscribe"}),
    form_purposes=frozenset({"login", "newsletter"}),
)
ADVOCACY = Gap(
    stages=frozenset({"advocacy"}),
    actions=frozenset({"share", "review"}),
    form_purposes=frozenset({"review"}),
    contact_kinds=frozenset({"share"}),
)


class InventoryCheck(Check):
    """Shared body of the site-level inventory checks: fail when ``gap`` finds nothing."""

    gap: ClassVar[Gap]
    detail: ClassVar[str]

    def check(self, ctx: AuditContext) -> list[Finding]:
        if self.gap.found(ctx.data, limit=1):
            return []
        return [self.finding(ctx.home_url, self.detail, element="site")]
