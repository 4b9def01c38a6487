"""Read one classified crawl from the store into the audit's records (``core.records``).

The hot tables are read through the DBAPI cursor: SQLAlchemy's row objects cost
~1.7 us a row, which is most of the audit's time on a 4-million-link crawl.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, Table, func, inspect, select, text

from core.gcpause import cycle_collection_paused
from core.model import CrawlInfo
from core.records import DEFAULT_STAGE_LABELS, AuditInput, Contact, Cta, Form, Link, Page
from store.classifications import is_classified, stored_goals
from store.crawls import Store
from store.tables import contacts, ctas, forms, links, pages


class AuditInputError(Exception):
    """The crawl cannot be audited (missing crawl, not classified yet)."""


class _Interner:
    """Share one string object per distinct value (page URLs repeat in every table)."""

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}

    def __call__(self, value: str) -> str:
        return self.seen.setdefault(value, value)

    def opt(self, value: str | None) -> str | None:
        return None if value is None else self.seen.setdefault(value, value)


def _flag(value: Any) -> bool | None:
    return None if value is None else bool(value)


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def _crawl_filter(store: Store, table: Table, crawl_id: int) -> ColumnElement[bool]:
    """``crawl_id = ?``, as a full scan when the crawl is most of the table.

    SQLite otherwise walks the crawl_id index and fetches every row by rowid,
    five times slower than a sequential scan for a crawl that fills the table.
    """
    with store.engine.connect() as conn:
        mine = conn.execute(
            select(func.count()).select_from(table).where(table.c.crawl_id == crawl_id)
        ).scalar()
        total = conn.execute(select(func.max(table.c.id))).scalar()
    if total and mine and mine * 2 > total:
        return table.c.crawl_id + 0 == crawl_id
    return table.c.crawl_id == crawl_id


def _raw_rows(store: Store, query: Select[Any], batch: int = 20_000) -> Iterator[list[Any]]:
    """Batches of plain tuples for a Core query, straight from the DBAPI cursor."""
    compiled = query.compile(dialect=store.engine.dialect)
    params: Any = compiled.params
    if compiled.positional and compiled.positiontup is not None:
        params = tuple(compiled.params[name] for name in compiled.positiontup)
    with store.engine.connect() as conn:
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(str(compiled), params)
            while rows := cursor.fetchmany(batch):
                yield list(rows)
        finally:
            cursor.close()


class StoredLinks:
    """The internal links of a stored crawl, streamed from the store each iteration."""

    def __init__(self, store: Store, crawl_id: int) -> None:
        self.store, self.crawl_id = store, crawl_id

    def __iter__(self) -> Iterator[Link]:
        # The (crawl, page, position) index (migration 0006) gives the order: no sort of
        # millions of rows, whatever share of the table the crawl is.
        query = (
            select(links.c.page_url, links.c.target_url, links.c.anchor_text, links.c.region)
            .where(links.c.crawl_id == self.crawl_id, links.c.internal.is_(True))
            .order_by(links.c.page_url, links.c.position)
        )
        for rows in _raw_rows(self.store, query):
            yield from cast(list[Link], rows)


def _table_exists(store: Store, name: str) -> bool:
    return inspect(store.engine).has_table(name)


def _classified(store: Store, table: str, columns: str, crawl_id: int) -> Iterator[Any]:
    if not _table_exists(store, table):
        return
    with store.engine.connect() as conn:
        yield from conn.execute(
            text(f"SELECT {columns} FROM {table} WHERE crawl_id = :c"), {"c": crawl_id}
        )


PAGE_COLUMNS = ("url", "status", "final_url", "error", "redirect_chain", "depth", "parsed",
                "title", "in_sitemap", "access")  # fmt: skip
CTA_COLUMNS = ("page_url", "position", "kind", "text", "href", "target_url", "internal",
               "region", "geometry")  # fmt: skip
FORM_COLUMNS = ("page_url", "position", "action", "action_url", "method", "fields",
                "submit_text", "has_submit", "region")  # fmt: skip
CONTACT_COLUMNS = ("page_url", "kind", "target", "network", "text", "region")


def _rows(
    store: Store, table: Table, crawl_id: int, names: tuple[str, ...]
) -> Iterator[tuple[Any, ...]]:
    """The rows in a fixed order (by page, then position on it): the audit, and so
    audit.json and the shortest paths chosen among equals, do not depend on the order
    the crawl happened to store them in, nor on the database."""
    order = [table.c.url] if table is pages else [table.c.page_url, table.c.id]
    if "position" in table.c:
        order = [table.c.page_url, table.c.position]
    query = (
        select(*(table.c[name] for name in names))
        .where(_crawl_filter(store, table, crawl_id))
        .order_by(*order)
    )
    for rows in _raw_rows(store, query):
        yield from rows


def _load_pages(store: Store, crawl_id: int, intern: _Interner) -> dict[str, Page]:
    found: dict[str, Page] = {}
    for url, status, final_url, error, chain, depth, parsed, title, in_sitemap, access in _rows(
        store, pages, crawl_id, PAGE_COLUMNS
    ):
        found[intern(url)] = Page(
            url=intern(url),
            status=status,
            final_url=intern.opt(final_url),
            error=error,
            redirect_chain=_json(chain),
            depth=depth,
            parsed=bool(parsed),
            title=title,
            in_sitemap=bool(in_sitemap),
            access=access,
        )
    return found


def _classify_pages(store: Store, crawl_id: int, found: dict[str, Page]) -> dict[str, Any]:
    """Copy the rules' verdicts onto the pages; returns the funnel model."""
    labels = dict(DEFAULT_STAGE_LABELS)
    model_name = "default"
    for (
        url,
        stage,
        action,
        is_conv,
        confidence,
        label,
        model,
        next_step,
        reason,
        goal,
        review,
    ) in _classified(
        store,
        "classifications",
        "page_url, stage, action, is_conversion, confidence, stage_label, model, next_step, "
        "next_step_reason, goal, review",
        crawl_id,
    ):
        page = found.get(url)
        if page is None:
            continue
        page.stage, page.action = sys.intern(stage or "none"), sys.intern(action or "none")
        page.is_conversion, page.confidence = bool(is_conv), confidence
        page.next_step = None if next_step is None else bool(next_step)
        page.next_step_reason, page.goal, page.review = reason, goal, bool(review)
        if label:
            labels[page.stage] = label
        model_name = model or model_name
    for page in found.values():
        page.stage_label = labels.get(page.stage, page.stage)
    return {"name": model_name, "stage_labels": labels}


def _load_ctas(store: Store, crawl_id: int, intern: _Interner) -> list[Cta]:
    verdicts = {
        (url, pos): (action, prominence, bool(template), provider, _flag(content))
        for url, pos, action, prominence, template, provider, content in _classified(
            store,
            "cta_classifications",
            "page_url, position, action, prominence, template, provider, in_content",
            crawl_id,
        )
    }
    found = []
    for url, position, kind, label, href, target, internal, region, geometry in _rows(
        store, ctas, crawl_id, CTA_COLUMNS
    ):
        action, prominence, template, provider, content = verdicts.get(
            (url, position), (None, None, False, None, None)
        )
        found.append(
            Cta(
                page_url=intern(url),
                position=position,
                kind=sys.intern(kind),
                text=intern.opt(label),
                href=intern.opt(href),
                target_url=intern.opt(target),
                internal=None if internal is None else bool(internal),
                region=sys.intern(region),
                geometry=_json(geometry),
                action=action,
                prominence=prominence,
                template=template,
                provider=provider,
                in_content=content,
            )
        )
    return found


def _load_forms(store: Store, crawl_id: int, intern: _Interner) -> list[Form]:
    purposes = {
        (url, pos): (purpose, bool(template), content)
        for url, pos, purpose, template, content in _classified(
            store,
            "form_classifications",
            "page_url, position, purpose, template, in_content",
            crawl_id,
        )
    }
    unclassified = ("other", False, None)
    return [
        Form(
            page_url=intern(url),
            position=position,
            action=action,
            action_url=intern.opt(action_url),
            method=(method or "get").lower(),
            fields=_json(fields) or [],
            submit_text=submit_text,
            has_submit=bool(has_submit),
            purpose=purposes.get((url, position), unclassified)[0],
            region=sys.intern(region or "main"),
            template=purposes.get((url, position), unclassified)[1],
            in_content=_flag(purposes.get((url, position), unclassified)[2]),
        )
        for url, position, action, action_url, method, fields, submit_text, has_submit, region in (
            _rows(store, forms, crawl_id, FORM_COLUMNS)
        )
    ]


@cycle_collection_paused()  # millions of acyclic link and page records
def load_input(store: Store, crawl_id: int) -> AuditInput:
    """Read one classified crawl from the store into an ``AuditInput``."""
    crawl = store.get_crawl(crawl_id)
    if not is_classified(store, crawl_id):
        raise AuditInputError(f"crawl {crawl_id} is not classified yet: run the rules on it first")
    intern = _Interner()
    site_pages = _load_pages(store, crawl_id, intern)
    model = _classify_pages(store, crawl_id, site_pages)
    site_contacts = [
        Contact(intern(url), kind, target, network, label, region)
        for url, kind, target, network, label, region in _rows(
            store, contacts, crawl_id, CONTACT_COLUMNS
        )
    ]
    sitemap = set(store.sitemap_url_list(crawl_id))
    sitemap.update(url for url, page in site_pages.items() if page.in_sitemap)
    return AuditInput(
        crawl=CrawlInfo(
            id=crawl["id"],
            start_url=crawl["start_url"],
            started_at=crawl["started_at"],
            finished_at=crawl["finished_at"],
            status=crawl["status"],
            settings=crawl["settings"] or {},
            stats=crawl["stats"] or {},
            limits_hit=crawl["limits_hit"] or {},
            parse_problems=store.parse_problems(crawl_id),
        ),
        pages=site_pages,
        links=StoredLinks(store, crawl_id),
        ctas=_load_ctas(store, crawl_id, intern),
        forms=_load_forms(store, crawl_id, intern),
        contacts=site_contacts,
        sitemap=sitemap,
        model=model,
        goals=stored_goals(store, crawl_id),
    )


__all__ = [
    "AuditInput",
    "AuditInputError",
    "Contact",
    "Cta",
    "Form",
    "Link",
    "Page",
    "StoredLinks",
    "load_input",
]
