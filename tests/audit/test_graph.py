"""Paths, redirects and the stage flow: click counts equal the hand-counted ones."""

from __future__ import annotations

from audit_builders import BASE, SiteBuilder, healthy_site

from audit.graph import build_graph
from audit.runner import run_audit


def paths(site: SiteBuilder) -> dict[tuple[str, str, str], tuple[int | None, list[str]]]:
    result = run_audit(site.build())
    return {
        (p.origin, p.via, p.source.removeprefix(BASE)): (
            p.clicks, [u.removeprefix(BASE) for u in p.pages]
        )
        for p in result.paths
    }  # fmt: skip


def test_home_paths_by_any_link_and_by_ctas_only() -> None:
    site = healthy_site()
    # A shortcut that is not a CTA: / -> /signup/ is 1 click by any link, still 2 by CTAs.
    site.link("/", "/signup/", "Sign up", "nav")
    found = paths(site)
    assert found["home", "any", "/"] == (1, ["/", "/signup/"])
    assert found["home", "cta", "/"] == (2, ["/", "/pricing/", "/signup/"])


def test_entry_pages_reach_their_nearest_conversion() -> None:
    site = healthy_site()  # sitemap: /, /blog/, /pricing/, /signup/; awareness: /blog/...
    found = paths(site)
    assert found["entry", "any", "/blog/"] == (
        3,
        ["/blog/", "/blog/post/", "/pricing/", "/signup/"],
    )
    assert found["entry", "cta", "/blog/"] == (None, [])  # blog links are not CTAs
    assert found["entry", "any", "/pricing/"] == (1, ["/pricing/", "/signup/"])
    assert found["entry", "any", "/signup/"] == (0, ["/signup/"])
    assert ("entry", "any", "/") not in found  # the homepage has its own paths


def test_a_link_to_a_redirect_continues_to_the_final_page_without_a_click() -> None:
    site = healthy_site()
    site.redirect("/go/", "/signup/", hops=2).link("/blog/", "/go/", "Try it")
    graph = build_graph(site.build())
    blog, signup = graph.index[f"{BASE}/blog/"], graph.index[f"{BASE}/signup/"]
    assert signup in graph.succ[blog]
    assert graph.graph[f"{BASE}/blog/"][f"{BASE}/signup/"]["via"] == f"{BASE}/go/"
    assert f"{BASE}/go/" not in graph.index  # a redirecting URL is not a page
    assert graph.home_clicks(f"{BASE}/signup/") == 2  # unchanged: /, /blog/, /signup/ is 2 too
    assert graph.redirect_sources == {f"{BASE}/go/": [f"{BASE}/blog/"]}


def test_the_networkx_graph_matches_the_adjacency_lists() -> None:
    graph = build_graph(healthy_site().build())
    edges = {
        (graph.urls[s], graph.urls[t]) for s, targets in enumerate(graph.succ) for t in targets
    }
    assert set(graph.graph.edges) == edges
    assert {(u, v) for v in graph.graph for u in graph.graph.predecessors(v)} == edges
    assert graph.graph.nodes[f"{BASE}/signup/"]["is_conversion"] is True
    cta_edges = {(u, v) for u, v, cta in graph.graph.edges(data="cta") if cta}
    assert cta_edges == {(f"{BASE}/", f"{BASE}/pricing/"), (f"{BASE}/pricing/", f"{BASE}/signup/")}


def test_stage_flow_counts_links_between_stages() -> None:
    flow = build_graph(healthy_site().build()).stage_flow
    assert flow.matrix["awareness"]["consideration"] == 2  # / and /blog/post/ -> /pricing/
    assert flow.matrix["consideration"]["decision"] == 1
    assert flow.matrix["none"]["awareness"] == 1
    assert flow.stages_without_way_forward == [] and flow.stages_without_pages == []


def test_clicks_distribution_and_page_rows() -> None:
    result = run_audit(healthy_site().build())
    assert result.clicks_distribution["home_to_conversion"] == {"2": 1}
    # /signup/ 0; /pricing/ 1; / and /blog/post/ 2; /blog/, /account/, /refer/, /privacy/ 3
    assert result.clicks_distribution["page_to_nearest_conversion"] == {
        "0": 1, "1": 1, "2": 2, "3": 4
    }  # fmt: skip
    rows = {p.url.removeprefix(BASE): p for p in result.pages}
    assert rows["/blog/post/"].clicks_to_conversion == 2
    assert rows["/pricing/"].ctas == 1 and rows["/signup/"].forms == 1
