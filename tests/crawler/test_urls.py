"""URL normalisation and crawl scope: one canonical form per page, the site's hosts only."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from core.urls import Scope, host_of, host_twins, normalize_url, origin_of, resolve


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("HTTP://Example.COM:80/a#top", "http://example.com/a"),
        ("https://example.com:443", "https://example.com/"),
        ("https://example.com:8443/x", "https://example.com:8443/x"),
        ("http://example.com/s?b=2&a=1", "http://example.com/s?a=1&b=2"),
        ("http://example.com/s?a=1&b=2", "http://example.com/s?a=1&b=2"),
        (
            "http://example.com/s?utm_source=news&a=1&gclid=X&fbclid=Y&UTM_Medium=m&b=2",
            "http://example.com/s?a=1&b=2",
        ),
        ("http://example.com/p?utm_campaign=x", "http://example.com/p"),
        ("http://example.com/caf%c3%a9", "http://example.com/caf%C3%A9"),
        ("http://example.com/café", "http://example.com/caf%C3%A9"),
        ("http://example.com/a%20b", "http://example.com/a%20b"),
        ("http://example.com./x", "http://example.com/x"),
        ("http://example.com/x?empty=", "http://example.com/x?empty="),
        ("  http://example.com/trim  ", "http://example.com/trim"),
    ],
)
def test_normalize_url_gives_one_canonical_form(raw: str, expected: str) -> None:
    assert normalize_url(raw) == expected


@pytest.mark.parametrize(
    "raw", ["ftp://example.com/f", "mailto:a@b.c", "javascript:void(0)", "http://", "not a url"]
)
def test_normalize_url_refuses_non_web_urls(raw: str) -> None:
    assert normalize_url(raw) is None


def test_query_order_and_tracking_variants_collapse() -> None:
    variants = {
        normalize_url("http://shop.example/search?a=1&b=2"),
        normalize_url("http://shop.example/search?b=2&a=1"),
        normalize_url("http://shop.example/search?a=1&utm_source=x&b=2&gclid=1#results"),
        normalize_url("HTTP://SHOP.example:80/search?b=2&mc_cid=9&a=1"),
    }
    assert variants == {"http://shop.example/search?a=1&b=2"}


def test_parameter_that_only_looks_like_tracking_is_kept() -> None:
    # "ref" and "utmost" are real parameters on many sites: only known names/prefixes go.
    assert normalize_url("http://e.com/?ref=home&utmost=1") == "http://e.com/?ref=home&utmost=1"


@pytest.mark.parametrize(
    ("base", "href", "expected"),
    [
        ("http://e.com/a/b", "c", "http://e.com/a/c"),
        ("http://e.com/a/b", "../c", "http://e.com/c"),
        ("http://e.com/a/b", "/root", "http://e.com/root"),
        ("http://e.com/a/b", "//other.com/x", "http://other.com/x"),
        ("https://e.com/a", "?q=1", "https://e.com/a?q=1"),
        ("http://e.com/a", " /padded ", "http://e.com/padded"),
        ("http://e.com/a", "#frag", None),
        ("http://e.com/a", "", None),
        ("http://e.com/a", "mailto:x@e.com", None),
        ("http://e.com/a", "tel:+1555", None),
        ("http://e.com/a", "JavaScript:void(0)", None),
        ("http://e.com/a", "http://[broken", None),
    ],
)
def test_resolve_hrefs(base: str, href: str, expected: str | None) -> None:
    assert resolve(base, href) == expected


def test_resolve_root_relative_with_origin_matches_plain_resolution() -> None:
    base = "http://e.com/deep/page"
    assert resolve(base, "/x?b=1&a=2", origin="http://e.com") == resolve(base, "/x?b=1&a=2")
    # A protocol-relative href must not be treated as root-relative.
    assert resolve(base, "//cdn.e.com/y", origin="http://e.com") == "http://cdn.e.com/y"


def test_origin_of_absolute_urls_only() -> None:
    assert origin_of("https://Shop.example:8443/a/b?q=1") == "https://Shop.example:8443"
    assert origin_of("/pricing") == "" and origin_of("shop.example/a") == ""
    # No origin means no shortcut: the href resolves against the page itself.
    assert resolve("http://e.com/a/", "/x", origin="") == "http://e.com/x"


def test_host_twins() -> None:
    assert host_twins("www.Shop.example") == {"shop.example", "www.shop.example"}
    assert host_twins("shop.example") == {"shop.example", "www.shop.example"}


def test_scope_internal_covers_www_twin_and_ports_but_not_subdomains() -> None:
    scope = Scope.for_start_url("https://shop.example/")
    assert scope.is_internal("https://shop.example/a")
    assert scope.is_internal("http://www.shop.example:8080/b")
    assert not scope.is_internal("https://blog.shop.example/")
    assert not scope.is_internal("https://shop.example.evil.com/")
    assert not scope.is_internal("https://other.example/")


def test_scope_include_and_exclude_patterns() -> None:
    scope = Scope.for_start_url(
        "https://shop.example/", include=[r"/(products|blog)/"], exclude=[r"/blog/drafts/"]
    )
    assert scope.wants("https://shop.example/products/widget")
    assert scope.wants("https://www.shop.example/blog/post")
    assert not scope.wants("https://shop.example/about")  # not included
    assert not scope.wants("https://shop.example/blog/drafts/x")  # excluded
    assert not scope.wants("https://other.example/products/x")  # not internal
    # Patterns never change what is internal: excluded pages are still the site's pages.
    assert scope.is_internal("https://shop.example/blog/drafts/x")


@pytest.mark.parametrize(
    "url",
    [
        "http://A.com/x", "https://www.b.org:8080/p?q=1#f", "http://user:pw@Host.IO/",
        "//cdn.x.com/a", "mailto:a@b.c", "/rel/path", "http://[::1]:80/x",
        "HTTP://EXAMPLE.COM?x", "http://ex.com#frag", "http://host.com\\evil.com/",
        "ftp://f.com/x", "http://[bad/x", "",
    ],
)  # fmt: skip
def test_host_of_agrees_with_urlsplit(url: str) -> None:
    """host_of is cached by authority, not by URL, and must still say what urlsplit says."""
    try:
        expected = (urlsplit(url).hostname or "").lower()
    except ValueError:
        expected = ""
    assert host_of(url) == expected
