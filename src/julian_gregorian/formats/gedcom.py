"""GEDCOM date values, 5.5.1 and 7.0: read, write and convert between the two calendars.

A GEDCOM ``DATE`` payload is one or two dates with a qualifier: ``ABT 1731``,
``BET @#DJULIAN@ 1 JAN 1700 AND @#DJULIAN@ 31 DEC 1700``, ``FROM 1670 TO 1680``,
``INT 12 APR 1657 (Easter Monday)``. Each date may be partial (``FEB 1731``, ``1731``)
and names its own calendar; none means Gregorian.

The two versions differ in how they write the calendar and the era, and in what they
allow:

==================  =============================  ==============================
                    5.5.1                          7.0
==================  =============================  ==============================
Julian calendar     ``@#DJULIAN@ 11 FEB 1732``     ``JULIAN 11 FEB 1732``
before year 1       ``44 B.C.``                    ``44 BCE``
dual years          ``11 FEB 1731/32``             none: the 1 January year, with
                                                   the original in a ``PHRASE``
phrases             ``INT <date> (<phrase>)``,     in a ``PHRASE`` substructure
                    ``(<phrase>)``
==================  =============================  ==============================

The 5.5.1 grammar allows the dual year (``<NUMBER>/<DIGIT><DIGIT>``) only in
Gregorian dates, but real files put it under ``@#DJULIAN@`` as well, where it belongs
historically; both are read and written. Keywords are read in any case and written in
upper case. Hebrew, French Republican and other calendars are refused with a
``ParseError``: this library converts Julian and Gregorian dates only.

Years are astronomical in the objects (``-43`` is 44 BCE) and historical in the text,
which has no year 0. A dual-year date holds the modern (1 January) year, ``1732`` for
``11 FEB 1731/32``, and keeps the dual year to write it back.

Converting a value to the other calendar (:meth:`GedcomValue.convert`) keeps the
qualifier and the phrase, converts each complete date to the same day, and drops the
dual-year notation (it belongs to the old year start, not to the day). A partial date
(``FEB 1731``, ``1731``) converts only when the two calendars agree on every day of it
(never after the 3rd century): otherwise it raises ``InvalidDateError`` naming the span
it would cover, because the month or year it would become is not one month or year.

>>> value = parse_gedcom_date("@#DJULIAN@ 11 FEB 1731/32")
>>> value.date.year, value.date.dual
(1732, DualYear(first=1731, second=1732, digits=2))
>>> format_gedcom_date(value.convert("gregorian"))
'22 FEB 1732'
>>> gedcom7_payload(value)
('JULIAN 11 FEB 1732', '11 February 1731/32')
>>> format_gedcom_date(parse_gedcom_date("BET JULIAN 1 JAN 44 BCE AND JULIAN 15 MAR 44 BCE", "7"))
'BET @#DJULIAN@ 1 JAN 44 B.C. AND @#DJULIAN@ 15 MAR 44 B.C.'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal, get_args

from julian_gregorian.calendar import _gregorian as gregorian
from julian_gregorian.calendar import _julian as julian
from julian_gregorian.calendar._months import MONTH_NAMES
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
from julian_gregorian.errors import InvalidDateError, ParseError, require_int
from julian_gregorian.places.dual_years import (
    DualYear,
    dual_year_from_parts,
    dual_year_problem,
)

GedcomVersion = Literal["5.5.1", "7"]
Qualifier = Literal["ABT", "CAL", "EST", "BEF", "AFT", "BET", "FROM", "TO", "INT"]

_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_SINGLE: dict[str, Qualifier] = {
    "ABT": "ABT",
    "CAL": "CAL",
    "EST": "EST",
    "BEF": "BEF",
    "AFT": "AFT",
    "TO": "TO",
}
_ESCAPES_551: dict[str, CalendarName | None] = {
    "@#DJULIAN@": "julian",
    "@#DGREGORIAN@": "gregorian",
    "@#DHEBREW@": None,
    "@#DFRENCH R@": None,
    "@#DROMAN@": None,
    "@#DUNKNOWN@": None,
}
_CALENDARS_7: dict[str, CalendarName | None] = {
    "JULIAN": "julian",
    "GREGORIAN": "gregorian",
    "HEBREW": None,
    "FRENCH_R": None,
}
_BCE_551 = ("B.C.", "BC", "BCE")
_ESCAPE = re.compile(r"@#D[^@]*@", re.IGNORECASE)
_YEAR = re.compile(r"(\d+)(?:/(\d+))?")
_DAY = re.compile(r"\d{1,2}")


def _check_version(version: str) -> GedcomVersion:
    if version in ("5.5.1", "5.5", "5"):
        return "5.5.1"
    if version in ("7", "7.0", "7.0.0"):
        return "7"
    raise ValueError(f"unknown GEDCOM version {version!r}: use '5.5.1' or '7'")


@dataclass(frozen=True)
class GedcomDate:
    """One date of a GEDCOM value: calendar, astronomical year, optional month and day.

    ``dual`` keeps a 5.5.1 dual year as written (``1731/32``); ``year`` is then its later,
    1 January year. Construction validates the fields (the day must exist in its
    calendar and year; a day needs a month).
    """

    calendar: CalendarName
    year: int
    month: int | None = None
    day: int | None = None
    dual: DualYear | None = None

    def __post_init__(self) -> None:
        check_calendar(self.calendar)
        require_int(self.year, "year")
        if self.month is None:
            if self.day is not None:
                raise InvalidDateError(f"a GEDCOM date with day {self.day} needs a month")
        else:
            require_int(self.month, "month")
            if not 1 <= self.month <= 12:
                raise InvalidDateError(f"month {self.month} is out of range (valid: 1..12)")
        if self.day is not None:
            assert self.month is not None
            if self.calendar == "julian":
                julian.validate(self.year, self.month, self.day)
            else:
                gregorian.validate(self.year, self.month, self.day)
        if self.dual is not None:
            if not isinstance(self.dual, DualYear):
                raise TypeError(f"dual must be a DualYear, not {type(self.dual).__name__}")
            if self.dual.modern_year != self.year:
                raise InvalidDateError(
                    f"dual year {self.dual} ends in {self.dual.modern_year}, not in the "
                    f"date's year {self.year}"
                )

    @classmethod
    def from_date(cls, date: CalendarDate) -> GedcomDate:
        """The complete GEDCOM date of a core date, in the core date's calendar."""
        return cls(calendar_of(date), date.year, date.month, date.day)

    @property
    def is_complete(self) -> bool:
        """Whether day, month and year are all given."""
        return self.day is not None

    def to_date(self) -> CalendarDate:
        """The core date of a complete date; ``InvalidDateError`` for a partial one."""
        if self.day is None or self.month is None:
            raise InvalidDateError(
                f"{_words(self)} is not a single day: it has no "
                f"{'day' if self.month is not None else 'month or day'}"
            )
        cls = date_class(self.calendar)
        return cls(self.year, self.month, self.day)

    def span(self) -> tuple[CalendarDate, CalendarDate]:
        """First and last day the date covers (one day when complete).

        A year given only as a dual year (``1731/32``) covers 1 January to 24 March of its
        modern year, the days such a year can mean.
        """
        cls = date_class(self.calendar)
        if self.day is not None:
            day = self.to_date()
            return day, day
        if self.month is not None:
            last = days_in_month(self.calendar, self.year, self.month)
            return cls(self.year, self.month, 1), cls(self.year, self.month, last)
        if self.dual is not None:
            return cls(self.year, 1, 1), cls(self.year, 3, 24)
        return cls(self.year, 1, 1), cls(self.year, 12, 31)

    def convert(self, calendar: CalendarName) -> GedcomDate:
        """The same day(s) in *calendar*; see the module notes for partial dates."""
        check_calendar(calendar)
        if calendar == self.calendar:
            return self
        if self.dual is not None:
            problem = dual_year_problem(
                self.dual.first, self.dual.second, self.month, self.day, self.calendar
            )
            if problem is not None:
                raise InvalidDateError(f"cannot convert {_words(self)}: {problem}")
        first, last = self.span()
        target_first, target_last = in_calendar(first, calendar), in_calendar(last, calendar)
        if self.day is not None:
            return GedcomDate(calendar, target_first.year, target_first.month, target_first.day)
        same = (target_first.year, target_first.month) == (first.year, first.month) and (
            target_last.year,
            target_last.month,
            target_last.day,
        ) == (last.year, last.month, last.day)
        if not same:
            name = label(calendar)
            raise InvalidDateError(
                f"cannot convert the partial date {_words(self)}: its days are "
                f"{target_first.format()} to {target_last.format()} in the {name} calendar, "
                "which is not one month or year; give the day, or convert the bounds yourself"
            )
        return GedcomDate(calendar, self.year, self.month, None)

    def format(self, version: GedcomVersion = "5.5.1", calendar_tag: bool | None = None) -> str:
        """The date in GEDCOM syntax; *calendar_tag* names the Gregorian calendar too."""
        return _format_date(self, _check_version(version), calendar_tag)


@dataclass(frozen=True)
class GedcomValue:
    """A whole GEDCOM date value: qualifier, one or two dates, and a 5.5.1 phrase.

    ``qualifier`` is ``None`` for a plain date, else one of ``ABT CAL EST BEF AFT BET
    FROM TO INT``. ``end`` is the second date of ``BET … AND …`` (required) and ``FROM
    … TO …`` (optional). ``phrase`` is the text in parentheses of ``INT`` or of a
    phrase-only value (``date`` is then ``None``). An empty GEDCOM 7 value has neither.
    """

    qualifier: Qualifier | None = None
    date: GedcomDate | None = None
    end: GedcomDate | None = None
    phrase: str | None = None

    def __post_init__(self) -> None:
        q = self.qualifier
        if q is not None and q not in get_args(Qualifier):
            raise ValueError(f"unknown GEDCOM qualifier {q!r}: use one of {get_args(Qualifier)}")
        if q is not None and self.date is None:
            raise InvalidDateError(f"GEDCOM qualifier {q} needs a date")
        if self.end is not None and q not in ("BET", "FROM"):
            raise InvalidDateError("only BET … AND … and FROM … TO … have a second date")
        if q == "BET" and self.end is None:
            raise InvalidDateError("BET needs a second date: BET <date> AND <date>")
        if q == "INT" and self.phrase is None:
            raise InvalidDateError("INT needs a phrase: INT <date> (<phrase>)")
        if self.phrase is not None and q not in ("INT", None):
            raise InvalidDateError(f"a phrase goes with INT or stands alone, not with {q}")
        if self.phrase is not None and ")" in self.phrase:
            raise InvalidDateError(f"a GEDCOM date phrase cannot contain ')': {self.phrase!r}")
        if q is None and self.phrase is not None and self.date is not None:
            raise InvalidDateError("a date with a phrase is written INT <date> (<phrase>)")

    @property
    def dates(self) -> tuple[GedcomDate, ...]:
        """The one or two dates of the value, in order."""
        return tuple(d for d in (self.date, self.end) if d is not None)

    def convert(self, calendar: CalendarName) -> GedcomValue:
        """The value with every date converted to *calendar*; qualifier and phrase kept."""
        return replace(
            self,
            date=None if self.date is None else self.date.convert(calendar),
            end=None if self.end is None else self.end.convert(calendar),
        )


def _words(date: GedcomDate) -> str:
    """A readable form for messages: ``FEB 1731 (Julian)``."""
    return f"{_format_date(date, '5.5.1', None)} ({date.calendar.capitalize()})"


# --- reading ---------------------------------------------------------------------------


def parse_gedcom_date(text: str, version: GedcomVersion | str = "5.5.1") -> GedcomValue:
    """Read a GEDCOM ``DATE`` payload of *version* ``"5.5.1"`` (default) or ``"7"``.

    >>> value = parse_gedcom_date("ABT FEB 1731")
    >>> value.qualifier, value.date
    ('ABT', GedcomDate(calendar='gregorian', year=1731, month=2, day=None, dual=None))
    >>> parse_gedcom_date("INT 12 APR 1657 (Easter Monday)").phrase
    'Easter Monday'
    """
    if not isinstance(text, str):
        raise TypeError(f"a GEDCOM date value is a str, not {type(text).__name__}")
    checked = _check_version(version)
    body = text.strip()
    phrase: str | None = None
    if body.endswith(")"):
        opening = body.find("(")
        if opening < 0:
            raise ParseError(f"GEDCOM date {text!r}: ')' without '('")
        if checked == "7":
            raise ParseError(
                f"GEDCOM 7 date {text!r}: phrases moved to the PHRASE substructure in 7.0; "
                "write the date alone and the phrase under it"
            )
        phrase = body[opening + 1 : -1]
        body = body[:opening].strip()
        if "(" in phrase or ")" in phrase:
            raise ParseError(f"GEDCOM date {text!r}: a phrase cannot contain parentheses")
    elif "(" in body:
        raise ParseError(f"GEDCOM date {text!r}: '(' without ')' at the end")
    tokens = _tokens(body, checked, text)
    if not tokens:
        if phrase is not None:
            return GedcomValue(phrase=phrase)
        if checked == "7":
            return GedcomValue()
        raise ParseError("empty GEDCOM 5.5.1 date value: a DATE needs a date or a (phrase)")
    head = tokens[0].upper()
    qualifier: Qualifier | None = None
    end: GedcomDate | None = None
    if head == "INT":
        if checked == "7":
            raise ParseError(
                f"GEDCOM 7 date {text!r}: INT was removed in 7.0; write the date and put the "
                "interpretation in a PHRASE substructure"
            )
        if phrase is None:
            raise ParseError(f"GEDCOM date {text!r}: INT needs a phrase, INT <date> (<phrase>)")
        qualifier, date = "INT", _date(tokens[1:], checked, text)
    elif phrase is not None:
        raise ParseError(
            f"GEDCOM date {text!r}: a phrase goes with INT <date> (<phrase>) or stands alone"
        )
    elif head == "BET":
        rest = tokens[1:]
        split = _find(rest, "AND")
        if split is None:
            raise ParseError(f"GEDCOM date {text!r}: BET needs AND, BET <date> AND <date>")
        qualifier = "BET"
        date, end = _date(rest[:split], checked, text), _date(rest[split + 1 :], checked, text)
    elif head == "FROM":
        rest = tokens[1:]
        split = _find(rest, "TO")
        qualifier = "FROM"
        if split is None:
            date = _date(rest, checked, text)
        else:
            date, end = _date(rest[:split], checked, text), _date(rest[split + 1 :], checked, text)
    elif head in _SINGLE:
        qualifier, date = _SINGLE[head], _date(tokens[1:], checked, text)
    else:
        date = _date(tokens, checked, text)
    return GedcomValue(qualifier, date, end, phrase)


def _tokens(body: str, version: GedcomVersion, text: str) -> list[str]:
    """Split on spaces, keeping ``@#DFRENCH R@`` whole."""
    tokens: list[str] = []
    position = 0
    for match in _ESCAPE.finditer(body):
        tokens.extend(body[position : match.start()].split())
        tokens.append(match.group().upper())
        position = match.end()
    tokens.extend(body[position:].split())
    if version == "7" and any(t.startswith("@#D") for t in tokens):
        raise ParseError(
            f"GEDCOM 7 date {text!r}: calendar escapes such as @#DJULIAN@ are 5.5.1 syntax; "
            "GEDCOM 7 writes JULIAN"
        )
    return tokens


def _find(tokens: list[str], word: str) -> int | None:
    for index, token in enumerate(tokens):
        if token.upper() == word:
            return index
    return None


def _date(tokens: list[str], version: GedcomVersion, text: str) -> GedcomDate:
    where = f"GEDCOM {'7' if version == '7' else '5.5.1'} date {text!r}"
    if not tokens:
        raise ParseError(f"{where}: a date is missing")
    calendar: CalendarName = "gregorian"
    rest = list(tokens)
    known = _ESCAPES_551 if version == "5.5.1" else _CALENDARS_7
    head = rest[0].upper()
    if head in known or head.startswith("@#D") or (version == "7" and head.startswith("_")):
        found = known.get(head)
        if found is None:
            raise ParseError(
                f"{where}: calendar {rest[0]} is not supported (only Julian and Gregorian "
                "dates can be read)"
            )
        calendar = found
        rest = rest[1:]
    bce = False
    if rest and rest[-1].upper() in (_BCE_551 if version == "5.5.1" else ("BCE",)):
        bce = True
        rest = rest[:-1]
    elif rest and rest[-1].upper() in _BCE_551:
        raise ParseError(f"{where}: GEDCOM 7 writes years before 1 as '<year> BCE'")
    if not 1 <= len(rest) <= 3:
        raise ParseError(
            f"{where}: expected [day] [month] year, such as 11 FEB 1732, FEB 1732 or 1732; "
            f"got {' '.join(tokens)!r}"
        )
    year_match = _YEAR.fullmatch(rest[-1])
    if year_match is None:
        raise ParseError(f"{where}: {rest[-1]!r} is not a year")
    written = int(year_match.group(1))
    if written == 0:
        raise ParseError(f"{where}: there is no year 0 in GEDCOM (1 BCE is followed by 1)")
    dual: DualYear | None = None
    if year_match.group(2) is not None:
        if version == "7":
            raise ParseError(
                f"{where}: GEDCOM 7 has no dual years (removed in 7.0); write the 1 January "
                "year and keep the written form in a PHRASE"
            )
        if bce:
            raise ParseError(f"{where}: a dual year cannot be before the Christian era")
        dual = dual_year_from_parts(written, year_match.group(2), rest[-1])
    year = dual.modern_year if dual is not None else (1 - written if bce else written)
    month: int | None = None
    day: int | None = None
    if len(rest) >= 2:
        name = rest[-2].upper()
        if name not in _MONTHS:
            raise ParseError(f"{where}: {rest[-2]!r} is not a month (JAN, FEB, … DEC)")
        month = _MONTHS.index(name) + 1
    if len(rest) == 3:
        if _DAY.fullmatch(rest[0]) is None:
            raise ParseError(f"{where}: {rest[0]!r} is not a day of the month")
        day = int(rest[0])
    try:
        return GedcomDate(calendar, year, month, day, dual)
    except InvalidDateError as error:
        raise InvalidDateError(f"{where}: {error}") from None


# --- writing ---------------------------------------------------------------------------


def _format_date(date: GedcomDate, version: GedcomVersion, calendar_tag: bool | None) -> str:
    parts: list[str] = []
    if calendar_tag or date.calendar == "julian":
        if version == "7":
            parts.append(date.calendar.upper())
        else:
            parts.append("@#DJULIAN@" if date.calendar == "julian" else "@#DGREGORIAN@")
    if date.day is not None:
        parts.append(str(date.day))
    if date.month is not None:
        parts.append(_MONTHS[date.month - 1])
    if date.dual is not None and version == "5.5.1":
        parts.append(date.dual.format(2))
    elif date.year >= 1:
        parts.append(str(date.year))
    else:
        parts.append(f"{1 - date.year} {'BCE' if version == '7' else 'B.C.'}")
    return " ".join(parts)


def format_gedcom_date(value: GedcomValue, version: GedcomVersion | str = "5.5.1") -> str:
    """Write *value* as a GEDCOM ``DATE`` payload.

    For ``"7"``, a value that needs a ``PHRASE`` (a dual year, ``INT``, a phrase alone)
    raises ``InvalidDateError``: use :func:`gedcom7_payload`, which returns the phrase too.

    >>> format_gedcom_date(parse_gedcom_date("from 1670 to @#djulian@ 1800"))
    'FROM 1670 TO @#DJULIAN@ 1800'
    >>> format_gedcom_date(parse_gedcom_date("FROM 1670 TO @#DJULIAN@ 1800"), "7")
    'FROM GREGORIAN 1670 TO JULIAN 1800'
    """
    if not isinstance(value, GedcomValue):
        raise TypeError(f"value must be a GedcomValue, not {type(value).__name__}")
    checked = _check_version(version)
    if checked == "7":
        payload, phrase = gedcom7_payload(value)
        if phrase is not None:
            raise InvalidDateError(
                f"GEDCOM 7 cannot hold this value in the payload alone (it needs a PHRASE "
                f"{phrase!r}): use gedcom7_payload() to get the payload and the phrase"
            )
        return payload
    return _format_value(value, "5.5.1")


def _format_value(value: GedcomValue, version: GedcomVersion) -> str:
    dates = value.dates
    # GEDCOM 7 recommends naming every calendar once any date is not Gregorian.
    tag = True if version == "7" and any(d.calendar != "gregorian" for d in dates) else None
    shown = [_format_date(d, version, tag) for d in dates]
    q = value.qualifier
    if q == "BET":
        return f"BET {shown[0]} AND {shown[1]}"
    if q == "FROM" and len(shown) == 2:
        return f"FROM {shown[0]} TO {shown[1]}"
    if q == "INT":
        if version == "7":
            return shown[0]
        return f"INT {shown[0]} ({value.phrase})"
    if value.date is None:
        return "" if version == "7" or value.phrase is None else f"({value.phrase})"
    return f"{q} {shown[0]}" if q is not None else shown[0]


def gedcom7_payload(value: GedcomValue) -> tuple[str, str | None]:
    """The GEDCOM 7 payload of *value* and the ``PHRASE`` it needs, if any.

    GEDCOM 7 keeps phrases out of the payload and has no dual years; following its
    Appendix A, a dual year becomes its 1 January year with the written form as the
    phrase, and ``INT <date> (<phrase>)`` becomes the date with that phrase.

    >>> gedcom7_payload(parse_gedcom_date("INT 12 APR 1657 (Easter Monday)"))
    ('12 APR 1657', 'Easter Monday')
    >>> gedcom7_payload(parse_gedcom_date("(a hard winter)"))
    ('', 'a hard winter')
    """
    if not isinstance(value, GedcomValue):
        raise TypeError(f"value must be a GedcomValue, not {type(value).__name__}")
    phrase = value.phrase
    if phrase is None:
        duals = [d for d in value.dates if d.dual is not None]
        if duals:
            phrase = " and ".join(_dual_words(d) for d in duals)
    return _format_value(value, "7"), phrase


def _dual_words(date: GedcomDate) -> str:
    assert date.dual is not None
    parts = [str(date.day)] if date.day is not None else []
    if date.month is not None:
        parts.append(MONTH_NAMES[date.month - 1])
    parts.append(date.dual.format(2))
    return " ".join(parts)


__all__ = [
    "GedcomDate",
    "GedcomValue",
    "GedcomVersion",
    "Qualifier",
    "format_gedcom_date",
    "gedcom7_payload",
    "parse_gedcom_date",
]
