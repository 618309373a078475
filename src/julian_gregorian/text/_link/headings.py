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
    for match in HEADING.finditer(text):
        wiki, atx, underline = match.group("wiki", "atx", "underline")
        if wiki is not None:
            level, title = len(wiki), match.group("wiki_title")
        elif atx is not None:
            level, title = len(atx) + 1, match.group("atx_title")
        else:
            level, title = (2 if underline[0] == "=" else 3), match.group("underlined")
        yield HeadingLine(match.start(), match.end(), level, title.strip(" \t\r"))
