"""julian_gregorian: exact Old Style / New Style dates, and a checker for texts that use them.

The layers, each depending only on those above it in this list:

- ``calendar``: the Julian and Gregorian calendars on one integer day count;
- ``places``: which calendar a place used when, year-start styles, dual years;
- ``text``: finding O.S./N.S. dates in text and wikitext;
- ``checks``: the consistency rules and their fixes;
- ``cli``: the ``julian-gregorian`` command.
"""

from julian_gregorian.calendar import (
    CalendarDate,
    GregorianDate,
    JulianDate,
    format_date,
    format_iso,
    from_historical,
    gregorian_to_julian,
    julian_to_gregorian,
    offset_for_gregorian,
    offset_for_julian,
    offset_for_ordinal,
    to_historical,
)
from julian_gregorian.checks import check
from julian_gregorian.errors import (
    DateRangeError,
    InvalidDateError,
    JulianGregorianError,
    ParseError,
)
from julian_gregorian.text import Item, Side, WrittenDate, extract

__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    # numpy is an optional extra: julian_gregorian.arrays is imported on first use only.
    if name == "arrays":
        import importlib

        return importlib.import_module("julian_gregorian.arrays")
    raise AttributeError(f"module 'julian_gregorian' has no attribute {name!r}")


__all__ = [
    "CalendarDate",
    "DateRangeError",
    "GregorianDate",
    "InvalidDateError",
    "Item",
    "JulianDate",
    "JulianGregorianError",
    "ParseError",
    "Side",
    "WrittenDate",
    "__version__",
    "check",
    "extract",
    "format_date",
    "format_iso",
    "from_historical",
    "gregorian_to_julian",
    "julian_to_gregorian",
    "offset_for_gregorian",
    "offset_for_julian",
    "offset_for_ordinal",
    "to_historical",
]
