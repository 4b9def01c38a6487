"""Issue 14, item 1: the PDF a consultant sends carries every check's advice.

The demo report is printed to PDF by real Chromium (``page.pdf``, the engine of
``--print-to-pdf`` and of the print dialog) and the PDF's own text is read back: every
"Why it matters and how to fix it" block must be in it, with scripts on and off.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reports.view import _doc
from tests.reports.pdf_text import pdf_text
from tests.reports.samples import hostile_data

pytestmark = pytest.mark.browser


def _advice() -> list[str]:
    """The first words of each found check's "Why it matters" and "How to fix" paragraphs."""
    data = hostile_data()
    found = {f["code"] for f in data["findings"]}
    return [
        " ".join(part["text"].split())[:60]
        for check in data["checks"]
        if check["code"] in found
        for part in _doc(check["doc"])
        if part["label"] in ("Why it matters", "How to fix")
    ]


@pytest.mark.parametrize("scripts", [True, False], ids=["scripts-on", "scripts-off"])
def test_pdf_holds_every_advice(report_file: Path, chromium: Any, scripts: bool) -> None:
    context = chromium.new_context(java_script_enabled=scripts)
    page = context.new_page()
    page.goto(report_file.as_uri())
    text = " ".join(pdf_text(page.pdf(format="A4")).split())
    context.close()
    assert "Customer journey audit" in text  # the reader works: the cover is there
    advice = _advice()
    assert len(advice) >= 10
    missing = [a for a in advice if a.replace("`", "") not in text]
    assert missing == []
