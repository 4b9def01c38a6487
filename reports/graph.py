"""The navigation graph's data: node positions and edges, laid out here, drawn by the browser.

Pages sit in one cluster per funnel stage, left to right in journey order, the
shallowest pages in the middle of each cluster (a sunflower spiral: no overlap,
no iterations, the same picture on every run). Above ``PAGE_LIMIT`` pages one
node per stage and site section replaces the pages, so the file stays small.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

PAGE_LIMIT = 2000
WIDTH, HEIGHT = 1200.0, 560.0
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def section_of(url: str) -> str:
    """The first path segment, the unit of the aggregated picture ("/" for the homepage)."""
    path = urlsplit(url).path.strip("/")
    return "/" + path.split("/", 1)[0] if path else "/"


def graph_data(
    pages: Sequence[Mapping[str, Any]],
    links: Sequence[Mapping[str, Any]],
    stages: Sequence[str],
) -> dict[str, Any]:
    """Nodes and edges for ``report.js``: page nodes up to PAGE_LIMIT, section nodes above."""
    if len(pages) <= PAGE_LIMIT:
        return _page_graph(pages, links, stages)
    return _section_graph(pages, links, stages)


def _column_x(stage_index: int, columns: int) -> float:
    return (stage_index + 0.5) * WIDTH / columns


def _page_graph(
    pages: Sequence[Mapping[str, Any]], links: Sequence[Mapping[str, Any]], stages: Sequence[str]
) -> dict[str, Any]:
    index = {page["url"]: i for i, page in enumerate(pages)}
    members: dict[str, list[int]] = {stage: [] for stage in stages}
    for i, page in enumerate(pages):
        members[page["stage"]].append(i)
    largest = max((len(m) for m in members.values()), default=1) or 1
    half_column = WIDTH / len(stages) / 2
    spacing = 0.92 * min(half_column, HEIGHT / 2) / math.sqrt(largest)
    stretch = min(HEIGHT / 2 / half_column, 2.2)  # tall ellipses fill the picture's height
    nodes: list[list[float]] = [[0.0, 0.0]] * len(pages)
    for column, stage in enumerate(stages):
        ordered = sorted(
            members[stage], key=lambda i: (pages[i]["depth"] is None, pages[i]["depth"] or 0)
        )
        cx = _column_x(column, len(stages))
        for k, i in enumerate(ordered):
            r, theta = spacing * math.sqrt(k + 0.5), k * GOLDEN_ANGLE
            nodes[i] = [
                round(cx + r * math.cos(theta), 1),
                round(HEIGHT / 2 + stretch * r * math.sin(theta), 1),
            ]
    edges = sorted(
        {
            (index[link["source"]], index[link["target"]])
            for link in links
            if link["source"] in index
            and link["target"] in index
            and link["source"] != link["target"]
        }
    )
    radius = round(min(max(spacing * 0.3, 2.5), 9.0), 1)
    return {"mode": "pages", "radius": radius, "nodes": nodes, "edges": edges}


def _section_graph(
    pages: Sequence[Mapping[str, Any]], links: Sequence[Mapping[str, Any]], stages: Sequence[str]
) -> dict[str, Any]:
    group_of = {page["url"]: (page["stage"], section_of(page["url"])) for page in pages}
    sizes = Counter(group_of.values())
    findings: Counter[tuple[str, str]] = Counter()
    for page in pages:
        findings[group_of[page["url"]]] += page["findings"]
    groups = sorted(sizes, key=lambda g: (stages.index(g[0]), -sizes[g], g[1]))
    index = {group: i for i, group in enumerate(groups)}
    peak = max(sizes.values())
    nodes = []
    for column, stage in enumerate(stages):
        in_stage = [g for g in groups if g[0] == stage]
        for row, group in enumerate(in_stage):
            y = HEIGHT * (row + 1) / (len(in_stage) + 1)
            radius = 6 + 26 * math.sqrt(sizes[group] / peak)
            nodes.append(
                [_column_x(column, len(stages)), round(y, 1), round(radius, 1),
                 group[1], sizes[group], findings[group]]
            )  # fmt: skip
    weights: Counter[tuple[int, int]] = Counter()
    for link in links:
        source, target = group_of.get(link["source"]), group_of.get(link["target"])
        if source and target and source != target:
            weights[index[source], index[target]] += 1
    edges = [[s, t, w] for (s, t), w in sorted(weights.items())]
    stage_of = [stages.index(g[0]) for g in groups]
    return {
        "mode": "sections", "nodes": nodes,
        "stages": stage_of, "edges": edges,
    }  # fmt: skip
