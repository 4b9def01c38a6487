"""Where classifications live: tables on the crawl store's metadata, and their reads and writes.

Keyed like the crawl tables (``crawl_id`` + ``page_url``), so the audit joins
them to pages, CTAs and forms without re-running the rules. ``classification_runs``
records which pack (``RulePack.fingerprint``) produced a crawl's rows, so a later
run with another pack knows to classify again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

from sqlalchemy import (
    Connection,
    Table,
    delete,
    insert,
    inspect,
    select,
)

from store.crawls import Store, now_iso
from store.tables import (
    classification_runs,
    classifications,
    cta_classifications,
    form_classifications,
    site_goals,
)


class Verdict(Protocol):
    """What the rules decide for one page (``rules.Classification`` has this shape)."""

    @property
    def stage(self) -> str: ...
    @property
    def action(self) -> str: ...
    @property
    def is_conversion(self) -> bool: ...
    @property
    def confidence(self) -> float: ...
    @property
    def evidence(self) -> list[dict[str, Any]]: ...
    @property
    def stage_label(self) -> str: ...
    @property
    def next_step(self) -> bool: ...
    @property
    def next_step_reason(self) -> str: ...
    @property
    def goal(self) -> str | None: ...
    @property
    def review(self) -> bool: ...
    @property
    def cta_actions(self) -> list[tuple[int, str, str, str | None]]: ...  # position, action,
    # prominence, provider
    @property
    def form_purposes(self) -> list[tuple[int, str]]: ...  # position, purpose
    @property
    def template_ctas(self) -> frozenset[int]: ...  # positions of CTAs that are site chrome
    @property
    def template_forms(self) -> frozenset[int]: ...
    @property
    def content_ctas(self) -> frozenset[int]: ...  # positions in the pack's content regions
    @property
    def content_forms(self) -> frozenset[int]: ...


RULE_TABLES: tuple[Table, ...] = (
    classifications,
    cta_classifications,
    form_classifications,
    classification_runs,
    site_goals,
)


def clear_crawl(conn: Connection, crawl_id: int) -> None:
    for table in RULE_TABLES:
        conn.execute(delete(table).where(table.c.crawl_id == crawl_id))


def forget(store: Store, crawl_id: int) -> None:
    """Drop the crawl's verdicts, so the next audit classifies it again: the crawl has
    changed (resumed) or the verdicts were only for a partial audit."""
    with store.engine.begin() as conn:
        clear_crawl(conn, crawl_id)


def write_batch(
    conn: Connection, crawl_id: int, model: str, batch: Iterable[tuple[str, Verdict]]
) -> None:
    """Insert one batch of page verdicts with their CTA and form rows."""
    pages: list[dict[str, Any]] = []
    ctas: list[dict[str, Any]] = []
    forms: list[dict[str, Any]] = []
    for url, c in batch:
        pages.append(
            {
                "crawl_id": crawl_id,
                "page_url": url,
                "stage": c.stage,
                "action": c.action,
                "is_conversion": c.is_conversion,
                "confidence": c.confidence,
                "evidence": c.evidence,
                "stage_label": c.stage_label,
                "model": model,
                "next_step": c.next_step,
                "next_step_reason": c.next_step_reason or None,
                "goal": c.goal,
                "review": c.review,
            }
        )
        ctas.extend(
            {
                "crawl_id": crawl_id,
                "page_url": url,
                "position": pos,
                "action": action,
                "prominence": rank,
                "template": pos in c.template_ctas,
                "provider": provider,
                "in_content": pos in c.content_ctas,
            }
            for pos, action, rank, provider in c.cta_actions
        )
        forms.extend(
            {
                "crawl_id": crawl_id,
                "page_url": url,
                "position": pos,
                "purpose": purpose,
                "template": pos in c.template_forms,
                "in_content": pos in c.content_forms,
            }
            for pos, purpose in c.form_purposes
        )
    for table, rows in (
        (classifications, pages),
        (cta_classifications, ctas),
        (form_classifications, forms),
    ):
        if rows:
            conn.execute(insert(table), rows)


def write_run(
    conn: Connection, crawl_id: int, fingerprint: str, pack_name: str, model: str
) -> None:
    """Record which pack and goals (``fingerprint``) classified the crawl, in the
    transaction that wrote its rows."""
    conn.execute(
        insert(classification_runs),
        {
            "crawl_id": crawl_id,
            "pack_fingerprint": fingerprint,
            "pack_name": pack_name,
            "model": model,
            "classified_at": now_iso(),
        },
    )


def write_goals(conn: Connection, crawl_id: int, goals: dict[str, Any]) -> None:
    conn.execute(insert(site_goals), {"crawl_id": crawl_id, "goals": goals})


def stored_goals(store: Store, crawl_id: int) -> dict[str, Any] | None:
    """The site goals the classification inferred (or was given), None before any."""
    if not inspect(store.engine).has_table(site_goals.name):
        return None
    query = select(site_goals.c.goals).where(site_goals.c.crawl_id == crawl_id)
    with store.engine.connect() as conn:
        value = conn.execute(query).scalar()
    return dict(value) if value else None


def stored_fingerprint(store: Store, crawl_id: int) -> str | None:
    """The fingerprint of the pack that classified this crawl; None when unknown.

    The one reader of ``classification_runs``: ``is_classified`` asks it
    whether stored verdicts came from the pack an audit would use. Unknown covers a
    crawl never classified and a store written before fingerprints were recorded:
    either way the crawl must be classified again.
    """
    if not inspect(store.engine).has_table(classification_runs.name):
        return None
    query = select(classification_runs.c.pack_fingerprint).where(
        classification_runs.c.crawl_id == crawl_id
    )
    with store.engine.connect() as conn:
        value = conn.execute(query).scalar()
    return str(value) if value is not None else None


def stored_classification(store: Store, crawl_id: int, page_url: str) -> dict[str, Any] | None:
    """The stored verdict for one page, or None when the crawl was not classified."""
    query = select(classifications).where(
        classifications.c.crawl_id == crawl_id, classifications.c.page_url == page_url
    )
    with store.engine.connect() as conn:
        row = conn.execute(query).mappings().first()
    return dict(row) if row else None


def is_classified(store: Store, crawl_id: int, fingerprint: str | None = None) -> bool:
    """Whether the rules have classified this crawl already.

    With ``fingerprint`` (``rules.run_fingerprint`` of the pack and goals the caller would
    use), only if that same pack did. A crawl classified before fingerprints were
    recorded has none, an unknown pack that never matches, so it is classified again.
    """
    if not inspect(store.engine).has_table(classifications.name):
        return False
    query = select(classifications.c.id).where(classifications.c.crawl_id == crawl_id).limit(1)
    with store.engine.connect() as conn:
        found = conn.execute(query).first()
    if found is None or fingerprint is None:
        return found is not None
    return stored_fingerprint(store, crawl_id) == fingerprint
