"""Reading past typography and markup, while remembering where every character came from.

The shapes are written for tidy text: one space between words, brackets and markers as
such. Real text has non-breaking and thin spaces, ``&nbsp;``, line breaks of hard-wrapped
paragraphs, footnote markers glued to dates (``1642][a]``, ``1749[9]``), emphasis,
Markdown links around a marker (``[(O.S.)](/julian-calendar)``) and wiki markup
(``[[link|shown]]``, ``'''bold'''``, ``<ref>…</ref>``, ``{{efn|…}}``). :func:`normalise`
turns a window of the text into the tidy form and keeps, for each character it
produces, the original span it stands for, so every offset the extractor reports points
into the text as given.

Footnote contents (``<ref>``, ``{{efn}}``) are cut out of the sentence they interrupt and
appended after it, behind a line break: they are read, but nothing in them pairs with
the sentence around them. A line break is a barrier too unless it only wraps a paragraph
(:func:`soft_break`).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable

from julian_gregorian.calendar._months import MONTH_NAMES
from julian_gregorian.languages import LANGUAGES
from julian_gregorian.text._vocabulary.lexicon import MONTH, led_by

#: What the normalised text uses as a barrier that no shape reads across.
BARRIER = "\n"

#: The spaces the normaliser makes one plain space of (with line breaks, one barrier).
SPACE_CHARACTERS = " \t\r\u00a0\u2000-\u200a\u202f\u205f\u3000"

#: Characters dropped from a window: soft hyphens, zero-width spaces and joiners,
#: direction marks, combining accents.
_INVISIBLE = "\u00ad\u200b-\u200f\u2060\ufeff\u0300\u0301"

_NOTE = (
    r"\[(?:\d{1,3}|[a-z]{1,2}|[A-Z]|[Nn]ote\s?\d{1,3}|nb\s?\d{1,3}|\^\d{1,3}"
    r"|[ivx]{1,4}|citation needed|clarification needed|which calendar\?)\]"
)
# "7 [20] ноября": a day in brackets between a day and its month is half of a pair
# (Russian Wikipedia's form), not a footnote mark.
_NOT_A_DAY = rf"(?=\[)(?!(?:(?<=\D\d )|(?<=\D\d\d )|(?<=\D\d)|(?<=\D\d\d))\[\d\d?\] ?{MONTH})"
_NOISE_PARTS = (
    r"(?P<escape>\\(?=[\[\]()]))",  # Markdown's escaped brackets: \[O.S. 30 May\]
    # The ends of comments and references are looked for apart (see _Closing): a pattern
    # reaching for them would read to the end of the window from every opening.
    r"(?P<comment><!--)",
    r"(?P<ref><ref\b[^<>/]*(?:/>|>))",
    r"(?P<tpl>\{\{)",
    r"(?P<link>\[\[(?:[^\[\]|\n]*\|)?(?P<shown>[^\[\]\n]*)\]\])",
    r"(?P<mdlink>\[(?P<mdshown>[^\[\]\n]{1,80})\]\([^()\s]*(?:\s+\"[^\"\n]{0,200}\")?\))",
    r"(?P<elision>\[(?:…|\.\.\.)\])",
    rf"(?P<note>{_NOT_A_DAY}{_NOTE})",
    r"(?P<br><br\s*/?>)",
    r"(?P<tag></?[A-Za-z][A-Za-z0-9]*\b[^<>]{0,200}>)",
    r"(?P<entity>&(?:[a-zA-Z]{2,8}|#\d{2,5}|#[xX][0-9a-fA-F]{2,4});)",
    r"(?P<emph>'{2,5}|\*+|(?<![^\W_])_+|_+(?![^\W_]))",
    rf"(?P<invisible>[{_INVISIBLE}])",
    rf"(?P<newline>[{SPACE_CHARACTERS}]*\n[{SPACE_CHARACTERS}\n]*(?:>[ \t]*)?)",
    # (A lone plain space is left in the text, as it would be written: no call for it.)
    rf"(?P<space>(?! [^{SPACE_CHARACTERS}\n])[{SPACE_CHARACTERS}]+)",
    r"(?P<bar>\|)",
    # The long s of books printed before about 1800, as transcriptions keep it: "the
    # 21/31ſt. of July", "Auguſt".
    r"(?P<longs>ſ)",
)
#: Every character a part of the noise begins with (in order: escape, tags, templates,
#: brackets, entities, emphasis, bar, long s, line breaks and spaces, invisible
#: characters).
_NOISE_FIRST = rf"\\<{{\[&'*_|ſ\n{SPACE_CHARACTERS}{_INVISIBLE}"


#: A plain space begins a part of the noise only before another space or a line break
#: (a lone one is left as written); tried at every other space of a window, the parts
#: took half the time of the search for them.
_NOT_LONE_SPACE = rf"(?! (?![{SPACE_CHARACTERS}\n]|\Z))"


@functools.cache
def _noise() -> re.Pattern[str]:
    """All the noise, compiled for the first window that has any (see ``_ANY_NOISE``)."""
    return re.compile(
        led_by(_NOISE_FIRST, f"{_NOT_LONE_SPACE}(?:{'|'.join(_NOISE_PARTS)})"), re.DOTALL
    )


#: Whether a window needs any work at all (the common case needs none).
# Every alternative begins with a literal character, so that the regex engine skips
# to those characters; the special spaces are listed one by one for the same reason.
# (Runs of plain spaces need no work: the patterns allow them between words.)
_SPECIAL_CHARACTERS = "\t\r\n\u00a0\u202f\u205f\u3000\u00ad\u2060\ufeff\u0300\u0301" + "".join(
    chr(code) for code in range(0x2000, 0x2010)
)
_ANY_NOISE = re.compile(
    "|".join(
        (
            r"<",
            r"\\[\[\]()]",
            r"\{\{",
            rf"\[(?:\[|[^\[\]\n]{{1,80}}\]\(|…\]|\.\.\.\]|{_NOTE[2:]})",
            r"&[#a-zA-Z]",
            r"''",
            r"\*",
            r"_",
            r"\|",
            r"ſ",
            *(re.escape(char) for char in _SPECIAL_CHARACTERS),
        )
    )
)

_ENTITIES: dict[str, str] = {
    **dict.fromkeys(
        ("nbsp", "#160", "#xa0", "thinsp", "#8201", "#8239", "ensp", "emsp", "#8194", "#8195"),
        " ",
    ),
    **dict.fromkeys(("ndash", "#8211", "#x2013"), "–"),
    **dict.fromkeys(("mdash", "#8212", "#x2014"), "—"),
    **dict.fromkeys(("#91", "#091", "#x5b", "lsqb", "lbrack"), "["),
    **dict.fromkeys(("#93", "#093", "#x5d", "rsqb", "rbrack"), "]"),
    **dict.fromkeys(("#40", "#040", "lpar"), "("),
    **dict.fromkeys(("#41", "#041", "rpar"), ")"),
    "amp": "&",
    "minus": "-",
    "#8722": "-",
}

#: Templates whose text stands for a space or a dash.
_SPACING_TEMPLATES: dict[str, str] = {
    **dict.fromkeys(("nbsp", "thinsp", "sp", "spaces", "nnbsp", "0"), " "),
    **dict.fromkeys(("ndash", "en dash", "–"), "–"),
    **dict.fromkeys(("snd", "spnd", "sndash", "spaced ndash", "spaced en dash"), " – "),
    **dict.fromkeys(("mdash", "em dash", "—"), "—"),
}
#: Footnote templates: removed from the sentence, their first parameter read apart.
_NOTE_TEMPLATES = frozenset(
    ("efn", "refn", "#tag:ref", "notetag", "efn-ua", "efn-la", "efn-lr", "efn-ur", "sfnm")
)

_STRUCTURAL_LINE = re.compile(
    r"[ \t]*(?:[-*#|=!:;+{}]|\d{1,3}[.)][ \t]|\[(?:\d{1,3}|[a-z]|[Nn]ote[ \t]?\d+)\][ \t]"
    r"|\[(?:…|\.\.\.)\])"
)
# A short line that runs on: no closing punctuation, and the next line goes on in lower
# case, with a bracket or a number ("on 7 November\n[O.S. 25 October] 1917").
_SHORT_WRAPPED = re.compile(r".*[^.:;!?\s]\n[ \t]*(?:[a-zа-яё(\[\d])")


def _heading_line(line: str) -> bool:
    """Whether *line* (without its line break) is a heading of wikitext or Markdown, or
    a rendered one (``History Edit``): it begins with ``=`` or ``#``, or ends with ``==``
    or ``Edit`` before spaces and tabs. (String tests: a regex ending ``.*(?:==|Edit)``
    backs off from the line's end one character at a time.)"""
    return line.lstrip(" \t").startswith(("=", "#")) or line.rstrip(" \t").endswith(("==", "Edit"))


class Window:
    """A normalised stretch of text and the original span of each of its characters."""

    __slots__ = ("_pieces", "source", "start", "text")

    def __init__(self, text: str, start: int, pieces: _Pieces | None, source: str = "") -> None:
        self.text = text
        self.start = start
        #: Where the characters come from; ``None`` where the text is the source's own,
        #: from *start* on.
        self._pieces = pieces
        self.source = source

    def span(self, begin: int, end: int) -> tuple[int, int]:
        """Original ``(offset, end_offset)`` of the normalised characters ``[begin, end)``."""
        pieces = self._pieces
        if pieces is None:
            return self.start + begin, self.start + end
        return pieces.start_of(begin), pieces.end_of(end - 1)

    def enclose(self, offset: int, end_offset: int) -> tuple[int, int]:
        """Widen an original span so that it does not cut a wiki link ``[[…]]`` in two."""
        if self._pieces is None:
            return offset, end_offset
        piece = self.source[offset:end_offset]
        opened, closed = piece.count("[["), piece.count("]]")
        if closed > opened:
            opening = self.source.rfind("[[", max(0, offset - 200), offset)
            if opening != -1:
                offset = opening
        elif opened > closed:
            closing = self.source.find("]]", end_offset, end_offset + 200)
            if closing != -1:
                end_offset = closing + 2
        return offset, end_offset


def soft_break(text: str, newline: int) -> bool:
    """Whether the line break at *newline* only wraps a paragraph (hard-wrapped text).

    A break is soft when the line before it has the length of a wrapped line and the
    line after it does not start a list item, table row, heading or footnote; the
    Markdown quote marker ``>`` continuing a quote is part of the wrapping.

    >>> text = "On 22 October 1612 Old Style (1 November\\nNew Style), the invaders retreated"
    >>> soft_break(text, text.index("\\n"))
    True
    >>> text = "The revolution.\\n-   5 November 1917: Tallinn."
    >>> soft_break(text, text.index("\\n"))
    False
    """
    low = max(0, newline - 121)
    previous = text.rfind("\n", low, newline)
    if previous == -1 and low > 0:
        return False  # a line longer than wrapped lines are
    line = text[previous + 1 : newline]
    following = text[newline + 1 : newline + 40]
    if len(line.strip()) > 120 or _heading_line(line):
        return False
    if len(line.strip()) < 20 and not _SHORT_WRAPPED.match(line.rstrip() + "\n" + following):
        return False  # a short line is a title, unless it plainly runs on

    if following.lstrip(" \t").startswith(">"):
        return line.lstrip(" \t").startswith(">")
    return following.strip() != "" and _STRUCTURAL_LINE.match(following) is None


class Closings:
    """The next occurrence of a closing mark (``}}``, ``-->``, ``</ref``) in one text,
    remembered: a text with many openings and no closing (crafted, or cut short) is then
    searched once, not once from every opening.

    >>> closings = Closings("{{a {{b {{c }} x", "}}")
    >>> closings.find(0, 100), closings.find(13, 100), closings.find(0, 5)
    (12, -1, -1)
    """

    __slots__ = ("found", "mark", "searched_from", "searched_to", "text")

    def __init__(self, text: str, mark: str) -> None:
        self.text = text
        self.mark = mark
        self.searched_from = 0
        self.searched_to = 0  # the mark is not in [searched_from, searched_to) but at found
        self.found = -1

    def find(self, position: int, stop: int) -> int:
        """``text.find(mark, position, stop)``, from what earlier searches found."""
        stop = min(stop, len(self.text))
        if self.searched_from <= position:
            if self.found >= position:
                return self.found if self.found + len(self.mark) <= stop else -1
            if self.found == -1 and stop <= self.searched_to:
                return -1
            if self.found == -1 and position < self.searched_to:
                position_from = max(position, self.searched_to - len(self.mark) + 1)
                found = self.text.find(self.mark, position_from, stop)
                self.searched_from, self.searched_to, self.found = position, stop, found
                return found
        found = self.text.find(self.mark, position, stop)
        self.searched_from, self.searched_to, self.found = position, max(position, stop), found
        return found


def template_end(
    text: str, start: int, limit: int = 20_000, closings: Closings | None = None
) -> int:
    """End offset of the ``{{…}}`` starting at *start*, nested ones included; -1 if open.

    *closings* (of ``}}`` in *text*), when given, remembers where the closings are
    between calls.

    >>> text = "{{efn|a {{nbsp}} b}} rest"
    >>> text[: template_end(text, 0)]
    '{{efn|a {{nbsp}} b}}'
    """
    depth = 0
    position = start
    stop = min(len(text), start + limit)
    find_closing = closings.find if closings is not None else _finder(text, "}}")
    while position < stop:
        closing = find_closing(position, stop)
        if closing == -1:
            return -1
        opening = text.find("{{", position, closing)
        if closing == -1:
            return -1
        if opening != -1:
            depth += 1
            position = opening + 2
        else:
            depth -= 1
            position = closing + 2
            if depth == 0:
                return position
    return -1


def _finder(text: str, mark: str) -> Callable[[int, int], int]:
    def find(position: int, stop: int) -> int:
        return text.find(mark, position, stop)

    return find


#: Redirects to the Old Style date templates, spelled with spaces.
_TEMPLATE_ALIASES = {
    "old style date": "oldstyledate",
    "old style date dy": "oldstyledatedy",
    "old style date ny": "oldstyledateny",
    "oldstyle date": "oldstyledate",
    "os to ns": "old style to new style",
}


def template_name(text: str, start: int) -> str:
    """Lower-case name of the template opening at *start* (``{{ OS2NS |`` -> ``os2ns``).

    >>> template_name("{{Old Style Date|2 January 1837||21 December 1836}}", 0)
    'oldstyledate'
    """
    end = start + 2
    stop = min(len(text), start + 64)
    while end < stop and text[end] not in "|}\n":
        end += 1
    return template_key(text[start + 2 : end])


def template_key(name: str) -> str:
    """A template's name as :func:`template_name` gives it (``Old_Style_Date`` ->
    ``oldstyledate``)."""
    key = " ".join(name.replace("_", " ").split()).lower()
    return _TEMPLATE_ALIASES.get(key, key)


#: The Old Style date templates of the language records, by their names as
#: :func:`template_name` gives them: read by :mod:`julian_gregorian.text._read.templates`
#: instead.
DATE_TEMPLATES = frozenset(
    template_key(template.name) for language in LANGUAGES for template in language.date_templates
)

_WIDENED_TEMPLATES = DATE_TEMPLATES | _NOTE_TEMPLATES


def _is_ref_tag(text: str, at: int) -> bool:
    return text.startswith(("<ref>", "<ref ", "<ref/", "<ref\t", "<ref\n"), at)


def widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow ``[start, end)`` so that no ``<ref>…</ref>``, footnote template or Old Style
    date template is cut in two by it.

    >>> text = "On 17 May 1749<ref>Baptised 6 May.</ref> (6 May Old Style) he was born."
    >>> widen(text, 0, 20), widen(text, 30, 60)
    ((0, 40), (14, 60))
    """
    opened = text.rfind("<ref", start, end)
    if opened != -1 and _is_ref_tag(text, opened):
        tag_end = text.find(">", opened)
        self_closing = tag_end != -1 and text[tag_end - 1] == "/"
        if not self_closing and text.find("</ref", opened, end) == -1:
            closing = text.find("</ref", end, end + 20_000)
            if closing != -1:
                end = text.find(">", closing) + 1 or closing + 5
    closed = text.find("</ref", start, end)
    if closed != -1:
        opening = text.rfind("<ref", start, closed)
        if opening == -1 or not _is_ref_tag(text, opening):
            opening = text.rfind("<ref", max(0, start - 20_000), start)
            if opening != -1:
                start = opening
    start = _enclosing_template_start(text, start)
    braces = text.find("{{", start, end)
    closings = Closings(text, "}}")
    while braces != -1:
        name = template_name(text, braces)
        close = template_end(text, braces, closings=closings) if name in _WIDENED_TEMPLATES else -1
        if close > end:
            end = close
        braces = text.find("{{", braces + 2, end)
    return start, end


#: How far back an infobox's date or wrapping template may open before a window.
_TEMPLATE_REACH = 200


def _enclosing_template_start(text: str, start: int) -> int:
    """Move *start* back to the opening of a date or wrapping template it falls inside
    (``{{nowrap|{{death date and age|…}}}} {{bracket|OS: 7 September 1783}}``)."""
    low = max(0, start - _TEMPLATE_REACH)
    opening = text.rfind("{{", low, start)
    for _ in range(4):  # nested templates, a few deep
        if opening == -1:
            break
        name = template_name(text, opening)
        if name in SHOWN_DATE_TEMPLATES or name in _WRAPPING_TEMPLATES:
            close = template_end(text, opening, _TEMPLATE_REACH * 4)
            if close > start:
                start = opening
        opening = text.rfind("{{", low, opening)
    return start


class _Pieces:
    """The original span of each character of a normalised text, kept per piece: a copy
    of the source's characters (each its own span) or a replacement (each the span of
    what it replaces). A map per character cost more to build, list items for every
    character of the window, than the few look-ups of the spans of what the reader
    finds."""

    __slots__ = ("copied", "ends", "length", "offsets", "starts")

    def __init__(self) -> None:
        self.length = 0  # of the normalised text so far
        self.offsets: list[int] = []  # where each piece begins in the normalised text
        self.starts: list[int] = []  # where it begins in the source
        self.ends: list[int] = []  # and ends
        self.copied: list[bool] = []

    def add(self, length: int, start: int, end: int, copied: bool) -> None:
        self.offsets.append(self.length)
        self.starts.append(start)
        self.ends.append(end)
        self.copied.append(copied)
        self.length += length

    def _piece(self, at: int) -> tuple[int, int]:
        """The piece holding the normalised character *at* (counted from the end if
        negative, as in a list), and *at* within it."""
        if at < 0:
            at += self.length
        if not 0 <= at < self.length:
            raise IndexError(at)
        piece = bisect_right(self.offsets, at) - 1
        return piece, at - self.offsets[piece]

    def start_of(self, at: int) -> int:
        """Where the normalised character *at* begins in the source."""
        piece, inside = self._piece(at)
        return self.starts[piece] + inside if self.copied[piece] else self.starts[piece]

    def end_of(self, at: int) -> int:
        """Where the normalised character *at* ends in the source."""
        piece, inside = self._piece(at)
        return self.starts[piece] + inside + 1 if self.copied[piece] else self.ends[piece]


class _Builder:
    __slots__ = ("notes", "parts", "pieces")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pieces = _Pieces()
        self.notes: list[tuple[int, int]] = []

    def copy(self, start: int, end: int, text: str) -> None:
        if start < end:
            self.parts.append(text[start:end])
            self.pieces.add(end - start, start, end, True)

    def put(self, replacement: str, start: int, end: int) -> None:
        if replacement:
            self.parts.append(replacement)
            self.pieces.add(len(replacement), start, end, False)


def normalise(text: str, start: int, end: int, *, wikitext: bool) -> Window:
    """The tidy form of ``text[start:end]`` with its map back to *text*.

    >>> window = normalise("On 4&nbsp;January 1643[a] (O.S.)", 0, 32, wikitext=False)
    >>> window.text
    'On 4 January 1643 (O.S.)'
    >>> window.span(3, 17)  # "4 January 1643" in the original
    (3, 22)
    """
    if _ANY_NOISE.search(text, start, end) is None:
        return Window(text[start:end], start, None, text)
    out = _Builder()
    _normalise_into(out, text, start, end, wikitext)
    # Footnote contents follow the text they were cut from, each behind a barrier.
    while out.notes:
        note_start, note_end = out.notes.pop(0)
        out.put(BARRIER, note_start, note_start)
        _normalise_into(out, text, note_start, note_end, wikitext)
    return Window("".join(out.parts), start, out.pieces, text)


class _Ends:
    """Where comments, references and templates close, searched once per stretch."""

    __slots__ = ("comment", "ref", "template")

    def __init__(self, text: str) -> None:
        self.comment = Closings(text, "-->")
        self.ref = Closings(text, "</ref")
        self.template = Closings(text, "}}")


_REF_CLOSE = re.compile(r"</ref\s*>")


def ref_end(text: str, closings: Closings, position: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` of the first ``</ref>`` in ``text[position:end]``; *closings* are
    those of ``</ref`` in *text*."""
    while True:
        closing = closings.find(position, end)
        if closing == -1:
            return None
        tag = _REF_CLOSE.match(text, closing, end)
        if tag is not None:
            return tag.span()
        position = closing + 1


def _normalise_into(out: _Builder, text: str, start: int, end: int, wikitext: bool) -> None:
    position = start
    ends = _Ends(text)
    for match in _noise().finditer(text, start, end):
        if match.start() < position:
            continue  # inside a template, comment or reference already handled
        out.copy(position, match.start(), text)
        position = match.end()
        kind = match.lastgroup
        if kind == "shown":  # lastgroup is the innermost closed group
            kind = "link"
        if kind == "mdshown":
            kind = "mdlink"
        if kind == "comment":
            closing = ends.comment.find(position, end)
            if closing == -1:
                out.copy(match.start(), position, text)  # not a comment: read on
            else:
                position = closing + 3
        elif kind == "ref" and not match.group().endswith("/>"):
            closed = ref_end(text, ends.ref, position, end)
            if closed is None:
                continue  # an opening tag never closed: dropped as any tag
            if wikitext and closed[0] > position:
                out.notes.append((position, closed[0]))
            position = closed[1]
            if not wikitext:
                out.copy(match.start(), position, text)
        elif kind == "ref" and not wikitext:
            out.copy(match.start(), position, text)
        elif kind == "tpl":
            position = _template(out, text, match.start(), end, wikitext, ends.template)
        elif kind == "link":
            if wikitext:
                out.copy(match.start("shown"), match.end("shown"), text)
            else:
                out.copy(match.start(), match.end(), text)
        elif kind == "mdlink":
            out.copy(match.start("mdshown"), match.end("mdshown"), text)
        elif kind == "br" and _BR_GIVES_OTHER_CALENDAR.match(text, match.end(), end):
            out.put(" ", match.start(), match.end())
        elif kind in ("elision", "br", "bar"):
            out.put(BARRIER, match.start(), match.end())
        elif kind == "entity":
            name = match.group()[1:-1]
            replacement = _ENTITIES.get(name.lower() if name.startswith("#") else name)
            if replacement is None:
                out.copy(match.start(), match.end(), text)
            else:
                out.put(replacement, match.start(), match.end())
        elif kind == "newline":
            _newline(out, text, match)
        elif kind == "space":
            out.put(" ", match.start(), match.end())
        elif kind == "longs":
            out.put("s", match.start(), match.end())
        elif kind == "note" and _between_words(text, match.start(), match.end()):
            # A rendered infobox's cells run together: "Moscú[1]30 de mayu"
            out.put(" ", match.start(), match.end())
        elif kind == "emph" and match.group().startswith("'") and not wikitext:
            out.copy(match.start(), match.end(), text)
        # comment, note, tag, emph, invisible, escape: dropped
    out.copy(position, end, text)


def _between_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands between a letter or digit and a digit, where
    a space was lost."""
    return start > 0 and end < len(text) and text[start - 1].isalnum() and text[end].isdigit()


def _newline(out: _Builder, text: str, match: re.Match[str]) -> None:
    run = match.group()
    first = match.start() + run.index("\n")
    if run.count("\n") == 1 and soft_break(text, first):
        out.put(" ", match.start(), match.end())
    else:
        out.put(BARRIER, match.start(), match.end())


def _template(
    out: _Builder, text: str, start: int, end: int, wikitext: bool, closings: Closings
) -> int:
    """Handle the template opening at *start*; return where reading resumes."""
    if not wikitext:
        out.copy(start, start + 2, text)
        return start + 2
    close = template_end(text, start, end - start, closings)
    name = template_name(text, start)
    if close == -1 or close > end:
        out.copy(start, start + 2, text)
        return start + 2
    if name in _SPACING_TEMPLATES:
        out.put(_SPACING_TEMPLATES[name], start, close)
    elif name in DATE_TEMPLATES:
        out.put(BARRIER, start, close)
    elif name in _NOTE_TEMPLATES:
        bar = text.find("|", start, close)
        if bar != -1:
            out.notes.append((bar + 1, close - 2))
    elif name.startswith(("sfn", "r|", "rp", "cn", "citation needed", "fact", "harvnb")):
        pass
    elif name in ("ref", "ref label", "note label"):
        pass  # footnote links: "11/22{{ref|dates|O.S./N.S.}} June 1727"
    elif name in SHOWN_DATE_TEMPLATES:
        shown = _shown_date(text, start, close)
        if shown is None:
            out.copy(start, start + 2, text)
            return start + 2
        out.put(shown, start, close)
    elif name in _WRAPPING_TEMPLATES:
        bar = text.find("|", start, close)
        if bar == -1:
            return close
        opening, closing = _WRAPPING_TEMPLATES[name]
        out.put(opening, start, bar + 1)
        _normalise_into(out, text, bar + 1, close - 2, wikitext)
        out.put(closing, close - 2, close)
    else:
        out.copy(start, start + 2, text)
        return start + 2
    return close


# An infobox gives a date in the other calendar on the next line of the same value:
# "{{birth date|...}}<br>{{small|[N.S.: 14 November 1650]}}", "OS: …<br>&nbsp;NS: …".
_BR_GIVES_OTHER_CALENDAR = re.compile(
    r"(?:\s|&nbsp;)*(?:\{\{\s*(?:small|bracket|nowrap|resize)\s*\||\[\[(?:Old Style|Adoption of)"
    r"|<small>\s*[\[(]|[\[(])",
    re.IGNORECASE,
)
#: Infobox date templates, read as the date they show: ``{{birth date|df=y|1643|1|4}}``.
SHOWN_DATE_TEMPLATES = frozenset(
    (
        "birth date",
        "death date",
        "birth date and age",
        "death date and age",
        "start date",
        "end date",
        "bda",
        "dda",
        "birth-date",
        "death-date",
    )
)
#: Templates that show their first parameter, some inside brackets: what an infobox
#: writes around the date in the other calendar (``{{small|[N.S.: 14 November 1650]}}``).
_WRAPPING_TEMPLATES: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("small", "nowrap", "nobr", "awrap", "resize", "smaller"), ("", "")),
    "bracket": ("[", "]"),
    "brackets": ("[", "]"),
    "nowrap begin": ("", ""),
}
#: The year, month and day parameters of a shown date template, as written.
SHOWN_DATE_NUMBERS = re.compile(
    r"\|\s*([0-9]{1,4})\s*\|\s*([0-9]{1,2})\s*\|\s*([0-9]{1,2})\s*(?=[|}])"
)


def _shown_date(text: str, start: int, close: int) -> str | None:
    """The date ``{{death date|1727|03|31|df=y}}`` shows: ``31 March 1727``."""
    found = SHOWN_DATE_NUMBERS.search(text, start, close)
    if found is None:
        return None
    year, month, day = (int(group) for group in found.groups())
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    return f"{day} {MONTH_NAMES[month - 1]} {year}"


def has_noise(text: str) -> bool:
    """Whether :func:`normalise` would change *text* (its markup or spaces)."""
    return _ANY_NOISE.search(text) is not None
