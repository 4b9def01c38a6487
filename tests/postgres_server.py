"""A private PostgreSQL server for the tests, on 127.0.0.1 and a free port.

``TOUCHPOINT_TEST_POSTGRES=postgresql://...`` (a server you run) is used as is;
otherwise Debian's ``postgresql`` package (``initdb``/``pg_ctl``, installed by
``./run test`` and ``.ci/run``) starts a throw-away cluster in a temporary folder for
the session, with trust authentication on loopback only. PostgreSQL refuses to run as
root, so under root the cluster belongs to the ``postgres`` user.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ENV = "TOUCHPOINT_TEST_POSTGRES"


def _bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_owner(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@contextmanager
def postgres_server() -> Iterator[str | None]:
    """The base URL of a running server (``postgresql://user@127.0.0.1:port``), or None
    when there is neither ``TOUCHPOINT_TEST_POSTGRES`` nor an installed PostgreSQL."""
    given = os.environ.get(ENV)
    if given:
        yield given.rstrip("/")
        return
    initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
    if not initdb or not pg_ctl:
        yield None
        return
    folder = Path(tempfile.mkdtemp(prefix="touchpoint-pg-"))
    data, port = folder / "data", _free_port()
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    run = dict(check=True, capture_output=True, text=True, timeout=120)
    subprocess.run(
        _as_owner([initdb, "-D", str(data), "-U", "touchpoint", "--auth=trust", "-E", "UTF8"]),
        **run,  # type: ignore[call-overload]
    )
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        _as_owner([pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w",
                   "start"]),
        **run,  # type: ignore[call-overload]
    )  # fmt: skip
    try:
        yield f"postgresql://touchpoint@127.0.0.1:{port}"
    finally:
        subprocess.run(_as_owner([pg_ctl, "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True, timeout=60)  # fmt: skip
        shutil.rmtree(folder, ignore_errors=True)


def create_database(base: str, name: str) -> str:
    """A new empty database on the server at ``base``; returns its URL."""
    import psycopg

    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{base}/{name}"
