"""Scrapy settings for touchpoint: polite by default, quiet, and with no open ports.

``touchpoint crawl`` overrides a few of these from its options
(``CrawlOptions.scrapy_settings``); ``scrapy crawl site -a url=...`` uses them as is.
"""

from core.version import __version__
from store.crawls import DEFAULT_DB

BOT_NAME = "touchpoint"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

USER_AGENT = (
    f"Mozilla/5.0 (compatible; touchpoint/{__version__}; "
    "+https://github.com/touchpoint-audit/touchpoint)"
)
# Obeyed by crawler.robots.RobotsTxtMiddleware (RFC 9309), which replaces Scrapy's.
ROBOTSTXT_OBEY = True
# RFC 9309 2.5: parse at least the first 500 KiB; the download stops there.
TOUCHPOINT_ROBOTS_MAX_BYTES = 500 * 1024

# No telnet console, no remote-control HTTP server: a crawler opens no ports.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 8
DOWNLOAD_DELAY = 0.25
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024  # a page; sitemaps have their own cap
DOWNLOAD_WARNSIZE = 0
# The sitemaps.org limits for one file: 50 MB uncompressed, 50,000 URLs.
TOUCHPOINT_SITEMAP_MAXSIZE = 50 * 1024 * 1024
TOUCHPOINT_SITEMAP_MAX_URLS = 50_000

RETRY_ENABLED = True
# Retries come later and later (crawler.middlewares.BackoffRetryMiddleware): the n-th
# after a random wait of up to min(MAX, BASE * 2^(n-1)) s: 0.5, 1, 2, 4, 8, 10 s. Six
# of them: a server failing every other request leaves no false broken link on a
# 40-page site (tests/hostile/test_protocol.py); a truly broken URL costs ~13 s.
RETRY_TIMES = 6
TOUCHPOINT_RETRY_BACKOFF_BASE = 0.5
TOUCHPOINT_RETRY_BACKOFF_MAX = 10.0
# 429 is left to RetryAfterMiddleware, which waits as long as the server asks, up to
# this many seconds of waiting in the whole crawl; then a URL answering 429 is stored
# as "rate-limited, not checked".
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408]
TOUCHPOINT_RATE_LIMIT_BUDGET = 120.0
HTTPERROR_ALLOW_ALL = True
REDIRECT_MAX_TIMES = 10

# The spider drops already-seen URLs before it builds a Request (twice as fast as
# letting the dupefilter fingerprint every link), so Scrapy's dupefilter is off.
DUPEFILTER_CLASS = "scrapy.dupefilters.BaseDupeFilter"
# Breadth-first: shallow pages first, so limits keep the pages nearest the start.
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"

# Scrapy starts CONCURRENT_ITEMS asyncio tasks for every callback's output; a page
# yields one record and a few requests, and the store pipeline is synchronous, so
# the default of 100 tasks per response is pure overhead (~10% of crawl CPU).
CONCURRENT_ITEMS = 2

# Over-long URLs are refused where they are downloaded, so the crawl records them
# (crawler.middlewares.UrlLengthGuard) instead of Scrapy dropping them unseen.
SPIDER_MIDDLEWARES = {"scrapy.spidermiddlewares.urllength.UrlLengthMiddleware": None}
DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.UrlLengthGuard": 50,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    # Before Scrapy's own HttpAuthMiddleware (300), which is left unconfigured.
    "crawler.auth.SiteAccessMiddleware": 290,
    "crawler.middlewares.RetryAfterMiddleware": 540,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    # Just before HttpCompressionMiddleware (590) on the way back: robots.txt is
    # decompressed here, to its first 500 KiB only.
    "crawler.robots.RobotsTxtMiddleware": 595,
    "crawler.middlewares.BodySizeMeter": 900,
}
ITEM_PIPELINES = {"crawler.pipelines.StorePipeline": 300}
EXTENSIONS = {"crawler.progress.CrawlProgress": 500}

LOG_LEVEL = "INFO"

TOUCHPOINT_DB = DEFAULT_DB
TOUCHPOINT_BATCH_SIZE = 100
TOUCHPOINT_PROGRESS = "auto"  # auto | live | plain | off
