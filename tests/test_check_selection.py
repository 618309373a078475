"""Choosing rules (checks/rules/__init__.py): select and ignore by code, prefix or name."""

from __future__ import annotations

import pytest

from helpers.check_items import codes, pair
from julian_gregorian.checks import check
from julian_gregorian.checks.rules import RULES, select_rules
from julian_gregorian.text.items import Item

BURIED = "He was buried on 2 January [O.S. 21 December] 1917."


def buried() -> Item:
    return pair(BURIED, "2 January", (1917, 1, 2), "21 December", (1916, 12, 21))


def test_select_and_ignore() -> None:
    items = [buried()]
    assert codes(BURIED, items, select=["JG2"]) == []
    assert codes(BURIED, items, ignore=["JG101"]) == []
    assert codes(BURIED, items, ignore=["wrong-offset"]) == []
    assert codes(BURIED, items, select=["ALL"], ignore=["JG5"]) == ["JG101"]


def test_unknown_codes_are_errors() -> None:
    from julian_gregorian.errors import ParseError

    with pytest.raises(ParseError, match="unknown rule or prefix 'JG999'"):
        check(BURIED, items=[], select=["JG999"])
    with pytest.raises(ParseError, match="unknown fix side"):
        check(BURIED, items=[], fix_side="both")  # type: ignore[arg-type]


def test_a_selection_is_chosen_once_however_it_is_given() -> None:
    from julian_gregorian.errors import ParseError

    chosen = select_rules(["JG1"], ["JG102"], None)
    assert [rule.code for rule in chosen] == ["JG101", "JG103", "JG104"]
    assert select_rules(iter(["JG1"]), ("JG102",), ()) is chosen  # (a dump's every page)
    for _ in range(2):  # an unknown code is an error every time, not once
        with pytest.raises(ParseError, match="unknown rule or prefix 'JG999'"):
            select_rules(["JG999"])


def test_the_default_rules_are_every_rule_but_the_opt_in_ones_however_asked() -> None:
    default = tuple(rule for rule in RULES if rule.default)
    assert select_rules() == default
    assert select_rules(select=None, ignore=[], extend_select=[]) == default
    assert select_rules(ignore=["JG101"]) == tuple(r for r in default if r.code != "JG101")


#: Texts where the extractor finds nothing, with what the rules that read the text look
#: for (a claim, a directive) and what the others might (plain dates, an infobox, a
#: heading that declares a calendar, a number of days).
_WITHOUT_ITEMS = (
    "In 1917 the Julian calendar was 12 days behind the Gregorian calendar.",
    "Born 5 March 1731. <!-- julian-gregorian: ignore JG101 -->",
    "{{Infobox person\n| birth_date = 5 March 1731\n}}\n"
    "== Life (Gregorian calendar dates) ==\nHe died on 3 April 1790, 11 days later.",
)


@pytest.mark.parametrize("text", _WITHOUT_ITEMS)
def test_a_text_without_items_is_checked_by_the_rules_that_read_the_text_only(text: str) -> None:
    from julian_gregorian.checks.check import check_text
    from julian_gregorian.checks.context import ArticleContext
    from julian_gregorian.text import extract

    assert extract(text) == []
    every_rule = [
        (rule, list(rule.run(ArticleContext(text, []))))
        for rule in RULES
        if not rule.late  # JG502 asks what the others silenced: see below
    ]
    assert [rule.code for rule, found in every_rule if found and rule.needs_items] == []
    reported = {finding.code for finding in check_text(text, select=["ALL"]).findings}
    assert reported == {rule.code for rule, found in every_rule if found} | (
        {"JG502"} if "julian-gregorian:" in text else set()
    )


def test_the_rules_that_read_the_text_find_something_without_items() -> None:
    from julian_gregorian.checks.check import check_text

    found = {f.code for text in _WITHOUT_ITEMS for f in check_text(text, select=["ALL"]).findings}
    assert found == {"JG403", "JG502"}
