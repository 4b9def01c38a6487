"""The Scrapy project that walks a site and stores one record per page.

Public API: ``crawler.options.CrawlOptions`` and ``crawler.run.run_crawl``. This file
imports nothing, so ``crawler.options`` (what a command line parses) loads without Scrapy.
"""
