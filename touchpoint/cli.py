"""The ``touchpoint`` command: a thin click layer over the library packages.

Each command lives in ``touchpoint/commands/<name>.py`` and only parses options,
calls the library and prints; domain errors become one-line ``ClickException``s.
A command's module is imported when that command runs, so ``touchpoint report`` never
loads Scrapy or the store: start-up is the command's own.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

import click

from core.version import __version__
from touchpoint.exit_codes import EXIT_INTERRUPTED

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
# name -> (module in touchpoint.commands, attribute), in the order --help lists them
COMMANDS = {
    "crawl": ("crawl", "crawl"),
    "crawls": ("crawls", "crawls"),
    "rules": ("rules", "rules_command"),
    "explain": ("rules", "explain"),
    "goals": ("goals", "goals"),
    "audit": ("audit", "audit"),
    "checks": ("audit", "checks"),
    "diff": ("diff", "diff"),
    "report": ("report", "report"),
    "demo": ("demo", "demo"),
    "worker": ("worker", "worker"),
}


class LazyGroup(click.Group):
    """A group that imports a command's module only when that command is asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, attribute = COMMANDS[cmd_name]
        command = getattr(importlib.import_module(f"touchpoint.commands.{module}"), attribute)
        return command if isinstance(command, click.Command) else None


@click.group(cls=LazyGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, prog_name="touchpoint")
def cli() -> None:
    """Audit a website as a customer journey: where does this site lose its customers?

    \b
    Example:
        touchpoint demo
        touchpoint audit https://example.com -o audit-example
    """


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
