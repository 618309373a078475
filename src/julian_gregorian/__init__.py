"""julian_gregorian: exact Old Style / New Style dates, and a checker for texts that use them.

The layers, each depending only on those above it in this list (docs/design.md gives
every module its layer; tests/test_layers.py holds the imports to it):

- ``errors``, ``spans``, ``languages``: exceptions, places in a text, language records;
- ``calendar``: the Julian and Gregorian calendars on one integer day count;
- ``places``: which calendar a place used when, year-start styles, dual years;
- ``text``: finding O.S./N.S. dates in text and wikitext;
- ``formats``: GEDCOM, Wikidata and TEI dates;
- ``checks``: the consistency rules and their fixes;
- ``reports``: the findings as text, JSON, GitHub annotations, SARIF and HTML;
- ``dumps``: MediaWiki dumps on every core or a Dask cluster;
- ``_cli``: the ``julian-gregorian`` command (private, as every underscored module).
"""

from typing import TYPE_CHECKING

from julian_gregorian.calendar import (
    CALENDAR_NAMES,
    CalendarDate,
    CalendarName,
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
from julian_gregorian.errors import (
    AmbiguousCivilDateError,
    DateRangeError,
    DumpError,
    InconsistentReformError,
    InputError,
    InvalidDateError,
    JulianGregorianError,
    NonexistentCivilDateError,
    ParseError,
    UnknownPlaceError,
)
from julian_gregorian.spans import Span

__version__ = "0.1.0"

if TYPE_CHECKING:
    from julian_gregorian.checks import CheckResult, Finding, Fix, Severity, check, check_text
    from julian_gregorian.date_reading import DateReading, parse_date
    from julian_gregorian.text import Item, Side, WrittenDate, extract

#: Imported on first use: the extractor compiles many regular expressions (most of the
#: time ``import julian_gregorian`` would take), and numpy is an optional extra.
_LAZY = {
    "DateReading": "julian_gregorian.date_reading",
    "parse_date": "julian_gregorian.date_reading",
    "check": "julian_gregorian.checks",
    "check_text": "julian_gregorian.checks",
    "CheckResult": "julian_gregorian.checks",
    "Finding": "julian_gregorian.checks",
    "Fix": "julian_gregorian.checks",
    "Severity": "julian_gregorian.checks",
    "extract": "julian_gregorian.text",
    "Item": "julian_gregorian.text",
    "Side": "julian_gregorian.text",
    "WrittenDate": "julian_gregorian.text",
}


def __getattr__(name: str) -> object:
    import importlib

    if name == "arrays":
        return importlib.import_module("julian_gregorian.arrays")
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value  # later lookups find it without this function
        return value
    raise AttributeError(f"module 'julian_gregorian' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, "arrays"})


__all__ = [
    "CALENDAR_NAMES",
    "AmbiguousCivilDateError",
    "CalendarDate",
    "CalendarName",
    "CheckResult",
    "DateRangeError",
    "DateReading",
    "DumpError",
    "Finding",
    "Fix",
    "GregorianDate",
    "InconsistentReformError",
    "InputError",
    "InvalidDateError",
    "Item",
    "JulianDate",
    "JulianGregorianError",
    "NonexistentCivilDateError",
    "ParseError",
    "Severity",
    "Side",
    "Span",
    "UnknownPlaceError",
    "WrittenDate",
    "__version__",
    "check",
    "check_text",
    "extract",
    "format_date",
    "format_iso",
    "from_historical",
    "gregorian_to_julian",
    "julian_to_gregorian",
    "offset_for_gregorian",
    "offset_for_julian",
    "offset_for_ordinal",
    "parse_date",
    "to_historical",
]
