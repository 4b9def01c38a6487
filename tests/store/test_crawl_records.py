"""The crawl records the crawler hands the store have exactly the store's columns."""

from __future__ import annotations

import pytest
from sqlalchemy import Table

from core.crawl_records import ContactRow, CrawlRecord, CtaRow, FormRow, LinkRow, PageRow
from store.tables import CHILD_TABLES, contacts, ctas, forms, links, pages

KEYS = ("id", "crawl_id", "page_url")  # the store's own: not part of what the crawler sends


@pytest.mark.parametrize(
    ("record", "table"),
    [(PageRow, pages), (LinkRow, links), (CtaRow, ctas), (FormRow, forms), (ContactRow, contacts)],
)
def test_a_record_type_names_every_column_of_its_table(record: type, table: Table) -> None:
    columns = {c.name for c in table.columns} - set(KEYS)
    assert set(record.__annotations__) == columns


def test_a_crawl_record_carries_one_list_per_child_table() -> None:
    assert set(CrawlRecord.__annotations__) == {"page", *CHILD_TABLES}
