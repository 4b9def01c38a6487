"""The executive page, the report's first: what a consultant tells the client.

Pure data for ``_executive.html``, which shows it under the view's goals sentence: the
overall score with the three facts that weigh most behind it (the lowest category
scores, each with the failing check that costs it the most points, counted), the top
fixes (the summary's own ranking, each with what to do and where), and, when the audit
was compared with a baseline, the score then and now and the findings fixed and new.

``comparison`` is the diff of the audit against its baseline in the shape of diff.json
(``regression.diff.AuditDiff.to_dict()``), or None when there is no baseline.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import fields
from typing import Any

from audit.scoring import check_cost
from core.model import CheckResult
from reports.dates import readable_day

FACTS = 3
EXAMPLES = 3  # new or fixed findings named under before/after
PLACES = 2  # of a fix's worst places, so that each fix is three lines
FIX_CHARS = 170  # what to do, one sentence, so five fixes fit one screen
DETAIL_CHARS = 110
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
CLAUSE_END = re.compile(r"[:;]\s")
# A finding's detail often ends with the URLs it is about; the fact names its place already.
TRAILING_URLS = re.compile(r"[:;,]?\s*\(?https?://.*$")
CHECK_FIELDS = {f.name for f in fields(CheckResult)}


def executive_page(
    data: Mapping[str, Any],
    scores: Mapping[str, Any],
    top_problems: list[Mapping[str, Any]],
    comparison: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The executive page of one audit. ``scores`` and ``top_problems`` are the report
    view's own (``reports.view``): the page ranks nothing of its own."""
    return {
        "score": scores.get("overall"),
        "facts": score_facts(data, scores, FACTS),
        "fixes": [_fix(check, data["findings"]) for check in top_problems],
        "change": before_after(comparison),
    }


def score_facts(
    data: Mapping[str, Any], scores: Mapping[str, Any], limit: int = FACTS
) -> list[dict[str, Any]]:
    """What pulls the overall score down, as facts with numbers: the ``limit`` lowest
    category scores under 100, each with the failing check that costs it the most points
    (how many points, how many of the items it examined have the problem; the place and
    the detail when there is one)."""
    costly: dict[str, tuple[float, Mapping[str, Any]]] = {}
    for check in data["checks"]:
        if check["status"] != "fail":
            continue
        cost = check_cost(CheckResult(**{k: v for k, v in check.items() if k in CHECK_FIELDS}))
        if check["category"] not in costly or cost > costly[check["category"]][0]:
            costly[check["category"]] = (cost, check)
    low = sorted(
        (c for c in scores.get("categories") or [] if c["score"] is not None and c["score"] < 100),
        key=lambda c: c["score"],
    )
    facts = []
    for category in low:
        if category["key"] not in costly:
            continue
        cost, check = costly[category["key"]]
        found = [f for f in data["findings"] if f["code"] == check["code"]]
        only = found[0] if len(found) == 1 else None
        facts.append({
            "category": category["label"], "score": category["score"], "points": round(cost),
            "code": check["code"], "title": check["title"], "severity": check["severity"],
            "count": len(found), "checked": check.get("value"),
            "url": only["url"] if only else None,
            "detail": _clipped(str(only.get("detail") or ""), DETAIL_CHARS) if only else None,
        })  # fmt: skip
        if len(facts) == limit:
            break
    return facts


def _fix(check: Mapping[str, Any], findings: list[Mapping[str, Any]]) -> dict[str, Any]:
    """One top problem as a fix: what to do (the first sentence of its "How to fix"),
    where (its worst places, closest to a purchase first), and on how many pages."""
    pages = len({f["url"] for f in findings if f["code"] == check["code"]})
    return {
        "code": check["code"],
        "title": check["title"],
        "severity": check["severity"],
        "what": first_sentence(check["fix"], FIX_CHARS) if check.get("fix") else None,
        "places": check["places"][:PLACES],
        "pages": pages,
    }


def before_after(comparison: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The score then and now, and the findings fixed and new since the baseline; None
    without one."""
    if not comparison:
        return None
    base, new = _mapping(comparison.get("base")), _mapping(comparison.get("new"))
    # a saved diff.json is as untrusted as audit.json: only findings that can be shown
    changes = [f for f in _list(comparison.get("findings")) if _showable(f)]
    fixed = [f for f in changes if f.get("change") == "fixed"]
    added = [f for f in changes if f.get("change") == "new"]
    before, after = _score(base.get("score")), _score(new.get("score"))
    return {
        "since": readable_day(base.get("generated_at")),
        "before": before,
        "after": after,
        "delta": after - before if before is not None and after is not None else None,
        "fixed": len(fixed),
        "new": len(added),
        "fixed_examples": fixed[:EXAMPLES],
        "new_examples": added[:EXAMPLES],
        "caveats": [c for c in _list(comparison.get("caveats")) if isinstance(c, str)],
    }


def _showable(finding: Any) -> bool:
    return isinstance(finding, Mapping) and all(
        isinstance(finding.get(key), str) for key in ("change", "title", "url")
    )


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _score(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def first_sentence(text: str, limit: int) -> str:
    """The first sentence of ``text``; past ``limit`` characters, its first clause."""
    sentence = SENTENCE_END.split(" ".join(text.split()), maxsplit=1)[0]
    if len(sentence) <= limit:
        return sentence
    clause = CLAUSE_END.split(sentence, maxsplit=1)[0].rstrip(".") + "."
    return clause if len(clause) <= limit else _clipped(sentence, limit)


def _clipped(text: str, limit: int) -> str:
    """``text`` without the URLs it ends with, cut at a word to ``limit`` characters."""
    text = TRAILING_URLS.sub("", " ".join(text.split())).strip()
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
