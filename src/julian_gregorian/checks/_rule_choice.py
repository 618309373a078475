"""Which rules a selection runs, among the article rules and the structured ones.

``--select``, ``--extend-select`` and ``--ignore`` (``select``, ``extend-select``,
``ignore`` and ``per-file-ignores`` in ``pyproject.toml``) take the codes, prefixes,
names and ``ALL`` of every rule: the article rules (JG1xx-JG5xx) and those of GEDCOM,
TEI and saved Wikidata items (JG6xx-JG8xx). The two families never meet in one input,
so each is chosen by the selectors that name some of its rules: ``--select`` replaces a
family's default set only when it names one of its rules, and leaves it otherwise
(``--select JG604`` keeps the default article rules, ``--select JG1`` the default GEDCOM
ones), while ``ALL`` and ``JG`` name both.

>>> article_selectors(("JG1", "JG604"), ("ALL",), ())
(('JG1',), ('ALL',), ())
>>> sorted(structured_rules(("JG6",), ("JG605",), ()))
['JG601', 'JG602', 'JG603', 'JG604']
>>> sorted(structured_rules(("JG1",), (), ()))  # no GEDCOM rule named: their defaults
['JG601', 'JG602', 'JG603', 'JG605', 'JG701', 'JG801', 'JG802']
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from julian_gregorian.checks.file_rules import FileRule
from julian_gregorian.checks.rule_index import ALL_RULES, AnyRule
from julian_gregorian.checks.rules import Rule
from julian_gregorian.errors import ParseError

#: One family's selection: ``select`` (``None``: the defaults), ``ignore``, ``extend_select``.
Selectors = tuple[tuple[str, ...] | None, tuple[str, ...], tuple[str, ...]]


def matching_any(selector: str) -> list[AnyRule]:
    """The rules, of either family, that a code, prefix (``JG6``), name or ``ALL`` names.

    >>> [found.code for found in matching_any("gedcom-calendar-of-place")]
    ['JG604']
    """
    wanted = selector.strip()
    if wanted.upper() == "ALL":
        return list(ALL_RULES)
    found = [
        rule
        for rule in ALL_RULES
        if wanted and (rule.code.startswith(wanted.upper()) or rule.name == wanted.lower())
    ]
    if not found:
        codes = ", ".join(rule.code for rule in ALL_RULES)
        raise ParseError(f"unknown rule or prefix {selector!r}: the rules are {codes}")
    return found


def _codes(selector: str, family: type[Rule] | type[FileRule]) -> set[str]:
    """The codes of the rules of *family* that *selector* names."""
    return {rule.code for rule in matching_any(selector) if isinstance(rule, family)}


def _naming(selectors: Iterable[str], family: type[Rule] | type[FileRule]) -> tuple[str, ...]:
    """Those of *selectors* that name a rule of *family* (``ParseError`` for one naming none)."""
    return tuple(selector for selector in selectors if _codes(selector, family))


@functools.lru_cache(maxsize=64)
def article_selectors(
    select: tuple[str, ...] | None, ignore: tuple[str, ...], extend_select: tuple[str, ...]
) -> Selectors:
    """The selectors of the article rules among *select*, *ignore* and *extend_select*.

    A *select* that names no article rule (but some other) gives ``None``: the default
    article rules; an empty one stays empty (no rule).
    """
    article_select = select
    if select:
        article_select = _naming(select, Rule) or None
    return article_select, _naming(ignore, Rule), _naming(extend_select, Rule)


@functools.lru_cache(maxsize=64)
def structured_rules(
    select: tuple[str, ...] | None, ignore: tuple[str, ...], extend_select: tuple[str, ...]
) -> frozenset[str]:
    """The codes of the GEDCOM, TEI and Wikidata rules that *select*, *ignore* and
    *extend_select* choose, by the same reading as the article rules'."""
    if select is None or (select and not _naming(select, FileRule)):
        chosen = {rule.code for rule in ALL_RULES if isinstance(rule, FileRule) and rule.default}
    else:
        chosen = {code for selector in select for code in _codes(selector, FileRule)}
    for selector in extend_select:
        chosen.update(_codes(selector, FileRule))
    for selector in ignore:
        chosen.difference_update(_codes(selector, FileRule))
    return frozenset(chosen)


__all__ = [
    "Selectors",
    "article_selectors",
    "matching_any",
    "structured_rules",
]
