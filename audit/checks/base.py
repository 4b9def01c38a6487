"""The contract every check follows (Lighthouse's audit class, Ruff's rule doc).

A check declares its metadata as class attributes and implements one pure
method, ``check(ctx) -> list[Finding]``. The runner owns the envelope: it picks
the pass or failure title, applies severity overrides and URL ignores, turns
an exception into an ``error`` result, and scores. ``scope(ctx)`` says how many
items the check examined (0 means not applicable); site-level checks keep the
default ``None``.

The docstring is the check's documentation (``touchpoint checks CODE``,
``docs/checks.md``) and has exactly these sections, in this order:
What it checks / Why it matters / How to fix / Options.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

from audit.context import AuditContext
from core.model import Finding
from core.vocab import Severity

DOC_SECTIONS = ("What it checks", "Why it matters", "How to fix", "Options")
CATEGORIES = {
    "reachability": "Reachability",
    "intent": "Calls to action",
    "paths": "Paths to conversion",
    "forms": "Forms",
    "touchpoints": "Touchpoints",
    "crawl": "Crawl health",
}
_SECTION = re.compile(r"^({})\n-+\n".format("|".join(DOC_SECTIONS)), re.M)


class Check:
    code: ClassVar[str]  # "TP" + 3 digits, grouped by hundreds
    slug: ClassVar[str]  # kebab-case, accepted wherever a code is
    title: ClassVar[str]  # shown when the check passes
    failure_title: ClassVar[str]  # shown when it fails, and as each finding's title
    severity: Severity  # default; config may override per instance
    category: ClassVar[str]
    default_options: ClassVar[Mapping[str, Any]] = {}
    lifecycle: ClassVar[str] = "stable"  # stable | preview | deprecated | removed
    since: ClassVar[str] = "0.1.0"

    def __init__(
        self, options: Mapping[str, Any] | None = None, severity: Severity | None = None
    ) -> None:
        self.options: dict[str, Any] = {**self.default_options, **(options or {})}
        self.severity = severity or type(self).severity

    def scope(self, ctx: AuditContext) -> int | None:
        """How many items this check examines; 0 makes it not applicable."""
        return None

    def check(self, ctx: AuditContext) -> list[Finding]:
        raise NotImplementedError(f"{type(self).__name__}.check")

    def finding(
        self, url: str, detail: str, element: str | None = None, **evidence: Any
    ) -> Finding:
        return Finding(
            check=self.slug,
            code=self.code,
            severity=self.severity,
            url=url,
            title=self.failure_title,
            detail=detail,
            element=element,
            evidence=evidence,
        )

    @classmethod
    def doc(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def doc_sections(cls) -> dict[str, str]:
        """The docstring split into its headed sections (the summary line is "summary")."""
        parts = _SECTION.split(cls.doc())
        sections = {"summary": parts[0].strip()}
        for name, body in zip(parts[1::2], parts[2::2], strict=True):
            sections[name] = body.strip()
        return sections


def cta_label(cta: Any) -> str:
    """How a finding names a CTA: its text and its place on the page."""
    text = (cta.text or "").strip() or "(no text)"
    return f'CTA #{cta.position} "{text}"'


def form_label(form: Any) -> str:
    return f"form #{form.position} ({form.purpose})"


def sample(urls: list[str], limit: int = 20) -> list[str]:
    """Evidence lists stay readable: the first ``limit`` URLs, sorted."""
    return sorted(urls)[:limit]


def sentence(clauses: Iterable[str]) -> str:
    """Clauses as one finding detail: joined by "; ", a capital first letter, a full stop.

    Only the first character is upper-cased: ``str.capitalize`` would lower-case the rest,
    turning "URL" into "url" and changing the case of the URLs a detail quotes.
    """
    text = "; ".join(clauses)
    return text[:1].upper() + text[1:] + "."
