"""What a rule-pack file may contain, validated with pydantic.

Every field is optional at file level because a client pack only states what it
changes; completeness is checked after the packs are merged (``rules.pack``).
Regular expressions are compiled here so a bad one is reported against its line.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator

from core.vocab import Action, Stage
from rules.vocab import FormPurpose, Signal, fold


class RulePackError(Exception):
    """A rule pack cannot be read or is invalid; the message is one line for the user."""


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Compile a pack regex the way the engine matches it: on accent-folded lower-case text."""
    try:
        return re.compile(fold(pattern))
    except re.error as exc:
        raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from None


def _check_pattern(value: str | None) -> str | None:
    if value is not None:
        compile_pattern(value)
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Weight = Annotated[float, Field(gt=0, le=100)]
Share = Annotated[float, Field(gt=0, le=1)]


class RuleSpec(_Strict):
    """One rule: a signal, what it looks for, and the stage/action it votes for."""

    id: Annotated[str, Field(pattern=r"^[A-Za-z0-9][\w.-]*$")]
    signal: Signal | None = None
    note: str | None = None
    pattern: str | None = None
    types: list[str] | None = None
    actions: list[Action] | None = None
    purposes: list[FormPurpose] | None = None
    kinds: list[str] | None = None
    stages: list[Stage] | None = None
    min: int | None = None
    max: int | None = None
    min_share: Share | None = None
    min_links: Annotated[int, Field(ge=1)] | None = None
    # graph rules: count only the linked pages below the page's own path
    children: bool | None = None
    stage: Stage | None = None
    action: Action | None = None
    weight: Weight | None = None
    enabled: bool | None = None
    # Does this rule's vote for a conversion action show the conversion happens on the
    # page? Default: yes for url, title, heading, schema, form and offsite rules.
    converts: bool | None = None
    # Count this rule's stage vote only when no other rule names a stage.
    fallback: bool | None = None
    # heading rules: does a match in an H2 (one section of the page) vote? Default yes.
    sections: bool | None = None
    # A page this rule names (a service or price page) asks for the site's lead or booking
    # when nothing on it asks for anything in particular (``judge_page``).
    asks_goal: bool | None = None
    # A page this rule names has the rule's stage whatever else votes (a home page is
    # awareness, its buy button or form notwithstanding); confidence keeps the vote's share.
    decides_stage: bool | None = None

    _pattern = field_validator("pattern")(_check_pattern)


class ModelSpec(_Strict):
    """A funnel model: its name and its word for each of the engine's stages."""

    name: str
    labels: dict[Stage, str] = Field(default_factory=dict)


class ProviderSpec(_Strict):
    """A hosted checkout or booking tool: a CTA to one of its hosts hands the visitor over."""

    hosts: list[str] = Field(default_factory=list)
    # Script or frame hosts that draw the provider's cart, form or booking widget inside
    # the page (Snipcart's cart, a HubSpot form): the hand-off happens on the page.
    embeds: list[str] = Field(default_factory=list)
    action: Action = "checkout"
    # A marketplace sells other people's goods (Amazon, Etsy): a link there is a click-out,
    # not the site's own sale handed to its hosted cart or ticket office.
    marketplace: bool = False
    # A reservation engine books the site's units (rooms, tours, tables): where its
    # bookings outnumber the enquiry pages, the booking is the goal and the contact
    # form a question before it (LABELLING.md: a booking business).
    reservations: bool = False


class FormPurposeSpec(_Strict):
    """Judge a form's purpose by its field kinds and submit text; first match wins."""

    id: Annotated[str, Field(pattern=r"^[A-Za-z0-9][\w.-]*$")]
    purpose: FormPurpose
    all: list[str] = Field(default_factory=list)
    any: list[str] = Field(default_factory=list)
    none: list[str] = Field(default_factory=list)
    submit: list[Action] = Field(default_factory=list)
    max_fields: Annotated[int, Field(ge=0)] | None = None


class ProminenceSpec(_Strict):
    """Which CTAs are primary: in a content region and styled as the main button (or first)."""

    content_regions: list[str] | None = None
    primary_pattern: str | None = None
    # class/id words that make a button an add-to-cart button whatever its words
    cart_pattern: str | None = None
    secondary_factor: Share | None = None
    # The first primary CTA of the content (the hero's): the page's dominant ask.
    lead_factor: Annotated[float, Field(ge=1, le=5)] | None = None

    _pattern = field_validator("primary_pattern", "cart_pattern")(_check_pattern)


class TemplateSpec(_Strict):
    """Site chrome by repetition: an element on this share of pages (and this many) is template."""

    min_share: Share | None = None
    min_pages: Annotated[int, Field(ge=2)] | None = None


class PackFile(_Strict):
    """One YAML file: the default pack, a funnel-model pack or a client pack."""

    name: str | None = None
    description: str | None = None
    model: str | ModelSpec | None = None
    conversions: list[Action] | None = None
    conversion_stages: list[Stage] | None = None
    min_action_score: Annotated[float, Field(ge=0)] | None = None
    section_heading_factor: Share | None = None
    regions: dict[str, Annotated[float, Field(ge=0, le=1)]] | None = None
    prominence: ProminenceSpec | None = None
    lexicon: dict[Action, list[str]] | None = None
    field_kinds: dict[str, str] | None = None
    form_purposes: list[FormPurposeSpec] | None = None
    providers: dict[str, ProviderSpec] | None = None
    template: TemplateSpec | None = None
    review_below: Share | None = None
    rules: list[RuleSpec] | None = None
    disable: list[str] | None = None

    @field_validator("field_kinds")
    @classmethod
    def _kinds(cls, value: dict[str, str] | None) -> dict[str, str] | None:
        for pattern in (value or {}).values():
            compile_pattern(pattern)
        return value
