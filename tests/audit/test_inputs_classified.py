"""``is_classified``: whether an audit may reuse a crawl's stored verdicts.

It reads the pack that wrote them through ``store.classifications.stored_fingerprint``, the one
reader of ``classification_runs``, so a verdict from another pack is never reused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import store.classifications as classifications_store
from rules import Classification, load_pack
from store.classifications import is_classified, write_batch, write_run
from store.crawls import Store

PACK = load_pack()
VERDICT = Classification("awareness", "read", False, 0.5, [])


def _classify(store: Store) -> None:
    with store.engine.begin() as conn:
        write_batch(conn, 1, PACK.model, [("https://x.test/", VERDICT)])
        write_run(conn, 1, PACK.fingerprint, PACK.name, PACK.model)


def test_a_crawl_is_classified_only_by_the_pack_that_wrote_its_verdicts(tmp_path: Path) -> None:
    with Store.open(tmp_path / "crawl.db") as store:
        assert not is_classified(store, 1)
        assert not is_classified(store, 1, PACK.fingerprint)
        _classify(store)
        assert is_classified(store, 1)
        assert is_classified(store, 1, PACK.fingerprint)
        assert not is_classified(
            store, 1, load_pack(model="attract-convert-close-delight").fingerprint
        )
        assert not is_classified(store, 2, PACK.fingerprint)


def test_verdicts_without_a_recorded_pack_come_from_an_unknown_one(tmp_path: Path) -> None:
    with Store.open(tmp_path / "crawl.db") as store:
        _classify(store)
        with store.engine.begin() as conn:  # a store written before fingerprints existed
            conn.exec_driver_sql("DROP TABLE classification_runs")
        assert is_classified(store, 1)
        assert not is_classified(store, 1, PACK.fingerprint)


def test_the_pack_is_read_by_the_rules_own_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One reader of ``classification_runs``: ``is_classified`` asks ``stored_fingerprint``."""
    asked: list[int] = []

    def reader(store: Store, crawl_id: int) -> str:
        asked.append(crawl_id)
        return "another-pack"

    monkeypatch.setattr(classifications_store, "stored_fingerprint", reader)
    with Store.open(tmp_path / "crawl.db") as store:
        _classify(store)
        assert not is_classified(store, 1, PACK.fingerprint)
        assert is_classified(store, 1, "another-pack")
    assert asked == [1, 1]
