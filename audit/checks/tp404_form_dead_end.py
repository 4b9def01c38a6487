"""TP404 form-dead-end."""

from __future__ import annotations

from audit.checks.base import Check, form_label, sentence
from audit.checks.forms import distinct_forms, once_per_form
from audit.context import AuditContext
from core.model import Finding
from core.records import Form


class FormDeadEnd(Check):
    """A form that cannot be sent: no submit control, an action of `#`, a broken target.

    What it checks
    --------------
    Every form. It fails when the form has no submit button and more than one field
    (a single-field form still submits with the Enter key), when its `action` is `#`,
    or when its action points at a crawled internal URL that is broken.

    A form repeated on many pages (a site-wide template: same action, method and field
    names) is counted once and reported once, on its shallowest page, with how many and
    which pages carry it (`form_pages`, `form_pages_sample`).

    Why it matters
    --------------
    The visitor did the work (filled the form) and the site drops it: a lead, a booking
    or an order lost at the very last step.

    How to fix
    ----------
    Add a submit button with a clear label, point `action` at the endpoint that handles
    the form, and fix or restore that endpoint.

    Options
    -------
    None.
    """

    code = "TP404"
    slug = "form-dead-end"
    title = "Forms can be sent"
    failure_title = "Form cannot be sent"
    severity = "warning"
    category = "forms"

    def scope(self, ctx: AuditContext) -> int | None:
        return distinct_forms(ctx.data.forms)

    def check(self, ctx: AuditContext) -> list[Finding]:
        pages = ctx.data.pages
        findings: list[tuple[Form, Finding]] = []
        for form in ctx.data.forms:
            problems = []
            if not form.has_submit and len(form.fields) > 1:
                problems.append("it has no submit control")
            if (form.action or "").strip() == "#":
                problems.append('its action is "#"')
            target = pages.get(form.action_url or "")
            if target is not None and target.redirects_to:
                target = pages.get(target.redirects_to, target)
            if target is not None and target.is_broken:
                answer = f"HTTP {target.status}" if target.status else target.error
                problems.append(f"its action {form.action_url} answers {answer}")
            if problems:
                findings.append(
                    (
                        form,
                        self.finding(
                            form.page_url,
                            sentence(problems),
                            element=form_label(form),
                            problems=problems,
                            action=form.action,
                        ),
                    )
                )
        return once_per_form(ctx, findings)
