"""The conversion fixture site (tests/sites/rules/conversion), crawled and audited for real.

A product page whose "Buy now" goes to /checkout/ asks for the purchase but is not
where it happens; the checkout is. The shop has its own checkout, so that is its main goal
and its only conversion page (tests/corpus/LABELLING.md): the homepage's signup form, the
cart and the gift card's Stripe hand-off serve other goals. The homepage stays awareness.
Also: which pack classified a crawl is recorded, so a plain audit never reuses another
pack's verdicts.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from rules import classify_crawl, load_pack
from store.classifications import stored_classification, stored_fingerprint
from store.crawls import Store
from tests.conftest import crawl_site
from touchpoint.commands.audit import audit

# path -> (stage, action, conversion); the table in the site's README.md
EXPECTED = {
    "/": ("awareness", "signup", False),
    "/shop/": ("consideration", "browse", False),
    "/shop/cast-iron-kettle/": ("decision", "purchase", False),
    "/shop/enamel-kettle/": ("decision", "add_to_cart", False),
    "/care-guide/": (None, "purchase", False),
    "/cart/": ("decision", "checkout", False),
    "/checkout/": ("decision", "purchase", True),
    "/gift-card/": ("decision", "checkout", False),
}


@pytest.fixture(scope="module")
def site_db(
    serve_site: Callable[..., Any], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    base = serve_site("rules/conversion")
    db = tmp_path_factory.mktemp("conversion") / "crawl.db"
    crawl_site(str(base), db)
    return {"base": str(base), "db": db}


@pytest.fixture
def db(site_db: dict[str, Any], tmp_path: Path) -> Path:
    """A private copy of the crawled store: tests that classify do not share verdicts."""
    copy = tmp_path / "crawl.db"
    shutil.copy(site_db["db"], copy)
    return copy


def _verdicts(db: Path, base: str) -> dict[str, tuple[str, str, bool]]:
    with Store.open(db) as store:
        found = {}
        for path in EXPECTED:
            row = stored_classification(store, 1, base + path)
            assert row is not None, f"{path} was not classified"
            found[path] = (row["stage"], row["action"], bool(row["is_conversion"]))
    return found


def test_conversions_are_where_the_conversion_happens(site_db: dict[str, Any], db: Path) -> None:
    with Store.open(db) as store:
        classify_crawl(store, 1, load_pack())
    got = _verdicts(db, site_db["base"])
    for path, (stage, action, converts) in EXPECTED.items():
        assert got[path][1:] == (action, converts), path
        if stage is not None:
            assert got[path][0] == stage, path


def _audit(db: Path, out: Path, *args: str) -> dict[str, Any]:
    result = CliRunner().invoke(audit, ["--crawl", "1", "--db", str(db), "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads((out / "audit.json").read_text("utf-8"))
    return data


def test_the_audit_sees_the_journey_to_the_checkout(
    site_db: dict[str, Any], db: Path, tmp_path: Path
) -> None:
    data = _audit(db, tmp_path / "out")
    base = site_db["base"]
    conversions = {p["url"][len(base) :] for p in data["pages"] if p["is_conversion"]}
    assert conversions == {"/checkout/"}
    stages = {p["url"][len(base) :]: p["stage"] for p in data["pages"]}
    assert stages["/"] == "awareness"
    gaps = [f for f in data["findings"] if f["code"] == "TP303"]
    assert not [f for f in gaps if f.get("evidence", {}).get("stage") == "awareness"]
    # The path to the purchase goes through the product page instead of ending there.
    path = next(
        p
        for p in data["paths"]
        if p["origin"] == "home" and p["via"] == "cta" and p["target"] == base + "/checkout/"
    )
    assert base + "/shop/cast-iron-kettle/" in path["pages"]


def test_a_plain_audit_does_not_reuse_another_packs_verdicts(
    site_db: dict[str, Any], db: Path, tmp_path: Path
) -> None:
    base = site_db["base"]
    r7 = tmp_path / "r7.yaml"
    r7.write_text("conversions: [browse]\nconversion_stages: [consideration]\n")
    _audit(db, tmp_path / "a", "--rules", str(r7))
    with Store.open(db) as store:
        assert stored_fingerprint(store, 1) == load_pack(str(r7)).fingerprint
        assert stored_classification(store, 1, base + "/shop/")["is_conversion"]  # type: ignore[index]
    data = _audit(db, tmp_path / "b")  # no --rules: the default pack, so classify again
    with Store.open(db) as store:
        assert stored_fingerprint(store, 1) == load_pack().fingerprint
        assert not stored_classification(store, 1, base + "/shop/")["is_conversion"]  # type: ignore[index]
    shop = next(p for p in data["pages"] if p["url"] == base + "/shop/")
    assert not shop["is_conversion"]


def test_a_store_without_a_fingerprint_is_classified_again(
    site_db: dict[str, Any], db: Path, tmp_path: Path
) -> None:
    with Store.open(db) as store:
        classify_crawl(store, 1, load_pack(model="attract-convert-close-delight"))
        with store.engine.begin() as conn:  # a store written before fingerprints existed
            conn.exec_driver_sql("DROP TABLE classification_runs")
            conn.exec_driver_sql("DROP TABLE alembic_version")  # (and before revisions)
        assert stored_fingerprint(store, 1) is None
    data = _audit(db, tmp_path / "out")
    with Store.open(db) as store:
        assert stored_fingerprint(store, 1) == load_pack().fingerprint
    home = next(p for p in data["pages"] if p["url"] == site_db["base"] + "/")
    assert home["stage_label"] != "attract"  # the default model's words, not the old run's


def test_the_same_pack_is_not_classified_twice(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _audit(db, tmp_path / "a")
    calls: list[int] = []
    monkeypatch.setattr(
        "touchpoint.pipeline.classify_crawl",
        lambda *args: calls.append(1) or pytest.fail("classified again"),
    )
    _audit(db, tmp_path / "b")
    assert calls == []


def test_a_bad_rule_pack_is_one_line_with_exit_2(db: Path, tmp_path: Path) -> None:
    utf16 = tmp_path / "r.yaml"
    utf16.write_bytes(b"\xff\xfe")
    folder = tmp_path / "packs"
    folder.mkdir()
    for pack, message in ((utf16, "r.yaml:1: not UTF-8 text"), (folder, "is a folder")):
        args = ["--crawl", "1", "--db", str(db), "-o", str(tmp_path / "o"), "--rules", str(pack)]
        result = CliRunner().invoke(audit, args)
        assert result.exit_code == 2, result.output
        assert message in result.output and "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1
