"""Issue 14, item 3: the crawl details read as a person writes them, not as Python prints."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from reports import render_html
from reports.view import duration_words, readable, readable_time
from tests.reports.samples import golden_data


@pytest.mark.parametrize(
    ("key", "value", "text"),
    [
        ("fast", True, "yes"), ("ignore_robots", False, "no"), ("max_pages", None, "–"),
        ("include", [], "–"), ("session_ids", {}, "–"), ("exclude", ["/a", "/b"], "/a, /b"),
        ("delay", 0.25, "0.25 seconds"), ("max_rate_limit_wait", 120.0, "2 minutes"),
        ("max_time", 3900, "1 hour 5 minutes"), ("responses", 12345, "12,345"),
        ("render", "off", "off"), ("traps", [{"host": "x", "urls": 3}], "host: x; urls: 3"),
    ],
)  # fmt: skip
def test_readable(key: str, value: object, text: str) -> None:
    assert readable(key, value) == text


def test_readable_time_and_duration() -> None:
    assert readable_time("2026-12-03T15:05:00+01:00") == "3 Dec 2026, 14:05 UTC"
    assert readable_time(None) == "–"
    assert duration_words(1) == "1 second"
    assert duration_words(61) == "1 minute"


def test_crawl_section_has_no_python_values(tmp_path: Path) -> None:
    data = golden_data()
    data["crawl"]["finished_at"] = "2026-01-01T00:03:10+00:00"
    html = render_html(data, tmp_path / "report.html").read_text(encoding="utf-8")
    section = BeautifulSoup(html, "html.parser").select_one("#crawl")
    values = [dd.get_text() for dd in section.select("dd")]
    for python in ("None", "False", "True", "[]", "{}"):
        assert python not in values
    assert not any("T00:" in v for v in values)  # no raw ISO timestamp
    facts = dict(zip([dt.get_text() for dt in section.select("dt")], values, strict=True))
    assert facts["Started"] == "1 Jan 2026, 00:00 UTC"
    assert facts["Finished"] == "1 Jan 2026, 00:03 UTC (took 3 minutes)"
    assert facts["ignore robots"] == "no" and facts["fast"] == "yes"
    assert facts["max pages"] == "–" and facts["delay"] == "0.25 seconds"
