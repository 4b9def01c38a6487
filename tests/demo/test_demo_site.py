"""The bundled demo site, served over real HTTP, is what problems.yaml says it is.

These tests are the contract between the demo site and everything that audits it: if
someone edits the site and silently removes a planted problem (or adds an accidental
shortcut to the checkout), the audit's "finds every demo problem" test would be testing
nothing. So each planted problem is re-checked here from raw HTML, with the stdlib parser,
independently of touchpoint's own crawler.
"""

from __future__ import annotations

import itertools
import json
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
import yaml

from touchpoint.demo.pages import load_catalogue, site_files
from touchpoint.demo.server import DemoServer, load_routes, serve_demo, site_root

HOME = "/"


# --------------------------------------------------------------------------- HTTP


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: str


def fetch(url: str, method: str = "GET") -> Response:
    """One request, redirects not followed, errors returned rather than raised."""
    req = urllib.request.Request(url, method=method)
    try:
        with _OPENER.open(req, timeout=10) as resp:
            return Response(resp.status, dict(resp.headers), resp.read().decode("utf-8"))
    except urllib.error.HTTPError as err:
        return Response(err.code, dict(err.headers), err.read().decode("utf-8", "replace"))


# --------------------------------------------------------------------------- HTML


@dataclass
class Control:
    tag: str
    attrs: dict[str, str]
    wrapped_in_label: bool


@dataclass
class Form:
    attrs: dict[str, str]
    region: str = "body"  # the innermost <main>, <header> or <footer> it is in
    controls: list[Control] = field(default_factory=list)


@dataclass
class Page:
    """What the tests need from one HTML page."""

    doctype: bool = False
    lang: str = ""
    title: str = ""
    h1: int = 0
    links: list[dict[str, str]] = field(default_factory=list)
    link_texts: list[str] = field(default_factory=list)
    link_regions: list[str] = field(default_factory=list)  # main, header, footer or body
    buttons: list[dict[str, str]] = field(default_factory=list)
    button_regions: list[str] = field(default_factory=list)
    forms: list[Form] = field(default_factory=list)
    label_for: set[str] = field(default_factory=set)
    jsonld: list[Any] = field(default_factory=list)
    resources: list[str] = field(default_factory=list)
    unbalanced: list[str] = field(default_factory=list)


VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    ]
)

REGIONS = frozenset(["main", "header", "footer"])


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._stack: list[str] = []
        self._in: dict[str, int] = {"title": 0, "label": 0, "a": 0, "ldjson": 0}
        self._buf: list[str] = []
        self._form: Form | None = None

    def handle_decl(self, decl: str) -> None:
        self.page.doctype = decl.lower() == "doctype html"

    def handle_starttag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        attrs = {k: v or "" for k, v in attrs_list}
        p = self.page
        if tag not in VOID:
            self._stack.append(tag)
        if tag == "html":
            p.lang = attrs.get("lang", "")
        elif tag == "title":
            self._in["title"] = 1
            self._buf = []
        elif tag == "h1":
            p.h1 += 1
        elif tag == "a" and "href" in attrs:
            p.links.append(attrs)
            p.link_regions.append(self._region())
            self._in["a"] = 1
            self._buf = []
        elif tag == "label":
            self._in["label"] += 1
            if attrs.get("for"):
                p.label_for.add(attrs["for"])
        elif tag == "form":
            self._form = Form(attrs, self._region())
            p.forms.append(self._form)
        elif tag in ("input", "select", "textarea", "button"):
            if tag == "button" or attrs.get("type") in ("submit", "button"):
                p.buttons.append(attrs)
                p.button_regions.append(self._region())
            if self._form is not None:
                self._form.controls.append(Control(tag, attrs, self._in["label"] > 0))
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in["ldjson"] = 1
            self._buf = []
        if tag in ("script", "img", "iframe") and attrs.get("src"):
            p.resources.append(attrs["src"])
        if tag == "link" and attrs.get("rel") in ("stylesheet", "icon", "preload"):
            p.resources.append(attrs.get("href", ""))

    def _region(self) -> str:
        return next((t for t in reversed(self._stack) if t in REGIONS), "body")

    def handle_endtag(self, tag: str) -> None:
        if self._stack and self._stack[-1] == tag:
            self._stack.pop()
        else:
            self.page.unbalanced.append(f"</{tag}> with open {self._stack[-3:]}")
        if tag == "title" and self._in["title"]:
            self.page.title = "".join(self._buf).strip()
            self._in["title"] = 0
        elif tag == "a" and self._in["a"]:
            self.page.link_texts.append(" ".join("".join(self._buf).split()))
            self._in["a"] = 0
        elif tag == "label":
            self._in["label"] = max(0, self._in["label"] - 1)
        elif tag == "form":
            self._form = None
        elif tag == "script" and self._in["ldjson"]:
            self.page.jsonld.append(json.loads("".join(self._buf)))
            self._in["ldjson"] = 0

    def handle_data(self, data: str) -> None:
        if self._in["title"] or self._in["a"] or self._in["ldjson"]:
            self._buf.append(data)


def parse(html: str) -> Page:
    parser = _Parser()
    parser.feed(html)
    parser.close()
    parser.page.unbalanced += [f"<{t}> never closed" for t in parser._stack]
    return parser.page


# --------------------------------------------------------------------------- the site


@dataclass
class Site:
    server: DemoServer
    pages: dict[str, Page]  # every packaged page, by path
    graph: dict[str, set[str]]  # internal <a href> edges, redirects resolved
    raw_links: dict[str, set[str]]  # internal link targets as written, by page
    problems: list[dict[str, Any]]
    absent: list[str]

    def host(self) -> str:
        return urlsplit(self.server.base_url).netloc


def _walk(node: Traversable, prefix: str) -> Iterator[tuple[str, Traversable]]:
    for child in node.iterdir():
        rel = f"{prefix}{child.name}"
        if child.is_dir():
            yield from _walk(child, rel + "/")
        else:
            yield rel, child


def page_paths() -> list[str]:
    """Site paths of every packaged page (``shop/x/index.html`` -> ``/shop/x/``)."""
    return sorted(
        "/" + rel.removesuffix("index.html")
        for rel, _ in _walk(site_root(), "")
        if rel.endswith("index.html")
    )


def internal_path(base_url: str, page_path: str, href: str) -> str | None:
    """The site path an href points to, or None if it leaves the site or is fragment-only."""
    if href.startswith("#") or href.split(":", 1)[0] in ("mailto", "tel", "sms", "javascript"):
        return None
    absolute = urljoin(base_url + page_path, href)
    parts = urlsplit(absolute)
    if parts.netloc != urlsplit(base_url).netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def resolve(server: DemoServer, path: str) -> tuple[list[tuple[int, str]], int]:
    """Follow redirects by hand: the hops (status, location) and the final status."""
    hops: list[tuple[int, str]] = []
    for _ in range(10):
        resp = fetch(server.url(path))
        if resp.status not in (301, 302, 303, 307, 308):
            return hops, resp.status
        location = resp.headers["Location"]
        hops.append((resp.status, location))
        path = urlsplit(urljoin(server.url(path), location)).path
    raise AssertionError(f"redirect loop from {path}")


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    manifest = yaml.safe_load(
        resources.files("touchpoint.demo").joinpath("problems.yaml").read_text("utf-8")
    )
    with serve_demo() as server:
        pages: dict[str, Page] = {}
        for path in page_paths():
            resp = fetch(server.url(path))
            assert resp.status == 200, path
            pages[path] = parse(resp.body)
        raw: dict[str, set[str]] = {}
        graph: dict[str, set[str]] = {}
        final: dict[str, str] = {}
        for path, page in pages.items():
            targets = {internal_path(server.base_url, path, a["href"]) for a in page.links}
            raw[path] = {t for t in targets if t is not None}
            for t in raw[path]:
                if t not in final:
                    hops, _status = resolve(server, t)
                    final[t] = urlsplit(hops[-1][1]).path if hops else t
            graph[path] = {final[t] for t in raw[path]}
        yield Site(server, pages, graph, raw, manifest["problems"], manifest.get("absent", []))


def bfs(graph: dict[str, set[str]], start: str = HOME) -> dict[str, int]:
    dist = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in sorted(graph.get(node, ())):
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist


def problems(site: Site, check: str) -> list[dict[str, Any]]:
    found = [p for p in site.problems if p["check"] == check]
    assert found, f"problems.yaml has no {check} entry"
    return found


def is_cta(attrs: dict[str, str]) -> bool:
    classes = attrs.get("class", "").split()
    return bool({"btn", "button", "cta"} & set(classes)) or attrs.get("role") == "button"


# --------------------------------------------------------------------------- tests


def test_every_page_is_served_as_html_with_a_title(site: Site) -> None:
    assert 30 <= len(site.pages) <= 47
    for path, page in site.pages.items():
        assert page.doctype, f"{path}: no <!doctype html>"
        assert page.lang == "en-GB", path
        assert page.title, f"{path}: empty <title>"
        assert page.h1 == 1, f"{path}: expected one <h1>"
        assert page.unbalanced == [], f"{path}: {page.unbalanced}"
    resp = fetch(site.server.url("/shop/"))
    assert resp.headers["Content-Type"].startswith("text/html")


def test_titles_are_unique(site: Site) -> None:
    titles = [p.title for p in site.pages.values()]
    assert len(titles) == len(set(titles))


def test_no_external_resources_are_loaded(site: Site) -> None:
    for path, page in site.pages.items():
        for src in page.resources:
            assert internal_path(site.server.base_url, path, src), f"{path} loads {src}"
            assert fetch(site.server.url(src)).status == 200, src
    css = fetch(site.server.url("/assets/site.css"))
    assert css.status == 200 and css.headers["Content-Type"].startswith("text/css")


def test_jsonld_where_a_real_site_has_it(site: Site) -> None:
    def types(path: str) -> set[str]:
        return {d["@type"] for d in site.pages[path].jsonld}

    assert "Product" in types("/shop/ethiopia-yirgacheffe/")
    assert "BlogPosting" in types("/blog/why-we-roast-light/")
    assert "FAQPage" in types("/faq/")
    assert "CafeOrCoffeeShop" in types("/")  # a LocalBusiness subtype
    offer = site.pages["/shop/ethiopia-yirgacheffe/"].jsonld[0]["offers"]
    assert offer["@type"] == "Offer" and offer["priceCurrency"] == "GBP"


def test_every_internal_link_resolves_except_the_documented_ones(site: Site) -> None:
    broken = {p["url"] for p in problems(site, "broken-link")}
    chains = {p["url"] for p in problems(site, "redirect-chain")}
    seen_broken, seen_chains = set(), set()
    for path, targets in site.raw_links.items():
        for target in targets:
            hops, status = resolve(site.server, target)
            if target in broken:
                assert status == 404, target
                seen_broken.add(target)
            elif target in chains:
                assert status == 200 and len(hops) >= 2, (target, hops)
                seen_chains.add(target)
            else:
                assert (hops, status) == ([], 200), f"{path} -> {target}: {hops} {status}"
    assert seen_broken == broken
    assert seen_chains == chains


def test_robots_and_sitemap_carry_the_real_base_url(site: Site) -> None:
    base = site.server.base_url
    robots = fetch(site.server.url("/robots.txt"))
    assert robots.status == 200 and "{{" not in robots.body
    assert f"Sitemap: {base}/sitemap.xml" in robots.body.splitlines()
    assert "Disallow: /" not in [line.strip() for line in robots.body.splitlines()]
    sitemap = fetch(site.server.url("/sitemap.xml"))
    assert sitemap.status == 200 and "{{" not in sitemap.body
    ns = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [e.text or "" for e in ET.fromstring(sitemap.body).iterfind("sm:url/sm:loc", ns)]
    assert locs and all(loc.startswith(base + "/") for loc in locs)
    paths = {urlsplit(loc).path for loc in locs}
    assert paths <= set(site.pages)
    assert len(paths) >= 0.8 * len(site.pages)  # "most pages"


def test_checkout_is_exactly_five_clicks_from_home(site: Site) -> None:
    dist = bfs(site.graph)
    (entry,) = problems(site, "long-path-to-conversion")
    assert entry["url"] == "/checkout/"
    assert dist["/checkout/"] == entry["clicks"] == 5
    assert dist["/cart/"] == 4
    path = entry["path"]
    assert len(path) == 6 and path[0] == HOME and path[-1] == "/checkout/"
    for a, b in itertools.pairwise(path):
        assert b in site.graph[a], f"documented path: {a} does not link to {b}"
    # Only the cart links to checkout, and only product pages link to the cart.
    assert {p for p, t in site.graph.items() if "/checkout/" in t} == {"/cart/"}
    assert all(p.startswith("/shop/") for p, t in site.graph.items() if "/cart/" in t)


def test_every_page_but_the_orphan_is_reachable_from_home(site: Site) -> None:
    dist = bfs(site.graph)
    orphans = {p["url"] for p in problems(site, "orphan-page")}
    assert set(site.pages) - set(dist) == orphans


def test_orphan_is_in_the_sitemap_and_linked_from_nowhere(site: Site) -> None:
    sitemap = fetch(site.server.url("/sitemap.xml")).body
    for entry in problems(site, "orphan-page"):
        url = entry["url"]
        assert url in site.pages
        assert f"{site.server.base_url}{url}</loc>" in sitemap
        linkers = [p for p, targets in site.raw_links.items() if url in targets and p != url]
        assert linkers == []


def test_dead_end_has_no_internal_link_out(site: Site) -> None:
    for entry in problems(site, "dead-end"):
        url = entry["url"]
        page = site.pages[url]
        assert site.raw_links[url] == set()
        assert not page.forms  # a form action would be a way out too
        assert url in site.graph[HOME], "the dead end should be reachable, from the homepage"


def test_product_without_cta(site: Site) -> None:
    for entry in problems(site, "missing-cta"):
        page = site.pages[entry["url"]]
        assert "Product" in {d["@type"] for d in page.jsonld}
        # The footer's form (site chrome, on every page) is the only button it has.
        assert [r for r in page.button_regions if r != "footer"] == []
        assert not [a for a in page.links if is_cta(a)]
        assert "/cart/" not in site.raw_links[entry["url"]]


def test_redirect_chain_has_two_hops_and_is_linked(site: Site) -> None:
    routes = load_routes()
    for entry in problems(site, "redirect-chain"):
        hops, status = resolve(site.server, entry["url"])
        assert [h[0] for h in hops] == [301, 301] and status == 200
        assert entry["url"] in routes
        for page in entry["linked_from"]:
            assert entry["url"] in site.raw_links[page]


def test_broken_link_is_a_real_404_and_is_linked(site: Site) -> None:
    for entry in problems(site, "broken-link"):
        resp = fetch(site.server.url(entry["url"]))
        assert resp.status == 404 and "<title>" in resp.body
        for page in entry["linked_from"]:
            assert entry["url"] in site.raw_links[page]


def test_off_site_book_a_call(site: Site) -> None:
    for entry in problems(site, "off-site-cta"):
        page = site.pages[entry["url"]]
        offsite = [
            text
            for a, text in zip(page.links, page.link_texts, strict=True)
            if is_cta(a) and urlsplit(a["href"]).netloc.endswith("calendly.com")
        ]
        assert offsite == ["Book a call"]


def test_form_with_unlabelled_fields(site: Site) -> None:
    def labelled(page: Page, c: Control) -> bool:
        return (
            c.wrapped_in_label
            or c.attrs.get("id", "") in page.label_for
            or bool(c.attrs.get("aria-label") or c.attrs.get("aria-labelledby"))
            or bool(c.attrs.get("title"))
        )

    def fields(form: Form) -> list[Control]:
        skip = {"hidden", "submit", "button", "reset", "image"}
        return [c for c in form.controls if c.tag != "button" and c.attrs.get("type") not in skip]

    for entry in problems(site, "form-unlabelled-field"):
        page = site.pages[entry["url"]]
        unlabelled = [c for f in page.forms for c in fields(f) if not labelled(page, c)]
        assert len(unlabelled) >= 3
    # ...and it is the only such page: every other form is properly labelled.
    flagged = {p["url"] for p in problems(site, "form-unlabelled-field")}
    for path, page in site.pages.items():
        if path not in flagged:
            bad = [c.attrs for f in page.forms for c in fields(f) if not labelled(page, c)]
            assert bad == [], path


def test_placeholder_cta(site: Site) -> None:
    for entry in problems(site, "placeholder-cta"):
        page = site.pages[entry["url"]]
        assert [a for a in page.links if is_cta(a) and a["href"] == "#"]


def test_password_sent_over_get(site: Site) -> None:
    for entry in problems(site, "form-insecure"):
        page = site.pages[entry["url"]]
        assert [
            f
            for f in page.forms
            if f.attrs.get("method", "get").lower() == "get"
            and any(c.attrs.get("type") == "password" for c in f.controls)
        ]


def test_competing_primary_ctas(site: Site) -> None:
    for entry in problems(site, "competing-ctas"):
        page = site.pages[entry["url"]]
        primary = {a["href"] for a in page.links if "btn-primary" in a.get("class", "").split()}
        assert len(primary) >= 5


def test_deep_page(site: Site) -> None:
    dist = bfs(site.graph)
    for entry in problems(site, "deep-page"):
        assert dist[entry["url"]] == entry["clicks"] >= 6
        path = entry["path"]
        assert len(path) == entry["clicks"] + 1
        for a, b in itertools.pairwise(path):
            assert b in site.graph[a]


def test_site_level_touchpoints_exist(site: Site) -> None:
    """The advocacy, retention and contact gaps must not fire: the touchpoints are there."""
    assert set(site.absent) == {
        "no-advocacy-touchpoint",
        "no-retention-touchpoint",
        "no-contact-channel",
    }
    dist = bfs(site.graph)
    for path in ("/refer-a-friend/", "/reviews/write/", "/account/login/", "/faq/", "/support/"):
        assert dist[path] == 1
    hrefs = {a["href"] for a in site.pages[HOME].links}
    assert any(h.startswith("tel:") for h in hrefs)
    assert any(h.startswith("mailto:") for h in hrefs)
    assert any(h.startswith("https://wa.me/") for h in hrefs)
    assert any("instagram.com" in h for h in hrefs)


# --------------------------------------------------------------------------- issue 11 additions
# Not planted problems: real-site shapes the rules must read right (tests/demo/
# test_demo_journey.py checks what the crawl and the audit make of them).

GIFT_CARDS = "/gift-cards/"
AFFILIATE_POST = "/blog/kit-we-use-at-home/"


def outbound(site: Site, path: str) -> list[tuple[dict[str, str], str, str]]:
    """(attrs, text, region) of a page's http(s) links to another host."""
    page = site.pages[path]
    return [
        (a, text, region)
        for a, text, region in zip(page.links, page.link_texts, page.link_regions, strict=True)
        if a["href"].startswith(("http://", "https://"))
        and internal_path(site.server.base_url, path, a["href"]) is None
    ]


def test_hero_button_is_styled_with_utility_classes_only(site: Site) -> None:
    page = site.pages[HOME]
    in_main = [
        (a, text)
        for a, text, region in zip(page.links, page.link_texts, page.link_regions, strict=True)
        if region == "main"
    ]
    hero, text = in_main[0]  # the first thing the content asks for
    assert (text, hero["href"]) == ("Shop the collection", "/shop/")
    classes = set(hero["class"].split())
    assert not is_cta(hero)  # no btn/button/cta class, no role="button"
    assert not any(word in c for c in classes for word in ("btn", "button", "cta", "primary"))
    assert {"rounded-md", "bg-amber-800", "px-8", "py-3", "text-white"} <= classes
    css = fetch(site.server.url("/assets/site.css")).body
    assert all(f".{c} " in css for c in ("rounded-md", "bg-amber-800", "px-8", "py-3"))


def test_footer_form_is_on_every_page_but_the_landing_page(site: Site) -> None:
    dead_ends = {p["url"] for p in problems(site, "dead-end")}
    shapes = set()
    for path, page in site.pages.items():
        footer = [f for f in page.forms if f.region == "footer"]
        if path in dead_ends:
            assert footer == [], path  # the landing page has no footer at all
            continue
        assert len(footer) == 1, path
        (form,) = footer
        names = tuple(c.attrs.get("name", "") for c in form.controls if c.tag != "button")
        shapes.add((form.attrs["action"], form.attrs["method"], names))
    assert shapes == {("/contact/", "post", ("email", "question"))}
    # Not the contact page's own form (other fields) nor the homepage's newsletter box.
    for path in ("/contact/", HOME):
        own = [f for f in site.pages[path].forms if f.region == "main"]
        assert own and all(
            tuple(c.attrs.get("name", "") for c in f.controls if c.tag != "button")
            != ("email", "question")
            for f in own
        )


def test_gift_cards_hand_off_to_a_hosted_cart(site: Site) -> None:
    page = site.pages[GIFT_CARDS]
    buys = [(a, text) for a, text, region in outbound(site, GIFT_CARDS) if region == "main"]
    assert [text for _, text in buys] == [
        "Buy a £25 gift card",
        "Buy a £50 gift card",
        "Buy a £100 gift card",
    ]
    for a, _ in buys:
        assert is_cta(a)
        parts = urlsplit(a["href"])
        assert parts.netloc == "kettleandcrane.foxycart.com" and parts.path == "/cart"
        query = parse_qs(parts.query)
        assert {"name", "price", "code"} <= set(query) and query["cart"] == ["checkout"]
    assert [f for f in page.forms if f.region == "main"] == []
    # Not the shop's cart or checkout, and not the planted deep page (it stays 6 clicks deep).
    assert not {"/cart/", "/checkout/", "/gift-cards/balance/"} & site.raw_links[GIFT_CARDS]
    assert GIFT_CARDS in site.raw_links["/gifts/"]
    assert bfs(site.graph)[GIFT_CARDS] == 2


def test_affiliate_post_clicks_out_with_sponsored_links(site: Site) -> None:
    picks = [(a, text) for a, text, region in outbound(site, AFFILIATE_POST) if region == "main"]
    assert [text for _, text in picks] == ["Buy on Amazon", "Buy on Amazon", "Buy at John Lewis"]
    hosts = set()
    for a, _ in picks:
        assert a["rel"].split() == ["sponsored", "nofollow"]
        parts = urlsplit(a["href"])
        hosts.add(parts.netloc)
        query = parse_qs(parts.query)
        assert query.get("tag") == ["kettlecrane-21"] or "awinaffid" in query
    assert hosts == {"www.amazon.co.uk", "www.awin1.com"}
    assert AFFILIATE_POST in site.raw_links["/blog/"]
    assert "BlogPosting" in {d["@type"] for d in site.pages[AFFILIATE_POST].jsonld}
    # Posts link collections, never products.
    products = {f"/shop/{slug}/" for slug in load_catalogue()["products"]}
    assert not products & site.raw_links[AFFILIATE_POST]


CHECKERS: set[str] = {
    "dead-end",
    "missing-cta",
    "orphan-page",
    "broken-link",
    "long-path-to-conversion",
    "off-site-cta",
    "form-unlabelled-field",
    "placeholder-cta",
    "redirect-chain",
    "form-insecure",
    "competing-ctas",
    "deep-page",
}


def test_manifest_is_complete_and_well_formed(site: Site) -> None:
    assert {p["check"] for p in site.problems} == CHECKERS
    for entry in site.problems:
        assert set(entry) >= {"check", "url", "why"}, entry
        assert entry["url"].startswith("/") and entry["why"].strip()
        if entry["check"] not in ("broken-link", "redirect-chain"):
            assert entry["url"] in site.pages, entry


# --------------------------------------------------------------------------- the server


def test_server_behaves_like_a_static_host(site: Site) -> None:
    server = site.server
    missing = fetch(server.url("/no-such-page/"))
    assert missing.status == 404 and missing.headers["Content-Type"].startswith("text/html")
    no_slash = fetch(server.url("/shop"))
    assert no_slash.status == 301 and no_slash.headers["Location"] == server.url("/shop/")
    head = fetch(server.url("/shop/"), method="HEAD")
    assert head.status == 200 and head.body == "" and int(head.headers["Content-Length"]) > 0
    assert fetch(server.url("/../server.py")).status == 404
    assert fetch(server.url("/%2e%2e/server.py")).status == 404
    # Layouts and partials are templates, never pages; page templates are served rendered.
    assert fetch(server.url("/_layout.html")).status == 404
    assert fetch(server.url("/_partials/header.html")).status == 404
    assert "{%" not in fetch(server.url("/index.html")).body
    post = urllib.request.Request(server.url("/contact/"), data=b"name=x", method="POST")
    with urllib.request.urlopen(post, timeout=10) as resp:
        assert resp.status == 200


def test_pages_are_rendered_from_templates() -> None:
    """No template syntax leaks into a page, and layouts and partials are not pages."""
    files = site_files()
    pages = {rel: body for rel, body in files.items() if rel.endswith(".html")}
    assert len(pages) == 47
    for rel, body in pages.items():
        text = body.decode("utf-8")
        assert not any(mark in text for mark in ("{{", "{%", "{#", "%}", "#}")), rel
        assert not any(part.startswith("_") for part in rel.split("/")), rel
    assert site_files() == files  # deterministic


def test_only_packaged_file_types_in_the_site() -> None:
    """pyproject's package-data patterns must cover everything the site ships."""
    allowed = (".html", ".xml", ".txt", ".css")
    assert all(rel.endswith(allowed) for rel, _ in _walk(site_root(), ""))


def test_shutdown_releases_the_port() -> None:
    server = serve_demo()
    with server:
        assert fetch(server.url("/")).status == 200
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(server.url("/"), timeout=2)
    server.shutdown()  # idempotent
