"""Close a crawl in the store: true depths, sitemap flags, status, stats and limits hit.

A crawl session (one process, or each worker of a distributed crawl) sums up what it saw
in a ``SessionReport``; ``close_crawl`` writes the reports of every session that ended
into the crawl's row. A single process closes its own crawl (``finish_crawl``); a
distributed crawl is closed once, by the process that started it, with its workers'
reports merged (``crawler/workers.py``).
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field
from typing import Any

from core.urls import session_params_dropped
from crawler.depth import compute_depths
from crawler.walls import merged_walls
from store.crawls import Store, now_iso

log = logging.getLogger(__name__)


# Scrapy's CloseSpider extension ends a crawl that ran --max-time with this reason.
TIME_UP = "closespider_timeout"

# Counters of one crawl session (Scrapy stats); a resumed crawl adds them up.
SESSION_COUNTERS = {
    "touchpoint/retry_after_waits": "retry_after_waits",
    "downloader/response_count": "responses",
    "retry/count": "retries",
    "touchpoint/rate_limited": "rate_limited",  # 429 after the wait budget: not checked
    "touchpoint/sitemap_urls_dropped": "sitemap_urls_dropped",  # past 50,000 in one file
}


@dataclass
class SessionReport:
    """What one crawl session saw that the stored pages do not say."""

    probed_beyond_limit: dict[str, int] = field(default_factory=dict)
    not_checked: int = 0  # URLs found after the request budget ran out
    counters: dict[str, int] = field(default_factory=dict)  # SESSION_COUNTERS' names
    traps: list[dict[str, Any]] = field(default_factory=list)
    walls: list[dict[str, Any]] = field(default_factory=list)
    session_ids: dict[str, Any] = field(default_factory=dict)
    behind_login: list[str] = field(default_factory=list)
    stopped_because: str | None = None

    @classmethod
    def from_spider(cls, spider: Any, stats: dict[str, Any]) -> SessionReport:
        return cls(
            probed_beyond_limit=dict(spider.probed_beyond_limit),
            not_checked=spider.not_checked,
            counters={
                name: stats[key]
                for key, name in SESSION_COUNTERS.items()
                if isinstance(stats.get(key), int)
            },
            traps=spider.traps.report(),
            walls=spider.walls.report(),
            session_ids=session_params_dropped(),
            behind_login=sorted(spider.behind_login),
            stopped_because=spider.stopped_because,
        )

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SessionReport:
        return cls(**data)

    def merged(self, other: SessionReport) -> SessionReport:
        """Two sessions that ran side by side (workers of one crawl), as one."""
        return SessionReport(
            probed_beyond_limit=_summed(self.probed_beyond_limit, other.probed_beyond_limit),
            not_checked=self.not_checked + other.not_checked,
            counters=_summed(self.counters, other.counters),
            traps=_merged_traps(self.traps, other.traps),
            walls=merged_walls(self.walls, other.walls),
            session_ids={**self.session_ids, **other.session_ids},
            behind_login=sorted({*self.behind_login, *other.behind_login}),
            stopped_because=self.stopped_because or other.stopped_because,
        )


def limits_hit(options: Any, report: SessionReport, reason: str) -> dict[str, Any]:
    """Which limits cut the crawl short, and how many URLs were only probed because of them
    (or, for the request budget, not checked at all)."""
    hit: dict[str, Any] = {}
    for name in ("max_pages", "max_depth"):
        probed = report.probed_beyond_limit.get(name, 0)
        if probed:
            hit[name] = {"limit": getattr(options, name), "probed_only": probed}
    if report.not_checked:
        hit["max_requests"] = {"limit": options.request_budget(), "not_checked": report.not_checked}
    if reason == TIME_UP:
        hit["max_time"] = {"limit": options.max_time}
    rate_limited = report.counters.get("rate_limited")
    if rate_limited:
        hit["max_rate_limit_wait"] = {
            "limit": options.max_rate_limit_wait,
            "not_checked": rate_limited,
        }
    return hit


def finish_crawl(spider: Any, reason: str, stats: dict[str, Any]) -> None:
    """Close a one-process crawl session: its spider's report, then ``close_crawl``."""
    close_crawl(
        spider.store,
        spider.crawl_id,
        spider.options,
        spider.start_page,
        SessionReport.from_spider(spider, stats),
        reason,
        login_note=spider.login_note,
    )


def close_crawl(
    store: Store,
    crawl_id: int,
    options: Any,
    start_page: str,
    report: SessionReport,
    reason: str,
    login_note: str | None = None,
) -> None:
    """Depths, sitemap flags and the crawl's status and stats, at the end of every session.

    Page counts come from the store, so they cover every session of a resumed crawl
    (even one that was killed before it could finish); request counters are summed
    over the sessions that ended here.
    """
    reachable = compute_depths(store, crawl_id, start_page)
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
    for name in SESSION_COUNTERS.values():
        keep[name] = int(earlier.get(name) or 0) + report.counters.get(name, 0)
    keep["sessions"] = int(earlier.get("sessions") or 0) + 1
    keep["reachable_from_start"] = reachable
    keep["close_reason"] = reason
    keep["traps"] = _merged_traps(earlier.get("traps") or [], report.traps)
    keep["session_ids"] = {**(earlier.get("session_ids") or {}), **report.session_ids}
    if report.stopped_because:
        keep["stopped_because"] = report.stopped_because
    walls = merged_walls(earlier.get("walls") or [], report.walls)
    if walls:
        keep["walls"] = walls
    if options.has_session:
        store.mark_behind_login(crawl_id, set(report.behind_login))
        keep["behind_login"] = store.behind_login_count(crawl_id)
    if login_note:
        keep["login"] = login_note
    merged_limits = {**(previous.get("limits_hit") or {}), **limits_hit(options, report, reason)}
    store.update_crawl(
        crawl_id, finished_at=now_iso(), status=status, stats=keep, limits_hit=merged_limits
    )
    log.info("crawl %s %s: %s", crawl_id, status, keep)


def _summed(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    return {key: a.get(key, 0) + b.get(key, 0) for key in {*a, *b}}


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
