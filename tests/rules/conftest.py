"""Fixtures for the rules tests: the labelled corpus crawled for real, once per session."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
# This folder is also named "rules": put the repo first so `import rules` finds the package.
if sys.path[0] != str(ROOT):
    sys.path.insert(0, str(ROOT))
SITES = ("shop", "saas", "service")


def _crawl(base: str, db: Path) -> None:
    """A real ``touchpoint crawl`` in a subprocess (one Scrapy reactor per crawl)."""
    result = subprocess.run(
        [sys.executable, "-m", "touchpoint", "crawl", base + "/", "--db", str(db), "--fast"],
        cwd=ROOT,
        env={**os.environ, "TOUCHPOINT_PROGRESS": "plain", "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, f"crawl of {base} failed:\n{result.stderr[-2000:]}"


@pytest.fixture(scope="session")
def corpus_db(
    serve_site: Callable[..., Any], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    """Each corpus site served on 127.0.0.1 and crawled into one SQLite store.

    Returns ``{"db": path, "sites": {name: {"base": url, "crawl_id": id, "labels": {...}}}}``.
    """
    from store.crawls import Store

    db = tmp_path_factory.mktemp("corpus") / "corpus.db"
    sites: dict[str, Any] = {}
    for name in SITES:
        base = serve_site(CORPUS / name)
        _crawl(str(base), db)
        store = Store.open(db)
        crawl_id = store.latest_crawl_id()
        store.close()
        labels = yaml.safe_load((CORPUS / name / "labels.yaml").read_text())["pages"]
        sites[name] = {"base": str(base), "crawl_id": crawl_id, "labels": labels}
    return {"db": db, "sites": sites}
