"""The diff in words: ``1 click``, ``unreachable``, never ``none -> none clicks``.

Two audit.json files made from the golden demo audit, compared by the real CLI.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

from tests.conftest import run_touchpoint

GOLDEN = Path(__file__).parents[1] / "golden" / "demo-audit.json"


def write(path: Path, data: dict[str, Any]) -> str:
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_clicks_and_unreachable_paths_read_as_words(tmp_path: Path) -> None:
    base = json.loads(GOLDEN.read_text(encoding="utf-8"))
    new = copy.deepcopy(base)
    new["paths"][0]["clicks"] = 1  # home -> checkout: 5 clicks -> 1 click
    new["paths"][2]["clicks"] = None  # an entry path broken
    del base["paths"][3]  # a new entry path that reaches nothing: none -> none before
    about = next(p for p in new["pages"] if p["url"].endswith("/about/"))
    about["depth"] = None  # no longer linked
    result = run_touchpoint(
        "diff", write(tmp_path / "base.json", base), write(tmp_path / "new.json", new),
        "-o", "d", cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "5 clicks -> 1 click\n" in out and "5 clicks -> unreachable" in out, out
    assert "now unreachable" in out and "depth 1 click -> unreachable" in out, out
    assert not re.search(r"\b1 clicks\b|\bnone\b|\bNone\b", out), out
    html = (tmp_path / "d" / "diff.html").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", " ", html)
    assert "unreachable" in text and "1 click " in text
    assert not re.search(r"\b1 clicks\b|\bNone\b(?!\.)|no path", text)  # "None." is a sentence
