"""Which rules a selection runs on each kind of input.

``--select``, ``--extend-select`` and ``--ignore`` (``select``, ``extend-select``,
``ignore`` and ``per-file-ignores`` in ``pyproject.toml``) take the codes, prefixes,
names and ``ALL`` of every rule. The rules apply to three kinds of input: articles (the
article rules JG1xx-JG5xx, and JG8xx, which compare an article with a saved Wikidata
item), GEDCOM files (JG6xx) and TEI files (JG7xx). Each kind's rules are chosen by the
selectors that name some of them, as ruff chooses a file's rules: ``select`` replaces a
kind's default rules when it names one of its rules, and leaves them otherwise
(``select = ["JG604"]`` runs JG604 alone on GEDCOM files and the default rules on
articles and TEI files; ``select = ["JG801"]`` runs JG801 alone on articles), while
``ALL`` and ``JG`` name every kind; ``extend_select`` adds, ``ignore`` removes.

>>> sorted(chosen_codes("gedcom", ("JG6",), ("JG605",), ()))
['JG601', 'JG602', 'JG603', 'JG604']
>>> sorted(chosen_codes("gedcom", ("JG1", "JG701"), (), ()))  # no GEDCOM rule named
['JG601', 'JG602', 'JG603', 'JG605']
>>> sorted(chosen_codes("article", ("JG801",), (), ()))
['JG801']
>>> article_selectors(("JG1", "JG604"), ("JG102",), ())  # what the article rules are given
(('JG101', 'JG103', 'JG104'), (), ())
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Literal

from julian_gregorian.checks.rule_index import ALL_RULES, AnyRule
from julian_gregorian.checks.rules import Rule
from julian_gregorian.errors import ParseError

#: The inputs rules apply to: articles (also a dump's pages), GEDCOM files, TEI files.
InputKind = Literal["article", "gedcom", "tei"]
INPUT_KINDS: tuple[InputKind, ...] = ("article", "gedcom", "tei")

#: One selection: ``select`` (``None``: the defaults), ``ignore``, ``extend_select``.
Selectors = tuple[tuple[str, ...] | None, tuple[str, ...], tuple[str, ...]]


def kind_of(rule: AnyRule) -> InputKind:
    """The inputs *rule* applies to: JG6xx GEDCOM files, JG7xx TEI files, the others
    (the article rules, and JG8xx's comparisons with Wikidata) articles."""
    if rule.code.startswith("JG6"):
        return "gedcom"
    if rule.code.startswith("JG7"):
        return "tei"
    return "article"


def matching_any(selector: str) -> list[AnyRule]:
    """The rules, of any kind of input, that a code, prefix (``JG6``), name or ``ALL`` names.

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


def kinds_named(selectors: Iterable[str]) -> set[InputKind]:
    """The kinds of input some rule of which one of *selectors* names."""
    return {kind_of(rule) for selector in selectors for rule in matching_any(selector)}


def _codes(selector: str, kind: InputKind) -> set[str]:
    """The codes of the rules for *kind* that *selector* names."""
    return {rule.code for rule in matching_any(selector) if kind_of(rule) == kind}


@functools.lru_cache(maxsize=64)
def chosen_codes(
    kind: InputKind,
    select: tuple[str, ...] | None,
    ignore: tuple[str, ...],
    extend_select: tuple[str, ...],
) -> frozenset[str]:
    """The codes of the rules for inputs of *kind* that *select*, *ignore* and
    *extend_select* choose (see the module doc); ``ValueError`` for a *kind* that is none
    of :data:`INPUT_KINDS` (it would have no rule, and its input go unchecked).

    >>> chosen_codes("ged", None, (), ())
    Traceback (most recent call last):
    ...
    ValueError: 'ged' is no kind of input: use 'article', 'gedcom' or 'tei'
    """
    if kind not in INPUT_KINDS:
        raise ValueError(
            f"{kind!r} is no kind of input: use "
            + ", ".join(map(repr, INPUT_KINDS[:-1]))
            + f" or {INPUT_KINDS[-1]!r}"
        )
    if select is None or (select and kind not in kinds_named(select)):
        chosen = {rule.code for rule in ALL_RULES if kind_of(rule) == kind and rule.default}
    else:
        chosen = {code for selector in select for code in _codes(selector, kind)}
    for selector in extend_select:
        chosen.update(_codes(selector, kind))
    for selector in ignore:
        chosen.difference_update(_codes(selector, kind))
    return frozenset(chosen)


def merged_select(settings: tuple[str, ...] | None, given: tuple[str, ...]) -> tuple[str, ...]:
    """The ``select`` of *settings* (a settings file's) with *given* (the command
    line's) on top: *given* replaces it for the kinds of input whose rules it names, and
    the settings' selection stays for the others, its selectors that name rules of both
    written out as the codes of the others' rules.

    >>> merged_select(("JG2",), ("JG604",))
    ('JG604', 'JG2')
    >>> merged_select(("JG1", "JG6"), ("JG604",))
    ('JG604', 'JG1')
    """
    if not settings or not given:
        return given
    named = kinds_named(given)
    kept = list(given)
    for selector in settings:
        rules = matching_any(selector)
        if not {kind_of(rule) for rule in rules} & named:
            kept.append(selector)
        else:
            kept.extend(rule.code for rule in rules if kind_of(rule) not in named)
    return tuple(dict.fromkeys(kept))


@functools.lru_cache(maxsize=64)
def article_selectors(
    select: tuple[str, ...] | None, ignore: tuple[str, ...], extend_select: tuple[str, ...]
) -> Selectors:
    """The selection the article rules (JG1xx-JG5xx) are given: the selectors as they
    are where they name article rules alone, else the codes of the article rules that
    :func:`chosen_codes` chooses for articles (``select = ["JG801"]``: none)."""
    given = (*(select or ()), *ignore, *extend_select)
    if all(isinstance(rule, Rule) for selector in given for rule in matching_any(selector)):
        return select, ignore, extend_select
    chosen = chosen_codes("article", select, ignore, extend_select)
    codes = tuple(rule.code for rule in ALL_RULES if isinstance(rule, Rule) and rule.code in chosen)
    return codes, (), ()


__all__ = [
    "INPUT_KINDS",
    "InputKind",
    "Selectors",
    "article_selectors",
    "chosen_codes",
    "kind_of",
    "kinds_named",
    "matching_any",
    "merged_select",
]
