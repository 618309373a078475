"""JG401-JG402 (checks/rules/periods.py): Old Style after the last reform, and proleptic
pairs before the first.
"""

from __future__ import annotations

from helpers.check_items import codes, item, only, pair, side
from julian_gregorian.checks import check


def test_old_style_after_the_last_reform_is_a_warning() -> None:
    text = "Christmas on 7 January 2020 [O.S. 25 December 2019]"
    finding = only(
        text, [pair(text, "7 January 2020", (2020, 1, 7), "25 December 2019", (2019, 12, 25))]
    )
    assert finding.code == "JG401"
    assert finding.severity == "warning"
    assert finding.message.endswith("it is N.S. 7 January 2020")


def test_the_last_julian_day_of_greece_and_the_reform_day_are_fine() -> None:
    text = "on 15 February 1923 (O.S.), 16 February 1923 (O.S.) and 17 February 1923 (O.S.)"
    last = item(text, "old_style", old=side(text, "15 February 1923", "julian", (1923, 2, 15)))
    # 16 February (O.S.) is the day the reform named 1 March: texts telling of it say so.
    reform = item(text, "old_style", old=side(text, "16 February 1923", "julian", (1923, 2, 16)))
    after = item(text, "old_style", old=side(text, "17 February 1923", "julian", (1923, 2, 17)))
    assert codes(text, [last, reform, after]) == ["JG401"]
    assert check(text, items=[last, reform, after])[0].item is after


def test_proleptic_pairs_are_information_only_when_right() -> None:
    text = "land on 12 October (21 October, Gregorian) 1492; or 22 October [O.S. 12 October] 1492"
    right = pair(text, "21 October", (1492, 10, 21), "12 October", (1492, 10, 12))
    wrong = pair(text, "22 October", (1492, 10, 22), "12 October", (1492, 10, 12), after=50)
    findings = check(text, items=[right, wrong])
    assert [(f.code, f.severity) for f in findings] == [("JG402", "info"), ("JG101", "error")]


def test_the_first_gregorian_day_is_not_proleptic() -> None:
    text = "15 October [O.S. 5 October] 1582"
    assert codes(text, [pair(text, "15 October", (1582, 10, 15), "5 October", (1582, 10, 5))]) == []


def test_the_day_before_the_first_gregorian_day_is_proleptic() -> None:
    text = "14 October [O.S. 4 October] 1582"
    right = pair(text, "14 October", (1582, 10, 14), "4 October", (1582, 10, 4))
    finding = only(text, [right])
    assert (finding.code, finding.severity) == ("JG402", "info")
