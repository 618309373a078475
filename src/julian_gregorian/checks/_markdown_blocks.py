"""Markdown's code blocks and block quotes, where CommonMark puts them.

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
  line in it is HTML, which the HTML elements' own protection reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

#: What a block found is: code (fenced or indented) or a block quote.
BlockKind = Literal["code", "quote"]

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_ATX_HEADING = re.compile(r"#{1,6}(?:[ \t]|$)")
_OPENING_FENCE = re.compile(r"(`{3,})[^`]*$|(~{3,})")
_CLOSING_FENCE = re.compile(r"(`{3,}|~{3,})[ \t]*$")
_SETEXT_UNDERLINE = re.compile(r"(?:=+|-+)[ \t]*$")
_THEMATIC_BREAK = re.compile(r"(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_LIST_MARKER = re.compile(r"(?:[*+-]|(?P<number>[0-9]{1,9})[.)])(?=[ \t]|$)")

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
    """``text[start:end]`` is a code block or a block quote, whole lines without the
    last line's end."""

    start: int
    end: int
    kind: BlockKind


def markdown_blocks(text: str) -> list[Block]:
    """The code blocks and block quotes of the Markdown *text*, in the order they end.

    >>> text = "Notes:\\n\\n    1 May 1700\\n\\n> 2 May 1700\\n~~~\\n3 May"
    >>> [(b.kind, text[b.start : b.end]) for b in markdown_blocks(text)]
    [('code', '    1 May 1700'), ('quote', '> 2 May 1700'), ('code', '~~~\\n3 May')]
    """
    reader = _BlockReader()
    for line in _LINE.finditer(text):
        if line.start() == len(text) and line.group() == "":
            break
        reader.read(line.start(), line.group().rstrip("\r\n"))
    reader.close_from(0)
    reader.close_leaf()
    return reader.found


class _Cursor:
    """A place in one line, counted in characters (``position``) and in columns
    (``column``): a tab reaches the next multiple of four, and may be consumed in part
    (``pending``: its columns not consumed yet)."""

    def __init__(self, line: str) -> None:
        self.line = line
        self.position = 0
        self.column = 0
        self.pending = 0

    def indent(self) -> int:
        """How many columns of white space come next."""
        columns, column = self.pending, self.column + self.pending
        for character in self.line[self.position :]:
            if character == " ":
                step = 1
            elif character == "\t":
                step = 4 - column % 4
            else:
                break
            columns += step
            column += step
        return columns

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

    def rest(self) -> str:
        """The line from the first character that is not white space."""
        return self.line[self.position :].lstrip(" \t")

    def blank(self) -> bool:
        return not self.rest()


@dataclass(slots=True)
class _Container:
    kind: Literal["quote", "item"]
    start: int
    end: int
    #: A list item's indentation of its content, in columns.
    width: int = 0
    #: Whether a list item holds a block yet (one that starts with a blank line may not
    #: hold a second one first).
    filled: bool = False


_Leaf = Literal["paragraph", "fence", "indented", "html"]


class _BlockReader:
    """CommonMark's reading of the blocks, line by line: the open containers (block
    quotes and list items, outermost first) and the open leaf block in the innermost."""

    def __init__(self) -> None:
        self.found: list[Block] = []
        self.containers: list[_Container] = []
        self.leaf: _Leaf | None = None
        self.leaf_start = self.leaf_end = 0
        self.fence = ""  # the opening fence's character, as long as the fence
        self.html_end: re.Pattern[str] | None = None  # None: a blank line ends it

    def read(self, start: int, line: str) -> None:
        end = start + len(line)
        cursor = _Cursor(line)
        matched = self._matched(cursor)
        all_matched = matched == len(self.containers)
        if all_matched and self._continues_leaf(cursor, end):
            self._extend(end)
            return
        # With a paragraph open, this line may continue it (lazily, if it is outside the
        # paragraph's containers): an indented line is then no code. Only a line inside
        # them may interrupt it with a setext underline, an empty item or one numbered
        # other than 1.
        paragraph = self.leaf == "paragraph"
        interruptible = paragraph and all_matched
        while True:
            indent = cursor.indent()
            rest = cursor.rest()
            if indent >= 4:
                if not paragraph and rest:
                    self._start_leaf(matched, "indented", start)
                    self.leaf_end = end
                    self._extend(end)
                    return
                break
            if rest.startswith(">"):
                self._start_container(matched, "quote", start)
                matched = len(self.containers)
                cursor.skip_quote_marker(indent)
                paragraph = interruptible = False
                continue
            if self._leaf_starts(cursor, rest, matched, start, interruptible):
                self._extend(end)
                return
            marker = _LIST_MARKER.match(rest)
            if marker is not None and not (
                interruptible
                and (not rest[marker.end() :].strip() or marker["number"] not in (None, "1"))
            ):
                self._start_container(matched, "item", start)
                matched = len(self.containers)
                cursor.skip(indent)
                cursor.skip_characters(marker.end())
                spaces = cursor.indent()
                if cursor.blank() or spaces >= 5:
                    spaces = min(spaces, 1)
                    padding = marker.end() + 1
                else:
                    padding = marker.end() + spaces
                cursor.skip(spaces)
                self.containers[-1].width = indent + padding
                paragraph = interruptible = False
                continue
            break
        if not all_matched and paragraph and not cursor.blank():  # a lazy continuation line
            self._extend(end)
            return
        self.close_from(matched)
        if cursor.blank():
            self.close_leaf()
            if self.containers:
                self._extend(end)
            return
        if self.leaf != "paragraph":
            self._start_leaf(matched, "paragraph", start)
        self._extend(end)

    def _matched(self, cursor: _Cursor) -> int:
        """How many of the open containers *cursor*'s line continues; their markers and
        indentation consumed."""
        for count, container in enumerate(self.containers):
            indent = cursor.indent()
            if container.kind == "quote":
                if indent > 3 or not cursor.rest().startswith(">"):
                    return count
                cursor.skip_quote_marker(indent)
            elif cursor.blank():
                if not container.filled:
                    return count
                cursor.skip(indent)
            elif indent >= container.width:
                cursor.skip(container.width)
            else:
                return count
        return len(self.containers)

    def _continues_leaf(self, cursor: _Cursor, end: int) -> bool:
        """Whether the line of *cursor* belongs to the open code or HTML block."""
        if self.leaf == "fence":
            closing = _CLOSING_FENCE.match(cursor.rest())
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
            elif self.html_end.search(cursor.line):
                self.leaf = None
            return True
        if self.leaf == "indented":
            if cursor.indent() >= 4:
                self.leaf_end = end
                return True
            return cursor.blank()  # (a blank line ends no code; a trailing one is no code)
        return False

    def _leaf_starts(
        self, cursor: _Cursor, rest: str, matched: int, start: int, interruptible: bool
    ) -> bool:
        """Whether *rest* starts a heading, a fence, an HTML block or a thematic break
        (which is started). *interruptible*: the line may end the open paragraph; when
        it is lazy (a paragraph is open, the line outside its containers) a lone tag
        continues the paragraph instead."""
        paragraph = self.leaf == "paragraph"
        if rest.startswith("#") and _ATX_HEADING.match(rest):
            self._start_leaf(matched, None, start)
            return True
        fence = _OPENING_FENCE.match(rest)
        if fence is not None:
            self._start_leaf(matched, "fence", start)
            self.fence = fence.group(1) or fence.group(2)
            self.leaf_end = start + len(cursor.line)
            return True
        if rest.startswith("<"):
            for opening, closing in _HTML_UNTIL:
                if opening.match(rest):
                    self._start_leaf(matched, "html", start)
                    self.html_end = closing
                    if closing.search(rest):
                        self.leaf = None
                    return True
            if _HTML_BLOCK_TAG.match(rest) or (not paragraph and _HTML_LONE_TAG.match(rest)):
                self._start_leaf(matched, "html", start)
                self.html_end = None
                return True
        if interruptible and _SETEXT_UNDERLINE.match(rest):
            self.leaf = None  # the paragraph was a heading
            return True
        if _THEMATIC_BREAK.match(rest):
            self._start_leaf(matched, None, start)
            return True
        return False

    def _start_container(self, matched: int, kind: Literal["quote", "item"], start: int) -> None:
        self.close_from(matched)
        self.close_leaf()
        self._fill()
        self.containers.append(_Container(kind, start, start))

    def _start_leaf(self, matched: int, leaf: _Leaf | None, start: int) -> None:
        self.close_from(matched)
        self.close_leaf()
        self._fill()
        self.leaf = leaf
        self.leaf_start = self.leaf_end = start

    def _fill(self) -> None:
        if self.containers:
            self.containers[-1].filled = True

    def _extend(self, end: int) -> None:
        """The open containers hold the line ending at *end*."""
        for container in self.containers:
            container.end = end

    def close_leaf(self) -> None:
        """Close the open leaf block: a code block is found."""
        if self.leaf in ("fence", "indented"):
            self.found.append(Block(self.leaf_start, self.leaf_end, "code"))
        self.leaf = None

    def close_from(self, matched: int) -> None:
        """Close the containers after the first *matched*, and so their open block."""
        if matched == len(self.containers):
            return
        self.close_leaf()
        while len(self.containers) > matched:
            container = self.containers.pop()
            if container.kind == "quote":
                self.found.append(Block(container.start, container.end, "quote"))
