"""JG201-JG202 (checks/rules/yearless.py): pairs without a year, judged against the other
pairs of their passage.
"""

from __future__ import annotations

from helpers.check_items import codes, only, pair
from julian_gregorian.checks import check
from julian_gregorian.text.items import Item

YEARLESS = (
    "A 1 January [O.S. 19 December] b 2 January [O.S. 21 December] c 14 January [O.S. 1 January]"
)


def yearless(count: int) -> list[Item]:
    found = [
        pair(YEARLESS, "1 January", (None, 1, 1), "19 December", (None, 12, 19)),
        pair(YEARLESS, "2 January", (None, 1, 2), "21 December", (None, 12, 21)),
        pair(YEARLESS, "14 January", (None, 1, 14), "1 January", (None, 1, 1), after=60),
    ]
    return found[:count]


def test_a_yearless_pair_against_the_rest_of_its_passage() -> None:
    finding = only(YEARLESS, yearless(3))
    assert finding.code == "JG201"
    assert finding.severity == "warning"
    assert finding.item is not None
    assert finding.item.text.startswith("2 January [O.S. 21 December")
    assert finding.message == (
        "written 12 days apart, but the other pairs of this passage are 13 days apart "
        "(1900–2100): O.S. 21 December is N.S. 3 January; or N.S. 2 January is O.S. 20 December"
    )


def test_two_yearless_pairs_that_disagree_cannot_say_which_is_wrong() -> None:
    assert codes(YEARLESS, yearless(2)) == []


def test_passages_end_at_headings() -> None:
    text = "A 1 January [O.S. 19 December]\n== Later ==\nb 2 January [O.S. 21 December]"
    items = [
        pair(text, "1 January", (None, 1, 1), "19 December", (None, 12, 19)),
        pair(text, "2 January", (None, 1, 2), "21 December", (None, 12, 21)),
    ]
    assert codes(text, items) == []


def test_a_yearless_pair_with_an_impossible_offset() -> None:
    text = "A 12 January [O.S. 19 December]"
    finding = only(text, [pair(text, "12 January", (None, 1, 12), "19 December", (None, 12, 19))])
    assert finding.code == "JG202"
    assert finding.message.startswith("written 24 days apart, an offset the calendars never had")


def test_a_dated_passage_decides_a_yearless_pair() -> None:
    text = "On 6 November [O.S. 24 October] 1917 and 8 November [O.S. 25 October] later."
    items = [
        pair(text, "6 November", (1917, 11, 6), "24 October", (1917, 10, 24)),
        pair(text, "8 November", (None, 11, 8), "25 October", (None, 10, 25)),
    ]
    finding = only(text, items)
    assert finding.code == "JG202"
    assert finding.message.endswith(
        "with the 13 days of this passage: O.S. 25 October is N.S. 7 November; "
        "or N.S. 8 November is O.S. 26 October"
    )


def test_a_yearless_pair_across_29_february_counts_that_day() -> None:
    (finding,) = check("The town fell on 15 March [O.S. 29 February].")
    assert finding.code == "JG202"
    assert finding.message.startswith("written 15 days apart,")


def test_a_yearless_pair_that_fits_two_periods_does_not_vote() -> None:
    # 28 February -> 10 March and 29 February -> 11 March fit 10 and 11 days; only the
    # first line fits one period (12 days), so the passage is 12 days apart.
    text = (
        "The first frost came on 20 March [O.S. 8 March].\n"
        "The river froze on 10 March [O.S. 28 February].\n"
        "The snow fell on 11 March [O.S. 29 February].\n"
    )
    findings = check(text)
    assert [(f.line, f.code) for f in findings] == [(2, "JG201"), (3, "JG201")]
    assert "the other pairs of this passage are 12 days apart" in findings[0].message


def test_a_pair_at_the_very_start_of_the_text_votes_in_its_passage() -> None:
    text = YEARLESS.removeprefix("A ")
    items = [
        pair(text, "1 January", (None, 1, 1), "19 December", (None, 12, 19)),
        pair(text, "2 January", (None, 1, 2), "21 December", (None, 12, 21)),
        pair(text, "14 January", (None, 1, 14), "1 January", (None, 1, 1), after=60),
    ]
    assert items[0].offset == 0
    finding = only(text, items)
    assert finding.code == "JG201"
    assert finding.item is items[1]
