"""Fixtures: the demo report with hostile text planted, and real headless Chromium.

The browser is module-scoped, not session-scoped like ``tests/reports``' own: Playwright's
sync API allows one running instance per thread, so each module closes its browser before
the next folder's tests start theirs. In the suite's own order this folder runs before
``tests/reports``; run after it in one process (``pytest tests/reports tests/report14``),
whose browser then stays open, these tests are skipped, saying why.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reports import render_html
from tests.reports.conftest import CHROMIUM_ARGS
from tests.reports.samples import hostile_data


@pytest.fixture(scope="session")
def report_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo report with hostile text planted, rendered once."""
    return render_html(hostile_data(), tmp_path_factory.mktemp("report14") / "report.html")


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("needs /usr/bin/chromium")
    if _loop_running():
        pytest.skip("another Playwright session is open in this process (tests/reports')")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


def _loop_running() -> bool:
    try:
        return asyncio.get_running_loop().is_running()
    except RuntimeError:
        return False
