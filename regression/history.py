"""Audit references: which earlier audit a run compares itself with.

The audits themselves are kept in the store (``store.history``). References accepted
wherever an audit is named (``touchpoint diff``, ``touchpoint audit --baseline``):

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

from dataclasses import dataclass
from pathlib import Path

from core.audit_file import AuditFileError, in_folder
from core.audit_file import load_audit_file as read_audit_file
from core.model import AuditResult
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
        return recognise(history, found) if history is not None else found
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
