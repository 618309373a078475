"""Dual years: the table of written forms, the errors, and the checker's entry point."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.examples import examples
from helpers.strategies import any_dates, dates
from julian_gregorian import GregorianDate, JulianDate
from julian_gregorian.calendar import _gregorian as gregorian
from julian_gregorian.calendar import _julian as julian
from julian_gregorian.errors import InvalidDateError, ParseError
from julian_gregorian.places.dual_years import (
    DualDate,
    DualYear,
    dual_year_from_parts,
    dual_year_problem,
    format_dual_year,
    month_number,
    parse_dual_date,
    parse_dual_year,
    second_year_as_written,
    validate_dual_year,
)


@pytest.mark.parametrize(
    ("text", "first", "second", "digits"),
    [
        ("1749/50", 1749, 1750, 2),
        ("1731/2", 1731, 1732, 1),
        ("1699/00", 1699, 1700, 2),
        ("1799/800", 1799, 1800, 3),
        ("1683/84", 1683, 1684, 2),
        ("1651/2", 1651, 1652, 1),
        ("1749/1750", 1749, 1750, 4),
        ("1709/10", 1709, 1710, 2),
        ("1599/1600", 1599, 1600, 4),
        (" 1648/49 ", 1648, 1649, 2),
        ("1648\u204449", 1648, 1649, 2),
        ("9/10", 9, 10, 2),
    ],
)
def test_the_dual_year_table(text: str, first: int, second: int, digits: int) -> None:
    dual = parse_dual_year(text)
    assert dual == DualYear(first, second, digits)
    assert dual.modern_year == second
    assert dual.old_style_year == first
    assert str(dual) == text.strip().replace("\u2044", "/")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1749/51", "written 1749/50 (or 1749/1750), not 51"),
        ("1750/49", "written 1750/51 (or 1750/1751), not 49"),
        ("1749/5", "written 1749/50 (or 1749/1750), not 5"),
        ("1749/1751", "not 1751"),
        ("1699/01", "written 1699/00"),
        ("1799/900", "written 1799/800"),
    ],
)
def test_malformed_dual_years_name_the_expected_form(text: str, expected: str) -> None:
    with pytest.raises(ParseError, match="the second year must be the year after") as caught:
        parse_dual_year(text)
    assert expected in str(caught.value)


@pytest.mark.parametrize("text", ["1749", "1749/", "/50", "1749-50", "1749 / 50", "MDCC/1", ""])
def test_text_that_is_no_dual_year(text: str) -> None:
    with pytest.raises(ParseError, match="cannot read"):
        parse_dual_year(text)


def test_a_dual_year_shows_two_digits_unless_told_otherwise() -> None:
    assert str(DualYear(1749, 1750)) == "1749/50"
    assert str(DualYear(1699, 1700)) == "1699/00"


def test_other_construction_errors() -> None:
    with pytest.raises(ParseError, match="1 or later"):
        parse_dual_year("0/1")
    with pytest.raises(ParseError, match="not a number"):
        dual_year_from_parts(1749, "5x")
    with pytest.raises(InvalidDateError, match="1749/50"):
        DualYear(1749, 1751)
    with pytest.raises(InvalidDateError, match="Christian era"):
        DualYear(0, 1)
    with pytest.raises(InvalidDateError, match="digits"):
        DualYear(1749, 1750, 0)
    with pytest.raises(TypeError):
        parse_dual_year(1749)  # type: ignore[arg-type]


def test_formatting() -> None:
    assert format_dual_year(1750) == "1749/50"
    assert format_dual_year(1700) == "1699/00"
    assert format_dual_year(1732, 1) == "1731/2"
    assert format_dual_year(1800, 3) == "1799/800"
    assert format_dual_year(1750, "full") == "1749/1750"
    assert format_dual_year(1750, 9) == "1749/1750"
    assert format_dual_year(1800, "minimal") == "1799/800"
    assert format_dual_year(1700, "minimal") == "1699/700"
    assert format_dual_year(1750, "minimal") == "1749/50"
    assert format_dual_year(1732, "minimal") == "1731/2"
    assert format_dual_year(10, "minimal") == "9/10"
    assert DualYear(1731, 1732, 1).format(2) == "1731/32"
    with pytest.raises(InvalidDateError):
        format_dual_year(1)
    with pytest.raises(ValueError, match="digits"):
        format_dual_year(1750, 0)
    with pytest.raises(ValueError, match="digits"):
        format_dual_year(1750, "short")  # type: ignore[arg-type]


@given(st.integers(2, 99_999), st.sampled_from([1, 2, 3, 4, "full", "minimal"]))
def test_format_then_parse_round_trips(modern: int, digits: int | str) -> None:
    text = format_dual_year(modern, digits)  # type: ignore[arg-type]
    assert parse_dual_year(text).modern_year == modern


def test_problem_reasons_for_the_checker() -> None:
    assert dual_year_problem(1731, 1732) is None
    assert dual_year_problem(1731, 1732, 2, 11) is None
    assert dual_year_problem(1731, 1732, 3, 24) is None
    assert dual_year_problem(1731, 1732, 1) is None
    assert dual_year_problem(1747, 1748, 2, 29) is None  # 1748 is a leap year
    assert "1749/50 (1750), not 1751" in str(dual_year_problem(1749, 1751))
    assert "on 25 March the two years agree" in str(dual_year_problem(1749, 1750, 3, 25))
    assert "ambiguous (1749 or 1750)" in str(dual_year_problem(1749, 1750, 10, 1))
    assert "in May the two years agree" in str(dual_year_problem(1749, 1750, 5))
    assert "1750 is not a leap year" in str(dual_year_problem(1749, 1750, 2, 29))
    assert "Gregorian" in str(dual_year_problem(1699, 1700, 2, 29, "gregorian"))
    assert dual_year_problem(1699, 1700, 2, 29, "julian") is None
    assert "day 30 does not exist in February" in str(dual_year_problem(1749, 1750, 2, 30))
    assert "month 13" in str(dual_year_problem(1749, 1750, 13, 1))
    assert "without a month" in str(dual_year_problem(1749, 1750, None, 3))
    assert "Christian era" in str(dual_year_problem(-1, 0))
    assert dual_year_problem(1749, 1749) == (
        "the second year of a dual year is the year after the first: 1749/50 (1750), not 1749"
    )
    with pytest.raises(TypeError):
        dual_year_problem(1749, "1750")  # type: ignore[arg-type]


def test_validate_raises_the_same_reason() -> None:
    validate_dual_year(1731, 1732, 2, 11)
    with pytest.raises(InvalidDateError, match=r"dual year 1749/1750: .*10 April"):
        validate_dual_year(1749, 1750, 4, 10)


@pytest.mark.parametrize(
    "text",
    [
        "10 February 1749/50",
        "February 10, 1749/50",
        "10 Feb. 1749/50",
        "10th February 1749/50",
        "Feb 10 1749/50",
        "10 february, 1749/50",
    ],
)
def test_a_date_with_a_dual_year_is_one_day(text: str) -> None:
    dual = parse_dual_date(text)
    assert dual == DualDate(10, 2, DualYear(1749, 1750, 2))
    assert dual.to_date() == JulianDate(1750, 2, 10)
    assert dual.to_date("gregorian") == GregorianDate(1750, 2, 10)


def test_dual_dates_format_and_refuse_bad_days() -> None:
    date = parse_dual_date("11 February 1731/2")
    assert str(date) == "11 February 1731/2"
    assert date.format("mdy", 2) == "February 11, 1731/32"
    assert date.to_date().to_gregorian() == GregorianDate(1732, 2, 22)
    with pytest.raises(InvalidDateError, match="ambiguous"):
        parse_dual_date("10 April 1749/50").to_date()
    with pytest.raises(ParseError, match="the year after"):
        parse_dual_date("10 February 1749/51")
    with pytest.raises(ParseError, match="expected forms"):
        parse_dual_date("10 Brumaire 1749/50")
    with pytest.raises(ParseError, match="expected forms"):
        parse_dual_date("10 February 1750")


def test_month_words() -> None:
    assert month_number("Sept") == 9
    assert month_number("sep.") == 9
    assert month_number("DECEMBER") == 12
    assert month_number("Ju") is None
    assert month_number("Juin") is None


@pytest.mark.parametrize(
    ("first", "written", "second"),
    [
        (1749, "50", 1750),
        (1731, "2", 1732),
        (1699, "00", 1700),
        (1799, "800", 1800),
        (1749, "1750", 1750),
        (1749, "51", 1751),
        (1750, "49", 1749),
        (1749, "5", 1745),
        (1683, "85", 1685),
        # As many digits as the first year: the carry still counts (99/00 is 99/100).
        (99, "00", 100),
        (9, "0", 10),
        (999, "1000", 1000),
        (9999, "0000", 10000),
        (1750, "1749", 1749),
        (98, "99", 99),
    ],
)
def test_second_year_as_written_keeps_malformed_years(
    first: int, written: str, second: int
) -> None:
    assert second_year_as_written(first, written) == second
    problem = dual_year_problem(first, second)
    assert (problem is None) == (second == first + 1)


# -- Properties over boundary days ------------------------------------------------------


@settings(max_examples=examples(500))
@given(st.integers(1, 99_999), st.integers(1, 6))
def test_the_year_after_reads_back_with_any_number_of_digits(first: int, digits: int) -> None:
    """``99/00`` is 99/100 and ``9/0`` is 9/10: the carry counts however many digits."""
    written = f"{(first + 1) % 10**digits:0{digits}d}"
    assert second_year_as_written(first, written) == first + 1
    assert dual_year_problem(first, second_year_as_written(first, written)) is None


@settings(max_examples=examples(500))
@given(
    st.one_of(any_dates("julian"), dates("julian", st.integers(1, 1752))),
    st.sampled_from([1, 1, 1, 0, 2, -1]),
    st.sampled_from(["julian", "gregorian"]),
)
def test_dual_year_problem_follows_its_three_rules(
    date: tuple[int, int, int], step: int, calendar: str
) -> None:
    modern, month, day = date
    first, second = modern - 1, modern - 1 + step
    problem = dual_year_problem(first, second, month, day, calendar)  # type: ignore[arg-type]
    module = julian if calendar == "julian" else gregorian
    in_season = 1 <= month <= 3 and (month, day) <= (3, 24)
    exists = 1 <= month <= 12 and 1 <= day <= module.days_in_month(second, month)
    if step != 1:
        assert problem is not None
        assert problem.startswith("the second year of a dual year is the year after the first")
        assert f"not {second}" in problem
    elif first < 1:
        assert problem is not None
        assert "Christian era" in problem
    else:
        assert (problem is None) == (in_season and exists), problem
