"""Audit references: which earlier audit a run compares itself with.

The audits themselves are kept in the store (``store.history``). References accepted
wherever an audit is named (``touchpoint diff``, ``touchpoint audit --baseline``):

- ``latest``: the newest stored audit (of ``site`` when given);
- ``previous``: the audit of the same site stored before ``latest``;
- a crawl id (``12``): the newest audit of that crawl;
- a path to an ``audit.json`` file, or to a folder holding one.

"The same site" is ``regression.sites``: scheme, host, port, start path and patterns,
not only the host name the history table keeps, so an audit of another port or
another start path on the same host is never taken as a baseline.

``relative_to`` is the stored audit a reference is compared with: the audit just
made by ``touchpoint audit --baseline REF``, or NEW in ``touchpoint diff BASE NEW``.
A reference resolved relative to an audit never names that audit itself, so both
``latest`` and ``previous`` then mean the newest audit of its site stored *before*
it, and a crawl id the newest other audit of that crawl. An audit.json path read with
the store at hand is that stored audit when one wrote that very file (``recognise``),
so ``touchpoint diff latest out/`` never compares the audit in ``out/`` with itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from core.audit_file import AuditFileError, in_folder
from core.audit_file import load_audit_file as read_audit_file
from core.model import AuditResult
from regression.sites import SiteKey, audit_site, site_key
from store.crawls import CrawlNotFound
from store.history import History, HistoryError, audit_document

__all__ = [
    "History",
    "HistoryError",
    "Resolved",
    "as_baseline",
    "load_audit_file",
    "recognise",
    "resolve",
]


@dataclass
class Resolved:
    """An audit found from a reference, with a label saying where it came from."""

    result: AuditResult
    label: str  # "audit 4 (crawl 7)" or the file path
    audit_id: int | None = None
    crawl_id: int | None = None
    path: Path | None = None  # the audit.json it was read from, if it was read from a file


def recognise(history: History, found: Resolved) -> Resolved:
    """An audit read from a file, as the stored audit that wrote that file. It then
    carries that audit's id and crawl, so references resolved relative to it never name
    it, and the diff reads CTA and form detail from its crawl. Unchanged when no stored
    audit matches."""
    if found.path is None or found.audit_id is not None:
        return found
    wrote = history.audit_that_wrote(found.result.site, found.path, audit_document(found.result))
    if wrote is None:
        return found
    return Resolved(found.result, found.label, wrote[0], wrote[1], found.path)


def as_baseline(found: Resolved) -> Resolved:
    """``found``, unless it is a partial audit: against its missing pages, every page of
    the newer audit would read as new and its findings as regressions."""
    if found.result.partial:
        crawl = found.result.crawl
        raise HistoryError(
            f"{found.label} is a partial audit (crawl {crawl.id} was "
            f"{crawl.status or 'not finished'}): it cannot be a baseline"
        )
    return found


def _audit_file(ref: str) -> Path | None:
    """The audit.json a reference names; None for a reference that is not a path."""
    try:
        path = in_folder(Path(ref))
    except AuditFileError as exc:
        raise HistoryError(str(exc)) from None
    if path.is_file():
        return path
    if ref.endswith(".json") or "/" in ref or path.suffix:
        raise HistoryError(f"no audit file {path}")
    return None


def load_audit_file(path: str | Path) -> AuditResult:
    """``core.audit_file.load_audit_file``, its errors as ``HistoryError`` (a reference)."""
    try:
        return read_audit_file(path)
    except AuditFileError as exc:
        raise HistoryError(str(exc)) from None


def stored_site(history: History, row: dict[str, Any]) -> SiteKey:
    """The site of a stored audit: from its crawl's row, else from its document."""
    if row["crawl_id"] is not None:
        try:
            crawl = history.store.get_crawl(row["crawl_id"])
            return site_key(crawl["start_url"], crawl.get("settings"))
        except CrawlNotFound:
            pass
    return audit_site(history.load(row["id"]))


def pick_of_site(
    history: History, ref: str, site: SiteKey | None, relative_to: int | None
) -> dict[str, Any] | None:
    """The stored audit ``latest`` or ``previous`` names among the audits of ``site``
    (without ``site``: of the newest audit's site); None when that site has none.

    Relative to an audit both mean the newest audit of its site before it; otherwise
    ``latest`` is the site's newest audit and ``previous`` the one before that."""
    rows = history.summaries()
    if not rows:
        raise HistoryError(
            f"no audits stored in {history.store.location}: run `touchpoint audit` first"
        )
    if site is None:
        if ref == "latest" and relative_to is None:
            return rows[-1]
        anchor = rows[-1] if relative_to is None else history_row(rows, relative_to)
        site = stored_site(history, anchor)
    ours = (
        row
        for row in reversed(rows)
        if (relative_to is None or row["id"] < relative_to) and stored_site(history, row) == site
    )
    skip = 1 if ref == "previous" and relative_to is None else 0
    return next(islice(ours, skip, None), None)


def history_row(rows: list[dict[str, Any]], audit_id: int) -> dict[str, Any]:
    found = next((row for row in rows if row["id"] == audit_id), None)
    if found is None:
        raise HistoryError(f"no audit {audit_id} in the history")
    return found


def resolve(
    ref: str,
    history: History | None = None,
    *,
    site: SiteKey | None = None,
    relative_to: int | None = None,
) -> Resolved:
    """Turn ``latest``/``previous``/a crawl id/an audit.json path into an AuditResult."""
    ref = ref.strip()
    path = _audit_file(ref)
    if path is not None:
        found = Resolved(load_audit_file(path), str(path), path=path)
        return recognise(history, found) if history is not None else found
    if ref not in ("latest", "previous") and not ref.isdigit():
        raise HistoryError(
            f"{ref!r} is not an audit: give a crawl id, latest, previous or an audit.json path"
        )
    if history is None:
        raise HistoryError(f"{ref!r} needs the store (--db)")
    if ref.isdigit():  # any site's: a diff of two sites is refused, or warned about, later
        row = history.pick(ref, None, relative_to)
    else:
        picked = pick_of_site(history, ref, site, relative_to)
        if picked is None:
            raise HistoryError(no_audit_of(history, ref, site, relative_to))
        row = picked
    return Resolved(
        history.load(row["id"]),
        f"audit {row['id']} (crawl {row['crawl_id']})",
        audit_id=row["id"],
        crawl_id=row["crawl_id"],
    )


def no_audit_of(history: History, ref: str, site: SiteKey | None, relative_to: int | None) -> str:
    """Why ``ref`` names no audit: the site has none (before ``relative_to``)."""
    rows = history.summaries()
    anchor = history_row(rows, relative_to) if relative_to is not None else rows[-1]
    site = site or stored_site(history, anchor)
    if relative_to is not None:
        return f"no audit of {site.label} before audit {relative_to}"
    before = " before its latest one" if ref == "previous" else ""
    return f"no audit of {site.label}{before} in {history.store.location}"
