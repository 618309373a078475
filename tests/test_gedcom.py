"""GEDCOM 5.5.1 and 7.0 date values: round trips, conversion, and every error."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from julian_gregorian import GregorianDate, JulianDate
from julian_gregorian.errors import InvalidDateError, ParseError
from julian_gregorian.formats.gedcom import (
    GedcomDate,
    GedcomValue,
    format_gedcom_date,
    gedcom7_payload,
    parse_gedcom_date,
)
from julian_gregorian.places.dual_years import DualYear

CANONICAL_551 = [
    "11 FEB 1732",
    "@#DJULIAN@ 11 FEB 1731/32",
    "11 FEB 1731/32",
    "15 APR 1699/00",
    "FEB 1731",
    "1731",
    "@#DJULIAN@ 1731",
    "44 B.C.",
    "@#DJULIAN@ 15 MAR 44 B.C.",
    "ABT 1731",
    "CAL 3 MAR 1700",
    "EST @#DJULIAN@ FEB 1650",
    "BEF 1700",
    "AFT @#DJULIAN@ 1 SEP 1752",
    "BET @#DJULIAN@ 1 JAN 1700 AND @#DJULIAN@ 31 DEC 1700",
    "BET 1700 AND @#DJULIAN@ 1701",
    "FROM 1670",
    "TO 1680",
    "FROM 1670 TO @#DJULIAN@ 1800",
    "INT 12 APR 1657 (Easter Monday)",
    "INT @#DJULIAN@ 1657 (the year of the great frost)",
    "(about Easter)",
    "@#DJULIAN@ 29 FEB 1700",
]

CANONICAL_7 = [
    "JULIAN 11 FEB 1732",
    "11 FEB 1732",
    "FEB 1731",
    "1731",
    "44 BCE",
    "JULIAN 15 MAR 44 BCE",
    "ABT 1731",
    "BET JULIAN 1700 AND JULIAN 1701",
    "FROM GREGORIAN 1670 TO JULIAN 1800",
    "FROM 1670 TO 1680",
    "TO JULIAN 1 JAN 1700",
    "AFT 1700",
    "",
]


@pytest.mark.parametrize("text", CANONICAL_551)
def test_gedcom_551_round_trip(text: str) -> None:
    assert format_gedcom_date(parse_gedcom_date(text)) == text
    assert format_gedcom_date(parse_gedcom_date(text, "5.5.1"), "5.5.1") == text


@pytest.mark.parametrize("text", CANONICAL_7)
def test_gedcom_7_round_trip(text: str) -> None:
    assert format_gedcom_date(parse_gedcom_date(text, "7"), "7") == text


def test_parsed_fields() -> None:
    value = parse_gedcom_date("@#DJULIAN@ 11 FEB 1731/32")
    assert value.qualifier is None
    assert value.date == GedcomDate("julian", 1732, 2, 11, DualYear(1731, 1732, 2))
    assert value.date.to_date() == JulianDate(1732, 2, 11)
    assert value.end is None
    assert value.phrase is None
    bce = parse_gedcom_date("@#DJULIAN@ 15 MAR 44 B.C.").date
    assert bce is not None
    assert bce.year == -43
    assert bce.to_date().format() == "15 March 44 BCE"
    between = parse_gedcom_date("BET 1700 AND @#DJULIAN@ 1701")
    assert [d.calendar for d in between.dates] == ["gregorian", "julian"]
    assert parse_gedcom_date("FROM 1670").end is None


def test_lenient_reading_of_real_files() -> None:
    # Lower case keywords, extra spaces, an explicit Gregorian escape, one-digit dual years.
    assert format_gedcom_date(parse_gedcom_date("abt  1 feb 1700")) == "ABT 1 FEB 1700"
    assert format_gedcom_date(parse_gedcom_date("@#DGREGORIAN@ 1 JAN 1700")) == "1 JAN 1700"
    assert format_gedcom_date(parse_gedcom_date("@#DJULIAN@ 11 FEB 1731/2")) == (
        "@#DJULIAN@ 11 FEB 1731/32"
    )
    assert format_gedcom_date(parse_gedcom_date("44 BC")) == "44 B.C."
    assert format_gedcom_date(parse_gedcom_date("44 BCE")) == "44 B.C."
    assert format_gedcom_date(parse_gedcom_date("julian 11 feb 1732", "7"), "7") == (
        "JULIAN 11 FEB 1732"
    )


def test_versions_translate() -> None:
    value = parse_gedcom_date("BET @#DJULIAN@ 1 JAN 44 B.C. AND 1 JAN 40 B.C.")
    assert format_gedcom_date(value, "7") == "BET JULIAN 1 JAN 44 BCE AND GREGORIAN 1 JAN 40 BCE"
    seven = parse_gedcom_date("JULIAN 15 MAR 44 BCE", "7")
    assert format_gedcom_date(seven, "5.5.1") == "@#DJULIAN@ 15 MAR 44 B.C."
    assert format_gedcom_date(parse_gedcom_date("1700"), "7.0") == "1700"


def test_gedcom7_needs_a_phrase_for_dual_years_and_int() -> None:
    dual = parse_gedcom_date("@#DJULIAN@ 11 FEB 1731/32")
    assert gedcom7_payload(dual) == ("JULIAN 11 FEB 1732", "11 February 1731/32")
    with pytest.raises(InvalidDateError, match="gedcom7_payload"):
        format_gedcom_date(dual, "7")
    both = parse_gedcom_date("BET @#DJULIAN@ JAN 1731/32 AND @#DJULIAN@ 1733")
    assert gedcom7_payload(both) == ("BET JULIAN JAN 1732 AND JULIAN 1733", "January 1731/32")
    interpreted = parse_gedcom_date("INT 12 APR 1657 (Easter Monday)")
    assert gedcom7_payload(interpreted) == ("12 APR 1657", "Easter Monday")
    assert gedcom7_payload(parse_gedcom_date("(a hard winter)")) == ("", "a hard winter")
    assert gedcom7_payload(parse_gedcom_date("ABT 1700")) == ("ABT 1700", None)


def test_conversion_keeps_qualifiers_and_converts_each_day() -> None:
    value = parse_gedcom_date("BET @#DJULIAN@ 1 JAN 1700 AND @#DJULIAN@ 31 DEC 1700")
    assert format_gedcom_date(value.convert("gregorian")) == "BET 11 JAN 1700 AND 11 JAN 1701"
    back = value.convert("gregorian").convert("julian")
    assert back == value
    interpreted = parse_gedcom_date("INT @#DJULIAN@ 12 APR 1657 (Easter Monday)")
    assert format_gedcom_date(interpreted.convert("gregorian")) == (
        "INT 22 APR 1657 (Easter Monday)"
    )
    assert parse_gedcom_date("(a phrase)").convert("julian") == parse_gedcom_date("(a phrase)")
    dual = parse_gedcom_date("ABT @#DJULIAN@ 11 FEB 1731/32").convert("gregorian")
    assert format_gedcom_date(dual) == "ABT 22 FEB 1732"
    assert dual.date is not None
    assert dual.date.dual is None  # the dual notation belongs to the old year start
    same = parse_gedcom_date("@#DJULIAN@ 1 FEB 1700")
    assert same.convert("julian") is not None
    assert same.convert("julian").date == same.date


def test_partial_dates_convert_only_when_the_calendars_agree() -> None:
    # In the 3rd century the two calendars give every day the same date.
    assert format_gedcom_date(parse_gedcom_date("@#DJULIAN@ FEB 250").convert("gregorian")) == (
        "FEB 250"
    )
    assert format_gedcom_date(parse_gedcom_date("@#DJULIAN@ 250").convert("gregorian")) == "250"
    with pytest.raises(InvalidDateError, match="12 February 1731 to 11 March 1731"):
        parse_gedcom_date("@#DJULIAN@ FEB 1731").convert("gregorian")
    with pytest.raises(InvalidDateError, match="not one month or year"):
        parse_gedcom_date("ABT 1731").convert("julian")
    with pytest.raises(InvalidDateError, match="ambiguous"):
        parse_gedcom_date("15 APR 1699/00").convert("julian")


@given(st.integers(-3000, 3000), st.integers(1, 12), st.integers(1, 28), st.booleans())
def test_complete_dates_round_trip_and_convert_exactly(
    year: int, month: int, day: int, is_julian: bool
) -> None:
    if year == 0:
        year = 1
    date = JulianDate(year, month, day) if is_julian else GregorianDate(year, month, day)
    value = GedcomValue(None, GedcomDate.from_date(date))
    for version in ("5.5.1", "7"):
        text = format_gedcom_date(value, version)
        assert parse_gedcom_date(text, version) == value
    converted = value.convert("gregorian" if is_julian else "julian")
    assert converted.date is not None
    assert converted.date.to_date() == date


@pytest.mark.parametrize(
    ("text", "version", "error", "message"),
    [
        ("", "5.5.1", ParseError, "empty GEDCOM 5.5.1 date"),
        ("   ", "5.5.1", ParseError, "empty"),
        ("@#DHEBREW@ 1 TSH 5000", "5.5.1", ParseError, "not supported"),
        ("@#DFRENCH R@ 1 VEND 1", "5.5.1", ParseError, "calendar @#DFRENCH R@ is not supported"),
        ("@#DROMAN@ 1700", "5.5.1", ParseError, "not supported"),
        ("@#DUNKNOWN@ 1700", "5.5.1", ParseError, "not supported"),
        ("HEBREW 1 TSH 5000", "7", ParseError, "calendar HEBREW is not supported"),
        ("_MYCAL 1 X 1", "7", ParseError, "not supported"),
        ("0", "5.5.1", ParseError, "no year 0"),
        ("1 JAN 0 BCE", "7", ParseError, "no year 0"),
        ("BET 1700", "5.5.1", ParseError, "BET needs AND"),
        ("BET 1700 AND", "5.5.1", ParseError, "a date is missing"),
        ("FROM", "5.5.1", ParseError, "a date is missing"),
        ("FROM 1700 TO", "7", ParseError, "a date is missing"),
        ("ABT", "5.5.1", ParseError, "a date is missing"),
        ("1 FEB", "5.5.1", ParseError, "'FEB' is not a year"),
        ("ABC 1700", "5.5.1", ParseError, "'ABC' is not a month"),
        ("XX FEB 1700", "5.5.1", ParseError, "'XX' is not a day"),
        ("1 2 FEB 1700", "5.5.1", ParseError, "expected [day] [month] year"),
        ("INT 1700", "5.5.1", ParseError, "INT needs a phrase"),
        ("1700 (a phrase)", "5.5.1", ParseError, "a phrase goes with INT"),
        ("ABT 1700 (a phrase)", "5.5.1", ParseError, "a phrase goes with INT"),
        ("INT 1700 (a (nested) phrase)", "5.5.1", ParseError, "parentheses"),
        ("1700)", "5.5.1", ParseError, "')' without '('"),
        ("(1700", "5.5.1", ParseError, "'(' without ')'"),
        ("1749/51", "5.5.1", ParseError, "1749/50"),
        ("1 FEB 1749/5", "5.5.1", ParseError, "1749/50"),
        ("1749/50 B.C.", "5.5.1", ParseError, "dual year cannot be before"),
        ("29 FEB 1900", "5.5.1", InvalidDateError, "day 29 does not exist"),
        ("AFT 30 FEB 1700", "5.5.1", InvalidDateError, "day 30 does not exist"),
        ("@#DJULIAN@ 29 FEB 1750/51", "5.5.1", InvalidDateError, "day 29 does not exist"),
        ("INT 1700 (Easter)", "7", ParseError, "PHRASE substructure"),
        ("(a phrase)", "7", ParseError, "PHRASE substructure"),
        ("@#DJULIAN@ 1700", "7", ParseError, "GEDCOM 7 writes JULIAN"),
        ("1731/32", "7", ParseError, "no dual years"),
        ("44 B.C.", "7", ParseError, "'<year> BCE'"),
        ("ABT 1700", "6", ValueError, "unknown GEDCOM version"),
    ],
)
def test_every_reading_error(text: str, version: str, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=re.escape(message)):
        parse_gedcom_date(text, version)


def test_construction_errors() -> None:
    with pytest.raises(InvalidDateError, match="needs a month"):
        GedcomDate("julian", 1700, None, 3)
    with pytest.raises(InvalidDateError, match="month 13"):
        GedcomDate("julian", 1700, 13)
    with pytest.raises(InvalidDateError, match="day 29 does not exist"):
        GedcomDate("gregorian", 1900, 2, 29)
    with pytest.raises(InvalidDateError, match="not in the date's year"):
        GedcomDate("julian", 1733, 2, 11, DualYear(1731, 1732))
    with pytest.raises(TypeError, match="DualYear"):
        GedcomDate("julian", 1732, 2, 11, "1731/32")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="calendar"):
        GedcomDate("hebrew", 5000)  # type: ignore[arg-type]
    date = GedcomDate("gregorian", 1700)
    with pytest.raises(ValueError, match="unknown GEDCOM qualifier"):
        GedcomValue("ABOUT", date)  # type: ignore[arg-type]
    with pytest.raises(InvalidDateError, match="needs a date"):
        GedcomValue("ABT")
    with pytest.raises(InvalidDateError, match="second date"):
        GedcomValue("ABT", date, date)
    with pytest.raises(InvalidDateError, match="BET needs a second date"):
        GedcomValue("BET", date)
    with pytest.raises(InvalidDateError, match="INT needs a phrase"):
        GedcomValue("INT", date)
    with pytest.raises(InvalidDateError, match="a phrase goes with INT"):
        GedcomValue("ABT", date, phrase="x")
    with pytest.raises(InvalidDateError, match="cannot contain"):
        GedcomValue("INT", date, phrase="x)")
    with pytest.raises(InvalidDateError, match="INT <date>"):
        GedcomValue(None, date, phrase="x")
    with pytest.raises(InvalidDateError, match="not a single day"):
        date.to_date()
    with pytest.raises(ValueError, match="calendar"):
        date.convert("french")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_gedcom_date(1700)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_gedcom_date("1700")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        gedcom7_payload("1700")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown GEDCOM version"):
        format_gedcom_date(GedcomValue(None, date), "5.6")


def test_spans_of_partial_dates() -> None:
    assert GedcomDate("julian", 1700, 2).span() == (JulianDate(1700, 2, 1), JulianDate(1700, 2, 29))
    assert GedcomDate("gregorian", 1700).span() == (
        GregorianDate(1700, 1, 1),
        GregorianDate(1700, 12, 31),
    )
    dual_year_only = parse_gedcom_date("1731/32").date
    assert dual_year_only is not None
    assert dual_year_only.span() == (GregorianDate(1732, 1, 1), GregorianDate(1732, 3, 24))
