"""Where something stands in a text: the place an extracted item and a finding share.

It sits at the bottom of the package, beside ``errors``, importing nothing of it, so that
every layer that reports a place in a text (``text`` for items, ``checks`` for findings)
can use the same type.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of a text, by character offsets and by 1-based lines and columns.

    ``text[offset:end_offset]`` is the stretch; ``line``/``column`` are where ``offset``
    stands and ``end_line``/``end_column`` where ``end_offset`` stands, so the end is
    exclusive (``end_column - column == end_offset - offset`` on one line). Columns count
    characters, not bytes.

    >>> from julian_gregorian import extract
    >>> item = extract("Born\\n9 June [O.S. 30 May] 1672.")[0]
    >>> item.span
    Span(offset=5, end_offset=30, line=2, column=1, end_line=2, end_column=26)
    """

    offset: int
    end_offset: int
    line: int
    column: int
    end_line: int
    end_column: int
