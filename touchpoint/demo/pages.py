"""The demo site's files: HTML pages rendered from Jinja templates, and static files.

``site/`` is laid out as the site is served: ``site/shop/kenya-kiambu/index.html`` is the
page ``/shop/kenya-kiambu/``, ``site/robots.txt`` is ``/robots.txt``. Every ``.html`` file
in it is a Jinja template, rendered once into bytes; every other file is served as it is.
Files and folders whose name starts with ``_`` are building blocks, never served:
``_layout.html`` (the shared ``<head>``, header and footer), the layouts of the page
types (``_product.html``, ``_collection.html``, ``_post.html``) and ``_partials/``. Product
facts that several pages show (name, price, notes...) live in ``catalogue.yaml``.

Autoescaping is on: a value from the context or the catalogue is escaped. Text a page
writes in its own blocks is template source, written by us, and goes out as written.

Everything is read through :mod:`importlib.resources`, so it works from an installed
wheel as well as from a source checkout.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import jinja2
import yaml
from markupsafe import Markup

__all__ = ["environment", "load_catalogue", "site_files", "site_root"]


def site_root() -> Traversable:
    """The packaged site folder: page templates and static files (wheel, zip or checkout)."""
    return resources.files("touchpoint.demo").joinpath("site")


def load_catalogue() -> dict[str, Any]:
    """``catalogue.yaml``: the collections and products several pages show."""
    text = resources.files("touchpoint.demo").joinpath("catalogue.yaml").read_text("utf-8")
    catalogue: dict[str, Any] = yaml.safe_load(text)
    return catalogue


def _load_template(name: str) -> str | None:
    """Jinja loader over :func:`site_root`; ``None`` (not found) for odd names."""
    parts = name.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return None
    node = site_root()
    for part in parts:
        node = node.joinpath(part)
    return node.read_text("utf-8") if node.is_file() else None


def _jsonld(value: object) -> Markup:
    """A JSON string for structured data (``"name": {{ product.name|jsonld }}``).

    Block output (HTML, e.g. ``self.summary()``) is turned into plain text first. Non-ASCII
    stays as is; ``<``, ``>`` and ``&`` are escaped so no value can close the ``<script>``.
    """
    text = value.striptags() if isinstance(value, Markup) else str(value)
    encoded = json.dumps(text, ensure_ascii=False)
    return Markup(encoded.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def environment() -> jinja2.Environment:
    """The Jinja environment the pages are rendered with."""
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(_load_template),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        # A block tag alone on its line leaves no blank line behind, and a page ends with
        # the newline its layout ends with: the HTML comes out exactly as written.
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["jsonld"] = _jsonld
    env.globals["catalogue"] = load_catalogue()
    return env


def _served(node: Traversable, prefix: str) -> Iterator[tuple[str, Traversable]]:
    """The files of ``site/`` that are served (rendered or not), by relative path."""
    for child in sorted(node.iterdir(), key=lambda c: c.name):
        if child.name.startswith("_"):
            continue
        rel = prefix + child.name
        if child.is_dir():
            yield from _served(child, rel + "/")
        else:
            yield rel, child


def url_path(rel: str) -> str:
    """The URL path of a file in ``site/``: ``shop/index.html`` -> ``/shop/``."""
    if rel == "index.html" or rel.endswith("/index.html"):
        return "/" + rel.removesuffix("index.html")
    return "/" + rel


def site_files() -> dict[str, bytes]:
    """The site as a static host would hold it, by path: pages rendered, other files as is."""
    env = environment()
    return {
        rel: (
            env.get_template(rel).render(path=url_path(rel)).encode("utf-8")
            if rel.endswith(".html")
            else node.read_bytes()
        )
        for rel, node in _served(site_root(), "")
    }
