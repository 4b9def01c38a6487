"""The golden demo audit (``demo-audit.json``): what the product writes for the demo site.

The report and diff tests read it, so it must be a real audit.json: it validates against
the schema and loads as an ``AuditResult``; and it must be today's, so one test audits
the demo again and compares (``make_golden.py`` says how to regenerate it).
"""

from __future__ import annotations

import difflib
import itertools
import json
from pathlib import Path

import jsonschema
import pytest

from core.model import AuditResult, finding_id
from tests.golden.make_golden import FIXED_TIME, GOLDEN, HOST, ORIGIN, make_golden

SCHEMA = json.loads(
    (Path(__file__).parents[2] / "core/schema/audit.schema.json").read_text(encoding="utf-8")
)


def test_golden_validates_against_the_schema() -> None:
    jsonschema.validate(json.loads(GOLDEN.read_text(encoding="utf-8")), SCHEMA)


def test_golden_loads_as_an_audit_result() -> None:
    result = AuditResult.load(GOLDEN)
    assert result.site == HOST and result.crawl.start_url == ORIGIN + "/"
    assert result.generated_at == FIXED_TIME
    assert result.pages and result.findings and result.checks and result.links
    assert all(p.url.startswith(ORIGIN + "/") for p in result.pages)
    assert all(f.id == finding_id(f.check, f.url, f.element) for f in result.findings)
    assert result.to_dict() == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_golden_is_what_the_product_writes_today(tmp_path: Path) -> None:
    """Audits the demo again (a few seconds). If this fails after an intended change of
    the product, run ``.venv/bin/python tests/golden/make_golden.py`` and commit the file."""
    fresh = make_golden(tmp_path / "demo-audit.json").read_text(encoding="utf-8")
    checked_in = GOLDEN.read_text(encoding="utf-8")
    if fresh != checked_in:
        diff = difflib.unified_diff(
            checked_in.splitlines(), fresh.splitlines(), "checked in", "today", lineterm=""
        )
        shown = "\n".join(itertools.islice(diff, 60))
        pytest.fail(f"tests/golden/demo-audit.json is stale: run make_golden.py\n{shown}")
