"""Stage 2, read: a calendar named at the start of a sentence marks the first date of it.

``Secondo il Calendario Giuliano la sua data di nascita viene indicata al 10 aprile
1870``, ``Podle gregoriánského kalendáře to byl 7. listopadu 1917``, ``Etter vestleg
tidsrekning (gregoriansk kalender), som blei innført …, skjedde dette den 7. november``:
the marker opens the sentence (after its
lead-in words, or glossing its first words in parentheses), is a name of two words or
more (not ``Julian`` alone: ``Julian Assange was born on 3 July 1971``), and the
sentence's first date follows, with only words and commas between. Another date, a year
or a marker of the other calendar before it, or the end of the sentence, and nothing is
read. A date so marked without a year of its own, by a name further into its sentence
(``In 1752 Great Britain adopted the Gregorian calendar (new style), which moved his
birthday 11 days forward to October 2, 1737``) or by a name after it past other words
(``12.2.1900 podana według obowiązującego w zaborze rosyjskim starego stylu``) is kept
only where it pairs with the other calendar's date (:attr:`Draft.tentative
<julian_gregorian.text._drafts.Draft.tentative>`). A clause after a semicolon opens like
a sentence (``…; according to the Julian calendar, still used in England at the time,
the date of death was 8 March 1702``).

The name and its date may stand further apart than a window reaches around an anchor:
:func:`clause_reach` widens a window to the clause's end where its last anchor stands
near the clause's start with no number after it, and back to the clause's start where a
name the prefilter does not find (``după calendarul iulian``) opens it.
"""

from __future__ import annotations

import functools
import re

from julian_gregorian.calendar.names import CalendarName
from julian_gregorian.text._drafts import Draft, DraftSide
from julian_gregorian.text._locate.anchors import found_anywhere
from julian_gregorian.text._read.normalise import Window
from julian_gregorian.text._read.tokens import Token
from julian_gregorian.text._vocabulary import markers
from julian_gregorian.text._vocabulary.markers import LEAD_IN

#: The sentence's first words before a marker that glosses them in parentheses
#: (``Etter vestleg tidsrekning (gregoriansk kalender)``): a few words at most.
_GLOSSED_WORDS = 4
#: Codes that may stand between the opening marker and its date: words, commas,
#: parentheses (``(kommunistane)``), dashes. Not a year: "The Julian calendar was used
#: until 1752, when 14 September followed 2 September" tells the calendar's history.
_BETWEEN = frozenset("w,()-~:")
#: What ends a sentence before a window's text: a full stop, a line, a question.
_SENTENCE_END = re.compile(r"(?:^|[.;!?\n])[\s\"'«»“”„]*$")
_LEAD_IN = re.compile(LEAD_IN)


def read_openers(
    codes: str, tokens: list[Token], taken: set[int], window: Window
) -> list[tuple[Draft, int, int]]:
    """The dates marked by a calendar named before them in their sentence (see the module
    doc), each with the code span it covers; *taken* are the codes the shapes have read."""
    found: list[tuple[Draft, int, int]] = []
    index = 0
    while index < len(codes):
        code = codes[index]
        if code not in "ON" or index in taken:
            index += 1
            continue
        marker = tokens[index]
        if len(window.text[marker.start : marker.end].split()) < 2:
            # (a calendar's name, not an adjective or initials alone: "Julian Assange")
            index += 1
            continue
        first = _sentence_start(codes, tokens, index, window)
        calendar: CalendarName = "julian" if code == "O" else "gregorian"
        date = _first_date(codes, index + 1, code, taken)
        if date is None:
            date = _date_before(codes, index, taken)
            first = None  # a name after its date, past other words: tentative
        if date is None:
            index += 1
            continue
        token = tokens[date]
        assert token.fields is not None  # a date token always has its fields
        offset, end_offset = window.span(token.start, token.end)
        side = DraftSide.of(calendar, token.fields, offset, end_offset)
        if side is None or token.fields.glued:
            index += 1
            continue
        opening = min(index, date) if first is None else first
        start = window.span(tokens[opening].start, tokens[opening].end)[0]
        if calendar == "julian":
            draft = Draft("old_style", "marked", start, end_offset, old=side)
        else:
            draft = Draft("new_style", "marked", start, end_offset, new=side)
        draft.tentative = first is None or side.year is None
        found.append((draft, opening, max(index, date) + 1))
        index = max(index, date) + 1
    return found


def _sentence_start(codes: str, tokens: list[Token], marker: int, window: Window) -> int | None:
    """The index of the code that opens the sentence of the marker at *marker* when the
    marker opens it: right after its lead-in words, or in parentheses after a few first
    words (``Etter vestleg tidsrekning (gregoriansk kalender)``); else ``None``."""
    first = marker
    if marker >= 2 and codes[marker - 1] == "(" and codes[marker + 1 : marker + 2] == ")":
        words = tokens[marker - 2]
        if codes[marker - 2] == "w" and _short(window.text[words.start : words.end]):
            first = marker - 2
    before = tokens[first - 1].end if first > 0 else 0
    if not _LEAD_IN.fullmatch(window.text, before, tokens[first].start):
        return None
    if first > 0:
        return first if codes[first - 1] in ".|;" else None
    preceding = window.source[max(0, window.start - 80) : window.start]
    return first if _SENTENCE_END.search(preceding) else None


def _short(words: str) -> bool:
    return len(words.split()) <= _GLOSSED_WORDS


def _date_before(codes: str, marker: int, taken: set[int]) -> int | None:
    """The date of ``date words marker`` (``12.2.1900 podana według obowiązującego w
    zaborze rosyjskim starego stylu``), a name of the calendar ending the date's clause."""
    if marker >= 2 and codes[marker - 1] == "w" and codes[marker - 2] in "dD":
        return None if marker - 2 in taken else marker - 2
    return None


def _first_date(codes: str, start: int, marker: str, taken: set[int]) -> int | None:
    """The index of the first date after the opening marker in its sentence."""
    for index in range(start, len(codes)):
        code = codes[index]
        if code in "dD":
            return None if index in taken else index
        if code == marker or code in _BETWEEN:
            continue
        return None  # the sentence ends, another marker or a pair's sign comes first
    return None


#: How far (characters) a calendar named at the start of a clause may stand from its date.
CLAUSE_REACH = 240
#: How far into its clause an anchor may stand and still be a name that opens it: its
#: lead-in words (``according to the``) or the few words it glosses (``Etter vestleg
#: tidsrekning (gregoriansk kalender)``).
_NAME_REACH = 40
#: The end of a clause: a full stop, a question or a semicolon before a space, a line
#: (not the full stop of an ordinal day: ``skjedde dette den 7. november``). One class
#: of characters first, so that the regex engine skips to them.
_CLAUSE_END = re.compile(r"[.;!?\n](?:(?<=\n)|(?=\s)(?<![0-9].))")
#: The last clause end before the end of the stretch searched, not at its last character
#: (one character on is searched, for the space that makes a full stop before it an end):
#: the regex engine goes back from the stretch's end one character at a time, in C, to
#: the nearest (a search forward stops at each, and Python would step through them).
_LAST_CLAUSE_END = re.compile(r"(?s:.*)(?:[.;!?](?=\s)(?<![0-9].)|\n)(?=[\s\S])")
_DIGIT = re.compile(r"[0-9]")


@functools.cache
def _unanchored_name() -> re.Pattern[str]:
    """A calendar's name of two words or more that no pass of the prefilter finds
    outside parentheses (``după calendarul iulian``, ``Vanhaa lukua``), with its lead-in
    words, as it opens a clause. A name the prefilter finds is an anchor of its own,
    whose window reaches forward to its date; one it does not find is reached back to
    from an anchor near the date. (Compiled on first use.)"""
    names = sorted(
        {
            markers.phrase_pattern(variant)
            for phrase, _, _ in markers.PHRASES
            for variant in markers.phrase_variants(phrase)
            if " " in variant and not found_anywhere(variant)
        },
        key=len,
        reverse=True,
    )
    return re.compile(rf"{LEAD_IN}(?:{'|'.join(names)})")


def clause_reach(text: str, start: int, end: int, first: int, last: int) -> tuple[int, int]:
    """The window ``text[start:end]`` around the anchors ``first`` … ``last``, widened to
    hold a calendar's name that opens a clause and the clause's first date.

    Forward, where the last anchor stands near its clause's start (in a name that opens
    it, after its lead-in words or glossing the first words in parentheses), no number
    follows it in the window and the clause goes on past it (``according to the Julian
    calendar, still used in England at the time, the date of death was 8 March 1702``):
    to the end of the clause, if a number stands before it. Backward, where the window
    starts inside a clause: to the clause's start, if a calendar's name opens it
    (``După calendarul iulian, …, la 12 mai 1711``). Each way at most
    :data:`CLAUSE_REACH` characters.
    """
    length = len(text)
    if (
        end < length
        and _DIGIT.search(text, last, end) is None
        and _CLAUSE_END.search(text, last, end) is None
    ):
        # (a clause that begins further back than the name's reach need not be found)
        begin = _clause_start(text, last, _NAME_REACH + 1)
        if begin != -1 and last - begin <= _NAME_REACH:
            stop = min(length, last + CLAUSE_REACH)
            clause_end = _CLAUSE_END.search(text, end, stop)
            limit = clause_end.start() if clause_end else stop
            if _DIGIT.search(text, end, limit) is not None:
                end = limit
    if start > 0 and _CLAUSE_END.search(text, start, first) is None:
        begin = _clause_start(text, start)
        if begin != -1 and _unanchored_name().match(text, begin, first):
            start = begin
    return start, end


def _clause_start(text: str, at: int, reach: int = CLAUSE_REACH) -> int:
    """Where the clause holding *at* (an offset inside *text*) begins: after the last
    clause end before it (as :data:`_CLAUSE_END` has them), looked for as far back as
    *reach* (the text's start within that reach); -1 if it begins further back."""
    low = max(0, at - reach)
    found = _LAST_CLAUSE_END.match(text, low, at + 1)
    if found is None:
        return 0 if low == 0 else -1
    return found.end()
