"""The Scrapy project that walks a site and stores one record per page.

Public API: ``CrawlOptions`` and ``run_crawl``.
"""

from crawler.options import CrawlOptions
from crawler.run import CrawlFailed, CrawlSummary, run_crawl

__all__ = ["CrawlFailed", "CrawlOptions", "CrawlSummary", "run_crawl"]
