"""The arithmetic of one extracted pair: do its O.S. and N.S. halves name the same days?

A pair is right when its O.S. days and its N.S. days have the same ordinals. Before a
pair is called wrong, the readings a careful historian would allow are tried: a year
taken from the context may be one off across a new year, and an English O.S. date
between 1 January and 24 March before 1753 may count its year from Lady Day
(``March 5, 1750`` for 5 March 1751). Only a pair that no such reading saves is wrong.

This module is the hot path of ``check``: a right pair costs two ordinals per side.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from julian_gregorian.calendar import _gregorian as gregorian
from julian_gregorian.calendar import _julian as julian
from julian_gregorian.calendar._months import DAYS_IN_MONTH
from julian_gregorian.calendar.offset import PRESENT_YEARS, offset_for_ordinal
from julian_gregorian.text.items import Item, Side, WrittenDate

Verdict = Literal[
    "right",  # both halves name the same days
    "wrong",  # they do not, and no allowed reading makes them
    "swapped",  # the O.S. half holds the N.S. date and the other way round
    "nonexistent",  # a half names a day its calendar does not have
    "range_lengths",  # the halves are ranges (or a range and a day) of different lengths
    "yearless",  # no year is known: only the day offset can be judged
    "unjudged",  # a range that ends before it starts: a misreading, not judged
]

#: Offsets (N.S. minus O.S., in days) of the years when both calendars were in use.
MODERN_OFFSETS: tuple[int, ...] = (10, 11, 12, 13)

#: The last O.S. year that may be counted from Lady Day (Great Britain changed in 1752).
LAST_LADY_DAY_YEAR = 1752

_SHIFTS = (1, -1)


def ordinal(calendar: str, year: int, month: int, day: int) -> int | None:
    """Ordinal of the day in *calendar* (``julian``/``gregorian``), ``None`` if it does not exist.

    >>> ordinal("julian", 1900, 2, 29) is None, ordinal("gregorian", 1900, 2, 29) is None
    (False, True)
    """
    if not 1 <= month <= 12 or day < 1:
        return None
    if day > DAYS_IN_MONTH[month]:
        if month != 2 or day != 29:
            return None
        leap = year % 4 == 0
        if calendar == "gregorian":
            leap = leap and (year % 100 != 0 or year % 400 == 0)
        if not leap:
            return None
    if calendar == "julian":
        return julian.to_ordinal(year, month, day)
    return gregorian.to_ordinal(year, month, day)


def written_ordinal(date: WrittenDate, year_shift: int = 0) -> int | None:
    """Ordinal of a written date with a known year, or ``None``."""
    if date.year is None:
        return None
    return ordinal(date.calendar, date.year + year_shift, date.month, date.day)


def day_exists(date: WrittenDate) -> bool | None:
    """Whether the written day exists; ``None`` when that depends on an unknown year."""
    if date.year is not None:
        return written_ordinal(date) is not None
    if not 1 <= date.month <= 12 or date.day < 1:
        return False
    if date.month == 2 and date.day == 29:
        return None
    return date.day <= DAYS_IN_MONTH[date.month]


@dataclass(frozen=True, slots=True)
class PairReading:
    """The verdict on one pair, with the day ordinals it was reached with (when known)."""

    item: Item
    verdict: Verdict
    #: Ordinals of (O.S. start, O.S. end, N.S. start, N.S. end) as read; ``None`` if unknown.
    days: tuple[int, int, int, int] | None
    #: The sides as judged: the item's, with a missing or context year read as it fits best.
    old: Side
    new: Side


def pair_sides(item: Item) -> tuple[Side, Side]:
    """The (O.S., N.S.) sides of a ``pair`` item."""
    old, new = item.old_style, item.new_style
    if old is None or new is None:
        raise ValueError(f"not a pair: {item.text!r} has only one side")
    return old, new


def read_pair(item: Item) -> PairReading:
    """Judge the arithmetic of a ``pair`` item."""
    if item.year_from == "yearly":
        return _read_yearly(item)
    old, new = pair_sides(item)
    os1, os2, ns1, ns2 = old.start, old.end, new.start, new.end
    # A single day is most often one object for both ends: count it once.
    o1 = written_ordinal(os1)
    o2 = o1 if os2 is os1 else written_ordinal(os2)
    n1 = written_ordinal(ns1)
    n2 = n1 if ns2 is ns1 else written_ordinal(ns2)
    if o1 is not None and o1 == n1 and o2 == n2 and o2 is not None:
        return PairReading(item, "right", (o1, o2, o1, o2), old, new)  # the common case
    for date in (os1, os2, ns1, ns2):
        if day_exists(date) is False:
            return PairReading(item, "nonexistent", None, old, new)
    old_known = os1.year is not None and os2.year is not None
    new_known = ns1.year is not None and ns2.year is not None
    if not old_known and not new_known:
        return PairReading(item, "yearless", None, old, new)
    if not (old_known and new_known):
        # One half lacks its year: read it in the other half's year, give or take one.
        old, new = _complete_years(old, new)
    days = _days(old, new)
    if days is None:  # a 29 February that the borrowed year does not have
        return PairReading(item, "yearless", None, *pair_sides(item))
    if days[1] < days[0] or days[3] < days[2]:
        return PairReading(item, "unjudged", days, old, new)
    for shifted in _allowed_readings(old, new):
        if _same_days(*shifted):
            return PairReading(item, "right", shifted, old, new)
    old, new = _closest_reading(old, new)
    days = _days(old, new) or days
    o1, o2, n1, n2 = days
    if o2 - o1 != n2 - n1:
        return PairReading(item, "range_lengths", days, old, new)
    if _is_swapped(old, new):
        return PairReading(item, "swapped", days, old, new)
    return PairReading(item, "wrong", days, old, new)


def _read_yearly(item: Item) -> PairReading:
    """Judge a pair recurring every year as it is given today: in a common and in a leap
    year of the present period (:data:`~julian_gregorian.calendar.offset.PRESENT_YEARS`),
    right in either.

    "17 февраля (1 марта) в високосный год" is right in a leap year, "17 февраля (2
    марта)" in a common one; a wrong pair is judged in the common year (in the leap year
    when it names 29 February).
    """
    readings = [read_pair(_in_year(item, year)) for year in PRESENT_YEARS]
    best = next((r for r in readings if r.verdict == "right"), None)
    if best is None:
        best = next((r for r in readings if r.verdict != "nonexistent"), readings[-1])
    return replace(best, item=item)


def _in_year(item: Item, year: int) -> Item:
    """A yearly *item* with its dates put in *year*, read as written (each date still
    says it is yearly)."""
    old, new = pair_sides(item)
    # Beside a January, a December is the year before.
    old_year = year - 1 if old.start.month == 12 and new.start.month == 1 else year
    return replace(
        item, old_style=_side_in(old, old_year), new_style=_side_in(new, year), year_from="text"
    )


def _side_in(side: Side, year: int) -> Side:
    # A range that passes the end of December ends in the next year.
    end_year = year + 1 if side.end.month < side.start.month else year
    return replace(side, start=replace(side.start, year=year), end=replace(side.end, year=end_year))


def _days(old: Side, new: Side) -> tuple[int, int, int, int] | None:
    o1, o2 = written_ordinal(old.start), written_ordinal(old.end)
    n1, n2 = written_ordinal(new.start), written_ordinal(new.end)
    if o1 is None or o2 is None or n1 is None or n2 is None:
        return None
    return o1, o2, n1, n2


def _shift(side: Side, years: int) -> Side:
    if years == 0:
        return side

    def one(date: WrittenDate) -> WrittenDate:
        year = None if date.year is None else date.year + years
        return WrittenDate(date.calendar, year, date.month, date.day, date.year_from)

    return Side(one(side.start), one(side.end), side.offset, side.end_offset)


def _closest_reading(old: Side, new: Side) -> tuple[Side, Side]:
    """The sides with context years shifted to bring the two halves closest together."""
    best = (old, new)
    days = _days(old, new)
    if days is None:
        return best
    distance = abs(days[2] - days[0])
    for old_shift in _shifts(old):
        for new_shift in _shifts(new):
            if old_shift == new_shift != 0:
                continue  # both a year off: only a leap day nearer, not a better reading
            candidate = (_shift(old, old_shift), _shift(new, new_shift))
            shifted = _days(*candidate)
            if shifted is not None and abs(shifted[2] - shifted[0]) < distance:
                best, distance = candidate, abs(shifted[2] - shifted[0])
    return best


def _shifts(side: Side) -> tuple[int, ...]:
    """Year shifts a side allows: none if its year is written, one either way if inferred."""
    if "context" in (side.start.year_from, side.end.year_from):
        return (0, *_SHIFTS)
    return (0,)


def _same_days(o1: int, o2: int, n1: int, n2: int) -> bool:
    if o1 == n1 and o2 == n2:
        return True
    # A single day beside a range, naming one of its ends: loose, but not wrong.
    if o1 == o2 and n1 != n2:
        return o1 in (n1, n2)
    if n1 == n2 and o1 != o2:
        return n1 in (o1, o2)
    return False


def _complete_years(old: Side, new: Side) -> tuple[Side, Side]:
    def fill(side: Side, year: int | None) -> Side:
        def one(date: WrittenDate) -> WrittenDate:
            if date.year is not None:
                return date
            return WrittenDate(date.calendar, year, date.month, date.day, "context")

        return Side(one(side.start), one(side.end), side.offset, side.end_offset)

    if old.start.year is None or old.end.year is None:
        return fill(old, new.start.year if old.start.year is None else old.start.year), new
    return old, fill(new, old.start.year if new.start.year is None else new.start.year)


def _allowed_readings(old: Side, new: Side) -> list[tuple[int, int, int, int]]:
    """Ordinals of the pair under each reading a historian would allow (see module doc)."""
    readings = []
    for old_shift in _shifts(old):
        olds = {
            (written_ordinal(old.start, old_shift), written_ordinal(old.end, old_shift)),
            (_lady_day_ordinal(old.start, old_shift), _lady_day_ordinal(old.end, old_shift)),
        }
        for new_shift in _shifts(new):
            n1, n2 = written_ordinal(new.start, new_shift), written_ordinal(new.end, new_shift)
            if n1 is None or n2 is None:
                continue
            for o1, o2 in olds:
                if o1 is not None and o2 is not None:
                    readings.append((o1, o2, n1, n2))
    return readings


def _lady_day_ordinal(date: WrittenDate, shift: int) -> int | None:
    """The ordinal with the year counted from 25 March, where that reading is possible."""
    if date.year is None:
        return None
    year = date.year + shift
    if year <= LAST_LADY_DAY_YEAR and (date.month < 3 or (date.month == 3 and date.day < 25)):
        return ordinal(date.calendar, year + 1, date.month, date.day)
    return ordinal(date.calendar, year, date.month, date.day)


def _is_swapped(old: Side, new: Side) -> bool:
    """Whether the O.S. half, read as N.S., and the N.S. half, read as O.S., agree."""
    pairs = ((old.start, new.start), (old.end, new.end))
    for old_date, new_date in pairs:
        if old_date.year is None or new_date.year is None:
            return False
        as_new = ordinal("gregorian", old_date.year, old_date.month, old_date.day)
        as_old = ordinal("julian", new_date.year, new_date.month, new_date.day)
        if as_new is None or as_new != as_old:
            return False
    return True


@lru_cache(maxsize=4096)
def possible_offsets(old_month: int, old_day: int, new_month: int, new_day: int) -> frozenset[int]:
    """The offsets (10 to 13 days) under which O.S. day/month is N.S. day/month in some year.

    >>> sorted(possible_offsets(12, 19, 1, 1)), sorted(possible_offsets(12, 21, 1, 2))
    ([13], [12])
    >>> sorted(possible_offsets(2, 18, 3, 1))  # 11 in a common year, 12 in a leap year
    [11, 12]
    """
    found = set()
    for offset, years in _SAMPLE_YEARS.items():
        for year in years:
            old = ordinal("julian", year, old_month, old_day)
            if old is None or offset_for_ordinal(old) != offset:
                continue
            _, month, day = gregorian.from_ordinal(old)
            if (month, day) == (new_month, new_day):
                found.add(offset)
    return frozenset(found)


#: Four consecutive years of each offset (one of them leap), and the year in which the
#: offset still holds in January and February before growing on 1 March.
_SAMPLE_YEARS: dict[int, tuple[int, ...]] = {
    10: (1601, 1602, 1603, 1604, 1700),
    11: (1701, 1702, 1703, 1704, 1800),
    12: (1801, 1802, 1803, 1804, 1900),
    13: (1901, 1902, 1903, 1904, 2000),
}


def yearless_offsets(old: Side, new: Side) -> frozenset[int]:
    """The offsets (10 to 13) under which the sides' days and months match, years aside.

    A single day beside a range names one of its ends, as :func:`read_pair` takes it
    when the years are known ("the night of 13 to 14 January, which is 1 January Old
    Style"); two ranges must match at both ends.
    """
    found = possible_offsets(old.start.month, old.start.day, new.start.month, new.start.day)
    ends = possible_offsets(old.end.month, old.end.day, new.end.month, new.end.day)
    if old.is_range and new.is_range:
        return found & ends
    if old.is_range or new.is_range:
        return found | ends
    return found


def year_from_context(reading: PairReading) -> bool:
    """Whether a year of the pair as judged was inferred rather than written in it."""
    dates = (reading.old.start, reading.old.end, reading.new.start, reading.new.end)
    return any(date.year_from not in ("text", "yearly") for date in dates)


def is_yearly(reading: PairReading) -> bool:
    """Whether the pair is a date recurring every year, judged in today's calendars."""
    return reading.item.year_from == "yearly"


#: When each offset held, for messages about pairs without a year.
OFFSET_PERIODS: dict[int, str] = {
    10: "1582–1700",
    11: "1700–1800",
    12: "1800–1900",
    13: "1900–2100",
}


def shift_without_year(calendar: str, month: int, day: int, offset: int) -> tuple[int, int] | None:
    """(month, day) in the other calendar of a year-less *calendar* day, under *offset*.

    >>> shift_without_year("julian", 12, 21, 13), shift_without_year("gregorian", 1, 2, 13)
    ((1, 3), (12, 20))
    """
    for year in _SAMPLE_YEARS.get(offset, ()):
        day_ordinal = ordinal(calendar, year, month, day)
        if day_ordinal is None or offset_for_ordinal(day_ordinal) != offset:
            continue
        other = gregorian if calendar == "julian" else julian
        _, new_month, new_day = other.from_ordinal(day_ordinal)
        return new_month, new_day
    return None


def written_gap(old_month: int, old_day: int, new_month: int, new_day: int) -> int:
    """Days from an O.S. day/month to an N.S. day/month, as a reader counts them."""
    year = 1904 if (old_month, old_day) == (2, 29) or (new_month, new_day) == (2, 29) else 1901
    first = julian.to_ordinal(year, old_month, old_day)
    second = julian.to_ordinal(year, new_month, new_day)
    return (second - first) % julian.days_in_year(year)
