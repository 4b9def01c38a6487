"""Dates as a reader says them: the report never shows a raw ISO timestamp."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

NOTHING = "–"


def _moment(value: Any) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment.astimezone(UTC) if moment.tzinfo is not None else moment


def readable_time(value: Any) -> str:
    """An ISO timestamp as a reader says it, in UTC: "3 Dec 2026, 14:05 UTC"."""
    moment = _moment(value)
    if moment is None:
        return str(value) if value else NOTHING
    return f"{moment.day} {moment:%b %Y, %H:%M} UTC"


def readable_day(value: Any) -> str | None:
    """An ISO timestamp as its day, "2 Dec 2026"; None when there is none."""
    moment = _moment(value)
    return None if moment is None else f"{moment.day} {moment:%b %Y}"
