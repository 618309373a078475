"""``check``: every finding of the selected rules on one text, in text order."""

from __future__ import annotations

from collections.abc import Iterable

from julian_gregorian.checks.context import FIX_SIDES, ArticleContext, FixSide
from julian_gregorian.checks.findings import Finding
from julian_gregorian.checks.rules import select_rules
from julian_gregorian.errors import ParseError
from julian_gregorian.text.extract import extract
from julian_gregorian.text.items import Item


def check(
    text: str,
    *,
    wikitext: bool | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    extend_select: Iterable[str] | None = None,
    fix_side: FixSide = "new",
    items: Iterable[Item] | None = None,
) -> list[Finding]:
    """Check every Old Style / New Style date of *text*; the findings in text order.

    *select*, *ignore* and *extend_select* take rule codes, prefixes (``"JG1"``) or
    names (see :func:`julian_gregorian.checks.rules.select_rules`); by default every rule
    but the opt-in ones runs. *fix_side* says which side of a wrong pair a fix rewrites:
    ``"new"`` (the N.S. side, from the O.S. one), ``"old"``, or ``"auto"`` (keep the side
    the rest of the article supports). *items* lets a caller pass the items it already
    extracted from *text* (the offsets must be those of *text*).

    >>> finding, = check("He was buried on 2 January [O.S. 21 December] 1917.")
    >>> finding.code, finding.severity, finding.line, finding.column
    ('JG101', 'error', 1, 18)
    >>> finding.message.split(" (")[0]
    'O.S. 21 December 1916 is N.S. 3 January 1917; or N.S. 2 January 1917 is O.S. 20 December 1916'
    >>> finding.fix
    Fix(offset=17, end_offset=26, replacement='3 January')
    """
    if fix_side not in FIX_SIDES:
        raise ParseError(f"unknown fix side {fix_side!r}: use 'new', 'old' or 'auto'")
    rules = select_rules(select, ignore, extend_select)
    context = ArticleContext(
        text, extract_items(text, wikitext) if items is None else list(items), fix_side
    )
    findings = [finding for rule in rules for finding in rule.run(context)]
    findings.sort(key=Finding.sort_key)
    return findings


def extract_items(text: str, wikitext: bool | None = None) -> list[Item]:
    """The extractor's items of *text*, as a list."""
    found: list[Item] = list(extract(text, wikitext=wikitext))
    return found
