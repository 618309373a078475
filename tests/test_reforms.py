"""The reform table: its shape, its codes, the consistency of every row, golden rows."""

from __future__ import annotations

import re

import pytest

from julian_gregorian import InvalidDateError, JulianGregorianError
from julian_gregorian.calendar._months import WEEKDAY_NAMES
from julian_gregorian.calendar.dates import GregorianDate, JulianDate
from julian_gregorian.errors import UnknownPlaceError
from julian_gregorian.places._reforms import (
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


# Every row of the table, pinned as its sources give it: the last Julian day and the first
# Gregorian day as separate literals, so that a one-day shift of either end of any row
# fails. Sources (checked when this list was written): Inter gravissimas for 1582;
# Wikipedia, "List of adoption dates of the Gregorian calendar by country" (WP); E.
# Poulsen, Rundetaarn observatory (RT); the Explanatory Supplement via G. Giudice (ES);
# the statutes and decrees cited in the rows (GB, RU, UA, GR, BG, TR). Disputed rows pin
# the choice the table made and explains in its note.
EVERY_ROW: list[tuple[str, tuple[int, int, int] | None, tuple[int, int, int]]] = [
    ("ES", (1582, 10, 4), (1582, 10, 15)),  # the bull
    ("IT", (1582, 10, 4), (1582, 10, 15)),
    ("PL", (1582, 10, 4), (1582, 10, 15)),
    ("PT", (1582, 10, 4), (1582, 10, 15)),
    ("FR", (1582, 12, 9), (1582, 12, 20)),  # RT, WP
    ("NL-ZE", (1582, 12, 14), (1582, 12, 25)),  # WP
    ("BE", (1582, 12, 21), (1583, 1, 1)),  # ES (ref. 4), RT; disputed
    ("NL-HOLLAND", (1583, 1, 1), (1583, 1, 12)),  # WP; disputed
    ("BE-LIEGE", (1583, 2, 10), (1583, 2, 21)),  # ES
    ("DE-AUGSBURG", (1583, 2, 13), (1583, 2, 24)),  # WP
    ("DE-TRIER", (1583, 10, 4), (1583, 10, 15)),  # WP
    ("AT-7", (1583, 10, 5), (1583, 10, 16)),  # Tøndering (Brixen, Salzburg, Tyrol); disputed
    ("DE-BY", (1583, 10, 5), (1583, 10, 16)),  # RT, WP
    ("AT", (1583, 10, 20), (1583, 10, 31)),  # WP (Lower and Upper Austria); disputed
    ("DE-JULICH", (1583, 11, 2), (1583, 11, 13)),  # WP
    ("DE-COLOGNE", (1583, 11, 3), (1583, 11, 14)),  # WP; disputed
    ("DE-WURZBURG", (1583, 11, 4), (1583, 11, 15)),  # WP
    ("DE-MAINZ", (1583, 11, 11), (1583, 11, 22)),  # WP
    ("DE-BADENBADEN", (1583, 11, 16), (1583, 11, 27)),  # WP
    ("AT-2", (1583, 12, 14), (1583, 12, 25)),  # RT (Carinthia and Styria)
    ("CZ", (1584, 1, 6), (1584, 1, 17)),  # RT
    ("CH-FR", (1584, 1, 11), (1584, 1, 22)),  # RT (Catholic cantons)
    ("CH-LU", (1584, 1, 11), (1584, 1, 22)),
    ("CH-SO", (1584, 1, 11), (1584, 1, 22)),
    ("CH-SZ", (1584, 1, 11), (1584, 1, 22)),
    ("CH-UR", (1584, 1, 11), (1584, 1, 22)),
    ("CH-ZG", (1584, 1, 11), (1584, 1, 22)),
    ("PL-SILESIA", (1584, 1, 12), (1584, 1, 23)),  # RT
    ("DE-PADERBORN", (1585, 6, 16), (1585, 6, 27)),  # WP
    ("HU", (1587, 10, 21), (1587, 11, 1)),  # RT
    ("RO-TRANSYLVANIA", (1590, 12, 14), (1590, 12, 25)),  # RT
    ("RU-KGD", (1610, 8, 22), (1610, 9, 2)),  # RT; disputed
    ("DE-HILDESHEIM", (1631, 3, 15), (1631, 3, 26)),  # WP
    ("DE-MINDEN", (1668, 2, 1), (1668, 2, 12)),  # WP
    ("FR-STRASBOURG", (1682, 2, 5), (1682, 2, 16)),  # WP
    ("DE", (1700, 2, 18), (1700, 3, 1)),  # RT
    ("DK", (1700, 2, 18), (1700, 3, 1)),
    ("NO", (1700, 2, 18), (1700, 3, 1)),
    ("NL-GE", (1700, 6, 30), (1700, 7, 12)),  # RT; disputed
    ("FO", (1700, 11, 16), (1700, 11, 28)),  # WP; disputed
    ("IS", (1700, 11, 16), (1700, 11, 28)),  # WP
    ("NL-OV", (1700, 11, 30), (1700, 12, 12)),  # RT
    ("NL-UT", (1700, 11, 30), (1700, 12, 12)),
    ("CH-BE", (1700, 12, 31), (1701, 1, 12)),  # RT (Protestant cantons)
    ("CH-BS", (1700, 12, 31), (1701, 1, 12)),
    ("CH-SH", (1700, 12, 31), (1701, 1, 12)),
    ("CH-ZH", (1700, 12, 31), (1701, 1, 12)),
    ("NL-FR", (1700, 12, 31), (1701, 1, 12)),  # RT
    ("NL-GR", (1700, 12, 31), (1701, 1, 12)),
    ("NL-DR", (1701, 4, 30), (1701, 5, 12)),  # WP
    ("GB", (1752, 9, 2), (1752, 9, 14)),  # Calendar (New Style) Act 1750
    ("GB-ENG", (1752, 9, 2), (1752, 9, 14)),
    ("GB-SCT", (1752, 9, 2), (1752, 9, 14)),
    ("IE", (1752, 9, 2), (1752, 9, 14)),
    ("US", (1752, 9, 2), (1752, 9, 14)),
    ("FI", (1753, 2, 17), (1753, 3, 1)),  # RT, WP
    ("SE", (1753, 2, 17), (1753, 3, 1)),
    ("US-AK", (1867, 10, 6), (1867, 10, 18)),  # ES: one Friday lived twice
    ("JP", None, (1873, 1, 1)),
    ("CN", None, (1912, 1, 1)),  # disputed
    ("AL", (1912, 11, 14), (1912, 11, 28)),  # WP; disputed
    ("BG", (1916, 3, 31), (1916, 4, 14)),  # the Bulgarian law; disputed
    ("EE", (1918, 1, 31), (1918, 2, 14)),  # Estonica; disputed
    ("RU", (1918, 1, 31), (1918, 2, 14)),  # the decree of 24 January 1918 (O.S.)
    ("LT", (1918, 2, 1), (1918, 2, 15)),  # ncal; disputed
    ("LV", (1918, 2, 1), (1918, 2, 15)),  # ncal; disputed
    ("UA", (1918, 2, 15), (1918, 3, 1)),  # the Central Rada's law; disputed
    ("AM", (1918, 4, 17), (1918, 5, 1)),  # WP (Transcaucasian Federation)
    ("AZ", (1918, 4, 17), (1918, 5, 1)),
    ("GE", (1918, 4, 17), (1918, 5, 1)),
    ("ME", (1919, 1, 14), (1919, 1, 28)),  # WP
    ("RS", (1919, 1, 14), (1919, 1, 28)),  # WP; disputed
    ("RO", (1919, 3, 31), (1919, 4, 14)),  # WP; disputed
    ("GR", (1923, 2, 15), (1923, 3, 1)),  # the decree of 18 January 1923; disputed
    ("TR", None, (1926, 1, 1)),  # Law No. 698; disputed
]


def test_every_row_of_the_table_is_pinned() -> None:
    assert sorted(code for code, _, _ in EVERY_ROW) == sorted(place_codes())


@pytest.mark.parametrize(("code", "last", "first"), EVERY_ROW, ids=[r[0] for r in EVERY_ROW])
def test_golden_rows(
    code: str, last: tuple[int, int, int] | None, first: tuple[int, int, int]
) -> None:
    row = reform_for(code)
    assert row.last_julian == (None if last is None else JulianDate(*last))
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


def test_an_unknown_place_written_as_a_name_proposes_the_rows_so_named() -> None:
    with pytest.raises(UnknownPlaceError) as caught:
        reform_for("Sweden")
    assert str(caught.value).endswith(
        "; the rows named so: FI (Finland (part of Sweden)), SE (Sweden)"
    )
    with pytest.raises(UnknownPlaceError, match=r"rows named so: GB-ENG \(England and Wales\)$"):
        reform_for("england")
    # Whole words only: 'UK' is no part of Ukraine's name, 'Russia' none of Prussia's.
    with pytest.raises(UnknownPlaceError) as caught:
        reform_for("UK")
    assert "named so" not in str(caught.value)
    with pytest.raises(UnknownPlaceError, match=r"named so: RU \(Soviet Russia\)$"):
        reform_for("russia")
    with pytest.raises(UnknownPlaceError, match=r"CH-ZG \(Canton of Zug\) and \d+ more$"):
        reform_for("canton")


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
