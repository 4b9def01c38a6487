"""``--screenshots`` thumbnails in audit.json: which pages get one, the cap, missing files.

The end-to-end test renders tests/sites/audit/journey with a real Chromium, then audits
the stored crawl with ``touchpoint audit --crawl ID``: the homepage, the conversion
pages and the broken page get a thumbnail, ordinary pages do not (though their files
exist). The others build the crawl by hand and write the image files themselves.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from audit_builders import SiteBuilder, url

from audit.runner import run_audit
from core.model import MAX_SCREENSHOTS, AuditResult, is_broken
from core.screenshots import screenshot_path
from crawler.render import default_screenshots_dir
from tests.conftest import crawl_site, run_touchpoint

ROOT = Path(__file__).parents[2]
SCHEMA = json.loads((ROOT / "core/schema/audit.schema.json").read_text(encoding="utf-8"))
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 60  # what the checks read: the JPEG magic
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 60
# The shop's own checkout is its main goal, so its only conversion page
# (tests/sites/audit/journey/README.md; the signup and the cart serve other goals).
CONVERSIONS = ("/checkout/",)
ORDINARY = ("/blog/", "/about/", "/pricing/", "/privacy/", "/shop/", "/landing/")


def shoot(site: SiteBuilder, folder: Path, path: str, data: bytes = JPEG) -> Path:
    """Write the thumbnail file the crawler would have written for ``path``."""
    assert site.crawl.id is not None
    target = screenshot_path(folder, site.crawl.id, url(path))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return target


def decoded(uri: str) -> bytes:
    head, _, body = uri.partition(",")
    assert head in ("data:image/jpeg;base64", "data:image/png;base64"), head
    return base64.b64decode(body, validate=True)


@pytest.fixture
def shots(site: SiteBuilder, tmp_path: Path) -> Path:
    folder = tmp_path / "site.db-screenshots"
    site.crawl.settings = {"render": "on", "screenshots": True, "screenshots_dir": str(folder)}
    return folder


def test_no_screenshots_without_a_screenshots_dir(site: SiteBuilder) -> None:
    result = site.audit()
    assert result.screenshots == {}
    assert AuditResult.from_dict({**result.to_dict(), "screenshots": {}}).screenshots == {}


def test_home_conversions_and_error_pages_only(site: SiteBuilder, shots: Path) -> None:
    site.page("/gone/", "none", "none", status=404, parsed=False).link("/blog/", "/gone/")
    for path in ("/", "/blog/", "/blog/post/", "/pricing/", "/signup/", "/privacy/", "/gone/"):
        shoot(site, shots, path)
    shoot(site, shots, "/signup/", PNG)
    result = site.audit()
    assert set(result.screenshots) == {url("/"), url("/signup/"), url("/gone/")}
    assert decoded(result.screenshots[url("/")]) == JPEG
    assert result.screenshots[url("/signup/")].startswith("data:image/png;base64,")
    # the error finding that makes /gone/ worth a picture
    assert any(f.url == url("/gone/") and f.severity == "error" for f in result.findings)


def test_missing_foreign_or_huge_files_are_skipped(site: SiteBuilder, shots: Path) -> None:
    shoot(site, shots, "/", b"<script>alert(1)</script>")  # not an image
    huge = shoot(site, shots, "/signup/", JPEG)
    huge.write_bytes(JPEG + b"\x00" * 300_000)
    assert site.audit().screenshots == {}  # and no error: a page may not have rendered


def test_a_page_reached_by_redirect_uses_the_shot_of_the_url_sent(
    site: SiteBuilder, shots: Path
) -> None:
    site.redirect("/join/", "/signup/").link("/", "/join/")
    shoot(site, shots, "/join/")  # the browser followed /join/ and was shot under it
    assert list(site.audit().screenshots) == [url("/signup/")]


def test_capped_home_and_conversions_first(site: SiteBuilder, shots: Path) -> None:
    for i in range(MAX_SCREENSHOTS + 20):
        site.page(f"/broken-{i:03d}/", "none", "none", status=500, parsed=False)
        shoot(site, shots, f"/broken-{i:03d}/")
    shoot(site, shots, "/")
    shoot(site, shots, "/signup/")
    result = site.audit()
    assert len(result.screenshots) == MAX_SCREENSHOTS
    assert list(result.screenshots)[:2] == [url("/"), url("/signup/")]


def test_round_trip_and_schema(site: SiteBuilder, shots: Path, tmp_path: Path) -> None:
    shoot(site, shots, "/")
    result = site.audit()
    saved = result.save(tmp_path / "audit.json")
    data = json.loads(saved.read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)
    assert AuditResult.load(saved).screenshots == result.screenshots == data["screenshots"]
    # audit.json written before thumbnails existed still loads and validates
    old = {k: v for k, v in data.items() if k != "screenshots"}
    jsonschema.validate(old, SCHEMA)
    assert AuditResult.from_dict(old).screenshots == {}
    hostile = {**data, "screenshots": {url("/"): "javascript:alert(1)"}}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(hostile, SCHEMA)


def test_runner_reads_the_crawls_folder_only(site: SiteBuilder, shots: Path) -> None:
    shoot(site, shots, "/")
    data = site.build()
    data.crawl.settings = {"render": "on"}  # --render without --screenshots
    assert run_audit(data).screenshots == {}


@pytest.mark.browser
def test_rendered_crawl_audit_json_holds_the_thumbnails(serve_site: Any, tmp_path: Path) -> None:
    base = serve_site("audit/journey")
    db = tmp_path / "site.db"
    crawl_site(base, db, "--render", "on", "--screenshots")
    out = tmp_path / "out"
    run = run_touchpoint("audit", "--crawl", "1", "--db", str(db), "-o", str(out), timeout=180)
    assert run.returncode == 0, run.stderr
    data = json.loads((out / "audit.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)
    shots = data["screenshots"]
    conversions = {p["url"] for p in data["pages"] if p["is_conversion"]}
    assert conversions == {base + path for path in CONVERSIONS}
    assert base + "/" in shots
    for page in (base + "/", *conversions):
        image = decoded(shots[page])
        assert image[:3] == b"\xff\xd8\xff" and len(image) < 30_000, page
    folder = default_screenshots_dir(str(db))
    for path in ORDINARY:
        assert screenshot_path(folder, 1, base + path).exists(), path  # rendered and shot...
        assert base + path not in shots, path  # ...but not worth a place in audit.json
    assert base + "/team/" not in shots and base + "/old-team/" not in shots  # a redirect
    # everything kept is the homepage, a conversion, or a page with an error or a bad status
    errors = {f["url"] for f in data["findings"] if f["severity"] == "error"}
    broken = {p["url"] for p in data["pages"] if is_broken(p["status"], p["error"])}
    assert set(shots) <= {base + "/"} | conversions | errors | broken
    # the report written next to it embeds each picture once, however often it is shown
    html = (out / "report.html").read_text(encoding="utf-8")
    assert all(html.count(uri) == 1 for uri in shots.values())
