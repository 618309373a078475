"""Stage 2, read: a shortcut for the commonest shapes, read straight from the raw text at
their marker.

Most O.S./N.S. dates in English Wikipedia text are written one way:
``6 November [O.S. 24 October] 1917`` (the rendering of ``{{OldStyleDate}}``) or
``24 October 1917 (O.S.)``. Where the text at an ``O.S.`` anchor is exactly that, tidy
and without markup, one regular expression searched just before the marker reads it,
without a window being normalised or tokenized. The result is the same
:class:`~julian_gregorian.text._drafts.Draft` the window reader makes of that
text, field for field (``tests/test_extract_fast.py`` checks that on every shape it
accepts), and goes on with the others; anything else, however slightly different, is
left to the general reading.
"""

from __future__ import annotations

import re

from julian_gregorian.calendar._months import MONTH_NAMES
from julian_gregorian.languages import LANGUAGES
from julian_gregorian.text._drafts import Draft, DraftSide, year_beside
from julian_gregorian.text._vocabulary.lexicon import RANGE_WORD

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
#: The last words of the range words: the word before the space before the first day
#: must be one of them for that (most shapes are passed without the search; the records'
#: "and"s, "a", "e", "y", end as many words as a last letter would let through).
_RANGE_WORD_ENDS = frozenset(
    word.split()[-1] for language in LANGUAGES for word in language.range_words
)
#: How far back the word before the first day is looked for (the longest range word).
_RANGE_WORD_REACH = max(len(word) for word in _RANGE_WORD_ENDS) + 2


_ASCII_DIGIT = re.compile("[0-9]")


def may_read_between(text: str, first: int, last: int) -> bool:
    """Whether :func:`read_shortcut` may read a shape at an anchor from *first* to
    *last*: one needs its bracket or parenthesis before the anchor and a digit before
    that, within reach."""
    if (
        text.find("[O.S. ", max(0, first - 3), last + 3) == -1
        and text.find("(O.S.)", max(0, first - 3), last + 3) == -1
    ):
        return False
    return _ASCII_DIGIT.search(text, max(0, first - 3 - _REACH), max(0, last - 3)) is not None


_BRACKET = re.compile(r"\[O\.S\. |\(O\.S\.\)")


def next_readable(text: str, start: int, end: int) -> int:
    """The offset of the first bracket from *start* on, before *end*, at which
    :func:`read_shortcut` may read: one with a digit before it within reach, where its
    shape would begin (-1 where there is none). Past a bracket without one, the next
    that may have one follows a digit: a run of brackets without digits costs two
    searches."""
    while True:
        found = _BRACKET.search(text, start, end)
        if found is None:
            return -1
        at = found.start()
        if _ASCII_DIGIT.search(text, max(0, at - _REACH), at) is not None:
            return at
        digit = _ASCII_DIGIT.search(text, at, end)
        if digit is None:
            return -1
        start = digit.end()


def read_shortcut(text: str, anchor: int) -> Draft | None:
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
        if (
            before.isspace()
            and _word_before(text, start - 1) in _RANGE_WORD_ENDS
            and _RANGE_BEFORE.search(text, max(0, start - 12), start)
        ):
            return None
    return reader(match)


def _word_before(text: str, end: int) -> str:
    """The word that ends at *end* (any white space before it, a tab, a no-break space or
    a line break as well as a space, or the reach's start)."""
    words = text[max(0, end - _RANGE_WORD_REACH) : end].split()
    return words[-1] if words else ""


# Groups by number (faster than by name): 1 a1, 2 a2, 3 am, 4 b1, 5 b2, 6 bm, 7 y.
def _pair(match: re.Match[str]) -> Draft | None:
    first, last, name, old_first, old_last, old_name, year_text = match.groups()
    day, old_day = int(first), int(old_first)
    end_day = int(last) if last else day
    old_end_day = int(old_last) if old_last else old_day
    if not (0 < day <= 31 and 0 < end_day <= 31 and 0 < old_day <= 31 and 0 < old_end_day <= 31):
        return None
    year = int(year_text)
    month = _NUMBER[name]
    old_month = _NUMBER[old_name]
    start = match.start()
    # The year is printed once, after the pair: neither side holds it as its own.
    new = DraftSide(
        "gregorian", day, month, end_day, month, year, None, "text", False, start, match.end(3)
    )
    old = DraftSide(
        "julian",
        old_day,
        old_month,
        old_end_day,
        old_month,
        year_beside(year, month, old_month),
        None,
        "text",
        False,
        match.start(4),
        match.end(6),
    )
    return Draft("pair", "bracketed", start, match.end(), old, new)


# Groups by number: 1 a1, 2 a2, 3 am, 4 y.
def _marked(match: re.Match[str]) -> Draft | None:
    first, last, name, year_text = match.groups()
    day = int(first)
    end_day = int(last) if last else day
    if not (0 < day <= 31 and 0 < end_day <= 31):
        return None
    month = _NUMBER[name]
    start = match.start()
    old = DraftSide(
        "julian",
        day,
        month,
        end_day,
        month,
        int(year_text),
        None,
        "text",
        True,
        start,
        match.end(4),
    )
    return Draft("old_style", "marked", start, match.end(), old)
