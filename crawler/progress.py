"""Live crawl progress: a rich status line on a terminal, plain log lines otherwise.

Off a terminal (a pipe, CI) a plain, flushed line goes to stderr every
``TOUCHPOINT_PROGRESS_EVERY`` seconds (10 by default), so a CI log shows a long crawl
moving instead of nothing until its end.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

from rich.console import Console
from rich.live import Live
from rich.text import Text
from scrapy import signals
from twisted.internet.task import LoopingCall

from crawler.options import OptionsError

PLAIN_EVERY_SECONDS = 10.0
LIVE_EVERY_SECONDS = 0.5
EVERY_VARIABLE = "TOUCHPOINT_PROGRESS_EVERY"


def plain_every() -> float:
    """Seconds between plain progress lines: ``$TOUCHPOINT_PROGRESS_EVERY``, else 10.
    ``OptionsError`` (one line) for a value that is not a positive number."""
    text = os.environ.get(EVERY_VARIABLE, "").strip()
    if not text:
        return PLAIN_EVERY_SECONDS
    try:
        seconds = float(text)
    except ValueError:
        seconds = 0.0
    if not 0 < seconds < float("inf"):
        raise OptionsError(f"{EVERY_VARIABLE}={text!r} is not a number of seconds (e.g. 10)")
    return seconds


class CrawlProgress:
    """Pages done, queued, errors and pages/s while the crawl runs."""

    def __init__(self, crawler: Any, mode: str) -> None:
        self.crawler = crawler
        self.mode = mode
        self.started = time.monotonic()
        self.loop: LoopingCall | None = None
        self.live: Live | None = None
        self.console = Console(stderr=True)

    @classmethod
    def from_crawler(cls, crawler: Any) -> CrawlProgress:
        mode = crawler.settings.get("TOUCHPOINT_PROGRESS", "auto")
        if mode == "auto":
            mode = "live" if sys.stderr.isatty() else "plain"
        extension = cls(crawler, mode)
        if mode != "off":
            crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
            crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def snapshot(self) -> dict[str, float]:
        stats = self.crawler.stats
        engine = self.crawler.engine
        queued = 0
        try:
            queued = len(engine._slot.scheduler) + len(engine.downloader.active)
        except (AttributeError, TypeError):
            queued = 0
        done = stats.get_value("item_scraped_count", 0)
        elapsed = max(time.monotonic() - self.started, 1e-6)
        return {
            "done": done,
            "parsed": stats.get_value("touchpoint/seen_parsed", 0),
            "queued": queued,
            "errors": stats.get_value("touchpoint/seen_errors", 0),
            "rate": done / elapsed,
            "elapsed": elapsed,
        }

    def line(self) -> str:
        s = self.snapshot()
        return (
            f"{s['done']:,} URLs done ({s['parsed']:,} pages parsed), {s['queued']:,} queued, "
            f"{s['errors']:,} errors, {s['rate']:.1f} URLs/s, {s['elapsed']:.0f} s"
        )

    def spider_opened(self, spider: Any) -> None:
        self.started = time.monotonic()
        if self.mode == "live":
            self.live = Live(Text("starting crawl…"), console=self.console, transient=True)
            self.live.start()
            self.loop = LoopingCall(self.tick_live)
            self.loop.start(LIVE_EVERY_SECONDS, now=False)
        else:
            self.loop = LoopingCall(self.tick_plain)
            self.loop.start(plain_every(), now=False)

    def tick_live(self) -> None:
        if self.live is not None:
            self.live.update(Text(f"crawling: {self.line()}", style="cyan"))

    def tick_plain(self) -> None:
        print(f"touchpoint: {self.line()}", file=sys.stderr, flush=True)

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        if self.live is not None:
            self.live.stop()
            self.live = None
