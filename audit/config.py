"""``touchpoint.toml``: which checks run, their severities, options and URL ignores.

::

    [audit]
    select = ["ALL"]                 # codes, slugs, prefixes (TP3) or ALL
    ignore = ["deep-page"]
    max-paths = 1000                 # entry-page paths listed in audit.json

    [audit.severity]
    TP302 = "error"

    [audit.options.long-path-to-conversion]
    max-clicks = 4

    [audit.per-url-ignores]
    "/legal/*" = ["missing-cta", "dead-end"]

The file is read and parsed once, into a ``ConfigFile``; each table is validated by
its own reader (``AuditConfig.from_file`` here, ``budgets_from`` in ``audit/budgets.py``).
Every mistake is a one-line ``ConfigError`` naming the file and the key; a misspelt table
or key (``[audti]``, ``[budget]``, ``selekt``) is refused with the nearest known name, since
silently ignoring it would run the audit without what the user configured.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import get_close_matches
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from audit.checks import Check
from audit.registry import SelectorError, expand, lookup, select
from core.files import NotUTF8Error, read_text
from core.model import Finding
from core.vocab import SEVERITIES, Severity

KNOWN_KEYS = {"select", "ignore", "max-paths", "severity", "options", "per-url-ignores"}
# The tables touchpoint.toml may hold, and who reads them: [audit] here, [goals]
# rules.goals_from_table, [budgets] regression.budgets.
KNOWN_TABLES = ("audit", "budgets", "goals", "login")


class ConfigError(ValueError):
    """The audit configuration is not usable."""


@dataclass(frozen=True)
class ConfigFile:
    """One touchpoint.toml, read and parsed once; ``text`` is kept for line numbers."""

    path: Path
    text: str
    data: dict[str, Any]

    @classmethod
    def read(cls, path: str | Path) -> ConfigFile:
        """Read and parse the file; a missing, unreadable or invalid file is one line."""
        file = Path(path)
        try:
            text = read_text(file)
            data = tomllib.loads(text)
        except FileNotFoundError:
            raise ConfigError(f"no config file {file}") from None
        except OSError as exc:
            raise ConfigError(f"cannot read {file}: {exc.strerror}") from None
        except NotUTF8Error as exc:
            raise ConfigError(f"{file}: {exc}; TOML files are UTF-8") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{file}: not valid TOML: {exc}") from None
        unknown = [name for name in data if name not in KNOWN_TABLES]
        if unknown:
            name = unknown[0]
            what = f"table [{name}]" if isinstance(data[name], dict) else f"top-level key {name}"
            raise ConfigError(
                f"{file}{_line_of(text, name)}: unknown {what}"
                f"{nearest(name, KNOWN_TABLES, '[{}]')} (known tables: {', '.join(KNOWN_TABLES)})"
            )
        return cls(file, text, data)

    def table(self, name: str) -> dict[str, Any]:
        """The ``[name]`` table, empty when the file has none."""
        table = self.data.get(name, {})
        if not isinstance(table, dict):
            raise ConfigError(f"{self.path}: {name} must be a table")
        return table


def nearest(name: str, known: Iterable[str], form: str = "{}") -> str:
    """The hint "; did you mean X?" for the known name closest to a misspelt one, else ""."""
    match = get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f"; did you mean {form.format(match[0])}?" if match else ""


def _line_of(text: str, name: str) -> str:
    """The suffix ":N" for the line that opens table ``name`` (or sets key ``name``), else ""."""
    opening = re.compile(rf"^\s*(\[\[?\s*{re.escape(name)}\s*[].]|{re.escape(name)}\s*[=.])")
    for number, line in enumerate(text.splitlines(), 1):
        if opening.match(line):
            return f":{number}"
    return ""


def _key(name: str) -> str:
    return name.replace("-", "_")


@dataclass
class AuditConfig:
    select: list[str] = field(default_factory=lambda: ["ALL"])
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)  # code -> severity
    options: dict[str, dict[str, Any]] = field(default_factory=dict)  # code -> options
    per_url_ignores: dict[str, list[str]] = field(default_factory=dict)  # glob -> codes
    max_paths: int = 1000
    source: str = "defaults"

    @classmethod
    def from_file(cls, file: ConfigFile) -> AuditConfig:
        """The ``[audit]`` table of an already parsed touchpoint.toml."""
        return cls.from_mapping(file.table("audit"), source=str(file.path))

    @classmethod
    def from_mapping(cls, audit: dict[str, Any], source: str = "config") -> AuditConfig:
        """Validate an ``[audit]`` table; selectors are resolved to codes."""
        unknown = sorted(set(audit) - KNOWN_KEYS)
        if unknown:
            known = ", ".join(sorted(KNOWN_KEYS))
            raise ConfigError(
                f"{source}: unknown key [audit] {unknown[0]}"
                f"{nearest(unknown[0], KNOWN_KEYS)} (known: {known})"
            )
        try:
            config = cls(
                select=_strings(audit.get("select", ["ALL"]), f"{source}: [audit] select"),
                ignore=_strings(audit.get("ignore", []), f"{source}: [audit] ignore"),
                max_paths=int(audit.get("max-paths", 1000)),
                source=source,
            )
            for name in [*config.select, *config.ignore]:
                expand(name)
            for name, value in (audit.get("severity") or {}).items():
                if value not in SEVERITIES:
                    raise ConfigError(
                        f"{source}: [audit.severity] {name} = {value!r}: "
                        f"use one of {', '.join(SEVERITIES)}"
                    )
                config.severity[lookup(name).code] = value
            for name, options in (audit.get("options") or {}).items():
                check = lookup(name)
                config.options[check.code] = _options(check, options, source)
            for pattern, names in (audit.get("per-url-ignores") or {}).items():
                where = f"{source}: [audit.per-url-ignores] {pattern!r}"
                config.per_url_ignores[pattern] = [
                    cls.code for n in _strings(names, where) for cls in expand(n)
                ]
        except SelectorError as exc:
            raise ConfigError(f"{source}: {exc}") from None
        except (TypeError, ValueError) as exc:
            if isinstance(exc, ConfigError):
                raise
            raise ConfigError(f"{source}: {exc}") from None
        return config

    def with_selection(self, select: list[str], ignore: list[str]) -> AuditConfig:
        """Command-line ``--select`` replaces the config's; ``--ignore`` adds to it."""
        try:
            for name in [*select, *ignore]:
                expand(name)
        except SelectorError as exc:
            raise ConfigError(str(exc)) from None
        return AuditConfig(
            select=select or self.select,
            ignore=[*self.ignore, *ignore],
            severity=self.severity,
            options=self.options,
            per_url_ignores=self.per_url_ignores,
            max_paths=self.max_paths,
            source=self.source,
        )

    def checks(self) -> list[Check]:
        """Instances of the selected checks, with their options and severities."""
        return [
            cls(options=self.options.get(cls.code), severity=self.severity.get(cls.code))
            for cls in select(self.select, self.ignore)
        ]

    def ignored(self, finding: Finding) -> bool:
        """Whether a per-url-ignores glob covers this finding (path or full URL)."""
        parts = urlsplit(finding.url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        return any(
            finding.code in codes and (fnmatchcase(path, glob) or fnmatchcase(finding.url, glob))
            for glob, codes in self.per_url_ignores.items()
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "select": self.select,
            "ignore": self.ignore,
            "severity": self.severity,
            "options": self.options,
            "per_url_ignores": self.per_url_ignores,
            "max_paths": self.max_paths,
        }


def _strings(value: Any, where: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where} must be a list of strings")
    return list(value)


def _options(check: type[Check], options: Any, source: str) -> dict[str, Any]:
    where = f"{source}: [audit.options.{check.slug}]"
    if not isinstance(options, dict):
        raise ConfigError(f"{where} must be a table")
    known = check.default_options
    result = {}
    for name, value in options.items():
        key = _key(name)
        if key not in known:
            names = [k.replace("_", "-") for k in known]
            raise ConfigError(
                f"{where} unknown option {name!r}{nearest(name, names)}"
                f" (known: {', '.join(names) or 'none'})"
            )
        if type(value) is not type(known[key]):
            kind = type(known[key]).__name__
            raise ConfigError(f"{where} {name} must be a {kind}, got {value!r}")
        result[key] = value
    return result
