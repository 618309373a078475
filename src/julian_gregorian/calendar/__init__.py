"""The calendar core: proleptic Julian and Gregorian calendars on one integer day count."""

from julian_gregorian.calendar.conversion import gregorian_to_julian, julian_to_gregorian
from julian_gregorian.calendar.dates import CalendarDate, GregorianDate, JulianDate
from julian_gregorian.calendar.eras import from_historical, to_historical
from julian_gregorian.calendar.formatting import format_date, format_iso
from julian_gregorian.calendar.names import CALENDAR_NAMES, CalendarName
from julian_gregorian.calendar.offset import (
    offset_for_gregorian,
    offset_for_julian,
    offset_for_ordinal,
)

__all__ = [
    "CALENDAR_NAMES",
    "CalendarDate",
    "CalendarName",
    "GregorianDate",
    "JulianDate",
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
