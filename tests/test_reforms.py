"""The reform table: its shape, its codes, the consistency of every row, golden rows."""

from __future__ import annotations

import re

import pytest

from julian_gregorian import InvalidDateError, JulianGregorianError
from julian_gregorian.calendar.dates import GregorianDate, JulianDate
from julian_gregorian.calendar.months import WEEKDAY_NAMES
from julian_gregorian.errors import UnknownPlaceError
from julian_gregorian.places.reforms import (
    CALENDAR_NAMES,
    REFORMS,
    SOURCE_LABELS,
    Reform,
    place_codes,
    reform_for,
    reforms_matching,
)

# ISO 3166-1 alpha-2, ISO 3166-2 (1-3 characters after the hyphen), or a historical
# territory: country code, hyphen, a name of four or more capital letters.
CODE = re.compile(r"[A-Z]{2}(-[A-Z0-9]{1,3}|-[A-Z]{4,})?")

NON_JULIAN = {"JP", "CN", "TR"}


def test_the_table_has_at_least_forty_places_with_unique_codes() -> None:
    codes = place_codes()
    assert len(codes) >= 40
    assert len(set(codes)) == len(codes)


@pytest.mark.parametrize("row", REFORMS, ids=lambda row: row.code)
def test_every_code_follows_the_documented_scheme(row: Reform) -> None:
    assert CODE.fullmatch(row.code), row.code


@pytest.mark.parametrize("row", REFORMS, ids=lambda row: row.code)
def test_every_row_cites_a_source_and_disputed_rows_say_why(row: Reform) -> None:
    assert row.sources
    assert all(len(source) > 10 for source in row.sources)
    assert row.source == "; ".join(row.sources)
    if row.disputed:
        assert len(row.note) > 20


@pytest.mark.parametrize(
    "row", [r for r in REFORMS if r.last_julian is not None], ids=lambda row: row.code
)
def test_every_julian_row_is_consistent(row: Reform) -> None:
    """The first Gregorian day is the day after the last Julian day (Alaska: the same day)."""
    assert row.last_julian is not None
    assert row.first_gregorian.toordinal() == row.last_julian.toordinal() + 1 + row.extra_days


@pytest.mark.parametrize(
    "row", [r for r in REFORMS if r.last_julian is not None], ids=lambda row: row.code
)
def test_dates_omitted_match_the_calendar_difference_of_the_era(row: Reform) -> None:
    assert row.last_julian is not None
    expected = row.last_julian.offset() + row.extra_days
    # A reform ending on Julian 18 February 1700 also skips the Julian 29 February.
    if row.last_julian < JulianDate(1700, 2, 29) < JulianDate(*_ymd(row.first_gregorian)):
        expected += 1
    assert row.dates_omitted == expected
    assert row.dates_omitted in (10, 11, 13)


def _ymd(date: GregorianDate) -> tuple[int, int, int]:
    return date.year, date.month, date.day


def test_the_table_is_ordered_by_reform_day() -> None:
    keys = [(row.first_gregorian.toordinal(), row.code) for row in REFORMS]
    assert keys == sorted(keys)


def test_places_that_never_used_the_julian_calendar_get_no_julian_dates() -> None:
    for code in NON_JULIAN:
        row = reform_for(code)
        assert row.last_julian is None
        assert not row.has_julian_period
        assert row.dates_omitted == 0
        assert row.transitions == ()
        assert row.initial_calendar == "Gregorian"
        assert row.covered_from == row.first_gregorian
        assert row.before
    julian_rows = [row for row in REFORMS if row.has_julian_period]
    assert {row.code for row in REFORMS} - {row.code for row in julian_rows} == NON_JULIAN


@pytest.mark.parametrize(
    ("code", "last", "first"),
    [
        ("IT", (1582, 10, 4), (1582, 10, 15)),
        ("FR", (1582, 12, 9), (1582, 12, 20)),
        ("DE-BY", (1583, 10, 5), (1583, 10, 16)),
        ("HU", (1587, 10, 21), (1587, 11, 1)),
        ("RU-KGD", (1610, 8, 22), (1610, 9, 2)),
        ("DK", (1700, 2, 18), (1700, 3, 1)),
        ("CH-ZH", (1700, 12, 31), (1701, 1, 12)),
        ("GB", (1752, 9, 2), (1752, 9, 14)),
        ("GB-SCT", (1752, 9, 2), (1752, 9, 14)),
        ("US", (1752, 9, 2), (1752, 9, 14)),
        ("SE", (1753, 2, 17), (1753, 3, 1)),
        ("US-AK", (1867, 10, 6), (1867, 10, 18)),
        ("BG", (1916, 3, 31), (1916, 4, 14)),
        ("RU", (1918, 1, 31), (1918, 2, 14)),
        ("UA", (1918, 2, 15), (1918, 3, 1)),
        ("RS", (1919, 1, 14), (1919, 1, 28)),
        ("RO", (1919, 3, 31), (1919, 4, 14)),
        ("GR", (1923, 2, 15), (1923, 3, 1)),
    ],
)
def test_golden_rows(code: str, last: tuple[int, int, int], first: tuple[int, int, int]) -> None:
    row = reform_for(code)
    assert row.last_julian == JulianDate(*last)
    assert row.first_gregorian == GregorianDate(*first)


def test_britain_went_from_wednesday_to_thursday() -> None:
    row = reform_for("GB")
    assert row.last_julian is not None
    assert row.last_julian.weekday() == 2  # Wednesday
    assert row.first_gregorian.weekday() == 3  # Thursday


# Weekdays as Poulsen's list (Rundetaarn) names them: "Friday, October 15th came after
# Thursday, October 4th", and so on. They check the dates against a second fact.
@pytest.mark.parametrize(
    ("code", "last_weekday", "first_weekday"),
    [
        ("IT", "Thursday", "Friday"),
        ("FR", "Sunday", "Monday"),
        ("BE", "Friday", "Saturday"),
        ("DE-BY", "Saturday", "Sunday"),
        ("AT-2", "Saturday", "Sunday"),
        ("CZ", "Monday", "Tuesday"),
        ("PL-SILESIA", "Sunday", "Monday"),
        ("CH-LU", "Saturday", "Sunday"),
        ("HU", "Saturday", "Sunday"),
        ("RO-TRANSYLVANIA", "Monday", "Tuesday"),
        ("RU-KGD", "Wednesday", "Thursday"),
        ("DK", "Sunday", "Monday"),
        ("NL-GE", "Sunday", "Monday"),
        ("NL-UT", "Saturday", "Sunday"),
        ("NL-FR", "Tuesday", "Wednesday"),
        ("CH-ZH", "Tuesday", "Wednesday"),
        ("GB", "Wednesday", "Thursday"),
        ("RU", "Wednesday", "Thursday"),
        ("GR", "Wednesday", "Thursday"),
        ("BG", "Thursday", "Friday"),
    ],
)
def test_weekdays_named_by_the_sources(code: str, last_weekday: str, first_weekday: str) -> None:
    row = reform_for(code)
    assert row.last_julian is not None
    assert WEEKDAY_NAMES[row.last_julian.weekday()] == last_weekday
    assert WEEKDAY_NAMES[row.first_gregorian.weekday()] == first_weekday


def test_greece_renamed_16_february_1_march() -> None:
    row = reform_for("GR")
    assert JulianDate(1923, 2, 16).to_gregorian() == row.first_gregorian


def test_alaska_repeats_a_friday() -> None:
    row = reform_for("US-AK")
    assert row.extra_days == -1
    assert row.last_julian is not None
    assert row.last_julian.weekday() == row.first_gregorian.weekday() == 4
    assert row.dates_omitted == 11


def test_sweden_has_three_transitions_through_its_own_calendar() -> None:
    steps = reform_for("SE").transitions
    assert [(s.old, s.new) for s in steps] == [
        ("Julian", "Swedish"),
        ("Swedish", "Julian"),
        ("Julian", "Gregorian"),
    ]
    assert steps[1].last_old == (1712, 2, 30)
    assert reform_for("FI").transitions == steps
    assert all(s.old in CALENDAR_NAMES and s.new in CALENDAR_NAMES for s in steps)


def test_reform_for_is_case_insensitive_and_knows_aliases() -> None:
    assert reform_for(" gb-sct ").code == "GB-SCT"
    assert reform_for("Prussia").code == "RU-KGD"
    assert reform_for("yugoslavia").code == "RS"


def test_unknown_places_are_a_clear_lookup_error() -> None:
    with pytest.raises(UnknownPlaceError, match="unknown place 'Atlantis'") as caught:
        reform_for("Atlantis")
    assert isinstance(caught.value, LookupError)
    assert isinstance(caught.value, JulianGregorianError)
    assert not isinstance(caught.value, InvalidDateError)


@pytest.mark.parametrize("country", ["NL", "ch"])
def test_a_country_that_changed_region_by_region_names_its_regions(country: str) -> None:
    with pytest.raises(UnknownPlaceError, match="did not change calendars all at once") as caught:
        reform_for(country)
    assert f"{country.upper()}-" in str(caught.value)


def test_place_must_be_text() -> None:
    with pytest.raises(TypeError, match="place must be a str"):
        reform_for(44)  # type: ignore[arg-type]


def test_reforms_matching_needs_every_word() -> None:
    assert [row.code for row in reforms_matching(["canton", "zu"])] == ["CH-ZG", "CH-ZH"]
    assert {row.code for row in reforms_matching(["netherlands"])} >= {"BE"}
    assert reforms_matching(["no such place anywhere"]) == ()


def test_source_labels_name_cited_sources() -> None:
    cited = {source for row in REFORMS for source in row.sources}
    assert set(SOURCE_LABELS) <= cited
