"""The worksheet's first column: the business's own channels, one line each.

Share links ("share on Facebook") belong to advocacy, placeholders (``facebook.com/``,
``href="#"``) are no channel at all, and a profile linked from every page's footer is one
line with the number of pages that carry it. Hand-built inputs first, then a real crawl
of tests/sites/audit/touchpoints (see its README.md).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from audit_builders import SiteBuilder, healthy_site, url

from audit.checks.inventory import read_contact, touchpoints
from audit.runner import run_audit
from core.contacts import classify_contact
from core.records import Contact
from tests.conftest import run_touchpoint

PAGES = ["/", "/blog/", "/blog/post/", "/pricing/", "/signup/", "/account/", "/refer/", "/privacy/"]


def linked(site: SiteBuilder, path: str, href: str) -> SiteBuilder:
    """A contact point stored as the crawler stores it: kind and network from its href."""
    verdict = classify_contact(href)
    assert verdict is not None, href
    kind, network = verdict
    site.contacts.append(Contact(url(path), kind, href, network, region="footer"))
    return site


def columns(result: Any) -> dict[str, dict[str, Any]]:
    return {c["key"]: c for c in result.worksheet["columns"]}


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("https://twitter.com/intent/tweet?text=Hi&url=https://shop.test/", ("share", "x")),
        ("https://www.facebook.com/sharer/sharer.php?u=https://shop.test/", ("share", "facebook")),
        ("https://www.facebook.com/dialog/share?app_id=1&href=x", ("share", "facebook")),
        ("https://www.linkedin.com/sharing/share-offsite/?url=x", ("share", "linkedin")),
        ("https://pinterest.com/pin/create/button/?url=x", ("share", "pinterest")),
        ("https://www.reddit.com/submit?url=x&title=y", ("share", "reddit")),
        ("https://t.me/share/url?url=x", ("share", "telegram")),
        ("https://wa.me/?text=Look%20at%20this", ("share", "whatsapp")),
        ("https://api.whatsapp.com/send?text=Look", ("share", "whatsapp")),
        ("whatsapp://send?text=Look", ("share", "whatsapp")),
        ("mailto:?subject=Coffee&body=Try%20this", ("share", "email")),
        ("mailto:?subject=Coffee%20I%20like", ("share", "email")),
        # the business's own channels stay what they were
        ("https://wa.me/441234567890", ("whatsapp", "whatsapp")),
        ("https://wa.me/441234567890?text=Hello", ("whatsapp", "whatsapp")),
        ("https://api.whatsapp.com/send?phone=441234&text=Hi", ("whatsapp", "whatsapp")),
        ("mailto:hello@shop.test?subject=Hi", ("email", None)),
        ("https://www.instagram.com/shop/", ("social", "instagram")),
        ("https://www.facebook.com/shareholders.page", ("social", "facebook")),
    ],
)
def test_share_links_are_recognised_by_the_crawler(
    href: str, expected: tuple[str, str | None]
) -> None:
    assert classify_contact(href) == expected


def test_a_reddit_link_that_shares_nothing_is_no_contact_point() -> None:
    assert classify_contact("https://www.reddit.com/r/coffee/") is None


@pytest.mark.parametrize(
    ("kind", "target", "verdict"),
    [
        ("social", "https://www.instagram.com/Shop/", ("social", "instagram", "shop")),
        ("social", "https://x.com/shop?lang=en", ("social", "x", "shop")),
        ("social", "https://twitter.com/shop/status/1", ("social", "x", "shop")),
        (
            "social",
            "https://www.linkedin.com/company/shop-ltd/about/",
            ("social", "linkedin", "company/shop-ltd"),
        ),
        ("phone", "tel:+44 117 496-0123", ("phone", None, "+441174960123")),
        ("email", "mailto:Hello@Shop.test?subject=Hi", ("email", None, "hello@shop.test")),
        ("whatsapp", "https://wa.me/441234?text=Hi", ("whatsapp", "whatsapp", "+441234")),
        # stored by an older crawler as a channel: read again, they are share links
        ("whatsapp", "https://wa.me/?text=Share%20this", ("share", "whatsapp", "whatsapp")),
        ("email", "mailto:?subject=a&body=b", ("share", "email", "email")),
        # placeholders and content links: no channel
        ("social", "https://www.facebook.com/", None),
        ("social", "https://twitter.com/#", None),
        ("social", "https://www.instagram.com/username", None),
        ("social", "https://www.linkedin.com/company/", None),
        ("social", "https://www.youtube.com/watch?v=abc", None),
        ("phone", "tel:", None),
        ("email", "mailto:", None),
        ("whatsapp", "https://wa.me/", None),
    ],
)
def test_each_contact_point_is_read_again_from_its_href(
    kind: str, target: str, verdict: tuple[str, str | None, str] | None
) -> None:
    assert read_contact(Contact(url("/"), kind, target)) == verdict


def test_one_line_per_channel_with_the_pages_that_carry_it() -> None:
    site = healthy_site()
    site.contacts.clear()
    for path in PAGES:  # the footer of every page
        linked(site, path, "https://www.instagram.com/shop/")
        linked(site, path, f"https://www.facebook.com/sharer/sharer.php?u={url(path)}")
        linked(site, path, "https://www.facebook.com/")  # the theme's empty profile link
        linked(site, path, "tel:+441174960123")
    linked(site, "/pricing/", "https://instagram.com/shop")  # same profile, other spelling
    linked(site, "/", "https://x.com/shop")
    linked(site, "/blog/", "https://twitter.com/Shop/")  # the same account
    linked(site, "/refer/", "https://twitter.com/intent/tweet?url=https://shop.test/refer/")
    linked(site, "/refer/", "https://wa.me/?text=Try%20this%20shop")
    linked(site, "/refer/", "mailto:?subject=A%20shop&body=https://shop.test/")
    linked(site, "/account/", "mailto:help@shop.test")
    site.contacts.append(
        Contact(url("/account/"), "chat", "https://widget.intercom.io/w", "intercom")
    )
    result = site.audit()

    connect = columns(result)["connect"]
    lines = {(i["kind"], i["label"]): i["pages"] for i in connect["items"]}
    assert lines == {
        ("social", "Instagram @shop"): 8,
        ("social", "X @shop"): 2,
        ("phone", "Phone +441174960123"): 8,
        ("email", "Email help@shop.test"): 1,
        ("chat", "Chat (intercom)"): 1,
    }
    assert connect["count"] == 5 and connect["gap"] is None
    instagram = next(i for i in connect["items"] if i["label"] == "Instagram @shop")
    assert instagram["url"] == "https://www.instagram.com/shop/"  # the spelling most pages use
    assert not any(
        "share" in i["url"] or i["url"].endswith("facebook.com/") for i in connect["items"]
    )

    advocacy = {i["label"]: i["pages"] for i in result.worksheet["advocacy"]}
    assert advocacy == {
        "Share on Facebook": 8,
        "Share on X": 1,
        "Share on WhatsApp": 1,
        "Share by email": 1,
    }
    assert [(p["network"], p["pages"]) for p in result.worksheet["placeholders"]] == [
        ("facebook", 8)
    ]
    # the stage map counts share links as "share" and placeholders not at all
    stages = {s["stage"]: s["contacts"] for s in result.journey_map["stages"]}
    assert stages["advocacy"] == {"share": 4, "social": 1, "phone": 1}
    # three awareness pages with the footer (instagram, phone, share), and X on two of them
    assert stages["awareness"] == {"social": 3 + 2, "share": 3, "phone": 3}


def test_placeholders_and_share_links_alone_leave_the_first_column_empty() -> None:
    site = healthy_site()
    site.contacts.clear()
    for path in PAGES:
        linked(site, path, "https://www.facebook.com/")
        linked(site, path, "https://www.instagram.com/username/")
        linked(site, path, "mailto:?subject=Look&body=https://shop.test/")
    result = site.audit()
    connect = columns(result)["connect"]
    assert connect["items"] == [] and connect["count"] == 0
    assert connect["gap"].startswith("No social profile")
    assert "https://www.facebook.com/ (8 pages)" in connect["gap"]
    assert connect["gap"] in result.worksheet["gaps"]
    found = {c.slug: c.status for c in result.checks}
    # a share-by-email link is nobody's address: no contact channel, but an advocacy one
    assert found["no-contact-channel"] == "fail"
    assert found["no-advocacy-touchpoint"] == "pass"


def test_inventory_of_an_empty_site() -> None:
    inventory = touchpoints(SiteBuilder().page("/").build())
    assert (inventory.channels, inventory.shares, inventory.placeholders) == ([], [], [])
    result = run_audit(SiteBuilder().page("/").build())
    assert result.worksheet["advocacy"] == [] and result.worksheet["placeholders"] == []


def test_a_real_footer_with_a_profile_a_share_link_and_a_dead_icon(
    serve_site: Callable[..., str], tmp_path: Path
) -> None:
    """tests/sites/audit/touchpoints: four pages share a footer with the business's
    Instagram, a "Share on Facebook" link and a ``href="#"`` Twitter icon."""
    base = serve_site("audit/touchpoints")
    run = run_touchpoint(
        "audit", base + "/", "-o", str(tmp_path / "out"), "--db", str(tmp_path / "t.db"),
        "--fast", timeout=180,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    data = json.loads((tmp_path / "out/audit.json").read_text(encoding="utf-8"))
    assert len([p for p in data["pages"] if p["status"] == 200]) == 4

    connect = next(c for c in data["worksheet"]["columns"] if c["key"] == "connect")
    assert [(i["label"], i["kind"], i["url"], i["pages"]) for i in connect["items"]] == [
        ("Phone +441170000000", "phone", "tel:+441170000000", 1),
        ("Instagram @acmeroasters", "social", "https://www.instagram.com/acmeroasters/", 4),
    ]
    assert connect["count"] == 2 and connect["gap"] is None
    [share] = data["worksheet"]["advocacy"]
    assert (share["label"], share["network"], share["pages"]) == (
        "Share on Facebook",
        "facebook",
        4,
    )
    assert share["url"].startswith("https://www.facebook.com/sharer/sharer.php?u=" + base)
    assert data["worksheet"]["placeholders"] == []  # href="#" is not even a contact point
    checks = {c["slug"]: c["status"] for c in data["checks"]}
    assert checks["no-contact-channel"] == "pass" and checks["no-advocacy-touchpoint"] == "pass"
