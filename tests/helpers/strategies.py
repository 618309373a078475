"""Hypothesis strategies biased toward the days where calendar code goes wrong.

Uniform draws almost never hit a century year, a day between 15 February and 15 March,
or 29 February-1 March of 1700, 1800 or 1900, so a removed Gregorian 100-year rule, an
offset that changes on 29 February instead of 1 March, or a leap-year look-up on the
wrong year survives them. These strategies draw such days most of the time and ordinary
days the rest, so that the properties keep their breadth:

- :func:`years`: century years and their neighbours, 400-year cycle ends, the reform years;
- :func:`dates`: valid (year, month, day) of a calendar, in the windows above, the Lady
  Day window (1 January-24 March) and the ends of months and years;
- :func:`invalid_dates`: triples that are no day of the calendar (29 February of a common
  year, 31 April, day 0, month 13);
- :func:`reform_days`: ordinals around the gap of a row of the reform table.

The public ``julian_gregorian.strategies`` module serves users; these serve the project's
own tests and may change with them.
"""

from __future__ import annotations

from hypothesis import strategies as st

from julian_gregorian.calendar import _gregorian as gregorian
from julian_gregorian.calendar import _julian as julian
from julian_gregorian.places._reforms import REFORMS, Reform

YMD = tuple[int, int, int]

CENTURIES = tuple(range(100, 2600, 100))
#: Years in which the reform table has a row, and the years when the offset changed.
REFORM_YEARS = tuple(sorted({row.first_gregorian.year for row in REFORMS}))

_MODULES = {"julian": julian, "gregorian": gregorian}


def century_years() -> st.SearchStrategy[int]:
    """A century year, a year next to one, or the end or start of a 400-year cycle."""
    return st.one_of(
        st.builds(lambda c, d: c + d, st.sampled_from(CENTURIES), st.integers(-1, 1)),
        st.builds(lambda n, d: 400 * n + d, st.integers(-5, 10), st.sampled_from((-1, 0, 1))),
    )


def years() -> st.SearchStrategy[int]:
    """Years where the rules differ most of the time, any year of 1-9999 the rest."""
    return st.one_of(
        century_years(),
        st.sampled_from(REFORM_YEARS),
        st.integers(1582, 1923),
        st.integers(1, 9999),
    )


def _windows() -> st.SearchStrategy[tuple[int, int]]:
    """(month, day) in one of the windows, before the day is checked against a year."""
    return st.one_of(
        # 15 February-15 March: the offset changes on 1 March of century years.
        st.tuples(st.just(2), st.integers(15, 29)),
        st.tuples(st.just(3), st.integers(1, 15)),
        # 28 February-1 March exactly.
        st.sampled_from(((2, 28), (2, 29), (3, 1))),
        # The Lady Day window and the day after it.
        st.tuples(st.integers(1, 3), st.integers(1, 31)),
        st.just((3, 25)),
        # Ends of months and of the year.
        st.tuples(st.integers(1, 12), st.integers(28, 31)),
        st.sampled_from(((12, 31), (1, 1))),
        # Any day.
        st.tuples(st.integers(1, 12), st.integers(1, 31)),
    )


def _valid(calendar: str, year: int, month: int, day: int) -> bool:
    return 1 <= day <= _MODULES[calendar].days_in_month(year, month)


def dates(
    calendar: str, year_strategy: st.SearchStrategy[int] | None = None
) -> st.SearchStrategy[YMD]:
    """Valid (year, month, day) of *calendar*, biased to the windows and *year_strategy*."""
    module = _MODULES[calendar]

    def clamp(year: int, month_day: tuple[int, int]) -> YMD:
        month, day = month_day
        return year, month, min(day, module.days_in_month(year, month))

    return st.builds(clamp, years() if year_strategy is None else year_strategy, _windows())


def invalid_dates(calendar: str) -> st.SearchStrategy[YMD]:
    """(year, month, day) that are not a day of *calendar*, most of them near real days."""

    def leap_day(year: int) -> YMD:
        return year, 2, 29

    module = _MODULES[calendar]
    common_years = years().filter(lambda year: not module.is_leap_year(year))
    return st.one_of(
        st.builds(leap_day, common_years),
        st.tuples(years(), st.sampled_from((4, 6, 9, 11)), st.just(31)),
        st.tuples(years(), st.just(2), st.integers(30, 31)),
        st.tuples(years(), st.integers(1, 12), st.sampled_from((0, 32, -1))),
        st.tuples(years(), st.sampled_from((0, 13, -1)), st.integers(1, 28)),
    )


def any_dates(calendar: str) -> st.SearchStrategy[YMD]:
    """Valid or not: the boundary days, invalid days, and anything in 1..9999."""
    return st.one_of(
        dates(calendar),
        invalid_dates(calendar),
        st.tuples(st.integers(1, 9999), st.integers(0, 13), st.integers(0, 32)),
    )


def date_ordinals(calendar: str = "julian") -> st.SearchStrategy[int]:
    """Day ordinals of the boundary days of *calendar*."""
    module = _MODULES[calendar]
    return dates(calendar).map(lambda ymd: module.to_ordinal(*ymd))


def reform_rows() -> st.SearchStrategy[Reform]:
    """A row of the reform table with a Julian period."""
    return st.sampled_from([row for row in REFORMS if row.last_julian is not None])


def reform_days(row: Reform) -> st.SearchStrategy[int]:
    """Ordinals within 40 days of *row*'s gap, its two ends most often."""
    assert row.last_julian is not None
    last, first = row.last_julian.toordinal(), row.first_gregorian.toordinal()
    return st.one_of(
        st.sampled_from((last - 1, last, last + 1, first - 1, first, first + 1)),
        st.integers(last - 40, first + 40),
    )


def labels_near_reform(row: Reform) -> st.SearchStrategy[YMD]:
    """Day labels (year, month, day) around *row*'s gap, read in either calendar."""
    return reform_days(row).flatmap(
        lambda ordinal: st.sampled_from(
            (julian.from_ordinal(ordinal), gregorian.from_ordinal(ordinal))
        )
    )
