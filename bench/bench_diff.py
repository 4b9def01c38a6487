"""Diff speed for two 10,000-page audits: load both audit.json files, diff, write diff.json/html.

Target (issue 7): <= 10 s. The base audit is the report bench's generated site
(tests/reports/samples.py); the new one changes it the way a week of edits does:
1% of pages removed and 1% added, statuses, depths and stages changed, 3% of
findings fixed and 3% new, a tenth of the paths longer or shorter, CTAs lost and
forms grown on 2% of pages (with per-page CTA and form detail, as from the store).

    .venv/bin/python bench/bench_diff.py --pages 10000
"""

from __future__ import annotations

import argparse
import copy
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.model import AuditResult, Finding, JourneyPath  # noqa: E402
from regression.diff import Details, FormShape, PageDetail, diff_audits  # noqa: E402
from reports.diff_html import write_diff  # noqa: E402
from tests.reports.samples import large_audit  # noqa: E402

TARGET_S = 10.0


def with_paths(result: AuditResult, rng: random.Random) -> AuditResult:
    """Home paths to every conversion and entry paths from 1,000 entry pages, by any link
    and by CTAs (the audit's default ``max-paths``)."""
    home = result.pages[0].url
    conversions = [p.url for p in result.pages if p.is_conversion]
    entries = [p.url for p in result.pages[1:] if p.in_sitemap][:1000]
    result.paths = [
        JourneyPath("home", via, home, url, rng.choice((2, 3, 4, None)))  # type: ignore[arg-type]
        for url in conversions
        for via in ("any", "cta")
    ] + [
        JourneyPath("entry", via, url, rng.choice(conversions), rng.choice((1, 2, 3, None)))  # type: ignore[arg-type]
        for url in entries
        for via in ("any", "cta")
    ]
    return result


def details_for(result: AuditResult, rng: random.Random) -> Details:
    """Per-page CTA texts and form fields, as ``page_details`` reads them from the store."""
    details: Details = {}
    for page in result.pages:
        ctas = Counter({(f"CTA {i}", f"{page.url}/next-{i}"): 1 for i in range(page.ctas)})
        forms = [
            FormShape(page.url, "post", ("name", "email", "message"), ("email",))
            for _ in range(page.forms)
        ]
        details[page.url] = PageDetail(ctas, forms)
    return details


def changed(base: AuditResult, base_details: Details, seed: int) -> tuple[AuditResult, Details]:
    rng = random.Random(seed)
    new = copy.deepcopy(base)
    details = copy.deepcopy(base_details)
    pages = new.pages[1:]
    removed = {p.url for p in rng.sample(pages, k=len(pages) // 100)}
    new.pages = [p for p in new.pages if p.url not in removed]
    for i in range(len(pages) // 100):
        extra = copy.deepcopy(rng.choice(new.pages[1:]))
        extra.url = f"{extra.url}-new-{i}"
        new.pages.append(extra)
        details[extra.url] = PageDetail()
    for page in rng.sample(new.pages[1:], k=len(pages) // 200):
        page.status = 404 if page.status == 200 else 200
    for page in rng.sample(new.pages[1:], k=len(pages) // 50):
        page.depth = (page.depth or 0) + rng.choice((-1, 1))
    for page in rng.sample(new.pages[1:], k=len(pages) // 200):
        page.stage = "decision" if page.stage != "decision" else "consideration"
    for page in rng.sample(new.pages[1:], k=len(pages) // 50):
        detail = details.setdefault(page.url, PageDetail())
        if detail.ctas:
            del detail.ctas[next(iter(detail.ctas))]
        detail.forms = [
            FormShape(f.action, f.method, (*f.fields, "phone"), (*f.required, "phone"))
            for f in detail.forms
        ]
    kept = [f for f in new.findings if f.url not in removed]
    fixed = set(rng.sample(range(len(kept)), k=len(kept) * 3 // 100))
    new.findings = [f for i, f in enumerate(kept) if i not in fixed]
    for page in rng.sample(new.pages[1:], k=len(kept) * 3 // 100):
        new.findings.append(Finding("dead-end", "TP101", "warning", page.url, "Dead end", "x"))
    for path in rng.sample(new.paths, k=len(new.paths) // 10):
        path.clicks = None if path.clicks is None else path.clicks + rng.choice((-1, 1, 2))
    new.scores = {**new.scores, "overall": (new.scores.get("overall") or 80) - 3}
    return new, details


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    args = parser.parse_args()
    base = with_paths(AuditResult.from_dict(large_audit(args.pages)), random.Random(3))
    base_details = details_for(base, random.Random(1))
    new, new_details = changed(base, base_details, seed=2)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base.save(folder / "base.json")
        new.save(folder / "new.json")
        started = time.perf_counter()
        loaded_base = AuditResult.load(folder / "base.json")
        loaded_new = AuditResult.load(folder / "new.json")
        loaded = time.perf_counter()
        diff = diff_audits(loaded_base, loaded_new, base_details, new_details)
        compared = time.perf_counter()
        write_diff(diff, folder / "out")
        done = time.perf_counter()
    counts = ", ".join(f"{name} {n:,}" for name, n in diff.counts().items())
    print(
        f"pages: {len(base.pages):,} -> {len(new.pages):,}; findings: {len(base.findings):,}; "
        f"paths: {len(base.paths):,}"
    )
    print(f"diff: {counts}")
    print(
        f"load {loaded - started:.2f} s + diff {compared - loaded:.2f} s + "
        f"write json/html {done - compared:.2f} s = {done - started:.2f} s "
        f"(target <= {TARGET_S:.0f} s: {'met' if done - started <= TARGET_S else 'MISSED'})"
    )


if __name__ == "__main__":
    main()
