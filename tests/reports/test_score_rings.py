"""The category score rings sit in rows of equal length: six are 3 + 3, never 5 + 1 with
one ring alone on a line under the others (issue 14)."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from reports.html import render_html_string
from tests.reports.samples import golden_data


@pytest.mark.parametrize(("scored", "columns"), [(6, "3"), (5, "3"), (4, "4"), (3, "3")])
def test_rings_are_laid_out_in_even_rows(scored: int, columns: str) -> None:
    data = golden_data()
    categories = data["scores"]["categories"]  # name -> score, None when not scored
    for index, name in enumerate(categories):
        categories[name] = 80 if index < scored else None
    soup = BeautifulSoup(render_html_string(data), "html.parser")
    rings = soup.select_one("div.rings")
    assert len(rings.select("figure.ring")) == scored
    assert rings["style"] == f"--ring-columns: {columns}"
