"""``touchpoint crawls``: the crawls kept in the store."""

from __future__ import annotations

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from store.crawls import Store, StoreError
from touchpoint.commands.common import InputError, db_option


def nothing_listed(site: str | None, sites: list[str]) -> str:
    """What to say when no row is listed: the store is empty, or no crawl is of ``site``."""
    if not sites:
        return "No crawls stored yet."
    if len(sites) <= 10:
        return f"No crawls of {site} stored. Sites with crawls: {', '.join(sites)}."
    return f"No crawls of {site} stored ({len(sites)} other sites are: `touchpoint crawls`)."


@click.command()
@db_option
@click.option("--site", help="Only crawls of this host (e.g. example.com).")
def crawls(db: str, site: str | None) -> None:
    """List the crawls kept in the store.

    \b
    Example:
        touchpoint crawls --site example.com
    """
    try:
        with Store.open(db, create=False) as store:
            rows = store.list_crawls(site=site)
            everything = rows if rows or not site else store.list_crawls()
    except StoreError as exc:
        raise InputError(str(exc)) from None
    if not rows:
        sites = sorted({row["site"] for row in everything})
        click.echo(nothing_listed(site, sites))
        return
    table = Table("id", "site", "start URL", "started", "finished", "status", "URLs")
    for row in rows:
        table.add_row(
            str(row["id"]), escape(row["site"]), escape(row["start_url"]), row["started_at"],
            row["finished_at"] or "-", row["status"], f"{row['pages']:,}",
        )  # fmt: skip
    Console().print(table)
