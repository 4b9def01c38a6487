"""TP203 placeholder-cta."""

from __future__ import annotations

from audit.checks.base import Check, cta_label
from audit.checks.cta import is_placeholder
from audit.context import AuditContext
from core.model import Finding


class PlaceholderCta(Check):
    """A call to action that goes nowhere: `href="#"`, an empty href, `javascript:`.

    What it checks
    --------------
    Every link-styled CTA (a link with a button role or a button/CTA class). It fails
    when the link has no href, an empty one, exactly `#`, or a `javascript:` URL. An
    in-page jump such as `#pricing` is fine. `<button>` elements are not judged from a
    static crawl, since a script may handle them.

    Why it matters
    --------------
    Either the template was never finished, or the button works only with scripts
    (and not at all for crawlers, some assistive technology, or when a script fails).
    Both leave a visitor clicking a button that does nothing.

    How to fix
    ----------
    Give the CTA a real `href` to the page that performs its step; if a script must
    handle it, keep a working `href` as the fallback.

    Options
    -------
    None.
    """

    code = "TP203"
    slug = "placeholder-cta"
    title = "CTAs lead somewhere"
    failure_title = "CTA goes nowhere"
    severity = "warning"
    category = "intent"

    def scope(self, ctx: AuditContext) -> int | None:
        return sum(1 for cta in ctx.data.ctas if cta.kind == "link")

    def check(self, ctx: AuditContext) -> list[Finding]:
        return [
            self.finding(
                cta.page_url,
                f"{cta_label(cta)} has href={cta.href!r}.",
                element=cta_label(cta),
                href=cta.href,
                region=cta.region,
            )
            for cta in ctx.data.ctas
            if is_placeholder(cta)
        ]
