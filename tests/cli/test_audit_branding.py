"""``touchpoint audit`` names the consultant and the client on the report it writes, as
``touchpoint report`` does: no second command to make the deliverable."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from tests.conftest import run_touchpoint

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def test_audit_takes_the_client_the_consultant_and_the_logo(serve_site, tmp_path: Path) -> None:
    site = serve_site("crawl/shop")
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    result = run_touchpoint(
        "audit", site.url("/"), "--db", str(tmp_path / "tp.db"), "-o", str(tmp_path / "out"),
        "--fast", "--client", "Acme <Ltd>", "--consultant", "Northwind", "--logo", str(logo),
    )  # fmt: skip
    assert result.returncode in (0, 1), result.stderr
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one("header.cover h1").get_text() == "Acme <Ltd>"
    assert "Acme <Ltd>" not in html  # escaped, as everything a user or a site wrote
    assert "Northwind" in soup.select_one("header.cover").get_text()
    assert soup.select_one("header.cover img.logo")["src"].startswith("data:image/png;base64,")
