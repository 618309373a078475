"""What a line is: the one definition every line number and column of the package uses.

A line ends at ``\\n``, at ``\\r\\n`` or at a ``\\r`` alone: the line ends of Python's
universal newlines (Unix, Windows and old Mac OS files). ``\\r\\n`` is one line end,
counted where its ``\\n`` stands, so that a stretch of text cut between its two
characters counts it once. The other characters that :meth:`str.splitlines` splits at
(form feed, vertical tab, ``\\x85``, ``\\u2028``, …) do not end a line here, as they do
not for editors, ``grep -n`` or Python's own ``open``.

Counting uses :meth:`str.count` and :meth:`str.rfind` (no loop over characters), and a
text without ``\\r`` pays for one search for it.

>>> text = "one\\rtwo\\r\\nthree\\nfour"
>>> line_breaks(text, 0, len(text)), line_start(text, 16), position(text, 16)
(3, 15, (4, 2))

Readers that look for a paragraph or a line end in the text (``\\n`` in their patterns)
read :func:`as_newlines` of it, whose offsets are those of the text.

>>> as_newlines("one\\rtwo\\r\\nthree")
'one\\ntwo\\r\\nthree'
"""

from __future__ import annotations

import re

#: One line end, as a pattern: ``\r\n`` first, so that it is one match.
LINE_BREAK = re.compile(r"\r\n|\r|\n")

_LONE_CR = re.compile(r"\r(?!\n)")


def line_breaks(text: str, start: int, end: int) -> int:
    """How many line ends end in ``text[start:end]``: a ``\\r`` at ``end - 1`` followed
    by ``\\n`` in the text is part of the line end of that ``\\n``, not one of its own.

    >>> line_breaks("a\\r\\nb", 0, 2), line_breaks("a\\r\\nb", 0, 3), line_breaks("a\\rb", 0, 2)
    (0, 1, 1)
    """
    newlines = text.count("\n", start, end)
    returns = text.count("\r", start, end)
    if not returns:
        return newlines
    return newlines + returns - text.count("\r\n", start, end + 1)


def line_start(text: str, offset: int, low: int = 0) -> int:
    """The offset where the line holding *offset* starts, *low* if that is before *low*.

    >>> line_start("a\\r\\nb", 2), line_start("a\\r\\nb", 3), line_start("a\\rb", 2)
    (0, 3, 2)
    """
    newline = text.rfind("\n", low, offset)
    cr = text.rfind("\r", max(low, newline), offset)
    if cr != -1 and cr == offset - 1 and text.startswith("\n", offset):  # (inside a "\r\n")
        cr = text.rfind("\r", max(low, newline), cr)
    found = max(newline, cr)
    return low if found == -1 else found + 1


def advance(text: str, start: int, end: int, line: int, column: int) -> tuple[int, int]:
    """The 1-based (line, column) of *end*, given that *start* (``<= end``) stands at
    (*line*, *column*)."""
    breaks = line_breaks(text, start, end)
    if not breaks:
        return line, column + end - start
    return line + breaks, end - line_start(text, end, start) + 1


def position(text: str, offset: int) -> tuple[int, int]:
    """The 1-based (line, column) of *offset* in *text*; columns count characters."""
    return advance(text, 0, offset, 1, 1)


def line_starts(text: str) -> list[int]:
    """The offset of the start of every line of *text*, in order (for a bisection)."""
    return [0, *(match.end() for match in LINE_BREAK.finditer(text))]


def as_newlines(text: str) -> str:
    """*text* with each ``\\r`` that ends a line alone written ``\\n``: the same length
    and the same lines, for readers that know ``\\n`` (and ``\\r\\n``) as line ends.
    The text itself when it has no such ``\\r``."""
    if text is _last_plain[0]:
        return text
    if "\r" not in text:
        if len(text) <= REMEMBERED_AT_MOST:
            _last_plain[0] = text
        return text
    return _LONE_CR.sub("\n", text)


#: The last text :func:`as_newlines` found without a ``\r``: the extractor asks of a
#: page's text, then the checker of the same text (its search cost 5 ms per pass of the
#: bench dump's 40 MB). Kept by identity, one text (a str never changes): the next one
#: without one takes its place.
_last_plain: list[str] = [""]
#: The longest text :func:`as_newlines` remembers: the one it remembers stays in memory
#: until the next, after its check returned; a longer one than a page of a dump (a whole
#: document's) is searched again instead: 0.01 to 0.04 ms a million characters (6
#: December 2026, load 2.4), beside the 20 ms or more of their check.
REMEMBERED_AT_MOST = 1 << 20


def with_line_ends_of(text: str, start: int, end: int, written: str) -> str:
    """*written*, a replacement of ``text[start:end]`` made from ``as_newlines(text)``,
    with its line ends written as ``text[start:end]`` writes them: each ``\\n`` of it
    that stands for a ``\\r`` alone is that ``\\r`` again.

    >>> with_line_ends_of("a\\rb\\nc", 0, 5, "A\\nB\\nC")
    'A\\rB\\nC'
    """
    ends = [match.group() for match in LINE_BREAK.finditer(text, start, end)]
    if "\r" not in ends:
        return written
    pieces = written.split("\n")
    if len(pieces) != len(ends) + 1:
        # (line ends added or taken away: those of the text, if it writes them one way)
        kinds = set(ends)
        if len(kinds) != 1:
            return written
        ends = [kinds.pop()] * (len(pieces) - 1)
    kept = [pieces[0]]
    for line_end, piece in zip(ends, pieces[1:], strict=True):
        kept.append(("\r" if line_end == "\r" else "\n") + piece)
    return "".join(kept)


class Lines:
    """Line and column of offsets asked for in increasing order, counted incrementally:
    all the offsets of a text cost one pass over it.

    >>> lines = Lines("one\\ntwo three\\rfour")
    >>> lines.position(4, 7), lines.position(8, 18)
    ((2, 1, 2, 4), (2, 5, 3, 5))
    """

    __slots__ = ("line", "line_start", "returns", "scanned", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.returns = "\r" in text
        self.line, self.line_start, self.scanned = 1, 0, 0

    def position(self, offset: int, end_offset: int) -> tuple[int, int, int, int]:
        """(line, column, end_line, end_column), 1-based, the end exclusive; *offset* is
        at or after the offset asked for last."""
        text = self.text
        if self.returns:
            newlines = line_breaks(text, self.scanned, offset)
            if newlines:
                self.line += newlines
                self.line_start = line_start(text, offset, self.scanned)
            self.scanned = offset
            line, column = self.line, offset - self.line_start + 1
            end_line, end_column = advance(text, offset, end_offset, line, column)
            return line, column, end_line, end_column
        # (The common text, without "\r": one count per stretch.)
        newlines = text.count("\n", self.scanned, offset)
        if newlines:
            self.line += newlines
            self.line_start = text.rfind("\n", self.scanned, offset) + 1
        self.scanned = offset
        line = self.line
        column = offset - self.line_start + 1
        inside = text.count("\n", offset, end_offset)
        if inside:
            return line, column, line + inside, end_offset - text.rfind("\n", offset, end_offset)
        return line, column, line, column + end_offset - offset


__all__ = [
    "LINE_BREAK",
    "Lines",
    "advance",
    "as_newlines",
    "line_breaks",
    "line_start",
    "line_starts",
    "position",
    "with_line_ends_of",
]
