"""JG401–JG402: dates outside the period when both calendars were in civil use."""

from __future__ import annotations

from collections.abc import Iterator

from julian_gregorian.calendar import _gregorian as gregorian
from julian_gregorian.calendar.conversion import julian_to_gregorian
from julian_gregorian.checks._arithmetic import pair_sides, written_ordinal
from julian_gregorian.checks._wording import day_words, item_wording, labelled
from julian_gregorian.checks.context import ArticleContext
from julian_gregorian.checks.explanation import Explanation
from julian_gregorian.checks.findings import Finding
from julian_gregorian.checks.rules.base import Rule
from julian_gregorian.places._reforms import REFORMS, Reform

#: The last country to leave the Julian calendar for civil use, from the reform table:
#: Greece, which followed 15 February 1923 (O.S.) with 1 March 1923 (N.S.).
LAST_REFORM: Reform = max(
    (reform for reform in REFORMS if reform.last_julian is not None),
    key=lambda reform: reform.first_gregorian,
)
assert LAST_REFORM.last_julian is not None
LAST_CIVIL_JULIAN_DAY = LAST_REFORM.last_julian.toordinal()
LAST_CIVIL_JULIAN_YEAR = LAST_REFORM.last_julian.year
_FIRST = LAST_REFORM.first_gregorian
#: The first Gregorian day of the last reform, for the messages: (year, month, day).
_REFORM_DAY = (_FIRST.year, _FIRST.month, _FIRST.day)
#: The first day of the Gregorian calendar: 15 October 1582 followed 4 October (O.S.).
FIRST_GREGORIAN_DAY = gregorian.to_ordinal(1582, 10, 15)


# -- JG401 ----------------------------------------------------------------------------


def _after_reforms(context: ArticleContext) -> Iterator[Finding]:
    for item in context.items:
        old = item.old_style
        if old is None or item.kind == "dual_year" or context.is_problem(item):
            continue
        year = old.start.year
        if year is None or year < LAST_CIVIL_JULIAN_YEAR:
            continue
        day = written_ordinal(old.start)
        # The day of the reform itself is named in both calendars by the texts that
        # tell of it ("16 February (Old Style) is to be termed 1 March").
        if day is None or day <= LAST_CIVIL_JULIAN_DAY + 1:
            continue
        fields = (year, old.start.month, old.start.day)
        order = item_wording(context.text, item)
        as_new = julian_to_gregorian(*fields)
        message = (
            f"O.S. {day_words(fields, order)} is after the last change of a country to the "
            f"Gregorian calendar ({LAST_REFORM.name}, {day_words(_REFORM_DAY, order)}): "
            "only church calendars still count "
            f"Old Style days; it is N.S. {day_words(as_new, order)}"
        )
        yield OLD_STYLE_AFTER_REFORMS.finding(item, message)


OLD_STYLE_AFTER_REFORMS = Rule(
    code="JG401",
    name="old-style-after-reforms",
    severity="warning",
    summary="An O.S. date after 1923, when no country used the Julian calendar any more.",
    about=Explanation(
        what="Finds O.S. dates after 1923, when no country used the Julian calendar any more.",
        why=(
            "Greece was the last country to change its civil calendar: 15 February 1923 (O.S.) "
            "was followed by 1 March 1923 (N.S.). Later O.S. dates are right only for church "
            "calendars (the Russian, Serbian, Georgian and Jerusalem Orthodox churches, Mount "
            "Athos and the Old Calendarists still use the Julian calendar), so this is a warning."
        ),
        example="The synod met on 20 March [O.S. 7 March] 1950.",
        fix=(
            "No automatic fix: make sure the O.S. date is meant, and that readers know why it is "
            "given."
        ),
    ),
    run=_after_reforms,
)


# -- JG402 ----------------------------------------------------------------------------


def _proleptic(context: ArticleContext) -> Iterator[Finding]:
    for reading in context.readings:
        if reading.verdict != "right" or reading.days is None:
            continue
        if reading.days[2] >= FIRST_GREGORIAN_DAY:
            continue
        item = reading.item
        _, new = pair_sides(item)
        order = item_wording(context.text, item)
        start = (new.start.year, new.start.month, new.start.day)
        end = (new.end.year, new.end.month, new.end.day)
        message = (
            f"{labelled('gregorian', start, end, order)} is before "
            f"{day_words((1582, 10, 15), order)}, the first day "
            "of the Gregorian calendar: a proleptic date (the arithmetic is right)"
        )
        yield PROLEPTIC_PAIR.finding(item, message)


PROLEPTIC_PAIR = Rule(
    code="JG402",
    name="proleptic-pair",
    severity="info",
    summary="A pair before 15 October 1582: its N.S. date is proleptic.",
    about=Explanation(
        what=(
            "Reports pairs before 15 October 1582 whose arithmetic holds (JG101 reports the "
            "others): their N.S. date is proleptic."
        ),
        why=(
            "The Gregorian calendar began on 15 October 1582. An N.S. date before it is computed "
            "backwards (proleptically): correct arithmetic, but no one used that date at the "
            "time. Readers may want to know; this is information, never an error."
        ),
        example="Columbus landed on 12 October [21 October N.S.] 1492.",
        fix=(
            "Nothing to fix: say in the text that the N.S. date is proleptic, or give the O.S. "
            "date alone."
        ),
    ),
    run=_proleptic,
)

RULES: tuple[Rule, ...] = (OLD_STYLE_AFTER_REFORMS, PROLEPTIC_PAIR)

__all__ = [
    "FIRST_GREGORIAN_DAY",
    "LAST_CIVIL_JULIAN_DAY",
    "LAST_CIVIL_JULIAN_YEAR",
    "LAST_REFORM",
    "OLD_STYLE_AFTER_REFORMS",
    "PROLEPTIC_PAIR",
    "RULES",
]
