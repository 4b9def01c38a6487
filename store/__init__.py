"""The store: every table and every SQL statement of touchpoint, on SQLAlchemy Core.

``store.crawls`` holds what the crawler found (crawls, pages, links, CTAs, forms,
contact points, sitemap URLs) and the ``Store`` handle; ``store.classifications`` what
the rules decided; ``store.history`` the saved audits. One SQLite file by default, a
``postgresql://`` URL where the crawl is shared.
"""

from store.crawls import DEFAULT_DB, CrawlNotFound, Store, StoreError, load_crawl, now_iso

__all__ = ["DEFAULT_DB", "CrawlNotFound", "Store", "StoreError", "load_crawl", "now_iso"]
