"""robots.txt per RFC 9309: fetched once per origin, read to 500 KiB, 5xx = disallow all.

Scrapy's own RobotsTxtMiddleware (switched off in settings) reads the whole file (a
15 MB robots.txt peaked at ~1 GB RSS), drops one over the download cap or a gzip bomb
and then crawls as if everything were allowed, and parses a 503 error page as rules
(allow-all again); the spider then fetched the file a second time for its ``Sitemap:``
lines. Here one fetch per origin serves both:

- 2xx: the rules of the first ``TOUCHPOINT_ROBOTS_MAX_BYTES`` (500 KiB, the RFC's
  minimum) of the file, decompressed; the download stops there.
- 4xx (and a redirect that leads nowhere): no rules, everything allowed (RFC 9309 2.3.1.3).
- 5xx, or a server that cannot be read (timeout, dropped connection): everything
  disallowed (2.3.1.4), and each URL says why.
- no server at all (DNS failure, connection refused): pages are left to fail with their
  own error, which is the finding the user needs (a link to a host that does not exist);
  no request can burden a server that is not there.

``--ignore-robots`` keeps the fetch (for the ``Sitemap:`` lines) and drops the rules.
"""

from __future__ import annotations

import logging
import zlib
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from protego import Protego
from scrapy import signals
from scrapy.exceptions import StopDownload
from scrapy.http import Request, Response
from scrapy.http.request import NO_CALLBACK
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import Deferred

from core.text import status_words
from core.urls import origin_of
from crawler.middlewares import NO_SERVER, NotFetched, error_words

log = logging.getLogger(__name__)

ROBOTS_META = "tp_robots"  # marks the one robots.txt request per origin; bytes read
CUT = "robots.txt cut"  # the flag of a robots.txt response read only in part
DISALLOWED = "robots.txt disallows this URL"
RFC = "nothing crawled, as RFC 9309 asks"


class RobotsDisallowed(NotFetched):
    """A URL robots.txt keeps the crawl away from; the message is the stored error."""


@dataclass
class RobotsFile:
    """What one origin's robots.txt says: rules, or allow-all, or disallow-all and why."""

    url: str
    rules: Protego | None = None  # None: no rules
    disallow_all: str | None = None  # why everything is disallowed (a 5xx, a timeout)
    sitemaps: list[str] = field(default_factory=list)
    cut_at: int | None = None  # bytes read of an over-size (or bomb) file

    def refusal(self, url: str, user_agent: str) -> str | None:
        """The stored error for ``url`` when robots.txt keeps the crawl from it, else None."""
        if self.disallow_all is not None:
            return self.disallow_all
        if self.rules is not None and not self.rules.can_fetch(url, user_agent):
            return DISALLOWED
        return None


def robots_file(url: str, response: Response) -> RobotsFile:
    """The RobotsFile a response to ``url`` (already cut to size) makes, by its status."""
    status = response.status
    if status >= 500:
        return RobotsFile(url, disallow_all=f"robots.txt answered {status_words(status)}: {RFC}")
    if status >= 300:  # 4xx, or a redirect with nowhere to go: no rules
        return RobotsFile(url)
    text = response.body.decode("utf-8", errors="replace").lstrip("\ufeff")
    rules = Protego.parse(text)
    sitemaps = [urljoin(response.url, s) for s in rules.sitemaps]
    cut_at = len(response.body) if CUT in response.flags else None
    return RobotsFile(url, rules, sitemaps=sitemaps, cut_at=cut_at)


def unreachable(url: str, exc: BaseException) -> RobotsFile:
    """No answer at all: disallow all (RFC 9309 2.3.1.4), unless there is no server."""
    if isinstance(exc, NO_SERVER):
        return RobotsFile(url)
    # Twisted's ResponseNeverReceived and ResponseFailed hold their reasons as Failures.
    causes = getattr(exc, "reasons", None) or []
    reason = (
        error_words(exc)
        or "; ".join(c.getErrorMessage() for c in causes)
        or str(exc)
        or type(exc).__name__
    )
    return RobotsFile(url, disallow_all=f"robots.txt could not be read ({reason}): {RFC}")


def first_bytes(body: bytes, encodings: list[bytes], limit: int) -> tuple[bytes, bool]:
    """The first ``limit`` bytes of a body once decompressed (gzip, deflate), never more,
    cut at the last full line; and whether anything was cut. A gzip bomb costs ``limit``."""
    cut = False
    if body[:3] == b"\x1f\x8b\x08" or encodings:
        if any(e not in (b"gzip", b"x-gzip", b"deflate") for e in encodings):
            log.info("robots.txt in an encoding not asked for (%s): read as empty", encodings)
            return b"", True
        try:
            inflate = zlib.decompressobj(wbits=47)  # gzip or zlib header, detected
            body = inflate.decompress(body, limit + 1)
        except zlib.error:
            try:
                body = zlib.decompressobj(wbits=-15).decompress(body, limit + 1)  # raw deflate
            except zlib.error:
                return b"", True
    if len(body) > limit:
        body, cut = body[:limit], True
    if cut and b"\n" in body:
        body = body[: body.rindex(b"\n") + 1]
    return body, cut


class RobotsTxtMiddleware:
    """Fetch each origin's robots.txt once, obey it (unless ``ROBOTSTXT_OBEY`` is off) and
    keep it for the spider's sitemaps (``robots_for``).

    Sits at 595, just before HttpCompressionMiddleware (590) on the way back, so a
    robots.txt is decompressed here, to 500 KiB at most, and never whole.
    """

    def __init__(self, crawler: Any) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.obey = settings.getbool("ROBOTSTXT_OBEY")
        self.user_agent = settings.get("ROBOTSTXT_USER_AGENT") or settings.get("USER_AGENT")
        self.max_bytes = settings.getint("TOUCHPOINT_ROBOTS_MAX_BYTES")
        self.files: dict[str, RobotsFile | list[Deferred[RobotsFile]]] = {}
        crawler.signals.connect(self.on_bytes, signal=signals.bytes_received)

    @classmethod
    def from_crawler(cls, crawler: Any) -> RobotsTxtMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        if ROBOTS_META in request.meta:
            request.meta[ROBOTS_META] = 0  # bytes of this attempt (a retry starts again)
            return
        if not self.obey or request.meta.get("dont_obey_robotstxt"):
            return
        if not request.url.startswith(("http://", "https://")):
            return
        robots = await self.robots_for(request.url)
        user_agent = request.headers.get(b"User-Agent") or self.user_agent
        if isinstance(user_agent, bytes):
            user_agent = user_agent.decode("latin-1")
        refusal = robots.refusal(request.url, user_agent)
        if refusal is not None:
            self.crawler.stats.inc_value("robotstxt/forbidden")
            raise RobotsDisallowed(refusal)

    async def robots_for(self, url: str) -> RobotsFile:
        """The robots.txt of ``url``'s origin, fetched on the first call, shared after."""
        origin = origin_of(url)
        known = self.files.get(origin)
        if isinstance(known, RobotsFile):
            return known
        if known is not None:  # being fetched: wait for it
            waiter: Deferred[RobotsFile] = Deferred()
            known.append(waiter)
            return await maybe_deferred_to_future(waiter)
        waiters: list[Deferred[RobotsFile]] = []
        self.files[origin] = waiters
        robots = await self._fetch(f"{origin}/robots.txt")
        self.files[origin] = robots
        for waiter in waiters:
            waiter.callback(robots)
        return robots

    async def _fetch(self, url: str) -> RobotsFile:
        request = Request(
            url,
            callback=NO_CALLBACK,
            priority=1000,
            # No size cap here: on_bytes stops reading at max_bytes, whatever the size.
            meta={
                "dont_obey_robotstxt": True,
                ROBOTS_META: 0,
                "download_maxsize": 0,
                # One file the whole crawl waits for: two quick retries, not six.
                "max_retry_times": 2,
            },
            headers={"Accept-Encoding": "gzip, deflate"},
        )
        self.crawler.stats.inc_value("robotstxt/request_count")
        try:
            response = await self.crawler.engine.download_async(request)
        except Exception as exc:  # any failure to get an answer is "unreachable"
            robots = unreachable(url, exc)
        else:
            robots = robots_file(url, response)
        if robots.disallow_all:
            log.info("%s", robots.disallow_all)
        if robots.cut_at:
            self.crawler.stats.set_value("touchpoint/robots_txt_cut_at", robots.cut_at)
            log.info("%s is over %s bytes: its first %s bytes are obeyed", url,
                        f"{self.max_bytes:,}", f"{robots.cut_at:,}")  # fmt: skip
        return robots

    def on_bytes(self, data: bytes, request: Request, spider: Any) -> None:
        """Stop reading a robots.txt once it is past the bytes that will be parsed."""
        received = request.meta.get(ROBOTS_META)
        if received is None:
            return
        request.meta[ROBOTS_META] = received + len(data)
        if received + len(data) > self.max_bytes:
            raise StopDownload(fail=False)

    def process_response(self, request: Request, response: Response) -> Response:
        """A robots.txt body cut to ``max_bytes`` once decompressed, encoding removed (so
        HttpCompressionMiddleware, next, leaves it alone)."""
        if ROBOTS_META not in request.meta:
            return response
        encodings = [
            e.strip().lower()
            for value in response.headers.getlist(b"Content-Encoding")
            for e in value.split(b",")
            if e.strip() and e.strip().lower() != b"identity"
        ]
        body, cut = first_bytes(response.body, encodings, self.max_bytes)
        flags = response.flags
        if cut or "download_stopped" in flags:
            flags = [*flags, CUT]
        response = response.replace(body=body, flags=flags)
        response.headers.pop(b"Content-Encoding", None)
        return response


def robots_middleware(crawler: Any) -> RobotsTxtMiddleware | None:
    """The crawl's RobotsTxtMiddleware, where the spider reads the sitemaps it found."""
    engine = getattr(crawler, "engine", None)
    manager = engine.downloader.middleware if engine is not None else None
    for middleware in getattr(manager, "middlewares", ()):
        if isinstance(middleware, RobotsTxtMiddleware):
            return middleware
    return None
