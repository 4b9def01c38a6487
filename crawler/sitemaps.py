"""Read sitemap.xml files (plain or gzipped, urlsets and sitemap indexes)."""

from __future__ import annotations

from urllib.parse import urljoin

from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap

GZIP_MAGIC = b"\x1f\x8b\x08"
MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemaps.org limit for one file


def parse_sitemap(body: bytes, base: str | None = None) -> tuple[str, list[str]]:
    """(kind, locations): kind is ``urlset``, ``sitemapindex`` or ``invalid``.

    The protocol wants absolute ``<loc>`` URLs; a relative one (``/about/``, common in
    sitemaps generated without a base URL) is resolved against ``base``, the sitemap's
    own URL, as search engines do, rather than lost.
    """
    if body[:3] == GZIP_MAGIC:
        try:
            body = gunzip(body, max_size=MAX_SITEMAP_BYTES)
        except OSError:
            return ("invalid", [])
    try:
        sitemap = Sitemap(body)
    except Exception:  # lxml raises several types on garbage; none may stop a crawl
        return ("invalid", [])
    locations = [entry["loc"].strip() for entry in sitemap if entry.get("loc")]
    if base:
        locations = [urljoin(base, loc) for loc in locations]
    return (sitemap.type or "invalid", locations)
