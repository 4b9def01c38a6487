"""The journey view's data: the site's sections in funnel order, and the routes to a sale.

A page-level graph of a real site is a hairball a client learns nothing from. Here the
funnel stages are columns, left to right; in each, the site's sections (its templates:
pages grouped by first path segment, ``reports.graph.section_of``) are boxes sized by
their pages, at most ``GROUPS_PER_STAGE`` per stage with the rest pooled in one "more"
box, so a 10,000-page site draws as few boxes as a 50-page one. Lines are the links
that lead on to a later stage (the strongest ``EDGES_DRAWN``), and the sections and
links on the homepage's shortest path to each conversion page are marked. Pages of no
stage (utility) are listed, not drawn.

Pure data: the template draws the SVG and the drill-down lists from these dicts, and
escapes every name (they are the crawled site's titles).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from core.vocab import FUNNEL
from reports.graph import section_of

GROUPS_PER_STAGE = 8  # boxes drawn per stage, the pooled "more" box included
PAGES_LISTED = 10  # a box's drill-down; the rest is counted
SECTIONS_LISTED = 12  # the sections a "more" box names
EDGES_DRAWN = 16  # the strongest links on to a later stage, plus every route's
ROUTES_LISTED = 8  # lines of routes through different boxes
ROUTE_TARGETS = 3  # conversion pages a route's line names
NAME_CHARS = 20  # what fits a box's 148 px at 12.5 px
# The picture's geometry, in SVG user units (the template sets a 1 px = 1 unit viewBox).
COLUMN_WIDTH, NODE_WIDTH = 196, 148
MARGIN, HEADER = 10, 58
NODE_GAP, NODE_HEIGHT, NODE_GROWTH = 14, 40, 36
CONVERSION_HEIGHT = 56  # room for a third line
WIDTH = 2 * MARGIN + (len(FUNNEL) - 1) * COLUMN_WIDTH + NODE_WIDTH + 28  # room for arcs

Key = tuple[str, str]  # (stage, section)


@dataclass
class _Box:
    """One drawn box: a section in a stage, or the stage's pooled remainder."""

    stage: str
    section: str | None  # None for the pooled "more" box
    pages: list[Mapping[str, Any]] = field(default_factory=list)
    sections: Counter[str] = field(default_factory=Counter)
    on_route: bool = False
    index: int = 0  # its place in the drawing order, the node's number


def journey_view(
    pages: Sequence[Mapping[str, Any]],
    links: Sequence[Mapping[str, Any]],
    paths: Sequence[Mapping[str, Any]],
    labels: Mapping[str, str],
    origin: str,
) -> dict[str, Any]:
    """The view's columns, boxes, lines, routes and utility pages (see the module doc);
    ``origin`` is the audited site's, where its sections' index pages are looked up."""
    by_url = {page["url"]: page for page in pages}
    key_of = {page["url"]: (page["stage"], section_of(page["url"])) for page in pages}
    routes = _routes(paths, by_url)
    route_keys = list(dict.fromkeys(key_of[url] for route in routes for url in route["pages"]))
    boxes, box_of = _boxes(pages, key_of, route_keys)
    index_pages = _index_pages({key[1] for key in key_of.values()}, by_url, origin)
    names = {s: p["title"] for s, p in index_pages.items() if p["title"]} | {"/": "Homepage"}

    def box_index(url: str) -> int | None:
        key = key_of.get(url)
        return box_of[key].index if key in box_of else None

    weights: Counter[tuple[int, int]] = Counter()
    for link in links:
        source, target = box_index(link["source"]), box_index(link["target"])
        if source is not None and target is not None and source != target:
            weights[source, target] += 1
    route_pairs = {
        (a, b)
        for route in routes
        for a, b in zip(
            [box_index(u) for u in route["pages"]], [box_index(u) for u in route["pages"][1:]],
            strict=False,
        )
        if a is not None and b is not None and a != b
    }  # fmt: skip
    column = {stage: i for i, stage in enumerate(FUNNEL)}
    onward = sorted(
        (pair for pair in weights if column[boxes[pair[1]].stage] > column[boxes[pair[0]].stage]),
        key=lambda pair: -weights[pair],
    )
    drawn = list(dict.fromkeys([*onward[:EDGES_DRAWN], *sorted(route_pairs)]))
    nodes = _layout(boxes, names, index_pages, labels)
    return {
        "width": WIDTH,
        "height": max((n["y"] + n["h"] for n in nodes), default=HEADER) + MARGIN,
        "columns": _columns(pages, labels),
        "nodes": nodes,
        "edges": _edges(drawn, weights, route_pairs, nodes, labels),
        "onward_drawn": min(len(onward), EDGES_DRAWN),
        "onward_hidden": max(len(onward) - EDGES_DRAWN, 0),
        **_route_list(routes, key_of, box_of, nodes),
        "unreachable": _unreachable(paths, by_url),
        "utility": _utility(pages, names),
    }


def _routes(
    paths: Sequence[Mapping[str, Any]], by_url: Mapping[str, Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """The homepage's shortest path (any link) to each conversion page, the fewest clicks
    first; a path through a page the audit does not list cannot be drawn and is left out."""
    routes = [
        {"target": path["target"], "title": by_url[path["target"]]["title"],
         "clicks": path["clicks"], "pages": list(path["pages"])}
        for path in paths
        if path["origin"] == "home" and path["via"] == "any" and path["clicks"] is not None
        and path["pages"] and all(url in by_url for url in path["pages"])
    ]  # fmt: skip
    return sorted(routes, key=lambda route: (route["clicks"], route["target"]))


def _unreachable(
    paths: Sequence[Mapping[str, Any]], by_url: Mapping[str, Mapping[str, Any]]
) -> int:
    """Conversion pages the homepage has no path to."""
    return sum(
        1
        for path in paths
        if path["origin"] == "home" and path["via"] == "any" and path["clicks"] is None
        and path["target"] in by_url
    )  # fmt: skip


def _boxes(
    pages: Sequence[Mapping[str, Any]], key_of: Mapping[str, Key], route_keys: Sequence[Key]
) -> tuple[list[_Box], dict[Key, _Box]]:
    """The boxes of each funnel stage in drawing order (the routes' sections in route order,
    the homepage, then the largest), at most ``GROUPS_PER_STAGE``, the rest pooled in a last
    "more" box."""
    members: dict[Key, list[Mapping[str, Any]]] = defaultdict(list)
    for page in pages:
        if page["stage"] in FUNNEL:
            members[key_of[page["url"]]].append(page)
    on_route = {key: i for i, key in enumerate(route_keys)}
    boxes: list[_Box] = []
    box_of: dict[Key, _Box] = {}
    for stage in FUNNEL:
        keys = sorted(
            (key for key in members if key[0] == stage),
            key=lambda key: (
                on_route.get(key, len(on_route)),
                key[1] != "/",
                -len(members[key]),
                key[1],
            ),
        )
        shown = keys if len(keys) <= GROUPS_PER_STAGE else keys[: GROUPS_PER_STAGE - 1]
        for key in shown:
            box_of[key] = _Box(stage, key[1], members[key], Counter({key[1]: len(members[key])}))
            box_of[key].index = len(boxes)
            boxes.append(box_of[key])
        if len(shown) < len(keys):
            pooled = _Box(stage, None, index=len(boxes))
            for key in keys[len(shown) :]:
                pooled.pages += members[key]
                pooled.sections[key[1]] = len(members[key])
                box_of[key] = pooled
            boxes.append(pooled)
    for key in route_keys:
        if key in box_of:
            box_of[key].on_route = True
    return boxes, box_of


def _index_pages(
    sections: Iterable[str], by_url: Mapping[str, Mapping[str, Any]], origin: str
) -> dict[str, Mapping[str, Any]]:
    """Each section's own index page ("/shop/" of /shop), where the crawl has one: its title
    names the section. The homepage is the index of "/"."""
    found = {}
    for section in sections:
        page = by_url.get(origin + section.rstrip("/") + "/") or by_url.get(origin + section)
        if page is not None:
            found[section] = page
    return found


def _box_name(
    box: _Box, names: Mapping[str, str], index_pages: Mapping[str, Mapping[str, Any]]
) -> str:
    """A section's name, unless the box is a stage's share of a section without its index
    page: then its one page's title ("Write a review"), or "Shop pages" for several."""
    assert box.section is not None
    name = names.get(box.section, box.section.rstrip("/") + "/")
    index = index_pages.get(box.section)
    if index is not None and index["stage"] == box.stage:
        return name
    if len(box.pages) == 1:
        return box.pages[0]["title"] or name
    return f"{name} pages"


def _short(text: str, chars: int = NAME_CHARS) -> str:
    return text if len(text) <= chars else text[: chars - 1].rstrip() + "…"


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _columns(pages: Sequence[Mapping[str, Any]], labels: Mapping[str, str]) -> list[dict[str, Any]]:
    counts = Counter(page["stage"] for page in pages)
    return [
        {"stage": stage, "label": labels[stage], "pages": counts[stage],
         "x": MARGIN + i * COLUMN_WIDTH, "width": NODE_WIDTH}
        for i, stage in enumerate(FUNNEL)
    ]  # fmt: skip


def _top_pages(box: _Box) -> list[dict[str, Any]]:
    """The pages a box's drill-down lists: conversions first, then the shallowest."""
    ranked = sorted(
        box.pages,
        key=lambda p: (not p["is_conversion"], p["depth"] is None, p["depth"] or 0, p["url"]),
    )
    return [{"url": p["url"], "title": p["title"]} for p in ranked[:PAGES_LISTED]]


def _layout(
    boxes: Sequence[_Box],
    names: Mapping[str, str],
    index_pages: Mapping[str, Mapping[str, Any]],
    labels: Mapping[str, str],
) -> list[dict[str, Any]]:
    """Each box's place and size: stacked in its stage's column, taller for more pages."""
    peak = max((len(box.pages) for box in boxes), default=1)
    column_y = {stage: float(HEADER) for stage in FUNNEL}
    nodes = []
    for i, box in enumerate(boxes):
        count = len(box.pages)
        conversions = sum(1 for p in box.pages if p["is_conversion"])
        height = NODE_HEIGHT + NODE_GROWTH * math.sqrt(count / peak)
        if conversions:
            height = max(height, CONVERSION_HEIGHT)
        if box.section is None:
            name = f"{len(box.sections):,} more sections"
            sections = [
                {"section": s, "name": names.get(s, s), "pages": n}
                for s, n in box.sections.most_common(SECTIONS_LISTED)
            ]
        else:
            name = _box_name(box, names, index_pages)
            sections = []
        nodes.append({
            "id": f"jv-{i}", "stage": box.stage, "stage_label": labels[box.stage],
            "name": name, "short_name": _short(name),
            "section": None if box.section is None else box.section.rstrip("/") + "/",
            "pages": count, "conversions": conversions,
            "findings": sum(int(p.get("findings") or 0) for p in box.pages),
            "detail": _plural(count, "page"),
            "conversion_text": _plural(conversions, "conversion page") if conversions else None,
            "on_route": box.on_route, "top": _top_pages(box),
            "more_pages": max(count - PAGES_LISTED, 0),
            "sections": sections, "more_sections": max(len(box.sections) - SECTIONS_LISTED, 0),
            "x": MARGIN + FUNNEL.index(box.stage) * COLUMN_WIDTH,
            "y": round(column_y[box.stage], 1), "w": NODE_WIDTH, "h": round(height, 1),
        })  # fmt: skip
        column_y[box.stage] += height + NODE_GAP
    return nodes


def _edges(
    drawn: Sequence[tuple[int, int]],
    weights: Mapping[tuple[int, int], int],
    route_pairs: set[tuple[int, int]],
    nodes: Sequence[Mapping[str, Any]],
    labels: Mapping[str, str],
) -> list[dict[str, Any]]:
    """The lines: onward from a box's right side to the next box's left side; a route's step
    within one stage arcs beside the column, a step back runs right to left. Each box's
    ends are spread down its side in the order of the boxes at the other end, so lines
    leave and arrive apart. Route lines come last, drawn on top."""
    peak = max((weights.get(pair, 0) for pair in drawn), default=1) or 1
    outs: dict[int, list[int]] = defaultdict(list)
    ins: dict[int, list[int]] = defaultdict(list)
    for s, t in drawn:
        outs[s].append(t)
        ins[t].append(s)

    def end_y(node: int, other: int, ends: Mapping[int, list[int]]) -> float:
        order = sorted(ends[node], key=lambda n: (nodes[n]["x"], nodes[n]["y"]))
        box = nodes[node]
        return box["y"] + box["h"] * (order.index(other) + 1) / (len(order) + 1)

    edges = []
    for s, t in sorted(drawn, key=lambda pair: pair in route_pairs):
        a, b = nodes[s], nodes[t]
        y0, y1 = end_y(s, t, outs), end_y(t, s, ins)
        if b["x"] > a["x"]:
            x0, x1 = a["x"] + a["w"], b["x"]
            mid = (x0 + x1) / 2
            d = f"M{x0},{y0:.1f} C{mid},{y0:.1f} {mid},{y1:.1f} {x1},{y1:.1f}"
        elif b["x"] == a["x"]:
            x0 = x1 = a["x"] + a["w"]
            bulge = x0 + 16 + min(abs(y1 - y0) / 6, 12)
            d = f"M{x0},{y0:.1f} C{bulge:.1f},{y0:.1f} {bulge:.1f},{y1:.1f} {x1},{y1:.1f}"
        else:
            x0, x1 = a["x"], b["x"] + b["w"]
            mid = (x0 + x1) / 2
            d = f"M{x0},{y0:.1f} C{mid},{y0:.1f} {mid},{y1:.1f} {x1},{y1:.1f}"
        count = weights.get((s, t), 0)
        edges.append({
            "d": d, "on_route": (s, t) in route_pairs, "stage": a["stage"],
            "width": round(1 + 6 * math.sqrt(count / peak), 1),
            "title": f"{a['name']} ({labels[a['stage']]}) → {b['name']} ({labels[b['stage']]}):"
                     f" {_plural(count, 'link')}",
        })  # fmt: skip
    return edges


def _route_list(
    routes: Sequence[Mapping[str, Any]],
    key_of: Mapping[str, Key],
    box_of: Mapping[Key, _Box],
    nodes: Sequence[Mapping[str, Any]],
) -> dict[str, Any]:
    """The routes in words, as the boxes they pass ("Homepage → Shop → Cart → Checkout"):
    conversion pages reached through the same boxes share one line, which names a few."""
    Step = tuple[str | None, str]  # a box's id and name; no id for a utility page
    alike: dict[tuple[Step, ...], list[Mapping[str, Any]]] = defaultdict(list)
    for route in routes:
        boxes = (box_of.get(key_of[url]) for url in route["pages"])
        passed: list[Step] = [
            (nodes[b.index]["id"], nodes[b.index]["name"]) if b else (None, "Utility")
            for b in boxes
        ]
        alike[tuple(step for step, _ in groupby(passed))].append(route)
    lines = []
    for steps, group in alike.items():
        clicks = sorted({route["clicks"] for route in group})
        lines.append({
            "steps": [{"id": i, "name": name} for i, name in steps],
            "clicks": clicks[0] if len(clicks) == 1 else f"{clicks[0]}-{clicks[-1]}",
            "plural": clicks != [1],
            "targets": [{"url": r["target"], "title": r["title"]} for r in group[:ROUTE_TARGETS]],
            "more_targets": max(len(group) - ROUTE_TARGETS, 0),
        })  # fmt: skip
    return {"routes": lines[:ROUTES_LISTED], "more_routes": max(len(lines) - ROUTES_LISTED, 0)}


def _utility(pages: Sequence[Mapping[str, Any]], names: Mapping[str, str]) -> dict[str, Any]:
    """The pages of no stage (legal notices, search, errors), listed rather than drawn."""
    utility = [p for p in pages if p["stage"] not in FUNNEL]
    sections = Counter(section_of(p["url"]) for p in utility)
    box = _Box("none", None, utility, sections)
    return {
        "pages": len(utility),
        "sections": [
            {"section": s, "name": names.get(s, s), "pages": n}
            for s, n in sections.most_common(SECTIONS_LISTED)
        ],
        "more_sections": max(len(sections) - SECTIONS_LISTED, 0),
        "top": _top_pages(box),
        "more_pages": max(len(utility) - PAGES_LISTED, 0),
    }
