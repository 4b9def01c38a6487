"""The site's login area: the pages behind it the crawl reached, and those it could not.

A crawl with a login (``--login-url``, ``[[login.steps]]``, session cookies) marks each
page only a logged-in visitor reaches (``Page.access == "login"``): the journey's
retention stage, audited like any other page. A crawl without one meets the same area
as answers that are not pages: 401 or 403, or a redirect to the login page. Those URLs
are neither broken links nor dead ends: they are the account area, not audited, and
``TP505`` says how to audit it. One reading here serves that check, TP102, TP503 and the
journey map, so they all count the same pages.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from core.records import AuditInput, Page
from core.text import counted

# A login page by its path: /login, /sign-in/, /account/login, /users/sign_in, /wp-login.php.
LOGIN_PATH = re.compile(r"(?:^|[/_.-])(?:log[-_]?in|sign[-_]?in|signon|auth)(?:[/_.?-]|$)")
LOGOUT_PATH = re.compile(r"(?:^|[/_.-])(?:log[-_]?out|sign[-_]?out|signoff)(?:[/_.?-]|$)")
REFUSED = frozenset({401, 403})
SAMPLE = 20


@dataclass(frozen=True)
class LoginArea:
    """What the crawl saw of the site's login area."""

    reached: list[str] = field(default_factory=list)  # pages crawled with the session
    unreached: list[str] = field(default_factory=list)  # URLs refused or sent to log in
    login_url: str | None = None  # where they were sent, the most common target
    login_page: str | None = None  # that login page as crawled (with its query), if it was
    refused: int = 0  # how many of ``unreached`` answered 401/403
    with_login: bool = False  # the crawl was given a login

    @property
    def exists(self) -> bool:
        return bool(self.reached or self.unreached)

    @property
    def not_audited(self) -> bool:
        """The area exists and the crawl met it only from outside."""
        return bool(self.unreached) and not self.reached

    def how(self) -> str:
        """How the unreached URLs kept the crawler out, in words."""
        redirected = len(self.unreached) - self.refused
        parts = []
        if redirected:
            they = "it redirects" if redirected == 1 else "they redirect"
            parts.append(f"{they} to {short(self.login_url)}" if self.login_url else they)
        if self.refused:
            parts.append(f"{counted(self.refused, 'answer')} 401/403")
        return "; ".join(parts)

    def as_dict(self) -> dict[str, Any]:
        """The journey map's ``login_area`` (audit.json)."""
        return {
            "status": "audited" if self.reached else "not_audited" if self.unreached else "none",
            "pages": len(self.reached),
            "pages_sample": sorted(self.reached)[:SAMPLE],
            "not_reached": len(self.unreached),
            "not_reached_sample": sorted(self.unreached)[:SAMPLE],
            "login_url": self.login_url,
            "with_login": self.with_login,
            "text": self.sentence(),
        }

    def sentence(self) -> str | None:
        """The one line the report shows in the stage map and the worksheet."""
        if self.reached:
            return f"Behind the login: {counted(len(self.reached), 'page')}."
        if self.unreached:
            return (
                f"Not audited: needs a login ({counted(len(self.unreached), 'page')}; "
                f"{self.how()})."
            )
        return None


def short(url: str | None) -> str:
    """A site URL as its path and query, as a consultant reads it."""
    if not url:
        return ""
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def is_login_page(page: Page | None, url: str, password_pages: set[str]) -> bool:
    """A page classified as asking to log in, holding a password form, or with a login path."""
    if page is not None and page.is_working and page.action == "login":
        return True
    return url in password_pages or bool(LOGIN_PATH.search(urlsplit(url).path.lower()))


def _password_pages(data: AuditInput) -> set[str]:
    return {
        form.page_url
        for form in data.forms
        if any(str(f.get("type") or "").lower() == "password" for f in form.fields)
    }


def _login_target(page: Page, data: AuditInput, password_pages: set[str]) -> str | None:
    """The login page this URL's redirect chain ends at (or passes), else None."""
    hops = [hop.get("url") for hop in page.redirect_chain or () if isinstance(hop, dict)]
    for url in [page.redirects_to, *hops[1:]]:
        if url and url != page.url and is_login_page(data.pages.get(url), url, password_pages):
            return str(url)
    return None


def _most_common(counts: Counter[str]) -> str | None:
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0] if counts else None


def find_login_area(data: AuditInput) -> LoginArea:
    """Read the login area from the crawl (see the module docstring)."""
    settings = data.crawl.settings or {}
    with_login = bool(settings.get("login_url") or settings.get("login_method"))
    password_pages = _password_pages(data)
    reached, unreached, targets, crawled = [], [], Counter[str](), Counter[str]()
    refused = 0
    for url, page in data.pages.items():
        if page.access == "login" and page.is_working:
            reached.append(url)
            continue
        if page.status not in REFUSED and not page.redirects_to:
            continue  # most pages: answered themselves
        if LOGOUT_PATH.search(urlsplit(url).path.lower()) or is_login_page(
            page, url, password_pages
        ):
            continue
        if page.status in REFUSED:
            unreached.append(url)
            refused += 1
            continue
        target = _login_target(page, data, password_pages)
        if target:
            unreached.append(url)
            # /login?next=/account/ and /login?next=/orders/ are one login page
            targets[urlsplit(target)._replace(query="").geturl()] += 1
            if target in data.pages:
                crawled[target] += 1
    login_url = _most_common(targets) or settings.get("login_url") or None
    login_page = _most_common(crawled)
    return LoginArea(reached, unreached, login_url, login_page, refused, with_login)
