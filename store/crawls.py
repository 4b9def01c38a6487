"""The crawl store: one SQLite file (or a PostgreSQL URL) holding every crawl.

Written by the crawler's item pipeline in batches as pages arrive, read by the
rules, the audit and the CLI. SQLAlchemy Core keeps the queries portable, so a
``postgresql://`` URL works where a file path does.
"""

from __future__ import annotations

import heapq
import importlib.util
import os
import socket
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import (
    Engine,
    Table,
    bindparam,
    case,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from core.crawl_records import CrawlRecord
from core.files import DEFAULT_DB
from store.migrate import SchemaError, prepare
from store.tables import (
    CHILD_TABLES,
    TABLES,
    contacts,
    crawls,
    ctas,
    forms,
    links,
    pages,
    sitemap_urls,
)


class StoreError(Exception):
    """The store cannot be opened, written or read."""


class CrawlNotFound(StoreError):
    """No crawl with the asked id exists in the store."""


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


STALE_ENV = "TOUCHPOINT_HEARTBEAT_STALE_SECONDS"
STALE_SECONDS = 60.0  # a running crawl beats every few seconds (crawler/pipelines.py)


def stale_after() -> float:
    """Seconds without a heartbeat after which a running crawl counts as gone
    (``$TOUCHPOINT_HEARTBEAT_STALE_SECONDS``, default 60)."""
    value = os.environ.get(STALE_ENV, "").strip()
    if not value:
        return STALE_SECONDS
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0.0
    if seconds <= 0:
        raise StoreError(f"{STALE_ENV} must be a positive number of seconds, not {value!r}")
    return seconds


@dataclass(frozen=True)
class CrawlState:
    """What a crawl is, whatever its row still says: ``running``, ``interrupted``,
    ``finished`` or ``failed``; ``reason`` says why a "running" row is interrupted."""

    name: str
    reason: str = ""

    @property
    def finished(self) -> bool:
        return self.name == "finished"

    def __str__(self) -> str:
        return f"{self.name}, {self.reason}" if self.reason else self.name


def crawl_state(crawl: Mapping[str, Any], now: datetime | None = None) -> CrawlState:
    """The effective state of a crawl row: a "running" crawl whose process is gone (no
    heartbeat for ``stale_after()`` seconds, or its pid dead on this host) was
    interrupted: killed by -9, a crash or a power cut."""
    status = str(crawl["status"])
    if status != "running":
        return CrawlState(status)
    beat = crawl.get("heartbeat_at")
    if beat is None:  # written before heartbeats, or by a process that never beat
        return CrawlState("interrupted", "process gone")
    age = ((now or datetime.now(UTC)) - datetime.fromisoformat(beat)).total_seconds()
    if age > stale_after() or not _process_alive(crawl.get("pid"), crawl.get("host")):
        return CrawlState("interrupted", "process gone")
    return CrawlState("running")


def _process_alive(pid: int | None, host: str | None) -> bool:
    """False only when the process is known gone: same host, no such pid (POSIX only:
    on Windows, signal 0 would end the process)."""
    if pid is None or host != socket.gethostname() or os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def proof_of_life() -> dict[str, Any]:
    """The columns a crawling process writes to say it is alive."""
    return {"heartbeat_at": now_iso(), "pid": os.getpid(), "host": socket.gethostname()}


def _database_url(target: str | Path) -> str:
    text = str(target)
    if "://" in text:
        return _server_url(text)
    path = Path(text).expanduser()
    if path.is_dir():
        raise StoreError(f"--db {text} is a folder, not a database file")
    parent = path.resolve().parent
    if not parent.exists():
        raise StoreError(f"cannot create the store {text}: folder {parent} does not exist")
    return f"sqlite:///{path}"


def _server_url(url: str) -> str:
    """A database server's URL with its driver: ``postgresql://`` means psycopg 3, the
    optional extra; without it, one line saying what to install."""
    scheme, _, rest = url.partition("://")
    if scheme.lower() not in ("postgresql", "postgres", "postgresql+psycopg"):
        return url
    if importlib.util.find_spec("psycopg") is None:
        raise StoreError(
            "a PostgreSQL store needs the driver: pip install 'touchpoint[postgres]' (psycopg 3)"
        )
    return f"postgresql+psycopg://{rest}"


def _tune_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers (progress, the CLI) and several writer processes share the file;
    # busy_timeout makes a writer wait for the lock instead of failing.
    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()


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
            prepare(engine)
        except SchemaError as exc:
            raise StoreError(f"cannot open the store {target}: {exc}") from None
        except (OperationalError, SQLAlchemyError) as exc:
            reason = " ".join(str(getattr(exc, "orig", None) or exc).split())  # one line
            raise StoreError(f"cannot open the store {target}: {reason}") from None
        return cls(engine)

    @property
    def location(self) -> str:
        """The store as the user named it: a path, or a URL without its password."""
        url = self.engine.url
        if url.get_backend_name() == "sqlite":
            return url.database or url.render_as_string()
        plain = url.set(drivername=url.get_backend_name())  # postgresql, not +psycopg
        return plain.render_as_string(hide_password=True)

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
                    **proof_of_life(),
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

    def claim_crawl(self, crawl_id: int) -> None:
        """Mark an unfinished crawl as running in this process (``--resume``)."""
        self.update_crawl(crawl_id, status="running", **proof_of_life())

    def beat(self, crawl_id: int) -> bool:
        """Renew a running crawl's heartbeat; False once the crawl is no longer running."""
        query = (
            update(crawls)
            .where(crawls.c.id == crawl_id, crawls.c.status == "running")
            .values(heartbeat_at=now_iso())
        )
        try:
            with self.engine.begin() as conn:
                return bool(conn.execute(query).rowcount)
        except SQLAlchemyError as exc:
            raise StoreError(" ".join(str(getattr(exc, "orig", None) or exc).split())) from None

    # -- writing pages --------------------------------------------------------

    def _insert_ignoring_duplicates(self, table: Table) -> Any:
        dialect = self.engine.dialect.name
        if dialect == "sqlite":
            return sqlite.insert(table).on_conflict_do_nothing()
        if dialect == "postgresql":
            return postgresql.insert(table).on_conflict_do_nothing()
        return insert(table)

    def write_batch(self, crawl_id: int, records: Sequence[CrawlRecord]) -> int:
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
            fresh: list[CrawlRecord] = []
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
                    for row in cast(Sequence[Mapping[str, Any]], r.get(name, ()))
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

    def mark_behind_login(self, crawl_id: int, urls: Iterable[str]) -> None:
        """Mark pages only a logged-in visitor reaches (``access`` "login")."""
        chunk = sorted(urls)
        with self.engine.begin() as conn:
            for start in range(0, len(chunk), 500):
                conn.execute(
                    update(pages)
                    .where(
                        pages.c.crawl_id == crawl_id, pages.c.url.in_(chunk[start : start + 500])
                    )
                    .values(access="login")
                )

    def drop_unparsed(self, crawl_id: int, urls: Iterable[str]) -> None:
        """Forget unparsed pages (redirects, refusals) so a resumed crawl asks them again."""
        chunk = sorted(urls)
        with self.engine.begin() as conn:
            for start in range(0, len(chunk), 500):
                conn.execute(
                    delete(pages).where(
                        pages.c.crawl_id == crawl_id,
                        pages.c.parsed.is_(False),
                        pages.c.url.in_(chunk[start : start + 500]),
                    )
                )

    def behind_login_count(self, crawl_id: int) -> int:
        """How many pages of the crawl only a logged-in visitor reaches."""
        query = select(func.count()).where(pages.c.crawl_id == crawl_id, pages.c.access == "login")
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

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
                    select(pages.c.status, pages.c.error, pages.c.redirect_chain).where(
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
                "parse_problems": count_where(pages, pages.c.parse_note.is_not(None)),
            }
        return {
            "counts": counts,
            "status_codes": {str(code) if code is not None else "error": n for code, n in codes},
            "start_page": dict(start) if start else None,
        }

    def parse_problems(self, crawl_id: int, examples: int = 5) -> dict[str, Any]:
        """How many pages were read only in part or with repairs (a ``parse_note``), and
        the first few notes by URL: what the extractor could not read is said, not hidden.
        Sorted here, not in SQL, so SQLite and PostgreSQL (collations) pick the same ones."""
        query = select(pages.c.url, pages.c.parse_note).where(
            pages.c.crawl_id == crawl_id, pages.c.parse_note.is_not(None)
        )
        total = 0
        first: list[tuple[str, str]] = []
        with self.engine.connect() as conn:
            for row in conn.execution_options(yield_per=1000).execute(query):
                total += 1
                first = heapq.nsmallest(examples, [*first, (row[0], row[1])])
        return {"pages": total, "examples": [{"url": u, "note": n} for u, n in first]}

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
