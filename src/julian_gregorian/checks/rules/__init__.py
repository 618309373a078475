"""The checker's rules, by stable code: JG1xx pair arithmetic, JG2xx pairs without a
year, JG3xx dual years, JG4xx periods (dates outside the years of two calendars, what
the text says of the offset), JG5xx opt-in."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from julian_gregorian.checks.rules import (
    claims,
    dual_years,
    pairs,
    periods,
    unmarked,
    unused_suppressions,
    yearless,
)
from julian_gregorian.checks.rules.base import Rule
from julian_gregorian.errors import ParseError

RULES: tuple[Rule, ...] = (
    *pairs.RULES,
    *yearless.RULES,
    *dual_years.RULES,
    *periods.RULES,
    *claims.RULES,
    *unmarked.RULES,
    *unused_suppressions.RULES,
)

RULES_BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}


def matching(selector: str) -> list[Rule]:
    """The rules a selector names: a code, a prefix (``JG1``), a rule name, or ``ALL``.

    >>> [r.code for r in matching("JG10")]
    ['JG101', 'JG102', 'JG103', 'JG104']
    """
    wanted = selector.strip()
    if wanted.upper() == "ALL":
        return list(RULES)
    found = [r for r in RULES if r.code.startswith(wanted.upper()) or r.name == wanted.lower()]
    if not wanted or not found:
        raise ParseError(
            f"unknown rule or prefix {selector!r}: the rules are {', '.join(RULES_BY_CODE)}"
        )
    return found


#: The rules run when none are selected or ignored.
_DEFAULT_RULES = tuple(r for r in RULES if r.default)


def select_rules(
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    extend_select: Iterable[str] | None = None,
) -> tuple[Rule, ...]:
    """The rules to run, in code order.

    *select* replaces the default set (every rule but the opt-in ones); *extend_select*
    adds to it; *ignore* removes from the result. Each accepts codes, prefixes, names.

    >>> [r.code for r in select_rules(select=["JG1"], ignore=["JG102"])]
    ['JG101', 'JG103', 'JG104']
    >>> "JG501" in [r.code for r in select_rules(extend_select=["JG501"])]
    True
    """
    if select is None and not extend_select and not ignore:
        return _DEFAULT_RULES  # (most calls: one per page of a dump)
    # (Chosen once for each selection: a dump run with a configuration asks for the
    # same one at every page, and choosing costs about as much as reading a short page.)
    return _selected(
        None if select is None else tuple(select), tuple(ignore or ()), tuple(extend_select or ())
    )


@functools.lru_cache(maxsize=64)
def _selected(
    select: tuple[str, ...] | None, ignore: tuple[str, ...], extend_select: tuple[str, ...]
) -> tuple[Rule, ...]:
    if select is None:
        chosen = {r.code for r in RULES if r.default}
    else:
        chosen = {r.code for selector in select for r in matching(selector)}
    for selector in extend_select:
        chosen.update(r.code for r in matching(selector))
    for selector in ignore:
        chosen.difference_update(r.code for r in matching(selector))
    return tuple(r for r in RULES if r.code in chosen)


__all__ = [
    "RULES",
    "RULES_BY_CODE",
    "Rule",
    "matching",
    "rules_with_items",
    "rules_without_items",
    "select_rules",
    "words_without_items",
]


def rules_without_items(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """Those of *rules* that may find something in a text without items (``needs_items``
    false): all a text where the extractor found nothing is checked with.

    >>> [r.code for r in rules_without_items(select_rules(extend_select=["JG5"]))]
    ['JG403', 'JG502']
    """
    if rules is _DEFAULT_RULES:
        return _DEFAULT_RULES_WITHOUT_ITEMS  # (most calls: one per page of a dump)
    return tuple(rule for rule in rules if not rule.needs_items)


_DEFAULT_RULES_WITHOUT_ITEMS = tuple(rule for rule in _DEFAULT_RULES if not rule.needs_items)


def rules_with_items(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """Those of *rules* that find something only in a text with items (``needs_items``):
    all a text that holds none of the words of the others is checked with.

    >>> [r.code for r in rules_with_items(select_rules(select=["JG3", "JG4"]))]
    ['JG301', 'JG302', 'JG401', 'JG402']
    """
    if rules is _DEFAULT_RULES:
        return _DEFAULT_RULES_WITH_ITEMS  # (a long page of a dump without those words)
    return tuple(rule for rule in rules if rule.needs_items)


_DEFAULT_RULES_WITH_ITEMS = tuple(rule for rule in _DEFAULT_RULES if rule.needs_items)


def words_without_items(rules: tuple[Rule, ...]) -> tuple[str, ...] | None:
    """The words one of which a text without items holds where any of *rules* may find
    something in it (see :attr:`Rule.words`): ``None`` where one of those rules that
    need no items gives none (it may find something in any text).

    >>> words = words_without_items(select_rules())
    >>> len(words), words[0], words[3], words[-1]
    (210, '0 day', '0-day', 'EEN{{Nbsp}}day')
    >>> words_without_items(select_rules(select=["JG1"]))
    ()
    >>> print(words_without_items(select_rules(extend_select=["JG502"])))
    None
    """
    if rules is _DEFAULT_RULES:
        return _DEFAULT_WORDS  # (most calls: one per page of a dump)
    return _words(rules_without_items(rules))


def _words(rules: tuple[Rule, ...]) -> tuple[str, ...] | None:
    words: list[str] = []
    for rule in rules:
        if rule.words is None:
            return None
        words += (word for word in rule.words if word not in words)
    return tuple(words)


_DEFAULT_WORDS = _words(_DEFAULT_RULES_WITHOUT_ITEMS)
