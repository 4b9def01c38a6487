"""Accuracy of touchpoint's verdicts on real third-party sites labelled by hand.

For each site of ``tests/corpus/<half>/<site>/`` (``site/`` + ``labels.csv`` +
``notes.md`` + ``SOURCE.md``; a folder missing one of them is still being built and
is skipped), serves ``site/`` on 127.0.0.1 with Python's own ``http.server`` handler
(the server the labels were written against), runs the real CLI in a subprocess::

    touchpoint audit http://127.0.0.1:PORT/ -o OUT --fast --db OUT/touchpoint.db --max-pages 5000

reads ``OUT/audit.json`` and compares it with ``labels.csv``: stage and intended-action
accuracy, conversion precision and recall, dead-end (TP101 vs ``next_step=no``)
precision, recall and F1, homepage-to-conversion clicks against a breadth-first walk of
the served HTML done here (not touchpoint's crawler), and how often a confident verdict
(confidence >= 0.8) is right. Per site, then per half as a mean over sites (macro) and
over all pages together (pooled). Definitions: ``tests/corpus/README.md``.

    .venv/bin/python bench/accuracy.py --half dev
    .venv/bin/python bench/accuracy.py --half dev --site celiart-art-shop --misses
    .venv/bin/python bench/accuracy.py --half all --json figures.json --keep /tmp/acc
    .venv/bin/python bench/accuracy.py --half dev --write-floor tests/corpus/floor.json
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import defaultdict, deque
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urljoin, urlsplit

from core.vocab import ACTIONS, STAGES  # what a label may say: the product's own words

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
HALVES = ("dev", "measure")
SITE_FILES = ("site", "labels.csv", "notes.md", "SOURCE.md")
CONFIDENT = 0.8
MAX_PAGES = 5000
DEAD_END = "TP101"
# The ratio metrics: averaged over the sites of a half (macro) and the keys of floor.json.
METRICS = (
    "stage_accuracy",
    "action_accuracy",
    "conversion_precision",
    "conversion_recall",
    "dead_end_precision",
    "dead_end_recall",
    "dead_end_f1",
    "clicks_exact",
    "confident_right",
)
COUNTS = (
    "labelled",
    "crawled",
    "missing",
    "stage_right",
    "action_right",
    "conversions_labelled",
    "conversions_found",
    "conversions_false",
    "dead_ends_labelled",
    "dead_ends_found",
    "dead_ends_false",
    "clicks_total",
    "clicks_exact",
    "confident",
    "confident_right",
    "below_confidence",
)


# ---------------------------------------------------------------------------- labels


@dataclass
class Label:
    path: str
    stage: str
    action: str
    is_conversion: bool
    next_step: bool
    note: str


def read_labels(path: Path) -> tuple[list[Label], list[str]]:
    """The rows of a labels.csv, and one line per row that breaks the labelling rules."""
    labels: list[Label] = []
    problems: list[str] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8-sig", newline="") as src:
        for line, row in enumerate(csv.DictReader(src), start=2):
            row = {k.strip(): (v or "").strip() for k, v in row.items() if k}
            raw = row.get("path", "")
            if not raw:
                continue
            label_path = (urlsplit(raw).path or "/") if "://" in raw else raw
            if not label_path.startswith("/"):
                label_path = "/" + label_path
            stage, action = row.get("stage", "").lower(), row.get("intended_action", "").lower()
            conversion, next_step = (
                row.get("is_conversion", "").lower(),
                row.get("next_step", "").lower(),
            )
            bad = [
                f"stage {stage!r}" * (stage not in STAGES),
                f"intended_action {action!r}" * (action not in ACTIONS),
                f"is_conversion {conversion!r}" * (conversion not in ("yes", "no")),
                f"next_step {next_step!r}" * (next_step not in ("yes", "no")),
                "duplicate path" * (served_key(label_path) in seen),
            ]
            if any(bad):
                problems.append(f"line {line} {label_path}: " + ", ".join(b for b in bad if b))
            seen.add(served_key(label_path))
            labels.append(
                Label(
                    path=label_path,
                    stage=stage,
                    action=action,
                    is_conversion=conversion == "yes",
                    next_step=next_step != "no",
                    note=row.get("note", ""),
                )
            )
    return labels, problems


def _business_kind(folder: Path) -> str | None:
    notes = folder / "notes.md"
    if not notes.is_file():
        return None
    for line in notes.read_text(encoding="utf-8", errors="replace").splitlines()[:10]:
        if line.lower().startswith("business-kind:"):
            return line.split(":", 1)[1].strip()
    return None


def find_sites(
    halves: Sequence[str], names: Sequence[str] = ()
) -> tuple[list[tuple[str, str, Path]], list[tuple[str, str, str]]]:
    """``(half, site, folder)`` of every complete site, and ``(half, site, why)`` of the rest."""
    ready: list[tuple[str, str, Path]] = []
    skipped: list[tuple[str, str, str]] = []
    for half in halves:
        base = CORPUS / half
        folders = sorted(p for p in base.iterdir() if p.is_dir()) if base.is_dir() else []
        for folder in folders:
            if names and folder.name not in names:
                continue
            absent = [f for f in SITE_FILES if not (folder / f).exists()]
            if absent:
                skipped.append((half, folder.name, "incomplete: no " + ", ".join(absent)))
            else:
                ready.append((half, folder.name, folder))
    return ready, skipped


# ---------------------------------------------------------------------------- URLs


def served_key(url_or_path: str) -> str:
    """One key per document as ``python3 -m http.server`` serves it: the decoded path
    (and query), with a trailing ``index.html`` folded into its folder (``/a/index.html``
    and ``/a/`` are the same file). Origin and fragment are dropped."""
    parts = urlsplit(url_or_path)
    path = unquote(parts.path) or "/"
    if path.endswith(("/index.html", "/index.htm")):
        path = path.rsplit("/", 1)[0] + "/"
    return path + (f"?{unquote(parts.query)}" if parts.query else "")


def loose_key(url_or_path: str) -> str:
    """A looser key, used only when no crawled page has a label's served key: ``.html``
    and a trailing slash dropped too, so ``/x.html`` ~ ``/x`` and ``/about`` ~ ``/about/``."""
    path, _, query = served_key(url_or_path).partition("?")
    for suffix in (".html", ".htm"):
        if path.endswith(suffix):
            path = path[: -len(suffix)]
    path = path.rstrip("/") or "/"
    return path + (f"?{query}" if query else "")


def _rank(page: dict[str, Any]) -> tuple[bool, int]:
    """Prefer a page that answered 2xx (not the redirect leading to it), then the shortest URL."""
    status = page.get("status") or 0
    return (not 200 <= status < 300, len(page["url"]))


# ---------------------------------------------------------------------------- serving


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A crawler that closes a connection early (a probe, a cancelled download) is
        normal here, not a traceback on the benchmark's output."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 and a free port, as ``python3 -m http.server`` does
    (``/a/`` -> ``a/index.html``, ``/a`` -> 301 ``/a/``, other paths as the file names);
    yields the base URL ``http://127.0.0.1:PORT``."""
    handler = partial(_QuietHandler, directory=str(folder))
    server = _QuietServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


# ---------------------------------------------------------------------------- ground truth


class _LinkParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.base: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            href = dict(attrs).get("href")
            if href is not None and href.strip():
                self.hrefs.append(href.strip())
        elif tag == "base" and self.base is None:
            self.base = dict(attrs).get("href")


def _fetch(url: str) -> tuple[str, bytes | None, str]:
    """(final URL after redirects, HTML body or None, charset) of one served URL."""
    request = urllib.request.Request(quote(url, safe=":/?#[]@!$&'()*+,;=%~"))
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            kind = response.headers.get_content_type()
            final = unquote(response.geturl())
            if kind not in ("text/html", "application/xhtml+xml"):
                return final, None, "utf-8"
            body = response.read()
            charset = response.headers.get_content_charset()
    except (urllib.error.URLError, OSError, ValueError):
        return url, None, "utf-8"
    if not charset:
        sniffed = re.search(rb"""charset\s*=\s*["']?([\w-]+)""", body[:4096], re.IGNORECASE)
        charset = sniffed.group(1).decode("ascii") if sniffed else "utf-8"
    return final, body, charset


def click_distances(base: str, max_pages: int = MAX_PAGES) -> dict[str, int]:
    """Clicks from ``base + "/"`` to every served document reachable by ``<a href>``,
    keyed by ``served_key``: a breadth-first walk of the served HTML with
    ``html.parser`` (no robots.txt, no sitemap, no scripts; same host and port only;
    fragments dropped; a redirect costs no click, as in a browser)."""
    origin = urlsplit(base).netloc
    dist: dict[str, int] = {served_key("/"): 0}
    expanded: set[str] = set()
    queue: deque[tuple[str, int]] = deque([(base + "/", 0)])
    while queue and len(expanded) < max_pages:
        url, clicks = queue.popleft()
        key = served_key(url)
        if key in expanded:
            continue
        expanded.add(key)
        final, body, charset = _fetch(url)
        final_key = served_key(final)
        if final_key != key:  # redirected: the target is where this click lands
            if dist.get(final_key, clicks + 1) < clicks or final_key in expanded:
                continue
            dist[final_key] = clicks
            expanded.add(final_key)
        if body is None:
            continue
        parser = _LinkParser()
        try:
            parser.feed(body.decode(charset, errors="replace"))
        except LookupError:  # an unknown charset name
            parser.feed(body.decode("utf-8", errors="replace"))
        page_base = urljoin(final, parser.base) if parser.base else final
        for href in parser.hrefs:
            target = urljoin(page_base, href).split("#", 1)[0]
            parts = urlsplit(target)
            if parts.scheme not in ("http", "https") or parts.netloc != origin:
                continue
            target_key = served_key(target)
            if target_key not in dist:
                dist[target_key] = clicks + 1
                queue.append((target, clicks + 1))
    return dist


# ---------------------------------------------------------------------------- the audit


def touchpoint_command() -> list[str]:
    """The CLI, run by the project's venv when there is one (this script itself needs
    only the standard library)."""
    venv = ROOT / ".venv" / "bin" / "python"
    return [str(venv if venv.exists() else Path(sys.executable)), "-m", "touchpoint"]


def run_audit(
    base: str, out: Path, extra: Sequence[str] = (), timeout: float = 900
) -> dict[str, Any]:
    """``touchpoint audit BASE/ -o OUT --fast --db OUT/touchpoint.db --max-pages 5000``
    in a subprocess (cwd OUT, so no stray ./touchpoint.toml is read); returns audit.json."""
    out.mkdir(parents=True, exist_ok=True)
    command = [
        *touchpoint_command(),
        "audit",
        base + "/",
        "-o",
        str(out),
        "--fast",
        "--db",
        str(out / "touchpoint.db"),
        "--max-pages",
        str(MAX_PAGES),
        *extra,
    ]
    env = {
        **os.environ,
        "TOUCHPOINT_PROGRESS": "plain",
        "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
        "COLUMNS": "120",
    }
    result = subprocess.run(
        command, cwd=out, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    (out / "touchpoint.log").write_text(result.stdout + result.stderr, encoding="utf-8")
    if result.returncode != 0 or not (out / "audit.json").is_file():
        tail = (result.stderr or result.stdout).strip().splitlines()[-5:]
        raise RuntimeError(f"touchpoint audit exited {result.returncode}: " + " | ".join(tail))
    with (out / "audit.json").open(encoding="utf-8") as src:
        data: dict[str, Any] = json.load(src)
    return data


# ---------------------------------------------------------------------------- scoring


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def metrics_of(c: dict[str, int]) -> dict[str, float | None]:
    """The ratio metrics from a site's (or a half's pooled) counts."""
    found, false = c["dead_ends_found"], c["dead_ends_false"]
    missed = c["dead_ends_labelled"] - found
    return {
        "stage_accuracy": ratio(c["stage_right"], c["labelled"]),
        "action_accuracy": ratio(c["action_right"], c["labelled"]),
        "conversion_precision": ratio(
            c["conversions_found"], c["conversions_found"] + c["conversions_false"]
        ),
        "conversion_recall": ratio(c["conversions_found"], c["conversions_labelled"]),
        "dead_end_precision": ratio(found, found + false),
        "dead_end_recall": ratio(found, c["dead_ends_labelled"]),
        # 2TP / (2TP + FP + FN): the harmonic mean of the two, and 0 (not undefined) when
        # nothing was predicted although dead ends were labelled
        "dead_end_f1": ratio(2 * found, 2 * found + false + missed),
        "clicks_exact": ratio(c["clicks_exact"], c["clicks_total"]),
        "confident_right": ratio(c["confident_right"], c["confident"]),
    }


def _verdict(page: dict[str, Any] | None) -> str:
    if page is None:
        return "missing"
    conf = page.get("confidence")
    return f"{page['stage']}/{page['action']}" + (f" ({conf:.2f})" if conf is not None else "")


def score_site(
    labels: Sequence[Label], audit: dict[str, Any], distances: dict[str, int], base: str
) -> dict[str, Any]:
    """Compare one site's audit.json with its labels; counts, metrics and the misses."""
    origin = urlsplit(base).netloc
    pages = [p for p in audit["pages"] if urlsplit(p["url"]).netloc == origin]
    by_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_loose: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for page in pages:
        by_key[served_key(page["url"])].append(page)
        by_loose[loose_key(page["url"])].append(page)
    dead_ends = {
        served_key(f["url"])
        for f in audit["findings"]
        if f.get("code") == DEAD_END and urlsplit(f["url"]).netloc == origin
    }
    home_paths = {  # conversion page -> clicks from the homepage by any link (None: no path)
        served_key(p["target"]): p["clicks"]
        for p in audit.get("paths", [])
        if p.get("origin") == "home" and p.get("via") == "any" and p.get("target")
    }
    dist_loose: dict[str, int] = {}
    for key, clicks in distances.items():
        loose = loose_key(key)
        dist_loose[loose] = min(clicks, dist_loose.get(loose, clicks))

    c = dict.fromkeys(COUNTS, 0)
    c["crawled"] = len(pages)
    misses: dict[str, list[str]] = defaultdict(list)
    matched_urls: set[str] = set()
    for label in labels:
        key = served_key(label.path)
        candidates = by_key.get(key) or by_loose.get(loose_key(label.path)) or []
        page = min(candidates, key=_rank) if candidates else None
        if page is not None:
            matched_urls.add(page["url"])
            if served_key(page["url"]) != key:
                misses["matched_loosely"].append(f"{label.path} ~ {urlsplit(page['url']).path}")
        got_key = served_key(page["url"]) if page else None
        truth = distances.get(key, dist_loose.get(loose_key(label.path)))
        c["labelled"] += 1
        if page is None:
            c["missing"] += 1
            linked = "not linked from /" if truth is None else f"{truth} clicks from / by links"
            misses["missing"].append(f"{label.path} ({linked})")
        stage_ok = page is not None and page["stage"] == label.stage
        action_ok = page is not None and page["action"] == label.action
        c["stage_right"] += stage_ok
        c["action_right"] += action_ok
        if page is not None and not (stage_ok and action_ok):
            misses["stage_action"].append(
                f"{label.path}: got {_verdict(page)}, labelled {label.stage}/{label.action}"
            )
        predicted = bool(page and page["is_conversion"])
        c["conversions_labelled"] += label.is_conversion
        c["conversions_found"] += predicted and label.is_conversion
        c["conversions_false"] += predicted and not label.is_conversion
        if predicted != label.is_conversion:
            got = "conversion" if predicted else "not a conversion"
            want = "conversion" if label.is_conversion else "not"
            misses["conversion"].append(f"{label.path}: got {got}, labelled {want}")
        dead_end = got_key is not None and got_key in dead_ends
        c["dead_ends_labelled"] += not label.next_step
        c["dead_ends_found"] += dead_end and not label.next_step
        c["dead_ends_false"] += dead_end and label.next_step
        if dead_end == label.next_step:
            got = "TP101" if dead_end else "no TP101"
            want = "next step" if label.next_step else "no next step"
            misses["dead_end"].append(f"{label.path}: got {got}, labelled {want}")
        if label.is_conversion:
            c["clicks_total"] += 1
            if got_key is not None and got_key in home_paths:
                reported = home_paths[got_key]
                exact = reported == truth
                shown = "no path" if reported is None else f"{reported} clicks"
            else:
                exact, shown = False, "no home path (not a conversion in the audit)"
            c["clicks_exact"] += exact
            if not exact:
                want = "unreachable" if truth is None else f"{truth} clicks"
                misses["clicks"].append(f"{label.path}: audit {shown}, links {want}")
        if page is not None:
            conf = page.get("confidence")
            if conf is not None and conf >= CONFIDENT:
                c["confident"] += 1
                c["confident_right"] += stage_ok and action_ok
            else:
                c["below_confidence"] += 1
    for page in sorted(pages, key=lambda p: p["url"]):
        if page["url"] in matched_urls:
            continue
        path = urlsplit(page["url"]).path
        if page["is_conversion"]:
            misses["unlabelled_conversions"].append(f"{path}: {_verdict(page)}")
        status = page.get("status") or 0
        if 200 <= status < 300:
            misses["unlabelled_crawled"].append(path)
    return {"counts": c, "metrics": metrics_of(c), "misses": dict(misses)}


def site_audit_args(folder: Path) -> list[str]:
    """The extra ``touchpoint audit`` arguments a site's snapshot needs, one per line of its
    ``audit-args`` file (``#`` starts a comment): a preview build's robots meta nofollow
    on every page needs ``--ignore-robots``, as a consultant would give it."""
    path = folder / "audit-args"
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def evaluate_site(
    half: str,
    name: str,
    folder: Path,
    out: Path,
    extra: Sequence[str] = (),
    timeout: float = 900,
) -> dict[str, Any]:
    """Serve one corpus site, audit it with the CLI, walk its links, score it."""
    t0 = time.perf_counter()
    result: dict[str, Any] = {
        "half": half,
        "site": name,
        "business_kind": _business_kind(folder),
        "error": None,
    }
    labels, problems = read_labels(folder / "labels.csv")
    result["label_problems"] = problems
    try:
        with serve(folder / "site") as base:
            audit = run_audit(base, out, [*extra, *site_audit_args(folder)], timeout)
            distances = click_distances(base)
        result.update(score_site(labels, audit, distances, base))
    except (RuntimeError, OSError, subprocess.TimeoutExpired, KeyError, ValueError) as exc:
        result["error"] = f"{type(exc).__name__}: {exc}"
    result["seconds"] = round(time.perf_counter() - t0, 1)
    return result


def summarize(sites: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """A half's figures: the macro mean of each metric over its sites (sites where the
    metric is undefined are left out, ``n`` says how many counted) and the pooled counts."""
    scored = [s for s in sites if not s["error"]]
    macro: dict[str, float | None] = {}
    counted: dict[str, int] = {}
    for metric in METRICS:
        values = [s["metrics"][metric] for s in scored if s["metrics"][metric] is not None]
        macro[metric] = sum(values) / len(values) if values else None
        counted[metric] = len(values)
    pooled = {key: sum(s["counts"][key] for s in scored) for key in COUNTS}
    return {
        "sites": len(scored),
        "errors": len(sites) - len(scored),
        "macro": macro,
        "macro_sites": counted,
        "pooled": pooled,
        "pooled_metrics": metrics_of(pooled),
    }


def score_corpus(
    halves: Sequence[str] = ("dev",),
    sites: Sequence[str] = (),
    keep: Path | None = None,
    jobs: int = 1,
    extra: Sequence[str] = (),
    timeout: float = 900,
    progress: bool = False,
) -> dict[str, Any]:
    """Score every complete site of ``halves`` (only ``sites`` when given).

    Returns ``{"halves": {half: {"sites": {name: site result}, "skipped": {name: why},
    "summary": summarize(...)}}, "settings": {...}}``. Outputs go to ``keep/<half>/<site>/``
    when ``keep`` is given, else to a temporary folder removed at the end.
    """
    ready, skipped = find_sites(halves, sites)
    with tempfile.TemporaryDirectory(prefix="touchpoint-accuracy-") as tmp:
        work = Path(keep) if keep else Path(tmp)

        def one(item: tuple[str, str, Path]) -> dict[str, Any]:
            half, name, folder = item
            result = evaluate_site(half, name, folder, work / half / name, extra, timeout)
            if progress:
                state = result["error"] or "ok"
                print(f"{half}/{name}: {state} ({result['seconds']} s)", file=sys.stderr)
            return result

        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            results = list(pool.map(one, ready))
    figures: dict[str, Any] = {
        "settings": {
            "max_pages": MAX_PAGES,
            "confident": CONFIDENT,
            "extra_args": list(extra),
            "generated_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        },
        "halves": {},
    }
    for half in halves:
        mine = [r for r in results if r["half"] == half]
        figures["halves"][half] = {
            "sites": {r["site"]: r for r in mine},
            "skipped": {name: why for h, name, why in skipped if h == half},
            "summary": summarize(mine),
        }
    return figures


def floor_of(summary: dict[str, Any], sites: Sequence[str]) -> dict[str, Any]:
    """floor.json: each macro metric rounded down to 2 decimals (null when undefined)."""
    floor: dict[str, Any] = {
        "_comment": "bench/accuracy.py --half dev --write-floor: macro means rounded down",
        "_sites": sorted(sites),
    }
    for metric in METRICS:
        value = summary["macro"][metric]
        floor[metric] = None if value is None else math.floor(value * 100 + 1e-9) / 100
    return floor


# ---------------------------------------------------------------------------- printing

COLUMNS = (  # header, width, metric
    ("stage", 6, "stage_accuracy"),
    ("action", 6, "action_accuracy"),
    ("conv P", 6, "conversion_precision"),
    ("conv R", 6, "conversion_recall"),
    ("dead P", 6, "dead_end_precision"),
    ("dead R", 6, "dead_end_recall"),
    ("dead F1", 7, "dead_end_f1"),
    ("clicks", 6, "clicks_exact"),
    ("conf ok", 7, "confident_right"),
)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def _row(name: str, pages: str, metrics: dict[str, float | None], tail: str, width: int) -> str:
    cells = "".join(f" {_pct(metrics[m]):>{w}}" for _, w, m in COLUMNS)
    return f"{name:<{width}} {pages:>9}{cells}  {tail}"


def print_report(figures: dict[str, Any], misses: bool = False) -> None:
    for half, data in figures["halves"].items():
        sites = data["sites"]
        summary = data["summary"]
        width = max([len(n) for n in sites] + [len("macro mean"), 4])
        print(f"\n== {half} half: {len(sites)} site(s) scored")
        for name, why in data["skipped"].items():
            print(f"   skipped {name}: {why}")
        header = "".join(f" {h:>{w}}" for h, w, _ in COLUMNS)
        print(f"{'site':<{width}} {'lab/crawl':>9}{header}  clicks / <0.8 / missing")
        for name, site in sites.items():
            if site["error"]:
                print(f"{name:<{width}} ERROR {site['error']}")
                continue
            c = site["counts"]
            tail = f"{c['clicks_exact']}/{c['clicks_total']} / {c['below_confidence']} / "
            tail += str(c["missing"])
            pages = f"{c['labelled']}/{c['crawled']}"
            print(_row(name, pages, site["metrics"], tail, width))
        if not summary["sites"]:
            continue
        p = summary["pooled"]
        print(_row("macro mean", "", summary["macro"], "", width))
        pages = f"{p['labelled']}/{p['crawled']}"
        tail = f"{p['clicks_exact']}/{p['clicks_total']} / {p['below_confidence']} / {p['missing']}"
        print(_row("pooled", pages, summary["pooled_metrics"], tail, width))
        print(
            f"pooled counts: {p['labelled']} labelled pages ({p['missing']} missing from the "
            f"audits), stage right {p['stage_right']}, action right {p['action_right']}; "
            f"conversions labelled {p['conversions_labelled']}, found "
            f"{p['conversions_found']}, false {p['conversions_false']}; no-next-step pages "
            f"{p['dead_ends_labelled']}, TP101 on {p['dead_ends_found']} of them and on "
            f"{p['dead_ends_false']} others; clicks exact {p['clicks_exact']}/"
            f"{p['clicks_total']}; confidence >= {CONFIDENT}: {p['confident']} pages, "
            f"{p['confident_right']} right (stage and action); below {CONFIDENT}: "
            f"{p['below_confidence']}"
        )
        if misses:
            for name, site in sites.items():
                _print_misses(name, site)


LIST_UNLABELLED = 20  # crawled pages with no label: a site may have thousands
MISS_TITLES = (
    ("missing", "labelled, missing from the audit"),
    ("matched_loosely", "matched by the loose key"),
    ("stage_action", "stage/action (got vs labelled)"),
    ("conversion", "conversion"),
    ("dead_end", "dead end (TP101 vs next_step)"),
    ("clicks", "homepage-to-conversion clicks"),
    ("unlabelled_conversions", "conversions in the audit, not labelled (not counted)"),
    ("unlabelled_crawled", "crawled 2xx pages with no label (not counted)"),
)


def _print_misses(name: str, site: dict[str, Any]) -> None:
    print(f"\n-- {name}" + (f" ({site['business_kind']})" if site.get("business_kind") else ""))
    for problem in site.get("label_problems", []):
        print(f"   labels.csv {problem}")
    if site["error"]:
        return
    for key, title in MISS_TITLES:
        lines = site["misses"].get(key, [])
        if lines:
            print(f"   {title}: {len(lines)}")
            shown = lines[:LIST_UNLABELLED] if key == "unlabelled_crawled" else lines
            for line in shown:
                print(f"     {line}")
            if len(shown) < len(lines):
                print(f"     ... and {len(lines) - len(shown)} more (all of them in --json)")


# ---------------------------------------------------------------------------- command line


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=(__doc__ or "").splitlines()[0],
        epilog="Example: .venv/bin/python bench/accuracy.py --half dev --misses",
    )
    parser.add_argument(
        "--half", choices=(*HALVES, "all"), default="dev", help="half to score (default: dev)"
    )
    parser.add_argument(
        "--site", action="append", default=[], metavar="NAME", help="only this site; repeatable"
    )
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep outputs in DIR/HALF/SITE")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the figures as JSON")
    parser.add_argument("--misses", action="store_true", help="list every miss per site")
    parser.add_argument(
        "--write-floor",
        type=Path,
        metavar="FILE",
        help="write the macro means rounded down to 2 decimals (tests/corpus/floor.json)",
    )
    parser.add_argument(
        "-j", "--jobs", type=int, default=2, help="sites audited at once (default: 2)"
    )
    parser.add_argument(
        "--timeout", type=float, default=900, help="seconds per audit (default: 900)"
    )
    parser.add_argument(
        "--touchpoint-arg",
        action="append",
        default=[],
        metavar="ARG",
        help="extra argument for touchpoint audit, e.g. --touchpoint-arg=--ignore-robots",
    )
    args = parser.parse_args(argv)
    halves = HALVES if args.half == "all" else (args.half,)
    if args.write_floor and len(halves) != 1:
        parser.error("--write-floor needs one half")
    if args.write_floor and args.site:
        parser.error("--write-floor scores the whole half: no --site")
    ready, skipped = find_sites(halves, args.site)
    unknown = set(args.site) - {name for _, name, _ in ready} - {name for _, name, _ in skipped}
    if unknown:
        parser.error("no such site in this half: " + ", ".join(sorted(unknown)))
    figures = score_corpus(
        halves,
        args.site,
        keep=args.keep,
        jobs=args.jobs,
        extra=args.touchpoint_arg,
        timeout=args.timeout,
        progress=True,
    )
    print_report(figures, misses=args.misses)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"\nWrote {args.json}")
    if args.write_floor:
        half = figures["halves"][halves[0]]
        floor = floor_of(half["summary"], list(half["sites"]))
        args.write_floor.write_text(json.dumps(floor, indent=2) + "\n", encoding="utf-8")
        print(f"Wrote {args.write_floor}")
    errors = sum(h["summary"]["errors"] for h in figures["halves"].values())
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
