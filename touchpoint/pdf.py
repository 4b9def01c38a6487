"""The report as the PDF a consultant sends: Chromium's own print-to-PDF of report.html.

The report's print stylesheet does the layout (A4, advice expanded, sections on their own
pages, the branding in the page margins); this module only drives the browser that the
rendering mode already finds (``crawler.browser.find_browser``), so nobody has to know
the print dialog's settings. It lives above ``reports`` because finding and launching a
browser belongs to the crawler layer, which ``reports`` may not import.
"""

from __future__ import annotations

from pathlib import Path

from core.files import atomic_path
from crawler.browser import BrowserNotFound, find_browser, launch_options
from crawler.options import OptionsError

# Long enough for a 10,000-page report's script to draw its tables and graph.
LOAD_TIMEOUT_MS = 120_000
NO_BROWSER = (
    "--pdf needs Chromium and none was found: install it (Debian/Ubuntu: apt-get install "
    "chromium; anywhere: python -m playwright install chromium) or set TOUCHPOINT_BROWSER "
    "to its executable"
)


class PdfError(OptionsError):
    """The PDF could not be printed; the message is one line."""


def pdf_browser() -> str | None:
    """The Chromium to print with (None: Playwright's own download); ``BrowserNotFound``
    with how to install one when there is none. Cheap enough to ask before a crawl."""
    try:
        return find_browser()
    except BrowserNotFound:
        raise BrowserNotFound(NO_BROWSER) from None


def print_pdf(report_html: Path, pdf_path: Path) -> Path:
    """Print ``report_html`` to ``pdf_path`` (A4, backgrounds on, the report's own @page
    sizes and margins) in headless Chromium and return ``pdf_path``.

    Raises ``BrowserNotFound`` (saying how to install one) when there is no Chromium, and
    ``PdfError`` when the browser fails; the PDF is written whole or not at all.
    """
    executable = pdf_browser()
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(**launch_options(executable))  # type: ignore[arg-type]
            try:
                page = browser.new_page()
                page.goto(report_html.resolve().as_uri(), timeout=LOAD_TIMEOUT_MS)
                page.wait_for_load_state("load")
                with atomic_path(pdf_path) as temp:
                    page.pdf(path=temp, format="A4", print_background=True,
                             prefer_css_page_size=True)  # fmt: skip
            finally:
                browser.close()
    except PlaywrightError as exc:
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise PdfError(f"Chromium could not print {report_html} to PDF: {first_line}") from None
    return pdf_path
