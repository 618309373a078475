"""Unmarked slash pairs written with the offset of another era (``12/25 May 1700``:
today's 13 days for 1700's 11) are read, so that the checker reports them; what only
looks like such a pair stays unread."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.examples import examples
from helpers.extract import only, read, span, words
from julian_gregorian import check, offset_for_julian
from julian_gregorian.calendar import _gregorian as gregorian
from julian_gregorian.calendar import _julian as julian
from julian_gregorian.calendar._months import MONTH_NAMES
from julian_gregorian.checks._fixes import apply_fixes


@pytest.mark.parametrize(
    ("text", "old", "new", "written", "then", "fixed"),
    [
        # today's 13 days for a date of 1700 (11)
        (
            "She was baptised 12/25 May 1700 at Bristol.",
            "1700-05-12",
            "1700-05-25",
            13,
            11,
            "12/23 May 1700",
        ),
        # the 13 days of today for 1717, the bare day first
        (
            "The treaty was signed 11/24 April 1717.",
            "1717-04-11",
            "1717-04-24",
            13,
            11,
            "11/22 April 1717",
        ),
        # month first, as American texts write it
        (
            "a letter dated May 12/25, 1700, from Boston",
            "1700-05-12",
            "1700-05-25",
            13,
            11,
            "May 12/23, 1700",
        ),
        # the 17th century's 10 days for 1850 (12)
        (
            "the fair opened on 1/11 June 1850 in Kiev",
            "1850-06-01",
            "1850-06-11",
            10,
            12,
            "1/13 June 1850",
        ),
        # across the new year, each date whole
        (
            "He died 25 December 1700 / 7 January 1701 in Moscow.",
            "1700-12-25",
            "1701-01-07",
            13,
            11,
            "25 December 1700 / 5 January 1701",
        ),
        # counted in the calendars, not by months of 28 days: 20 February to 4 March 1704
        (
            "born 20 February/4 March 1704",
            "1704-02-20",
            "1704-03-04",
            13,
            11,
            "20 February/2 March 1704",
        ),
    ],
)
def test_another_era_s_offset_is_read_and_reported(
    text: str, old: str, new: str, written: int, then: int, fixed: str
) -> None:
    item = only(text)
    assert (item.kind, item.shape) == ("pair", "slash")
    assert (span(item.old_style), span(item.new_style)) == (old, new)
    (finding,) = check(text)
    assert (finding.code, finding.severity) == ("JG101", "error")
    assert f"written {written} days apart; the calendars were {then} days apart then" in (
        finding.message
    )
    assert finding.fix is not None
    repaired, _ = apply_fixes(text, [finding.fix])
    assert fixed in repaired
    assert check(repaired) == []


def test_the_sides_of_a_pair_of_another_era_are_its_own_words() -> None:
    text = "She was baptised 12/25 May 1700 at Bristol."
    item = only(text)
    assert words(text, item.old_style) == "12"
    assert words(text, item.new_style) == "25 May 1700"


@pytest.mark.parametrize(
    "text",
    [
        # one night, two consecutive days
        "on the night of 28/29 May 1903 the town burned",
        # N.S. before O.S., 13 days: the wrong way round for another era's offset
        "She was baptised 25/12 May 1700 at Bristol.",
        # before the first reform no text wrote a day in two calendars
        "She was baptised 12/25 May 1500 at Bristol.",
        "He wrote on 4/17 October 1582 from Rome.",
        # from 1 March 2100 (O.S.) the calendars are 14 days apart, no other era's offset
        "The launch is planned for 12/22 May 2150.",
        # after the last reform (1923) two days 10 or 11 apart are two days: a festival's
        # first and last, the first and second rounds of an election
        "The festival runs 1/11 June 2024 in Kraków.",
        "Elections were held on 10/20 May 2019.",
        "The exhibition is open 20/31 July 2023.",
        "The ship sailed 3/14 August 1942.",
        # a year and some days apart: no offset of any era
        "He held the post 12 May 1700 / 25 May 1701.",
        # 14 days: no era's offset, nor a day's slip of 1700's 11
        "She was baptised 12/26 May 1700 at Bristol.",
    ],
)
def test_what_is_no_pair_of_another_era_stays_unread(text: str) -> None:
    assert read(text) == []


def test_dual_years_and_fractions_stay_what_they_were() -> None:
    assert read("12 March 1741/42") == [("dual_year", "dual_year", "1742-03-12", "-")]
    assert read("The vote was 12/25 in favour, on 3 May 1700.") == []


def test_another_source_s_date_stays_no_partner() -> None:
    # 13 days after the O.S. date in 1700: another source's day, not a mistaken pair
    text = "Он родился 5 мая 1700 года (по ст. ст., по другим данным — 18 мая)."
    item = only(text)
    assert (item.kind, span(item.old_style)) == ("old_style", "1700-05-05")


def test_marked_dates_of_two_events_stay_two_dates() -> None:
    # marked dates told in prose keep to their year's offset: 13 days in 1700 are two events
    text = "He arrived on 3 April 1700 O.S. and left on 16 April 1700 N.S."
    assert [kind for kind, *_ in read(text)] == ["old_style", "new_style"]


#: The Julian days from the first reform (15 October 1582 N.S.) to the last (15 February
#: 1923 O.S.: Greece), when countries still wrote days in both calendars.
ERA_DAYS = st.integers(julian.to_ordinal(1582, 10, 5), julian.to_ordinal(1923, 2, 15))
#: The Julian days after the last reform to 28 February 2100 O.S.: church calendars only.
CHURCH_DAYS = st.integers(julian.to_ordinal(1923, 2, 16), julian.to_ordinal(2100, 2, 28))


@settings(max_examples=examples(300))
@given(ERA_DAYS, st.sampled_from((10, 11, 12, 13)))
def test_an_unmarked_pair_at_any_era_s_offset_is_read_and_judged_by_the_conversion(
    day: int, written: int
) -> None:
    old = julian.from_ordinal(day)
    offset = offset_for_julian(*old)
    # the N.S. day as written: the right one moved by the difference of the offsets
    new = gregorian.from_ordinal(day + written - offset)
    text = (
        f"It was {old[2]} {MONTH_NAMES[old[1] - 1]} {old[0]} / "
        f"{new[2]} {MONTH_NAMES[new[1] - 1]} {new[0]} there.\n"
    )
    item = only(text)
    assert item.kind == "pair"
    assert (span(item.old_style), span(item.new_style)) == (
        f"{old[0]:04}-{old[1]:02}-{old[2]:02}",
        f"{new[0]:04}-{new[1]:02}-{new[2]:02}",
    )
    # (the verdict on the offset: JG401's warning on an O.S. date after 1923 is another's)
    findings = [finding for finding in check(text) if finding.code.startswith("JG1")]
    if written == offset:
        assert findings == []
        return
    (finding,) = findings
    assert finding.code == "JG101"
    assert f"written {written} days apart; the calendars were {offset} days apart" in (
        finding.message
    )
    right = gregorian.from_ordinal(day)
    assert finding.fix is not None
    assert finding.fix.replacement == f"{right[2]} {MONTH_NAMES[right[1] - 1]} {right[0]}"


@pytest.mark.parametrize(
    "text",
    [
        # the 17th century's 10 days for 1850: O.S. 20 June is N.S. 2 July
        "the fair opened on 20/30 June 1850 in Kiev",
        "Er wurde am 20./30. Juni 1850 in Riga geboren.",
        # and for 1910, across the new year
        "He was born 20/30 December 1910 in Tver.",
        # a day's slip of 1700's 11 days: O.S. 21 May is N.S. 1 June
        "She was baptised 21/31 May 1700 at Bristol.",
    ],
)
def test_a_fix_that_would_move_the_shared_month_is_not_offered(text: str) -> None:
    # (the month written once is both dates': "20/2 July 1850" moved the O.S. date to
    # July and was no pair at all)
    (finding,) = check(text)
    assert finding.code == "JG101"
    assert finding.fix is None
    # (each date writing its month, the fix is the N.S. date's)
    whole = "the fair opened on 20 June/30 June 1850 in Kiev"
    (finding,) = check(whole)
    assert finding.fix is not None
    repaired, _ = apply_fixes(whole, [finding.fix])
    assert "20 June/2 July 1850" in repaired
    assert check(repaired) == []


@settings(max_examples=examples(300))
@given(ERA_DAYS, st.sampled_from((10, 11, 12, 13)))
def test_a_fix_of_a_pair_sharing_its_month_keeps_the_o_s_date(day: int, written: int) -> None:
    old = julian.from_ordinal(day)
    offset = offset_for_julian(*old)
    new = gregorian.from_ordinal(day + written - offset)
    if written == offset or new[:2] != old[:2]:
        return
    text = f"It was {old[2]}/{new[2]} {MONTH_NAMES[old[1] - 1]} {old[0]} there.\n"
    (finding,) = [finding for finding in check(text) if finding.code.startswith("JG1")]
    right = gregorian.from_ordinal(day)
    if finding.fix is None:
        assert right[:2] != old[:2]  # only a fix that moves the shared month is withheld
        return
    repaired, _ = apply_fixes(text, [finding.fix])
    item = only(repaired)
    assert (span(item.old_style), span(item.new_style)) == (
        f"{old[0]:04}-{old[1]:02}-{old[2]:02}",
        f"{right[0]:04}-{right[1]:02}-{right[2]:02}",
    )
    assert [finding for finding in check(repaired) if finding.code.startswith("JG1")] == []


@settings(max_examples=examples(300))
@given(CHURCH_DAYS, st.sampled_from((10, 11)))
def test_two_days_after_the_last_reform_ten_or_eleven_days_apart_stay_unread(
    day: int, written: int
) -> None:
    # (only church calendars count O.S. days then, with today's 13 days: two dates 10
    # or 11 days apart are two days, and a JG101 with its fix rewrote one of them)
    old = julian.from_ordinal(day)
    new = gregorian.from_ordinal(day + written - offset_for_julian(*old))
    text = (
        f"It was {old[2]} {MONTH_NAMES[old[1] - 1]} {old[0]} / "
        f"{new[2]} {MONTH_NAMES[new[1] - 1]} {new[0]} there.\n"
    )
    assert read(text) == []
    assert check(text) == []


@pytest.mark.parametrize(
    ("text", "wikitext", "old", "new", "message", "fixed"),
    [
        # 13 days written for 1699's 10, one year kept across 1 January
        (
            "He died 20 December 1699 / 2 January 1699 in Moscow.",
            False,
            "1699-12-20",
            "1699-01-02",
            "O.S. 20 December 1699 is N.S. 30 December 1699; or N.S. 2 January 1699 is O.S. "
            "23 December 1698 (the N.S. date written 352 days before the O.S. one; the "
            "calendars were 10 days apart then)",
            "20 December 1699 / 30 December 1699",
        ),
        # month first
        (
            "He died December 20, 1699/January 2, 1699 in Moscow.",
            False,
            "1699-12-20",
            "1699-01-02",
            "O.S. December 20, 1699 is N.S. December 30, 1699; or N.S. January 2, 1699 is "
            "O.S. December 23, 1698 (the N.S. date written 352 days before the O.S. one; the "
            "calendars were 10 days apart then)",
            "December 20, 1699/December 30, 1699",
        ),
        # 13 days for 1799's 11: O.S. 25 December 1799 is N.S. 5 January 1800
        (
            "He died 25 December 1799 / 7 January 1799 in Moscow.",
            False,
            "1799-12-25",
            "1799-01-07",
            "O.S. 25 December 1799 is N.S. 5 January 1800; or N.S. 7 January 1799 is O.S. "
            "27 December 1798 (the N.S. date written 352 days before the O.S. one; the "
            "calendars were 11 days apart then)",
            "25 December 1799 / 5 January 1800",
        ),
        (
            "Он умер 20 декабря 1699 / 2 января 1699 года в Москве.",
            False,
            "1699-12-20",
            "1699-01-02",
            "O.S. 20 декабря 1699 is N.S. 30 декабря 1699; or N.S. 2 января 1699 is O.S. "
            "23 декабря 1698 (the N.S. date written 352 days before the O.S. one; the "
            "calendars were 10 days apart then)",
            "20 декабря 1699 / 30 декабря 1699 года",
        ),
        (
            "He died [[20 December]] [[1699]] / [[2 January]] [[1699]] in Moscow.",
            True,
            "1699-12-20",
            "1699-01-02",
            "O.S. 20 December 1699 is N.S. 30 December 1699; or N.S. 2 January 1699 is O.S. "
            "23 December 1698 (the N.S. date written 352 days before the O.S. one; the "
            "calendars were 10 days apart then)",
            "[[20 December]] [[1699]] / [[30 December]] [[1699]]",
        ),
    ],
)
def test_another_era_s_offset_with_one_year_kept_across_1_january_is_reported(
    text: str, wikitext: bool, old: str, new: str, message: str, fixed: str
) -> None:
    # (the slip of 21 December 1916 / 3 January 1916, with another era's offset besides)
    item = only(text, wikitext=wikitext)
    assert (item.kind, item.shape) == ("pair", "slash")
    assert (span(item.old_style), span(item.new_style)) == (old, new)
    (finding,) = check(text, wikitext=wikitext)
    assert (finding.code, finding.message) == ("JG101", message)
    assert finding.fix is not None
    repaired, _ = apply_fixes(text, [finding.fix])
    assert fixed in repaired
    assert check(repaired, wikitext=wikitext) == []


@pytest.mark.parametrize(
    ("text", "wikitext", "old", "message", "fixed"),
    [
        # 12 days counted on through the Julian leap day for 1700's 10
        (
            "She was born 17/29 February 1700 at Bristol.",
            False,
            "1700-02-17",
            "N.S. 29 February 1700 does not exist: 1700 is not a leap year in the Gregorian "
            "calendar; O.S. 17 February 1700 is N.S. 27 February 1700",
            "17/27 February 1700",
        ),
        # today's 13 days for 1700's 10
        (
            "She was born 16/29 February 1700 at Bristol.",
            False,
            "1700-02-16",
            "N.S. 29 February 1700 does not exist: 1700 is not a leap year in the Gregorian "
            "calendar; O.S. 16 February 1700 is N.S. 26 February 1700",
            "16/26 February 1700",
        ),
        # today's 13 days for 1800's 11
        (
            "She was born 16/29 February 1800 at Bristol.",
            False,
            "1800-02-16",
            "N.S. 29 February 1800 does not exist: 1800 is not a leap year in the Gregorian "
            "calendar; O.S. 16 February 1800 is N.S. 27 February 1800",
            "16/27 February 1800",
        ),
        (
            "a letter dated February 17/29, 1700, from Boston",
            False,
            "1700-02-17",
            "N.S. 29 February 1700 does not exist: 1700 is not a leap year in the Gregorian "
            "calendar; O.S. 17 February 1700 is N.S. 27 February 1700",
            "February 17/27, 1700",
        ),
        (
            "Она родилась 17/29 февраля 1700 года в Москве.",
            False,
            "1700-02-17",
            "N.S. 29 февраля 1700 does not exist: 1700 is not a leap year in the Gregorian "
            "calendar; O.S. 17 февраля 1700 is N.S. 27 февраля 1700",
            "17/27 февраля 1700 года",
        ),
        (
            "Sie wurde am 17./29. Februar 1700 in Riga geboren.",
            False,
            "1700-02-17",
            "N.S. 29 Februar 1700 does not exist: 1700 is not a leap year in the Gregorian "
            "calendar; O.S. 17 Februar 1700 is N.S. 27 Februar 1700",
            "17./27. Februar 1700",
        ),
        (
            "She was born [[17/29 February]] [[1700]] at Bristol.",
            True,
            "1700-02-17",
            "N.S. 29 February 1700 does not exist: 1700 is not a leap year in the Gregorian "
            "calendar; O.S. 17 February 1700 is N.S. 27 February 1700",
            "[[17/27 February]] [[1700]]",
        ),
    ],
)
def test_another_era_s_offset_to_a_29_february_the_gregorian_calendar_lacks_is_reported(
    text: str, wikitext: bool, old: str, message: str, fixed: str
) -> None:
    item = only(text, wikitext=wikitext)
    assert (item.kind, item.shape) == ("pair", "slash")
    assert span(item.old_style) == old
    assert (item.new_style.start.month, item.new_style.start.day) == (2, 29)
    (finding,) = check(text, wikitext=wikitext)
    assert (finding.code, finding.message) == ("JG103", message)
    assert finding.fix is not None
    repaired, _ = apply_fixes(text, [finding.fix])
    assert fixed in repaired
    assert check(repaired, wikitext=wikitext) == []


def test_a_29_february_fix_that_would_move_the_shared_month_is_not_offered() -> None:
    # O.S. 19 February 1900 is N.S. 3 March: "19/3 March 1900" would move the O.S. date
    (finding,) = check("She was born 19/29 February 1900 at Bristol.")
    assert finding.code == "JG103"
    assert finding.message.endswith("O.S. 19 February 1900 is N.S. 3 March 1900")
    assert finding.fix is None


@pytest.mark.parametrize(
    "text",
    [
        # 14 days counted through the leap day (O.S. 15 February 1900 is N.S. 27
        # February): no era's offset, nor a day's slip of 1900's 12
        "She was born 15/29 February 1900 at Bristol.",
        # a day neither calendar has
        "She was born 18/30 February 1700 at Bristol.",
        # before the first reform
        "She was born 17/29 February 1500 at Bristol.",
        # a range and a vote, not pairs
        "The fair was held 17–29 February 1700 at Bristol.",
        "The vote was 17/29 in favour, on 3 February 1700.",
        # after the last reform: two days 11 days apart, one year kept or not
        "The festival ran 22 December 2019 / 2 January 2019 in Kraków.",
        "The festival ran 22 December 2019 / 2 January 2020 in Kraków.",
        # one year on both sides of 1 January, but 14 days: no era's offset
        "He died 19 December 1699 / 2 January 1699 in Moscow.",
        # a year before, not the slip of one year kept
        "He died 20 December 1699 / 2 January 1698 in Moscow.",
    ],
)
def test_what_only_looks_like_these_slips_stays_unread(text: str) -> None:
    assert read(text) == []


#: The Julian days of December from the first reform to the last, whose N.S. day as
#: written may fall in January.
DECEMBER_DAYS = ERA_DAYS.filter(lambda day: julian.from_ordinal(day)[1] == 12)


@settings(max_examples=examples(300))
@given(DECEMBER_DAYS, st.sampled_from((10, 11, 12, 13)))
def test_one_year_kept_across_1_january_at_any_era_s_offset_is_reported(
    day: int, written: int
) -> None:
    old = julian.from_ordinal(day)
    new = gregorian.from_ordinal(day + written - offset_for_julian(*old))
    if new[0] == old[0]:
        return  # not across 1 January as written
    text = f"It was {old[2]} December {old[0]} / {new[2]} January {old[0]} there.\n"
    item = only(text)
    assert (span(item.old_style), span(item.new_style)) == (
        f"{old[0]:04}-12-{old[2]:02}",
        f"{old[0]:04}-01-{new[2]:02}",
    )
    (finding,) = [finding for finding in check(text) if finding.code.startswith("JG1")]
    assert finding.code == "JG101"
    assert "the N.S. date written" in finding.message
    right = gregorian.from_ordinal(day)
    assert finding.fix is not None
    assert finding.fix.replacement == f"{right[2]} {MONTH_NAMES[right[1] - 1]} {right[0]}"


@pytest.mark.parametrize("year", [1700, 1800, 1900])
def test_a_29_february_the_gregorian_calendar_lacks_is_read_at_any_era_s_offset(
    year: int,
) -> None:
    # (the writer counted on through the Julian leap day: 29 February is the day after
    # 28 February, which the checker reports missing)
    after = gregorian.to_ordinal(year, 3, 1)
    for old_day in range(8, 30):
        day = julian.to_ordinal(year, 2, old_day)
        offset = offset_for_julian(year, 2, old_day)
        written = after - day + offset
        text = f"She was born {old_day}/29 February {year} at Bristol."
        if not (written in range(10, 14) or abs(written - offset) <= 1):
            assert read(text) == [], text
            continue
        item = only(text)
        assert span(item.old_style) == f"{year}-02-{old_day:02}", text
        (finding,) = [finding for finding in check(text) if finding.code.startswith("JG1")]
        right = gregorian.from_ordinal(day)
        assert finding.code == "JG103"
        assert finding.message.endswith(
            f"is N.S. {right[2]} {MONTH_NAMES[right[1] - 1]} {right[0]}"
        ), text
