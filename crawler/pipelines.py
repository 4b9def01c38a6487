"""Write page records to the store in batches as they arrive.

A batch is one transaction: a page and its links, CTAs, forms and contacts are
stored together or not at all, so a killed crawl never leaves half a page, and
``--resume`` can trust that every stored page is complete.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from scrapy import signals

from crawler.finish import finish_crawl

log = logging.getLogger(__name__)

FLUSH_SECONDS = 2.0


class StorePipeline:
    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.batch_size = crawler.settings.getint("TOUCHPOINT_BATCH_SIZE", 100)
        self.buffer: list[dict[str, Any]] = []
        self.last_flush = time.monotonic()
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        return cls(crawler)

    @property
    def spider(self) -> Any:
        return self.crawler.spider

    def open_spider(self) -> None:
        self.spider.open_store()

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        page = item["page"]
        stats = self.crawler.stats
        if page["parsed"]:
            stats.inc_value("touchpoint/seen_parsed")
        if page["error"] or (page["status"] or 0) >= 400:
            stats.inc_value("touchpoint/seen_errors")
        self.buffer.append(item)
        if (
            len(self.buffer) >= self.batch_size
            or time.monotonic() - self.last_flush > FLUSH_SECONDS
        ):
            self.flush()
        return item

    def flush(self) -> None:
        if not self.buffer:
            return
        batch, self.buffer = self.buffer, []
        stored = self.spider.store.write_batch(self.spider.crawl_id, batch)
        self.crawler.stats.inc_value("touchpoint/pages_stored", stored)
        self.last_flush = time.monotonic()

    def close_spider(self) -> None:
        self.flush()

    def spider_closed(self, spider: Any, reason: str) -> None:
        if spider.store is None or spider.crawl_id is None:
            return
        finish_crawl(spider, reason, self.crawler.stats.get_stats())
