"""Send the site's credentials, headers and cookies, and only to the site.

They come from the start URL (``https://user:password@staging.example.com/``),
``--auth``/``--auth-file``/``TOUCHPOINT_AUTH``, ``--header``, ``--cookie`` and
``--cookies FILE``. They are kept out of Scrapy's settings on purpose: Scrapy logs every
overridden setting, so ``HTTPAUTH_PASS`` would reach the log. They go on requests to the
crawled host and its ``www.`` twin, never to the third-party hosts the crawl probes for
link statuses, and are never stored: ``CrawlOptions`` keeps only their names.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
import secrets
import time
from http.cookiejar import LoadError, MozillaCookieJar
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlsplit
from urllib.request import parse_http_list, parse_keqv_list

from w3lib.http import basic_auth_header

from core.urls import host_of, host_twins
from core.vocab import NOT_FETCHED
from crawler.login import is_logout_url
from crawler.options import (
    AUTH_VARIABLE,
    CrawlOptions,
    OptionsError,
    SiteCookie,
    credentials_from_env,
    split_userinfo,
)

if TYPE_CHECKING:
    from scrapy.http import Request, Response
    from scrapy.http.request import VerboseCookie

# RFC 9110 token characters: what a header or cookie name may be made of.
TOKEN = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")
# Headers the crawl itself must control; Cookie has --cookie, Authorization has --auth or
# may be given once as --header (a bearer token).
RESERVED_HEADERS = frozenset(
    {"host", "content-length", "transfer-encoding", "cookie", "connection"}
)


# Request meta of a page asked again without the session's cookies (crawler/spiders/site.py).
ANONYMOUS = "tp_anonymous"


class SiteAccessMiddleware:
    """Adds the site's Authorization, extra headers and cookies to requests to its hosts,
    and takes the extra headers off a request that a redirect sent to another host."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.options: CrawlOptions | None = None
        self.authorization: bytes | None = None
        self.hosts: frozenset[str] = frozenset()
        self.digest: DigestAuth | None = None  # once the site asked for Digest

    @classmethod
    def from_crawler(cls, crawler: Any) -> SiteAccessMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if self.options is None:
            self.options = getattr(self.crawler.spider, "options", None) or CrawlOptions("")
            if self.options.credentials is not None:
                self.authorization = basic_auth_header(*self.options.credentials)
            self.hosts = host_twins(host_of(self.options.start_url))
        host = host_of(request.url)
        if host not in self.hosts:
            for name in self.options.headers:  # copied by a redirect off the site
                request.headers.pop(name, None)
            return
        if self.options.has_session and is_logout_url(request.url):
            from crawler.middlewares import NotFetched  # Scrapy: not for the CLI's option parsing

            raise NotFetched(f"{NOT_FETCHED}a logout link: following it would end the session")
        if self.digest is not None:
            request.headers[b"Authorization"] = self.digest.header(request.method, request.url)
        elif self.authorization:
            request.headers.setdefault(b"Authorization", self.authorization)
        for name, value in self.options.headers.items():
            request.headers.setdefault(name, value)
        if request.meta.get(ANONYMOUS):
            return  # the page as a visitor without the session sees it: no cookies
        if self.options.cookies and not request.cookies:
            request.cookies = cookies_for(self.options.cookies, host, request.url)

    def process_response(self, request: Request, response: Response) -> Request | Response:
        """A 401 asking for Digest: answer the challenge once, then for every request."""
        credentials = self.options.credentials if self.options else None
        if response.status != 401 or credentials is None or request.meta.get(DIGEST_RETRY):
            return response
        challenges = response.headers.getlist(b"WWW-Authenticate")
        challenge = next(
            (v.decode("latin-1")[7:] for v in challenges if v[:7].lower() == b"digest "), None
        )
        if challenge is None:
            return response
        self.digest = DigestAuth(*credentials, challenge)
        retry = request.replace(dont_filter=True)
        retry.meta[DIGEST_RETRY] = True
        return retry


DIGEST_RETRY = "tp_digest_retry"


class DigestAuth:
    """HTTP Digest (RFC 7616: MD5, SHA-256 and their -sess forms, qop auth) for raw fetches,
    which Scrapy lacks; Chromium answers Digest itself."""

    HASHES: ClassVar[dict[str, str]] = {"MD5": "md5", "SHA-256": "sha256"}

    def __init__(self, user: str, password: str, challenge: str) -> None:
        fields = parse_keqv_list(parse_http_list(challenge))
        self.user, self.password = user, password
        self.realm, self.nonce = fields.get("realm", ""), fields.get("nonce", "")
        self.opaque = fields.get("opaque")
        self.algorithm = fields.get("algorithm", "MD5")
        self.qop = "auth" if "auth" in fields.get("qop", "").split(",") else None
        self.count = 0
        name = self.HASHES.get(self.algorithm.upper().removesuffix("-SESS"))
        if name is None:
            from crawler.middlewares import NotFetched

            raise NotFetched(f"{NOT_FETCHED}the site asks for Digest {self.algorithm}")
        self.hash_name = name

    def _h(self, text: str) -> str:
        return hashlib.new(self.hash_name, text.encode()).hexdigest()

    def header(self, method: str, url: str) -> str:
        parts = urlsplit(url)
        uri = parts.path + (f"?{parts.query}" if parts.query else "") or "/"
        self.count += 1
        nc, cnonce = f"{self.count:08x}", secrets.token_hex(8)
        ha1 = self._h(f"{self.user}:{self.realm}:{self.password}")
        if self.algorithm.upper().endswith("-SESS"):
            ha1 = self._h(f"{ha1}:{self.nonce}:{cnonce}")
        ha2 = self._h(f"{method}:{uri}")
        if self.qop:
            response = self._h(f"{ha1}:{self.nonce}:{nc}:{cnonce}:{self.qop}:{ha2}")
        else:
            response = self._h(f"{ha1}:{self.nonce}:{ha2}")
        fields = {
            "username": self.user, "realm": self.realm, "nonce": self.nonce, "uri": uri,
            "algorithm": self.algorithm, "response": response,
        }  # fmt: skip
        if self.opaque is not None:
            fields["opaque"] = self.opaque
        quoted = ", ".join(f'{k}="{v}"' for k, v in fields.items())
        if self.qop:
            quoted += f', qop={self.qop}, nc={nc}, cnonce="{cnonce}"'
        return f"Digest {quoted}"


def cookies_for(cookies: list[SiteCookie], host: str, url: str) -> list[VerboseCookie]:
    """The cookies for one request, as host-only cookies Scrapy's cookie jar keeps for
    ``host`` alone (a ``.example.com`` cookie must not reach a shop on another subdomain)."""
    path = re.sub(r"^[a-z]+://[^/]*", "", url) or "/"
    return [
        {"name": c.name, "value": c.value, "path": c.path}
        for c in cookies
        if c.sent_to(host) and path.startswith(c.path)
    ]


def browser_cookies(options: CrawlOptions) -> list[dict[str, Any]]:
    """The cookies as Playwright's ``storage_state`` takes them, one per site host."""
    return [
        {
            "name": c.name, "value": c.value, "domain": host, "path": c.path, "expires": -1,
            "httpOnly": False, "secure": False, "sameSite": "Lax",
        }
        for host in sorted(_cookie_hosts(host_of(options.start_url)))
        for c in options.cookies
        if c.sent_to(host)
    ]  # fmt: skip


def _cookie_hosts(host: str) -> frozenset[str]:
    """The site's hosts a browser takes a cookie for: an IP address has no www twin."""
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return host_twins(host)
    return frozenset({host})


class SiteHeaders:
    """scrapy-playwright's ``PLAYWRIGHT_PROCESS_REQUEST_HEADERS``: the browser's own
    headers, plus the extra headers on requests to the site's hosts only (a context's
    ``extra_http_headers`` would send them to every third party the page loads)."""

    def __init__(self, options: CrawlOptions) -> None:
        self._headers = dict(options.headers)
        self._hosts = host_twins(host_of(options.start_url))

    def __repr__(self) -> str:  # Scrapy logs its settings: names only
        return f"SiteHeaders({sorted(self._headers)})"

    async def __call__(
        self, browser_type_name: str, playwright_request: Any, scrapy_request_data: dict[str, Any]
    ) -> dict[str, str]:
        headers: dict[str, str] = await playwright_request.all_headers()
        if host_of(playwright_request.url) in self._hosts:
            return {**headers, **self._headers}
        names = {name.lower() for name in self._headers}  # carried over by a redirect
        return {name: value for name, value in headers.items() if name.lower() not in names}


# -- from the command line ------------------------------------------------------------


def access_from(
    url: str | None,
    auth: str | None,
    auth_file: str | None,
    headers: tuple[str, ...] | list[str],
    cookies: tuple[str, ...] | list[str],
    cookie_file: str | None,
) -> dict[str, Any]:
    """The ``credentials``, ``headers`` and ``cookies`` of ``CrawlOptions`` the command
    line gives. Raises ``OptionsError`` in words that never quote a secret."""
    credentials = _credentials(auth, auth_file) or _from_env(url)
    extra = dict(parse_header(text) for text in headers)
    if credentials and "authorization" in {name.lower() for name in extra}:
        raise OptionsError("--auth and --header Authorization both log in: give one of them")
    jar = [parse_cookie(text) for text in cookies]
    if cookie_file:
        jar += site_cookies(read_cookie_file(cookie_file), url, cookie_file)
    return {"credentials": credentials, "headers": extra, "cookies": jar}


def _credentials(auth: str | None, auth_file: str | None) -> tuple[str, str] | None:
    if auth and auth_file:
        raise OptionsError("give --auth or --auth-file, not both")
    if auth_file:
        try:
            lines = Path(auth_file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise OptionsError(
                f"cannot read --auth-file {auth_file}: {exc.__class__.__name__}"
            ) from None
        auth = lines[0].strip() if lines else ""
        if ":" not in auth:
            raise OptionsError(f"--auth-file {auth_file} must hold user:password on its first line")
    if auth is not None:
        user, colon, password = auth.partition(":")
        if not colon or not user:
            raise OptionsError("--auth takes user:password")
        return user, password
    return None


def _from_env(url: str | None) -> tuple[str, str] | None:
    """``TOUCHPOINT_AUTH`` for a new crawl, unless its URL carries credentials itself."""
    return credentials_from_env() if url and split_userinfo(url)[1] is None else None


def parse_header(text: str) -> tuple[str, str]:
    """``"Name: value"`` -> ``(Name, value)``."""
    name, colon, value = text.partition(":")
    name, value = name.strip(), value.strip()
    if not colon or not TOKEN.match(name) or not value or not value.isprintable():
        raise OptionsError('--header takes "Name: value" (example: --header "X-Staging: 1")')
    if name.lower() in RESERVED_HEADERS:
        raise OptionsError(f"--header {name} is set by the crawl itself (cookies: --cookie)")
    return name, value


def parse_cookie(text: str) -> SiteCookie:
    """``"name=value"`` -> a cookie for the site's hosts."""
    name, equals, value = text.partition("=")
    name = name.strip()
    if not equals or not TOKEN.match(name) or not value.isprintable() or ";" in value:
        raise OptionsError("--cookie takes name=value (example: --cookie consent=yes)")
    return SiteCookie(name, value.strip())


def read_cookie_file(path: str) -> list[SiteCookie]:
    """The cookies of a Netscape cookies.txt (as browsers' extensions and curl export it)."""
    jar = MozillaCookieJar(path)
    try:
        jar.load(ignore_discard=True, ignore_expires=True)
    except (LoadError, OSError, UnicodeDecodeError):
        # LoadError quotes the bad line, cookie value and all: say only what is wrong.
        raise OptionsError(
            f"--cookies {path} is not a Netscape cookies.txt file (first line: "
            "# Netscape HTTP Cookie File; then domain, flag, path, secure, expiry, name, value)"
        ) from None
    now = time.time()
    return [
        SiteCookie(c.name, c.value or "", c.domain, c.path or "/")
        for c in jar
        if not c.expires or c.expires > now  # an expiry of 0 marks a session cookie
    ]


def site_cookies(cookies: list[SiteCookie], url: str | None, path: str) -> list[SiteCookie]:
    """The cookies of a file that the site's hosts would get (a browser's export holds
    every site's); all of them when resuming, where the site is known later."""
    if not url:
        return cookies
    hosts = host_twins(host_of(url))
    kept = [c for c in cookies if any(c.sent_to(host) for host in hosts)]
    if not kept:
        domains = ", ".join(sorted({c.domain for c in cookies})[:5]) or "none"
        raise OptionsError(
            f"--cookies {path} has no cookie for {host_of(url)} (domains: {domains})"
        )
    return kept


def resume_access(stored: CrawlOptions, given: CrawlOptions, crawl_id: int) -> None:
    """Give a resumed crawl the credentials, headers and cookies it was made with, which
    touchpoint never stores; refuse in one line naming all that is missing."""
    missing = []
    if stored.auth:
        stored.credentials = given.credentials or credentials_from_env()
        if stored.credentials is None:
            missing.append(f"set {AUTH_VARIABLE}=user:password (or give --auth-file)")
    given_headers = {name.lower(): (name, value) for name, value in given.headers.items()}
    missing += [
        f'--header "{name}: ..."'
        for name in stored.header_names
        if name.lower() not in given_headers
    ]
    hosts = host_twins(host_of(stored.start_url))
    cookies = [
        c
        for c in given.cookies
        if c.name in stored.cookie_names and any(c.sent_to(host) for host in hosts)
    ]
    missing += [
        f"--cookie {name}=..."
        for name in stored.cookie_names
        if name not in {c.name for c in cookies}
    ]
    missing += _missing_login(stored, given)
    if missing:
        raise OptionsError(
            f"crawl {crawl_id} was made with secrets touchpoint never stores; to resume it, "
            + ", ".join(missing)
        )
    stored.headers = dict(given_headers[name.lower()] for name in stored.header_names)
    stored.cookies = cookies
    stored.login_fields, stored.login_steps = given.login_fields, given.login_steps


def _missing_login(stored: CrawlOptions, given: CrawlOptions) -> list[str]:
    """What a resumed crawl that logged in lacks to log in again the same way."""
    if stored.login_method == "form":
        return [
            f"--login-field {name}=..."
            for name in stored.login_field_names
            if name not in given.login_fields
        ]
    if stored.login_method == "script" and not given.login_steps:
        return ["the [[login.steps]] of touchpoint.toml"]
    return []
