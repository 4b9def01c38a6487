"""Fixtures for the rules tests: the labelled corpus crawled for real, once per session."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import crawl_site

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
# This folder is also named "rules": put the repo first so `import rules` finds the package.
if sys.path[0] != str(ROOT):
    sys.path.insert(0, str(ROOT))
SITES = ("shop", "saas", "service")


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
        crawl_site(str(base), db)
        store = Store.open(db)
        crawl_id = store.latest_crawl_id()
        store.close()
        labels = yaml.safe_load((CORPUS / name / "labels.yaml").read_text())["pages"]
        sites[name] = {"base": str(base), "crawl_id": crawl_id, "labels": labels}
    return {"db": db, "sites": sites}
