"""``parse_human_date`` (``convert``, ``parse_date``) on dates written in the other
languages of the extractor: month words of every record, and markers and pairs."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given

from julian_gregorian import GregorianDate, JulianDate, parse_date
from julian_gregorian.errors import ParseError
from julian_gregorian.formats._human import HumanDate, parse_human_date
from julian_gregorian.languages import LANGUAGES, Language
from julian_gregorian.places.dual_years import DualYear
from julian_gregorian.strategies import PairText, pair_texts


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_every_month_word_of_every_language_is_read(language: Language) -> None:
    for row in (*language.months, *language.abbreviations):
        for month, word in enumerate(row, start=1):
            for written in (f"15 {word} 1700", f"15 {word.title()}. 1700"):
                assert parse_human_date(written) == HumanDate(1700, month, 15), written


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("25 октября 1917 г.", (1917, 10, 25)),
        ("1 января 1700 года", (1700, 1, 1)),
        ("25-го октября 1917", (1917, 10, 25)),
        ("3. März 1700", (1700, 3, 3)),
        ("1er janvier 1700", (1700, 1, 1)),
        ("5 de marzo de 1700", (1700, 3, 5)),
        ("15 marca 1700 r.", (1700, 3, 15)),
        ("10. Oktober 44 v. Chr.", (-43, 10, 10)),
        ("25 Οκτωβρίου 1917", (1917, 10, 25)),
        ("25.10.1917", (1917, 10, 25)),
        ("25.10.1917 г.", (1917, 10, 25)),
        ("25 X 1917", (1917, 10, 25)),
        ("7 xi 1917", (1917, 11, 7)),
    ],
)
def test_day_first_forms_of_other_languages(text: str, fields: tuple[int, int, int]) -> None:
    assert parse_human_date(text) == HumanDate(*fields)


def test_a_marker_of_any_language_gives_the_calendar() -> None:
    assert parse_human_date("25 октября 1917 года по ст. ст.") == HumanDate(1917, 10, 25, "julian")
    assert parse_human_date("3. März 1700 a. St.").calendar == "julian"
    assert parse_human_date("O.S. 25 октября 1917").calendar == "julian"
    reading = parse_date("25 октября 1917 года по ст. ст.")
    assert reading.day == JulianDate(1917, 10, 25)
    assert reading.day.to_gregorian() == GregorianDate(1917, 11, 7)


def test_a_date_of_another_language_is_read_as_its_place_wrote_it() -> None:
    assert parse_date("25 октября 1917", place="RU").day == JulianDate(1917, 10, 25)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("7 ноября (25 октября) 1917", "O.S./N.S. pair (O.S. 25 October 1917 and N.S. 7 November"),
        ("12 (25) мая 1700", "pair (O.S. 12 May 1700 and N.S. 25 May 1700)"),
        ("24–25 октября 1917 по ст. ст.", "a range of days"),
        ("25 октября по ст. ст.", "has no year"),
        ("7 Novembr 1917", "'Novembr' is not a month name"),
        ("Oktober 25, 1917", "another language than English is read day first, as '25 Oktober"),
        ("5 мая 44 до н. э.", "'до н. э.' after '5 мая 44' is read as no era, year word or"),
        ("1st мая 1700", "'st' after the day is no ending of the language of 'мая'"),
        ("5d мая 1700", "'d' after the day is no ending of the language of 'мая'"),
        ("25 октября 0", "no year 0"),
        ("1 January 1583 O.S. (11 January 1583 N.S.)", "pair (O.S. 1 January 1583 and N.S. 11"),
        ("22 декабря 1644 (1 января 1645) года", "pair (O.S. 22 December 1644 and N.S. 1"),
    ],
)
def test_what_is_not_one_date_is_refused_with_the_reason(text: str, message: str) -> None:
    with pytest.raises(ParseError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_human_date(text)


@given(pair_texts())
def test_a_pair_of_any_language_and_shape_is_never_read_as_one_date(pair: PairText) -> None:
    with pytest.raises(ParseError, match=r"is an O\.S\./N\.S\. pair"):
        parse_human_date(pair.text)


@pytest.mark.parametrize(
    ("text", "calendar"),
    [
        ("11 февраля 1731/32 по ст. ст.", "julian"),
        ("11. Februar 1731/32 a. St.", "julian"),
        ("11 февраля 1731/32 г.", None),
        ("11. Februar 1731/2", None),
    ],
)
def test_a_dual_year_of_another_language_is_kept(text: str, calendar: str | None) -> None:
    human = parse_human_date(text)
    assert (human.year, human.month, human.day, human.calendar) == (1731, 2, 11, calendar)
    assert human.dual == DualYear(1731, 1732, 1 if text.endswith("/2") else 2)
    assert parse_date(text).day == JulianDate(1732, 2, 11)


def test_a_misspelt_month_is_refused_without_loading_the_extractor() -> None:
    # (the extractor takes a quarter of a second to load, to read nothing more here)
    script = (
        "import sys\n"
        "from julian_gregorian.formats._human import parse_human_date\n"
        "for text in ('7 Novembr 1917', 'Oktober 25, 1917'):\n"
        "    try:\n"
        "        parse_human_date(text)\n"
        "    except ValueError:\n"
        "        pass\n"
        "print(sorted(name for name in sys.modules if name.startswith('julian_gregorian.text')))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert loaded == "[]\n"
