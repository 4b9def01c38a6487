"""Close a crawl in the store: true depths, sitemap flags, status, stats and limits hit."""

from __future__ import annotations

import logging
from typing import Any

from core.urls import session_params_dropped
from crawler.depth import compute_depths
from crawler.walls import merged_walls
from store.crawls import now_iso

log = logging.getLogger(__name__)


# Scrapy's CloseSpider extension ends a crawl that ran --max-time with this reason.
TIME_UP = "closespider_timeout"


def limits_hit(spider: Any, reason: str) -> dict[str, Any]:
    """Which limits cut the crawl short, and how many URLs were only probed because of them
    (or, for the request budget, not checked at all)."""
    hit: dict[str, Any] = {}
    options = spider.options
    for name in ("max_pages", "max_depth"):
        probed = spider.probed_beyond_limit[name]
        if probed:
            hit[name] = {"limit": getattr(options, name), "probed_only": probed}
    if spider.not_checked:
        hit["max_requests"] = {"limit": spider.request_budget, "not_checked": spider.not_checked}
    if reason == TIME_UP:
        hit["max_time"] = {"limit": options.max_time}
    rate_limited = spider.crawler.stats.get_value("touchpoint/rate_limited")
    if rate_limited:
        hit["max_rate_limit_wait"] = {
            "limit": options.max_rate_limit_wait,
            "not_checked": rate_limited,
        }
    return hit


# Counters of one crawl session (Scrapy stats); a resumed crawl adds them up.
SESSION_COUNTERS = {
    "touchpoint/retry_after_waits": "retry_after_waits",
    "downloader/response_count": "responses",
    "retry/count": "retries",
    "touchpoint/rate_limited": "rate_limited",  # 429 after the wait budget: not checked
    "touchpoint/sitemap_urls_dropped": "sitemap_urls_dropped",  # past 50,000 in one file
}


def finish_crawl(spider: Any, reason: str, stats: dict[str, Any]) -> None:
    """Depths, sitemap flags and the crawl's status and stats, at the end of every session.

    Page counts come from the store, so they cover every session of a resumed crawl
    (even one that was killed before it could finish); request counters are summed
    over the sessions that ended here.
    """
    store, crawl_id = spider.store, spider.crawl_id
    reachable = compute_depths(store, crawl_id, spider.start_page)
    store.mark_sitemap_pages(crawl_id)
    status = "finished" if reason in ("finished", TIME_UP) else "interrupted"
    previous = store.get_crawl(crawl_id)
    earlier = previous.get("stats") or {}
    counts = store.page_counts(crawl_id)
    keep: dict[str, Any] = {
        "pages_stored": counts["urls"],
        "pages_parsed": counts["parsed"],
        "errors": counts["errors"] + counts["broken"],
    }
    for key, name in SESSION_COUNTERS.items():
        session = stats.get(key)
        keep[name] = int(earlier.get(name) or 0) + (session if isinstance(session, int) else 0)
    keep["sessions"] = int(earlier.get("sessions") or 0) + 1
    keep["reachable_from_start"] = reachable
    keep["close_reason"] = reason
    keep["traps"] = _merged_traps(earlier.get("traps") or [], spider.traps.report())
    keep["session_ids"] = {**(earlier.get("session_ids") or {}), **session_params_dropped()}
    if spider.stopped_because:
        keep["stopped_because"] = spider.stopped_because
    walls = merged_walls(earlier.get("walls") or [], spider.walls.report())
    if walls:
        keep["walls"] = walls
    if spider.options.has_session:
        store.mark_behind_login(crawl_id, spider.behind_login)
        keep["behind_login"] = store.behind_login_count(crawl_id)
    if spider.login_note:
        keep["login"] = spider.login_note
    merged_limits = {**(previous.get("limits_hit") or {}), **limits_hit(spider, reason)}
    store.update_crawl(
        crawl_id, finished_at=now_iso(), status=status, stats=keep, limits_hit=merged_limits
    )
    log.info("crawl %s %s: %s", crawl_id, status, keep)


def _merged_traps(earlier: list[dict[str, Any]], now: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The traps of every session of the crawl, one entry per trap."""
    merged = {(t["kind"], t["pattern"]): dict(t) for t in earlier}
    for trap in now:
        key = (trap["kind"], trap["pattern"])
        if key in merged:
            merged[key]["stopped"] += trap["stopped"]
        else:
            merged[key] = dict(trap)
    return list(merged.values())
