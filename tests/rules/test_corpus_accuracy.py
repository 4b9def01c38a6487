"""Accuracy on the labelled corpus, crawled for real: the numbers the rules must hold."""

from __future__ import annotations

from typing import Any

from rules import classify_crawl, load_pack
from rules.store import classifications
from touchpoint.store import Store

MIN_STAGE_ACCURACY = 0.90
MIN_ACTION_ACCURACY = 0.90


def _verdicts(store: Store, crawl_id: int) -> dict[str, dict[str, Any]]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            classifications.select().where(classifications.c.crawl_id == crawl_id)
        ).mappings()
        return {row["page_url"]: dict(row) for row in rows}


def score_corpus(corpus_db: dict[str, Any]) -> dict[str, Any]:
    """Classify every corpus crawl with the default pack and compare with the labels."""
    store = Store.open(corpus_db["db"])
    pack = load_pack()
    misses: list[str] = []
    totals = {"pages": 0, "stage": 0, "action": 0, "conversions": 0, "recalled": 0, "false": 0}
    for name, site in corpus_db["sites"].items():
        classify_crawl(store, site["crawl_id"], pack)
        got = _verdicts(store, site["crawl_id"])
        for path, label in site["labels"].items():
            verdict = got.get(site["base"] + path)
            assert verdict is not None, f"{name}{path} was not crawled or not classified"
            totals["pages"] += 1
            totals["stage"] += verdict["stage"] == label["stage"]
            totals["action"] += verdict["action"] == label["action"]
            totals["conversions"] += label["conversion"]
            totals["recalled"] += label["conversion"] and verdict["is_conversion"]
            totals["false"] += verdict["is_conversion"] and not label["conversion"]
            if (verdict["stage"], verdict["action"], verdict["is_conversion"]) != (
                label["stage"],
                label["action"],
                label["conversion"],
            ):
                misses.append(
                    f"{name}{path}: got {verdict['stage']}/{verdict['action']}/"
                    f"{verdict['is_conversion']}, labelled {label['stage']}/{label['action']}/"
                    f"{label['conversion']}"
                )
    store.close()
    return {**totals, "misses": misses}


def test_corpus_accuracy(corpus_db: dict[str, Any]) -> None:
    result = score_corpus(corpus_db)
    pages = result["pages"]
    assert pages >= 60
    stage_acc = result["stage"] / pages
    action_acc = result["action"] / pages
    recall = result["recalled"] / result["conversions"]
    report = (
        f"{pages} pages: stage {stage_acc:.1%}, action {action_acc:.1%}, "
        f"conversion recall {recall:.1%}, false conversions {result['false']}\n"
        + "\n".join(result["misses"])
    )
    print(report)
    assert stage_acc >= MIN_STAGE_ACCURACY, report
    assert action_acc >= MIN_ACTION_ACCURACY, report
    assert recall == 1.0, report
