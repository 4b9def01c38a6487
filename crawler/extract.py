"""Turn one HTML document into one page record: metadata, links, CTAs, forms, contacts.

A single lxml pass over the tree (BeautifulSoup is ~15x slower and stays off this
hot path). Pure: bytes in, plain dicts out, no Scrapy, so it is tested on its own
and reused for rendered pages.

The bytes are decoded here, as a browser does (WHATWG encoding sniffing), and lxml
is given UTF-8 it never re-guesses: a libxml2 guess read UTF-16 pages as nothing
and undeclared Latin-1 as cp1257.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any, cast
from urllib.parse import urlsplit

from lxml import etree
from w3lib.encoding import html_body_declared_encoding, resolve_encoding

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
WORD = re.compile(r"\S+")
TEXT_COMPACT_AT = 8192  # collected characters before whitespace is collapsed
TEXT_KEEP = 4000  # collapsed characters kept: more than any clean() limit

# Byte order marks, in the order the WHATWG encoding standard checks them.
BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
)
PRESCAN_BYTES = 1024  # how far a browser looks for <meta charset>
# A meta tag cannot truthfully declare UTF-16 (it would not be readable as ASCII):
# WHATWG reads such a page as UTF-8.
META_OVERRIDES = {"utf-16": "utf-8", "utf-16-le": "utf-8", "utf-16-be": "utf-8"}
VALIDATE_CHUNK = 1 << 20
FLAT_DEPTH = 512
TOO_DEEP = "Excessive depth"  # libxml2's message when it stops at 2048 levels
VOID_TAGS = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# huge_tree lifts libxml2's nesting limit from 256 to 2048 and its 10 MB text-node limit.
_BYTES_PARSER = etree.HTMLParser(
    encoding="utf-8", huge_tree=True, remove_comments=True, remove_pis=True
)
_TEXT_PARSER = etree.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)


def _label_codec(label: str | None) -> str | None:
    """The Python codec of an encoding label (WHATWG names: latin1 means windows-1252)."""
    if not label:
        return None
    codec = resolve_encoding(label.strip())
    if codec in ("utf-16", "utf-32", "utf-32-le", "utf-32-be"):
        return "utf-16-le"  # the WHATWG label utf-16 is UTF-16LE; UTF-32 is not on the web
    return codec


def _is_utf8(body: bytes) -> bool:
    """Whether the bytes are valid UTF-8, checked a chunk at a time (no 20 MB copy)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for start in range(0, len(body), VALIDATE_CHUNK):
            decoder.decode(body[start : start + VALIDATE_CHUNK])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def sniff_encoding(body: bytes, http_charset: str | None = None) -> tuple[str, int]:
    """The encoding a browser would read ``body`` in, and the length of its BOM.

    WHATWG order: a byte order mark, then the HTTP header's charset, then a
    ``<meta charset>`` in the first 1024 bytes, then the default. The standard lets
    a browser detect before the default: only bytes that are valid UTF-8 are read
    as UTF-8 (no statistical guess), everything else as windows-1252.
    """
    for bom, codec in BOMS:
        if body.startswith(bom):
            return codec, len(bom)
    header = _label_codec(http_charset)
    if header:
        return header, 0
    declared = _label_codec(html_body_declared_encoding(body[:PRESCAN_BYTES]))
    if declared:
        return META_OVERRIDES.get(declared, declared), 0
    return ("utf-8" if _is_utf8(body) else "cp1252"), 0


def _document(body: bytes | str, http_charset: str | None) -> tuple[bytes | str, Any, str | None]:
    """What lxml parses, the parser that reads it without guessing an encoding, and a
    note if some bytes were not valid in the page's encoding.

    Valid UTF-8 goes to lxml as it came (no copy of a 20 MB body); anything else is
    decoded as a browser would, with U+FFFD for bytes the encoding does not have.
    """
    if isinstance(body, str):
        return body, _TEXT_PARSER, None
    codec, bom = sniff_encoding(body, http_charset)
    if codec == "utf-8" and _is_utf8(body):
        return body[bom:] if bom else body, _BYTES_PARSER, None
    try:
        return body[bom:].decode(codec), _TEXT_PARSER, None
    except UnicodeDecodeError as exc:
        note = (
            f"malformed HTML: bytes not valid in {codec} (first at byte {exc.start}) read as U+FFFD"
        )
        return body[bom:].decode(codec, "replace"), _TEXT_PARSER, note


class _FlatTreeBuilder(HTMLParser):
    """A tree for documents nested deeper than libxml2 goes (2048 levels), where it
    stops reading and drops the rest. Elements past ``FLAT_DEPTH`` levels become
    children of the element at that level, as Blink does at 512: every element is
    kept, only the nesting is flattened."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = etree.Element("html")
        self.open: list[tuple[str, Any]] = []  # (tag as written, element), root excluded

    def _parent(self) -> Any:
        return self.open[min(len(self.open), FLAT_DEPTH) - 1][1] if self.open else self.root

    def _element(self, tag: str, attrs: list[tuple[str, str | None]]) -> Any:
        if tag == "html":
            target = self.root
        else:
            try:
                target = etree.SubElement(self._parent(), tag)
            except ValueError:  # not a name lxml accepts: keep its content, not its tag
                target = etree.SubElement(self._parent(), "span")
        for name, value in attrs:
            try:
                target.set(name, XML_INVALID.sub("", value or ""))
            except ValueError:
                continue
        return target

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = self._element(tag, attrs)
        if tag not in VOID_TAGS and tag != "html":
            self.open.append((tag, element))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._element(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        # Close up to the nearest open element of that name; a stray end tag is ignored.
        # The search is bounded so a million stray end tags stay linear.
        for index in range(len(self.open) - 1, max(-1, len(self.open) - 1 - FLAT_DEPTH), -1):
            if self.open[index][0] == tag:
                del self.open[index:]
                return

    def handle_data(self, data: str) -> None:
        data = XML_INVALID.sub("", data)
        parent = self._parent()
        try:
            last = parent[-1]
        except IndexError:
            parent.text = (parent.text or "") + data
        else:
            last.tail = (last.tail or "") + data


def _flat_tree(document: bytes | str) -> Any:
    """The document read by ``_FlatTreeBuilder`` (bytes here are always UTF-8)."""
    builder = _FlatTreeBuilder()
    text = document.decode("utf-8") if isinstance(document, bytes) else document
    builder.feed(text)
    builder.close()
    return builder.root


def clean(text: str | None, limit: int = 500) -> str:
    """Collapse whitespace and cap length: page text is stored, not trusted."""
    if not text:
        return ""
    text = text.lstrip()[: limit * 8]  # whitespace collapses, so 8x is plenty
    return WHITESPACE.sub(" ", text).strip()[:limit]


def element_text(el: Any) -> str:
    """What a visitor reads on an element: the code of an inline script or style inside
    a button, link or label is not its name."""
    return clean(_collect_text(el))


def _collect_text(el: Any) -> str:
    """The element's text without skipped subtrees, iteratively (no recursion limit at
    2048 levels) and only as much as ``clean`` keeps (a link around a 19 MB page)."""
    parts: list[str] = []
    size = skip = 0
    for event, node in etree.iterwalk(el, events=("start", "end")):
        skipped = node is not el and isinstance(node.tag, str) and node.tag in SKIP_TEXT_TAGS
        if event == "start":
            skip += skipped
            text = None if skip else node.text
        elif node is el:
            break
        else:
            skip -= skipped
            text = None if skip else node.tail
        if text:
            parts.append(text)
            size += len(text)
            if size > TEXT_COMPACT_AT:
                parts = [WHITESPACE.sub(" ", " ".join(parts)).lstrip()]
                size = len(parts[0])
                if size > TEXT_KEEP:
                    break
    return " ".join(parts)


def count_words(text: str) -> int:
    """Words in a text node, without a list of millions of words for a huge one."""
    if len(text) < 65536:
        return len(text.split())
    return sum(1 for _ in WORD.finditer(text))


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
    body: bytes | str,
    url: str,
    scope: Scope,
    http_charset: str | None = None,
    measured: bool = False,
) -> PageExtraction:
    """Extract a page record from an HTML document; never raises on bad HTML.

    ``body`` is the raw bytes, decoded here (``http_charset`` is the Content-Type
    header's charset, which beats a ``<meta charset>``), or text a browser already
    decoded (a rendered page). ``measured``: the document comes from our own browser,
    so ``data-tp-geom`` attributes are our geometry; in a raw page they are the
    site's text, ignored.
    """
    document, parser, decode_note = _document(body, http_charset)
    try:
        blank = not document or document.isspace()  # no stripped copy of 20 MB
        root = None if blank else etree.fromstring(document, parser)
    except (etree.ParserError, ValueError) as exc:
        root = None
        note: str | None = f"unparseable HTML: {exc}"
    else:
        note = None if root is not None else "empty document"
    errors = list(parser.error_log)  # lxml recovered from broken markup: where it was broken
    if root is not None and any(TOO_DEEP in error.message for error in errors):
        root, errors = _flat_tree(document), []
        note = f"nested over 2048 levels deep: read again, levels past {FLAT_DEPTH} flattened"
    del document
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
    notes = [n for n in (decode_note, note) if n]
    if errors:
        first = errors[0]
        notes.append(
            f"malformed HTML ({len(errors)} problems), read as far as possible; "
            f"first at line {first.line}: {first.message}"
        )
    extraction.page["parse_note"] = "; ".join(notes)[:300] or None
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
                    self.words += count_words(el.tail)
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
                self.words += count_words(el.text)
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
