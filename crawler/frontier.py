"""What the crawl has seen and how much of its limits it has used: in this process, or
shared in Redis by the worker processes of one distributed crawl.

``LocalFrontier`` is the default: a set and two counters, as fast as a set can be.
``RedisFrontier`` keeps the same facts in Redis so that every worker sees them:

- the seen set holds 8-byte BLAKE2b fingerprints of URLs, not URLs: ~70 bytes of Redis
  memory per URL whatever its length (5 million URLs: ~350 MB); two URLs share a
  fingerprint with probability n^2 / 2^65 (1 in 1.5 million at 5 million URLs);
- ``--max-pages`` and the request budget are counters every worker increments, so they
  are limits of the whole crawl, not of each worker;
- each request a worker takes from the shared queue is *leased* to it
  (``crawler/redis_queue.py``) until the page is stored; a worker that dies (kill -9)
  stops renewing its heartbeat key, and any live worker puts its leases back;
- a 429's Retry-After seen by one worker pauses all of them (``paused_for``).

A worker never blocks the crawl on a Redis outage for good: calls are retried for
``TOUCHPOINT_REDIS_WAIT`` seconds with a status line, then the worker stops
(``RedisCalls``), its stored pages complete, the crawl resumable from the store.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import socket
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
LEASE = "tp_lease"  # request.meta: the queue entry a worker popped the request as
HEARTBEAT_SECONDS = 2.0
# A worker silent this long (seconds, $TOUCHPOINT_WORKER_TTL) is dead: its leases go back.
TTL_VARIABLE = "TOUCHPOINT_WORKER_TTL"
DEFAULT_TTL = 30  # a loaded machine may starve a worker's heartbeat thread for seconds
DEFAULT_REDIS_WAIT = 30.0
PAUSE_CACHE_SECONDS = 1.0
# A worker remembers this many URLs it has met (navigation and footer links recur on every
# page, so most links cost no round trip); past it the memory starts over, Redis decides.
LOCAL_SEEN_CAP = 20_000


def fingerprint(url: str) -> bytes:
    return hashlib.blake2b(url.encode("utf-8", "surrogatepass"), digest_size=8).digest()


def worker_ttl() -> int:
    raw = os.environ.get(TTL_VARIABLE, "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else DEFAULT_TTL


def redis_wait() -> float:
    raw = os.environ.get("TOUCHPOINT_REDIS_WAIT", "")
    try:
        return float(raw) if raw else DEFAULT_REDIS_WAIT
    except ValueError:
        return DEFAULT_REDIS_WAIT


CURRENT_CRAWL = "touchpoint:current"  # the crawl a `touchpoint worker` joins by default


def redacted(url: str) -> str:
    """A Redis URL fit to print: its password, if any, as ``***``."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = f"{parts.username or ''}:***@{parts.hostname}" + (
        f":{parts.port}" if parts.port else ""
    )
    return urlunsplit(parts._replace(netloc=netloc))


def keys_for(crawl_id: int) -> dict[str, str]:
    """The Redis keys of one crawl, all under ``touchpoint:<crawl id>:``."""
    prefix = f"touchpoint:{crawl_id}:"
    names = [
        "queue", "seen", "parse_slots", "requests", "leases", "workers", "reports",
        "seeded", "seeding", "pause", "stored", "sitemap_pass", "share",
    ]  # fmt: skip
    return {name: prefix + name for name in names} | {"worker": prefix + "worker:"}


class RedisCalls:
    """Calls to Redis that ride out an outage: each is retried for ``wait`` seconds (one
    status line when it starts failing, one when Redis is back); past that the link is
    *lost*: ``on_lost`` runs once (a worker closes its spider) and every later call
    returns its ``default`` at once, so the worker winds down without tracebacks and
    with its stored pages complete."""

    def __init__(self, wait: float | None = None) -> None:
        self.wait = redis_wait() if wait is None else wait
        self.lost: str | None = None  # why, once lost
        self.on_lost: Callable[[str], None] | None = None

    def __call__(self, call: Callable[[], T], what: str, default: T) -> T:
        from redis.exceptions import ConnectionError as RedisConnectionError
        from redis.exceptions import TimeoutError as RedisTimeoutError

        if self.lost is not None:
            return default
        deadline = time.monotonic() + self.wait
        announced = False
        while True:
            try:
                result = call()
            except (RedisConnectionError, RedisTimeoutError, OSError) as exc:
                if time.monotonic() < deadline:
                    if not announced:
                        log.warning("Redis unreachable (%s): retrying for %g s", what, self.wait)
                        announced = True
                    time.sleep(0.5)
                    continue
                self.lose(f"Redis was unreachable for {self.wait:g} s ({what}): {exc}")
                return default
            if announced:
                log.warning("Redis is back (%s)", what)
            return result

    def lose(self, why: str) -> None:
        if self.lost is None:
            self.lost = why
            log.warning("%s", why)
            if self.on_lost is not None:
                self.on_lost(why)


class LocalFrontier:
    """One process's frontier: a set of URLs and two counters."""

    distributed = False

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.parse_slots_used = 0
        self.requests_scheduled = 0

    def claim(self, urls: Iterable[str]) -> list[str]:
        """The URLs not seen before, in order, now seen."""
        fresh = []
        for url in urls:
            if url not in self.seen:
                self.seen.add(url)
                fresh.append(url)
        return fresh

    def knows(self, url: str) -> bool:
        return url in self.seen

    def restore(self, stored: dict[str, bool]) -> None:
        """A resumed crawl: the stored URLs are seen, their parse slots used."""
        self.seen.update(stored)
        self.parse_slots_used = sum(stored.values())
        self.requests_scheduled = len(stored)

    def take_parse_slot(self, limit: int | None) -> bool:
        if limit is not None and self.parse_slots_used >= limit:
            return False
        self.parse_slots_used += 1
        return True

    def take_request(self, budget: int | None) -> bool:
        if budget is not None and self.requests_scheduled >= budget:
            return False
        self.requests_scheduled += 1
        return True

    def hold(self, url: str, lease: bytes | None) -> None:
        """One process leases nothing."""

    def release(self, urls: Iterable[str]) -> None:
        """Pages stored: nothing to do in one process."""

    def end_lease(self, meta: dict[str, Any]) -> None:
        """A request that is not a page is answered: nothing to do in one process."""

    def paused_for(self) -> float:
        return 0.0

    def pause(self, seconds: float) -> None:
        """One process: the downloader slot's delay already holds every request."""


class RedisFrontier(LocalFrontier):
    """The frontier of one crawl shared by its workers through Redis."""

    distributed = True

    def __init__(
        self,
        server: Any,
        crawl_id: int,
        worker_id: str | None = None,
        redis: RedisCalls | None = None,
    ) -> None:
        super().__init__()
        self.server = server
        self.redis = redis or RedisCalls()
        self.keys = keys_for(crawl_id)
        self.worker_id = worker_id or f"{socket.gethostname()}:{os.getpid()}"
        self.stopped = threading.Event()
        self.heartbeat = threading.Thread(target=self._beat, name="touchpoint-worker", daemon=True)
        self.pause_checked = 0.0
        self.pause_until = 0.0
        self.leased: dict[str, bytes] = {}  # page URL -> the lease of its request
        self.ttl = worker_ttl()

    # -- this worker --------------------------------------------------------------

    def join(self) -> None:
        """Announce this worker (its heartbeat key) and keep it alive from a thread."""

        def announce() -> None:
            pipe = self.server.pipeline(transaction=False)
            pipe.set(self.keys["worker"] + self.worker_id, "1", ex=self.ttl)
            pipe.sadd(self.keys["workers"], self.worker_id)
            pipe.execute()

        self.redis(announce, "joining the crawl", None)
        self.heartbeat.start()

    def leave(self, report: dict[str, Any]) -> None:
        """Stop the heartbeat; leave this worker's session report for the coordinator."""
        self.stopped.set()

        def say_goodbye() -> None:
            pipe = self.server.pipeline()
            pipe.hset(self.keys["reports"], self.worker_id, json.dumps(report))
            pipe.delete(self.keys["worker"] + self.worker_id)
            pipe.execute()

        self.redis(say_goodbye, "leaving the crawl", None)

    def _beat(self) -> None:
        from redis.exceptions import RedisError

        every = min(HEARTBEAT_SECONDS, self.ttl / 3)
        last = time.monotonic()
        while not self.stopped.wait(every):
            late = time.monotonic() - last - every
            if late > self.ttl / 3:  # the others may take this worker for dead meanwhile
                log.warning("worker heartbeat %.0f s late: is the machine overloaded?", late)
            last = time.monotonic()
            try:
                self.server.set(self.keys["worker"] + self.worker_id, "1", ex=self.ttl)
            except RedisError as exc:  # the worker's own calls report the outage
                log.debug("worker heartbeat not renewed: %s", exc)

    # -- seen, limits ----------------------------------------------------------------

    def claim(self, urls: Iterable[str]) -> list[str]:
        candidates = [url for url in dict.fromkeys(urls) if url not in self.seen]
        if not candidates:
            return []
        if len(self.seen) > LOCAL_SEEN_CAP:  # a cache of Redis' set: bounded, RSS stays flat
            self.seen.clear()
        self.seen.update(candidates)
        key = self.keys["seen"]

        def add() -> list[int]:
            pipe = self.server.pipeline(transaction=False)
            for url in candidates:
                pipe.sadd(key, fingerprint(url))
            return pipe.execute()  # type: ignore[no-any-return]

        # Lost: nothing is queued; a resume finds these URLs again from the stored links.
        added = self.redis(add, "marking URLs seen", [0] * len(candidates))
        return [url for url, new in zip(candidates, added, strict=True) if new]

    def restore(self, stored: dict[str, bool]) -> None:
        """A resumed crawl, seeded by this worker: the stored URLs go into the shared
        seen set and the counters start from the stored pages."""
        super().restore(stored)
        urls = list(stored)

        def load() -> None:
            pipe = self.server.pipeline(transaction=False)
            for start in range(0, len(urls), 10_000):
                chunk = urls[start : start + 10_000]
                pipe.sadd(self.keys["seen"], *(fingerprint(url) for url in chunk))
            pipe.set(self.keys["parse_slots"], self.parse_slots_used)
            pipe.set(self.keys["requests"], self.requests_scheduled)
            pipe.execute()

        self.redis(load, "restoring the frontier", None)

    def take_parse_slot(self, limit: int | None) -> bool:
        if limit is None:
            return True
        used = self.redis(lambda: self.server.incr(self.keys["parse_slots"]), "counting", limit + 1)
        return int(used) <= limit

    def take_request(self, budget: int | None) -> bool:
        if budget is None:
            return True
        used = self.redis(lambda: self.server.incr(self.keys["requests"]), "counting", budget + 1)
        return int(used) <= budget

    # -- leases ------------------------------------------------------------------------

    def hold(self, url: str, lease: bytes | None) -> None:
        """The request for ``url`` this worker is answering came with ``lease``."""
        if lease is not None:
            self.leased[url] = lease

    def release(self, urls: Iterable[str]) -> None:
        """Pages stored: the leases of their requests end, and the stored count grows."""
        urls = list(urls)
        fields = [lease for url in urls if (lease := self.leased.pop(url, None))]

        def drop() -> None:
            pipe = self.server.pipeline(transaction=False)
            if fields:
                pipe.hdel(self.keys["leases"], *fields)
            pipe.hincrby(self.keys["stored"], self.worker_id, len(urls))
            pipe.execute()

        self.redis(drop, "ending leases", None)

    def end_lease(self, meta: dict[str, Any]) -> None:
        lease = meta.get(LEASE)
        if lease is not None:
            self.redis(lambda: self.server.hdel(self.keys["leases"], lease), "ending a lease", 0)

    # -- the whole crawl ---------------------------------------------------------------

    def _first(self, name: str) -> bool:
        """True for exactly one worker: the first to ask for ``name``."""
        key = self.keys[name]
        return bool(self.redis(lambda: self.server.set(key, self.worker_id, nx=True), name, None))

    def claim_seeding(self) -> bool:
        """Whether this worker puts the start requests in (exactly one does)."""
        return self._first("seeding")

    def claim_sitemap_pass(self) -> bool:
        """Whether this worker queues the sitemap's URLs once links run dry (one does)."""
        return self._first("sitemap_pass")

    def mark_seeded(self) -> None:
        self.redis(lambda: self.server.set(self.keys["seeded"], "1"), "seeding", None)

    def drained(self) -> bool:
        """Seeded, nothing queued, nothing leased: no worker has anything left to do.
        A lost Redis counts as drained: the worker can only stop."""
        requeue_dead_leases(self.server, self.keys, self.redis)
        return crawl_state(self.server, self.keys, self.redis)["drained"] or bool(self.redis.lost)

    def pause(self, seconds: float) -> None:
        """A 429 asked to wait: every worker holds its requests until then."""
        until = time.time() + seconds
        expiry = int(seconds) + 1
        self.redis(lambda: self.server.set(self.keys["pause"], until, ex=expiry), "pause", None)
        self.pause_until = max(self.pause_until, until)

    def paused_for(self) -> float:
        """Seconds still to wait for a 429 any worker met (read at most once a second)."""
        now = time.monotonic()
        if now - self.pause_checked >= PAUSE_CACHE_SECONDS:
            self.pause_checked = now
            raw = self.redis(lambda: self.server.get(self.keys["pause"]), "reading the pause", None)
            self.pause_until = max(float(raw) if raw else 0.0, self.pause_until)
        return max(0.0, self.pause_until - time.time())


def crawl_state(server: Any, keys: dict[str, str], redis: RedisCalls) -> dict[str, Any]:
    """The shared frontier at a glance: queued, leased, stored per worker, live workers."""

    def read() -> list[Any]:
        pipe = server.pipeline(transaction=False)
        pipe.exists(keys["seeded"])
        pipe.zcard(keys["queue"])
        pipe.hlen(keys["leases"])
        pipe.hgetall(keys["stored"])
        pipe.smembers(keys["workers"])
        return pipe.execute()  # type: ignore[no-any-return]

    unknown: list[Any] = [0, 0, 0, {}, set()]
    seeded, queued, leased, stored, workers = redis(read, "reading the frontier", unknown)
    return {
        "seeded": bool(seeded),
        "queued": int(queued),
        "leased": int(leased),
        "stored": {k.decode(): int(v) for k, v in stored.items()},
        "workers": sorted(w.decode() for w in workers),
        "drained": bool(seeded) and not queued and not leased,
    }


def live_workers(
    server: Any, keys: dict[str, str], redis: RedisCalls, workers: list[str]
) -> set[str]:
    """The workers among ``workers`` whose heartbeat key has not expired."""

    def beating() -> list[int]:
        pipe = server.pipeline(transaction=False)
        for worker in workers:
            pipe.exists(keys["worker"] + worker)
        return pipe.execute()  # type: ignore[no-any-return]

    beats = redis(beating, "reading heartbeats", [1] * len(workers))
    return {worker for worker, beat in zip(workers, beats, strict=True) if beat}


def requeue_dead_leases(server: Any, keys: dict[str, str], redis: RedisCalls) -> int:
    """Requests leased to a worker that stopped renewing its heartbeat go back to the
    queue with their priority; returns how many."""
    leases: dict[bytes, bytes] = redis(lambda: server.hgetall(keys["leases"]), "leases", {})
    if not leases:
        return 0
    owners = sorted({value.rsplit(b"|", 1)[0].decode() for value in leases.values()})
    alive = live_workers(server, keys, redis, owners)
    requeued = 0
    for payload, value in leases.items():
        owner, score = value.rsplit(b"|", 1)
        if owner.decode() in alive:
            continue

        def put_back(payload: bytes = payload, score: bytes = score) -> None:
            pipe = server.pipeline()
            pipe.zadd(keys["queue"], {payload: float(score)})
            pipe.hdel(keys["leases"], payload)
            pipe.execute()

        redis(put_back, "re-queueing leases", None)
        requeued += 1
    if requeued:
        log.warning("put %s requests of stopped workers back in the queue", requeued)
    return requeued
