"""Regression: compare an audit with an earlier one and decide whether the site got worse.

``regression.history`` resolves ``latest``/``previous``/a crawl id/an audit.json into an
audit, ``regression.diff`` compares two, ``regression.budgets`` checks the limits in
touchpoint.toml, and ``regression.gate`` turns ``--fail-on`` into a verdict.
"""
