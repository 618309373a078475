"""Year-start styles: on which day the written year number changed, and where.

Until the 18th century many places did not begin the numbered year on 1 January. The
day and month of a date are the same in every style; only the year number differs, and
only on the days between 1 January and the style's first day. Two kinds of style exist:

- *lagging* styles begin the year after 1 January, so the written year is one behind
  the modern year early in the year: ``annunciation`` (25 March, the English and
  Florentine way: 10 February 1749 written is 10 February 1750 modern) and
  ``venetian`` (1 March, *more veneto*);
- *leading* styles begin the year before 1 January, so the written year is one ahead
  late in the year: ``pisan`` (25 March of the year before: 1 April 1750 Pisan is
  1 April 1749 modern), ``byzantine`` (1 September; Russia 1492-1699) and ``nativity``
  (25 December).

``circumcision`` is 1 January, the modern style. Years are astronomical and counted in
the Christian era (Anno Domini); Russia's Anno Mundi numbering (7208 AM = 1 September
1699 to 31 December 1699) is noted in the table but not converted here.

For one style the mapping between written and modern dates is a bijection. For a place
it is not: when a place changed style, some written dates never occurred (England wrote
no "1 February 1751": the year 1751 began on 25 March and ended on 31 December) and, in
Anno Domini numbering of the Russian change, some occurred twice.
:func:`modern_years_at` therefore returns every candidate, and :func:`modern_year_at`
raises unless there is exactly one.

>>> modern_year(1749, 2, 10, "annunciation"), written_year(1750, 2, 10, "annunciation")
(1750, 1749)
>>> modern_year(1750, 4, 1, "pisan")
1749
>>> written_year_at("GB", 1751, 3, 24), written_year_at("GB", 1752, 3, 24)
(1750, 1752)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, get_args

from julian_gregorian.calendar._months import DAYS_IN_MONTH, MONTH_NAMES
from julian_gregorian.calendar.names import CalendarName
from julian_gregorian.errors import (
    AmbiguousCivilDateError,
    DateRangeError,
    InvalidDateError,
    NonexistentCivilDateError,
    ParseError,
    UnknownPlaceError,
    require_int,
)

YearStartStyle = Literal[
    "circumcision", "annunciation", "pisan", "venetian", "byzantine", "nativity"
]

#: A day in modern reckoning (1 January year), in the civil calendar of its place.
Day = tuple[int, int, int]


@dataclass(frozen=True)
class StyleRule:
    """When a style begins the year, and which way it shifts the number."""

    name: YearStartStyle
    month: int
    day: int
    #: +1 for leading styles (written year ahead from the first day to 31 December),
    #: -1 for lagging ones (written year behind from 1 January to the day before), 0 for
    #: 1 January.
    shift: int
    label: str


STYLES: Mapping[YearStartStyle, StyleRule] = {
    "circumcision": StyleRule("circumcision", 1, 1, 0, "1 January (Circumcision style)"),
    "annunciation": StyleRule(
        "annunciation", 3, 25, -1, "25 March after 1 January (Annunciation or Lady Day style)"
    ),
    "pisan": StyleRule("pisan", 3, 25, 1, "25 March before 1 January (Pisan style)"),
    "venetian": StyleRule("venetian", 3, 1, -1, "1 March after 1 January (more veneto)"),
    "byzantine": StyleRule("byzantine", 9, 1, 1, "1 September before 1 January (Byzantine)"),
    "nativity": StyleRule("nativity", 12, 25, 1, "25 December before 1 January (Nativity)"),
}

_ALIASES: Mapping[str, YearStartStyle] = {
    "january": "circumcision",
    "modern": "circumcision",
    "lady-day": "annunciation",
    "ladyday": "annunciation",
    "english": "annunciation",
    "florentine": "annunciation",
    "incarnation": "annunciation",
    "more-veneto": "venetian",
    "venice": "venetian",
    "march": "venetian",
    "september": "byzantine",
    "christmas": "nativity",
}


def style_named(name: str) -> YearStartStyle:
    """The style called *name*, also under its common aliases (``lady-day``, ``florentine``).

    >>> style_named("Lady Day"), style_named("more veneto")
    ('annunciation', 'venetian')
    """
    if not isinstance(name, str):
        raise TypeError(f"style must be a str such as 'annunciation', not {type(name).__name__}")
    key = "-".join(name.strip().lower().replace("_", " ").split())
    if key in _BY_NAME:
        return _BY_NAME[key].name
    if key in _ALIASES:
        return _ALIASES[key]
    known = ", ".join(get_args(YearStartStyle))
    raise ParseError(f"unknown year-start style {name!r}: use one of {known}")


_BY_NAME: dict[str, StyleRule] = {rule.name: rule for rule in STYLES.values()}


def _rule(style: str) -> StyleRule:
    rule = _BY_NAME.get(style)
    return rule if rule is not None else STYLES[style_named(style)]


def _check_day(month: int, day: int) -> None:
    require_int(month, "month")
    require_int(day, "day")
    if not 1 <= month <= 12:
        raise InvalidDateError(f"month {month} is out of range (valid months: 1..12)")
    # Whether the day exists is the calendar's business (Sweden had a 30 February in
    # 1712); a style only compares the day with its first day.
    last = 30 if month == 2 else DAYS_IN_MONTH[month]
    if not 1 <= day <= last:
        raise InvalidDateError(
            f"day {day} does not exist in {MONTH_NAMES[month - 1]} (valid days: 1..{last})"
        )


def year_shift(month: int, day: int, style: str) -> int:
    """Written year minus modern year on this day of the year: -1, 0 or +1.

    >>> year_shift(3, 24, "annunciation"), year_shift(3, 25, "annunciation")
    (-1, 0)
    >>> year_shift(12, 25, "nativity"), year_shift(9, 1, "byzantine")
    (1, 1)
    """
    rule = _rule(style)
    _check_day(month, day)
    before_start = (month, day) < (rule.month, rule.day)
    if rule.shift < 0:
        return -1 if before_start else 0
    if rule.shift > 0:
        return 0 if before_start else 1
    return 0


def written_year(modern_year: int, month: int, day: int, style: str) -> int:
    """The year a writer using *style* gave to this day of *modern_year*."""
    require_int(modern_year, "modern_year")
    return modern_year + year_shift(month, day, style)


def modern_year(written: int, month: int, day: int, style: str) -> int:
    """The modern (1 January) year of a day written with year *written* in *style*."""
    require_int(written, "written")
    return written - year_shift(month, day, style)


def written_year_span(
    written: int, style: str, calendar: CalendarName = "julian"
) -> tuple[Day, Day]:
    """First and last day (modern reckoning) of the year numbered *written* in *style*.

    *calendar* decides only whether a year ending in February ends on the 28th or 29th
    (the ``venetian`` style).

    >>> written_year_span(1749, "annunciation")
    ((1749, 3, 25), (1750, 3, 24))
    >>> written_year_span(1750, "pisan")
    ((1749, 3, 25), (1750, 3, 24))
    """
    rule = _rule(style)
    require_int(written, "written")
    if rule.shift == 0:
        return (written, 1, 1), (written, 12, 31)
    first_year = written if rule.shift < 0 else written - 1
    last_year = first_year + 1
    if rule.day > 1:
        last = (last_year, rule.month, rule.day - 1)
    elif rule.month == 3:
        leap = last_year % 4 == 0 and (
            calendar == "julian" or last_year % 100 != 0 or last_year % 400 == 0
        )
        last = (last_year, 2, 29 if leap else 28)
    else:
        last = (last_year, rule.month - 1, DAYS_IN_MONTH[rule.month - 1])
    return (first_year, rule.month, rule.day), last


@dataclass(frozen=True)
class StylePeriod:
    """One style in force at a place, from *start* to *end* (inclusive, modern reckoning).

    ``None`` as *start* means "as far back as the source speaks of", ``None`` as *end*
    "to this day". ``disputed`` marks periods whose bounds the sources disagree on; the
    ``note`` says how.
    """

    style: YearStartStyle
    start: Day | None
    end: Day | None
    source: str
    note: str = ""
    disputed: bool = False

    def contains(self, year: int, month: int, day: int) -> bool:
        when = (year, month, day)
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


_ACT_1750 = (
    "CalendarName (New Style) Act 1750, 24 Geo. 2 c. 23: 'all His Majesty's Dominions' end the "
    "year 1751 on 31 December and begin 1752 on 1 January (Wikipedia, 'CalendarName (New Style) "
    "Act 1750'; the Act's text on Wikisource)"
)
_SIZES = "sizes.com, 'First day of the year' table (https://www.sizes.com/time/year_new_year.htm)"
_WP_NEW_YEAR = "Wikipedia, 'New Year', section 'Adoption of 1 January'"
_TUSCANY = (
    "Decree of Grand Duke Francis Stephen, 20 November 1749: the year begins on 1 January from "
    "1750 (plaque in the Loggia dei Lanzi, Florence); Wikipedia, 'Florentine calendar' and "
    "'Pisan calendar'"
)
_TUSCANY_DISPUTE = "Wikipedia's 'New Year' list gives 1721 for Tuscany; the decree dates 1749/50"
_RUSSIA = (
    "Decrees of Peter I of 19 and 20 December 1699 (7208 AM): 1 January 1700 follows "
    "31 December 1699, and years count from the Nativity, not the Creation; the September "
    "year dates from Ivan III in 1492 (7000 AM). Wikipedia, 'New Year'; Russia Beyond, "
    "'How Peter the Great stole the year 1699'"
)
_ENGLISH_START_NOTE = (
    "sizes.com dates the 25 March year in England and Ireland from 1155; other accounts have "
    "the Christmas year in use into the 13th century and 25 March general only by the 14th"
)
_LOW_COUNTRIES = "the Easter year used before is movable and not modelled here"

_BRITISH = (
    StylePeriod(
        "annunciation",
        (1155, 3, 25),
        (1751, 12, 31),
        f"{_ACT_1750}; {_SIZES}",
        f"the year 1751 ran from 25 March to 31 December; {_ENGLISH_START_NOTE}",
        disputed=True,
    ),
    StylePeriod("circumcision", (1752, 1, 1), None, _ACT_1750),
)

#: Year-start styles by place, keyed by ISO 3166-1 alpha-2 / ISO 3166-2 codes as in the
#: reform table. Only periods a source states are listed; before the first one the
#: style is unknown (often Easter-based, which no fixed day can describe).
YEAR_STARTS: Mapping[str, tuple[StylePeriod, ...]] = {
    "GB": _BRITISH,
    "IE": _BRITISH,
    "US": (
        StylePeriod(
            "annunciation",
            None,
            (1751, 12, 31),
            _ACT_1750,
            "the British colonies in America, which counted as England did; Spanish, French "
            "and Dutch settlements followed their own countries",
        ),
        StylePeriod("circumcision", (1752, 1, 1), None, _ACT_1750),
    ),
    "GB-SCT": (
        StylePeriod(
            "annunciation",
            None,
            (1599, 12, 31),
            f"Act of the Privy Council of Scotland, 17 December 1599; {_SIZES}",
            "1599 had no January, February or March: 1 January 1600 followed 31 December 1599",
        ),
        StylePeriod(
            "circumcision",
            (1600, 1, 1),
            None,
            f"Act of the Privy Council of Scotland, 17 December 1599; {_WP_NEW_YEAR}",
        ),
    ),
    "FR": (
        StylePeriod(
            "circumcision",
            (1567, 1, 1),
            None,
            "Edict of Paris (January 1563), article 39, confirmed at Roussillon on 9 August "
            "1564; in force from 1 January 1567 (French Wikipedia, 'Édit de Roussillon', after "
            f"Giry, Manuel de diplomatique); {_SIZES}",
            "Wikipedia's 'New Year' list and sizes.com give 1564; before, the year began at "
            "Easter in much of France, which is not modelled here",
            disputed=True,
        ),
    ),
    "IT-FI": (
        StylePeriod(
            "annunciation",
            None,
            (1749, 12, 31),
            _TUSCANY,
            f"Florence (stylus Florentinus); {_TUSCANY_DISPUTE}",
            disputed=True,
        ),
        StylePeriod("circumcision", (1750, 1, 1), None, _TUSCANY),
    ),
    "IT-SI": (
        StylePeriod(
            "annunciation",
            None,
            (1749, 12, 31),
            _TUSCANY,
            f"Siena counted as Florence did; {_TUSCANY_DISPUTE}",
            disputed=True,
        ),
        StylePeriod("circumcision", (1750, 1, 1), None, _TUSCANY),
    ),
    "IT-PI": (
        StylePeriod(
            "pisan",
            None,
            (1749, 12, 31),
            _TUSCANY,
            "Pisa (calculus Pisanus); Capelli gives 1749 for the end, while a study of the "
            "documents cited by Wikipedia finds the change mostly made in 1406, when Florence "
            "took Pisa",
            disputed=True,
        ),
        StylePeriod("circumcision", (1750, 1, 1), None, _TUSCANY),
    ),
    "IT-VE": (
        StylePeriod(
            "venetian",
            None,
            (1797, 5, 12),
            f"{_WP_NEW_YEAR}: 1 March began the year in the Republic of Venice until its fall "
            "in 1797 (the Republic ended on 12 May 1797)",
            "the same Wikipedia list, and sizes.com, also give 1522 as the year Venice took "
            "1 January (sizes.com: for the civil year, the legal year keeping 1 March)",
            disputed=True,
        ),
        StylePeriod("circumcision", (1797, 5, 13), None, _WP_NEW_YEAR),
    ),
    "RU": (
        StylePeriod(
            "byzantine",
            (1492, 9, 1),
            (1699, 12, 31),
            _RUSSIA,
            "years were written Anno Mundi (AD + 5509 from 1 September, AD + 5508 from "
            "1 January); 7208 AM ran only from 1 September to 31 December 1699. Before 1492 "
            "the year began on 1 March, in two variants not modelled here",
        ),
        StylePeriod(
            "circumcision",
            (1700, 1, 1),
            None,
            _RUSSIA,
            "sizes.com gives 1725, against the decree of December 1699",
            disputed=True,
        ),
    ),
    "ES": (
        StylePeriod(
            "nativity",
            (1383, 12, 25),
            (1555, 12, 31),
            f"Cortes of Segovia, 1383, under John I of Castile; {_SIZES}",
            "Castile and León; the Spanish era was used before 1383",
        ),
        StylePeriod(
            "circumcision",
            (1556, 1, 1),
            None,
            f"{_WP_NEW_YEAR}; {_SIZES}",
            "some Spanish sources describe 1 January spreading gradually, without a decree, "
            "at the end of the 16th century",
            disputed=True,
        ),
    ),
    "ES-AR": (
        StylePeriod(
            "nativity",
            (1350, 12, 25),
            (1555, 12, 31),
            f"Order of Peter IV of Aragon, 1350; {_SIZES}",
            "the Crown of Aragon",
        ),
        StylePeriod("circumcision", (1556, 1, 1), None, f"{_WP_NEW_YEAR}; {_SIZES}"),
    ),
    "PT": (
        StylePeriod(
            "nativity",
            (1422, 12, 25),
            (1555, 12, 31),
            "Decree of John I of Portugal of 22 August 1460 of the Spanish era (1422 AD), "
            f"counting years from the Nativity; {_SIZES}",
            "sizes.com gives 1420 for John I's order",
            disputed=True,
        ),
        StylePeriod("circumcision", (1556, 1, 1), None, f"{_WP_NEW_YEAR}; {_SIZES}"),
    ),
    "DE": (
        StylePeriod(
            "nativity",
            None,
            (1543, 12, 31),
            _SIZES,
            "the Christmas year of the Holy Roman Empire 'anciently'; local practice varied",
        ),
        StylePeriod(
            "circumcision", (1544, 1, 1), None, f"{_WP_NEW_YEAR} (Holy Roman Empire); {_SIZES}"
        ),
    ),
    "SE": (
        StylePeriod(
            "circumcision",
            (1529, 1, 1),
            None,
            _WP_NEW_YEAR,
            "sizes.com says only 'at least from 1559'",
            disputed=True,
        ),
    ),
    "DK": (StylePeriod("circumcision", (1559, 1, 1), None, f"{_WP_NEW_YEAR}; {_SIZES}"),),
    "NO": (
        StylePeriod("circumcision", (1559, 1, 1), None, f"{_WP_NEW_YEAR} (Denmark and Norway)"),
    ),
    "NL": (
        StylePeriod(
            "circumcision",
            (1583, 1, 1),
            None,
            f"{_WP_NEW_YEAR} (Dutch Republic); {_SIZES} (Protestant Netherlands)",
            _LOW_COUNTRIES,
        ),
    ),
    "BE": (
        StylePeriod(
            "circumcision",
            (1576, 1, 1),
            None,
            f"{_WP_NEW_YEAR} (Southern Netherlands, by order of Philip II)",
            f"sizes.com gives 1556 for the Roman Catholic Netherlands; {_LOW_COUNTRIES}",
            disputed=True,
        ),
    ),
    "PL": (StylePeriod("circumcision", (1556, 1, 1), None, _WP_NEW_YEAR),),
    "LT": (StylePeriod("circumcision", (1362, 1, 1), None, f"{_WP_NEW_YEAR} (Grand Duchy)"),),
    "UA": (StylePeriod("circumcision", (1362, 1, 1), None, f"{_WP_NEW_YEAR} (Grand Duchy)"),),
}


def style_periods(place: str) -> tuple[str, tuple[StylePeriod, ...]]:
    """The table entry for *place*: (code used, periods).

    A subdivision without an entry of its own falls back to its country, so ``GB-ENG``
    and ``GB-WLS`` read as ``GB`` while ``GB-SCT`` has its own row.

    >>> style_periods("gb-eng")[0], style_periods("GB-SCT")[0]
    ('GB', 'GB-SCT')
    """
    if not isinstance(place, str):
        raise TypeError(f"place must be a str such as 'GB', not {type(place).__name__}")
    code = place.strip().upper()
    if code in YEAR_STARTS:
        return code, YEAR_STARTS[code]
    country = code.split("-", 1)[0]
    if country in YEAR_STARTS:
        return country, YEAR_STARTS[country]
    known = ", ".join(sorted(YEAR_STARTS))
    raise UnknownPlaceError(f"no year-start table for place {place!r}: known places are {known}")


def period_on(place: str, year: int, month: int, day: int) -> StylePeriod:
    """The period in force at *place* on this day (modern reckoning).

    >>> period_on("RU", 1699, 10, 1).style, period_on("RU", 1700, 1, 1).style
    ('byzantine', 'circumcision')
    """
    require_int(year, "year")
    _check_day(month, day)
    code, periods = style_periods(place)
    for period in periods:
        if period.contains(year, month, day):
            return period
    first = periods[0].start
    since = f" (the table starts on {_show(first)})" if first is not None else ""
    raise DateRangeError(
        f"the year-start style of {code} on {_show((year, month, day))} is not known{since}"
    )


def style_on(place: str, year: int, month: int, day: int) -> YearStartStyle:
    """The style in force at *place* on this day (modern reckoning)."""
    return period_on(place, year, month, day).style


def written_year_at(place: str, modern: int, month: int, day: int) -> int:
    """The year *place* wrote for this day (modern reckoning)."""
    return written_year(modern, month, day, style_on(place, modern, month, day))


def modern_years_at(place: str, written: int, month: int, day: int) -> tuple[int, ...]:
    """Every modern year a date written at *place* with year *written* can be.

    Empty when no day was ever written so (England's 1 February 1751); two years when the
    same written date occurred twice across a change of style.

    >>> modern_years_at("GB", 1750, 2, 1), modern_years_at("GB", 1751, 2, 1)
    ((1751,), ())
    >>> modern_years_at("RU", 1700, 10, 1)
    (1699, 1700)
    """
    require_int(written, "written")
    _check_day(month, day)
    _, periods = style_periods(place)
    found: list[int] = []
    for period in periods:
        candidate = modern_year(written, month, day, period.style)
        if period.contains(candidate, month, day) and candidate not in found:
            found.append(candidate)
    return tuple(sorted(found))


def modern_year_at(place: str, written: int, month: int, day: int) -> int:
    """The one modern year of a date written at *place*; an error if none or two.

    >>> modern_year_at("GB", 1731, 2, 11), modern_year_at("GB-SCT", 1731, 2, 11)
    (1732, 1731)
    """
    years = modern_years_at(place, written, month, day)
    if len(years) == 1:
        return years[0]
    code, periods = style_periods(place)
    shown = f"{day} {MONTH_NAMES[month - 1]} {written}"
    if not years:
        # Distinguish "never written" (a change of style skipped it) from "outside the
        # table": a day that the first style puts before the table's first day.
        first = periods[0]
        if (
            first.start is not None
            and (
                modern_year(written, month, day, first.style),
                month,
                day,
            )
            < first.start
        ):
            raise DateRangeError(
                f"the year-start style of {code} around {shown} is not known "
                f"(the table starts on {_show(first.start)})"
            )
        raise NonexistentCivilDateError(
            f"{shown} was never written in {code}: the style changed that year "
            f"({_describe(periods)})"
        )
    listed = " or ".join(str(y) for y in years)
    raise AmbiguousCivilDateError(
        f"{shown} as written in {code} is ambiguous: it is the modern year {listed} "
        f"({_describe(periods)})"
    )


def _describe(periods: tuple[StylePeriod, ...]) -> str:
    parts = []
    for period in periods:
        bounds = []
        if period.start is not None:
            bounds.append(f"from {_show(period.start)}")
        bounds.append(f"to {_show(period.end)}" if period.end is not None else "onwards")
        if period.start is None:
            bounds[-1] = bounds[-1].replace("to ", "until ", 1)
        parts.append(f"{STYLES[period.style].label} {' '.join(bounds)}")
    return "; ".join(parts)


def _show(day: Day) -> str:
    year, month, dom = day
    return f"{dom} {MONTH_NAMES[month - 1]} {year}"


__all__ = [
    "STYLES",
    "YEAR_STARTS",
    "Day",
    "StylePeriod",
    "StyleRule",
    "YearStartStyle",
    "modern_year",
    "modern_year_at",
    "modern_years_at",
    "period_on",
    "style_named",
    "style_on",
    "style_periods",
    "written_year",
    "written_year_at",
    "written_year_span",
    "year_shift",
]
