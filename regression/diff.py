"""What changed between two audits of a site: the answer to "what got worse since last time?".

``diff_audits`` is pure: two AuditResults in, an ``AuditDiff`` out. Pages,
findings and paths are matched by identity (URL; check and URL; origin, via,
source and target), never by position, so a reordered crawl diffs empty.

An AuditResult only counts each page's CTAs and forms. When both crawls are in
a store, ``page_details`` reads the CTA texts and form fields from its ``ctas``
and ``forms`` tables, so the diff can name the CTA that was lost and the fields
a form started to require; without details it reports the count changes.

Changes that follow from a page losing its content (its stage, action, CTAs,
forms and findings vanish with it) are not repeated: the status change says it
all. Only a broken page (``PageSummary.is_broken``) makes that change worse; a page
robots.txt now blocks was not fetched, which is not the same as broken.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from core.model import AuditResult, Finding, JourneyPath, PageSummary
from core.text import counted
from core.urls import origin_of

if TYPE_CHECKING:  # the store is only handed in: a report of a diff never loads SQLAlchemy
    from store.crawls import Store

Direction = Literal["worse", "better", "neutral"]
Gain = Literal["lost", "added"]
PathKind = Literal["longer", "shorter", "broken", "restored", "new", "gone"]


@dataclass(frozen=True)
class FormShape:
    """What a visitor sees of a form: where it posts and which fields it asks for."""

    action: str
    method: str
    fields: tuple[str, ...]
    required: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.action}"


@dataclass
class PageDetail:
    ctas: Counter[tuple[str, str]] = field(default_factory=Counter)  # (text, target) -> n
    forms: list[FormShape] = field(default_factory=list)


Details = dict[str, PageDetail]


@dataclass
class PageRef:
    url: str
    status: int | None
    stage: str
    action: str
    depth: int | None
    in_sitemap: bool
    broken: bool  # ``PageSummary.is_broken``, so diff.html needs no definition of its own


@dataclass
class PageChange:
    url: str
    field: Literal["status", "stage", "action", "depth"]
    before: Any
    after: Any
    direction: Direction

    def describe(self) -> str:
        """``URL: depth 2 clicks -> unreachable`` (one line)."""
        before, after = value_words(self.field, self.before), value_words(self.field, self.after)
        return f"{self.url}: {self.field} {before} -> {after}"


@dataclass
class CtaChange:
    url: str
    change: Gain
    text: str | None  # None when only the count is known
    target: str | None
    count: int = 1

    def describe(self) -> str:
        """``lost on URL: 'Talk to sales' -> /contact`` (one line)."""
        what = counted(self.count, "CTA") if self.text is None else repr(self.text)
        where = f" -> {self.target}" if self.target else ""
        return f"{self.change} on {self.url}: {what}{where}"


@dataclass
class FormChange:
    url: str
    change: Literal["lost", "added", "changed"]
    form: str  # "POST https://site/contact"
    required_added: list[str] = field(default_factory=list)
    required_removed: list[str] = field(default_factory=list)
    fields_added: list[str] = field(default_factory=list)
    fields_removed: list[str] = field(default_factory=list)
    count: int = 1

    def describe(self) -> str:
        """``changed on URL: POST /contact; now requires phone`` (one line)."""
        parts = [f"{self.change} on {self.url}: {self.form or counted(self.count, 'form')}"]
        for label, names in (
            ("now requires", self.required_added),
            ("no longer requires", self.required_removed),
            ("new fields", self.fields_added),
            ("fields gone", self.fields_removed),
        ):
            if names:
                parts.append(f"{label} {', '.join(names)}")
        return "; ".join(parts)


@dataclass
class FindingChange:
    change: Literal["new", "fixed"]
    id: str
    check: str
    code: str
    severity: str
    url: str
    title: str
    detail: str
    element: str | None


@dataclass
class PathChange:
    origin: str
    via: str
    source: str
    target: str | None
    before: int | None  # clicks; None when there was no path
    after: int | None
    change: PathKind

    @property
    def direction(self) -> Direction:
        return "worse" if self.change in ("longer", "broken") else "better"

    def clicks(self) -> str:
        """``3 clicks -> unreachable``; a path that is new or gone has one side only."""
        before, after = value_words("clicks", self.before), value_words("clicks", self.after)
        if self.change == "new":
            return f"now {after}"
        if self.change == "gone":
            return f"was {before}"
        return f"{before} -> {after}"


@dataclass
class ScoreChange:
    name: str  # "overall" or a category
    before: int | None
    after: int | None


@dataclass
class AuditDiff:
    base: dict[str, Any]  # site, crawl id, generated_at, label of each side
    new: dict[str, Any]
    pages_added: list[PageRef] = field(default_factory=list)
    pages_removed: list[PageRef] = field(default_factory=list)
    page_changes: list[PageChange] = field(default_factory=list)
    ctas: list[CtaChange] = field(default_factory=list)
    forms: list[FormChange] = field(default_factory=list)
    findings: list[FindingChange] = field(default_factory=list)
    paths: list[PathChange] = field(default_factory=list)
    scores: list[ScoreChange] = field(default_factory=list)
    details: bool = False  # whether CTA texts and form fields were compared
    # What changed in how the two audits were made (tool version, funnel model, rule
    # pack, check selection): their findings may differ because of that, not the site.
    rules_changed: list[str] = field(default_factory=list)
    # Checks run by one audit only: their findings are neither new nor fixed.
    not_compared: list[str] = field(default_factory=list)

    SECTIONS = (
        "pages_added", "pages_removed", "page_changes", "ctas", "forms", "findings", "paths",
        "scores",
    )  # fmt: skip

    @property
    def empty(self) -> bool:
        return not any(getattr(self, name) for name in self.SECTIONS)

    def counts(self) -> dict[str, int]:
        return {name: len(getattr(self, name)) for name in self.SECTIONS}

    def new_findings(self, severity: str | None = None) -> list[FindingChange]:
        return [
            f
            for f in self.findings
            if f.change == "new" and (severity is None or f.severity == severity)
        ]

    def short(self, text: str) -> str:
        """Text with the site's own origin dropped from its URLs, for people to read."""
        origin = self.new.get("origin")
        return text.replace(origin, "") if origin else text

    def caveats(self) -> list[str]:
        """What to know before reading the changes: the rules that changed between the
        audits, and the checks whose findings were not compared."""
        lines = []
        if self.rules_changed:
            lines.append(
                f"The rules changed between these audits ({'; '.join(self.rules_changed)}): "
                "findings may differ because of that, not the site."
            )
        if self.not_compared:
            lines.append(
                f"Not compared: the findings of {counted(len(self.not_compared), 'check')} "
                f"run by one audit only ({', '.join(self.not_compared)})."
            )
        return lines

    def regressions(self) -> list[str]:
        """One line per change for the worse (URLs shortened), for the gate and reports."""
        lines = [f"new {f.severity} {f.check}: {f.url}: {f.detail}" for f in self.new_findings()]
        lines += [
            f"{c.field} of {c.url}: "
            f"{value_words(c.field, c.before)} -> {value_words(c.field, c.after)}"
            for c in self.page_changes
            if c.direction == "worse"
        ]
        lines += [f"CTA {c.describe()}" for c in self.ctas if c.change == "lost"]
        lines += [
            f"form {f.describe()}" for f in self.forms if f.change == "lost" or f.required_added
        ]
        lines += [
            f"path to {p.target} ({p.origin} {p.source}, via {p.via}) {p.change}: {p.clicks()}"
            for p in self.paths
            if p.direction == "worse"
        ]
        lines += [
            f"score {s.name}: {s.before} -> {s.after}"
            for s in self.scores
            if s.before is not None and s.after is not None and s.after < s.before
        ]
        return [self.short(line) for line in lines]

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "base": self.base,
            "new": self.new,
            "details": self.details,
            "rules_changed": self.rules_changed,
            "not_compared": self.not_compared,
        }
        for name in self.SECTIONS:
            data[name] = [asdict(item) for item in getattr(self, name)]
        data["counts"] = self.counts()
        data["caveats"] = self.caveats()
        data["regressions"] = self.regressions()
        return data


def value_words(what: str, value: Any) -> str:
    """A page field's or a path's value for people (the terminal, regressions and
    diff.html): ``1 click``, ``unreachable`` for no path, ``not fetched`` for no status."""
    if what in ("depth", "clicks"):
        return "unreachable" if value is None else counted(value, "click")
    if what == "status":
        return "not fetched" if value is None else str(value)
    return "–" if value is None else str(value)


# -- details from the store ----------------------------------------------------


def _field_name(item: Mapping[str, Any], index: int) -> str:
    return str(item.get("name") or item.get("label") or f"{item.get('type', 'field')}#{index}")


def page_details(store: Store, crawl_id: int) -> Details:
    """Each page's CTAs (text, target) and form shapes, read from the crawl store."""
    details: Details = defaultdict(PageDetail)
    for url, text, target in store.cta_targets(crawl_id):
        details[url].ctas[(text, target)] += 1
    for url, action, method, items in store.form_fields(crawl_id):
        names = [_field_name(item, i) for i, item in enumerate(items)]
        flags = [bool(item.get("required")) for item in items]
        required = [n for n, flag in zip(names, flags, strict=True) if flag]
        details[url].forms.append(
            FormShape(action or url, (method or "get").lower(), tuple(names), tuple(required))
        )
    return dict(details)


# -- the diff ------------------------------------------------------------------


def _side(result: AuditResult, label: str | None) -> dict[str, Any]:
    return {
        "site": result.site,
        "origin": origin_of(result.crawl.start_url),
        "crawl_id": result.crawl.id,
        "crawl_status": result.crawl.status,
        "generated_at": result.generated_at,
        "pages": len(result.pages),
        "findings": len(result.findings),
        "score": result.scores.get("overall"),
        "label": label or f"crawl {result.crawl.id}",
    }


def _ref(page: PageSummary) -> PageRef:
    return PageRef(
        page.url, page.status, page.stage, page.action, page.depth, page.in_sitemap,
        page.is_broken,
    )  # fmt: skip


def _has_content(page: PageSummary) -> bool:
    """Fetched and answered below 400: only then were its stage, CTAs, forms and findings
    read. A broken or robots-blocked page has none, so their changes say nothing."""
    return page.status is not None and page.status < 400


def _status_direction(old: PageSummary, new: PageSummary) -> Direction:
    if old.is_broken != new.is_broken:
        return "worse" if new.is_broken else "better"
    return "neutral"


def _depth_direction(before: int | None, after: int | None) -> Direction:
    if before is None or after is None:
        return "better" if before is None else "worse"
    return "worse" if after > before else "better"


def _page_changes(old: PageSummary, new: PageSummary, comparable: bool) -> list[PageChange]:
    """The field changes of one page; stage and action only when both sides were read."""
    changes = []
    if old.status != new.status:
        direction = _status_direction(old, new)
        changes.append(PageChange(new.url, "status", old.status, new.status, direction))
    if old.depth != new.depth:
        direction = _depth_direction(old.depth, new.depth)
        changes.append(PageChange(new.url, "depth", old.depth, new.depth, direction))
    if not comparable:
        return changes
    if old.stage != new.stage:
        changes.append(PageChange(new.url, "stage", old.stage, new.stage, "neutral"))
    if old.action != new.action:
        changes.append(PageChange(new.url, "action", old.action, new.action, "neutral"))
    return changes


def _cta_changes(url: str, old: PageDetail, new: PageDetail) -> list[CtaChange]:
    changes = []
    for (text, target), n in sorted((old.ctas - new.ctas).items()):
        changes.append(CtaChange(url, "lost", text, target or None, n))
    for (text, target), n in sorted((new.ctas - old.ctas).items()):
        changes.append(CtaChange(url, "added", text, target or None, n))
    return changes


def _form_changes(url: str, old: list[FormShape], new: list[FormShape]) -> list[FormChange]:
    """Forms matched by action and method, in page order among equals."""
    by_key: dict[tuple[str, str], list[FormShape]] = defaultdict(list)
    for form in new:
        by_key[(form.action, form.method)].append(form)
    changes = []
    for before in old:
        candidates = by_key.get((before.action, before.method))
        if not candidates:
            changes.append(FormChange(url, "lost", before.label))
            continue
        after = candidates.pop(0)
        if after == before:
            continue
        changes.append(
            FormChange(
                url,
                "changed",
                after.label,
                required_added=[n for n in after.required if n not in before.required],
                required_removed=[n for n in before.required if n not in after.required],
                fields_added=[n for n in after.fields if n not in before.fields],
                fields_removed=[n for n in before.fields if n not in after.fields],
            )
        )
    changes += [FormChange(url, "added", f.label) for rest in by_key.values() for f in rest]
    return changes


def _count_changes(old: PageSummary, new: PageSummary) -> tuple[list[CtaChange], list[FormChange]]:
    cta_changes, form_changes = [], []
    if old.ctas != new.ctas:
        gain: Gain = "lost" if new.ctas < old.ctas else "added"
        cta_changes.append(CtaChange(new.url, gain, None, None, abs(new.ctas - old.ctas)))
    if old.forms != new.forms:
        gain = "lost" if new.forms < old.forms else "added"
        form_changes.append(FormChange(new.url, gain, "", count=abs(new.forms - old.forms)))
    return cta_changes, form_changes


def _finding_change(change: Literal["new", "fixed"], f: Finding) -> FindingChange:
    return FindingChange(
        change, f.id, f.check, f.code, f.severity, f.url, f.title, f.detail, f.element
    )


def _unmatched(items: list[Finding], others: list[Finding]) -> list[Finding]:
    """The items whose element has no counterpart among ``others`` (multiset difference)."""
    left = Counter(f.element for f in others)
    rest = []
    for f in items:
        if left[f.element]:
            left[f.element] -= 1
        else:
            rest.append(f)
    return rest


def _finding_changes(old: Iterable[Finding], new: Iterable[Finding]) -> list[FindingChange]:
    """Findings matched by check and URL: same element first, then the rest pair up in order.

    Pairing the rest means a renumbered element ("form #2" becoming "form #1") is the
    same problem at the same place, not one fixed and one new.
    """
    groups: dict[tuple[str, str], tuple[list[Finding], list[Finding]]] = defaultdict(
        lambda: ([], [])
    )
    for f in old:
        groups[(f.check, f.url)][0].append(f)
    for f in new:
        groups[(f.check, f.url)][1].append(f)
    changes = []
    for key in sorted(groups):
        before, after = groups[key]
        if len(before) == len(after):
            continue
        gone, came = _unmatched(before, after), _unmatched(after, before)
        paired = min(len(gone), len(came))
        changes += [_finding_change("fixed", f) for f in gone[paired:]]
        changes += [_finding_change("new", f) for f in came[paired:]]
    return changes


def _path_key(path: JourneyPath) -> tuple[str, str, str, str]:
    """Home paths are per conversion; an entry path goes to whichever conversion is nearest."""
    target = path.target or "" if path.origin == "home" else ""
    return (path.origin, path.via, path.source, target)


def _path_change(before: int | None, after: int | None) -> PathKind | None:
    if before == after:
        return None
    if before is None:
        return "restored"
    if after is None:
        return "broken"
    return "longer" if after > before else "shorter"


def _path_changes(
    old: list[JourneyPath], new: list[JourneyPath], moved: set[str]
) -> list[PathChange]:
    """Paths that changed length. Paths from or to a page added, removed, broken or
    repaired (``moved``) appear or vanish with it and are left to the page changes."""
    before = {_path_key(p): p for p in old}
    after = {_path_key(p): p for p in new}
    changes = []
    for key in sorted(before.keys() | after.keys()):
        a, b = before.get(key), after.get(key)
        kind: PathKind | None
        if a is None or b is None:
            path = a or b
            assert path is not None
            kind = None if {path.source, path.target} & moved else ("new" if a is None else "gone")
        else:
            kind = _path_change(a.clicks, b.clicks)
        if kind:
            shown = b or a
            assert shown is not None
            clicks = (a.clicks if a else None, b.clicks if b else None)
            changes.append(PathChange(key[0], key[1], key[2], shown.target, *clicks, kind))
    return changes


# How an audit was made, as audit.json records it: (what, where to read it).
MADE_WITH = (
    ("touchpoint", lambda r: r.tool_version),
    ("funnel model", lambda r: (r.model or {}).get("name")),
    ("rule pack", lambda r: ((r.model or {}).get("pack") or {}).get("fingerprint")),
    ("check selection", lambda r: {k: v for k, v in (r.config or {}).items() if k != "source"}),
)


def rules_changes(base: AuditResult, new: AuditResult) -> list[str]:
    """What changed in how the two audits were made, one phrase each: ``touchpoint 0.1.0
    -> 0.2.0``, ``rule pack``. A rule pack recorded by one audit only is not a change."""
    changes = []
    for what, read in MADE_WITH:
        before, after = read(base), read(new)
        if before is None or after is None or before == after:
            continue
        plain = isinstance(before, str) and what != "rule pack"
        changes.append(f"{what} {before} -> {after}" if plain else what)
    return changes


def checks_run(result: AuditResult) -> set[str]:
    """The checks that ran to the end in an audit (a check that crashed found nothing)."""
    return {c.slug for c in result.checks if c.status != "error"}


def _score_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[ScoreChange]:
    changes = []
    if old.get("overall") != new.get("overall"):
        changes.append(ScoreChange("overall", old.get("overall"), new.get("overall")))
    before, after = old.get("categories") or {}, new.get("categories") or {}
    for name in sorted(before.keys() | after.keys()):
        if before.get(name) != after.get(name):
            changes.append(ScoreChange(name, before.get(name), after.get(name)))
    return changes


def diff_audits(
    base: AuditResult,
    new: AuditResult,
    base_details: Details | None = None,
    new_details: Details | None = None,
    labels: tuple[str | None, str | None] = (None, None),
) -> AuditDiff:
    """Compare two audits of a site; an unchanged site gives an empty diff."""
    details = base_details is not None and new_details is not None
    diff = AuditDiff(_side(base, labels[0]), _side(new, labels[1]), details=details)
    old_pages = {p.url: p for p in base.pages}
    new_pages = {p.url: p for p in new.pages}
    diff.pages_added = [_ref(new_pages[u]) for u in sorted(new_pages.keys() - old_pages.keys())]
    diff.pages_removed = [_ref(old_pages[u]) for u in sorted(old_pages.keys() - new_pages.keys())]
    flipped: set[str] = set()  # pages whose content appeared or vanished
    emptied: set[str] = set()  # ... vanished: their findings went with it, none was fixed
    for url in sorted(old_pages.keys() & new_pages.keys()):
        old, page = old_pages[url], new_pages[url]
        had, has = _has_content(old), _has_content(page)
        diff.page_changes += _page_changes(old, page, comparable=had and has)
        if had != has:
            flipped.add(url)
        if had and not has:
            emptied.add(url)
        if not (had and has):
            continue
        if base_details is not None and new_details is not None:
            before = base_details.get(url, PageDetail())
            after = new_details.get(url, PageDetail())
            diff.ctas += _cta_changes(url, before, after)
            diff.forms += _form_changes(url, before.forms, after.forms)
        else:
            cta_changes, form_changes = _count_changes(old, page)
            diff.ctas += cta_changes
            diff.forms += form_changes
    diff.rules_changed = rules_changes(base, new)
    diff.not_compared = sorted(checks_run(base) ^ checks_run(new))
    diff.findings = [
        f
        for f in _finding_changes(base.findings, new.findings)
        if not (f.change == "fixed" and f.url in emptied) and f.check not in diff.not_compared
    ]
    moved = {p.url for p in diff.pages_added} | {p.url for p in diff.pages_removed} | flipped
    diff.paths = _path_changes(base.paths, new.paths, moved)
    diff.scores = _score_changes(base.scores, new.scores)
    return diff
