"""Classify one page record: every rule votes, the heaviest stage and action win.

Pure and per-page: a page dict (page row plus ``links``, ``ctas``, ``forms`` and
``contacts`` lists) and a compiled pack in, a ``Classification`` out. Graph rules
read ``context``, the first-pass ``(stage, action)`` of other pages by URL.

A page's action is what it asks the visitor to do (its CTAs count); whether it is a
*conversion page* is a separate question: does the conversion happen here? Only
rules marked ``converts`` answer it (the page's URL, title, headings or schema, a
form in its content, a hand-off to a hosted checkout or booking tool), never a CTA
that merely points to where the conversion happens (see docs/rules.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from rules.pack import ELEMENT_SIGNALS, Rule, RulePack
from rules.touchpoints import cta_action, form_purpose, prominences, provider_of, url_path
from rules.vocab import fold

Context = Mapping[str, tuple[str, str]]

# Bump when a change here gives different verdicts for the same pack: it is part of
# the pack fingerprint, so crawls classified by the old engine are classified again.
ENGINE_REVISION = 3


@dataclass(slots=True)
class Classification:
    """A page's verdict and the evidence for it."""

    stage: str
    action: str
    is_conversion: bool
    confidence: float
    evidence: list[dict[str, Any]]
    cta_actions: list[tuple[int, str, str]] = field(default_factory=list)
    form_purposes: list[tuple[int, str]] = field(default_factory=list)
    stage_label: str = ""


class _Ballot:
    """Collects weighted votes and the evidence behind each.

    Stage votes of ``fallback`` rules are kept apart and count only when no other
    rule names a stage. Conversion actions voted by ``converts`` rules are noted
    apart too: ``on_page`` from the page itself (URL, title, headings, schema),
    ``in_content`` from an element in the page's content (a form, a hand-off). Their
    evidence entries wait in ``candidates`` until the verdict is known: only then can
    ``mark_converting`` flag the ones that make the page a conversion page.
    """

    __slots__ = (
        "actions",
        "candidates",
        "conversions",
        "evidence",
        "fallback",
        "fallback_entries",
        "in_content",
        "on_page",
        "stages",
    )

    def __init__(self, conversions: frozenset[str]) -> None:
        self.conversions = conversions
        self.stages: dict[str, float] = {}
        self.fallback: dict[str, float] = {}
        self.fallback_entries: list[dict[str, Any]] = []
        self.actions: dict[str, float] = {}
        self.on_page: set[str] = set()
        self.in_content: set[str] = set()
        self.candidates: list[tuple[dict[str, Any], bool]] = []
        self.evidence: list[dict[str, Any]] = []

    def vote(
        self,
        rule: Rule,
        matched: Any,
        factor: float = 1.0,
        action: str | None = None,
        *,
        in_content: bool = True,
        **extra: Any,
    ) -> None:
        """Add one rule's votes; ``in_content`` says whether the matched element is in the
        page's content regions (always true for page-level signals)."""
        weight = rule.weight * factor
        stage, action = rule.stage, rule.action or action
        if stage:
            tally = self.fallback if rule.fallback else self.stages
            tally[stage] = tally.get(stage, 0.0) + weight
        if action:
            self.actions[action] = self.actions.get(action, 0.0) + weight
        entry = {
            "rule": rule.id,
            "signal": rule.signal,
            "matched": matched,
            "weight": round(weight, 3),
            "stage": stage,
            "action": action,
            **extra,
        }
        if rule.converts and in_content and action in self.conversions:
            element = rule.signal in ELEMENT_SIGNALS
            (self.in_content if element else self.on_page).add(action)
            self.candidates.append((entry, element))
        if stage and rule.fallback:
            self.fallback_entries.append(entry)
        self.evidence.append(entry)

    def mark_converting(self, action: str, on_page_counts: bool) -> None:
        """Flag ``converts`` on the votes that make this a conversion page for ``action``:
        its element votes, and its page-level votes when ``on_page_counts`` (the stage is a
        conversion stage). Call only once the verdict says the page is a conversion page."""
        for entry, element in self.candidates:
            if entry["action"] == action and (element or on_page_counts):
                entry["converts"] = True

    def stage_scores(self) -> dict[str, float]:
        """The stage votes that count: fallback votes only when nothing else names a stage.

        Unused fallback votes stay in the evidence with their stage moved to
        ``unused_stage``, so ``touchpoint explain`` does not claim they counted.
        """
        if not self.stages:
            return self.fallback
        for entry in self.fallback_entries:
            entry["unused_stage"], entry["stage"] = entry["stage"], None
        return self.stages


def _winner(scores: dict[str, float], floor: float) -> tuple[str, float]:
    if not scores:
        return "none", 0.0
    best = max(scores, key=scores.__getitem__)
    top = scores[best]
    if top < floor:
        return "none", 0.0
    return best, top / (sum(scores.values()) + 1.0)


def _in_range(rule: Rule, value: float | None) -> bool:
    if value is None:
        return False
    return (rule.low is None or value >= rule.low) and (rule.high is None or value <= rule.high)


def classify_page(
    page: Mapping[str, Any], pack: RulePack, context: Context | None = None
) -> Classification:
    """Stage, action, conversion flag, confidence and evidence for one page record."""
    ballot = _Ballot(pack.conversions)
    rules = pack.by_signal
    _text_rules(ballot, rules["url"], url_path(page.get("url")))
    _text_rules(ballot, rules["title"], fold(page.get("title") or ""))
    _heading_rules(ballot, rules["heading"], page, pack.section_heading_factor)
    types = set(page.get("schema_types") or ())
    for rule in rules["schema"]:
        hit = rule.values & types
        if hit:
            ballot.vote(rule, sorted(hit))
    for rule in rules["words"]:
        if _in_range(rule, page.get("word_count")):
            ballot.vote(rule, f"{page.get('word_count')} words")
    for rule in rules["status"]:
        if _in_range(rule, page.get("status")):
            ballot.vote(rule, f"HTTP {page.get('status')}")
    cta_actions = _ctas(ballot, page, pack)
    form_purposes = _forms(ballot, page, pack)
    _contacts(ballot, page, pack)
    if context is not None:
        _graph(ballot, page, pack, context)
    stage, stage_conf = _winner(ballot.stage_scores(), 0.0)
    action, action_conf = _winner(ballot.actions, pack.min_action_score)
    # Where the conversion happens: a form or hand-off in the content converts the page
    # whatever its stage; the page's own URL/title/headings/schema only on a conversion
    # stage. A CTA alone (a "Buy now" to /checkout/) never makes a conversion page.
    on_stage = stage in pack.conversion_stages
    converts = action in ballot.in_content or (action in ballot.on_page and on_stage)
    if converts:
        ballot.mark_converting(action, on_stage)
    return Classification(
        stage=stage,
        action=action,
        is_conversion=converts,
        confidence=round((stage_conf + action_conf) / 2, 3),
        evidence=ballot.evidence,
        cta_actions=cta_actions,
        form_purposes=form_purposes,
        stage_label=pack.label(stage),
    )


def _text_rules(ballot: _Ballot, rules: tuple[Rule, ...], text: str) -> None:
    for rule in rules:
        assert rule.regex is not None
        match = rule.regex.search(text)
        if match:
            ballot.vote(rule, match.group(0) or text)


def _heading_rules(
    ballot: _Ballot, rules: tuple[Rule, ...], page: Mapping[str, Any], section_factor: float
) -> None:
    """The H1 names the page: a match there votes in full. An H2 names one section of it
    (an "FAQ" block on a pricing page), so a match only there votes ``section_factor`` of
    the weight, unless the page has no H1 (its H2s are then its main headings)."""
    if not rules:
        return
    h1s, h2s = page.get("h1") or [], page.get("h2") or []
    main = fold(" | ".join(h1s))
    sections = fold(" | ".join(h2s)) if h2s else ""
    factor = section_factor if h1s else 1.0
    for rule in rules:
        assert rule.regex is not None
        match = rule.regex.search(main)
        if match:
            ballot.vote(rule, match.group(0) or main)
            continue
        match = rule.regex.search(sections) if sections else None
        if match:
            ballot.vote(rule, match.group(0) or sections, factor, heading="h2")


def _ctas(ballot: _Ballot, page: Mapping[str, Any], pack: RulePack) -> list[tuple[int, str, str]]:
    """Judge each CTA, let CTA rules vote with the strongest match, and find hand-offs."""
    ctas = page.get("ctas") or ()
    content = pack.content_regions
    judged = [cta_action(pack, c) for c in ctas]
    actions = [a for a, _ in judged]
    ranks = prominences(pack, ctas, actions)
    regions, secondary = pack.regions, pack.secondary_factor
    factors = [
        regions.get(c.get("region"), 1.0) * (1.0 if rank == "primary" else secondary)
        for c, rank in zip(ctas, ranks, strict=True)
    ]
    for rule in pack.by_signal["cta"]:
        best = max(
            (i for i, a in enumerate(actions) if a in rule.values),
            key=factors.__getitem__,
            default=None,
        )
        if best is not None:
            cta = ctas[best]
            ballot.vote(
                rule,
                cta.get("text") or cta.get("aria_label") or cta.get("href"),
                factors[best],
                actions[best],
                in_content=cta.get("region") in content,
                position=cta.get("position"),
                prominence=ranks[best],
            )
    handoffs = [
        (factors[i], judged[i][1], judged[i][0], ctas[i].get("target_url"), ctas[i].get("region"))
        for i in range(len(ctas))
        if judged[i][1]
    ]
    for link in page.get("links") or ():
        if not link.get("internal"):
            provider = provider_of(pack, link.get("target_url"))
            if provider:
                region = link.get("region")
                factor = regions.get(region, 1.0) * secondary
                handoffs.append((factor, provider[0], provider[1], link.get("target_url"), region))
    if handoffs:
        factor, name, action, target, region = max(handoffs, key=lambda h: h[0])
        for rule in pack.by_signal["offsite"]:
            ballot.vote(rule, target, factor, action, in_content=region in content, provider=name)
    return [(c.get("position"), a, r) for c, a, r in zip(ctas, actions, ranks, strict=True)]


def _forms(ballot: _Ballot, page: Mapping[str, Any], pack: RulePack) -> list[tuple[int, str]]:
    """Judge every form's purpose; only forms in the page's content regions vote. A form in
    the header, nav, aside or footer is site chrome (the footer newsletter form of every
    page): it says nothing about what this page is for."""
    forms = page.get("forms") or ()
    judged = [form_purpose(pack, f) for f in forms]
    content = pack.content_regions
    for rule in pack.by_signal["form"]:
        hits = [
            (pack.regions.get(f.get("region"), 1.0), i)
            for i, f in enumerate(forms)
            if judged[i][0] in rule.values and f.get("region") in content
        ]
        if hits:
            factor, i = max(hits)
            ballot.vote(
                rule,
                f"form {forms[i].get('position')}: {judged[i][0]}",
                factor,
                position=forms[i].get("position"),
                by=judged[i][1],
            )
    return [(f.get("position"), purpose) for f, (purpose, _) in zip(forms, judged, strict=True)]


def _contacts(ballot: _Ballot, page: Mapping[str, Any], pack: RulePack) -> None:
    contacts = page.get("contacts") or ()
    for rule in pack.by_signal["contact"]:
        hits = [
            (pack.regions.get(c.get("region"), 1.0), c.get("target"), c.get("region"))
            for c in contacts
            if c.get("kind") in rule.values
        ]
        if hits:
            factor, target, region = max(hits, key=lambda h: (h[0], h[1] or ""))
            ballot.vote(rule, target, factor, in_content=region in pack.content_regions)


def _graph(ballot: _Ballot, page: Mapping[str, Any], pack: RulePack, context: Context) -> None:
    url = page.get("url")
    targets = {
        link["target_url"]
        for link in page.get("links") or ()
        if link.get("internal")
        and link.get("region") in pack.content_regions
        and link.get("target_url") != url
    }
    if not targets:
        return
    known = [context[t] for t in targets if t in context]
    for rule in pack.by_signal["graph"]:
        if len(targets) < rule.min_links:
            continue
        hits = sum(
            1
            for stage, action in known
            if (not rule.values or action in rule.values)
            and (not rule.stages or stage in rule.stages)
        )
        if hits / len(targets) >= rule.min_share:
            ballot.vote(
                rule, f"{hits} of {len(targets)} linked pages", share=round(hits / len(targets), 3)
            )
