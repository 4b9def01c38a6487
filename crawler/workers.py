"""A crawl fetched by many worker processes on one Redis frontier (scrapy-redis).

``run_distributed`` is ``touchpoint crawl --workers N``: it creates (or reopens) the
crawl in the store, logs in if asked, starts a private ``redis-server`` unless given
one, starts N worker processes on this machine (``python -m crawler.workers``, the
options and their secrets through a pipe, never on disk), prints one progress line for
the whole crawl, and closes the crawl once: depths, sitemap flags and the workers'
session reports merged (``crawler.finish.close_crawl``). ``join_crawl`` is ``touchpoint
worker``: one more worker, on this machine or another, for a crawl already running.

Politeness holds for the whole crawl: each of N workers gets 1/N of ``--concurrency``
(at least 1) and N times ``--delay``, so the site sees what one process would have sent;
a 429's Retry-After pauses every worker (``RedisFrontier.pause``).
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import pickle
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import reduce
from typing import Any
from urllib.parse import urlsplit

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from core.urls import normalize_url
from core.version import __version__
from crawler.finish import TIME_UP, SessionReport, close_crawl
from crawler.frontier import (
    CURRENT_CRAWL,
    RedisCalls,
    crawl_state,
    keys_for,
    live_workers,
    redacted,
    requeue_dead_leases,
)
from crawler.options import CrawlOptions, OptionsError
from crawler.redis_server import PrivateRedis, redis_server_binary
from crawler.run import (
    CrawlFailed,
    CrawlSummary,
    judged,
    log_in_first,
    prepare_crawl,
    quiet_per_url_loggers,
    scrapy_settings,
    summarise,
)
from crawler.spiders.site import REDIS_LOST, SiteSpider
from store.crawls import Store

log = logging.getLogger(__name__)

EXIT_REDIS_LOST = 3  # a worker whose Redis stayed away (the CLI's "crawl failed")
PROGRESS_SECONDS = 2.0
# --workers 0: how long the crawl waits for a first worker; a worker, for a crawl to join
# ($TOUCHPOINT_JOIN_WAIT seconds).
JOIN_WAIT_VARIABLE = "TOUCHPOINT_JOIN_WAIT"


def join_wait() -> float:
    raw = os.environ.get(JOIN_WAIT_VARIABLE, "")
    return float(raw) if raw.replace(".", "", 1).isdigit() else 60.0


# Why a crawl stopped, from its workers' reasons, most telling first.
WORKER_FAILED = "worker_failed"
STOP_REASONS = (REDIS_LOST, WORKER_FAILED, "error_rate", "logged_out", TIME_UP, "shutdown")


@dataclass
class WorkerJob:
    """What a worker process needs: sent through a pipe (pickle), secrets included."""

    options: CrawlOptions
    db: str
    crawl_id: int
    redis_url: str
    share: int  # how many workers split the politeness budget
    log_level: str = "WARNING"


def worker_settings(job: WorkerJob) -> Settings:
    """The crawl's Scrapy settings, on the shared frontier, with 1/share of the politeness."""
    settings = scrapy_settings(job.options, job.db, "off", job.log_level)
    concurrency = settings.getint("CONCURRENT_REQUESTS")
    settings.setdict(
        {
            "SCHEDULER": "crawler.redis_queue.LeasingScheduler",
            "SCHEDULER_QUEUE_KEY": keys_for(job.crawl_id)["queue"],
            "REDIS_URL": job.redis_url,
            "TOUCHPOINT_REDIS_URL": job.redis_url,
            "CONCURRENT_REQUESTS": max(1, math.ceil(concurrency / job.share)),
            "CONCURRENT_REQUESTS_PER_DOMAIN": max(1, math.ceil(concurrency / job.share)),
            "DOWNLOAD_DELAY": settings.getfloat("DOWNLOAD_DELAY") * job.share,
            "LOG_FORMAT": "touchpoint worker %(process)d: %(levelname)s: %(message)s",
        },
        priority="cmdline",
    )
    return settings


def run_worker(job: WorkerJob) -> str:
    """Fetch pages of the crawl from the shared frontier until it is drained; returns
    this worker's close reason (``redis_lost`` when Redis stayed away)."""
    with Store.open(job.db) as store:
        process = CrawlerProcess(worker_settings(job))
        quiet_per_url_loggers(job.log_level)
        crawler = process.create_crawler(SiteSpider)
        process.crawl(crawler, options=job.options, crawl_id=job.crawl_id, db=job.db, store=store)
        process.start()
        return str(crawler.stats.get_value("finish_reason") or "finished")


def main() -> None:
    """``python -m crawler.workers``: one worker, its job pickled on stdin."""
    job: WorkerJob = pickle.loads(sys.stdin.buffer.read())  # from our own parent process
    reason = run_worker(job)
    sys.exit(EXIT_REDIS_LOST if reason == REDIS_LOST else 0)


# -- the process that starts the crawl ---------------------------------------------------


@contextlib.contextmanager
def redis_for(redis_url: str | None) -> Iterator[str]:
    """The given Redis, or a private redis-server for the length of the crawl."""
    if redis_url:
        yield redis_url
        return
    with PrivateRedis() as url:
        yield url


def redis_client(url: str) -> Any:
    """A client for ``url``, checked: one line (``OptionsError``) if it does not answer."""
    import redis

    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=5)
        client.ping()
    except ValueError as exc:
        raise OptionsError(f"--redis {redacted(url)}: {exc}") from None
    except redis.exceptions.RedisError as exc:
        raise OptionsError(f"cannot reach Redis at {redacted(url)}: {exc}") from None
    return client


def new_frontier(client: Any, crawl_id: int, share: int) -> None:
    """Clear what an earlier session of this crawl left in Redis (the store is the truth;
    a resumed crawl's frontier is rebuilt from it) and name it the current crawl."""
    keys = keys_for(crawl_id)
    pipe = client.pipeline()
    pipe.delete(*keys.values())
    for key in client.scan_iter(match=keys["worker"] + "*"):
        pipe.delete(key)
    pipe.set(keys["share"], share)
    pipe.set(CURRENT_CRAWL, crawl_id)
    pipe.execute()


def forget_frontier(client: Any, crawl_id: int) -> None:
    """The crawl is over: its keys go, so a worker started later waits for the next one."""
    keys = keys_for(crawl_id)
    with contextlib.suppress(Exception):  # a Redis gone by now keeps nothing worth keeping
        pipe = client.pipeline()
        pipe.delete(*keys.values())
        if client.get(CURRENT_CRAWL) == str(crawl_id).encode():
            pipe.delete(CURRENT_CRAWL)
        pipe.execute()


def start_workers(job: WorkerJob, count: int) -> list[subprocess.Popen[bytes]]:
    """``count`` worker processes; each gets the job (secrets included) on its stdin."""
    payload = pickle.dumps(job)
    workers = []
    for _ in range(count):
        process = subprocess.Popen(
            [sys.executable, "-m", "crawler.workers"],
            stdin=subprocess.PIPE,
            start_new_session=True,  # Ctrl-C reaches the coordinator, which stops them
        )
        assert process.stdin is not None
        process.stdin.write(payload)
        process.stdin.close()
        workers.append(process)
    return workers


class Watch:
    """The progress of the whole crawl, one line every few seconds, from Redis."""

    def __init__(self, client: Any, crawl_id: int, progress: str) -> None:
        self.client, self.keys = client, keys_for(crawl_id)
        self.redis = RedisCalls()
        self.progress = "plain" if progress == "auto" and not sys.stderr.isatty() else progress
        self.started = time.monotonic()
        self.last_line = 0.0
        self.rates: dict[str, tuple[float, int]] = {}

    def state(self) -> dict[str, Any]:
        requeue_dead_leases(self.client, self.keys, self.redis)
        return crawl_state(self.client, self.keys, self.redis)

    def alive(self, workers: list[str]) -> set[str]:
        return live_workers(self.client, self.keys, self.redis, workers)

    def tick(self, state: dict[str, Any]) -> bool:
        """Print the line if it is time; whether it was."""
        now = time.monotonic()
        if now - self.last_line < PROGRESS_SECONDS:
            return False
        self.last_line = now
        if self.progress == "off":
            return True
        stored = state["stored"]
        rates = []
        for worker, count in sorted(stored.items()):
            before_t, before_n = self.rates.get(worker, (self.started, 0))
            rates.append(f"{(count - before_n) / max(now - before_t, 1e-6):.0f}")
            self.rates[worker] = (now, count)
        line = (
            f"touchpoint: {sum(stored.values()):,} URLs stored, {state['queued']:,} queued, "
            f"{state['leased']:,} in flight, {len(state['workers'])} workers "
            f"({' + '.join(rates) or '0'} URLs/s), {now - self.started:.0f} s"
        )
        if self.progress == "live":  # one line, redrawn in place (and cleared to its end)
            print(f"\r{line}\x1b[K", file=sys.stderr, end="", flush=True)
        else:
            print(line, file=sys.stderr, flush=True)
        return True


def run_distributed(
    options: CrawlOptions,
    db: str,
    resume: int | None = None,
    progress: str = "auto",
    log_level: str = "WARNING",
) -> CrawlSummary:
    """Crawl a site with ``options.workers`` processes on one Redis frontier (0: only
    workers started elsewhere with ``touchpoint worker``); what ``run_crawl`` returns."""
    _check_distributed_installed()
    workers, redis_url = options.workers or 0, options.redis_url
    if redis_url:  # a Redis that does not answer, or none to start, is one line before the crawl
        redis_client(redis_url)
    else:
        redis_server_binary()
    with Store.open(db) as store:
        prepared = prepare_crawl(store, options, resume, db)
        if isinstance(prepared, CrawlSummary):
            return prepared
        options = prepared
        login_note = log_in_first(options, scrapy_settings(options, db, "off", log_level))
        start_page = normalize_url(options.start_url) or options.start_url
        crawl_id = resume if resume is not None else store.create_crawl(
            site=urlsplit(start_page).hostname or "",
            start_url=start_page,
            settings=options.to_dict(),
            tool_version=__version__,
        )  # fmt: skip
        began = time.monotonic()
        with redis_for(redis_url) as url:
            client = redis_client(url)
            share = max(workers, 1)
            new_frontier(client, crawl_id, share)
            job = WorkerJob(options, db, crawl_id, url, share, log_level)
            reason, reports = _fetch(client, job, workers, progress, store)
            forget_frontier(client, crawl_id)
        report = reduce(SessionReport.merged, reports, SessionReport())
        close_crawl(store, crawl_id, options, start_page, report, reason, login_note)
        summary = summarise(store, crawl_id, time.monotonic() - began)
        return judged(store, summary, options)


def _check_distributed_installed() -> None:
    try:
        import redis  # noqa: F401
        import scrapy_redis  # noqa: F401
    except ImportError:
        raise OptionsError(
            "--workers needs scrapy-redis: pip install 'touchpoint[distributed]'"
        ) from None


def _fetch(
    client: Any, job: WorkerJob, count: int, progress: str, store: Store
) -> tuple[str, list[SessionReport]]:
    """Run the workers until the frontier is drained and they have stopped; the close
    reason of the crawl and the workers' session reports."""
    watch = Watch(client, job.crawl_id, progress)
    processes = start_workers(job, count)
    interrupted = False
    joined_by = time.monotonic() + join_wait()
    try:
        while True:
            time.sleep(0.25)
            state = watch.state()
            if watch.tick(state):
                store.beat(job.crawl_id)  # the crawl row says a process is at work
            if processes:
                if all(p.poll() is not None for p in processes):
                    break
            elif state["workers"]:  # remote workers only: done when drained and all gone
                if state["drained"] and not watch.alive(state["workers"]):
                    break
            elif time.monotonic() > joined_by:
                raise CrawlFailed(
                    f"no worker joined crawl {job.crawl_id} within "
                    f"{join_wait():g} s: start them with touchpoint worker "
                    f"--redis {redacted(job.redis_url)} --db {store.location}"
                )
            if watch.redis.lost:
                break
    except KeyboardInterrupt:
        interrupted = True
        for process in processes:
            with contextlib.suppress(ProcessLookupError):
                process.send_signal(signal.SIGINT)
    for process in processes:
        process.wait()
    if watch.progress == "live":
        print(file=sys.stderr)
    state = watch.state()  # after the last worker stopped: what it left is all there is
    raw: dict[bytes, bytes] = watch.redis(
        lambda: client.hgetall(watch.keys["reports"]), "reading reports", {}
    )
    reports = [SessionReport.from_dict(_report(value)) for value in raw.values()]
    reasons = [_reason(value) for value in raw.values()]
    if watch.redis.lost or any(p.returncode == EXIT_REDIS_LOST for p in processes):
        reasons.append(REDIS_LOST)
        if watch.redis.lost:
            reports.append(SessionReport(stopped_because=watch.redis.lost))
    drained = state["drained"] and not watch.redis.lost
    failed = [p.returncode for p in processes if p.returncode not in (0, EXIT_REDIS_LOST)]
    if interrupted:
        reasons.append("shutdown")
    elif failed and not drained:  # the others finished what a killed worker left, if they could
        reasons.append(WORKER_FAILED)
        statuses = ", ".join(map(str, failed))
        why = f"{len(failed)} of {len(processes)} worker processes stopped (exit status {statuses})"
        reports.append(SessionReport(stopped_because=why))
    return _crawl_reason(reasons, drained), reports


def _report(value: bytes) -> dict[str, Any]:
    import json

    data: dict[str, Any] = json.loads(value)
    data.pop("reason", None)
    return data


def _reason(value: bytes) -> str:
    import json

    return str(json.loads(value).get("reason") or "finished")


def _crawl_reason(reasons: list[str], drained: bool) -> str:
    """The crawl's close reason: the most telling reason a worker stopped for; else
    finished if the frontier was drained, interrupted (shutdown) if not."""
    for reason in STOP_REASONS:
        if reason in reasons:
            return reason
    return "finished" if drained else "shutdown"


def current_crawl(client: Any, redis_url: str) -> int:
    """The crawl started last on this Redis; waits for one to start (a worker may be up
    before the process that seeds the crawl), then ``OptionsError``."""
    deadline = time.monotonic() + join_wait()
    told = False
    while (current := client.get(CURRENT_CRAWL)) is None:
        if time.monotonic() > deadline:
            raise OptionsError(
                f"no crawl started on {redacted(redis_url)} within "
                f"{join_wait():g} s: start one with touchpoint crawl URL "
                "--workers N --redis URL"
            )
        if not told:
            print(
                f"touchpoint worker: waiting for a crawl on {redacted(redis_url)}", file=sys.stderr
            )
            told = True
        time.sleep(0.5)
    return int(current)


def join_crawl(
    redis_url: str,
    db: str,
    given: Callable[[str], CrawlOptions] | None = None,
    crawl_id: int | None = None,
    log_level: str = "WARNING",
) -> str:
    """``touchpoint worker``: fetch for a crawl already seeded in Redis (the current one,
    or ``crawl_id``) until its frontier is drained; returns the close reason. ``given``
    makes, from the crawl's start URL, the options holding the secrets given again."""
    from crawler.auth import resume_access

    _check_distributed_installed()
    client = redis_client(redis_url)
    if crawl_id is None:
        crawl_id = current_crawl(client, redis_url)
    share = int(client.get(keys_for(crawl_id)["share"]) or 1)
    with Store.open(db) as store:
        stored = store.get_crawl(crawl_id)
        options = CrawlOptions.from_dict(stored["settings"])
        secrets = given(options.start_url) if given else CrawlOptions(options.start_url)
        resume_access(options, secrets, crawl_id)
    return run_worker(WorkerJob(options, db, crawl_id, redis_url, share, log_level))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
