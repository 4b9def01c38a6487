"""Run one crawl in this process and summarise what it stored.

``run_crawl`` is what ``touchpoint crawl`` and ``touchpoint audit`` call. Scrapy's
reactor runs once per process, so one process runs one crawl.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field, replace
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from core.text import status_words
from crawler import settings as default_settings
from crawler.auth import resume_access
from crawler.login import LoginFailed, is_login_url, log_in
from crawler.options import CrawlOptions, OptionsError
from crawler.render import default_screenshots_dir, render_settings
from crawler.spiders.site import SiteSpider
from store.classifications import forget
from store.crawls import DEFAULT_DB, Store, crawl_state, stale_after
from store.records import unparsed_pages

# Scrapy logs every unreachable link target (and robots.txt of an unreachable host) as an
# ERROR with a traceback; for touchpoint these are findings, stored with the page, not
# failures of the tool, so the CLI keeps them out of the terminal.
PER_URL_LOGGERS = ("scrapy.downloadermiddlewares.robotstxt", "scrapy.downloadermiddlewares.retry")


class CrawlFailed(Exception):
    """The crawl could not reach the site at all."""


@dataclass
class CrawlSummary:
    crawl_id: int
    start_url: str
    status: str
    seconds: float
    counts: dict[str, int] = field(default_factory=dict)
    status_codes: dict[str, int] = field(default_factory=dict)
    limits_hit: dict[str, Any] = field(default_factory=dict)
    start_error: str | None = None
    start_status: int | None = None  # after redirects
    traps: list[dict[str, Any]] = field(default_factory=list)  # crawler/traps.py
    stopped_because: str | None = None  # the error-rate safeguard's sentence
    session_ids: dict[str, dict[str, Any]] = field(default_factory=dict)  # dropped from URLs
    walls: list[dict[str, Any]] = field(default_factory=list)  # crawler/walls.py
    already_finished: bool = False  # --resume of a crawl with nothing left to do
    login: str | None = None  # how the crawl logged in (crawler/login.py), in words
    behind_login: int = 0  # pages only a logged-in visitor reaches
    close_reason: str | None = None
    # Pages whose robots meta said nofollow, so their links were not followed (none when
    # --ignore-robots followed them); whether the start page is one of them.
    nofollow_pages: int = 0
    start_nofollow: bool = False

    @property
    def urls_per_second(self) -> float:
        return self.counts.get("urls", 0) / self.seconds if self.seconds else 0.0


def scrapy_settings(options: CrawlOptions, db: str, progress: str, log_level: str) -> Settings:
    settings = Settings()
    settings.setmodule(default_settings, priority="project")
    settings.setdict(
        {
            **options.scrapy_settings(),
            **render_settings(options),
            "TOUCHPOINT_DB": db,
            "TOUCHPOINT_PROGRESS": progress,
            "LOG_LEVEL": log_level,
        },
        priority="cmdline",
    )
    return settings


def run_crawl(
    options: CrawlOptions,
    db: str = DEFAULT_DB,
    resume: int | None = None,
    progress: str = "auto",
    log_level: str = "WARNING",
) -> CrawlSummary:
    """Crawl a site (or finish an interrupted crawl) into the store at ``db``.

    Raises ``OptionsError`` for bad options, ``StoreError`` for an unusable store
    and ``CrawlFailed`` when the start URL cannot be fetched at all.
    """
    if options.workers is not None:
        from crawler.workers import run_distributed

        return run_distributed(options, db, resume, progress, log_level)
    with Store.open(db) as store:
        prepared = prepare_crawl(store, options, resume, db)
        if isinstance(prepared, CrawlSummary):
            return prepared
        options = prepared
        settings = scrapy_settings(options, db, progress, log_level)
        login_note = log_in_first(options, settings)
        process = CrawlerProcess(settings)
        quiet_per_url_loggers(log_level)
        crawler = process.create_crawler(SiteSpider)
        began = time.monotonic()
        process.crawl(
            crawler, options=options, crawl_id=resume, db=db, store=store, login_note=login_note
        )
        process.start()
        seconds = time.monotonic() - began
        spider = crawler.spider
        if not isinstance(spider, SiteSpider) or spider.crawl_id is None:
            raise CrawlFailed(f"the crawl of {options.start_url} did not start")
        return judged(store, summarise(store, spider.crawl_id, seconds), options)


def prepare_crawl(
    store: Store, options: CrawlOptions, resume: int | None, db: str
) -> CrawlOptions | CrawlSummary:
    """The options to crawl with (a resumed crawl's stored ones, with the secrets given
    again), the store made ready; or the summary of a resumed crawl already finished."""
    stale_after()  # a bad $TOUCHPOINT_HEARTBEAT_STALE_SECONDS is one line, before the crawl
    if resume is not None:
        stored = store.get_crawl(resume)
        state = crawl_state(stored)
        if state.finished:
            return replace(summarise(store, resume, 0.0), already_finished=True)
        if state.name == "running":
            raise OptionsError(
                f"crawl {resume} is running (pid {stored['pid']} on {stored['host']}): "
                "wait for it to finish, or stop it, before resuming it"
            )
        given, options = options, CrawlOptions.from_dict(stored["settings"])
        resume_access(options, given, resume)
        options.workers, options.redis_url = given.workers, given.redis_url  # how, not what
    options.validate()
    if resume is not None:
        forget(store, resume)  # its pages change: the next audit classifies them all
        if options.login_method:
            store.drop_unparsed(resume, sent_to_login(store, resume, options.login_url))
        store.claim_crawl(resume)
    if options.screenshots and not options.screenshots_dir:
        options.screenshots_dir = default_screenshots_dir(db)
    return options


def log_in_first(options: CrawlOptions, settings: Settings) -> str | None:
    """Log in before the crawl when the options say how; how it went, in words."""
    if not options.login_method:
        return None
    try:
        return log_in(options, settings.get("USER_AGENT"))
    except LoginFailed as exc:
        raise CrawlFailed(str(exc)) from None


def quiet_per_url_loggers(log_level: str) -> None:
    if logging.getLevelName(log_level) >= logging.WARNING:
        for name in PER_URL_LOGGERS:
            logging.getLogger(name).setLevel(logging.CRITICAL)


def judged(store: Store, summary: CrawlSummary, options: CrawlOptions) -> CrawlSummary:
    """The summary of a crawl that saw the site; ``CrawlFailed`` (the crawl marked failed
    where nothing was seen) with the sentence that says why otherwise."""
    crawl_id = summary.crawl_id
    if summary.status == "running":  # the spider never closed: it failed to start or crashed
        raise CrawlFailed(f"the crawl of {options.start_url} stopped on an internal error")
    if summary.start_error and not options.from_sitemap and summary.status == "finished":
        store.update_crawl(crawl_id, status="failed")
        raise CrawlFailed(f"cannot reach {options.start_url}: {summary.start_error}")
    if summary.stopped_because and summary.status != "finished":
        raise CrawlFailed(
            f"stopped after {summary.counts.get('urls', 0):,} URLs: "
            f"{summary.stopped_because}; resume with `touchpoint crawl --resume "
            f"{crawl_id}`{RESUME_WHEN.get(summary.close_reason or '', '')}"
        )
    refusal = start_refusal(summary.start_status)
    if refusal and not options.from_sitemap:
        store.update_crawl(crawl_id, status="failed")
        raise CrawlFailed(f"the start page {options.start_url} answered {refusal}")
    return summary


def sent_to_login(store: Store, crawl_id: int, login_url: str | None) -> list[str]:
    """The stored pages a crawl with a login saw redirected to the login page: asked
    again on resume, with a new session (the old one had ended)."""
    return [
        url
        for url, final, _ in unparsed_pages(store, crawl_id)
        if final and final != url and is_login_url(final, login_url)
    ]


# What a stopped crawl needs before it is resumed, by its close reason.
RESUME_WHEN = {
    "error_rate": " once it answers again",
    "logged_out": " and the same login options",
    "redis_lost": " once Redis answers again (or without --workers)",
}


# A start page answering one of these leaves nothing to audit: the crawl fails and says why.
START_REFUSALS = {
    401: "401 Unauthorized: the site needs a login (give it with --auth-file FILE, "
    "--header or --cookie)",
    403: "403 Forbidden: the server refuses this crawler (blocked by a firewall or bot "
    "protection?)",
    429: "429 Too Many Requests: the server is rate-limiting this crawler; try again later "
    "or with a longer --delay",
}


def start_refusal(status: int | None) -> str | None:
    """Why a start page's final status means the crawl saw nothing of the site, or None."""
    if status is None:
        return None
    if status in START_REFUSALS:
        return START_REFUSALS[status]
    if status >= 500:
        return f"{status_words(status)}: the server is failing; try again later"
    return None


def summarise(store: Store, crawl_id: int, seconds: float) -> CrawlSummary:
    crawl = store.get_crawl(crawl_id)
    stats = crawl.get("stats") or {}
    figures = store.crawl_figures(crawl_id)
    start = figures.pop("start_page")
    start_error, start_status = None, None
    if start is None:
        start_error = "no response"
    elif start["status"] is None:
        start_error = start["error"] or "no response"
    else:
        chain = start["redirect_chain"] or []
        start_status = chain[-1]["status"] if chain else start["status"]
    obeyed = not (crawl.get("settings") or {}).get("ignore_robots")
    nofollow = store.nofollow_pages(crawl_id) if obeyed else set()
    return CrawlSummary(
        crawl_id=crawl_id,
        start_url=crawl["start_url"],
        status=crawl["status"],
        seconds=seconds,
        counts=figures["counts"],
        status_codes=figures["status_codes"],
        limits_hit=crawl.get("limits_hit") or {},
        start_error=start_error,
        start_status=start_status,
        traps=stats.get("traps") or [],
        stopped_because=stats.get("stopped_because"),
        session_ids=stats.get("session_ids") or {},
        walls=stats.get("walls") or [],
        login=stats.get("login"),
        behind_login=int(stats.get("behind_login") or 0),
        close_reason=stats.get("close_reason"),
        nofollow_pages=len(nofollow),
        start_nofollow=crawl["start_url"] in nofollow,
    )
