"""A client's rule pack reaches every check: TP501 reads the hosted tool the rules found.

The default pack does not know the booking tool ``bookings.beanbook.example``, so a
"Book now" button there sends the booking step off the site (a TP501 leak). A
client pack that names the tool as the site's booking provider makes the same button
the conversion hand-off, which is not a leak: the check follows the pack in use, not the
default one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.conftest import run_touchpoint

CLIENT_PACK = """\
name: acme
providers:
  beanbook: {hosts: [bookings.beanbook.example], action: book_call}
"""


def _off_site(out: Path) -> list[str]:
    data = json.loads((out / "audit.json").read_text(encoding="utf-8"))
    return [f["url"] for f in data["findings"] if f["check"] == "off-site-cta"]


def test_tp501_follows_the_pack_in_use(serve_site: Callable[..., Any], tmp_path: Path) -> None:
    site = serve_site("audit/clientpack")
    db = str(tmp_path / "t.db")
    default = run_touchpoint("audit", str(site), "-o", str(tmp_path / "default"), "--db", db)
    assert default.returncode == 0, default.stderr
    assert _off_site(tmp_path / "default") == [f"{site}/tasting/"]

    pack = tmp_path / "acme.yaml"
    pack.write_text(CLIENT_PACK, encoding="utf-8")
    client = run_touchpoint(
        "audit", "--crawl", "1", "--db", db, "-o", str(tmp_path / "client"), "--rules", str(pack)
    )
    assert client.returncode == 0, client.stderr
    assert _off_site(tmp_path / "client") == []
    data = json.loads((tmp_path / "client" / "audit.json").read_text(encoding="utf-8"))
    tasting = next(p for p in data["pages"] if p["url"] == f"{site}/tasting/")
    assert tasting["is_conversion"] is True  # the hand-off to the client's tool converts
