"""``touchpoint crawl``: run a crawl (or finish one) and print its summary."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from core.text import counted, limit_sentence, terminal_safe
from crawler.options import CrawlOptions, OptionsError
from crawler.run import CrawlFailed, CrawlSummary
from crawler.walls import wall_sentence
from touchpoint import pipeline
from touchpoint.commands.common import (
    ACCESS_PARAMS,
    InputError,
    config_option,
    crawl_options,
    db_option,
    options_from,
    read_config,
    refuse_crawl_options,
    shown,
)
from touchpoint.commands.worker import WORKER_PARAMS, add_workers, with_worker_options
from touchpoint.exit_codes import EXIT_CRAWL_FAILED, EXIT_INTERRUPTED


def crawl_or_exit(
    url: str | None, params: dict[str, Any], db: str, login_table: dict[str, Any] | None = None
) -> CrawlSummary:
    """Run the crawl the ``crawl_options`` flags describe (see ``run_or_exit``)."""
    options, resume = crawl_options_or_exit(url, params, login_table)
    return run_or_exit(options, db, resume)


def crawl_options_or_exit(
    url: str | None, params: dict[str, Any], login_table: dict[str, Any] | None = None
) -> tuple[CrawlOptions, int | None]:
    """The crawl the ``crawl_options`` flags describe, and the crawl id to resume, if any;
    a bad combination is a one-line usage error."""
    if not url and params["resume"] is None:
        raise click.UsageError("give a URL to crawl, or --resume CRAWL_ID")
    if params["resume"] is not None:
        if url:
            raise InputError("give a URL to crawl or --resume CRAWL_ID, not both")
        why = "--resume finishes a crawl with its stored settings (and secrets given again)"
        refuse_crawl_options(params, why, allowed=("resume", *ACCESS_PARAMS, *WORKER_PARAMS))
    try:
        options = add_workers(options_from(url, params, login_table), params)
    except OptionsError as exc:
        raise InputError(str(exc)) from None
    if params["resume"] is None:
        try:
            options.validate()
        except OptionsError as exc:
            raise InputError(str(exc)) from None
    return options, params["resume"]


def run_or_exit(options: CrawlOptions, db: str, resume: int | None = None) -> CrawlSummary:
    """Run a crawl; map every domain error to a one-line message and its exit code."""
    try:
        return pipeline.crawl(options, db, resume)
    except pipeline.PipelineError as exc:
        raise InputError(str(exc)) from None
    except CrawlFailed as exc:
        click.echo(f"Error: {terminal_safe(str(exc))}", err=True)
        raise SystemExit(EXIT_CRAWL_FAILED) from None


def print_summary(summary: CrawlSummary, console: Console | None = None) -> None:
    console = console or Console()
    if summary.already_finished:
        console.print(f"Crawl {summary.crawl_id} had finished already: nothing to resume.")
    c = summary.counts
    state = "" if summary.status == "finished" else f" [yellow]({summary.status})[/]"
    console.print(f"[bold]Crawl {summary.crawl_id}[/]{state}: {shown(summary.start_url)}")
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_row("URLs", f"{c['urls']:,} ({c['parsed']:,} HTML pages parsed)")
    codes = ", ".join(f"{code}: {n:,}" for code, n in sorted(summary.status_codes.items()))
    table.add_row("Statuses", codes or "-")
    table.add_row("Broken", f"{c['broken']:,} 4xx/5xx, {c['errors']:,} unreachable or blocked")
    table.add_row("Redirects", f"{c['redirects']:,}")
    table.add_row("Links", f"{c['links']:,} ({c['external_links']:,} external)")
    table.add_row("CTAs / forms", f"{c['ctas']:,} / {c['forms']:,}")
    table.add_row("Contact points", f"{c['contacts']:,}")
    table.add_row(
        "Sitemap", f"{c['sitemap_urls']:,} URLs listed, {c['in_sitemap']:,} crawled pages in it"
    )
    table.add_row("Deepest page", f"{counted(c['max_depth'] or 0, 'click')} from the start")
    table.add_row("Time", f"{summary.seconds:.1f} s, {summary.urls_per_second:.1f} URLs/s")
    if summary.login:
        behind = counted(summary.behind_login, "page")
        table.add_row("Login", f"{shown(summary.login)}; {behind} only a logged-in visitor reaches")
    console.print(table)
    for name, hit in summary.limits_hit.items():
        console.print(f"[bold red]LIMIT HIT:[/] {shown(limit_sentence(name, hit))}.")
    for trap in summary.traps:
        console.print(
            f"[bold yellow]TRAP:[/] {shown(trap['kind'])} {shown(trap['pattern'])}: stopped "
            f"following it after --trap-limit pages (e.g. {shown(trap['examples'][0])})."
        )
    for name, seen in summary.session_ids.items():
        console.print(
            f"[bold yellow]TRAP:[/] session IDs in URLs: {counted(seen['urls'], 'link URL')} "
            f"carried {shown(repr(name))}, dropped from every URL (--keep-param keeps it)."
        )
    if summary.nofollow_pages:
        console.print(f"[bold yellow]NOFOLLOW:[/] {nofollow_sentence(summary)}.")
    for wall in summary.walls:
        console.print(f"[bold cyan]WALL:[/] {shown(wall_sentence(wall))}.")
    if c.get("parse_problems"):
        console.print(
            f"[yellow]PARSE:[/] {counted(c['parse_problems'], 'page')} had parse problems "
            "(see the report's crawl section)."
        )
    if summary.status != "finished":
        console.print(
            f"[yellow]Not finished: resume with[/] touchpoint crawl --resume {summary.crawl_id}"
        )


def nofollow_sentence(summary: CrawlSummary) -> str:
    """Why a crawl stopped short of pages it saw links to: robots meta nofollow, which a
    staging or preview build often carries on every page."""
    n = summary.nofollow_pages
    whose = "its" if n == 1 else "their"
    start = ""
    if summary.start_nofollow:
        start = ": the start page" if n == 1 else ", the start page among them"
    return (
        f"{counted(n, 'page')} asked robots not to follow {whose} links (robots meta "
        f"nofollow){start}; {whose} links were not crawled (--ignore-robots follows them)"
    )


@click.command()
@click.argument("url", required=False)
@db_option
@crawl_options
@with_worker_options
@config_option("The [login] table: a login form's fields or a login script")
def crawl(url: str | None, db: str, config_path: Path | None, **params: Any) -> None:
    """Crawl a site into the store and print a summary.

    Pages, links, calls-to-action, forms and contact points are stored in the
    SQLite file given by --db. Prints the crawl id for later commands. Ctrl-C
    stops it cleanly (exit 130): --resume ID finishes it with its stored settings.

    \b
    Example:
        touchpoint crawl https://example.com --max-pages 500
        touchpoint crawl --resume 3
        touchpoint crawl https://shop.example.com --workers 2 --fast
        touchpoint crawl https://shop.example.com --login-url /login \\
            --login-field email=me@example.com --login-field password="$PW"
    """
    config = read_config(config_path)
    summary = crawl_or_exit(url, params, db, config.table("login") if config else None)
    print_summary(summary)
    if summary.status != "finished":
        raise SystemExit(EXIT_INTERRUPTED)
