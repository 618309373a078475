"""Stage 4, finish: the line and column of each item, counted in one pass over the text."""

from __future__ import annotations


class Lines:
    """Line and column of offsets asked for in increasing order, counted incrementally:
    all the offsets of a text cost one pass over it.

    >>> lines = Lines("one\\ntwo three\\nfour")
    >>> lines.position(4, 7), lines.position(8, 18)
    ((2, 1, 2, 4), (2, 5, 3, 5))
    """

    __slots__ = ("line", "line_start", "scanned", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.line, self.line_start, self.scanned = 1, 0, 0

    def position(self, offset: int, end_offset: int) -> tuple[int, int, int, int]:
        """(line, column, end_line, end_column), 1-based, the end exclusive; *offset* is
        at or after the offset asked for last."""
        text = self.text
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
