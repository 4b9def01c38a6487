"""Fixtures for the audit tests; the builders live in audit_builders.py."""

from __future__ import annotations

import pytest
from audit_builders import SiteBuilder, healthy_site


@pytest.fixture
def site() -> SiteBuilder:
    return healthy_site()
