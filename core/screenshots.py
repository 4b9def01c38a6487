"""Where a rendered page's thumbnail lives: the crawler writes it there, the audit reads it."""

from __future__ import annotations

import hashlib
from pathlib import Path


def screenshot_path(folder: str | Path, crawl_id: int, url: str) -> Path:
    """Where the thumbnail of ``url`` in crawl ``crawl_id`` is (or would be) stored.

    The name is derived from the URL, so the store needs no extra column and the
    report finds a page's thumbnail from the crawl settings' ``screenshots_dir``.
    """
    digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:20]
    return Path(folder) / str(crawl_id) / f"{digest}.jpg"
