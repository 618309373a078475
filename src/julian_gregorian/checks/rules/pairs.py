"""JG101–JG104: the arithmetic of each pair (offset, swapped sides, impossible days, ranges).

A wrong pair gets one finding, on itself, from the first of these rules that describes
it; the pairs elsewhere that share one of its days are right and get nothing, but they
are quoted as evidence for the side they support.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from julian_gregorian.calendar.offset import offset_for_ordinal
from julian_gregorian.checks._arithmetic import (
    OFFSET_PERIODS,
    PairReading,
    day_exists,
    is_yearly,
    pair_sides,
    year_from_context,
)
from julian_gregorian.checks._fixes import (
    Day,
    convert_side,
    keeps_context_year,
    names_month,
    rewrite_side,
    swap_sides,
)
from julian_gregorian.checks._wording import (
    Fields,
    Wording,
    day_words,
    days,
    item_wording,
    labelled,
    month_names,
)
from julian_gregorian.checks.context import ArticleContext
from julian_gregorian.checks.explanation import Explanation
from julian_gregorian.checks.findings import Finding, Fix
from julian_gregorian.checks.rules.base import Rule
from julian_gregorian.text.items import Item, Side, WrittenDate

SideName = Literal["old", "new"]


def _fields(date: WrittenDate) -> Fields:
    # A yearly date is judged in a year of today's period, which the text never names.
    return (None if date.year_from == "yearly" else date.year, date.month, date.day)


def _words(side: Side, order: Wording) -> str:
    """The side as the text has it: ``O.S. January 6, 1705/06`` for a date whose year
    was written counted from 25 March."""
    words = labelled(side.start.calendar, _fields(side.start), _fields(side.end), order)
    year, written = side.start.year, side.start.written_year
    if year is None or written is None or written == year or side.end.year != year:
        return words
    head, found, tail = words.rpartition(str(year))
    return f"{head}{written}/{year % 100:02d}{tail}" if found else words


def _order(context: ArticleContext, item: Item) -> Wording:
    return item_wording(context.text, item)


def _repairs(old: Side, new: Side, order: Wording) -> str | None:
    """ "O.S. x is N.S. y; or N.S. z is O.S. w": both ways of making the pair right."""
    converted_new, converted_old = convert_side(old, "gregorian"), convert_side(new, "julian")
    if converted_new is None or converted_old is None:
        return None
    as_new: tuple[Fields, Fields] = converted_new
    as_old: tuple[Fields, Fields] = converted_old
    if old.start.year_from == "yearly":
        as_new, as_old = _without_years(as_new), _without_years(as_old)
    return (
        f"{_words(old, order)} is {labelled('gregorian', *as_new, order)}; "
        f"or {_words(new, order)} is {labelled('julian', *as_old, order)}"
    )


def _without_years(fields: tuple[Fields, Fields]) -> tuple[Fields, Fields]:
    """A yearly date's days, without the year of today's period it was judged in."""
    (_, month, day), (_, end_month, end_day) = fields
    return (None, month, day), (None, end_month, end_day)


def _support(
    context: ArticleContext, reading: PairReading, order: Wording
) -> tuple[str, SideName | None]:
    """What the rest of the article says about each side, and the side it supports."""
    item, old, new = reading.item, reading.old, reading.new
    if reading.days is None:
        return "", None
    sides: tuple[tuple[SideName, Side, int], ...] = (
        ("old", old, reading.days[0]),
        ("new", new, reading.days[2]),
    )
    said: dict[SideName, list[str]] = {"old": [], "new": []}
    for name, _, day in sides:
        other = context.right_pair_on(day, besides=item)
        if other is not None:
            other_old, other_new = pair_sides(other)
            partner = other_new if name == "old" else other_old
            said[name].append(f"line {other.line} pairs it with {_words(partner, order)}")
    infobox = context.infobox
    if infobox is not None and not infobox.offset <= item.offset < infobox.end_offset:
        for name, side, _ in sides:
            mention = infobox.mention_of(_fields(side.start))
            if mention is not None:
                said[name].append(f"the infobox gives {mention.text}")
    parts = []
    for name, side, _ in sides:
        if said[name]:
            parts.append(
                f"the article supports {_words(side, order)}: " + ", and ".join(said[name])
            )
    supported: SideName | None = None
    if bool(said["old"]) != bool(said["new"]):
        supported = "old" if said["old"] else "new"
    return "; ".join(parts), supported


def _side_to_rewrite(context: ArticleContext, supported: SideName | None) -> SideName:
    """The side a fix rewrites: the N.S. side unless told otherwise (O.S. is the record)."""
    if context.fix_side == "old":
        return "old"
    if context.fix_side == "auto" and supported is not None:
        return "old" if supported == "new" else "new"
    return "new"


def _recompute(context: ArticleContext, reading: PairReading, rewrite: SideName) -> Fix | None:
    old, new = reading.old, reading.new
    if rewrite == "new":
        days_ = convert_side(old, "gregorian")
        return None if days_ is None else _rewrite(context, reading.item, new, old, days_)
    days_ = convert_side(new, "julian")
    return None if days_ is None else _rewrite(context, reading.item, old, new, days_)


def _rewrite(
    context: ArticleContext, item: Item, side: Side, other: Side, days_: tuple[Day, Day]
) -> Fix | None:
    """The fix that makes *side* name *days_*, unless it would change the pair's year or
    the month of *other*, which writes none of its own: in ``20/30 June 1850`` the N.S.
    side's ``June`` is the O.S. date's month too, and ``20/2 July 1850`` would move it."""
    fix = rewrite_side(context.text, side, *days_)
    months = frozenset((other.start.month, other.end.month, days_[0][1], days_[1][1]))
    if fix is None or not keeps_context_year(context.text, item, fix, months):
        return None
    moved = (days_[0][1], days_[1][1]) != (side.start.month, side.end.month)
    if moved and not names_month(context.text, other):
        return None
    return fix


def _with_support(message: str, support: str) -> str:
    return f"{message}; {support}" if support else message


# -- JG101 ----------------------------------------------------------------------------


def _wrong_offset(context: ArticleContext) -> Iterator[Finding]:
    for reading in context.problems:
        if reading.verdict != "wrong" or reading.days is None:
            continue
        item = reading.item
        order = _order(context, item)
        repairs = _repairs(reading.old, reading.new, order)
        if repairs is None:
            continue
        o1, _, n1, _ = reading.days
        expected = offset_for_ordinal(o1)
        written = n1 - o1 + expected
        inferred = "; the year is taken from the context" if year_from_context(reading) else ""
        then = "then"
        if is_yearly(reading):
            then = f"in {OFFSET_PERIODS[expected]}, checked as a yearly date"
        apart = (
            f"written {days(written)} apart"
            if written >= 0
            else f"the N.S. date written {days(-written)} before the O.S. one"
        )
        message = f"{repairs} ({apart}; the calendars were {days(expected)} apart {then}{inferred})"
        support, supported = _support(context, reading, order)
        fix = _recompute(context, reading, _side_to_rewrite(context, supported))
        yield WRONG_OFFSET.finding(item, _with_support(message, support), fix)


WRONG_OFFSET = Rule(
    code="JG101",
    name="wrong-offset",
    severity="error",
    summary="The N.S. date of a pair is not its O.S. date plus the offset of that day.",
    about=Explanation(
        what=(
            "Checks that the two halves of an O.S./N.S. pair name the same day: the N.S. date "
            "must be the O.S. date plus the offset of its period (10 days until 28 February 1700 "
            "O.S., 11 until 28 February 1800, 12 until 28 February 1900, 13 until 28 February "
            "2100). The message gives both repairs, the N.S. date of the O.S. one and the O.S. "
            "date of the N.S. one, and says which side the rest of the article supports when the "
            "same day is paired rightly elsewhere or the infobox gives one of the two dates."
        ),
        why=(
            "A pair whose halves are not that many days apart names two different days: a reader "
            "cannot tell which one is meant, and every conversion made from it carries the error "
            "on."
        ),
        example="He was buried on 2 January [O.S. 21 December] 1917.",
        fix=(
            "`--fix` recomputes the N.S. side from the O.S. side (`--fix-side new`, the default: "
            "historians quote the O.S. date as the record); `--fix-side old` recomputes the O.S. "
            "side; `--fix-side auto` keeps the side the rest of the article supports."
        ),
    ),
    run=_wrong_offset,
    fixable=True,
)


# -- JG102 ----------------------------------------------------------------------------


def _swapped(context: ArticleContext) -> Iterator[Finding]:
    for reading in context.problems:
        if reading.verdict != "swapped":
            continue
        item, old, new = reading.item, reading.old, reading.new
        order = _order(context, item)
        swapped_old = Side(
            WrittenDate("julian", *_fields(new.start)), WrittenDate("julian", *_fields(new.end))
        )
        swapped_new = Side(
            WrittenDate("gregorian", *_fields(old.start)),
            WrittenDate("gregorian", *_fields(old.end)),
        )
        message = (
            f"the sides are swapped: the O.S. date is the later one; "
            f"{_words(swapped_old, order)} is {_words(swapped_new, order)}"
        )
        fix = swap_sides(context.text, old, new)
        months = frozenset((old.start.month, old.end.month, new.start.month, new.end.month))
        if fix is not None and not keeps_context_year(context.text, item, fix, months):
            fix = None
        yield SWAPPED_SIDES.finding(item, message, fix)


SWAPPED_SIDES = Rule(
    code="JG102",
    name="swapped-sides",
    severity="error",
    summary="The O.S. and N.S. dates of a pair are swapped (the O.S. date is the later one).",
    about=Explanation(
        what=(
            "Finds pairs whose O.S. date is the later of the two, when the dates read the other "
            "way round name the same day."
        ),
        why=(
            "The Julian calendar is behind the Gregorian one (since 200 CE), so the O.S. date of "
            "a day is always the earlier of the two: a swapped pair gives each calendar the "
            "other's date."
        ),
        example="The uprising began on 24 October [O.S. 6 November] 1917.",
        fix="`--fix` makes the two dates change places; every other character stays.",
    ),
    run=_swapped,
    fixable=True,
)


# -- JG103 ----------------------------------------------------------------------------


def _nonexistent(context: ArticleContext) -> Iterator[Finding]:
    for item in context.items:
        if item.kind == "pair":
            reading = context.reading_of(item)
            if reading is None or reading.verdict != "nonexistent":
                continue
        sides = [side for side in (item.old_style, item.new_style) if side is not None]
        bad = [
            (side, date)
            for side in sides
            for date in dict.fromkeys((side.start, side.end))
            if day_exists(date) is False
        ]
        if not bad:
            continue
        side, date = bad[0]
        message = _why_missing(date, _order(context, item))
        fix = None
        if item.kind == "pair" and len({id(side) for side, _ in bad}) == 1:
            old, new = pair_sides(item)
            other = new if side is old else old
            into = side.start.calendar
            days_ = convert_side(other, into)
            if days_ is not None:
                order = _order(context, item)
                message += f"; {_words(other, order)} is {labelled(into, *days_, order)}"
                fix = _rewrite(context, item, side, other, days_)
        yield NONEXISTENT_DAY.finding(item, message, fix)


def _why_missing(date: WrittenDate, order: Wording) -> str:
    """Why *date* does not exist, its month in the text's words (``O.S. 30 февраля``)."""
    name = "Julian" if date.calendar == "julian" else "Gregorian"
    label = "O.S." if date.calendar == "julian" else "N.S."
    if not 1 <= date.month <= 12:
        return f"{label} month {date.month} does not exist"
    month = month_names(order)[date.month - 1]
    written = f"{label} {day_words((date.year, date.month, date.day), order)}"
    if date.month == 2 and date.day == 29 and date.year is not None:
        return f"{written} does not exist: {date.year} is not a leap year in the {name} calendar"
    if date.month == 2:
        last = "28 days (29 in a leap year)"
    else:
        last = f"{(0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[date.month]} days"
    return f"{written} does not exist: {month} has {last}"


NONEXISTENT_DAY = Rule(
    code="JG103",
    name="nonexistent-day",
    severity="error",
    summary="A date names a day its calendar does not have (30 February, 29 February 1900 N.S.).",
    about=Explanation(
        what=(
            "Finds dates that name a day their calendar does not have: 30 February and 31 April "
            "exist in neither calendar, and 29 February 1700, 1800 and 1900 exist in the Julian "
            "calendar (every fourth year is a leap year) but not in the Gregorian one (century "
            "years are leap years only when divisible by 400)."
        ),
        why=(
            "A day that does not exist cannot be checked or converted; it is a slip of the pen, "
            "or a date computed in the wrong calendar. `29 February 1900 (O.S.)` is fine, `29 "
            "February 1900 (N.S.)` is not."
        ),
        example="He was born on 29 February [O.S. 17 February] 1900.",
        fix=(
            "`--fix` recomputes the impossible side of a pair from its other side, when that one "
            "exists."
        ),
    ),
    run=_nonexistent,
    fixable=True,
)


# -- JG104 ----------------------------------------------------------------------------


def _range_lengths(context: ArticleContext) -> Iterator[Finding]:
    for reading in context.problems:
        if reading.verdict != "range_lengths" or reading.days is None:
            continue
        item, old, new = reading.item, reading.old, reading.new
        order = _order(context, item)
        o1, o2, n1, n2 = reading.days
        message = (
            f"{_words(old, order)} is {days(o2 - o1 + 1)} long but {_words(new, order)} is "
            f"{days(n2 - n1 + 1)} long"
        )
        repairs = _repairs(old, new, order)
        if repairs is not None:
            message += f": {repairs}"
        support, supported = _support(context, reading, order)
        fix = _recompute(context, reading, _side_to_rewrite(context, supported))
        yield RANGE_LENGTHS.finding(item, _with_support(message, support), fix)


RANGE_LENGTHS = Rule(
    code="JG104",
    name="range-lengths-differ",
    severity="error",
    summary="The O.S. and N.S. halves of a range cover different numbers of days.",
    about=Explanation(
        what=(
            "Compares the numbers of days the two halves of a range pair cover; a single day "
            "beside a range is accepted when it is one of the range's ends."
        ),
        why=(
            "Both halves of a range name the same days, so they are equally long: `7–8 November "
            "[O.S. 25–26 October] 1917` is right, a range of 5 days paired with one of 6 is not."
        ),
        example="The congress sat on 16–21 July [O.S. 3–7 July] 1917.",
        fix=(
            "`--fix` recomputes the side chosen by `--fix-side` from the other, when it can be "
            "written in the same shape."
        ),
    ),
    run=_range_lengths,
    fixable=True,
)

RULES: tuple[Rule, ...] = (WRONG_OFFSET, SWAPPED_SIDES, NONEXISTENT_DAY, RANGE_LENGTHS)

__all__ = [
    "NONEXISTENT_DAY",
    "RANGE_LENGTHS",
    "RULES",
    "SWAPPED_SIDES",
    "WRONG_OFFSET",
    "SideName",
]
