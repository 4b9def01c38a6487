"""Turn an audit.json dict into what the templates and the report script read.

This is the one module that knows the shapes of the AuditResult's free-form dicts
(the model types them as ``dict[str, Any]``; ``audit/runner.py``, ``audit/journey.py``
and ``audit/graph.py`` fill them); if the audit changes one, only this file follows:

- ``scores``: ``{"overall": int | None, "categories": {category: int | None}}``
- ``stage_flow``: ``{"matrix": {stage: {stage: links}}, "stages_without_way_forward": [stage]}``
- ``journey_map``: ``{"stages": [{"stage", "label", "page_count", "actions": {action: n},
  "ctas": [{"text", "action", "count"}], "forms": {purpose: n}, "contacts": {kind: n},
  "findings": {check slug: n}}]}``
- ``journey_map["login_area"]``: ``{"status", "pages", "not_reached", "text", ...}``
  (``audit.login_area``; absent from older files)
- ``worksheet``: ``{"columns": [{"key", "title", "count", "items": [{"label", "url", ...}],
  "gap": str | None}]}``
- ``clicks_distribution``: ``{"home_to_conversion" | "page_to_nearest_conversion":
  {"0".."n" | "unreachable": count}}``
- ``links``: ``[{"source", "target", "text", "kind"}]``
- ``screenshots``: ``{page url: "data:image/jpeg;base64,..."}`` (optional; untrusted like
  the rest: only JPEG/PNG base64 data URIs are kept, see ``screenshots``)

audit.json is untrusted: the values the view looks up by (stages, severities, statuses)
are checked first by ``validate``, and a bad one is an ``AuditDataError`` (a
``ValueError``) with a one-line message, never a ``KeyError`` deep in the view.
"""

from __future__ import annotations

import base64
import mimetypes
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from core.model import MAX_SCREENSHOTS, finding_stages, is_broken
from core.text import goals_sentence
from core.urls import origin_of
from core.vocab import FUNNEL, SEVERITIES, STAGES
from reports.charts import bars, sankey
from reports.dates import NOTHING, readable_day, readable_time
from reports.executive import executive_page
from reports.graph import graph_data
from reports.journey_view import journey_view
from reports.titles import TitleCut, shown_titles, site_name

CLICK_CHARTS = {
    "home_to_conversion": "Homepage to each conversion page",
    "page_to_nearest_conversion": "Every page to its nearest conversion",
}
# How close a stage is to the sale: a problem on a decision page costs more customers.
STAGE_WEIGHT = {
    "decision": 3.0, "consideration": 2.0, "awareness": 1.5,
    "retention": 1.0, "advocacy": 1.0, "none": 0.5,
}  # fmt: skip
TOP_PROBLEMS = 5
PLACES_PER_PROBLEM = 3  # the worst places a top problem names
URLS_PER_CHECK = 10
# One finding row per place, but a problem found alike (same check, element and wording but
# for its numbers) on this many pages or more is a template's: one row with its reach.
SITEWIDE_PAGES = 3
EXAMPLES_PER_ROW = 3
DIGITS = re.compile(r"\d+")
# What each stage means, shown beside the stage map and the pages table (labels follow the
# funnel model; the meaning stays with the stage).
STAGE_MEANING = {
    "awareness": "First contact: the homepage, landing pages and articles that tell a"
                 " newcomer what the business offers.",
    "consideration": "Comparing options: category and product pages, services, pricing and"
                     " reviews.",
    "decision": "Committing: the cart, checkout, booking, quote and contact pages where"
                " a visitor becomes a customer.",
    "retention": "After the purchase: the account, orders, subscriptions and support that"
                 " keep a customer.",
    "advocacy": "Spreading the word: referrals, reviews to write, sharing and loyalty.",
    "none": "Pages for no stage of the journey: legal notices, search, error pages and"
            " other utilities.",
}  # fmt: skip
ITEMS_PER_CELL = 8  # journey map and worksheet cells; the rest is counted, not listed
CONVERSIONS_SHOWN = 12
DOC_HEADING = re.compile(r"^([^\n]+)\n-{3,}[ \t]*$", re.M)
# The only thumbnails the report shows: an inline JPEG or PNG, base64 and nothing else
# (no "javascript:", no "data:text/html", no URL the browser would fetch).
SCREENSHOT_URI = re.compile(r"data:image/(?:jpeg|png);base64,[A-Za-z0-9+/]+={0,2}")
MAX_SCREENSHOT_CHARS = 400_000  # a 410x230 thumbnail is ~20,000
SHOWN_CHARS = 80  # of a bad value, in an AuditDataError
# Crawl settings counted in seconds; the crawl details say them in words.
DURATION_KEYS = {"delay", "max_rate_limit_wait", "max_time"}


class AuditDataError(ValueError):
    """audit.json holds a value the report cannot show; the message is one line."""


@dataclass(frozen=True)
class Branding:
    """Who prepared the report and for whom; shown on the cover and in the print header."""

    consultant: str | None = None
    client: str | None = None
    logo: Path | None = None

    def logo_uri(self) -> str | None:
        """The logo inlined as a data URI, so the report never fetches it."""
        if self.logo is None:
            return None
        mime = mimetypes.guess_type(self.logo.name)[0] or "application/octet-stream"
        if not mime.startswith("image/"):
            raise ValueError(f"logo {self.logo} is not an image file (png, jpg, svg, gif, webp)")
        return f"data:{mime};base64,{base64.b64encode(self.logo.read_bytes()).decode('ascii')}"


def build_view(
    data: Mapping[str, Any], branding: Branding, comparison: Mapping[str, Any] | None = None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Return (template context, data embedded for the script) for one audit;
    ``comparison`` is its diff against a baseline (diff.json), for the executive page.

    Raises ``AuditDataError`` when audit.json holds a value the view cannot use.
    """
    validate(data)
    labels = _stage_labels(data["model"].get("stage_labels") or {})
    origin = origin_of(data["crawl"]["start_url"])
    pages, cut_title = shown_titles(data["pages"])
    links: list[Mapping[str, Any]] = data.get("links") or _links_from_paths(data["paths"])
    titles = {p["url"]: p["title"] for p in pages}
    stage_of = {p["url"]: p["stage"] for p in pages}
    stage_counts = Counter(p["stage"] for p in pages)
    checks = _checks(data, stage_of, titles)
    shots = screenshots(data)
    shot_index = {url: i for i, url in enumerate(shots)}
    flow = data.get("stage_flow") or {}
    matrix = flow.get("matrix") or {}
    flows = [
        {"source": a, "target": b, "links": n}
        for a, row in matrix.items()
        for b, n in row.items()
        if a in labels and b in labels
    ]
    context = {
        "site": data["site"],
        # What the report calls the site: the client's name, else the name its titles
        # share ("Kettle & Crane Coffee Roasters"), else its host.
        "site_title": branding.client or site_name(p["title"] for p in data["pages"])
        or data["site"],
        "start_url": data["crawl"]["start_url"],
        "origin": origin,
        "generated_at": data["generated_at"],
        "tool_version": data["tool_version"],
        "branding": {"consultant": branding.consultant, "client": branding.client,
                     "logo": branding.logo_uri()},
        "stage_labels": labels,
        "stages": [{"key": s, "label": labels[s], "pages": stage_counts[s],
                    "meaning": STAGE_MEANING[s]} for s in STAGES],
        "page_count": len(pages),
        "goals": goals_sentence(data["goals"]) if data.get("goals") else None,
        "scores": _scores(data.get("scores") or {}),
        "severity_counts": _severity_counts(data["findings"]),
        "finding_count": len(data["findings"]),
        "top_problems": sorted((c for c in checks if c["count"]), key=_rank)[:TOP_PROBLEMS],
        "stage_bars": bars({s: stage_counts[s] for s in STAGES}, labels),
        "sankey": sankey(flows, STAGES, labels),
        "no_way_forward": [labels[s] for s in flow.get("stages_without_way_forward") or []],
        "journey": _journey(data, labels, checks),
        "worksheet": _worksheet(data.get("worksheet") or {}, cut_title),
        "login_area": login_area_text(data),
        "paths": _paths(data["paths"], titles),
        "clicks": _clicks(data.get("clicks_distribution") or {}),
        "checks": [c for c in checks if c["count"]],
        "passed": [c for c in checks if not c["count"]],
        "crawl": data["crawl"],
        "crawl_facts": _crawl_facts(data["crawl"]),
        "crawl_started": readable_time(data["crawl"].get("started_at")),
        "crawl_day": readable_day(data["crawl"].get("finished_at") or data["generated_at"]),
        "crawl_finished": _finished(data["crawl"]),
        "generated_text": readable_time(data["generated_at"]),
        "parse_problems": data["crawl"].get("parse_problems") or {},
        "partial": data.get("partial") is True,
        "shots": shot_index,
        "conversion_urls": {p["url"] for p in pages if p["is_conversion"]},
    }  # fmt: skip
    context["executive"] = executive_page(
        data, context["scores"], context["top_problems"], comparison
    )
    payload = _payload(data, pages, origin, links, checks, labels)
    payload["shots"] = [[url, uri] for url, uri in shots.items()]
    context["graph_mode"] = payload["graph"]["mode"]
    context["journey_view"] = journey_view(pages, links, data["paths"], labels, origin)
    return context, payload


def validate(data: Mapping[str, Any]) -> None:
    """Check the values the view looks things up by, as ``core/schema/audit.schema.json``
    defines them: every page's stage and status, every check's and finding's severity,
    and the stages without a way forward. The first bad one raises ``AuditDataError``."""
    for page in data["pages"]:
        _expect(page["stage"], STAGES, f"page {_show(page['url'])} has stage")
        status = page["status"]
        if status is not None and (not isinstance(status, int) or isinstance(status, bool)):
            raise AuditDataError(
                f"invalid audit.json: page {_show(page['url'])} has status {_show(status)};"
                " expected an HTTP status code or null"
            )
    for check in data["checks"]:
        _expect(check["severity"], SEVERITIES, f"check {_show(check['code'])} has severity")
    for finding in data["findings"]:
        where = f"{_show(finding['code'])} finding on {_show(finding['url'])}"
        _expect(finding["severity"], SEVERITIES, f"{where} has severity")
    flow = data.get("stage_flow") or {}
    if not isinstance(flow, Mapping):
        raise AuditDataError("invalid audit.json: stage_flow is not an object")
    for stage in flow.get("stages_without_way_forward") or []:
        _expect(stage, STAGES, "stage_flow.stages_without_way_forward has stage")


def _expect(value: Any, allowed: tuple[str, ...], what: str) -> None:
    if not isinstance(value, str) or value not in allowed:
        raise AuditDataError(
            f"invalid audit.json: {what} {_show(value)}; expected one of {', '.join(allowed)}"
        )


def _show(value: Any) -> str:
    """A value from the file for a one-line message: quoted, escaped, cut short."""
    text = repr(value)
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 3] + "..."


def screenshots(data: Mapping[str, Any]) -> dict[str, str]:
    """The audit's page thumbnails that are safe to use as an ``<img src>``, by page URL.

    audit.json is untrusted: anything but a JPEG/PNG base64 data URI is dropped, and
    at most ``MAX_SCREENSHOTS`` are kept.
    """
    raw = data.get("screenshots")
    if not isinstance(raw, Mapping):
        return {}
    safe: dict[str, str] = {}
    for url, uri in raw.items():
        if len(safe) >= MAX_SCREENSHOTS:
            break
        if (
            isinstance(url, str)
            and isinstance(uri, str)
            and len(uri) <= MAX_SCREENSHOT_CHARS
            and SCREENSHOT_URI.fullmatch(uri)
        ):
            safe[url] = uri
    return safe


def duration_words(seconds: float) -> str:
    """Seconds as words: "0.25 seconds", "2 minutes", "1 hour 5 minutes"."""
    if seconds < 60:
        return f"{seconds:g} second{'' if seconds == 1 else 's'}"
    minutes, _ = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    parts = [(hours, "hour"), (minutes, "minute")]
    return " ".join(f"{n} {unit}{'' if n == 1 else 's'}" for n, unit in parts if n) or "1 minute"


def readable(key: str, value: Any) -> str:
    """A crawl setting or statistic as a reader says it: yes/no, "–" for nothing, lists
    joined, seconds in words, thousands separated; never Python's None, False or []."""
    if value is None or value == "" or value == [] or value == {}:
        return NOTHING
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float) and key in DURATION_KEYS:
        return duration_words(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, list | tuple):
        return ", ".join(readable(key, item) for item in value)
    if isinstance(value, Mapping):
        return "; ".join(f"{k}: {readable(str(k), v)}" for k, v in value.items())
    return str(value)


def _finished(crawl: Mapping[str, Any]) -> str:
    """When the crawl finished, and how long it took."""
    text = readable_time(crawl.get("finished_at"))
    try:
        started = datetime.fromisoformat(str(crawl.get("started_at")))
        took = (datetime.fromisoformat(str(crawl.get("finished_at"))) - started).total_seconds()
    except (ValueError, TypeError):
        return text
    return f"{text} (took {duration_words(took)})" if took >= 0 else text


def _crawl_facts(crawl: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The crawl's statistics, walls passed, settings and limits hit, each value readable."""
    stats = dict(crawl.get("stats") or {})
    walls = _walls(stats.pop("walls", None) or [])
    groups = [("Statistics", stats), ("Walls passed", walls), ("Settings", crawl.get("settings")),
              ("Limits hit", crawl.get("limits_hit"))]  # fmt: skip
    return [
        {"title": title,
         "facts": [(key.replace("_", " "), readable(key, value)) for key, value in values.items()]}
        for title, values in groups
        if isinstance(values, Mapping) and values
    ]  # fmt: skip


def _walls(walls: list[Mapping[str, Any]]) -> dict[str, str]:
    """Each consent banner, cookie wall or gate the crawl met (``crawls.stats["walls"]``):
    what it was, and how it was passed, on how many pages."""
    facts = {}
    for wall in walls:
        pages = int(wall.get("pages") or 0)
        text = f"{wall.get('how')}; {pages:,} page{'' if pages == 1 else 's'} read past it"
        if wall.get("answered_by_wall"):
            text += f"; {int(wall['answered_by_wall']):,} answered by the wall, not audited"
        facts[f"{wall.get('kind')} ({wall.get('provider')})"] = text
    return facts


def _stage_labels(configured: Mapping[str, str]) -> dict[str, str]:
    """The funnel model's stage names, capitalised; the stage-less pages are "Utility"."""
    labels = {}
    for stage in STAGES:
        label = str(configured.get(stage) or stage)
        labels[stage] = "Utility" if label == "none" else label[:1].upper() + label[1:]
    return labels


def _scores(scores: Mapping[str, Any]) -> dict[str, Any]:
    categories = [
        {"key": key, "label": key.replace("-", " ").capitalize(), "score": value}
        for key, value in (scores.get("categories") or {}).items()
    ]
    return {"overall": scores.get("overall"), "categories": categories}


def _severity_counts(findings: list[Mapping[str, Any]]) -> list[dict[str, Any]]:
    counts = Counter(f["severity"] for f in findings)
    return [{"severity": s, "count": counts[s]} for s in SEVERITIES]


def _doc(text: str) -> list[dict[str, str | None]]:
    """A check's docstring as its summary plus headed sections ("Why it matters", ...)."""
    parts = DOC_HEADING.split(text.strip())
    sections: list[dict[str, str | None]] = [{"label": None, "text": parts[0].strip()}]
    sections += [
        {"label": name.strip(), "text": body.strip()}
        for name, body in zip(parts[1::2], parts[2::2], strict=True)
        if body.strip() and body.strip() != "None."
    ]
    return [section for section in sections if section["text"]]


def _rank(check: Mapping[str, Any]) -> tuple[int, float, int]:
    """The summary's order, as its caption says: severity first, then how many places are
    affected, each weighted by how close it is to a purchase (``reach``)."""
    return SEVERITIES.index(check["severity"]), -check["reach"], -check["count"]


def _checks(
    data: Mapping[str, Any], stage_of: Mapping[str, str], titles: Mapping[str, str | None]
) -> list[dict[str, Any]]:
    """One entry per check with its findings' rows, their stages, its reach and its worst
    places (the pages closest to a purchase first).

    A finding sits where ``audit.journey.finding_stages`` puts it on the journey map: on
    its page's stage, or, for a broken or redirecting link target (never classified), on
    the stages of the pages linking to it; it weighs as its stage closest to a purchase.
    """
    # A page answering 2xx; a 3xx is a redirect record, a 4xx/5xx or no answer is broken.
    working = {p["url"] for p in data["pages"] if p["status"] is not None and p["status"] < 300}
    by_code: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for finding in data["findings"]:
        by_code[finding["code"]].append(finding)
    checks = []
    for check in data["checks"]:
        found = by_code.get(check["code"], [])
        doc = _doc(check.get("doc") or "")
        stages: set[str] = set()
        weights: list[float] = []
        for finding in found:
            evidence = finding.get("evidence")
            where = finding_stages(
                finding["url"],
                evidence if isinstance(evidence, Mapping) else {},
                stage_of,
                working.__contains__,
            )
            stages |= where
            weights.append(max(STAGE_WEIGHT[stage] for stage in where))
        rows = _finding_rows(found)
        checks.append({
            "code": check["code"], "slug": check["slug"], "title": check["title"],
            "severity": check["severity"], "category": check["category"],
            "status": check["status"], "count": len(found), "doc": doc,
            "message": check.get("message"),
            "rows": rows[:URLS_PER_CHECK],
            "more": sum(row["reach"] for row in rows[URLS_PER_CHECK:]),
            "places": _worst_places(found, weights, titles),
            "stages": sorted(stages, key=STAGES.index), "reach": sum(weights),
            "fix": next((p["text"] for p in doc if p["label"] == "How to fix"), None),
        })  # fmt: skip
    return checks


def _worst_places(
    found: list[Mapping[str, Any]], weights: list[float], titles: Mapping[str, str | None]
) -> list[dict[str, Any]]:
    """The first few distinct pages of a check's findings, the closest to a purchase first."""
    ranked = sorted(range(len(found)), key=lambda i: -weights[i])
    urls = list(dict.fromkeys(found[i]["url"] for i in ranked))[:PLACES_PER_PROBLEM]
    return [{"url": url, "title": titles.get(url)} for url in urls]


def _finding_rows(found: list[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """A check's findings as the rows of its card: one per finding, except that findings
    alike on ``SITEWIDE_PAGES`` pages or more (a template's problem) share one row that
    says its reach and names a few examples."""
    alike: dict[tuple[Any, str], list[Mapping[str, Any]]] = defaultdict(list)
    for finding in found:
        alike[finding.get("element"), DIGITS.sub("#", str(finding.get("detail")))].append(finding)
    rows = []
    for group in alike.values():
        if len({f["url"] for f in group}) >= SITEWIDE_PAGES:
            rows.append({**group[0], "detail": _ranged([str(f.get("detail")) for f in group]),
                         "reach": len(group), "examples": group[:EXAMPLES_PER_ROW]})  # fmt: skip
        else:
            rows += [{**finding, "reach": 1, "examples": []} for finding in group]
    return sorted(rows, key=lambda row: -row["reach"])


def _ranged(details: list[str]) -> str:
    """Details alike but for their numbers, as one: each number that differs becomes its
    range ("Its only ways on are 27-29 site-template links.")."""
    numbers = [[int(n) for n in DIGITS.findall(d)] for d in details]
    spans = iter(
        str(low) if low == high else f"{low}-{high}"
        for low, high in ((min(col), max(col)) for col in zip(*numbers, strict=True))
    )
    return DIGITS.sub(lambda _: next(spans), details[0])


def _journey(
    data: Mapping[str, Any], labels: Mapping[str, str], checks: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """One column per funnel stage: what the stage asks for, offers, and where it breaks."""
    by_slug = {c["slug"]: c for c in checks}
    cells = {cell["stage"]: cell for cell in (data.get("journey_map") or {}).get("stages", [])}
    columns = []
    for stage in FUNNEL:
        cell = cells.get(stage) or {}
        columns.append({
            "stage": stage, "label": labels[stage], "pages": cell.get("page_count", 0),
            "actions": list((cell.get("actions") or {}).items()),
            "ctas": (cell.get("ctas") or [])[:ITEMS_PER_CELL],
            "more_ctas": max(len(cell.get("ctas") or []) - ITEMS_PER_CELL, 0),
            "forms": list((cell.get("forms") or {}).items()),
            "contacts": list((cell.get("contacts") or {}).items()),
            "opportunities": [
                {"check": by_slug[slug], "count": n}
                for slug, n in (cell.get("findings") or {}).items()
                if slug in by_slug
            ],
        })  # fmt: skip
    return columns


def login_area_text(data: Mapping[str, Any]) -> str | None:
    """The login area in one line ("Behind the login: 4 pages.", "Not audited: needs a
    login ..."), shown in the stage map's retention column and under the worksheet; None
    for a site without one and for an audit.json written before it was recorded."""
    area = (data.get("journey_map") or {}).get("login_area")
    text = area.get("text") if isinstance(area, Mapping) else None
    return text if isinstance(text, str) and text else None


def _worksheet(sheet: Mapping[str, Any], cut_title: TitleCut) -> list[dict[str, Any]]:
    """The four worksheet columns; an empty column carries the gap the audit named. An
    item named after its page (first actions, purchase pages) is named as the report
    names that page."""
    return [
        {
            "key": column["key"], "title": column["title"],
            "entries": [{**item, "label": cut_title(item.get("label"))}
                        for item in (column.get("items") or [])[:ITEMS_PER_CELL]],
            "more": max(column.get("count", 0) - ITEMS_PER_CELL, 0),
            "gap": column.get("gap"),
        }
        for column in sheet.get("columns") or []
    ]  # fmt: skip


def _paths(paths: list[Mapping[str, Any]], titles: Mapping[str, str | None]) -> dict[str, Any]:
    """Home-to-conversion paths paired by target (any link, CTAs only), and dead entries."""
    targets: dict[str, dict[str, Any]] = {}
    for path in paths:
        if path["origin"] != "home" or path["target"] is None:
            continue
        entry = targets.setdefault(
            path["target"], {"url": path["target"], "title": titles.get(path["target"])}
        )
        entry[path["via"]] = _steps(path, titles)
    # the longest routes first: they are the ones to fix
    ordered = sorted(targets.values(), key=lambda t: -(t["any"]["clicks"] if t.get("any") else 1e9))
    stranded = [
        {"url": p["source"], "title": titles.get(p["source"])}
        for p in paths
        if p["origin"] == "entry" and p["clicks"] is None and p["via"] == "any"
    ]
    return {
        "conversions": ordered[:CONVERSIONS_SHOWN],
        "more": max(len(ordered) - CONVERSIONS_SHOWN, 0),
        "stranded": stranded,
    }


def _steps(path: Mapping[str, Any], titles: Mapping[str, str | None]) -> dict[str, Any] | None:
    if path["clicks"] is None:
        return None
    clicked = [None, *path["links"]]
    steps = [
        {"url": url, "title": titles.get(url), "clicked": clicked[i] if i < len(clicked) else None}
        for i, url in enumerate(path["pages"])
    ]
    return {"clicks": path["clicks"], "steps": steps}


def _clicks(distribution: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Bar rows for each clicks-to-conversion distribution, "unreachable" last."""
    charts = []
    for key, title in CLICK_CHARTS.items():
        counts = distribution.get(key) or {}
        if not counts:
            continue
        numeric = sorted((k for k in counts if k.isdigit()), key=int)
        rows = {f"{k} click{'s' if k != '1' else ''}": int(counts[k]) for k in numeric}
        rows |= {k: int(v) for k, v in counts.items() if not k.isdigit()}
        charts.append({"key": key, "title": title, "rows": bars(rows)})
    return charts


def _links_from_paths(paths: list[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Without a links list the graph can still show the clicks of the journey paths."""
    return [
        {"source": a, "target": b, "text": text, "kind": "cta" if path["via"] == "cta" else "link"}
        for path in paths
        for a, b, text in zip(path["pages"], path["pages"][1:], path["links"], strict=False)
    ]


def _payload(
    data: Mapping[str, Any],
    pages: list[Mapping[str, Any]],
    origin: str,
    links: list[Mapping[str, Any]],
    checks: list[dict[str, Any]],
    labels: Mapping[str, str],
) -> dict[str, Any]:
    """Compact rows (arrays, not objects) for the tables and the graph, so big sites stay small."""
    stage_index = {s: i for i, s in enumerate(STAGES)}
    check_index = {c["code"]: i for i, c in enumerate(checks)}
    return {
        "origin": origin,
        "stages": list(STAGES),
        "stageLabels": [labels[s] for s in STAGES],
        "checks": [[c["code"], c["title"], c["severity"]] for c in checks],
        "pages": [
            [p["url"], p["title"], stage_index[p["stage"]], p["action"], p["status"], p["depth"],
             p["ctas"], p["forms"], p["findings"], p["clicks_to_conversion"],
             int(p["is_conversion"]), int(is_broken(p["status"], p["error"])),
             int(bool(p.get("review")))]
            for p in pages
        ],
        "findings": [
            [check_index[f["code"]], f["url"], f["element"], f["detail"]]
            for f in data["findings"]
            if f["code"] in check_index
        ],
        "graph": graph_data(pages, links, STAGES),
    }  # fmt: skip
