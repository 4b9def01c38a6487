"""``touchpoint crawls``: the crawls kept in the store."""

from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table

from store.crawls import Store, StoreError, crawl_state
from touchpoint.commands.common import InputError, shown
from touchpoint.commands.store_location import read_store_option, store_to_read


def nothing_listed(site: str | None, sites: list[str]) -> str:
    """What to say when no row is listed: the store is empty, or no crawl is of ``site``."""
    if not sites:
        return "No crawls stored yet."
    if len(sites) <= 10:
        return f"No crawls of {site} stored. Sites with crawls: {', '.join(sites)}."
    return f"No crawls of {site} stored ({len(sites)} other sites are: `touchpoint crawls`)."


@click.command()
@read_store_option
@click.option("--site", help="Only crawls of this host (e.g. example.com).")
def crawls(db: str | None, site: str | None) -> None:
    """List the crawls kept in the store.

    A crawl whose process is gone (killed, crashed) reads "interrupted, process gone":
    touchpoint crawl --resume ID finishes it. The threshold for "gone" is
    $TOUCHPOINT_HEARTBEAT_STALE_SECONDS without a heartbeat (default 60).

    \b
    Example:
        touchpoint crawls --site example.com
        touchpoint crawls --db audit-example
    """
    db = store_to_read(db)
    try:
        with Store.open(db, create=False) as store:
            rows = store.list_crawls(site=site)
            everything = rows if rows or not site else store.list_crawls()
        states = [crawl_state(row) for row in rows]
    except StoreError as exc:
        raise InputError(str(exc)) from None
    if not rows:
        sites = sorted({row["site"] for row in everything})
        click.echo(nothing_listed(site, sites))
        return
    table = Table("id", "site", "start URL", "started", "finished", "status", "URLs")
    for row, state in zip(rows, states, strict=True):
        table.add_row(
            str(row["id"]), shown(row["site"]), shown(row["start_url"]), row["started_at"],
            row["finished_at"] or "-", str(state), f"{row['pages']:,}",
        )  # fmt: skip
    console = Console()
    console.print(table)
    for row, state in zip(rows, states, strict=True):
        if state.name == "interrupted":
            console.print(
                f"Crawl {row['id']} is {state}: resume it with "
                f"`touchpoint crawl --resume {row['id']}`",
                soft_wrap=True,
            )
