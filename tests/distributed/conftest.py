"""A real redis-server for the distributed-crawl tests, and a generated site to crawl.

Debian's ``redis-server`` (``.ci/run`` installs it); without it these tests are skipped,
unless ``TOUCHPOINT_REQUIRE_REDIS=1`` (CI), where a missing server is a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bench.generate_site import generate
from crawler.redis_server import free_port

PAGES = 90


class RedisProcess:
    """A redis-server on 127.0.0.1 the test can stop and start again on the same port."""

    def __init__(self, folder: Path) -> None:
        self.port = free_port()
        self.folder = folder
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        import redis

        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.folder)],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        client = redis.Redis(port=self.port)
        for _ in range(200):
            try:
                client.ping()
                return
            except redis.exceptions.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def redis_process(tmp_path: Path) -> Iterator[Callable[[], RedisProcess]]:
    """Factory: a started redis-server of the test's own; stopped at the end."""
    if shutil.which("redis-server") is None:
        if os.environ.get("TOUCHPOINT_REQUIRE_REDIS"):
            pytest.fail("redis-server is not installed (apt-get install redis-server)")
        pytest.skip("redis-server is not installed")
    started: list[RedisProcess] = []

    def start() -> RedisProcess:
        server = RedisProcess(tmp_path)
        server.start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture(scope="module")
def generated_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 90-page site like a CMS's: shared navigation, ~40 links a page, CTAs, forms;
    and a sitemap listing one page no link leads to."""
    if shutil.which("redis-server") is None and not os.environ.get("TOUCHPOINT_REQUIRE_REDIS"):
        pytest.skip("redis-server is not installed")
    root = generate(tmp_path_factory.mktemp("site"), PAGES)
    # A page no link leads to, only the sitemap: crawled once link discovery runs dry.
    (root / "orphan.html").write_text("<html><head><title>Orphan</title></head><body>"
                                     '<a href="/">Home</a></body></html>')  # fmt: skip
    (root / "sitemap.xml").write_text(
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>http://{{HOST}}:{{PORT}}/orphan.html</loc></url>"
        "<url><loc>http://{{HOST}}:{{PORT}}/</loc></url></urlset>"
    )
    return root
