"""The HTML diff report: what changed between two audits, in the audit report's own style.

It renders from ``AuditDiff.to_dict()`` alone (so a saved diff.json reproduces it),
reuses the report's Jinja environment, macros and inline CSS, and has no script:
everything the crawled site wrote reaches the page through Jinja's autoescaping.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from core.files import write_text_atomic
from regression.diff import AuditDiff, value_words
from reports.html import _environment, _static


def render_diff_string(diff: AuditDiff | Mapping[str, Any]) -> str:
    """The diff report as one self-contained HTML string."""
    data = diff.to_dict() if isinstance(diff, AuditDiff) else dict(diff)
    findings = data["findings"]
    return (
        _environment()
        .get_template("diff.html")
        .render(
            d=data,
            new_findings=[f for f in findings if f["change"] == "new"],
            fixed_findings=[f for f in findings if f["change"] == "fixed"],
            css=_static("report.css"),
            words=value_words,
        )
    )


def render_diff_html(diff: AuditDiff | Mapping[str, Any], path: str | Path) -> Path:
    """Write the diff report to ``path`` and return it."""
    return write_text_atomic(path, render_diff_string(diff))


def write_diff(diff: AuditDiff, folder: str | Path) -> list[Path]:
    """diff.json and diff.html in ``folder`` (made if missing); ``OSError`` as writing does."""
    data = diff.to_dict()
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    json_path = write_text_atomic(
        target / "diff.json", json.dumps(data, ensure_ascii=False, indent=1)
    )
    return [json_path, render_diff_html(data, target / "diff.html")]
