"""The shared frontier's own rules, on a real redis-server: seen once across workers,
global budgets, leases put back when a worker's heartbeat expires."""

from __future__ import annotations

import time
from typing import Any

import pytest

import crawler.frontier as frontier_module
from crawler.frontier import RedisFrontier, keys_for, redacted, requeue_dead_leases


@pytest.fixture
def two_workers(redis_process: Any) -> tuple[RedisFrontier, RedisFrontier]:
    import redis

    server = redis.Redis.from_url(redis_process().url)
    return RedisFrontier(server, 7, "a:1"), RedisFrontier(server, 7, "b:2")


def test_a_url_is_claimed_by_one_worker_only(two_workers: tuple[RedisFrontier, ...]) -> None:
    a, b = two_workers
    assert a.claim(["/x", "/y", "/x"]) == ["/x", "/y"]
    assert b.claim(["/y", "/z"]) == ["/z"]
    assert a.claim(["/z"]) == []


def test_the_local_cache_is_bounded_and_redis_still_decides(
    two_workers: tuple[RedisFrontier, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, _ = two_workers
    monkeypatch.setattr(frontier_module, "LOCAL_SEEN_CAP", 10)
    for start in range(0, 50, 5):
        a.claim([f"/p{i}" for i in range(start, start + 5)])
    assert len(a.seen) <= 15
    assert a.claim(["/p0", "/p49"]) == []  # forgotten here, still seen in Redis


def test_page_and_request_budgets_are_shared(two_workers: tuple[RedisFrontier, ...]) -> None:
    a, b = two_workers
    slots = [w.take_parse_slot(3) for w in (a, b, a, b, a)]
    assert slots == [True, True, True, False, False]
    assert a.take_request(None) and b.take_parse_slot(None)


def test_leases_of_a_silent_worker_go_back_to_the_queue(
    two_workers: tuple[RedisFrontier, ...],
) -> None:
    a, _ = two_workers
    keys = keys_for(7)
    server = a.server
    server.hset(keys["leases"], b"request-of-b", b"b:2|3")
    server.hset(keys["leases"], b"request-of-a", b"a:1|1")
    a.join()  # a beats; b never did
    try:
        assert requeue_dead_leases(server, keys, a.redis) == 1
        assert server.zrange(keys["queue"], 0, -1, withscores=True) == [(b"request-of-b", 3.0)]
        assert server.hkeys(keys["leases"]) == [b"request-of-a"]
    finally:
        a.leave({})
    assert not server.exists(keys["worker"] + "a:1")


def test_a_pause_reaches_every_worker(two_workers: tuple[RedisFrontier, ...]) -> None:
    a, b = two_workers
    assert b.paused_for() == 0.0
    a.pause(5)
    b.pause_checked = 0.0  # read Redis now, not the cached value
    assert 4.0 < b.paused_for() <= 5.0
    assert time.time() < b.pause_until


def test_redis_urls_are_printed_without_their_password() -> None:
    assert redacted("redis://:s3cret@10.0.0.5:6379/0") == "redis://:***@10.0.0.5:6379/0"
    assert redacted("redis://user:pw@host/1") == "redis://user:***@host/1"
    assert redacted("redis://127.0.0.1:6379/0") == "redis://127.0.0.1:6379/0"


def test_a_queued_request_comes_back_with_its_callbacks_and_lease(redis_process: Any) -> None:
    import redis
    from scrapy import Request, Spider

    from crawler.redis_queue import LeasedPriorityQueue

    class Site(Spider):
        name = "site"

        def parse(self, response: Any) -> None:
            """The page callback."""

        def failed(self, failure: Any) -> None:
            """The errback."""

    spider = Site()
    server = redis.Redis.from_url(redis_process().url)
    spider.frontier = RedisFrontier(server, 7, "a:1")
    queue = LeasedPriorityQueue(server, spider, keys_for(7)["queue"])
    queue.push(Request("http://site.test/a", callback=spider.parse, errback=spider.failed))
    queue.push(Request("http://site.test/b", callback=spider.parse, priority=5))
    first, second = queue.pop(), queue.pop()
    assert first is not None and second is not None
    assert (first.url, second.url) == ("http://site.test/b", "http://site.test/a")
    assert second.callback == spider.parse and second.errback == spider.failed
    # one bound method per name: Scrapy's per-callback checks run once, not per request
    assert first.callback is second.callback
    assert server.hlen(keys_for(7)["leases"]) == 2
    assert queue.pop() is None
    with pytest.raises(ValueError, match="not a method of the spider"):
        queue.push(Request("http://site.test/c", callback=lambda response: None))
