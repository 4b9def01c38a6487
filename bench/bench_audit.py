"""Audit speed and memory on a generated 100,000-page classified crawl.

Writes the crawl straight into a SQLite store (no HTTP: this measures the audit,
not the crawler): pages with redirects and broken targets, ~40 internal links a
page (navigation, footer, related content), CTAs, forms, contact points, a
sitemap, and the rules' rows as ``classify_crawl`` writes them (each page's verdict
with its next step, site goal and review flag; CTA and form verdicts with the
template flag; the site goals; the pack's fingerprint). Then, in a fresh process so
the generator's memory does not count, it times loading the crawl, the audit (graph,
paths, checks, journey map) and writing audit.json + the CSVs, and prints the
peak RSS. Target: <= 30 s and <= 2 GB for 100,000 pages.

    .venv/bin/python bench/bench_audit.py --pages 100000
    .venv/bin/python bench/bench_audit.py --pages 100000 --db /tmp/audit100k.db  # kept, reused
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BASE = "https://shop.example"
NAV = ["/", "/shop/", "/pricing/", "/blog/", "/about/", "/contact/", "/cart/", "/signup/"]
FOOTER = ["/privacy/", "/terms/", "/faq/", "/support/", "/account/login/", "/refer/"]
CATEGORIES = 40
RELATED = 24  # content links per page; with nav and footer about 40 links a page
GOAL = "own-checkout-shop"  # the site goal (rules.goals) its conversion pages complete


def page_plan(count: int) -> list[tuple[str, str, str, bool]]:
    """(path, stage, action, is_conversion) for every page of the site."""
    fixed = [
        ("/", "awareness", "browse", False),
        ("/shop/", "consideration", "browse", False),
        ("/pricing/", "consideration", "signup", False),
        ("/blog/", "awareness", "read", False),
        ("/about/", "awareness", "read", False),
        ("/contact/", "decision", "contact", False),
        ("/cart/", "decision", "checkout", False),
        ("/checkout/", "decision", "checkout", True),
        ("/signup/", "decision", "signup", True),
        ("/privacy/", "none", "none", False),
        ("/terms/", "none", "none", False),
        ("/faq/", "retention", "read", False),
        ("/support/", "retention", "contact", False),
        ("/account/login/", "retention", "login", False),
        ("/refer/", "advocacy", "share", False),
    ]
    plan = list(fixed)
    plan += [(f"/shop/c{i}/", "consideration", "browse", False) for i in range(CATEGORIES)]
    rest = count - len(plan)
    posts = rest * 2 // 5
    plan += [(f"/blog/post-{i}/", "awareness", "read", False) for i in range(posts)]
    plan += [(f"/shop/p{i}/", "decision", "add_to_cart", False) for i in range(rest - posts)]
    return plan


def generate(db: Path, count: int, seed: int = 7) -> None:
    from crawler.depth import compute_depths
    from rules import load_pack
    from rules.goals import Goals
    from store.crawls import Store

    rng = random.Random(seed)
    store = Store.open(db)
    crawl_id = store.create_crawl("shop.example", BASE + "/", {"start_url": BASE + "/"}, "bench")
    plan = page_plan(count)
    products = [p for p, _, _, _ in plan if p.startswith("/shop/p")]
    posts = [p for p, _, _, _ in plan if p.startswith("/blog/post-")]
    categories = [f"/shop/c{i}/" for i in range(CATEGORIES)]
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA synchronous=OFF")
    page_rows: list[tuple[Any, ...]] = []
    link_rows: list[tuple[Any, ...]] = []
    cta_rows: list[tuple[Any, ...]] = []
    form_rows: list[tuple[Any, ...]] = []
    contact_rows: list[tuple[Any, ...]] = []
    class_rows: list[tuple[Any, ...]] = []
    cta_class_rows: list[tuple[Any, ...]] = []
    form_class_rows: list[tuple[Any, ...]] = []
    fields = json.dumps([{"name": "email", "type": "email", "label": "Email"}])
    for n, (path, stage, action, conversion) in enumerate(plan):
        url = BASE + path
        status, final, chain = 200, url, None
        if n % 997 == 500:  # a few broken pages, linked from related lists
            status = 404
        page_rows.append((crawl_id, url, final, status, None, chain, None, "text/html",
                          status == 200, f"Page {n}", 50, 1))  # fmt: skip
        links = [(t, t.strip("/") or "Home", "nav") for t in NAV]
        links += [(t, t.strip("/"), "footer") for t in FOOTER]
        if path.startswith("/shop/c"):
            pool = products
        elif path.startswith("/shop/p"):
            pool = products
            links.append(("/cart/", "Add to cart", "main"))
        else:
            pool = posts + categories
        links += [(rng.choice(pool), "related", "main") for _ in range(RELATED)]
        if path == "/cart/":
            links.append(("/checkout/", "Checkout", "main"))
        if path == "/shop/":
            links += [(c, c, "main") for c in categories]
        if path == "/blog/":
            links.append(("/old-blog/", "Archive", "main"))
        for position, (target, anchor, region) in enumerate(links):
            link_rows.append((crawl_id, url, BASE + target, anchor, region, position))
        main_target = "/cart/" if path.startswith("/shop/p") else "/shop/"
        ctas: list[tuple[str, str | None, str, str, str]] = [
            ("Sign up", "/signup/", "header", "signup", "secondary"),
            ("Get started", main_target, "main", "checkout", "primary"),
        ]
        if n % 1000 == 3:
            ctas.append(("Learn more", None, "main", "none", "secondary"))
        for position, (text, cta_target, region, cta_action, prominence) in enumerate(ctas):
            href = cta_target or "#"
            target_url = BASE + cta_target if cta_target else None
            cta_rows.append((crawl_id, url, "link", text, href, target_url,
                             True if cta_target else None, region, position))  # fmt: skip
            template = region == "header"  # "Sign up" is on every page: site chrome
            cta_class_rows.append((crawl_id, url, position, cta_action, prominence, template))
        if n % 10 == 0:
            form_rows.append((crawl_id, url, 0, "/subscribe", BASE + "/subscribe", "post",
                              fields, "Subscribe", True, "footer"))  # fmt: skip
            form_class_rows.append((crawl_id, url, 0, "newsletter", False))  # 10%: not chrome
        contact_rows.append((crawl_id, url, "phone", None, "tel:+441234", "Call", "footer"))
        contact_rows.append(
            (crawl_id, url, "social", "instagram", "https://instagram.com/shop", "", "footer")
        )
        # The rules' next step per page: a few pages offer none (TP101 reports them).
        next_step, reason = (
            (False, "Its only button is disabled.") if n % 997 == 700 else (True, "")
        )
        confidence = 0.4 if n % 50 == 7 else 0.9
        class_rows.append((crawl_id, url, stage, action, conversion, confidence, "[]",
                           stage.capitalize(), "five-stage", next_step, reason or None,
                           GOAL if conversion else None, confidence < 0.5))  # fmt: skip
    # /old-blog/ -> /blog-archive/ -> /blog/ (a two-hop chain)
    chain = json.dumps([{"url": BASE + "/old-blog/", "status": 301},
                        {"url": BASE + "/blog-archive/", "status": 301},
                        {"url": BASE + "/blog/", "status": 200}])  # fmt: skip
    page_rows.append((crawl_id, BASE + "/old-blog/", BASE + "/blog/", 301, None, chain, None,
                      "text/html", False, None, 0, 0))  # fmt: skip
    conn.executemany(
        "INSERT INTO pages (crawl_id, url, final_url, status, error, redirect_chain, depth,"
        " content_type, parsed, title, word_count, in_sitemap, rendered)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,0)",
        page_rows,
    )
    conn.executemany(
        "INSERT INTO links (crawl_id, page_url, target_url, anchor_text, region, position,"
        " nofollow, internal) VALUES (?,?,?,?,?,?,0,1)",
        link_rows,
    )
    conn.executemany(
        "INSERT INTO ctas (crawl_id, page_url, kind, text, href, target_url, internal, region,"
        " position) VALUES (?,?,?,?,?,?,?,?,?)",
        cta_rows,
    )
    conn.executemany(
        "INSERT INTO forms (crawl_id, page_url, position, action, action_url, method, fields,"
        " submit_text, has_submit, region) VALUES (?,?,?,?,?,?,?,?,?,?)",
        form_rows,
    )
    conn.executemany(
        "INSERT INTO contacts (crawl_id, page_url, kind, network, target, text, region)"
        " VALUES (?,?,?,?,?,?,?)",
        contact_rows,
    )
    conn.executemany(
        "INSERT INTO sitemap_urls (crawl_id, url, sitemap) VALUES (?,?,?)",
        [(crawl_id, row[1], BASE + "/sitemap.xml") for row in page_rows[::2]],
    )
    conn.executemany(
        "INSERT INTO classifications (crawl_id, page_url, stage, action, is_conversion,"
        " confidence, evidence, stage_label, model, next_step, next_step_reason, goal, review)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        class_rows,
    )
    conn.executemany(
        "INSERT INTO cta_classifications (crawl_id, page_url, position, action, prominence,"
        " template) VALUES (?,?,?,?,?,?)",
        cta_class_rows,
    )
    conn.executemany(
        "INSERT INTO form_classifications (crawl_id, page_url, position, purpose, template)"
        " VALUES (?,?,?,?,?)",
        form_class_rows,
    )
    conversions = [row[1] for row in class_rows if row[4]]
    goals = Goals(
        kind=GOAL,
        actions=frozenset({"purchase"}),
        handoff=False,
        evidence={"purchase (on site)": {"pages": len(conversions), "examples": conversions[:5],
                                         "hosts": {}}},
        secondary=["signup"],
    )  # fmt: skip
    conn.execute(
        "INSERT INTO site_goals (crawl_id, goals) VALUES (?,?)",
        (crawl_id, json.dumps(goals.as_dict())),
    )
    pack = load_pack()
    conn.execute(
        "INSERT INTO classification_runs (crawl_id, pack_fingerprint, pack_name, model,"
        " classified_at) VALUES (?,?,?,?,?)",
        (crawl_id, pack.fingerprint, pack.name, pack.model, "2026-01-01T00:00:00+00:00"),
    )
    conn.commit()
    conn.close()
    compute_depths(store, crawl_id, BASE + "/")
    store.mark_sitemap_pages(crawl_id)
    store.update_crawl(crawl_id, status="finished", finished_at="2026-01-01T00:00:00+00:00")
    store.close()
    print(f"generated {len(page_rows):,} pages, {len(link_rows):,} links, "
          f"{len(cta_rows):,} CTAs, {len(form_rows):,} forms into {db}")  # fmt: skip


def measure(db: Path, out: Path) -> dict[str, float]:
    """Load, audit and write, timed; runs in its own process for a clean peak RSS."""
    from audit.runner import run_audit
    from reports import write_tables
    from store.crawls import Store
    from store.inputs import load_input

    times: dict[str, float] = {}
    began = time.perf_counter()
    store = Store.open(db, create=False)
    data = load_input(store, store.latest_crawl_id())
    times["load"] = time.perf_counter() - began
    mark = time.perf_counter()
    result = run_audit(data)
    times["audit"] = time.perf_counter() - mark
    mark = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    result.save(out / "audit.json")
    write_tables(result, out)
    times["write"] = time.perf_counter() - mark
    times["total"] = time.perf_counter() - began
    times["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    times["findings"] = len(result.findings)
    matrix = result.stage_flow["matrix"] if data.pages and result.stage_flow else {}
    times["edges"] = sum(sum(row.values()) for row in matrix.values())
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="reuse (or create) this store file")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.measure.parent / "audit-out")))
        return
    db = args.db or Path(tempfile.mkdtemp(prefix="tp-bench-audit-")) / "bench.db"
    if not db.exists():
        began = time.perf_counter()
        generate(db, args.pages)
        print(f"generation: {time.perf_counter() - began:.1f} s (not counted)")
    run = subprocess.run(
        [sys.executable, __file__, "--measure", str(db)], capture_output=True, text=True, check=True
    )
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    print(
        f"audit of {args.pages:,} pages: load {figures['load']:.1f} s,"
        f" audit {figures['audit']:.1f} s,"
        f" write {figures['write']:.1f} s, total {figures['total']:.1f} s;"
        f" peak RSS {figures['peak_rss_mb']:.0f} MB; {figures['edges']:,} page-to-page links,"
        f" {figures['findings']:,} findings"
    )


if __name__ == "__main__":
    main()
