"""Markdown's code blocks, block quotes and HTML blocks, where CommonMark puts them.

Only a Markdown file has them: a wikitext line that starts with a space, or one of plain
text indented, is prose. The block structure is read line by line as the CommonMark
specification (https://spec.commonmark.org/) reads it, so far as code and quotations
depend on it: block quotes (``>``) and list items hold blocks, and a line of a paragraph
is never code.

- A fenced code block opens with three or more backticks or tildes, indented up to
  three columns, and closes with a line of the same character at least as long and
  nothing else; left open, it runs to the end of the block quote or list item that holds
  it, or of the text.
- An indented code block is lines indented four columns (a tab reaches the next
  multiple of four) beyond their container, which do not continue a paragraph: an
  indented line cannot interrupt one, and a list item's content is indented as far as
  the item's text.
- A block quote is its ``>`` lines and the lines that lazily continue a paragraph in it.
- An HTML block (``<div>``, ``<!--``, ``<pre>``…) is neither: a fence or an indented
  line in it is HTML, which the HTML elements' own protection reads. It is found all
  the same, as an edge that no code span crosses: no line continues it lazily, so one
  in a list item ends with the item (``- <div>a`b`` then ``Run `x`.``: the backtick
  in the block opens no span).
- A paragraph of link reference definitions only (``[label]: /url``) has no setext
  underline: a ``===`` after it is paragraph text. A leading BOM is no character of the
  first line.

The reading costs time in proportion to the text, whatever it holds: each line is
scanned a bounded number of times, however many containers it opens or continues. A
text read in windows (a file too large to hold, :class:`BlockStream`) is read once
through, and each window from where that reading stands at its start: its blocks are
the whole text's. What a line is, is read from its first :data:`LINE_LIMIT` characters
(a line of CommonMark's is read whole), so that a text read in windows holds no more
of a longer line, whether read whole or in windows.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal, Protocol, TypeAlias, TypeVar

#: What a block found is: code (fenced or indented), a block quote or an HTML block.
BlockKind = Literal["code", "quote", "html"]

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_LINE_END = re.compile(r"\r\n|\r|\n")
#: How much of a line tells what it is: a longer one is read by its first characters
#: (a text read in windows then holds no more of a line, whatever its length). An HTML
#: block that a longer line holds is taken to end with that line.
LINE_LIMIT = 1 << 16
_ATX_HEADING = re.compile(r"#{1,6}(?:[ \t]|$)")
_OPENING_FENCE = re.compile(r"(`{3,})[^`]*$|(~{3,})")
_CLOSING_FENCE = re.compile(r"(`{3,}|~{3,})[ \t]*$")
_SETEXT_UNDERLINE = re.compile(r"(?:=+|-+)[ \t]*$")
_THEMATIC_BREAK = re.compile(r"(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_LIST_MARKER = re.compile(r"(?:[*+-]|(?P<number>[0-9]{1,9})[.)])(?=[ \t]|$)")
_NOT_BLANK = re.compile(r"[^ \t]")
_LINK_DEFINITION = re.compile(r"\[(?:[^\\\[\]]|\\.){1,999}\]:")

#: HTML blocks of kinds 1 to 5, each with the text that ends it (on any of its lines).
_HTML_UNTIL = (
    (
        re.compile(r"<(?:pre|script|style|textarea)(?:[ \t>]|$)", re.I),
        re.compile(r"</(?:pre|script|style|textarea)>", re.I),
    ),
    (re.compile(r"<!--"), re.compile(r"-->")),
    (re.compile(r"<\?"), re.compile(r"\?>")),
    (re.compile(r"<![A-Za-z]"), re.compile(r">")),
    (re.compile(r"<!\[CDATA\["), re.compile(r"\]\]>")),
)
#: HTML blocks of kind 6, which end at a blank line and may interrupt a paragraph.
_HTML_BLOCK_TAG = re.compile(
    r"</?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col"
    r"|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form"
    r"|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem"
    r"|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td"
    r"|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|/>|$)",
    re.I,
)
#: HTML blocks of kind 7: a whole tag alone on its line; they cannot interrupt a paragraph.
_HTML_LONE_TAG = re.compile(
    r"(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][A-Za-z0-9_.:-]*"
    r"(?:[ \t]*=[ \t]*(?:[^ \t\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)*[ \t]*/?>"
    r"|</[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$"
)


@dataclass(frozen=True, slots=True)
class Block:
    """``text[start:end]`` is a code block, a block quote or an HTML block, whole lines
    without the last line's end."""

    start: int
    end: int
    kind: BlockKind


@dataclass(frozen=True, slots=True)
class MarkdownStart:
    """Where a window of a longer Markdown text starts, as the reading of the whole text
    left it: the reader at the start of the window's first line (placed so that the
    line starts at 0), and that line's text before the window."""

    reader: _BlockReader
    prefix: str


#: How a text is read: not as Markdown (``False``), as a whole Markdown text (``True``),
#: or as a window of one (:class:`MarkdownStart`).
MarkdownReading: TypeAlias = bool | MarkdownStart


def markdown_blocks(text: str, start: MarkdownStart | None = None) -> list[Block]:
    """The code blocks, block quotes and HTML blocks of the Markdown *text*, in the order
    they end; *start*: *text* is a window of a longer text, whose blocks are read as the
    whole text's reading gives them (cut at the window's start).

    >>> text = "Notes:\\n\\n    1 May 1700\\n\\n> 2 May 1700\\n~~~\\n3 May"
    >>> [(b.kind, text[b.start : b.end]) for b in markdown_blocks(text)]
    [('code', '    1 May 1700'), ('quote', '> 2 May 1700'), ('code', '~~~\\n3 May')]
    >>> text = "- <div>1 May 1700\\nRun 2 May"
    >>> [(b.kind, text[b.start : b.end]) for b in markdown_blocks(text)]
    [('html', '- <div>1 May 1700')]
    """
    if start is None:
        reader = _BlockReader()
        _read_lines(reader, text)
    else:
        reader = start.reader.copy(0)
        _read_lines(reader, start.prefix + text)
    reader.close_from(0)
    reader.close_leaf()
    if start is None:
        return reader.found
    shift = len(start.prefix)
    return [
        Block(max(block.start - shift, 0), block.end - shift, block.kind)
        for block in reader.found
        if block.end > shift
    ]


def _read_lines(reader: _BlockReader, text: str, limit: int | None = None) -> int:
    """Give *reader* the lines of *text* (the last one ended by the text's end), or with
    a *limit* only the lines ended before it by a line end; where the lines read end."""
    position = 0
    for line in _LINE.finditer(text):
        if limit is not None and (
            line.end() > limit
            or not line.group().endswith(("\n", "\r"))
            or line.end() == len(text)  # (a "\r" whose "\n" may be in the next chunk)
        ):
            break
        if line.start() == len(text) and line.group() == "":
            break
        body = line.group().rstrip("\r\n")
        reader.read(line.start(), body[:LINE_LIMIT], line.start() + len(body))
        position = line.end()
    return position


class _Piece(Protocol):
    """A piece of a text given in order (``julian_gregorian.streaming.TextChunk``)."""

    @property
    def text(self) -> str: ...


_P = TypeVar("_P", bound=_Piece)


class BlockStream:
    """One reading of the blocks of a Markdown text given in consecutive chunks, for
    windows of it read one after another (:func:`~julian_gregorian.streaming.in_context`).

    Each window gets the reader where the whole text's reading stands at its start
    (:meth:`start_at`), so that it finds the whole text's blocks, whatever a window
    cuts across. Memory holds the text not read yet (from a line start) and the open
    blocks, not the blocks found; of a line longer than :data:`LINE_LIMIT`, only what
    tells what it is.
    """

    def __init__(self) -> None:
        self._reader = _BlockReader()
        self._text = ""  # the text from the first line not read yet
        self._offset = 0  # where ``_text`` starts in the whole text
        # Characters of the first line left out after its first LINE_LIMIT (its end,
        # once come, follows them in ``_text``).
        self._over = 0

    def taking(self, chunks: Iterable[_P]) -> Iterator[_P]:
        """*chunks*, each also kept for the reading."""
        for chunk in chunks:
            if self._over and len(self._text) == LINE_LIMIT:  # (the long line goes on)
                end = _LINE_END.search(chunk.text)
                cut = len(chunk.text) if end is None else end.start()
                self._over += cut
                self._text += chunk.text[cut:]
            else:
                self._text += chunk.text
                self._hold()
            yield chunk

    def _hold(self) -> None:
        """Leave out of a first line longer than LINE_LIMIT all but its start."""
        if self._over or len(self._text) <= LINE_LIMIT:
            return
        end = _LINE_END.search(self._text)
        cut = len(self._text) if end is None else end.start()
        if cut > LINE_LIMIT:
            self._over = cut - LINE_LIMIT
            self._text = self._text[:LINE_LIMIT] + self._text[cut:]

    def start_at(self, offset: int) -> MarkdownStart:
        """The start of a window at *offset* of the whole text, which the chunks taken
        so far reach, and no earlier than the last window's."""
        if self._over:
            end = _LINE_END.match(self._text, LINE_LIMIT)
            whole = LINE_LIMIT + self._over + (0 if end is None else len(end.group()))
            if end is None or end.end() == len(self._text) or self._offset + whole > offset:
                return self._start(offset)  # (the long line is not over before the window)
            self._reader.read(
                self._offset, self._text[:LINE_LIMIT], self._offset + whole - len(end.group())
            )
            self._text = self._text[end.end() :]
            self._offset += whole
            self._over = 0
        read = _read_lines(self._reader, self._text, offset - self._offset)
        self._text = self._text[read:]
        self._offset += read
        self._hold()
        return self._start(offset)

    def _start(self, offset: int) -> MarkdownStart:
        self._reader.found.clear()
        # (of a long line, its start tells what it is: the window's part follows that)
        prefix = self._text[: min(offset - self._offset, LINE_LIMIT)]
        return MarkdownStart(self._reader.copy(-self._offset), prefix)


class _Cursor:
    """A place in one line, counted in characters (``position``) and in columns
    (``column``): a tab reaches the next multiple of four, and may be consumed in part
    (``pending``: its columns not consumed yet)."""

    __slots__ = (
        "_run_column",
        "_run_end",
        "_run_from",
        "_tail",
        "column",
        "line",
        "pending",
        "position",
    )

    def __init__(self, line: str) -> None:
        self.line = line
        self.position = 0
        self.column = 0
        self.pending = 0
        # The white space from ``_run_from`` ends at ``_run_end``, in column
        # ``_run_column``: found once for all the places in it (a line of n list
        # markers is read in n steps, not n * n).
        self._run_from = self._run_end = -1
        self._run_column = 0
        self._tail: tuple[int, str, list[int]] | None = None

    def _run(self) -> None:
        if self._run_from <= self.position <= self._run_end and self._run_from >= 0:
            return
        line, position, column = self.line, self.position, self.column + self.pending
        while position < len(line):
            character = line[position]
            if character == " ":
                column += 1
            elif character == "\t":
                column += 4 - column % 4
            else:
                break
            position += 1
        self._run_from, self._run_end, self._run_column = self.position, position, column

    def indent(self) -> int:
        """How many columns of white space come next."""
        self._run()
        return self._run_column - self.column

    def first(self) -> int:
        """Where the first character that is not white space stands (or the line's end)."""
        self._run()
        return self._run_end

    def blank(self) -> bool:
        return self.first() == len(self.line)

    def at(self, character: str) -> bool:
        """Whether the first character that is not white space is *character*."""
        return self.line.startswith(character, self.first())

    def skip(self, columns: int) -> None:
        """Consume *columns* columns of white space (there are as many)."""
        while columns > 0:
            if self.pending:
                taken = min(self.pending, columns)
            else:
                character = self.line[self.position]
                self.position += 1
                self.pending = 1 if character == " " else 4 - self.column % 4
                taken = min(self.pending, columns)
            self.pending -= taken
            self.column += taken
            columns -= taken

    def skip_characters(self, count: int) -> None:
        """Consume *count* characters that are not white space (a marker)."""
        self.pending = 0
        self.position += count
        self.column += count

    def skip_quote_marker(self, indent: int) -> None:
        """Consume the *indent* columns before a ``>``, the ``>``, and one column of
        white space after it if there is one."""
        self.skip(indent)
        self.skip_characters(1)
        if self.indent():
            self.skip(1)

    def thematic_break(self, start: int) -> bool:
        """Whether the line from *start* is a thematic break: three or more ``*``, ``-``
        or ``_``, the same, and white space. (What the line ends with is found once, for
        every place in it the question is asked at.)"""
        if self._tail is None:
            line = self.line
            last = len(line.rstrip(" \t")) - 1
            mark = line[last] if last >= 0 else ""
            tail = last
            while tail > 0 and line[tail - 1] in (mark, " ", "\t"):
                tail -= 1
            marks = [index for index in range(max(tail, 0), last + 1) if line[index] == mark]
            self._tail = (max(tail, 0), mark, marks)
        tail, mark, marks = self._tail
        if start < tail or mark not in ("*", "-", "_") or not self.line.startswith(mark, start):
            return False
        return len(marks) - bisect_left(marks, start) >= 3


@dataclass(slots=True)
class _Container:
    kind: Literal["quote", "item"]
    start: int
    #: A list item's indentation of its content, in columns.
    width: int = 0
    #: Whether a list item holds a block yet (one that starts with a blank line may not
    #: hold a second one first).
    filled: bool = False


_Leaf = Literal["paragraph", "fence", "indented", "html"]


class _BlockReader:
    """CommonMark's reading of the blocks, line by line: the open containers (block
    quotes and list items, outermost first) and the open leaf block in the innermost.

    Every open container holds the last line read (``held_end``), so each takes its
    end only when it closes.
    """

    def __init__(self) -> None:
        self.found: list[Block] = []
        self.containers: list[_Container] = []
        # The indices of the containers a blank line does not continue (the quotes and
        # the list items holding no block yet), in order: a blank line continues those
        # before the first of them, found without walking every open container.
        self.stoppers: list[int] = []
        self.leaf: _Leaf | None = None
        self.leaf_start = self.leaf_end = 0
        self.held_end = 0  # where the last line read ends
        self.fence = ""  # the opening fence's character, as long as the fence
        self.html_end: re.Pattern[str] | None = None  # None: a blank line ends it
        self.definitions = False  # the open paragraph is only link reference definitions
        self.started = False  # a line was read (the first may start with a BOM)

    def copy(self, shift: int) -> _BlockReader:
        """This reader with no block found, its places moved by *shift*."""
        other = _BlockReader()
        other.containers = [
            _Container(c.kind, c.start + shift, c.width, c.filled) for c in self.containers
        ]
        other.stoppers = self.stoppers.copy()
        other.leaf, other.fence, other.html_end = self.leaf, self.fence, self.html_end
        other.leaf_start, other.leaf_end = self.leaf_start + shift, self.leaf_end + shift
        other.held_end = self.held_end + shift
        other.definitions, other.started = self.definitions, self.started
        return other

    def read(self, start: int, line: str, end: int) -> None:
        """Read the line of the text from *start* to *end* (its line end left out), of
        which *line* is the start (:data:`LINE_LIMIT`) or the whole."""
        if not self.started:
            self.started = True
            if line.startswith("\ufeff"):  # (a byte order mark is no character of the text)
                start, line = start + 1, line[1:]
        self._read(start, line, end)
        if self.leaf == "html" and self.html_end is not None and start + len(line) < end:
            # (its end may stand in the rest of the line, unread: the block is taken to
            # end there, so that a fence after it is code, kept from fixes, rather than
            # HTML whose dates are fixed)
            self.close_leaf()
        self.held_end = end

    def _read(self, start: int, line: str, end: int) -> None:
        cursor = _Cursor(line)
        matched = self._matched(cursor)
        all_matched = matched == len(self.containers)
        if all_matched and self._continues_leaf(cursor, end):
            return
        # With a paragraph open, this line may continue it (lazily, if it is outside the
        # paragraph's containers): an indented line is then no code. Only a line inside
        # them may interrupt it with a setext underline, an empty item or one numbered
        # other than 1.
        paragraph = self.leaf == "paragraph"
        interruptible = paragraph and all_matched
        while True:
            indent = cursor.indent()
            first = cursor.first()
            if indent >= 4:
                if not paragraph and first < len(line):
                    self._start_leaf(matched, "indented", start)
                    self.leaf_end = end
                    return
                break
            if line.startswith(">", first):
                self._start_container(matched, "quote", start)
                matched = len(self.containers)
                cursor.skip_quote_marker(indent)
                paragraph = interruptible = False
                continue
            if self._leaf_starts(cursor, first, matched, (start, end), interruptible):
                return
            marker = _LIST_MARKER.match(line, first)
            if marker is not None and not (
                interruptible
                and (_blank_from(line, marker.end()) or marker["number"] not in (None, "1"))
            ):
                self._start_container(matched, "item", start)
                matched = len(self.containers)
                cursor.skip(indent)
                cursor.skip_characters(marker.end() - first)
                spaces = cursor.indent()
                if cursor.blank() or spaces >= 5:
                    spaces = min(spaces, 1)
                    padding = marker.end() - first + 1
                else:
                    padding = marker.end() - first + spaces
                cursor.skip(spaces)
                self.containers[-1].width = indent + padding
                paragraph = interruptible = False
                continue
            break
        first = cursor.first()
        if not all_matched and paragraph and first < len(line):  # a lazy continuation line
            self.definitions = self.definitions and _is_definition(line, first)
            return
        self.close_from(matched)
        if first == len(line):
            self.close_leaf()
            return
        if self.leaf != "paragraph":
            self._start_leaf(matched, "paragraph", start)
            self.definitions = True
        self.definitions = self.definitions and _is_definition(line, first)

    def _matched(self, cursor: _Cursor) -> int:
        """How many of the open containers *cursor*'s line continues; their markers and
        indentation consumed."""
        for count, container in enumerate(self.containers):
            if cursor.blank():
                return self._blank_matched(cursor, count)
            indent = cursor.indent()
            if container.kind == "quote":
                if indent > 3 or not cursor.at(">"):
                    return count
                cursor.skip_quote_marker(indent)
            elif indent >= container.width:
                cursor.skip(container.width)
            else:
                return count
        return len(self.containers)

    def _blank_matched(self, cursor: _Cursor, count: int) -> int:
        """How many of the open containers the line continues, its first *count*
        matched and only white space left: those up to the next quote or unfilled list
        item (the first filled item takes the white space)."""
        stoppers = self.stoppers
        index = bisect_left(stoppers, count)
        matched = stoppers[index] if index < len(stoppers) else len(self.containers)
        if matched > count:
            cursor.skip(cursor.indent())
        return matched

    def _continues_leaf(self, cursor: _Cursor, end: int) -> bool:
        """Whether the line of *cursor* belongs to the open code or HTML block."""
        if self.leaf == "fence":
            closing = _CLOSING_FENCE.match(cursor.line, cursor.first())
            if cursor.indent() <= 3 and closing is not None:
                fence = closing.group(1)
                if fence[0] == self.fence[0] and len(fence) >= len(self.fence):
                    self.leaf_end = end
                    self.close_leaf()
                    return True
            self.leaf_end = end
            return True
        if self.leaf == "html":
            if self.html_end is None:
                if cursor.blank():
                    return False
                self.leaf_end = end
            # (after the line's container markers: a "> " is no end of "<!DOCTYPE")
            elif self.html_end.search(cursor.line, cursor.position):
                self.leaf_end = end
                self.close_leaf()
            else:
                self.leaf_end = end
            return True
        if self.leaf == "indented":
            if cursor.indent() >= 4:
                self.leaf_end = end
                return True
            return cursor.blank()  # (a blank line ends no code; a trailing one is no code)
        return False

    def _leaf_starts(
        self,
        cursor: _Cursor,
        first: int,
        matched: int,
        edges: tuple[int, int],
        interruptible: bool,
    ) -> bool:
        """Whether the line from *first* starts a heading, a fence, an HTML block or a
        thematic break (which is started, holding the line: *edges*, its start and end).
        *interruptible*: the line may end the open paragraph; when it is lazy (a
        paragraph is open, the line outside its containers) a lone tag continues the
        paragraph instead."""
        start, end = edges
        if not self._leaf_begins(cursor, first, matched, start, interruptible):
            return False
        if self.leaf is not None:
            self.leaf_end = end
        closing = self.html_end if self.leaf == "html" else None
        if closing is not None and closing.search(cursor.line, first):  # (on its first line)
            self.close_leaf()
        return True

    def _leaf_begins(
        self, cursor: _Cursor, first: int, matched: int, start: int, interruptible: bool
    ) -> bool:
        """:meth:`_leaf_starts`, the line's end left to it."""
        line = cursor.line
        lead = line[first : first + 1]
        paragraph = self.leaf == "paragraph"
        if lead == "#" and _ATX_HEADING.match(line, first):
            self._start_leaf(matched, None, start)
            return True
        fence = _OPENING_FENCE.match(line, first) if lead in ("`", "~") else None
        if fence is not None:
            self._start_leaf(matched, "fence", start)
            self.fence = fence.group(1) or fence.group(2)
            return True
        if lead == "<":
            for opening, closing in _HTML_UNTIL:
                if opening.match(line, first):
                    self._start_leaf(matched, "html", start)
                    self.html_end = closing
                    return True
            if _HTML_BLOCK_TAG.match(line, first) or (
                not paragraph and _HTML_LONE_TAG.match(line, first)
            ):
                self._start_leaf(matched, "html", start)
                self.html_end = None
                return True
        # (a paragraph of link reference definitions only is no heading's text)
        if (
            interruptible
            and not self.definitions
            and lead in ("=", "-")
            and _SETEXT_UNDERLINE.match(line, first)
        ):
            self.leaf = None  # the paragraph was a heading
            return True
        if lead in ("*", "-", "_") and cursor.thematic_break(first):
            self._start_leaf(matched, None, start)
            return True
        return False

    def _start_container(self, matched: int, kind: Literal["quote", "item"], start: int) -> None:
        self.close_from(matched)
        self.close_leaf()
        self._fill()
        self.stoppers.append(len(self.containers))
        self.containers.append(_Container(kind, start))

    def _start_leaf(self, matched: int, leaf: _Leaf | None, start: int) -> None:
        self.close_from(matched)
        self.close_leaf()
        self._fill()
        self.leaf = leaf
        self.leaf_start = self.leaf_end = start

    def _fill(self) -> None:
        if self.containers:
            last = self.containers[-1]
            if last.kind == "item" and not last.filled:
                self.stoppers.pop()  # (the last container is the last stopper)
            last.filled = True

    def close_leaf(self) -> None:
        """Close the open leaf block: a code or HTML block is found."""
        if self.leaf in ("fence", "indented"):
            self.found.append(Block(self.leaf_start, self.leaf_end, "code"))
        elif self.leaf == "html":
            self.found.append(Block(self.leaf_start, self.leaf_end, "html"))
        self.leaf = None

    def close_from(self, matched: int) -> None:
        """Close the containers after the first *matched*, and so their open block."""
        if matched == len(self.containers):
            return
        self.close_leaf()
        while len(self.containers) > matched:
            container = self.containers.pop()
            if self.stoppers and self.stoppers[-1] == len(self.containers):
                self.stoppers.pop()
            if container.kind == "quote":
                self.found.append(Block(container.start, self.held_end, "quote"))


def _blank_from(line: str, position: int) -> bool:
    """Whether *line* holds only white space from *position*."""
    return _NOT_BLANK.search(line, position) is None


def _is_definition(line: str, first: int) -> bool:
    """Whether the paragraph line whose text starts at *first* starts a link reference
    definition (``[label]: /url``): a paragraph of these only has no setext heading."""
    return _LINK_DEFINITION.match(line, first) is not None
