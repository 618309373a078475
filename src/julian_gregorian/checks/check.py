"""``check``: every finding of the selected rules on one text, in text order.

After the rules run, findings on protected text (quotations, titles of cited works,
code, comments: :mod:`julian_gregorian.checks._safe_scope`) lose their fix and are at most
warnings, and the suppression directives of the text
(:mod:`julian_gregorian.checks._suppressions`) take the findings they silence;
:func:`check_text` keeps those apart, :func:`check` leaves them out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from julian_gregorian._line_breaks import as_newlines, with_line_ends_of
from julian_gregorian.checks._markdown_blocks import MarkdownReading
from julian_gregorian.checks._markup_reading import OpenAtStart
from julian_gregorian.checks.context import FIX_SIDES, ArticleContext, FixSide
from julian_gregorian.checks.findings import Finding, Fix
from julian_gregorian.checks.rules import (
    rules_with_items,
    rules_without_items,
    select_rules,
    words_without_items,
)
from julian_gregorian.checks.settled_fixes import settled
from julian_gregorian.errors import ParseError
from julian_gregorian.text import extract
from julian_gregorian.text._extract import _items, extract_and_words
from julian_gregorian.text._locate.anchors import anchors_and_words
from julian_gregorian.text.items import Item


@dataclass(frozen=True)
class CheckResult:
    """What checking one text gives: the findings reported, those silenced, the items."""

    findings: list[Finding]
    suppressed: list[Finding]
    items: list[Item]


def check(
    text: str,
    *,
    wikitext: bool | None = None,
    markdown: bool = False,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    extend_select: Iterable[str] | None = None,
    fix_side: FixSide = "new",
    items: Iterable[Item] | None = None,
) -> list[Finding]:
    """Check every Old Style / New Style date of *text*; the findings in text order.

    *wikitext* says whether *text* is wikitext (``None``: tell from the text); *markdown*
    ``True`` says that it is Markdown, so that its code blocks (fenced or indented) and
    its ``>`` block quotes are text no fix may touch, as ``<pre>`` and ``<blockquote>``
    are in any text (an indented line of other text is prose). With *wikitext* ``True``
    too, both apply: the dates are read as wikitext's and the Markdown blocks are
    protected (the command never does both: ``--wikitext`` reads a ``.md`` file as
    wikitext only).

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
    # (Not through check_text: its result object cost half a microsecond, a twentieth of
    # the check of an anchor-free page of a dump.)
    held = True
    if (
        items is None
        and select is None
        and not ignore
        and not extend_select
        and _WORDED
        and type(text) is str
    ):
        # (as _checked begins, two calls less: a few percent of a page the screen passes
        # over, some 0.2 us each)
        anchors, held = anchors_and_words(text, _DEFAULT_WORDS)
        if not anchors and not held and fix_side in FIX_SIDES:
            return []
        items = _items(text, anchors, wikitext, None) if anchors else []
    return _checked(
        text, wikitext, markdown, select, ignore, extend_select, fix_side, items, True, held=held
    )[0]


def check_text(
    text: str,
    *,
    wikitext: bool | None = None,
    markdown: bool = False,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    extend_select: Iterable[str] | None = None,
    fix_side: FixSide = "new",
    items: Iterable[Item] | None = None,
    settle: bool = True,
) -> CheckResult:
    """:func:`check`, keeping the silenced findings and the items as well.

    >>> text = "Buried 2 January [O.S. 21 December] 1917. <!-- julian-gregorian: ignore -->"
    >>> result = check_text(text)
    >>> result.findings, [f.code for f in result.suppressed], len(result.items)
    ([], ['JG101'], 1)

    A fix is offered only when the fixed text keeps it (a second ``--fix`` changes
    nothing: :mod:`julian_gregorian.checks.settled_fixes`); *settle* ``False`` leaves that
    out, for the check of the fixed text itself.
    """
    return CheckResult(
        *_checked(text, wikitext, markdown, select, ignore, extend_select, fix_side, items, settle)
    )


def _checked(
    text: str,
    wikitext: bool | None,
    markdown: MarkdownReading,
    select: Iterable[str] | None,
    ignore: Iterable[str] | None,
    extend_select: Iterable[str] | None,
    fix_side: FixSide,
    items: Iterable[Item] | None,
    settle: bool,
    opened: OpenAtStart | None = None,
    held: bool = True,
) -> tuple[list[Finding], list[Finding], list[Item]]:
    """The findings, the silenced findings and the items of :func:`check_text`;
    *opened*: the protected markup a window of a longer text starts inside; *held*:
    whether the text may hold a word of the rules that need no items (``False`` where
    the scan that found *items* found none)."""
    if items is None and select is None and not ignore and not extend_select and _WORDED:
        # The default rules (every page of a dump run without options): a text where
        # the scan that finds no anchor finds none of their words either (most pages)
        # is done here, before the rules are chosen.
        found, held = extract_and_words(text, wikitext, _DEFAULT_WORDS)
        if not found and not held and fix_side in FIX_SIDES:
            return [], [], found
        items = found
    if fix_side not in FIX_SIDES:
        raise ParseError(f"unknown fix side {fix_side!r}: use 'new', 'old' or 'auto'")
    rules = select_rules(select, ignore, extend_select)
    if items is not None:
        found = list(items)
    else:
        words = words_without_items(rules)
        if words is None:
            found = extract(text, wikitext=wikitext)
        else:  # (the scan that finds no anchor looks for the words as well)
            found, held = extract_and_words(text, wikitext, words)
    if not found and not held:
        return [], [], found  # (most pages of a wiki: nothing to check)
    if not held:
        # (a long page the scan found none of their words in: the rules without items
        # find nothing there, as in a page without items; JG403's pass over the page
        # cost a third of the scan)
        rules = rules_with_items(rules)
    # The rules know "\n" as a line end; lines ended by "\r" alone are read as if it
    # were "\n" (the offsets stay), and the fixes written back as the text writes them.
    given, text = text, as_newlines(text)
    if text is not given:
        read = _checked(
            text, wikitext, markdown, select, ignore, extend_select, fix_side, found, settle, opened
        )
        return _line_ends_of(given, read[0]), _line_ends_of(given, read[1]), found
    if not found:
        rules = rules_without_items(rules)  # the others read the items only
        if not any(rule.may_find_in(text) for rule in rules):
            return [], [], found
    context = ArticleContext(
        text, found, fix_side, markdown=markdown, wikitext=wikitext, opened=opened
    )
    # The protected spans and the directives are looked for only once there is a finding
    # (or a late rule asks): most texts have none, and a dump page is long.
    raw = [finding for rule in rules if not rule.late for finding in rule.run(context)]
    findings: list[Finding] = []
    suppressed: list[Finding] = []
    if raw:
        restrained = [context.safe_scope.restrain(finding) for finding in raw]
        findings, suppressed = context.suppressions.partition(restrained)
    # (a late finding is on a directive: its HTML comment is no protected text, but a
    # quotation or a Markdown block around it is)
    late = [
        context.safe_scope.restrain(finding, comments=False)
        for rule in rules
        if rule.late
        for finding in rule.run(context)
    ]
    if late:
        late_kept, late_suppressed = context.suppressions.partition(late, named_only=True)
        findings += late_kept
        suppressed += late_suppressed
    findings.sort(key=Finding.sort_key)
    suppressed.sort(key=Finding.sort_key)
    if settle and any(finding.fix is not None for finding in findings):

        def recheck(fixed: str) -> list[Finding]:
            return _checked(
                fixed,
                wikitext,
                markdown,
                select,
                ignore,
                extend_select,
                fix_side,
                None,
                False,
                opened,
            )[0]

        findings = settled(text, findings, recheck)
    return findings, suppressed, found


#: The words of the default rules that need no items (see :func:`words_without_items`),
#: and whether there are such words: ``False`` where one of those rules names none (it
#: may find something in any text), and ``check`` then chooses the rules first.
_WORDS_OF_DEFAULTS = words_without_items(select_rules())
_DEFAULT_WORDS = _WORDS_OF_DEFAULTS or ()
_WORDED = _WORDS_OF_DEFAULTS is not None


def _line_ends_of(text: str, findings: list[Finding]) -> list[Finding]:
    """*findings* of ``as_newlines(text)`` with their fixes written as *text* ends lines."""
    return [
        finding if finding.fix is None else replace(finding, fix=_fix_of(text, finding.fix))
        for finding in findings
    ]


def _fix_of(text: str, fix: Fix) -> Fix:
    written = with_line_ends_of(text, fix.offset, fix.end_offset, fix.replacement)
    return fix if written == fix.replacement else Fix(fix.offset, fix.end_offset, written)


__all__ = [
    "CheckResult",
    "check",
    "check_text",
]
