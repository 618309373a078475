"""``julian-gregorian convert`` through a real subprocess, and the date words it reads."""

from __future__ import annotations

import json
import subprocess
from typing import Any

import pytest

from helpers.warm_start import run_command
from julian_gregorian.errors import InvalidDateError, ParseError
from julian_gregorian.formats._human import HumanDate, parse_human_date
from julian_gregorian.places.dual_years import DualYear


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_command("convert", *args, encoding="utf-8")


def as_json(*args: str) -> dict[str, Any]:
    result = run("--format", "json", *args)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    record: dict[str, Any] = json.loads(result.stdout)
    return record


def test_the_issue_example_dual_year_in_britain() -> None:
    record = as_json("11 February 1731/2", "--place", "GB")
    assert record["julian"] == "1732-02-11"
    assert record["gregorian"] == "1732-02-22"
    assert record["weekday"] == "Friday"
    assert record["modern_year"] == 1732
    assert record["offset"] == 11
    assert record["place"] == "GB"
    assert record["calendar_in_use"] == "julian"
    assert record["year_start"] == "annunciation"
    assert record["written"] == "11 February 1731/2"


def test_the_issue_example_as_text() -> None:
    result = run("11 February 1731/2", "--place", "GB")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "Julian (O.S.):    11 February 1732" in lines
    assert "Gregorian (N.S.): 22 February 1732" in lines
    assert "Modern year:      1732" in lines
    assert "Weekday:          Friday" in lines
    assert "Calendar in use:  Julian (in GB)" in lines


@pytest.mark.parametrize(
    ("date", "line"),
    [
        ("1917-10-25", "Offset:           13 (13 days, Gregorian ahead of Julian)"),
        ("0200-03-01", "Offset:           0 (both calendars give the same date)"),
        ("-0043-03-15", "Offset:           -2 (2 days, Gregorian behind Julian)"),
    ],
)
def test_the_offset_line_says_which_calendar_is_ahead(date: str, line: str) -> None:
    result = run(date, "--from", "julian")
    assert result.returncode == 0, result.stderr
    assert line in result.stdout.splitlines()


@pytest.mark.parametrize(
    ("args", "julian", "gregorian", "weekday"),
    [
        (["7 November 1917"], "1917-10-25", "1917-11-07", "Wednesday"),
        (["24 October 1917 O.S."], "1917-10-24", "1917-11-06", "Tuesday"),
        (["O.S. 25 October 1917"], "1917-10-25", "1917-11-07", "Wednesday"),
        (["25 October 1917 (Old Style)"], "1917-10-25", "1917-11-07", "Wednesday"),
        (
            ["7 November 1917 [N.S.]", "--from", "gregorian"],
            "1917-10-25",
            "1917-11-07",
            "Wednesday",
        ),
        (["1917-10-25", "--from", "julian"], "1917-10-25", "1917-11-07", "Wednesday"),
        (["1917-11-07"], "1917-10-25", "1917-11-07", "Wednesday"),
        (["October 25, 1917", "--from", "julian"], "1917-10-25", "1917-11-07", "Wednesday"),
        (["Oct. 25th, 1917 OS"], "1917-10-25", "1917-11-07", "Wednesday"),
        (["15 March 44 BC", "--from", "julian"], "-0043-03-15", "-0043-03-13", "Wednesday"),
        (["--from", "julian", "--", "-0043-03-15"], "-0043-03-15", "-0043-03-13", "Wednesday"),
        (["-0043-03-15", "--from", "julian"], "-0043-03-15", "-0043-03-13", "Wednesday"),
        (["--from", "julian", "-0043-03-15"], "-0043-03-15", "-0043-03-13", "Wednesday"),
        (["1 January 1 AD", "--from", "julian"], "0001-01-01", "0000-12-30", "Saturday"),
        (["29 February 1900 O.S."], "1900-02-29", "1900-03-13", "Tuesday"),
        (["Wednesday, 2 September 1752", "--place", "GB"], "1752-09-02", "1752-09-13", "Wednesday"),
        (["14 September 1752", "--place", "GB"], "1752-09-03", "1752-09-14", "Thursday"),
        # Washington's birthday: "New Style" in Britain meant the 1 January year as well.
        (["22 February 1732 N.S.", "--place", "GB"], "1732-02-11", "1732-02-22", "Friday"),
        (["11 February 1731 O.S.", "--place", "GB"], "1732-02-11", "1732-02-22", "Friday"),
    ],
)
def test_conversions(args: list[str], julian: str, gregorian: str, weekday: str) -> None:
    record = as_json(*args)
    assert (record["julian"], record["gregorian"], record["weekday"]) == (
        julian,
        gregorian,
        weekday,
    )


def test_year_start_of_the_place_applies_to_written_years() -> None:
    england = as_json("10 February 1749", "--place", "GB")
    assert (england["modern_year"], england["julian"]) == (1750, "1750-02-10")
    scotland = as_json("10 February 1749", "--place", "GB-SCT")
    assert (scotland["modern_year"], scotland["julian"]) == (1749, "1749-02-10")
    assert scotland["year_start"] == "circumcision"
    styled = as_json("10 February 1749", "--style", "lady-day", "--from", "julian")
    assert styled["julian"] == "1750-02-10"
    florence = as_json("1 February 1748", "--place", "IT-FI")
    assert (florence["modern_year"], florence["reform_place"]) == (1749, "IT")
    assert florence["calendar_in_use"] == "gregorian"
    # A place without a year-start row reads the year as 1 January and says so.
    result = run("1 March 1700", "--place", "CH-ZH")
    assert result.returncode == 0, result.stderr
    assert "Year start:       not known for CH-ZH" in result.stdout


def test_sweden_30_february_1712() -> None:
    record = as_json("30 February 1712", "--place", "SE")
    assert record["calendar"] == "swedish"
    assert (record["julian"], record["gregorian"]) == ("1712-02-29", "1712-03-11")


def test_a_marker_in_a_place_that_used_the_other_calendar() -> None:
    record = as_json("1 May 1900 O.S.", "--place", "GB")
    assert record["calendar"] == "julian"
    assert record["calendar_in_use"] == "gregorian"
    assert record["gregorian"] == "1900-05-14"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["garbage"], "cannot read 'garbage' as a date"),
        (["31 November 1917"], "day 31 does not exist in November 1917"),
        (["29 February 1900"], "day 29 does not exist"),
        (["7 Novembr 1917"], "'Novembr' is not a month name"),
        (["1 January 0"], "there is no year 0"),
        (["24 October 1917 O.S.", "--from", "gregorian"], "but the calendar asked for (--from)"),
        (["O.S. 7 November 1917 N.S."], "marked both Old Style and New Style"),
        (["11 February 1731/3", "--place", "GB"], "written 1731/32"),
        (["10 April 1749/50", "--place", "GB"], "1749/50 is ambiguous"),
        (["Monday, 11 February 1731/2", "--place", "GB"], "was a Friday, not a Monday"),
        (["3 September 1752", "--place", "GB"], "3 September 1752 does not exist in GB"),
        (["1 February 1751", "--place", "GB"], "1 February 1751 was never written in GB"),
        (["1 October 1700", "--place", "RU"], "ambiguous: it is the modern year 1699 or 1700"),
        (["1 January 1700", "--place", "XX"], "unknown place 'XX'"),
        (["1 January 1700", "--place", "XX-YY"], "neither it nor 'XX' is in the reform table"),
        (["10 February 1749", "--style", "easter"], "unknown year-start style 'easter'"),
        (["1749-02-10", "--style", "annunciation"], "(--style) applies to a written year"),
        (["1 January 44 BC 1/2"], "'1/2' after '1 January 44 BC' is read as no era"),
    ],
)
def test_errors_exit_2_with_one_line(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("julian-gregorian convert: error: ")
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_a_gap_date_names_the_options_that_read_it() -> None:
    # (not the policy= parameter of CivilCalendar.date, which the command does not have)
    result = run("5 October 1582", "--place", "IT")
    assert result.returncode == 2
    assert "5 October 1582 does not exist in IT" in result.stderr
    assert "--from julian or --from gregorian" in result.stderr
    assert "policy" not in result.stderr
    read = run("5 October 1582", "--place", "IT", "--from", "julian")
    assert "Gregorian (N.S.): 15 October 1582" in read.stdout


def test_usage_errors_exit_2() -> None:
    result = run("7 November 1917", "--from", "hebrew")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


# --- the date words, without a subprocess -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7 November 1917", HumanDate(1917, 11, 7)),
        ("November 7, 1917", HumanDate(1917, 11, 7)),
        ("7th Nov. 1917", HumanDate(1917, 11, 7)),
        ("Sept. 14, 1752", HumanDate(1752, 9, 14)),
        ("24 October 1917 O.S.", HumanDate(1917, 10, 24, "julian")),
        ("24 October 1917 (OS)", HumanDate(1917, 10, 24, "julian")),
        ("24 October 1917, Old Style", HumanDate(1917, 10, 24, "julian")),
        ("Julian 24 October 1917", HumanDate(1917, 10, 24, "julian")),
        ("[N.S.] 6 November 1917", HumanDate(1917, 11, 6, "gregorian")),
        ("6 November 1917 new style", HumanDate(1917, 11, 6, "gregorian")),
        ("6 November 1917 Gregorian", HumanDate(1917, 11, 6, "gregorian")),
        ("11 February 1731/2", HumanDate(1731, 2, 11, None, DualYear(1731, 1732, 1))),
        ("Fri, 11 Feb 1731/32", HumanDate(1731, 2, 11, None, DualYear(1731, 1732), 4)),
        ("15 March 44 BC", HumanDate(-43, 3, 15)),
        ("15 March 44 B.C.E.", HumanDate(-43, 3, 15)),
        ("March 15, 44 BCE", HumanDate(-43, 3, 15)),
        ("1 January 1066 AD", HumanDate(1066, 1, 1)),
        ("1917-10-25", HumanDate(1917, 10, 25, iso=True)),
        ("-0043-03-15", HumanDate(-43, 3, 15, iso=True)),
        ("1917-10-25 O.S.", HumanDate(1917, 10, 25, "julian", iso=True)),
        ("  7   November   1917  ", HumanDate(1917, 11, 7)),
    ],
)
def test_human_dates(text: str, expected: HumanDate) -> None:
    assert parse_human_date(text) == expected


@pytest.mark.parametrize(
    ("text", "error", "message"),
    [
        ("", ParseError, "empty date"),
        ("1917", ParseError, "cannot read"),
        ("7 Novembr 1917", ParseError, "is not a month name"),
        ("1 January 0", ParseError, "no year 0"),
        ("11 February 1731/2 BC", ParseError, "cannot carry an era"),
        ("11 February 1731/4", ParseError, "1731/32"),
        ("O.S. 7 November 1917 NS", ParseError, "both Old Style and New Style"),
        ("1 January 0 BC", InvalidDateError, "historical years start at 1"),
    ],
)
def test_human_date_errors(text: str, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        parse_human_date(text)
    with pytest.raises(TypeError):
        parse_human_date(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "date",
    [
        "11 февраля 1731/32 по ст. ст.",
        "11. Februar 1731/32 a. St.",
        "11 февраля 1731/32",
        "11 February 1731/2 O.S.",
    ],
)
def test_a_dual_year_of_any_language_gives_the_later_modern_year(date: str) -> None:
    record = as_json(date)
    assert record["julian"] == "1732-02-11"
    assert record["gregorian"] == "1732-02-22"
    assert record["modern_year"] == 1732
    assert record["year_start"] == "annunciation"
