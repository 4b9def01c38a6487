"""What is taken for a wall (and what is not), without a server: pages in, verdicts out."""

from __future__ import annotations

from parsel import Selector
from scrapy.http import HtmlResponse, Request, Response

from crawler.walls import (
    CONSENT_MANAGERS,
    cookies_set,
    find_wall,
    merged_walls,
)

URL = "https://shop.example/"


def page(body: str, url: str = URL, redirected: bool = False) -> HtmlResponse:
    meta = {"redirect_urls": ["https://shop.example/"]} if redirected else {}
    html = f"<!doctype html><html><head><title>t</title></head><body>{body}</body></html>"
    return HtmlResponse(url, body=html.encode(), encoding="utf-8", request=Request(url, meta=meta))


def test_wall_pages_are_recognised_with_their_way_in() -> None:
    consent = find_wall(
        page(
            "<p>We use cookies.</p><form method=post action=/c><input type=hidden name=t "
            "value=1><button>Reject</button><button name=a value=1>Accept all</button></form>"
        )
    )
    assert consent is not None and consent.kind == "consent"
    assert (consent.form, consent.clickable, consent.label) == (0, 1, "Accept all")
    age = find_wall(page('<h1>Are you 18 or older?</h1><a href="/enter">Yes, enter</a>'))
    assert age is not None and age.kind == "age gate" and age.href == "https://shop.example/enter"
    country = find_wall(
        page('<p>Choose your country</p><form><input type=submit value="Continue">')
    )
    assert country is not None and country.kind == "country gate"
    # Redirected to it: the wording need not say what it is about.
    assert find_wall(page("<form method=post><button>I agree</button></form>", redirected=True))


def test_ordinary_small_pages_are_not_walls() -> None:
    # A newsletter form asks for an e-mail: never submitted, whatever its button says.
    assert (
        find_wall(
            page("<p>Fresh cookies daily.</p><form><input name=email><button>Yes, sign me up")
        )
        is None
    )
    # No accepting words, or no words about cookies, age or country, or too many links.
    assert (
        find_wall(page("<p>Cookies and cakes.</p><form><button>Order now</button></form>")) is None
    )
    assert find_wall(page("<p>Our shop.</p><form><button>Accept</button></form>")) is None
    links = "".join(f'<a href="/p{i}">Product {i}</a>' for i in range(12))
    assert find_wall(page(f"<p>We use cookies.</p>{links}<a href=/ok>Accept</a>")) is None
    # A way in that leaves the site is not followed.
    assert (
        find_wall(page('<p>Are you over 18?</p><a href="https://other.example/">Yes</a>')) is None
    )


def test_the_cookies_a_wall_sets_are_read_deletions_left_out() -> None:
    answer = Response(
        URL,
        status=302,
        headers=[
            (b"Set-Cookie", b"consent=yes; Path=/; HttpOnly"),
            (b"Set-Cookie", b"old=; Max-Age=0; Path=/"),
            (b"Set-Cookie", b"region=eu; Domain=shop.example; Path=/shop"),
        ],
    )
    cookies = cookies_set(answer)
    assert [(c.name, c.value, c.domain, c.path) for c in cookies] == [
        ("consent", "yes", "", "/"),
        ("region", "eu", ".shop.example", "/shop"),
    ]


def test_every_consent_manager_has_a_name_and_a_valid_css_selector() -> None:
    button = Selector(text="<html><body><button id=onetrust-accept-btn-handler>OK</button>")
    for provider, selector in CONSENT_MANAGERS:
        assert provider and selector and "," not in selector
        assert button.css(selector) is not None  # cssselect parses it (raises otherwise)
    assert len(set(CONSENT_MANAGERS)) == len(CONSENT_MANAGERS)


def test_a_resumed_crawl_adds_up_the_pages_past_each_wall() -> None:
    wall = {"kind": "consent", "provider": "OneTrust", "how": "clicked #x", "pages": 3}
    other = {**wall, "provider": "Didomi"}
    merged = merged_walls([wall], [{**wall, "pages": 4}, other])
    assert merged == [{**wall, "pages": 7}, other]
