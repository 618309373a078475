"""Stage 4, finish: the frozen result objects, built quickly (the one builder of items).

A frozen dataclass sets each field through ``object.__setattr__``, which looks the
name up on the class every time; on a 50 MB text that is a good part of the time spent
after reading. These builders make each object as one of a plain class with the same
slots (its *fields class*), whose fields are set as plain attributes, and then make it
an object of the frozen class: the two lay out their objects alike, which Python checks
when an object changes its class. The objects are equal in every way to those the
dataclass constructors make, in half the time or less. The field lists are checked
against the classes when this module is imported, so a field added to
:mod:`julian_gregorian.text.items` cannot be forgotten here.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from julian_gregorian.calendar.names import CalendarName
from julian_gregorian.text.items import (
    Item,
    ItemKind,
    Side,
    WrittenDate,
    YearSource,
)

_new = object.__new__


def _fields_class(cls: type, names: tuple[str, ...]) -> type:
    """A plain class with the slots of the frozen dataclass *cls*, whose fields are
    *names* (in their order)."""
    declared = tuple(field.name for field in dataclasses.fields(cls))
    if declared != names:
        raise ImportError(f"{cls.__name__} has fields {declared}, the builder knows {names}")
    fields = type(f"_{cls.__name__}Fields", (), {"__slots__": vars(cls)["__slots__"]})
    # (Python refuses the change of class here, at import, if the layouts ever differ.)
    probe: Any = _new(fields)
    probe.__class__ = cls
    return fields


_WrittenDateFields = _fields_class(
    WrittenDate, ("calendar", "year", "month", "day", "year_from", "written_year")
)
_SideFields = _fields_class(Side, ("start", "end", "offset", "end_offset"))
_ItemFields = _fields_class(
    Item,
    (
        "kind",
        "old_style",
        "new_style",
        "shape",
        "text",
        "offset",
        "end_offset",
        "line",
        "column",
        "end_line",
        "end_column",
        "year_from",
        "year_offset",
        "dual_year",
    ),
)


def written_date(
    calendar: CalendarName,
    year: int | None,
    month: int,
    day: int,
    year_from: YearSource,
    written_year: int | None,
) -> WrittenDate:
    """``WrittenDate(calendar, year, month, day, year_from, written_year)``."""
    date: Any = _new(_WrittenDateFields)
    date.calendar = calendar
    date.year = year
    date.month = month
    date.day = day
    date.year_from = year_from
    date.written_year = written_year
    date.__class__ = WrittenDate
    return date  # type: ignore[no-any-return]


def side(start: WrittenDate, end: WrittenDate, offset: int | None, end_offset: int | None) -> Side:
    """``Side(start, end, offset, end_offset)``."""
    made: Any = _new(_SideFields)
    made.start = start
    made.end = end
    made.offset = offset
    made.end_offset = end_offset
    made.__class__ = Side
    return made  # type: ignore[no-any-return]


def item(
    kind: ItemKind,
    old_style: Side | None,
    new_style: Side | None,
    shape: str,
    text: str,
    position: tuple[int, int, int, int, int, int],
    year_from: YearSource,
    year_offset: int | None,
    dual_year: tuple[int, int] | None,
) -> Item:
    """``Item(...)``; *position* is (offset, end_offset, line, column, end_line, end_column)."""
    made: Any = _new(_ItemFields)
    made.kind = kind
    made.old_style = old_style
    made.new_style = new_style
    made.shape = shape
    made.text = text
    (
        made.offset,
        made.end_offset,
        made.line,
        made.column,
        made.end_line,
        made.end_column,
    ) = position
    made.year_from = year_from
    made.year_offset = year_offset
    made.dual_year = dual_year
    made.__class__ = Item
    return made  # type: ignore[no-any-return]
