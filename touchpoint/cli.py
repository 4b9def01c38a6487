"""The ``touchpoint`` command: a thin click layer over the library packages.

Each command lives in ``touchpoint/commands/<name>.py`` and only parses options,
calls the library and prints; domain errors become one-line ``ClickException``s.
"""

from __future__ import annotations

from collections.abc import Sequence

import click

from core.version import __version__
from touchpoint.exit_codes import EXIT_INTERRUPTED

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, prog_name="touchpoint")
def cli() -> None:
    """Audit a website as a customer journey: where does this site lose its customers?

    \b
    Example:
        touchpoint demo
        touchpoint audit https://example.com -o audit-example
    """


def _register() -> None:
    from touchpoint.commands import audit, crawl, crawls, demo, diff, goals, report, rules

    for command in (
        crawl.crawl,
        crawls.crawls,
        rules.rules_command,
        rules.explain,
        goals.goals,
        audit.audit,
        audit.checks,
        diff.diff,
        report.report,
        demo.demo,
    ):
        cli.add_command(command)


_register()


def main(args: Sequence[str] | None = None) -> None:
    """The console script.

    Click's own Ctrl-C handling prints "Aborted!" and exits 1, which in touchpoint
    means "the gate failed": a scheduled job would report a regression. A Ctrl-C
    outside the crawl (the crawl handles its own) exits 130, like the crawl.
    """
    try:
        code = cli.main(args=args, prog_name="touchpoint", standalone_mode=False)
    except click.ClickException as exc:
        exc.show()
        raise SystemExit(exc.exit_code) from None
    except click.exceptions.Abort:
        click.echo("Interrupted.", err=True)
        raise SystemExit(EXIT_INTERRUPTED) from None
    raise SystemExit(code if isinstance(code, int) else 0)
