"""Report fixtures: the golden demo audit with hostile text planted (``samples.py``), its
rendered report, and a real headless Chromium.

The browser is Debian's /usr/bin/chromium driven by Playwright; every page opened
through ``open_report`` records console messages and network requests and fails
the test on any JavaScript dialog (an ``alert`` means hostile text was executed).
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from core.model import AuditResult
from reports import Branding, render_html
from tests.reports.samples import hostile_data, small_audit

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip
# A 1x1 PNG, the consultant's "logo".
LOGO_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


@pytest.fixture
def audit_result() -> AuditResult:
    return small_audit()


@pytest.fixture
def audit_data(audit_result: AuditResult) -> dict[str, Any]:
    """The audit.json dict of ``audit_result``."""
    return audit_result.to_dict()


@pytest.fixture(scope="session")
def logo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("brand") / "northwind.png"
    path.write_bytes(LOGO_PNG)
    return path


@pytest.fixture(scope="session")
def branding(logo_file: Path) -> Branding:
    return Branding(consultant="Northwind Consulting", client="Acme Coffee Ltd", logo=logo_file)


@pytest.fixture(scope="session")
def report_file(tmp_path_factory: pytest.TempPathFactory, branding: Branding) -> Path:
    """The report of the demo audit with hostile text planted, rendered once per session."""
    path = tmp_path_factory.mktemp("report") / "report.html"
    return render_html(hostile_data(), path, branding)


@dataclass
class OpenedReport:
    page: Any
    console: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("needs /usr/bin/chromium")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def open_report(chromium: Any) -> Iterator[Callable[[Path], OpenedReport]]:
    """Open a report file; record every console message, request and dialog."""
    contexts = []

    def opener(path: Path) -> OpenedReport:
        context = chromium.new_context(viewport={"width": 1280, "height": 900})
        contexts.append(context)
        page = context.new_page()
        opened = OpenedReport(page)
        page.on("console", lambda m: opened.console.append(f"{m.type}: {m.text}"))
        page.on("pageerror", lambda e: opened.console.append(f"pageerror: {e}"))
        page.on("dialog", lambda d: (opened.dialogs.append(d.message), d.dismiss()))

        def record(route: Any) -> None:
            opened.requests.append(route.request.url)
            if route.request.url == path.as_uri():
                route.continue_()
            else:
                route.abort()

        page.route("**/*", record)
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        return opened

    yield opener
    for context in contexts:
        context.close()
