"""``touchpoint worker``: one more crawler process for a distributed crawl; and the
``--workers``/``--redis`` flags ``crawl`` and ``audit`` take (crawler/workers.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from core.text import terminal_safe
from crawler.auth import access_from
from crawler.login import login_from
from crawler.options import CrawlOptions, OptionsError
from crawler.run import CrawlFailed
from store.crawls import StoreError
from touchpoint.commands.common import InputError, access_options
from touchpoint.exit_codes import EXIT_CRAWL_FAILED

F = TypeVar("F", bound=Callable[..., Any])

worker_options = (
    click.option(
        "--workers", type=click.IntRange(min=0), metavar="N",
        help="Fetch with N crawler processes on one Redis frontier (a private redis-server "
        "unless --redis); 0: only workers started elsewhere with `touchpoint worker`. "
        "--concurrency and --delay stay those of the whole crawl.",
    ),
    click.option(
        "--redis", "redis_url", metavar="URL", envvar="TOUCHPOINT_REDIS_URL",
        help="The Redis of a distributed crawl, e.g. redis://10.0.0.5:6379/0 "
        "(default: a private one on 127.0.0.1; also $TOUCHPOINT_REDIS_URL).",
    ),
)  # fmt: skip
WORKER_PARAMS = ("workers", "redis_url")


def with_worker_options(fn: F) -> F:
    """Add ``--workers`` and ``--redis`` to a command that crawls."""
    for decorator in reversed(worker_options):
        fn = decorator(fn)
    return fn


def add_workers(options: CrawlOptions, params: dict[str, Any]) -> CrawlOptions:
    """The crawl options with the worker flags a command line gave."""
    options.workers, options.redis_url = params.get("workers"), params.get("redis_url")
    return options


def _with_access(fn: F) -> F:
    for decorator in reversed(access_options):
        fn = decorator(fn)
    return fn


@click.command()
@click.option(
    "--redis",
    "redis_url",
    metavar="URL",
    envvar="TOUCHPOINT_REDIS_URL",
    required=True,
    help="The Redis the crawl's frontier is on (also $TOUCHPOINT_REDIS_URL).",
)
@click.option(
    "--db",
    required=True,
    metavar="URL_OR_FILE",
    envvar="TOUCHPOINT_DB",
    help="The crawl's store: postgresql://... that every machine reaches (or the SQLite "
    "file, on the machine that started the crawl).",
)
@click.option(
    "--crawl",
    "crawl_id",
    type=int,
    metavar="ID",
    help="The crawl to join (default: the one started last on this Redis).",
)
@_with_access
def worker(redis_url: str, db: str, crawl_id: int | None, **params: Any) -> None:
    """Join a running distributed crawl as one more crawler process.

    The crawl was started elsewhere with `touchpoint crawl URL --workers N --redis URL
    --db postgresql://...` (N may be 0). This process takes requests from its Redis
    frontier and stores pages until the frontier is empty, then exits 0. Secrets are
    never stored: give the crawl's --auth-file, --header, --cookie or --login-field
    again. Exit 3 when Redis stays unreachable (resume the crawl later).

    \b
    Example:
        touchpoint worker --redis redis://10.0.0.5:6379/0 \\
            --db postgresql://touchpoint:secret@10.0.0.5/touchpoint
    """  # fmt: skip
    from crawler.spiders.site import REDIS_LOST
    from crawler.workers import join_crawl

    def given(start_url: str) -> CrawlOptions:
        return CrawlOptions(
            start_url=start_url,
            **access_from(
                start_url, params["auth"], params["auth_file"], params["header"],
                params["cookie"], params["cookie_file"],
            ),
            **login_from(start_url, params["login_url"], params["login_field"], None),
        )  # fmt: skip

    try:
        reason = join_crawl(redis_url, db, given, crawl_id)
    except (OptionsError, StoreError) as exc:
        raise InputError(str(exc)) from None
    except CrawlFailed as exc:
        click.echo(f"Error: {terminal_safe(str(exc))}", err=True)
        raise SystemExit(EXIT_CRAWL_FAILED) from None
    if reason == REDIS_LOST:
        click.echo("Error: Redis stayed unreachable: this worker stopped; pages it fetched "
                   "are stored, and the crawl can be resumed", err=True)  # fmt: skip
        raise SystemExit(EXIT_CRAWL_FAILED)
    click.echo(f"Worker done: {reason}.")
