"""JG301–JG302: dual years such as ``10 February 1749/50``.

Where the year began on 25 March (England and its colonies until 1752, and elsewhere
earlier), dates from 1 January to 24 March were often written with both year numbers:
the year counted from 25 March, then the year counted from 1 January. The two are
consecutive, and only those twelve weeks need them.
"""

from __future__ import annotations

from collections.abc import Iterator

from julian_gregorian.checks._arithmetic import day_exists
from julian_gregorian.checks._wording import day_words, item_wording
from julian_gregorian.checks.context import ArticleContext
from julian_gregorian.checks.explanation import Explanation
from julian_gregorian.checks.findings import Finding
from julian_gregorian.checks.rules.base import Rule
from julian_gregorian.places.dual_years import dual_year_problem
from julian_gregorian.text.items import Item, WrittenDate


def _short(first: int, second: int) -> str:
    """``1749/50``; ``1699/1700`` when the century changes."""
    if first // 100 == second // 100:
        return f"{first}/{second % 100:02d}"
    return f"{first}/{second}"


# -- JG301 ----------------------------------------------------------------------------


def _malformed(context: ArticleContext) -> Iterator[Finding]:
    for item in context.items:
        if item.kind != "dual_year" or item.dual_year is None:
            continue
        first, second = item.dual_year
        problem = dual_year_problem(first, second)
        if problem is None:
            continue
        message = f"{_short(first, second)}: {problem}"
        if second - 1 >= 1 and second != first + 1:
            message += f" (or {_short(second - 1, second)}, if {second} is right)"
        yield MALFORMED_DUAL_YEAR.finding(item, message)


MALFORMED_DUAL_YEAR = Rule(
    code="JG301",
    name="malformed-dual-year",
    severity="error",
    summary="A dual year whose two years are not consecutive (1749/51).",
    about=Explanation(
        what="Finds dual years whose two years are not consecutive (`1749/51`, `1750/49`).",
        why=(
            "A dual year such as `1749/50` gives the year counted from 25 March (Lady Day) and "
            "the year counted from 1 January, which differ by exactly one: any other two numbers "
            "cannot be right."
        ),
        example="The act was passed on 10 February 1749/51.",
        fix=(
            "No automatic fix: which of the two numbers is wrong cannot be told from the text, so "
            "the message names both candidates."
        ),
    ),
    run=_malformed,
)


# -- JG302 ----------------------------------------------------------------------------


def _dated(item: Item) -> WrittenDate | None:
    for side in (item.old_style, item.new_style):
        if side is not None:
            return side.start
    return None


def _out_of_season(context: ArticleContext) -> Iterator[Finding]:
    for item in context.items:
        if item.kind != "dual_year" or item.dual_year is None:
            continue
        first, second = item.dual_year
        date = _dated(item)
        # A malformed dual year is JG301's, an impossible day JG103's.
        if date is None or second != first + 1 or day_exists(date) is False:
            continue
        problem = dual_year_problem(first, second, date.month, date.day, date.calendar)
        if problem is None:
            continue
        written = day_words((None, date.month, date.day), item_wording(context.text, item))
        yield DUAL_YEAR_OUT_OF_SEASON.finding(item, f"{written} {_short(first, second)}: {problem}")


DUAL_YEAR_OUT_OF_SEASON = Rule(
    code="JG302",
    name="dual-year-out-of-season",
    severity="warning",
    summary="A dual year on a date outside 1 January–24 March.",
    about=Explanation(
        what="Finds dual years on days from 25 March to 31 December.",
        why=(
            "From 25 March to 31 December the year counted from Lady Day and the year counted "
            "from 1 January are the same, so a dual year there is a slip: the day or the month is "
            "wrong, or one of the years. It is a warning, since the text cannot tell which."
        ),
        example="He sailed on 10 April 1749/50.",
        fix="No automatic fix: correct the day, the month or the year by hand.",
    ),
    run=_out_of_season,
)

RULES: tuple[Rule, ...] = (MALFORMED_DUAL_YEAR, DUAL_YEAR_OUT_OF_SEASON)

__all__ = [
    "DUAL_YEAR_OUT_OF_SEASON",
    "MALFORMED_DUAL_YEAR",
    "RULES",
]
