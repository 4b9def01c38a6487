"""Forms shared by the TP2xx and TP4xx checks: where a form sits, and site-wide templates.

A form in the site chrome (a newsletter signup in the footer of every page) is not the
page's own action, so ``in_content`` keeps it out of "does this page ask for
something". Its defects are real, though, so the form-quality checks (TP401-TP404)
keep every form, but report a template form repeated on many pages once: ``once_per_form``
merges the findings of one form (same action, method and field names) into one, on the
shallowest page, with the pages that carry it as evidence. Their scopes count forms
the same way (``distinct_forms``), so the score compares like with like.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable

from audit.checks.base import sample
from audit.context import AuditContext
from core.model import Finding
from core.records import Form
from core.text import counted
from core.vocab import CONTENT_REGIONS


def in_content(form: Form) -> bool:
    """In the page's content regions, as the rules judged it with their pack (a form the
    rules never saw: in ``core.vocab.CONTENT_REGIONS``)."""
    if form.in_content is not None:
        return form.in_content
    return form.region in CONTENT_REGIONS


def form_key(form: Form) -> Hashable:
    """What makes two forms on different pages the same form: action, method, field names.

    The raw ``action`` attribute, not the resolved URL: a template form with no action
    (or ``#``) submits to each page it is on, yet it is the same markup everywhere.
    """
    names = tuple(str(f.get("name") or f.get("type") or "") for f in form.fields)
    return ((form.action or "").strip(), form.method, names)


def distinct_forms(forms: Iterable[Form]) -> int:
    """How many different forms: a template form repeated on every page counts once."""
    return len({form_key(form) for form in forms})


def once_per_form(ctx: AuditContext, judged: Iterable[tuple[Form, Finding]]) -> list[Finding]:
    """One finding per form and defect, however many pages repeat the form.

    Findings of the same form (``form_key``) with the same detail are merged into the
    finding of the shallowest page (then the first by URL); its evidence gains
    ``form_pages`` (how many pages carry the form) and ``form_pages_sample`` (which), and
    its detail says so. A form on one page keeps its finding unchanged.
    """
    groups: dict[Hashable, list[tuple[Form, Finding]]] = {}
    for form, finding in judged:
        groups.setdefault((form_key(form), finding.detail), []).append((form, finding))
    pages = ctx.data.pages

    def first(item: tuple[Form, Finding]) -> tuple[float, str, int]:
        page = pages.get(item[0].page_url)
        depth = page.depth if page is not None and page.depth is not None else math.inf
        return (depth, item[0].page_url, item[0].position)

    merged = []
    for items in groups.values():
        urls = sorted({form.page_url for form, _ in items})
        finding = min(items, key=first)[1]
        if len(urls) > 1:
            ending = "" if finding.detail.endswith(".") else "."
            finding.detail += f"{ending} The same form is on {counted(len(urls), 'page')}."
            finding.evidence["form_pages"] = len(urls)
            finding.evidence["form_pages_sample"] = sample(urls)
        merged.append(finding)
    return merged
