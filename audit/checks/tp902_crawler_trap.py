"""TP902 crawler-trap."""

from __future__ import annotations

from audit.checks.base import Check
from audit.context import AuditContext
from core.model import Finding
from core.text import counted


class CrawlerTrap(Check):
    """The site generates endless URLs, and the crawl had to stop following them.

    What it checks
    --------------
    The crawl's trap guard: a chain of pages where each links to nothing new but another
    URL of the same pattern (an event calendar's "next month" forever, a token value that
    changes on every click), a path one folder deeper on every page, or a path repeating
    its own folders (`/a/b/a/b/a/`). Past `--trap-limit` such pages (20 by default; 200
    for pagination) the crawl stops parsing the pattern and reports it here, with
    example URLs. Links carrying
    session IDs (`?sid=`, `;jsessionid=`, `PHPSESSID`, ...) are reported too: the crawl
    drops those parameters from every URL, so they cost it nothing.

    Why it matters
    --------------
    Search engines and other crawlers meet the same trap: they spend their crawl budget
    on endless near-copies instead of the pages that sell, and analytics and caches
    fill with junk URLs. A visitor can click through the same trap too.

    How to fix
    ----------
    Link the calendar or listing only a bounded distance ahead (or mark the links
    `rel="nofollow"` and disallow the pattern in robots.txt), keep session IDs in
    cookies rather than URLs, and make relative links root-relative (`/about/`, not
    `about/`). If the pattern is real content, raise `--trap-limit` (or 0 to turn
    detection off).

    Options
    -------
    None.
    """

    code = "TP902"
    slug = "crawler-trap"
    title = "No crawler trap"
    failure_title = "A crawler trap: endless URLs of one pattern"
    severity = "warning"
    category = "crawl"

    def check(self, ctx: AuditContext) -> list[Finding]:
        stats = ctx.data.crawl.stats
        findings = [
            self.finding(
                trap["examples"][0] if trap.get("examples") else ctx.home_url,
                f"{trap['kind']}: {trap['pattern']}; the crawl stopped following it "
                f"({counted(trap.get('stopped', 0), 'URL')} only checked for status)",
                element=trap["pattern"],
                kind=trap["kind"],
                examples=trap.get("examples") or [],
            )
            for trap in stats.get("traps") or []
        ]
        for name, seen in sorted((stats.get("session_ids") or {}).items()):
            findings.append(
                self.finding(
                    ctx.home_url,
                    f"session IDs in URLs: {counted(seen['urls'], 'link URL')} carried a "
                    f"'{name}' parameter, which makes every visit's URLs new; the crawl "
                    f"dropped it (--keep-param {name} keeps it)",
                    element=name,
                    kind="session IDs in URLs",
                    examples=[seen["example"]],
                )
            )
        return findings
