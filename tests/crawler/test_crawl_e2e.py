"""Real crawls (``touchpoint crawl`` in a subprocess) of fixture sites on 127.0.0.1.

The ``shop`` site is crawled once for the module and each test checks one promise
of the crawler against the stored SQLite file and the server's request log.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import crawl_site, load_crawl, open_db, pages_by_path


@pytest.fixture(scope="module")
def shop(serve_site: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    # "localhost": the www twin (www.localhost) is in scope but does not resolve.
    site = serve_site("crawl/shop", host="localhost")
    db = tmp_path_factory.mktemp("shop") / "shop.db"
    result = crawl_site(site, db)
    with open_db(db) as conn:
        links = [dict(r) for r in conn.execute("SELECT * FROM links")]
        crawl = dict(conn.execute("SELECT * FROM crawls").fetchone())
    return {
        "site": site,
        "db": db,
        "result": result,
        "pages": pages_by_path(db),
        "links": links,
        "crawl": crawl,
    }


def test_summary_is_clean_and_names_the_crawl(shop: dict[str, Any]) -> None:
    result = shop["result"]
    assert re.search(r"^Crawl 1: http://localhost:\d+/$", result.stdout, re.M)
    assert "Statuses" in result.stdout and "404: 1" in result.stdout and "500: 1" in result.stdout
    # Broken links are findings, stored with the page, not tool errors on the terminal.
    assert "Traceback" not in result.stderr
    assert " ERROR: " not in result.stderr
    assert "LIMIT HIT" not in result.stdout
    assert shop["crawl"]["status"] == "finished" and shop["crawl"]["finished_at"]


def test_redirect_chain_is_recorded_hop_by_hop(shop: dict[str, Any]) -> None:
    site, pages = shop["site"], shop["pages"]
    hop = pages["/old-pricing"]
    assert hop["status"] == 301
    assert hop["final_url"] == site.url("/pricing")
    assert hop["parsed"] == 0
    assert hop["redirect_chain"] == [
        {"url": site.url("/old-pricing"), "status": 301},
        {"url": site.url("/pricing-2019"), "status": 302},
        {"url": site.url("/pricing"), "status": 200},
    ]
    target = pages["/pricing"]
    assert (target["status"], target["parsed"], target["redirect_chain"]) == (200, 1, None)
    assert "/pricing-2019" not in pages  # a hop inside a chain is not a page of its own
    with open_db(shop["db"]) as conn:
        rows = conn.execute("SELECT count(*) FROM pages WHERE url = ?", (site.url("/pricing"),))
        assert rows.fetchone()[0] == 1  # reached by redirect, link and sitemap: one page


def test_error_statuses_are_recorded(shop: dict[str, Any]) -> None:
    pages = shop["pages"]
    assert (pages["/missing"]["status"], pages["/missing"]["parsed"]) == (404, 0)
    assert (pages["/broken"]["status"], pages["/broken"]["parsed"]) == (500, 0)
    # retried six times, each later than the last (RETRY_TIMES), before giving up
    assert shop["site"].hits("/broken") == 7
    assert shop["site"].hits("/missing") == 1  # a 404 is not retried


def test_dns_and_connection_errors_on_link_targets(shop: dict[str, Any]) -> None:
    site, pages = shop["site"], shop["pages"]
    twin = pages[f"http://www.localhost:{site.port}/twin"]
    assert twin["status"] is None and "DNS" in twin["error"]
    closed = pages["http://localhost:1/closed"]
    assert closed["status"] is None and "refused" in closed["error"].lower()


def test_www_twin_is_in_scope(shop: dict[str, Any]) -> None:
    twin_url = f"http://www.localhost:{shop['site'].port}/twin"
    link = next(link for link in shop["links"] if link["target_url"] == twin_url)
    assert link["internal"] == 1
    assert twin_url in shop["pages"]  # fetched (and failed), as an internal target must be


def test_robots_txt_is_obeyed(shop: dict[str, Any]) -> None:
    blocked = shop["pages"]["/private/secret"]
    assert blocked["status"] is None
    assert blocked["error"] == "robots.txt disallows this URL"
    assert shop["site"].hits("/private/secret") == 0


def test_sitemap_index_with_gzipped_child_marks_in_sitemap(shop: dict[str, Any]) -> None:
    site, pages = shop["site"], shop["pages"]
    assert site.hits("/sitemap_index.xml") == 1
    assert site.hits("/sitemap-pages.xml") == 1
    assert site.hits("/sitemap-more.xml.gz") == 1
    listed = {path for path, page in pages.items() if page["in_sitemap"]}
    assert listed == {"/", "/about", "/products/", "/pricing", "/blog/post-1", "/orphan"}
    with open_db(shop["db"]) as conn:
        count = conn.execute("SELECT count(*) FROM sitemap_urls").fetchone()[0]
    assert count == 6


def test_sitemap_only_page_is_crawled_and_unreachable_by_links(shop: dict[str, Any]) -> None:
    orphan = shop["pages"]["/orphan"]
    assert (orphan["status"], orphan["parsed"], orphan["in_sitemap"]) == (200, 1, 1)
    assert orphan["depth"] is None  # no click path from the start page: an orphan
    assert orphan["title"] == "Spring sale"
    assert not any(link["target_url"].endswith("/orphan") for link in shop["links"])


def test_non_html_targets_are_recorded_not_parsed(shop: dict[str, Any]) -> None:
    pages = shop["pages"]
    pdf, data = pages["/files/brochure.pdf"], pages["/data.json"]
    assert (pdf["status"], pdf["content_type"], pdf["parsed"]) == (200, "application/pdf", 0)
    assert (data["status"], data["content_type"], data["parsed"]) == (200, "application/json", 0)
    assert pdf["title"] is None
    sources = {link["page_url"] for link in shop["links"]}
    assert shop["site"].url("/files/brochure.pdf") not in sources
    assert shop["site"].hits("/never-followed") == 0  # the href inside the PDF was not read


def test_malformed_and_empty_html_are_recorded_with_a_note(shop: dict[str, Any]) -> None:
    malformed = shop["pages"]["/malformed"]
    assert (malformed["status"], malformed["parsed"]) == (200, 1)
    assert malformed["title"] == "Malformed but readable"
    assert malformed["parse_note"].startswith("malformed HTML")
    targets = {
        link["target_url"] for link in shop["links"] if link["page_url"].endswith("/malformed")
    }
    assert targets == {shop["site"].url(p) for p in ("/pricing", "/blog/", "/about")}
    empty = shop["pages"]["/empty"]
    assert (empty["status"], empty["parse_note"]) == (200, "empty document")


def test_query_order_and_tracking_parameters_collapse_to_one_page(
    shop: dict[str, Any],
) -> None:
    site = shop["site"]
    searches = [path for path in shop["pages"] if path.startswith("/search")]
    assert searches == ["/search?a=1&b=2"]
    assert site.hits("/search") == 1
    home_links = [link for link in shop["links"] if link["page_url"] == site.url("/")]
    search_links = [link for link in home_links if "/search" in link["target_url"]]
    assert len(search_links) == 3  # three links kept, one canonical target
    assert {link["target_url"] for link in search_links} == {site.url("/search?a=1&b=2")}
    assert site.hits("/about") == 1  # "/about" and "/about#team" are one page


def test_out_of_scope_links_are_external_and_not_fetched(shop: dict[str, Any]) -> None:
    external = {link["target_url"] for link in shop["links"] if not link["internal"]}
    assert external == {
        "https://calendly.example/acme/intro",
        "https://external.example/partners",
        "https://www.facebook.com/acmewidgets",
        "https://www.linkedin.com/company/acme",
    }
    assert not external & set(shop["pages"])


def test_every_internal_link_target_has_a_status(shop: dict[str, Any]) -> None:
    stored = {page["url"] for page in shop["pages"].values()}
    internal_targets = {link["target_url"] for link in shop["links"] if link["internal"]}
    assert internal_targets <= stored
    for page in shop["pages"].values():
        assert page["status"] is not None or page["error"], page["url"]


def test_true_shortest_click_depth(shop: dict[str, Any]) -> None:
    site, pages = shop["site"], shop["pages"]
    # /deep-target is reached first through /chain/1 -> 2 -> 3 (4 clicks) while /slow,
    # the 2-click route, is still loading: a crawl keeping the first-found depth says 4.
    assert site.times("/deep-target")[0] < site.times("/slow")[0] + 1.5
    depths = {path: pages[path]["depth"] for path in pages if not path.startswith("http")}
    assert depths["/"] == 0
    assert depths["/deep-target"] == 2
    assert depths["/chain/3"] == 3
    assert depths["/pricing"] == 1  # a redirect costs no click
    assert depths["/blog/post-1"] == 2


def test_ctas_forms_and_contacts_are_stored(shop: dict[str, Any]) -> None:
    data = load_crawl(shop["db"])
    home = shop["site"].url("/")
    ctas = data["ctas"][data["ctas"].page_url == home]
    assert sorted(ctas.text) == ["Book a call", "Buy a widget"]
    booking = ctas[ctas.text == "Book a call"].iloc[0]
    assert not booking.internal
    contacts = data["contacts"][data["contacts"].page_url == home]
    assert sorted(contacts.kind) == ["email", "phone", "social"]
    forms = data["forms"]
    assert list(forms.page_url) == [shop["site"].url("/products/widget")]
    assert forms.iloc[0].fields[0]["label"] == "Quantity"
    widget = data["pages"][data["pages"].url == shop["site"].url("/products/widget")].iloc[0]
    assert widget.schema_types == ["Offer", "Product"]
    assert data["crawl"]["settings"]["fast"] is True
    assert len(data["pages"]) == len(shop["pages"])


# -- crawls with other options -------------------------------------------------------


def test_ignore_robots_fetches_disallowed_pages(serve_site: Any, tmp_path: Path) -> None:
    site = serve_site("crawl/shop")
    db = tmp_path / "robots.db"
    crawl_site(site, db, "--ignore-robots", "--include", r"/(private/.*)?$")
    pages = pages_by_path(db)
    assert pages["/private/secret"]["status"] == 200
    assert pages["/private/secret"]["title"] == "Secret"
    assert site.hits("/private/secret") == 1


def test_a_url_over_the_length_limit_is_recorded_not_dropped(
    serve_site: Any, tmp_path: Path
) -> None:
    site = serve_site("crawl/longurl")
    db = tmp_path / "long.db"
    crawl_site(site, db)
    pages = pages_by_path(db)
    (long_path,) = [path for path in pages if path.startswith("/search")]
    record = pages[long_path]
    assert record["status"] is None and record["parsed"] == 0
    assert record["error"] == (
        f"not fetched: URL of {len(site.url(long_path)):,} characters, over the 2,083 limit"
    )
    assert pages["/about"]["status"] == 200
    assert not any(r["path"] == "/search" for r in site.requests)  # never requested


def test_include_and_exclude_patterns(serve_site: Any, tmp_path: Path) -> None:
    site = serve_site("crawl/tree")
    db = tmp_path / "patterns.db"
    crawl_site(site, db, "--include", "/section-[ab]/", "--exclude", "item-[34]")
    pages = pages_by_path(db)
    expected = {"/"} | {
        f"/section-{s}/{rest}"
        for s in "ab"
        for rest in ("", "item-1", "item-2", "item-1/detail", "item-2/detail")
    }
    assert set(pages) == expected
    fetched = {r["path"] for r in site.requests} - {"/robots.txt", "/sitemap.xml"}
    assert fetched == expected  # nothing outside the patterns was requested
    with open_db(db) as conn:
        skipped = conn.execute(
            "SELECT internal FROM links WHERE target_url = ?", (site.url("/section-a/item-3"),)
        ).fetchall()
    assert skipped and all(row[0] == 1 for row in skipped)  # still the site's own link


def test_max_depth_probes_targets_beyond_the_limit(serve_site: Any, tmp_path: Path) -> None:
    site = serve_site("crawl/tree")
    db = tmp_path / "depth.db"
    result = crawl_site(site, db, "--max-depth", "1")
    pages = pages_by_path(db)
    parsed = {path for path, page in pages.items() if page["parsed"]}
    assert parsed == {"/", "/about", "/section-a/", "/section-b/", "/section-c/", "/hidden"}
    probed = {path for path, page in pages.items() if not page["parsed"]}
    items = {f"/section-{s}/item-{i}" for s in "abc" for i in range(1, 5)}
    assert probed == items | {"/moved-c"}
    assert all(pages[path]["status"] == 200 for path in items)
    assert not any(path.endswith("/detail") for path in pages)  # not linked from parsed pages
    assert "LIMIT HIT: --max-depth 1 left 12 URLs only checked for status" in result.stdout


def test_max_pages_probes_targets_beyond_the_limit(serve_site: Any, tmp_path: Path) -> None:
    site = serve_site("crawl/tree")
    db = tmp_path / "pages.db"
    result = crawl_site(site, db, "--max-pages", "5")
    pages = pages_by_path(db)
    parsed = [path for path, page in pages.items() if page["parsed"]]
    assert len(parsed) == 5
    assert "/" in parsed
    with open_db(db) as conn:
        targets = {
            row[0]
            for row in conn.execute("SELECT DISTINCT target_url FROM links WHERE internal = 1")
        }
    stored = {page["url"]: page for page in pages.values()}
    assert targets <= set(stored)  # every link target of a parsed page got a status
    assert {stored[t]["status"] for t in targets} <= {200, 301}
    match = re.search(r"LIMIT HIT: --max-pages 5 left (\d+) URLs only checked", result.stdout)
    assert match and int(match.group(1)) == len(pages) - len(parsed) - 1  # minus the 301 hop


def test_from_sitemap_audits_exactly_the_sitemap(serve_site: Any, tmp_path: Path) -> None:
    site = serve_site("crawl/shop")
    db = tmp_path / "sitemap.db"
    result = crawl_site(site, db, "--from-sitemap", "--exclude", "/slow")
    pages = pages_by_path(db)
    parsed = {path for path, page in pages.items() if page["parsed"]}
    assert parsed == {"/", "/about", "/products/", "/pricing", "/blog/post-1", "/orphan"}
    # Link targets of sitemap pages get a status; pages further away are not fetched.
    assert pages["/products/widget"]["status"] == 200 and not pages["/products/widget"]["parsed"]
    assert pages["/missing"]["status"] == 404
    assert pages["/products/gadget"]["parsed"] == 0  # linked from /products/, in the sitemap
    assert "/chain/2" not in pages and "/deep-target" not in pages
    assert site.hits("/chain/2") == 0
    assert "LIMIT HIT" not in result.stdout


def test_429_retry_after_is_honoured(serve_site: Any, tmp_path: Path) -> None:
    site = serve_site("crawl/ratelimit")
    db = tmp_path / "429.db"
    crawl_site(site, db)
    first, retry = site.times("/limited")
    assert retry - first >= 2.0  # the server asked for 2 s
    pages = pages_by_path(db)
    assert pages["/limited"]["status"] == 200
    assert pages["/limited"]["title"] == "Limited"
    assert pages["/fine"]["status"] == 200


def test_a_nofollow_start_page_is_said_and_ignore_robots_follows_it(
    serve_site: Any, tmp_path: Path
) -> None:
    """A preview build's robots meta "noindex, nofollow" on every page stops the crawl at
    the start page: the summary says why, and --ignore-robots follows the links anyway
    (western-canadian-blacksmiths-guild, a Hugo preview build)."""
    site = serve_site("crawl/preview")
    obeyed = crawl_site(site, tmp_path / "obeyed.db")
    assert set(pages_by_path(tmp_path / "obeyed.db")) == {"/"}
    assert (
        "NOFOLLOW: 1 page asked robots not to follow its links (robots meta nofollow): the "
        "start page; its links were not crawled (--ignore-robots follows them)."
    ) in " ".join(obeyed.stdout.split())
    ignored = crawl_site(site, tmp_path / "ignored.db", "--ignore-robots")
    assert set(pages_by_path(tmp_path / "ignored.db")) == {"/", "/about", "/membership"}
    assert "NOFOLLOW" not in ignored.stdout
