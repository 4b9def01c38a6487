"""The baseline: a minimal, idiomatic Scrapy CrawlSpider that follows every link.

Run by bench_crawl.py with ``scrapy runspider`` at the same concurrency as
touchpoint; it extracts nothing and stores nothing, so it is the speed floor
touchpoint is measured against.
"""

from __future__ import annotations

import os
from typing import Any, ClassVar
from urllib.parse import urlsplit

from scrapy.linkextractors import LinkExtractor
from scrapy.spiders import CrawlSpider, Rule


class RawSpider(CrawlSpider):
    name = "raw"
    custom_settings: ClassVar[dict[str, Any]] = {
        "ROBOTSTXT_OBEY": False,
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        "CONCURRENT_REQUESTS": int(os.environ.get("BENCH_CONCURRENCY", "16")),
        "CONCURRENT_REQUESTS_PER_DOMAIN": int(os.environ.get("BENCH_CONCURRENCY", "16")),
    }
    rules = (Rule(LinkExtractor(), callback="parse_page", follow=True),)

    def __init__(self, url: str = "", *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.start_urls = [url]
        self.allowed_domains = [urlsplit(url).hostname or ""]

    def parse_page(self, response):  # type: ignore[no-untyped-def]
        self.crawler.stats.inc_value("raw/pages")

    def closed(self, reason: str) -> None:
        count_file = os.environ.get("BENCH_COUNT_FILE")
        if count_file:
            with open(count_file, "w") as handle:
                handle.write(str(self.crawler.stats.get_value("raw/pages", 0)))
