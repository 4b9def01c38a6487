"""The audit: from a classified crawl, find where the customer journey breaks.

``store.inputs.load_input(store, crawl_id)`` reads a classified crawl,
``audit.runner.run_audit(input, config)`` runs the checks and computes paths, stage flow
and journey map, and returns a ``core.model.AuditResult`` that saves to and loads from
``audit.json``. This file imports nothing, so ``audit.config`` loads without the graph.
"""
