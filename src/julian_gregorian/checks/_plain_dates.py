"""Dates written without a calendar marker (``5–6 July``, ``November 7, 1917``).

The extractor reports marked dates only; the checker reads unmarked ones where they are
context: the infobox that supports one side of a wrong pair, and the opt-in rule on
unmarked dates. These scans run on demand, over the part of the text they concern.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from julian_gregorian.checks._month_words import read_month
from julian_gregorian.checks._wording import Order
from julian_gregorian.text._vocabulary.lexicon import MONTH, ORDINAL_SUFFIX

# Month words of every language record, in the cases each writes them; a dot after a
# full name ends the sentence, only an abbreviation takes it along.
_MONTH = MONTH
_SPACE = r"[ \u00a0\u202f\u2009]"
_DASH = r"[ \u00a0]*[-–—][ \u00a0]*"
_DAY = rf"(?:[1-9]|[12][0-9]|3[01]){ORDINAL_SUFFIX}?"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"


@functools.cache
def _plain_date() -> re.Pattern[str]:
    """Compiled at the first scan: the scans are for an opt-in rule and for infoboxes,
    and the month words twice over are a large regex."""
    return re.compile(
        rf"(?<![\w./-])(?:"
        rf"(?P<d1>{_DAY})(?:{_DASH}(?P<d2>{_DAY}))?{_SPACE}+(?P<m1>{_MONTH})"
        rf"(?:,?{_SPACE}+(?P<y1>{_YEAR}))?"
        rf"|(?P<m2>{_MONTH}){_SPACE}+(?P<d3>{_DAY})(?:{_DASH}(?P<d4>{_DAY}))?"
        rf"(?:,{_SPACE}+(?P<y2>{_YEAR})|{_SPACE}+(?P<y3>{_YEAR}))?"
        rf")(?![\w/])"
    )


_YEAR_WORD = re.compile(rf"(?<![\w./-]){_YEAR}(?![\w/])")


@dataclass(frozen=True, slots=True)
class PlainDate:
    """A date as written, with no calendar: a day or a range within one month."""

    offset: int
    end_offset: int
    text: str
    year: int | None
    month: int
    day: int
    end_day: int
    order: Order


def plain_dates(text: str, start: int = 0, end: int | None = None) -> Iterator[PlainDate]:
    """Every unmarked-looking date in ``text[start:end]``, in text order.

    >>> [d.text for d in plain_dates("On 5–6 July, on November 7, 1917, not in May; 15 July.")]
    ['5–6 July', 'November 7, 1917', '15 July']
    """
    stop = len(text) if end is None else end
    for match in _plain_date().finditer(text, start, stop):
        month_word = match["m1"] or match["m2"]
        month = read_month(month_word)
        if month is None:  # pragma: no cover - the pattern only matches month names
            continue
        first = match["d1"] or match["d3"]
        second = match["d2"] or match["d4"] or first
        year_text = match["y1"] or match["y2"] or match["y3"]
        day, end_day = _day(first), _day(second)
        if end_day < day:
            continue
        yield PlainDate(
            match.start(),
            match.end(),
            match.group(),
            int(year_text) if year_text else None,
            month.month,
            day,
            end_day,
            "mdy" if match["m2"] else "dmy",
        )


def written_years(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(offset, year) of every year from 1000 to 2099 written in ``text[start:end]``."""
    stop = len(text) if end is None else end
    return [(m.start(), int(m.group())) for m in _YEAR_WORD.finditer(text, start, stop)]


_DIGITS = re.compile(r"[0-9]+")


def _day(written: str) -> int:
    """The day of ``7``, ``23rd``, ``1er`` (the pattern gives digits first)."""
    match = _DIGITS.match(written)
    return int(match.group()) if match is not None else 0
