"""The audit history table: every audit kept in the store, so later runs can diff against it.

An audit row holds the whole ``audit.json`` text next to its crawl id, site, time,
tool version and configuration. Keeping the JSON (not only a path to it) means a
CI job that caches just the SQLite file still has every baseline it needs. Which
stored audit a reference (``latest``, ``previous``, a crawl id) names is
``History.pick``; reading audit.json files and resolving references is
``regression.history``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from core.model import AuditResult
from store.crawls import CrawlNotFound, Store, StoreError, now_iso
from store.tables import audits

SUMMARY_COLUMNS = [c for c in audits.c if c.name != "result"]


class HistoryError(Exception):
    """An audit reference names nothing usable (no such audit, crawl or file)."""


class History:
    """The audits kept in one store (``Store.open`` made its ``audits`` table)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def save(
        self, crawl_id: int | None, result: AuditResult, path: str | Path | None = None
    ) -> int:
        """Keep an audit in the store; returns its id. A partial audit (of an unfinished
        crawl) is refused: the history is where baselines come from."""
        if result.partial:
            raise HistoryError(
                f"the audit of crawl {crawl_id} is partial: it is not kept in the history"
            )
        with self.store.engine.begin() as conn:
            inserted = conn.execute(
                insert(audits).values(
                    crawl_id=crawl_id,
                    site=result.site,
                    created_at=now_iso(),
                    tool_version=result.tool_version,
                    config=result.config,
                    scores=result.scores,
                    findings=len(result.findings),
                    result=audit_document(result),
                    path=str(path) if path is not None else None,
                )
            )
            key = inserted.inserted_primary_key
        if not key or key[0] is None:
            raise StoreError("the store did not return an id for the new audit")
        return int(key[0])

    def load(self, audit_id: int) -> AuditResult:
        """The stored AuditResult with this id."""
        with self.store.engine.connect() as conn:
            text = conn.execute(select(audits.c.result).where(audits.c.id == audit_id)).scalar()
        if text is None:
            raise HistoryError(f"no audit {audit_id} in {self.store.location}")
        return AuditResult.from_dict(json.loads(text))

    def audit_that_wrote(
        self, site: str, path: Path, document: str
    ) -> tuple[int, int | None] | None:
        """(audit id, crawl id) of the newest stored audit of ``site`` that wrote the
        audit.json at ``path`` with this very ``document`` (the folder may have been
        written again since); None when none did."""
        target = path.resolve()
        rows = [
            row
            for row in reversed(self.summaries(site))
            if row["path"] is not None and Path(row["path"]).resolve() == target
        ]
        with self.store.engine.connect() as conn:
            for row in rows:
                text = conn.execute(select(audits.c.result).where(audits.c.id == row["id"]))
                if text.scalar() == document:
                    return row["id"], row["crawl_id"]
        return None

    def summaries(self, site: str | None = None) -> list[dict[str, Any]]:
        """Stored audits, oldest first, without their JSON documents."""
        query = select(*SUMMARY_COLUMNS).order_by(audits.c.id)
        if site:
            query = query.where(audits.c.site == site)
        with self.store.engine.connect() as conn:
            return [dict(row) for row in conn.execute(query).mappings()]

    def pick(self, ref: str, site: str | None, relative_to: int | None) -> dict[str, Any]:
        """The stored audit a ``latest``/``previous``/crawl-id reference names (see the
        module docstring for ``relative_to``)."""
        rows = self.summaries(site)
        if ref.isdigit():
            crawl_id = int(ref)
            of_crawl = [
                row for row in rows if row["crawl_id"] == crawl_id and row["id"] != relative_to
            ]
            if not of_crawl:
                raise HistoryError(self._no_audit_of_crawl(crawl_id, site, relative_to))
            return of_crawl[-1]
        if not rows:
            raise HistoryError(
                f"no audits stored in {self.store.location}: run `touchpoint audit` first"
            )
        if ref == "latest" and relative_to is None:
            return rows[-1]
        if relative_to is None:  # previous: the audit of its site before the latest
            anchor, anchor_site = rows[-1]["id"], rows[-1]["site"]
        else:
            found = next((row["site"] for row in rows if row["id"] == relative_to), site)
            anchor, anchor_site = relative_to, found
        earlier = [
            row
            for row in rows
            if row["id"] < anchor and (anchor_site is None or row["site"] == anchor_site)
        ]
        if not earlier:
            of = f" of {anchor_site}" if anchor_site else ""
            raise HistoryError(f"no audit{of} before audit {anchor}")
        return earlier[-1]

    def _no_audit_of_crawl(self, crawl_id: int, site: str | None, relative_to: int | None) -> str:
        """Why a crawl id names no audit: no such crawl, another site's, or not audited."""
        location = self.store.location
        others = [
            row
            for row in self.summaries()
            if row["crawl_id"] == crawl_id and row["id"] != relative_to
        ]
        if others:
            return f"crawl {crawl_id} is a crawl of {others[-1]['site']}, not of {site}"
        if relative_to is not None and any(
            row["crawl_id"] == crawl_id for row in self.summaries(site)
        ):
            return f"crawl {crawl_id} has no audit other than audit {relative_to} in {location}"
        try:
            self.store.get_crawl(crawl_id)
        except CrawlNotFound:
            return f"no crawl {crawl_id} in {location} (see `touchpoint crawls`)"
        return (
            f"crawl {crawl_id} has no stored audit in {location}: "
            f"run `touchpoint audit --crawl {crawl_id}` first"
        )


def audit_document(result: AuditResult) -> str:
    """The audit.json text kept in the store (as ``AuditResult.save`` writes it)."""
    return json.dumps(result.to_dict(), ensure_ascii=False, separators=(",", ":"))
