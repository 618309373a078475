"""JG301-JG302 (checks/rules/dual_years.py): malformed dual years, and dual years outside
the season of the year's two starts.
"""

from __future__ import annotations

import pytest

from helpers.check_items import codes, item, only, side
from julian_gregorian.text.items import Item


def dual(
    text: str, words: str, years: tuple[int, int], date: tuple[int, int, int] | None = None
) -> Item:
    old = None if date is None else side(text, words, "julian", date, written_year=years[0])
    return item(text, "dual_year", old=old, whole=words, dual_year=years)


def test_malformed_dual_year() -> None:
    text = "born 10 February 1749/51"
    finding = only(text, [dual(text, "10 February 1749/51", (1749, 1751), (1750, 2, 10))])
    assert finding.code == "JG301"
    assert finding.severity == "error"
    assert finding.message == (
        "1749/51: the second year of a dual year is the year after the first: 1749/50 (1750), "
        "not 1751 (or 1750/51, if 1751 is right)"
    )


def test_dual_year_outside_its_season() -> None:
    text = "born 10 April 1749/50"
    finding = only(text, [dual(text, "10 April 1749/50", (1749, 1750), (1750, 4, 10))])
    assert finding.code == "JG302"
    assert finding.severity == "warning"
    assert finding.message.startswith("10 April 1749/50: a dual year belongs to a day from ")


@pytest.mark.parametrize(
    ("words", "years", "date"),
    [
        ("10 February 1749/50", (1749, 1750), (1750, 2, 10)),
        ("24 March 1699/00", (1699, 1700), (1700, 3, 24)),
        ("1651/2", (1651, 1652), None),
    ],
)
def test_good_dual_years(
    words: str, years: tuple[int, int], date: tuple[int, int, int] | None
) -> None:
    text = f"born {words}."
    assert codes(text, [dual(text, words, years, date)]) == []


@pytest.mark.parametrize(
    ("years", "alternative"),
    [((0, 2), " (or 1/02, if 2 is right)"), ((5, 2), " (or 1/02, if 2 is right)"), ((5, 1), "")],
)
def test_the_other_repair_of_a_malformed_dual_year_starts_in_year_1_or_later(
    years: tuple[int, int], alternative: str
) -> None:
    words = f"{years[0]}/{years[1]}"
    text = f"born {words}."
    finding = only(text, [dual(text, words, years)])
    assert finding.code == "JG301"
    assert finding.message.endswith(f"not {years[1]}{alternative}")
