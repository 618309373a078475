"""Stage 4, finish: the frozen result objects, built quickly (the one builder of items).

A frozen dataclass sets each field through ``object.__setattr__``, which looks the
name up on the class every time; on a 50 MB text that is a good part of the time spent
after reading. These builders call the slots' own setters instead and produce objects
equal in every way to those the dataclass constructors make. The field lists are
checked against the classes when this module is imported, so a field added to
:mod:`julian_gregorian.text.items` cannot be forgotten here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from julian_gregorian.calendar.names import CalendarName
from julian_gregorian.text.items import (
    Item,
    ItemKind,
    Side,
    WrittenDate,
    YearSource,
)

_Setter = Callable[[Any, Any], None]


def _setters(cls: type, names: tuple[str, ...]) -> tuple[_Setter, ...]:
    declared = tuple(field.name for field in dataclasses.fields(cls))
    if declared != names:
        raise ImportError(f"{cls.__name__} has fields {declared}, the builder knows {names}")
    return tuple(getattr(cls, name).__set__ for name in names)


_new = object.__new__

(_d_calendar, _d_year, _d_month, _d_day, _d_year_from, _d_written) = _setters(
    WrittenDate, ("calendar", "year", "month", "day", "year_from", "written_year")
)
(_s_start, _s_end, _s_offset, _s_end_offset) = _setters(
    Side, ("start", "end", "offset", "end_offset")
)
(
    _i_kind,
    _i_old,
    _i_new,
    _i_shape,
    _i_text,
    _i_offset,
    _i_end_offset,
    _i_line,
    _i_column,
    _i_end_line,
    _i_end_column,
    _i_year_from,
    _i_year_offset,
    _i_dual,
) = _setters(
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
    date: WrittenDate = _new(WrittenDate)
    _d_calendar(date, calendar)
    _d_year(date, year)
    _d_month(date, month)
    _d_day(date, day)
    _d_year_from(date, year_from)
    _d_written(date, written_year)
    return date


def side(start: WrittenDate, end: WrittenDate, offset: int | None, end_offset: int | None) -> Side:
    """``Side(start, end, offset, end_offset)``."""
    made: Side = _new(Side)
    _s_start(made, start)
    _s_end(made, end)
    _s_offset(made, offset)
    _s_end_offset(made, end_offset)
    return made


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
    made: Item = _new(Item)
    _i_kind(made, kind)
    _i_old(made, old_style)
    _i_new(made, new_style)
    _i_shape(made, shape)
    _i_text(made, text)
    offset, end_offset, line, column, end_line, end_column = position
    _i_offset(made, offset)
    _i_end_offset(made, end_offset)
    _i_line(made, line)
    _i_column(made, column)
    _i_end_line(made, end_line)
    _i_end_column(made, end_column)
    _i_year_from(made, year_from)
    _i_year_offset(made, year_offset)
    _i_dual(made, dual_year)
    return made
