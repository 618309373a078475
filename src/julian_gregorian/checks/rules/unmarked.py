"""JG501 (opt-in): unmarked dates in an article that marks its other dates.

Like Wikipedia's "which calendar?" tag: in the years when both calendars were in use, a
date without a mark is ambiguous once the article shows that it writes both. The rule
guesses the calendar from the chronology where it is clear: a narrative moves forward,
so "on 5–6 July" right after "on 17 July" reads as O.S. (18–19 July N.S.).

Off by default (``--select JG501`` or ``extend-select``): most unmarked dates of most
articles are fine, and an editor asks for this review on purpose.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from julian_gregorian.calendar.conversion import julian_to_gregorian
from julian_gregorian.checks._arithmetic import ordinal, written_ordinal
from julian_gregorian.checks._plain_dates import PlainDate, plain_dates, written_years
from julian_gregorian.checks._wording import days, labelled, wording_at
from julian_gregorian.checks.context import ArticleContext
from julian_gregorian.checks.explanation import Explanation
from julian_gregorian.checks.findings import Finding
from julian_gregorian.checks.rules.base import Rule
from julian_gregorian.checks.rules.periods import FIRST_GREGORIAN_DAY, LAST_CIVIL_JULIAN_DAY
from julian_gregorian.text.items import Item


def _anchor(context: ArticleContext, item: Item) -> int | None:
    """The day (ordinal) a marked item names, when it is certain."""
    if item.kind == "pair":
        reading = context.reading_of(item)
        if reading is None or reading.verdict != "right" or reading.days is None:
            return None
        return reading.days[0]
    side = item.old_style or item.new_style
    if side is None or item.kind == "dual_year":
        return None
    return written_ordinal(side.start)


def _unmarked(context: ArticleContext) -> Iterator[Finding]:
    marked = [item for item in context.items if item.kind != "dual_year"]
    if not marked:
        return
    text = context.text
    starts = [item.offset for item in context.items]
    years = written_years(text)
    year_offsets = [offset for offset, _ in years]
    events: list[tuple[int, PlainDate | Item]] = [(item.offset, item) for item in marked]
    for date in plain_dates(text):
        index = bisect_right(starts, date.offset) - 1
        if index >= 0 and context.items[index].end_offset > date.offset:
            continue  # part of an extracted item
        events.append((date.offset, date))
    events.sort(key=lambda event: event[0])
    previous: tuple[int, int] | None = None  # (section start, day) of the last dated event
    for offset, event in events:
        section = context.section_span(offset)[0]
        if isinstance(event, Item):
            day = _anchor(context, event)
            if day is not None:
                previous = (section, day)
            continue
        year = event.year
        if year is None:
            found = bisect_left(year_offsets, offset) - 1
            if found >= 0 and year_offsets[found] >= section:
                year = years[found][1]
        if year is None or context.section_calendar(offset) is not None:
            continue
        as_new = ordinal("gregorian", year, event.month, event.day)
        as_new_end = ordinal("gregorian", year, event.month, event.end_day)
        as_old = ordinal("julian", year, event.month, event.day)
        if as_new is None or as_new_end is None or as_old is None:
            continue
        if not FIRST_GREGORIAN_DAY <= as_new <= LAST_CIVIL_JULIAN_DAY + 13:
            continue
        guess = ""
        chosen = as_new
        if previous is not None and previous[0] == section and as_new_end < previous[1] <= as_old:
            shift = as_old - as_new
            start, end = (year, event.month, event.day), (year, event.month, event.end_day)
            new_start = julian_to_gregorian(*start)
            new_end = julian_to_gregorian(*end)
            wording = wording_at(context.text, event.offset, event.end_offset)
            guess = (
                f"; likely O.S. ({labelled('gregorian', new_start, new_end, wording)}): "
                f"read as N.S. it would go back {days(previous[1] - as_new_end)} in the story, "
                f"read as O.S. ({days(shift)} later) it goes on"
            )
            chosen = as_old
        message = (
            f"{event.text} has no calendar mark, in an article that marks its other dates: "
            f"O.S. or N.S.?{guess}"
        )
        yield UNMARKED_DATE.finding_at(context.span(event.offset, event.end_offset), message)
        previous = (section, chosen)


UNMARKED_DATE = Rule(
    code="JG501",
    name="unmarked-date",
    severity="warning",
    summary="(opt-in) An unmarked date, from 1582 to 1923, in an article that marks others.",
    about=Explanation(
        what=(
            "Lists every unmarked date from 15 October 1582 to 1923 in an article that marks "
            "others O.S. or N.S. (a year missing from a date is taken from the nearest year "
            "written before it in its section), except in sections whose heading declares their "
            'calendar, such as "Timeline (Gregorian calendar dates)". Where the chronology makes '
            "it clear it guesses the calendar: a date that, read as N.S., would go back in a "
            "narrative while, read as O.S., it comes after the date before it is likely O.S. It "
            'is off by default: enable it with `--select JG501` or `extend-select = ["JG501"]`.'
        ),
        why=(
            "Once an article marks some dates O.S. or N.S., readers cannot tell which calendar "
            'its unmarked dates of the same period use (Wikipedia tags them "which calendar?").'
        ),
        example=(
            "He left Moscow on 24 October [O.S. 12 October] 1801 and reached Kiev on 2 November "
            "1801."
        ),
        fix="No automatic fix: add the mark (or the pair) by hand.",
    ),
    run=_unmarked,
    default=False,
)

RULES: tuple[Rule, ...] = (UNMARKED_DATE,)

__all__ = [
    "RULES",
    "UNMARKED_DATE",
]
