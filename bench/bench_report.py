"""Report speed and size for a 10,000-page audit: write time, file size, first paint in Chromium.

Targets (issue 5): written in <= 5 s, file <= 15 MB, first contentful paint <= 3 s.
The audit is generated (tests/reports/samples.py: 10,000 pages, ~8,750 findings,
40,000 links), so the figures measure the renderer alone.

    .venv/bin/python bench/bench_report.py --pages 10000
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reports import Branding, render_html  # noqa: E402
from tests.reports.conftest import CHROMIUM_ARGS  # noqa: E402
from tests.reports.samples import large_audit  # noqa: E402

# Resolves once Chromium has recorded the first contentful paint (it may come after "load").
FCP_JS = """new Promise(resolve => new PerformanceObserver((list, observer) => {
  const entry = list.getEntriesByName("first-contentful-paint")[0];
  if (entry) { observer.disconnect(); resolve(entry.startTime); }
}).observe({type: "paint", buffered: true}))"""
TARGETS = {"write_s": 5.0, "size_mb": 15.0, "first_paint_s": 3.0}


def first_paint(path: Path) -> tuple[float, float]:
    """(first-contentful-paint, load event) in seconds, from the Performance API."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS
        )
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(path.as_uri(), wait_until="load")
        paint = page.evaluate(FCP_JS)
        load = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
        browser.close()
    return paint / 1000, load / 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="Also keep the report at this path.")
    args = parser.parse_args()
    data = large_audit(args.pages)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "report.html"
        start = time.perf_counter()
        render_html(data, path, Branding(consultant="Bench", client="Generated shop"))
        figures = {"write_s": time.perf_counter() - start, "size_mb": path.stat().st_size / 1e6}
        figures["first_paint_s"], load_s = first_paint(path)
    counts = {name: len(data[name]) for name in ("pages", "findings", "links")}
    print(", ".join(f"{name} {n:,}" for name, n in counts.items()))
    failed = False
    for name, value in figures.items():
        ok = value <= TARGETS[name]
        failed |= not ok
        print(f"{name:14} {value:7.2f}  (target <= {TARGETS[name]:g}) {'ok' if ok else 'OVER'}")
    print(f"{'load_event_s':14} {load_s:7.2f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
