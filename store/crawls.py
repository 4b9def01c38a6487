"""The crawl store: one SQLite file (or a PostgreSQL URL) holding every crawl.

Written by the crawler's item pipeline in batches as pages arrive, read by the
rules, the audit and the CLI. SQLAlchemy Core keeps the queries portable, so a
``postgresql://`` URL works where a file path does.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    bindparam,
    case,
    create_engine,
    event,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import OperationalError, SQLAlchemyError

DEFAULT_DB = "touchpoint.db"


metadata = MetaData()

crawls = Table(
    "crawls",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("site", String, nullable=False),
    Column("start_url", Text, nullable=False),
    Column("settings", JSON(none_as_null=True), nullable=False),
    Column("started_at", String, nullable=False),
    Column("finished_at", String),
    Column("status", String, nullable=False),  # running | finished | interrupted | failed
    Column("tool_version", String, nullable=False),
    Column("stats", JSON(none_as_null=True)),
    Column("limits_hit", JSON(none_as_null=True)),
)

pages = Table(
    "pages",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("crawl_id", Integer, ForeignKey("crawls.id"), nullable=False),
    Column("url", Text, nullable=False),
    Column("final_url", Text),
    Column("status", Integer),
    Column("error", Text),
    Column("redirect_chain", JSON(none_as_null=True)),
    Column("depth", Integer),
    Column("content_type", String),
    Column("parsed", Boolean, nullable=False),
    Column("title", Text),
    Column("meta_description", Text),
    Column("canonical", Text),
    Column("robots_meta", String),
    Column("lang", String),
    Column("h1", JSON(none_as_null=True)),
    Column("h2", JSON(none_as_null=True)),
    Column("word_count", Integer),
    Column("schema_types", JSON(none_as_null=True)),
    Column("in_sitemap", Boolean, nullable=False, default=False),
    Column("parse_note", Text),
    Column("rendered", Boolean, nullable=False, default=False),
    Column("load_time_ms", Float),
    Column("fetched_at", String),
    # Hosts of third-party scripts and frames (a form or booking service's embed), so a raw
    # crawl knows a page holds a form that only a browser would draw.
    Column("embeds", JSON(none_as_null=True)),
    UniqueConstraint("crawl_id", "url", name="uq_pages_crawl_url"),
)

links = Table(
    "links",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("crawl_id", Integer, nullable=False),
    Column("page_url", Text, nullable=False),
    Column("target_url", Text, nullable=False),
    Column("anchor_text", Text),
    Column("rel", String),
    Column("nofollow", Boolean, nullable=False),
    Column("region", String, nullable=False),
    Column("internal", Boolean, nullable=False),
    Column("position", Integer, nullable=False),
    Index("ix_links_crawl_page", "crawl_id", "page_url"),
    Index("ix_links_crawl_target", "crawl_id", "target_url"),
)

ctas = Table(
    "ctas",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("crawl_id", Integer, nullable=False),
    Column("page_url", Text, nullable=False),
    Column("kind", String, nullable=False),  # button | input | link
    Column("text", Text),
    Column("href", Text),  # the raw attribute, so "#" and "javascript:" stay visible
    Column("target_url", Text),  # normalised absolute target, when it has one
    Column("internal", Boolean),
    Column("region", String, nullable=False),
    Column("classes", Text),
    Column("element_id", String),
    Column("aria_label", Text),
    Column("role", String),
    Column("position", Integer, nullable=False),
    Column("geometry", JSON(none_as_null=True)),  # filled by rendered crawls: boxes per viewport
    Column("disabled", Boolean),  # disabled attribute, aria-disabled or a "disabled" class
    Index("ix_ctas_crawl_page", "crawl_id", "page_url"),
)

forms = Table(
    "forms",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("crawl_id", Integer, nullable=False),
    Column("page_url", Text, nullable=False),
    Column("position", Integer, nullable=False),
    Column("action", Text),  # raw attribute
    Column("action_url", Text),  # resolved and normalised
    Column("method", String, nullable=False),
    Column("fields", JSON(none_as_null=True), nullable=False),
    Column("submit_text", Text),
    Column("has_submit", Boolean, nullable=False),
    Column("region", String, nullable=False),
    Column("element_id", String),
    Column("classes", Text),
    Index("ix_forms_crawl_page", "crawl_id", "page_url"),
)

contacts = Table(
    "contacts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("crawl_id", Integer, nullable=False),
    Column("page_url", Text, nullable=False),
    Column("kind", String, nullable=False),  # phone|email|sms|whatsapp|messenger|chat|social
    Column("network", String),  # facebook, instagram, ... for social; provider for chat
    Column("target", Text, nullable=False),
    Column("text", Text),
    Column("region", String, nullable=False),
    Index("ix_contacts_crawl_page", "crawl_id", "page_url"),
)

sitemap_urls = Table(
    "sitemap_urls",
    metadata,
    Column("crawl_id", Integer, nullable=False),
    Column("url", Text, nullable=False),
    Column("sitemap", Text),
    UniqueConstraint("crawl_id", "url", name="uq_sitemap_crawl_url"),
)

CHILD_TABLES: dict[str, Table] = {
    "links": links,
    "ctas": ctas,
    "forms": forms,
    "contacts": contacts,
}
TABLES: dict[str, Table] = {"pages": pages, **CHILD_TABLES, "sitemap_urls": sitemap_urls}


class StoreError(Exception):
    """The store cannot be opened, written or read."""


class CrawlNotFound(StoreError):
    """No crawl with the asked id exists in the store."""


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def _database_url(target: str | Path) -> str:
    text = str(target)
    if "://" in text:
        return text
    path = Path(text).expanduser()
    if path.is_dir():
        raise StoreError(f"--db {text} is a folder, not a database file")
    parent = path.resolve().parent
    if not parent.exists():
        raise StoreError(f"cannot create the store {text}: folder {parent} does not exist")
    return f"sqlite:///{path}"


def _tune_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers (progress, the CLI) and several writer processes share the file;
    # busy_timeout makes a writer wait for the lock instead of failing.
    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()


def add_missing_columns(engine: Engine) -> None:
    """Give a store written by an earlier release the nullable columns added since.

    Only additive changes are made this way (a new column is NULL in old rows, which
    every reader takes as "not recorded"); anything else needs a real migration.
    """
    inspector = inspect(engine)
    with engine.begin() as conn:
        for table in metadata.sorted_tables:
            if not inspector.has_table(table.name):
                continue
            present = {column["name"] for column in inspector.get_columns(table.name)}
            for column in table.columns:
                if column.name not in present and column.nullable:
                    kind = column.type.compile(dialect=engine.dialect)
                    conn.execute(
                        text(f'ALTER TABLE {table.name} ADD COLUMN "{column.name}" {kind}')
                    )


class Store:
    """A crawl store. Open with ``Store.open(path_or_url)``."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, target: str | Path = DEFAULT_DB, create: bool = True) -> Store:
        url = _database_url(target)
        if not create and url.startswith("sqlite:///") and not Path(url[10:]).exists():
            raise StoreError(f"no store at {target}: run `touchpoint crawl` first or pass --db")
        engine = create_engine(url)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _tune_sqlite)
        try:
            metadata.create_all(engine)
            add_missing_columns(engine)
        except (OperationalError, SQLAlchemyError) as exc:
            reason = str(getattr(exc, "orig", None) or exc)
            raise StoreError(f"cannot open the store {target}: {reason}") from None
        return cls(engine)

    @property
    def location(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    # -- crawls ---------------------------------------------------------------

    def create_crawl(
        self, site: str, start_url: str, settings: Mapping[str, Any], tool_version: str
    ) -> int:
        with self.engine.begin() as conn:
            result = conn.execute(
                insert(crawls).values(
                    site=site,
                    start_url=start_url,
                    settings=dict(settings),
                    started_at=now_iso(),
                    status="running",
                    tool_version=tool_version,
                )
            )
            crawl_id = result.inserted_primary_key[0] if result.inserted_primary_key else None
        if crawl_id is None:
            raise StoreError("the store did not return an id for the new crawl")
        return int(crawl_id)

    def get_crawl(self, crawl_id: int) -> dict[str, Any]:
        with self.engine.connect() as conn:
            row = conn.execute(select(crawls).where(crawls.c.id == crawl_id)).mappings().first()
        if row is None:
            raise CrawlNotFound(f"no crawl {crawl_id} in {self.location}")
        return dict(row)

    def list_crawls(self, site: str | None = None) -> list[dict[str, Any]]:
        page_count = (
            select(func.count())
            .select_from(pages)
            .where(pages.c.crawl_id == crawls.c.id)
            .scalar_subquery()
        )
        query = select(crawls, page_count.label("pages")).order_by(crawls.c.id)
        if site:
            query = query.where(crawls.c.site == site)
        with self.engine.connect() as conn:
            return [dict(row) for row in conn.execute(query).mappings()]

    def latest_crawl_id(self) -> int:
        with self.engine.connect() as conn:
            value = conn.execute(select(func.max(crawls.c.id))).scalar()
        if value is None:
            raise CrawlNotFound(f"no crawls in {self.location}")
        return int(value)

    def update_crawl(self, crawl_id: int, **values: Any) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(crawls).where(crawls.c.id == crawl_id).values(**values))

    # -- writing pages --------------------------------------------------------

    def _insert_ignoring_duplicates(self, table: Table) -> Any:
        dialect = self.engine.dialect.name
        if dialect == "sqlite":
            return sqlite.insert(table).on_conflict_do_nothing()
        if dialect == "postgresql":
            return postgresql.insert(table).on_conflict_do_nothing()
        return insert(table)

    def write_batch(self, crawl_id: int, records: Sequence[Mapping[str, Any]]) -> int:
        """Store page records (each a page row plus its child rows) in one transaction.

        A page already stored for this crawl is skipped with its children, so a
        resumed crawl that fetches a page twice never duplicates it.
        """
        if not records:
            return 0
        with self.engine.begin() as conn:
            known = set(
                conn.execute(
                    select(pages.c.url).where(
                        pages.c.crawl_id == crawl_id,
                        pages.c.url.in_([r["page"]["url"] for r in records]),
                    )
                ).scalars()
            )
            fresh: list[Mapping[str, Any]] = []
            for record in records:
                url = record["page"]["url"]
                if url not in known:
                    known.add(url)
                    fresh.append(record)
            if not fresh:
                return 0
            conn.execute(insert(pages), [{**r["page"], "crawl_id": crawl_id} for r in fresh])
            for name, table in CHILD_TABLES.items():
                rows = [
                    {**row, "crawl_id": crawl_id, "page_url": r["page"]["url"]}
                    for r in fresh
                    for row in r.get(name, ())
                ]
                if rows:
                    conn.execute(insert(table), rows)
        return len(fresh)

    def add_sitemap_urls(self, crawl_id: int, entries: Iterable[tuple[str, str]]) -> None:
        rows = [{"crawl_id": crawl_id, "url": url, "sitemap": src} for url, src in entries]
        if rows:
            with self.engine.begin() as conn:
                conn.execute(self._insert_ignoring_duplicates(sitemap_urls), rows)

    # -- reading --------------------------------------------------------------

    def stored_urls(self, crawl_id: int) -> dict[str, bool]:
        """Every stored page URL of a crawl, mapped to whether it was parsed."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(pages.c.url, pages.c.parsed).where(pages.c.crawl_id == crawl_id)
            )
            return {url: bool(parsed) for url, parsed in rows}

    def sitemap_url_list(self, crawl_id: int) -> list[str]:
        with self.engine.connect() as conn:
            return list(
                conn.execute(
                    select(sitemap_urls.c.url).where(sitemap_urls.c.crawl_id == crawl_id)
                ).scalars()
            )

    def internal_edges(self, crawl_id: int) -> Iterator[tuple[str, str]]:
        """Distinct internal (source, target) link pairs, streamed."""
        query = (
            select(links.c.page_url, links.c.target_url)
            .where(links.c.crawl_id == crawl_id, links.c.internal.is_(True))
            .distinct()
        )
        with self.engine.connect() as conn:
            yield from conn.execute(query)  # Rows unpack as tuples (Result.tuples() is deprecated)

    def set_depths(self, crawl_id: int, depths: Mapping[str, int | None]) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(pages).where(pages.c.crawl_id == crawl_id).values(depth=None))
            rows = [{"u": url, "d": depth} for url, depth in depths.items() if depth is not None]
            if rows:
                conn.execute(
                    update(pages)
                    .where(pages.c.crawl_id == crawl_id, pages.c.url == bindparam("u"))
                    .values(depth=bindparam("d")),
                    rows,
                )

    def mark_sitemap_pages(self, crawl_id: int) -> None:
        listed = select(sitemap_urls.c.url).where(sitemap_urls.c.crawl_id == crawl_id)
        with self.engine.begin() as conn:
            conn.execute(
                update(pages)
                .where(pages.c.crawl_id == crawl_id)
                .values(in_sitemap=pages.c.url.in_(listed))
            )

    def page_counts(self, crawl_id: int) -> dict[str, int]:
        """URLs, parsed pages, fetch errors and 4xx/5xx answers, in one pass over the pages
        (what the end of a crawl records; ``crawl_figures`` also counts links and more)."""

        def flagged(condition: Any) -> Any:
            return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

        query = select(
            func.count(),
            flagged(pages.c.parsed.is_(True)),
            flagged(pages.c.error.is_not(None)),
            flagged(pages.c.status >= 400),
        ).where(pages.c.crawl_id == crawl_id)
        with self.engine.connect() as conn:
            urls, parsed, errors, broken = conn.execute(query).one()
        return {"urls": urls, "parsed": parsed, "errors": errors, "broken": broken}

    def crawl_figures(self, crawl_id: int) -> dict[str, Any]:
        """Counts for a crawl summary: URLs, parsed pages, statuses, links, CTAs, forms."""
        crawl = self.get_crawl(crawl_id)
        with self.engine.connect() as conn:

            def scalar(query: Any) -> int:
                return int(conn.execute(query).scalar() or 0)

            def count_where(table: Table, *conditions: Any) -> int:
                return scalar(
                    select(func.count())
                    .select_from(table)
                    .where(table.c.crawl_id == crawl_id, *conditions)
                )

            codes = conn.execute(
                select(pages.c.status, func.count())
                .where(pages.c.crawl_id == crawl_id)
                .group_by(pages.c.status)
            ).all()
            start = (
                conn.execute(
                    select(pages.c.status, pages.c.error).where(
                        pages.c.crawl_id == crawl_id, pages.c.url == crawl["start_url"]
                    )
                )
                .mappings()
                .first()
            )
            counts = {
                **self.page_counts(crawl_id),
                "redirects": count_where(pages, pages.c.redirect_chain.is_not(None)),
                "links": count_where(links),
                "external_links": count_where(links, links.c.internal.is_(False)),
                "ctas": count_where(ctas),
                "forms": count_where(forms),
                "contacts": count_where(contacts),
                "in_sitemap": count_where(pages, pages.c.in_sitemap.is_(True)),
                "sitemap_urls": count_where(sitemap_urls),
                "max_depth": scalar(
                    select(func.max(pages.c.depth)).where(pages.c.crawl_id == crawl_id)
                ),
            }
        return {
            "counts": counts,
            "status_codes": {str(code) if code is not None else "error": n for code, n in codes},
            "start_page": dict(start) if start else None,
        }

    def page_hops(self, crawl_id: int) -> Iterator[tuple[str, str | None, bool]]:
        """(URL, final URL, parsed) of every stored page: the redirect hops of the graph."""
        query = select(pages.c.url, pages.c.final_url, pages.c.parsed)
        with self.engine.connect() as conn:
            for url, final_url, parsed in conn.execute(query.where(pages.c.crawl_id == crawl_id)):
                yield url, final_url, bool(parsed)

    def nofollow_pages(self, crawl_id: int) -> set[str]:
        """Pages whose robots meta says nofollow: the crawl does not follow their links."""
        query = select(pages.c.url).where(
            pages.c.crawl_id == crawl_id, pages.c.robots_meta.contains("nofollow")
        )
        with self.engine.connect() as conn:
            return set(conn.execute(query).scalars())

    def cta_targets(self, crawl_id: int) -> Iterator[tuple[str, str, str]]:
        """(page URL, CTA text, target URL or raw href) of every CTA of a crawl."""
        query = select(ctas.c.page_url, ctas.c.text, ctas.c.target_url, ctas.c.href)
        with self.engine.connect() as conn:
            for url, text_, target, href in conn.execute(query.where(ctas.c.crawl_id == crawl_id)):
                yield url, text_ or "", target or href or ""

    def form_fields(self, crawl_id: int) -> Iterator[tuple[str, str | None, str | None, list[Any]]]:
        """(page URL, action URL, method, fields) of every form of a crawl, in page order."""
        query = select(forms.c.page_url, forms.c.action_url, forms.c.method, forms.c.fields)
        query = query.where(forms.c.crawl_id == crawl_id).order_by(forms.c.id)
        with self.engine.connect() as conn:
            for url, action, method, items in conn.execute(query):
                yield url, action, method, list(items or [])

    def count(self, table: str, crawl_id: int) -> int:
        tbl = TABLES[table]
        with self.engine.connect() as conn:
            value = conn.execute(
                select(func.count()).select_from(tbl).where(tbl.c.crawl_id == crawl_id)
            ).scalar()
        return int(value or 0)

    def rows(self, table: str, crawl_id: int) -> Iterator[dict[str, Any]]:
        """Stream one table's rows for a crawl as dicts (JSON columns decoded)."""
        tbl = TABLES[table]
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True).execute(
                select(tbl).where(tbl.c.crawl_id == crawl_id).order_by(*tbl.primary_key.columns)
                if tbl.primary_key.columns
                else select(tbl).where(tbl.c.crawl_id == crawl_id)
            )
            for row in result.mappings():
                yield dict(row)

    def dataframe(self, table: str, crawl_id: int) -> Any:
        """One table of a crawl as a pandas DataFrame (JSON columns as Python objects)."""
        import pandas as pd

        tbl = TABLES[table]
        frame = pd.DataFrame(list(self.rows(table, crawl_id)), columns=list(tbl.c.keys()))
        return frame

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def load_crawl(db: str | Path, crawl_id: int | None = None) -> dict[str, Any]:
    """Load a stored crawl's tables as pandas DataFrames.

    Returns ``{"crawl": dict, "pages": DataFrame, "links": ..., "ctas": ...,
    "forms": ..., "contacts": ..., "sitemap_urls": ...}``. ``crawl_id`` defaults
    to the newest crawl.
    """
    store = Store.open(db, create=False)
    try:
        cid = crawl_id if crawl_id is not None else store.latest_crawl_id()
        result: dict[str, Any] = {"crawl": store.get_crawl(cid)}
        for name in TABLES:
            result[name] = store.dataframe(name, cid)
        return result
    finally:
        store.close()
