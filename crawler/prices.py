"""Currency amounts in a page's text: a page of many short priced items is a price list.

A restaurant's menu, a salon's price list or a shop's catalogue without cart buttons
is browsed like a product listing (LABELLING.md), yet nothing in its links, buttons or
URL may say so (eurasia-grill-asian-restaurant-delivery-marseille-fr's twelve menu pages).
The crawler counts the amounts in the page's own text (not its header, menus or footer);
the rules weigh them against the page's words.
"""

from __future__ import annotations

import re

# A currency sign or code next to a number, before it ("€12", "CHF 25.-", "R$ 9,90") or
# after it ("12,50 €", "1.200 kr", "1,200円", "25,-"). A bare number is no price.
_SIGN = r"[€£$¥₹₩₽円]|R\$|kr\.?|zł|Kč|Ft|lei|лв|руб"
_CODE = r"EUR|USD|GBP|CHF|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK|HUF|JPY|INR|BRL|MXN|ZAR|AED"
PRICE = re.compile(
    rf"(?:(?:{_SIGN})\s?|\b(?:{_CODE})\s?)\d[\d.,']*"
    rf"|\b\d[\d.,']*\s?(?:(?:{_SIGN})|(?:{_CODE})\b|,[-–])",
    re.IGNORECASE,
)


_DIGIT = re.compile(r"\d")


def count_prices(text: str) -> int:
    """The currency amounts in one text node (every text node of every page: most hold no
    digit at all, which one C-level search tells)."""
    if _DIGIT.search(text) is None:
        return 0
    return sum(1 for _ in PRICE.finditer(text))
