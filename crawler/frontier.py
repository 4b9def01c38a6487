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
``TOUCHPOINT_REDIS_WAIT`` seconds with a status line, then ``FrontierLost`` is raised and
the worker stops, its stored pages complete, the crawl resumable from the store.
"""

from __future__ import annotations

import hashlib
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
HEARTBEAT_TTL = 10  # a worker silent this long is dead: its leases go back to the queue
DEFAULT_REDIS_WAIT = 30.0
PAUSE_CACHE_SECONDS = 1.0


class FrontierLost(Exception):
    """Redis stayed unreachable past the wait: the worker must stop (resumable)."""


def fingerprint(url: str) -> bytes:
    return hashlib.blake2b(url.encode("utf-8", "surrogatepass"), digest_size=8).digest()


def redis_wait() -> float:
    raw = os.environ.get("TOUCHPOINT_REDIS_WAIT", "")
    try:
        return float(raw) if raw else DEFAULT_REDIS_WAIT
    except ValueError:
        return DEFAULT_REDIS_WAIT


def keys_for(crawl_id: int) -> dict[str, str]:
    """The Redis keys of one crawl, all under ``touchpoint:<crawl id>:``."""
    prefix = f"touchpoint:{crawl_id}:"
    names = [
        "queue", "seen", "parse_slots", "requests", "leases", "workers", "reports",
        "seeded", "seeding", "pause", "stored", "sitemap_pass",
    ]  # fmt: skip
    return {name: prefix + name for name in names} | {"worker": prefix + "worker:"}


def retrying(call: Callable[[], T], what: str, wait: float | None = None) -> T:
    """``call()``, retried while Redis is unreachable, for ``wait`` seconds at most."""
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError

    limit = redis_wait() if wait is None else wait
    deadline = time.monotonic() + limit
    announced = False
    while True:
        try:
            result = call()
        except (RedisConnectionError, RedisTimeoutError, OSError) as exc:
            if time.monotonic() >= deadline:
                raise FrontierLost(f"Redis unreachable for {limit:g} s ({what}): {exc}") from None
            if not announced:
                log.warning("Redis unreachable (%s): retrying for up to %g s", what, limit)
                announced = True
            time.sleep(0.5)
            continue
        if announced:
            log.warning("Redis is back (%s)", what)
        return result


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

    def __init__(self, server: Any, crawl_id: int, worker_id: str | None = None) -> None:
        super().__init__()
        self.server = server
        self.keys = keys_for(crawl_id)
        self.worker_id = worker_id or f"{socket.gethostname()}:{os.getpid()}"
        self.stopped = threading.Event()
        self.heartbeat = threading.Thread(target=self._beat, name="touchpoint-worker", daemon=True)
        self.pause_checked = 0.0
        self.pause_until = 0.0
        self.leased: dict[str, bytes] = {}  # page URL -> the lease of its request

    # -- this worker --------------------------------------------------------------

    def join(self) -> None:
        """Announce this worker (its heartbeat key) and keep it alive from a thread."""
        retrying(self._renew, "joining the crawl")
        retrying(lambda: self.server.sadd(self.keys["workers"], self.worker_id), "joining")
        self.heartbeat.start()

    def leave(self, report: dict[str, Any] | None) -> None:
        """Stop the heartbeat; leave this worker's session report for the coordinator."""
        import json

        self.stopped.set()
        pipe = self.server.pipeline()
        if report is not None:
            pipe.hset(self.keys["reports"], self.worker_id, json.dumps(report))
        pipe.delete(self.keys["worker"] + self.worker_id)
        retrying(pipe.execute, "leaving the crawl", wait=5.0)

    def _renew(self) -> None:
        self.server.set(self.keys["worker"] + self.worker_id, "1", ex=HEARTBEAT_TTL)

    def _beat(self) -> None:
        from redis.exceptions import RedisError

        while not self.stopped.wait(HEARTBEAT_SECONDS):
            try:
                self._renew()
            except RedisError as exc:  # the worker's own calls report the outage
                log.debug("worker heartbeat not renewed: %s", exc)

    # -- seen, limits ----------------------------------------------------------------

    def claim(self, urls: Iterable[str]) -> list[str]:
        candidates = [url for url in dict.fromkeys(urls) if url not in self.seen]
        if not candidates:
            return []
        self.seen.update(candidates)
        key = self.keys["seen"]

        def add() -> list[int]:
            pipe = self.server.pipeline(transaction=False)
            for url in candidates:
                pipe.sadd(key, fingerprint(url))
            return pipe.execute()  # type: ignore[no-any-return]

        added = retrying(add, "marking URLs seen")
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

        retrying(load, "restoring the frontier")

    def take_parse_slot(self, limit: int | None) -> bool:
        if limit is None:
            return True
        used = retrying(lambda: self.server.incr(self.keys["parse_slots"]), "counting pages")
        return int(used) <= limit

    def take_request(self, budget: int | None) -> bool:
        if budget is None:
            return True
        used = retrying(lambda: self.server.incr(self.keys["requests"]), "counting requests")
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

        retrying(drop, "releasing leases")

    def end_lease(self, meta: dict[str, Any]) -> None:
        lease = meta.get(LEASE)
        if lease is not None:
            retrying(lambda: self.server.hdel(self.keys["leases"], lease), "ending a lease")

    def reap(self) -> int:
        """Put back the requests leased to workers whose heartbeat has expired."""
        return requeue_dead_leases(self.server, self.keys)

    # -- the whole crawl ---------------------------------------------------------------

    def claim_seeding(self) -> bool:
        """True for exactly one worker: the one that puts the start requests in."""
        return bool(
            retrying(lambda: self.server.set(self.keys["seeding"], self.worker_id, nx=True), "seed")
        )

    def claim_sitemap_pass(self) -> bool:
        """True for the one worker that queues the sitemap's URLs once links run dry."""
        return bool(
            retrying(
                lambda: self.server.set(self.keys["sitemap_pass"], self.worker_id, nx=True),
                "claiming the sitemap pass",
            )
        )

    def mark_seeded(self) -> None:
        retrying(lambda: self.server.set(self.keys["seeded"], "1"), "seeding")

    def drained(self) -> bool:
        """Seeded, nothing queued, nothing leased: no worker has anything left to do."""

        def state() -> list[Any]:
            pipe = self.server.pipeline(transaction=False)
            pipe.exists(self.keys["seeded"])
            pipe.zcard(self.keys["queue"])
            pipe.hlen(self.keys["leases"])
            return pipe.execute()  # type: ignore[no-any-return]

        self.reap()
        seeded, queued, leased = retrying(state, "checking the frontier")
        return bool(seeded) and not queued and not leased

    def pause(self, seconds: float) -> None:
        """A 429 asked to wait: every worker holds its requests until then."""
        until = time.time() + seconds
        retrying(lambda: self.server.set(self.keys["pause"], until, ex=int(seconds) + 1), "pause")
        self.pause_until = max(self.pause_until, until)

    def paused_for(self) -> float:
        """Seconds still to wait for a 429 any worker met (read at most once a second)."""
        now = time.monotonic()
        if now - self.pause_checked >= PAUSE_CACHE_SECONDS:
            self.pause_checked = now
            raw = retrying(lambda: self.server.get(self.keys["pause"]), "reading the pause")
            self.pause_until = float(raw) if raw else 0.0
        return max(0.0, self.pause_until - time.time())


def requeue_dead_leases(server: Any, keys: dict[str, str]) -> int:
    """Requests leased to a worker that stopped renewing its heartbeat go back to the
    queue with their priority; returns how many."""
    leases = retrying(lambda: server.hgetall(keys["leases"]), "reading leases")
    if not leases:
        return 0
    owners = sorted({value.rsplit(b"|", 1)[0] for value in leases.values()})

    def beating() -> list[int]:
        pipe = server.pipeline(transaction=False)
        for owner in owners:
            pipe.exists(keys["worker"] + owner.decode())
        return pipe.execute()  # type: ignore[no-any-return]

    alive = {
        owner for owner, beats in zip(owners, retrying(beating, "heartbeats"), strict=True) if beats
    }
    requeued = 0
    for payload, value in leases.items():
        owner, score = value.rsplit(b"|", 1)
        if owner in alive:
            continue
        pipe = server.pipeline()
        pipe.zadd(keys["queue"], {payload: float(score)})
        pipe.hdel(keys["leases"], payload)
        retrying(pipe.execute, "re-queueing leases")
        requeued += 1
    if requeued:
        log.warning("put %s requests of stopped workers back in the queue", requeued)
    return requeued
