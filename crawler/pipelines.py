"""Write page records to the store in batches as they arrive.

A batch is one transaction: a page and its links, CTAs, forms and contacts are
stored together or not at all, so a killed crawl never leaves half a page, and
``--resume`` can trust that every stored page is complete.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from scrapy import signals

from crawler.finish import SessionReport, finish_crawl
from store.crawls import Store, StoreError, stale_after

log = logging.getLogger(__name__)

FLUSH_SECONDS = 2.0
BEAT_SECONDS = 5.0


class Heartbeat:
    """Renews the crawl's heartbeat from a thread while this process lives, so a crawl
    killed by -9 reads interrupted (``store.crawls.crawl_state``). A thread, not a
    reactor timer: the depth pass at the end of a large crawl holds the reactor for
    seconds while the crawl is alive. Beats a few times per stale threshold and stops
    by itself once the crawl is no longer running."""

    def __init__(self, store: Store, crawl_id: int) -> None:
        self.store, self.crawl_id = store, crawl_id
        self.every = min(BEAT_SECONDS, stale_after() / 4)
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._run, name="touchpoint-heartbeat", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.stopped.set()

    def beat(self) -> bool:
        try:
            return self.store.beat(self.crawl_id)
        except StoreError as exc:  # a locked or gone store: try again next time
            log.warning("crawl %s: heartbeat not written: %s", self.crawl_id, exc)
            return True

    def _run(self) -> None:
        while not self.stopped.wait(self.every):
            if not self.beat():
                return


class StorePipeline:
    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.batch_size = crawler.settings.getint("TOUCHPOINT_BATCH_SIZE", 100)
        self.buffer: list[dict[str, Any]] = []
        self.last_flush = time.monotonic()
        self.heartbeat: Heartbeat | None = None
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        # An idle worker of a distributed crawl holds the leases of its buffered pages
        # until they are stored: store them, so the others can see the frontier drained.
        crawler.signals.connect(self.flush, signal=signals.spider_idle)

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        return cls(crawler)

    @property
    def spider(self) -> Any:
        return self.crawler.spider

    def open_spider(self) -> None:
        store = self.spider.open_store()
        self.heartbeat = Heartbeat(store, self.spider.crawl_id)
        self.heartbeat.start()

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
        self.spider.frontier.release(record["page"]["url"] for record in batch)
        self.crawler.stats.inc_value("touchpoint/pages_stored", stored)
        self.last_flush = time.monotonic()
        if self.heartbeat is not None:
            self.heartbeat.beat()

    def close_spider(self) -> None:
        self.flush()

    def spider_closed(self, spider: Any, reason: str) -> None:
        if spider.store is None or spider.crawl_id is None:
            return
        try:
            if spider.frontier.distributed:  # the process that started the crawl closes it
                report = SessionReport.from_spider(spider, self.crawler.stats.get_stats())
                spider.frontier.leave({**report.as_dict(), "reason": reason})
            else:
                finish_crawl(spider, reason, self.crawler.stats.get_stats())
        finally:
            if self.heartbeat is not None:
                self.heartbeat.stop()
