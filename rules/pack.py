"""Load, merge and compile rule packs into the ``RulePack`` the engine runs.

Layers, lowest first: the default pack, a funnel-model pack (when one is named),
then the client pack. A later layer overrides a rule by id field by field, adds
lexicon words that are tried before the default ones, and replaces settings.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from core.vocab import CONTENT_REGIONS, STAGES
from rules.loader import line_of, read_pack_file, rule_lines
from rules.schema import (
    FormPurposeSpec,
    ModelSpec,
    PackFile,
    RulePackError,
    compile_pattern,
)
from rules.vocab import HANDOFF_KINDS, fold

# Bump when a change to the engine (rules/engine.py, nextstep.py, template.py, goals.py)
# gives different verdicts for the same pack: it is part of the pack fingerprint, so
# crawls classified by the old engine are classified again.
ENGINE_REVISION = 31

PACKS_DIR = Path(__file__).resolve().parent / "packs"
DEFAULT_PACK = PACKS_DIR / "default.yaml"

# What each signal kind needs before it can fire (checked after merging).
REQUIRED: dict[str, tuple[str, ...]] = {
    "url": ("pattern",),
    "title": ("pattern",),
    "heading": ("pattern",),
    "link": ("pattern",),
    "schema": ("types",),
    "cta": ("actions",),
    "form": ("purposes",),
    "contact": ("kinds",),
    "graph": ("actions|stages",),
    "words": ("min|max",),
    "prices": ("min|max",),
    "depth": ("min|max",),
    "status": ("min|max",),
    "access": ("kinds",),
    "offsite": (),
    "embed": (),
}
# Signals whose matched item carries its own action, so the rule need not name one.
SELF_VOTING = {"cta", "offsite", "embed"}
# Signals that read one element of the page rather than the page itself.
ELEMENT_SIGNALS = frozenset({"cta", "form", "offsite", "contact", "embed"})
# Where a rule leaves out ``converts``: signals whose vote for a conversion action shows
# that the conversion happens on the page. A CTA only points to where it happens, a
# contact link or the graph never shows it, and word counts and statuses say nothing.
CONVERTING_SIGNALS = frozenset({"url", "title", "heading", "schema", "form", "offsite", "embed"})


@dataclass(frozen=True, slots=True)
class Rule:
    """One enabled, complete rule, ready to match."""

    id: str
    signal: str
    stage: str | None
    action: str | None
    weight: float
    origin: str
    regex: re.Pattern[str] | None = None
    values: frozenset[str] = frozenset()
    stages: frozenset[str] = frozenset()
    low: float | None = None
    high: float | None = None
    min_share: float = 0.5
    min_links: int = 3
    children: bool = False
    note: str | None = None
    converts: bool = False
    fallback: bool = False
    sections: bool = True
    asks_goal: bool = False
    decides_stage: bool = False


@dataclass(frozen=True, slots=True)
class FormPurposeRule:
    id: str
    purpose: str
    all: frozenset[str]
    any: frozenset[str]
    none: frozenset[str]
    submit: frozenset[str]
    max_fields: int | None


@dataclass
class RulePack:
    """The effective rules: what ``classify_page`` applies and ``touchpoint rules`` prints."""

    name: str
    sources: tuple[str, ...]
    model: str
    labels: dict[str, str]
    conversions: frozenset[str]
    conversion_stages: frozenset[str]
    min_action_score: float
    section_heading_factor: float
    regions: dict[str, float]
    content_regions: frozenset[str]
    primary_regex: re.Pattern[str]
    cart_regex: re.Pattern[str] | None  # classes of an add-to-cart button (any words)
    secondary_factor: float
    lead_factor: float
    lexicon: tuple[tuple[str, re.Pattern[str]], ...]
    field_kinds: tuple[tuple[str, re.Pattern[str]], ...]
    form_purposes: tuple[FormPurposeRule, ...]
    providers: dict[str, tuple[str, str]]
    embeds: dict[str, tuple[str, str]]
    marketplaces: frozenset[str]  # provider names that sell other people's goods
    reservation_engines: frozenset[str]  # provider names that book rooms, tours, tables
    template_share: float
    template_pages: int
    review_below: float
    # A client or model pack named its conversion actions: they decide conversion pages
    # page by page, instead of the goals inferred from the site (rules.goals).
    conversions_given: bool
    rules: tuple[Rule, ...]
    effective: dict[str, Any]
    by_signal: dict[str, tuple[Rule, ...]] = field(init=False)
    asking_goal: frozenset[str] = field(init=False)  # ids of the rules marked ``asks_goal``
    deciding_stage: dict[str, str] = field(init=False)  # ``decides_stage`` rules: id -> stage
    off_journey_urls: tuple[Rule, ...] = field(init=False)  # URL rules of stage ``none``
    # Results of the per-element judgements (rules.touchpoints), one table per kind, each
    # keyed by the plain values the result depends on: nav and footer elements repeat.
    cache: defaultdict[str, dict[Any, Any]] = field(
        init=False, default_factory=lambda: defaultdict(dict)
    )

    def __post_init__(self) -> None:
        self.by_signal = {
            kind: tuple(r for r in self.rules if r.signal == kind) for kind in REQUIRED
        }
        self.asking_goal = frozenset(r.id for r in self.rules if r.asks_goal)
        self.deciding_stage = {r.id: r.stage for r in self.rules if r.decides_stage and r.stage}
        self.off_journey_urls = tuple(
            r for r in self.by_signal["url"] if r.stage == "none" and r.regex is not None
        )

    def label(self, stage: str) -> str:
        """The chosen funnel model's word for an engine stage."""
        return self.labels.get(stage, stage)

    @cached_property
    def fingerprint(self) -> str:
        """A stable hash of what this pack decides: merged rules and settings, model, engine.

        Where the layers were read from (file paths, lines) is left out, so the same
        packs give the same fingerprint on any machine; any change to a rule, a
        setting, the lexicon, the funnel model or ``ENGINE_REVISION`` changes it.
        """
        effective = {k: v for k, v in self.effective.items() if k not in ("sources", "model")}
        effective["rules"] = [
            {k: v for k, v in rule.items() if k != "origin"} for rule in effective["rules"]
        ]
        canonical = json.dumps(
            {"engine": ENGINE_REVISION, "model": self.model, "labels": self.labels, **effective},
            sort_keys=True,
            ensure_ascii=False,
            separators=(",", ":"),
            default=str,
        )
        return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def available_models() -> list[str]:
    """Funnel model names accepted by ``load_pack(model=...)``."""
    names = ["five-stage"]
    names += sorted(p.stem for p in PACKS_DIR.glob("*.yaml") if p != DEFAULT_PACK)
    return names


def load_pack(path_or_name: str | Path | None = None, model: str | None = None) -> RulePack:
    """The default pack, extended by a client pack file (or a bundled pack name).

    ``model`` names a funnel model (see ``available_models``) and wins over the
    model a client pack declares.
    """
    layers = [_read(DEFAULT_PACK)]
    client = None
    if path_or_name not in (None, "default", "five-stage"):
        client = _read(_pack_path(str(path_or_name)))
    declared = client[1].model if client else None
    model_name = model or (declared if isinstance(declared, str) else None)
    model_layer = _model_layer(model_name) if model_name else None
    if model_layer:
        layers.append(model_layer)
    if client:
        layers.append(client)
    pack = _compile(layers)
    if model and model_layer is None:
        pack.model, pack.labels = _labels(_default_model(layers))
    elif model and model_layer:
        spec = model_layer[1].model
        assert isinstance(spec, ModelSpec)
        pack.model, pack.labels = _labels(spec)
    return pack


def _read(path: Path) -> tuple[Path, PackFile, Any]:
    pack, node = read_pack_file(path)
    return path, pack, node


def _pack_path(name: str) -> Path:
    path = Path(name)
    if path.is_file():
        return path
    bundled = PACKS_DIR / f"{name}.yaml"
    if bundled.is_file():
        return bundled
    if path.is_dir():
        raise RulePackError(f"{name}: is a folder, not a rule pack file (give the YAML file)")
    raise RulePackError(f"{name}: no such rule pack file")


def _model_layer(name: str) -> tuple[Path, PackFile, Any] | None:
    if name in ("five-stage", "default"):
        return None
    path = PACKS_DIR / f"{name}.yaml"
    if path == DEFAULT_PACK or not path.is_file():
        known = ", ".join(available_models())
        raise RulePackError(f"unknown funnel model {name!r} (known: {known})")
    layer = _read(path)
    if not isinstance(layer[1].model, ModelSpec):
        raise RulePackError(f"{path}: a funnel-model pack needs a model: {{name, labels}} section")
    return layer


def _default_model(layers: list[tuple[Path, PackFile, Any]]) -> ModelSpec:
    spec = layers[0][1].model
    assert isinstance(spec, ModelSpec)
    return spec


def _labels(spec: ModelSpec) -> tuple[str, dict[str, str]]:
    return spec.name, {stage: spec.labels.get(stage, stage) for stage in STAGES}  # type: ignore[call-overload]


def _phrase_regex(phrases: list[str]) -> re.Pattern[str]:
    """Lexicon phrases as one word-bounded alternation; a space also matches "-" or nothing,
    and a ``*`` any one word ("add * to cart": "Add frame to cart")."""
    parts = sorted(
        {
            re.escape(fold(p.strip())).replace(r"\ ", r"[\s\-]*").replace(r"\*", r"\w+")
            for p in phrases
            if p.strip()
        },
        key=len,
        reverse=True,
    )
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


def _compile(layers: list[tuple[Path, PackFile, Any]]) -> RulePack:
    settings: dict[str, Any] = {}
    rule_specs: dict[str, dict[str, Any]] = {}
    origins: dict[str, str] = {}
    lexicon_tiers: list[dict[str, list[str]]] = []
    field_kinds: dict[str, str] = {}
    purposes: list[FormPurposeSpec] = []
    providers: dict[str, Any] = {}
    regions: dict[str, float] = {}
    prominence: dict[str, Any] = {}
    template: dict[str, Any] = {}
    model: ModelSpec | None = None
    conversions_given = False
    for path, pack, node in layers:
        conversions_given |= path != DEFAULT_PACK and pack.conversions is not None
        for key in (
            "name",
            "conversions",
            "conversion_stages",
            "min_action_score",
            "section_heading_factor",
            "review_below",
        ):
            value = getattr(pack, key)
            if value is not None:
                settings[key] = value
        if isinstance(pack.model, ModelSpec):
            model = pack.model
        lines = rule_lines(node)
        for spec in pack.rules or ():
            rule_specs[spec.id] = {
                **rule_specs.get(spec.id, {}),
                **spec.model_dump(exclude_unset=True),
            }
            origins[spec.id] = f"{path}:{lines.get(spec.id, '?')}"
        for index, ident in enumerate(pack.disable or ()):
            if ident not in rule_specs:
                line = line_of(node, ("disable", index))
                raise RulePackError(f"{path}:{line}: disable: no rule {ident!r} to disable")
            rule_specs[ident]["enabled"] = False
        if pack.lexicon:
            lexicon_tiers.insert(0, {str(k): v for k, v in pack.lexicon.items()})
        field_kinds.update(pack.field_kinds or {})
        for fp in pack.form_purposes or ():
            known = [i for i, old in enumerate(purposes) if old.id == fp.id]
            if known:
                purposes[known[0]] = fp
            else:
                purposes.insert(0 if path != DEFAULT_PACK else len(purposes), fp)
        providers.update({k: v.model_dump() for k, v in (pack.providers or {}).items()})
        regions.update(pack.regions or {})
        if pack.prominence:
            prominence.update(pack.prominence.model_dump(exclude_none=True))
        if pack.template:
            template.update(pack.template.model_dump(exclude_none=True))
    if model is None:
        raise RulePackError(f"{DEFAULT_PACK}: the default pack needs a model section")
    rules = tuple(
        _rule(ident, spec, origins[ident])
        for ident, spec in rule_specs.items()
        if spec.get("enabled", True)
    )
    _check_form_kinds(purposes, field_kinds)
    model_name, labels = _labels(model)
    effective = {
        "name": settings.get("name", "default"),
        "sources": [str(p) for p, _, _ in layers],
        "model": {"name": model_name, "labels": labels},
        "conversions": list(settings.get("conversions", ())),
        "conversion_stages": list(settings.get("conversion_stages", ("decision",))),
        "min_action_score": settings.get("min_action_score", 0.5),
        "section_heading_factor": settings.get("section_heading_factor", 1.0),
        "regions": regions,
        "prominence": prominence,
        "template": {"min_share": 0.5, "min_pages": 3, **template},
        "review_below": settings.get("review_below", 0.5),
        "lexicon": [{a: p} for tier in lexicon_tiers for a, p in tier.items()],
        "field_kinds": field_kinds,
        "form_purposes": [p.model_dump() for p in purposes],
        "providers": providers,
        "rules": [
            {
                **spec,
                "converts": spec.get("converts", spec.get("signal") in CONVERTING_SIGNALS),
                "origin": origins[i],
            }
            for i, spec in rule_specs.items()
        ],
    }
    return RulePack(
        name=effective["name"],
        sources=tuple(effective["sources"]),
        model=model_name,
        labels=labels,
        conversions=frozenset(effective["conversions"]),
        conversion_stages=frozenset(effective["conversion_stages"]),
        min_action_score=float(effective["min_action_score"]),
        section_heading_factor=float(effective["section_heading_factor"]),
        regions=regions,
        content_regions=frozenset(prominence.get("content_regions", CONTENT_REGIONS)),
        primary_regex=compile_pattern(prominence.get("primary_pattern", "primary")),
        cart_regex=(
            compile_pattern(prominence["cart_pattern"]) if prominence.get("cart_pattern") else None
        ),
        secondary_factor=float(prominence.get("secondary_factor", 0.4)),
        lead_factor=float(prominence.get("lead_factor", 1.0)),
        lexicon=tuple(
            (a, _phrase_regex(p)) for tier in lexicon_tiers for a, p in tier.items() if p
        ),
        field_kinds=tuple((k, compile_pattern(p)) for k, p in field_kinds.items()),
        form_purposes=tuple(
            FormPurposeRule(
                p.id,
                p.purpose,
                frozenset(p.all),
                frozenset(p.any),
                frozenset(p.none),
                frozenset(p.submit),
                p.max_fields,
            )
            for p in purposes
        ),
        providers={
            host.lower(): (name, spec["action"])
            for name, spec in providers.items()
            for host in spec["hosts"]
        },
        embeds={
            host.lower(): (name, spec["action"])
            for name, spec in providers.items()
            for host in spec.get("embeds") or ()
        },
        marketplaces=frozenset(n for n, spec in providers.items() if spec.get("marketplace")),
        reservation_engines=frozenset(
            n for n, spec in providers.items() if spec.get("reservations")
        ),
        template_share=float(effective["template"]["min_share"]),
        template_pages=int(effective["template"]["min_pages"]),
        review_below=float(effective["review_below"]),
        conversions_given=conversions_given,
        rules=rules,
        effective=effective,
    )


def _rule(ident: str, spec: dict[str, Any], origin: str) -> Rule:
    def fail(problem: str) -> RulePackError:
        return RulePackError(f"{origin}: rule {ident!r}: {problem}")

    signal = spec.get("signal")
    if signal is None:
        raise fail("signal: missing (one of " + ", ".join(REQUIRED) + ")")
    for need in REQUIRED[signal]:
        if not any(spec.get(option) is not None for option in need.split("|")):
            raise fail(f"a {signal} rule needs {need.replace('|', ' or ')}")
    if signal not in SELF_VOTING and spec.get("stage") is None and spec.get("action") is None:
        raise fail("votes for nothing: give a stage, an action or both")
    unknown = sorted(set(spec.get("kinds") or ()) - HANDOFF_KINDS)
    if signal == "offsite" and unknown:
        raise fail(f"kinds: {unknown[0]!r} is not a hand-off kind (button or link)")
    # An offsite rule may name both: the hand-off's kinds (button, link) and its actions.
    values = (
        spec.get("types")
        or [*(spec.get("actions") or ()), *(spec.get("kinds") or ())]
        or spec.get("purposes")
    )
    return Rule(
        id=ident,
        signal=signal,
        stage=spec.get("stage"),
        action=spec.get("action"),
        weight=float(spec.get("weight", 1.0)),
        origin=origin,
        regex=compile_pattern(spec["pattern"]) if spec.get("pattern") else None,
        values=frozenset(values or ()),
        stages=frozenset(spec.get("stages") or ()),
        low=spec.get("min"),
        high=spec.get("max"),
        min_share=spec.get("min_share") or 0.5,
        min_links=spec.get("min_links") or 3,
        children=bool(spec.get("children", False)),
        note=spec.get("note"),
        converts=bool(spec.get("converts", signal in CONVERTING_SIGNALS)),
        fallback=bool(spec.get("fallback", False)),
        sections=bool(spec.get("sections", True)),
        asks_goal=bool(spec.get("asks_goal", False)),
        decides_stage=bool(spec.get("decides_stage", False)),
    )


def _check_form_kinds(purposes: list[FormPurposeSpec], kinds: dict[str, str]) -> None:
    for purpose in purposes:
        unknown = (set(purpose.all) | set(purpose.any) | set(purpose.none)) - set(kinds)
        if unknown:
            raise RulePackError(
                f"form purpose {purpose.id!r}: unknown field kind {sorted(unknown)[0]!r} "
                f"(known: {', '.join(sorted(kinds))})"
            )
