"""Audit history: every audit kept in the crawl store, so later runs can diff against it.

An audit row holds the whole ``audit.json`` text next to its crawl id, site, time,
tool version and configuration. Keeping the JSON (not only a path to it) means a
CI job that caches just the SQLite file still has every baseline it needs.

References accepted wherever an audit is named (``touchpoint diff``,
``touchpoint audit --baseline``):

- ``latest``: the newest stored audit (of ``site`` when given);
- ``previous``: the audit of the same site stored before ``latest``;
- a crawl id (``12``): the newest audit of that crawl;
- a path to an ``audit.json`` file, or to a folder holding one.

``relative_to`` is the stored audit a reference is compared with: the audit just
made by ``touchpoint audit --baseline REF``, or NEW in ``touchpoint diff BASE NEW``.
A reference resolved relative to an audit never names that audit itself, so both
``latest`` and ``previous`` then mean the newest audit of its site stored *before*
it, and a crawl id the newest other audit of that crawl. An audit.json path read with
the store at hand is that stored audit when one wrote that very file (``recognise``),
so ``touchpoint diff latest out/`` never compares the audit in ``out/`` with itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Column, Index, Integer, String, Table, Text, insert, select

from core.files import NotUTF8Error, read_text
from core.model import AuditResult
from store.crawls import CrawlNotFound, Store, StoreError, metadata, now_iso

audits = Table(
    "audits",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("crawl_id", Integer),  # None for an audit imported from a file
    Column("site", String, nullable=False),
    Column("created_at", String, nullable=False),
    Column("tool_version", String, nullable=False),
    Column("config", JSON(none_as_null=True)),
    Column("scores", JSON(none_as_null=True)),
    Column("findings", Integer, nullable=False),
    Column("result", Text, nullable=False),  # the audit.json document
    Column("path", Text),  # where the audit.json was also written, if anywhere
    Index("ix_audits_site", "site", "id"),
    Index("ix_audits_crawl", "crawl_id"),
)

SUMMARY_COLUMNS = [c for c in audits.c if c.name != "result"]


class HistoryError(Exception):
    """An audit reference names nothing usable (no such audit, crawl or file)."""


@dataclass
class Resolved:
    """An audit found from a reference, with a label saying where it came from."""

    result: AuditResult
    label: str  # "audit 4 (crawl 7)" or the file path
    audit_id: int | None = None
    crawl_id: int | None = None
    path: Path | None = None  # the audit.json it was read from, if it was read from a file


class History:
    """The audits kept in one store.

    The ``audits`` table is on the store's metadata, so ``Store.open`` creates it; a
    store opened before this module was imported gets it here, once, when its history
    is first used.
    """

    def __init__(self, store: Store) -> None:
        audits.create(store.engine, checkfirst=True)
        self.store = store

    def save(
        self, crawl_id: int | None, result: AuditResult, path: str | Path | None = None
    ) -> int:
        """Keep an audit in the store; returns its id."""
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
                    result=_document(result),
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

    def recognise(self, found: Resolved) -> Resolved:
        """An audit read from a file, as the stored audit that wrote that file: the
        newest one whose ``path`` is this file and whose document is the file's (the
        folder may have been written again since). It then carries that audit's id and
        crawl, so references resolved relative to it never name it, and the diff reads
        CTA and form detail from its crawl. Unchanged when no stored audit matches."""
        if found.path is None or found.audit_id is not None:
            return found
        target = found.path.resolve()
        rows = [
            row
            for row in reversed(self.summaries(found.result.site))
            if row["path"] is not None and Path(row["path"]).resolve() == target
        ]
        if not rows:
            return found
        document = _document(found.result)
        with self.store.engine.connect() as conn:
            for row in rows:
                text = conn.execute(select(audits.c.result).where(audits.c.id == row["id"]))
                if text.scalar() == document:
                    return Resolved(
                        found.result, found.label, row["id"], row["crawl_id"], found.path
                    )
        return found

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


def _document(result: AuditResult) -> str:
    """The audit.json text kept in the store (as ``AuditResult.save`` writes it)."""
    return json.dumps(result.to_dict(), ensure_ascii=False, separators=(",", ":"))


def _in_folder(path: Path) -> Path:
    """The audit.json in a folder (as ``touchpoint audit`` writes it), else ``path``."""
    if not path.is_dir():
        return path
    if not (path / "audit.json").is_file():
        raise HistoryError(f"no audit.json in the folder {path}")
    return path / "audit.json"


def _audit_file(ref: str) -> Path | None:
    """The audit.json a reference names; None for a reference that is not a path."""
    path = _in_folder(Path(ref))
    if path.is_file():
        return path
    if ref.endswith(".json") or "/" in ref or path.suffix:
        raise HistoryError(f"no audit file {path}")
    return None


def load_audit_file(path: str | Path) -> AuditResult:
    """Read an audit.json, or the audit.json in a folder. Every way it can be wrong
    (missing, unreadable, not UTF-8, not JSON, not an audit) is a one-line
    ``HistoryError``."""
    path = _in_folder(Path(path))
    try:
        data = json.loads(read_text(path))
        if not isinstance(data, dict):
            raise HistoryError(f"{path} is not a touchpoint audit.json")
        return AuditResult.from_dict(data)
    except OSError as exc:
        raise HistoryError(f"cannot read {path}: {exc.strerror}") from None
    except NotUTF8Error as exc:
        raise HistoryError(f"{path} is not a touchpoint audit.json: {exc}") from None
    except json.JSONDecodeError as exc:
        raise HistoryError(f"{path} is not JSON: {exc.msg} (line {exc.lineno})") from None
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise HistoryError(f"{path} is not a touchpoint audit.json: {exc}") from None


def resolve(
    ref: str,
    history: History | None = None,
    *,
    site: str | None = None,
    relative_to: int | None = None,
) -> Resolved:
    """Turn ``latest``/``previous``/a crawl id/an audit.json path into an AuditResult."""
    ref = ref.strip()
    path = _audit_file(ref)
    if path is not None:
        found = Resolved(load_audit_file(path), str(path), path=path)
        return history.recognise(found) if history is not None else found
    if ref not in ("latest", "previous") and not ref.isdigit():
        raise HistoryError(
            f"{ref!r} is not an audit: give a crawl id, latest, previous or an audit.json path"
        )
    if history is None:
        raise HistoryError(f"{ref!r} needs the store (--db)")
    row = history.pick(ref, site, relative_to)
    return Resolved(
        history.load(row["id"]),
        f"audit {row['id']} (crawl {row['crawl_id']})",
        audit_id=row["id"],
        crawl_id=row["crawl_id"],
    )
