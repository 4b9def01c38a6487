"""TP403 form-insecure."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from audit.checks.base import Check, form_label, sentence
from audit.checks.forms import distinct_forms, once_per_form
from audit.context import AuditContext
from core.model import Finding
from core.records import Form

# Browsers treat loopback addresses as secure contexts even over http://.
LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})
CARD_NAME = re.compile(r"card.?(num|no)|cc.?(num|no)|cvc|cvv|csc|security.?code", re.I)


def sensitive(field: dict[str, Any]) -> bool:
    """A password or payment card field."""
    autocomplete = (field.get("autocomplete") or "").lower()
    words = " ".join(str(field.get(k) or "") for k in ("name", "label"))
    return (
        field.get("type") == "password"
        or autocomplete.startswith("cc-")
        or bool(CARD_NAME.search(words))
    )


class FormInsecure(Check):
    """A form sending passwords or card numbers in the URL or over plain HTTP.

    What it checks
    --------------
    Every form with a password or payment card field (by type, `autocomplete="cc-*"`,
    or name and label). It fails when the form uses `method="get"` (the secret lands in
    the URL, browser history and server logs) or submits to an `http://` address (other
    than a loopback address, which browsers treat as secure).

    A form repeated on many pages (a site-wide template: same action, method and field
    names) is counted once and reported once, on its shallowest page, with how many and
    which pages carry it (`form_pages`, `form_pages_sample`).

    Why it matters
    --------------
    Browsers mark such pages "Not secure" right where the visitor is asked to trust the
    business most, and the secret can be read by anyone on the network or with access
    to the logs.

    How to fix
    ----------
    Use `method="post"` and an `https://` action, and serve the whole site over HTTPS.

    Options
    -------
    None.
    """

    code = "TP403"
    slug = "form-insecure"
    title = "Forms send secrets securely"
    failure_title = "Form sends a password or card number insecurely"
    severity = "error"
    category = "forms"

    def _sensitive_forms(self, ctx: AuditContext) -> list[Form]:
        return [form for form in ctx.data.forms if any(sensitive(f) for f in form.fields)]

    def scope(self, ctx: AuditContext) -> int | None:
        return distinct_forms(self._sensitive_forms(ctx))

    def check(self, ctx: AuditContext) -> list[Finding]:
        findings: list[tuple[Form, Finding]] = []
        for form in self._sensitive_forms(ctx):
            target = form.action_url or form.page_url
            problems = []
            if form.method == "get":
                problems.append('method="get" puts the secret in the URL')
            if target.startswith("http://") and urlsplit(target).hostname not in LOOPBACK:
                problems.append(f"it submits over plain HTTP to {target}")
            if problems:
                fields = [f.get("name") or f.get("type") for f in form.fields if sensitive(f)]
                findings.append(
                    (
                        form,
                        self.finding(
                            form.page_url,
                            sentence(problems),
                            element=form_label(form),
                            method=form.method,
                            action_url=target,
                            sensitive_fields=fields,
                        ),
                    )
                )
        return once_per_form(ctx, findings)
