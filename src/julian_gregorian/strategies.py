"""Hypothesis strategies for tests of code that handles Old Style / New Style dates.

Hypothesis is needed (``pip install hypothesis``); the library itself never imports
this module. With julian-gregorian installed, ``st.from_type(JulianDate)``,
``st.from_type(GregorianDate)``, ``st.from_type(CalendarDate)`` and
``st.from_type(DualDate)`` work without importing it: Hypothesis runs the package's
entry point (:mod:`julian_gregorian._hypothesis_plugin`) when it starts. Importing it
registers them as well.

- :func:`julian_dates`, :func:`gregorian_dates`: days between two bounds (any date
  of ours or a ``datetime.date``), shrinking towards the lower bound's neighbourhood;
- :func:`civil_dates`: dates a place lived (never one in its reform gap, nor 29
  February of a calendar it had left);
- :func:`dual_year_dates`: ``11 February 1731/32``: days of 1 January - 24 March
  written with the two years of the Lady Day and the 1 January reckoning;
- :func:`pair_texts`: texts holding an O.S./N.S. pair in one of the extractor's
  languages and shapes, consistent or with a chosen error on the N.S. side.

>>> from hypothesis import given
>>> from julian_gregorian import extract
>>> @given(pair_texts(languages=["ru"]))
... def test_pairs_are_read(pair):
...     (item,) = extract(pair.text)
...     assert item.old_style.start.day == pair.old_style.day
>>> test_pairs_are_read()
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Literal

from hypothesis import strategies as st

from julian_gregorian.calendar._date_names import date_names
from julian_gregorian.calendar._months import MONTH_NAMES
from julian_gregorian.calendar.dates import CalendarDate, GregorianDate, JulianDate
from julian_gregorian.places._civil import CivilDate, civil_calendar
from julian_gregorian.places._reforms import Reform
from julian_gregorian.places.dual_years import DualDate, DualYear

__all__ = [
    "PairText",
    "civil_dates",
    "dual_year_dates",
    "gregorian_dates",
    "julian_dates",
    "pair_texts",
]

Bound = CalendarDate | datetime.date

_DEFAULT_MIN = JulianDate(-9999, 1, 1)
_DEFAULT_MAX = JulianDate(9999, 12, 31)

# Dual dating and O.S./N.S. pairs belong to the centuries between the first reform and
# the last one (Greece's, 15 February 1923 O.S.): texts are generated in them unless told
# otherwise.
_PAIR_MIN = JulianDate(1583, 1, 1)
_PAIR_MAX = JulianDate(1923, 2, 15)


def _ordinal(bound: Bound, name: str) -> int:
    if isinstance(bound, CalendarDate):
        return bound.toordinal()
    if isinstance(bound, datetime.date) and not isinstance(bound, datetime.datetime):
        return bound.toordinal()
    raise TypeError(f"{name} must be a JulianDate, GregorianDate or datetime.date")


def _ordinals(min_value: Bound, max_value: Bound) -> st.SearchStrategy[int]:
    low, high = _ordinal(min_value, "min_value"), _ordinal(max_value, "max_value")
    if low > high:
        raise ValueError(f"min_value {min_value!r} is after max_value {max_value!r}")
    return st.integers(low, high)


def julian_dates(
    min_value: Bound = _DEFAULT_MIN, max_value: Bound = _DEFAULT_MAX
) -> st.SearchStrategy[JulianDate]:
    """``JulianDate`` values of the days from *min_value* to *max_value* (inclusive).

    The bounds are days, of either calendar; by default Julian years -9999..9999.
    """
    return _ordinals(min_value, max_value).map(JulianDate.fromordinal)


def gregorian_dates(
    min_value: Bound = _DEFAULT_MIN, max_value: Bound = _DEFAULT_MAX
) -> st.SearchStrategy[GregorianDate]:
    """``GregorianDate`` values of the days from *min_value* to *max_value* (inclusive)."""
    return _ordinals(min_value, max_value).map(GregorianDate.fromordinal)


def civil_dates(
    place: str | Reform, min_value: Bound = _PAIR_MIN, max_value: Bound = _PAIR_MAX
) -> st.SearchStrategy[CivilDate]:
    """Dates as *place* (a code of the reform table, ``"GB"``) lived them, between two days.

    Every date drawn is one the place wrote: days of its reform gap (3-13 September 1752
    in Britain) and 29 February of a calendar it had left never come up. A day the place
    lived twice (Alaska, 1867) gives either of its dates.
    """
    calendar = civil_calendar(place)
    return _ordinals(min_value, max_value).flatmap(
        lambda ordinal: st.sampled_from(calendar.days_of(ordinal))
    )


@st.composite
def dual_year_dates(draw: st.DrawFn, min_year: int = 1583, max_year: int = 1752) -> DualDate:
    """Dates of 1 January - 24 March written with a dual year: ``11 February 1731/32``.

    The modern (later) year lies in *min_year*..*max_year*; the day exists in that Julian
    year; the second year is written with two digits, one (where that is unambiguous) or
    in full.
    """
    if not 2 <= min_year <= max_year:
        raise ValueError("dual years need 2 <= min_year <= max_year")
    year = draw(st.integers(min_year, max_year))
    month = draw(st.integers(1, 3))
    last = 24 if month == 3 else JulianDate(year, month, 1).days_in_month()
    day = draw(st.integers(1, last))
    digit_styles = [2, len(str(year))] + ([1] if year % 10 != 0 else [])
    return DualDate(day, month, DualYear(year - 1, year, draw(st.sampled_from(digit_styles))))


Language = Literal["en", "ru", "uk", "pl", "de", "el"]
Shape = Literal["bracketed", "parenthesised", "prose", "mdy"]

#: The shapes each language writes its pairs in here.
SHAPES: dict[str, tuple[str, ...]] = {
    "en": ("bracketed", "parenthesised", "prose", "mdy"),
    "ru": ("parenthesised",),
    "uk": ("parenthesised",),
    "pl": ("parenthesised",),
    "de": ("parenthesised",),
    "el": ("parenthesised",),
}

# The word after the year in the Slavic languages: "1917 года".
_YEAR_WORDS = {"ru": " года", "uk": " року", "pl": " roku"}


@dataclass(frozen=True)
class PairText:
    """A text holding one O.S./N.S. pair, and what it says.

    ``new_style`` is the N.S. date as written: ``error`` days after the true one
    (``old_style.to_gregorian()``), so a consistent pair has ``error == 0``.
    """

    text: str
    old_style: JulianDate
    new_style: GregorianDate
    error: int
    language: str
    shape: str


@st.composite
def pair_texts(
    draw: st.DrawFn,
    languages: list[str] | None = None,
    shapes: list[str] | None = None,
    error: int | st.SearchStrategy[int] = 0,
    min_value: Bound = _PAIR_MIN,
    max_value: Bound = _PAIR_MAX,
) -> PairText:
    """One O.S./N.S. pair written as the extractor reads it, as a :class:`PairText`.

    *languages* (default all: ``en ru uk pl de el``) and *shapes* (default every shape of
    the language drawn; see :data:`SHAPES`) narrow the writing; *error* is the days the
    written N.S. date is off by (an ``int`` or a strategy of them; 0 by default). The
    English shapes mark their sides O.S. and N.S. (``prose`` the pair as a whole); the
    others' pairs are unmarked, and the extractor takes two dates for a pair only while
    they are about the calendars' distance apart: with an error, they may be no pair.
    """
    chosen = list(SHAPES) if languages is None else list(languages)
    for language in chosen:
        if language not in SHAPES:
            raise ValueError(f"no pair shapes for language {language!r}: use {', '.join(SHAPES)}")
    language = draw(st.sampled_from(chosen))
    allowed = [s for s in SHAPES[language] if shapes is None or s in shapes]
    if not allowed:
        raise ValueError(f"language {language!r} has none of the shapes {shapes}")
    shape = draw(st.sampled_from(allowed))
    old = draw(julian_dates(min_value, max_value))
    off = draw(error) if isinstance(error, st.SearchStrategy) else error
    new = old.to_gregorian() + off
    return PairText(_written(old, new, language, shape), old, new, off, language, shape)


def _written(old: JulianDate, new: GregorianDate, language: str, shape: str) -> str:
    months = MONTH_NAMES if language == "en" else date_names(language).months
    om, nm = months[old.month - 1], months[new.month - 1]
    same_year = old.year == new.year
    if language == "en":
        if shape == "bracketed":
            if same_year:
                return f"{new.day} {nm} [O.S. {old.day} {om}] {new.year}"
            return f"{new.day} {nm} {new.year} [O.S. {old.day} {om} {old.year}]"
        if shape == "parenthesised":
            return f"{old.day} {om} {old.year} O.S. ({new.day} {nm} {new.year} N.S.)"
        if shape == "prose":
            return f"{old.day} {om} {old.year} (O.S.; {new.day} {nm} {new.year} N.S.)"
        return f"{om} {old.day}, {old.year} ({nm} {new.day}, {new.year} N.S.)"
    dot = "." if language == "de" else ""
    tail = _YEAR_WORDS.get(language, "")
    if same_year:
        return f"{old.day}{dot} {om} ({new.day}{dot} {nm}) {new.year}{tail}"
    return f"{old.day}{dot} {om} {old.year} ({new.day}{dot} {nm} {new.year}){tail}"


#: The types Hypothesis is given strategies for (``st.from_type``).
REGISTERED_TYPES: tuple[type, ...] = (JulianDate, GregorianDate, CalendarDate, DualDate)


def strategy_for(kind: type) -> st.SearchStrategy[object]:
    """The strategy ``st.from_type(kind)`` uses for each of :data:`REGISTERED_TYPES`."""
    if kind is JulianDate:
        return julian_dates()
    if kind is GregorianDate:
        return gregorian_dates()
    if kind is DualDate:
        return dual_year_dates()
    if kind is CalendarDate:
        return st.one_of(julian_dates(), gregorian_dates())
    raise TypeError(f"no strategy here for {kind.__name__}")


# Registered on import too, for installations whose metadata lacks the entry point.
for _kind in REGISTERED_TYPES:
    st.register_type_strategy(_kind, strategy_for)
