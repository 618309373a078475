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


def test_the_default_rules_are_every_rule_but_the_opt_in_ones_however_asked() -> None:
    default = tuple(rule for rule in RULES if rule.default)
    assert select_rules() == default
    assert select_rules(select=None, ignore=[], extend_select=[]) == default
    assert select_rules(ignore=["JG101"]) == tuple(r for r in default if r.code != "JG101")
