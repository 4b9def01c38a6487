"""Build a classified crawl as plain data (no HTTP, no store) for the audit tests.

Like Lighthouse's audit tests, most checks are tested on synthetic input;
``test_audit_e2e.py`` and ``test_demo_audit.py`` crawl real sites.
"""

from __future__ import annotations

from itertools import count
from typing import Any

from audit.config import AuditConfig
from audit.runner import run_audit
from core.model import AuditResult, CrawlInfo
from core.records import AuditInput, Contact, Cta, Form, Link, Page

BASE = "https://shop.test"


def url(path: str) -> str:
    return path if "://" in path else BASE + path


class SiteBuilder:
    """A fluent, hand-countable site: ``site.page("/a").link("/", "/a")``."""

    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.links: list[Link] = []
        self.ctas: list[Cta] = []
        self.forms: list[Form] = []
        self.contacts: list[Contact] = []
        self.sitemap: set[str] = set()
        self.crawl = CrawlInfo(id=1, start_url=url("/"), status="finished")
        self._positions: dict[str, count[int]] = {}

    def page(
        self, path: str, stage: str = "awareness", action: str = "read",
        conversion: bool = False, **fields: Any,
    ) -> SiteBuilder:  # fmt: skip
        fields.setdefault("depth", None)
        self.pages[url(path)] = Page(
            url=url(path), stage=stage, action=action, is_conversion=conversion,
            stage_label=stage.capitalize(), **fields,
        )  # fmt: skip
        return self

    def redirect(self, path: str, to: str, hops: int = 1) -> SiteBuilder:
        chain = [{"url": url(f"{path}#hop{i}"), "status": 301} for i in range(hops)]
        chain[0]["url"] = url(path)
        chain.append({"url": url(to), "status": 200})
        self.pages[url(path)] = Page(
            url=url(path), status=301, final_url=url(to), redirect_chain=chain, parsed=False
        )
        return self

    def link(self, source: str, target: str, anchor: str = "", region: str = "main") -> SiteBuilder:
        self.links.append(Link(url(source), url(target), anchor or target, region))
        return self

    def cta(
        self, source: str, target: str | None, text: str = "Go", action: str | None = "signup",
        region: str = "main", prominence: str = "primary", href: str | None = None,
        internal: bool | None = None, provider: str | None = None,
    ) -> SiteBuilder:  # fmt: skip
        """A link-styled CTA; an internal target also gets its link row, as stored.
        ``provider`` is the hosted tool the rules found at its target (``calendly``)."""
        position = next(self._positions.setdefault(url(source), count()))
        target_url = url(target) if target else None
        is_internal = internal if internal is not None else bool(target and "://" not in target)
        self.ctas.append(
            Cta(
                page_url=url(source), position=position, kind="link", text=text,
                href=href if href is not None else target, target_url=target_url,
                internal=is_internal if target else None, region=region, action=action,
                prominence=prominence, provider=provider,
            )
        )  # fmt: skip
        if target and is_internal:
            self.link(source, target, text, region)
        return self

    def form(self, path: str, fields: list[dict[str, Any]], **kw: Any) -> SiteBuilder:
        position = sum(1 for f in self.forms if f.page_url == url(path))
        kw.setdefault("action_url", url(path))
        self.forms.append(Form(page_url=url(path), position=position, fields=fields, **kw))
        return self

    def contact(self, path: str, kind: str, target: str) -> SiteBuilder:
        self.contacts.append(Contact(page_url=url(path), kind=kind, target=target))
        return self

    def build(self) -> AuditInput:
        return AuditInput(
            crawl=self.crawl, pages=dict(self.pages), links=list(self.links),
            ctas=list(self.ctas), forms=list(self.forms), contacts=list(self.contacts),
            sitemap={url(p) for p in self.sitemap},
        )  # fmt: skip

    def audit(self, *select: str, **audit_table: Any) -> AuditResult:
        table = {"select": list(select) or ["ALL"], **audit_table}
        return run_audit(self.build(), AuditConfig.from_mapping(table))


def field(name: str, label: str | None = None, type: str = "text", **kw: Any) -> dict[str, Any]:
    return {"name": name, "type": type, "label": label, "tag": "input", **kw}


def found(result: AuditResult, check: str) -> list[str]:
    """Sorted paths (or full URLs off the site) of one check's findings."""
    return sorted(f.url.removeprefix(BASE) for f in result.findings if f.check == check)


def healthy_site() -> SiteBuilder:
    """A small site where no check fires: the base every bad variant breaks once.

    Clicks from /: /blog/ 1, /blog/post/ 2, /pricing/ 1, /signup/ 2 (by CTA too).
    """
    site = SiteBuilder()
    site.page("/", "awareness", "browse", depth=0)
    site.page("/blog/", "awareness", "read", depth=1)
    site.page("/blog/post/", "awareness", "read", depth=2)
    site.page("/pricing/", "consideration", "signup", depth=1)
    site.page("/signup/", "decision", "signup", conversion=True, depth=2)
    site.page("/account/", "retention", "login", depth=1)
    site.page("/refer/", "advocacy", "share", depth=1)
    site.page("/privacy/", "none", "none", depth=1)
    site.link("/", "/blog/", "Journal", "nav").link("/", "/account/", "Account", "nav")
    site.link("/", "/refer/", "Refer a friend", "footer").link(
        "/", "/privacy/", "Privacy", "footer"
    )
    site.cta("/", "/pricing/", "See pricing", action="browse")
    site.link("/blog/", "/blog/post/", "Read").link("/blog/post/", "/pricing/", "Pricing")
    site.cta("/pricing/", "/signup/", "Start free trial", action="signup")
    site.link("/signup/", "/", "Home", "nav").link("/account/", "/", "Home", "nav")
    site.link("/signup/", "/account/", "Account", "nav").link("/account/", "/refer/", "Refer")
    site.link("/refer/", "/", "Home", "nav").link("/privacy/", "/", "Home", "nav")
    site.form("/signup/", [field("email", "Email", "email")], purpose="signup", method="post")
    site.contact("/", "email", "mailto:hello@shop.test")
    site.sitemap = {"/", "/blog/", "/pricing/", "/signup/"}
    return site
