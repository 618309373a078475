"""Texts of any size, read in chunks that end at paragraph breaks, places kept exact.

A chunk ends after the last blank line before the size limit (a paragraph break, which
no date shape crosses); a text without one is cut after its last line break, then its
last space, and only a single word longer than the limit is cut inside. Each chunk
knows the offset, line and column of its first character in the whole text, so the
items and findings read in it are moved to their places in the whole text.

A date without a year takes one from its paragraph or section, which may begin in the
chunk before or end in the chunk after: :func:`in_context` gives each chunk with
:data:`CONTEXT_CHARACTERS` of the text on either side, more than the context look-up
reaches (``text.context``: 20,000 characters), so that a date read in its chunk gets
the year it gets in the whole text; only the items that start in the chunk itself are
kept.

>>> import io
>>> text = "In 1700 it began.\\n\\nOn 6 November [O.S. 24 October] 1917 they rose.\\n"
>>> [(c.offset, c.line, c.column) for c in read_chunks(io.StringIO(text), 50)]
[(0, 1, 1), (19, 3, 1)]
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TextIO, TypeVar

from julian_gregorian._line_breaks import advance
from julian_gregorian.checks.findings import Finding, Fix
from julian_gregorian.text.items import Item, Side

#: Characters per chunk: a few times this in memory, whatever the size of the text.
CHUNK_CHARACTERS = 4 << 20

#: Characters of the text read on either side of a chunk: the context look-up's reach of
#: 20,000 characters around a date, the month word up to 40 before a year, and a margin.
CONTEXT_CHARACTERS = 24_000

# (The first line end is not the "\r" of a "\r\n": that "\n" is no line of its own.)
_BLANK_LINE = re.compile(r"(?:\r\n|\r(?!\n)|\n)[ \t\f\v]*(?:\r\n?|\n)")
_SPACE = re.compile(r"\s")


@dataclass(frozen=True)
class TextChunk:
    """Part of a text and where it starts in the whole: offset, 1-based line and column."""

    text: str
    offset: int
    line: int
    column: int


def cut_point(text: str, limit: int) -> int:
    """Where a chunk of *text* that may hold *limit* characters ends (``0 < result <= limit``).

    After the last blank line before *limit*, else after the last line break, else after
    the last white space, else at *limit*. Line breaks are ``\n``, ``\r\n`` and ``\r``
    (:mod:`julian_gregorian._line_breaks`); a cut may fall between the ``\r`` and the
    ``\n`` of one, counted once all the same.
    """
    blank = _last(_BLANK_LINE, text, limit // 2, limit) or _last(_BLANK_LINE, text, 0, limit)
    if blank is not None:
        return blank
    newline = max(text.rfind("\n", 0, limit), text.rfind("\r", 0, limit))
    if newline != -1:
        return newline + 1
    return _last(_SPACE, text, limit // 2, limit) or limit


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> int | None:
    """The end of the last match of *pattern* in ``text[start:end]``, if any."""
    found = deque(pattern.finditer(text, start, end), maxlen=1)
    return found[0].end() if found else None


def read_chunks(stream: TextIO, chunk_characters: int | None = None) -> Iterator[TextChunk]:
    """The text of *stream* in chunks of at most *chunk_characters*, cut at paragraph breaks.

    Open the file with ``newline=""`` so that offsets count ``\\r\\n`` as two characters,
    as they are in the whole text. *chunk_characters* defaults to :data:`CHUNK_CHARACTERS`.
    """
    if chunk_characters is None:
        chunk_characters = CHUNK_CHARACTERS
    buffer = ""
    offset, line, column = 0, 1, 1
    ended = False
    while not ended:
        data = stream.read(chunk_characters)
        ended = not data
        buffer += data
        # (A character past the chunk is held: the lines are counted with it, so that a
        # "\r\n" cut in two is one line end.)
        while buffer and (len(buffer) > chunk_characters or ended):
            whole = ended and len(buffer) <= chunk_characters
            cut = len(buffer) if whole else cut_point(buffer, chunk_characters)
            yield TextChunk(buffer[:cut], offset, line, column)
            offset += cut
            line, column = advance(buffer, 0, cut, line, column)
            buffer = buffer[cut:]


def _after(chunk: TextChunk, text: str, end: int) -> TextChunk:
    """Where ``text[end:]`` starts, *text* starting where *chunk* does."""
    line, column = advance(text, 0, end, chunk.line, chunk.column)
    return TextChunk("", chunk.offset + end, line, column)


@dataclass(frozen=True)
class ChunkInContext:
    """A chunk inside a window of the text around it.

    ``window`` holds the text before the chunk, the chunk and the text after it, placed
    in the whole text; the chunk is ``window.text[start:end]``.
    """

    window: TextChunk
    start: int
    end: int

    @property
    def text(self) -> str:
        """The chunk's own text."""
        return self.window.text[self.start : self.end]

    def owns(self, offset: int) -> bool:
        """Whether *offset* in the window lies in the chunk itself."""
        return self.start <= offset < self.end


def in_context(chunks: Iterator[TextChunk], context: int | None = None) -> Iterator[ChunkInContext]:
    """Each of *chunks* (consecutive, as :func:`read_chunks` gives them) with up to
    *context* characters (default :data:`CONTEXT_CHARACTERS`) of the text before and
    after it.

    Memory holds the chunk, the chunks it needs ahead and *context* characters behind.
    """
    if context is None:
        context = CONTEXT_CHARACTERS
    behind = TextChunk("", 0, 1, 1)  # the text before the next chunk, placed
    ahead: deque[TextChunk] = deque()
    ended = False
    while True:
        while not ended and (
            len(ahead) < 2 or sum(len(c.text) for c in ahead) - len(ahead[0].text) < context
        ):
            following = next(chunks, None)
            if following is None:
                ended = True
            else:
                ahead.append(following)
        if not ahead:
            return
        chunk = ahead.popleft()
        after = "".join(c.text for c in ahead)[:context]
        before = behind.text if behind.offset + len(behind.text) == chunk.offset else ""
        start = chunk.offset - len(before)
        window = TextChunk(before + chunk.text + after, start, behind.line, behind.column)
        if not before:
            window = replace(window, line=chunk.line, column=chunk.column)
        yield ChunkInContext(window, len(before), len(before) + len(chunk.text))
        kept = before + chunk.text
        dropped = max(0, len(kept) - context)
        behind = replace(_after(window, kept, dropped), text=kept[dropped:])


Placed = TypeVar("Placed", Item, Finding)


def _side(side: Side | None, by: int) -> Side | None:
    if side is None or side.offset is None or side.end_offset is None:
        return side
    return replace(side, offset=side.offset + by, end_offset=side.end_offset + by)


def placed(found: Placed, chunk: TextChunk) -> Placed:
    """*found* (an item or a finding read in *chunk*) at its place in the whole text."""
    if chunk.offset == 0:
        return found
    moved = replace(
        found,
        offset=found.offset + chunk.offset,
        end_offset=found.end_offset + chunk.offset,
        line=found.line + chunk.line - 1,
        column=found.column + (chunk.column - 1 if found.line == 1 else 0),
        end_line=found.end_line + chunk.line - 1,
        end_column=found.end_column + (chunk.column - 1 if found.end_line == 1 else 0),
    )
    if isinstance(moved, Item):
        year = moved.year_offset
        return replace(
            moved,
            old_style=_side(moved.old_style, chunk.offset),
            new_style=_side(moved.new_style, chunk.offset),
            year_offset=None if year is None else year + chunk.offset,
        )
    fix = moved.fix
    if fix is not None:
        fix = Fix(fix.offset + chunk.offset, fix.end_offset + chunk.offset, fix.replacement)
    item = moved.item
    return replace(moved, fix=fix, item=None if item is None else placed(item, chunk))
