"""What a crawl was asked to do, stored with the crawl so it can be resumed as asked."""

from __future__ import annotations

import os
import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

from crawler.traps import DEFAULT_TRAP_LIMIT

RENDER_MODES = ("off", "auto", "on")
# What --allow-resources can let through while rendering (blocked by default).
RESOURCE_KINDS = ("images", "fonts", "media", "analytics")


# The request budget a page cap brings (--max-pages 500 -> 2,100 requests): room to check
# the status of the links of the pages parsed, not of every link of a link farm.
REQUESTS_PER_PAGE = 4
MIN_REQUESTS = 100


class OptionsError(ValueError):
    """The crawl options are not usable (bad URL, bad pattern, bad number)."""


@dataclass(frozen=True)
class SiteCookie:
    """A cookie for the site: ``domain`` "" is the start host and its www twin,
    ``.example.com`` also its subdomains (as in a cookies.txt file)."""

    name: str
    value: str = field(repr=False)
    domain: str = ""
    path: str = "/"

    def sent_to(self, host: str) -> bool:
        domain = self.domain.lower()
        bare = domain.lstrip(".")
        return not domain or host == bare or (domain.startswith(".") and host.endswith(domain))


# The fields that hold secrets: in memory only, never stored with the crawl.
SECRETS = ("credentials", "headers", "cookies", "login_fields", "login_steps", "redis_url")


@dataclass
class CrawlOptions:
    start_url: str
    max_pages: int | None = None
    max_depth: int | None = None
    concurrency: int = 8
    delay: float = 0.25
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    ignore_robots: bool = False
    from_sitemap: bool = False
    fast: bool = False
    # Seconds of waiting for 429 Retry-After in the whole crawl; then "rate-limited".
    max_rate_limit_wait: float = 120.0
    batch_size: int = 100
    # JavaScript rendering (crawler/render.py, docs/rendering.md)
    render: str = "off"  # off | auto | on
    browser_path: str | None = None
    screenshots: bool = False
    screenshots_dir: str | None = None  # set by run_crawl: next to the store
    # auto (known consent managers, raw cookie walls: crawler/walls.py), off, or the text
    # or CSS selector of a consent button to click
    consent: str | None = "auto"
    wall_clicks: list[str] = field(default_factory=list)  # age/country gates to click
    render_pages_per_context: int = 100
    allow_resources: list[str] = field(default_factory=list)  # images, fonts, media, analytics
    # Safeguards (crawler/traps.py, crawler/safeguards.py): on by default.
    max_requests: int | None = None  # None: REQUESTS_PER_PAGE x max_pages, if max_pages
    max_time: float | None = None  # seconds of crawling before it stops, limit hit
    trap_limit: int = DEFAULT_TRAP_LIMIT  # 0 turns trap detection off
    keep_params: list[str] = field(default_factory=list)  # session parameters to keep
    drop_params: list[str] = field(default_factory=list)  # more parameters to drop
    # "basic" when the crawl sends HTTP credentials; the credentials themselves live only
    # in ``credentials``, in memory: never stored, printed or written (to_dict drops them).
    auth: str | None = None
    credentials: tuple[str, str] | None = field(default=None, repr=False, compare=False)
    # The names of the extra headers and cookies sent to the site (crawler/auth.py); their
    # values live only in ``headers`` and ``cookies``, in memory, like ``credentials``.
    header_names: list[str] = field(default_factory=list)
    cookie_names: list[str] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    cookies: list[SiteCookie] = field(default_factory=list, repr=False, compare=False)
    # A login before the crawl (crawler/login.py): the form's URL and field names, or
    # "script" for [[login.steps]]; the values and steps live in memory only.
    login_url: str | None = None
    login_method: str | None = None  # form | script
    login_field_names: list[str] = field(default_factory=list)
    login_fields: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    login_steps: list[dict[str, str]] = field(default_factory=list, repr=False, compare=False)
    # Many worker processes on one Redis frontier (crawler/workers.py): None is this one
    # process; 0 leaves the fetching to `touchpoint worker` processes started elsewhere.
    # The Redis URL may carry a password: in memory only, like the other secrets.
    workers: int | None = None
    redis_url: str | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Take ``user:password@`` out of the start URL at once, so no copy of the URL
        that is stored, printed or put in an error message carries the password."""
        url, credentials = split_userinfo(self.start_url)
        if credentials is not None:
            if self.credentials is not None:
                raise OptionsError("credentials in the URL and --auth: give one of them")
            self.start_url, self.credentials = url, credentials
        if self.credentials is not None:
            self.auth = "basic"
        if self.headers:
            self.header_names = sorted(self.headers)
        if self.cookies:
            self.cookie_names = sorted({cookie.name for cookie in self.cookies})
        if self.login_fields:
            self.login_field_names = sorted(self.login_fields)
        if self.login_url or self.login_steps:
            self.login_method = "script" if self.login_steps else "form"

    @property
    def has_session(self) -> bool:
        """Whether the crawl carries a visitor's session (a login, or cookies): it then
        keeps off logout links and learns which pages only a logged-in visitor sees."""
        return bool(self.login_method or self.cookie_names)

    def validate(self) -> None:
        parts = urlsplit(self.start_url)
        if parts.scheme not in ("http", "https"):
            raise OptionsError(
                f"not an http(s) URL: {self.start_url!r} (example: https://example.com)"
            )
        if not parts.hostname:
            raise OptionsError(f"no host in URL {self.start_url!r}")
        for name in ("max_pages", "max_depth", "max_rate_limit_wait"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise OptionsError(f"--{name.replace('_', '-')} must be 0 or more, got {value}")
        for name in ("max_requests", "max_time", "trap_limit"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise OptionsError(f"--{name.replace('_', '-')} must be 0 or more, got {value}")
        if self.concurrency < 1:
            raise OptionsError(f"--concurrency must be at least 1, got {self.concurrency}")
        if self.delay < 0:
            raise OptionsError(f"--delay must be 0 or more, got {self.delay}")
        if self.workers is not None and self.workers < 0:
            raise OptionsError(f"--workers must be 0 or more, got {self.workers}")
        if self.workers == 0 and not self.redis_url:
            raise OptionsError(
                "--workers 0 leaves the fetching to remote workers: give --redis URL"
            )
        if self.redis_url and self.workers is None:
            raise OptionsError("--redis is the frontier of --workers N: give --workers too")
        self._validate_render()
        for pattern in [*self.include, *self.exclude]:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise OptionsError(f"bad pattern {pattern!r}: {exc}") from None

    def _validate_render(self) -> None:
        if self.render not in RENDER_MODES:
            raise OptionsError(f"--render must be on, auto or off, got {self.render!r}")
        if self.render_pages_per_context < 1:
            got = self.render_pages_per_context
            raise OptionsError(f"--render-pages-per-context must be at least 1, got {got}")
        unknown = set(self.allow_resources) - set(RESOURCE_KINDS)
        if unknown:
            kinds = ", ".join(RESOURCE_KINDS)
            raise OptionsError(f"--allow-resources takes {kinds}; got {sorted(unknown)}")
        clicks = {
            "--screenshots": self.screenshots,
            "--consent": self.consent not in (None, "auto", "off"),
            "--wall-click": self.wall_clicks,
        }
        flag = next((flag for flag, given in clicks.items() if given), None)
        if self.render == "off" and flag:
            raise OptionsError(f"{flag} needs a browser: add --render on (or auto)")

    def request_budget(self) -> int | None:
        """How many page requests (parsed or probed) the crawl may make, or None for no cap.

        ``--max-pages`` alone bounds parsed pages, not work: one page with 10,000 links
        would queue 10,000 status probes. So a page cap brings a request cap with it.
        ``--max-requests 0`` lifts it.
        """
        if self.max_requests is not None:
            return self.max_requests or None
        if self.max_pages is None:
            return None
        return REQUESTS_PER_PAGE * self.max_pages + MIN_REQUESTS

    def to_dict(self) -> dict[str, Any]:
        """The options as stored with the crawl: everything but the secrets."""
        data = asdict(self)
        for name in SECRETS:
            del data[name]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CrawlOptions:
        known = {f.name for f in fields(cls)} - set(SECRETS)
        return cls(**{k: v for k, v in data.items() if k in known})

    def scrapy_settings(self) -> dict[str, Any]:
        """The Scrapy settings these options imply (politeness, robots, concurrency)."""
        return {
            "CONCURRENT_REQUESTS": self.concurrency,
            "CONCURRENT_REQUESTS_PER_DOMAIN": self.concurrency,
            "DOWNLOAD_DELAY": 0 if self.fast else self.delay,
            "AUTOTHROTTLE_ENABLED": not self.fast,
            "ROBOTSTXT_OBEY": not self.ignore_robots,
            "TOUCHPOINT_RATE_LIMIT_BUDGET": self.max_rate_limit_wait,
            "TOUCHPOINT_BATCH_SIZE": self.batch_size,
            # Scrapy's CloseSpider extension ends the crawl (reason closespider_timeout).
            "CLOSESPIDER_TIMEOUT": self.max_time or 0,
        }


def split_userinfo(url: str) -> tuple[str, tuple[str, str] | None]:
    """``(url without user:password@, (user, password))``, or ``(url, None)`` when the URL
    has no userinfo. Percent-escapes in the credentials are decoded (``p%40ss`` is ``p@ss``).
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return url, None
    if "@" not in parts.netloc:
        return url, None
    userinfo, _, hostport = parts.netloc.rpartition("@")
    user, _, password = userinfo.partition(":")
    bare = urlunsplit((parts.scheme, hostport, parts.path, parts.query, parts.fragment))
    return bare, (unquote(user), unquote(password))


AUTH_VARIABLE = "TOUCHPOINT_AUTH"


def credentials_from_env() -> tuple[str, str] | None:
    """``user:password`` from ``TOUCHPOINT_AUTH``: how a crawl that used credentials is
    resumed, since touchpoint never stores them."""
    value = os.environ.get(AUTH_VARIABLE)
    if not value:
        return None
    user, _, password = value.partition(":")
    return user, password
