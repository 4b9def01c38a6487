"""Close a crawl in the store: true depths, sitemap flags, status, stats and limits hit."""

from __future__ import annotations

import logging
from typing import Any

from crawler.depth import compute_depths
from touchpoint.store import now_iso

log = logging.getLogger(__name__)


def limits_hit(spider: Any) -> dict[str, Any]:
    """Which limits cut the crawl short, and how many URLs were only probed because of them."""
    hit: dict[str, Any] = {}
    options = spider.options
    for name in ("max_pages", "max_depth"):
        probed = spider.probed_beyond_limit[name]
        if probed:
            hit[name] = {"limit": getattr(options, name), "probed_only": probed}
    return hit


def finish_crawl(spider: Any, reason: str, stats: dict[str, Any]) -> None:
    store, crawl_id = spider.store, spider.crawl_id
    reachable = compute_depths(store, crawl_id, spider.start_page)
    store.mark_sitemap_pages(crawl_id)
    status = "finished" if reason == "finished" else "interrupted"
    kept_stats = {
        "touchpoint/pages_stored": "pages_stored",
        "touchpoint/seen_parsed": "pages_parsed",
        "touchpoint/seen_errors": "errors",
        "touchpoint/retry_after_waits": "retry_after_waits",
        "downloader/response_count": "responses",
        "retry/count": "retries",
    }
    keep: dict[str, Any] = {
        name: stats[key] for key, name in kept_stats.items() if isinstance(stats.get(key), int)
    }
    keep["reachable_from_start"] = reachable
    keep["close_reason"] = reason
    previous = store.get_crawl(crawl_id)
    merged_limits = {**(previous.get("limits_hit") or {}), **limits_hit(spider)}
    store.update_crawl(
        crawl_id, finished_at=now_iso(), status=status, stats=keep, limits_hit=merged_limits
    )
    log.info("crawl %s %s: %s", crawl_id, status, keep)
