"""Markdown's code spans, where CommonMark puts them.

A code span opens with a string of n backticks and closes with the next string of
exactly n backticks (https://spec.commonmark.org/0.31.2/#code-spans): ``` ``a ` b`` ```
is one span, and a string that no string of its length follows is text. A span may
hold line endings, but not leave its paragraph: a blank line (white space or block
quote markers only) or a code block ends the strings' search. A backslash before a
string takes one backtick out of it as an opening (``\\``` opens with one backtick), not
as a closing: inside a span a backslash is text.

The spans are found in time proportional to the text: each string of backticks is
looked at once as an opening, and each length's closings are met in order once. A
window of a file read in chunks pairs the strings from its own start, 24,000
characters of context before the chunk it reports on: only a paragraph longer than
that, its strings cut by the window's start, may pair them otherwise than the whole.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import deque
from collections.abc import Callable

_BACKTICKS = re.compile(r"`+")
#: A blank line: one of white space and ``>`` markers only.
_PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\r(?!\n)|\n)[ \t>]*(?=\r|\n)")


def code_spans(
    text: str, code_blocks: list[tuple[int, int]], in_block: Callable[[int], bool]
) -> list[tuple[int, int]]:
    """``(start, end)`` of each code span of the Markdown *text*, backticks included, in
    order; *code_blocks*: the text's code blocks, which no span enters (*in_block*:
    whether an offset lies in one).

    >>> text = "Run ``git log `x` `` or `nothing.\\n\\nThen `a\\nb` ends."
    >>> [text[start:end] for start, end in code_spans(text, [], lambda offset: False)]
    ['``git log `x` ``', '`a\\nb`']
    """
    if "`" not in text:
        return []
    # Where a paragraph's strings end: its blank lines and the code blocks' edges.
    bounds = sorted(
        [match.start() for match in _PARAGRAPH_BREAK.finditer(text)]
        + [edge for block in code_blocks for edge in block]
    )
    found: list[tuple[int, int]] = []
    paragraph: list[tuple[int, int, int]] = []
    last = -1
    for string in _BACKTICKS.finditer(text):
        start, end = string.span()
        if in_block(start):
            continue
        part = bisect_right(bounds, start)
        if part != last:
            found.extend(_paired(paragraph))
            paragraph = []
            last = part
        paragraph.append((start, end, _escaped(text, start)))
    found.extend(_paired(paragraph))
    return found


def _escaped(text: str, start: int) -> int:
    """1 when the backtick at *start* is escaped by a backslash (an odd number of them
    before it), else 0."""
    position = start
    while position > 0 and text[position - 1] == "\\":
        position -= 1
    return (start - position) % 2


def _paired(strings: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """The spans of one paragraph's backtick strings ``(start, end, escaped)``: each
    opening closed by the next string of its length, the strings between left alone."""
    closings: dict[int, deque[int]] = {}
    for index, (start, end, _) in enumerate(strings):
        closings.setdefault(end - start, deque()).append(index)
    found = []
    index = 0
    while index < len(strings):
        start, end, escaped = strings[index]
        waiting = closings.get(end - start - escaped)
        while waiting and waiting[0] <= index:
            waiting.popleft()
        if waiting:
            closing = waiting.popleft()
            found.append((start + escaped, strings[closing][1]))
            index = closing + 1
        else:
            index += 1
    return found
