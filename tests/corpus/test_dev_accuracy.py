"""touchpoint's verdicts on the dev half of the real corpus must not fall below floor.json.

Scores every complete site of ``tests/corpus/dev/`` with ``bench/accuracy.py`` (each
served on 127.0.0.1 and audited by the real CLI in a subprocess) and compares the
macro mean of each metric with ``tests/corpus/floor.json``. After a deliberate change
(an improvement, or a new dev site) refresh the floor with::

    .venv/bin/python bench/accuracy.py --half dev --write-floor tests/corpus/floor.json

The measure half is never scored here.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from bench.accuracy import CORPUS, METRICS, score_corpus

FLOOR = CORPUS / "floor.json"


@pytest.fixture(scope="module")
def dev_half() -> dict[str, Any]:
    figures = score_corpus(("dev",), jobs=2, timeout=600)
    half: dict[str, Any] = figures["halves"]["dev"]
    if not half["sites"]:
        pytest.skip("no complete site in tests/corpus/dev yet")
    return half


@pytest.mark.timeout(1800)
def test_every_dev_site_is_audited(dev_half: dict[str, Any]) -> None:
    errors = {name: site["error"] for name, site in dev_half["sites"].items() if site["error"]}
    assert not errors, errors


@pytest.mark.timeout(1800)
def test_dev_accuracy_at_least_floor(dev_half: dict[str, Any]) -> None:
    floor = json.loads(FLOOR.read_text(encoding="utf-8"))
    macro = dev_half["summary"]["macro"]
    below = []
    for metric in METRICS:
        wanted = floor.get(metric)
        if wanted is None:
            continue
        got = macro[metric] if macro[metric] is not None else 0.0  # undefined now: lost it
        if got + 1e-9 < wanted:  # the floor was rounded down from this same float
            below.append(f"{metric}: {got:.3f} < floor {wanted:.2f}")
    sites = sorted(dev_half["sites"])
    assert not below, (
        f"dev half ({', '.join(sites)}; floor measured on {', '.join(floor.get('_sites', []))}) "
        "below floor.json:\n" + "\n".join(below)
    )
