"""Classify a whole stored crawl in three streamed passes, and explain one page.

Pass zero counts on how many pages each link, CTA, form and embed appears
(``rules.template``: the site's chrome by repetition). Pass one assesses every page
from its own signals (``rules.engine.assess_page``), keeps only its first verdict's
``(stage, action)`` as graph context, feeds what it completes or hands over to the goal
inference (``rules.goals``) and spills the assessment to a temporary file. Pass two
reads the assessments back and judges each with the context and the site's goals
(``judge_page``), writing the verdicts in batches: it does not read the pages again,
nor redo what a page says about itself. Page records are assembled by a merge join of
the page and child tables, all ordered by URL, so memory stays flat whatever the crawl
size (the spill is on disk) and there is no query per page.
"""

from __future__ import annotations

import pickle
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import IO, Any

from core.gcpause import cycle_collection_paused
from core.model import is_broken
from rules.engine import (
    Classification,
    PageAssessment,
    assess_page,
    classify_page,
    is_stale,
    judge_page,
)
from rules.goals import GoalCollector, Goals
from rules.pack import RulePack
from rules.template import Template, TemplateCounter
from rules.touchpoints import asks_more_than_reading, cta_action, off_journey, text_action
from store.classifications import (
    clear_crawl,
    stored_goals,
    write_batch,
    write_goals,
    write_run,
)
from store.crawls import Store
from store.records import iter_page_records, load_page_records, unparsed_pages

BATCH = 1000
RELOAD_BATCH = 500  # pages read back per query in pass two (``_final_verdicts``)
BROKEN = ("none", "none")  # the context's verdict for a broken page: a link there leads nowhere
ITEM_ACTIONS = frozenset({"add_to_cart", "purchase"})  # a product card's buy button


@dataclass
class ClassifySummary:
    """What ``classify_crawl`` did, for the CLI and the audit."""

    crawl_id: int
    pages: int = 0
    conversions: int = 0
    stages: Counter[str] = field(default_factory=Counter)
    actions: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    goals: Goals | None = None
    no_next_step: int = 0
    review: int = 0

    def count(self, verdict: Classification) -> None:
        """Add one page's final verdict to the totals."""
        self.pages += 1
        self.conversions += verdict.is_conversion
        self.stages[verdict.stage] += 1
        self.actions[verdict.action] += 1
        self.no_next_step += not verdict.next_step
        self.review += verdict.review


def _remember(context: dict[str, tuple[str, str]], page: dict[str, Any], c: Classification) -> None:
    context[page["url"]] = (c.stage, c.action)
    if page.get("final_url"):
        context[page["final_url"]] = (c.stage, c.action)


def site_template(store: Store, crawl_id: int, pack: RulePack, home: str) -> Template:
    """Pass zero: the elements the site's template repeats (``rules.template``); ``home`` is
    the crawl's start URL."""
    counter = TemplateCounter(
        pack.template_share,
        pack.template_pages,
        home,
        asks=lambda element: asks_more_than_reading(pack, element),
        sells=lambda element: cta_action(pack, element)[0] in ITEM_ACTIONS,
        off_journey=lambda url: off_journey(pack, url),
    )
    return counter.add_all(iter_page_records(store, crawl_id))


@cycle_collection_paused()  # millions of acyclic records: nothing to collect
def classify_crawl(
    store: Store, crawl_id: int, pack: RulePack, goals: Goals | None = None
) -> ClassifySummary:
    """Classify every parsed page of a crawl and replace its rows in the rule tables.

    ``goals`` replaces the inferred site goals (a ``[goals]`` table). The fingerprint
    of the pack (and of given goals: ``run_fingerprint``) is recorded with the rows, in
    the same transaction, so the audit can tell which rules they came from
    (``store.classifications.is_classified`` reads it back).
    """
    started = time.perf_counter()
    crawl = store.get_crawl(crawl_id)  # raises CrawlNotFound
    template = site_template(store, crawl_id, pack, crawl["start_url"])
    context: dict[str, tuple[str, str]] = {}
    collector = GoalCollector()
    home = crawl["start_url"]
    with tempfile.TemporaryFile(prefix="touchpoint-assessments-") as spill:
        batch: list[tuple[str, PageAssessment]] = []
        for page in iter_page_records(store, crawl_id):
            assessment = assess_page(template.mark(page), pack)
            batch.append((page["url"], assessment))
            if len(batch) >= BATCH:
                _spill(spill, batch)
            verdict = judge_page(assessment, pack)
            _remember(context, page, verdict)
            is_home = home in (page["url"], page.get("final_url"))
            collector.add(
                page["url"],
                verdict.converting,
                verdict.handoffs,
                home=is_home,
                stage=verdict.stage,
                sitewide=_sitewide_asks(page, verdict, pack) if is_home else (),
                asks=verdict.action,
                carts=has_own_cart_button(verdict),
            )
        _spill(spill, batch)
        _follow_redirects(context, unparsed_pages(store, crawl_id))
        site_goals = goals or _site_goals(pack, collector)
        summary = ClassifySummary(crawl_id, goals=site_goals)
        spill.seek(0)
        with store.engine.begin() as conn:
            clear_crawl(conn, crawl_id)
            verdicts: list[tuple[str, Classification]] = []
            for url, verdict in _final_verdicts(
                spill, store, crawl_id, template, pack, context, site_goals
            ):
                verdicts.append((url, verdict))
                summary.count(verdict)
                if len(verdicts) >= BATCH:
                    write_batch(conn, crawl_id, pack.model, verdicts)
                    verdicts.clear()
            write_batch(conn, crawl_id, pack.model, verdicts)
            given = Goals(kind=None, actions=pack.conversions, source="pack")
            write_goals(conn, crawl_id, (site_goals or given).as_dict())
            write_run(conn, crawl_id, run_fingerprint(pack, goals), pack.name, pack.model)
    summary.seconds = time.perf_counter() - started
    return summary


def _final_verdicts(
    spill: IO[bytes],
    store: Store,
    crawl_id: int,
    template: Template,
    pack: RulePack,
    context: Mapping[str, tuple[str, str]],
    goals: Goals | None,
) -> Iterator[tuple[str, Classification]]:
    """Pass two: each spilled assessment judged with the context (which also tells next
    steps which linked pages are journey pages) and the site's goals. A page whose generic
    button leads to a lead page is read and classified again, at the end, a few hundred
    pages per query: its first assessment could not know what the button asks."""
    stale: list[str] = []
    for url, assessment in _unspill(spill):
        if is_stale(assessment, context):
            stale.append(url)
        else:
            yield url, judge_page(assessment, pack, context, goals)
    for start in range(0, len(stale), RELOAD_BATCH):
        urls = stale[start : start + RELOAD_BATCH]
        records = load_page_records(store, crawl_id, urls)
        for url in urls:
            yield url, classify_page(template.mark(records[url]), pack, context, goals)


def _spill(spill: IO[bytes], batch: list[tuple[str, PageAssessment]]) -> None:
    """Write a batch of assessments to the spill file and empty the batch. Pickled before
    anything judges them, they come back as pass one saw them."""
    if batch:
        pickle.dump(batch, spill, pickle.HIGHEST_PROTOCOL)
        batch.clear()


def _unspill(spill: IO[bytes]) -> Iterator[tuple[str, PageAssessment]]:
    """The spilled assessments, in the order pass one wrote them (our own file: trusted)."""
    while True:
        try:
            batch = pickle.load(spill)
        except EOFError:
            return
        yield from batch


def has_own_cart_button(verdict: Classification) -> bool:
    """Whether the page's own content has an add-to-cart button on the site."""
    return any(
        action == "add_to_cart" and provider is None and position not in verdict.template_ctas
        for position, action, _, provider in verdict.cta_actions
    )


def _sitewide_asks(page: dict[str, Any], verdict: Classification, pack: RulePack) -> set[str]:
    """What the site's template asks on every page: the actions of its repeated buttons
    and of its repeated links' words (a header "Book online" link, a "Book now" menu item)."""
    asks = {a for pos, a, _, _ in verdict.cta_actions if pos in verdict.template_ctas}
    for link in page.get("links") or ():
        if link.get("template"):
            asks.add(text_action(pack, link.get("anchor_text")) or "none")
    asks.discard("none")
    return asks


def run_fingerprint(pack: RulePack, goals: Goals | None = None) -> str:
    """What decided a crawl's verdicts: the pack, and the goals when a caller gave them."""
    return pack.fingerprint if goals is None else f"{pack.fingerprint}+goals-{goals.fingerprint}"


def _follow_redirects(
    context: dict[str, tuple[str, str]], unparsed: Iterable[tuple[str, str | None, bool]]
) -> None:
    """A link to a redirecting URL leads where the redirect ends, as a click would: give
    such URLs the verdict of their final page (for graph rules and next steps). A link
    to a broken page leads nowhere: it gets ``BROKEN``."""
    rows = list(unparsed)
    _inherit_final(context, ((url, final) for url, final, _ in rows if final and final != url))
    for url, _, broken in rows:
        if broken:
            context.setdefault(url, BROKEN)


def _inherit_final(
    context: dict[str, tuple[str, str]], redirects: Iterable[tuple[str, str]]
) -> None:
    for url, final in redirects:
        if url not in context and final in context:
            context[url] = context[final]


def _site_goals(pack: RulePack, collector: GoalCollector) -> Goals | None:
    """The inferred goals, unless the pack names its own conversion actions."""
    if pack.conversions_given:
        return None
    return collector.infer(cart_providers(pack), pack.reservation_engines)


def cart_providers(pack: RulePack) -> frozenset[str]:
    """Names and hosts of the hosted carts, checkouts and ticket offices the pack knows:
    where the site's own sale is handed over (a marketplace's is someone else's)."""
    selling = frozenset({"checkout", "purchase"})
    known = [*pack.providers.items(), *pack.embeds.items()]
    own = [
        (host, name)
        for host, (name, action) in known
        if action in selling and name not in pack.marketplaces
    ]
    return frozenset(name for _, name in own) | frozenset(host for host, _ in own)


def explain_page(
    store: Store, crawl_id: int, url: str, pack: RulePack
) -> tuple[dict[str, Any], Classification] | None:
    """Classify one stored page as ``classify_crawl`` did: with the site's template marked
    on its elements, graph context from the pages it links to, and the stored goals."""
    record = load_page_records(store, crawl_id, [url]).get(url)
    if record is None:
        return None
    template = site_template(store, crawl_id, pack, store.get_crawl(crawl_id)["start_url"])
    targets = {link["target_url"] for link in record["links"] if link.get("internal")}
    neighbours = load_page_records(store, crawl_id, targets)
    redirects = {
        url: r["final_url"]
        for url, r in neighbours.items()
        if not r["parsed"] and r.get("final_url") and r["final_url"] != url
    }
    broken = [url for url, r in neighbours.items() if is_broken(r["status"], r.get("error"))]
    neighbours.update(load_page_records(store, crawl_id, set(redirects.values())))
    context: dict[str, tuple[str, str]] = {}
    for neighbour in {id(r): r for r in neighbours.values()}.values():
        if neighbour["parsed"]:
            _remember(context, neighbour, classify_page(template.mark(neighbour), pack))
    _inherit_final(context, redirects.items())
    context.update((url, BROKEN) for url in broken if url not in context)
    stored = stored_goals(store, crawl_id)
    # Goals a pack gave ("pack": its conversion actions) mean the per-page rule, as classified.
    goals = Goals.from_dict(stored) if stored and stored.get("source") != "pack" else None
    return template.mark(record), classify_page(record, pack, context, goals)
