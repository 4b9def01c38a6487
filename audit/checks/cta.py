"""What counts as a CTA that asks for something: shared by the TP2xx and TP5xx checks.

One place decides whether a CTA is a placeholder, so that a rendered crawl (CTA
``geometry`` filled in) can confirm or clear script-only buttons here, once.
"""

from __future__ import annotations

from core.records import Cta
from core.urls import is_placeholder_href
from core.vocab import CONTENT_REGIONS

NO_ACTION = frozenset({"none", "browse", "read"})


def is_placeholder(cta: Cta) -> bool:
    """A link CTA that goes nowhere: no href, ``#`` or ``javascript:``.

    ``#section`` is an in-page jump, not a placeholder. Buttons are not judged
    here: without rendering, a ``<button>`` outside a form cannot be told apart
    from one a script handles.
    """
    return cta.kind == "link" and is_placeholder_href(cta.href)


def asks_for_action(cta: Cta) -> bool:
    """A working CTA that asks for a step (unclassified CTAs are given the benefit)."""
    return not is_placeholder(cta) and (cta.action is None or cta.action != "none")


def in_content(cta: Cta) -> bool:
    """In the page's content regions, as the rules judged it with their pack (a CTA the
    rules never saw: in ``core.vocab.CONTENT_REGIONS``)."""
    if cta.in_content is not None:
        return cta.in_content
    return cta.region in CONTENT_REGIONS
