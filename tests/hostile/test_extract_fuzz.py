"""The extractor fuzzed (issue 15): random bytes, random nesting of random tags and random
encodings of a page with known links. It never raises, and it never loses a link that
an HTML parser sees.

The reference parser is BeautifulSoup with Python's ``html.parser`` (html5lib is not a
dependency). The generated markup keeps to tags where the two agree on which elements
exist (no script, template, select, table-only or foreign content), but not on the
tree's shape: tags are left unclosed, end tags stray, links nest in links and
documents nest 3000 deep, past libxml2's 2048 levels. Links are compared as the sets
of their resolved targets.
"""

from __future__ import annotations

import codecs

from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from w3lib.encoding import resolve_encoding

from core.urls import Scope, origin_of, resolve
from crawler.extract import clean, extract_html

BASE = "https://fuzz.example/shop/page"
SCOPE = Scope.for_start_url(BASE)
FUZZ = settings(
    max_examples=100,
    deadline=None,
    database=None,  # nothing written into the repository
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TAGS = [
    *("div", "span", "p", "section", "article", "nav", "header", "footer", "main", "aside"),
    *("ul", "ol", "li", "b", "i", "em", "strong", "small", "blockquote", "font", "center"),
    *("h1", "h2", "h3", "label", "button", "form", "dl", "dt", "dd"),
]
WORDS = st.text(alphabet="abcxyz ÉéñßжЖ中文😀'\"-", min_size=0, max_size=12)
HREFS = st.one_of(
    st.sampled_from(["/", "/a", "../up", "x?b=2&a=1", "#top", "//fuzz.example/abs", "?q=1"]),
    st.from_regex(r"/[a-z0-9]{1,8}(/[a-z0-9-]{1,8}){0,2}", fullmatch=True),
    st.from_regex(r"https://(fuzz|other)\.example/[a-z]{0,6}", fullmatch=True),
    st.sampled_from(["mailto:x@fuzz.example", "tel:+123", "javascript:void(0)", ""]),
)


def reference_links(html: str) -> set[str]:
    """The resolved targets of every ``<a href>`` and ``<area href>`` html.parser sees."""
    soup = BeautifulSoup(html, "html.parser")
    found = (
        resolve(BASE, tag["href"], origin_of(BASE))
        for tag in soup.find_all(["a", "area"], href=True)
    )
    return {target for target in found if target}


def extracted_links(body: bytes | str, charset: str | None = None) -> set[str]:
    return {link["target_url"] for link in extract_html(body, BASE, SCOPE, charset).links}


def link(href: str, text: str) -> str:
    return f'<a href="{href}">{text}</a>'


def element(parts: tuple[str, list[str], bool]) -> str:
    tag, children, closed = parts
    return f"<{tag}>" + "".join(children) + (f"</{tag}>" if closed else "")


LEAVES = st.one_of(WORDS, st.builds(link, HREFS, WORDS), st.sampled_from(TAGS).map("</{}>".format))
TREES = st.recursive(
    LEAVES,
    lambda children: st.tuples(
        st.sampled_from([*TAGS, "a"]), st.lists(children, max_size=4), st.booleans()
    ).map(element),
    max_leaves=25,
)


@FUZZ
@given(body=st.binary(max_size=3000), charset=st.sampled_from([None, "utf-8", "x-junk", "utf-16"]))
def test_random_bytes_never_raise(body: bytes, charset: str | None) -> None:
    result = extract_html(body, BASE, SCOPE, charset)
    assert set(result.as_record()) == {"page", "links", "ctas", "forms", "contacts"}
    assert all(link["target_url"] for link in result.links)


@FUZZ
@given(st.lists(st.sampled_from(["<a href=", "<div>", "</div>", "<script>", "<!--", "-->",
                                 "<base href='/b/'>", "'", '"', ">", "<", "&amp;", "&#0;",
                                 "\x00", "<svg>", "<title>", "<form>", "<input>", "x"]),
                max_size=60))  # fmt: skip
def test_random_markup_fragments_never_raise(fragments: list[str]) -> None:
    result = extract_html("".join(fragments), BASE, SCOPE)
    assert isinstance(result.page["word_count"], int)


@FUZZ
@given(trees=st.lists(TREES, min_size=1, max_size=6))
def test_random_nesting_of_random_tags_keeps_every_link(trees: list[str]) -> None:
    html = "<html><body>" + "".join(trees) + "</body></html>"
    assert extracted_links(html.encode()) == reference_links(html)


@settings(FUZZ, max_examples=25)
@given(
    depth=st.integers(min_value=200, max_value=3000),
    tag=st.sampled_from(["div", "span", "section", "b", "li"]),
    at=st.lists(st.integers(min_value=0, max_value=3000), min_size=1, max_size=5),
    closed=st.booleans(),
)
def test_deep_nesting_keeps_every_link(depth: int, tag: str, at: list[int], closed: bool) -> None:
    parts = []
    for level in range(depth):
        parts.append(f"<{tag}>")
        parts += [link(f"/d{level}-{i}", "deep") for i, a in enumerate(at) if a == level]
    parts += [f"</{tag}>" * depth if closed else "", link("/after", "after")]
    html = "<html><body>" + "".join(parts) + "</body></html>"
    expected = reference_links(html)
    assert extracted_links(html.encode()) == expected
    assert resolve(BASE, "/after") in expected


# Characters to draw page text from; each encoding gets those it can write.
CHARACTERS = "abcdefxyz ABC0129-.éèàçüößñ’€жЖыПривет中文日本語한국어ČšžŁ"
ENCODINGS = [
    "utf-8", "utf-16-le", "utf-16-be", "cp1252", "iso-8859-2", "koi8-r", "windows-1251",
    "shift_jis", "euc-kr", "gb18030", "big5",
]  # fmt: skip
BOMS = {
    "utf-8": codecs.BOM_UTF8,
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
}


def writable(encoding: str) -> str:
    """The characters a page in ``encoding`` can hold, as the web reads that label back
    (w3lib's WHATWG table: big5 is read as Big5-HKSCS, which moves a few)."""
    web = resolve_encoding(encoding) or encoding
    return "".join(c for c in CHARACTERS if _round_trips(c, encoding, web))


def _round_trips(char: str, encoding: str, web: str) -> bool:
    try:
        return char.encode(encoding).decode(web) == char
    except UnicodeError:
        return False


@st.composite
def encoded_pages(draw: st.DrawFn) -> tuple[bytes, str | None, str, list[str]]:
    """(body, HTTP charset, title, link paths): one page in a random encoding, declared
    the way a server might (BOM, header, meta) or not at all where the default applies."""
    encoding = draw(st.sampled_from(ENCODINGS))
    ways = ["bom"] if encoding.startswith("utf-16") else ["header", "meta"]
    ways += ["bom"] if encoding == "utf-8" else []
    ways += ["none"] if encoding in ("utf-8", "cp1252") else []
    way = draw(st.sampled_from(ways))
    text = st.text(alphabet=writable(encoding), min_size=1, max_size=20)
    # Undeclared windows-1252 text could happen to be valid UTF-8 ("Ã©"), which is then
    # read as UTF-8 (by design); "é " never is.
    title = ("Café " if way == "none" and encoding == "cp1252" else "") + draw(text)
    paths = draw(st.lists(st.from_regex(r"/[a-z]{1,6}", fullmatch=True), min_size=1, max_size=5))
    texts = [draw(text) for _ in paths]
    meta = f'<meta charset="{encoding}">' if way == "meta" else ""
    anchors = "".join(link(p, t) for p, t in zip(paths, texts, strict=True))
    html = f"<html><head>{meta}<title>{title}</title></head><body>{anchors}</body></html>"
    body = (BOMS[encoding] if way == "bom" else b"") + html.encode(encoding)
    return body, encoding if way == "header" else None, title, [*zip(paths, texts, strict=True)]


@FUZZ
@given(page=encoded_pages())
def test_random_encodings_keep_title_and_links(
    page: tuple[bytes, str | None, str, list[tuple[str, str]]],
) -> None:
    body, charset, title, links = page
    result = extract_html(body, BASE, SCOPE, charset)
    assert result.page["title"] == clean(title)
    expected = {(resolve(BASE, path), clean(text)) for path, text in links}
    assert {(link["target_url"], link["anchor_text"]) for link in result.links} == expected
    assert result.page["parse_note"] is None
