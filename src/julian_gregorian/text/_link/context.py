"""Stage 3, link: where a date without a year gets one, the nearest year of its paragraph
or section.

``1 January [O.S. 19 December]`` names no year; a reader takes it from the text around:
first the nearest year before the date in the same paragraph, then the nearest after
it, then the same in the section (up to the previous heading). An elision mark
(``[…]``) ends a section too: the text it stands for is unknown, so a year beyond it
says nothing. Among the candidates, a year written right after a date of the same
month is preferred ("27 April [O.S. 15 April] 1891 – 5 March 1953 … he believed 11/23
April to be his birthday" gives 1891). What counts as a year is a number 1000–2099
standing alone: not a decade (``1920s``), not part of a larger number (``370,000``),
not a percentage, not an end of a span of years (``v rokoch 1900 – 2099``: a date near
it may fall in any of them, and either end would be a guess), not a count ("over 1700
soldiers", "had 1712 men and 1650 horses": :mod:`julian_gregorian.text._read.counts`).
A number that opens its sentence before a noun a number commonly counts ("1650 men
marched out") is a doubtful year (:func:`doubtful`): only a pair whose halves it makes
one day takes it.

:class:`YearContext` indexes the years of a text once and remembers the last paragraph
and section it measured, so that looking up the years of many dates stays linear in
the length of the text.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

from julian_gregorian.text._link.headings import HEADING, HEADING_LINES, line_matches
from julian_gregorian.text._link.yearly import recurs_yearly, sentence_start
from julian_gregorian.text._read.counts import counts, may_be_counted
from julian_gregorian.text._read.normalise import soft_break
from julian_gregorian.text._read.reading import slip_of
from julian_gregorian.text._vocabulary.lexicon import MONTH, month_of

if TYPE_CHECKING:
    from julian_gregorian.text._drafts import Draft

# Each alternative begins with its literal first digit (the check of the character
# before comes after it), so the regex engine can skip to the digits 1 and 2.
_NOT_BEFORE = r"[\d,.$£€#№/:]"
YEAR = re.compile(
    rf"(?:1(?<!{_NOT_BEFORE}1)[0-9]{{3}}|2(?<!{_NOT_BEFORE}2)0[0-9][0-9])"
    r"(?![\d%/]|s\b|'s\b|,\d|\.\d|:\d)"
    # (A look-behind has one width: one for each way the dash of a span is spaced.)
    r"(?<![0-9] [–—-] [0-9]{4})(?<![0-9][–—-][0-9]{4})"
    r"(?<![0-9] [–—-][0-9]{4})(?<![0-9][–—-] [0-9]{4})(?! ?[–—-] ?[0-9]{4})"
)

_ELISION_LINES = r"[ \t]*\[(?:…|\.\.\.)\][ \t\r]*|[ \t]*(?:…|\.\.\.)[ \t\r]*"
_HEADING_OR_ELISION = re.compile(rf"^(?:{HEADING_LINES}|{_ELISION_LINES})$", re.MULTILINE)

#: How far to look for a paragraph's or a section's ends.
_REACH = 20_000
#: How many years on either side are examined for one written after the same month.
_MONTH_CANDIDATES = 12
#: How far past its first digit a year is read: its four digits and the longest look
#: ahead of :data:`YEAR` (`` – 2099``), with the character after that a ``\b`` reads.
_YEAR_TAIL = 16
#: How close before a year a month word must stand to count as that year's date.
_MONTH_REACH = 40


@functools.cache
def _month_word() -> re.Pattern[str]:
    """A month word alone, compiled for the first date whose year comes from the text
    around it."""
    return re.compile(MONTH)


def paragraph(text: str, offset: int, end_offset: int) -> tuple[int, int]:
    """Start and end of the paragraph around ``[offset, end_offset)``.

    Blank lines and line breaks that do not wrap a paragraph (:func:`soft_break`)
    bound it.

    >>> text = "In 1916 it began.\\n\\nOn 1 January [O.S. 19 December] he was\\nfound.\\n\\nNext."
    >>> start, end = paragraph(text, 23, 50); text[start:end]
    'On 1 January [O.S. 19 December] he was\\nfound.'
    """
    start = offset
    low = max(0, offset - _REACH)
    while True:
        newline = text.rfind("\n", low, start)
        if newline == -1:
            start = low
            break
        if not soft_break(text, newline):
            start = newline + 1
            break
        start = newline
    end = end_offset
    high = min(len(text), end_offset + _REACH)
    while True:
        newline = text.find("\n", end, high)
        if newline == -1:
            end = high
            break
        if not soft_break(text, newline):
            end = newline
            break
        end = newline + 1
    return start, end


def section(text: str, offset: int, end_offset: int, *, elisions: bool = True) -> tuple[int, int]:
    """Start and end of the section around ``[offset, end_offset)``: between headings,
    and between elision marks unless *elisions* is false."""
    low = max(0, offset - _REACH)
    start = low
    boundaries = _HEADING_OR_ELISION if elisions else HEADING
    for heading in line_matches(boundaries, text, low, offset):
        start = heading.end()
    high = min(len(text), end_offset + _REACH)
    following = next(line_matches(boundaries, text, end_offset, high), None)
    end = following.start() if following else high
    return start, end


class YearContext:
    """The years of one text, for dates that lack one (see the module docstring).

    >>> text = "Rasputin died in December 1916. His body was found on 1 January [O.S. 19 December]."
    >>> YearContext(text).year_for(54, 82)
    (1916, 26)
    >>> YearContext("Found on 1 January [O.S. 19 December].").year_for(9, 37) is None
    True
    """

    def __init__(self, text: str) -> None:
        self.text = text
        # The years of the stretch [_low, _high) of the text, found so far.
        self._offsets: list[int] = []
        self._values: list[int] = []
        self._low = self._high = 0
        #: The month named nearest before each year looked at (by its offset), if any.
        self._month_before: dict[int, int | None] = {}
        self._paragraph = (0, -1)
        self._section = (0, -1)

    def _index(self, low: int = 0, high: int | None = None) -> list[int]:
        """The offsets of the years of the text, in order: those of ``[low, high)`` at
        least (the whole text's without *high*). Only the paragraph and the section of a
        date are searched, each stretch once: the years of a long page are searched for
        where its dates need them, not in all of it for one date."""
        high = len(self.text) if high is None else high
        if self._low >= self._high:  # (nothing searched yet)
            self._offsets, self._values = self._years(low, high)
            self._low, self._high = low, high
            return self._offsets
        if low < self._low:
            offsets, values = self._years(low, self._low)
            self._offsets[:0], self._values[:0] = offsets, values
            self._low = low
        if high > self._high:
            offsets, values = self._years(self._high, high)
            self._offsets += offsets
            self._values += values
            self._high = high
        return self._offsets

    def _years(self, low: int, high: int) -> tuple[list[int], list[int]]:
        """The offsets and values of the years that begin in ``[low, high)``: searched on
        past *high* by as much as a year and what may follow it are long, so that each
        is judged as in the whole text (the characters before *low* are seen anyway)."""
        found = [
            match
            for match in YEAR.finditer(self.text, low, min(len(self.text), high + _YEAR_TAIL))
            if match.start() < high and not counts(self.text, match.start(), match.end())
        ]
        return [match.start() for match in found], [int(match.group()) for match in found]

    def _bounds(self, offset: int, end_offset: int) -> tuple[tuple[int, int], tuple[int, int]]:
        start, end = self._paragraph
        if not start <= offset < end_offset <= end:
            self._paragraph = paragraph(self.text, offset, end_offset)
        start, end = self._section
        if not start <= offset < end_offset <= end:
            self._section = section(self.text, offset, end_offset)
        return self._paragraph, self._section

    def _candidates(self, offset: int, end_offset: int) -> list[tuple[range, range]]:
        """For the paragraph, then the section, of ``[offset, end_offset)``: the indexes
        of the years examined before the date (nearest first) and after it."""
        bounds = self._bounds(offset, end_offset)
        offsets = self._index(min(bounds)[0], max(end for _, end in bounds))
        found = []
        for start, end in bounds:
            first, here = bisect_left(offsets, start), bisect_left(offsets, offset)
            after, last = bisect_left(offsets, end_offset), bisect_left(offsets, end)
            before = range(here - 1, max(first, here - _MONTH_CANDIDATES) - 1, -1)
            found.append((before, range(after, min(last, after + _MONTH_CANDIDATES))))
        return found

    def year_for(
        self, offset: int, end_offset: int, months: frozenset[int] = frozenset()
    ) -> tuple[int, int] | None:
        """``(year, its offset)`` for a date at ``[offset, end_offset)``, or ``None``."""
        for before, following in self._candidates(offset, end_offset):
            if months:
                for index in (*before, *following):
                    if self._after_month(self._offsets[index], months):
                        return self._values[index], self._offsets[index]
            for nearest in (before, following):
                if nearest:
                    return self._values[nearest[0]], self._offsets[nearest[0]]
        return None

    def fitting_year_for(
        self, offset: int, end_offset: int, fits: Callable[[int], bool], earlier_than: int
    ) -> tuple[int, int] | None:
        """The nearest year of the paragraph, else of the section, among those
        :meth:`year_for` looks at, that is *earlier_than* a year and *fits* the date
        (before it first, then after)."""
        for before, following in self._candidates(offset, end_offset):
            for index in (*before, *following):
                if self._values[index] < earlier_than and fits(self._values[index]):
                    return self._values[index], self._offsets[index]
        return None

    def document_year_for(
        self, offset: int, end_offset: int, fits: Callable[[int], bool]
    ) -> tuple[int, int] | None:
        """The nearest year of the whole text, before or after, that *fits* the date.

        The last resort for a pair whose paragraph and section name no year: "24 October
        (6 November N.S.)" in an article on 1917, the year written beyond an elision. A
        pair's two halves say which years are possible (13 days apart: 1900-2099), so
        the year is taken only where they agree with it.
        """
        offsets = self._nearest_indexed(offset, end_offset)
        here, after = bisect_left(offsets, offset), bisect_left(offsets, end_offset)
        candidates = []
        if here > 0:
            candidates.append(here - 1)
        if after < len(offsets):
            candidates.append(after)
        candidates.sort(key=lambda index: abs(offsets[index] - offset))
        for index in candidates:
            if fits(self._values[index]):
                return self._values[index], offsets[index]
        return None

    def _nearest_indexed(self, offset: int, end_offset: int) -> list[int]:
        """The offsets of :meth:`_index`, searched out from ``[offset, end_offset)``, a
        reach and then four times as far each time, until they hold the text's nearest
        year before *offset* and its nearest from *end_offset* on (or reach its ends):
        the years around the date, not the whole page's (the search of a page of 54 KB
        for its years cost 140 µs, and most pages' nearest are within a section's reach,
        searched already)."""
        reach = _REACH
        while True:
            offsets = self._index(max(0, offset - reach), min(len(self.text), end_offset + reach))
            before = self._low == 0 or bisect_left(offsets, offset) > 0
            if before and (
                self._high == len(self.text) or bisect_left(offsets, end_offset) < len(offsets)
            ):
                return offsets
            reach *= 4

    def _after_month(self, at: int, months: frozenset[int]) -> bool:
        """Whether the month word nearest before the year at *at* is one of *months*."""
        if at not in self._month_before:
            # (each year once: a list of dates asks about the same few years)
            words = _month_word().findall(self.text, max(0, at - _MONTH_REACH), at)
            found = month_of(words[-1]) if words else None
            self._month_before[at] = None if found is None else found[0]
        return self._month_before[at] in months


#: What may stand between the start of a sentence and a number that opens it: a list's,
#: a definition's or a table cell's marks. (Not a year preposition: "In 1768 violence
#: broke out" dates far more often than "In 1650 men marched out" counts, and the real
#: texts' doubtful years after one were all years.)
_OPENING = re.compile(r"[\s*#:;|]*")
#: How far before a number that opens its sentence the sentence's start is looked for:
#: room for those marks.
_OPENING_REACH = 40


def doubtful(text: str, offset: int) -> bool:
    """Whether the year at *offset*, a bare number, may as well count the word after it:
    it opens its sentence and the word after it is a noun a number commonly counts
    (:func:`~julian_gregorian.text._read.counts.may_be_counted`). "1650 men marched
    out" is a count far more often than a year; "1650 was a hard year", "1812 proved
    decisive", "In 1650, on 5 March", "1650 год" are years, and so is a number after a
    year preposition ("In 1768 violence broke out") or inside its sentence ("the siege
    of 1650 ended").

    >>> doubtful("1650 men marched out.", 0), doubtful("In 1650 men marched out.", 3)
    (True, False)
    >>> doubtful("1812 proved decisive.", 0), doubtful("The 1650 men marched out.", 4)
    (False, False)
    """
    # (the word first: most words after a number are no counted noun)
    if not may_be_counted(text, offset + 4):
        return False
    start = sentence_start(text, offset, _OPENING_REACH)
    return start is not None and _OPENING.fullmatch(text, start, offset) is not None


def _slip_away(draft: Draft, year: int) -> bool:
    """Whether the halves of the pair *draft* lie as far apart as the calendars did in
    *year*, give or take a day's slip (which the checker reports): "25 October (7
    November)" written for 1812 is a slip of 1812's, kept; "March 1 (O.S. February 19)"
    (10 days) is no slip of 1923's 13."""
    if draft.old is None or draft.new is None:
        return False
    return slip_of(draft.old, draft.new, year) is not False


def take_context_years(text: str, drafts: list[Draft]) -> None:
    """Give each draft lacking a year the one its context gives, and where that is.

    The nearest year of the paragraph or section is taken first, unless the pair's
    halves are further apart than a day's slip from that year's difference and an
    earlier year there fits them ("As of the start of 1700 ... until 1923. As of March 1
    (O.S. February 19)" is of 1700; "the battle of 1709 ... in 1909. 27 June (10 July)"
    stays of 1709, an error). A pair whose halves name one day only in some year of the
    document takes that year. A pair whose
    sentence says it recurs every year takes none (:mod:`.yearly`).
    """
    years: YearContext | None = None
    after_yearly = -1  # where the last yearly pair ends
    for draft in drafts:
        if not draft.needs_year():
            continue
        if years is None:
            years = YearContext(text)
        offset, end_offset = draft.offset, draft.end_offset
        found = years.year_for(offset, end_offset, draft.months())
        if found is not None and draft.kind == "pair" and not _slip_away(draft, found[0]):
            # Days further apart than a slip from that year's difference were
            # written for another year: an earlier one of the paragraph's years that
            # they fit is taken (a later one would take today's 13 days written for an
            # 18th-century date, the commonest error, for right: "the battle of 1709
            # ... unveiled in 1909"). (A day's slip of the year is kept, even where the
            # year ends a span whose start they fit: "(1828 – 1910) ... died on 7 (19)
            # November" is the error the checker is for.)
            found = years.fitting_year_for(offset, end_offset, draft.fits_year, found[0]) or found
        if draft.kind == "pair" and recurs_yearly(text, draft, found, after_yearly):
            draft.set_yearly()
            after_yearly = draft.end_offset
            continue
        if found is not None and not draft.fits_year(found[0]) and doubtful(text, found[1]):
            # A number that may count what follows it is taken only by a pair whose
            # halves it makes one day (no error told against a year that may be none):
            # a single date or a pair it does not fit gets no year, here or from
            # further away, where the nearest year of its text is unsure.
            continue
        if found is None and draft.kind == "pair":
            found = years.document_year_for(offset, end_offset, draft.fits_year)
        if found is not None:
            draft.set_context_year(found[0])
            draft.year_offset = found[1]


def nearby_year(text: str, offset: int, end_offset: int, months: frozenset[int]) -> int | None:
    """The year :meth:`YearContext.year_for` gives the date at ``[offset, end_offset)``.

    Only the text the look-up can reach is indexed, so asking about one date of a long
    text costs no more than asking about a short one.

    >>> nearby_year("Mar 1641, on 3 February, Feb 1909", 13, 23, frozenset({2}))
    1909
    >>> nearby_year("Mar 1641, on 3 June, Feb 1909", 13, 19, frozenset({6}))
    1641
    """
    # A margin beyond the reach: a year at the edge is read with the character before
    # it and the month word up to _MONTH_REACH characters before.
    margin = _MONTH_REACH + 8
    low = max(0, offset - _REACH - margin)
    high = min(len(text), end_offset + _REACH + margin)
    found = YearContext(text[low:high]).year_for(offset - low, end_offset - low, months)
    return None if found is None else found[0]
