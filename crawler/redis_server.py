"""A private ``redis-server`` for one distributed crawl on this machine.

``touchpoint crawl --workers N`` without ``--redis`` starts one on a free port of
127.0.0.1 (no persistence, no other listener) and stops it when the crawl ends: the
frontier lives only while the crawl runs; a resumed crawl rebuilds it from the store.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from types import TracebackType

from crawler.options import OptionsError

SERVER_VARIABLE = "TOUCHPOINT_REDIS_SERVER"  # the redis-server binary, when not on PATH
INSTALL_HINT = (
    "--workers needs Redis: install redis-server (Debian/Ubuntu: apt-get install "
    "redis-server; macOS: brew install redis) or give a running one with --redis "
    "redis://host:6379/0"
)
START_SECONDS = 10.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def redis_server_binary() -> str:
    """The redis-server to start; ``OptionsError`` saying how to install it if none."""
    binary = os.environ.get(SERVER_VARIABLE) or shutil.which("redis-server")
    if not binary or not os.access(binary, os.X_OK):
        raise OptionsError(INSTALL_HINT)
    return binary


def _die_with_parent() -> None:
    """Linux: the private server ends with the crawl's process, even one killed by -9."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class PrivateRedis:
    """``with PrivateRedis() as url:`` a redis-server on 127.0.0.1 for the block's length."""

    def __init__(self) -> None:
        self.binary = redis_server_binary()
        self.port = free_port()
        self.folder = tempfile.TemporaryDirectory(prefix="touchpoint-redis-")
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def __enter__(self) -> str:
        command = [
            self.binary, "--port", str(self.port), "--bind", "127.0.0.1",
            "--save", "", "--appendonly", "no", "--dir", self.folder.name,
        ]  # fmt: skip
        self.process = subprocess.Popen(
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,  # a Ctrl-C reaches the crawl, which stops it last
            preexec_fn=_die_with_parent,
        )
        self._wait_until_up()
        return self.url

    def _wait_until_up(self) -> None:
        import redis

        assert self.process is not None
        client = redis.Redis(host="127.0.0.1", port=self.port)
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                err = (self.process.stderr.read() if self.process.stderr else b"").decode()
                raise OptionsError(f"redis-server did not start: {err.strip()[-300:]}")
            try:
                client.ping()
                return
            except redis.exceptions.ConnectionError:
                time.sleep(0.05)
        self.stop()
        raise OptionsError(f"redis-server did not answer on 127.0.0.1:{self.port}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.folder.cleanup()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
