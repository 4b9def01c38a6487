"""Pages classified per second on generated page records (target: >= 5,000/s on one core).

Generates N realistic page records (shop, SaaS and service pages with nav CTAs,
forms, links, contacts and schema types, unique URLs) in memory, then times
``classify_page`` over all of them: once without context (pass one of
``classify_crawl``) and once with graph context (pass two).

    .venv/bin/python bench/bench_classify.py            # 100,000 pages
    .venv/bin/python bench/bench_classify.py -n 20000
"""

from __future__ import annotations

import argparse
import random
import time
from typing import Any

from rules import classify_page, load_pack

KINDS = (  # path template, title, schema types, main CTA, main form fields + submit
    ("/products/{slug}/", "Organic {word} tea", ["Product"], "Add to cart", None),
    ("/shop/{slug}/", "{word} collection", ["CollectionPage"], "Shop now", None),
    ("/blog/{slug}/", "How to choose {word}", ["BlogPosting"], "Read more", None),
    ("/pricing/", "Pricing", [], "Start free trial", None),
    ("/features/{slug}/", "{word} features", [], "Request a demo", None),
    (
        "/contact/",
        "Contact us",
        ["ContactPage"],
        "Send message",
        (("text", "name"), ("email", "email"), ("textarea", "message")),
    ),
    (
        "/checkout/",
        "Checkout",
        [],
        "Place order",
        (("email", "email"), ("text", "cc-number"), ("text", "cvc")),
    ),
    ("/account/login/", "Log in", [], "Log in", (("email", "email"), ("password", "password"))),
    ("/book/{slug}/", "Book a {word} session", [], "Book now", (("text", "name"), ("date", "day"))),
    ("/faq/", "FAQ", ["FAQPage"], None, None),
    ("/privacy/", "Privacy policy", [], None, None),
    ("/{slug}/", "{word}", [], "Descargar la guía", None),
)
WORDS = ("sencha", "assam", "payroll", "invoicing", "physio", "massage", "ledger", "matcha")
NAV = [("Log in", "header", "/login/"), ("Cart", "header", "/cart/"), ("Subscribe", "footer", None)]


def _form(fields: Any, submit: str, region: str, position: int) -> dict[str, Any]:
    return {
        "position": position,
        "region": region,
        "submit_text": submit,
        "method": "post",
        "action_url": None,
        "fields": [
            {
                "type": t,
                "tag": "input",
                "name": n,
                "label": n.title(),
                "placeholder": None,
                "autocomplete": None,
            }
            for t, n in fields
        ],
    }


def make_pages(count: int, seed: int = 7) -> list[dict[str, Any]]:
    """Generated page records, each a page row plus links, ctas, forms and contacts."""
    rng = random.Random(seed)
    base = "https://bench.example"
    pages = []
    for i in range(count):
        path, title, schema, main_cta, fields = KINDS[i % len(KINDS)]
        word = rng.choice(WORDS)
        url = base + path.format(slug=f"{word}-{i}")
        ctas = [
            {
                "kind": "link",
                "text": text,
                "region": region,
                "classes": "btn",
                "target_url": base + href if href else None,
                "internal": True,
                "position": n,
                "element_id": None,
                "aria_label": None,
            }
            for n, (text, region, href) in enumerate(NAV)
        ]
        if main_cta:
            ctas.append(
                {
                    "kind": "button",
                    "text": main_cta,
                    "region": "main",
                    "classes": "btn btn-primary",
                    "target_url": None,
                    "internal": None,
                    "position": len(ctas),
                    "element_id": None,
                    "aria_label": None,
                }
            )
        forms = [_form((("email", "email"),), "Subscribe", "footer", 0)]
        if fields:
            forms.insert(0, _form(fields, main_cta or "Send", "main", 0))
            forms[1]["position"] = 1
        links = [
            {
                "target_url": f"{base}/products/{rng.choice(WORDS)}-{rng.randrange(count)}/",
                "internal": True,
                "region": rng.choice(("main", "nav", "footer")),
                "position": n,
                "anchor_text": "link",
            }
            for n in range(rng.randrange(10, 40))
        ]
        pages.append(
            {
                "url": url,
                "final_url": None,
                "status": 200,
                "title": title.format(word=word),
                "h1": [title.format(word=word)],
                "h2": ["Why customers love it", "Details"],
                "word_count": rng.randrange(80, 1500),
                "schema_types": schema,
                "links": links,
                "ctas": ctas,
                "forms": forms,
                "contacts": [{"kind": "phone", "target": "tel:+15550100", "region": "footer"}],
            }
        )
    return pages


def run(count: int) -> None:
    pack = load_pack()
    t0 = time.perf_counter()
    pages = make_pages(count)
    print(f"generated {count:,} page records in {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    context = {}
    for page in pages:
        verdict = classify_page(page, pack)
        context[page["url"]] = (verdict.stage, verdict.action)
    first = time.perf_counter() - t0
    t0 = time.perf_counter()
    for page in pages:
        classify_page(page, pack, context)
    second = time.perf_counter() - t0
    print(f"pass 1 (page signals):      {count / first:,.0f} pages/s ({first:.2f} s)")
    print(f"pass 2 (with graph context): {count / second:,.0f} pages/s ({second:.2f} s)")
    print(f"both passes (classify_crawl's engine work): {count / (first + second):,.0f} pages/s")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--pages", type=int, default=100_000, help="page records to generate")
    run(parser.parse_args().pages)
