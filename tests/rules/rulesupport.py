"""Small page-record builders for the rules unit tests."""

from __future__ import annotations

from typing import Any


def page(url: str = "https://example.com/", **fields: Any) -> dict[str, Any]:
    """A minimal page record for unit tests: a page row plus empty child lists."""
    record: dict[str, Any] = {
        "url": url,
        "title": "",
        "h1": [],
        "h2": [],
        "schema_types": [],
        "word_count": 20,
        "status": 200,
        "links": [],
        "ctas": [],
        "forms": [],
        "contacts": [],
    }
    record.update(fields)
    return record


def cta(text: str, region: str = "main", classes: str = "btn", **fields: Any) -> dict[str, Any]:
    return {
        "kind": "link",
        "text": text,
        "region": region,
        "classes": classes,
        "position": fields.pop("position", 0),
        "internal": True,
        **fields,
    }


def form(*fields: tuple[str, str], submit: str = "Submit", region: str = "main") -> dict[str, Any]:
    """A form record from (type, name) pairs."""
    return {
        "position": 0,
        "region": region,
        "submit_text": submit,
        "method": "post",
        "fields": [
            {
                "type": kind,
                "tag": "textarea" if kind == "textarea" else "input",
                "name": name,
                "label": None,
                "placeholder": None,
                "autocomplete": None,
            }
            for kind, name in fields
        ],
    }
