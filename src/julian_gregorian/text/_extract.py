"""``extract``: every Old Style / New Style date of a text, with its exact place.

The text passes four stages, each a package of its own, and one type passes between
them, the :class:`~julian_gregorian.text._drafts.Draft`:

1. locate (:mod:`~julian_gregorian.text._locate`): the anchors, the places worth reading,
   found by a few fast scans (:mod:`~julian_gregorian.text._locate.anchors`); in wikitext,
   anchors inside markup are dropped (:mod:`~julian_gregorian.text._locate.markup`);
2. read (:mod:`~julian_gregorian.text._read`): at each anchor, the shortcut
   (:mod:`~julian_gregorian.text._read.shortcut`) reads the commonest shape
   (``6 November [O.S. 24 October] 1917``) at once,
   :mod:`~julian_gregorian.text._read.templates` the Old Style date templates of wikitext
   and :mod:`~julian_gregorian.text._read.tables` tables with Julian and Gregorian
   columns; around every other anchor a window is normalised
   (:mod:`~julian_gregorian.text._read.normalise`) and read
   (:mod:`~julian_gregorian.text._read.windows`). Each reader makes drafts;
3. link (:mod:`~julian_gregorian.text._link`): a date is joined to the other calendar's
   date in its footnote (:mod:`~julian_gregorian.text._link.footnotes`); where readings
   overlap the first stands; dates without a year take one from their paragraph or
   section (:mod:`~julian_gregorian.text._link.context`); two marked dates of one day
   told in two sentences are one pair (:mod:`~julian_gregorian.text._link.sentences`);
4. finish (:mod:`~julian_gregorian.text._finish`): every draft becomes an
   :class:`~julian_gregorian.text.items.Item` with its line and column.

This module runs them: the loop over the anchors and the cutting of windows.
"""

from __future__ import annotations

import gc
import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import replace
from itertools import compress, count, repeat
from operator import lt, sub

from julian_gregorian._line_breaks import as_newlines
from julian_gregorian.text._drafts import Draft, finish, one_reading_each
from julian_gregorian.text._link.context import take_context_years
from julian_gregorian.text._link.footnotes import (
    LineEnds,
    definition_lines,
    link_footnotes,
    link_inline,
)
from julian_gregorian.text._link.sentences import pair_across_sentences
from julian_gregorian.text._locate.anchors import anchor_array, anchors_and_words
from julian_gregorian.text._locate.markup import REACH as MARKUP_REACH
from julian_gregorian.text._locate.markup import markup_end
from julian_gregorian.text._read.dateless import holds_nothing, raw_holds_nothing
from julian_gregorian.text._read.normalise import Closings, normalise, soft_break, widen
from julian_gregorian.text._read.openers import clause_reach
from julian_gregorian.text._read.shortcut import may_read_between, next_readable, read_shortcut
from julian_gregorian.text._read.tables import LONGEST_CELL, Tables
from julian_gregorian.text._read.templates import read_template, template_at
from julian_gregorian.text._read.windows import read_window
from julian_gregorian.text._vocabulary.lexicon import led_by, month_of
from julian_gregorian.text.items import Item

#: Characters read before and after an anchor: enough for the longest shape around one.
BEFORE = 64
AFTER = 72
#: Wikitext is recognised from its markup near the start of a text.
_WIKI_SIGNS = re.compile(
    r"\{\{[^{}\n]{1,80}[|}]|\[\[[^\[\]\n]{1,120}\]\]|'''[^'\n]|<ref[ >]|^==[^=\n]+==[ \t]*$",
    re.MULTILINE,
)
_WIKI_PROBE = 100_000
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s")


def looks_like_wikitext(text: str) -> bool:
    """Whether *text* is wikitext, judged by markup in its first 100,000 characters.

    >>> looks_like_wikitext("'''Peter I''' ({{OldStyleDate|9 June|1672|30 May}})")
    True
    >>> looks_like_wikitext("Peter I (9 June [O.S. 30 May] 1672)")
    False
    """
    return _WIKI_SIGNS.search(text, 0, _WIKI_PROBE) is not None


class ExtractStats:
    """What one :func:`extract` call did, counted for benchmarks and for the tests that
    bound its work on hostile input: the anchors that led to a reading, the windows
    read and the characters those windows held (read and normalised), the windows
    passed over unread because no date can be read in them (``dateless``), the windows
    passed over at the end of a long run of anchors where nothing was found, and the
    characters searched (once for each kind of sign) for a sign of a date in them, the
    characters of the lines the table readers walked and the header lines they read a
    table from (``table_reads``), and the anchors the readers were asked about one at a
    time (``asked``: the others of a fruitless run or table went to the windows at once).

    >>> stats = ExtractStats()
    >>> _ = extract("On 6 November [O.S. 24 October] 1917; see the O.S. map.", stats=stats)
    >>> stats.anchors, stats.windows
    (2, 1)
    """

    __slots__ = (
        "anchors",
        "asked",
        "dateless",
        "searched",
        "skipped",
        "table_characters",
        "table_reads",
        "window_characters",
        "windows",
    )

    def __init__(self) -> None:
        self.anchors = 0
        self.windows = 0
        self.window_characters = 0
        self.dateless = 0
        self.skipped = 0
        self.searched = 0
        self.table_characters = 0
        self.table_reads = 0
        self.asked = 0

    def __repr__(self) -> str:
        return (
            f"ExtractStats(anchors={self.anchors}, windows={self.windows}, "
            f"window_characters={self.window_characters}, dateless={self.dateless}, "
            f"skipped={self.skipped}, "
            f"searched={self.searched}, table_characters={self.table_characters}, "
            f"table_reads={self.table_reads}, asked={self.asked})"
        )


def extract(
    text: str, *, wikitext: bool | None = None, stats: ExtractStats | None = None
) -> list[Item]:
    """Every O.S./N.S. pair, marked date and dual year in *text*, in text order.

    *wikitext* says whether to read wiki markup and templates; by default it is
    detected. Offsets, lines and columns refer to *text* as given. *stats*, when given,
    is filled with the counts of the work done.

    >>> [item.text for item in extract("On 6 November [O.S. 24 October] 1917 they rose.")]
    ['6 November [O.S. 24 October] 1917']
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() needs a str, not {type(text).__name__}")
    anchors = anchor_array(text)
    if not anchors:
        return []  # every item holds an anchor: a text without one costs only the scan
    return _items(text, anchors, wikitext, stats)


def extract_and_words(
    text: str, wikitext: bool | None, words: tuple[str, ...]
) -> tuple[list[Item], bool]:
    """:func:`extract`, and whether *text* may hold one of *words* (each as it is
    written): ``False`` only where the scan that found the anchors (none, in a short
    text; a long text's, with Hyperscan) found none of them (see
    :func:`~julian_gregorian.text._locate.anchors.anchors_and_words`).

    >>> extract_and_words("No date here.", None, ("day",))
    ([], True)
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() needs a str, not {type(text).__name__}")
    anchors, held = anchors_and_words(text, words)
    if not anchors:
        return [], held
    return _items(text, anchors, wikitext, None), held


def _items(
    text: str, anchors: array[int], wikitext: bool | None, stats: ExtractStats | None
) -> list[Item]:
    """The items of *text* read from its *anchors* (see :func:`extract`)."""
    # The objects built here hold no reference cycles, but some twenty of them are made
    # for every item; the cyclic collector, woken by the count of allocations, would
    # scan them all again and again (7% of the time on a large text). It is paused
    # while they are made and restored as it was.
    collecting = gc.isenabled()
    gc.disable()
    try:
        # The readers know "\n" as a line end: a text whose lines end in "\r" alone is
        # read as the same text with "\n" there, and its items quote the text as given.
        analysed = as_newlines(text)
        items = _extract(analysed, anchors, wikitext, stats or ExtractStats())
        if analysed is not text:
            items = [_quoting(item, text) for item in items]
        return items
    finally:
        if collecting:
            gc.enable()


def _quoting(item: Item, text: str) -> Item:
    """*item* with its ``text`` taken from *text*."""
    quoted = text[item.offset : item.end_offset]
    return item if quoted == item.text else replace(item, text=quoted)


def _extract(
    text: str, anchors: array[int], wikitext: bool | None, stats: ExtractStats
) -> list[Item]:
    wiki = looks_like_wikitext(text) if wikitext is None else bool(wikitext)
    drafts: list[Draft] = []
    others: array[int] = array("q")  # the anchors left to the windows
    tables = Tables(text, wiki)
    footnotes: dict[int, tuple[int, str]] = {}  # definition lines seen: start -> end, label
    read_to = -1
    closings = Closings(text, "}}")
    line_ends = LineEnds(text)  # the end of a line is searched for once, not per date
    run_ends = _RunEnds(anchors, line_ends)
    run, previous = 0, -_RUN_GAP - 1  # anchors in this run read for nothing; the last one
    index = asked = 0
    while index < len(anchors):
        anchor = anchors[index]
        if anchor < read_to:  # read already: on to the first anchor after the reading
            index = bisect_left(anchors, read_to, index)
            continue
        index += 1
        if anchor - previous > _RUN_GAP or text.find("\n", previous, anchor) != -1:
            run = 0
        previous = anchor
        if run > _FRUITLESS_ANCHORS:
            # Crafted input, or a long line of dates only windows read: the rest of the
            # run goes to the windows at once (which pass it over if it stays fruitless).
            end = run_ends.after(index - 1)
            # (copied from a view: a slice of the array would be a third copy of a run
            # that may hold most of the text's anchors)
            others.frombytes(memoryview(anchors)[index - 1 : end].cast("B"))
            read_to = anchors[end] if end < len(anchors) else len(text)
            stats.skipped += 1
            continue
        asked += 1
        # (The shortcut reads the S of "O.S." only: most anchors of wikitext are the
        # slashes of URLs, not worth a call.)
        draft = read_shortcut(text, anchor) if text[anchor] == "S" else None
        if draft is not None:
            stats.anchors += 1
            drafts.append(draft)
            if draft.kind != "pair":  # a single date may be a footnote's, as in a window
                footnotes.update(definition_lines(text, draft.offset, draft.end_offset, line_ends))
            read_to = draft.end_offset
            run = 0
            continue
        # URLs, link targets and attributes hold most anchors of real wikitext, no date.
        # (Asked after the shortcut, which reads most real anchors and never markup.)
        if wiki:
            markup = markup_end(text, anchor)
            if markup:
                if markup > anchor + 1:
                    index, run, asked = _past_markup(text, anchors, index, markup, run, asked)
                    previous = anchors[index - 1]
                continue
        stats.anchors += 1
        template = template_at(text, anchor, closings) if wiki else None
        if template is not None:
            draft = read_template(text, *template)
            if draft is not None:
                drafts.append(draft)
            read_to = template[1]
            run = 0
            continue
        header = tables.header_line(anchor)
        if header is not None:
            table = tables.read(header)
            if table is not None and table[0]:
                drafts.extend(table[0])
                read_to = table[1]
                run = 0
                continue
            # A line that only looked like a table header ("| d = [[…Gregorian…|OS]]: …")
            # is read as text.
        others.append(anchor)
        run += 1
        if header is not None and index < len(anchors):
            # The lines after a header read for nothing that the table reader would read
            # for nothing too (a run of header lines): their anchors go to the windows at
            # once, as one by one they would, up to where another reader may take one.
            passed = tables.passed_over(header)
            end = (
                _unread_end(text, anchors, index, passed, _MARKUP_SIGNS if wiki else None)
                if passed > anchor
                else index
            )
            if end > index:
                others.frombytes(memoryview(anchors)[index:end].cast("B"))
                stats.anchors += end - index
                index, previous, run = end, anchors[end - 1], 0
                continue
        if run == _RUN_JUDGED and not wiki:
            # A run of anchors read for nothing so far: when no reader at an anchor can
            # take any of the rest of it (which a few searches tell), the rest goes to the
            # windows at once, as one by one (up to the cut above) it would. First the
            # rest with the lines after it (crafted input repeats a line of junk), then
            # the rest of this line alone.
            stop = _lines_stop(text, anchor, line_ends) if index < len(anchors) else 0
            end = _unread_end(text, anchors, index, stop, _CELL_BORDERS) if stop > anchor else index
            if end > index:
                others.frombytes(memoryview(anchors)[index:end].cast("B"))
                stats.anchors += end - index
                index, previous, run = end, anchors[end - 1], 0
                continue
            end = run_ends.after(index - 1)
            if end > index and not _readers_may_take(
                text, anchors[index], anchors[end - 1], tables
            ):
                take = min(end - index, _FRUITLESS_ANCHORS + 1 - run)
                others.frombytes(memoryview(anchors)[index : index + take].cast("B"))
                stats.anchors += take
                run += take
                index += take
                previous = anchors[index - 1]
    stats.table_characters += tables.visited
    stats.table_reads += tables.reads
    stats.asked += asked
    run_end, run_last, fruitless = -1, 0, 0
    resume: _Resumption | None = None  # made when a run first passes the budget
    for start, end, first, last in _windows(others, len(text)):
        if start - run_end > _RUN_GAP or text.find("\n", run_last, first) != -1:
            fruitless = 0  # a new run of anchors, or a new line
        run_end, run_last = end, last
        if fruitless > _FRUITLESS_RUN:
            newline = text.rfind("\n", first, last)
            if resume is None:
                resume = _Resumption(stats)
            if newline == -1 and not resume.reads(text, start, end):
                stats.skipped += 1
                continue
            if newline != -1:
                start = first = newline + 1  # the run ends at the line break: read on from it
                fruitless = 0
        elif fruitless == 0:
            resume = None  # (a new run earns its credit afresh)
        start, end = clause_reach(text, *_clip(text, start, end, first, last), first, last)
        if text.find("[", start, end) != -1:
            footnotes.update(definition_lines(text, start, end, line_ends))
        if _DIGIT.search(text, start, end) is None:
            continue  # no date without a number
        if wiki:
            start, end = widen(text, start, end)
            end = min(end, start + _LONGEST_WIDENED)
        verdict = raw_holds_nothing(text, start, end)
        window = None if verdict else normalise(text, start, end, wikitext=wiki)
        if window is None or (verdict is None and holds_nothing(window.text)):
            stats.dateless += 1
            fruitless += end - start
            continue
        stats.windows += 1
        stats.window_characters += end - start
        read = read_window(window)
        fruitless = 0 if read else fruitless + end - start
        drafts.extend(read)
    if footnotes:
        drafts = link_footnotes(text, drafts, footnotes, wiki)
    if wiki:
        drafts = link_inline(text, drafts, wiki)
    drafts = pair_across_sentences(text, one_reading_each(drafts))
    take_context_years(text, drafts)
    return finish(text, drafts)


def _past_markup(
    text: str, anchors: array[int], index: int, end: int, run: int, asked: int
) -> tuple[int, int, int]:
    """The anchors from *index* on before *end*, which all stand in the markup of the one
    before (its URL, see :func:`markup_end`), passed over at once as one by one they
    would be: where the next anchor, *run* and *asked* stand then. (Thousands of slashes
    before digits in the URLs of a long page: ``/2019/05/``, an archive's
    ``/web/20190101000000/``.)

    The shortcut reads none of them: its ``O.S.`` would stand among them. Line breaks
    end a URL, so only a gap longer than :data:`_RUN_GAP` between two of them breaks the
    run of anchors."""
    last = bisect_left(anchors, end, index)
    if last == index or text.find("O.S.", anchors[index - 1] - 1, end + 2) != -1:
        return index, run, asked  # (crafted: each is read on its own)
    if anchors[last - 1] - anchors[index - 1] > _RUN_GAP:
        gaps = map(sub, anchors[index:last], anchors[index - 1 : last - 1])
        if any(gap > _RUN_GAP for gap in gaps):
            run = 0
    return last, run, asked + last - index


#: The longest stretch of anchors read as one window. Anchors closer together than a
#: window's reach are merged into one window; a run of them longer than this (crafted
#: input, "1731/1731/…") is cut into windows of this size, so that the memory a window
#: takes (a map of offsets per character) is bounded whatever the input.
_LONGEST_WINDOW = 2048
#: The longest a window may grow to hold a footnote or template it cuts
#: (:func:`~julian_gregorian.text._read.normalise.widen`).
_LONGEST_WIDENED = 4 * _LONGEST_WINDOW
#: Windows closer than this, on one line, follow one another in one run of anchors.
_RUN_GAP = BEFORE
#: Anchors of one unbroken run, each read by the shortcut, the template and the table
#: readers for nothing, after which the rest of the run goes to the windows without
#: them (crafted input: "[O.S. [O.S. …", "{{OldStyleDate|{{OldStyleDate|…"). Real text
#: finds something long before, or breaks the run with a line break or prose.
_FRUITLESS_ANCHORS = 512
#: Anchors of one run read one by one, for nothing, before the rest of the run is
#: looked at whole (see :func:`_readers_may_take`): lines of crafted input ("1/2 1/2 …",
#: "[O.S. [O.S. …") hold dozens of anchors each, real text a few at most.
_RUN_JUDGED = 2


#: How far on from a run judged fruitless the lines after it are judged with it.
_LINES_JUDGED = 1 << 14


def _lines_stop(text: str, anchor: int, line_ends: LineEnds) -> int:
    """The last line break within :data:`_LINES_JUDGED` characters of *anchor*, past the
    end of its line (the text's end when that is nearer; 0 where there is none)."""
    limit = anchor + _LINES_JUDGED
    if limit >= len(text):
        return len(text)
    return max(0, text.rfind("\n", line_ends.after(anchor) + 1, limit))


#: What a reader but the shortcut needs near an anchor to take it (or, in wikitext, to
#: drop it), each searched for from as far back as its reader looks: in wikitext a URL's
#: slashes, a tag, a link, an equals sign or a template's braces (:func:`in_markup`,
#: :func:`template_at`; an anchor's markup up to :data:`MARKUP_REACH` characters before
#: it); outside it, a table header's cell border (:meth:`Tables.header_line`). The first
#: found ends what may go to the windows at once (an attribute's name and its ``=`` may
#: follow an anchor by up to :data:`_NAME_AFTER` characters, the others less).
_MARKUP_SIGNS = (re.compile(led_by("/<=[{", r"//|<|\[\[|=|\{\{")), MARKUP_REACH)
_CELL_BORDERS = (re.compile("[|!]"), LONGEST_CELL)
_NAME_AFTER = 33


def _unread_end(
    text: str,
    anchors: array[int],
    index: int,
    stop: int,
    obstacles: tuple[re.Pattern[str], int] | None,
) -> int:
    """The index after the anchors from ``anchors[index]`` on, before *stop* (a line's
    end), that no reader may take: those before the first place where the shortcut or
    another reader, told by *obstacles* (:data:`_MARKUP_SIGNS`, :data:`_CELL_BORDERS`:
    what it needs and how far back it looks), may take or drop one, cut back to the line
    break before that place, so that what is left begins a line (*index* where nothing
    is left before it). The searches stop at that place: the anchors taken, or the line
    it is on, pay for them."""
    first = anchors[index]
    reach = stop
    if obstacles is not None:
        signs, back = obstacles
        found = signs.search(text, max(0, first - back), stop + _NAME_AFTER)
        if found is not None:
            reach = found.start() - _NAME_AFTER
    if reach > first:
        bracket = next_readable(text, max(0, first - 3), reach + 3)
        if bracket != -1:
            reach = min(reach, bracket + 3 - _NAME_AFTER)
    if reach < stop:
        stop = text.rfind("\n", first, reach) if reach > first else -1
        if stop == -1:
            return index
    return bisect_left(anchors, stop, index)


def _readers_may_take(text: str, first: int, last: int, tables: Tables) -> bool:
    """Whether the shortcut or the table reader may take an anchor from *first* to *last*
    (outside wikitext, where the template reader and the markup test are not asked)."""
    return may_read_between(text, first, last) or tables.may_head_between(first, last)


#: Characters of one unbroken run of windows read without finding anything, after which
#: the rest of the run is passed over. Prose, lists and tables of dates find something
#: every few hundred characters; a run this long and fruitless is crafted input
#: ("1731/1731/…", "(5 March 1731 (5 March 1731 …"), whose reading would cost the time
#: of the tokeniser on every character of it.
_FRUITLESS_RUN = 8 * _LONGEST_WINDOW


#: After a fruitless run, at most one character in this many of the windows passed over
#: is read again (the windows that may hold a date), so that a date further on the line
#: is still found while the work stays a bounded share of the input.
_RESUME_SHARE = 64
#: The credit a fruitless run starts with: two windows, so that the dates soon after
#: it are read at once (it costs at most a quarter of the run read before the cut).
_FIRST_CREDIT = 2 * _LONGEST_WINDOW
#: Words (a month word has three letters or more) and the number shapes of a date
#: without a month word: a dual year (``1749/50``) and a date in numbers
#: (``15(28).04.1922``). Each pattern begins with a character the regex engine can jump
#: to (a look-behind first would be tried at every position: five times the cost on
#: "1731/1731/…"), so the check costs a small part of what reading the window would.
_WORD = re.compile(r"[^\W\d_]{3,}\.?")
#: Runs of three or more characters that may be letters: every ASCII letter and every
#: character from U+00AA (the first letter past ASCII) on. A run of letters lies inside
#: one of these, and the regex engine tests a range of characters about three times
#: faster than the Unicode category of ``[^\W\d_]``: a stretch without words (numbers,
#: markers and punctuation) is passed over at that speed. (The class is written three
#: times rather than repeated ``{3,}``: the engine passes over a stretch without one
#: about twice as fast so.)
_MAYBE_LETTER = "[A-Za-z\u00aa-\U0010ffff]"
_MAYBE_WORD = re.compile(f"{_MAYBE_LETTER}{_MAYBE_LETTER}{_MAYBE_LETTER}+")
_DUAL_YEAR_END = re.compile(r"/(?<=\d{3}/)\d{1,2}(?=[^\d/])")
_NUMERIC_DATE_END = re.compile(r"(?:\)(?<=\d\))\.|\.(?<=\d\.))[01]?\d\.\d{3,4}")


def _next_dual_year(text: str, start: int, end: int) -> tuple[int, int] | None:
    found = _DUAL_YEAR_END.search(text, start, end)
    return None if found is None else found.span()


def _next_numeric_date(text: str, start: int, end: int) -> tuple[int, int] | None:
    # (The regex engine tries the pattern's two first characters at every position:
    # ``str.find`` skips to the first of them in C, the stretch without one at once.)
    stops = [at for at in (text.find(")", start, end), text.find(".", start, end)) if at != -1]
    if not stops:
        return None
    found = _NUMERIC_DATE_END.search(text, min(stops), end)
    return None if found is None else found.span()


def _next_month_word(text: str, start: int, end: int) -> tuple[int, int] | None:
    for run in _MAYBE_WORD.finditer(text, start, end):
        # (one character on, for the full stop an abbreviated month may end with)
        for word in _WORD.finditer(text, run.start(), min(end, run.end() + 1)):
            if month_of(word.group()):
                return word.span()
    return None


#: What may make a window hold a date (a marker alone is no date): the first of each
#: kind in a stretch of text.
_DATE_SIGNS = (_next_dual_year, _next_numeric_date, _next_month_word)
#: How far on from a window's start the signs of a date are searched at once.
_SIGN_REACH = 2 * _LONGEST_WIDENED
#: Stands for "no sign up to the offset searched to" in :attr:`_Resumption.signs`.
_NO_SIGN = -1


class _Resumption:
    """Which windows of a line are read after a fruitless run of them.

    The run is crafted input or markup without dates, and reading all of it would cost the
    tokeniser's time on every character, so the windows passed over earn a credit, a
    :data:`_RESUME_SHARE`-th of their length (and :data:`_FIRST_CREDIT` to begin), and a
    window that a quick search shows may hold a date (:meth:`may_hold_date`) is read when
    the credit covers it. A date after any length of windows without one is read; among
    windows that all look like dates (``(5 March 1731 (5 March 1731 …``), one in about
    :data:`_RESUME_SHARE` is.
    """

    __slots__ = ("credit", "signs", "stats")

    def __init__(self, stats: ExtractStats) -> None:
        self.stats = stats
        self.credit = _FIRST_CREDIT
        # The first sign of each kind after the last search's start, as (start, end),
        # or (offset searched to, _NO_SIGN) when there was none. A search goes
        # :data:`_SIGN_REACH` on and is made again only once the windows have passed its
        # sign or its end, so each character of a run is searched about once, not once
        # for each window that holds it.
        self.signs = [(-1, _NO_SIGN)] * len(_DATE_SIGNS)

    def may_hold_date(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds a month word, a dual year or a date in
        numbers."""
        for kind, find in enumerate(_DATE_SIGNS):
            sign = self.signs[kind]
            if sign[0] < start or (sign[1] == _NO_SIGN and sign[0] < end):
                reach = min(len(text), max(end, start + _SIGN_REACH))
                self.stats.searched += reach - start
                sign = self.signs[kind] = find(text, start, reach) or (reach, _NO_SIGN)
            if sign[1] != _NO_SIGN and sign[1] <= end:
                return True
        return False

    def reads(self, text: str, start: int, end: int) -> bool:
        """Whether to read the window ``text[start:end]`` (and spend its credit)."""
        if self.credit >= end - start and self.may_hold_date(text, start, end):
            self.credit -= end - start
            return True
        self.credit += (end - start) // _RESUME_SHARE
        return False


def _windows(anchors: array[int], length: int) -> Iterator[tuple[int, int, int, int]]:
    """Disjoint-ish ``(start, end, first, last)`` windows around *anchors*: the reach of
    near anchors merged, up to :data:`_LONGEST_WINDOW` characters each (a longer run of
    anchors continues in a window that overlaps the last one by a reach).
    """
    # Crafted input has an anchor every few characters: each window's anchors are found
    # by a bisection (the furthest its length allows) and a scan for the first gap
    # wider than two reaches, both in C, so that its cost is not a Python step per
    # anchor.
    index, total = 0, len(anchors)
    while index < total:
        first = anchors[index]
        start = max(0, first - BEFORE)
        furthest = total
        if length - start > _LONGEST_WINDOW:
            furthest = bisect_right(anchors, start + _LONGEST_WINDOW - AFTER, index + 1)
        index = _first_gap(anchors, index, furthest, BEFORE + AFTER)
        last = anchors[index - 1]
        yield start, min(length, last + AFTER), first, last


#: Gaps looked at one by one; more are looked at in C, a block at a time.
_FEW_GAPS = 8


def _first_gap(anchors: array[int], index: int, end: int, gap: int) -> int:
    """The first index in ``(index, end)`` whose anchor lies more than *gap* characters
    after the one before it, or *end*."""
    end = max(end, index + 1)
    gaps = end - 1 - index
    if gaps <= 0:
        return end
    if gaps <= _FEW_GAPS:  # (real text: a step in Python costs less than setting up)
        for at in range(index + 1, end):
            if anchors[at] - anchors[at - 1] > gap:
                return at
        return end
    # Anchors that a stride apart lie at most *gap* apart hold no wider gap between
    # them: a dense run is looked at a block of (about as many anchors as one gap
    # holds) at a time, and only a block that spans more is looked into.
    stride = max(1, min(gaps, gap * gaps // max(1, anchors[end - 1] - anchors[index])))
    if stride == 1:
        return _first_wide(anchors, index, end, gap)
    view = memoryview(anchors)  # slices of a view copy nothing
    at = index
    while True:
        spans = map(sub, view[at + stride : end : stride], view[at : end - stride : stride])
        wide = next(compress(count(at, stride), map(lt, repeat(gap), spans)), None)
        if wide is None:  # no block spans more: the gaps after the last whole block
            return _first_wide(anchors, at + (end - 1 - at) // stride * stride, end, gap)
        found = _first_wide(anchors, wide, wide + stride + 1, gap)
        if found <= wide + stride:
            return found
        at = wide + stride


def _first_wide(anchors: array[int], index: int, end: int, gap: int) -> int:
    """:func:`_first_gap` looking at every gap."""
    view = memoryview(anchors)
    wider = map(lt, repeat(gap), map(sub, view[index + 1 : end], view[index : end - 1]))
    return next(compress(count(index + 1), wider), max(end, index + 1))


def _run_end(anchors: array[int], index: int, line_ends: LineEnds) -> int:
    """The index after the last anchor of the run from ``anchors[index]`` on: up to the
    next one further than a reach away or on another line."""
    last = bisect_left(anchors, line_ends.after(anchors[index]), index + 1)
    return _first_gap(anchors, index, last, _RUN_GAP)


class _RunEnds:
    """:func:`_run_end` for anchors asked in text order, the last run's end remembered:
    from an anchor after the one it was looked for from, up to that end, the run is the
    same (the same line, no wider gap before its end). Looked for from each anchor
    judged, the end of a line of dated sentences was searched for again from each (8,000
    sentences on one line of 813 KB took 6.6 s to extract, 0.6 s once remembered)."""

    __slots__ = ("_anchors", "_end", "_from", "_line_ends")

    def __init__(self, anchors: array[int], line_ends: LineEnds) -> None:
        self._anchors, self._line_ends = anchors, line_ends
        self._from = self._end = -1

    def after(self, index: int) -> int:
        """The index after the last anchor of the run from ``anchors[index]`` on."""
        if not self._from <= index < self._end:
            self._from, self._end = index, _run_end(self._anchors, index, self._line_ends)
        return self._end


#: A stretch up to and with its last white space (the engine runs to the stretch's end
#: and steps back: the search backwards that ``rfind`` does for one character).
_UP_TO_LAST_SPACE = re.compile(r"(?s:.*)\s")


def _clip(text: str, start: int, end: int, first: int, last: int) -> tuple[int, int]:
    """Cut a window at the paragraph breaks around its anchors; start it on a word."""
    # (The word's ends are found by searches, not a Python step per character: crafted
    # input, "1731/1731/…", has no space for a hundred characters around a window.)
    newline = text.rfind("\n", start, first)
    if newline != -1 and not soft_break(text, newline):
        start = newline + 1
    else:
        low = max(0, first - 2 * BEFORE)
        if low < start:
            # back to the last space before the start, or as far as a window may reach
            space = _UP_TO_LAST_SPACE.match(text, low, start)
            start = low if space is None else space.end()
    newline = text.find("\n", last, end)
    if newline != -1 and not soft_break(text, newline):
        end = newline
    else:
        limit = max(end, min(len(text), last + 2 * AFTER))
        space = _SPACE.search(text, end, limit)
        end = limit if space is None else space.start()
    return start, end
