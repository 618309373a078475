"""Markdown's code spans, where CommonMark puts them.

A code span opens with a string of n backticks and closes with the next string of
exactly n backticks (https://spec.commonmark.org/0.31.2/#code-spans): ``` ``a ` b`` ```
is one span, and a string that no string of its length follows is text. A span may
hold line endings, but not leave its block: a blank line (white space or block quote
markers only) or a code block ends the strings' search. A backslash before a string
takes one backtick out of it as an opening (``\\``` opens with one backtick), not as a
closing: inside a span a backslash is text. Code spans and comments are read from left
to right, whichever begins first: a comment (``<!--`` to ``-->``, or the empty
``<!-->`` and ``<!--->``) begun before an opening holds the backticks in it, and a
``<!--`` in a span is code; a ``<!--`` that no ``-->`` follows in its paragraph is text
(one that begins a line begins an HTML block, which runs on to the end of the line of
its ``-->``).

The other blocks that end a paragraph (a heading, a new list item, a thematic break, an
HTML or table line) are not read here, and a stray backtick in one would pair with the
opening of a span in the next, which then lost its code. So the strings are paired in
the blank lines' paragraphs, and again in lines split where such a block may begin
(once with every list item, once with only those that may interrupt a paragraph:
``2.`` may not), and a span of any reading is code: a stray backtick in one block no
longer costs the next its span, at the cost of a little more text kept from fixes (a
stray backtick in a list item that pairs with one in the next keeps the text between).

The spans are found in time proportional to the text: each string of backticks is
looked at once as an opening in each reading, and each length's closings are met in
order once. A window of a file read in chunks pairs the strings from its own start,
24,000 characters of context before the chunk it reports on: only a paragraph longer
than that, its strings cut by the window's start, may pair them otherwise than the whole.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import deque
from collections.abc import Callable

_BACKTICKS = re.compile(r"`+")
_COMMENT_OPENING = "<!--"
_COMMENT_CLOSING = "-->"
#: A blank line: one of white space and ``>`` markers only.
_PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\r(?!\n)|\n)[ \t>]*(?=\r|\n)")
#: A line that may begin a block ending a paragraph, group ``alone`` when the block is
#: that line only: a list item (``number``: an ordered one's), or an ATX heading, a
#: thematic break or setext underline, an HTML or a table line (a line of an HTML block
#: is no paragraph's either).
_BLOCK_LINE = re.compile(
    r"(?:\A|\r\n?|\n)(?P<line>[ \t]*(?:"
    r"(?:[*+-]|(?P<number>[0-9]{1,9})[.)])(?=[ \t\r\n]|\Z)"
    r"|(?P<alone>\#{1,6}(?=[ \t\r\n]|\Z)|[<|]"
    r"|(?:(?:[*_=-][ \t]*){3,}|=+[ \t]*|-+[ \t]*)(?=[\r\n]|\Z))))"
)
_LINE_END = re.compile(r"\r\n|\r|\n|\Z")


def code_spans(
    text: str, code_blocks: list[tuple[int, int]], in_block: Callable[[int], bool]
) -> list[tuple[int, int]]:
    """``(start, end)`` of each code span of the Markdown *text*, backticks included, in
    order of start; *code_blocks*: the text's code blocks, which no span enters
    (*in_block*: whether an offset lies in one). A comment that begins before a span's
    opening holds its backticks (CommonMark reads code spans and raw HTML from left to
    right, whichever begins first); a ``<!--`` inside a span is code. The spans of the
    readings (see the module) may overlap.

    >>> text = "Run ``git log `x` `` or `nothing.\\n\\nThen `a\\nb` ends <!-- ` --> `c`."
    >>> [text[start:end] for start, end in code_spans(text, [], lambda offset: False)]
    ['``git log `x` ``', '`a\\nb`', '`c`']
    >>> text = "- Lenin`s decree\\n- run `date` now"
    >>> [text[start:end] for start, end in code_spans(text, [], lambda offset: False)]
    ['`s decree\\n- run `', '`date`']
    """
    if "`" not in text:
        return []
    strings = [
        (match.start(), match.end())
        for match in _BACKTICKS.finditer(text)
        if not in_block(match.start())
    ]
    # Where a paragraph's strings end: its blank lines and the code blocks' edges.
    paragraph_bounds = sorted(
        [match.start() for match in _PARAGRAPH_BREAK.finditer(text)]
        + [edge for block in code_blocks for edge in block]
    )
    paragraphs = [bisect_right(paragraph_bounds, start) for start, _ in strings]
    found = _pairs(text, strings, paragraphs, paragraph_bounds, in_block)
    for edges in _block_edges(text):
        found += _pairs_again(text, strings, paragraphs, paragraph_bounds, edges, in_block)
    return sorted(set(found))


def _pairs_again(
    text: str,
    strings: list[tuple[int, int]],
    paragraphs: list[int],
    paragraph_bounds: list[int],
    edges: list[int],
    in_block: Callable[[int], bool],
) -> list[tuple[int, int]]:
    """The spans of a reading that *edges* cut the paragraphs in, read again only in
    the paragraphs that an edge splits, or that one precedes (whose comments may then
    end sooner)."""
    block_bounds = sorted(paragraph_bounds + edges)
    blocks = [bisect_right(block_bounds, start) for start, _ in strings]
    split = {
        paragraphs[index]
        for index in range(len(strings))
        if (
            blocks[index] != blocks[index - 1]
            if index and paragraphs[index] == paragraphs[index - 1]
            else blocks[index] != _part_at(block_bounds, paragraph_bounds, paragraphs[index])
        )
    }
    if not split:
        return []
    again = [index for index in range(len(strings)) if paragraphs[index] in split]
    return _pairs(
        text,
        [strings[index] for index in again],
        [blocks[index] for index in again],
        block_bounds,
        in_block,
    )


def _part_at(block_bounds: list[int], paragraph_bounds: list[int], paragraph: int) -> int:
    """The part of the block reading where the *paragraph*-th paragraph begins."""
    start = paragraph_bounds[paragraph - 1] if paragraph else 0
    return bisect_right(block_bounds, start)


def _block_edges(text: str) -> tuple[list[int], list[int]]:
    """Where each line that may begin a block begins, and where those of one line end:
    every list item's line, then only those of a list item that may interrupt a
    paragraph (an ordered one numbered 1: ``2. `` in a paragraph's line is its text)."""
    edges: list[int] = []
    interrupting: list[int] = []
    for match in _BLOCK_LINE.finditer(text):
        start = match.start("line")
        edges.append(start)
        number = match.group("number")
        if number is None or int(number) == 1:
            interrupting.append(start)
        if match.group("alone") is not None:
            end = _LINE_END.search(text, start)
            edges.append(len(text) if end is None else end.start())
            interrupting.append(edges[-1])
    return edges, interrupting


def _pairs(
    text: str,
    strings: list[tuple[int, int]],
    parts: list[int],
    bounds: list[int],
    in_block: Callable[[int], bool],
) -> list[tuple[int, int]]:
    """The code spans of one reading: *strings* of backticks, in order, paired within
    their *parts* (those that *bounds* cut the text into)."""
    # The strings that may close a span, by part and length, in order.
    closings: dict[tuple[int, int], deque[int]] = {}
    for index, (start, end) in enumerate(strings):
        closings.setdefault((parts[index], end - start), deque()).append(index)
    comments = _Comments(text, bounds, in_block)
    found = []
    position = 0  # where the reading stands: what is before it is read
    index = 0
    while index < len(strings):
        start, end = strings[index]
        comment = comments.end(position, start)
        if comment != -1:
            position = comment
            while index < len(strings) and strings[index][0] < position:
                index += 1
            continue
        escaped = _escaped(text, start)
        waiting = closings.get((parts[index], end - start - escaped))
        while waiting and waiting[0] <= index:
            waiting.popleft()
        if waiting:
            closing = waiting.popleft()
            found.append((start + escaped, strings[closing][1]))
            index = closing + 1
            position = strings[closing][1]
        else:
            index += 1
            position = end
    return found


class _Comments:
    """The comments of one reading, asked for in order of place."""

    def __init__(self, text: str, bounds: list[int], in_block: Callable[[int], bool]) -> None:
        self._text = text
        self._bounds = bounds
        self._in_block = in_block
        # (the next "-->" from where it was last looked for: n "<!--" cost n steps)
        self._closing = -1

    def end(self, start: int, stop: int) -> int:
        """Where the first comment that begins from *start* before *stop*, outside the
        code blocks, ends; -1 if none does. A ``<!--`` that no ``-->`` closes in its part
        is text, but for one that begins a line: an HTML block, to its ``-->``."""
        text = self._text
        opening = text.find(_COMMENT_OPENING, start, stop)
        while opening != -1:
            if not self._in_block(opening):
                end = self._comment_end(opening)
                if end != -1:
                    return end
            opening = text.find(_COMMENT_OPENING, opening + 1, stop)
        return -1

    def _comment_end(self, opening: int) -> int:
        text = self._text
        for empty in ("<!-->", "<!--->"):  # (CommonMark 0.31.2 and HTML: comments)
            if text.startswith(empty, opening):
                return opening + len(empty)
        after = opening + len(_COMMENT_OPENING)
        if self._closing < after:
            found = text.find(_COMMENT_CLOSING, after)
            self._closing = len(text) if found == -1 else found
        if self._closing == len(text):
            return -1
        end = self._closing + len(_COMMENT_CLOSING)
        if _begins_line(text, opening):  # (an HTML block: to the end of the "-->" line)
            line_end = _LINE_END.search(text, end)
            return len(text) if line_end is None else line_end.start()
        part = bisect_right(self._bounds, opening)
        part_end = self._bounds[part] if part < len(self._bounds) else len(text)
        return end if end <= part_end else -1


def _begins_line(text: str, offset: int) -> bool:
    """Whether only up to three spaces stand between *offset* and its line's start
    (looked at backwards no further than that)."""
    position = offset
    while position > 0 and offset - position < 3 and text[position - 1] == " ":
        position -= 1
    return position == 0 or text[position - 1] in "\r\n"


def _escaped(text: str, start: int) -> int:
    """1 when the backtick at *start* is escaped by a backslash (an odd number of them
    before it), else 0."""
    position = start
    while position > 0 and text[position - 1] == "\\":
        position -= 1
    return (start - position) % 2
