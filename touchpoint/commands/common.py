"""Option bundles shared by several commands, so flags read the same everywhere."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

import click
from click.core import ParameterSource
from rich.markup import escape

from audit.config import ConfigError, ConfigFile
from core.files import DEFAULT_DB
from core.text import terminal_safe
from crawler.auth import access_from
from crawler.login import login_from
from crawler.options import RENDER_MODES, RESOURCE_KINDS, CrawlOptions
from touchpoint.exit_codes import EXIT_CRAWL_FAILED

F = Callable[..., Any]
DEFAULT_CONFIG = Path("touchpoint.toml")


class InputError(click.ClickException):
    """A bad URL, option or store: one ``Error: ...`` line and exit code 2, like a usage error."""

    exit_code = 2

    def format_message(self) -> str:
        return terminal_safe(self.message)  # it may quote a crawled URL or page text


def shown(text: str) -> str:
    """Crawled text for a rich console: terminal escapes stripped, rich markup escaped."""
    return escape(terminal_safe(text))


def branding_options(fn: F) -> F:
    """``--consultant``, ``--logo`` and ``--client``: who the report is by and for."""
    decorators = (
        click.option(
            "--consultant", metavar="NAME", help="Who prepared the report (cover, print header)."
        ),
        click.option(
            "--logo", type=click.Path(path_type=Path, exists=True, dir_okay=False),
            help="The consultant's logo (png, jpg, svg), inlined into the report.",
        ),
        click.option(
            "--client", metavar="NAME", help="Who the report is for (cover, print header)."
        ),
    )  # fmt: skip
    for decorator in reversed(decorators):
        fn = decorator(fn)
    return fn


raw_csv_option = click.option(
    "--raw-csv",
    is_flag=True,
    help="Keep CSV cells exactly as crawled. By default a cell starting with = + - @ "
    "(a formula to a spreadsheet) gets a leading ' (OWASP CSV-injection advice).",
)


class CrawlNotReady(click.ClickException):
    """A stored crawl that is not finished, used without --partial: one ``Error: ...``
    line and exit code 3, as for a failed crawl (nothing trustworthy to judge)."""

    exit_code = EXIT_CRAWL_FAILED


partial_option = click.option(
    "--partial",
    is_flag=True,
    help="Allow a crawl that is not finished (running or interrupted): it is classified "
    "for this run only, and an audit of it is marked partial and not kept in the history.",
)


def store_file(target: str | None) -> str | None:
    """``--db FOLDER`` means the store in it, FOLDER/touchpoint.db: the one
    ``touchpoint audit -o FOLDER`` keeps (touchpoint/commands/store_location.py)."""
    if target is None or "://" in target or not Path(target).expanduser().is_dir():
        return target
    return str(Path(target) / DEFAULT_DB)


db_option = click.option(
    "--db",
    default=DEFAULT_DB,
    show_default=True,
    metavar="PATH",
    callback=lambda _ctx, _param, value: store_file(value),
    help="The crawl store: a SQLite file (created if missing), a folder (its touchpoint.db) "
    "or a postgresql:// URL.",
)


def config_option(what: str) -> Callable[[F], F]:
    """``--config FILE``; ``what`` says what the command reads from it."""
    return click.option(
        "--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
        metavar="FILE", help=f"{what} (default: ./{DEFAULT_CONFIG} when present).",
    )  # fmt: skip


def read_config(path: Path | None) -> ConfigFile | None:
    """``--config``, else ./touchpoint.toml when present, read once; None means defaults."""
    if path is None and not DEFAULT_CONFIG.is_file():
        return None
    try:
        return ConfigFile.read(path or DEFAULT_CONFIG)
    except ConfigError as exc:
        raise InputError(str(exc)) from None


render_options = (
    click.option(
        "--render", type=click.Choice(RENDER_MODES), default="off", show_default=True,
        help="Load pages in Chromium so script-built links and CTAs are seen; auto renders "
        "only pages whose HTML is a script shell.",
    ),
    click.option(
        "--browser-path", metavar="PATH",
        help="The Chromium/Chrome to render with (default: the system's, else Playwright's).",
    ),
    click.option(
        "--screenshots", is_flag=True,
        help="Save a small JPEG of each rendered page next to the store, for the report.",
    ),
    click.option(
        "--consent", metavar="auto|off|TEXT_OR_SELECTOR", default="auto", show_default=True,
        help="auto: accept the banners of the common consent managers (rendered pages) and "
        "pass a start page that is only a cookie or age wall (raw crawls); off: leave walls "
        'alone; else click this button before reading a page ("Accept all", "#accept").',
    ),
    click.option(
        "--wall-click", multiple=True, metavar="TEXT_OR_SELECTOR",
        help='Click this age or country gate button when a rendered page shows it ("I am '
        'over 18", "#country-us"). Repeatable. Raw crawls: --cookie age_verified=1.',
    ),
    click.option(
        "--render-pages-per-context", type=click.IntRange(min=1), default=100,
        show_default=True, metavar="N",
        help="Recycle the browser context after N pages, so long crawls stay within memory.",
    ),
    click.option(
        "--allow-resources", multiple=True, metavar="KIND",
        type=click.Choice(RESOURCE_KINDS),
        help="Let these load while rendering (blocked by default): images, fonts, media, "
        "analytics. Repeatable.",
    ),
)  # fmt: skip


class Duration(click.ParamType):
    """Seconds, or a number with s, m or h: ``90``, ``90s``, ``30m``, ``2h``."""

    name = "duration"
    UNITS: ClassVar[dict[str, int]] = {"s": 1, "m": 60, "h": 3600}

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> float:
        if isinstance(value, int | float):
            return float(value)
        text = str(value).strip().lower()
        unit = self.UNITS.get(text[-1:], 0)
        try:
            seconds = float(text[:-1] if unit else text) * (unit or 1)
        except ValueError:
            self.fail(f"{value!r} is not a duration (examples: 90, 90s, 30m, 2h)", param, ctx)
        if seconds <= 0:
            self.fail(f"{value!r} must be more than 0", param, ctx)
        return seconds


safeguard_options = (
    click.option(
        "--max-requests", type=click.IntRange(min=0), metavar="N",
        help="Fetch at most N URLs, parsed or only checked (default: 4 x --max-pages + 100 "
        "when --max-pages is given; 0 = no cap).",
    ),
    click.option(
        "--max-time", type=Duration(), metavar="DURATION",
        help="Stop crawling after this long (90s, 30m, 2h); what was crawled is audited.",
    ),
    click.option(
        "--trap-limit", type=click.IntRange(min=0), default=20, show_default=True, metavar="N",
        help="Stop parsing a URL pattern after N pages in a row of it (a calendar, a session "
        "ID, an ever-deeper path) and report it as a trap; 0 = off.",
    ),
    click.option(
        "--keep-param", multiple=True, metavar="NAME",
        help="Keep this session parameter (sid, jsessionid, ...) in URLs. Repeatable.",
    ),
    click.option(
        "--drop-param", multiple=True, metavar="NAME",
        help="Also drop this query parameter from URLs, like tracking and session IDs. "
        "Repeatable.",
    ),
)  # fmt: skip


# The secrets a crawl needs, given again to resume it (touchpoint never stores them).
ACCESS_PARAMS = ("auth", "auth_file", "header", "cookie", "cookie_file", "login_field")
access_options = (
    click.option(
        "--auth", metavar="USER:PASSWORD",
        help="HTTP basic auth for the site (a staging server). Visible to other users of "
        "this machine in the process list: prefer --auth-file or TOUCHPOINT_AUTH.",
    ),
    click.option(
        "--auth-file", type=click.Path(exists=True, dir_okay=False), metavar="FILE",
        help="Read user:password for HTTP basic auth from the first line of FILE.",
    ),
    click.option(
        "--header", multiple=True, metavar='"NAME: VALUE"',
        help='Send this header to the site\'s own hosts only ("Authorization: Bearer ...", '
        "a staging bypass header). Repeatable.",
    ),
    click.option(
        "--cookie", multiple=True, metavar="NAME=VALUE",
        help="Send this cookie to the site's own hosts only (a session, a consent). "
        "Repeatable.",
    ),
    click.option(
        "--cookies", "cookie_file", type=click.Path(exists=True, dir_okay=False),
        metavar="FILE",
        help="Send the site's cookies from a Netscape cookies.txt (as browsers and curl "
        "export it); cookies of other sites in it are not used.",
    ),
    click.option(
        "--login-url", metavar="URL",
        help="Log in first with the site's login form on this page (its hidden fields, "
        "e.g. a CSRF token, are sent too); give the fields with --login-field. A JavaScript "
        "login: [[login.steps]] in touchpoint.toml (docs/login.md).",
    ),
    click.option(
        "--login-field", multiple=True, metavar="NAME=VALUE",
        help="A field of the login form (email=me@example.com). Repeatable. Keep the "
        'password out of the process list: [login] fields = {password = "${SHOP_PASSWORD}"} '
        "in touchpoint.toml.",
    ),
)  # fmt: skip


def crawl_options(fn: F) -> F:
    """The crawl flags of ``touchpoint crawl``, also taken by ``touchpoint audit``."""
    decorators = (
        click.option("--max-pages", type=click.IntRange(min=0), help="Parse at most N pages."),
        click.option("--max-depth", type=click.IntRange(min=0), help="Follow links N clicks deep."),
        click.option(
            "--concurrency", type=click.IntRange(min=1), default=8, show_default=True,
            help="Requests in flight at once.",
        ),
        click.option(
            "--delay", type=click.FloatRange(min=0), default=0.25, show_default=True,
            help="Seconds between requests (the floor AutoThrottle works from).",
        ),
        click.option("--include", multiple=True, metavar="REGEX", help="Only crawl matching URLs."),
        click.option("--exclude", multiple=True, metavar="REGEX", help="Skip matching URLs."),
        click.option(
            "--ignore-robots",
            is_flag=True,
            help="Do not obey robots.txt, nor a page's robots meta nofollow.",
        ),
        click.option(
            "--from-sitemap", is_flag=True,
            help="Audit exactly the sitemap's URLs; link targets are only checked for status.",
        ),
        click.option(
            "--fast", is_flag=True,
            help="For a site you own: no AutoThrottle, no delay, full concurrency.",
        ),
        click.option(
            "--max-rate-limit-wait", type=click.FloatRange(min=0), default=120.0,
            show_default=True, metavar="SECONDS",
            help="Wait at most this long in all for servers answering 429 Too Many Requests; "
            "then URLs still refused are stored as rate-limited, not checked.",
        ),
        click.option(
            "--resume", type=int, metavar="CRAWL_ID",
            help="Finish an interrupted crawl with its stored settings.",
        ),
        *safeguard_options,
        *access_options,
        *render_options,
    )  # fmt: skip
    for decorator in reversed(decorators):
        fn = decorator(fn)
    return fn


def options_from(
    url: str | None, params: dict[str, Any], login_table: dict[str, Any] | None = None
) -> CrawlOptions:
    """Build CrawlOptions from the parsed ``crawl_options`` flags and the ``[login]``
    table of touchpoint.toml."""
    return CrawlOptions(
        start_url=url or "",
        max_pages=params["max_pages"],
        max_depth=params["max_depth"],
        concurrency=params["concurrency"],
        delay=params["delay"],
        include=list(params["include"]),
        exclude=list(params["exclude"]),
        ignore_robots=params["ignore_robots"],
        from_sitemap=params["from_sitemap"],
        fast=params["fast"],
        max_rate_limit_wait=params["max_rate_limit_wait"],
        render=params["render"],
        browser_path=params["browser_path"],
        screenshots=params["screenshots"],
        consent=params["consent"],
        wall_clicks=list(params["wall_click"]),
        render_pages_per_context=params["render_pages_per_context"],
        allow_resources=list(params["allow_resources"]),
        max_requests=params["max_requests"],
        max_time=params["max_time"],
        trap_limit=params["trap_limit"],
        keep_params=list(params["keep_param"]),
        drop_params=list(params["drop_param"]),
        **access_from(
            url, params["auth"], params["auth_file"], params["header"], params["cookie"],
            params["cookie_file"],
        ),
        **login_from(url, params["login_url"], params["login_field"], login_table),
    )  # fmt: skip


def refuse_crawl_options(params: dict[str, Any], why: str, allowed: tuple[str, ...] = ()) -> None:
    """Refuse crawl options given on the command line (or by environment) where they
    would be silently ignored: ``--crawl ID`` and ``--resume ID`` reuse a stored crawl."""
    ctx = click.get_current_context()
    given = [
        param.opts[0]
        for param in ctx.command.params
        if param.name in params
        and param.name not in allowed
        and ctx.get_parameter_source(param.name)
        not in (None, ParameterSource.DEFAULT, ParameterSource.DEFAULT_MAP)
    ]
    if given:
        raise InputError(f"{', '.join(given)}: {why}")
