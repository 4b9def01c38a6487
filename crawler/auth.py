"""Send the site's HTTP credentials, and only to the site.

The credentials come from the start URL (``https://user:password@staging.example.com/``)
or, to resume such a crawl, from ``TOUCHPOINT_AUTH``. They are kept out of Scrapy's
settings on purpose: Scrapy logs every overridden setting, so ``HTTPAUTH_PASS`` would
reach the log. They go on requests to the crawled host and its ``www.`` twin, never to
the third-party hosts the crawl probes for link statuses.
"""

from __future__ import annotations

from typing import Any

from scrapy.http import Request
from w3lib.http import basic_auth_header

from core.urls import host_of, host_twins


class SiteAuthMiddleware:
    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.header: bytes | None = None
        self.hosts: frozenset[str] = frozenset()

    @classmethod
    def from_crawler(cls, crawler: Any) -> SiteAuthMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if self.header is None:
            self._prepare()
        if self.header and host_of(request.url) in self.hosts:
            request.headers.setdefault(b"Authorization", self.header)

    def _prepare(self) -> None:
        options = getattr(self.crawler.spider, "options", None)
        if options is None or options.credentials is None:
            self.header = b""
            return
        self.header = basic_auth_header(*options.credentials)
        self.hosts = host_twins(host_of(options.start_url))
