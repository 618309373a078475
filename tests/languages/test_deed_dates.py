"""English dates as deeds, wills and colonial registers write them: "the 7th day of May
1687", with the older ordinals "2d", "3d", "23d" (the English record's ``month_links``
and ``ordinal_suffixes``). Each sentence is quoted as found, with its source; a date
read whole carries its dual year, its marker or its pair to the reader."""

from __future__ import annotations

import pytest

from julian_gregorian import extract
from julian_gregorian.text._read.tokens import tokenize

#: Real clauses with a date of the deed's shape; none has a marker or a dual year, so
#: the extractor rightly returns no item: the tokenizer must still read each date whole.
DEED_DATES = (
    # Standard Ebooks, Samuel Pepys, The Diary, endnotes (CC0):
    # github:standardebooks/samuel-pepys_the-diary, src/epub/text/endnotes.xhtml
    ("“Given under our Seal, the 7th day of May 1687.”", (7, 5, 1687)),
    ("y\u1d49 28th day of March, 1662.” Dedicated to the Earl of Sandwich.", (28, 3, 1662)),
    # Publications of the Colonial Society of Massachusetts (public domain), quoting a
    # letter of 7 June 1714: books.google.com/books?id=47gMAAAAYAAJ&pg=PA40
    (
        "take our hon'd father, Walter Clarke out of this world by that fatal messenger, "
        "death, on ye 23d day of May, 1714",
        (23, 5, 1714),
    ),
)


@pytest.mark.parametrize(("text", "expected"), DEED_DATES)
def test_a_deed_date_is_one_date_token(text: str, expected: tuple[int, int, int]) -> None:
    _codes, tokens = tokenize(text)
    dates = [token.fields for token in tokens if token.fields is not None]
    assert [(f.day, f.month, f.year) for f in dates] == [expected]
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "iso", "years"),
    [
        # ancestorquests.com/2023/06/1629-30-robert-markes-to-ralph-kendall-als-mills
        (
            "This deed, technically a feoffment, was made between Robert Markes and Ralph "
            "Kendall als Mills on 16th of February 1629/30.",
            "1630-02-16",
            (1629, 1630),
        ),
        # the deed's words above before a dual year (made up from the clauses above:
        # no real one was found in the time given)
        ("Dated the 10th day of February 1699/1700.", "1700-02-10", (1699, 1700)),
        ("buried the 3d day of March, 1690–1, at Boston", "1691-03-03", (1690, 1691)),
    ],
)
def test_a_deed_date_carries_its_dual_year(text: str, iso: str, years: tuple[int, int]) -> None:
    (item,) = extract(text)
    assert item.kind == "dual_year"
    assert item.dual_year == years
    assert item.old_style is not None
    start = item.old_style.start
    assert f"{start.year:04d}-{start.month:02d}-{start.day:02d}" == iso


def test_a_deed_date_with_a_marker_is_marked() -> None:
    (item,) = extract("On the 22d day of January 1707 (O.S.) he sailed.")
    assert item.kind == "old_style"
    assert item.old_style is not None
    start = item.old_style.start
    assert (start.year, start.month, start.day) == (1707, 1, 22)
    assert item.text == "22d day of January 1707 (O.S.)"


@pytest.mark.parametrize(
    "text",
    [
        # pence are no days: "2s. 6d." before a month and a year
        "He paid 2s. 6d. May 1701 O.S.",
        "the day of March 1689 O.S.",  # no day number before "day of"
    ],
)
def test_look_alikes_of_a_deed_date_stay_silent(text: str) -> None:
    assert [item.text for item in extract(text)] == []


@pytest.mark.parametrize(
    ("text", "quote", "iso", "years"),
    [
        # George Washington's birth as entered in his family's Bible (public domain), in
        # the wording its biographies quote
        (
            "George Washington Son to Augustine & Mary his Wife was Born ye 11th Day of "
            "February 1731/2 about 10 in the Morning",
            "11th Day of February 1731/2",
            "1732-02-11",
            (1731, 1732),
        ),
        # a note on a letter (a short clause of a page not openly licensed):
        # roses.communicatingbydesign.com/history/ePubs/Kay-fathers-cancer_2W0pu.html
        (
            "March the 4th, 1701/2 — I.e., 4 March 1702 N.S.",
            "March the 4th, 1701/2",
            "1702-03-04",
            (1701, 1702),
        ),
    ],
)
def test_a_letter_date_carries_its_dual_year(
    text: str, quote: str, iso: str, years: tuple[int, int]
) -> None:
    item = extract(text)[0]
    assert (item.kind, item.text, item.dual_year) == ("dual_year", quote, years)
    assert item.old_style is not None
    start = item.old_style.start
    assert f"{start.year:04d}-{start.month:02d}-{start.day:02d}" == iso


def test_the_month_first_link_needs_an_ordinal_day() -> None:
    # "In May the 5 ships sailed": a count, not a day; only the dual year is read
    assert [item.text for item in extract("In May the 5 ships sailed 1700/1")] == ["1700/1"]
