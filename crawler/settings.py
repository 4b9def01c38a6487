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
ROBOTSTXT_OBEY = True
ROBOTSTXT_PARSER = "scrapy.robotstxt.ProtegoRobotParser"

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
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024
DOWNLOAD_WARNSIZE = 0

RETRY_ENABLED = True
RETRY_TIMES = 2
# 429 is left to RetryAfterMiddleware, which waits as long as the server asks.
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408]
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
    # Before Scrapy's own HttpAuthMiddleware (300), which is left unconfigured.
    "crawler.auth.SiteAuthMiddleware": 290,
    "crawler.middlewares.RetryAfterMiddleware": 540,
}
ITEM_PIPELINES = {"crawler.pipelines.StorePipeline": 300}
EXTENSIONS = {"crawler.progress.CrawlProgress": 500}

LOG_LEVEL = "INFO"

TOUCHPOINT_DB = DEFAULT_DB
TOUCHPOINT_BATCH_SIZE = 100
TOUCHPOINT_PROGRESS = "auto"  # auto | live | plain | off
