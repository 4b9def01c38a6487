"""TP401 form-unlabelled-field."""

from __future__ import annotations

from audit.checks.base import Check, form_label
from audit.context import AuditContext
from audit.model import Finding
from touchpoint.text import counted


class FormUnlabelledField(Check):
    """A form field with no label: no `<label>`, no `aria-label`, no `aria-labelledby`.

    What it checks
    --------------
    Every visible field of every form. One finding per form with at least one field
    without a label, listing those fields. A placeholder is not a label: it disappears
    as soon as the visitor types.

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
        return len(ctx.data.forms)

    def check(self, ctx: AuditContext) -> list[Finding]:
        findings = []
        for form in ctx.data.forms:
            unlabelled = [f for f in form.fields if not (f.get("label") or "").strip()]
            if not unlabelled:
                continue
            names = [f.get("name") or f.get("placeholder") or f.get("type") for f in unlabelled]
            findings.append(
                self.finding(
                    form.page_url,
                    f"{len(unlabelled)} of {counted(len(form.fields), 'field')} without a label: "
                    + ", ".join(str(n) for n in names),
                    element=form_label(form),
                    fields=[
                        {k: f.get(k) for k in ("name", "type", "placeholder")} for f in unlabelled
                    ],
                )
            )
        return findings
