"""Where a text's comments are, read from left to right as its markup is read.

MediaWiki's preprocessor reads a page once, from its start: at each place, an HTML
comment (``<!--`` to the next ``-->``, or to the end of the page) or an extension tag
(``<nowiki>``, ``<pre>``, ``<syntaxhighlight>``, ``<source>``, ``<math>``: to its first
closing tag ``</pre>``) begins, whichever comes first, and what it holds is not read
again. A ``<!--`` shown inside ``<nowiki>`` is text, not a comment, and a ``<pre>``
inside a comment is no tag. An extension tag that no closing tag follows is text, and
the reading goes on right after it (``Preprocessor_Hash::buildDomTreeArrayFromText``);
``<!-->`` opens a comment that runs on to the next ``-->``.

An HTML parser finds comments inside every element but the raw text elements
(``<script>``, ``<style>``) and the escapable raw text ones (``<textarea>``,
``<title>``), which run to their first closing tag: inside ``<pre>`` a comment is a
comment, and a ``</pre>`` in it closes nothing; ``<!-->`` and ``<!--->`` are empty
comments. In Markdown, a ``<!--`` in code is text.

Each search goes forward and remembers its answer (:class:`Searches`), so that a page
of n tags left open costs n steps, not n * n.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

#: The elements whose content is text: in wikitext, the extension tags; elsewhere,
#: HTML's raw text elements.
_WIKITEXT_TAGS = ("nowiki", "pre", "syntaxhighlight", "source", "math")
_HTML_TAGS = ("script", "style", "textarea", "title")
#: A comment's opening, or the name of an element whose content is text, ``<!--``
#: included: in wikitext, the extension tags; elsewhere, HTML's raw text elements. The
#: name ends where MediaWiki's does (white space, ``/`` or ``>``: ``<pre-x>`` is no
#: ``<pre>``), and the tag at the first ``>`` after it (:class:`TagEnds`), whatever
#: its attributes hold (``<pre title="a<b">``).
_WIKITEXT_OPENINGS = re.compile(
    rf"<!--|<(?P<tag>{'|'.join(_WIKITEXT_TAGS)})(?=[\s/>])", re.IGNORECASE
)
_HTML_OPENINGS = re.compile(rf"<!--|<(?P<tag>{'|'.join(_HTML_TAGS)})(?=[\s/>])", re.IGNORECASE)
_COMMENT_END = "-->"


class Searches:
    """Forward searches in one text, each pattern's last answer remembered: asked again
    from a place that answer still follows, the search is not run again. *skip*: whether
    a match starting at an offset is passed over (a closing tag inside a comment)."""

    def __init__(self, text: str, skip: Callable[[int], bool] | None = None) -> None:
        self._text = text
        self._skip = skip
        self._known: dict[re.Pattern[str], tuple[int, re.Match[str] | None]] = {}

    def first(self, pattern: re.Pattern[str], start: int) -> re.Match[str] | None:
        """The first match of *pattern* from *start* that is not passed over."""
        known = self._known.get(pattern)
        if known is not None:
            since, match = known
            if since <= start and (match is None or start <= match.start()):
                return match
        position = start
        while (match := pattern.search(self._text, position)) is not None:
            if self._skip is None or not self._skip(match.start()):
                break
            position = match.end()
        self._known[pattern] = (start, match)
        return match


class TagEnds:
    """Where the opening tags of one text end, asked for in order of place: after the
    first ``>`` from the end of the tag's name, as MediaWiki's preprocessor reads an
    extension tag's attributes (a ``<`` or a quoted ``>`` in them is theirs). The next
    ``>`` is remembered, so that n tags before one ``>`` cost n steps, not n * n."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._next = -2  # (-2: not looked for yet; -1: none follows)

    def end(self, start: int) -> int:
        """The end of the tag whose name ends at *start* (after its ``>``); -1 if no
        ``>`` follows, when no tag does."""
        if self._next != -1 and self._next < start:
            self._next = self._text.find(">", start)
        return -1 if self._next == -1 else self._next + 1


#: The closing tags :attr:`OpenAtStart.closings` knows: those of the elements and tags
#: whose content is protected.
_CLOSINGS = re.compile(
    r"</(nowiki|pre|syntaxhighlight|source|math|script|style|textarea|title|blockquote)\s*>",
    re.IGNORECASE,
)


#: What the first reading of a long text looks for: the closing tags of
#: :data:`_CLOSINGS`, the edges of comments and the openings of the elements whose
#: content is text (their ``>`` within a bound: a longer tag is passed over).
_FIRST_READING = re.compile(
    rf"<!--|-->|{_CLOSINGS.pattern}|<(?P<raw>{'|'.join(_WIKITEXT_TAGS + _HTML_TAGS)})"
    r"(?=[\s/>])[^>]{0,2000}>",
    re.IGNORECASE,
)
#: Characters at the end of a piece read with the next one (a token cut there).
_HELD_BACK = 4096


class LastClosings(NamedTuple):
    """Where the last closing tag of each name (``"pre"``) starts in a long text:
    *anywhere* (what ends an extension tag, whose content holds no comment) and
    *outside_comments* (what ends an element: one in a comment closes nothing)."""

    anywhere: dict[str, int]
    outside_comments: dict[str, int]


def last_closings(pieces: Iterable[tuple[int, str]], *, wikitext: bool) -> LastClosings:
    """Where the last closing tag of each name (``"pre"``) starts in a text given in
    consecutive *pieces* ``(offset, text)``, read as wikitext or not: the answers of
    :attr:`OpenAtStart.closings` and :attr:`OpenAtStart.element_closings`, in one
    reading of a text too long to hold. Comments are read as :func:`markup_regions`
    reads them, but for code (taken for text here), and for an extension tag that no
    closing tag closes (its text taken for its content: the closings after it count
    as outside comments, which protects more).

    >>> last_closings([(0, "<pre>a</pre> <!-- </PRE"), (23, "> --> </nowiki>")], wikitext=True)
    LastClosings(anywhere={'pre': 18, 'nowiki': 29}, outside_comments={'pre': 6, 'nowiki': 29})
    >>> last_closings([(0, "<pre><!-- </pre> <!-- </pre> -->")], wikitext=True).outside_comments
    {'pre': 10}
    """
    found = LastClosings({}, {})
    raw_tags = _WIKITEXT_TAGS if wikitext else _HTML_TAGS
    inside = ""  # ("comment", the name of the element whose text is being read, or "")
    tail = ""  # (the text at the end of a piece, read with the next one)

    def read(held: str, base: int, limit: int) -> int:
        nonlocal inside
        position = 0
        for match in _FIRST_READING.finditer(held):
            if match.start() >= limit:
                break
            position = match.end()
            token, name, raw = match.group(), match.group(1), match.group("raw")
            if name is not None:
                found.anywhere[name.lower()] = base + match.start()
                if inside != "comment":
                    found.outside_comments[name.lower()] = base + match.start()
                inside = "" if inside == name.lower() else inside
            elif inside == "comment":
                inside = "" if token == "-->" else inside
            elif inside:
                continue
            elif token == "<!--":
                # (outside wikitext, "<!-->" and "<!--->" are comments that end there)
                empty = not wikitext and held.startswith((">", "->"), match.end())
                inside = "" if empty else "comment"
            elif raw is not None and raw.lower() in raw_tags and not token.endswith("/>"):
                inside = raw.lower()
        return position

    base = 0
    for offset, text in pieces:
        held = tail + text
        base = offset - len(tail)
        limit = max(0, len(held) - _HELD_BACK)
        kept = max(read(held, base, limit), limit)
        tail, base = held[kept:], base + kept
    read(tail, base, len(tail))
    return found


@functools.cache
def closing_tag(tag: str) -> re.Pattern[str]:
    """``</tag>``, in any case, white space before its ``>`` allowed."""
    return re.compile(rf"</{tag}\s*>", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Carried:
    """Protected markup that a window of a longer text starts inside, as the reading of
    the text before the window left it: what (``"comment"``, or the name of the element
    or extension tag), where it began (at or before 0, in the window) and where it ends
    in the window (``None``: beyond the text read before, looked for in the window)."""

    what: str
    start: int
    end: int | None


@dataclass(frozen=True, slots=True)
class OpenAtStart:
    """What a window of a longer text starts inside: the comment or the extension tag
    (raw text element) being read (*markup*), the protecting element (*element*, read by
    :mod:`~julian_gregorian.checks._safe_scope`) and, outside Markdown, the code between
    backticks (*code*), each ``None`` if none."""

    markup: Carried | None = None
    element: Carried | None = None
    code: Carried | None = None
    #: Where the last closing tag of each name (``"pre"``) in the longer text starts,
    #: placed in the window: a tag opened in the window that none closes in it is
    #: closed beyond it if one comes later.
    closings: Mapping[str, int] = field(default_factory=dict)
    #: The same for the closing tags outside comments: those that close an element.
    element_closings: Mapping[str, int] = field(default_factory=dict)


def comment_spans(
    text: str,
    *,
    wikitext: bool,
    in_code: Callable[[int], bool],
    code_hides_comments: bool = False,
    opened: Carried | None = None,
) -> list[tuple[int, int]]:
    """``(start, end)`` of each comment of *text*, in order, an unclosed one to the end;
    read as wikitext or, not *wikitext*, as HTML. *in_code*: whether an offset lies in
    code, where a tag opens nothing, and with *code_hides_comments* (Markdown's code) a
    ``<!--`` neither. *opened*: the comment or tag *text* starts inside (a window).

    >>> text = "Type <nowiki><!--</nowiki> to open one.<!-- a comment -->"
    >>> nowhere = lambda offset: False
    >>> [text[start:end] for start, end in comment_spans(text, wikitext=True, in_code=nowhere)]
    ['<!-- a comment -->']
    """
    if "<!--" not in text and opened is None:
        return []
    return [
        (start, end)
        for start, end, what in markup_regions(
            text,
            wikitext=wikitext,
            in_code=in_code,
            code_hides_comments=code_hides_comments,
            opened=opened,
        )
        if what == "comment"
    ]


def markup_regions(
    text: str,
    *,
    wikitext: bool,
    in_code: Callable[[int], bool],
    code_hides_comments: bool = False,
    opened: Carried | None = None,
    closings: Mapping[str, int] | None = None,
) -> list[tuple[int, int, str]]:
    """``(start, end, what)`` of each comment (*what* ``"comment"``) and each closed
    extension tag or raw text element (*what* its name) of *text*, in order, read as
    :func:`comment_spans` reads them; *closings*: where the last closing tag of each
    name starts (:attr:`OpenAtStart.closings`), a tag closed beyond *text* running to
    its end."""
    openings = _WIKITEXT_OPENINGS if wikitext else _HTML_OPENINGS
    found: list[tuple[int, int, str]] = []
    position = 0
    if opened is not None:
        position = _carried_end(text, opened)
        found.append((opened.start, position, opened.what))
    later = {} if closings is None else closings
    first_closings = Searches(text)
    tag_ends = TagEnds(text)
    while (opening := openings.search(text, position)) is not None:
        start = opening.start()
        tag = opening.group("tag")
        if (tag is not None or code_hides_comments) and in_code(start):
            position = opening.end()
        elif tag is None:
            position = _comment_end(text, start, wikitext=wikitext)
            found.append((start, position, "comment"))
        else:
            end = tag_ends.end(opening.end())
            if end == -1 or text[end - 2] == "/":  # (no tag, or one with no content)
                position = opening.end() if end == -1 else end
                continue
            name = tag.lower()
            closing = first_closings.first(closing_tag(name), end)
            position = end if closing is None else closing.end()
            if closing is None and later.get(name, -1) >= end:
                position = len(text)  # (closed beyond the window)
            if position != end:
                found.append((start, position, name))
    return found


def _carried_end(text: str, opened: Carried) -> int:
    """Where the comment or tag a window starts inside ends in the window's *text*."""
    if opened.end is not None:
        return opened.end
    if opened.what == "comment":
        end = text.find(_COMMENT_END, max(0, opened.start + len("<!--")))
        return len(text) if end == -1 else end + len(_COMMENT_END)
    closing = closing_tag(opened.what).search(text)
    return len(text) if closing is None else closing.end()


def _comment_end(text: str, start: int, *, wikitext: bool) -> int:
    """Where the comment that begins at *start* ends: at the next ``-->`` after its
    ``<!--``, or at the end of the text. Outside wikitext, ``<!-->`` and ``<!--->`` are
    comments of their own (HTML's tokenizer ends them there, and CommonMark 0.31.2);
    MediaWiki looks for the ``-->`` after the ``<!--``."""
    if not wikitext:
        for empty in ("<!-->", "<!--->"):
            if text.startswith(empty, start):
                return start + len(empty)
    end = text.find(_COMMENT_END, start + len("<!--"))
    return len(text) if end == -1 else end + len(_COMMENT_END)
