"""Markdown's code spans, where CommonMark puts them.

A code span opens with a string of n backticks and closes with the next string of
exactly n backticks (https://spec.commonmark.org/0.31.2/#code-spans): ``` ``a ` b`` ```
is one span, and a string that no string of its length follows is text. A span may
hold line endings, but not leave its paragraph: a blank line (white space or block
quote markers only) or a code block ends the strings' search. A backslash before a
string takes one backtick out of it as an opening (``\\``` opens with one backtick), not
as a closing: inside a span a backslash is text. Code spans and raw HTML are read from
left to right, whichever begins first: a comment (``<!--`` to ``-->``) begun before an
opening holds the backticks in it, and a ``<!--`` in a span is code; a ``<!--`` that
no ``-->`` follows is text.

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
from dataclasses import dataclass

_BACKTICKS = re.compile(r"`+")
_COMMENT_OPENING = "<!--"
_COMMENT_CLOSING = "-->"
#: A blank line: one of white space and ``>`` markers only.
_PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\r(?!\n)|\n)[ \t>]*(?=\r|\n)")


def code_spans(
    text: str, code_blocks: list[tuple[int, int]], in_block: Callable[[int], bool]
) -> list[tuple[int, int]]:
    """``(start, end)`` of each code span of the Markdown *text*, backticks included, in
    order; *code_blocks*: the text's code blocks, which no span enters (*in_block*:
    whether an offset lies in one). A comment that begins before a span's opening holds
    its backticks (CommonMark reads code spans and raw HTML from left to right, whichever
    begins first); a ``<!--`` inside a span is code.

    >>> text = "Run ``git log `x` `` or `nothing.\\n\\nThen `a\\nb` ends <!-- ` --> `c`."
    >>> [text[start:end] for start, end in code_spans(text, [], lambda offset: False)]
    ['``git log `x` ``', '`a\\nb`', '`c`']
    """
    if "`" not in text:
        return []
    # Where a paragraph's strings end: its blank lines and the code blocks' edges.
    bounds = sorted(
        [match.start() for match in _PARAGRAPH_BREAK.finditer(text)]
        + [edge for block in code_blocks for edge in block]
    )
    strings = [
        _Backticks(match.start(), match.end(), bisect_right(bounds, match.start()))
        for match in _BACKTICKS.finditer(text)
        if not in_block(match.start())
    ]
    # The strings that may close a span, by paragraph and length, in order.
    closings: dict[tuple[int, int], deque[int]] = {}
    for index, string in enumerate(strings):
        closings.setdefault((string.part, string.end - string.start), deque()).append(index)
    found = []
    last_closing = text.rfind(_COMMENT_CLOSING)
    position = 0  # where the reading stands: what is before it is read
    index = 0
    while index < len(strings):
        string = strings[index]
        comment = _comment_end(text, position, string.start, in_block, last_closing)
        if comment != -1:
            position = comment
            while index < len(strings) and strings[index].start < position:
                index += 1
            continue
        escaped = _escaped(text, string.start)
        waiting = closings.get((string.part, string.end - string.start - escaped))
        while waiting and waiting[0] <= index:
            waiting.popleft()
        if waiting:
            closing = waiting.popleft()
            found.append((string.start + escaped, strings[closing].end))
            index = closing + 1
            position = strings[closing].end
        else:
            index += 1
            position = string.end
    return found


@dataclass(frozen=True, slots=True)
class _Backticks:
    """A string of backticks, ``text[start:end]``, in the *part*-th paragraph."""

    start: int
    end: int
    part: int


def _comment_end(
    text: str, start: int, stop: int, in_block: Callable[[int], bool], last_closing: int
) -> int:
    """Where the first comment that begins from *start* before *stop*, outside the code
    blocks, ends; -1 if none does (a ``<!--`` that no ``-->`` closes is text, and
    *last_closing* is where the text's last ``-->`` begins)."""
    opening = text.find(_COMMENT_OPENING, start, stop)
    while opening != -1 and in_block(opening):
        opening = text.find(_COMMENT_OPENING, opening + 1, stop)
    if opening == -1:
        return -1
    # (a "<!--" after the last "-->" is not looked for one: n of them cost n steps)
    after = opening + len(_COMMENT_OPENING)
    if after > last_closing:
        return -1
    return text.index(_COMMENT_CLOSING, after) + len(_COMMENT_CLOSING)


def _escaped(text: str, start: int) -> int:
    """1 when the backtick at *start* is escaped by a backslash (an odd number of them
    before it), else 0."""
    position = start
    while position > 0 and text[position - 1] == "\\":
        position -= 1
    return (start - position) % 2
