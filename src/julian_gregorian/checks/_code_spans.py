"""Markdown's code spans, where CommonMark puts them.

A code span opens with a string of n backticks and closes with the next string of
exactly n backticks (https://spec.commonmark.org/0.31.2/#code-spans): ``` ``a ` b`` ```
is one span, and a string that no string of its length follows is text. A span may
hold line endings, but not leave its block: a blank line (white space or block quote
markers only) or the edge of a code block, a block quote or an HTML block (as
:mod:`~julian_gregorian.checks._markdown_blocks` reads them: an HTML block in a list
item ends with the item, no line continuing it lazily) ends the strings' search. A
backslash before a string
takes one backtick out of it as an opening (``\\``` opens with one backtick), not as a
closing: inside a span a backslash is text.

Code spans, raw HTML and autolinks are read from left to right, whichever begins first
(https://spec.commonmark.org/0.31.2/#raw-html, #autolinks): a construct begun before
an opening holds the backticks in it (``<a title="`">`` and ``<https://a.b/`c>`` open
no span, so a backtick after them is no closing), and a ``<`` in a span is code. Raw
HTML is an open tag (its name, attributes with their quoted, unquoted or no values,
``>`` or ``/>``), a closing tag, a comment (``<!--`` to ``-->``, or the empty ``<!-->``
and ``<!--->``), a processing instruction (``<?`` to ``?>``), a declaration (``<!`` and
a letter, to ``>``) or a CDATA section (``<![CDATA[`` to ``]]>``); an autolink is an
absolute URI or an email address between ``<`` and ``>``. A ``<`` after a backslash
begins none. Like a span, a construct does not leave its paragraph: a quoted value,
comment or instruction that nothing closes in it is text (but for a comment,
instruction, declaration or CDATA section that begins a line: an HTML block, which runs
on to the end of the line of its end, or to a line indented less, where its list item
ends). A block quote's edge ends a paragraph: a ``<!X`` before a quote's line is text,
no declaration that the quote's ``>`` closes. White space in a tag may hold one line
ending; the ``>`` markers of a block quote's lines are read as they stand, not taken off
(a tag over two lines of a block quote may be read otherwise than CommonMark reads it,
but a block quote's text is kept from fixes as a quotation).

The other blocks that end a paragraph (a heading, a new list item, a thematic break, a
table line) are not read here, and a stray backtick in one would pair with the opening
of a span in the next, which then lost its code. So the strings are paired in the
paragraphs that blank lines and the blocks given cut, and again in lines split where
such a block may begin: once with every list item and every ``<`` or ``|`` line, once
as CommonMark reads a paragraph, with only the list items that may interrupt one
(``2.`` may not) and no table or ``<`` line (a ``<b>`` line continues a paragraph; the
HTML blocks are among the blocks given). A span of any reading is code: a stray
backtick in one block no longer costs the next its span, at the cost of a little more
text kept from fixes (a stray backtick in a list item that pairs with one in the next
keeps the text between).

The spans are found in time proportional to the text: each string of backticks is
looked at once as an opening in each reading, and each length's closings are met in
order once; each ``<`` is looked at once in each reading, and the end of a quoted value,
comment or instruction found by bisection among the places of its end string, listed
once (n ``<a x="`` that no quote closes cost n searches, not n times the paragraph). A
window of a file read in chunks pairs the strings from its own start, 24,000 characters
of context before the chunk it reports on: only a paragraph longer than that, its
strings cut by the window's start, may pair them otherwise than the whole.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Callable
from typing import NamedTuple

_BACKTICKS = re.compile(r"`+")
#: An autolink (CommonMark 0.31.2, 6.5): an absolute URI (a scheme of 2 to 32
#: characters, ``:``, no white space, control character, ``<`` or ``>``) or an email
#: address, between ``<`` and ``>``.
_AUTOLINK = re.compile(
    r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\x00-\x20<>\x7f]*"
    r"|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>"
)
#: Raw HTML's tags (6.6). White space in a tag: spaces, tabs and up to one line ending.
_SPACE = r"[ \t]*(?:(?:\r\n|\r|\n)[ \t]*)?"
_OPEN_TAG = re.compile(r"<[A-Za-z][A-Za-z0-9-]*")
_CLOSING_TAG = re.compile(rf"</[A-Za-z][A-Za-z0-9-]*{_SPACE}>")
#: An attribute, after white space, as far as its value's opening quote (``value``) or
#: through its unquoted value.
_ATTRIBUTE = re.compile(
    rf"(?=[ \t\r\n]){_SPACE}[A-Za-z_:][A-Za-z0-9_.:-]*"
    rf"(?:{_SPACE}={_SPACE}(?P<value>[\"']|[^ \t\r\n\"'=<>`]+))?"
)
_TAG_END = re.compile(rf"{_SPACE}/?>")


class _Declaration(NamedTuple):
    """Raw HTML that begins with ``<!`` or ``<?`` and runs on to the first *closing*
    (none: the *opening* is all of it)."""

    opening: re.Pattern[str]
    closing: str


#: Comments (the empty ``<!-->`` and ``<!--->`` first), CDATA sections, declarations,
#: processing instructions.
_DECLARATIONS = (
    _Declaration(re.compile("<!---?>"), ""),
    _Declaration(re.compile("<!--"), "-->"),
    _Declaration(re.compile(r"<!\[CDATA\["), "]]>"),
    _Declaration(re.compile("<![A-Za-z]"), ">"),
    _Declaration(re.compile(r"<\?"), "?>"),
)
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
    text: str, blocks: list[tuple[int, int]], in_block: Callable[[int], bool]
) -> list[tuple[int, int]]:
    """``(start, end)`` of each code span of the Markdown *text*, backticks included, in
    order of start; *blocks*: the text's code blocks, block quotes and HTML blocks, whose
    edges no span crosses (*in_block*: whether an offset lies in code, which no span
    enters). Raw HTML (a tag, a comment…) or an
    autolink that begins before a span's opening holds its backticks (CommonMark reads
    them from left to right, whichever begins first); a ``<`` inside a span is code. The
    spans of the readings (see the module) may overlap.

    >>> text = "Run ``git log `x` `` or `nothing.\\n\\nThen `a\\nb` ends <!-- ` --> `c`."
    >>> [text[start:end] for start, end in code_spans(text, [], lambda offset: False)]
    ['``git log `x` ``', '`a\\nb`', '`c`']
    >>> text = 'See <a title="`">it</a> or <https://a.b/`c> and `run` it.'
    >>> [text[start:end] for start, end in code_spans(text, [], lambda offset: False)]
    ['`run`']
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
    # Where a paragraph's strings end: its blank lines and the blocks' edges.
    paragraph_bounds = sorted(
        [match.start() for match in _PARAGRAPH_BREAK.finditer(text)]
        + [edge for block in blocks for edge in block]
    )
    paragraphs = [bisect_right(paragraph_bounds, start) for start, _ in strings]
    occurrences = _Occurrences(text)
    found = _pairs(text, strings, paragraphs, paragraph_bounds, in_block, occurrences)
    for edges in _block_edges(text):
        found += _pairs_again(
            text, strings, paragraphs, paragraph_bounds, edges, in_block, occurrences
        )
    return sorted(set(found))


def _pairs_again(
    text: str,
    strings: list[tuple[int, int]],
    paragraphs: list[int],
    paragraph_bounds: list[int],
    edges: list[int],
    in_block: Callable[[int], bool],
    occurrences: _Occurrences,
) -> list[tuple[int, int]]:
    """The spans of a reading that *edges* cut the paragraphs in, read again only in
    the paragraphs that an edge cuts: between their strings, before them (a comment may
    then end sooner) or after them (raw HTML begun before the strings, ``<?x `a``
    closed by a ``?>`` in a list item of the next line, is text in its block, and its
    backticks open spans)."""
    block_bounds = sorted(paragraph_bounds + edges)
    blocks = [bisect_right(block_bounds, start) for start, _ in strings]
    split = {
        paragraph
        for paragraph in set(paragraphs)
        if _cut(block_bounds, paragraph_bounds, paragraph)
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
        occurrences,
    )


def _cut(block_bounds: list[int], paragraph_bounds: list[int], paragraph: int) -> bool:
    """Whether a bound of the block reading lies inside the *paragraph*-th paragraph."""
    start = paragraph_bounds[paragraph - 1] if paragraph else 0
    first = bisect_right(block_bounds, start)
    if first == len(block_bounds):
        return False
    return paragraph == len(paragraph_bounds) or block_bounds[first] < paragraph_bounds[paragraph]


def _block_edges(text: str) -> tuple[list[int], list[int]]:
    """Where each line that may begin a block begins, and where those of one line end:
    every list item's line, then only those of a list item that may interrupt a
    paragraph (an ordered one numbered 1: ``2. `` in a paragraph's line is its text)
    and of no ``<`` or ``|`` line (CommonMark has no tables, and the HTML blocks are
    among the blocks' edges that every reading has: a ``<b>`` line is a paragraph's)."""
    edges: list[int] = []
    interrupting: list[int] = []
    for match in _BLOCK_LINE.finditer(text):
        start = match.start("line")
        edges.append(start)
        alone = match.group("alone")
        number = match.group("number")
        other = alone in ("<", "|")
        if (number is None or int(number) == 1) and not other:
            interrupting.append(start)
        if alone is not None:
            end = _LINE_END.search(text, start)
            edges.append(len(text) if end is None else end.start())
            if not other:
                interrupting.append(edges[-1])
    return edges, interrupting


def _pairs(
    text: str,
    strings: list[tuple[int, int]],
    parts: list[int],
    bounds: list[int],
    in_block: Callable[[int], bool],
    occurrences: _Occurrences,
) -> list[tuple[int, int]]:
    """The code spans of one reading: *strings* of backticks, in order, paired within
    their *parts* (those that *bounds* cut the text into)."""
    # The strings that may close a span, by part and length, in order.
    closings: dict[tuple[int, int], deque[int]] = {}
    for index, (start, end) in enumerate(strings):
        closings.setdefault((parts[index], end - start), deque()).append(index)
    raw_html = _RawHtml(text, bounds, in_block, occurrences)
    found = []
    position = 0  # where the reading stands: what is before it is read
    index = 0
    while index < len(strings):
        start, end = strings[index]
        construct = raw_html.end(position, start)
        if construct != -1:
            position = construct
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


class _Occurrences:
    """Where the strings that end a construct (a quote, ``-->``, ``?>``…) stand in the
    text, each listed once, when first asked for, for all the readings: a construct's
    end is then found in one search, however many left open before it (n ``<a x="`` with
    no closing quote cost n searches, not n times the paragraph)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._found: dict[str, list[int]] = {}

    def next(self, needle: str, start: int) -> int:
        """Where the first *needle* from *start* begins; -1 if none does."""
        found = self._found.get(needle)
        if found is None:
            found = self._found[needle] = [
                match.start() for match in re.finditer(re.escape(needle), self._text)
            ]
        index = bisect_left(found, start)
        return found[index] if index < len(found) else -1


class _RawHtml:
    """The raw HTML and autolinks of one reading, asked for in order of place."""

    def __init__(
        self,
        text: str,
        bounds: list[int],
        in_block: Callable[[int], bool],
        occurrences: _Occurrences,
    ) -> None:
        self._text = text
        self._bounds = bounds
        self._in_block = in_block
        self._occurrences = occurrences

    def end(self, start: int, stop: int) -> int:
        """Where the first construct that begins from *start* before *stop*, outside the
        code blocks and not after a backslash, ends; -1 if none does."""
        text = self._text
        opening = text.find("<", start, stop)
        while opening != -1:
            if not self._in_block(opening) and not _escaped(text, opening):
                end = self._construct_end(opening)
                if end != -1:
                    return end
            opening = text.find("<", opening + 1, stop)
        return -1

    def _construct_end(self, opening: int) -> int:
        """Where the autolink or raw HTML that begins at *opening* ends, within its part;
        -1 if none begins there (CommonMark tries the autolink first)."""
        text = self._text
        part = bisect_right(self._bounds, opening)
        part_end = self._bounds[part] if part < len(self._bounds) else len(text)
        autolink = _AUTOLINK.match(text, opening, part_end)
        if autolink is not None:
            return autolink.end()
        following = text[opening + 1 : opening + 2]
        if following in ("!", "?"):
            return self._declaration_end(opening, part_end)
        tag = (_CLOSING_TAG if following == "/" else _OPEN_TAG).match(text, opening, part_end)
        if tag is None:
            return -1
        return tag.end() if following == "/" else self._attributes_end(tag.end(), part_end)

    def _attributes_end(self, position: int, part_end: int) -> int:
        """Where an open tag whose name ends at *position* ends: its attributes, each
        quoted value to its closing quote in the part, then ``>`` or ``/>``."""
        text = self._text
        while (attribute := _ATTRIBUTE.match(text, position, part_end)) is not None:
            position = attribute.end()
            quote = attribute.group("value")
            if quote in ('"', "'"):
                closing = self._occurrences.next(quote, position)
                if closing == -1 or closing >= part_end:
                    return -1
                position = closing + 1
        end = _TAG_END.match(text, position, part_end)
        return -1 if end is None else end.end()

    def _declaration_end(self, opening: int, part_end: int) -> int:
        """Where the comment, processing instruction, declaration or CDATA section that
        begins at *opening* ends: one that no end closes in its part is text, but for
        one that begins a line, an HTML block, which runs on to the end of its end's
        line (there the end is looked for from the ``<``: ``<?>`` ends its block), or
        to the end of its list item (:func:`_item_end`), whichever comes first."""
        text = self._text
        for kind in _DECLARATIONS:
            begun = kind.opening.match(text, opening)
            if begun is not None:
                break
        else:
            return -1
        block = _begins_line(text, opening)
        end = begun.end()
        if kind.closing:
            closing = self._occurrences.next(kind.closing, opening if block else end)
            if closing == -1:
                return -1
            end = closing + len(kind.closing)
        if block:
            item_end = _item_end(text, opening, end)
            if item_end != -1:
                return item_end
            line_end = _LINE_END.search(text, end)
            return len(text) if line_end is None else line_end.start()
        return end if end <= part_end else -1


#: A line indented less than 1, 2 or 3 spaces (and not blank), from the line end before it.
_LESS_INDENTED = tuple(
    re.compile(rf"(?:\r\n?|\n)[ \t]{{0,{indent - 1}}}(?=[^ \t\r\n])") for indent in (1, 2, 3)
)


def _item_end(text: str, opening: int, end: int) -> int:
    """Where the list item that an HTML block beginning at *opening*, indented, may stand
    in ends before the block's *end*: at the first line after it indented less, which
    no HTML block continues (``- a\n  <?x``, then ``Run `12/25 May 1700`.`` and a
    later ``?>``: the span is code); -1 if none does. Read at the top level, such a
    line is still the block's, and its backticks are then taken for code."""
    # (the block begins its line: up to three spaces before it, looked at backwards only
    # that far, as a search back for the line's start would cost the text before it)
    indent = 0
    while indent < 3 and text[opening - indent - 1 : opening - indent] == " ":
        indent += 1
    if indent == 0:
        return -1
    found = _LESS_INDENTED[indent - 1].search(text, opening, end)
    return -1 if found is None else found.start()


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
