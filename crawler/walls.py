"""Walls between the crawler and a site: consent banners, cookie walls, age and country gates.

- Rendered pages: a configured ``--consent`` button and every ``--wall-click`` are
  clicked when visible; with ``--consent auto`` (the default) the accept buttons of the
  common consent managers (``CONSENT_MANAGERS``) are looked for too, in one evaluation
  per page that waits for nothing, so a site without a banner is not slowed down.
  The manager's cookie stays in the browser context: later pages show no banner.
- Raw crawls: a start page that is only a wall (a small page whose form or link says
  accept/agree/enter/"I am over 18", reached directly or by a redirect) is submitted once,
  as the site's own form (hidden fields included) or link; the cookies it sets join
  ``CrawlOptions.cookies`` (in memory, sent to the site's hosts only) for the whole
  crawl, raw and rendered. A page the wall still answers later is not audited.
- ``WallLog`` is what the crawl's stats say about it: which wall, how, on how many pages.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response, TextResponse

from core.urls import host_of, host_twins
from crawler.login import site_cookies_from
from crawler.options import CrawlOptions, SiteCookie

if TYPE_CHECKING:
    from collections.abc import Callable

    from playwright.async_api import Locator, Page

log = logging.getLogger(__name__)

# The accept-all buttons of the common consent managers: (provider, CSS selector).
CONSENT_MANAGERS: tuple[tuple[str, str], ...] = (
    ("OneTrust", "#onetrust-accept-btn-handler"),
    ("Cookiebot", "#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll"),
    ("Cookiebot", "#CybotCookiebotDialogBodyButtonAccept"),
    ("Didomi", "#didomi-notice-agree-button"),
    ("Quantcast Choice", ".qc-cmp2-summary-buttons button[mode=primary]"),
    ("TrustArc", "#truste-consent-button"),
    ("Usercentrics", "[data-testid=uc-accept-all-button]"),
    ("Complianz", ".cmplz-accept"),
    ("CookieYes", ".cky-btn-accept"),
    ("Osano", ".osano-cm-accept-all"),
    ("iubenda", ".iubenda-cs-accept-btn"),
    ("Klaro", ".klaro .cm-btn-accept-all"),
    ("Klaro", ".klaro .cm-btn-success"),
    ("Borlabs Cookie", "[data-borlabs-cookie-accept]"),
    ("Borlabs Cookie", "#BorlabsCookieBox a._brlbs-btn-accept-all"),
    ("Cookie Notice", "#cn-accept-cookie"),
    ("GDPR Cookie Consent", "#cookie_action_close_header"),
    ("Termly", "[data-tid=banner-accept]"),
    ("Axeptio", "#axeptio_btn_acceptAll"),
    ("CookieFirst", "[data-cookiefirst-action=accept]"),
    ("Cookie-Script", "#cookiescript_accept"),
    ("Moove GDPR", ".moove-gdpr-infobar-allow-all"),
    ("Cookie Consent (Osano open source)", ".cc-window .cc-allow"),
    ("Cookie Consent (Osano open source)", ".cc-window .cc-dismiss"),
)
# The first visible accept button, as the index of its selector (-1: none), in one
# evaluation that waits for nothing: the page itself and the shadow roots hanging from
# <body>'s children (where Usercentrics and others draw). A Playwright locator over the
# joined selectors costs ~12 ms a page, and 170-290 ms on a 15,000-element page.
VISIBLE_JS = """(selectors) => {
  const hosts = document.body ? [...document.body.children].filter((e) => e.shadowRoot) : [];
  const any = selectors.join(", ");
  for (const root of [document, ...hosts.map((e) => e.shadowRoot)]) {
    if (!root.querySelector(any)) continue;  // one pass over the page: the usual answer
    for (const [index, selector] of selectors.entries()) {
      for (const el of root.querySelectorAll(selector)) {
        const box = el.getBoundingClientRect();
        const shown = !el.checkVisibility || el.checkVisibility({visibilityProperty: true});
        if (box.width > 0 && box.height > 0 && shown) {
          return index;
        }
      }
    }
  }
  return -1;
}"""

CLICK_TIMEOUT_MS = 3000
AUTO = "auto"
OFF = "off"

# A raw wall page: small, few links, and a control whose whole text accepts or enters.
WALL_WORDS = 250
WALL_LINKS = 8
ACCEPT_WORDS = re.compile(
    r"^\W*(?:yes\b.*|(?:i\s+)?agree\b.*|accept\b.*|allow\b.*|enter\b.*|continue|ok(?:ay)?"
    r"|got\s+it|i\s*(?:am|'m)\s+(?:over|at\s+least)\s+\d+.*|i\s*(?:am|'m)\s+\d+.*"
    r"|(?:alle\s+)?akzeptieren|zustimmen|einverstanden|ja\b.*|(?:tout\s+)?accepter\b.*"
    r"|j'accepte|oui\b.*|aceptar\b.*|acepto|s[ií]\b.*|aceitar\b.*|aceito|accetta\b.*|accetto)"
    r"\W*$",
    re.I,
)
AGE_WORDS = re.compile(
    r"\b(?:age|aged|adults?|years?\s+old|over\s+\d\d|1[89]|21|birth\w*|alter|âge|edad)\b", re.I
)
COUNTRY_WORDS = re.compile(r"\b(?:country|region|location|land|pays|país)\b", re.I)
CONSENT_WORDS = re.compile(r"\b(?:cookies?|consent|privacy|gdpr|datenschutz|tracking)\b", re.I)
# The submit controls of a form (the one whose text accepts is the one clicked).
CLICKABLE = (
    'descendant::input[re:test(@type, "^(submit|image)$", "i")]'
    '|descendant::button[not(@type) or re:test(@type, "^submit$", "i")]'
)
TEXT = (
    "//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)"
    " and not(ancestor::template)]"
)
REDIRECTS = [301, 302, 303, 307, 308]
TYPED_FIELDS = (
    ".//textarea | .//input[not(@type) or "
    're:test(@type, "^(text|email|password|tel|number|search|url)$", "i")]'
)


def consent_mode(options: CrawlOptions) -> str:
    """``auto``, ``off``, or ``configured`` (a button of the user's): stored crawls made
    before ``auto`` existed have None, which stays off."""
    if options.consent in (None, "", OFF):
        return OFF
    return AUTO if options.consent == AUTO else "configured"


def is_selector(text: str) -> bool:
    """Whether a ``--consent``/``--wall-click`` value is a CSS selector (else button text)."""
    return text.startswith(("#", ".", "[", "css=", "xpath=", "//")) or bool(
        re.match(r"^[a-z]+[#.\[]", text)
    )


# -- what the crawl says ------------------------------------------------------------


@dataclass
class WallPassed:
    kind: str  # consent, age gate, country gate, wall
    provider: str  # a consent manager's name, "cookie wall", "configured"
    how: str
    pages: int = 0  # pages read with the wall out of the way
    stopped: int = 0  # pages the wall still answered (not audited)

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind, "provider": self.provider, "how": self.how, "pages": self.pages,
        }  # fmt: skip
        if self.stopped:
            data["answered_by_wall"] = self.stopped
        return data


@dataclass
class WallLog:
    """The walls one crawl session met; ``report`` goes to ``crawls.stats["walls"]``."""

    walls: dict[tuple[str, str, str], WallPassed] = field(default_factory=dict)

    def passed(self, kind: str, provider: str, how: str) -> WallPassed:
        key = (kind, provider, how)
        if key not in self.walls:
            self.walls[key] = WallPassed(kind, provider, how)
            log.info("%s wall (%s) passed: %s", kind, provider, how)
        return self.walls[key]

    def count_page(self) -> None:
        """One more page read with every wall met so far out of the way."""
        for wall in self.walls.values():
            if not wall.how.startswith("not passed"):
                wall.pages += 1

    def report(self) -> list[dict[str, Any]]:
        return [wall.as_dict() for wall in self.walls.values()]


def merged_walls(earlier: list[dict[str, Any]], now: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The walls of every session of a crawl, one entry per wall, pages added up."""
    merged = {(w["kind"], w["provider"], w["how"]): dict(w) for w in earlier}
    for wall in now:
        key = (wall["kind"], wall["provider"], wall["how"])
        if key not in merged:
            merged[key] = dict(wall)
            continue
        for count in ("pages", "answered_by_wall"):
            if wall.get(count):
                merged[key][count] = merged[key].get(count, 0) + wall[count]
    return list(merged.values())


def wall_sentence(wall: dict[str, Any]) -> str:
    """One wall as the summary says it."""
    pages = wall.get("pages", 0)
    text = f"{wall['kind']} ({wall['provider']}): {wall['how']}, {pages:,} page{'s' * (pages != 1)}"
    if wall.get("answered_by_wall"):
        text += f"; {wall['answered_by_wall']:,} still answered by the wall (not audited)"
    return text


# -- rendered pages -----------------------------------------------------------------


async def click_consent(page: Page, consent: str) -> bool:
    """Click a configured button (a CSS selector, or its visible text) if the page shows it."""
    if is_selector(consent):
        locator = page.locator(consent.removeprefix("css="))
    else:
        exact = re.compile(rf"^\s*{re.escape(consent)}\s*$", re.I)
        locator = page.get_by_role("button", name=exact).or_(page.get_by_role("link", name=exact))
    return await _click_visible(page, locator.first)


async def _click_visible(page: Page, target: Locator) -> bool:
    try:
        if not await target.is_visible():
            return False
        await target.click(timeout=CLICK_TIMEOUT_MS)
        await page.wait_for_load_state("load")
    except Exception as exc:  # a banner that misbehaves must not lose the page
        log.info("wall click failed on %s: %s", page.url, exc)
        return False
    return True


async def accept_known_consent(page: Page) -> tuple[str, str] | None:
    """Click the first visible accept button of a known consent manager: ``(provider,
    selector)``, or None, at the cost of one evaluation, when the page shows none."""
    try:
        index = await page.evaluate(VISIBLE_JS, [selector for _, selector in CONSENT_MANAGERS])
    except Exception as exc:  # the page navigated away meanwhile: nothing to click
        log.info("consent check failed on %s: %s", page.url, exc)
        return None
    if index < 0:
        return None
    provider, selector = CONSENT_MANAGERS[index]
    clicked = await _click_visible(page, page.locator(selector).filter(visible=True).first)
    return (provider, selector) if clicked else None


async def clear_rendered_walls(page: Page, options: CrawlOptions, walls: WallLog) -> None:
    """Before a rendered page is read: the configured clicks, then a known consent banner."""
    mode = consent_mode(options)
    if mode == "configured" and options.consent and await click_consent(page, options.consent):
        walls.passed("consent", "configured", f"clicked {options.consent}")
    for click in options.wall_clicks:
        if await click_consent(page, click):
            walls.passed("gate", "configured", f"clicked {click}")
    if mode == AUTO:
        found = await accept_known_consent(page)
        if found is not None:
            walls.passed("consent", found[0], f"clicked {found[1]}")


# -- raw walls ------------------------------------------------------------------------


@dataclass
class Wall:
    """A wall page found on the start page, and the control that lets the visitor in."""

    url: str  # the wall page (where a redirect to it landed)
    kind: str
    label: str  # the accepting control's text
    form: int | None = None  # its form's index among the page's forms, or a link:
    clickable: int | None = None  # the control's index among the form's clickables
    href: str | None = None
    redirected: bool = False

    def submit(self, response: TextResponse) -> scrapy.Request:
        """The visitor's click: the site's own form (hidden fields and all) or link.
        Not redirected, so the cookies set by the answer are read from it."""
        meta = {"dont_redirect": True, "handle_httpstatus_list": REDIRECTS,
                "dont_obey_robotstxt": True}  # fmt: skip
        if self.form is None:
            assert self.href is not None
            return scrapy.Request(self.href, meta=meta, dont_filter=True)
        from form2request import form2request

        form = response.xpath("//form")[self.form]
        clicked = form.xpath(CLICKABLE)[self.clickable or 0]
        post = form2request(form, click=clicked.root)
        return scrapy.Request(
            post.url, method=post.method, headers=dict(post.headers), body=post.body,
            meta=meta, dont_filter=True,
        )  # fmt: skip

    @property
    def how(self) -> str:
        way = "submitted its form" if self.form is not None else "followed its link"
        return f"{way} '{self.label}' at {urlsplit(self.url).path or '/'}"


def _label(node: Any) -> str:
    text = " ".join(node.xpath("string(.)").get("").split())
    return text or node.attrib.get("value", "") or node.attrib.get("aria-label", "")


def _kind(text: str) -> str:
    if AGE_WORDS.search(text):
        return "age gate"
    if COUNTRY_WORDS.search(text):
        return "country gate"
    return "consent" if CONSENT_WORDS.search(text) else "wall"


def find_wall(response: Response) -> Wall | None:
    """The start page as a wall, if it is one: a small page with few links whose main
    control is an accepting form button or link, under words about cookies, age,
    country, or after a redirect to it."""
    if not isinstance(response, TextResponse):
        return None
    text = " ".join(" ".join(response.xpath(TEXT).getall()).split())
    links = response.xpath("//a[@href]")
    if len(text.split()) > WALL_WORDS or len(links) > WALL_LINKS:
        return None
    redirected = bool(response.meta.get("redirect_urls"))
    topical = redirected or _kind(text) != "wall"
    if not topical:
        return None
    url = response.url
    for number, form in enumerate(response.xpath("//form")):
        if form.xpath(TYPED_FIELDS):  # asks for words (an e-mail, a password): not a wall
            continue
        for index, control in enumerate(form.xpath(CLICKABLE)):
            label = _label(control)
            if ACCEPT_WORDS.match(label):
                return Wall(url, _kind(text), label, form=number, clickable=index,
                            redirected=redirected)  # fmt: skip
    for link in links:
        label, href = _label(link), link.attrib.get("href", "")
        target = response.urljoin(href)
        if ACCEPT_WORDS.match(label) and host_of(target) in host_twins(host_of(url)):
            return Wall(url, _kind(text), label, href=target, redirected=redirected)
    return None


def cookies_set(response: Response) -> list[SiteCookie]:
    """The cookies an answer sets for the site's hosts, read as a browser reads
    ``Set-Cookie`` (http.cookiejar through Scrapy's jar: expiry, deletions, Domain), then
    kept as the login's cookies are (``crawler.login.site_cookies_from``)."""
    from scrapy.http.cookies import CookieJar

    made = CookieJar().make_cookies(response, response.request or scrapy.Request(response.url))
    return site_cookies_from(
        (
            {"name": c.name, "value": c.value or "", "domain": c.domain, "path": c.path}
            for c in made
        ),
        response.url,
    )


class WallGuard:
    """The spider's side of a raw wall: find it on the start page, pass it once, and
    know the pages it still answers afterwards."""

    def __init__(self, options: CrawlOptions, log_: WallLog) -> None:
        self.options = options
        self.log = log_
        self.tried = consent_mode(options) == OFF
        self.wall: Wall | None = None
        self.entry: WallPassed | None = None
        self.page: dict[str, Any] = {}  # the meta of the page behind the wall

    def check(
        self, response: Response, callback: Callable[..., Any], errback: Callable[..., Any]
    ) -> scrapy.Request | None:
        """For the start page's first answer: the request that passes its wall, or None."""
        if self.tried or response.status >= 400 or not isinstance(response, TextResponse):
            return None
        self.tried = True
        wall = find_wall(response)
        if wall is None:
            return None
        self.wall = wall
        meta = response.meta
        self.page = {k: v for k, v in meta.items() if k.startswith("tp_") or k == "playwright"}
        return wall.submit(response).replace(callback=callback, errback=errback)

    def answered(self, response: Response | None) -> dict[str, Any]:
        """The wall's answer (None: it failed): keep the cookies it set for the whole
        crawl; returns the meta to fetch the page the wall stood in front of again."""
        assert self.wall is not None
        cookies = cookies_set(response) if response is not None else []
        if cookies:
            names = {c.name for c in cookies}
            self.options.cookies[:] = [c for c in self.options.cookies if c.name not in names]
            self.options.cookies.extend(cookies)
            how = self.wall.how
        else:
            how = f"not passed: {self.wall.how} set no cookie"
        self.entry = self.log.passed(self.wall.kind, "cookie wall", how)
        return {**self.page, "tp_t0": time.monotonic()}

    def stands_in_front(self, response: Response, words: int) -> bool:
        """Whether a later page is the wall again: redirected to the wall page, or a small
        page offering the same way in. It is then not audited."""
        wall, entry = self.wall, self.entry
        if wall is None or entry is None or entry.how.startswith("not passed"):
            return False
        if wall.redirected:
            hit = _path(response.url) == _path(wall.url)
        else:
            again = find_wall(response) if words <= WALL_WORDS else None
            hit = again is not None and again.label == wall.label
        entry.stopped += hit
        return hit


def _path(url: str) -> str:
    return urlsplit(url).path or "/"
