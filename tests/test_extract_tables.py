"""Tables headed Gregorian / Julian: every row with two dates is a pair."""

from __future__ import annotations

import pytest

from helpers.extract import read, words
from julian_gregorian import extract

PIPE = """Chronology of the 1905 strikes

| Julian | Gregorian | Event |
|---|---|---|
| 9 January | 22 January | Bloody Sunday |
|  | February | unrest |
| 17–18 October | 30–31 October | Manifesto |
"""

GRID = """+-----------------+---------------+---------+
| New Style Date  | Old Style     | Event   |
+=================+===============+=========+
| 22 January      | 9 January     | A long  |
|                 |               | event   |
+-----------------+---------------+---------+
|                 | February      | unrest  |
+-----------------+---------------+---------+
| 30 October      | 17 October    | Other   |
+-----------------+---------------+---------+
"""

WIKI = """{| class="wikitable"
! Date (N.S.) !! Date (O.S.) !! Event
|-
| 22 January || 9 January || Bloody Sunday
|-
| 30 October
| 17 October
| Manifesto
|}
"""


def test_pipe_table() -> None:
    # The year comes from the title line above the table.
    assert read(PIPE) == [
        ("pair", "table", "1905-01-09", "1905-01-22"),
        ("pair", "table", "1905-10-17..1905-10-18", "1905-10-30..1905-10-31"),
    ]
    first = extract(PIPE)[0]
    assert first.year_from == "context"
    assert words(PIPE, first.old_style) == "9 January"
    assert words(PIPE, first.new_style) == "22 January"


def test_grid_table_with_rows_over_several_lines() -> None:
    assert read(GRID) == [
        ("pair", "table", "--01-09", "--01-22"),
        ("pair", "table", "--10-17", "--10-30"),
    ]


def test_wikitext_table() -> None:
    assert read(WIKI, wikitext=True) == [
        ("pair", "table", "--01-09", "--01-22"),
        ("pair", "table", "--10-17", "--10-30"),
    ]


def test_a_table_without_both_calendars_in_its_header_is_not_read() -> None:
    text = "| Gregorian date | Event |\n|---|---|\n| 22 January | Bloody Sunday |\n"
    assert read(text) == []


def test_rows_take_their_year_from_the_section() -> None:
    text = "== 1917 ==\nIn 1917:\n\n| Gregorian | Julian |\n|---|---|\n| 8 March | 23 February |\n"
    (item,) = extract(text)
    assert item.year_from == "context"
    assert item.new_style is not None
    assert item.new_style.start.isoformat() == "1917-03-08"


#: Rows enough to pass any cap a reader might keep (5,000 rows were read before).
LONG = 12_000


def _dates(row: int) -> tuple[str, str]:
    """A Julian date of the 18th century and the same day in the Gregorian calendar."""
    day, month, year = 1 + row % 17, MONTHS[row % 12], 1701 + row % 99
    return f"{day} {month} {year}", f"{day + 11} {month} {year}"


MONTHS = "January February March April May June July August September October November December"
MONTHS = MONTHS.split()  # type: ignore[assignment]


def _table(head: str, row: str, tail: str = "") -> tuple[str, list[tuple[int, int, int, int]]]:
    """A table of LONG rows (*row* formatted with ``old`` and ``new``) and where each
    row's dates stand."""
    parts, spans, length = [head], [], len(head)
    for number in range(LONG):
        old, new = _dates(number)
        line = row.format(old=old, new=new)
        old_at, new_at = length + line.index(old), length + line.index(new)
        spans.append((old_at, old_at + len(old), new_at, new_at + len(new)))
        parts.append(line)
        length += len(line)
    return "".join(parts) + tail, spans


LONG_TABLES = {
    "pipe": _table("| Julian | Gregorian |\n|---|---|\n", "| {old} | {new} |\n"),
    "grid": _table(
        f"+{'-' * 22}+{'-' * 22}+\n| Old Style{' ' * 12}| New Style{' ' * 12}|\n"
        f"+{'=' * 22}+{'=' * 22}+\n",
        f"| {{old:<20}} | {{new:<20}} |\n+{'-' * 22}+{'-' * 22}+\n",
    ),
    "wikitext": _table(
        '{| class="wikitable"\n! Julian !! Gregorian\n|-\n', "| {old} || {new}\n|-\n", "|}\n"
    ),
}


@pytest.mark.parametrize("notation", LONG_TABLES)
def test_every_row_of_a_long_table_is_a_pair_at_its_place(notation: str) -> None:
    text, spans = LONG_TABLES[notation]
    items = extract(text, wikitext=notation == "wikitext")
    assert len(items) == LONG
    found = []
    for item in items:
        assert item.old_style is not None
        assert item.new_style is not None
        found.append(
            (
                item.old_style.offset,
                item.old_style.end_offset,
                item.new_style.offset,
                item.new_style.end_offset,
            )
        )
    assert found == spans
    last_old, last_new = _dates(LONG - 1)
    assert words(text, items[-1].old_style) == last_old
    assert words(text, items[-1].new_style) == last_new


def test_a_header_longer_than_a_few_thousand_characters_is_read() -> None:
    # A wikitext header cell with a long reference: the calendars are named far into
    # its line, and a row with long references is a row.
    note = "<ref>" + "A long citation. " * 400 + "</ref>"
    text = (
        '{| class="wikitable"\n! Event' + note + " !! Julian !! Gregorian\n|-\n"
        "| Landing" + note + " || 5 March 1731 || 16 March 1731\n|}\n"
    )
    assert read(text, wikitext=True) == [("pair", "table", "1731-03-05", "1731-03-16")]


def test_a_sub_header_naming_other_columns_is_read() -> None:
    # The first header's columns find no pair; the second header's do, in its rows.
    text = (
        "| Julian | Gregorian | Note |\n| x | y | z |\n"
        "| Note | Julian | Gregorian |\n| x | 5 March 1731 | 16 March 1731 |\n"
    )
    assert read(text) == [("pair", "table", "1731-03-05", "1731-03-16")]


def _wide_table(columns: int) -> str:
    filler = " x |" * (columns - 2)
    return f"| Julian | Gregorian |{filler}\n| 9 January 1905 | 22 January 1905 |{filler}\n"


def test_a_table_of_hundreds_of_columns_is_read() -> None:
    assert read(_wide_table(300)) == [("pair", "table", "1905-01-09", "1905-01-22")]


def test_a_line_of_more_cell_borders_than_any_table_row_is_no_row() -> None:
    # (A line of a million borders would cost a cell object each.)
    assert read(_wide_table(1_100)) == []
