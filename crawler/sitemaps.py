"""Read sitemap.xml files (plain or gzipped, urlsets and sitemap indexes).

The sitemaps.org protocol allows one file 50 MB uncompressed and 50,000 URLs; pages
are capped lower (``DOWNLOAD_MAXSIZE``, 20 MB), so sitemap requests carry their own
cap (``TOUCHPOINT_SITEMAP_MAXSIZE``) and a legal 30 MB sitemap is read, not dropped.
"""

from __future__ import annotations

from typing import NamedTuple
from urllib.parse import urljoin

from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap

GZIP_MAGIC = b"\x1f\x8b\x08"
MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemaps.org limit for one file, uncompressed
MAX_SITEMAP_URLS = 50_000  # and for its URLs


class SitemapFile(NamedTuple):
    kind: str  # urlset, sitemapindex, invalid, or too_large (over max_bytes uncompressed)
    locations: list[str]
    dropped: int = 0  # URLs past max_urls, not kept


def parse_sitemap(
    body: bytes,
    base: str | None = None,
    max_urls: int = MAX_SITEMAP_URLS,
    max_bytes: int = MAX_SITEMAP_BYTES,
) -> SitemapFile:
    """The sitemap's kind and its first ``max_urls`` locations (and how many more).

    The protocol wants absolute ``<loc>`` URLs; a relative one (``/about/``, common in
    sitemaps generated without a base URL) is resolved against ``base``, the sitemap's
    own URL, as search engines do, rather than lost.
    """
    if body[:3] == GZIP_MAGIC:
        try:
            body = gunzip(body, max_size=max_bytes)
        except OSError:
            return SitemapFile("invalid", [])
        except ValueError:  # scrapy's "decompressed over max_size"
            return SitemapFile("too_large", [])
    try:
        sitemap = Sitemap(body)
    except Exception:  # lxml raises several types on garbage; none may stop a crawl
        return SitemapFile("invalid", [])
    locations: list[str] = []
    dropped = 0
    try:
        for entry in sitemap:
            loc = (entry.get("loc") or "").strip()
            if loc and len(locations) < max_urls:
                locations.append(urljoin(base, loc) if base else loc)
            elif loc:
                dropped += 1
    except Exception:  # broken halfway: the URLs before the break are kept
        pass
    return SitemapFile(sitemap.type or "invalid", locations, dropped)
