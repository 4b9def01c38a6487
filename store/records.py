"""Page records: one stored page with its links, CTAs, forms and contact points, as the
rules read it. Streamed in URL order for a whole crawl (one pass, bounded memory), or
fetched for a few URLs (``touchpoint explain``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Select, Table, select

from core.model import is_broken
from store.crawls import Store
from store.tables import contacts as contact_points
from store.tables import ctas, forms, links, pages

BATCH = 1000
PAGE_COLUMNS = (
    "url",
    "final_url",
    "status",
    "error",
    "depth",
    "content_type",
    "title",
    "meta_description",
    "h1",
    "h2",
    "word_count",
    "price_count",
    "schema_types",
    "in_sitemap",
    "lang",
    "parsed",
    "embeds",
    "rendered",
    "access",
)
CHILD_COLUMNS: dict[str, tuple[Table, tuple[str, ...]]] = {
    "links": (links, ("target_url", "anchor_text", "rel", "region", "internal", "position")),
    "ctas": (
        ctas,
        (
            "kind",
            "text",
            "href",
            "target_url",
            "internal",
            "region",
            "classes",
            "element_id",
            "aria_label",
            "role",
            "position",
            "disabled",
        ),
    ),
    "forms": (
        forms,
        (
            "position",
            "action",
            "action_url",
            "method",
            "fields",
            "submit_text",
            "has_submit",
            "region",
        ),
    ),
    "contacts": (contact_points, ("kind", "network", "target", "text", "region")),
}


def _columns(table: Table, names: Iterable[str]) -> list[Any]:
    return [table.c[name] for name in names]


def _page_query(crawl_id: int) -> Select[Any]:
    return (
        select(*_columns(pages, PAGE_COLUMNS))
        .where(pages.c.crawl_id == crawl_id)
        .order_by(pages.c.url)
    )


def _child_query(table: Table, names: tuple[str, ...], crawl_id: int) -> Select[Any]:
    return (
        select(table.c.page_url, *_columns(table, names))
        .where(table.c.crawl_id == crawl_id)
        .order_by(table.c.page_url, table.c.id)
    )


def iter_page_records(store: Store, crawl_id: int) -> Iterator[dict[str, Any]]:
    """Every parsed page of a crawl as a page dict with its child lists, in URL order."""
    with store.engine.connect() as page_conn:
        child_conns = {name: store.engine.connect() for name in CHILD_COLUMNS}
        try:
            streams = {
                name: _rows(child_conns[name], _child_query(table, cols, crawl_id))
                for name, (table, cols) in CHILD_COLUMNS.items()
            }
            heads = {name: next(stream, None) for name, stream in streams.items()}
            for page in _rows(page_conn, _page_query(crawl_id)):
                url = page["url"]
                for name, stream in streams.items():
                    children = []
                    head = heads[name]
                    while head is not None and head["page_url"] == url:
                        children.append(head)
                        head = next(stream, None)
                    heads[name] = head
                    page[name] = children
                if page["parsed"]:
                    yield page
        finally:
            for conn in child_conns.values():
                conn.close()


def _rows(conn: Any, query: Select[Any]) -> Iterator[dict[str, Any]]:
    """The query's rows as dicts, streamed. Zipping the keys with each row reads twice as
    fast as going through ``result.mappings()`` (1M link rows: 5 s instead of 10 s)."""
    result = conn.execution_options(stream_results=True, yield_per=BATCH).execute(query)
    keys = list(result.keys())
    for row in result:
        yield dict(zip(keys, row, strict=True))


def load_page_records(
    store: Store, crawl_id: int, urls: Iterable[str]
) -> dict[str, dict[str, Any]]:
    """A few page records by URL (or final URL), with one query per table."""
    wanted = list(dict.fromkeys(urls))
    if not wanted:
        return {}
    query = select(*_columns(pages, PAGE_COLUMNS)).where(
        pages.c.crawl_id == crawl_id, pages.c.url.in_(wanted) | pages.c.final_url.in_(wanted)
    )
    with store.engine.connect() as conn:
        found = {row["url"]: dict(row) for row in conn.execute(query).mappings()}
        for record in found.values():
            for name in CHILD_COLUMNS:
                record[name] = []
        for name, (table, cols) in CHILD_COLUMNS.items():
            rows = conn.execute(
                _child_query(table, cols, crawl_id).where(table.c.page_url.in_(list(found)))
            ).mappings()
            for row in rows:
                found[row["page_url"]][name].append(dict(row))
    by_any = dict(found)
    by_any.update({r["final_url"]: r for r in found.values() if r.get("final_url")})
    return by_any


def unparsed_pages(store: Store, crawl_id: int) -> Iterator[tuple[str, str | None, bool]]:
    """(URL, final URL, broken) of every stored page that was not parsed: redirects,
    broken pages and URLs the crawl chose not to fetch."""
    query = select(pages.c.url, pages.c.final_url, pages.c.status, pages.c.error).where(
        pages.c.crawl_id == crawl_id, pages.c.parsed.is_(False)
    )
    with store.engine.connect() as conn:
        for url, final_url, status, error in conn.execute(query):
            yield url, final_url, is_broken(status, error)
