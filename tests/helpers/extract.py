"""Compact views of extracted items for the extraction tests."""

from __future__ import annotations

from julian_gregorian import extract
from julian_gregorian.text.items import Item, Side


def span(side: Side | None) -> str:
    """``1917-10-25`` or ``1917-10-25..1917-10-26``; ``-`` for a missing side."""
    if side is None:
        return "-"
    start, end = side.start.isoformat(), side.end.isoformat()
    return start if start == end else f"{start}..{end}"


def words(text: str, side: Side | None) -> str | None:
    """The words a side spans in *text*."""
    if side is None or side.offset is None or side.end_offset is None:
        return None
    return text[side.offset : side.end_offset]


def read(text: str, *, wikitext: bool | None = None) -> list[tuple[str, str, str, str]]:
    """(kind, shape, O.S. days, N.S. days) of every item of *text*."""
    return [
        (item.kind, item.shape, span(item.old_style), span(item.new_style))
        for item in extract(text, wikitext=wikitext)
    ]


def only(text: str, *, wikitext: bool | None = None) -> Item:
    """The single item *text* holds (fails the test if there are more or none)."""
    items = extract(text, wikitext=wikitext)
    assert len(items) == 1, [item.text for item in items]
    return items[0]


def pair(text: str, *, wikitext: bool | None = None) -> tuple[str, str]:
    """(O.S. days, N.S. days) of the single pair in *text*."""
    item = only(text, wikitext=wikitext)
    assert item.kind == "pair", item
    return span(item.old_style), span(item.new_style)
