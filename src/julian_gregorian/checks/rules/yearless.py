"""JG201–JG202: pairs without a year, judged by the offsets that are possible at all.

Without a year the offset of a pair cannot be computed, but it can be compared: with
the 10 to 13 days that are possible between 1582 and 2100, and with the other pairs of
the same passage (the text between two headings), which nearly always share one offset.
"""

from __future__ import annotations

from collections.abc import Iterator

from julian_gregorian.checks._arithmetic import (
    MODERN_OFFSETS,
    OFFSET_PERIODS,
    PairReading,
    pair_sides,
    shift_without_year,
    written_gap,
    yearless_offsets,
)
from julian_gregorian.checks._wording import Wording, days, item_wording, labelled
from julian_gregorian.checks.context import ArticleContext, majority
from julian_gregorian.checks.explanation import Explanation
from julian_gregorian.checks.findings import Finding
from julian_gregorian.checks.rules.base import Rule
from julian_gregorian.text.items import Item


def _offsets(reading: PairReading) -> frozenset[int]:
    return yearless_offsets(reading.old, reading.new)


def _passage_offset(context: ArticleContext, reading: PairReading) -> int | None:
    """The offset more than half of the pairs of *reading*'s passage share, if any.

    The pair itself votes too when only one period fits it, so that two pairs that
    disagree cancel out rather than accuse each other.
    """
    votes = context.passage_votes(reading)
    own = _offsets(reading)
    if len(own) == 1:
        votes[next(iter(own))] += 1
    return majority(votes)


def _day(calendar: str, month: int, day: int, order: Wording) -> str:
    return labelled(calendar, (None, month, day), (None, month, day), order)


def _repair(text: str, item: Item, offset: int) -> str | None:
    """Both repairs of a one-day pair under *offset*, or ``None`` for ranges."""
    old, new = pair_sides(item)
    if old.is_range or new.is_range:
        return None
    as_new = shift_without_year("julian", old.start.month, old.start.day, offset)
    as_old = shift_without_year("gregorian", new.start.month, new.start.day, offset)
    if as_new is None or as_old is None:
        return None
    order = item_wording(text, item)
    return (
        f"{_day('julian', old.start.month, old.start.day, order)} is "
        f"{_day('gregorian', *as_new, order)}; or "
        f"{_day('gregorian', new.start.month, new.start.day, order)} is "
        f"{_day('julian', *as_old, order)}"
    )


def _gap(item: Item) -> int:
    old, new = pair_sides(item)
    return written_gap(old.start.month, old.start.day, new.start.month, new.start.day)


def _yearless_readings(context: ArticleContext) -> Iterator[tuple[PairReading, frozenset[int]]]:
    for reading in context.problems:
        if reading.verdict == "yearless":
            yield reading, _offsets(reading)


# -- JG201 ----------------------------------------------------------------------------


def _disagrees(context: ArticleContext) -> Iterator[Finding]:
    for reading, offsets in _yearless_readings(context):
        if not offsets:
            continue  # JG202
        passage = _passage_offset(context, reading)
        if passage is None or passage in offsets:
            continue
        item = reading.item
        gap = _gap(item)
        message = (
            f"written {days(gap)} apart, but the other pairs of this passage are "
            f"{days(passage)} apart ({OFFSET_PERIODS[passage]})"
        )
        repair = _repair(context.text, item, passage)
        if repair is not None:
            message += f": {repair}"
        yield YEARLESS_DISAGREES.finding(item, message)


YEARLESS_DISAGREES = Rule(
    code="JG201",
    name="yearless-offset-disagrees",
    severity="warning",
    summary="A pair without a year has another offset than the other pairs of its passage.",
    about=Explanation(
        what=(
            "Compares the offset of a pair without a year with the offsets of the other pairs of "
            "its passage (the text between two headings), and reports it when more than half of "
            "them agree on an offset this pair cannot have."
        ),
        why=(
            "Without its year a pair's offset cannot be computed, but the pairs of one passage "
            "nearly always belong to one period and share one offset, so the odd one is probably "
            "wrong. It is a warning, not an error, because a passage might span two centuries."
        ),
        example=(
            "The fleet sailed on 1 January [O.S. 19 December], anchored on 2 January "
            "[O.S. 21 December] and landed on 14 January [O.S. 1 January]."
        ),
        fix="No automatic fix: the message gives both repairs under the passage's offset.",
    ),
    run=_disagrees,
)


# -- JG202 ----------------------------------------------------------------------------


def _impossible(context: ArticleContext) -> Iterator[Finding]:
    for reading, offsets in _yearless_readings(context):
        if offsets:
            continue
        item = reading.item
        old, new = pair_sides(item)
        lowest, highest = MODERN_OFFSETS[0], MODERN_OFFSETS[-1]
        if old.is_range or new.is_range:
            message = (
                "the two halves of this range cannot name the same days in any year from "
                f"1582 to 2100, when the calendars were {lowest} to {highest} days apart"
            )
        else:
            message = (
                f"written {days(_gap(item))} apart, an offset the calendars never had between "
                f"1582 and 2100 ({lowest} to {highest} days)"
            )
        passage = _passage_offset(context, reading)
        if passage is not None:
            repair = _repair(context.text, item, passage)
            if repair is not None:
                message += f"; with the {days(passage)} of this passage: {repair}"
        yield YEARLESS_IMPOSSIBLE.finding(item, message)


YEARLESS_IMPOSSIBLE = Rule(
    code="JG202",
    name="yearless-offset-impossible",
    severity="warning",
    summary="A pair without a year has an offset no year between 1582 and 2100 had.",
    about=Explanation(
        what=(
            "Finds pairs without a year whose halves are a number of days apart that no year "
            "between 1582 and 2100 had: in those years the Gregorian calendar was 10, 11, 12 or "
            "13 days ahead of the Julian one."
        ),
        why=(
            "Such a pair fits no period of the two calendars, so one of its dates is almost "
            "certainly wrong. It is a warning because the year is unknown: before 1582 the offset "
            "was smaller (proleptically), after 2100 it is 14 days."
        ),
        example="She arrived on 2 January [O.S. 25 December].",
        fix=(
            "No automatic fix; when the other pairs of the passage share one offset, the message "
            "gives both repairs under it."
        ),
    ),
    run=_impossible,
)

RULES: tuple[Rule, ...] = (YEARLESS_DISAGREES, YEARLESS_IMPOSSIBLE)

__all__ = [
    "RULES",
    "YEARLESS_DISAGREES",
    "YEARLESS_IMPOSSIBLE",
]
