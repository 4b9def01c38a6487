"""``touchpoint rules`` prints the effective rule pack, ``touchpoint explain`` one verdict."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urljoin

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Column, Table

from crawler.urls import normalize_url
from rules import RulePack, RulePackError, explain_page, load_pack
from touchpoint.commands.common import InputError, db_option
from touchpoint.store import Store, StoreError

rules_option = click.option(
    "--rules",
    "rules_file",
    metavar="FILE",
    help="A client rule pack (YAML) that extends the default pack.",
)
model_option = click.option(
    "--model",
    metavar="NAME",
    help="Funnel model whose stage names to use: five-stage, "
    "attraction-cultivation-sale-loyalty, attract-convert-close-delight.",
)


def pack_or_exit(rules_file: str | None, model: str | None) -> RulePack:
    """Load the pack; a bad file is a one-line usage error, never a traceback."""
    try:
        return load_pack(rules_file, model=model)
    except RulePackError as exc:
        raise InputError(str(exc)) from None


def _match(rule: dict[str, Any]) -> str:
    for key in ("pattern", "types", "actions", "purposes", "kinds", "stages"):
        if rule.get(key):
            value = rule[key]
            return value if isinstance(value, str) else ", ".join(value)
    bounds = [f"{k} {rule[k]}" for k in ("min", "max") if rule.get(k) is not None]
    return ", ".join(bounds) or "(any provider)"


@click.command("rules")
@rules_option
@model_option
@click.option("--json", "as_json", is_flag=True, help="Print the effective pack as JSON.")
def rules_command(rules_file: str | None, model: str | None, as_json: bool) -> None:
    """Print the effective rules: default pack, funnel model and client pack merged.

    \b
    Example:
        touchpoint rules
        touchpoint rules --rules client.yaml --model attract-convert-close-delight --json
    """
    pack = pack_or_exit(rules_file, model)
    if as_json:
        click.echo(json.dumps(pack.effective, indent=2, ensure_ascii=False))
        return
    eff = pack.effective
    console = Console()
    console.print(f"[bold]Rule pack[/] {pack.name} from {', '.join(pack.sources)}")
    labels = ", ".join(f"{s} = {label}" for s, label in pack.labels.items())
    console.print(f"[bold]Funnel model[/] {pack.model}: {labels}")
    console.print(
        f"[bold]Conversions[/] {', '.join(eff['conversions'])} "
        f"(on {', '.join(eff['conversion_stages'])} pages)"
    )
    console.print(f"[bold]Hand-off providers[/] {', '.join(sorted(eff['providers']))}")
    table = Table(
        *(
            Column(h, overflow="fold")
            for h in ("id", "signal", "matches", "stage", "action", "weight", "origin")
        )
    )
    for rule in eff["rules"]:
        style = "dim strike" if rule.get("enabled") is False else None
        table.add_row(
            rule["id"],
            rule.get("signal", ""),
            _match(rule),
            rule.get("stage") or "-",
            rule.get("action") or "(matched)"
            if rule.get("signal") in ("cta", "offsite")
            else rule.get("action") or "-",
            str(rule.get("weight", 1.0)),
            rule["origin"].rsplit("/", 1)[-1],
            style=style,
        )
    console.print(table)
    words = sum(len(phrases) for tier in eff["lexicon"] for phrases in tier.values())
    console.print(
        f"[bold]CTA lexicon[/] {words} phrases; [bold]form purposes[/] "
        f"{len(eff['form_purposes'])} rules; use --json for all of it."
    )


def _page_url(store: Store, crawl_id: int, url: str) -> str:
    """A stored page URL from what the user typed: absolute, or a path on the crawled site."""
    start = store.get_crawl(crawl_id)["start_url"]
    absolute = urljoin(start, url) if url.startswith("/") else url
    return normalize_url(absolute) or absolute


@click.command("explain")
@click.argument("url")
@click.option(
    "--crawl", "crawl_id", type=int, metavar="ID", help="The crawl id (default: the latest)."
)
@db_option
@rules_option
@model_option
@click.option("--json", "as_json", is_flag=True, help="Print the verdict and evidence as JSON.")
def explain(
    url: str, crawl_id: int | None, db: str, rules_file: str | None, model: str | None,
    as_json: bool,
) -> None:  # fmt: skip
    """Show why a page got its funnel stage and action: every rule that fired.

    URL may be absolute or a path on the crawled site (/pricing/).

    \b
    Example:
        touchpoint explain /pricing/
        touchpoint explain https://example.com/checkout/ --crawl 3 --rules client.yaml
    """
    pack = pack_or_exit(rules_file, model)
    try:
        with Store.open(db, create=False) as store:
            if crawl_id is None:
                crawl_id = store.latest_crawl_id()
            page_url = _page_url(store, crawl_id, url)
            found = explain_page(store, crawl_id, page_url, pack)
    except StoreError as exc:
        raise InputError(str(exc)) from None
    if found is None:
        raise InputError(f"no page {page_url} in crawl {crawl_id}")
    record, verdict = found
    if as_json:
        data = {
            "url": record["url"],
            "model": pack.model,
            "stage_label": verdict.stage_label,
            "stage": verdict.stage,
            "action": verdict.action,
            "is_conversion": verdict.is_conversion,
            "confidence": verdict.confidence,
            "evidence": verdict.evidence,
            "ctas": verdict.cta_actions,
            "forms": verdict.form_purposes,
        }
        click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))
        return
    console = Console()
    label = (
        f" ({verdict.stage_label}, {pack.model})" if verdict.stage_label != verdict.stage else ""
    )
    console.print(f"[bold]{escape(record['url'])}[/]  {escape(record.get('title') or '')}")
    console.print(f"  stage       {verdict.stage}{label}")
    console.print(f"  action      {verdict.action}")
    console.print(f"  conversion  {'yes' if verdict.is_conversion else 'no'}")
    console.print(f"  confidence  {verdict.confidence:.2f}")
    table = Table("rule", "signal", "matched", "votes for", "weight", title="Evidence")
    for item in verdict.evidence:
        votes = " / ".join(v for v in (item.get("stage"), item.get("action")) if v)
        if item.get("converts"):
            votes += " (converts here)"
        matched = (
            item["matched"] if isinstance(item["matched"], str) else ", ".join(item["matched"])
        )
        table.add_row(item["rule"], item["signal"], escape(matched), votes, f"{item['weight']:g}")
    console.print(table)
    texts = {c["position"]: c.get("text") or c.get("aria_label") or "" for c in record["ctas"]}
    for position, action, rank in verdict.cta_actions:
        console.print(
            f"  CTA {position} {escape(repr(texts.get(position, '')))}: {action} ({rank})"
        )
    for position, purpose in verdict.form_purposes:
        console.print(f"  form {position}: {purpose}")
