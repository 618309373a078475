"""A shortcut for the commonest shapes, read straight from the raw text at their marker.

Most O.S./N.S. dates in English Wikipedia text are written one way:
``6 November [O.S. 24 October] 1917`` (the rendering of ``{{OldStyleDate}}``) or
``24 October 1917 (O.S.)``. Where the text at an ``O.S.`` anchor is exactly that, tidy
and without markup, one regular expression searched just before the marker reads it,
without a window being normalised or tokenized, and the result is finished at once
(its sides made, its years known). The item is the one the general reading gives
(``tests/test_extract_fast.py`` checks that on every shape it accepts); anything else,
however slightly different, is left to the general reading.
"""

from __future__ import annotations

import re
from functools import partial
from typing import NamedTuple

from julian_gregorian.calendar.months import MONTH_NAMES
from julian_gregorian.text._finish.construct import side, written_date
from julian_gregorian.text._finish.drafts import year_beside
from julian_gregorian.text._vocabulary.lexicon import RANGE_WORD
from julian_gregorian.text.items import ItemKind, Side

_MONTH = "|".join(MONTH_NAMES)
_NUMBER = {name: index for index, name in enumerate(MONTH_NAMES, start=1)}
# Nothing after the shape that could continue it: a dual year, a range, another marker.
_END = r"(?![\w/–—-]|[.,]\d|\s?[\[(]| O\.S| N\.S| Old| New| Julian| Gregorian)"
# Each pattern begins with a digit, so the regex engine skips to the digits.
_BRACKETED = re.compile(
    rf"(?P<a1>[0-9][0-9]?)(?:–(?P<a2>[0-9][0-9]?))? (?P<am>{_MONTH}) "
    rf"\[O\.S\. (?P<b1>[0-9][0-9]?)(?:–(?P<b2>[0-9][0-9]?))? (?P<bm>{_MONTH})\] "
    rf"(?P<y>[0-9]{{4}}){_END}"
)
_MARKED = re.compile(
    rf"(?P<a1>[0-9][0-9]?)(?:–(?P<a2>[0-9][0-9]?))? (?P<am>{_MONTH}) "
    rf"(?P<y>[0-9]{{4}}) \(O\.S\.\){_END}"
)
#: How far before its marker the shape may start ("30–31 September 1917 (O.S.").
_REACH = 28
#: What may not stand right before the first day (it would make it part of more).
_NOT_BEFORE = frozenset(".,:/–—-_")
#: A day and a range word right before the first day: "3 to 5 March 1700 (O.S.)".
_RANGE_BEFORE = re.compile(rf"[0-9]\.?\s(?:{RANGE_WORD})\s\Z")


class Shortcut(NamedTuple):
    """A finished reading: everything an item needs but its line and column."""

    kind: ItemKind
    shape: str
    offset: int
    end_offset: int
    old: Side | None
    new: Side | None


def read_shortcut(text: str, anchor: int) -> Shortcut | None:
    """The simple shape whose ``O.S.`` has its ``S`` at *anchor*, if there is one."""
    bracket = anchor - 3
    if text.startswith("[O.S. ", bracket):
        pattern, reader = _BRACKETED, _pair
    elif text.startswith("(O.S.)", bracket):
        pattern, reader = _MARKED, _marked
    else:
        return None
    match = pattern.search(text, max(0, bracket - _REACH), bracket + 40)
    if match is None or match.end(3) + (1 if reader is _pair else 6) != bracket:
        return None
    start = match.start()
    if start:
        before = text[start - 1]
        if before.isalnum() or before in _NOT_BEFORE:
            return None
        if before.isspace() and start > 1 and text[start - 2] in "–—-":
            return None  # the end of a range: "30 October – 6 November"
        if before.isspace() and _RANGE_BEFORE.search(text, max(0, start - 12), start):
            return None
    return reader(match)


# Groups by number (faster than by name): 1 a1, 2 a2, 3 am, 4 b1, 5 b2, 6 bm, 7 y.
def _pair(match: re.Match[str]) -> Shortcut | None:
    first, last, name, old_first, old_last, old_name, year_text = match.groups()
    day, old_day = int(first), int(old_first)
    end_day = int(last) if last else day
    old_end_day = int(old_last) if old_last else old_day
    if not (0 < day <= 31 and 0 < end_day <= 31 and 0 < old_day <= 31 and 0 < old_end_day <= 31):
        return None
    year = int(year_text)
    month = _NUMBER[name]
    old_month = _NUMBER[old_name]
    old_year = year_beside(year, month, old_month)
    new_start = written_date("gregorian", year, month, day, "text", None)
    new_end = (
        new_start
        if end_day == day
        else written_date("gregorian", year, month, end_day, "text", None)
    )
    old_start = written_date("julian", old_year, old_month, old_day, "text", None)
    old_end = (
        old_start
        if old_end_day == old_day
        else written_date("julian", old_year, old_month, old_end_day, "text", None)
    )
    start = match.start()
    new = side(new_start, new_end, start, match.end(3))
    old = side(old_start, old_end, match.start(4), match.end(6))
    return _shortcut(("pair", "bracketed", start, match.end(), old, new))


# Groups by number: 1 a1, 2 a2, 3 am, 4 y.
def _marked(match: re.Match[str]) -> Shortcut | None:
    first, last, name, year_text = match.groups()
    day = int(first)
    end_day = int(last) if last else day
    if not (0 < day <= 31 and 0 < end_day <= 31):
        return None
    year, month = int(year_text), _NUMBER[name]
    start = written_date("julian", year, month, day, "text", None)
    end = start if end_day == day else written_date("julian", year, month, end_day, "text", None)
    old = side(start, end, match.start(), match.end(4))
    return _shortcut(("old_style", "marked", match.start(), match.end(), old, None))


#: Builds a Shortcut from a 6-tuple without the keyword handling of its constructor.
_shortcut = partial(tuple.__new__, Shortcut)
