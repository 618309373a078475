"""JG501 (checks/rules/unmarked.py, opt-in): unmarked dates in an article that marks
others, and the plain dates it reads.
"""

from __future__ import annotations

from helpers.check_items import codes, item, pair, side
from julian_gregorian.checks import check
from julian_gregorian.checks._plain_dates import plain_dates
from julian_gregorian.text.items import Item

NARRATIVE = (
    "On 6 November [O.S. 24 October] 1917 it began.\n"
    "On 16 July 1917 they marched. On 17 July more came. On 5–6 July offices were raided.\n"
    "== Timeline (Gregorian calendar dates) ==\n"
    "5 November 1917: Tallinn.\n"
    "== Later ==\n"
    "On 5 November 1927 a symphony was first played.\n"
)


def narrative_items() -> list[Item]:
    return [pair(NARRATIVE, "6 November", (1917, 11, 6), "24 October", (1917, 10, 24))]


def test_unmarked_dates_are_off_by_default() -> None:
    assert codes(NARRATIVE, narrative_items()) == []


def test_unmarked_dates_when_selected() -> None:
    findings = check(NARRATIVE, items=narrative_items(), select=["JG501"])
    assert [(f.line, f.column, NARRATIVE[f.offset : f.end_offset]) for f in findings] == [
        (2, 4, "16 July 1917"),
        (2, 34, "17 July"),
        (2, 56, "5–6 July"),
    ]
    assert all(f.item is None and f.severity == "warning" for f in findings)
    assert "likely O.S." not in findings[1].message
    assert findings[2].message.endswith(
        "likely O.S. (N.S. 18–19 July 1917): read as N.S. it would go back 11 days in the "
        "story, read as O.S. (13 days later) it goes on"
    )


def test_a_wrong_pair_sets_no_chronology_for_unmarked_dates() -> None:
    # Read as O.S., the wrong pair's 10 July is N.S. 23 July: were it trusted, "15 July"
    # after it would look like an O.S. date (N.S. 15 July going back in the story).
    text = "On 10 August [O.S. 10 July] 1917 it began. On 15 July they marched.\n"
    wrong = pair(text, "10 August", (1917, 8, 10), "10 July", (1917, 7, 10))
    trusted_text = "On 23 July [O.S. 10 July] 1917 it began. On 15 July they marched.\n"
    right = pair(trusted_text, "23 July", (1917, 7, 23), "10 July", (1917, 7, 10))
    (trusted,) = check(trusted_text, items=[right], select=["JG501"])
    assert "likely O.S." in trusted.message
    (finding,) = check(text, items=[wrong], select=["JG501"])
    assert text[finding.offset : finding.end_offset] == "15 July"
    assert "likely O.S." not in finding.message


def test_unmarked_dates_need_an_article_that_marks_others() -> None:
    assert check("On 16 July 1917 they marched.", items=[], select=["JG501"]) == []


def test_plain_dates_read_abbreviated_months() -> None:
    found = plain_dates("On 5 Jan. 1700 and 7 Feb 1701 and 3 May 1702 they met.")
    assert [(d.text, d.year, d.month, d.day) for d in found] == [
        ("5 Jan. 1700", 1700, 1, 5),
        ("7 Feb 1701", 1701, 2, 7),
        ("3 May 1702", 1702, 5, 3),
    ]


def test_a_marked_single_date_sets_the_chronology() -> None:
    # O.S. 10 July 1917 is N.S. 23 July: an unmarked 15 July after it reads as O.S.
    text = "On 10 July 1917 (O.S.) it began. On 15 July they marched.\n"
    marked = item(text, "old_style", old=side(text, "10 July 1917", "julian", (1917, 7, 10)))
    (finding,) = check(text, items=[marked], select=["JG501"])
    assert text[finding.offset : finding.end_offset] == "15 July"
    assert "likely O.S. (N.S. 28 July 1917)" in finding.message
