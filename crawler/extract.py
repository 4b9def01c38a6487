"""Turn one HTML document into one page record: metadata, links, CTAs, forms, contacts.

A single lxml pass over the tree (BeautifulSoup is ~15x slower and stays off this
hot path). Pure: bytes in, plain dicts out, no Scrapy, so it is tested on its own
and reused for rendered pages.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, cast
from urllib.parse import urlsplit

from lxml import etree

from core.contacts import classify_contact, detect_chat_widget
from core.crawl_records import ContactRow, CrawlRecord, CtaRow, FormRow, LinkRow, PageRow
from core.urls import Scope, origin_of, resolve

REGION_TAGS = {tag: tag for tag in ("header", "nav", "main", "aside", "footer")}
REGION_ROLES = {
    "banner": "header",
    "navigation": "nav",
    "main": "main",
    "complementary": "aside",
    "contentinfo": "footer",
}
SECTIONING = {"main", "article", "section"}
SKIP_TEXT_TAGS = {"script", "style", "template", "noscript", "svg"}
CTA_CLASS_WORDS = re.compile(r"(?:^|[\s_-])(btn|button|cta|call-to-action)(?:$|[\s_-])", re.I)
# A link styled as a button with utility CSS (Tailwind and the like): a filled background
# or a border, with padding ("rounded-md bg-indigo-600 px-8 py-3"), no "btn" word needed.
UTILITY_FILL = re.compile(
    r"(?:^|\s)(?:bg-(?!transparent|none|opacity)[a-z]|border(?:$|\s|-[0-9]|-2))"
)
UTILITY_PAD = re.compile(r"(?:^|\s)(?:p[xy]?-(?:[1-9]|\[)|btn)")
# Interface controls are not calls to action: menu toggles, carousel arrows, tabs, quantity
# steppers, pagination, close buttons, and the text of such controls.
CONTROL_CLASSES = re.compile(
    r"toggler|hamburger|menu-(?:toggle|button|btn|trigger)|nav-?toggle|burger|carousel|slick-"
    r"|swiper-|owl-|glide__|splide__|flickity|qty|quantity|pagination|page-link|btn-close|"
    r"(?:^|[\s_-])(?:close|dismiss|dropdown-toggle|tab|nav-link|accordion)(?:$|[\s_-])",
    re.I,
)
CONTROL_TOGGLES = frozenset({"collapse", "dropdown", "offcanvas", "tab", "pill", "tooltip"})
CONTROL_TEXT = re.compile(
    r"^(?:open (?:main )?menu|close (?:main )?menu|menu|toggle (?:navigation|menu)|close|"
    r"search|previous|next|prev|[+\-\u2212\u00d7\u2039\u203a\u00ab\u00bb<>x\u2190\u2192]|"
    r"skip to (?:main )?content|back to top|scroll to top)$",
    re.I,
)
# Third-party scripts and frames worth recording (form, booking and shop services draw
# forms and buy buttons the raw HTML does not hold); analytics and fonts are left out.
EMBED_SKIP_HOSTS = re.compile(
    r"(google-analytics|googletagmanager|gstatic|googleapis|doubleclick|facebook\.net|"
    r"cloudflare|jsdelivr|unpkg|jquery|bootstrapcdn|fontawesome|typekit|hotjar|segment|"
    r"plausible|cloudfront|polyfill|disqus|gravatar|twimg|platform\.twitter|youtube|vimeo|"
    r"maps\.google|google\.com/maps)"
)
NON_FIELD_INPUTS = {"hidden", "submit", "button", "image", "reset"}
SUBMIT_INPUTS = {"submit", "image"}
WHITESPACE = re.compile(r"\s+")

_PARSERS: dict[str, etree.HTMLParser] = {}


def _parser(encoding: str) -> etree.HTMLParser:
    parser = _PARSERS.get(encoding)
    if parser is None:
        try:
            parser = etree.HTMLParser(encoding=encoding, remove_comments=True, remove_pis=True)
        except LookupError:
            parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
        _PARSERS[encoding] = parser
    return parser


def clean(text: str | None, limit: int = 500) -> str:
    """Collapse whitespace and cap length: page text is stored, not trusted."""
    if not text:
        return ""
    return WHITESPACE.sub(" ", text).strip()[:limit]


def element_text(el: Any) -> str:
    """What a visitor reads on an element: the code of an inline script or style inside
    a button, link or label is not its name."""
    parts: list[str] = []
    _collect_text(el, parts)
    return clean(" ".join(parts))


def _collect_text(el: Any, parts: list[str]) -> None:
    # Recursion is bounded: libxml2 caps the tree depth (no huge_tree parser here).
    if el.text:
        parts.append(el.text)
    for child in el:
        if not (isinstance(child.tag, str) and child.tag.lower() in SKIP_TEXT_TAGS):
            _collect_text(child, parts)
        if child.tail:
            parts.append(child.tail)


def _classes(el: Any) -> str:
    return clean(el.get("class"), 300)


@dataclass
class _FormState:
    record: dict[str, Any]
    field_elements: list[tuple[Any, str]] = field(default_factory=list)
    submit_texts: list[str] = field(default_factory=list)


@dataclass
class PageExtraction:
    """What one HTML document holds, ready for the store."""

    page: PageRow
    links: list[LinkRow]
    ctas: list[CtaRow]
    forms: list[FormRow]
    contacts: list[ContactRow]

    def as_record(self) -> CrawlRecord:
        return {
            "page": self.page,
            "links": self.links,
            "ctas": self.ctas,
            "forms": self.forms,
            "contacts": self.contacts,
        }


def empty_page_fields() -> PageRow:
    return {
        "title": None,
        "meta_description": None,
        "canonical": None,
        "robots_meta": None,
        "lang": None,
        "h1": [],
        "h2": [],
        "word_count": 0,
        "schema_types": [],
        "parse_note": None,
        "embeds": None,
    }


def extract_html(
    body: bytes, url: str, scope: Scope, encoding: str = "utf-8", measured: bool = False
) -> PageExtraction:
    """Extract a page record from an HTML document; never raises on bad HTML.

    ``measured``: the document comes from our own browser, so ``data-tp-geom``
    attributes are our geometry; in a raw page they are the site's text, ignored.
    """
    parser = _parser(encoding)
    try:
        root = etree.fromstring(body, parser) if body.strip() else None
    except (etree.ParserError, ValueError) as exc:
        root = None
        note: str | None = f"unparseable HTML: {exc}"
    else:
        note = None if root is not None else "empty document"
    if root is None:
        page = empty_page_fields()
        page["parse_note"] = note
        return PageExtraction(page, [], [], [], [])
    try:
        extraction = _Walker(root, url, scope, measured).run()
    except Exception as exc:  # a page must never stop the crawl
        page = empty_page_fields()
        page["parse_note"] = f"extraction failed: {type(exc).__name__}: {exc}"[:300]
        return PageExtraction(page, [], [], [], [])
    errors = parser.error_log  # lxml recovered from broken markup: say where it was broken
    if errors:
        first = errors[0]
        extraction.page["parse_note"] = (
            f"malformed HTML ({len(errors)} problems), read as far as possible; "
            f"first at line {first.line}: {first.message}"
        )[:300]
    return extraction


class _Walker:
    """One pass over the tree, tracking the page region of every element."""

    def __init__(self, root: Any, url: str, scope: Scope, measured: bool = False) -> None:
        self.root = root
        self.measured = measured
        self.base = url
        self.origin = origin_of(url)
        self.scope = scope
        self.page = empty_page_fields()
        self.links: list[LinkRow] = []
        self.ctas: list[CtaRow] = []
        self.forms: list[FormRow] = []
        self.contacts: list[ContactRow] = []
        self.schema_types: set[str] = set()
        self.words = 0
        self.labels_for: dict[str, str] = {}
        self.form: _FormState | None = None
        self.all_forms: list[_FormState] = []

    def run(self) -> PageExtraction:
        base_el = self.root.find(".//base[@href]")
        if base_el is not None:
            self.base = resolve(self.base, base_el.get("href", "")) or self.base
            self.origin = origin_of(self.base)
        lang = self.root.get("lang")
        self.page["lang"] = clean(lang, 35) or None
        self._walk()
        for state in self.all_forms:
            self._finish_form(state)
        self.page["word_count"] = self.words
        self.page["schema_types"] = sorted(self.schema_types)
        return PageExtraction(self.page, self.links, self.ctas, self.forms, self.contacts)

    def _walk(self) -> None:
        region_stack: list[tuple[Any, str]] = []
        region = "body"
        skip_depth = 0
        label_stack: list[Any] = []
        for event, el in etree.iterwalk(self.root, events=("start", "end")):
            tag = el.tag
            if not isinstance(tag, str):
                continue
            if event == "end":
                if region_stack and region_stack[-1][0] is el:
                    region_stack.pop()
                    region = region_stack[-1][1] if region_stack else "body"
                if tag in SKIP_TEXT_TAGS:
                    skip_depth -= 1
                elif tag == "form" and self.form is not None and self.form.record.get("_el") is el:
                    self.form = None
                elif tag == "label" and label_stack and label_stack[-1] is el:
                    label_stack.pop()
                if el.tail and not skip_depth:
                    self.words += len(el.tail.split())
                continue
            new_region = REGION_TAGS.get(tag) or REGION_ROLES.get(el.get("role") or "")
            if new_region and not (new_region in ("header", "footer") and region in SECTIONING):
                region_stack.append((el, new_region))
                region = new_region
            elif tag in ("article", "section") and region == "body":
                region_stack.append((el, "main"))
                region = "main"
            if tag in SKIP_TEXT_TAGS:
                skip_depth += 1
                if tag == "script" and skip_depth == 1:
                    self._script(el)
                continue
            if skip_depth:
                continue
            if el.text:
                self.words += len(el.text.split())
            handler = _HANDLERS.get(tag)
            if handler is not None:
                handler(self, el, region, label_stack)
            itemtype = el.get("itemtype")
            if itemtype:
                for token in itemtype.split():
                    self.schema_types.add(token.rstrip("/").rsplit("/", 1)[-1])
            typeof = el.get("typeof")
            if typeof:
                for token in typeof.split():
                    self.schema_types.add(token.rsplit(":", 1)[-1].rsplit("/", 1)[-1])

    # -- element handlers ------------------------------------------------------

    def _title(self, el: Any, region: str, labels: list[Any]) -> None:
        if self.page["title"] is None:
            self.page["title"] = element_text(el)

    def _meta(self, el: Any, region: str, labels: list[Any]) -> None:
        name = (el.get("name") or el.get("property") or "").lower()
        content = el.get("content")
        if name == "description" and self.page["meta_description"] is None:
            self.page["meta_description"] = clean(content, 1000)
        elif name == "robots" and self.page["robots_meta"] is None:
            self.page["robots_meta"] = clean(content, 200).lower()

    def _link_tag(self, el: Any, region: str, labels: list[Any]) -> None:
        rels = (el.get("rel") or "").lower().split()
        if "canonical" in rels and self.page["canonical"] is None:
            self.page["canonical"] = resolve(self.base, el.get("href") or "")

    def _heading(self, el: Any, region: str, labels: list[Any]) -> None:
        found = self.page["h1"] if el.tag == "h1" else self.page["h2"]
        if len(found) < 20:
            text = element_text(el)
            if text:
                found.append(text)

    def _anchor(self, el: Any, region: str, labels: list[Any]) -> None:
        href = el.get("href")
        text = element_text(el) or clean(
            el.get("aria-label") or el.get("title") or _img_alt(el), 300
        )
        target = resolve(self.base, href, self.origin) if href is not None else None
        if target is not None:
            rel = clean(el.get("rel"), 100).lower() or None
            self.links.append(
                {
                    "target_url": target,
                    "anchor_text": text,
                    "rel": rel,
                    "nofollow": bool(rel and "nofollow" in rel.split()),
                    "region": region,
                    "internal": self.scope.is_internal(target),
                    "position": len(self.links),
                }
            )
        if href:
            contact = classify_contact(href.strip())
            if contact is not None:
                kind, network = contact
                self.contacts.append(
                    {
                        "kind": kind,
                        "network": network,
                        "target": clean(href, 1000),
                        "text": text,
                        "region": region,
                    }
                )
        role = (el.get("role") or "").lower()
        classes = el.get("class") or ""
        if (role == "button" or CTA_CLASS_WORDS.search(classes) or _utility_button(classes)) and (
            not _is_control(el, text)
        ):
            self._cta("link", el, text, href, target, region)

    def _button(self, el: Any, region: str, labels: list[Any]) -> None:
        text = element_text(el) or clean(el.get("aria-label") or el.get("title"), 300)
        if (el.get("type") or "").lower() == "reset" or _is_control(el, text):
            return
        self._cta("button", el, text, None, None, region)
        if self.form is not None and (el.get("type") or "submit").lower() == "submit":
            self.form.submit_texts.append(text)

    def _input(self, el: Any, region: str, labels: list[Any]) -> None:
        kind = (el.get("type") or "text").lower()
        if kind in ("submit", "button", "image"):
            text = clean(el.get("value") or el.get("alt") or el.get("aria-label"), 300)
            if not text and kind == "submit":
                text = "Submit"
            self._cta("input", el, text, None, None, region)
            if self.form is not None and kind in SUBMIT_INPUTS:
                self.form.submit_texts.append(text)
            return
        self._field(el, labels)

    def _field(self, el: Any, labels: list[Any]) -> None:
        if self.form is None:
            return
        if el.tag == "input" and (el.get("type") or "text").lower() in NON_FIELD_INPUTS:
            return
        wrapping = element_text(labels[-1]) if labels else ""
        self.form.field_elements.append((el, wrapping))

    def _field_handler(self, el: Any, region: str, labels: list[Any]) -> None:
        self._field(el, labels)

    def _label(self, el: Any, region: str, labels: list[Any]) -> None:
        labels.append(el)
        target = el.get("for")
        if target:
            self.labels_for[target] = element_text(el)

    def _form(self, el: Any, region: str, labels: list[Any]) -> None:
        action = el.get("action")
        state = _FormState(
            record={
                "_el": el,
                "position": len(self.all_forms),
                "action": action,
                "action_url": resolve(self.base, action) if action else self.base,
                "method": (el.get("method") or "get").lower(),
                "region": region,
                "element_id": el.get("id"),
                "classes": _classes(el),
            }
        )
        self.form = state
        self.all_forms.append(state)

    def _frame(self, el: Any, region: str, labels: list[Any]) -> None:
        src = el.get("src") or el.get("data-src")
        if src:
            self._embed(src)

    def _embed(self, src: str) -> None:
        """Note the host and path of a third-party script or frame (at most 30 a page)."""
        target = resolve(self.base, src.strip())
        if not target or self.scope.is_internal(target) or EMBED_SKIP_HOSTS.search(target):
            return
        parts = urlsplit(target)
        where = f"{(parts.hostname or '').lower()}{parts.path}"[:200]
        embeds = self.page["embeds"] = self.page["embeds"] or []
        if where not in embeds and len(embeds) < 30:
            embeds.append(where)

    def _script(self, el: Any) -> None:
        kind = (el.get("type") or "").lower()
        if kind == "application/ld+json":
            try:
                data = json.loads(el.text or "")
            except ValueError:
                return
            self.schema_types.update(_jsonld_types(data))
            return
        src = el.get("src")
        if src:
            self._embed(src)
        provider = detect_chat_widget(src or el.text or "")
        if provider and not any(c["network"] == provider for c in self.contacts):
            self.contacts.append(
                {
                    "kind": "chat",
                    "network": provider,
                    "target": clean(src, 1000) or provider,
                    "text": None,
                    "region": "body",
                }
            )

    # -- helpers ---------------------------------------------------------------

    def _cta(
        self, kind: str, el: Any, text: str, href: str | None, target: str | None, region: str
    ) -> None:
        self.ctas.append(
            {
                "kind": kind,
                "text": text,
                "href": clean(href, 2000) if href is not None else None,
                "target_url": target,
                "internal": self.scope.is_internal(target) if target else None,
                "region": region,
                "classes": _classes(el),
                "element_id": el.get("id"),
                "aria_label": clean(el.get("aria-label"), 300) or None,
                "role": el.get("role"),
                "position": len(self.ctas),
                "geometry": _geometry(el) if self.measured else None,
                "disabled": _is_disabled(el),
            }
        )

    def _finish_form(self, state: _FormState) -> None:
        fields = []
        for el, wrapping in state.field_elements:
            field_id = el.get("id")
            label = (
                (self.labels_for.get(field_id, "") if field_id else "")
                or wrapping
                or clean(el.get("aria-label"), 300)
                or self._labelledby(el)
            )
            fields.append(
                {
                    "name": el.get("name"),
                    "tag": el.tag,
                    "type": (el.get("type") or "text").lower() if el.tag == "input" else el.tag,
                    "required": el.get("required") is not None or el.get("aria-required") == "true",
                    "label": label or None,
                    "placeholder": clean(el.get("placeholder"), 200) or None,
                    "autocomplete": el.get("autocomplete"),
                }
            )
        record = cast(FormRow, {k: v for k, v in state.record.items() if k != "_el"})
        record["fields"] = fields
        record["submit_text"] = state.submit_texts[0] if state.submit_texts else None
        record["has_submit"] = bool(state.submit_texts)
        self.forms.append(record)

    def _labelledby(self, el: Any) -> str:
        ids = (el.get("aria-labelledby") or "").split()
        texts = []
        for ref in ids:
            found = self.root.xpath("//*[@id=$ref]", ref=ref)
            if found:
                texts.append(element_text(found[0]))
        return clean(" ".join(texts), 300)


def _geometry(el: Any) -> dict[str, Any] | None:
    """The boxes a rendered crawl measured (``data-tp-geom``, see crawler/render.py)."""
    raw = el.get("data-tp-geom")
    if not raw:
        return None
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _utility_button(classes: str) -> bool:
    return bool(classes and UTILITY_FILL.search(classes) and UTILITY_PAD.search(classes))


def _is_control(el: Any, text: str) -> bool:
    """A menu toggle, carousel arrow, tab, stepper or close button: not a call to action."""
    if el.get("aria-expanded") is not None or el.get("aria-controls") is not None:
        return True
    toggle = (el.get("data-toggle") or el.get("data-bs-toggle") or "").lower()
    if toggle in CONTROL_TOGGLES or el.get("data-slide") or el.get("data-bs-slide"):
        return True
    if CONTROL_CLASSES.search(el.get("class") or ""):
        return True
    label = text or clean(el.get("aria-label"), 100)
    return bool(CONTROL_TEXT.match(label)) if label else False


def _is_disabled(el: Any) -> bool:
    classes = f" {el.get('class') or ''} ".lower()
    return (
        el.get("disabled") is not None
        or (el.get("aria-disabled") or "").lower() == "true"
        or " disabled " in classes
    )


def _img_alt(el: Any) -> str:
    img = el.find(".//img[@alt]")
    return img.get("alt", "") if img is not None else ""


def _jsonld_types(data: Any) -> Iterator[str]:
    if isinstance(data, list):
        for item in data:
            yield from _jsonld_types(item)
    elif isinstance(data, dict):
        kind = data.get("@type")
        if isinstance(kind, str):
            yield kind.rsplit("/", 1)[-1]
        elif isinstance(kind, list):
            yield from (k.rsplit("/", 1)[-1] for k in kind if isinstance(k, str))
        for key in ("@graph", "mainEntity", "itemListElement", "offers", "item"):
            if key in data:
                yield from _jsonld_types(data[key])


_HANDLERS = {
    "title": _Walker._title,
    "meta": _Walker._meta,
    "link": _Walker._link_tag,
    "h1": _Walker._heading,
    "h2": _Walker._heading,
    "a": _Walker._anchor,
    "area": _Walker._anchor,
    "button": _Walker._button,
    "input": _Walker._input,
    "select": _Walker._field_handler,
    "textarea": _Walker._field_handler,
    "label": _Walker._label,
    "form": _Walker._form,
    "iframe": _Walker._frame,
}
