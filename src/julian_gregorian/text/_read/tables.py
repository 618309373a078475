"""Tables with a Julian and a Gregorian column: each row is a pair.

::

    | Gregorian Date | Julian Date | Event                      |
    | 8 March        | 23 February | International Women's Day  |

The header names the calendars (``Gregorian``, ``New Style``, ``N.S.`` / ``Julian``,
``Old Style``, ``O.S.``, or a marker phrase of any language record, in any column
order); every row whose two cells each hold one date or range is a pair, of shape
``table``. Three notations are read: Markdown pipe tables, the grid tables of pandoc
(rows between ``+---+`` rules, cells over several lines) and wikitext tables (``{|``,
``!`` headers, ``|-`` between rows, cells split by ``||`` or one per line). Rows
without two dates (``|  | January |``) are skipped.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from typing import NamedTuple

from julian_gregorian.text._drafts import Draft, DraftSide
from julian_gregorian.text._read.normalise import normalise
from julian_gregorian.text._read.reading import complete_years
from julian_gregorian.text._read.tokens import DateFields, tokenize
from julian_gregorian.text._vocabulary import markers
from julian_gregorian.text._vocabulary.lexicon import led_by


def _header(english: tuple[str, str], calendar: str) -> re.Pattern[str]:
    """A header cell naming *calendar*: the English words (their first letters and their
    pattern), or any marker phrase of the language records in any case (``По
    юлианскому календарю``, ``Nach dem julianischen Kalender``, ``Stil vechi``).

    Only whether a cell holds one counts, so the phrases are grouped by their first
    letter, and each part is tried only at its first letters (a row of an infobox or a
    citation, a few thousand characters, is searched for a header at every anchor on it).
    """
    phrases = sorted(
        {phrase for phrase, side, _ in markers.PHRASES if side == calendar}, key=len, reverse=True
    )
    firsts = "".join(sorted({re.escape(phrase[0]) for phrase in phrases}))
    return re.compile(f"{led_by(*english)}|(?i:{led_by(firsts, _word_start_first(phrases))})")


def _word_start_first(phrases: list[str]) -> str:
    """The alternation of the *phrases*' patterns, led by the check for a word start that
    each asks after its first letter (see :func:`markers.checks_word_start`), where
    every phrase that may begin there asks it: the regex engine, case-insensitive, then
    rejects a letter inside a word once, not once for each phrase of that letter. (In
    small letters or capitals, most letters begin a phrase of some language: without it,
    the search of the bench dump's table rows for the Julian header cost some 145 ns a
    character, 18 ms per 40 MB pass; 60 ns with it.)
    """
    recorded = markers.by_first_letter([markers.phrase_pattern(phrase) for phrase in phrases])
    unchecked = "".join(
        sorted(
            {re.escape(phrase[0]) for phrase in phrases if not markers.checks_word_start(phrase)}
        )
    )
    guard = rf"(?:(?<![\w.])|(?=[{unchecked}]))" if unchecked else r"(?<![\w.])"
    return f"{guard}(?:{recorded})"


@functools.cache
def _headers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The (Julian, Gregorian) header cells, compiled at the first table: most texts
    have none."""
    return (
        _header(("JOс", r"Julian|Old[\s-][Ss]tyle|\bO\.\s?S\.|\bOS\b|старому"), "old"),
        _header(("GNн", r"Gregorian|New[\s-][Ss]tyle|\bN\.\s?S\.|\bNS\b|новому"), "new"),
    )


_GRID_RULE = re.compile(r"[ \t]*\+[-=+:]+\+[ \t\r]*$")
_PIPE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t\r]*$")
#: The longest header cell text before a calendar's name in it.
LONGEST_CELL = 60
#: The most ``!`` lines a wikitext table's header is read over: real headers take a few,
#: and each ``!`` line of a crafted run of them may begin a header of all that follow.
_MOST_HEADER_LINES = 20
#: The most headers naming other columns a table is read again for, after readings that
#: found no pair (a sub-header with the columns the other way round).
_MOST_READINGS = 4
#: The most header lines whose columns are remembered by their text, and the longest
#: (crafted runs of them repeat a few short lines; real tables have a few headers each).
_MOST_REMEMBERED = 1024
_LONGEST_REMEMBERED = 1024
#: Stands for a header line whose columns are not known yet.
_UNKNOWN = (-1, -1)
#: The characters of a table whose lines are looked at together (a bounded copy).
_STRETCH = 1 << 16


_ASCII_DIGIT = re.compile("[0-9]")
#: The line break after the last line of a run that starts with ``!`` (after spaces):
#: the end of a wikitext table's header lines, found in one search.
_HEADER_RUN_END = re.compile(r"\n(?![^\S\n]*!)")
#: The line break before the first line that does not start with ``|`` (after spaces):
#: the end of a pipe table, found in one search.
_PIPE_TABLE_END = re.compile(r"\n(?![^\S\n]*\|)")
#: A line break before a line that ends every table: one that does not start (after
#: spaces) with a cell border or the ``+`` of a grid's rule.
_TABLE_BREAK = re.compile(r"\n(?![^\S\n]*[|!+])")
#: The ``+`` of a grid table's rule, its column borders.
_PLUS = re.compile(r"\+")


class Cell(NamedTuple):
    start: int
    end: int


class _Line(NamedTuple):
    start: int
    end: int


class _HeaderRun:
    """Consecutive lines that start with ``!``, from *first* to *end* (its last line's
    end): a wikitext table's header may begin at any of them and runs to the last. A
    header beginning at *too_long* or before it would have more than
    :data:`_MOST_HEADER_LINES` lines, and is not read; the others are read from the
    cells of each line, found once for the run."""

    __slots__ = ("end", "first", "lines", "too_long")

    def __init__(self, first: int, end: int, too_long: int) -> None:
        self.first, self.end, self.too_long = first, end, too_long
        # Start of a line -> its end and its cells.
        self.lines: dict[int, tuple[int, list[Cell]]] = {}

    def cells(self, text: str, start: int, tables: Tables) -> list[Cell]:
        """The cells of the header lines from the one at *start* to the run's end."""
        cells: list[Cell] = []
        while start <= self.end:
            known = self.lines.get(start)
            if known is None:
                end = text.find("\n", start, self.end)
                end = self.end if end == -1 else end
                known = self.lines[start] = (end, _pipe_cells(text, _Line(start, end)))
            tables.visited += known[0] - start
            cells += known[1]
            start = known[0] + 1
        return cells


def _lines(text: str, start: int) -> Iterator[_Line]:
    while start < len(text):
        end = text.find("\n", start)
        if end == -1:
            end = len(text)
        yield _Line(start, end)
        start = end + 1


class _Block:
    """A table read from one of its headers for no pair: its lines end at *end* from
    whichever header it is read, and under the columns in *empty* it holds no pair."""

    __slots__ = ("empty", "end", "passable", "start", "verdict")

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end
        self.empty: set[object] = set()
        # Whether no line in it names other columns (see Tables.passed_over), judged
        # when *empty* had *verdict* columns (-1: not yet).
        self.passable = False
        self.verdict = -1


#: A cell border of a pipe table or a wikitext table line: ``||`` and ``!!`` are one.
_BORDER = re.compile(r"\|\||!!|\|")
#: The most cell borders of a line read as a table's row: a real table has tens of
#: columns (with the ``|`` of the templates in its cells, some hundreds), and a line of
#: millions of borders costs a cell each.
_MOST_BORDERS = 1000


def _pipe_cells(text: str, line: _Line) -> list[Cell]:
    """Cells of a ``| a | b |`` line (or a wikitext ``| a || b`` / ``! a !! b`` line);
    none for a line of more than :data:`_MOST_BORDERS` borders."""
    borders = text.count("|", line.start, line.end) + text.count("!!", line.start, line.end)
    if borders > _MOST_BORDERS:
        return []
    body = text[line.start : line.end]
    position = line.start + len(body) - len(body.lstrip())
    if position < line.end and text[position] in "|!":
        position += 1
    cells: list[Cell] = []
    start = position
    for border in _BORDER.finditer(text, position, line.end):
        cells.append(Cell(start, border.start()))
        start = border.end()
    cells.append(Cell(start, line.end))
    if not text[cells[-1].start : cells[-1].end].strip():
        cells.pop()  # after the closing bar
    return cells


def _columns(text: str, cells: list[Cell]) -> tuple[int, int] | None:
    """Indexes of the (Julian, Gregorian) columns a header names, if exactly one each."""
    # Most rows name no calendar: one search over all the cells says so (a name found in
    # a cell is found in the stretch that holds them), instead of one per cell and name.
    if not cells:
        return None
    old_header, new_header = _headers()
    if old_header.search(text, cells[0].start, cells[-1].end) is None:
        return None
    old = [i for i, cell in enumerate(cells) if old_header.search(text, cell.start, cell.end)]
    new = [i for i, cell in enumerate(cells) if new_header.search(text, cell.start, cell.end)]
    if len(old) != 1 or len(new) != 1 or old == new:
        return None
    return old[0], new[0]


def _date_in(text: str, cell: Cell, wikitext: bool) -> tuple[DateFields, int, int] | None:
    """The one date or range a cell holds, with its original span."""
    # Every date token has a day in ASCII digits, which the normaliser never makes (it
    # only drops, spaces or bars the markup around them): a cell without one holds none,
    # and costs a search, not a tokenizing.
    if _ASCII_DIGIT.search(text, cell.start, cell.end) is None:
        return None
    window = normalise(text, cell.start, cell.end, wikitext=wikitext)
    codes, tokens = tokenize(window.text)
    codes = codes.replace("|", "")
    tokens = [token for token in tokens if token.code != "|"]
    if codes in ("d", "D"):
        first = last = tokens[0]
    elif codes in ("d-d", "d-D", "D-D"):
        first, last = tokens[0], tokens[2]
    else:
        return None
    if first.fields is None or last.fields is None:
        return None
    fields = first.fields._replace(
        end_day=last.fields.end_day, end_month=last.fields.end_month, year=last.fields.year
    )
    offset, end_offset = window.span(first.start, last.end)
    return fields, offset, end_offset


def _row_pair(
    text: str, cells: list[Cell], columns: tuple[int, int], wikitext: bool
) -> Draft | None:
    if max(columns) >= len(cells):
        return None
    old_cell, new_cell = cells[columns[0]], cells[columns[1]]
    old_date, new_date = _date_in(text, old_cell, wikitext), _date_in(text, new_cell, wikitext)
    if old_date is None or new_date is None:
        return None
    old = DraftSide.of("julian", *old_date)
    new = DraftSide.of("gregorian", *new_date)
    if old is None or new is None:
        return None
    complete_years(old, new, None)
    start = min(old_date[1], new_date[1])
    end = max(old_date[2], new_date[2])
    return Draft("pair", "table", start, end, old, new)


def _columns_of_lines(text: str, lines: list[list[Cell]]) -> tuple[int, int] | None:
    for cells in lines:
        found = _columns(text, cells)
        if found is not None:
            return found
    return None


class Tables:
    """The tables of one text, each read once, however long.

    A table is read whole, row after row. A header line inside a table already read is
    read again only if that reading found no pair and the line names other columns, at
    most :data:`_MOST_READINGS` times for one table: every line of the text is walked a
    bounded number of times, crafted runs of header lines included. :attr:`visited`
    counts the characters walked, :attr:`reads` the header lines read.
    """

    def __init__(self, text: str, wikitext: bool) -> None:
        self.text, self.wikitext = text, wikitext
        self.visited = 0
        self.reads = 0
        self._tried: set[int] = set()
        self._blocks: dict[str, _Block] = {}  # the last one read of each notation
        # The columns a pipe table's header line names, by the line's text.
        self._columns_of_line: dict[str, tuple[int, int] | None] = {}
        # The run of ``!`` lines read last (each of them may begin a header).
        self._run = _HeaderRun(-1, -1, -1)
        # A stretch without a digit (from, to) and the last line break in it that ends
        # every table (see _digitless_tables_end).
        self._digitless = (0, 0, 0)
        # The start of the line of the last anchor asked about, searched for back to
        # the anchor before (anchors come in text order): a line as long as the text is
        # searched once, not once for each of its dates.
        self._searched_to = 0
        self._line_start = 0

    def _start_of_line(self, at: int) -> int:
        if at < self._searched_to:
            return self.text.rfind("\n", 0, at) + 1
        newline = self.text.rfind("\n", self._searched_to, at)
        if newline != -1:
            self._line_start = newline + 1
        self._searched_to = at
        return self._line_start

    def may_head_between(self, first: int, last: int) -> bool:
        """Whether :meth:`header_line` may find a header line at an anchor from *first*
        to *last* (without a cell border close before one, it finds none, and changes
        nothing)."""
        near = max(0, first - LONGEST_CELL)
        return self.text.find("|", near, last) != -1 or self.text.find("!", near, last) != -1

    def header_line(self, anchor: int) -> int | None:
        """Start of the line holding *anchor*, if it is a table row not tried as a
        header before."""
        text = self.text
        # A header cell is short: a cell border (| or !) stands close before its words.
        near = max(0, anchor - LONGEST_CELL)
        if text.rfind("|", near, anchor) == -1 and text.rfind("!", near, anchor) == -1:
            return None
        start = self._start_of_line(anchor)
        if start in self._tried:
            return None
        if not text[start : start + 8].lstrip(" \t").startswith(("|", "!")):
            return None
        self._tried.add(start)
        return start

    def read(self, header: int) -> tuple[list[Draft], int] | None:
        """The pairs of the table whose header line starts at *header*, and where it
        ends."""
        text = self.text
        self.reads += 1
        end = text.find("\n", header)
        line = _Line(header, len(text) if end == -1 else end)
        self.visited += line.end - line.start
        if text[line.start : line.end].lstrip().startswith("!"):
            return self._wikitable(line)
        if header:
            before = _Line(text.rfind("\n", 0, header - 1) + 1, header - 1)
            self.visited += before.end - before.start
            if _GRID_RULE.match(text, before.start, before.end):
                return self._grid(before, line)
        return self._pipe(line)

    def _read_before(self, notation: str, header: int, columns: object) -> bool:
        """Whether the table *header* stands in was read already under *columns* for
        no pair (so its rows after *header* hold none), or read enough times."""
        block = self._blocks.get(notation)
        if block is None or not block.start <= header <= block.end:
            return False
        return columns in block.empty or len(block.empty) >= _MOST_READINGS

    def _found(
        self, notation: str, header: int, end: int, columns: object, drafts: list[Draft]
    ) -> tuple[list[Draft], int]:
        if not drafts:  # (else the extractor reads on after the table)
            block = self._blocks.get(notation)
            if block is None or block.end != end or block.start > header:
                block = self._blocks[notation] = _Block(header, end)
            block.empty.add(columns)
        return drafts, end

    def _pipe(self, header: _Line) -> tuple[list[Draft], int] | None:
        text = self.text
        columns = self._pipe_columns(text[header.start : header.end])
        if columns is None or self._read_before("pipe", header.start, columns):
            return None
        # The table's lines run to the first line that does not start with a bar, found
        # in one search; of them only those that hold a digit may hold a pair (a rule
        # holds none): a table of thousands of rows without dates costs a few searches.
        last = _PIPE_TABLE_END.search(text, header.end)
        end = len(text) if last is None else last.start()
        self.visited += end - header.end
        drafts: list[Draft] = []
        digit = _ASCII_DIGIT.search(text, header.end, end)
        while digit is not None:
            line_end = text.find("\n", digit.start(), end)
            line = _Line(
                text.rfind("\n", 0, digit.start()) + 1, end if line_end == -1 else line_end
            )
            if not _PIPE_RULE.match(text, line.start, line.end):
                draft = _row_pair(text, _pipe_cells(text, line), columns, self.wikitext)
                if draft is not None:
                    drafts.append(draft)
            digit = _ASCII_DIGIT.search(text, line.end, end)
        return self._found("pipe", header.start, end, columns, drafts)

    def _pipe_columns(self, line: str) -> tuple[int, int] | None:
        """The columns a pipe table's header line *line* names, found once for each text
        of one: a run of header lines repeating a few lines costs a look-up each. (The
        calendars' names are searched in the cells, after the bar that opens each: what
        they find depends on the line alone.)"""
        columns = self._columns_of_line.get(line, _UNKNOWN)
        if columns is _UNKNOWN:
            if len(self._columns_of_line) >= _MOST_REMEMBERED:
                self._columns_of_line.clear()
            columns = _columns(line, _pipe_cells(line, _Line(0, len(line))))
            if len(line) <= _LONGEST_REMEMBERED:
                self._columns_of_line[line] = columns
        return columns

    def passed_over(self, header: int) -> int:
        """The end of the lines from the header line at *header* on that the table
        readers, asked at any anchor on them, read for no pair, as they just read that
        header: the rest of a run of wikitext header lines too long to begin a header,
        or the rest of a pipe table in which no header line names other columns than
        those read already (*header* itself where neither is known)."""
        run = self._run
        if run.first <= header <= run.too_long:
            return run.too_long
        block = self._blocks.get("pipe")
        if block is not None and block.start <= header <= block.end:
            if block.verdict != len(block.empty):
                block.verdict = len(block.empty)
                block.passable = self._names_no_other_columns(block)
            if block.passable:
                return block.end
        return max(header, self._digitless_tables_end(header))

    def _digitless_tables_end(self, start: int) -> int:
        """The end of the last line before the next digit after *start* that ends every
        table (one that does not start with a cell border or a grid's ``+``): a table read
        from a header between holds no date, all its lines lying before that digit."""
        known_from, digit, end = self._digitless
        if not known_from <= start < digit:
            text = self.text
            found = _ASCII_DIGIT.search(text, start)
            digit = len(text) if found is None else found.start()
            end = len(text) if found is None else start
            if found is not None:
                for stop in _TABLE_BREAK.finditer(text, start, digit):
                    end = stop.start()
            self._digitless = (start, digit, end)
        return end

    def _names_no_other_columns(self, block: _Block) -> bool:
        """Whether no line of the pipe table *block* is a header of columns not read
        already (each distinct line asked once, the table taken a stretch at a time)."""
        if len(block.empty) >= _MOST_READINGS:
            return True
        text, start = self.text, block.start
        while start < block.end:
            end = text.find("\n", min(block.end, start + _STRETCH), block.end)
            end = block.end if end == -1 else end
            for line in set(text[start:end].split("\n")):
                columns = self._pipe_columns(line)
                if columns is not None and columns not in block.empty:
                    return False
            start = end + 1
        return True

    def _grid(self, rule: _Line, header: _Line) -> tuple[list[Draft], int] | None:
        """A pandoc grid table: column borders at the ``+`` of its rules."""
        text = self.text
        borders = tuple(
            plus.start() - rule.start for plus in _PLUS.finditer(text, rule.start, rule.end)
        )
        if len(borders) < 3:
            return None

        def cells(line: _Line) -> list[Cell]:
            return [
                Cell(line.start + left + 1, min(line.end, line.start + right))
                for left, right in itertools.pairwise(borders)
            ]

        # The header's lines to the rule under them, for its columns before any row.
        header_lines = [header]
        lines = _lines(text, header.end + 1)
        for line in lines:
            self.visited += line.end - line.start
            if _GRID_RULE.match(text, line.start, line.end):
                break
            if not text[line.start : line.end].lstrip().startswith("|"):
                return None  # no rule under the header: no rows
            header_lines.append(line)
        else:
            return None
        columns = _columns_of_lines(text, [cells(line) for line in header_lines])
        key = (borders, columns)
        if columns is None or self._read_before("grid", header.start, key):
            return None
        drafts: list[Draft] = []
        row: list[_Line] = []
        end = line.end
        for line in lines:
            if _GRID_RULE.match(text, line.start, line.end):
                for row_line in row:  # the date is on one of the row's lines
                    draft = _row_pair(text, cells(row_line), columns, self.wikitext)
                    if draft is not None:
                        drafts.append(draft)
                        break
                row = []
            elif text[line.start : line.end].lstrip().startswith("|"):
                if _ASCII_DIGIT.search(text, line.start, line.end) is not None:
                    row.append(line)  # (a line without a digit holds no date)
            else:
                break
            self.visited += line.end - line.start
            end = line.end
        return self._found("grid", header.start, end, key, drafts)

    def _wikitable(self, header: _Line) -> tuple[list[Draft], int] | None:
        """A wikitext table: ``!`` header cells, ``|-`` between rows."""
        text = self.text
        run = self._header_run(header.start)
        if header.start <= run.too_long:
            return None  # more header lines than a header has
        columns = _columns(text, run.cells(text, header.start, self))
        if columns is None:
            return None
        rows: list[list[Cell]] = []
        current: list[Cell] = []
        end = run.end
        met_row = False
        for line in _lines(text, run.end + 1):
            body = text[line.start : line.end].strip()
            if body.startswith("|}") or not body.startswith(("|", "!")):
                end = line.end if body.startswith("|}") else end
                break
            if not met_row:
                if self._read_before("wiki", header.start, columns):
                    return None
                met_row = True
            self.visited += line.end - line.start
            end = line.end
            if body.startswith("|-"):
                if current:
                    rows.append(current)
                current = []
            else:
                current.extend(_pipe_cells(text, line))
        if not met_row:
            return None  # a header and no rows
        if current:
            rows.append(current)
        drafts = []
        for row in rows:
            draft = _row_pair(text, row, columns, self.wikitext)
            if draft is not None:
                drafts.append(draft)
        return self._found("wiki", header.start, end, columns, drafts)

    def _header_run(self, start: int) -> _HeaderRun:
        """The run of ``!`` lines the line at *start* is one of (the last one asked for,
        or found with a search and a few steps back from its end)."""
        if self._run.first <= start <= self._run.end:
            return self._run
        text = self.text
        found = _HEADER_RUN_END.search(text, start)
        end = len(text) if found is None else found.start()
        self.visited += end - start
        # The start of the line :data:`_MOST_HEADER_LINES` lines before the run's last:
        # a header from it or before would be taken over more lines than a header has.
        too_long = end
        for _ in range(_MOST_HEADER_LINES):
            too_long = text.rfind("\n", start, too_long)
            if too_long == -1:
                break
        self._run = _HeaderRun(start, end, too_long)
        return self._run
