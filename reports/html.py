"""The self-contained HTML report: Jinja2 templates, inline CSS and script, embedded JSON.

Everything the crawled site wrote reaches the page either through Jinja's
autoescaping or inside the embedded JSON, where ``<`` is written ``\\u003c`` so
no string can close the ``<script>`` element (Lighthouse's ``sanitizeJson``).
The script builds its DOM with ``textContent`` only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from core.files import write_text_atomic
from core.model import AuditResult
from reports.dates import readable_day
from reports.view import Branding, build_view

_JSON_ESCAPES = {
    ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
    0x2028: "\\u2028", 0x2029: "\\u2029",
}  # fmt: skip


def script_json(value: Any) -> Markup:
    """JSON that is safe inside ``<script type="application/json">``."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.translate(_JSON_ESCAPES))


def css_string(value: str) -> Markup:
    """A quoted CSS string for the print header; every character but an ASCII letter, digit
    or space hex-escaped. Each escape ends with a space: CSS reads that one whitespace as
    part of the escape (even after six hex digits), so a space in the value that follows an
    escape survives, and a following letter or digit is never read as more hex."""
    escaped = "".join(
        c if (c.isalnum() and c.isascii()) or c == " " else f"\\{ord(c):x} " for c in value
    )
    return Markup(f'"{escaped}"')


_BACKTICKS = re.compile(r"`([^`]+)`")


def inline_code(text: str) -> Markup:
    """Check docs mark code with backticks (`method="post"`); show it as code. The text
    is escaped first (audit.json is untrusted), so ``<code>`` is all this ever adds."""
    return Markup(_BACKTICKS.sub(r"<code>\1</code>", str(escape(text))))


# Only after a separator that follows a word: never after a path's leading "/", inside
# "://" or in "/?", where "/ product/item" would read as two words.
_URL_BREAK = re.compile(r"(?<=[\w.%~][/?&=-])(?=.)")


def url_breaks(url: str) -> Markup:
    """A URL, escaped, with a ``<wbr>`` after each ``/ ? & = -`` that follows a word: a
    narrow column breaks it only there, never mid-word (the CSS leaves ``.url``
    unbreakable otherwise)."""
    return Markup("<wbr>").join(escape(part) for part in _URL_BREAK.split(str(url)))


def short_url(url: str, origin: str) -> str:
    """The path alone for the audited site's own pages: the report is about one site."""
    return url[len(origin) :] if origin and url.startswith(origin + "/") else url


@cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("reports", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["css_string"] = css_string
    env.filters["thousands"] = lambda n: f"{n:,}"
    env.filters["short_url"] = short_url
    env.filters["url_breaks"] = url_breaks
    env.filters["inline_code"] = inline_code
    env.filters["day"] = readable_day
    return env


@cache
def _static(name: str) -> Markup:
    """Our own CSS/JS, inlined verbatim (trusted: shipped with the package)."""
    return Markup(files("reports").joinpath("static", name).read_text(encoding="utf-8"))


def as_dict(result: AuditResult | Mapping[str, Any]) -> dict[str, Any]:
    """The audit.json dict, validated through the model; keys the model lacks are kept."""
    if isinstance(result, AuditResult):
        return result.to_dict()
    return {**result, **AuditResult.from_dict(dict(result)).to_dict()}


def render_html_string(
    result: AuditResult | Mapping[str, Any],
    branding: Branding | None = None,
    comparison: Mapping[str, Any] | None = None,
) -> str:
    """The report as one HTML string; ``comparison`` is the audit's diff against its
    baseline (diff.json), when it has one, for the executive page's before and after."""
    context, payload = build_view(as_dict(result), branding or Branding(), comparison)
    template = _environment().get_template("report.html")
    return template.render(
        **context,
        data_json=script_json(payload),
        css=_static("report.css") + _static("journey.css") + _static("executive.css"),
        js=_static("report.js") + _static("journey.js"),
    )


def render_html(
    result: AuditResult | Mapping[str, Any],
    path: str | Path,
    branding: Branding | None = None,
    comparison: Mapping[str, Any] | None = None,
) -> Path:
    """Write the self-contained report to ``path`` and return it."""
    return write_text_atomic(path, render_html_string(result, branding, comparison))
