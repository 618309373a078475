"""Civil calendars: golden days from the sources, gap policies, errors, and properties."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.examples import examples
from helpers.strategies import labels_near_reform, reform_days
from julian_gregorian import DateRangeError, InvalidDateError
from julian_gregorian.calendar import _gregorian as gregorian
from julian_gregorian.calendar import _julian as julian
from julian_gregorian.calendar._months import WEEKDAY_NAMES
from julian_gregorian.calendar.dates import GregorianDate, JulianDate
from julian_gregorian.errors import (
    AmbiguousCivilDateError,
    InconsistentReformError,
    NonexistentCivilDateError,
    UnknownPlaceError,
)
from julian_gregorian.places._civil import (
    GAP_POLICIES,
    CivilCalendar,
    CivilDate,
    civil_calendar,
)
from julian_gregorian.places._reforms import REFORMS, Reform, Transition

YMD = tuple[int, int, int]


def weekday(date: CivilDate) -> str:
    return WEEKDAY_NAMES[date.weekday()]


# -- golden cases from the sources ------------------------------------------------------


def test_britain_1752() -> None:
    gb = civil_calendar("GB")
    last, first = gb.date(1752, 9, 2), gb.date(1752, 9, 14)
    assert (weekday(last), last.calendar) == ("Wednesday", "Julian")
    assert (weekday(first), first.calendar) == ("Thursday", "Gregorian")
    assert first.ordinal == last.ordinal + 1
    assert gb.year_length(1752) == 355
    assert gb.month_length(1752, 9) == 19
    assert [d.day for d in gb.month_days(1752, 9)] == [1, 2, *range(14, 31)]
    assert gb.year_length(1751) == 365
    assert gb.year_length(1753) == 365
    assert gb.year_length(1700) == 366  # a Julian leap year in Britain
    assert gb.year_length(1800) == 365


def test_scotland_and_the_colonies_share_the_british_reform() -> None:
    for code in ("GB-SCT", "GB-ENG", "IE", "US"):
        assert civil_calendar(code).month_length(1752, 9) == 19


def test_soviet_russia_1918() -> None:
    ru = civil_calendar("RU")
    assert ru.date(1918, 1, 31).ordinal + 1 == ru.date(1918, 2, 14).ordinal
    assert ru.date(1918, 1, 31).calendar == "Julian"
    assert ru.date(1918, 2, 14).calendar == "Gregorian"
    assert not ru.exists(1918, 2, 1)
    assert not ru.exists(1918, 2, 13)
    assert ru.month_length(1918, 2) == 15
    assert ru.year_length(1918) == 352
    # The October Revolution: 25 October 1917 was a Julian date in Russia.
    assert ru.to_date(1917, 10, 25) == GregorianDate(1917, 11, 7)


def test_greece_1923() -> None:
    gr = civil_calendar("GR")
    last, first = gr.date(1923, 2, 15), gr.date(1923, 3, 1)
    assert (weekday(last), weekday(first)) == ("Wednesday", "Thursday")
    assert first.ordinal == last.ordinal + 1
    assert gr.month_length(1923, 2) == 15
    with pytest.raises(NonexistentCivilDateError):
        gr.date(1923, 2, 16)
    # "16 February became 1 March": the shift policy reads it so.
    assert gr.date(1923, 2, 16, policy="shift") == first


def test_bulgaria_1916() -> None:
    bg = civil_calendar("BG")
    assert bg.date(1916, 3, 31).ordinal + 1 == bg.date(1916, 4, 14).ordinal
    assert bg.month_length(1916, 4) == 17


def test_sweden_1700_skipped_its_leap_day() -> None:
    se = civil_calendar("SE")
    assert not se.exists(1700, 2, 29)
    assert se.date(1700, 2, 28).ordinal + 1 == se.date(1700, 3, 1).ordinal
    assert se.date(1700, 3, 1).calendar == "Swedish"
    assert se.date(1700, 3, 1).to_julian() == JulianDate(1700, 2, 29)
    assert se.date(1700, 3, 1).to_gregorian() == GregorianDate(1700, 3, 11)
    assert se.year_length(1700) == 365
    assert se.month_length(1700, 2) == 28


def test_sweden_kept_1704_and_1708_as_leap_years() -> None:
    se = civil_calendar("SE")
    for year in (1704, 1708):
        date = se.date(year, 2, 29)
        assert date.calendar == "Swedish"
        assert date.to_julian() == JulianDate(year, 2, 28)
        assert se.year_length(year) == 366


def test_sweden_30_february_1712_exists() -> None:
    se = civil_calendar("SE")
    feb30 = se.date(1712, 2, 30)
    assert feb30.calendar == "Swedish"
    assert feb30.to_julian() == JulianDate(1712, 2, 29)
    assert feb30.to_gregorian() == GregorianDate(1712, 3, 11)
    assert se.date(1712, 3, 1).calendar == "Julian"
    assert se.date(1712, 3, 1).ordinal == feb30.ordinal + 1
    assert se.month_length(1712, 2) == 30
    assert se.year_length(1712) == 367
    assert [d.day for d in se.month_days(1712, 2)][-2:] == [29, 30]
    assert str(feb30) == "30 February 1712 (Swedish)"
    assert repr(feb30) == "CivilDate(1712, 2, 30, 'Swedish')"


def test_sweden_1753_gregorian() -> None:
    se = civil_calendar("SE")
    assert se.date(1753, 2, 17).ordinal + 1 == se.date(1753, 3, 1).ordinal
    assert se.month_length(1753, 2) == 17
    assert se.year_length(1753) == 354
    for day in range(18, 29):
        with pytest.raises(NonexistentCivilDateError):
            se.date(1753, 2, day)
    assert se.calendar_on(se.date(1705, 6, 1).ordinal) == "Swedish"
    assert civil_calendar("FI").year_length(1712) == 367


def test_alaska_lived_friday_twice() -> None:
    ak = civil_calendar("US-AK")
    old, new = ak.date(1867, 10, 6), ak.date(1867, 10, 18)
    assert old.ordinal == new.ordinal
    assert weekday(old) == weekday(new) == "Friday"
    assert ak.days_of(old.ordinal) == (old, new)
    with pytest.raises(AmbiguousCivilDateError, match="lived twice"):
        ak.from_ordinal(old.ordinal)
    assert ak.month_length(1867, 10) == 20
    assert ak.year_length(1867) == 354
    assert ak.calendar_on(old.ordinal) == "Gregorian"
    # The gap is 11 dates long, one less than the calendar difference.
    assert ak.date(1867, 10, 7, policy="shift") == new
    assert ak.date(1867, 10, 7, policy="as_julian").to_gregorian() == GregorianDate(1867, 10, 19)
    days = list(ak.iter_days(old.ordinal - 1, old.ordinal + 1))
    assert [d.day for d in days] == [5, 6, 18, 19]


def test_lithuania_is_covered_from_1800_only() -> None:
    lt = civil_calendar("LT")
    assert lt.first_day == CivilDate(1800, 1, 1, "Julian", JulianDate(1800, 1, 1).toordinal())
    with pytest.raises(DateRangeError, match="Grand Duchy of Lithuania"):
        lt.date(1799, 12, 31)
    with pytest.raises(DateRangeError, match="before the period LT covers"):
        lt.from_ordinal(JulianDate(1799, 12, 31).toordinal())
    assert lt.date(1918, 2, 15).calendar == "Gregorian"


def test_japan_has_no_julian_period() -> None:
    jp = civil_calendar("JP")
    assert jp.first_day is not None
    assert jp.first_day.isoformat() == "1873-01-01"
    assert jp.date(1873, 1, 1).calendar == "Gregorian"
    with pytest.raises(DateRangeError, match="lunisolar"):
        jp.date(1872, 12, 31)
    with pytest.raises(DateRangeError):
        jp.date(1872, 12, 31, policy="as_gregorian")
    assert jp.month_length(1872, 12) == 0
    assert jp.year_length(1872) == 0
    assert jp.year_length(1873) == 365


# -- gap policies --------------------------------------------------------------------------


def test_gap_dates_raise_by_default_with_the_reform_named() -> None:
    gb = civil_calendar("GB")
    with pytest.raises(NonexistentCivilDateError) as caught:
        gb.date(1752, 9, 3)
    message = str(caught.value)
    assert "Wednesday 2 September 1752 (Julian)" in message
    assert "Thursday 14 September 1752 (Gregorian)" in message
    assert isinstance(caught.value, InvalidDateError)
    assert isinstance(caught.value, ValueError)
    with pytest.raises(NonexistentCivilDateError):
        gb.to_ordinal(1752, 9, 13)


def test_shift_moves_forward_by_the_gap_length() -> None:
    gb = civil_calendar("GB")
    assert gb.date(1752, 9, 3, policy="shift").isoformat() == "1752-09-14"
    assert gb.date(1752, 9, 13, policy="shift").isoformat() == "1752-09-24"


def test_as_julian_and_as_gregorian_read_the_date_in_that_calendar() -> None:
    gb = civil_calendar("GB")
    julian = gb.date(1752, 9, 3, policy="as_julian")
    assert (julian.calendar, julian.to_gregorian()) == ("Julian", GregorianDate(1752, 9, 14))
    gregorian = gb.date(1752, 9, 3, policy="as_gregorian")
    assert (gregorian.calendar, gregorian.to_julian()) == ("Gregorian", JulianDate(1752, 8, 23))
    assert gb.to_date(1752, 9, 3, policy="as_gregorian") == GregorianDate(1752, 9, 3)


def test_policies_do_not_change_dates_that_were_lived() -> None:
    gb = civil_calendar("GB")
    for policy in GAP_POLICIES:
        assert gb.date(1752, 9, 2, policy=policy).calendar == "Julian"  # type: ignore[arg-type]


def test_a_julian_date_after_the_reform_was_never_lived_but_is_not_a_gap() -> None:
    gb = civil_calendar("GB")
    with pytest.raises(NonexistentCivilDateError, match="a Julian date \\(= 13 March 1900"):
        gb.date(1900, 2, 29)
    with pytest.raises(NonexistentCivilDateError):
        gb.date(1900, 2, 29, policy="shift")
    assert gb.date(1900, 2, 29, policy="as_julian").to_gregorian() == GregorianDate(1900, 3, 13)
    with pytest.raises(InvalidDateError, match="Gregorian"):
        gb.date(1900, 2, 29, policy="as_gregorian")


def test_unknown_policy_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="unknown gap policy 'skip'"):
        civil_calendar("GB").date(1752, 9, 3, policy="skip")  # type: ignore[arg-type]


# -- errors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ymd", "match"),
    [
        ((1752, 4, 31), "valid days: 1..30"),
        ((1752, 2, 30), "valid days: 1..29"),
        ((1752, 13, 1), "month 13 is out of range"),
        ((1752, 0, 1), "month 0 is out of range"),
        ((1752, 9, 0), "day 0 does not exist"),
    ],
)
def test_dates_of_no_calendar_are_invalid(ymd: YMD, match: str) -> None:
    with pytest.raises(InvalidDateError, match=match) as caught:
        civil_calendar("GB").date(*ymd)
    assert not isinstance(caught.value, NonexistentCivilDateError)


def test_30_february_is_only_swedish() -> None:
    with pytest.raises(InvalidDateError, match=r"valid days: 1\.\.29"):
        civil_calendar("DK").date(1712, 2, 30)
    with pytest.raises(InvalidDateError, match=r"valid days: 1\.\.30"):
        civil_calendar("SE").date(1712, 2, 31)


def test_parts_must_be_integers() -> None:
    gb = civil_calendar("GB")
    with pytest.raises(TypeError, match="year must be an int"):
        gb.date("1752", 9, 2)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="day must be an int"):
        gb.exists(1752, 9, True)
    with pytest.raises(TypeError, match="ordinal must be an int"):
        gb.from_ordinal(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="expected a JulianDate or GregorianDate"):
        gb.from_date("1752-09-02")  # type: ignore[arg-type]


def test_unknown_place() -> None:
    with pytest.raises(UnknownPlaceError):
        civil_calendar("XX")


# -- custom reforms ------------------------------------------------------------------------


def test_custom_reform_from_a_consistent_pair() -> None:
    cal = CivilCalendar.from_reform_dates(JulianDate(1582, 10, 4), GregorianDate(1582, 10, 15))
    assert cal.month_length(1582, 10) == 21
    assert cal.year_length(1582) == 355
    same = CivilCalendar.from_reform_dates((1582, 10, 4), (1582, 10, 15))
    assert same.month_days(1582, 10) == cal.month_days(1582, 10)
    assert repr(cal) == "CivilCalendar('custom reform', eras=2)"


def test_custom_reform_inconsistent_pair_is_refused_with_the_right_day() -> None:
    with pytest.raises(InconsistentReformError, match="the day after is 15 October 1582") as e:
        CivilCalendar.from_reform_dates((1582, 10, 4), (1582, 10, 16))
    assert "extra_days=1" in str(e.value)
    assert isinstance(e.value, ValueError)


def test_custom_reform_states_its_gap_explicitly() -> None:
    cal = CivilCalendar.from_reform_dates((1582, 10, 4), (1582, 10, 16), extra_days=1)
    assert cal.month_length(1582, 10) == 20
    assert cal.date(1582, 10, 5, policy="shift").isoformat() == "1582-10-16"


def test_custom_reform_dates_must_be_dates_of_their_calendars() -> None:
    with pytest.raises(InvalidDateError):
        CivilCalendar.from_reform_dates((1582, 2, 30), (1582, 3, 11))
    with pytest.raises(TypeError, match="last_julian must be a JulianDate"):
        CivilCalendar.from_reform_dates(GregorianDate(1582, 10, 4), (1582, 10, 15))
    with pytest.raises(TypeError, match="first_gregorian must be a GregorianDate"):
        CivilCalendar.from_reform_dates((1582, 10, 4), "1582-10-15")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="extra_days must be an int"):
        CivilCalendar.from_reform_dates((1582, 10, 4), (1582, 10, 15), extra_days=None)  # type: ignore[arg-type]


def test_transitions_must_chain_and_be_dates() -> None:
    with pytest.raises(InconsistentReformError, match="leaves the Gregorian calendar"):
        CivilCalendar([Transition("Gregorian", "Julian", (1800, 1, 11), (1800, 1, 1))])
    with pytest.raises(InconsistentReformError, match="unknown calendar 'Coptic'"):
        CivilCalendar([Transition("Julian", "Coptic", (1800, 1, 12), (1800, 1, 1))])
    with pytest.raises(InconsistentReformError, match="not a date of the Julian calendar"):
        CivilCalendar([Transition("Julian", "Gregorian", (1752, 2, 30), (1752, 3, 12))])
    with pytest.raises(InconsistentReformError, match="follow one another"):
        CivilCalendar(
            [
                Transition("Julian", "Gregorian", (1752, 9, 2), (1752, 9, 14)),
                Transition("Gregorian", "Julian", (1700, 1, 10), (1700, 1, 1)),
            ]
        )


def test_shift_counts_each_gap_date_of_either_calendar_once() -> None:
    # A custom return to the Julian calendar that skips to 1 March 1700: the gap holds
    # Gregorian 21-28 February and Julian 29 February, nine dates, which the shift policy
    # moves onto the nine days from 1 March in their order.
    cal = CivilCalendar(
        [Transition("Gregorian", "Julian", (1700, 2, 20), (1700, 3, 1), extra_days=19)],
        initial="Gregorian",
    )
    shifted = [cal.date(1700, 2, day, policy="shift").isoformat() for day in range(21, 30)]
    assert shifted == [f"1700-03-{day:02d}" for day in range(1, 10)]


def test_shift_counts_a_gap_across_the_end_of_a_year() -> None:
    # Gregorian 26-31 December 1699 and 1-19 January 1700 are skipped: 25 dates, moved
    # onto the 25 days from Julian 20 January 1700.
    cal = CivilCalendar(
        [Transition("Gregorian", "Julian", (1699, 12, 25), (1700, 1, 20), extra_days=35)],
        initial="Gregorian",
    )
    gap = [(1699, 12, day) for day in range(26, 32)] + [(1700, 1, day) for day in range(1, 20)]
    shifted = [cal.date(*label, policy="shift").ordinal for label in gap]
    first = cal.date(1700, 1, 20).ordinal
    assert shifted == list(range(first, first + 25))
    assert cal.date(1700, 1, 19, policy="shift").isoformat() == "1700-02-13"


def test_a_start_day_must_be_in_the_first_calendar() -> None:
    with pytest.raises(InconsistentReformError, match="outside Sweden's calendar"):
        CivilCalendar(initial="Swedish", start=JulianDate(1600, 1, 1))
    proleptic = CivilCalendar(initial="Gregorian", start=GregorianDate(1900, 1, 1))
    assert proleptic.first_day == proleptic.date(1900, 1, 1)
    with pytest.raises(DateRangeError, match="first day custom calendar covers"):
        proleptic.date(1899, 12, 31)


def test_a_return_to_the_julian_calendar_lives_some_dates_twice() -> None:
    # Like Lithuania's governorates in 1800: Gregorian 11 January, then Julian 1 January.
    cal = CivilCalendar(
        [Transition("Gregorian", "Julian", (1800, 1, 11), (1800, 1, 1))], initial="Gregorian"
    )
    assert cal.month_length(1800, 1) == 42
    assert len(cal.dates_of(1800, 1, 5)) == 2
    assert len(cal.ordinals_of(1800, 1, 5)) == 2
    with pytest.raises(AmbiguousCivilDateError, match="names 2 days"):
        cal.date(1800, 1, 5)
    assert cal.date(1800, 1, 20).calendar == "Julian"


# -- properties ----------------------------------------------------------------------------

julian_rows = [row for row in REFORMS if row.transitions]
places = st.sampled_from(REFORMS)


def _anchor(row: Reform, pick: int) -> int:
    """The first day after one of the row's changes (or its first day)."""
    calendar = civil_calendar(row.code)
    if not row.transitions:
        return row.first_gregorian.toordinal()
    step = row.transitions[pick % len(row.transitions)]
    return calendar.dates_of(*step.first_new)[0].ordinal


@given(places, st.integers(0, 5), st.integers(-800, 800))
def test_every_day_lived_reads_back_to_itself(row: Reform, pick: int, offset: int) -> None:
    calendar = civil_calendar(row.code)
    ordinal = _anchor(row, pick) + offset
    first = calendar.first_day
    if first is not None and ordinal < first.ordinal:
        with pytest.raises(DateRangeError):
            calendar.days_of(ordinal)
        return
    for civil in calendar.days_of(ordinal):
        assert civil.ordinal == ordinal
        assert civil in calendar.dates_of(civil.year, civil.month, civil.day)
        if len(calendar.ordinals_of(civil.year, civil.month, civil.day)) == 1:
            assert calendar.date(civil.year, civil.month, civil.day) == civil
            assert calendar.to_ordinal(civil.year, civil.month, civil.day) == ordinal


@given(places, st.integers(0, 5), st.integers(-3, 3), st.integers(1, 12), st.integers(1, 31))
def test_every_civil_date_is_one_day_or_a_documented_error(
    row: Reform, pick: int, years: int, month: int, day: int
) -> None:
    calendar = civil_calendar(row.code)
    year = calendar.days_of(_anchor(row, pick))[0].year + years
    try:
        civil = calendar.date(year, month, day)
    except (NonexistentCivilDateError, AmbiguousCivilDateError, DateRangeError):
        assert not calendar.exists(year, month, day) or len(calendar.dates_of(year, month, day)) > 1
        return
    except InvalidDateError:
        assert not calendar.exists(year, month, day)
        return
    assert (civil.year, civil.month, civil.day) == (year, month, day)
    assert civil in calendar.days_of(civil.ordinal)


@given(places, st.integers(0, 5), st.integers(-2, 2))
def test_month_lengths_add_up_to_the_year(row: Reform, pick: int, years: int) -> None:
    calendar = civil_calendar(row.code)
    year = calendar.days_of(_anchor(row, pick))[0].year + years
    lengths = [calendar.month_length(year, month) for month in range(1, 13)]
    assert sum(lengths) == calendar.year_length(year)
    for month, length in enumerate(lengths, start=1):
        days = calendar.month_days(year, month)
        assert len(days) == length
        steps = {b.ordinal - a.ordinal for a, b in itertools.pairwise(days)}
        assert steps <= {0, 1}, (row.code, year, month)
        if calendar.first_day is None or (year, month) > (
            calendar.first_day.year,
            calendar.first_day.month,
        ):
            assert length >= 15  # no real reform removed more than 13 days of a month


@pytest.mark.parametrize("row", julian_rows, ids=lambda row: row.code)
def test_gap_dates_are_rejected_and_shift_onto_the_days_after(row: Reform) -> None:
    calendar = civil_calendar(row.code)
    for step in row.transitions:
        gap = list(_gap_labels(step))
        after = calendar.dates_of(*step.first_new)[0].ordinal
        shifted = []
        for label in gap:
            assert not calendar.exists(*label)
            with pytest.raises(NonexistentCivilDateError):
                calendar.date(*label)
            shifted.append(calendar.date(*label, policy="shift").ordinal)
        assert shifted == list(range(after, after + len(gap)))
        if step.new == "Gregorian":
            assert len(gap) == row.dates_omitted


def _gap_labels(step: Transition) -> list[YMD]:
    """Dates of the old calendar strictly between the last old day and the first new one."""
    old = GregorianDate if step.old == "Gregorian" else JulianDate
    labels = []
    year, month, day = step.last_old
    while True:
        day += 1
        if day > 31:
            year, month, day = (year + 1, 1, 1) if month == 12 else (year, month + 1, 1)
        if (year, month, day) >= step.first_new:
            return labels
        try:
            old(year, month, day)
        except InvalidDateError:
            continue
        labels.append((year, month, day))


# -- Around each reform gap, against the two calendars directly --------------------------

simple_rows = [
    row
    for row in REFORMS
    if row.last_julian is not None
    and not row.interim
    and row.extra_days == 0
    and row.covered_from is None
]


@st.composite
def days_near_a_gap(draw: st.DrawFn) -> tuple[Reform, int]:
    row = draw(st.sampled_from(simple_rows))
    return row, draw(reform_days(row))


@settings(max_examples=examples(300))
@given(days_near_a_gap())
def test_days_around_a_gap_are_julian_before_and_gregorian_after(
    row_and_day: tuple[Reform, int],
) -> None:
    row, ordinal = row_and_day
    assert row.last_julian is not None
    calendar = civil_calendar(row.code)
    if ordinal <= row.last_julian.toordinal():
        expected, name = julian.from_ordinal(ordinal), "Julian"
    else:
        expected, name = gregorian.from_ordinal(ordinal), "Gregorian"
    (civil,) = calendar.days_of(ordinal)
    assert (civil.year, civil.month, civil.day) == expected
    assert calendar.from_ordinal(ordinal) == civil
    assert calendar.calendar_on(ordinal) == name


@st.composite
def labels_near_a_gap(draw: st.DrawFn) -> tuple[Reform, YMD]:
    row = draw(st.sampled_from(simple_rows))
    return row, draw(labels_near_reform(row))


@settings(max_examples=examples(300))
@given(labels_near_a_gap())
def test_a_date_near_a_gap_exists_when_one_calendar_lived_it(
    row_and_label: tuple[Reform, YMD],
) -> None:
    row, label = row_and_label
    assert row.last_julian is not None
    last = (row.last_julian.year, row.last_julian.month, row.last_julian.day)
    first = (row.first_gregorian.year, row.first_gregorian.month, row.first_gregorian.day)
    lived = (label <= last and julian.days_in_month(*label[:2]) >= label[2]) or (
        label >= first and gregorian.days_in_month(*label[:2]) >= label[2]
    )
    assert civil_calendar(row.code).exists(*label) == lived
