"""The audit: from a classified crawl, find where the customer journey breaks.

``load_input(store, crawl_id)`` reads a classified crawl, ``run_audit(input,
config)`` runs the checks and computes paths, stage flow and journey map, and
returns an ``AuditResult`` that saves to and loads from ``audit.json``.
"""

from audit.config import AuditConfig, ConfigError
from audit.registry import SelectorError
from audit.runner import run_audit
from core.model import SCHEMA_VERSION, AuditResult, CheckResult, Finding, JourneyPath
from core.records import AuditInput
from store.inputs import AuditInputError, load_input

__all__ = [
    "SCHEMA_VERSION",
    "AuditConfig",
    "AuditInput",
    "AuditInputError",
    "AuditResult",
    "CheckResult",
    "ConfigError",
    "Finding",
    "JourneyPath",
    "SelectorError",
    "load_input",
    "run_audit",
]
