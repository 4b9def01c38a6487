"""A page that moves on with ``<meta http-equiv="refresh">`` (static-site redirect stubs,
e.g. jekyll-redirect-from) is stored as a redirect hop, never dropped.

Scrapy reports such a hop's reason as the string "meta refresh"; stored as a status, it
failed the pages table's integer column and the page was lost from the crawl.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import crawl_site, pages_by_path


def test_a_meta_refresh_is_a_redirect_hop(serve_site: Any, tmp_path: Path) -> None:
    site = serve_site("crawl/refresh")
    db = tmp_path / "refresh.db"
    result = crawl_site(site, db)
    assert "Error processing" not in result.stderr
    pages = pages_by_path(db)
    hop = pages["/moved.html"]
    assert (hop["status"], hop["parsed"]) == (200, 0)
    assert hop["final_url"] == site + "/target.html"
    assert hop["redirect_chain"] == [
        {"url": site + "/moved.html", "status": 200, "via": "meta refresh"},
        {"url": site + "/target.html", "status": 200},
    ]
    assert (pages["/target.html"]["status"], pages["/target.html"]["parsed"]) == (200, 1)
