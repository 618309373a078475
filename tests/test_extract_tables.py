"""Tables headed Gregorian / Julian: every row with two dates is a pair."""

from __future__ import annotations

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
