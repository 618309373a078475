"""A shortcut for the commonest shapes, read straight from the raw text at their marker.

Most O.S./N.S. dates in English Wikipedia text are written one way:
``6 November [O.S. 24 October] 1917`` (the rendering of ``{{OldStyleDate}}``) or
``24 October 1917 (O.S.)``. Where the text at an ``O.S.`` anchor is exactly that, tidy
and without markup, two small regular expressions read it without a window being
normalised or tokenized: one for what follows the marker, one (anchored at the marker)
for the date before it. The result is the same draft the general reading gives
(``tests/test_extract_fast.py`` checks that on every shape it accepts); anything else,
however slightly different, is left to the general reading.
"""

from __future__ import annotations

import re

from julian_gregorian.calendar.months import MONTH_NAMES
from julian_gregorian.text.construct import side, written_date
from julian_gregorian.text.drafts import Draft, year_beside

_MONTH = "|".join(MONTH_NAMES)
_NUMBER = {name: index for index, name in enumerate(MONTH_NAMES, start=1)}
_DAY = r"(?:[12]\d|3[01]|[1-9])"
# Nothing after the shape that could continue it: a dual year, a range, another marker.
_END = r"(?![\w/–—-]|[.,]\d|\s?[\[(]| O\.S| N\.S| Old| New| Julian| Gregorian)"

#: "[O.S. 24 October] 1917" from the bracket on.
_BRACKET_TAIL = re.compile(
    rf"\[O\.S\. (?P<b1>{_DAY})(?:–(?P<b2>{_DAY}))? (?P<bm>{_MONTH})\] (?P<y>\d{{4}}){_END}"
)
#: "6 November " just before the bracket: the search runs up to the bracket (\Z).
_BRACKET_HEAD = re.compile(
    rf"(?<![\w.,:/–—-])(?<![–—-]\s)(?P<a1>{_DAY})(?:–(?P<a2>{_DAY}))? (?P<am>{_MONTH}) \Z"
)
#: "24 October 1917 " just before "(O.S.)".
_MARKED_HEAD = re.compile(
    rf"(?<![\w.,:/–—-])(?<![–—-]\s)(?P<a1>{_DAY})(?:–(?P<a2>{_DAY}))? (?P<am>{_MONTH}) "
    r"(?P<y>\d{4}) \Z"
)
_MARKED_TAIL = re.compile(rf"\(O\.S\.\){_END}")
#: How far before its marker the shape may start ("30–31 September [O.S.").
_REACH = 22


def read_shortcut(text: str, anchor: int) -> Draft | None:
    """The draft of the simple shape whose ``O.S.`` has its ``S`` at *anchor*, if any."""
    bracket = anchor - 3
    if text.startswith("[O.S. ", bracket):
        tail = _BRACKET_TAIL.match(text, bracket)
        if tail is None:
            return None
        head = _BRACKET_HEAD.search(text, max(0, bracket - _REACH), bracket)
        if head is None:
            return None
        return _pair(head, tail)
    if text.startswith("(O.S.)", bracket):
        tail = _MARKED_TAIL.match(text, bracket)
        if tail is None:
            return None
        head = _MARKED_HEAD.search(text, max(0, bracket - _REACH - 5), bracket)
        if head is None:
            return None
        return _marked(head, tail)
    return None


def _pair(head: re.Match[str], tail: re.Match[str]) -> Draft:
    first, last, name = head.group("a1", "a2", "am")
    old_first, old_last, old_name, year_text = tail.group("b1", "b2", "bm", "y")
    year = int(year_text)
    day = int(first)
    month = _NUMBER[name]
    old_day = int(old_first)
    old_month = _NUMBER[old_name]
    old_year = year_beside(year, month, old_month)
    new_start = written_date("gregorian", year, month, day, "text", None)
    new_end = (
        new_start
        if last is None
        else written_date("gregorian", year, month, int(last), "text", None)
    )
    old_start = written_date("julian", old_year, old_month, old_day, "text", None)
    old_end = (
        old_start
        if old_last is None
        else written_date("julian", old_year, old_month, int(old_last), "text", None)
    )
    new = side(new_start, new_end, head.start(), head.end("am"))
    old = side(old_start, old_end, tail.start("b1"), tail.end("bm"))
    return Draft("pair", "bracketed", head.start(), tail.end(), made=(old, new))


def _marked(head: re.Match[str], tail: re.Match[str]) -> Draft:
    first, last, name, year_text = head.group("a1", "a2", "am", "y")
    year, month = int(year_text), _NUMBER[name]
    start = written_date("julian", year, month, int(first), "text", None)
    end = start if last is None else written_date("julian", year, month, int(last), "text", None)
    old = side(start, end, head.start(), head.end("y"))
    return Draft("old_style", "marked", head.start(), tail.end(), made=(old, None))
