"""``touchpoint goals``: the site's inferred goals as a ready-to-paste ``[goals]`` table."""

from __future__ import annotations

import json

import click

from core.text import goals_sentence, terminal_safe
from rules import Goals
from store.classifications import stored_goals
from store.crawls import Store, StoreError
from touchpoint.commands.common import CrawlNotReady, InputError, partial_option
from touchpoint.commands.rules import model_option, pack_or_exit, rules_option
from touchpoint.commands.store_location import read_store_option, store_to_read
from touchpoint.pipeline import CrawlUnfinished, PipelineError, classified


@click.command("goals")
@click.option(
    "--crawl", "crawl_id", type=int, metavar="ID", help="The crawl id (default: the latest)."
)
@read_store_option
@rules_option
@model_option
@click.option("--json", "as_json", is_flag=True, help="Print the goals and evidence as JSON.")
@partial_option
def goals(
    crawl_id: int | None, db: str | None, rules_file: str | None, model: str | None, as_json: bool,
    partial: bool,
) -> None:  # fmt: skip
    """Print what the site sells and where it converts, inferred from a stored crawl.

    The output is a [goals] table for touchpoint.toml with the evidence as comments:
    paste it, correct it, and every later audit with --config uses it instead of
    the inference (the crawl is classified again when the table changes).

    \b
    Example:
        touchpoint crawl https://example.com && touchpoint goals >> touchpoint.toml
        touchpoint goals --crawl 3 --json
    """
    pack = pack_or_exit(rules_file, model)
    db = store_to_read(db)
    try:
        with Store.open(db, create=False) as store:
            if crawl_id is None:
                crawl_id = store.latest_crawl_id()
            with classified(store, crawl_id, pack, partial=partial):
                stored = stored_goals(store, crawl_id) or {}
    except CrawlUnfinished as exc:
        raise CrawlNotReady(str(exc)) from None
    except (StoreError, PipelineError) as exc:
        raise InputError(str(exc)) from None
    if as_json:
        click.echo(json.dumps(stored, indent=2, ensure_ascii=False))
        return
    if stored.get("source") == "pack":
        click.echo(f"# {terminal_safe(goals_sentence(stored))}")
        click.echo("# The rule pack names its conversions, so no goals are inferred.")
        return
    # says what was inferred, with example URLs from the crawl
    click.echo(terminal_safe(Goals.from_dict(stored).to_toml()), nl=False)
