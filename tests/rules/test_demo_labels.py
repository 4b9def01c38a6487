"""Accuracy on the bundled demo site (touchpoint/demo/site), as the product audits it.

The demo is what a new user sees first (`touchpoint demo`), so the default pack must
classify it the way a consultant would: ``demo_labels.yaml`` holds a hand label for
each of its 47 pages. The rules must get >= 90% of stages and of actions right and
recall every conversion page, with general rules only (no rule names a demo URL).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import yaml

from bench.accuracy import Label, score_site

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden" / "demo-audit.json"
GOLDEN_ORIGIN = "http://demo.touchpoint.test"  # tests/golden/make_golden.py's fixed origin
LABELS = yaml.safe_load((Path(__file__).with_name("demo_labels.yaml")).read_text("utf-8"))
MIN_STAGE_ACCURACY = 0.90
MIN_ACTION_ACCURACY = 0.90


def score_demo() -> dict[str, Any]:
    """The labels against the demo audit the product writes today: the golden audit
    (``tests/golden/``, kept current by its own test), scored by the corpus scorer."""
    audit = json.loads(GOLDEN.read_text(encoding="utf-8"))
    labels = [
        Label(path, label["stage"], label["action"], label["conversion"], True, "")
        for path, label in LABELS["pages"].items()
    ]  # the demo labels say nothing of next steps: those metrics are not asserted
    return score_site(labels, audit, {}, GOLDEN_ORIGIN)


def test_labels_cover_every_demo_page() -> None:
    site = Path(__file__).resolve().parents[2] / "touchpoint" / "demo" / "site"
    pages = {
        "/" + str(p.parent.relative_to(site)).replace(os.sep, "/") + "/"
        for p in site.rglob("index.html")
    }
    pages = {"/" if p == "/./" else p for p in pages}
    assert set(LABELS["pages"]) == pages


def test_demo_accuracy() -> None:
    result = score_demo()
    counts, misses = result["counts"], result["misses"]
    pages = counts["labelled"]
    stage_acc = counts["stage_right"] / pages
    action_acc = counts["action_right"] / pages
    recall = counts["conversions_found"] / counts["conversions_labelled"]
    report = (
        f"{pages} demo pages: stage {stage_acc:.1%}, action {action_acc:.1%}, "
        f"conversion recall {recall:.1%}, false conversions {counts['conversions_false']}\n"
        + "\n".join(misses.get("stage_action", []) + misses.get("conversion", []))
    )
    print(report)
    assert pages == 47 and counts["missing"] == 0, misses.get("missing")
    assert stage_acc >= MIN_STAGE_ACCURACY, report
    assert action_acc >= MIN_ACTION_ACCURACY, report
    assert recall == 1.0, report
