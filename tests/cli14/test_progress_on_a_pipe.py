"""On a pipe (CI, ``| tee``) the default progress is a plain line to stderr during the
crawl, not only the summary at its end.

``TOUCHPOINT_PROGRESS_EVERY`` shortens the interval (10 s by default) so a slow local
site crawled one page at a time shows it within a short crawl.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.conftest import start_touchpoint

DONE = re.compile(r"^touchpoint: (\d+) URLs done")


def test_a_plain_progress_line_appears_before_the_crawl_ends(
    serve_site: Any, tmp_path: Path
) -> None:
    site = serve_site("regress/v1", routes={"*": {"delay": 0.3}})
    process = start_touchpoint(
        "crawl", site + "/", "--db", str(tmp_path / "t.db"), "--concurrency", "1",
        "--delay", "0", cwd=tmp_path, TOUCHPOINT_PROGRESS="auto",
        TOUCHPOINT_PROGRESS_EVERY="0.5",
    )  # fmt: skip
    try:
        out, err = process.communicate(timeout=120)
    finally:
        process.kill()
    assert process.returncode == 0, out + err
    done = [int(m.group(1)) for line in err.splitlines() if (m := DONE.match(line))]
    total = int(re.search(r"^URLs\s+(\d+)", out, re.M).group(1))  # type: ignore[union-attr]
    assert done, err  # printed while crawling ...
    assert done[0] < total, (done, total)  # ... long before the last URL was done


def test_a_bad_interval_is_one_line(serve_site: Any, tmp_path: Path) -> None:
    site = serve_site("regress/v1")
    process = start_touchpoint(
        "crawl", site + "/", "--db", str(tmp_path / "t.db"), cwd=tmp_path,
        TOUCHPOINT_PROGRESS="auto", TOUCHPOINT_PROGRESS_EVERY="soon",
    )  # fmt: skip
    out, err = process.communicate(timeout=120)
    assert process.returncode == 2, out + err
    assert err.strip().splitlines() == [
        "Error: TOUCHPOINT_PROGRESS_EVERY='soon' is not a number of seconds (e.g. 10)"
    ]
