"""Regenerate ``tests/golden/demo-audit.json``: the bundled demo site audited by the product.

    .venv/bin/python tests/golden/make_golden.py          # rewrite the checked-in file
    .venv/bin/python tests/golden/make_golden.py OUT.json # write it elsewhere

It serves the demo site (``touchpoint.demo.serve_demo``, the server ``touchpoint demo``
uses) on a free 127.0.0.1 port and runs the real CLI on it in a subprocess::

    touchpoint audit http://127.0.0.1:PORT/ -o TMP --db TMP/touchpoint.db --fast

then makes the audit.json it wrote stable, so that running this script twice on
unchanged code gives the same bytes (``tests/golden/test_golden.py`` checks that the
checked-in file is what the product writes today). What is rewritten, and nothing else:

- the origin ``http://127.0.0.1:PORT`` (the port changes every run) becomes
  ``http://demo.touchpoint.test`` wherever it appears in a string, and a bare
  ``127.0.0.1:PORT`` becomes ``demo.touchpoint.test``; ``site`` (the start URL's host)
  becomes ``demo.touchpoint.test``. The script fails if the port or 127.0.0.1 is still
  anywhere in the file afterwards;
- each finding's ``id`` is computed again from its rewritten URL with
  ``core.model.finding_id``, as the product computes it (it hashes the URL);
- the timestamps ``generated_at``, ``crawl.started_at`` and ``crawl.finished_at`` become
  ``FIXED_TIME``; ``tool_version`` becomes ``FIXED_VERSION``, so a release does not make
  the file stale by itself; the rule pack's fingerprint becomes ``golden``, so a rule
  edit that changes no verdict of the demo does not either.

The file is written as indented JSON (the product writes one line) so that a change of
the product shows as a readable diff; the data is the same, and ``AuditResult.load``
reads both. When the product's output changes on purpose, run this script and commit
the new file with the change.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script: the repo's packages and tests importable
    sys.path.insert(0, str(ROOT))

from core.model import finding_id  # noqa: E402
from tests.conftest import run_touchpoint  # noqa: E402
from touchpoint.demo import serve_demo  # noqa: E402

GOLDEN = Path(__file__).resolve().parent / "demo-audit.json"
HOST = "demo.touchpoint.test"
ORIGIN = f"http://{HOST}"
FIXED_TIME = "2026-01-01T00:00:00+00:00"
FIXED_VERSION = "0.0.0+golden"


def audit_demo(folder: Path) -> tuple[Path, str]:
    """Serve the demo and run ``touchpoint audit`` on it into ``folder``.

    Returns the audit.json written and the base URL the demo was served at. The folder
    then holds everything the command wrote (report.html, the CSVs, the store)."""
    folder.mkdir(parents=True, exist_ok=True)
    with serve_demo() as server:
        result = run_touchpoint(
            "audit", server.url("/"), "-o", str(folder),
            "--db", str(folder / "touchpoint.db"), "--fast",
        )  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(f"touchpoint audit failed ({result.returncode}):\n{result.stderr}")
    return folder / "audit.json", server.base_url


def _rewrite(value: Any, swap: Any) -> Any:
    """``value`` with ``swap`` applied to every string in it, dict keys included."""
    if isinstance(value, str):
        return swap(value)
    if isinstance(value, list):
        return [_rewrite(item, swap) for item in value]
    if isinstance(value, dict):
        return {swap(k): _rewrite(v, swap) for k, v in value.items()}
    return value


def stabilise(data: dict[str, Any], base_url: str) -> dict[str, Any]:
    """The audit.json dict with the demo's origin, timestamps and version fixed (see above)."""
    host_port = base_url.removeprefix("http://")

    def swap(text: str) -> str:
        return text.replace(base_url, ORIGIN).replace(host_port, HOST)

    data = _rewrite(data, swap)
    data["site"] = HOST
    data["generated_at"] = FIXED_TIME
    data["tool_version"] = FIXED_VERSION
    data["crawl"]["started_at"] = data["crawl"]["finished_at"] = FIXED_TIME
    data["model"]["pack"]["fingerprint"] = "golden"  # changes with every rule edit
    for finding in data["findings"]:
        finding["id"] = finding_id(finding["check"], finding["url"], finding["element"])
    return data


def golden_text(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def make_golden(target: Path = GOLDEN) -> Path:
    """Audit the demo and write the stable audit.json to ``target``."""
    with tempfile.TemporaryDirectory(prefix="touchpoint-golden-") as tmp:
        written, base_url = audit_demo(Path(tmp) / "audit")
        data = stabilise(json.loads(written.read_text(encoding="utf-8")), base_url)
    text = golden_text(data)
    port = base_url.rsplit(":", 1)[1]
    leftover = re.search(rf"127\.0\.0\.1|\b{port}\b", text)
    if leftover:  # the product wrote the origin somewhere this script does not rewrite
        context = text[max(0, leftover.start() - 80) : leftover.end() + 80]
        raise RuntimeError(f"the demo's address is still in the audit: ...{context}...")
    target.write_text(text, encoding="utf-8")
    return target


if __name__ == "__main__":
    print(f"Wrote {make_golden(Path(sys.argv[1]) if len(sys.argv) > 1 else GOLDEN)}")
