"""Click depth on the stored link graph, and the frontier left by an interrupted crawl.

Scrapy fetches pages concurrently, so the depth a request was scheduled at is not
always the shortest click distance. The true depth is computed once the crawl
ends: a breadth-first search over the stored internal links from the start page,
where a redirect costs no click (0-1 BFS).
"""

from __future__ import annotations

from collections import deque

from store.crawls import Store


def _graph(store: Store, crawl_id: int) -> tuple[dict[str, list[tuple[str, int]]], dict[str, bool]]:
    adjacency: dict[str, list[tuple[str, int]]] = {}
    intern: dict[str, str] = {}

    def key(url: str) -> str:
        return intern.setdefault(url, url)

    stored: dict[str, bool] = {}
    for url, final_url, parsed in store.page_hops(crawl_id):
        stored[key(url)] = parsed
        if final_url and final_url != url:
            adjacency.setdefault(key(url), []).append((key(final_url), 0))
    for source, target in store.internal_edges(crawl_id):
        adjacency.setdefault(key(source), []).append((key(target), 1))
    return adjacency, stored


def shortest_depths(adjacency: dict[str, list[tuple[str, int]]], start: str) -> dict[str, int]:
    """Fewest clicks from ``start`` to every reachable URL (redirect hops cost 0)."""
    depths = {start: 0}
    queue: deque[str] = deque([start])
    while queue:
        node = queue.popleft()
        base = depths[node]
        for target, cost in adjacency.get(node, ()):
            candidate = base + cost
            if candidate < depths.get(target, candidate + 1):
                depths[target] = candidate
                if cost == 0:
                    queue.appendleft(target)
                else:
                    queue.append(target)
    return depths


def compute_depths(store: Store, crawl_id: int, start: str) -> int:
    """Store every page's true click depth; returns how many pages are reachable."""
    adjacency, stored = _graph(store, crawl_id)
    depths = shortest_depths(adjacency, start)
    store.set_depths(crawl_id, {url: depths.get(url) for url in stored})
    return sum(1 for url in stored if url in depths)


def frontier_after_interruption(
    store: Store, crawl_id: int, start: str, follow_nofollow: bool = False
) -> list[tuple[str, int]]:
    """URLs the crawl would have followed from stored pages but never stored, with their
    depth. ``follow_nofollow`` (``--ignore-robots``) follows robots-meta nofollow pages too."""
    adjacency, stored = _graph(store, crawl_id)
    depths = shortest_depths(adjacency, start)
    nofollow = set() if follow_nofollow else store.nofollow_pages(crawl_id)
    frontier = [] if start in stored else [(start, 0)]
    for source in [url for url in stored if url not in nofollow]:  # a copy: the loop adds
        # Redirect targets (cost 0) count too: a hop may be stored without its target.
        for target, cost in adjacency.get(source, ()):
            if target not in stored:
                stored[target] = False  # schedule once
                frontier.append((target, depths.get(source, 0) + cost))
    return frontier
