"""One date as people write it: ``7 November 1917``, ``October 25, 1917 O.S.``, ``11 Feb 1731/2``.

:func:`parse_human_date` reads a single date (not running text; that is the extractor's
job) in these shapes, case-insensitively:

- ISO 8601 in astronomical years: ``1917-10-25``, ``-0043-03-15``;
- day first or month first: ``7 November 1917``, ``7th Nov. 1917``, ``November 7, 1917``;
- an era after the year: ``15 March 44 BC`` (also ``BCE``, ``B.C.``, ``AD``, ``CE``);
- a dual year: ``11 February 1731/2`` (see ``places.dual_years``);
- a weekday in front: ``Friday, 11 February 1731/2``;
- a calendar marker in front or behind, bare or in brackets: ``O.S.``, ``OS``,
  ``Old Style``, ``Julian`` for the Julian calendar; ``N.S.``, ``NS``, ``New Style``,
  ``Gregorian`` for the Gregorian one;
- in another language the extractor reads, day first or with its own markers
  (``25 октября 1917 г.``, ``3. März 1700 a. St.``: see ``_other_languages``).

It reports what is written and nothing more: the calendar stays ``None`` when no marker
says it, and the year is the number as written (for a dual year, the first one), so the
caller decides, from a place or an option, what the date means.

>>> parse_human_date("24 October 1917 O.S.")
HumanDate(year=1917, month=10, day=24, calendar='julian', dual=None, weekday=None, iso=False)
>>> parse_human_date("Friday, February 11, 1731/2").dual
DualYear(first=1731, second=1732, digits=1)
>>> parse_human_date("15 March 44 BC").year
-43
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from julian_gregorian.calendar._months import MONTH_NAMES, WEEKDAY_NAMES
from julian_gregorian.calendar.eras import from_historical
from julian_gregorian.calendar.names import CalendarName
from julian_gregorian.errors import ParseError
from julian_gregorian.formats._other_languages import (
    marked_date,
    other_month_number,
    unmarked_date,
    unread_words,
)
from julian_gregorian.places.dual_years import DualYear, month_number, parse_dual_year

_OLD = r"o\.?\s?s\.?|old[\s-]+style|julian"
_NEW = r"n\.?\s?s\.?|new[\s-]+style|gregorian"
_MARKER = rf"[(\[]?\s*(?P<marker>{_OLD}|{_NEW})\s*[)\]]?"
_LEADING_MARKER = re.compile(rf"{_MARKER}(?:\s*[,:]\s*|\s+)(?P<rest>.+)", re.IGNORECASE)
_TRAILING_MARKER = re.compile(rf"(?P<rest>.+?)(?:[\s,]+|(?=[(\[])){_MARKER}", re.IGNORECASE)
_WEEKDAY = re.compile(r"(?P<weekday>[a-z]{3,9})\.?\s*,?\s+(?P<rest>.+)", re.IGNORECASE)
_ISO = re.compile(r"(?P<year>[+-]?\d+)-(?P<month>\d{1,2})-(?P<day>\d{1,2})")
_ORDINAL = r"(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d+(?:[/\u2044]\d+)?)"
_ERA = r"(?:\s*(?P<era>b\.?\s?c\.?(?:\s?e\.?)?|a\.?\s?d\.?|c\.?\s?e\.?))?"
_DMY = re.compile(
    rf"(?P<day>\d{{1,2}}){_ORDINAL}\s+(?P<month>[a-z]+)\.?,?\s+{_YEAR}{_ERA}", re.IGNORECASE
)
_MDY = re.compile(
    rf"(?P<month>[a-z]+)\.?\s+(?P<day>\d{{1,2}}){_ORDINAL},?\s+{_YEAR}{_ERA}", re.IGNORECASE
)


#: The longest number a date or period may hold: Python refuses to turn an integer of more
#: than 4300 digits into text (or back), and the day numbers computed from a year are a few
#: digits longer than it.
MAX_DIGITS = 1000

_TOO_LONG = re.compile(rf"\d{{{MAX_DIGITS + 1},}}")


def refuse_long_numbers(text: str) -> str:
    """*text*, or ``ParseError`` if it holds a number of more than ``MAX_DIGITS`` digits.

    >>> refuse_long_numbers("1917-10-25")
    '1917-10-25'
    """
    found = _TOO_LONG.search(text)
    if found is not None:
        raise ParseError(
            f"a number of {len(found.group())} digits: years of up to {MAX_DIGITS} digits are read"
        )
    return text


@dataclass(frozen=True)
class HumanDate:
    """A date as written: fields, the calendar its marker names, a dual year, a weekday.

    ``year`` is astronomical (``-43`` for 44 BC) and, for a dual year, the first number
    (``1731`` for ``1731/2``; ``dual.modern_year`` is 1732). ``iso`` marks ISO input,
    whose year is by convention the modern one.
    """

    year: int
    month: int
    day: int
    calendar: CalendarName | None = None
    dual: DualYear | None = None
    weekday: int | None = None
    iso: bool = False


def _calendar_of_marker(marker: str) -> CalendarName:
    return "julian" if re.fullmatch(_OLD, marker, re.IGNORECASE) else "gregorian"


def _weekday_number(word: str) -> int | None:
    lowered = word.lower()
    for number, name in enumerate(WEEKDAY_NAMES):
        if name.lower() == lowered or name[:3].lower() == lowered:
            return number
    return None


def _in_other_language(
    text: str, rest: str, calendar: CalendarName | None, weekday: int | None, plain: bool
) -> HumanDate | None:
    """*text* read as a date of another language (``_other_languages``), if it is one;
    *plain* when *rest* has the English shape of a day, a word and a year, whose word is
    no English month: no marker of another language is left for the extractor to read."""
    unmarked = unmarked_date(rest)
    if unmarked is not None:
        year, month, day, dual = unmarked
        return HumanDate(year, month, day, calendar, dual, weekday, False)
    if plain:  # (the extractor, slow to load, would read nothing more in it)
        return None
    # (the extractor reads the text whole, its markers included: a pair, or a date with
    # a marker of another language; a weekday in front is no part of what it reads)
    marked = marked_date(text) if weekday is None else None
    if marked is not None:
        return HumanDate(*marked)
    return None


def parse_human_date(text: str) -> HumanDate:
    """Read one written date; ``ParseError`` says what was expected.

    >>> parse_human_date("1917-10-25")
    HumanDate(year=1917, month=10, day=25, calendar=None, dual=None, weekday=None, iso=True)
    >>> parse_human_date("[N.S.] November 7, 1917").calendar
    'gregorian'
    """
    if not isinstance(text, str):
        raise TypeError(f"a date must be a str, not {type(text).__name__}")
    rest = " ".join(text.split())
    if not rest:
        raise ParseError("empty date: expected a date such as '7 November 1917' or 1917-11-07")
    markers: list[CalendarName] = []
    for pattern in (_LEADING_MARKER, _TRAILING_MARKER):
        match = pattern.fullmatch(rest)
        if match is not None:
            markers.append(_calendar_of_marker(match["marker"]))
            rest = match["rest"].strip()
    if len(set(markers)) > 1:
        raise ParseError(f"{text!r} is marked both Old Style and New Style")
    calendar = markers[0] if markers else None
    weekday: int | None = None
    match = _WEEKDAY.fullmatch(rest)
    if match is not None and _weekday_number(match["weekday"]) is not None:
        weekday = _weekday_number(match["weekday"])
        rest = match["rest"]
    iso = _ISO.fullmatch(rest)
    if iso is not None:
        return HumanDate(
            int(iso["year"]), int(iso["month"]), int(iso["day"]), calendar, None, weekday, True
        )
    match = _DMY.fullmatch(rest) or _MDY.fullmatch(rest)
    month = None if match is None else month_number(match["month"])
    if month is None:
        other = _in_other_language(text, rest, calendar, weekday, match is not None)
        if other is not None:
            return other
    unread = unread_words(rest) if match is None else None
    if unread is not None:
        date, words = unread
        raise ParseError(
            f"{text!r}: {words!r} after {date!r} is read as no era, year word or O.S./N.S. "
            "marker (eras: BC, AD and those of the languages' records, such as v. Chr.)"
        )
    if match is None:
        raise ParseError(
            f"cannot read {text!r} as a date: expected forms such as 1917-11-07, "
            "'7 November 1917', 'November 7, 1917', '24 October 1917 O.S.', "
            "'11 February 1731/2' or '25 октября 1917 г.'"
        )
    if month is None and other_month_number(match["month"]) is not None:
        raise ParseError(
            f"{text!r}: a date in another language than English is read day first, as "
            f"'{match['day']} {match['month']} {match['year']}'"
        )
    if month is None:
        raise ParseError(
            f"{text!r}: {match['month']!r} is not a month name ({', '.join(MONTH_NAMES)}, "
            "or a month of another language the extractor reads)"
        )
    year_text, era = match["year"], match["era"]
    dual: DualYear | None = None
    if "/" in year_text or "\u2044" in year_text:
        if era is not None:
            raise ParseError(f"{text!r}: a dual year cannot carry an era ({era})")
        dual = parse_dual_year(year_text)
        year = dual.first
    elif era is not None:
        canonical = re.sub(r"[\s.]", "", era).upper()
        year = from_historical(int(year_text), canonical)
    else:
        year = int(year_text)
        if year == 0:
            raise ParseError(
                f"{text!r}: there is no year 0 in historical numbering; write 1 BC, or use "
                "ISO 0000-MM-DD for the astronomical year 0"
            )
    return HumanDate(year, month, int(match["day"]), calendar, dual, weekday, False)
