"""Pages classified per second, as ``classify_crawl`` does it (target: >= 5,000/s on one core).

Generates N page records of one site (a home page, then shop, SaaS and service pages)
in the shape ``store.records.iter_page_records`` reads them from the store: the page
columns plus ``links``, ``ctas``, ``forms`` and ``contacts`` rows. Every page carries
the site's template: header navigation and footer links, a promo link and a
"Get 10% off" button in the content region, "Log in", "Cart" and "Subscribe" CTAs, a
search form and a footer newsletter form, a phone number, a social link and a chat
widget embed. Its own content adds 10-40 related links (named by their target's title,
one in eight "Read more" or "Shop now"; one page in 40 clicks out to a merchant), the
page kind's main CTA and form, and on booking pages a booking embed; one page in 500
is reached through a redirect.

Then, on one core, it runs the real ``rules.crawl.classify_crawl`` with its store
reads replaced by the records in memory and its writes by nothing, and times each
phase: pass 0 (``TemplateCounter``: which elements repeat), pass 1 (``classify_page``
on each template-marked page, its verdict kept as graph context and goal evidence),
redirects + goal inference, and pass 2 (``classify_page`` with the template, the
context and the site goals). With ``--store`` it then writes the same pages into a
SQLite store and times ``classify_crawl`` on it, phase by phase: the same work plus
three streamed reads of the crawl and the verdict writes.

    .venv/bin/python bench/bench_classify.py                # 100,000 pages
    .venv/bin/python bench/bench_classify.py -n 20000 --store
    .venv/bin/python bench/bench_classify.py --profile 30   # cProfile of the engine work
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import pstats
import random
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from rules import crawl, load_pack
from rules.crawl import ClassifySummary
from rules.pack import RulePack
from store.crawls import Store
from store.records import CHILD_COLUMNS, PAGE_COLUMNS

BASE = "https://bench.example"
HOME = BASE + "/"
WORDS = ("sencha", "assam", "payroll", "invoicing", "physio", "massage", "ledger", "matcha")
Fields = tuple[tuple[str, str], ...]
# path template, title, schema types, main CTA (text, href or None for a button), form fields
KINDS: tuple[tuple[str, str, list[str], tuple[str, str | None] | None, Fields | None], ...] = (
    ("/products/{slug}/", "Organic {word} tea", ["Product"], ("Add to cart", None), None),
    ("/shop/{slug}/", "{word} collection", ["CollectionPage"], ("Shop now", "/shop/"), None),
    ("/blog/{slug}/", "How to choose {word}", ["BlogPosting"], ("Read more", "/blog/"), None),
    ("/pricing/{slug}/", "Pricing", [], ("Start free trial", "/signup/"), None),
    ("/features/{slug}/", "{word} features", [], ("Request a demo", "/demo/"), None),
    (
        "/contact/{slug}/",
        "Contact us",
        ["ContactPage"],
        ("Send message", None),
        (("text", "name"), ("email", "email"), ("textarea", "message")),
    ),
    (
        "/checkout/{slug}/",
        "Checkout",
        [],
        ("Place order", None),
        (("email", "email"), ("text", "cc-number"), ("text", "cvc")),
    ),
    (
        "/account/login/{slug}/",
        "Log in",
        [],
        ("Log in", None),
        (("email", "email"), ("password", "password")),
    ),
    (
        "/book/{slug}/",
        "Book a {word} session",
        [],
        ("Book now", None),
        (("text", "name"), ("date", "day")),
    ),
    ("/faq/{slug}/", "FAQ", ["FAQPage"], None, None),
    ("/privacy/{slug}/", "Privacy policy", [], None, None),
    ("/{slug}/", "{word}", [], ("Descargar la guía", "/guia/"), None),
)
# The site's template, on every page (the home page included).
NAV = [
    ("/", "Home"),
    ("/shop/", "Shop"),
    ("/pricing/", "Pricing"),
    ("/blog/", "Blog"),
    ("/about/", "About us"),
    ("/contact/", "Contact"),
    ("/account/login/", "Log in"),
    ("/cart/", "Cart"),
]
FOOTER = [
    ("/privacy/", "Privacy"),
    ("/terms/", "Terms"),
    ("/faq/", "FAQ"),
    ("/shipping/", "Shipping"),
    ("/careers/", "Careers"),
    ("/press/", "Press"),
]
PROMO = ("/shipping/", "Free shipping on orders over $50", "main")  # a strip outside the nav
TEMPLATE_CTAS = [  # kind, text, href (None: a button), region
    ("link", "Log in", "/account/login/", "header"),
    ("link", "Cart", "/cart/", "header"),
    ("button", "Get 10% off", "#", "main"),  # a sitewide banner button in the content
    ("button", "Subscribe", None, "footer"),
]
CHAT = "widget.intercom.io/widget/abc123"
BOOKING = "assets.calendly.com/assets/external/widget.js"


def _field(kind: str, name: str) -> dict[str, Any]:
    return {
        "name": name,
        "tag": "textarea" if kind == "textarea" else "input",
        "type": kind,
        "required": True,
        "label": name.title(),
        "placeholder": None,
        "autocomplete": None,
    }


def _form(
    position: int, action: str, method: str, fields: Fields, submit: str, region: str
) -> dict[str, Any]:
    return {
        "position": position,
        "action": action,
        "action_url": BASE + action,
        "method": method,
        "fields": [_field(kind, name) for kind, name in fields],
        "submit_text": submit,
        "has_submit": True,
        "region": region,
        "element_id": None,
        "classes": None,
    }


def _link(target: str, text: str, region: str, position: int, internal: bool = True) -> Any:
    return {
        "target_url": target,
        "anchor_text": text,
        "rel": None,
        "nofollow": False,
        "region": region,
        "internal": internal,
        "position": position,
    }


def _cta(kind: str, text: str, href: str | None, region: str, position: int) -> dict[str, Any]:
    target = BASE + href if href and href.startswith("/") else None
    return {
        "kind": kind,
        "text": text,
        "href": href,
        "target_url": target,
        "internal": True if target else None,
        "region": region,
        "classes": "btn btn-primary" if region == "main" else "btn",
        "element_id": None,
        "aria_label": None,
        "role": None,
        "position": position,
        "geometry": None,
        "disabled": False,
    }


def _path(i: int) -> tuple[int, str]:
    """The kind and path of page ``i`` (page 0 is the home page)."""
    kind = (i - 1) % len(KINDS)
    return kind, KINDS[kind][0].format(slug=f"{WORDS[i % len(WORDS)]}-{i}")


UNPARSED = {  # a redirect hop as the crawler stores it (the same keys as a parsed page)
    "status": 301,
    "content_type": "text/html",
    "parsed": False,
    "title": None,
    "meta_description": None,
    "lang": None,
    "h1": [],
    "h2": [],
    "word_count": 0,
    "schema_types": [],
    "in_sitemap": False,
    "embeds": None,
}


def _target(i: int) -> str:
    """The URL the site links page ``i`` by: one page in 500 without its trailing slash, a
    URL that redirects to the page (the crawl stores the hop as an unparsed page)."""
    url = BASE + _path(i)[1]
    return url.rstrip("/") if i % 500 == 250 else url


def store_records(count: int, seed: int = 7) -> Iterator[dict[str, Any]]:
    """The site's pages as the crawler stores them: ``{"page": row, "links": [...], ...}``,
    each redirect hop as an unparsed page of its own before the page it leads to."""
    rng = random.Random(seed)
    for i in range(count):
        word = WORDS[i % len(WORDS)]
        schema: list[str] = []
        main: tuple[str, str | None] | None = None
        fields: Fields | None = None
        if i == 0:
            path, title = "/", "Bench tea & software"
        else:
            kind, path = _path(i)
            _, title, schema, main, fields = KINDS[kind]
        title = title.format(word=word.title())
        url = BASE + path
        if i % 500 == 250:
            hop = _target(i)
            chain = [{"url": hop, "status": 301}, {"url": url, "status": 200}]
            yield {"page": {**UNPARSED, "url": hop, "final_url": url, "redirect_chain": chain,
                            "depth": 1 + i % 4}}  # fmt: skip
        links = [_link(BASE + href, text, "nav", 0) for href, text in NAV]
        links.append(_link(BASE + PROMO[0], PROMO[1], PROMO[2], 0))
        for _ in range(rng.randrange(10, 40)):
            other = rng.randrange(1, count)
            kind = (other - 1) % len(KINDS)
            text = KINDS[kind][1].format(word=WORDS[other % len(WORDS)])  # the target's title
            if rng.random() < 0.125:  # or a teaser's call to action
                text = "Read more" if kind == 2 else "Shop now"
            links.append(_link(_target(other), text, "main", 0))
        if i % 40 == 3:  # a click-out to a merchant
            links.append(
                _link("https://www.amazon.com/dp/B0BENCH", "Buy on Amazon", "main", 0, False)
            )
        links += [_link(BASE + href, text, "footer", 0) for href, text in FOOTER]
        links.append(_link("https://instagram.com/benchtea", "Instagram", "footer", 0, False))
        for n, link in enumerate(links):
            link["position"] = n
        ctas = [_cta(kind, text, href, region, 0) for kind, text, href, region in TEMPLATE_CTAS]
        if main:
            text, href = main
            ctas.insert(2, _cta("link" if href else "button", text, href, "main", 0))
        for n, cta in enumerate(ctas):
            cta["position"] = n
        forms = [_form(0, "/search", "get", (("search", "q"),), "Search", "header")]
        if fields:
            forms.append(
                _form(1, path + "send", "post", fields, main[0] if main else "Send", "main")
            )
        newsletter = (("email", "email"),)
        forms.append(_form(len(forms), "/subscribe", "post", newsletter, "Subscribe", "footer"))
        contacts = [
            {"kind": "phone", "network": None, "target": "tel:+15550100", "text": "Call us",
             "region": "footer"},
            {"kind": "social", "network": "instagram", "target": "https://instagram.com/benchtea",
             "text": "Instagram", "region": "footer"},
            {"kind": "chat", "network": "intercom", "target": "https://" + CHAT, "text": None,
             "region": "body"},
        ]  # fmt: skip
        embeds = [CHAT] + ([BOOKING] if path.startswith("/book/") else [])
        page = {
            "url": url,
            "final_url": url,
            "status": 200,
            "redirect_chain": None,
            "depth": 0 if i == 0 else 1 + i % 4,
            "content_type": "text/html",
            "parsed": True,
            "title": title,
            "meta_description": f"{title}: everything about {word}.",
            "lang": "en",
            "h1": [title],
            "h2": ["Why customers love it", "Details"],
            "word_count": rng.randrange(80, 1500),
            "schema_types": schema,
            "in_sitemap": i % 3 != 0,
            "embeds": embeds,
        }
        yield {"page": page, "links": links, "ctas": ctas, "forms": forms, "contacts": contacts}


def page_record(stored: dict[str, Any]) -> dict[str, Any]:
    """A stored page as ``iter_page_records`` yields it: its page columns, and per child
    table the rows with ``page_url`` and the columns ``rules.crawl`` reads."""
    page = stored["page"]
    record = {name: page.get(name) for name in PAGE_COLUMNS}
    for name, (_, columns) in CHILD_COLUMNS.items():
        record[name] = [
            {"page_url": page["url"], **{c: row.get(c) for c in columns}}
            for row in stored.get(name, ())
        ]
    return record


def make_pages(count: int, seed: int = 7) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """The parsed pages in the shape the engine reads them from the store, and the
    redirect hops (URL, final URL)."""
    pages, redirects = [], []
    for stored in store_records(count, seed):
        page = stored["page"]
        if page["parsed"]:
            pages.append(page_record(stored))
        else:
            redirects.append((page["url"], page["final_url"]))
    return pages, redirects


class _Engine:
    def begin(self) -> contextlib.nullcontext[None]:
        return contextlib.nullcontext()


class MemoryStore:
    """Stands in for the store: ``classify_crawl`` asks it only for the crawl row and a
    transaction; the store functions it calls are replaced by ``without_store``."""

    engine = _Engine()

    def get_crawl(self, crawl_id: int) -> dict[str, Any]:
        return {"id": crawl_id, "start_url": HOME}


@contextlib.contextmanager
def without_store(
    pages: list[dict[str, Any]], redirects: list[tuple[str, str]], marks: list[tuple[str, float]]
) -> Iterator[None]:
    """Run the real ``rules.crawl.classify_crawl`` on records in memory: its reads yield
    ``pages``, its writes do nothing, and each phase boundary is noted in ``marks``."""

    def mark(name: str) -> None:
        marks.append((name, time.perf_counter()))

    def records(store: Any, crawl_id: int) -> Iterator[dict[str, Any]]:
        mark("read")
        yield from pages

    def unparsed(store: Any, crawl_id: int) -> Iterator[tuple[str, str, bool]]:
        mark("redirects")
        for url, final in redirects:  # what store.records.unparsed_pages reads, less the query
            yield url, final, False

    by_url = {page["url"]: page for page in pages}

    def load(store: Any, crawl_id: int, urls: Any) -> dict[str, dict[str, Any]]:
        return {url: by_url[url] for url in urls if url in by_url}

    stand_ins: dict[str, Callable[..., Any]] = {
        "iter_page_records": records,
        "load_page_records": load,
        "unparsed_pages": unparsed,
        "clear_crawl": lambda conn, crawl_id: mark("clear"),
        "write_batch": lambda *args, **kwargs: None,
        "write_goals": lambda conn, crawl_id, goals: mark("goals written"),
        "write_run": lambda *args, **kwargs: None,
    }
    with patched(stand_ins):
        yield


@contextlib.contextmanager
def patched(replacements: dict[str, Callable[..., Any]]) -> Iterator[None]:
    """Replace functions of ``rules.crawl`` for the duration (an AttributeError means
    rules/crawl.py was reorganised: update the bench)."""
    saved = {name: getattr(crawl, name) for name in replacements}
    for name, replacement in replacements.items():
        setattr(crawl, name, replacement)
    try:
        yield
    finally:
        for name, original in saved.items():
            setattr(crawl, name, original)


PHASES = (  # label, from mark, to mark (each mark's first occurrence after the previous)
    ("pass 0 (template counting)", "read", "read"),
    ("pass 1 (page verdicts, context, goal evidence)", "read", "redirects"),
    ("redirects + goal inference", "redirects", "clear"),
    ("pass 2 (template, context, site goals)", "clear", "goals written"),
)


def classify_in_memory(
    pages: list[dict[str, Any]], redirects: list[tuple[str, str]], pack: RulePack
) -> tuple[ClassifySummary, dict[str, float]]:
    """``classify_crawl`` on records in memory: its summary and the seconds of each phase."""
    marks: list[tuple[str, float]] = []
    with without_store(pages, redirects, marks):
        summary = crawl.classify_crawl(MemoryStore(), 1, pack)  # type: ignore[arg-type]
    times = phases(marks)
    times["combined: classify_crawl without the store"] = summary.seconds
    return summary, times


def phases(marks: list[tuple[str, float]]) -> dict[str, float]:
    """Seconds of each of ``PHASES`` from the marks ``classify_crawl`` left."""
    times: dict[str, float] = {}
    at = 0
    for label, first, last in PHASES:
        at = next(i for i in range(at, len(marks)) if marks[i][0] == first)
        end = next(i for i in range(at + 1, len(marks)) if marks[i][0] == last)
        times[label] = marks[end][1] - marks[at][1]
        at = end
    return times


def describe(summary: ClassifySummary) -> str:
    goals = summary.goals.kind if summary.goals else None
    return (
        f"goals: {goals}; {summary.conversions:,} conversion pages,"
        f" {summary.no_next_step:,} without a next step, {summary.review:,} to review;"
        f" stages {dict(summary.stages.most_common())}"
    )


@contextlib.contextmanager
def marking(marks: list[tuple[str, float]]) -> Iterator[None]:
    """Note ``classify_crawl``'s phase boundaries in ``marks`` while it runs on a real store."""

    def noted(name: str, original: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            marks.append((name, time.perf_counter()))
            return original(*args, **kwargs)

        return call

    names = {
        "iter_page_records": "read",
        "_follow_redirects": "redirects",
        "clear_crawl": "clear",
        "write_goals": "goals written",
    }
    with patched({f: noted(mark, getattr(crawl, f)) for f, mark in names.items()}):
        yield


def classify_stored(
    count: int, pack: RulePack, db: Path | None
) -> tuple[ClassifySummary, dict[str, float]]:
    """Write the pages into a SQLite store (unless ``db`` exists), then time a real
    ``classify_crawl`` on it (three streamed reads, the engine, the verdict writes)."""
    path = db or Path(tempfile.mkdtemp(prefix="tp-bench-classify-")) / "bench.db"
    fresh = not path.exists()
    store = Store.open(path)
    if fresh:
        t0 = time.perf_counter()
        crawl_id = store.create_crawl("bench.example", HOME, {"start_url": HOME}, "bench")
        batch: list[dict[str, Any]] = []
        for record in store_records(count):
            batch.append(record)
            if len(batch) >= 1000:
                store.write_batch(crawl_id, batch)
                batch.clear()
        store.write_batch(crawl_id, batch)
        store.update_crawl(crawl_id, status="finished")
        print(f"stored {count:,} pages in {path} in {time.perf_counter() - t0:.1f} s (not timed)")
    crawl_id = store.latest_crawl_id()
    t0 = time.perf_counter()
    read = sum(1 for _ in crawl.iter_page_records(store, crawl_id))
    one_read = time.perf_counter() - t0
    print(f"one streamed read of the stored crawl: {read:,} pages in {one_read:.2f} s")
    marks: list[tuple[str, float]] = []
    with marking(marks):
        summary = crawl.classify_crawl(store, crawl_id, pack)
    store.close()
    times = phases(marks)
    times["combined: classify_crawl on SQLite"] = summary.seconds
    return summary, times


def report(pages: int, times: dict[str, float]) -> None:
    for label, seconds in times.items():
        rate = f"{pages / seconds:>7,.0f} pages/s" if seconds >= 0.01 else " " * 15
        print(f"  {label:48} {rate} ({seconds:6.2f} s)")


def run(count: int, store: bool, db: Path | None, profile: int) -> None:
    pack = load_pack()
    t0 = time.perf_counter()
    pages, redirects = make_pages(count)
    links = sum(len(p["links"]) for p in pages)
    print(
        f"generated {len(pages):,} pages ({links:,} links, {len(redirects)} redirects)"
        f" in {time.perf_counter() - t0:.1f} s (not timed)"
    )
    if profile:
        profiler = cProfile.Profile()
        profiler.enable()
        classify_in_memory(pages, redirects, pack)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(profile)
        return
    summary, times = classify_in_memory(pages, redirects, pack)
    print(f"classify_crawl without the store, {summary.pages:,} pages; {describe(summary)}")
    report(summary.pages, times)
    if store:
        del pages
        summary, times = classify_stored(count, pack, db)
        print(f"classify_crawl on SQLite, {summary.pages:,} pages; {describe(summary)}")
        report(summary.pages, times)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--pages", type=int, default=100_000, help="pages to generate")
    parser.add_argument("--store", action="store_true", help="also time classify_crawl on SQLite")
    parser.add_argument("--db", type=Path, help="the store file for --store (reused if present)")
    parser.add_argument("--profile", type=int, default=0, help="cProfile: print the top N")
    args = parser.parse_args()
    run(args.pages, args.store or args.db is not None, args.db, args.profile)
