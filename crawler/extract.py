"""Turn one HTML document into one page record: metadata, links, CTAs, forms, contacts.

A single lxml pass (BeautifulSoup is ~15x slower and stays off this hot path). Pure:
bytes in, plain dicts out, no Scrapy, so it is tested on its own and reused for
rendered pages.

- Decoding is a browser's (WHATWG encoding sniffing, ``sniff_encoding``); lxml is given
  UTF-8 it never re-guesses (a libxml2 guess read UTF-16 pages as nothing and
  undeclared Latin-1 as cp1257).
- The document is parsed as a stream (``HTMLPullParser``, 1 MB at a time) and each
  element is dropped from the tree once read: memory follows the open elements, not
  the page (a tree of a 19 MB page of links is ~250 MB). Element texts are gathered as
  the parser reaches them, capped at what ``clean`` keeps.
- ``huge_tree`` lifts libxml2's nesting limit from 256 to 2048 levels; past that it
  stops reading, and the page is read again by ``_FlatTreeBuilder``.
- Caps (``MAX_LINKS`` ...) far above any real page bound what one hostile page can
  add; what they cut is said in the page's ``parse_note``, as is every repair.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any, cast
from urllib.parse import urlsplit

from lxml import etree
from w3lib.encoding import html_body_declared_encoding, resolve_encoding

from core.contacts import classify_contact, detect_chat_widget
from core.crawl_records import ContactRow, CrawlRecord, CtaRow, FormRow, LinkRow, PageRow
from core.urls import Scope, origin_of, resolve
from core.vocab import CHROME_REGIONS, INTRO
from crawler.prices import count_prices

REGION_TAGS = {tag: tag for tag in ("header", "nav", "main", "aside", "footer")}
REGION_ROLES = {
    "banner": "header",
    "navigation": "nav",
    "main": "main",
    "complementary": "aside",
    "contentinfo": "footer",
}
SECTIONING = {"main", "article", "section"}
# The blocks whose rest, after the page's H1, is its intro (a theme's hero section).
HERO_BLOCKS = frozenset({"section", "div"})
# What ends that intro: the next heading, a new part of the page (an article, a footer)
# or a form (a sitewide newsletter form under an empty page's H1 stays the layout's).
HERO_ENDS = frozenset(
    {"h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "aside", "footer", "nav"}
    | {"header", "main", "form"}
)
# A <div id="main"> is the page's main column in many themes: a <footer> inside it closes
# the post (its "Back to portfolio" button), it is not the site's footer.
MAIN_IDS = frozenset({"main", "content", "main-content", "primary"})
# A <header> or <footer> inside a section is that section's (an article's byline, a post's
# tags), unless its id, class or role names the site's own band: broken markup can leave
# the site footer inside <main> (laire-visuelle-optometrist-fr's article pages).
SITE_BANDS = {
    "header": frozenset({"header", "site-header", "main-header", "global-header", "masthead"}),
    "footer": frozenset(
        {"footer", "site-footer", "page-footer", "main-footer", "global-footer", "colophon"}
    ),
}
SITE_BAND_ROLES = frozenset({"banner", "contentinfo"})
MENU_LINKS = 3  # links in a <header> before an H1 that make them the site's menu
# Tags that open the page's own content: met inside a <nav> (outside the site's header and
# footer) after its menu, they mean the parser kept the <nav> open. libxml2 ignores a
# ``</nav>`` while a ``<div>`` opened inside it is still open; a browser closes both
# (studio-holloway-permanent-makeup-qc).
# Not <section> or <article>: mega menus group their columns in them.
CONTENT_OPENERS = frozenset({"header", "main", "h1"})
# Class or id words of a block that walks the site rather than saying something: a post's
# previous/next links, a listing's pages, breadcrumbs. Themes write them as <div>s.
NAVIGATION_WORDS = frozenset(
    {
        "navigation", "pagination", "pager", "post-nav", "post-navigation", "posts-navigation",
        "nav-links", "nav-previous", "nav-next", "prev-next", "post-pager", "breadcrumb",
        "breadcrumbs",
    }
)  # fmt: skip


NAVIGATION_TAGS = frozenset({"div", "ul", "ol", "p", "span"})  # what themes write them as


def _names_site_band(el: Any) -> bool:
    """Whether a <header> or <footer> (or a banner/contentinfo role) is the site's own."""
    if el.get("role") in SITE_BAND_ROLES:
        return True
    words = SITE_BANDS.get(el.tag if el.tag in SITE_BANDS else "", frozenset())
    tokens = set((el.get("class") or "").lower().split())
    return bool(words & tokens) or (el.get("id") or "").lower() in words


# Class or id words that make an <aside> inside an article a sidebar all the same.
SIDEBAR_WORDS = ("sidebar", "side-bar", "widget")


def _in_article_body(el: Any) -> bool:
    """Whether an <aside> is part of an article's own text: inside an <article> and not
    named a sidebar. Hugo's default theme (Ananke) lists a section's posts in an <aside>
    within the page's <article> (vancouver-irish-music-school-classes-ca, star-inn)."""
    named = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    if any(word in named for word in SIDEBAR_WORDS):
        return False
    return any(ancestor.tag == "article" for ancestor in el.iterancestors())


def _names_navigation(el: Any) -> bool:
    """Whether the element's class or id is one of ``NAVIGATION_WORDS``."""
    words = el.get("class")
    ident = el.get("id")
    if not words and not ident:
        return False
    tokens = set((words or "").lower().split())
    if ident:
        tokens.add(ident.lower())
    return not NAVIGATION_WORDS.isdisjoint(tokens)


SKIP_TEXT_TAGS = {"script", "style", "template", "noscript", "svg"}
# A shop's buy links name themselves in their class ("add-to-cart", Snipcart's
# "snipcart-add-item") even when no "btn" class styles them; a theme may name its buttons
# in its own language ("botones", "bouton", "knopf").
CTA_CLASS_WORDS = re.compile(
    r"(?:^|[\s_-])(btn|button|cta|call-to-action|add-to-cart|addtocart|buy-now|add-item"
    r"|boton|botones|botao|bouton|boutons|knopf|pulsante|knop)(?:$|[\s_-])",
    re.I,
)
# A link styled as a button with utility CSS (Tailwind and the like): a filled background
# or a border, with padding ("rounded-md bg-indigo-600 px-8 py-3"), no "btn" word needed.
UTILITY_FILL = re.compile(
    r"(?:^|\s)(?:bg-(?!transparent|none|opacity)[a-z]|border(?:$|\s|-[0-9]|-2))"
)
UTILITY_PAD = re.compile(r"(?:^|\s)(?:p[xy]?-(?:[1-9]|\[)|btn)")
# The same look written inline, as page builders and hand-made exports do
# (style="background:#69B31D;padding:12px 24px"): a fill that is not see-through, and padding.
INLINE_FILL = re.compile(
    r"(?:^|;)\s*background(?:-color)?\s*:\s*(?!transparent|none|inherit|initial|unset)[^;\s]",
    re.I,
)
INLINE_PAD = re.compile(r"(?:^|;)\s*padding(?:-(?:left|right|top|bottom))?\s*:[^;]*[1-9]", re.I)
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
# A field the markup itself hides (`hidden`, an inline `display: none`) is filled by the
# site, not the visitor: a prefilled "Someone requested info for <product>" is no question.
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
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
FLAT_DEPTH = 512
TOO_DEEP = "Excessive depth"  # libxml2's message when it stops at 2048 levels
VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param"}
    | {"source", "track", "wbr"}
)
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
FEED_CHUNK = 1 << 20  # bytes (or characters) given to the parser at a time
# What one page may add to the store; past a cap the rest is counted in the parse note.
MAX_LINKS = 10_000
MAX_CTAS = 2_000
MAX_CONTACTS = 1_000
MAX_FORMS = 500
MAX_FIELDS = 500  # per form
MAX_ID_TEXTS = 10_000  # texts of elements with an id, for aria-labelledby
MAX_JSONLD = 2_000_000  # characters of one JSON-LD script that are parsed
MAX_EMBED_SOURCES = 200
# A script URL written in an inline script: what a loader snippet adds to the page.
LOADED_SCRIPT = re.compile(r"""https://[a-z0-9.-]+\.[a-z]{2,}/[^\s'"`<>]*?\.js(?=[?'"`])""", re.I)
# A host a loader names on its own and joins to a path ('https://' + host + '/embedder.js':
# Bókun's booking widget): a quoted name of three or more labels ending in a country code
# or a common generic domain (not "this.options.value", not a file name).
LOADED_HOST = re.compile(
    r"""(?<=['"])(?:[a-z0-9-]+\.){2,}"""
    r"""(?:(?!(?:js|ts|py|md|rb|sh|gz|db)['"])[a-z]{2}|com|net|org|app|dev|info|cloud|site)"""
    r"""(?=['"])"""
)
MAX_LOADER_CODE = 20_000  # characters of an inline script searched for loaded scripts
MAX_LOADED_SCRIPTS = 5
# huge_tree: nesting to 2048 levels (not 256) and text nodes over 10 MB
PARSER_OPTIONS = {"huge_tree": True, "remove_comments": True, "remove_pis": True}


def _label_codec(label: str | None) -> str | None:
    """The Python codec of an encoding label (WHATWG names: latin1 means windows-1252)."""
    if not label:
        return None
    codec = resolve_encoding(label.strip())
    if codec in ("utf-16", "utf-32", "utf-32-le", "utf-32-be"):
        return "utf-16-le"  # the WHATWG label utf-16 is UTF-16LE; UTF-32 is not on the web
    return codec


def _first_invalid(body: bytes, codec: str, start: int = 0) -> int | None:
    """Where the first byte not valid in ``codec`` is, checked a chunk at a time (no
    20 MB copy), or None."""
    decoder = codecs.getincrementaldecoder(codec)()
    offset = start
    try:
        for offset in range(start, len(body), FEED_CHUNK):
            decoder.decode(body[offset : offset + FEED_CHUNK])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        return offset + exc.start
    return None


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
    return ("utf-8" if _first_invalid(body, "utf-8") is None else "cp1252"), 0


@dataclass
class _Source:
    """One document as the parser reads it: chunks, and whether they are UTF-8 bytes
    (valid UTF-8 goes to lxml as it came) or text decoded as a browser would, with
    U+FFFD for bytes the encoding does not have (then ``note`` says so)."""

    body: bytes | str
    codec: str = "utf-8"
    bom: int = 0
    raw_utf8: bool = False
    note: str | None = None

    @classmethod
    def of(cls, body: bytes | str, http_charset: str | None) -> _Source:
        if isinstance(body, str):
            return cls(body)
        codec, bom = sniff_encoding(body, http_charset)
        bad = _first_invalid(body, codec, bom)
        note = None
        if bad is not None:
            note = (
                f"malformed HTML: bytes not valid in {codec} (first at byte {bad}) read as U+FFFD"
            )
        return cls(body, codec, bom, codec == "utf-8" and bad is None, note)

    @property
    def blank(self) -> bool:
        return not self.body or self.body.isspace()

    def chunks(self) -> Iterator[bytes]:
        """The UTF-8 bytes, for a parser told they are UTF-8 (``raw_utf8`` only)."""
        for start in range(self.bom, len(self.body), FEED_CHUNK):
            yield cast(bytes, self.body[start : start + FEED_CHUNK])

    def text_chunks(self) -> Iterator[str]:
        """The document as text, decoded a chunk at a time."""
        if isinstance(self.body, str):
            for start in range(0, len(self.body), FEED_CHUNK):
                yield self.body[start : start + FEED_CHUNK]
            return
        decoder = codecs.getincrementaldecoder(self.codec)("replace")
        for start in range(self.bom, len(self.body), FEED_CHUNK):
            yield decoder.decode(self.body[start : start + FEED_CHUNK])
        yield decoder.decode(b"", final=True)

    def parser(self) -> Any:
        encoding = "utf-8" if self.raw_utf8 else None
        return etree.HTMLPullParser(events=("start", "end"), encoding=encoding, **PARSER_OPTIONS)

    def events(self, parser: Any) -> Iterator[tuple[str, Any]]:
        """The parser's start and end events, as it reads the document chunk by chunk."""
        chunks: Iterable[bytes | str] = self.chunks() if self.raw_utf8 else self.text_chunks()
        for chunk in chunks:
            parser.feed(chunk)
            yield from parser.read_events()
        parser.close()
        yield from parser.read_events()


class _FlatTreeBuilder(HTMLParser):
    """For documents nested deeper than libxml2 goes (2048 levels), where it stops
    reading and drops the rest: a tree whose elements past ``FLAT_DEPTH`` levels become
    children of the element at that level, as Blink does at 512. Every element is kept,
    only the nesting is flattened; the start and end events follow the written nesting,
    queued for the walker as the text is fed (``drain``)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = etree.Element("html")
        self.open: list[tuple[str, Any]] = []  # (tag as written, element), root excluded
        self.events: list[tuple[str, Any]] = []
        self.last = ("start", self.root)  # the last event drained
        self.begun = False

    def drain(self) -> list[tuple[str, Any]]:
        events, self.events = self.events, []
        if events:
            self.last = events[-1]
        return events

    def finish(self) -> None:
        self.close()
        self._begin()
        self.events += [("end", element) for _, element in reversed(self.open)]
        self.events.append(("end", self.root))
        self.open.clear()

    def _begin(self) -> None:
        if not self.begun:
            self.begun = True
            self.events.append(("start", self.root))

    def _parent(self) -> Any:
        return self.open[min(len(self.open), FLAT_DEPTH) - 1][1] if self.open else self.root

    def _element(self, tag: str, attrs: list[tuple[str, str | None]], void: bool) -> None:
        if tag == "html":  # the root: its attributes (lang) count, a second one adds none
            for name, value in attrs:
                if self.root.get(name) is None:
                    _set(self.root, name, value)
            self._begin()
            return
        self._begin()
        try:
            element = etree.SubElement(self._parent(), tag)
        except ValueError:  # not a name lxml accepts: keep its content, not its tag
            element = etree.SubElement(self._parent(), "span")
        for name, value in attrs:
            _set(element, name, value)
        self.events.append(("start", element))
        if void:
            self.events.append(("end", element))
        else:
            self.open.append((tag, element))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._element(tag, attrs, tag in VOID_TAGS)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._element(tag, attrs, True)

    def handle_endtag(self, tag: str) -> None:
        # Close up to the nearest open element of that name; a stray end tag is ignored.
        # The search is bounded so a million stray end tags stay linear.
        for index in range(len(self.open) - 1, max(-1, len(self.open) - 1 - FLAT_DEPTH), -1):
            if self.open[index][0] == tag:
                self.events += [("end", element) for _, element in reversed(self.open[index:])]
                del self.open[index:]
                return

    def handle_data(self, data: str) -> None:
        # Text belongs where the last event left off: inside an element just started, or
        # after one just ended, wherever flattening put it.
        self._begin()
        data = XML_INVALID.sub("", data)
        event, element = self.events[-1] if self.events else self.last
        if event == "start":
            element.text = (element.text or "") + data
        else:
            element.tail = (element.tail or "") + data


def _set(element: Any, name: str, value: str | None) -> None:
    with contextlib.suppress(ValueError):  # a name lxml does not accept is left out
        element.set(name, XML_INVALID.sub("", value or ""))


def _flat_events(chunks: Iterable[str]) -> Iterator[tuple[str, Any]]:
    """``_FlatTreeBuilder``'s events as it reads the document, chunk by chunk."""
    builder = _FlatTreeBuilder()
    for chunk in chunks:
        builder.feed(chunk)
        yield from builder.drain()
    builder.finish()
    yield from builder.drain()


def clean(text: str | None, limit: int = 500) -> str:
    """Collapse whitespace and cap length: page text is stored, not trusted."""
    if not text:
        return ""
    text = text.lstrip()[: limit * 8]  # whitespace collapses, so 8x is plenty
    return WHITESPACE.sub(" ", text).strip()[:limit]


class _Text:
    """The text of one open element, gathered as the parser reaches it: what a visitor
    reads (no script or style code), bounded to what ``clean`` keeps."""

    __slots__ = ("alt", "el", "full", "id", "parts", "seq", "size")

    def __init__(self, el: Any, element_id: str | None, seq: int) -> None:
        self.el = el
        self.id = element_id
        self.seq = seq  # the element's place in the document: rows are kept in that order
        self.parts: list[str] = []
        self.size = 0
        self.full = False
        self.alt: str | None = None  # the alt of the first image inside (a link's name)

    def add(self, text: str) -> None:
        if self.full:
            return
        self.parts.append(text)
        self.size += len(text)
        if self.size > TEXT_COMPACT_AT:
            self.parts = [WHITESPACE.sub(" ", " ".join(self.parts)).lstrip()]
            self.size = len(self.parts[0])
            self.full = self.size > TEXT_KEEP

    def text(self, limit: int = 500) -> str:
        return clean(" ".join(self.parts), limit)


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
    # each field's attributes, and the <label> around it (its text is known at its end)
    field_elements: list[tuple[dict[str, str | None], _Text | None]] = field(default_factory=list)
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
        "price_count": 0,
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
    source = _Source.of(body, http_charset)
    if source.blank:
        return _empty("empty document")
    try:
        walker, notes = _read(source, url, scope, measured)
    except Exception as exc:  # a page must never stop the crawl
        return _empty(f"extraction failed: {type(exc).__name__}: {exc}")
    if not walker.started:
        return _empty(notes[-1] if notes else "empty document")
    extraction = walker.finish()
    notes = [n for n in (source.note, *notes, *walker.notes) if n]
    extraction.page["parse_note"] = "; ".join(notes)[:300] or None
    return extraction


def _read(source: _Source, url: str, scope: Scope, measured: bool) -> tuple[_Walker, list[str]]:
    """Walk the document as lxml streams it; past 2048 levels, walk a flattened tree.
    Returns the walker and what lxml had to repair or could not read."""
    parser = source.parser()
    walker = _Walker(url, scope, measured)
    notes: list[str] = []
    try:
        walker.consume(source.events(parser))
    except etree.LxmlError as exc:
        notes.append(f"unparseable HTML: {exc}")
    errors = list(parser.feed_error_log)  # a feed parser's error_log stays empty
    if any(TOO_DEEP in error.message for error in errors):
        walker = _Walker(url, scope, measured)
        walker.consume(_flat_events(source.text_chunks()))
        note = f"nested over 2048 levels deep: read again, levels past {FLAT_DEPTH} flattened"
        return walker, [note]
    if errors:
        first = errors[0]
        notes.append(
            f"malformed HTML ({len(errors)} problems), read as far as possible; "
            f"first at line {first.line}: {first.message}"
        )
    return walker, notes


def _empty(note: str) -> PageExtraction:
    page = empty_page_fields()
    page["parse_note"] = note[:300]
    return PageExtraction(page, [], [], [], [])


TEXT_TAGS = frozenset({"title", "h1", "h2", "a", "area", "button", "label"})
FIELD_ATTRIBUTES = (
    "id",
    "name",
    "type",
    "required",
    "aria-required",
    "aria-label",
    "aria-labelledby",
    "placeholder",
    "autocomplete",
)


class _Walker:
    """One pass over the parser's events, tracking the page region of every element.

    Attribute handlers run when an element starts; text handlers (titles, headings,
    links, buttons, labels) when it ends, with the text gathered on the way. An
    element is removed from the tree once its tail is read, so the tree holds little
    more than the open elements.
    """

    def __init__(self, url: str, scope: Scope, measured: bool) -> None:
        self.measured = measured
        self.base = url
        self.base_set = False
        self.origin = origin_of(url)
        self.scope = scope
        self.page = empty_page_fields()
        # (place in the document, row): a link's row is made when it ends, so a link
        # inside another one would otherwise come first
        self.links: list[tuple[int, LinkRow]] = []
        self.ctas: list[tuple[int, CtaRow]] = []
        self.contacts: list[tuple[int, ContactRow]] = []
        self.forms: list[FormRow] = []
        self.seq = 0
        self.schema_types: set[str] = set()
        self.words = 0
        self.prices = 0  # currency amounts in the page's own text (crawler.prices)
        self.labels_for: dict[str, str] = {}
        self.id_texts: dict[str, str] = {}
        self.form: _FormState | None = None
        self.all_forms: list[_FormState] = []
        # Fields outside any <form> since the last button: a script sends them.
        self.loose: _FormState | None = None
        self.canonical_href: str | None = None
        self.embed_sources: list[str] = []
        self.over: Counter[str] = Counter()  # rows past a cap, by kind
        self.notes: list[str] = []
        self.started = False
        self.region_stack: list[tuple[Any, str]] = []
        self.region = "body"
        self.header_start: tuple[Any, int] | None = None  # the open <header>, links before it
        self.nav_start: tuple[Any, int] | None = None  # the open <nav> outside chrome, likewise
        self.hero: Any = None  # the content block the H1 opened as the intro (``_intro``)
        self.skip = 0  # depth inside script, style, template, noscript, svg
        self.texts: list[_Text] = []  # open elements whose text is wanted, innermost last
        self.labels: list[_Text] = []  # open <label>s
        self.pending: tuple[Any, bool] | None = None  # (element, tail?) whose text is next

    def consume(self, events: Iterable[tuple[str, Any]]) -> None:
        for event, el in events:
            self._flush()
            tag = el.tag
            if not isinstance(tag, str):
                continue
            if event == "start":
                self._start(el, tag)
            else:
                self._end(el, tag)
        self._flush()

    def finish(self) -> PageExtraction:
        if self.canonical_href is not None:
            self.page["canonical"] = resolve(self.base, self.canonical_href)
        for src in self.embed_sources:
            self._embed(src)
        for state in self.all_forms:
            self._finish_form(state)
        self.page["word_count"] = self.words
        self.page["price_count"] = self.prices
        self.page["schema_types"] = sorted(self.schema_types)
        caps = {"links": MAX_LINKS, "CTAs": MAX_CTAS, "contacts": MAX_CONTACTS}
        caps |= {"forms": MAX_FORMS, "form fields": MAX_FIELDS}
        for kind, extra in self.over.items():
            self.notes.append(f"{extra:,} more {kind} past the first {caps[kind]:,} not kept")
        links = _in_document_order(self.links)
        ctas = _in_document_order(self.ctas)
        for position, row in enumerate(links):
            row["position"] = position
        for position, cta in enumerate(ctas):
            cta["position"] = position
        contacts = _in_document_order(self.contacts)
        return PageExtraction(self.page, links, ctas, self.forms, contacts)

    # -- the event stream --------------------------------------------------------

    def _flush(self) -> None:
        """Read the text the last event left open (an element's text or tail is whole
        once the parser has moved on); a finished element then leaves the tree."""
        if self.pending is None:
            return
        el, tail = self.pending
        self.pending = None
        text = el.tail if tail else el.text
        if text and not self.skip:
            self.words += count_words(text)
            if self.region not in CHROME_REGIONS:
                self.prices += count_prices(text)
            for collector in self.texts:
                collector.add(text)
        if tail:
            parent = el.getparent()
            if parent is not None:
                parent.remove(el)

    def _start(self, el: Any, tag: str) -> None:
        self.pending = (el, False)
        self.seq += 1
        if not self.started:
            self.started = True
            self.page["lang"] = clean(el.get("lang"), 35) or None
        if tag in HERO_ENDS and self.hero is not None:
            self._end_hero()
        if tag in CONTENT_OPENERS and self._in_unclosed_menu():
            self.region_stack.pop()
            self.region = self.region_stack[-1][1] if self.region_stack else "body"
        new_region = REGION_TAGS.get(tag) or REGION_ROLES.get(el.get("role") or "")
        if tag == "aside" and _in_article_body(el):
            new_region = None
        if new_region and not (
            new_region in SITE_BANDS and self.region in SECTIONING and not _names_site_band(el)
        ):
            self.region_stack.append((el, new_region))
            self.region = new_region
            if new_region == "header":
                self.header_start = (el, len(self.links))
            elif new_region == "nav" and not any(
                region in CHROME_REGIONS for _, region in self.region_stack[:-1]
            ):
                self.nav_start = (el, len(self.links))
        elif self.region == "body" and (
            tag in ("article", "section") or (tag == "div" and el.get("id") in MAIN_IDS)
        ):
            self.region_stack.append((el, "main"))
            self.region = "main"
        elif tag in ("article", "section", "h1") and self._in_site_header():
            # the rest of this header is the page's content that a broken closing tag
            # left in it (the parser drops a stray ``</nav>`` and, with it, ``</header>``)
            self.region_stack[-1] = (self.region_stack[-1][0], "body")
            self.region = "body"
        elif tag in NAVIGATION_TAGS and self.region not in CHROME_REGIONS and _names_navigation(el):
            self.region_stack.append((el, "nav"))
            self.region = "nav"
        if tag == "img" and self.texts:
            alt = el.get("alt")
            for collector in self.texts if alt is not None else ():
                if collector.alt is None:
                    collector.alt = alt
        if tag in SKIP_TEXT_TAGS:
            self.skip += 1
            return
        if self.skip:
            return
        element_id = el.get("id")
        wants_id = bool(element_id) and element_id not in self.id_texts
        wants_id = wants_id and len(self.id_texts) < MAX_ID_TEXTS
        if tag in TEXT_TAGS or wants_id:
            collector = _Text(el, element_id if wants_id else None, self.seq)
            self.texts.append(collector)
            if tag == "label":
                self.labels.append(collector)
        handler = _START_HANDLERS.get(tag)
        if handler is not None:
            handler(self, el)
        itemtype = el.get("itemtype")
        if itemtype:
            for token in itemtype.split():
                self.schema_types.add(token.rstrip("/").rsplit("/", 1)[-1])
        typeof = el.get("typeof")
        if typeof:
            for token in typeof.split():
                self.schema_types.add(token.rsplit(":", 1)[-1].rsplit("/", 1)[-1])

    def _end(self, el: Any, tag: str) -> None:
        if tag in SKIP_TEXT_TAGS:
            if tag == "script" and self.skip == 1:
                self._script(el)
            self.skip -= 1
        elif not self.skip and self.texts and self.texts[-1].el is el:
            collector = self.texts.pop()
            if collector.id:
                self.id_texts.setdefault(collector.id, collector.text())
            handler = _END_HANDLERS.get(tag)
            if handler is not None:
                handler(self, el, collector)
            if self.labels and self.labels[-1] is collector:
                self.labels.pop()
        if tag == "form" and self.form is not None and self.form.record.get("_el") is el:
            self.form = None
        if self.region_stack and self.region_stack[-1][0] is el:
            self.region_stack.pop()
            self.region = self.region_stack[-1][1] if self.region_stack else "body"
        self.pending = (el, True)

    def _room(self, kind: str, rows: list[Any], cap: int) -> bool:
        """Whether one more row of ``kind`` may be kept; counts the ones past the cap."""
        if len(rows) < cap:
            return True
        self.over[kind] += 1
        return False

    # -- element handlers: attributes, when an element starts ------------------

    def _base(self, el: Any) -> None:
        href = el.get("href")
        if href is not None and not self.base_set:
            self.base_set = True
            self.base = resolve(self.base, href) or self.base
            self.origin = origin_of(self.base)

    def _meta(self, el: Any) -> None:
        name = (el.get("name") or el.get("property") or "").lower()
        content = el.get("content")
        if name == "description" and self.page["meta_description"] is None:
            self.page["meta_description"] = clean(content, 1000)
        elif name == "robots" and self.page["robots_meta"] is None:
            self.page["robots_meta"] = clean(content, 200).lower()

    def _link_tag(self, el: Any) -> None:
        rels = (el.get("rel") or "").lower().split()
        if "canonical" in rels and self.canonical_href is None:
            self.canonical_href = el.get("href") or ""  # resolved at the end, with <base>

    def _input(self, el: Any) -> None:
        kind = (el.get("type") or "text").lower()
        if kind in ("submit", "button", "image"):
            text = clean(el.get("value") or el.get("alt") or el.get("aria-label"), 300)
            if not text and kind == "submit":
                text = "Submit"
            if self._room("CTAs", self.ctas, MAX_CTAS):
                self._cta("input", el, text, None, None, self.seq)
            if self.form is not None and kind in SUBMIT_INPUTS:
                self.form.submit_texts.append(text)
            elif self.form is None:
                self._close_loose(text)
            return
        self._field(el)

    def _field(self, el: Any) -> None:
        if el.tag == "input" and (el.get("type") or "text").lower() in NON_FIELD_INPUTS:
            return
        if el.get("hidden") is not None or HIDDEN_STYLE.search(el.get("style") or ""):
            return
        state = self.form
        if state is None:
            if self.loose is None:
                self.loose = self._form_state(None, "script", None, None)
            state = self.loose
        if not self._room("form fields", state.field_elements, MAX_FIELDS):
            return
        attributes = {name: el.get(name) for name in FIELD_ATTRIBUTES}
        attributes["tag"] = el.tag
        state.field_elements.append((attributes, self.labels[-1] if self.labels else None))

    def _close_loose(self, submit_text: str) -> None:
        """A button after fields outside any ``<form>``: a script sends them (an app's
        "Request access" email box). Kept as a form of method ``script`` when a visitor
        leaves a way to be answered (an email, a phone, a message); a quantity box or a
        filter beside a button is no form."""
        state, self.loose = self.loose, None
        if state is None or not any(_reply_field(a) for a, _ in state.field_elements):
            return
        if not self._room("forms", self.all_forms, MAX_FORMS):
            return
        state.record["position"] = len(self.all_forms)
        state.submit_texts.append(submit_text)
        self.all_forms.append(state)

    def _form_state(
        self, action: str | None, method: str, element_id: str | None, classes: str | None
    ) -> _FormState:
        return _FormState(
            record={
                "_el": None,
                "position": len(self.all_forms),
                "action": action,
                "action_url": resolve(self.base, action) if action else self.base,
                "method": method,
                "region": self.region,
                "element_id": element_id,
                "classes": classes,
            }
        )

    def _form(self, el: Any) -> None:
        self.loose = None
        if not self._room("forms", self.all_forms, MAX_FORMS):
            return
        method = (el.get("method") or "get").lower()
        state = self._form_state(el.get("action"), method, el.get("id"), _classes(el))
        state.record["_el"] = el
        self.form = state
        self.all_forms.append(state)

    def _frame(self, el: Any) -> None:
        src = el.get("src") or el.get("data-src")
        if src and len(self.embed_sources) < MAX_EMBED_SOURCES:
            self.embed_sources.append(src)

    # -- element handlers: text, when an element ends ---------------------------

    def _title(self, el: Any, text: _Text) -> None:
        if self.page["title"] is None:
            self.page["title"] = text.text()

    def _heading(self, el: Any, text: _Text) -> None:
        found = self.page["h1"] if el.tag == "h1" else self.page["h2"]
        if len(found) < 20:
            value = text.text()
            if value:
                found.append(value)
        if el.tag == "h1" and not self.page["h1"][1:]:
            self._intro(el)

    def _in_site_header(self) -> bool:
        """Inside the page's top-level ``<header>`` after its menu (``MENU_LINKS`` links or
        more: a logo alone is no menu), where an article, a section or the page's H1 is
        page content, not the site's header."""
        return (
            self.region == "header"
            and len(self.region_stack) == 1
            and self.header_start is not None
            and len(self.links) - self.header_start[1] >= MENU_LINKS
        )

    def _in_unclosed_menu(self) -> bool:
        """Inside a ``<nav>`` outside the site's header and footer, after its menu
        (``MENU_LINKS`` links or more), where a header, a main or an H1 opens the page,
        not the menu."""
        return (
            self.region == "nav"
            and self.nav_start is not None
            and self.region_stack[-1][0] is self.nav_start[0]
            and len(self.links) - self.nav_start[1] >= MENU_LINKS
        )

    def _intro(self, h1: Any) -> None:
        """The page's first H1 opening a ``<header>`` (no link before it or inside it, so
        not a site logo) makes the rest of that header the page's intro (``INTRO``). One
        in the content makes the rest of its block (the outermost element holding it inside
        the content region: a hero ``<section>``) the intro, up to the next heading, part
        of the page or form (``HERO_ENDS``)."""
        start = self.header_start
        if (
            start is not None
            and self.region == "header"
            and self.region_stack[-1][0] is start[0]
            and len(self.links) == start[1]
        ):
            self.region_stack[-1] = (start[0], INTRO)
            self.region = INTRO
        elif self.region in ("main", "body"):
            region_el = self.region_stack[-1][0] if self.region_stack else None
            block, parent = h1, h1.getparent()
            while parent is not None and parent is not region_el and parent.tag != "body":
                block, parent = parent, parent.getparent()
            if parent is not None and block is not h1 and block.tag in HERO_BLOCKS:
                self.region_stack.append((block, INTRO))
                self.hero = block
                self.region = INTRO

    def _end_hero(self) -> None:
        """A heading or a new part of the page after the H1 ends the content's intro: the
        block holding the H1 may hold the page's whole text, not only its hero."""
        if self.hero is not None and self.region_stack and self.region_stack[-1][0] is self.hero:
            below = self.region_stack[-2][1] if len(self.region_stack) > 1 else "body"
            self.region_stack[-1] = (self.hero, below)
            self.region = below
        self.hero = None

    def _anchor(self, el: Any, collected: _Text) -> None:
        href = el.get("href")
        text = collected.text() or clean(
            el.get("aria-label") or el.get("title") or collected.alt or "", 300
        )
        role = (el.get("role") or "").lower()
        classes = el.get("class") or ""
        is_cta = bool(
            role == "button"
            or CTA_CLASS_WORDS.search(classes)
            or _utility_button(classes)
            or _styled_button(el.get("style"))
        ) and not _is_control(el, text)
        is_cta = is_cta and self._room("CTAs", self.ctas, MAX_CTAS)
        keep_link = href is not None and self._room("links", self.links, MAX_LINKS)
        target = None
        if href is not None and (keep_link or is_cta):
            target = resolve(self.base, href, self.origin)
        if keep_link and target is not None:
            rel = clean(el.get("rel"), 100).lower() or None
            self.links.append(
                (
                    collected.seq,
                    {
                        "target_url": target,
                        "anchor_text": text,
                        "rel": rel,
                        "nofollow": bool(rel and "nofollow" in rel.split()),
                        "region": self.region,
                        "internal": self.scope.is_internal(target),
                        "position": 0,  # set in document order by finish()
                    },
                )
            )
        if href:
            contact = classify_contact(href.strip())
            if contact is not None and self._room("contacts", self.contacts, MAX_CONTACTS):
                kind, network = contact
                self.contacts.append(
                    (
                        collected.seq,
                        {
                            "kind": kind,
                            "network": network,
                            "target": clean(href, 1000),
                            "text": text,
                            "region": self.region,
                        },
                    )
                )
        if is_cta:
            self._cta("link", el, text, href, target, collected.seq)

    def _button(self, el: Any, collected: _Text) -> None:
        text = collected.text() or clean(el.get("aria-label") or el.get("title"), 300)
        if (el.get("type") or "").lower() == "reset" or _is_control(el, text):
            return
        if self._room("CTAs", self.ctas, MAX_CTAS):
            self._cta("button", el, text, None, None, collected.seq)
        if self.form is not None and (el.get("type") or "submit").lower() == "submit":
            self.form.submit_texts.append(text)
        elif self.form is None:
            self._close_loose(text)

    def _label(self, el: Any, text: _Text) -> None:
        target = el.get("for")
        if target:
            self.labels_for[target] = text.text()

    def _script(self, el: Any) -> None:
        kind = (el.get("type") or "").lower()
        code = el.text or ""
        if kind == "application/ld+json":
            if len(code) > MAX_JSONLD:
                self.notes.append(f"a JSON-LD script over {MAX_JSONLD:,} characters not read")
                return
            try:
                data = json.loads(code)
            except ValueError:
                return
            self.schema_types.update(_jsonld_types(data))
            return
        src = el.get("src")
        if src and len(self.embed_sources) < MAX_EMBED_SOURCES:
            self.embed_sources.append(src)
        elif not src and code:
            # An inline loader writes its script tag itself (Shopify's Buy Button snippet
            # holds 'https://sdks.shopifycdn.com/.../buy-button-storefront.min.js').
            loaded = LOADED_SCRIPT.findall(code, 0, MAX_LOADER_CODE)[:MAX_LOADED_SCRIPTS]
            if not loaded:
                hosts = LOADED_HOST.findall(code, 0, MAX_LOADER_CODE)[:MAX_LOADED_SCRIPTS]
                loaded = [f"https://{host}/" for host in hosts]
            for source in loaded:
                if len(self.embed_sources) < MAX_EMBED_SOURCES:
                    self.embed_sources.append(source)
        provider = detect_chat_widget(src or code)
        if provider and not any(c["network"] == provider for _, c in self.contacts):
            chat: ContactRow = {
                "kind": "chat",
                "network": provider,
                "target": clean(src, 1000) or provider,
                "text": None,
                "region": "body",
            }
            self.contacts.append((self.seq, chat))

    # -- helpers ---------------------------------------------------------------

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

    def _cta(
        self, kind: str, el: Any, text: str, href: str | None, target: str | None, seq: int
    ) -> None:
        self.ctas.append(
            (
                seq,
                {
                    "kind": kind,
                    "text": text,
                    "href": clean(href, 2000) if href is not None else None,
                    "target_url": target,
                    "internal": self.scope.is_internal(target) if target else None,
                    "region": self.region,
                    "classes": _classes(el),
                    "element_id": el.get("id"),
                    "aria_label": clean(el.get("aria-label"), 300) or None,
                    "role": el.get("role"),
                    "position": 0,  # set in document order by finish()
                    "geometry": _geometry(el) if self.measured else None,
                    "disabled": _is_disabled(el),
                },
            )
        )

    def _finish_form(self, state: _FormState) -> None:
        fields = []
        for attributes, wrapping in state.field_elements:
            field_id = attributes["id"]
            tag = attributes["tag"]
            label = (
                (self.labels_for.get(field_id, "") if field_id else "")
                or (wrapping.text() if wrapping is not None else "")
                or clean(attributes["aria-label"], 300)
                or self._labelledby(attributes["aria-labelledby"])
            )
            fields.append(
                {
                    "name": attributes["name"],
                    "tag": tag,
                    "type": (attributes["type"] or "text").lower() if tag == "input" else tag,
                    "required": attributes["required"] is not None
                    or attributes["aria-required"] == "true",
                    "label": label or None,
                    "placeholder": clean(attributes["placeholder"], 200) or None,
                    "autocomplete": attributes["autocomplete"],
                }
            )
        record = cast(FormRow, {k: v for k, v in state.record.items() if k != "_el"})
        record["fields"] = fields
        record["submit_text"] = state.submit_texts[0] if state.submit_texts else None
        record["has_submit"] = bool(state.submit_texts)
        self.forms.append(record)

    def _labelledby(self, refs: str | None) -> str:
        texts = [self.id_texts.get(ref, "") for ref in (refs or "").split()]
        return clean(" ".join(texts), 300)


def _reply_field(attributes: Mapping[str, str | None]) -> bool:
    """A field through which a visitor can be answered: an email, a phone or a message."""
    kind = (attributes.get("type") or "text").lower()
    if attributes.get("tag") == "textarea" or kind in ("email", "tel"):
        return True
    words = " ".join(filter(None, (attributes.get(k) for k in REPLY_ATTRIBUTES))).lower()
    return "mail" in words


REPLY_ATTRIBUTES = ("name", "id", "placeholder", "autocomplete")


def _in_document_order(rows: list[tuple[int, Any]]) -> list[Any]:
    return [row for _, row in sorted(rows, key=lambda item: item[0])]


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


def _styled_button(style: str | None) -> bool:
    return bool(style and INLINE_FILL.search(style) and INLINE_PAD.search(style))


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


_START_HANDLERS = {
    "base": _Walker._base,
    "meta": _Walker._meta,
    "link": _Walker._link_tag,
    "input": _Walker._input,
    "select": _Walker._field,
    "textarea": _Walker._field,
    "form": _Walker._form,
    "iframe": _Walker._frame,
    "amp-iframe": _Walker._frame,  # an AMP page frames its widgets with <amp-iframe>
}
_END_HANDLERS = {
    "title": _Walker._title,
    "h1": _Walker._heading,
    "h2": _Walker._heading,
    "a": _Walker._anchor,
    "area": _Walker._anchor,
    "button": _Walker._button,
    "label": _Walker._label,
}
