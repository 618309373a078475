"""Stage 3, link: what a section heading is, one definition for the extractor and the
checker.

A section ends at a heading: a year written under one heading says nothing of a date
under the next (:func:`~julian_gregorian.text._link.context.section`), and the checker
judges the pairs of one section together and reads the calendar a heading declares
(:mod:`julian_gregorian.checks.context`). Three forms are headings, each a whole line:

- wikitext, ``== History ==`` (two to six ``=`` on each side);
- Markdown, ``# Title``, ``## History`` (one to six ``#`` and a space);
- Markdown underlined, a line of text over a line of three or more ``=`` or ``-``.

>>> [(h.offset, h.level, h.title) for h in heading_lines("Life\\n====\\nBorn.\\n== Death ==\\n")]
[(0, 2, 'Life'), (16, 2, 'Death')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

#: One heading line (or, underlined, two), for a pattern in MULTILINE mode between ``^``
#: and ``$``. A line ending in ``\r`` (a text with Windows line ends) is a line too.
HEADING_LINES = (
    r"(?P<wiki>={2,6})(?P<wiki_title>[^\n]*?)={2,6}[ \t\r]*"
    r"|(?P<atx>#{1,6})[ \t](?P<atx_title>[^\n]*)"
    r"|(?P<underlined>[^\n]+)\n[ \t]*(?P<underline>-{3,}|={3,})[ \t\r]*"
)
HEADING = re.compile(rf"^(?:{HEADING_LINES})$", re.MULTILINE)

#: Where a line may begin that :data:`HEADING`, or an elision's line (see
#: :mod:`~julian_gregorian.text._link.context`), matches: after a line break, a line that
#: begins with ``=`` or ``#``, one whose first character but spaces and tabs is a
#: bracket or the dots of an elision, or an underline (whose heading is the line
#: before; asked first, as ``===`` begins a heading's line too). Searched for instead of
#: those patterns: their ``^`` has the regex engine try a match at every character (some
#: 5 ns each, 20 ms per 40 MB pass of the bench dump's pages in the sections of dates
#: without a year), this one skips to line breaks.
_MAY_BEGIN = re.compile(r"\n(?:[ \t]*(?P<underline>---|===)|[=#]|[ \t]*[\[….])")


def line_matches(
    pattern: re.Pattern[str], text: str, pos: int, endpos: int
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text, pos, endpos)`` finds, for :data:`HEADING` or a
    pattern whose matches begin where one of it may (see :data:`_MAY_BEGIN`): each line
    that may begin one is asked, in order, past the end of the last match (as finditer
    searches on from there); no match is empty."""
    ended = pos
    for start in _line_starts(text, pos, endpos):
        if start >= ended:
            found = pattern.match(text, start, endpos)
            if found is not None:
                ended = found.end()
                yield found


def _line_starts(text: str, pos: int, endpos: int) -> list[int]:
    """The starts of the lines in ``[pos, endpos)`` that may begin a match of
    :func:`line_matches`, in order (the text's first line among them where *pos* is 0)."""
    starts = [0] if pos == 0 else []
    underlined = False
    for found in _MAY_BEGIN.finditer(text, max(0, pos - 1), endpos):
        if found.start("underline") != -1:
            heading = text.rfind("\n", 0, found.start()) + 1
            if heading >= pos:
                starts.append(heading)
                underlined = True
        starts.append(found.start() + 1)
    # (an underline's heading may be a line found already, or the text's first)
    return sorted(set(starts)) if underlined else starts


class HeadingLine(NamedTuple):
    offset: int
    #: The end of the heading's last line (before its line break).
    end_offset: int
    #: 2 for ``==`` and its equals ``#`` and a ``===`` underline, 3 for ``===``, ``##``
    #: and a ``---`` underline, and so on.
    level: int
    title: str


def heading_lines(text: str) -> Iterator[HeadingLine]:
    """The headings of *text*, in order."""
    for match in line_matches(HEADING, text, 0, len(text)):
        wiki, atx, underline = match.group("wiki", "atx", "underline")
        if wiki is not None:
            level, title = len(wiki), match.group("wiki_title")
        elif atx is not None:
            level, title = len(atx) + 1, match.group("atx_title")
        else:
            level, title = (2 if underline[0] == "=" else 3), match.group("underlined")
        yield HeadingLine(match.start(), match.end(), level, title.strip(" \t\r"))
