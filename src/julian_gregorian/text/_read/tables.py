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
    recorded = markers.by_first_letter([markers.phrase_pattern(phrase) for phrase in phrases])
    firsts = "".join(sorted({re.escape(phrase[0]) for phrase in phrases}))
    return re.compile(f"{led_by(*english)}|(?i:{led_by(firsts, recorded)})")


@functools.cache
def _headers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The (Julian, Gregorian) header cells, compiled at the first table: most texts
    have none."""
    return (
        _header(("JOс", r"Julian|Old[\s-][Ss]tyle|\bO\.\s?S\.|\bOS\b|старому"), "old"),
        _header(("GNн", r"Gregorian|New[\s-][Ss]tyle|\bN\.\s?S\.|\bNS\b|новому"), "new"),
    )


_GRID_RULE = re.compile(r"[ \t]*\+[-=+:]+\+[ \t]*$")
_PIPE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
#: The most rows one table is read for (keeps a malformed huge text linear).
_MOST_ROWS = 5000
#: The longest table line looked at; a longer line is not taken for a table row.
_LONGEST_LINE = 5000
#: The longest header cell text before a calendar's name in it.
_LONGEST_CELL = 60


class Cell(NamedTuple):
    start: int
    end: int


class _Line(NamedTuple):
    start: int
    end: int


def _lines(text: str, start: int) -> Iterator[_Line]:
    while start < len(text):
        end = text.find("\n", start)
        if end == -1:
            end = len(text)
        yield _Line(start, end)
        start = end + 1


def _line_at(text: str, offset: int) -> _Line:
    start = text.rfind("\n", max(0, offset - _LONGEST_LINE), offset) + 1
    end = text.find("\n", offset, offset + _LONGEST_LINE)
    return _Line(start, min(len(text), offset + _LONGEST_LINE) if end == -1 else end)


def header_line(text: str, anchor: int) -> int | None:
    """Start of the table header line holding *anchor*, if its line is a table row."""
    # A header cell is short: a cell border (| or !) stands close before its words.
    near = max(0, anchor - _LONGEST_CELL)
    if text.rfind("|", near, anchor) == -1 and text.rfind("!", near, anchor) == -1:
        return None
    low = max(0, anchor - _LONGEST_LINE)
    start = text.rfind("\n", low, anchor) + 1
    if start == 0 and low > 0:
        return None
    head = text[start : start + 8].lstrip(" \t")
    return start if head.startswith(("|", "!")) else None


def _pipe_cells(text: str, line: _Line) -> list[Cell]:
    """Cells of a ``| a | b |`` line (or a wikitext ``| a || b`` / ``! a !! b`` line)."""
    cells: list[Cell] = []
    body = text[line.start : line.end]
    stripped = len(body) - len(body.lstrip())
    position = line.start + stripped
    if position < line.end and text[position] in "|!":
        position += 1
    start = position
    while position <= line.end:
        if position == line.end or text[position] == "|" or text.startswith("!!", position):
            cells.append(Cell(start, position))
            if position < line.end and text.startswith(("||", "!!"), position):
                position += 1
            start = position + 1
        position += 1
    if cells and not text[cells[-1].start : cells[-1].end].strip():
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


def read_table(text: str, header: int, wikitext: bool) -> tuple[list[Draft], int] | None:
    """The pairs of the table whose header line starts at *header*, and where it ends."""
    line = _line_at(text, header)
    if text[line.start : line.end].lstrip().startswith("!"):
        return _wikitable(text, line, wikitext)
    before = _line_at(text, max(0, line.start - 1)) if line.start else None
    if before is not None and _GRID_RULE.match(text, before.start, before.end):
        return _grid(text, before, line, wikitext)
    return _pipe(text, line, wikitext)


def _date_in(text: str, cell: Cell, wikitext: bool) -> tuple[DateFields, int, int] | None:
    """The one date or range a cell holds, with its original span."""
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


def _pipe(text: str, header: _Line, wikitext: bool) -> tuple[list[Draft], int] | None:
    columns = _columns(text, _pipe_cells(text, header))
    if columns is None:
        return None
    drafts: list[Draft] = []
    end = header.end
    for count, line in enumerate(_lines(text, header.end + 1)):
        row = text[line.start : line.end].strip()
        if not row.startswith("|") or count > _MOST_ROWS:
            break
        end = line.end
        if _PIPE_RULE.match(text, line.start, line.end):
            continue
        draft = _row_pair(text, _pipe_cells(text, line), columns, wikitext)
        if draft is not None:
            drafts.append(draft)
    return drafts, end


def _grid(text: str, rule: _Line, header: _Line, wikitext: bool) -> tuple[list[Draft], int] | None:
    """A pandoc grid table: column borders at the ``+`` of its rules."""
    borders = [i for i in range(rule.end - rule.start) if text[rule.start + i] == "+"]
    if len(borders) < 3:
        return None

    def cells(line: _Line) -> list[Cell]:
        return [
            Cell(line.start + left + 1, min(line.end, line.start + right))
            for left, right in itertools.pairwise(borders)
        ]

    header_lines: list[_Line] = [header]
    rows: list[list[_Line]] = []
    current: list[_Line] = []
    end = header.end
    in_header = True
    for count, line in enumerate(_lines(text, header.end + 1)):
        if count > _MOST_ROWS:
            break
        if _GRID_RULE.match(text, line.start, line.end):
            end = line.end
            if in_header:
                in_header = False
            elif current:
                rows.append(current)
            current = []
            continue
        if not text[line.start : line.end].lstrip().startswith("|"):
            break
        end = line.end
        (header_lines if in_header else current).append(line)
    columns = _columns_of_lines(text, [cells(line) for line in header_lines])
    if columns is None:
        return None
    drafts = []
    for row in rows:
        for line in row:  # the date is on one of the row's lines
            draft = _row_pair(text, cells(line), columns, wikitext)
            if draft is not None:
                drafts.append(draft)
                break
    return drafts, end


def _columns_of_lines(text: str, lines: list[list[Cell]]) -> tuple[int, int] | None:
    for cells in lines:
        found = _columns(text, cells)
        if found is not None:
            return found
    return None


def _wikitable(text: str, header: _Line, wikitext: bool) -> tuple[list[Draft], int] | None:
    """A wikitext table: ``!`` header cells, ``|-`` between rows."""
    header_cells: list[Cell] = []
    rows: list[list[Cell]] = []
    current: list[Cell] = []
    end = header.end
    in_header = True
    for count, line in enumerate(_lines(text, header.start)):
        body = text[line.start : line.end].strip()
        if count > _MOST_ROWS or body.startswith("|}") or not body.startswith(("|", "!")):
            end = line.end if body.startswith("|}") else end
            break
        end = line.end
        if body.startswith("|-"):
            if current:
                rows.append(current)
            current = []
            in_header = False
            continue
        line_cells = _pipe_cells(text, line)
        if in_header and body.startswith("!"):
            header_cells.extend(line_cells)
        else:
            in_header = False
            current.extend(line_cells)
    if current:
        rows.append(current)
    columns = _columns(text, header_cells)
    if columns is None:
        return None
    drafts = []
    for row in rows:
        draft = _row_pair(text, row, columns, wikitext)
        if draft is not None:
            drafts.append(draft)
    return drafts, end
