"""Every check is documented, the same way, and docs/checks.md is in sync."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from audit.checks import ALL_CHECKS
from audit.checks.base import CATEGORIES, DOC_SECTIONS, Check
from audit.docs import render_checks_markdown

ROOT = Path(__file__).parents[2]
ISSUE_SLUGS = {
    "dead-end", "missing-cta", "conversion-unreachable", "long-path-to-conversion", "funnel-gap",
    "off-site-cta", "competing-ctas", "placeholder-cta", "broken-link", "redirect-chain",
    "orphan-page", "deep-page", "form-unlabelled-field", "form-too-many-fields", "form-insecure",
    "form-dead-end", "no-contact-channel", "no-retention-touchpoint", "no-advocacy-touchpoint",
}  # fmt: skip
GROUPS = {"reachability": "TP1", "intent": "TP2", "paths": "TP3", "forms": "TP4",
          "touchpoints": "TP5", "crawl": "TP9"}  # fmt: skip


def test_every_slug_of_the_issue_is_registered() -> None:
    assert {c.slug for c in ALL_CHECKS} >= ISSUE_SLUGS
    assert len({c.code for c in ALL_CHECKS}) == len({c.slug for c in ALL_CHECKS}) == len(ALL_CHECKS)


@pytest.mark.parametrize("check", ALL_CHECKS, ids=lambda c: c.code)
def test_check_metadata_and_doc_sections(check: type[Check]) -> None:
    assert re.fullmatch(r"TP\d{3}", check.code) and check.code.startswith(GROUPS[check.category])
    assert check.category in CATEGORIES and check.severity in ("error", "warning", "notice")
    assert check.title and check.failure_title and check.title != check.failure_title
    sections = check.doc_sections()
    assert list(sections) == ["summary", *DOC_SECTIONS]
    assert all(sections.values())
    for option in check.default_options:
        assert f"`{option}`" in sections["Options"], f"{check.code} does not document {option}"
    module = check.__module__.rsplit(".", 1)[-1]
    assert module == f"{check.code.lower()}_{check.slug.replace('-', '_')}"


def test_docs_checks_md_is_generated_from_the_checks() -> None:
    on_disk = (ROOT / "docs/checks.md").read_text(encoding="utf-8")
    assert on_disk == render_checks_markdown(), "run: python -m audit.docs > docs/checks.md"
