"""Stage 3, link: a pair that recurs every year, given in today's calendars.

Church pages give a saint's feast days in both calendars with no year: "Память
совершается 12 (25) мая", "17 февраля (1 марта) в високосный год" (Russian Wikipedia).
The difference written is today's, whatever century the article is about, so the year
of the article's events must not be lent to them. A pair is read as yearly when its
sentence says the date recurs (a word of a language record's ``recurrence_words``)
and holds no year, unless the year its context gives makes its halves one day (a
feast of 1850 written with the difference of 1850 is read as before).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from julian_gregorian.calendar.offset import PRESENT_YEARS
from julian_gregorian.languages import LANGUAGES

if TYPE_CHECKING:
    from julian_gregorian.text._drafts import Draft

#: How far from a date its sentence is looked for, each way.
_SENTENCE_REACH = 400
#: A sentence end: a full stop, an exclamation or a question mark before a space, or a
#: line break.
_SENTENCE_END = re.compile(r"[.!?…]\s|\n")


@functools.cache
def _recurrence_word() -> re.Pattern[str]:
    words = {word for language in LANGUAGES for word in language.recurrence_words}
    # Longest first, so that "feast day" is tried before "feast"; spaces as any spacing.
    alternatives = (re.escape(word).replace(r"\ ", r"\s+") for word in sorted(words, key=len)[::-1])
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)


def sentence(text: str, offset: int, end_offset: int) -> tuple[int, int]:
    """Start and end of the sentence around ``[offset, end_offset)``.

    >>> text = "He died in 1612. Память совершается 12 (25) мая. Next."
    >>> start, end = sentence(text, 36, 47); text[start:end]
    'Память совершается 12 (25) мая.'
    """
    low = max(0, offset - _SENTENCE_REACH)
    start = low
    for end_mark in _SENTENCE_END.finditer(text, low, offset):
        start = end_mark.end()
    following = _SENTENCE_END.search(text, end_offset, end_offset + _SENTENCE_REACH)
    if following is None:
        return start, min(len(text), end_offset + _SENTENCE_REACH)
    # (the sentence keeps its full stop, not the line break)
    return start, following.start() + (following.group() != "\n")


def says_it_recurs(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a word saying that a date recurs every year.

    >>> says_it_recurs("Дни празднования: 12 (25) мая", 0, 29)
    True
    >>> says_it_recurs("Памятник открыт 12 (25) мая", 0, 27)
    False
    """
    return _recurrence_word().search(text, start, end) is not None


def recurs_yearly(text: str, draft: Draft, context_year: tuple[int, int] | None) -> bool:
    """Whether the pair *draft*, which lacks a year, is a yearly date (module docstring).

    *context_year* is ``(year, its offset)`` as the paragraph or section gives it: a
    year that makes the halves one day is kept, and so is one written in the sentence.
    Where there is none, the pair is yearly only with today's difference.
    """
    start, end = sentence(text, draft.offset, draft.end_offset)
    if context_year is None:
        # Nothing to tell it from: only today's difference says it is given for today.
        if not any(draft.fits_year(year) for year in PRESENT_YEARS):
            return False
    else:
        year, at = context_year
        if start <= at < end or draft.fits_year(year):
            return False
    return says_it_recurs(text, start, end)
