"""Year-start styles: the shift of each style, the round trip, and the table of places."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from helpers.examples import examples
from helpers.strategies import years
from julian_gregorian.calendar import _gregorian as gregorian
from julian_gregorian.calendar import _julian as julian
from julian_gregorian.errors import (
    AmbiguousCivilDateError,
    DateRangeError,
    InvalidDateError,
    NonexistentCivilDateError,
    ParseError,
    UnknownPlaceError,
)
from julian_gregorian.places._reforms import place_codes
from julian_gregorian.places.year_start import (
    STYLES,
    YEAR_STARTS,
    modern_year,
    modern_year_at,
    modern_years_at,
    period_on,
    style_named,
    style_on,
    style_periods,
    written_year,
    written_year_at,
    written_year_span,
    year_shift,
)

ALL_STYLES = sorted(STYLES)
days_of_year = st.tuples(st.integers(1, 12), st.integers(1, 28))


@pytest.mark.parametrize(
    ("style", "written", "month", "day", "modern"),
    [
        # Lady Day / Florentine: the year begins on the 25 March after 1 January.
        ("annunciation", 1749, 2, 10, 1750),
        ("annunciation", 1749, 3, 24, 1750),
        ("annunciation", 1749, 3, 25, 1749),
        ("annunciation", 1749, 12, 31, 1749),
        # Pisan: the year begins on the 25 March before 1 January.
        ("pisan", 1750, 4, 1, 1749),
        ("pisan", 1750, 3, 24, 1750),
        ("pisan", 1750, 3, 25, 1749),
        # Venice: 1 March; January and February belong to the year before.
        ("venetian", 1500, 2, 28, 1501),
        ("venetian", 1500, 2, 29, 1501),
        ("venetian", 1500, 3, 1, 1500),
        # Byzantine: 1 September; September to December belong to the year after.
        ("byzantine", 1700, 9, 1, 1699),
        ("byzantine", 1700, 8, 31, 1700),
        # Nativity: 25 December.
        ("nativity", 1556, 12, 25, 1555),
        ("nativity", 1556, 12, 24, 1556),
        ("circumcision", 1750, 2, 10, 1750),
    ],
)
def test_modern_and_written_years(
    style: str, written: int, month: int, day: int, modern: int
) -> None:
    assert modern_year(written, month, day, style) == modern
    assert written_year(modern, month, day, style) == written


@given(st.sampled_from(ALL_STYLES), st.integers(-5000, 5000), days_of_year)
def test_each_style_is_a_bijection(style: str, year: int, month_day: tuple[int, int]) -> None:
    month, day = month_day
    assert modern_year(written_year(year, month, day, style), month, day, style) == year
    assert written_year(modern_year(year, month, day, style), month, day, style) == year
    assert year_shift(month, day, style) in (-1, 0, 1)


@pytest.mark.parametrize("style", ALL_STYLES)
def test_written_year_span_is_a_whole_year_and_maps_back(style: str) -> None:
    first, last = written_year_span(1749, style)
    assert written_year(first[0], first[1], first[2], style) == 1749
    assert written_year(last[0], last[1], last[2], style) == 1749
    # The day after the span's last day is in the next written year.
    rule = STYLES[style]  # type: ignore[index]
    assert (rule.month, rule.day) == (first[1], first[2])


def test_venetian_year_ends_on_the_last_day_of_february_of_its_calendar() -> None:
    assert written_year_span(1699, "venetian", "julian")[1] == (1700, 2, 29)
    assert written_year_span(1699, "venetian", "gregorian")[1] == (1700, 2, 28)


@settings(max_examples=examples(300))
@given(st.sampled_from(["julian", "gregorian"]), years())
def test_every_venetian_year_ends_on_its_calendars_last_february_day(
    calendar: str, year: int
) -> None:
    module = julian if calendar == "julian" else gregorian
    assume(year >= 1)
    first, last = written_year_span(year, "venetian", calendar)  # type: ignore[arg-type]
    assert first == (year, 3, 1)
    assert last == (year + 1, 2, module.days_in_month(year + 1, 2))


def test_style_aliases() -> None:
    assert style_named("Lady Day") == "annunciation"
    assert style_named("florentine") == "annunciation"
    assert style_named("more_veneto") == "venetian"
    assert style_named("Christmas") == "nativity"
    assert style_named("PISAN") == "pisan"
    with pytest.raises(ParseError, match="unknown year-start style 'easter'"):
        style_named("easter")
    with pytest.raises(TypeError):
        style_named(3)  # type: ignore[arg-type]


def test_days_are_checked() -> None:
    with pytest.raises(InvalidDateError, match="month 13"):
        year_shift(13, 1, "annunciation")
    with pytest.raises(InvalidDateError, match="day 31 does not exist in February"):
        modern_year(1749, 2, 31, "annunciation")
    # Sweden wrote 30 February 1712; whether a day exists is the calendar's business.
    assert modern_year_at("SE", 1712, 2, 30) == 1712
    with pytest.raises(TypeError):
        modern_year(1749.0, 2, 1, "annunciation")  # type: ignore[arg-type]
    with pytest.raises(ParseError):
        modern_year(1749, 2, 1, "easter")


# --- the table of places ----------------------------------------------------------------


def test_england_lady_day_until_1751_and_the_short_year() -> None:
    assert written_year_at("GB", 1751, 3, 24) == 1750
    assert written_year_at("GB", 1751, 3, 25) == 1751
    assert written_year_at("GB", 1751, 12, 31) == 1751
    assert written_year_at("GB", 1752, 1, 1) == 1752
    assert modern_year_at("GB", 1731, 2, 11) == 1732
    assert modern_year_at("GB", 1750, 3, 24) == 1751
    # The year 1751 ran from 25 March to 31 December: no January 1751 was ever written.
    assert modern_years_at("GB", 1751, 1, 15) == ()
    with pytest.raises(NonexistentCivilDateError, match="15 January 1751 was never written"):
        modern_year_at("GB", 1751, 1, 15)
    assert modern_year_at("GB", 1752, 1, 15) == 1752


def test_subdivisions_fall_back_to_their_country() -> None:
    assert style_periods("GB-ENG")[0] == "GB"
    assert style_periods("gb-wls")[0] == "GB"
    assert style_periods("US-MA")[0] == "US"
    assert modern_year_at("US-MA", 1731, 2, 11) == 1732


def test_scotland_took_1_january_in_1600() -> None:
    assert style_on("GB-SCT", 1599, 12, 31) == "annunciation"
    assert style_on("GB-SCT", 1600, 1, 1) == "circumcision"
    assert modern_year_at("GB-SCT", 1731, 2, 11) == 1731
    assert modern_years_at("GB-SCT", 1599, 2, 1) == ()


def test_russia_september_year_until_1699() -> None:
    assert style_on("RU", 1699, 8, 31) == "byzantine"
    assert written_year_at("RU", 1699, 9, 1) == 1700
    assert written_year_at("RU", 1699, 12, 31) == 1700
    assert written_year_at("RU", 1700, 1, 1) == 1700
    # In Anno Domini numbering the last four months of 1699 and of 1700 share numbers.
    assert modern_years_at("RU", 1700, 10, 1) == (1699, 1700)
    with pytest.raises(AmbiguousCivilDateError, match="modern year 1699 or 1700"):
        modern_year_at("RU", 1700, 10, 1)
    assert "7208" in period_on("RU", 1699, 10, 1).note


def test_florence_and_pisa_differ_by_a_year() -> None:
    assert modern_year_at("IT-FI", 1748, 2, 1) == 1749
    assert modern_year_at("IT-PI", 1749, 4, 1) == 1748
    assert written_year_at("IT-FI", 1749, 6, 1) + 1 == written_year_at("IT-PI", 1749, 6, 1)
    assert style_on("IT-FI", 1750, 1, 1) == "circumcision"


def test_venice_and_iberia() -> None:
    assert modern_year_at("IT-VE", 1700, 2, 10) == 1701
    assert style_on("IT-VE", 1797, 5, 13) == "circumcision"
    assert written_year_at("ES", 1500, 12, 25) == 1501
    assert written_year_at("ES", 1556, 12, 25) == 1556


def test_outside_the_table_and_unknown_places() -> None:
    with pytest.raises(DateRangeError, match="not known"):
        style_on("GB", 1100, 1, 1)
    with pytest.raises(DateRangeError, match="table starts on 1 January 1567"):
        modern_year_at("FR", 1500, 2, 1)
    with pytest.raises(UnknownPlaceError, match="no year-start table for place 'XX'"):
        style_on("XX", 1700, 1, 1)
    with pytest.raises(UnknownPlaceError):
        style_on("IT", 1700, 1, 1)  # Italy had no single style
    with pytest.raises(TypeError):
        style_periods(None)  # type: ignore[arg-type]


def test_every_row_is_sourced_ordered_and_keyed_like_the_reform_table() -> None:
    codes = place_codes()
    for code, periods in YEAR_STARTS.items():
        assert periods, code
        for period in periods:
            assert period.source.strip(), code
            assert period.style in STYLES
            if period.disputed:
                assert period.note, f"{code}: a disputed period must say how"
        for earlier, later in itertools.pairwise(periods):
            assert earlier.end is not None
            assert later.start is not None
            assert earlier.end < later.start, code
        # The codes of the reform table, or a country whose parts the reform table lists.
        country = code.split("-", 1)[0]
        assert code in codes or country in codes or any(c.startswith(f"{country}-") for c in codes)


@given(st.sampled_from(sorted(YEAR_STARTS)), st.integers(1100, 1900), days_of_year)
def test_every_lived_day_is_written_once_and_reads_back(
    place: str, year: int, month_day: tuple[int, int]
) -> None:
    month, day = month_day
    try:
        written = written_year_at(place, year, month, day)
    except DateRangeError:
        return
    assert year in modern_years_at(place, written, month, day)


# Every period of the year-start table, pinned as its sources give it (Wikipedia, "New
# Year's Day" and its table of dates of adoption of 1 January; sizes.com's "First day of
# the year"; the Calendar (New Style) Act 1750 for Britain and its colonies): a shift of
# one day at either end of any period fails.
EVERY_PERIOD: list[tuple[str, str, tuple[int, int, int] | None, tuple[int, int, int] | None]] = [
    ("GB", "annunciation", (1155, 3, 25), (1751, 12, 31)),
    ("GB", "circumcision", (1752, 1, 1), None),
    ("IE", "annunciation", (1155, 3, 25), (1751, 12, 31)),
    ("IE", "circumcision", (1752, 1, 1), None),
    ("US", "annunciation", None, (1751, 12, 31)),
    ("US", "circumcision", (1752, 1, 1), None),
    ("GB-SCT", "annunciation", None, (1599, 12, 31)),
    ("GB-SCT", "circumcision", (1600, 1, 1), None),
    ("FR", "circumcision", (1567, 1, 1), None),
    ("IT-FI", "annunciation", None, (1749, 12, 31)),
    ("IT-FI", "circumcision", (1750, 1, 1), None),
    ("IT-SI", "annunciation", None, (1749, 12, 31)),
    ("IT-SI", "circumcision", (1750, 1, 1), None),
    ("IT-PI", "pisan", None, (1749, 12, 31)),
    ("IT-PI", "circumcision", (1750, 1, 1), None),
    ("IT-VE", "venetian", None, (1797, 5, 12)),
    ("IT-VE", "circumcision", (1797, 5, 13), None),
    ("RU", "byzantine", (1492, 9, 1), (1699, 12, 31)),
    ("RU", "circumcision", (1700, 1, 1), None),
    ("ES", "nativity", (1383, 12, 25), (1555, 12, 31)),
    ("ES", "circumcision", (1556, 1, 1), None),
    ("ES-AR", "nativity", (1350, 12, 25), (1555, 12, 31)),
    ("ES-AR", "circumcision", (1556, 1, 1), None),
    ("PT", "nativity", (1422, 12, 25), (1555, 12, 31)),
    ("PT", "circumcision", (1556, 1, 1), None),
    ("DE", "nativity", None, (1543, 12, 31)),
    ("DE", "circumcision", (1544, 1, 1), None),
    ("SE", "circumcision", (1529, 1, 1), None),
    ("DK", "circumcision", (1559, 1, 1), None),
    ("NO", "circumcision", (1559, 1, 1), None),
    ("NL", "circumcision", (1583, 1, 1), None),
    ("BE", "circumcision", (1576, 1, 1), None),
    ("PL", "circumcision", (1556, 1, 1), None),
    ("LT", "circumcision", (1362, 1, 1), None),
    ("UA", "circumcision", (1362, 1, 1), None),
]


def test_every_period_of_the_year_start_table_is_pinned() -> None:
    table = [
        (code, period.style, period.start, period.end)
        for code, periods in YEAR_STARTS.items()
        for period in periods
    ]
    assert table == EVERY_PERIOD


def test_a_pisan_year_written_one_ahead_is_found_after_the_style_ended() -> None:
    # Pisa counted from 1 January from 1750, but "10 April 1750" may still be a Pisan
    # date of modern 1749 (its Pisan year 1750 began on 25 March 1749).
    assert modern_years_at("IT-PI", 1750, 4, 10) == (1749, 1750)
    assert modern_years_at("IT-PI", 1750, 3, 10) == (1750,)


@pytest.mark.parametrize(
    ("place", "written", "month", "day"),
    [
        ("GB", 1154, 2, 1),  # the table starts on 25 March 1155
        ("GB", 1154, 12, 1),
        ("RU", 1492, 3, 1),  # ... on 1 September 1492
        ("RU", 1492, 9, 1),  # written 1492 in the Byzantine style: modern 1491
        ("ES", 1383, 12, 24),  # ... on 25 December 1383
        ("ES", 1383, 12, 26),  # written 1383 in the Nativity style: modern 1382
    ],
)
def test_a_date_before_the_table_is_not_known_rather_than_never_written(
    place: str, written: int, month: int, day: int
) -> None:
    with pytest.raises(DateRangeError, match="is not known \\(the table starts on"):
        modern_year_at(place, written, month, day)


def test_a_date_a_change_of_style_skipped_was_never_written() -> None:
    with pytest.raises(NonexistentCivilDateError, match="the style changed that year"):
        modern_year_at("GB", 1751, 2, 1)
    assert modern_year_at("ES", 1384, 12, 26) == 1383
