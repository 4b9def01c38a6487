"""What makes two audits audits of one site (``regression.sites``)."""

from __future__ import annotations

import pytest

from regression.sites import site_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://example.com/", "https://www.example.com/"),  # the www. twin, as the scope
        ("https://example.com:443/", "https://example.com/"),  # the default port
        ("http://EXAMPLE.com/", "http://example.com/"),
    ],
)
def test_one_site(a: str, b: str) -> None:
    assert site_key(a) == site_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("http://127.0.0.1:8001/", "http://127.0.0.1:8002/"),  # another port
        ("http://example.com/", "https://example.com/"),  # another scheme
        ("https://example.com/", "https://example.com/blog/"),  # another start path
        ("https://example.com/", "https://shop.example.com/"),  # another host
    ],
)
def test_two_sites(a: str, b: str) -> None:
    assert site_key(a) != site_key(b)


def test_include_and_exclude_patterns_are_part_of_the_site() -> None:
    plain = site_key("https://example.com/", {"include": [], "exclude": []})
    narrowed = site_key("https://example.com/", {"exclude": ["/blog/"]})
    assert plain != narrowed
    assert narrowed.label == "https://example.com/ (--exclude /blog/)"
