"""Generate a synthetic site of N static pages for crawl benchmarks.

Each page is ~27 KB with ~43 links (a shared nav, ~30 links into the site, a
footer), a CTA and a form now and then, like a real CMS template. Deterministic
for a given N and seed, so runs compare.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

SECTIONS = ["shop", "blog", "guides", "pricing", "about", "support", "docs", "news"]
WORDS = (  # noqa: SIM905 - a sentence reads better than 32 quoted words
    "coffee roast brew origin single estate washed natural process tasting notes cup body "
    "acidity sweetness grinder kettle filter espresso subscription wholesale cafe workshop "
    "barista farm harvest altitude varietal blend fresh delivery order"
).split()


def page_path(index: int) -> str:
    return f"/{SECTIONS[index % len(SECTIONS)]}/p{index}.html"


def paragraph(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def render_page(index: int, total: int, rng: random.Random) -> str:
    nav = "".join(
        f'<li><a href="/{s}/p{i}.html">{s.title()}</a></li>' for i, s in enumerate(SECTIONS)
    )
    links = []
    for _ in range(30):
        target = rng.randrange(total)
        links.append(f'<li><a href="{page_path(target)}">{paragraph(rng, 3)}</a></li>')
    # Next page in sequence keeps every page reachable.
    links.append(f'<li><a href="{page_path((index + 1) % total)}">Next</a></li>')
    body = "\n".join(f"<p>{paragraph(rng, 45)}</p>" for _ in range(55))
    cta = (
        '<a class="btn btn-primary" href="/pricing/p3.html">Start free trial</a>'
        if index % 3 == 0
        else ""
    )
    form = (
        '<form action="/subscribe" method="post"><label for="e">Email</label>'
        '<input id="e" name="email" type="email" required><button>Subscribe</button></form>'
        if index % 5 == 0
        else ""
    )
    footer = "".join(f'<a href="/{s}/p{i + 8}.html">{s}</a> ' for i, s in enumerate(SECTIONS[:4]))
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page {index}</title>'
        f'<meta name="description" content="{paragraph(rng, 12)}"></head><body>'
        f"<header><nav><ul>{nav}</ul></nav></header><main><h1>Page {index}</h1>{cta}"
        f"<h2>{paragraph(rng, 4)}</h2>{body}<ul>{''.join(links)}</ul>{form}</main>"
        f'<footer>{footer}<a href="mailto:hello@example.com">Mail</a></footer></body></html>'
    )


def generate(root: Path, pages: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    for section in SECTIONS:
        (root / section).mkdir(parents=True, exist_ok=True)
    for index in range(pages):
        (root / page_path(index).lstrip("/")).write_text(render_page(index, pages, rng))
    (root / "index.html").write_text(render_page(0, pages, random.Random(seed)))
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n")
    return root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--pages", type=int, default=10_000)
    args = parser.parse_args()
    generate(args.folder, args.pages)
    print(f"wrote {args.pages} pages to {args.folder}")


if __name__ == "__main__":
    main()
