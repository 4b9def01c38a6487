"""Rules: classify each crawled page's funnel stage and intended action, with evidence.

Declarative YAML packs (``rules/packs/``) are validated and compiled by
``load_pack``; ``classify_page`` applies one to a page record and
``classify_crawl`` to a whole stored crawl, writing the ``classifications``,
``cta_classifications`` and ``form_classifications`` tables and, in
``classification_runs``, the fingerprint of the pack that wrote them
(``store.classifications.is_classified`` reads it back before verdicts are reused).
``rules.goals`` infers the site's goals (or takes a ``[goals]`` table) that decide
which pages are conversion pages.
"""

from __future__ import annotations

from core.vocab import ACTIONS, STAGES
from rules.crawl import (
    ClassifySummary,
    classify_crawl,
    explain_page,
    run_fingerprint,
)
from rules.engine import Classification, classify_page
from rules.goals import KINDS, Goals, GoalsError, goals_from_table
from rules.pack import RulePack, available_models, load_pack
from rules.schema import RulePackError

__all__ = [
    "ACTIONS",
    "KINDS",
    "STAGES",
    "Classification",
    "ClassifySummary",
    "Goals",
    "GoalsError",
    "RulePack",
    "RulePackError",
    "available_models",
    "classify_crawl",
    "classify_page",
    "explain_page",
    "goals_from_table",
    "load_pack",
    "run_fingerprint",
]
