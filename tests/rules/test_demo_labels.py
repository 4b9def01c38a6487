"""Accuracy on the bundled demo site (touchpoint/demo/site), crawled for real.

The demo is what a new user sees first (`touchpoint demo`), so the default pack must
classify it the way a consultant would: ``demo_labels.yaml`` holds a hand label for
each of its 47 pages. The rules must get >= 90% of stages and of actions right and
recall every conversion page, with general rules only (no rule names a demo URL).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from rules import classify_crawl, load_pack
from store.crawls import Store
from store.tables import classifications
from tests.conftest import crawl_site
from touchpoint.demo import serve_demo

ROOT = Path(__file__).resolve().parents[2]
LABELS = yaml.safe_load((Path(__file__).with_name("demo_labels.yaml")).read_text("utf-8"))
MIN_STAGE_ACCURACY = 0.90
MIN_ACTION_ACCURACY = 0.90


def _crawl_demo(db: Path) -> tuple[str, int]:
    """Serve the demo on 127.0.0.1 and crawl it with ``touchpoint crawl --fast``."""
    with serve_demo() as demo:
        base = demo.url("/").rstrip("/")
        crawl_site(base, db)
    store = Store.open(db)
    crawl_id = store.latest_crawl_id()
    store.close()
    assert crawl_id is not None
    return base, crawl_id


def score_demo(db: Path) -> dict[str, Any]:
    """Crawl and classify the demo with the default pack; compare with the labels."""
    base, crawl_id = _crawl_demo(db)
    store = Store.open(db)
    try:
        classify_crawl(store, crawl_id, load_pack())
        with store.engine.connect() as conn:
            rows = conn.execute(
                classifications.select().where(classifications.c.crawl_id == crawl_id)
            ).mappings()
            got = {row["page_url"]: dict(row) for row in rows}
    finally:
        store.close()
    totals = {"pages": 0, "stage": 0, "action": 0, "conversions": 0, "recalled": 0, "false": 0}
    misses: list[str] = []
    for path, label in LABELS["pages"].items():
        verdict = got.get(base + path)
        assert verdict is not None, f"{path} was not crawled or not classified"
        converts = bool(verdict["is_conversion"])
        totals["pages"] += 1
        totals["stage"] += verdict["stage"] == label["stage"]
        totals["action"] += verdict["action"] == label["action"]
        totals["conversions"] += label["conversion"]
        totals["recalled"] += label["conversion"] and converts
        totals["false"] += converts and not label["conversion"]
        if (verdict["stage"], verdict["action"], converts) != (
            label["stage"],
            label["action"],
            label["conversion"],
        ):
            misses.append(
                f"{path}: got {verdict['stage']}/{verdict['action']}/{converts}, "
                f"labelled {label['stage']}/{label['action']}/{label['conversion']}"
            )
    return {**totals, "misses": misses}


def test_labels_cover_every_demo_page() -> None:
    site = Path(__file__).resolve().parents[2] / "touchpoint" / "demo" / "site"
    pages = {
        "/" + str(p.parent.relative_to(site)).replace(os.sep, "/") + "/"
        for p in site.rglob("index.html")
    }
    pages = {"/" if p == "/./" else p for p in pages}
    assert set(LABELS["pages"]) == pages


def test_demo_accuracy(tmp_path: Path) -> None:
    result = score_demo(tmp_path / "demo.db")
    pages = result["pages"]
    stage_acc = result["stage"] / pages
    action_acc = result["action"] / pages
    recall = result["recalled"] / result["conversions"]
    report = (
        f"{pages} demo pages: stage {stage_acc:.1%}, action {action_acc:.1%}, "
        f"conversion recall {recall:.1%}, false conversions {result['false']}\n"
        + "\n".join(result["misses"])
    )
    print(report)
    assert pages == 47
    assert stage_acc >= MIN_STAGE_ACCURACY, report
    assert action_acc >= MIN_ACTION_ACCURACY, report
    assert recall == 1.0, report
