"""TP401 form-unlabelled-field."""

from __future__ import annotations

from audit.checks.base import Check, form_label
from audit.checks.forms import distinct_forms, once_per_form
from audit.context import AuditContext
from core.model import Finding
from core.records import Form
from core.text import counted


class FormUnlabelledField(Check):
    """A form field with no label: no `<label>`, no `aria-label`, no `aria-labelledby`.

    What it checks
    --------------
    Every visible field of every form. One finding per form with at least one field
    without a label, listing those fields. A placeholder is not a label: it disappears
    as soon as the visitor types. Forms in the header or footer count too: an unlabelled
    footer field is as unusable as one in the page content.

    A form repeated on many pages (a site-wide template: same action, method and field
    names, usually in the footer) is one form: it is counted once and reported once, on
    its shallowest page, with how many and which pages carry it (`form_pages`,
    `form_pages_sample`).

    Why it matters
    --------------
    Unlabelled fields are guesswork for everyone once the placeholder is gone, and
    unusable with a screen reader. Forms are the last step of most journeys: every
    confused visitor here is a lost lead.

    How to fix
    ----------
    Give each field a visible `<label for=...>` (or wrap it in one); use `aria-label`
    only where a visible label is truly impossible.

    Options
    -------
    None.
    """

    code = "TP401"
    slug = "form-unlabelled-field"
    title = "Form fields have labels"
    failure_title = "Form field has no label"
    severity = "warning"
    category = "forms"

    def scope(self, ctx: AuditContext) -> int | None:
        return distinct_forms(ctx.data.forms)

    def check(self, ctx: AuditContext) -> list[Finding]:
        findings: list[tuple[Form, Finding]] = []
        for form in ctx.data.forms:
            unlabelled = [f for f in form.fields if not (f.get("label") or "").strip()]
            if not unlabelled:
                continue
            names = [f.get("name") or f.get("placeholder") or f.get("type") for f in unlabelled]
            fields = counted(len(form.fields), "field")
            findings.append(
                (
                    form,
                    self.finding(
                        form.page_url,
                        f"{len(unlabelled)} of {fields} without a label: "
                        + ", ".join(str(n) for n in names),
                        element=form_label(form),
                        fields=[
                            {k: f.get(k) for k in ("name", "type", "placeholder")}
                            for f in unlabelled
                        ],
                    ),
                )
            )
        return once_per_form(ctx, findings)
