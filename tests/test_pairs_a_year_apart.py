"""Two dates joined by a slash or by words, each printing its own year, are one day in
two calendars only where they are that day counted in the two calendars (give or take a
day's slip): months and days as far apart as the calendars were, a year apart, are two
different days (``12 May 1700 / 23 May 1701``), not one day with a wrong offset."""

from __future__ import annotations

import os

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from helpers.examples import examples
from helpers.extract import only, read, span
from helpers.paths import REPO
from helpers.warm_start import run_command
from julian_gregorian import check, offset_for_julian
from julian_gregorian.calendar import _gregorian as gregorian
from julian_gregorian.calendar import _julian as julian
from julian_gregorian.calendar._months import MONTH_NAMES
from julian_gregorian.errors import InvalidDateError
from julian_gregorian.places._reforms import REFORMS


@pytest.mark.parametrize(
    "text",
    [
        # 11 days from 12 May, 1700's offset, but in the year after: a span of a year
        "From 12 May 1700 / 23 May 1701 he lived in Rome.",
        "He lived in Rome from 12 May 1700 / 23 May 1701",
        # month first, a comma before each year
        "the lease ran May 12, 1700/May 23, 1701 in all",
        # the N.S.-looking date first, the later year on the other side
        "the posts of 23 May 1701 / 12 May 1700 were merged",
        # across the new year and a year more
        "they wrote 21 December 1916 / 3 January 1918 on the stone",
        # a year apart and another era's 13 days: no era had 378
        "He held the post 12 May 1700 / 25 May 1701.",
    ],
)
def test_two_dates_a_year_apart_are_no_pair(text: str) -> None:
    assert [kind for kind, *_ in read(text)] == []
    assert check(text) == []


def test_marked_dates_of_two_years_told_in_prose_are_two_events() -> None:
    text = "He arrived on 3 April 1700 O.S. and left on 14 April 1701 N.S."
    assert read(text) == [
        ("old_style", "marked", "1700-04-03", "-"),
        ("new_style", "marked", "-", "1701-04-14"),
    ]
    assert check(text) == []


def test_a_year_written_wrong_in_an_explaining_bracket_is_reported() -> None:
    # The bracket says the two are one day: a year off on one side is an error the
    # checker reports, not another day (which would leave 10 July 1709 an O.S. date).
    text = (
        "Peter won on 10 July 1709 (in the Julian calendar, then still used in Russia,"
        " 27 June 1708)."
    )
    assert [kind for kind, *_ in read(text)] == ["pair"]
    (finding,) = check(text)
    assert finding.code == "JG101"
    assert "written 378 days apart" in finding.message


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        # across the new year, each date printing its year
        ("He died 21 December 1916 / 3 January 1917 in Petrograd.", "1916-12-21", "1917-01-03"),
        ("a letter of December 21, 1916/January 3, 1917 to his son", "1916-12-21", "1917-01-03"),
        ("a letter of 3 January 1917 / 21 December 1916 to his son", "1916-12-21", "1917-01-03"),
        # the year printed once
        ("He died 21 December / 3 January 1917 in Petrograd.", "1916-12-21", "1917-01-03"),
        # the O.S. year counted from 25 March: one less than the N.S. year, one day
        ("born 11 February 1731 / 22 February 1732 in Virginia", "1732-02-11", "1732-02-22"),
        ("born February 22, 1732 / February 11, 1731 in Virginia", "1732-02-11", "1732-02-22"),
        ("born February 22, 1732 [O.S. February 11, 1731] in Virginia", "1732-02-11", "1732-02-22"),
        # Russian, in brackets and by a slash
        ("Он родился 22 декабря 1914 года (4 января 1915 года).", "1914-12-22", "1915-01-04"),
        ("Он родился 22 декабря 1914 / 4 января 1915.", "1914-12-22", "1915-01-04"),
    ],
)
def test_one_day_across_the_new_year_or_lady_day_is_still_a_pair(
    text: str, old: str, new: str
) -> None:
    item = only(text)
    assert item.kind == "pair"
    assert (span(item.old_style), span(item.new_style)) == (old, new)
    assert check(text) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a day's slip across the new year
        (
            "He died 21 December 1916 / 4 January 1917 in Petrograd.",
            "written 14 days apart; the calendars were 13 days apart then",
        ),
        # another era's 13 days across the new year (1700's offset was 11)
        (
            "He died 25 December 1700 / 7 January 1701 in Moscow.",
            "written 13 days apart; the calendars were 11 days apart then",
        ),
        # one year written on both sides of 1 January: the commonest slip across it
        (
            "He died 21 December 1916 / 3 January 1916 in Petrograd.",
            "the N.S. date written 353 days before the O.S. one; the calendars were 13 days",
        ),
    ],
)
def test_a_mistaken_pair_across_the_new_year_is_still_reported(text: str, said: str) -> None:
    assert only(text).kind == "pair"
    (finding,) = check(text)
    assert finding.code == "JG101"
    assert said in finding.message


def test_the_command_line_finds_no_problem_in_two_dates_a_year_apart() -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    stdin = b"From 12 May 1700 / 23 May 1701 he lived in Rome.\n"
    result = run_command("check", "-", stdin=stdin, cwd=REPO, env=env)
    assert result.returncode == 0, result.stdout
    assert result.stdout.decode().startswith("No problems found:")


#: The Julian days from 1583 (after the first reform) to 28 February 2100 O.S.
ERA_DAYS = st.integers(julian.to_ordinal(1583, 1, 1), julian.to_ordinal(2100, 2, 28))


#: (last Julian day, first Gregorian day) of the reforms, as ordinals.
TRANSITIONS = frozenset(
    (row.last_julian.toordinal(), row.first_gregorian.toordinal())
    for row in REFORMS
    if row.last_julian is not None
)


def _words(year: int, month: int, day: int) -> str:
    return f"{day} {MONTH_NAMES[month - 1]} {year}"


def _iso(year: int, month: int, day: int) -> str:
    return f"{year:04}-{month:02}-{day:02}"


@settings(max_examples=examples(300))
@given(
    ERA_DAYS,
    st.integers(-1, 1),
    st.integers(1, 3),
    st.booleans(),
    st.booleans(),
)
def test_two_dates_a_year_or_more_apart_are_never_a_pair(
    day: int, slip: int, years: int, later: bool, old_first: bool
) -> None:
    old = julian.from_ordinal(day)
    # the N.S. day as a pair would write it (a day's slip or none), moved by whole years
    year, month, month_day = gregorian.from_ordinal(day + slip)
    new_year = year + years if later else year - years
    try:
        gregorian.validate(new_year, month, month_day)
    except InvalidDateError:
        assume(False)  # 29 February of a year that has none
    # (an O.S. year a year less than the N.S. one, 1 January to 24 March, before 1753,
    # is read as counted from 25 March: 11 February 1731 / 22 February 1732 is one day)
    lady_day = later and years == 1 and old[0] <= 1752 and (old[1], old[2]) <= (3, 24)
    assume(not lady_day)
    # (one year written on both sides of 1 January is a slip of one day's pair, which the
    # checker reports: 21 December 1916 / 3 January 1916)
    assume(not (new_year == old[0] and (old[1] == 12) != (month == 12)))
    first, second = _words(*old), _words(new_year, month, month_day)
    if not old_first:
        first, second = second, first
    text = f"It was {first} / {second} there.\n"
    assert [item for item in read(text) if item[0] == "pair"] == []
    assert [finding for finding in check(text) if finding.code.startswith("JG1")] == []


@settings(max_examples=examples(300))
@given(st.integers(1583, 2099), st.integers(1, 9), st.integers(-1, 1), st.booleans())
def test_a_pair_across_the_new_year_is_still_read(
    year: int, new_day: int, slip: int, old_first: bool
) -> None:
    new = (year, 1, new_day)
    # (the calendars' ordinals count the same days: one day has one ordinal in both)
    day = gregorian.to_ordinal(*new)
    offset = offset_for_julian(*julian.from_ordinal(day))
    # the O.S. day as written: 10 to 13 days before the N.S. one, give or take a day's slip
    old = julian.from_ordinal(day - slip)
    # (21 December 1582 / 1 January 1583: the last Julian and first Gregorian days of
    # a reform, two days a text names together, not one)
    assume((day - slip, day) not in TRANSITIONS)
    assert old[1] == 12  # (new_day < 10: the O.S. day is in December of the year before)
    first, second = _words(*old), _words(*new)
    if not old_first:
        first, second = second, first
    text = f"It was {first} / {second} there.\n"
    item = only(text)
    assert item.kind == "pair"
    assert (span(item.old_style), span(item.new_style)) == (_iso(*old), _iso(*new))
    findings = [finding for finding in check(text) if finding.code.startswith("JG1")]
    if slip == 0:
        assert findings == []
        return
    (finding,) = findings
    assert finding.code == "JG101"
    assert f"written {offset + slip} days apart; the calendars were {offset} days apart" in (
        finding.message
    )
