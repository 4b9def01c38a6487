"""Downloader middlewares: refuse over-long URLs visibly, retry later and later, honour
``429 Retry-After`` within a budget, and say in words why a download failed.

Scrapy's RetryMiddleware retries at once, so a server that fails every other request
produced false broken links; a site that says "wait 30 s" must be given 30 s, for
every request to that host, not only the one that was refused, but not forever.
"""

from __future__ import annotations

import logging
import random
import re
import time
from email.utils import parsedate_to_datetime
from typing import Any

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    IgnoreRequest,
)
from scrapy.http import Request, Response
from twisted.python.failure import Failure

from core.vocab import NOT_FETCHED

log = logging.getLogger(__name__)

MAX_WAIT_SECONDS = 120.0
DEFAULT_WAIT_SECONDS = 5.0
MAX_429_RETRIES = 5
# No server at that name or port: one retry (a DNS hiccup, a restart), not six.
NO_SERVER = (CannotResolveHostError, DownloadConnectionRefusedError)


def retry_after_seconds(value: bytes | None, now: float | None = None) -> float:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return DEFAULT_WAIT_SECONDS
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return min(float(text), MAX_WAIT_SECONDS)
    try:
        when = parsedate_to_datetime(text).timestamp()
    except (TypeError, ValueError):
        return DEFAULT_WAIT_SECONDS
    return max(0.0, min(when - (now if now is not None else time.time()), MAX_WAIT_SECONDS))


class NotFetched(IgnoreRequest):
    """A URL the crawl chose not to fetch (or to stop asking for); the message is the
    stored error, and it says so (``core.vocab.NOT_FETCHED_PREFIXES``): never broken."""


class UrlTooLong(NotFetched):
    """A URL over ``URLLENGTH_LIMIT``: recorded with this reason, never fetched."""


class RateLimited(NotFetched):
    """A URL still answering 429 once its retries or the crawl's wait budget are spent."""


class UrlLengthGuard:
    """Refuse URLs longer than ``URLLENGTH_LIMIT`` as a recorded error.

    Scrapy's own UrlLengthMiddleware (switched off in settings) drops them silently,
    which left a link target with no status at all. The limit itself stays: it is
    what stops a crawler trap whose URLs grow on every click.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit

    @classmethod
    def from_crawler(cls, crawler: Any) -> UrlLengthGuard:
        return cls(crawler.settings.getint("URLLENGTH_LIMIT"))

    def process_request(self, request: Request) -> None:
        if self.limit and len(request.url) > self.limit:
            length = len(request.url)
            raise UrlTooLong(
                f"{NOT_FETCHED}URL of {length:,} characters, over the {self.limit:,} limit"
            )


class RetryAfterMiddleware:
    """Hold retried requests until their time (Retry-After, or the backoff of
    ``BackoffRetryMiddleware``), and give 429 waits a budget for the whole crawl.

    The budget counts the time some request to the site was held by a 429 (overlapping
    waits count once). Once it is spent, a URL answering 429 is stored as "rate-limited,
    not checked" at once instead of waiting: a site that rate-limits every request no
    longer costs hours, nor reads as a site of broken pages.
    """

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.budget = crawler.settings.getfloat("TOUCHPOINT_RATE_LIMIT_BUDGET")
        self.waited = 0.0  # seconds held by 429s so far, overlaps counted once
        self.held_until = 0.0  # monotonic time the latest 429 wait ends

    @classmethod
    def from_crawler(cls, crawler: Any) -> RetryAfterMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        """Hold a retried request until the wait the server asked for has passed.

        The slot delay alone cannot promise that: Scrapy jitters it (0.5x to 1.5x) and
        counts it from the last request sent, not from the 429 response.
        """
        not_before = request.meta.get("tp_not_before")
        remaining = not_before - time.monotonic() if not_before is not None else 0.0
        # Another worker of a distributed crawl may have met the 429 (crawler/frontier.py).
        frontier = getattr(self.crawler.spider, "frontier", None)
        if frontier is not None:
            remaining = max(remaining, frontier.paused_for())
        if remaining > 0:
            from scrapy.utils.defer import maybe_deferred_to_future
            from twisted.internet import reactor, task

            await maybe_deferred_to_future(task.deferLater(reactor, remaining, lambda: None))

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if response.status != 429:
            return response
        tries = request.meta.get("tp_429_tries", 0)
        if tries >= MAX_429_RETRIES:
            self._give_up(f"429 Too Many Requests {tries + 1} times")
        wait = retry_after_seconds(response.headers.get(b"Retry-After"))
        if not self._charge(wait):
            self._give_up(f"429 Too Many Requests; the {self.budget:g} s budget for waits is spent")
        self._slow_down(request, wait)
        self.crawler.stats.inc_value("touchpoint/retry_after_waits")
        log.info("429 from %s: waiting %.1f s before retrying", request.url, wait)
        retry = request.replace(dont_filter=True)
        retry.meta["tp_429_tries"] = tries + 1
        retry.meta["tp_not_before"] = time.monotonic() + wait
        retry.priority = request.priority + 1
        return retry

    def _charge(self, wait: float) -> bool:
        """Count a wait against the budget (the part not already covered by a wait in
        progress); False when it does not fit."""
        now = time.monotonic()
        extra = max(0.0, now + wait - max(now, self.held_until))
        if self.waited + extra > self.budget:
            return False
        self.waited += extra
        self.held_until = max(self.held_until, now + wait)
        return True

    def _give_up(self, why: str) -> None:
        self.crawler.stats.inc_value("touchpoint/rate_limited")
        raise RateLimited(f"{NOT_FETCHED}rate-limited, not checked ({why})")

    def _slow_down(self, request: Request, wait: float) -> None:
        frontier = getattr(self.crawler.spider, "frontier", None)
        if frontier is not None:  # every worker of a distributed crawl waits
            frontier.pause(wait)
        downloader = self.crawler.engine.downloader
        key = downloader.get_slot_key(request)
        slot = downloader.slots.get(key)
        if slot is None or slot.delay >= wait:
            return
        previous, slot.delay = slot.delay, wait

        def restore() -> None:
            if slot.delay == wait:
                slot.delay = previous

        from twisted.internet import reactor

        reactor.callLater(wait, restore)  # type: ignore[attr-defined,arg-type,unused-ignore]


def backoff_seconds(retry: int, base: float, cap: float) -> float:
    """How long to wait before retry number ``retry`` (1, 2, ...): exponential backoff with
    full jitter, uniform in [0, min(cap, base * 2 ** (retry - 1))]. The jitter keeps
    retries of requests that failed together from arriving together again."""
    return random.uniform(0.0, min(cap, base * 2 ** (retry - 1)))


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries (5xx, 408, timeouts, dropped connections), each one later than the
    last (``backoff_seconds``): a server that fails now and then gets time to recover,
    and the wait holds no other request (RetryAfterMiddleware waits on a timer)."""

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.base = settings.getfloat("TOUCHPOINT_RETRY_BACKOFF_BASE")
        self.cap = settings.getfloat("TOUCHPOINT_RETRY_BACKOFF_MAX")

    def process_response(  # type: ignore[override]
        self, request: Request, response: Response
    ) -> Request | Response:
        return self._later(super().process_response(request, response))

    def process_exception(  # type: ignore[override]
        self, request: Request, exception: Exception
    ) -> Request | Response | None:
        # No server, or one that speaks no TLS: one quick retry is all that can help.
        hopeless = isinstance(exception, NO_SERVER) or bool(error_words(exception))
        if hopeless and request.meta.get("retry_times", 0) >= 1:
            return None
        return self._later(super().process_exception(request, exception))

    def _later(self, result: Any) -> Any:
        if isinstance(result, Request):
            wait = backoff_seconds(result.meta["retry_times"], self.base, self.cap)
            result.meta["tp_not_before"] = time.monotonic() + wait
        return result


BYTES_META = "tp_bytes"  # bytes received of a request's body, for the over-size message


class BodySizeMeter:
    """Count the bytes received of each response, so a body cut off at the download cap
    can say how much arrived (Scrapy's cancellation of a chunked body says nothing)."""

    @classmethod
    def from_crawler(cls, crawler: Any) -> BodySizeMeter:
        from scrapy import signals

        meter = cls()
        crawler.signals.connect(meter.on_bytes, signal=signals.bytes_received)
        return meter

    def on_bytes(self, data: bytes, request: Request, spider: Any) -> None:
        request.meta[BYTES_META] = request.meta.get(BYTES_META, 0) + len(data)


def megabytes(size: int) -> str:
    """``20 MB`` for 20 MiB (a download cap, in the words of the settings)."""
    return f"{size / 2**20:,.3g} MB"


def failure_reason(failure: Failure, default_maxsize: int) -> str:
    """The stored error of a download that failed, in words: an over-size body, a redirect
    loop or a long chain read the same before (``DownloadCancelledError: `` and ``max
    redirections reached``)."""
    request = failure.request  # type: ignore[attr-defined]
    message = failure.getErrorMessage()
    if failure.check(NotFetched):
        return message
    if failure.check(DownloadCancelledError):
        limit = request.meta.get("download_maxsize", default_maxsize)
        announced = re.match(r"Expected to receive (\d+) bytes", message)
        if announced:
            size = f"{int(announced.group(1)):,} bytes announced"
        else:
            size = f"{request.meta.get(BYTES_META, 0):,} bytes received"
        return f"response over the {megabytes(limit)} download limit ({size}), not read"
    if failure.check(IgnoreRequest) and message == "max redirections reached":
        return redirect_failure([*request.meta.get("redirect_urls", []), request.url])
    tls = error_words(failure.value) if failure.value is not None else ""
    if tls:
        return tls
    kind = failure.type.__name__ if failure.type else "Error"
    return f"{kind}: {message}"


# A TLS handshake that meets a plain-HTTP server fails with these OpenSSL reasons.
PLAIN_HTTP_SIGNS = ("wrong version number", "packet length too long", "unknown protocol")


def causes_of(exc: BaseException) -> list[BaseException]:
    """The exceptions under a download failure: Twisted keeps them as lists of Failures
    (``ResponseNeverReceived.reasons``, or its args), Python as ``__cause__``."""
    found: list[BaseException] = []
    pending: list[object] = [exc]
    while pending and len(found) < 20:
        item = pending.pop()
        item = getattr(item, "value", item)  # a Failure holds its exception as .value
        if isinstance(item, list | tuple):
            pending.extend(item)
            continue
        if not isinstance(item, BaseException) or item in found:
            continue
        found.append(item)
        pending.extend([getattr(item, "reasons", None) or [], list(item.args), item.__cause__])
    return found


def error_words(exc: BaseException) -> str:
    """A download failure in words a user can act on: a TLS failure says so (and that the
    server may speak plain HTTP), not as Twisted's nested reprs."""
    for cause in causes_of(exc):
        if type(cause).__module__.startswith("OpenSSL") or "SSL" in type(cause).__name__:
            text = str(cause)
            if any(sign in text for sign in PLAIN_HTTP_SIGNS):
                return (
                    "the TLS handshake failed: the server seems to speak plain HTTP (try http://)"
                )
            reasons = re.findall(r"'([^']+)'\)", text)
            return f"the TLS handshake failed ({', '.join(reasons) or type(cause).__name__})"
    return ""


def redirect_failure(chain: list[str]) -> str:
    """``redirect loop: A -> B -> A`` when the chain comes back on itself, else how long it
    was (first and last hops)."""
    seen: dict[str, int] = {}
    for i, url in enumerate(chain):
        if url in seen:
            return "redirect loop: " + " -> ".join(chain[seen[url] : i + 1])
        seen[url] = i
    return f"more than {len(chain) - 1} redirects: {chain[0]} -> ... -> {chain[-1]}"
