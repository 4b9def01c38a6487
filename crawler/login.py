"""Log in to the site once, before the crawl, and crawl with the session it gives.

Two ways in, one result: session cookies for the site's own hosts, added in memory to
``CrawlOptions.cookies`` (sent by ``crawler.auth``, raw and rendered alike, never stored).

- **A login form** (``--login-url URL --login-field name=value``): the form is read from
  the page first, so its hidden fields (CSRF tokens) go with the post; Scrapy's
  ``FormRequest.from_response`` serialises it as a browser would.
- **A login script** (``[[login.steps]]`` in touchpoint.toml: goto, fill, click, wait_for,
  wait_for_url), run once in Chromium for sites whose login is JavaScript.

During the crawl, ``LogoutWatch`` notices a session that ended (pages sent back to the
login page) and ``is_logout_url`` keeps the crawl off the links that would end it.
"""

from __future__ import annotations

import http.cookiejar
import re
import urllib.error
import urllib.request
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urljoin, urlsplit

from core.urls import host_of, host_twins
from crawler.options import CrawlOptions, OptionsError, SiteCookie

# Paths of a login page: where a site sends a visitor whose session is missing.
LOGIN_PATH = re.compile(
    r"/(?:[\w-]*[/_-])?(?:log-?in|sign-?in|signon|auth(?:enticate)?|session/new|"
    r"wp-login\.php|anmelden|connexion|iniciar-sesion|accedi)(?:[/._?#-]|$)",
    re.I,
)
# Links that end the session: never followed by a crawl that carries one.
LOGOUT = re.compile(
    r"(?:log-?out|sign-?out|log-?off|sign-?off|abmelden|deconnexion|cerrar-sesion|esci)"
    r"(?:[/._?#&=-]|$)|[?&]action=logout",
    re.I,
)
STEP_ACTIONS = ("goto", "fill", "click", "wait_for", "wait_for_url")
STEP_TIMEOUT_MS = 15_000
VARIABLE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


class LoginFailed(Exception):
    """The site did not let the crawl in; the message never quotes a secret."""


def is_logout_url(url: str) -> bool:
    """Whether following this link would end the session (``/logout``, ``?action=logout``)."""
    parts = urlsplit(url)
    return bool(LOGOUT.search(f"{parts.path}?{parts.query}"))


def is_login_url(url: str, login_url: str | None = None) -> bool:
    """Whether ``url`` is the site's login page: the given one, or a login-looking path."""
    path = urlsplit(url).path.rstrip("/")
    if login_url is not None and path == urlsplit(login_url).path.rstrip("/"):
        return True
    return bool(LOGIN_PATH.search(path + "/"))


class LogoutWatch:
    """Notices a crawl whose session ended: ``streak`` page requests in a row sent to the
    login page. One such page may be an area this account may not see; a run of them is
    a session that expired, or a link the site used to log the crawl out."""

    def __init__(self, login_url: str | None, streak: int = 3) -> None:
        self.login_url = login_url
        self.streak = streak
        self.run: list[str] = []

    def note(self, url: str, final_url: str) -> str | None:
        """Record one parsed page; the sentence to stop the crawl with once logged out."""
        sent_to_login = final_url != url and is_login_url(final_url, self.login_url)
        if not sent_to_login or is_login_url(url, self.login_url):
            self.run.clear()
            return None
        self.run.append(url)
        if len(self.run) < self.streak:
            return None
        return (
            f"logged out: the last {len(self.run)} pages ({self.run[0]}, ...) were sent to "
            f"the login page {urlsplit(final_url).path}; the session expired or the site "
            "ended it"
        )


# -- the login itself -----------------------------------------------------------------


def log_in(options: CrawlOptions, user_agent: str) -> str:
    """Log in as the options say, add the session's cookies to ``options.cookies`` and
    return what happened in words ("logged in by the form at /login: 2 cookies")."""
    if options.login_steps:
        cookies = script_login(options)
        how = f"logged in by the [[login.steps]] script ({len(options.login_steps)} steps)"
    else:
        assert options.login_url is not None
        cookies = form_login(options, user_agent)
        how = f"logged in by the form at {urlsplit(options.login_url).path or '/'}"
    if not cookies:
        raise LoginFailed(f"{how}, but the site set no session cookie: nothing to crawl with")
    known = {(c.name, c.domain, c.path) for c in cookies}
    options.cookies = [
        c for c in options.cookies if (c.name, c.domain, c.path) not in known
    ] + cookies
    return f"{how}: {len(cookies)} cookie{'s' if len(cookies) != 1 else ''}"


def form_login(options: CrawlOptions, user_agent: str) -> list[SiteCookie]:
    """Fetch the login page, post its form with the given fields, and return the site's
    cookies once the answer is no longer the login form."""
    from form2request import form2request
    from parsel import Selector

    assert options.login_url is not None
    jar = http.cookiejar.CookieJar()
    opener = _opener(options, jar, user_agent)
    page_url, body = _fetch(opener, urllib.request.Request(options.login_url))
    form = _login_form(Selector(text=_text(body), base_url=page_url), options.login_fields)
    if form is None:
        raise LoginFailed(f"no login form on {options.login_url} (no form with a password field)")
    known = set(form.xpath(".//*[@name]/@name").getall())
    unknown = sorted(set(options.login_fields) - known)
    if unknown:
        raise LoginFailed(
            f"the login form on {options.login_url} has no field {', '.join(unknown)} "
            f"(its fields: {', '.join(sorted(known)) or 'none'})"
        )
    post = form2request(form, dict(options.login_fields))
    request = urllib.request.Request(
        post.url, data=post.body or None, headers=dict(post.headers), method=post.method
    )
    landed_url, landed = _fetch(opener, request)
    again = Selector(text=_text(landed)).xpath("//form[.//input[@type='password']]")
    if again and is_login_url(landed_url, options.login_url):
        raise LoginFailed(
            f"the login at {options.login_url} did not succeed: the site showed its login "
            "form again (check the --login-field values)"
        )
    return site_cookies_from(
        ({"name": c.name, "value": c.value or "", "domain": c.domain, "path": c.path}
         for c in jar),
        options.start_url,
    )  # fmt: skip


def _text(body: bytes) -> str:
    from w3lib.encoding import html_to_unicode

    return html_to_unicode(None, body)[1]


def _login_form(page: Any, fields: Mapping[str, str]) -> Any:
    """The form to post: the one with a password field, else the one that has every
    given field; None when there is none."""
    forms = page.xpath("//form")
    for form in forms:
        if form.xpath(".//input[@type='password']"):
            return form
    for form in forms:
        if fields and set(fields) <= set(form.xpath(".//*[@name]/@name").getall()):
            return form
    return None


def _opener(
    options: CrawlOptions, jar: http.cookiejar.CookieJar, user_agent: str
) -> urllib.request.OpenerDirector:
    """An HTTP client that keeps cookies and sends the site's credentials and headers
    (a staging server behind basic auth also has its own login form)."""
    from w3lib.http import basic_auth_header

    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    headers = [("User-Agent", user_agent), *options.headers.items()]
    if options.credentials is not None:
        headers.append(("Authorization", basic_auth_header(*options.credentials).decode()))
    if options.cookies:
        cookie = "; ".join(f"{c.name}={c.value}" for c in options.cookies)
        headers.append(("Cookie", cookie))
    opener.addheaders = headers
    return opener


def _fetch(
    opener: urllib.request.OpenerDirector, request: urllib.request.Request
) -> tuple[str, bytes]:
    """(final URL, body) of one request, redirects followed; ``LoginFailed`` otherwise."""
    try:
        with opener.open(request, timeout=30) as answer:
            return answer.geturl(), answer.read(5 * 1024 * 1024)
    except urllib.error.HTTPError as exc:
        raise LoginFailed(f"the login page {request.full_url} answered {exc.code}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise LoginFailed(f"cannot reach the login page {request.full_url}: {reason}") from None


def script_login(options: CrawlOptions) -> list[SiteCookie]:
    """Run the ``[[login.steps]]`` once in Chromium and return the site's cookies."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    from crawler.auth import browser_cookies
    from crawler.browser import find_browser, launch_options

    executable = find_browser(options.browser_path)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**launch_options(executable))  # type: ignore[arg-type]
        try:
            context = browser.new_context(
                storage_state={"cookies": browser_cookies(options), "origins": []},  # type: ignore[arg-type]
                extra_http_headers=dict(options.headers),
                http_credentials=_browser_credentials(options),  # type: ignore[arg-type]
            )
            page = context.new_page()
            page.set_default_timeout(STEP_TIMEOUT_MS)
            for number, step in enumerate(options.login_steps, start=1):
                try:
                    _run_step(page, step, options.start_url)
                except PlaywrightError as exc:
                    first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
                    raise LoginFailed(
                        f"login step {number} ({describe_step(step)}) failed: {first_line}"
                    ) from None
            cookies = context.cookies()
        finally:
            browser.close()
    return site_cookies_from(
        ({"name": c.get("name", ""), "value": c.get("value", ""), "domain": c.get("domain", ""),
          "path": c.get("path", "/")} for c in cookies),
        options.start_url,
    )  # fmt: skip


def _browser_credentials(options: CrawlOptions) -> dict[str, str] | None:
    if options.credentials is None:
        return None
    user, password = options.credentials
    return {"username": user, "password": password}


def _run_step(page: Any, step: Mapping[str, str], start_url: str) -> None:
    if "goto" in step:
        page.goto(urljoin(start_url, step["goto"]))
    elif "fill" in step:
        page.locator(step["fill"]).first.fill(step.get("value", ""))
    elif "click" in step:
        page.locator(step["click"]).first.click()
    elif "wait_for" in step:
        page.locator(step["wait_for"]).first.wait_for()
    elif "wait_for_url" in step:
        page.wait_for_url(step["wait_for_url"])


def describe_step(step: Mapping[str, str]) -> str:
    """A step in words, without its value (``fill #password``)."""
    action = next(name for name in STEP_ACTIONS if name in step)
    return f"{action} {step[action]}"


def site_cookies_from(cookies: Iterable[Mapping[str, str]], start_url: str) -> list[SiteCookie]:
    """The cookies the site's own hosts get, as ``SiteCookie``s: a host-only cookie of the
    start host applies to it and its www twin, a ``.domain`` cookie as written."""
    hosts = host_twins(host_of(start_url))
    kept = []
    for cookie in cookies:
        domain = cookie["domain"].lower()
        host_only = domain in hosts  # set without a Domain attribute, by the start host
        site_cookie = SiteCookie(
            cookie["name"], cookie["value"], "" if host_only else domain, cookie["path"] or "/"
        )
        if any(site_cookie.sent_to(host) for host in hosts):
            kept.append(site_cookie)
    return kept


# -- from the command line and touchpoint.toml ------------------------------------------


def login_from(
    url: str | None,
    login_url: str | None,
    fields: Iterable[str],
    table: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """The login fields of ``CrawlOptions`` from ``--login-url``/``--login-field`` and the
    ``[login]`` table of touchpoint.toml (``url``, ``fields``, ``[[login.steps]]``).
    Raises ``OptionsError`` in words that never quote a value."""
    table = dict(table or {})
    unknown = sorted(set(table) - {"url", "fields", "steps"})
    if unknown:
        raise OptionsError(f"[login] has no key {unknown[0]} (known: url, fields, steps)")
    given = dict(parse_login_field(text) for text in fields)
    configured = table.get("fields") or {}
    if not isinstance(configured, dict):
        raise OptionsError('[login] fields must be a table: fields = {email = "${SHOP_USER}"}')
    login_fields = {str(k): expand(str(v), f"[login] fields.{k}") for k, v in configured.items()}
    login_fields.update(given)
    steps = [_step(raw, number) for number, raw in enumerate(table.get("steps") or [], start=1)]
    login_url = login_url or table.get("url")
    if login_url and steps:
        raise OptionsError("give a login form (--login-url) or [[login.steps]], not both")
    if login_fields and not login_url and url:  # resuming: the stored crawl has the URL
        raise OptionsError("--login-field needs --login-url (the page with the login form)")
    if login_url and not login_fields:
        raise OptionsError(
            "--login-url needs the fields to fill: --login-field email=... "
            '(or [login] fields = {email = "${SHOP_USER}"} in touchpoint.toml)'
        )
    if login_url and url:
        login_url = urljoin(url, str(login_url))
        if host_of(login_url) not in host_twins(host_of(url)):
            raise OptionsError(f"--login-url {login_url} is not on the crawled site {host_of(url)}")
    return {"login_url": login_url or None, "login_fields": login_fields, "login_steps": steps}


def parse_login_field(text: str) -> tuple[str, str]:
    """``"name=value"`` -> ``(name, value)``."""
    name, equals, value = text.partition("=")
    if not equals or not name.strip():
        raise OptionsError("--login-field takes name=value (example: --login-field email=me@x.com)")
    return name.strip(), value


def _step(raw: Any, number: int) -> dict[str, str]:
    where = f"[[login.steps]] step {number}"
    if not isinstance(raw, dict):
        raise OptionsError(f'{where} must be a table such as {{ click = "#submit" }}')
    actions = [name for name in STEP_ACTIONS if name in raw]
    extra = sorted(set(raw) - {*STEP_ACTIONS, "value"})
    if len(actions) != 1 or extra:
        raise OptionsError(
            f"{where} needs exactly one of {', '.join(STEP_ACTIONS)}"
            + (f" (unknown key {extra[0]})" if extra else "")
        )
    if "value" in raw and actions[0] != "fill":
        raise OptionsError(f"{where}: value goes with fill only")
    step = {key: expand(str(value), where) for key, value in raw.items()}
    if actions[0] == "fill" and "value" not in step:
        raise OptionsError(f'{where}: fill needs a value (value = "${{SHOP_PASSWORD}}")')
    return step


def expand(text: str, where: str) -> str:
    """``${VAR}`` replaced by the environment's value: secrets stay out of the file."""
    import os

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in os.environ:
            raise OptionsError(f"{where} uses ${{{name}}}, which is not set in the environment")
        return os.environ[name]

    return VARIABLE.sub(value, text)
