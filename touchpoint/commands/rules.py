"""``touchpoint rules`` prints the effective rule pack, ``touchpoint explain`` one verdict."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any
from urllib.parse import urljoin

import click
from rich.console import Console
from rich.table import Column, Table

from core.text import goals_sentence
from core.urls import normalize_url
from regression.sites import site_key
from rules import (
    Classification,
    RulePack,
    RulePackError,
    available_models,
    explain_page,
    load_pack,
)
from rules.touchpoints import embed_provider
from store.classifications import stored_goals
from store.crawls import Store, StoreError
from touchpoint.commands.common import CrawlNotReady, InputError, partial_option, shown
from touchpoint.commands.store_location import read_store_option, store_to_read
from touchpoint.pipeline import CrawlUnfinished, PipelineError, classified

rules_option = click.option(
    "--rules",
    "rules_file",
    metavar="FILE",
    help="A client rule pack (YAML) that extends the default pack.",
)
model_option = click.option(
    "--model",
    metavar="NAME",
    help=f"Funnel model whose stage names to use: {', '.join(available_models())}.",
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
@click.option("--full", is_flag=True, help="List every rule of the pack, not only a client's.")
@click.option("--json", "as_json", is_flag=True, help="Print the effective pack as JSON.")
def rules_command(rules_file: str | None, model: str | None, full: bool, as_json: bool) -> None:
    """Print the effective rules: default pack, funnel model and client pack merged.

    The default view is a summary that fits a screen: how many rules of each signal, and
    the rules a client pack adds or turns off. --full lists every rule with what it
    matches; --json prints all of it.

    \b
    Example:
        touchpoint rules --rules client.yaml
        touchpoint rules --full
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
    providers = eff["providers"]
    if full:
        console.print(f"[bold]Hand-off providers[/] {', '.join(sorted(providers))}")
    else:  # over a hundred names: how many take each action fits a line
        by_action = Counter(str(spec.get("action")) for spec in providers.values())
        actions = ", ".join(f"{action} {n}" for action, n in by_action.most_common())
        console.print(f"[bold]Hand-off providers[/] {len(providers)}: {actions}")
    rules = eff["rules"]
    by_signal = Counter(rule.get("signal", "") for rule in rules)
    signals = ", ".join(f"{signal} {n}" for signal, n in by_signal.most_common())
    console.print(f"[bold]Rules[/] {len(rules)}: {signals}")
    shown_rules = rules if full else [r for r in rules if _clients(r, pack)]
    if shown_rules:
        console.print(_rules_table(shown_rules))
    elif not full:
        console.print("No client pack rule: the default pack as it ships (--rules FILE adds one).")
    words = sum(len(phrases) for tier in eff["lexicon"] for phrases in tier.values())
    console.print(
        f"[bold]CTA lexicon[/] {words} phrases; [bold]form purposes[/] "
        f"{len(eff['form_purposes'])} rules."
    )
    if not full:
        console.print("Every rule with what it matches: touchpoint rules --full; all of it: --json")


def _clients(rule: dict[str, Any], pack: RulePack) -> bool:
    """Whether a client pack added, changed or turned off this rule (not the default's)."""
    return rule.get("enabled") is False or not rule["origin"].startswith(pack.sources[0])


def _rules_table(rules: list[dict[str, Any]]) -> Table:
    table = Table(
        *(
            Column(h, overflow="fold")
            for h in ("id", "signal", "matches", "stage", "action", "weight", "origin")
        )
    )
    for rule in rules:
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
    return table


def _page_url(store: Store, crawl_id: int, url: str) -> str:
    """A stored page URL from what the user typed: absolute, or a path on the crawled site."""
    start = store.get_crawl(crawl_id)["start_url"]
    absolute = urljoin(start, url) if url.startswith("/") else url
    return normalize_url(absolute) or absolute


def crawl_for(store: Store, url: str) -> int:
    """The crawl ``explain URL`` reads without --crawl: for an absolute URL the newest
    crawl of its site (scheme, host and port), so a crawl of another site made since (an
    audit with another -o, the same store) is never searched; for a path the newest."""
    if url.startswith("/"):
        return store.latest_crawl_id()
    origin = site_key(url).origin
    ours = [c["id"] for c in store.list_crawls() if site_key(c["start_url"]).origin == origin]
    if not ours:
        raise InputError(
            f"no crawl of {origin} in {store.location} (see `touchpoint crawls`, or give --db)"
        )
    return int(ours[-1])


def template_split(record: dict[str, Any]) -> dict[str, dict[str, int]]:
    """How many of the page's links, CTAs and forms are its own and how many the site's
    template repeats (only the page's own decide its stage and action)."""
    split = {}
    for kind in ("links", "ctas", "forms"):
        items = record.get(kind) or ()
        template = sum(1 for item in items if item.get("template"))
        split[kind] = {"content": len(items) - template, "template": template}
    return split


def drawn_by_scripts(record: dict[str, Any], pack: RulePack) -> list[str]:
    """The form, booking and cart services whose scripts draw part of a page that was not
    rendered: what a raw crawl cannot see of it."""
    if record.get("rendered"):
        return []
    return [e for e in record.get("embeds") or () if embed_provider(pack, e) is not None]


def settle(record: dict[str, Any], verdict: Classification, pack: RulePack) -> str:
    """What would settle a verdict the rules are unsure of: the close alternatives, and
    the fix that makes it certain."""
    weights: dict[str, float] = {}
    for item in verdict.evidence:
        if item.get("stage"):
            weights[item["stage"]] = weights.get(item["stage"], 0.0) + float(item["weight"])
    ranked = sorted(weights.items(), key=lambda kv: -kv[1])
    if not ranked:
        said = "no rule recognised anything on this page"
    elif len(ranked) == 1:
        said = f"only weak evidence for {ranked[0][0]}"
    else:
        (first, a), (second, b) = ranked[:2]
        said = f"{first} ({a:g}) against {second} ({b:g})"
    hint = (
        "; a rendered crawl (--render on) would show what its scripts draw"
        if drawn_by_scripts(record, pack)
        else ""
    )
    return (
        f"the rules weigh {said}{hint}; a URL rule in a client pack (--rules) "
        "for pages like this one settles it"
    )


@click.command("explain")
@click.argument("url")
@click.option(
    "--crawl",
    "crawl_id",
    type=int,
    metavar="ID",
    help="The crawl id (default: the newest crawl of the URL's site; of a path, the newest).",
)
@read_store_option
@rules_option
@model_option
@click.option("--json", "as_json", is_flag=True, help="Print the verdict and evidence as JSON.")
@partial_option
def explain(
    url: str, crawl_id: int | None, db: str | None, rules_file: str | None, model: str | None,
    as_json: bool, partial: bool,
) -> None:  # fmt: skip
    """Show why a page got its funnel stage and action: every rule that fired.

    URL may be absolute or a path on the crawled site (/pricing/).

    \b
    Example:
        touchpoint explain /pricing/
        touchpoint explain https://example.com/pricing/ --db audit-example
        touchpoint explain https://example.com/checkout/ --crawl 3 --rules client.yaml
    """
    pack = pack_or_exit(rules_file, model)
    db = store_to_read(db)
    try:
        with Store.open(db, create=False) as store:
            if crawl_id is None:
                crawl_id = crawl_for(store, url)
            read_from = f"crawl {crawl_id} of {store.get_crawl(crawl_id)['start_url']}"
            read_from += f" in {store.location}"
            page_url = _page_url(store, crawl_id, url)
            # the site's goals come from the whole crawl
            with classified(store, crawl_id, pack, partial=partial):
                explained = explain_page(store, crawl_id, page_url, pack)
                found = (*explained, stored_goals(store, crawl_id)) if explained else None
    except CrawlUnfinished as exc:
        raise CrawlNotReady(str(exc)) from None
    except (StoreError, PipelineError) as exc:
        raise InputError(str(exc)) from None
    if found is None:
        raise InputError(f"no page {page_url} in {read_from}")
    record, verdict, site_goals = found
    if as_json:
        data = {
            "url": record["url"],
            "model": pack.model,
            "stage_label": verdict.stage_label,
            "stage": verdict.stage,
            "action": verdict.action,
            "is_conversion": verdict.is_conversion,
            "confidence": verdict.confidence,
            "review": verdict.review,
            "settle": settle(record, verdict, pack) if verdict.review else None,
            "goal": verdict.goal,
            "site_goals": goals_sentence(site_goals) if site_goals else None,
            "next_step": verdict.next_step,
            "next_step_reason": verdict.next_step_reason,
            "evidence": verdict.evidence,
            "ctas": verdict.cta_actions,
            "forms": verdict.form_purposes,
            "template": template_split(record),
        }
        click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))
        return
    console = Console()
    label = (
        f" ({verdict.stage_label}, {pack.model})" if verdict.stage_label != verdict.stage else ""
    )
    console.print(f"[bold]{shown(record['url'])}[/]  {shown(record.get('title') or '')}")
    console.print(f"  read from   {shown(read_from)}")
    console.print(f"  stage       {verdict.stage}{label}")
    console.print(f"  action      {verdict.action}")
    goal = f" (completes the site's main goal: {verdict.goal})" if verdict.goal else ""
    console.print(f"  conversion  {'yes' if verdict.is_conversion else 'no'}{goal}")
    if site_goals:
        console.print(f"  site goals  {shown(goals_sentence(site_goals))}")
    step = "yes" if verdict.next_step else "no"
    reason = f": {verdict.next_step_reason}" if verdict.next_step_reason else ""
    console.print(f"  next step   {step}{shown(reason)}")
    review = "  (review)" if verdict.review else ""
    console.print(f"  confidence  {verdict.confidence:.2f}{review}")
    if verdict.review:
        console.print(f"  to settle   {shown(settle(record, verdict, pack))}")
    split = template_split(record)
    parts = [
        f"{kind} {n['content']} in content, {n['template']} template"
        for kind, n in split.items()
        if n["content"] or n["template"]
    ]
    console.print(f"  elements    {'; '.join(parts) or 'none'}")
    table = Table("rule", "signal", "matched", "votes for", "weight", title="Evidence")
    for item in verdict.evidence:
        votes = " / ".join(v for v in (item.get("stage"), item.get("action")) if v)
        if item.get("converts"):
            votes += " (converts here)"
        matched = (
            item["matched"] if isinstance(item["matched"], str) else ", ".join(item["matched"])
        )
        table.add_row(item["rule"], item["signal"], shown(matched), votes, f"{item['weight']:g}")
    console.print(table)
    texts = {c["position"]: c.get("text") or c.get("aria_label") or "" for c in record["ctas"]}
    for position, action, rank, provider in verdict.cta_actions:
        where = "template" if position in verdict.template_ctas else "content"
        to = f", hands over to {provider}" if provider else ""
        console.print(
            f"  CTA {position} {shown(repr(texts.get(position, '')))}: "
            f"{action} ({rank}, {where}{shown(to)})"
        )
    for position, purpose in verdict.form_purposes:
        where = "template" if position in verdict.template_forms else "content"
        console.print(f"  form {position}: {purpose} ({where})")
    services = drawn_by_scripts(record, pack)
    if services:
        console.print(
            f"  embeds      {shown(', '.join(services))}: a form, booking or cart service's "
            "script draws part of this page; a rendered crawl (--render on) would show it"
        )
