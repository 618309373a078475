"""Text an editor must not change: quotations, titles of sources, code, comments.

A date inside a quotation or the title of a cited work is written as the source wrote
it, even when that is wrong (``<blockquote>``, ``<q>``, ``<cite>`` in HTML), and a date
in a comment, ``<nowiki>``, ``<pre>``, ``<code>``, ``<syntaxhighlight>``, ``<math>``,
``<script>``, ``<style>`` or ``{{sic}}`` is not prose at all. The
checker still reads such dates, but a finding on one is at most a warning that says
where it stands, and it carries no fix. An element left open protects the rest of its
paragraph only, and a tag inside Markdown code (`` `<q>` ``) is none. Comments and the
tags whose content is text are read from left to right, as MediaWiki or an HTML parser
reads them (:mod:`julian_gregorian.checks._markup_reading`): a ``<!--`` shown inside
``<nowiki>`` opens no comment. In a Markdown text (``markdown=True``), its code spans
(:mod:`julian_gregorian.checks._code_spans`), its code blocks, fenced or indented, and
its ``>`` block quotes are protected as well
(:mod:`julian_gregorian.checks._markdown_blocks`); in any other, a fence of backticks
and `` `inline code` `` are. ``{{nobots}}``
and ``{{bots|deny=…}}`` say that no tool may edit the page: :func:`bots_denied` tells
``--fix`` to leave it alone.
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from julian_gregorian.checks._code_spans import code_spans
from julian_gregorian.checks._markdown_blocks import MarkdownReading, markdown_blocks
from julian_gregorian.checks._markup_reading import (
    Carried,
    OpenAtStart,
    Searches,
    TagEnds,
    closing_tag,
    markup_regions,
)
from julian_gregorian.checks.findings import Finding
from julian_gregorian.text._read.normalise import template_end, template_name

QUOTATION = "inside a quotation"
CITED_TITLE = "inside the title of a cited work"
COMMENT = "inside an HTML comment"
#: Text shown as written, tags and comments included: a suppression directive there is
#: an example of one, not a directive. In Markdown, its code (``MARKDOWN_LITERAL``); in
#: wikitext, ``<pre>``, ``<nowiki>`` and the extension tags, whose content is not parsed
#: (``WIKITEXT_LITERAL``). Elsewhere a comment is hidden: in HTML's ``<pre>`` and
#: ``<code>``, in wikitext's ``<code>``, and between backticks outside Markdown (TeX's
#: ``\`\`quotes''``, a backtick for an apostrophe).
MARKDOWN_LITERAL = frozenset(("inside code",))
WIKITEXT_LITERAL = frozenset(
    ("inside <pre>", "inside <nowiki>", "inside <syntaxhighlight>", "inside <source>")
)

#: The name of an element that protects its content; the tag ends at the first ``>``
#: after it (:class:`~julian_gregorian.checks._markup_reading.TagEnds`).
_VERBATIM_OPENING = re.compile(
    r"<(?P<tag>nowiki|pre|code|syntaxhighlight|source|math|blockquote|q|cite|script|style)\b",
    re.IGNORECASE,
)
#: Where a paragraph ends: an element left open ends there (prose that mentions ``<q>``
#: or ``<pre>`` opens nothing beyond its paragraph).
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
#: The elements that hold no paragraph (HTML's phrasing content).
_INLINE_TAGS = frozenset(("q", "cite", "code"))
#: The elements that are quotations (``<q>``: inline) or titles of works (``<cite>``).
_TAG_REASONS = {"blockquote": QUOTATION, "q": QUOTATION, "cite": CITED_TITLE}
#: Quotation marks in pairs, within one paragraph: “…”, „…“, „…”, «…», "…".
_QUOTED = re.compile(r"“[^”\n]{1,3000}”|„[^“”\n]{1,3000}[“”]|«[^»\n]{1,3000}»|\"[^\"\n]{1,3000}\"")
_MARKDOWN_CODE = re.compile(r"^```.*?^```|`[^`\n]+`", re.DOTALL | re.MULTILINE)
#: How :func:`protected_spans` names each kind of Markdown block.
_BLOCK_REASONS = {"code": "inside code", "quote": QUOTATION}
_TEMPLATE_OPENING = re.compile(r"\{\{")
_QUOTING_TEMPLATES = {
    **dict.fromkeys(
        ("quote", "blockquote", "cquote", "quotation", "quote box", "rquote", "quote frame"),
        QUOTATION,
    ),
    "sic": "inside {{sic}}",
}
_PROTECTED_PARAMETER = re.compile(
    r"\|\s*(?P<name>quote|trans-quote|script-quote|title|trans-title|script-title|chapter"
    r"|trans-chapter|script-chapter)\s*="
)
_BOTS = re.compile(r"\{\{\s*(?:nobots\s*(?:\|[^{}]*)?|bots\s*\|(?P<params>[^{}]*))\}\}", re.I)
_BOT_NAME = "julian-gregorian"


@dataclass(frozen=True, slots=True)
class Protected:
    """A span of text that no fix may touch, and why (``inside a quotation``)."""

    start: int
    end: int
    reason: str


def protected_spans(
    text: str,
    *,
    markdown: MarkdownReading = False,
    wikitext: bool = False,
    opened: OpenAtStart | None = None,
) -> list[Protected]:
    """Every protected span of *text*, sorted by start (spans may nest or overlap);
    *markdown*: the text is Markdown, whose code blocks and block quotes count too (a
    :class:`~julian_gregorian.checks._markdown_blocks.MarkdownStart`: a window of one);
    *wikitext*: the text is wikitext, where ``<source>`` is an element (in HTML it has
    no content and no closing tag); *opened*: the comment, tag or element a window of a
    longer text starts inside (:func:`open_at`).

    >>> text = 'He wrote "2 January" <!-- 1917 -->.'
    >>> [(p.reason, text[p.start : p.end]) for p in protected_spans(text)]
    [('inside a quotation', '"2 January"'), ('inside an HTML comment', '<!-- 1917 -->')]
    >>> text = "> Buried 2 January 1917.\\n\\n    1917-01-02"
    >>> [(p.reason, text[p.start : p.end]) for p in protected_spans(text, markdown=True)]
    [('inside a quotation', '> Buried 2 January 1917.'), ('inside code', '    1917-01-02')]
    """
    before, after = _marked_spans(text, markdown, wikitext, opened)
    spans = [*before, *_quoted_spans(text), *after]
    spans.sort(key=_span_order)
    return spans


def _marked_spans(
    text: str, markdown: MarkdownReading, wikitext: bool, opened: OpenAtStart | None
) -> tuple[list[Protected], list[Protected]]:
    """The protected spans of :func:`protected_spans` but the quotation marks' (see
    :func:`_quoted_spans`), unsorted: those that come before them where spans tie, and
    those after."""
    before, code, regions, elements = _read_markup(text, markdown, wikitext, opened)
    before.extend(
        Protected(start, end, COMMENT) for start, end, what in regions if what == "comment"
    )
    before.extend(elements)
    after = code
    if "{{" in text:
        after.extend(_template_spans(text))
        after.extend(_parameter_spans(text))
    return before, after


def _quoted_spans(text: str) -> list[Protected]:
    """The quotations in marks (:data:`_QUOTED`) of *text*. No such quotation holds a
    line break, so those of a line are the same whether the search begins at the start
    of the text or of the line (a match before that line ends before its line break):
    :class:`SafeScope` looks for them in the lines of its findings only
    (:class:`_LineQuotations`), not in the whole page (a third of its cost)."""
    return [Protected(m.start(), m.end(), QUOTATION) for m in _QUOTED.finditer(text)]


class _Line:
    """One line of a text, ``[start, end)`` (*end* at its ``\\n`` or the text's end), and
    the quotations in marks searched for in it so far, in order."""

    __slots__ = ("done", "end", "ends", "found", "searched", "start")

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end
        self.found: list[Protected] = []
        self.ends: list[int] = []  # (of found: they do not overlap, so ends rise as starts do)
        self.searched = start  # where the search goes on from
        self.done = False


class _LineQuotations:
    """The quotations in marks of one text, as :func:`_quoted_spans` finds them, for the
    lines that findings stand on: each line searched once, as far as a finding in it
    asks. A search from the start of the line for each finding cost, on a page of one
    line, the length of the page for each (4,000 wrong pairs on a line of 175 KB: 2.2 s
    of the check, 0.3 s since); the lines met are kept by their starts, so that the
    start of a line is looked for once too."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] = []  # of the lines met, in text order
        self._lines: list[_Line] = []

    def first(self, start: int, end: int) -> Protected | None:
        """The first quotation of :func:`_quoted_spans` that ends after *start* and begins
        before *end*."""
        line = self._line(start)
        while True:
            found = self._first_in(line, start, end)
            if found is not None or line.end + 1 >= end or line.end >= len(self._text):
                return found
            line = self._line(line.end + 1)

    def _line(self, offset: int) -> _Line:
        """The line that *offset* is on (a ``\\n`` is on the line it ends)."""
        index = bisect_right(self._starts, offset) - 1
        if index >= 0 and offset <= self._lines[index].end:
            return self._lines[index]
        text = self._text
        start = text.rfind("\n", 0, offset) + 1
        stop = text.find("\n", offset)
        line = _Line(start, len(text) if stop < 0 else stop)
        self._starts.insert(index + 1, start)
        self._lines.insert(index + 1, line)
        return line

    def _first_in(self, line: _Line, start: int, end: int) -> Protected | None:
        """The first quotation of *line* that ends after *start* and begins before *end*."""
        while not line.done and (not line.found or line.found[-1].start < end):
            # (searched on from the end of the last one found, as finditer goes on)
            match = _QUOTED.search(self._text, line.searched, line.end)
            if match is None:
                line.done = True
                break
            line.found.append(Protected(match.start(), match.end(), QUOTATION))
            line.ends.append(match.end())
            line.searched = match.end()
        index = bisect_right(line.ends, start)
        if index < len(line.found) and line.found[index].start < end:
            return line.found[index]
        return None


def _span_order(span: Protected) -> tuple[int, int]:
    """The order of :func:`protected_spans`, by start, the longest first (sorted stably:
    of two spans that tie, the one found first comes first)."""
    return span.start, -span.end


def open_at(
    text: str,
    offset: int,
    *,
    markdown: MarkdownReading = False,
    wikitext: bool = False,
    opened: OpenAtStart | None = None,
) -> OpenAtStart | None:
    """The comment, tag or element that a window starting at *offset* of *text* starts
    inside, as :func:`protected_spans` reads *text* (the same arguments), placed in that
    window; ``None`` if none. One that reaches the end of *text* is looked for again in
    the window (its end ``None``).

    >>> text = "<pre>\\n\\n1 May 1700\\n\\n</pre> <!-- 2 May"
    >>> open_at(text, 8).element
    Carried(what='pre', start=-8, end=17)
    >>> open_at(text, 30).markup
    Carried(what='comment', start=-4, end=None)
    """
    _, codes, regions, elements = _read_markup(text, markdown, wikitext, opened)

    def carried(what: str, start: int, end: int) -> Carried:
        return Carried(what, start - offset, None if end >= len(text) else end - offset)

    markup = next(
        (carried(*region[2:], *region[:2]) for region in regions if region[0] < offset < region[1]),
        None,
    )
    element = next(
        (
            carried(_element_tag(text, span.start, opened), span.start, span.end)
            for span in elements
            if span.start < offset < span.end
        ),
        None,
    )
    code = next(
        (
            Carried("code", span.start - offset, span.end - offset)  # (a match ends it)
            for span in codes
            if span.start < offset < span.end and not markdown
        ),
        None,
    )
    if markup is None and element is None and code is None:
        return None
    return OpenAtStart(markup, element, code)


def _backtick_code(text: str, opened: Carried | None) -> list[Protected]:
    """The fences of backticks and the `` `inline code` `` of a text that is not Markdown;
    *opened*: the code *text* starts inside (a window of a longer text)."""
    code = [] if opened is None else [Protected(opened.start, opened.end or 0, "inside code")]
    if "`" in text:  # (the search tries its "^" at every character: half the time here)
        position = 0 if opened is None else opened.end or 0
        code += (
            Protected(m.start(), m.end(), "inside code")
            for m in _MARKDOWN_CODE.finditer(text, position)
        )
    return code


def _element_tag(text: str, start: int, opened: OpenAtStart | None) -> str:
    """The name of the element that *text* opens at *start* (or opened before it)."""
    if start < 0 and opened is not None and opened.element is not None:
        return opened.element.what
    opening = _VERBATIM_OPENING.match(text, start)
    return "" if opening is None else opening.group("tag").lower()


def _read_markup(
    text: str, markdown: MarkdownReading, wikitext: bool, opened: OpenAtStart | None
) -> tuple[list[Protected], list[Protected], list[tuple[int, int, str]], list[Protected]]:
    """The block quotes, the code, the comments and tags
    (:func:`~julian_gregorian.checks._markup_reading.markup_regions`) and the protecting
    elements of *text*, as :func:`protected_spans` reads them."""
    quotes: list[Protected] = []
    code: list[Protected] = []
    if markdown:
        read = markdown_blocks(text, None if markdown is True else markdown)
        blocks = [
            Protected(block.start, block.end, _BLOCK_REASONS[block.kind])
            for block in read
            if block.kind != "html"  # (its elements and comments are read below)
        ]
        quotes = [block for block in blocks if block.reason == QUOTATION]
        code = [block for block in blocks if block.reason != QUOTATION]
        # (no code span leaves its block: a stray backtick in an HTML block or a block
        # quote pairs with none in the paragraph next to it)
        edges = [(block.start, block.end) for block in read]
        code += (
            Protected(start, end, "inside code")
            for start, end in code_spans(text, edges, _covering(code))
        )
    else:
        code = _backtick_code(text, None if opened is None else opened.code)
    # (in Markdown, a "<!--" in code is text; elsewhere backticks are no code to a comment)
    regions = markup_regions(
        text,
        wikitext=wikitext,
        in_code=_covering(code),
        code_hides_comments=bool(markdown),
        opened=None if opened is None else opened.markup,
        closings=None if opened is None else opened.closings,
    )
    comments = [Protected(start, end, COMMENT) for start, end, what in regions if what == "comment"]
    element = None if opened is None else opened.element
    later = None if opened is None else opened.element_closings
    elements = _element_spans(
        text, code, comments, wikitext=wikitext, opened=element, last_closings=later
    )
    return quotes, code, regions, elements


def _element_spans(
    text: str,
    code: list[Protected],
    comments: list[Protected],
    *,
    wikitext: bool,
    opened: Carried | None = None,
    last_closings: Mapping[str, int] | None = None,
) -> list[Protected]:
    """The elements of ``_VERBATIM_OPENING``, each to its closing tag, or, left open, to
    the end of its paragraph; a tag written inside *code* (Markdown's `` `<q>` ``) or
    one of *comments* (``<!-- was <pre> -->``) is none, and so is HTML's ``<source>``
    (not *wikitext*) that no ``</source>`` closes before the next one, which holds
    nothing. A closing tag inside a comment closes nothing: an element's comments are
    read before its tags (an extension tag's content holds none, see
    :mod:`~julian_gregorian.checks._markup_reading`). *opened*: the element *text*
    starts inside (a window of a longer text); *last_closings*: where the last closing tag
    of each name starts (a block element none closes in *text* but one after it runs to
    its end).

    >>> text = "Use `<q>` for quotes.\\n\\n<pre>25 October 1917\\n\\nNext: <q>7 May</q>"
    >>> spans = _element_spans(text, [Protected(4, 9, "")], [], wikitext=False)
    >>> [(p.reason, text[p.start : p.end]) for p in spans]
    [('inside <pre>', '<pre>25 October 1917'), ('inside a quotation', '<q>7 May</q>')]
    """
    found = []
    position = 0
    hidden = _covering(code + comments)
    # (each search remembers its answer: n elements left open cost n steps, not n * n)
    tags = Searches(text, skip=hidden)
    closings = Searches(text, skip=_covering(comments))
    paragraphs = Searches(text)
    tag_ends = TagEnds(text)
    beyond = {} if last_closings is None else last_closings
    if opened is not None:
        end = opened.end
        if end is None:  # (its closing tag, or the end of its paragraph, is in the window)
            end = _carried_element_end(opened.what, tags, closings, paragraphs, len(text))
            closing = closings.first(closing_tag(opened.what), 0)
            if closing is None and _closed_beyond(text, opened.what, 0, beyond):
                end = len(text)
        found.append(
            Protected(opened.start, end, _TAG_REASONS.get(opened.what, f"inside <{opened.what}>"))
        )
        position = end
    while (name := _VERBATIM_OPENING.search(text, position)) is not None:
        start = name.start()
        tag = name.group("tag").lower()
        opening_end = tag_ends.end(name.end())
        if opening_end == -1:  # (no ">" follows: no tag does)
            break
        # (prose that compares, "a <q then", opens no tag whose ">" is paragraphs later)
        paragraph_end = paragraphs.first(_PARAGRAPH_END, name.end())
        if hidden(start) or (paragraph_end is not None and paragraph_end.start() < opening_end):
            position = name.end()
            continue
        if text[opening_end - 2] == "/":  # (an element with no content: "<pre/>")
            position = opening_end
            continue
        end = len(text) if paragraph_end is None else paragraph_end.start()
        # (an inline element's closing tag comes before the next element of its name: a
        # "<q>" mentioned in prose is left open, and a "</q>" after a later "<q>" is that
        # one's; a blank line inside a closed one ends nothing, in HTML or Markdown)
        reach = len(text)
        void = tag == "source" and not wikitext
        if tag in _INLINE_TAGS or void:
            later = tags.first(_opening_tag(tag), opening_end)
            reach = len(text) if later is None else later.start()
        closing = closings.first(closing_tag(tag), opening_end)
        if closing is not None and closing.end() > reach:
            closing = None
        if void and closing is None:
            # (HTML's <source src=…> has no content and no closing tag; a <source>
            # closed by </source> is code, as in wikitext)
            position = opening_end
            continue
        if closing is not None:
            end = closing.end()
        elif not (tag in _INLINE_TAGS or void) and _closed_beyond(text, tag, opening_end, beyond):
            end = len(text)
        found.append(Protected(start, end, _TAG_REASONS.get(tag, f"inside <{tag}>")))
        position = end
    return found


def _covering(spans: list[Protected]) -> Callable[[int], bool]:
    """Whether an offset lies in one of *spans* (which may nest or overlap), found by
    bisection: a page's tags against its code blocks cost no product of the two."""
    ordered = sorted(spans, key=lambda span: span.start)
    starts = [span.start for span in ordered]
    reach = list(itertools.accumulate((span.end for span in ordered), max))

    def covered(offset: int) -> bool:
        index = bisect_right(starts, offset) - 1
        return index >= 0 and reach[index] > offset

    return covered


def _closed_beyond(text: str, tag: str, start: int, last_closings: Mapping[str, int]) -> bool:
    """Whether the block element *tag* that no closing tag in *text* closes from
    *start* on is closed after the end of *text* (a window of a longer text whose last
    closing tags are *last_closings*): a closing tag after *start* that is not whole in
    *text* (one in a comment closes nothing, see :func:`_element_spans`)."""
    if tag in _INLINE_TAGS or tag == "source":
        return False
    last = last_closings.get(tag, -1)
    return last >= start and closing_tag(tag).match(text, last) is None


def _carried_element_end(
    tag: str, tags: Searches, closings: Searches, paragraphs: Searches, length: int
) -> int:
    """Where the element *tag* that a window starts inside ends in the window, as
    :func:`_element_spans` ends one: at its closing tag (an inline one's before its next
    opening tag), else at the end of its paragraph."""
    closing = closings.first(closing_tag(tag), 0)
    if closing is not None and tag in _INLINE_TAGS | {"source"}:
        later = tags.first(_opening_tag(tag), 0)
        if later is not None and closing.end() > later.start():
            closing = None
    if closing is not None:
        return closing.end()
    paragraph_end = paragraphs.first(_PARAGRAPH_END, 0)
    return length if paragraph_end is None else paragraph_end.start()


@functools.cache
def _opening_tag(tag: str) -> re.Pattern[str]:
    return re.compile(rf"<{tag}(?=[\s>/])", re.IGNORECASE)


#: What every quoting template's opening begins with, in any case, ``_`` or white space
#: before its name (as :func:`template_name` reads it): a page without any has none, and
#: its hundreds of other templates need not be named one by one.
_QUOTING_OPENING = re.compile(r"\{\{[\s_]*(?:quot|rquot|cquot|blockquot|sic)", re.IGNORECASE)


def _template_spans(text: str) -> list[Protected]:
    if _QUOTING_OPENING.search(text) is None:
        return []
    found = []
    for match in _TEMPLATE_OPENING.finditer(text):
        reason = _QUOTING_TEMPLATES.get(template_name(text, match.start()))
        if reason is None:
            continue
        end = template_end(text, match.start())
        found.append(Protected(match.start(), len(text) if end == -1 else end, reason))
    return found


def _parameter_spans(text: str) -> list[Protected]:
    """``|quote=…``, ``|title=…``, ``|chapter=…``: up to the next ``|`` or ``}}`` of the
    template they belong to (links and nested templates inside the value are skipped)."""
    found = []
    for match in _PROTECTED_PARAMETER.finditer(text):
        end = _value_end(text, match.end())
        reason = QUOTATION if "quote" in match.group("name").lower() else CITED_TITLE
        found.append(Protected(match.end(), end, reason))
    return found


#: What opens or closes a value's nesting, or ends it: the only characters
#: :func:`_value_end` stops at (searched for rather than stepped to).
_VALUE_MARK = re.compile(r"\{\{|\[\[|\}\}|\]\]|\|")


def _value_end(text: str, start: int) -> int:
    depth = 0
    position = start
    while (mark := _VALUE_MARK.search(text, position)) is not None:
        position = mark.start()
        two = mark.group()
        if two in ("{{", "[["):
            depth += 1
        elif two in ("}}", "]]"):
            if depth == 0:
                return position
            depth -= 1
        elif depth == 0:  # a "|"
            return position
        position = mark.end()
    return len(text)


class _Reaching:
    """Some of a text's protected spans, by their indexes in start order, with the
    furthest end reached up to each: the first of them that ends after an offset is
    found by bisection. (Walked from the longest span's reach for each finding, a long
    comment followed by 2,000 code spans and wrong pairs cost 4 million steps.)"""

    def __init__(self, spans: list[Protected], indexes: Sequence[int]) -> None:
        self._indexes = list(indexes)
        self._reach = list(itertools.accumulate((spans[at].end for at in indexes), max))

    def first_ending_after(self, offset: int) -> int | None:
        """The index of the first span that ends after *offset*, if any."""
        found = bisect_right(self._reach, offset)
        return self._indexes[found] if found < len(self._indexes) else None


class SafeScope:
    """The protected spans of one text, and what they do to the findings on them."""

    def __init__(
        self,
        text: str,
        *,
        markdown: MarkdownReading = False,
        wikitext: bool = False,
        opened: OpenAtStart | None = None,
    ) -> None:
        # The quotations in marks are looked for in a finding's lines only, when asked
        # (see _quoted_spans); the other spans are read from the start of the text.
        self._quotations = _LineQuotations(text)
        before, after = _marked_spans(text, markdown, wikitext, opened)
        ranked = [(span, 0) for span in before] + [(span, 2) for span in after]
        ranked.sort(key=lambda pair: _span_order(pair[0]))
        #: The spans but the quotations in marks, in the order of protected_spans, and
        #: where each stands among the quotations of a tie (0 before, 2 after, see reason).
        self.spans = [span for span, _ in ranked]
        self._ranks = [rank for _, rank in ranked]
        self._starts = [span.start for span in self.spans]
        #: The indexes of the spans in order, and the furthest end reached up to each:
        #: all of them, and (when a late finding asks) all but the comments.
        self._reaching = _Reaching(self.spans, range(len(self.spans)))
        self._uncommented: _Reaching | None = None
        #: The reasons that make a span text shown as written, in this kind of text.
        self._literal_reasons = (MARKDOWN_LITERAL if markdown else frozenset()) | (
            WIKITEXT_LITERAL if wikitext else frozenset()
        )
        self._in_literal: Callable[[int], bool] | None = None

    def reason(self, start: int, end: int, *, comments: bool = True) -> str | None:
        """Why ``[start, end)`` must not be changed, or ``None`` when it may be;
        *comments* ``False``: an HTML comment is no reason (a directive's own)."""
        stop = bisect_left(self._starts, end)  # (the spans that begin before end)
        first: tuple[int, int, int, str] | None = None
        at = self._spans_for(comments).first_ending_after(start)
        if at is not None and at < stop:
            span = self.spans[at]
            first = (span.start, -span.end, self._ranks[at], span.reason)
        # The first of all spans that protected_spans would give, quotations in marks
        # among them (rank 1: found after the markup's, before the code's and templates').
        found = self._quotations.first(start, end)
        if found is not None:
            quoted = (found.start, -found.end, 1, found.reason)
            if first is None or quoted < first:
                first = quoted
        return None if first is None else first[3]

    def _spans_for(self, comments: bool) -> _Reaching:
        if comments:
            return self._reaching
        if self._uncommented is None:
            kept = [at for at, span in enumerate(self.spans) if span.reason != COMMENT]
            self._uncommented = _Reaching(self.spans, kept)
        return self._uncommented

    def literal(self, offset: int) -> bool:
        """Whether *offset* lies in text shown as written (see :data:`WIKITEXT_LITERAL`)."""
        if self._in_literal is None:  # (found when a directive asks, by bisection)
            reasons = self._literal_reasons
            self._in_literal = _covering([span for span in self.spans if span.reason in reasons])
        return self._in_literal(offset)

    def restrain(self, finding: Finding, *, comments: bool = True) -> Finding:
        """*finding*, or on protected text a warning at most, saying why, with no fix;
        *comments* ``False``: a finding on a directive, whose HTML comment is no reason."""
        spans = [(finding.offset, finding.end_offset)]
        if finding.fix is not None:
            spans.append((finding.fix.offset, finding.fix.end_offset))
        for start, end in spans:
            reason = self.reason(start, end, comments=comments)
            if reason is not None:
                severity = "warning" if finding.severity == "error" else finding.severity
                message = f"{reason}: not changed; {finding.message}"
                return replace(finding, severity=severity, message=message, fix=None)
        return finding


def bots_denied(text: str) -> str | None:
    """The ``{{nobots}}`` / ``{{bots|deny=…}}`` template that forbids fixing *text*, if any.

    ``deny=all``, a ``deny`` list naming julian-gregorian and ``allow=none`` forbid it;
    an ``allow`` list that leaves julian-gregorian out does too.

    >>> bots_denied("{{bots|deny=SineBot,julian-gregorian}} text")
    '{{bots|deny=SineBot,julian-gregorian}}'
    >>> bots_denied("{{bots|deny=SineBot}} text") is None
    True
    """
    if "{{" not in text:
        return None
    for match in _BOTS.finditer(text):
        params = match.group("params")
        if params is None:
            return match.group()
        for parameter in params.split("|"):
            key, _, value = parameter.partition("=")
            names = {name.strip().lower() for name in value.split(",")}
            key = key.strip().lower()
            if key == "deny" and names & {"all", _BOT_NAME}:
                return match.group()
            if key == "allow" and not names & {"all", _BOT_NAME}:
                return match.group()
    return None
