"""Escaping and the small formats the HTML views share. Every piece of article text and model output goes through
html.escape: it is TEXT."""

from __future__ import annotations

from datetime import date
from html import escape

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def nice_date(published: str | None) -> str:
    if not published:
        return "date unknown"
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return published
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def source_attrs(doc_id: str, start: int, end: int) -> str:
    return f'data-doc="{e(doc_id)}" data-start="{int(start)}" data-end="{int(end)}"'
