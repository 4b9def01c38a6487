"""TP402 form-too-many-fields."""

from __future__ import annotations

from typing import Any, ClassVar

from audit.checks.base import Check, form_label
from audit.checks.forms import distinct_forms, once_per_form
from audit.context import AuditContext
from core.model import Finding
from core.records import Form


class FormTooManyFields(Check):
    """A form asking for more fields than its purpose needs.

    What it checks
    --------------
    Every form, by the purpose the rules gave it (newsletter, signup, login, checkout,
    contact, booking, demo, review, search, other). It fails when the form has more
    visible fields than `max_fields` allows for that purpose.

    A form repeated on many pages (a site-wide template: same action, method and field
    names) is counted once and reported once, on its shallowest page, with how many and
    which pages carry it (`form_pages`, `form_pages_sample`).

    Why it matters
    --------------
    Each extra field costs completions; a newsletter form that asks for a phone number
    or a contact form with twelve fields turns interest into abandonment.

    How to fix
    ----------
    Ask only what this step needs. Collect the rest later (progressive profiling), or
    make it optional and move it after the conversion.

    Options
    -------
    - `max_fields` (default newsletter 2, login 3, search 2, signup 5, contact 5,
      demo 6, review 5, booking 7, checkout 14, other 8): the most fields per purpose.
    """

    code = "TP402"
    slug = "form-too-many-fields"
    title = "Forms ask only what they need"
    failure_title = "Form asks for too many fields"
    severity = "warning"
    category = "forms"
    default_options: ClassVar[dict[str, Any]] = {
        "max_fields": {
            "newsletter": 2, "login": 3, "search": 2, "signup": 5, "contact": 5, "demo": 6,
            "review": 5, "booking": 7, "checkout": 14, "other": 8,
        }
    }  # fmt: skip

    def scope(self, ctx: AuditContext) -> int | None:
        return distinct_forms(ctx.data.forms)

    def check(self, ctx: AuditContext) -> list[Finding]:
        limits = {**self.default_options["max_fields"], **self.options["max_fields"]}
        findings: list[tuple[Form, Finding]] = []
        for form in ctx.data.forms:
            limit = limits.get(form.purpose, limits["other"])
            if len(form.fields) > limit:
                findings.append(
                    (
                        form,
                        self.finding(
                            form.page_url,
                            f"A {form.purpose} form with {len(form.fields)} fields "
                            f"(threshold {limit}).",
                            element=form_label(form),
                            fields=len(form.fields),
                            max_fields=limit,
                            purpose=form.purpose,
                        ),
                    )
                )
        return once_per_form(ctx, findings)
