"""Rendered crawl speed and memory: ``--render on`` against the raw-HTML crawl, same run.

Generates N pages whose navigation and CTA are built by an inline script (the kind
of site rendering exists for; a plain-HTML footer repeats the links so the raw crawl
reaches the same pages), each with an image, a web font and an analytics tag that a
rendered crawl blocks. Serves them with nginx (bench_crawl.py), then:

1. ``touchpoint crawl --fast --render off`` of the N pages (the raw-HTML crawl);
2. ``touchpoint crawl --fast --render on`` of the same N pages;
3. ``--render on`` of ``--long`` pages, to show memory stays flat as crawls grow.

Memory is the whole process tree (Python, Playwright's driver, every Chromium
process), sampled from /proc every 0.2 s: the sum of RSS (counts pages shared
between Chromium processes once per process, so it overstates) and of PSS (shares
them out; the honest figure). Peak of each is printed.

    .venv/bin/python bench/bench_render.py --pages 500 --long 2000
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from bench_crawl import start_server

WORDS = "kettle brew origin roast cup filter grinder tasting order delivery fresh farm".split()  # noqa: SIM905
PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Page {i}</title>
<style>@font-face {{ font-family: Brand; src: url(/brand.woff2); }}
body {{ font-family: Brand, sans-serif; margin: 0; }} .hero {{ min-height: {hero}px; }}</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-BENCH"></script></head>
<body><div id="app"></div><img src="/img/p{i}.jpg" width="800" height="400" alt="">
<p>{text}</p>
<footer>{footer}</footer>
<script>
const links = {links};
document.getElementById("app").innerHTML =
  '<header><nav>' + links.map((n) => `<a href="/p${{n}}.html">Page ${{n}}</a>`).join(" ") +
  '</nav></header><main><div class="hero"><h1>Page {i}</h1></div>' +
  '<a class="btn btn-primary" href="/p{next}.html">Start free trial</a></main>';
</script></body></html>
"""


def generate(root: Path, pages: int, seed: int = 11) -> Path:
    """N pages of ~3 KB; page i links to i+1 (all reachable) and 8 random others."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    for i in range(pages):
        links = sorted({(i + 1) % pages, *(rng.randrange(pages) for _ in range(8))})
        text = " ".join(rng.choice(WORDS) for _ in range(150))
        hero = 200 if i % 2 else 900  # half the CTAs sit below the phone's fold
        footer = " ".join(f'<a href="/p{n}.html">{n}</a>' for n in links)  # for the raw crawl
        page = PAGE.format(
            i=i, next=(i + 1) % pages, links=links, text=text, hero=hero, footer=footer
        )
        (root / f"p{i}.html").write_text(page, encoding="utf-8")
    shutil.copy(root / "p0.html", root / "index.html")
    return root


def tree_pids(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, ()))
    return found


def tree_memory(root: int) -> tuple[int, int]:
    """(RSS, PSS) in kB summed over the process tree under ``root``."""
    rss = pss = 0
    for pid in tree_pids(root):
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1])
        except OSError:
            continue
    return rss, pss


@dataclass
class Run:
    label: str
    pages: int
    rendered: int
    seconds: float
    peak_rss_mb: float
    peak_pss_mb: float
    samples: list[tuple[float, float]]  # (seconds, PSS MB)

    @property
    def rate(self) -> float:
        return self.pages / self.seconds


def crawl(label: str, url: str, db: Path, flags: list[str], cwd: Path) -> Run:
    """One ``touchpoint crawl`` in a subprocess, with its process tree sampled."""
    command = [sys.executable, "-m", "touchpoint", "crawl", url, "--fast", "--db", str(db), *flags]
    env = {**os.environ, "TOUCHPOINT_PROGRESS": "off"}
    began = time.monotonic()
    proc = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL)
    peak = [0, 0]
    samples: list[tuple[float, float]] = []

    def sample() -> None:
        while proc.poll() is None:
            rss, pss = tree_memory(proc.pid)
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
            samples.append((time.monotonic() - began, pss / 1024))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample)
    sampler.start()
    status = proc.wait()
    seconds = time.monotonic() - began
    sampler.join()
    if status != 0:
        raise SystemExit(f"{' '.join(command)} exited with status {status}")
    with sqlite3.connect(db) as conn:
        parsed, rendered = conn.execute(
            "select count(*), coalesce(sum(rendered), 0) from pages where parsed"
        ).fetchone()
    return Run(label, parsed, rendered, seconds, peak[0] / 1024, peak[1] / 1024, samples)


def pss_by_quarter(run: Run) -> str:
    """Peak PSS in each quarter of the run: flat means no growth with pages crawled."""
    quarters = []
    for q in range(4):
        lo, hi = run.seconds * q / 4, run.seconds * (q + 1) / 4
        values = [mb for t, mb in run.samples if lo <= t < hi]
        quarters.append(f"{max(values):.0f}" if values else "-")
    return " / ".join(quarters)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--long", type=int, default=2000, help="pages of the memory run (0: skip)")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--pages-per-context", type=int, default=100)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="tp-bench-render-"))
    tmp.chmod(0o755)  # nginx workers run as an unprivileged user
    biggest = max(args.pages, args.long)
    site = generate(tmp / "site", biggest)
    server, url = start_server(site, tmp)
    common = ["--concurrency", str(args.concurrency)]
    render = [*common, "--render", "on", "--render-pages-per-context", str(args.pages_per_context)]
    runs = []
    try:
        limit = ["--max-pages", str(args.pages)]
        runs.append(crawl("raw HTML (--render off)", url, tmp / "raw.db", [*common, *limit], tmp))
        runs.append(crawl("rendered (--render on)", url, tmp / "on.db", [*render, *limit], tmp))
        if args.long:
            long_limit = ["--max-pages", str(args.long)]
            runs.append(
                crawl("rendered (--render on)", url, tmp / "long.db", [*render, *long_limit], tmp)
            )
    finally:
        server.terminate()
        server.wait()
    print(
        f"site: {biggest} generated pages (script-built nav and CTA), concurrency "
        f"{args.concurrency}, {args.pages_per_context} pages per browser context, "
        f"{os.cpu_count()} cores"
    )
    head = f"{'crawl':<26}{'pages':>7}{'rendered':>10}{'seconds':>9}{'pages/s':>9}"
    print(f"{head}{'peak RSS MB':>13}{'peak PSS MB':>13}  PSS peak by quarter")
    for run in runs:
        print(
            f"{run.label:<26}{run.pages:>7}{run.rendered:>10}{run.seconds:>9.1f}{run.rate:>9.1f}"
            f"{run.peak_rss_mb:>13.0f}{run.peak_pss_mb:>13.0f}  {pss_by_quarter(run)}"
        )
    print(f"rendered/raw speed: {runs[1].rate / runs[0].rate:.2f}x")
    if len(runs) > 2:
        print(
            f"peak PSS {runs[1].pages} -> {runs[2].pages} rendered pages: "
            f"{runs[1].peak_pss_mb:.0f} -> {runs[2].peak_pss_mb:.0f} MB"
        )
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
