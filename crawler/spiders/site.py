"""The one spider: walks a site inside its scope and yields one record per URL.

Frontier rules:
- a URL is scheduled once (the spider's own ``seen`` set; Scrapy's dupefilter is off);
- pages within the limits are *parsed* (record + links followed), internal link
  targets beyond a limit are *probed* (fetched for their status, not parsed), so
  every internal link target gets a status;
- sitemap URLs seed the crawl when link discovery runs dry, so pages only in the
  sitemap are crawled too (and found orphaned later).
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import CloseSpider, DontCloseSpider, StopDownload
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure
from w3lib.encoding import http_content_type_encoding

from core.crawl_records import PageRow
from core.urls import Scope, normalize_url, origin_of, set_param_policy
from crawler.auth import ANONYMOUS
from crawler.extract import empty_page_fields, extract_html
from crawler.frontier import LEASE, LocalFrontier, RedisFrontier
from crawler.login import LogoutWatch, is_login_url
from crawler.middlewares import NotFetched, failure_reason
from crawler.options import CrawlOptions
from crawler.render import looks_like_shell, render_request, render_result
from crawler.robots import robots_middleware
from crawler.safeguards import ErrorRate
from crawler.sitemaps import parse_sitemap
from crawler.traps import Chain, TrapGuard
from crawler.walls import WallGuard, WallLog
from store.crawls import DEFAULT_DB, Store, now_iso

log = logging.getLogger(__name__)

PARSE = "parse"
ERROR_RATE_STOP = "error_rate"  # the close reason when the error-rate safeguard trips
LOGGED_OUT = "logged_out"  # the close reason when the login session ended mid-crawl
REDIS_LOST = "redis_lost"  # the close reason of a worker whose Redis stayed unreachable
PROBE = "probe"
HTML_TYPES = ("text/html", "application/xhtml+xml")


def _content_type(response: Response) -> str:
    raw = response.headers.get(b"Content-Type") or b""
    return raw.decode("latin-1").split(";")[0].strip().lower()


def _redirect_chain(response: Response) -> list[dict[str, Any]]:
    """Each hop with its status. A ``<meta http-equiv="refresh">`` hop is a page that
    answered 200 (Scrapy gives its reason as the string "meta refresh"): the status
    stays a number and the hop says how it moved on."""
    urls = response.meta.get("redirect_urls") or []
    reasons = response.meta.get("redirect_reasons") or []
    chain = [
        {"url": u, "status": s} if isinstance(s, int) else {"url": u, "status": 200, "via": s}
        for u, s in zip(urls, reasons, strict=False)
    ]
    if chain:
        chain.append({"url": response.url, "status": response.status})
    return chain


class SiteSpider(scrapy.Spider):
    name = "site"

    def __init__(
        self,
        url: str | None = None,
        options: CrawlOptions | None = None,
        crawl_id: int | None = None,
        db: str | None = None,
        store: Store | None = None,
        login_note: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if options is None:
            if not url:
                raise ValueError("give the start URL: scrapy crawl site -a url=https://example.com")
            options = CrawlOptions(start_url=url)
            options.validate()
        self.options = options
        self.crawl_id = crawl_id
        self.db = db
        set_param_policy(options.keep_params, options.drop_params)
        self.scope = Scope.for_start_url(options.start_url, options.include, options.exclude)
        self.start_page = normalize_url(options.start_url) or options.start_url
        self.frontier: LocalFrontier = LocalFrontier()  # RedisFrontier for a worker
        self.probed_beyond_limit = {"max_pages": 0, "max_depth": 0}
        self.traps = TrapGuard(options.trap_limit)
        self.request_budget = options.request_budget()
        self.not_checked = 0  # URLs found after the request budget ran out
        self.error_rate = ErrorRate()
        self.stopped_because: str | None = None  # the error-rate safeguard's sentence
        self.walls = WallLog()  # consent banners, cookie walls, gates passed (crawler/walls.py)
        self.wall_guard = WallGuard(options, self.walls)
        self.login_note = login_note  # how crawler.login logged in, for the summary
        self.logout_watch = LogoutWatch(options.login_url) if options.login_method else None
        self.behind_login: set[str] = set()  # pages refused to a visitor without the session
        self.pending_sitemap: list[str] = []
        self.store = store  # run_crawl passes its own; `scrapy crawl` opens one from db
        self.state_loaded = False  # open_store runs from both the pipeline and start()
        self.resume_frontier: list[tuple[str, int]] = []

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> SiteSpider:
        spider: SiteSpider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        crawler.signals.connect(spider.on_headers, signal=signals.headers_received)
        spider.db = spider.db or crawler.settings.get("TOUCHPOINT_DB")
        if crawler.settings.get("TOUCHPOINT_REDIS_URL"):
            spider.join_distributed_crawl(crawler)
        return spider

    def join_distributed_crawl(self, crawler: Any) -> None:
        """Be one worker of a crawl whose frontier is in Redis (``crawler/workers.py``)."""
        from scrapy_redis import connection

        from crawler.frontier import RedisFrontier

        if self.crawl_id is None:
            raise ValueError("a worker joins a crawl that exists: give its crawl id")
        server = connection.from_settings(crawler.settings)
        self.frontier = RedisFrontier(server, self.crawl_id)
        self.frontier.redis.on_lost = self.redis_lost
        crawler.signals.connect(self.quicken_engine, signal=signals.spider_opened)

    def redis_lost(self, why: str) -> None:
        """Redis stayed away: stop this worker; the stored pages are complete."""
        from scrapy.utils.defer import deferred_from_coro

        if self.stopped_because is None:
            self.stopped_because = why
        assert self.crawler.engine is not None
        deferred_from_coro(self.crawler.engine.close_spider_async(reason=REDIS_LOST))

    def quicken_engine(self) -> None:
        """Ask the shared queue for work every half second when idle, not every 5 s:
        another worker may have queued requests meanwhile (a private Scrapy attribute,
        read when the engine starts the request loop, after spider_opened)."""
        self.crawler.engine._SLOT_HEARTBEAT_INTERVAL = 0.5

    # -- start ----------------------------------------------------------------

    def open_store(self) -> Store:
        """Open the store and create (or reload, when resuming) this crawl's state."""
        from core.version import __version__

        if self.store is not None and self.state_loaded:
            return self.store
        if self.store is None:
            self.store = Store.open(self.db or DEFAULT_DB)
        self.state_loaded = True
        if self.crawl_id is None:
            self.crawl_id = self.store.create_crawl(
                site=urlsplit(self.start_page).hostname or "",
                start_url=self.start_page,
                settings=self.options.to_dict(),
                tool_version=__version__,
            )
        else:
            if not self.frontier.distributed:  # a worker: only the seeding one reloads
                self._reload_state(self.store)
        return self.store

    def _reload_state(self, store: Store) -> None:
        from crawler.depth import frontier_after_interruption

        assert self.crawl_id is not None
        self.frontier.restore(store.stored_urls(self.crawl_id))
        self.pending_sitemap = store.sitemap_url_list(self.crawl_id)
        self.resume_frontier = [
            (url, depth)
            for url, depth in frontier_after_interruption(
                store, self.crawl_id, self.start_page, follow_nofollow=self.options.ignore_robots
            )
            if self.scope.wants(url)
        ]

    async def start(self) -> AsyncIterator[Any]:
        store = self.open_store()
        frontier = self.frontier
        if isinstance(frontier, RedisFrontier):
            frontier.join()
            if not frontier.claim_seeding():
                return  # another worker seeds; this one takes from the shared queue
            self._reload_state(store)
        async for request in self.start_requests_of_crawl():
            yield request
        if isinstance(frontier, RedisFrontier):
            frontier.mark_seeded()

    async def start_requests_of_crawl(self) -> AsyncIterator[scrapy.Request]:
        """The start page, the frontier a resumed crawl left, the sitemaps."""
        if not self.options.from_sitemap:
            # Not forced: on --resume a start page already stored is not fetched again.
            request = self.schedule(self.start_page, 0)
            if request is not None:
                yield request
        for url, depth in self.resume_frontier:
            request = self.schedule(url, depth)
            if request is not None:
                yield request
        for request in await self.sitemap_requests():
            yield request

    # -- frontier -------------------------------------------------------------

    def mode_for(self, depth: int, trapped: bool = False) -> str:
        options = self.options
        if (options.from_sitemap and depth > 0) or trapped:
            return PROBE
        if options.max_depth is not None and depth > options.max_depth:
            self.probed_beyond_limit["max_depth"] += 1
            return PROBE
        if not self.frontier.take_parse_slot(options.max_pages):
            self.probed_beyond_limit["max_pages"] += 1
            return PROBE
        return PARSE

    def schedule(
        self,
        url: str,
        depth: int,
        claimed: bool = False,
        found_on: Response | None = None,
        barren: bool = False,
    ) -> scrapy.Request | None:
        """A Request for a URL not seen before (None if seen; ``claimed``: the caller has
        just claimed it from the frontier), parse or probe by the limits and the trap
        guard; None once the request budget is spent."""
        if not claimed and not self.frontier.claim([url]):
            return None
        if not self.frontier.take_request(self.request_budget):
            self.not_checked += 1
            return None
        chain, trapped = Chain(), False
        if found_on is not None:
            parent = found_on.meta["tp_url"]
            chain, trapped = self.traps.follow(
                parent, Chain.from_meta(found_on.meta.get("tp_chain")), url, barren
            )
        mode = self.mode_for(depth, trapped)
        meta = {"tp_url": url, "tp_depth": depth, "tp_mode": mode, "tp_t0": time.monotonic()}
        if chain.patterns:
            meta["tp_chain"] = chain.as_meta()
        if mode == PARSE and self.options.render == "on":
            meta["playwright"] = True
        return scrapy.Request(
            url,
            callback=self.parse,
            errback=self.fetch_failed,
            meta=meta,
            priority=-depth,
            dont_filter=True,
        )

    def on_headers(self, headers: Any, body_length: int, request: Any, spider: Any) -> None:
        """Stop downloading bodies nobody reads: probes and non-HTML files need only the status."""
        meta = request.meta
        if meta.get(ANONYMOUS):
            raise StopDownload(fail=False)  # its status and Location say all
        if "tp_mode" not in meta:
            return
        content_type = (headers.get(b"Content-Type") or b"").decode("latin-1").lower()
        probe = meta["tp_mode"] == PROBE
        # An HTML page is read whole; so is one without a Content-Type (sniffed later).
        not_html = bool(content_type) and not any(kind in content_type for kind in HTML_TYPES)
        if probe or not_html:
            raise StopDownload(fail=False)

    def on_idle(self) -> None:
        """When link discovery runs dry, crawl the sitemap URLs no link led to."""
        assert self.crawler.engine is not None
        frontier = self.frontier
        if isinstance(frontier, RedisFrontier):
            if not frontier.drained():  # other workers are still at it
                raise DontCloseSpider
            if not frontier.claim_sitemap_pass():
                return
            assert self.store is not None and self.crawl_id is not None
            self.pending_sitemap = self.store.sitemap_url_list(self.crawl_id)
        depth = self.options.max_depth or 0
        scheduled = False
        while self.pending_sitemap:
            request = self.schedule(self.pending_sitemap.pop(), depth)
            if request is not None:
                self.crawler.engine.crawl(request)
                scheduled = True
        if scheduled:
            raise DontCloseSpider

    # -- sitemaps ---------------------------------------------------------------

    async def sitemap_requests(self) -> list[scrapy.Request]:
        """The sitemaps robots.txt names, else ``/sitemap.xml``; none when robots.txt
        forbids everything (and is obeyed). robots.txt is the one fetch RobotsTxtMiddleware
        makes for the origin (it obeys it too), not a second request."""
        middleware = robots_middleware(self.crawler)
        robots = await middleware.robots_for(self.start_page) if middleware else None
        if robots is not None and robots.disallow_all and not self.options.ignore_robots:
            return []
        found = robots.sitemaps if robots else []
        urls = found or [f"{origin_of(self.start_page)}/sitemap.xml"]
        return [self.sitemap_request(url) for url in urls]

    def sitemap_request(self, url: str) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_sitemap,
            errback=self.sitemap_failed,
            meta={
                "dont_obey_robotstxt": True,
                "handle_httpstatus_all": True,
                # The protocol's 50 MB, above the cap for pages.
                "download_maxsize": self.settings.getint("TOUCHPOINT_SITEMAP_MAXSIZE"),
            },
            priority=90,
            dont_filter=True,
        )

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        yield from self.read_sitemap(response)
        self.frontier.end_lease(response.meta)

    def read_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        if response.status != 200:
            log.info("no sitemap at %s (HTTP %s)", response.url, response.status)
            return
        settings = self.settings
        kind, locations, dropped = parse_sitemap(
            response.body,
            response.url,
            max_urls=settings.getint("TOUCHPOINT_SITEMAP_MAX_URLS"),
            max_bytes=settings.getint("TOUCHPOINT_SITEMAP_MAXSIZE"),
        )
        if dropped:
            self.crawler.stats.inc_value("touchpoint/sitemap_urls_dropped", dropped)
            log.info("%s lists %s URLs past the protocol's limit: not read", response.url, dropped)
        if kind == "too_large":
            log.info("%s is over the sitemap size limit uncompressed: not read", response.url)
        if kind == "sitemapindex":
            for loc in locations:
                if self.scope.is_internal(loc):
                    yield self.sitemap_request(loc)
            return
        urls = [u for u in (normalize_url(loc) for loc in locations) if u and self.scope.wants(u)]
        assert self.store is not None and self.crawl_id is not None
        self.store.add_sitemap_urls(self.crawl_id, ((u, response.url) for u in urls))
        if self.options.from_sitemap or self.frontier.distributed:  # a worker's list: the store
            for url in urls if self.options.from_sitemap else ():
                request = self.schedule(url, 0)
                if request is not None:
                    yield request
        else:
            self.pending_sitemap.extend(urls)

    def sitemap_failed(self, failure: Failure) -> None:
        self.frontier.end_lease(failure.request.meta)  # type: ignore[attr-defined]
        log.info("sitemap not readable: %s", failure.getErrorMessage())

    # -- pages ------------------------------------------------------------------

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        meta = response.meta
        self.frontier.hold(meta["tp_url"], meta.get(LEASE))
        self.note_outcome(response.status)
        if meta["tp_url"] == self.start_page:
            passing = self.wall_guard.check(response, self.behind_wall, self.behind_wall)
            if passing is not None:  # the start page is a wall: pass it, then read it again
                yield passing
                return
        url: str = meta["tp_url"]
        depth: int = meta["tp_depth"]
        elapsed_ms = round((time.monotonic() - meta["tp_t0"]) * 1000, 1)
        chain = _redirect_chain(response)
        final = normalize_url(response.url) or response.url
        content_type = _content_type(response)
        base: PageRow = {
            "url": url,
            "final_url": final,
            "status": chain[0]["status"] if chain else response.status,
            "error": None,
            "redirect_chain": chain or None,
            "depth": depth,
            "content_type": content_type,
            "in_sitemap": False,
            "rendered": False,
            "load_time_ms": elapsed_ms,
            "fetched_at": now_iso(),
        }
        rendered = render_result(response)
        if rendered is not None:
            base["rendered"], base["load_time_ms"] = True, rendered["load_ms"] or elapsed_ms
        if self.logout_watch is not None and meta["tp_mode"] == PARSE:
            self.note_logged_out(url, final)
        if final != url:
            # The URL redirects: record the hop, then the target as its own page
            # unless it is out of scope or already crawled on its own.
            yield {"page": {**base, **empty_page_fields(), "parsed": False}}
            if not self.scope.wants(final) or not self.frontier.claim([final]):
                return
            base = {**base, "url": final, "status": response.status, "redirect_chain": None}
        is_html = content_type in HTML_TYPES or (
            not content_type and b"<html" in response.body[:1024].lower()
        )
        parseable = is_html and isinstance(response, TextResponse) and response.status < 400
        if meta["tp_mode"] != PARSE or not parseable:
            yield {"page": {**base, **empty_page_fields(), "parsed": False}}
            return
        assert isinstance(response, TextResponse)
        # Raw bytes are decoded by the extractor as a browser would (BOM, header, meta,
        # default); a rendered DOM is text the browser already decoded.
        header = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        extraction = extract_html(
            response.text if rendered is not None else response.body,
            base["url"],
            self.scope,
            http_content_type_encoding(header),
            measured=rendered is not None,
        )
        if (
            rendered is None
            and self.options.render == "auto"
            and looks_like_shell(response.body, extraction)
        ):
            yield render_request(response.request, base["url"])
            return
        if self.wall_guard.stands_in_front(response, extraction.page.get("word_count") or 0):
            if final == url:  # answered by the wall itself (a redirect to it: the hop says so)
                yield {"page": {**base, **empty_page_fields(), "parsed": False}}
            return
        self.walls.count_page()
        extraction.page.update(base)
        extraction.page["parsed"] = True
        yield extraction.as_record()
        if self.options.has_session:
            yield self.anonymous_request(base["url"], depth)
        robots = extraction.page.get("robots_meta") or ""
        if "nofollow" in robots and not self.options.ignore_robots:
            return
        new_urls = self.frontier.claim(
            link["target_url"]
            for link in extraction.links
            if link["internal"]
            and not self.frontier.knows(link["target_url"])
            and self.scope.wants(link["target_url"])
        )
        found_through = Chain.from_meta(meta.get("tp_chain"))
        barren = bool(self.traps.limit) and self.traps.is_barren(
            base["url"], found_through, new_urls
        )
        for target in new_urls:
            request = self.schedule(
                target, depth + 1, claimed=True, found_on=response, barren=barren
            )
            if request is not None:
                yield request

    # -- the session ---------------------------------------------------------------

    def note_logged_out(self, url: str, final: str) -> None:
        """Stop (resumable) once pages keep being sent to the login page."""
        assert self.logout_watch is not None
        self._stop_if(self.logout_watch.note(url, final), LOGGED_OUT)

    def anonymous_request(self, url: str, depth: int) -> scrapy.Request:
        """The page asked again without the session's cookies, status and headers only:
        refused (401/403) or sent to the login page, it is behind the login."""
        return scrapy.Request(
            url,
            callback=self.anonymous_answer,
            errback=self.anonymous_failed,
            meta={
                ANONYMOUS: True, "dont_merge_cookies": True, "dont_redirect": True,
                "handle_httpstatus_all": True, "tp_for": url,
            },
            priority=-depth - 1,
            dont_filter=True,
        )  # fmt: skip

    def anonymous_answer(self, response: Response) -> None:
        self.frontier.end_lease(response.meta)
        location = (response.headers.get(b"Location") or b"").decode("latin-1")
        target = response.urljoin(location) if location else ""
        refused = response.status in (401, 403)
        if refused or (300 <= response.status < 400 and target and is_login_url(
            target, self.options.login_url
        )):  # fmt: skip
            self.behind_login.add(response.meta["tp_for"])

    def anonymous_failed(self, failure: Failure) -> None:
        self.frontier.end_lease(failure.request.meta)  # type: ignore[attr-defined]
        log.debug("anonymous check failed: %s", failure.getErrorMessage())

    def behind_wall(self, answer: Response | Failure) -> Iterator[scrapy.Request]:
        """The start page's wall was submitted (or failed): fetch the page it stood in front
        of again, with the cookies it set."""
        request = answer.request if isinstance(answer, Failure) else answer  # type: ignore[attr-defined]
        self.frontier.end_lease(request.meta)
        meta = self.wall_guard.answered(answer if isinstance(answer, Response) else None)
        yield scrapy.Request(
            meta["tp_url"], callback=self.parse, errback=self.fetch_failed, meta=meta,
            dont_filter=True,
        )  # fmt: skip

    def note_outcome(self, status: int | None, error: str | None = None) -> None:
        """Feed the error-rate safeguard; stop the crawl (resumable) when it trips."""
        if self.stopped_because is None:
            self._stop_if(self.error_rate.note(status, error), ERROR_RATE_STOP)

    def _stop_if(self, sentence: str | None, reason: str) -> None:
        """A safeguard's sentence ends the crawl (resumable), once, with that close reason."""
        if sentence is not None and self.stopped_because is None:
            self.stopped_because = sentence
            log.info("stopping: %s", sentence)
            raise CloseSpider(reason)

    def fetch_failed(self, failure: Failure) -> Iterator[dict[str, Any]]:
        request = failure.request  # type: ignore[attr-defined]
        meta = request.meta
        self.frontier.hold(meta["tp_url"], meta.get(LEASE))
        reason = failure_reason(failure, self.settings.getint("DOWNLOAD_MAXSIZE"))
        if not failure.check(NotFetched):  # robots.txt, URL length, rate limit: by choice
            self.note_outcome(None, reason)
        yield {
            "page": {
                "url": meta["tp_url"],
                "final_url": None,
                "status": None,
                "error": reason[:500],
                "redirect_chain": None,
                "depth": meta["tp_depth"],
                "content_type": None,
                "in_sitemap": False,
                "rendered": False,
                "load_time_ms": None,
                "fetched_at": now_iso(),
                **empty_page_fields(),
                "parsed": False,
            }
        }
