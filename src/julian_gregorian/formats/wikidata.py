"""Wikidata time values: the JSON ``time`` datavalue, read, written and converted.

A Wikidata (Wikibase) time value looks like::

    {"time": "+1917-11-07T00:00:00Z", "timezone": 0, "before": 0, "after": 0,
     "precision": 11, "calendarmodel": "http://www.wikidata.org/entity/Q1985727"}

- ``calendarmodel`` names the calendar the ``time`` is written in: Q1985727 is the
  proleptic Gregorian calendar, Q1985786 the proleptic Julian calendar.
- ``precision`` is 11 for a day, 10 for a month, 9 for a year, and 8 down to 0 for a
  decade, a century, … a billion years. Months and days below the precision are
  written ``00`` (older values have ``01``; both are read, ``00`` is written).
- ``before``/``after`` count units of the precision; ``timezone`` is in minutes. This
  module keeps them as given.

**Years before the Christian era.** The JSON uses *historical* numbering: there is no
year 0, ``-0001`` is 1 BCE and ``-0044`` is 44 BCE, "like XSD 1.0 (ISO 8601:1988)"
(mediawiki.org, *Wikibase/DataModel/JSON*, section *time*). Wikidata's RDF export
differs: it uses XSD 1.1 astronomical years, so 44 BCE is ``-0043`` there. This module
reads and writes the JSON form and converts to the astronomical years of this library
(``year = -43`` for 44 BCE); ``+0000`` and ``-0000`` are refused because year 0 has no
defined meaning in the JSON (Wikimedia Phabricator task T99674).

A value keeps the calendar it was given in. :meth:`WikidataTime.convert` gives the same
day in the other calendar *with that calendar's model*; it never relabels a value. Only
day-precision values convert exactly; a month or year converts only when the two
calendars agree on all of its days (in the 3rd century), otherwise ``InvalidDateError``
says which days it would span.

>>> value = parse_wikidata_time({"time": "+1917-10-25T00:00:00Z", "timezone": 0,
...     "before": 0, "after": 0, "precision": 11,
...     "calendarmodel": "http://www.wikidata.org/entity/Q1985786"})
>>> value.calendar, value.year, value.to_date()
('julian', 1917, JulianDate(1917, 10, 25))
>>> converted = value.convert("gregorian")
>>> converted.time_string(), converted.calendarmodel
('+1917-11-07T00:00:00Z', 'http://www.wikidata.org/entity/Q1985727')
>>> parse_wikidata_time({"time": "-0044-03-15T00:00:00Z", "precision": 11,
...     "calendarmodel": "http://www.wikidata.org/entity/Q1985786"}).to_date().format()
'15 March 44 BCE'
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from julian_gregorian.calendar import _gregorian as gregorian
from julian_gregorian.calendar import _julian as julian
from julian_gregorian.calendar.dates import CalendarDate
from julian_gregorian.calendar.names import (
    CalendarName,
    calendar_of,
    check_calendar,
    date_class,
    days_in_month,
    in_calendar,
    label,
)
from julian_gregorian.errors import InvalidDateError, ParseError

GREGORIAN_MODEL = "http://www.wikidata.org/entity/Q1985727"
JULIAN_MODEL = "http://www.wikidata.org/entity/Q1985786"
CALENDAR_MODELS: Mapping[CalendarName, str] = {"gregorian": GREGORIAN_MODEL, "julian": JULIAN_MODEL}

PRECISION_DAY = 11
PRECISION_MONTH = 10
PRECISION_YEAR = 9

_TIME = re.compile(r"([+-])(\d{1,16})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z")
_MODEL = re.compile(r"(?:https?://www\.wikidata\.org/entity/)?(Q\d+)")
_MODEL_IDS: Mapping[str, CalendarName] = {"Q1985727": "gregorian", "Q1985786": "julian"}


@dataclass(frozen=True)
class WikidataTime:
    """A Wikidata time value with an astronomical *year* (``-43`` is 44 BCE).

    ``month`` and ``day`` are ``None`` below their precision. Construction checks that
    the fields agree with the precision and that the day exists in the calendar.
    """

    calendar: CalendarName
    year: int
    month: int | None = None
    day: int | None = None
    precision: int = PRECISION_DAY
    timezone: int = 0
    before: int = 0
    after: int = 0

    def __post_init__(self) -> None:
        check_calendar(self.calendar)
        for name in ("year", "precision", "timezone", "before", "after"):
            _require_int(getattr(self, name), name)
        if not 0 <= self.precision <= PRECISION_DAY:
            raise InvalidDateError(
                f"precision {self.precision} is not supported: Wikidata stores 0 (billion "
                "years) to 11 (day); hours, minutes and seconds cannot be saved"
            )
        if self.before < 0 or self.after < 0:
            raise InvalidDateError("before and after count units of the precision: 0 or more")
        wants_month = self.precision >= PRECISION_MONTH
        wants_day = self.precision >= PRECISION_DAY
        if (self.month is not None) != wants_month or (self.day is not None) != wants_day:
            if wants_day:
                need = "a month and a day"
            elif wants_month:
                need = "a month and no day"
            else:
                need = "no month or day"
            raise InvalidDateError(f"precision {self.precision} needs {need}")
        if self.month is not None:
            _require_int(self.month, "month")
            if not 1 <= self.month <= 12:
                raise InvalidDateError(f"month {self.month} is out of range (valid: 1..12)")
        if self.day is not None:
            assert self.month is not None
            _require_int(self.day, "day")
            if self.calendar == "julian":
                julian.validate(self.year, self.month, self.day)
            else:
                gregorian.validate(self.year, self.month, self.day)

    @classmethod
    def from_date(cls, date: CalendarDate) -> WikidataTime:
        """The day-precision value of a core date, in that date's calendar."""
        return cls(calendar_of(date), date.year, date.month, date.day)

    @property
    def calendarmodel(self) -> str:
        """The calendar model URI of the value's calendar."""
        return CALENDAR_MODELS[self.calendar]

    def to_date(self) -> CalendarDate:
        """The core date of a day-precision value; ``InvalidDateError`` otherwise."""
        if self.day is None or self.month is None:
            raise InvalidDateError(
                f"precision {self.precision} is coarser than a day: the value is not one day"
            )
        cls = date_class(self.calendar)
        return cls(self.year, self.month, self.day)

    def convert(self, calendar: CalendarName) -> WikidataTime:
        """The same day (or period) in *calendar*, carrying that calendar's model."""
        check_calendar(calendar)
        if calendar == self.calendar:
            return self
        if self.day is not None:
            target = in_calendar(self.to_date(), calendar)
            return replace(
                self, calendar=calendar, year=target.year, month=target.month, day=target.day
            )
        if self.precision < PRECISION_YEAR:
            raise InvalidDateError(
                f"cannot convert a value of precision {self.precision} (coarser than a year) "
                "exactly; Wikidata treats the calendar model as immaterial at that precision"
            )
        cls = date_class(self.calendar)
        if self.month is not None:
            last_day = days_in_month(self.calendar, self.year, self.month)
            first, last = cls(self.year, self.month, 1), cls(self.year, self.month, last_day)
        else:
            first, last = cls(self.year, 1, 1), cls(self.year, 12, 31)
        new_first, new_last = in_calendar(first, calendar), in_calendar(last, calendar)
        if (new_first.year, new_first.month, new_first.day) != (first.year, first.month, 1) or (
            new_last.year,
            new_last.month,
            new_last.day,
        ) != (last.year, last.month, last.day):
            name = label(calendar)
            raise InvalidDateError(
                f"cannot convert the {'month' if self.month else 'year'} {self.time_string()} "
                f"exactly: its days are {new_first.format()} to {new_last.format()} in the "
                f"{name} calendar"
            )
        return replace(self, calendar=calendar)

    def time_string(self) -> str:
        """The ``time`` field: ``+1917-11-07T00:00:00Z``, ``-0044-03-15T00:00:00Z``."""
        historical = self.year if self.year > 0 else 1 - self.year
        sign = "+" if self.year > 0 else "-"
        month = 0 if self.month is None else self.month
        day = 0 if self.day is None else self.day
        return f"{sign}{historical:04d}-{month:02d}-{day:02d}T00:00:00Z"

    def to_json(self) -> dict[str, Any]:
        """The JSON object, with the keys in Wikidata's order."""
        return {
            "time": self.time_string(),
            "timezone": self.timezone,
            "before": self.before,
            "after": self.after,
            "precision": self.precision,
            "calendarmodel": self.calendarmodel,
        }


def _require_int(value: object, name: str) -> None:
    if type(value) is not int:
        raise InvalidDateError(f"{name} must be an integer, not {value!r}")


def calendar_of_model(model: str) -> CalendarName:
    """``"julian"`` or ``"gregorian"`` for a calendar model URI (or bare Q-id).

    >>> calendar_of_model(JULIAN_MODEL), calendar_of_model("Q1985727")
    ('julian', 'gregorian')
    """
    match = _MODEL.fullmatch(model.strip()) if isinstance(model, str) else None
    calendar = _MODEL_IDS.get(match.group(1)) if match is not None else None
    if calendar is None:
        raise ParseError(
            f"unknown calendar model {model!r}: expected {GREGORIAN_MODEL} (proleptic "
            f"Gregorian) or {JULIAN_MODEL} (proleptic Julian)"
        )
    return calendar


def parse_wikidata_time(value: Mapping[str, Any] | str) -> WikidataTime:
    """Read a time value: a JSON object, its text, or a ``{"type": "time", "value": …}``.

    ``time`` and ``calendarmodel`` are required (a value without a model would force a
    guess of the calendar); ``precision`` defaults to 11, the other fields to 0.
    """
    data: Any = value
    if isinstance(value, str):
        try:
            data = json.loads(value)
        except json.JSONDecodeError as error:
            raise ParseError(f"not JSON: {error.msg} at position {error.pos}") from None
    if not isinstance(data, Mapping):
        raise ParseError(f"a Wikidata time value is a JSON object, not {type(data).__name__}")
    if data.get("type") == "time" and isinstance(data.get("value"), Mapping):
        data = data["value"]
    for key in ("time", "calendarmodel"):
        if key not in data:
            raise ParseError(f"Wikidata time value without {key!r}: {dict(data)!r}")
    time, model = data["time"], data["calendarmodel"]
    if not isinstance(time, str):
        raise ParseError(f"'time' must be a string such as '+1917-11-07T00:00:00Z', not {time!r}")
    match = _TIME.fullmatch(time)
    if match is None:
        raise ParseError(
            f"cannot read time {time!r}: expected a signed year of 1 to 16 digits, "
            "-MM-DDT00:00:00Z, such as '+1917-11-07T00:00:00Z'"
        )
    sign, year_text, month_text, day_text, *clock = match.groups()
    if any(part != "00" for part in clock):
        raise ParseError(f"time {time!r}: a time of day is not supported (Wikidata stores days)")
    written = int(year_text)
    if written == 0:
        raise InvalidDateError(
            f"time {time!r}: year 0 is undefined in Wikidata's JSON, which numbers years "
            "historically (-0001 is 1 BCE)"
        )
    precision = data.get("precision", PRECISION_DAY)
    if type(precision) is not int:
        raise ParseError(f"precision must be an integer, not {precision!r}")
    month: int | None = int(month_text)
    day: int | None = int(day_text)
    if precision < PRECISION_MONTH:
        month = None
    elif month == 0:
        raise InvalidDateError(f"time {time!r}: precision {precision} needs a month, not 00")
    if precision < PRECISION_DAY:
        day = None
    elif day == 0:
        raise InvalidDateError(f"time {time!r}: precision {precision} needs a day, not 00")
    return WikidataTime(
        calendar=calendar_of_model(model),
        year=written if sign == "+" else 1 - written,
        month=month,
        day=day,
        precision=precision,
        timezone=data.get("timezone", 0),
        before=data.get("before", 0),
        after=data.get("after", 0),
    )


def format_wikidata_time(value: WikidataTime) -> str:
    """The value as JSON text.

    >>> print(format_wikidata_time(WikidataTime("gregorian", 1917, 11, 7)))
    ... # doctest: +NORMALIZE_WHITESPACE
    {"time": "+1917-11-07T00:00:00Z", "timezone": 0, "before": 0, "after": 0,
     "precision": 11, "calendarmodel": "http://www.wikidata.org/entity/Q1985727"}
    """
    if not isinstance(value, WikidataTime):
        raise TypeError(f"value must be a WikidataTime, not {type(value).__name__}")
    return json.dumps(value.to_json())


__all__ = [
    "CALENDAR_MODELS",
    "GREGORIAN_MODEL",
    "JULIAN_MODEL",
    "PRECISION_DAY",
    "PRECISION_MONTH",
    "PRECISION_YEAR",
    "WikidataTime",
    "calendar_of_model",
    "format_wikidata_time",
    "parse_wikidata_time",
]
