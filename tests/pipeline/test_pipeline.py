"""The library a Python user calls: the whole run in one call, or each step alone.

``audit_site`` crawls, classifies, audits, writes the outputs, keeps the audit and judges
it, and prints nothing; the same steps are what ``touchpoint audit`` calls.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from rules import load_pack
from store import Store
from tests.conftest import run_touchpoint, touchpoint_env
from touchpoint.pipeline import PipelineError, audit_crawl, classify

# Scrapy runs one crawl per process (its reactor cannot restart), so the whole run is
# driven the way a user's script would be: in a Python process of its own.
SCRIPT = """
import json, sys
from pathlib import Path
from crawler.options import CrawlOptions
from regression.step import GatePlan
from touchpoint.pipeline import audit_site

site, db, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
steps = []
run = audit_site(CrawlOptions(start_url=site + "/", fast=True), db=db, output=out,
                 on_step=steps.append)
again = audit_site(crawl_id=1, db=db, output=out / "again", baseline="previous",
                   gate=GatePlan(modes=["new-errors"]))
print(json.dumps({
    "status": run.crawl.status, "written": sorted(p.name for p in run.written),
    "scores": run.result.scores, "steps": steps, "audit_id": run.verdict.kept.audit_id,
    "passed": run.verdict.judgement.passed, "again_crawl": again.crawl,
    "again_diff_empty": again.verdict.kept.diff.empty,
    "again_files": [p.name for p in again.verdict.diff_files],
    "again_gate": again.verdict.judgement.verdict.passed,
}))
"""


def test_audit_site_runs_every_step_and_returns_data(
    serve_site: Callable[..., Any], tmp_path: Path
) -> None:
    site = serve_site("audit/journey")
    db, out = str(tmp_path / "t.db"), tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(site), db, str(out)],
        cwd=tmp_path, env=touchpoint_env(), capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    *printed, last = done.stdout.splitlines()
    assert printed == []  # the library prints nothing of its own
    facts = json.loads(last)
    assert facts["status"] == "finished"
    assert facts["written"] == ["audit.json", "findings.csv", "links.csv", "pages.csv",
                                "report.html"]  # fmt: skip
    saved = json.loads((out / "audit.json").read_text(encoding="utf-8"))
    assert saved["scores"] == facts["scores"]
    assert facts["steps"] == ["Classifying the pages of crawl 1...", "Auditing crawl 1..."]
    assert facts["audit_id"] == 1 and facts["passed"] is True
    # The stored crawl again, against the first audit: an empty diff, the gate judged.
    assert facts["again_crawl"] is None and facts["again_diff_empty"] is True
    assert facts["again_files"] == ["diff.json", "diff.html"]
    assert facts["again_gate"] is True
    # only the report of the audit with a baseline says what changed since, on its first page
    assert "Since the last audit" in (out / "again" / "report.html").read_text(encoding="utf-8")
    assert "Since the last audit" not in (out / "report.html").read_text(encoding="utf-8")


def test_each_step_alone(serve_site: Callable[..., Any], tmp_path: Path) -> None:
    site = serve_site("audit/journey")
    db = str(tmp_path / "t.db")
    assert (
        run_touchpoint("audit", f"{site}/", "--db", db, "-o", str(tmp_path / "o")).returncode == 0
    )
    pack = load_pack()
    with Store.open(db) as store:
        assert classify(store, 1, pack) is None  # this pack's verdicts are reused
    result = audit_crawl(db, 1, pack=pack)
    assert result.crawl.id == 1 and result.pages


def test_a_missing_crawl_is_one_line(tmp_path: Path) -> None:
    db = str(tmp_path / "empty.db")
    with Store.open(db):
        pass
    with pytest.raises(PipelineError, match=r"^no crawl 4 in .*empty\.db$"):
        audit_crawl(db, 4)
