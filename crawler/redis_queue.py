"""The scrapy-redis scheduler and queue, with leases: the shared frontier of a
distributed crawl (``touchpoint crawl --workers N``, ``touchpoint worker``).

scrapy-redis' priority queue pops a request by removing it from a sorted set: a worker
killed after the pop loses it. Here the pop is one Lua script that moves the request
into a lease hash (owner and priority) in the same step; the lease ends when the page is
stored (``crawler.pipelines``), when a follow-up request for the same page is queued
(a retry, a rendering, a pass through a wall: ``push`` ends the old lease with the new
entry in one transaction) or, for requests that are not pages (sitemaps, the anonymous
checks), when their callback has run (``RedisFrontier.end_lease``). ``crawler.frontier`` puts the
leases of dead workers back.
"""

from __future__ import annotations

import time
from typing import Any

from scrapy import Request
from scrapy.utils.request import request_from_dict
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from crawler.frontier import LEASE

# KEYS: queue, leases; ARGV: owner. Pops the best entry and leases it, atomically.
POP_AND_LEASE = """
local item = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #item == 0 then return false end
redis.call('ZREM', KEYS[1], item[1])
redis.call('HSET', KEYS[2], item[1], ARGV[1] .. '|' .. item[2])
return item
"""


class LeasedPriorityQueue(PriorityQueue):
    """scrapy-redis' sorted-set queue whose pop leases the request to this worker."""

    def __init__(self, server: Any, spider: Any, key: str, serializer: Any = None) -> None:
        super().__init__(server, spider, key, serializer)
        self.frontier = spider.frontier
        self.pop_script = server.register_script(POP_AND_LEASE)
        # One bound method per callback name for the whole crawl: Scrapy checks each
        # callback's source once per callback object (a weakly keyed cache), and a fresh
        # getattr per request made it parse the spider's source again and again.
        self.callbacks: dict[str, Any] = {}

    def _encode_request(self, request: Request) -> bytes:
        """``Request.to_dict`` with the callbacks named from the methods themselves:
        Scrapy's own lookup runs ``inspect.getmembers`` over the spider on every push."""
        data = request.replace(callback=None, errback=None).to_dict()
        data["callback"] = self._name_of(request.callback)
        data["errback"] = self._name_of(request.errback)
        return self.serializer.dumps(data)  # type: ignore[no-any-return]

    def _decode_request(self, encoded_request: bytes) -> Request:
        data = self.serializer.loads(encoded_request)
        for field in ("callback", "errback"):
            if data.get(field):
                data[field] = self._method(data[field])
        return request_from_dict(data)

    def _name_of(self, method: Any) -> str | None:
        if method is None:
            return None
        name = getattr(method, "__name__", "")
        if getattr(self.spider, name, None) != method:
            raise ValueError(f"{method!r} is not a method of the spider: it cannot be queued")
        return str(name)

    def _method(self, name: str) -> Any:
        method = self.callbacks.get(name)
        if method is None:
            method = self.callbacks[name] = getattr(self.spider, name)
        return method

    def __len__(self) -> int:
        return int(self.frontier.redis(lambda: self.server.zcard(self.key), "counting", 0))

    def push(self, request: Request) -> None:
        lease = request.meta.pop(LEASE, None)
        data = self._encode_request(request)
        pipe = self.server.pipeline()
        pipe.zadd(self.key, {data: -request.priority})
        if lease is not None:  # this request takes over its page from the leased one
            pipe.hdel(self.frontier.keys["leases"], lease)
        # Lost: the request is dropped; a resume finds its URL again from the stored links.
        self.frontier.redis(pipe.execute, "queueing a request", None)

    def pop(self, timeout: int = 0) -> Request | None:
        keys, owner = [self.key, self.frontier.keys["leases"]], [self.frontier.worker_id]
        item = self.frontier.redis(
            lambda: self.pop_script(keys=keys, args=owner), "taking a request", None
        )
        if not item:
            return None
        request: Request = self._decode_request(item[0])
        request.meta[LEASE] = item[0]
        if "tp_t0" in request.meta:  # time the download from here, not from the queueing
            request.meta["tp_t0"] = time.monotonic()
        return request


class LeasingScheduler(Scheduler):
    """scrapy-redis' scheduler on the crawl's own keys. Nothing is filtered here (the
    frontier's seen set decides what is queued) and nothing is flushed when one worker
    closes: the queue belongs to the whole crawl."""

    @classmethod
    def from_crawler(cls, crawler: Any) -> LeasingScheduler:
        settings = crawler.settings
        scheduler = cls(
            server=crawler.spider.frontier.server,
            persist=True,
            queue_key=settings.get("SCHEDULER_QUEUE_KEY"),
            dupefilter=_NoFilter(),
        )
        scheduler.stats = crawler.stats
        return scheduler

    def open(self, spider: Any) -> None:
        """The queue on the crawl's key (scrapy-redis' own ``open`` also logs through the
        deprecated ``Spider.log`` and may flush)."""
        self.spider = spider
        self.queue = LeasedPriorityQueue(self.server, spider, self.queue_key, self.serializer)

    def enqueue_request(self, request: Request) -> bool:
        self.queue.push(request)
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def next_request(self) -> Request | None:
        request: Request | None = self.queue.pop()
        if request is not None and self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request


class _NoFilter:
    """The frontier filters before a request exists; the scheduler filters nothing."""

    def request_seen(self, request: Request) -> bool:
        return False

    def clear(self) -> None:
        """Nothing kept."""
