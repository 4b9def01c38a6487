"""Downloader middlewares: refuse over-long URLs visibly, honour ``429 Retry-After``.

Scrapy's RetryMiddleware retries at once; a site that says "wait 30 s" must be
given 30 s, for every request to that host, not only the one that was refused.
"""

from __future__ import annotations

import logging
import time
from email.utils import parsedate_to_datetime
from typing import Any

from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response

from core.vocab import NOT_FETCHED

log = logging.getLogger(__name__)

MAX_WAIT_SECONDS = 120.0
DEFAULT_WAIT_SECONDS = 5.0
MAX_429_RETRIES = 5


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


class UrlTooLong(IgnoreRequest):
    """A URL over ``URLLENGTH_LIMIT``: recorded with this reason, never fetched."""


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
    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

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
        if remaining > 0:
            from scrapy.utils.defer import maybe_deferred_to_future
            from twisted.internet import reactor, task

            await maybe_deferred_to_future(task.deferLater(reactor, remaining, lambda: None))

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if response.status != 429:
            return response
        tries = request.meta.get("tp_429_tries", 0)
        if tries >= MAX_429_RETRIES:
            return response
        wait = retry_after_seconds(response.headers.get(b"Retry-After"))
        self._slow_down(request, wait)
        self.crawler.stats.inc_value("touchpoint/retry_after_waits")
        log.info("429 from %s: waiting %.1f s before retrying", request.url, wait)
        retry = request.replace(dont_filter=True)
        retry.meta["tp_429_tries"] = tries + 1
        retry.meta["tp_not_before"] = time.monotonic() + wait
        retry.priority = request.priority + 1
        return retry

    def _slow_down(self, request: Request, wait: float) -> None:
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
