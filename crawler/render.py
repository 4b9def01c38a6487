"""JavaScript rendering through scrapy-playwright: one crawler, one extractor.

A rendered page goes through the same ``extract_html`` as raw HTML: the browser
loads it, ``render_js/geometry.js`` writes each CTA candidate's box at a desktop
and a phone viewport into a ``data-tp-geom`` attribute, and ``page.content()``
(the rendered DOM) is what the spider extracts.

- ``--render on`` renders every parsed page; ``auto`` fetches raw HTML first and
  renders again only what looks like a script shell (``looks_like_shell``);
  probes, robots.txt and sitemaps never use the browser.
- ``RenderMiddleware`` (a downloader middleware) prepares each rendered request
  just before it is downloaded: the context it runs in, the consent click, the
  measurement, the screenshot. Contexts are recycled after
  ``--render-pages-per-context`` pages (``ContextRecycler``): a long-lived context
  keeps every page's cache, cookies and renderer memory, which is what makes
  browser crawlers grow without bound.
- Images, fonts, media and analytics requests are aborted (``ResourceBlocker``)
  unless ``--allow-resources`` asks for them.
"""

from __future__ import annotations

import base64
import logging
import re
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response

from core.screenshots import screenshot_path
from core.urls import origin_of
from crawler.auth import SiteHeaders, browser_cookies
from crawler.browser import find_browser, launch_options
from crawler.frontier import LEASE
from crawler.options import RESOURCE_KINDS, CrawlOptions
from crawler.walls import clear_rendered_walls

if TYPE_CHECKING:
    from playwright.async_api import BrowserContext, CDPSession, Page, ViewportSize
    from playwright.async_api import Request as BrowserRequest

    from crawler.extract import PageExtraction

log = logging.getLogger(__name__)

DESKTOP: ViewportSize = {"width": 1366, "height": 768}
PHONE: ViewportSize = {"width": 390, "height": 844}
# The phone is emulated as one, not just a narrow window: the viewport meta tag is
# honoured (a page without one is laid out at 980 px and zoomed out, as on a real
# phone), the pixel ratio is 3, and touch makes (pointer: coarse) and (hover: none)
# match. Only the user agent stays the desktop's: the page was already fetched.
DEVICE_METRICS = {
    "desktop": {**DESKTOP, "deviceScaleFactor": 1, "mobile": False},
    "mobile": {**PHONE, "deviceScaleFactor": 3, "mobile": True},
}
GEOMETRY_JS = (Path(__file__).parent / "render_js" / "geometry.js").read_text(encoding="utf-8")

# Playwright resource types of each --allow-resources kind (analytics is by host);
# everything else a page needs (HTML, CSS, scripts, XHR) always loads, since layout
# and injected content depend on it.
RESOURCE_TYPES = {"images": {"image"}, "fonts": {"font"}, "media": {"media", "texttrack"}}
ANALYTICS_HOSTS = (
    "google-analytics.com", "googletagmanager.com", "doubleclick.net", "googleadservices.com",
    "googlesyndication.com", "facebook.net", "connect.facebook.com", "hotjar.com",
    "segment.com", "segment.io", "mixpanel.com", "amplitude.com", "heapanalytics.com",
    "fullstory.com", "clarity.ms", "bat.bing.com", "analytics.tiktok.com", "snap.licdn.com",
    "plausible.io", "matomo.cloud", "newrelic.com", "nr-data.net", "sentry.io", "hs-analytics.net",
)  # fmt: skip

SHELL_WORDS = 60
SHELL_LINKS = 3
EMPTY_APP_ROOT = re.compile(
    rb"<div[^>]*\bid\s*=\s*[\"']?(?:root|app|__next|__nuxt|___gatsby|svelte|main-app)[\"']?"
    rb"[^>]*>\s*</div>",
    re.I,
)
FRAMEWORK_MARKERS = re.compile(
    rb"data-reactroot|\bng-version=|\bng-app\b|<app-root|__NUXT__|window\.__INITIAL_STATE__"
    rb"|data-v-app|<noscript>[^<]{0,200}(?:enable|requires?) javascript",
    re.I,
)

THUMBNAIL_SCALE = 0.3  # 1366x768 -> 410x230
THUMBNAIL_QUALITY = 55


def looks_like_shell(body: bytes, extraction: PageExtraction) -> bool:
    """Whether raw HTML is a page that scripts build: worth rendering in ``auto`` mode.

    An empty app root (``<div id="root"></div>``) is enough; otherwise a page needs
    both little content (few words, few links) and a script or a framework marker,
    so a short static page is not rendered for nothing.
    """
    if EMPTY_APP_ROOT.search(body):
        return True
    words = extraction.page.get("word_count") or 0
    links = sum(1 for link in extraction.links if link["internal"])
    if words >= SHELL_WORDS and links >= SHELL_LINKS:
        return False
    if FRAMEWORK_MARKERS.search(body):
        return True
    return words < SHELL_WORDS and links < SHELL_LINKS and b"<script" in body.lower()


def render_request(request: scrapy.Request | None, url: str) -> scrapy.Request:
    """The page at ``url`` (where a raw request landed) again, through the browser.

    ``auto`` mode's second look: same callback and depth, a fresh clock.
    """
    assert request is not None
    meta = {"tp_url": url, "tp_depth": request.meta["tp_depth"], "tp_mode": request.meta["tp_mode"]}
    meta.update(tp_t0=time.monotonic(), playwright=True)
    if LEASE in request.meta:  # a worker's lease on the page passes to this request
        meta[LEASE] = request.meta[LEASE]
    return request.replace(url=url, meta=meta, dont_filter=True)


def render_result(response: Response) -> dict[str, Any] | None:
    """What the browser measured for a rendered response (None for a raw one)."""
    if "playwright" not in response.flags:
        return None
    for method in response.meta.get("playwright_page_methods") or ():
        if isinstance(method.result, dict) and "load_ms" in method.result:
            return method.result
    return {"load_ms": None, "screenshot": None}


# -- screenshots ----------------------------------------------------------------


def default_screenshots_dir(db: str) -> str:
    """Next to a SQLite store (``site.db`` -> ``site.db-screenshots/``), else in the cwd."""
    if "://" in db and not db.startswith("sqlite"):
        return str(Path("touchpoint-screenshots").resolve())
    path = db.split("///", 1)[1] if db.startswith("sqlite") else db
    return str(Path(f"{path}-screenshots").resolve())


async def _thumbnail(session: CDPSession, target: Path) -> None:
    """A small JPEG of the first screen, scaled by Chromium itself (no image library)."""
    shot = await session.send(
        "Page.captureScreenshot",
        {
            "format": "jpeg",
            "quality": THUMBNAIL_QUALITY,
            "clip": {"x": 0, "y": 0, **DESKTOP, "scale": THUMBNAIL_SCALE},
        },
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(base64.b64decode(shot["data"]))


async def emulate(session: CDPSession, device: str) -> None:
    """Switch the tab to the desktop or the phone (``DEVICE_METRICS``), touch included."""
    phone = device == "mobile"
    await session.send(
        "Emulation.setTouchEmulationEnabled", {"enabled": phone, "maxTouchPoints": 5}
    )
    await session.send("Emulation.setDeviceMetricsOverride", DEVICE_METRICS[device])


# -- resource blocking ----------------------------------------------------------


class ResourceBlocker:
    """``PLAYWRIGHT_ABORT_REQUEST``: drop what a crawl does not need to read a page."""

    def __init__(self, allow: list[str] | tuple[str, ...] = ()) -> None:
        self.types = frozenset(
            kind for name, kinds in RESOURCE_TYPES.items() if name not in allow for kind in kinds
        )
        self.hosts = () if "analytics" in allow else ANALYTICS_HOSTS

    def blocks(self, url: str, resource_type: str) -> bool:
        if resource_type in self.types:
            return True
        host = (urlsplit(url).hostname or "").lower()
        return any(host == h or host.endswith("." + h) for h in self.hosts)

    def __call__(self, request: BrowserRequest) -> bool:
        return self.blocks(request.url, request.resource_type)


# -- contexts -------------------------------------------------------------------


class ContextRecycler:
    """Browser contexts and their open tabs, each context retired after ``cap`` pages.

    Tabs are reused from page to page (a new tab costs a renderer process start,
    which halves the crawl rate); a retired context is closed, tabs and all, as
    soon as its last page is done, which frees its renderer processes, caches and
    cookies; the next pages open a fresh one.
    """

    def __init__(self, pages_per_context: int) -> None:
        self.cap = pages_per_context
        self.generation = 0
        self.assigned = 0
        self.in_flight: Counter[str] = Counter()
        self.contexts: dict[str, BrowserContext] = {}
        self.idle: dict[str, list[Page]] = {}
        self.closed = 0

    @property
    def current(self) -> str:
        return f"tp-{self.generation}"

    def assign(self) -> tuple[str, Page | None]:
        """The context for the next page, and an idle tab of it to reuse if there is one."""
        if self.assigned >= self.cap:
            self.generation += 1
            self.assigned = 0
        self.assigned += 1
        name = self.current
        self.in_flight[name] += 1
        idle = self.idle.get(name)
        return name, idle.pop() if idle else None

    def remember(self, name: str, context: BrowserContext) -> None:
        self.contexts.setdefault(name, context)

    async def release(self, name: str, page: Page | None) -> None:
        """A page is done: keep its tab for the next page, or close what is retired."""
        self.in_flight[name] -= 1
        if page is not None and not page.is_closed():
            if name == self.current:
                self.idle.setdefault(name, []).append(page)
            else:
                await page.close()
        await self.close_retired()

    async def close_retired(self) -> None:
        for name in [n for n in self.contexts if n != self.current and self.in_flight[n] <= 0]:
            context = self.contexts.pop(name)
            self.idle.pop(name, None)
            del self.in_flight[name]
            await context.close()
            self.closed += 1


class RenderMiddleware:
    """Prepare rendered requests right before download, and recycle their contexts.

    Done here rather than when the spider builds the request so the scheduler
    queues plain requests (no callables in meta) and a context is assigned in
    download order, which is what lets it be closed when its pages are done.
    Runs after every other downloader middleware on the way out and first on the
    way back, so a retried request never carries a tab that went back to the pool.
    """

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        options: CrawlOptions = crawler.spider.options
        self.options = options
        self.recycler = ContextRecycler(options.render_pages_per_context)
        self.cookies = tuple(options.cookies)  # those the current context was made with
        # One DevTools session per tab, for the whole life of the tab: detaching one
        # undoes its emulation in ways that leave the tab at neither viewport.
        self.sessions: dict[Page, CDPSession] = {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> RenderMiddleware:
        return cls(crawler)

    async def process_request(self, request: scrapy.Request) -> None:
        meta = request.meta
        if not meta.get("playwright"):
            return
        from scrapy_playwright.page import PageMethod

        if tuple(self.options.cookies) != self.cookies:  # a wall set some: a new context
            self.cookies = tuple(self.options.cookies)
            self.recycler.assigned = self.recycler.cap
        name, page = self.recycler.assign()
        await self.recycler.close_retired()
        meta["playwright_context"] = name
        meta["playwright_include_page"] = True  # the tab stays open for reuse
        if page is not None:
            meta["playwright_page"] = page
        meta["playwright_context_kwargs"] = {
            "viewport": DESKTOP,
            "ignore_https_errors": True,
            "service_workers": "block",
            "user_agent": self.crawler.settings.get("USER_AGENT"),
            **self._credentials(),
        }
        meta["playwright_page_init_callback"] = self._on_page
        meta["playwright_page_goto_kwargs"] = {"wait_until": "load"}
        meta["playwright_page_methods"] = [PageMethod(self._read_page, meta.get("tp_url"))]

    def _credentials(self) -> dict[str, Any]:
        """The site's HTTP credentials for Chromium, limited to the start URL's origin, and
        its cookies, for its own hosts (the headers: ``SiteHeaders`` in the settings)."""
        options = self.options
        kwargs: dict[str, Any] = {}
        if options.cookies:
            kwargs["storage_state"] = {"cookies": browser_cookies(options), "origins": []}
        if options.credentials is not None:
            user, password = options.credentials
            origin = origin_of(options.start_url)
            kwargs["http_credentials"] = {"username": user, "password": password, "origin": origin}
        return kwargs

    async def process_response(self, request: scrapy.Request, response: Response) -> Response:
        await self._done(request, reuse=True)
        return response

    async def process_exception(self, request: scrapy.Request, exception: Exception) -> None:
        await self._done(request, reuse=False)

    async def _done(self, request: scrapy.Request, reuse: bool) -> None:
        name = request.meta.get("playwright_context")
        page = request.meta.pop("playwright_page", None)
        if page is not None and not reuse:
            await page.close()  # a tab in an unknown state is not reused
            page = None
        if isinstance(name, str) and name in self.recycler.in_flight:
            await self.recycler.release(name, page)

    async def _on_page(self, page: Page, request: scrapy.Request) -> None:
        self.recycler.remember(request.meta["playwright_context"], page.context)

    async def _session(self, page: Page) -> CDPSession:
        session = self.sessions.get(page)
        if session is None:
            session = self.sessions[page] = await page.context.new_cdp_session(page)
            page.once("close", self._forget)
        return session

    def _forget(self, page: Page) -> None:
        self.sessions.pop(page, None)

    async def _read_page(self, page: Page, url: str | None) -> dict[str, Any]:
        """Consent, then geometry on desktop and phone and the thumbnail; returns the load time.

        The tab ends back at the desktop, ready for its next page.
        """
        await clear_rendered_walls(page, self.options, self.crawler.spider.walls)
        session = await self._session(page)
        load_ms = await page.evaluate(GEOMETRY_JS, "desktop")
        screenshot = None
        folder = self.options.screenshots_dir
        crawl_id = self.crawler.spider.crawl_id
        if self.options.screenshots and folder and crawl_id is not None:
            target = screenshot_path(folder, crawl_id, url or page.url)
            await _thumbnail(session, target)
            screenshot = str(target)
        await emulate(session, "mobile")
        await page.evaluate(GEOMETRY_JS, "mobile")
        await emulate(session, "desktop")
        return {"load_ms": load_ms, "screenshot": screenshot}


# -- settings -------------------------------------------------------------------


def render_settings(options: CrawlOptions) -> dict[str, Any]:
    """The Scrapy settings a rendered crawl adds; empty for ``--render off``.

    Raises ``BrowserNotFound`` when no Chromium is there to launch.
    """
    if options.render == "off":
        return {}
    from crawler import settings as project

    handler = "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"
    return {
        "DOWNLOAD_HANDLERS": {"http": handler, "https": handler},
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": launch_options(
            find_browser(options.browser_path),
            blocked=[kind for kind in RESOURCE_KINDS if kind not in options.allow_resources],
        ),
        "PLAYWRIGHT_ABORT_REQUEST": ResourceBlocker(options.allow_resources),
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": options.concurrency,
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": 30_000,
        # scrapy-playwright sends Scrapy's headers; the browser's own are more realistic
        # (plus --header, to the site's hosts only).
        "PLAYWRIGHT_PROCESS_REQUEST_HEADERS": SiteHeaders(options) if options.headers else None,
        "DOWNLOADER_MIDDLEWARES": {
            **project.DOWNLOADER_MIDDLEWARES,
            "crawler.render.RenderMiddleware": 950,
        },
    }
