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

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from core.urls import bare_host, is_up_link
from rules.goals import KINDS, PRESALES_CONTACT_KINDS, SHOP_ACTIONS, Goals
from rules.nextstep import NOT_A_STEP, StepOptions, next_step_of, step_options
from rules.pack import ELEMENT_SIGNALS, Rule, RulePack
from rules.touchpoints import (
    HANDOFF_ACTIONS,
    cta_action,
    embed_provider,
    form_purpose,
    in_content,
    is_home_path,
    is_sponsored,
    link_handoff,
    looks_primary,
    messaging_channel,
    prominences,
    provider_of,
    remember,
    submittable,
    text_action,
    url_path,
)
from rules.vocab import HANDOFF_KINDS, fold

Context = Mapping[str, tuple[str, str]]
NAV = frozenset({"nav"})  # a post's own navigation block (not the site's menus) says what it is

# What an ``access`` rule matched, as ``touchpoint explain`` shows it (pages.access).
ACCESS_WORDS = {
    "login": "behind the login: its anonymous request was refused or sent to the login page",
}

# Every action a site's main goal can be (rules.goals): the pack's ``conversions`` commit to
# a sale everywhere; a contact or newsletter form is the goal of a lead or content site.
GOAL_ACTIONS: frozenset[str] = frozenset().union(*(actions for actions, _ in KINDS.values()))
# A page completing the site's goal in its own content is where the visitor decides,
# except the home page and a newsletter (LABELLING.md: newsletter pages are consideration).
NOT_DECIDING_GOALS = frozenset({"subscribe"})


@dataclass(slots=True)
class Classification:
    """A page's verdict and the evidence for it."""

    stage: str
    action: str
    is_conversion: bool
    confidence: float
    evidence: list[dict[str, Any]]
    # (position, action, prominence, hosted provider or None) per stored CTA
    cta_actions: list[tuple[int, str, str, str | None]] = field(default_factory=list)
    form_purposes: list[tuple[int, str]] = field(default_factory=list)
    stage_label: str = ""
    # Conversion actions this page completes or hands over, whatever its own action: the
    # site's goals (rules.goals) pick which of them make it a conversion page.
    converting: frozenset[str] = frozenset()
    # Off-site hosts its content hands over to, by action (a cart, a merchant, an app).
    handoffs: dict[str, str] = field(default_factory=dict)
    next_step: bool = True
    next_step_reason: str = ""
    goal: str | None = None
    review: bool = False
    template_ctas: frozenset[int] = frozenset()
    template_forms: frozenset[int] = frozenset()
    # Positions of the CTAs and forms in the pack's content regions (template or not).
    content_ctas: frozenset[int] = frozenset()
    content_forms: frozenset[int] = frozenset()


# How a vote converts: by an element of the page's content (a form, a hand-off) or by the
# page itself (its URL, title, headings or schema).
ELEMENT, PAGE = "element", "page"
# One vote as the ballot tallies it: (evidence row, stage, fallback?, action, stage weight,
# action weight, ELEMENT / PAGE / None). An assessment keeps a page's votes so that a later
# pass can tally them again without reading the page (``judge_page``).
Vote = tuple[dict[str, Any], str | None, bool, str | None, float, float, str | None]


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
        "converting",
        "evidence",
        "fallback",
        "fallback_entries",
        "in_content",
        "on_page",
        "stages",
        "votes",
    )

    def __init__(self, converting: frozenset[str]) -> None:
        self.converting = converting  # the actions whose converts votes are noted
        self.stages: dict[str, float] = {}
        self.fallback: dict[str, float] = {}
        self.fallback_entries: list[dict[str, Any]] = []
        self.actions: dict[str, float] = {}
        self.on_page: set[str] = set()
        self.in_content: set[str] = set()
        self.candidates: list[tuple[dict[str, Any], bool]] = []
        self.evidence: list[dict[str, Any]] = []
        self.votes: list[Vote] = []

    def vote(
        self,
        rule: Rule,
        matched: Any,
        factor: float = 1.0,
        action: str | None = None,
        *,
        in_content: bool = True,
        action_factor: float = 1.0,
        names_stage: bool = True,
        **extra: Any,
    ) -> None:
        """Add one rule's votes; ``in_content`` says whether the matched element is in the
        page's content regions (always true for page-level signals); ``action_factor``
        weighs the action vote alone (the hero's CTA says what the page asks, not which
        stage it is)."""
        weight = rule.weight * factor
        if weight <= 0:  # the site template (factor 0 by default) says nothing of the page
            return
        stage, action = rule.stage if names_stage else None, rule.action or action
        entry = {
            "rule": rule.id,
            "signal": rule.signal,
            "matched": matched,
            "weight": round(weight, 3),
            "stage": stage,
            "action": action,
            **extra,
        }
        converts = None
        if rule.converts and in_content and action in self.converting:
            converts = ELEMENT if rule.signal in ELEMENT_SIGNALS else PAGE
        self.add((entry, stage, rule.fallback, action, weight, weight * action_factor, converts))

    def add(self, vote: Vote) -> None:
        """Tally one vote (cast here or replayed from a page's assessment)."""
        entry, stage, fallback, action, weight, action_weight, converts = vote
        if stage:
            tally = self.fallback if fallback else self.stages
            tally[stage] = tally.get(stage, 0.0) + weight
            if fallback:
                self.fallback_entries.append(entry)
        if action:
            self.actions[action] = self.actions.get(action, 0.0) + action_weight
        if converts is not None:
            (self.in_content if converts == ELEMENT else self.on_page).add(str(action))
            self.candidates.append((entry, converts == ELEMENT))
        self.evidence.append(entry)
        self.votes.append(vote)

    def replay(self, votes: Sequence[Vote]) -> None:
        """Tally votes an assessment recorded, on copies of their evidence rows: judging a
        page marks its rows (``converts``, ``unused_stage``), never the assessment's."""
        for entry, stage, fallback, action, weight, action_weight, converts in votes:
            self.add((dict(entry), stage, fallback, action, weight, action_weight, converts))

    def mark_converting(self, action: str, on_page_counts: bool) -> None:
        """Flag ``converts`` on the votes that make this a conversion page for ``action``:
        its element votes, and its page-level votes when ``on_page_counts`` (the stage is a
        conversion stage). Call only once the verdict says the page is a conversion page."""
        for entry, element in self.candidates:
            if entry["action"] == action and (element or on_page_counts):
                entry["converts"] = True

    def read_by(self, signals: frozenset[str]) -> float:
        """The weight of the ``read`` votes so far from rules of these signals."""
        return sum(
            e["weight"] for e in self.evidence if e["action"] == "read" and e["signal"] in signals
        )

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


def _decided_stage(ballot: _Ballot, pack: RulePack) -> str | None:
    """The stage of a ``decides_stage`` rule that matched the page (the home page's
    awareness), whatever the other votes and the goal say."""
    deciding = pack.deciding_stage
    if not deciding:
        return None
    return next((deciding[e["rule"]] for e in ballot.evidence if e["rule"] in deciding), None)


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
    page: Mapping[str, Any],
    pack: RulePack,
    context: Context | None = None,
    goals: Goals | None = None,
) -> Classification:
    """Stage, action, conversion flag, confidence, next step and evidence for one page record.

    Elements flagged ``template`` (``rules.template``: repeated on most pages) count as
    site chrome, like those in the header, nav and footer. ``goals`` are the site's
    (``rules.goals``): with them a page is a conversion page when it completes or hands
    over the site's main goal; without them, when it completes its own action.
    """
    return judge_page(assess_page(page, pack, context), pack, context, goals)


# (factor, provider, action, target, in content, by: "button" or "link")
Handoff = tuple[float, str, str, str | None, bool, str]


@dataclass
class PageAssessment:
    """Everything a page says about itself: its own votes, its buttons' and forms'
    judgements, its ways on and the pages it links to (``assess_page``). ``judge_page``
    adds what the other pages and the site's goals say. Plain data that pickles, so a
    crawl's second pass reads it back instead of the page (``rules.crawl``)."""

    url: str | None
    word_count: int
    sections: int  # its H2s
    votes: list[Vote]
    cta_actions: list[tuple[int, str, str, str | None]]
    handoffs: dict[str, str]
    form_purposes: list[tuple[int, str]]
    steps: StepOptions
    links_to: tuple[str, ...]  # the pages of this site its content links to
    links_below: tuple[str, ...]  # those below its own path (a section index's pages)
    template_ctas: frozenset[int]
    template_forms: frozenset[int]
    content_ctas: frozenset[int]
    content_forms: frozenset[int]
    # Where its generic buttons ("Learn more") lead: such a button asks what its target
    # asks when that is a lead page (``_led_to``), which only the other pages can tell.
    led_to: tuple[str, ...]


# A page whose text is mostly its prices (fewer words than this per price: a menu, a
# price list, a catalogue's cards) is a price list: the ``prices`` rules read it. An
# article quoting what things cost has far more words around each amount (on the dev half,
# 88 of 103 such pages were labelled to browse or buy, 2 to read).
PRICE_LIST_WORDS = 25


def assess_page(
    page: Mapping[str, Any], pack: RulePack, context: Context | None = None
) -> PageAssessment:
    """What one page record says about itself. Only its generic buttons depend on other
    pages (``context``); an assessment made without it is stale for a context in which
    one of them leads to a lead page (``is_stale``)."""
    ballot = _Ballot(pack.conversions | GOAL_ACTIONS)
    rules = pack.by_signal
    links = page.get("links") or ()
    # Most of a page's links are chrome; the rules below read the content ones, found once.
    content_links = [link for link in links if in_content(link, pack)]
    _text_rules(ballot, rules["url"], url_path(page.get("url")))
    _text_rules(ballot, rules["title"], fold(page.get("title") or ""))
    _heading_rules(ballot, rules["heading"], page, pack.section_heading_factor)
    _link_rules(ballot, rules["link"], links, pack)
    types = set(page.get("schema_types") or ())
    stamped = set(page.get("template_schema") or ())  # the theme's (rules.template)
    for rule in rules["schema"]:
        hit = rule.values & types
        if hit and hit <= stamped:  # it names no page in particular: it weighs as chrome
            ballot.vote(rule, sorted(hit), _template_factor(pack), sitewide=True)
        elif hit:
            ballot.vote(rule, sorted(hit))
    for rule in rules["words"]:
        if _in_range(rule, page.get("word_count")):
            ballot.vote(rule, f"{page.get('word_count')} words")
    prices = page.get("price_count") or 0
    if prices and (page.get("word_count") or 0) < PRICE_LIST_WORDS * prices:
        for rule in rules["prices"]:
            if _in_range(rule, prices):
                ballot.vote(rule, f"{prices} prices")
    for rule in rules["depth"]:
        if _in_range(rule, page.get("depth")):
            ballot.vote(rule, f"{page.get('depth')} clicks from the start page")
    for rule in rules["status"]:
        if _in_range(rule, page.get("status")):
            ballot.vote(rule, f"HTTP {page.get('status')}")
    access = page.get("access")
    for rule in rules["access"]:
        if access in rule.values:
            ballot.vote(rule, ACCESS_WORDS.get(access, access))
    ctas = _page_ctas(page, content_links, pack)
    judged = [_judge_cta(pack, c, page.get("url")) for c in ctas]
    generic = [
        c["target_url"]
        for c, (action, _) in zip(ctas, judged, strict=True)
        if action in GENERIC_ASKS and c.get("internal") and c.get("target_url")
    ]
    if context is not None:
        judged = [_led_to(c, judgement, context) for c, judgement in zip(ctas, judged, strict=True)]
    cta_actions, handoffs, actions = _cta_votes(ballot, page, ctas, judged, pack)
    form_purposes, form_handoffs = _forms(ballot, page, pack)
    handoffs.update(form_handoffs)
    buys = any(
        a in ("add_to_cart", "purchase") and in_content(c, pack) and not c.get("disabled")
        for c, a in zip(ctas, actions, strict=True)
    )
    _embeds(ballot, page, pack, handoffs, buys)
    _contacts(ballot, page, pack)
    url = page.get("url")
    links_to = tuple(
        dict.fromkeys(
            link["target_url"]
            for link in content_links
            if link.get("internal") and link.get("target_url") != url
        )
    )
    return PageAssessment(
        url=url,
        word_count=page.get("word_count") or 0,
        sections=len(page.get("h2") or ()),
        votes=ballot.votes,
        cta_actions=cta_actions,
        handoffs=handoffs,
        form_purposes=form_purposes,
        steps=step_options(page, content_links, pack, ctas, actions, form_purposes),
        links_to=links_to,
        links_below=_below(url, links_to),
        template_ctas=frozenset(c["position"] for c in page.get("ctas") or () if c.get("template")),
        template_forms=frozenset(
            f["position"] for f in page.get("forms") or () if f.get("template")
        ),
        content_ctas=_in_regions(page.get("ctas"), pack, hero=True),
        content_forms=_in_regions(page.get("forms"), pack),
        led_to=tuple(dict.fromkeys(generic)),
    )


def judge_page(
    assessment: PageAssessment,
    pack: RulePack,
    context: Context | None = None,
    goals: Goals | None = None,
) -> Classification:
    """A page's verdict from its assessment, the other pages' first verdicts (``context``,
    for graph rules and next steps) and the site's goals. The assessment must not be
    stale for ``context`` (``is_stale``); judging leaves it as it was, so a first pass
    and a second can judge the same one."""
    own = assessment
    ballot = _Ballot(pack.conversions | GOAL_ACTIONS)
    votes = own.votes
    if goals is not None and goals.kind is not None and goals.kind not in SELLING_KINDS:
        votes = _describing_products(votes)
    ballot.replay(votes)
    if goals is not None and votes is not own.votes:
        matched = f"the site {goals.label}: its product pages describe, they do not sell"
        _goal_row(ballot, "sells-nothing-online", matched, "consideration", None)
    if context is not None:
        _graph(ballot, own, pack, context)
    stage_scores = ballot.stage_scores()
    stage, stage_conf = _winner(stage_scores, 0.0)
    action, action_conf = _winner(ballot.actions, pack.min_action_score)
    # Where the conversion happens: a form or hand-off in the content converts the page
    # whatever its stage; the page's own URL/title/headings/schema on a conversion stage
    # (or when it is the page's own action). A CTA alone never makes a conversion page.
    on_stage = stage in pack.conversion_stages
    converting = set(ballot.in_content)
    converting.update(a for a in ballot.on_page if on_stage or a == action)
    if goals is not None:
        goal = goals.goal_for(converting, own.handoffs, own.url, stage, action)
        converts = goal is not None
        marked = next((a for a in sorted(converting) if a in goals.actions), None)
        page_level = on_stage or marked == action
    else:
        goal = None
        converts = action in pack.conversions and (
            action in ballot.in_content or (action in ballot.on_page and on_stage)
        )
        marked = action if converts else None
        page_level = on_stage
    if stage == "none":  # a legal, login or error page is no step of the journey
        goal, converts, marked = None, False, None
    if marked:
        ballot.mark_converting(marked, page_level)
    if goal is not None and _decides_here(ballot, own.url, pack, stage, marked):
        stage = _decided(ballot, pack, goal, marked)
    elif goals is not None and _presales_contact(goals, goal, stage, action):
        stage = _before_decision(ballot, goals)
    next_step, reason = next_step_of(own.steps, context)
    if goals is not None and not next_step and _asks_the_lead(ballot, goals, stage, action, own):
        action = _lead_ask(ballot, goals)
    elif goals is not None and _shop_home_without_hero(own, goals, action, context):
        action = _browse_the_shop(ballot, goals)
    elif goals is not None and _hub_home(own, ballot, action):
        action = _browse_the_site(ballot)
    elif goals is not None and _named_service_page(ballot, pack, goals, stage, action):
        action = _service_ask(ballot, goals)
    if _deep_page_asking(ballot, stage, action):
        stage = _offer_described(ballot, action)
    decided = _decided_stage(ballot, pack)
    if decided is not None and decided != stage:
        # the stage is the rule's, but its share of the votes says how contested it was
        stage, stage_conf = (
            decided,
            stage_scores.get(decided, 0.0) / (sum(stage_scores.values()) + 1.0),
        )
    confidence = round((stage_conf + action_conf) / 2, 3)
    return Classification(
        stage=stage,
        action=action,
        is_conversion=converts,
        confidence=confidence,
        evidence=ballot.evidence,
        cta_actions=own.cta_actions,
        form_purposes=own.form_purposes,
        stage_label=pack.label(stage),
        converting=frozenset(converting),
        handoffs=own.handoffs,
        next_step=next_step,
        next_step_reason=reason,
        goal=goal,
        review=confidence < pack.review_below,
        template_ctas=own.template_ctas,
        template_forms=own.template_forms,
        content_ctas=own.content_ctas,
        content_forms=own.content_forms,
    )


def _below(url: str | None, targets: tuple[str, ...]) -> tuple[str, ...]:
    """The targets below a page's own path: /services/web/ under /services/ (or under
    /services.html). Plain string work on every page; the home page has none."""
    if not url:
        return ()
    base = url.split("?", 1)[0].split("#", 1)[0]
    if base.endswith("/index.html"):
        base = base[: -len("index.html")]
    elif base.endswith(".html"):
        base = base[: -len(".html")] + "/"
    elif not base.endswith("/"):
        base += "/"
    if base.count("/") <= 3:  # "https://host/": the home page
        return ()
    return tuple(t for t in targets if len(t) > len(base) and t.startswith(base))


def is_stale(assessment: PageAssessment, context: Context) -> bool:
    """Whether a generic button of the page leads to a lead page in ``context``, which
    an assessment made without it could not know: assess the page again with it."""
    return any(_is_lead_page(context.get(target)) for target in assessment.led_to)


# The kinds of business that sell online: only there does a page's product URL or schema
# mean a page to buy from (LABELLING.md: decision = "product pages with a buy / add-to-cart
# / order CTA"; product-feature pages are consideration).
SELLING_KINDS = frozenset({"own-checkout-shop", "hosted-cart-shop", "affiliate-shop"})
PAGE_SIGNALS = frozenset({"url", "title", "heading", "schema"})
BUYING = frozenset({"add_to_cart"})


def _describing_products(votes: list[Vote]) -> list[Vote]:
    """On a site that sells nothing online (a SaaS's or a consultancy's /products/ pages), a
    vote of the page's own URL, title, headings or schema for putting it in a cart counts
    for a product-feature page instead: consideration, no action of its own, unless the
    page has a buy button of its own. The same list when nothing changes."""
    if not any(v[3] in BUYING and v[0]["signal"] in PAGE_SIGNALS for v in votes) or any(
        v[3] in SHOP_ACTIONS and v[0]["signal"] in ELEMENT_SIGNALS for v in votes
    ):
        return votes  # no product words, or a buy button of its own: a page to buy from
    described = []
    for entry, stage, fallback, action, weight, action_weight, converts in votes:
        if action in BUYING and entry["signal"] in PAGE_SIGNALS:
            entry = {**entry, "stage": "consideration", "action": None}
            stage, action, converts = "consideration", None, None
        described.append((entry, stage, fallback, action, weight, action_weight, converts))
    return described


def _decides_here(
    ballot: _Ballot, url: str | None, pack: RulePack, stage: str, marked: str | None
) -> bool:
    """The page completes the site's goal with an element of its own content (the enquiry
    form on each product page of a shop without a cart), though its words name another
    stage: it is still where the visitor decides (LABELLING.md)."""
    return (
        marked is not None
        and marked in ballot.in_content
        and marked not in NOT_DECIDING_GOALS
        and stage not in pack.conversion_stages
        and not is_home_path(url)
    )


def _presales_contact(goals: Goals, goal: str | None, stage: str, action: str) -> bool:
    """A contact page of a business that sells online or signs users up is where a visitor
    asks before buying, not where the goal completes (LABELLING.md)."""
    return (
        goal is None
        and stage == "decision"
        and action == "contact"
        and goals.kind in PRESALES_CONTACT_KINDS
    )


# A service business's service pages ask for its lead even when only the template's
# button or form leads there (LABELLING.md: "service pages -> contact when their only
# next step is the contact form or button"). Not a booking business's: its pages that
# nothing names (the food, the beaches, the activities nearby) are read; its rooms and
# sessions are known by their own booking words and buttons.
LEAD_KINDS = frozenset({"lead-gen"})
# A page something names a read (a testimonial's or a post's URL, Article schema, a pager)
# is one to read; only its length calling it a read says nothing about what it asks.
NAMED_READ = frozenset({"url", "title", "heading", "link", "schema", "graph", "cta"})


# A page built in sections (what it is, how it works, the prices, an FAQ) reads as a
# service page even when no URL or heading word names it; a bio, a story or a guide to a
# place is one text (on the dev half, lead asks on pages with fewer H2s and nothing naming
# them consideration were wrong 83 times in 99).
SERVICE_SECTIONS = 3


def _asks_the_lead(
    ballot: _Ballot, goals: Goals, stage: str, action: str, own: PageAssessment
) -> bool:
    return (
        goals.kind in LEAD_KINDS
        and stage == "consideration"
        and action in ("read", "none")
        and not ballot.read_by(NAMED_READ)
        and ("consideration" in ballot.stages or own.sections >= SERVICE_SECTIONS)
    )


def _lead_ask(ballot: _Ballot, goals: Goals) -> str:
    ask = goals.lead_ask
    matched = f"a service page of a site that {goals.label}"
    _goal_row(ballot, "service-page-asks-the-lead", matched, None, ask)
    return ask


# What a shop's catalogue pages ask: a home page that leads to several is a shop window.
SHOPPING = frozenset({"browse", "add_to_cart", "purchase"})


def _shop_home_without_hero(
    own: PageAssessment, goals: Goals, action: str, context: Context | None
) -> bool:
    """The home page of a shop that asks nothing in particular itself (no hero button, only
    teasers) and leads to several product or category pages: LABELLING.md's "Home: its
    dominant hero CTA (browse for most shops)". A charity's home that leads to its one
    donation page is not a shop window."""
    if goals.kind not in SELLING_KINDS or action not in GENERIC_ASKS or context is None:
        return False
    if not is_home_path(own.url):
        return False
    shopping = (context.get(target) for target in own.links_to)
    return sum(1 for v in shopping if v is not None and v[1] in SHOPPING) >= 2


# What names a page a read in its own right: a post's URL or pager, an article title,
# heading or schema, a listing of articles. Its length and a "Learn more" button do not.
NAMED_READ_SIGNALS = frozenset({"url", "title", "heading", "link", "schema", "graph"})


def _hub_home(own: PageAssessment, ballot: _Ballot, action: str) -> bool:
    """A home page with no hero ask of its own, only text and teasers to the site's pages,
    is the site's hub: LABELLING.md's home asks for its hero's CTA, and without one a
    visitor browses on (dev half: such homes were labelled browse 13 times, read 3)."""
    return (
        action in GENERIC_ASKS
        and is_home_path(own.url)
        and len(own.links_to) >= 2
        and ballot.read_by(NAMED_READ_SIGNALS) == 0
    )


# What a service or price page asks (a rule marked ``asks_goal`` names it) when nothing on
# it asks for anything in particular: the business's lead or booking. On the dev half,
# such pages of lead and booking businesses were labelled read 3 times in about 125.
SERVICE_KINDS = frozenset({"lead-gen", "booking"})


def _named_service_page(
    ballot: _Ballot, pack: RulePack, goals: Goals, stage: str, action: str
) -> bool:
    return (
        goals.kind in SERVICE_KINDS
        and action in GENERIC_ASKS
        and stage in ("consideration", "decision")
        and any(e["rule"] in pack.asking_goal for e in ballot.evidence)
    )


def _service_ask(ballot: _Ballot, goals: Goals) -> str:
    ask = "book_call" if goals.kind == "booking" else goals.lead_ask
    matched = f"a service or price page of a site that {goals.label}"
    _goal_row(ballot, "service-page-asks-the-goal", matched, None, ask)
    return ask


# What a page only its depth names (``deep-text``: read before any offer) is when it
# asks for more than reading: a deep page asking to enquire, book, browse or sign up
# describes an offer (dev half, 2026-12-07: such pages were labelled consideration 24
# times, awareness 8).
NOT_ASKING = NOT_A_STEP | {"read"}


def _deep_page_asking(ballot: _Ballot, stage: str, action: str) -> bool:
    return stage == "awareness" and action not in NOT_ASKING and not ballot.stages


def _offer_described(ballot: _Ballot, action: str) -> str:
    matched = f"a page deep in the site that no rule names, asking for {action}"
    _goal_row(ballot, "deep-page-asks", matched, "consideration", None, signal="depth")
    return "consideration"


def _browse_the_site(ballot: _Ballot) -> str:
    matched = "the home page asks nothing of its own: a hub to browse the site's pages"
    _goal_row(ballot, "home-hub-browses", matched, None, "browse")
    return "browse"


def _browse_the_shop(ballot: _Ballot, goals: Goals) -> str:
    matched = f"the home page of a site that {goals.label}, with no hero button of its own"
    _goal_row(ballot, "shop-home-browses", matched, None, "browse")
    return "browse"


def _before_decision(ballot: _Ballot, goals: Goals) -> str:
    matched = f"the site {goals.label}: a contact page is asked before the decision"
    _goal_row(ballot, "contact-not-the-goal", matched, "consideration", "contact")
    return "consideration"


def _decided(ballot: _Ballot, pack: RulePack, goal: str | None, marked: str | None) -> str:
    decision = "decision" if "decision" in pack.conversion_stages else min(pack.conversion_stages)
    matched = f"the site's goal ({goal}) completes in this page's content"
    _goal_row(ballot, "goal-completes-here", matched, decision, marked)
    return decision


def _goal_row(
    ballot: _Ballot,
    rule: str,
    matched: str,
    stage: str | None,
    action: str | None,
    signal: str = "goal",
) -> None:
    """An evidence row for a verdict the site's goal (or the page's ``signal``) settled:
    weight 0, it casts no vote, but ``touchpoint explain`` shows why the stage or action
    is what it is."""
    ballot.evidence.append(
        {
            "rule": rule,
            "signal": signal,
            "matched": matched,
            "weight": 0.0,
            "stage": stage,
            "action": action,
        }
    )


def _in_regions(elements: Any, pack: RulePack, hero: bool = False) -> frozenset[int]:
    return frozenset(
        e["position"]
        for e in elements or ()
        if (_hero(e, pack) if hero else e).get("region") in pack.content_regions
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
    the weight, unless the page has no H1 (its H2s are then its main headings). A rule
    with ``sections: false`` names only a whole page (its H1, or its H2s when it has none):
    an "FAQ" block closes many service pages and articles, and says nothing of their stage."""
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
        match = rule.regex.search(sections) if sections and (rule.sections or not h1s) else None
        if match:
            ballot.vote(rule, match.group(0) or sections, factor, heading="h2")


def _link_rules(
    ballot: _Ballot, rules: tuple[Rule, ...], links: Sequence[Mapping[str, Any]], pack: RulePack
) -> None:
    """A link's words in the page's own content or its own navigation block say what the
    page is: a "Previous post" pager marks one post of a series. The site's menus (template)
    and its header and footer do not. Each rule votes once, for its first match."""
    if not rules:
        return
    regions = pack.content_regions | NAV
    cache = pack.cache["link-rules"]
    found: list[str | None] = [None] * len(rules)
    for link in links:
        text = link.get("anchor_text")
        if not text or link.get("template") or link.get("region") not in regions:
            continue
        matches = cache.get(text)
        if matches is None:  # a site's anchor texts repeat on page after page
            folded = fold(text)
            each = tuple(_matched(rule, folded) for rule in rules)
            matches = remember(cache, text, each if any(m is not None for m in each) else ())
        if matches:
            found = [f if f is not None else m for f, m in zip(found, matches, strict=True)]
    for rule, match in zip(rules, found, strict=True):
        if match is not None:
            ballot.vote(rule, match)


def _matched(rule: Rule, text: str) -> str | None:
    assert rule.regex is not None
    match = rule.regex.search(text)
    return None if match is None else match.group(0)


def _template_factor(pack: RulePack) -> float:
    return pack.regions.get("template", pack.regions.get("footer", 0.15))


def _factor(element: Mapping[str, Any], pack: RulePack) -> float:
    if element.get("template"):
        return _template_factor(pack)
    return pack.regions.get(str(element.get("region")), 1.0)


MAX_LINK_CTA_WORDS = 6


def _hero(cta: Mapping[str, Any], pack: RulePack) -> Mapping[str, Any]:
    """A main-looking button in a ``<header>`` that the site does not repeat on most pages
    is the page's own hero (a theme's intro header holds the homepage's "Book now"), not
    chrome: it counts as content. The header's menu and its sitewide buttons stay chrome."""
    if cta.get("region") != "header" or cta.get("template") or not looks_primary(pack, cta):
        return cta
    return {**cta, "region": "main"}


def _judge_cta(pack: RulePack, cta: Mapping[str, Any], url: str | None) -> tuple[str, str | None]:
    """(action, provider) of a CTA on the page at ``url``. A button back up the page's own
    path ("Back to all properties" on a cottage) goes back: the URL rule of the section it
    returns to does not speak for it (waterloo-farm-holidays), its own words still do."""
    action, provider = cta_action(pack, cta)
    target = cta.get("target_url")
    if (
        provider is None
        and action != "none"
        and target
        and cta.get("internal")
        and is_up_link(url, target)
        and text_action(pack, cta.get("text") or cta.get("aria_label")) is None
    ):
        return "none", None
    return action, provider


def _page_ctas(
    page: Mapping[str, Any], content_links: Sequence[Mapping[str, Any]], pack: RulePack
) -> list[Mapping[str, Any]]:
    """The page's CTAs: its buttons and button-styled links, plus the content links a visitor
    reads as a call to action by their words alone ("Get a quote", "Shop now", "Read more"),
    however they are styled. Link CTAs have no stored position (``position`` None)."""
    ctas: list[Mapping[str, Any]] = [_hero(c, pack) for c in page.get("ctas") or ()]
    # A button is an <a> too: its link record says whether it is a paid (sponsored) link.
    sponsored = {link.get("target_url") for link in content_links if is_sponsored(link)}
    if sponsored:
        ctas = [{**c, "rel": "sponsored"} if c.get("target_url") in sponsored else c for c in ctas]
    known = {(c.get("target_url"), c.get("text")) for c in ctas}
    for link in content_links:
        text = link.get("anchor_text")
        if (
            not text
            or (link.get("target_url"), text) in known
            or len(text.split()) > MAX_LINK_CTA_WORDS
            or text_action(pack, text) is None
        ):
            continue
        known.add((link.get("target_url"), text))
        ctas.append(
            {
                "kind": "text-link",
                "text": text,
                "href": link.get("target_url"),
                "target_url": link.get("target_url"),
                "internal": link.get("internal"),
                "region": link.get("region"),
                "template": False,
                "rel": link.get("rel"),
                "position": None,
            }
        )
    return ctas


# The page-level read votes that make a page an article before its CTAs vote: a blog
# post's URL or its previous/next pager (weight 3 each), not its word count alone.
ARTICLE_READ = 3.0
ARTICLE_SIGNALS = frozenset({"url", "link"})


def _is_send_button(cta: Mapping[str, Any]) -> bool:
    """A button or input with no target: on a page with a form, most likely its submit."""
    return cta.get("kind") in ("button", "input") and not cta.get("href")


def _cta_votes(
    ballot: _Ballot,
    page: Mapping[str, Any],
    ctas: Sequence[Mapping[str, Any]],
    judged: Sequence[tuple[str, str | None]],
    pack: RulePack,
) -> tuple[list[tuple[int, str, str, str | None]], dict[str, str], list[str]]:
    """Let CTA rules vote with the strongest match, and find hand-offs: ``judged`` is each
    CTA's (action, provider).

    Returns the stored CTAs' (position, action, prominence, provider), the hand-offs in the content
    by action, and every CTA's action (link CTAs included)."""
    sends_form = any(in_content(f, pack) and submittable(f) for f in page.get("forms") or ())
    actions = [a for a, _ in judged]
    ranks = prominences(pack, ctas, actions)
    secondary = pack.secondary_factor
    factors = [
        _factor(c, pack) * (1.0 if rank == "primary" else secondary)
        for c, rank in zip(ctas, ranks, strict=True)
    ]
    # An article (its URL or its pager already vote it a read) has no hero: a button in
    # its body ("Try it free", a share bar) is an aside, not the page's dominant ask.
    # Schema does not count: themes stamp "Article" on every page.
    # Nor is a share button the dominant ask: a share bar rides along on pages that ask
    # something else, or nothing (an about page's "Share" outweighed its read).
    article = ballot.read_by(ARTICLE_SIGNALS) >= ARTICLE_READ
    lead = next(
        (
            i
            for i, rank in enumerate(ranks)
            if rank == "primary"
            and ctas[i].get("kind") != "text-link"
            and actions[i] != "share"
            and not article
        ),
        None,
    )
    # The first primary CTA, the hero's, is the page's dominant ask: its action weighs more.
    boosts = [pack.lead_factor if i == lead else 1.0 for i in range(len(ctas))]
    # Each action's strongest CTA (the first of equals), for the rules naming that action.
    strongest: dict[str, tuple[float, int]] = {}
    for i, a in enumerate(actions):
        weight = factors[i] * boosts[i]
        if weight > strongest.get(a, (-1.0, 0))[0]:
            strongest[a] = (weight, -i)
    for rule in pack.by_signal["cta"]:
        best_of = max((strongest[a] for a in rule.values if a in strongest), default=None)
        if best_of is not None:
            best = -best_of[1]
            cta = ctas[best]
            ballot.vote(
                rule,
                cta.get("text") or cta.get("aria_label") or cta.get("href"),
                factors[best],
                actions[best],
                in_content=in_content(cta, pack),
                # a form's own send button: the form says what stage the page is
                names_stage=not (sends_form and _is_send_button(cta)),
                action_factor=boosts[best],
                position=cta.get("position"),
                prominence=ranks[best],
            )
    handoffs: list[Handoff] = []
    for i, cta in enumerate(ctas):
        provider = judged[i][1] or _click_out(cta, actions[i])
        if provider and not cta.get("disabled"):
            by = "link" if cta.get("kind") == "text-link" else "button"
            target, content = cta.get("target_url"), in_content(cta, pack)
            handoffs.append((factors[i], provider, actions[i], target, content, by))
    handoffs.extend(_link_handoffs(page, pack))
    by_action: dict[str, str] = {}
    if handoffs:
        factor, name, action, target, content, by = max(handoffs, key=lambda h: h[0])
        for rule in pack.by_signal["offsite"]:
            # A rule naming kinds votes only for a hand-off by one of them (a buy button
            # decides the page's stage, an inline link in an article does not), and one
            # naming actions only for a hand-off of one of those.
            kinds, wanted = rule.values & HANDOFF_KINDS, rule.values - HANDOFF_KINDS
            if (kinds and by not in kinds) or (wanted and action not in wanted):
                continue
            ballot.vote(rule, target, factor, action, in_content=content, provider=name)
        for _, name, action, _, content, _ in handoffs:
            if content:
                by_action.setdefault(action, name)
    stored = [
        (c["position"], a, r, provider)
        for c, a, r, (_, provider) in zip(ctas, actions, ranks, judged, strict=True)
        if c.get("position") is not None
    ]
    return stored, by_action, actions


def _link_handoffs(page: Mapping[str, Any], pack: RulePack) -> list[Handoff]:
    """The page's plain links that hand the visitor over (``link_handoff``), but for a paid
    mention in a long text (``_paid_mention``)."""
    handoffs: list[Handoff] = []
    long_text = (page.get("word_count") or 0) >= LONG_TEXT
    for link in page.get("links") or ():
        if not link.get("internal"):
            found = link_handoff(pack, link)
            if found and not (long_text and _paid_mention(pack, found[0], link)):
                factor = _factor(link, pack) * pack.secondary_factor
                target, content = link.get("target_url"), in_content(link, pack)
                handoffs.append((factor, found[0], found[1], target, content, "link"))
    return handoffs


# A text this long is read first (the default pack's long-read rule starts there).
LONG_TEXT = 250


def _paid_mention(pack: RulePack, provider: str, link: Mapping[str, Any]) -> bool:
    """A marketplace link in running text named after what it points at ("almond flour",
    "Seat cover"), paid or not: the author mentions a product on the way; the recipe or
    story is still read, and the page is not where its reader decides to buy (a store
    badge without words, or a link whose words ask to buy, still hands over)."""
    text = (link.get("anchor_text") or "").strip()
    return provider in pack.marketplaces and bool(text) and text_action(pack, text) is None


# A "Learn more" or "More details" button's words ask nothing in particular: where it
# leads says what it asks when that is a lead page (the "Rendez-vous en ligne ... En
# savoir plus" band to the appointment page asks for the appointment).
GENERIC_ASKS = frozenset({"read", "none"})
LEAD_ASKS = frozenset({"contact", "book_call", "request_demo"})


def _led_to(
    cta: Mapping[str, Any], judged: tuple[str, str | None], context: Context
) -> tuple[str, str | None]:
    """A generic CTA to a decision page that asks for a lead takes that page's action."""
    if judged[0] not in GENERIC_ASKS or not cta.get("internal"):
        return judged
    target = context.get(cta.get("target_url") or "")
    if target is None or not _is_lead_page(target):
        return judged
    return target[1], judged[1]


def _is_lead_page(verdict: tuple[str, str] | None) -> bool:
    """A first verdict of a decision page that asks for a lead (contact, booking, demo)."""
    return verdict is not None and verdict[0] == "decision" and verdict[1] in LEAD_ASKS


def _click_out(cta: Mapping[str, Any], action: str) -> str | None:
    """The host an outbound CTA hands the visitor to, when its words ask to buy, sign up or
    book (a provider host is found before this, by ``cta_action``), or the messaging app
    it opens a chat with the business on: the enquiry is written there (a room page's
    "Contact us on WhatsApp", bt1-apartments-belfast-uk)."""
    target = cta.get("target_url")
    if not target or cta.get("internal") is not False:
        return None
    if action not in HANDOFF_ACTIONS and not messaging_channel(target):
        return None
    host = bare_host(target)
    return host or None


def _forms(
    ballot: _Ballot, page: Mapping[str, Any], pack: RulePack
) -> tuple[list[tuple[int, str]], dict[str, str]]:
    """Judge every form's purpose; only forms in the page's own content vote. A form in the
    header, nav, aside or footer, or one the template repeats on most pages (the footer
    newsletter form of every page), says nothing about what this page is for. A content
    form that posts to another host (a form service) hands the lead over there."""
    forms = page.get("forms") or ()
    judged = [form_purpose(pack, f) for f in forms]
    for rule in pack.by_signal["form"]:
        hits = [
            (_factor(f, pack), i)
            for i, f in enumerate(forms)
            if judged[i][0] in rule.values and in_content(f, pack) and submittable(f)
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
    handoffs: dict[str, str] = {}
    page_host = bare_host(page.get("url"))
    for form, (purpose, _) in zip(forms, judged, strict=True):
        if not (in_content(form, pack) and submittable(form)):
            continue
        host = bare_host(form.get("action_url"))
        action = FORM_GOALS.get(purpose)
        if action and host and host != page_host:
            handoffs.setdefault(action, host)
        elif not form.get("fields"):
            # A bare button form posting to a hosted checkout (PayPal's "Buy now" or
            # "Donate"): nothing is filled in here, the payment completes there.
            found = provider_of(pack, form.get("action_url"))
            if found and found[1] in CHECKOUT_ACTIONS:
                handoffs.setdefault("purchase", found[0])
    purposes = [(f.get("position"), purpose) for f, (purpose, _) in zip(forms, judged, strict=True)]
    return purposes, handoffs


CHECKOUT_ACTIONS = frozenset({"checkout", "purchase"})
# A form posting to another host hands this goal over there. Not a checkout form: one
# the visitor fills in on this page is the site's own checkout, whichever payment
# processor receives it (only a cart elsewhere is a hand-off).
FORM_GOALS = {
    "signup": "signup",
    "booking": "book_call",
    "demo": "request_demo",
    "contact": "contact",
    "newsletter": "subscribe",
}


def _embeds(
    ballot: _Ballot,
    page: Mapping[str, Any],
    pack: RulePack,
    handoffs: dict[str, str],
    buys: bool,
) -> None:
    """A form, booking or cart service's script or frame in the page (not one the template
    repeats on every page) draws its form or cart there, even in a raw crawl."""
    template = set(page.get("template_embeds") or ())
    for embed in page.get("embeds") or ():
        found = embed_provider(pack, embed)
        if found is None:
            continue
        name, action = found
        content = embed not in template
        if action == "checkout" and buys:
            # A hosted cart's script, even on every page, turns the page's own buy buttons
            # into the hand-off (Snipcart's "Add to cart" opens Snipcart's cart).
            for rule in pack.by_signal["embed"]:
                ballot.vote(rule, embed, 1.0, "checkout", in_content=True, provider=name)
            handoffs.setdefault("checkout", name)
            continue
        factor = 1.0 if content else _template_factor(pack)
        for rule in pack.by_signal["embed"]:
            ballot.vote(rule, embed, factor, action, in_content=content, provider=name)
        if content:
            handoffs.setdefault(action, name)


def _contacts(ballot: _Ballot, page: Mapping[str, Any], pack: RulePack) -> None:
    contacts = page.get("contacts") or ()
    for rule in pack.by_signal["contact"]:
        hits = [
            (_factor(c, pack), c.get("target"), c) for c in contacts if c.get("kind") in rule.values
        ]
        if hits:
            factor, target, contact = max(hits, key=lambda h: (h[0], h[1] or ""))
            ballot.vote(rule, target, factor, in_content=in_content(contact, pack))


def _graph(ballot: _Ballot, page: PageAssessment, pack: RulePack, context: Context) -> None:
    if not page.links_to:
        return
    known = {target: context.get(target) for target in page.links_to}
    words = page.word_count
    for rule in pack.by_signal["graph"]:
        if rule.high is not None and words > rule.high:
            continue  # a long text that links on is an article, not a listing
        # A section's index counts only the pages below it (``children`` rules).
        targets = page.links_below if rule.children else page.links_to
        if not targets:
            continue
        hits = 0
        for target in targets:
            verdict = known[target]
            if (
                verdict is not None
                and (not rule.values or verdict[1] in rule.values)
                and (not rule.stages or verdict[0] in rule.stages)
            ):
                hits += 1
        # A listing links to several pages of the class: a product page's two "you may
        # also like" products among four content links do not make it a category.
        if hits >= rule.min_links and hits / len(targets) >= rule.min_share:
            ballot.vote(
                rule, f"{hits} of {len(targets)} linked pages", share=round(hits / len(targets), 3)
            )
