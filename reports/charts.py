"""Chart geometry computed in Python, so the pictures print and need no script to appear.

The templates turn these plain dicts into SVG; every label goes through Jinja's
autoescaping, so nothing here formats markup.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

SANKEY_WIDTH = 720
SANKEY_NODE_WIDTH = 14
SANKEY_GAP = 12
SANKEY_LABEL_SPACE = 150


def sankey(
    flows: Sequence[Mapping[str, Any]], order: Sequence[str], labels: Mapping[str, str]
) -> dict[str, Any]:
    """Lay out a two-column Sankey: stages linked from (left) to stages linked to (right).

    Two columns rather than one per stage because links also run backwards and
    within a stage; every flow then reads left to right as "from here, to there".
    """
    flows = [f for f in flows if int(f.get("links", 0)) > 0]
    total = sum(int(f["links"]) for f in flows)
    if not total:
        return {
            "width": SANKEY_WIDTH,
            "height": 0,
            "nodes": [],
            "links": [],
            "from_x": 0,
            "to_x": 0,
        }
    out_sum = {s: sum(int(f["links"]) for f in flows if f["source"] == s) for s in order}
    in_sum = {s: sum(int(f["links"]) for f in flows if f["target"] == s) for s in order}
    height = 60 + 40 * len(order)
    scale = (height - SANKEY_GAP * (len(order) - 1)) / total
    x_left, x_right = SANKEY_LABEL_SPACE, SANKEY_WIDTH - SANKEY_LABEL_SPACE - SANKEY_NODE_WIDTH
    left = _column(out_sum, order, labels, scale, x_left, "end")
    right = _column(in_sum, order, labels, scale, x_right, "start")
    out_offset = {s: n["y"] for s, n in left.items()}
    in_offset = {s: n["y"] for s, n in right.items()}
    links = []
    order_index = {s: i for i, s in enumerate(order)}
    for flow in sorted(flows, key=lambda f: (order_index[f["source"]], order_index[f["target"]])):
        source, target, value = flow["source"], flow["target"], int(flow["links"])
        band = value * scale
        y0, y1 = out_offset[source] + band / 2, in_offset[target] + band / 2
        out_offset[source] += band
        in_offset[target] += band
        x0, x1 = x_left + SANKEY_NODE_WIDTH, x_right
        mid = (x0 + x1) / 2
        links.append(
            {
                "d": f"M{x0},{y0:.1f} C{mid},{y0:.1f} {mid},{y1:.1f} {x1},{y1:.1f}",
                "width": max(band, 1.0),
                "stage": source,
                "title": f"{labels[source]} → {labels[target]}: {value:,} links",
            }
        )
    return {
        "width": SANKEY_WIDTH,
        "height": height,
        "nodes": [*left.values(), *right.values()],
        "links": links,
        "from_x": x_left + SANKEY_NODE_WIDTH / 2,
        "to_x": x_right + SANKEY_NODE_WIDTH / 2,
    }


def _column(
    sums: Mapping[str, int],
    order: Sequence[str],
    labels: Mapping[str, str],
    scale: float,
    x: float,
    anchor: str,
) -> dict[str, dict[str, Any]]:
    nodes: dict[str, dict[str, Any]] = {}
    y = 0.0
    for stage in order:
        if not sums[stage]:
            continue
        h = sums[stage] * scale
        label_x = x - 8 if anchor == "end" else x + SANKEY_NODE_WIDTH + 8
        nodes[stage] = {
            "x": x, "y": y, "w": SANKEY_NODE_WIDTH, "h": max(h, 1.0), "stage": stage,
            "label": f"{labels[stage]} ({sums[stage]:,})", "label_x": label_x,
            "label_y": y + h / 2, "anchor": anchor,
        }  # fmt: skip
        y += h + SANKEY_GAP
    return nodes


def bars(
    counts: Mapping[str, int], label_of: Mapping[str, str] | None = None
) -> list[dict[str, Any]]:
    """Rows for a horizontal bar chart: label, value and width as a share of the largest."""
    peak = max(counts.values(), default=0) or 1
    names = label_of or {}
    return [
        {"key": key, "label": names.get(key, key), "value": value, "share": value / peak}
        for key, value in counts.items()
    ]
