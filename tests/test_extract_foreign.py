"""Russian, Greek, Latin, German and Polish forms (section 4 of the catalogue)."""

from __future__ import annotations

import pytest

from extract_helpers import only, read, span, words


@pytest.mark.parametrize(
    ("text", "shape", "old", "new"),
    [
        ("родился 13 (25) января 1862 года в Москве", "parenthesised_days", "1862-01-13",
         "1862-01-25"),
        ("2 марта (15 марта) 1917 года", "parenthesised", "1917-03-02", "1917-03-15"),
        ("28 декабря 1916 года (10 января 1917 года)", "parenthesised", "1916-12-28",
         "1917-01-10"),
        ("2(15).03.1917", "numeric", "1917-03-02", "1917-03-15"),
        ("urodził się 10 (22) lutego 1810 roku", "parenthesised_days", "1810-02-10",
         "1810-02-22"),
        ("ur. 30 maja/9 czerwca 1672 w Moskwie", "slash", "1672-05-30", "1672-06-09"),
        ("στις 25 Μαρτίου (6 Απριλίου) 1821", "parenthesised", "1821-03-25", "1821-04-06"),
    ],
)  # fmt: skip
def test_russian_style_pairs_put_the_julian_date_first(
    text: str, shape: str, old: str, new: str
) -> None:
    assert read(text) == [("pair", shape, old, new)]


def test_shared_parts_are_completed_from_the_partner_and_sides_are_their_words() -> None:
    text = "родился 13 (25) января 1862 года"
    item = only(text)
    assert words(text, item.old_style) == "13"
    assert words(text, item.new_style) == "25"
    assert item.old_style is not None
    assert item.old_style.start.year == 1862


@pytest.mark.parametrize(
    ("text", "kind", "days"),
    [
        ("25 февраля 1917 года (ст. ст.)", "old_style", "1917-02-25"),
        ("10 марта 1917 (по новому стилю)", "new_style", "1917-03-10"),
        ("5 октября 1917 года по старому стилю", "old_style", "1917-10-05"),
        ("25 March 1821 (π.η.)", "old_style", "1821-03-25"),
        ("Η επανάσταση της 25 Μαρτίου 1821 (π.η.) άρχισε.", "old_style", "1821-03-25"),
        ("6 April 1821 (ν.η.)", "new_style", "1821-04-06"),
        ("am 12. März 1700 a. St. in Wien", "old_style", "1700-03-12"),
        ("1 March 1700 (st.v.)", "old_style", "1700-03-01"),
        ("20 lutego 1811 (n. st.)", "new_style", "1811-02-20"),
        ("przypada 28 lipca (według kalendarza juliańskiego) co roku", "old_style", "--07-28"),
        ("zm. 8 lutego 1725 (wg kalendarza gregoriańskiego)", "new_style", "1725-02-08"),
    ],
)
def test_foreign_markers(text: str, kind: str, days: str) -> None:
    item = only(text)
    assert item.kind == kind
    assert span(item.old_style if kind == "old_style" else item.new_style) == days


def test_an_unmarked_pair_in_parentheses_must_lie_as_far_apart_as_the_calendars() -> None:
    assert read("25 октября (26 октября) 1917 года") == []
    assert read("In 1917 (1918) it happened.") == []
