"""Site chrome by repetition: which links, CTAs, forms and embeds the site's template repeats.

Real templates put header strips, sidebars, sitewide forms and buttons outside
``<header>``/``<nav>``/``<footer>``, so tags alone cannot say what is chrome. An
element (same text and target, the same form, the same embed) carried by at least
``min_share`` of the crawl's pages, and by at least ``min_pages`` pages, is template:
it is judged once for the site and never decides a page's own stage, action or next
step.

Counting streams the page records once and keeps one integer per distinct element
key (a hash, not the text). Keys seen on a single page are dropped whenever the table
outgrows ``MAX_KEYS``: an element on a large share of pages is seen again long before
it could be dropped twice, so memory stays bounded on any crawl size.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from core.urls import is_placeholder_href, is_up_link
from core.vocab import INTRO
from rules.vocab import fold

MAX_KEYS = 1_000_000
KINDS = ("links", "ctas", "forms", "embeds")


# Regions that are chrome by their tag. A link there and the same words and target in a
# page's text are two elements: "see our FAQ" in a post is not the footer's "FAQ" link.
# A sidebar is a third place: its "Book a call" box on most pages is not the same element
# as a post's own "Book a call" in its text (mechanic-marketing).
CHROME_REGIONS = frozenset({"header", "nav", "footer"})


# Where an element sits, as its key tells it: 0 the page's text, 1 a sidebar, 2 chrome.
PLACES: dict[Any, int] = {region: 2 for region in CHROME_REGIONS} | {"aside": 1}


def link_key(link: Mapping[str, Any]) -> int:
    # Called for every link in every pass (millions): fold's ASCII case inline.
    text = link.get("anchor_text") or ""
    folded = text.lower()
    if not folded.isascii():
        folded = fold(text)
    return hash(("l", folded[:100], link.get("target_url"), PLACES.get(link.get("region"), 0)))


def cta_key(cta: Mapping[str, Any]) -> int:
    text = cta.get("text") or cta.get("aria_label") or ""
    target = cta.get("href") or cta.get("target_url") or ""
    place = 2 if is_placeholder_href(target) else PLACES.get(cta.get("region"), 0)
    # A wordless button (an icon) is known by its look: a product's cart icon is not the
    # header's, nor a carousel's arrow.
    look = "" if text else f"{cta.get('classes') or ''}#{cta.get('element_id') or ''}"
    return hash(("c", fold(text)[:100], target, place, look))


# A form as the home-page check compares it: its action, its button and its field names.
FormShape = tuple[str, str, frozenset[str]]
MAX_FORM_SHAPES = 10_000


def _field_names(form: Mapping[str, Any]) -> list[str]:
    return [str(f.get("name") or f.get("type") or "") for f in form.get("fields") or ()]


def form_shape(form: Mapping[str, Any]) -> FormShape:
    return (form.get("action") or "", form.get("submit_text") or "", frozenset(_field_names(form)))


def forms_alike(shapes: Mapping[int, FormShape], carried: Iterable[FormShape]) -> set[int]:
    """Keys of the ``shapes`` that are one of the ``carried`` forms with a field more or
    less: the home page's version of a sitewide contact form that also asks for the
    company (centre-dental-baste-dentist-sant-boi-es). By lookups, not by comparing every
    pair: a large site has thousands of distinct forms."""
    exact: set[FormShape] = set()
    fewer: set[FormShape] = set()  # each carried form less one of its fields
    for action, submit, fields in carried:
        exact.add((action, submit, fields))
        fewer.update((action, submit, fields - {name}) for name in fields)
    alike: set[int] = set()
    for key, (action, submit, fields) in shapes.items():
        shape = (action, submit, fields)
        if (
            shape in exact
            or shape in fewer
            or any((action, submit, fields - {name}) in exact for name in fields)
        ):
            alike.add(key)
    return alike


def form_key(form: Mapping[str, Any]) -> int:
    names = tuple(sorted(_field_names(form)))
    return hash(("f", form.get("action") or "", form.get("submit_text") or "", names))


def contact_key(contact: Mapping[str, Any]) -> int:
    return hash(("k", contact.get("target") or ""))


def embed_key(embed: str) -> int:
    return hash(("e", embed))


def heading_key(heading: str) -> int:
    return hash(("h", fold(heading)[:100]))


# The headings a sitewide block brings (a newsletter band's "Subscribe to our newsletter"
# H2 on every page): like a target-less button, template only when the home page has it.
HEADINGS = ("h1", "h2")


# The elements a page's intro header makes its own even when repeated (``Template.mark``).
OWN_IN_INTRO = frozenset({"ctas", "forms"})
# The elements whose extra copies in a page's text are the page's own (``Template.mark``).
DOUBLING = frozenset({"links", "ctas"})

# The elements ``Template.mark`` flags, each with its key.
ELEMENT_KEYS: tuple[tuple[str, Callable[[Mapping[str, Any]], int]], ...] = (
    ("links", link_key),
    ("ctas", cta_key),
    ("forms", form_key),
    ("contacts", contact_key),
)


# A run of this many links in a row, each with its own words, that a section repeats is
# that section's menu (a hostel's English pages, each with the English menu the German
# home page does not carry): its "Contact-booking request" is the menu's, not each page's
# own ask. A grid of cards ("View details" four times) is no menu.
MENU_RUN = 5


def _menu_runs(
    links: Sequence[Mapping[str, Any]],
    keys: Sequence[int],
    section_keys: frozenset[int],
    reach: Mapping[int, int],
) -> set[int]:
    """The indexes of links inside a menu: a run of ``MENU_RUN`` or more links with
    distinct words that the section or the whole site repeats."""
    inside: set[int] = set()
    start = 0
    for index in range(len(keys) + 1):
        if index < len(keys) and (keys[index] in section_keys or keys[index] in reach):
            continue
        run = range(start, index)
        if len(run) >= MENU_RUN and len({links[i].get("anchor_text") for i in run}) == len(run):
            inside.update(run)
        start = index + 1
    return inside


def section_of(url: str | None) -> str | None:
    """The first folder of a page inside one (``/articles`` for ``/articles/x/``)."""
    if not url:
        return None
    path = urlsplit(url).path.strip("/").split("/")
    return path[0] if len(path) > 1 and path[0] else None


def index_of(url: str | None) -> str | None:
    """The folder a page is the index of (``rooms`` for ``/rooms/``), if it is one."""
    if not url:
        return None
    path = urlsplit(url).path
    if path.endswith("/index.html"):
        path = path[: -len("index.html")]
    parts = path.strip("/").split("/")
    return parts[0] if len(parts) == 1 and parts[0] and path.endswith("/") else None


def page_keys(
    page: Mapping[str, Any], sells: Callable[[Mapping[str, Any]], bool] | None = None
) -> tuple[set[int], set[int], Counter[int], set[int]]:
    """Every element key of one page record, each once: (keys, targetless keys, how many
    times the page's text holds each target-less button that ``sells``, and the keys of
    links and buttons its text holds more than once: ``doubled``).

    Target-less keys (a button, a ``#`` link, a form, an embed) look the same on every
    page of one kind (the "Add to cart" of every product), so they count as template only
    when the home page carries them too: a sitewide strip does, a product's button not.
    """
    links = page.get("links") or ()
    link_keys = [link_key(x) for x in links]
    keys = set(link_keys)
    doubled = set(repeated_in_text(links, link_keys)) if len(keys) < len(link_keys) else set()
    keys.update(contact_key(x) for x in page.get("contacts") or ())
    targetless: set[int] = set()
    in_text: Counter[int] = Counter()
    ctas = page.get("ctas") or ()
    cta_keys = [cta_key(x) for x in ctas]
    if len(set(cta_keys)) < len(cta_keys):
        doubled.update(repeated_in_text(ctas, cta_keys))
    for cta, key in zip(ctas, cta_keys, strict=True):
        if not is_placeholder_href(cta.get("href")):
            keys.add(key)
            continue
        targetless.add(key)
        if sells is not None and cta.get("region") not in PLACES and sells(cta):
            in_text[key] += 1
    targetless.update(form_key(x) for x in page.get("forms") or ())
    targetless.update(embed_key(x) for x in page.get("embeds") or ())
    for level in HEADINGS:
        targetless.update(heading_key(h) for h in page.get(level) or ())
    return keys, targetless, in_text, doubled


def repeated_in_text(elements: Sequence[Mapping[str, Any]], keys: Sequence[int]) -> dict[int, int]:
    """The keys of the elements a page's text holds more than once, with how many times (a
    hero's "Start free trial" and the same button in the sitewide closing band below it)."""
    seen: Counter[int] = Counter(
        key
        for element, key in zip(elements, keys, strict=True)
        if element.get("region") not in PLACES
    )
    return {key: times for key, times in seen.items() if times > 1}


def is_document(page: Mapping[str, Any]) -> bool:
    """A page the site served as itself (2xx, HTML when the type is known): one that could
    have carried its template. A feed or a sitemap could not."""
    status = page.get("status")
    kind = page.get("content_type")
    html = not kind or "html" in kind.lower()
    return html and (not isinstance(status, int) or 200 <= status < 300)


@dataclass
class TemplateCounter:
    """Counts on how many pages each element appears; ``result()`` gives the template."""

    min_share: float = 0.5
    min_pages: int = 3
    home: str | None = None  # the start URL: target-less elements must be on it too
    pages: int = 0
    counts: dict[int, int] = field(default_factory=dict)
    targetless: set[int] = field(default_factory=set)
    on_home: set[int] | None = None
    # A section's own template: links and buttons most pages of one folder repeat (a
    # blog's sidebar), except those that ask for more than reading on (``asks``): each
    # room's "Book now" to the one booking page is the room's own ask, however many
    # rooms repeat it; a post sidebar's "Learn more" is the sidebar's.
    asks: Callable[[Mapping[str, Any]], bool] | None = None
    section_share: float = 0.8
    sections: dict[str, int] = field(default_factory=dict)
    section_counts: dict[str, Counter[int]] = field(default_factory=dict)
    # A theme's schema.org type: on most pages and on a section's index page too (a blog's
    # index is no BlogPosting; a theme stamping BlogPosting on /rooms/ and every room is).
    schema_pages: Counter[str] = field(default_factory=Counter)
    index_schema: dict[str, set[str]] = field(default_factory=dict)
    # Each distinct form's shape, so that a sitewide form the home page shows with a field
    # more or less counts as on the home page (``forms_alike``).
    form_shapes: dict[int, FormShape] = field(default_factory=dict)
    # Target-less buy buttons (``sells``) in a page's text, by whether a page held one or
    # several of them: one on each product page and several on a product grid is each
    # card's "Add to cart", never the layout's (a sitewide "Get started" popup button is).
    sells: Callable[[Mapping[str, Any]], bool] | None = None
    alone: set[int] = field(default_factory=set)
    repeated: set[int] = field(default_factory=set)
    # On how many pages the text holds an element twice: a layout that carries it twice on
    # a quarter of its pages or more (a docs section's sidebar drawn for desktop and phone)
    # versus a few pages adding their own copy to the template's (a product's hero badge).
    doubled: dict[int, int] = field(default_factory=dict)
    # Pages off the journey (legal, login, error: ``off_journey`` of their URL). A
    # target-less element one of them carries is the layout's, as one on the home page is:
    # a travel agency's contact form under every page but its home, privacy policy included.
    off_journey: Callable[[str | None], bool] | None = None
    on_off_journey: set[int] = field(default_factory=set)

    def add(self, page: Mapping[str, Any]) -> None:
        keys, targetless, in_text, doubled = page_keys(page, self.sells)
        if not (keys or targetless) and not is_document(page):
            return  # a redirect, a bare error response or a feed has no template to miss
        self.pages += 1
        counts = self.counts
        if self.home is not None and self.home in (page.get("url"), page.get("final_url")):
            self.on_home = keys | targetless
        if targetless and self.off_journey is not None and self.off_journey(page.get("url")):
            self.on_off_journey |= targetless
        self.targetless |= targetless
        for key, times in in_text.items():
            (self.alone if times == 1 else self.repeated).add(key)
        shapes = self.form_shapes
        for form in page.get("forms") or ():
            key = form_key(form)
            if key not in shapes and len(shapes) < MAX_FORM_SHAPES:
                shapes[key] = form_shape(form)  # once per distinct form, not once a page
        for key in keys | targetless:
            counts[key] = counts.get(key, 0) + 1
        for key in doubled:
            self.doubled[key] = self.doubled.get(key, 0) + 1
        if len(counts) > MAX_KEYS:
            self.counts = {k: n for k, n in counts.items() if n > 1}
        types = page.get("schema_types")
        if types:
            self.schema_pages.update(set(types))
            index = index_of(page.get("url"))
            if index is not None:
                self.index_schema.setdefault(index, set()).update(types)
        section = section_of(page.get("url"))
        if section is not None:
            self.sections[section] = self.sections.get(section, 0) + 1
            by_section = self.section_counts.setdefault(section, Counter())
            by_section.update(keys)
            if len(by_section) > MAX_KEYS:
                repeated = {k: n for k, n in by_section.items() if n > 1}
                self.section_counts[section] = Counter(repeated)

    def add_all(self, pages: Iterable[Mapping[str, Any]]) -> Template:
        for page in pages:
            self.add(page)
        return self.result()

    def result(self) -> Template:
        floor = self._floor()
        home = self._home_keys()
        items = self.alone & self.repeated
        reach = {
            k: n
            for k, n in self.counts.items()
            if n >= floor
            and k not in items
            and (home is None or k not in self.targetless or k in home)
        }
        in_section = {}
        sectional: set[int] = set()
        for section, counted in self.section_counts.items():
            if home is not None:
                sectional.update(k for k, n in reach.items() if k not in home and counted[k] == n)
            pages = self.sections[section]
            in_most = max(self.min_pages, math.ceil(self.section_share * pages))
            repeated = frozenset(k for k, n in counted.items() if n >= in_most and k not in reach)
            if repeated:
                in_section[section] = repeated
        # Target-less keys on most pages but not on the home page: a widget's loader the
        # theme puts on every inner page is no page's own widget (``Template.mark``).
        common = frozenset(
            k for k in self.targetless if self.counts.get(k, 0) >= floor and k not in reach
        )
        twice = frozenset(k for k, n in reach.items() if 4 * self.doubled.get(k, 0) >= n)
        return Template(
            reach, in_section, self.asks, self._schema_stamp(), frozenset(sectional), common, twice
        )

    def _home_keys(self) -> set[int] | None:
        """The home page's keys (with the target-less ones of pages off the journey), and
        those of forms the same as one of its forms."""
        if self.on_home is None:
            return None
        carried = self.on_home | self.on_off_journey
        shapes = self.form_shapes
        carried_forms = [shapes[k] for k in carried if k in shapes]
        if not carried_forms:
            return carried
        return carried | forms_alike(shapes, carried_forms)

    def _floor(self) -> int:
        """On how many pages an element must be to be the site's template: a share of the
        pages that carry the template (those with its most widespread element, when that is
        most pages: a blog's stub tag pages, with one link each, do not dilute it)."""
        carrying = max(self.counts.values(), default=0)
        pages = carrying if 2 * carrying >= self.pages else self.pages
        return max(self.min_pages, math.ceil(self.min_share * pages))

    def _schema_stamp(self) -> frozenset[str]:
        floor = self._floor()
        on_indexes = {
            t
            for section, types in self.index_schema.items()
            if self.sections.get(section, 0) >= 2
            for t in types
        }
        return frozenset(t for t in on_indexes if self.schema_pages[t] >= floor)


@dataclass(frozen=True)
class Template:
    """The element keys the site's template repeats, each with how many pages carry it."""

    reach: Mapping[int, int] = field(default_factory=dict)
    # Per section, the element keys most of its pages repeat (a blog's post sidebar)
    section_keys: Mapping[str, frozenset[int]] = field(default_factory=dict)
    asks: Callable[[Mapping[str, Any]], bool] | None = None
    # schema.org types the theme stamps on most pages, section indexes included
    schema_stamp: frozenset[str] = frozenset()
    # Repeated keys whose pages all lie in one section, the home page not among them: on a
    # small site the five rooms' own "Book now" are half its pages, yet each room's ask.
    sectional: frozenset[int] = frozenset()
    # Target-less keys most pages carry though the home page does not: a loader the theme
    # puts on every inner page, no page's own widget (``own_embeds`` in ``mark``).
    inner_common: frozenset[int] = frozenset()
    # Template keys a quarter of their pages hold twice in their text: the layout's pair.
    # Of any other template element a page's text holds twice, the earlier ones are the
    # page's (the hero's App Store badge above the sitewide closing band's).
    twice: frozenset[int] = frozenset()

    def _asks_on(self, url: str | None, element: Mapping[str, Any]) -> bool:
        """Whether an element asks for more than reading on, on the page at ``url``: a link
        back up the page's own path ("All our rooms" on a room) is the layout's way back,
        whatever its target's URL rule asks."""
        if self.asks is None or not self.asks(element):
            return False
        return not is_up_link(url, element.get("target_url") or "")

    def _own_copies(self, elements: Sequence[Mapping[str, Any]], keys: list[int]) -> dict[int, int]:
        """How many of each template element the page's text holds beyond the template's
        one copy, the last in the page: those first copies are the page's own."""
        if len(set(keys)) == len(keys):
            return {}
        reach, twice = self.reach, self.twice
        repeats = repeated_in_text(elements, keys).items()
        return {key: times - 1 for key, times in repeats if key in reach and key not in twice}

    def mark(self, page: dict[str, Any]) -> dict[str, Any]:
        """Flag each link, CTA, form and contact point of a page with ``template`` (in place).

        A button or form after the page's own H1 in its intro header is the page's, however
        many pages repeat it: every feature page of a SaaS opens with its own "Start free".
        A plain link there (the logo) stays chrome."""
        keys = self.reach
        url = page.get("url")
        section = section_of(url) if self.section_keys else None
        own_section = self.section_keys.get(section, frozenset()) if section else frozenset()
        sectional = self.sectional
        for kind, key_of in ELEMENT_KEYS:
            own_in_intro = kind in OWN_IN_INTRO
            elements = page.get(kind) or ()
            keys_of = [key_of(element) for element in elements]
            own_copies = self._own_copies(elements, keys_of) if kind in DOUBLING else {}
            in_menu = (
                _menu_runs(elements, keys_of, own_section, keys)
                if kind == "links" and (own_section or sectional)
                else ()
            )
            for index, (element, key) in enumerate(zip(elements, keys_of, strict=True)):
                if own_copies.get(key, 0) > 0:
                    own_copies[key] -= 1
                    element["template"] = False
                    continue
                if key in keys and key not in sectional:
                    chrome = True
                else:
                    chrome = (key in own_section or key in keys) and (
                        index in in_menu or not self._asks_on(url, element)
                    )
                element["template"] = chrome and not (
                    own_in_intro and element.get("region") == INTRO
                )
        embeds = [(e, embed_key(e)) for e in page.get("embeds") or ()]
        page["template_embeds"] = [e for e, key in embeds if key in keys]
        # The widgets the page draws itself: neither template nor on most inner pages.
        common = self.inner_common
        page["own_embeds"] = [e for e, key in embeds if key not in keys and key not in common]
        stamp = self.schema_stamp
        page["template_schema"] = [t for t in page.get("schema_types") or () if t in stamp]
        for level in HEADINGS:  # a sitewide block's heading names no section of the page
            headings = page.get(level)
            if headings:
                page[level] = [h for h in headings if heading_key(h) not in keys]
        return page
