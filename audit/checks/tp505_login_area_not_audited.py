"""TP505 login-area-not-audited."""

from __future__ import annotations

from audit.checks.base import Check, sample
from audit.context import AuditContext
from audit.login_area import short
from core.model import Finding
from core.text import counted

SHOWN = 3  # paths named in the finding's detail; the evidence lists more


class LoginAreaNotAudited(Check):
    """The site's account area needs a login the crawl did not have.

    What it checks
    --------------
    Every URL the crawl met whose answer was not a page but a refusal to an anonymous
    visitor: 401 or 403, or a redirect to the login page (a page asking to log in, holding
    a password form, or with a login path such as `/login` or `/account/login`). One
    finding for the whole area, naming a few of its URLs and where they sent the crawler.
    These URLs are not broken links (TP102) and do not leave the retention stage empty
    (TP503): they are the area behind the login, which this crawl could not read. Pages
    the crawl did reach with a login are counted in the retention stage instead.

    Why it matters
    --------------
    Account, order and subscription pages are where a customer comes back: the retention
    stage of the journey. An audit that did not see them says nothing about them, and a
    report that quietly left them out would look complete.

    How to fix
    ----------
    Crawl again with a login: `touchpoint audit URL --login-url URL --login-field
    name=value` (or a `[[login.steps]]` script, or `--cookies FILE` with a session
    exported from a browser). With a login already given, check that the session lasts
    the whole crawl. If the area is meant to stay out of the audit, ignore this check.

    Options
    -------
    None.
    """

    code = "TP505"
    slug = "login-area-not-audited"
    title = "The crawl reached every page behind the login"
    failure_title = "Account area not audited: it needs a login"
    severity = "notice"
    category = "touchpoints"

    def check(self, ctx: AuditContext) -> list[Finding]:
        area = ctx.login_area
        if not area.unreached:
            return []
        urls = sorted(area.unreached)
        named = ", ".join(short(url) for url in urls[:SHOWN])
        if len(urls) > SHOWN:
            named += ", …"
        need = "needs" if len(urls) == 1 else "need"
        if area.with_login:
            advice = "The crawl's login did not reach them: check that its session lasts."
        else:
            advice = "Give touchpoint --login-url (and --login-field) to audit it."
        detail = (
            f"The account area was not audited: {counted(len(urls), 'page')} ({named}) {need} "
            f"a login ({area.how()}). {advice}"
        )
        return [
            self.finding(
                area.login_page or ctx.home_url,
                detail,
                element="login area",
                pages=sample(urls),
                page_count=len(urls),
                login_url=area.login_url,
                refused=area.refused,
            )
        ]
