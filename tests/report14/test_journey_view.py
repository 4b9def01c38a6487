"""Issue 14: the Site flow view (``reports/journey_view.py``) that replaced the navigation
hairball: sections as boxes in funnel columns, onward links as lines, the homepage's route
to each conversion marked; then the demo report in real Chromium at 1366 and 390 px."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reports import journey_view as journey
from reports.journey_view import GROUPS_PER_STAGE, PAGES_LISTED, journey_view
from tests.reports.samples import HOSTILE_TITLE

SITE = "https://shop.test"
LABELS = {
    "awareness": "Awareness", "consideration": "Consideration", "decision": "Decision",
    "retention": "Retention", "advocacy": "Advocacy", "none": "Utility",
}  # fmt: skip
ROUTE = ["/", "/shop/", "/shop/kettle", "/cart/", "/checkout/"]
ROUTE_NAMES = ["Homepage", "Shop", "Shop pages", "Cart", "Checkout"]


def page(path: str, stage: str, title: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"url": SITE + path, "title": title or path, "stage": stage, "depth": path.count("/"),
            "is_conversion": False, "findings": 0, **extra}  # fmt: skip


def link(source: str, target: str) -> dict[str, Any]:
    return {"source": SITE + source, "target": SITE + target, "text": "", "kind": "link"}


def home_path(target: str, pages: list[str] | None) -> dict[str, Any]:
    urls = [SITE + p for p in pages or []]
    clicks = len(urls) - 1 if pages else None
    return {"origin": "home", "via": "any", "source": SITE + "/", "target": SITE + target,
            "clicks": clicks, "pages": urls, "links": ["x"] * (clicks or 0)}  # fmt: skip


def shop() -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """A small shop: a blog, a shop whose products are decision pages, a cart and checkout,
    ten one-page consideration sections (more than a column holds) and a privacy notice."""
    pages = [
        page("/", "awareness", "Home"),
        page("/blog/", "awareness", "Journal"),
        *(page(f"/blog/post-{i}", "awareness") for i in range(3)),
        page("/shop/", "consideration", "Shop"),
        page("/shop/kettle", "decision", "Kettle"),
        page("/shop/grinder", "decision", "Grinder"),
        page("/cart/", "decision", "Cart"),
        page("/checkout/", "decision", "Checkout", is_conversion=True),
        page("/gift/", "decision", "Gift", is_conversion=True),
        *(page(f"/topic-{i}/", "consideration", f"Topic {i}") for i in range(10)),
        page("/privacy/", "none", "Privacy"),
        page("/stories/", "advocacy", "Stories"),
    ]
    links = [
        *(link(f"/blog/post-{i}", "/shop/") for i in range(3)),
        link("/", "/shop/"), link("/shop/", "/shop/kettle"), link("/shop/", "/shop/grinder"),
        link("/shop/kettle", "/cart/"), link("/cart/", "/checkout/"),
        link("/checkout/", "/"),  # back to the start: not an onward line
        link("/", "/privacy/"), link("/shop/", "/stories/"),
    ]  # fmt: skip
    paths = [home_path("/checkout/", ROUTE), home_path("/gift/", None)]
    return pages, links, paths


@pytest.fixture(scope="module")
def view() -> dict[str, Any]:
    return journey_view(*shop(), LABELS, SITE)


def node(view: dict[str, Any], name: str) -> dict[str, Any]:
    return next(n for n in view["nodes"] if n["name"] == name)


def test_sections_are_boxes_in_funnel_columns(view: dict[str, Any]) -> None:
    columns = [c["stage"] for c in view["columns"]]
    assert columns == ["awareness", "consideration", "decision", "retention", "advocacy"]
    assert [c["pages"] for c in view["columns"]] == [5, 11, 5, 0, 1]
    awareness = [n["name"] for n in view["nodes"] if n["stage"] == "awareness"]
    assert awareness == ["Homepage", "Journal"]  # the homepage first, a section by its index
    journal = node(view, "Journal")
    assert journal["pages"] == 4 and journal["section"] == "/blog/"
    assert journal["h"] > node(view, "Homepage")["h"]  # sized by pages
    # the products are the decision share of /shop/, which has no index page there
    assert node(view, "Shop pages")["pages"] == 2 and node(view, "Shop")["stage"] == "consideration"
    xs = {n["stage"]: n["x"] for n in view["nodes"]}
    assert xs["awareness"] < xs["consideration"] < xs["decision"] < xs["advocacy"]


def test_a_crowded_stage_pools_its_smallest_sections(view: dict[str, Any]) -> None:
    consideration = [n for n in view["nodes"] if n["stage"] == "consideration"]
    assert len(consideration) == GROUPS_PER_STAGE
    assert consideration[0]["name"] == "Shop"  # on the route, so never pooled
    pooled = consideration[-1]
    assert pooled["name"] == "4 more sections" and pooled["pages"] == 4
    assert [s["pages"] for s in pooled["sections"]] == [1, 1, 1, 1]
    assert sum(n["pages"] for n in consideration) == 11


def test_route_boxes_and_lines_are_marked(view: dict[str, Any]) -> None:
    assert [n["name"] for n in view["nodes"] if n["on_route"]] == ROUTE_NAMES
    route_lines = [e for e in view["edges"] if e["on_route"]]
    assert len(route_lines) == 4
    assert view["edges"][-len(route_lines) :] == route_lines  # drawn last, on top
    # Cart -> Checkout is a step within the decision column: an arc beside it
    arc = next(e for e in route_lines if e["title"].startswith("Cart"))
    start, end = arc["d"].split()[0], arc["d"].split()[-1]
    assert start[1:].split(",")[0] == end.split(",")[0]
    assert node(view, "Checkout")["conversion_text"] == "1 conversion page"


def test_lines_are_onward_links_weighted_by_count(view: dict[str, Any]) -> None:
    titles = {e["title"]: e for e in view["edges"]}
    journal = titles["Journal (Awareness) → Shop (Consideration): 3 links"]
    stories = titles["Shop (Consideration) → Stories (Advocacy): 1 link"]
    assert journal["width"] > stories["width"] and not journal["on_route"]
    assert not any("Checkout (Decision) → Homepage" in t for t in titles)  # a link back
    assert not any("Privacy" in t for t in titles)  # utility pages are not drawn


def test_only_the_strongest_onward_lines_are_drawn(monkeypatch: pytest.MonkeyPatch) -> None:
    """Of the four onward pairs (Journal → Shop 3 links, Shop → Shop pages 2, Homepage →
    Shop 1, Shop → Stories 1), two are drawn; a route's line is drawn however weak."""
    monkeypatch.setattr(journey, "EDGES_DRAWN", 2)
    view = journey_view(*shop(), LABELS, SITE)
    assert (view["onward_drawn"], view["onward_hidden"]) == (2, 2)
    titles = {e["title"]: e["on_route"] for e in view["edges"]}
    assert titles["Journal (Awareness) → Shop (Consideration): 3 links"] is False
    assert titles["Homepage (Awareness) → Shop (Consideration): 1 link"] is True
    assert not any(t.startswith("Shop (Consideration) → Stories") for t in titles)


def test_routes_in_words_and_the_unreachable(view: dict[str, Any]) -> None:
    (route,) = view["routes"]
    assert [s["name"] for s in route["steps"]] == ROUTE_NAMES
    assert route["clicks"] == 4 and route["targets"][0]["title"] == "Checkout"
    assert all(step["id"] == node(view, step["name"])["id"] for step in route["steps"])
    assert view["unreachable"] == 1  # /gift/


def test_conversions_reached_alike_share_one_line() -> None:
    pages, links, paths = shop()
    pages.append(page("/shop/mug", "decision", "Mug", is_conversion=True))
    paths.append(home_path("/shop/mug", ["/", "/shop/", "/shop/mug"]))
    paths.append(home_path("/gift/", ["/", "/shop/", "/shop/kettle", "/gift/"]))
    routes = journey_view(pages, links, paths, LABELS, SITE)["routes"]
    assert [[s["name"] for s in r["steps"]] for r in routes] == [
        ["Homepage", "Shop", "Shop pages"],
        ["Homepage", "Shop", "Shop pages", "Gift"],
        ROUTE_NAMES,
    ]  # the fewest clicks first


def test_a_path_through_an_unknown_page_is_not_drawn() -> None:
    pages, links, _ = shop()
    paths = [home_path("/checkout/", ["/", "/gone/", "/checkout/"])]
    view = journey_view(pages, links, paths, LABELS, SITE)
    assert view["routes"] == [] and not any(n["on_route"] for n in view["nodes"])


def test_utility_pages_are_listed_not_drawn(view: dict[str, Any]) -> None:
    assert view["utility"]["pages"] == 1
    assert view["utility"]["top"] == [{"url": SITE + "/privacy/", "title": "Privacy"}]
    assert all(n["stage"] != "none" for n in view["nodes"])


def test_a_site_of_utility_pages_draws_empty_columns() -> None:
    view = journey_view([page("/", "none", "Home")], [], [], LABELS, SITE)
    assert view["nodes"] == [] and view["edges"] == [] and view["routes"] == []
    assert [c["pages"] for c in view["columns"]] == [0, 0, 0, 0, 0]
    assert view["height"] > 0 and view["utility"]["pages"] == 1


def test_a_big_section_lists_its_first_pages() -> None:
    pages, links, paths = shop()
    pages += [page(f"/blog/p{i:03}", "awareness", depth=2) for i in range(300)]
    journal = node(journey_view(pages, links, paths, LABELS, SITE), "Journal")
    assert len(journal["top"]) == PAGES_LISTED and journal["more_pages"] == 304 - PAGES_LISTED
    assert journal["top"][0]["title"] == "Journal"  # the shallowest first


# ---- the demo report in Chromium ---------------------------------------------------------


@pytest.fixture(scope="module")
def desktop(chromium: Any, report_file: Path) -> Any:
    context = chromium.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(report_file.as_uri())
    page.wait_for_load_state("load")
    page.dialogs = dialogs
    yield page
    context.close()


@pytest.mark.browser
def test_demo_site_flow_marks_the_route_to_checkout(desktop: Any) -> None:
    svg = desktop.locator("#graph svg.jv")
    assert svg.is_visible()
    box = svg.bounding_box()
    assert box is not None and box["width"] > 900
    names = desktop.locator("#graph .jv-node.jv-route .jv-name").all_text_contents()
    assert names == ["Homepage", "Shop", "Shop pages", "Your cart", "Checkout"]
    assert desktop.locator("#graph .jv-edge.jv-route").count() == 4
    colour = desktop.locator("#graph .jv-edge.jv-route").first.evaluate(
        "el => getComputedStyle(el).stroke"
    )
    assert colour == "rgb(31, 58, 95)"  # the report's accent, not a stage colour
    route = desktop.locator("#graph .jv-routes li").first.text_content()
    assert "Checkout" in route and "Homepage → Shop → Shop pages → Your cart → Checkout" in route


@pytest.mark.browser
def test_demo_site_flow_drills_down_and_escapes_titles(desktop: Any) -> None:
    checkout = desktop.locator("#graph .jv-node", has_text="Checkout")
    target = checkout.get_attribute("data-group")
    assert not desktop.locator(f"details#{target}").evaluate("d => d.open")
    checkout.click()
    details = desktop.locator(f"details#{target}")
    assert details.evaluate("d => d.open")
    assert details.locator(".jv-pages .page-title").all_text_contents() == ["Checkout"]
    # the /reviews/ section is named by its hostile title: shown as text, never run
    names = desktop.locator("#graph .jv-group-name").all_text_contents()
    assert HOSTILE_TITLE in names and desktop.dialogs == []


@pytest.mark.browser
def test_full_graph_is_drawn_only_when_asked(desktop: Any) -> None:
    assert desktop.evaluate("window.touchpointGraph === undefined")
    assert not desktop.locator("#graph-canvas").is_visible()
    desktop.click("#graph .jv-show")
    assert desktop.locator("#graph-canvas").is_visible()
    assert desktop.get_attribute("#graph .jv-show", "aria-expanded") == "true"
    painted = desktop.evaluate(
        "(() => { const c = document.getElementById('graph-canvas');"
        " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
        " let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++; return n; })()"
    )
    assert painted > 500


@pytest.mark.browser
def test_site_flow_at_390_scrolls_in_its_own_box(chromium: Any, report_file: Path) -> None:
    context = chromium.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(report_file.as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    scroll = page.locator("#graph .jv-scroll")
    assert scroll.evaluate("el => el.getBoundingClientRect().right") <= 390
    assert scroll.evaluate("el => el.scrollWidth > el.clientWidth")  # the picture scrolls
    name = page.locator("#graph .jv-name").first.bounding_box()
    assert name is not None and name["height"] >= 9  # still legible: no shrink to fit
    assert page.locator("#graph .jv-swipe").is_visible()
    summary = page.locator("#graph .jv-group summary").first.bounding_box()
    assert summary is not None and summary["x"] + summary["width"] <= 390
    context.close()
