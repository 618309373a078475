"""Lines end at "\\n", "\\r\\n" or "\\r" alone, the same way for every place reported."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from julian_gregorian import _line_breaks, check, extract
from julian_gregorian._cli.main import main
from julian_gregorian._line_breaks import Lines, as_newlines, line_start, position
from julian_gregorian.checks.tei_file import check_tei

BURIED = "Rasputin was buried on 2 January [O.S. 21 December] 1917."
LINE_ENDS = ["\n", "\r\n", "\r"]


def _oracle(text: str, offset: int) -> tuple[int, int]:
    """(line, column) of *offset* by splitting the text before it at its line ends."""
    head = text[:offset]
    inside = head.endswith("\r") and text.startswith("\n", offset)  # (on a "\r\n")
    lines = re.split(r"\r\n|\r|\n", head[:-1] if inside else head)
    return len(lines), len(lines[-1]) + 1 + inside


@given(st.lists(st.sampled_from(["ab", "\n", "\r", "\r\n", " ", "é"]), max_size=40))
def test_every_offset_has_the_line_and_column_of_its_line_ends(pieces: list[str]) -> None:
    text = "".join(pieces)
    lines = Lines(text)
    for offset in range(len(text) + 1):
        assert position(text, offset) == _oracle(text, offset)
        assert lines.position(offset, len(text)) == (
            *_oracle(text, offset),
            *_oracle(text, len(text)),
        )
        start = line_start(text, offset)
        assert _oracle(text, start) == (_oracle(text, offset)[0], 1)


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_items_stand_on_the_lines_and_columns_they_stand_on_with_newlines(line_end: str) -> None:
    lined = f"Line one.\n{BURIED}\nIt was on 6 November\n[O.S. 24 October] 1917.\n"
    text = lined.replace("\n", line_end)
    places = [(item.line, item.column, item.end_line, item.end_column) for item in extract(text)]
    assert places == [(2, 24, 2, 57), (3, 11, 4, 23)]
    assert [item.text for item in extract(text)][1] == f"6 November{line_end}[O.S. 24 October] 1917"
    assert [(f.line, f.column) for f in check(text)] == [(2, 24)]


def test_a_heading_on_a_line_ended_by_a_return_ends_the_section_of_a_yearless_date() -> None:
    lined = "In 1690 he was born.\n== Later ==\nOn 5 May [O.S. 24 April] he sailed."
    for text in (lined, lined.replace("\n", "\r")):
        (item,) = extract(text, wikitext=True)
        assert (item.line, item.old_style and item.old_style.start.year) == (3, None)


GRID_TABLE = """\
+------------+--------------+
| Gregorian  | Julian       |
+============+==============+
| 8 March    | 23 February  |
+------------+--------------+
| 12 March   | 27 February  |
+------------+--------------+

In 1917 the strikes began.
"""
ELIDED = "He was born in 1860 in Taganrog.\n[…]\nHe died on 17 January Old Style.\n"


@pytest.mark.parametrize("lined", [GRID_TABLE, ELIDED], ids=["grid table", "elision line"])
@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_tables_and_elision_lines_read_alike_whatever_ends_their_lines(
    lined: str, line_end: str
) -> None:
    def read(text: str) -> list[tuple[str, str, int | None]]:
        return [
            (
                item.shape,
                item.text.replace(line_end, "\n"),
                item.old_style and item.old_style.start.year,
            )
            for item in extract(text)
        ]

    assert read(lined.replace("\n", line_end)) == read(lined) != []


@pytest.mark.parametrize("form", ["text", "json", "sarif"])
def test_check_reports_the_line_of_a_file_whose_lines_end_in_returns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, form: str
) -> None:
    (tmp_path / "f.txt").write_bytes(f"Line one.\r{BURIED}\r".encode())
    monkeypatch.chdir(tmp_path)
    assert main(["check", "f.txt", "--format", form]) == 1
    out = capsys.readouterr().out
    if form == "text":
        assert out.startswith("f.txt:2:24: JG101 ")
    elif form == "json":
        (record,) = json.loads(out)
        assert (record["line"], record["column"], record["end_line"]) == (2, 24, 2)
    else:
        (result,) = json.loads(out)["runs"][0]["results"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert (region["startLine"], region["startColumn"], region["endLine"]) == (2, 24, 2)
        change = result["fixes"][0]["artifactChanges"][0]["replacements"][0]["deletedRegion"]
        assert (change["startLine"], change["startColumn"], change["endColumn"]) == (2, 24, 33)


@pytest.mark.parametrize("line_end", LINE_ENDS)
def test_fix_keeps_the_line_ends_of_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line_end: str
) -> None:
    lined = "Line one.\n<!-- julian-gregorian: ignore JG102 -->\n" + BURIED + "\nEnd.\n"
    path = tmp_path / "f.txt"
    path.write_bytes(lined.replace("\n", line_end).encode())
    monkeypatch.chdir(tmp_path)
    assert main(["check", "f.txt", "--fix", "--extend-select", "JG502"]) == 0
    fixed = "Line one.\n" + BURIED.replace("2 January", "3 January") + "\nEnd.\n"
    assert path.read_bytes() == fixed.replace("\n", line_end).encode()


def test_a_fix_across_a_return_writes_the_return_back() -> None:
    text = "Line one.\rOn 24 October\r[O.S. 6 November] 1917 it began."
    (finding,) = check(text)
    assert finding.code == "JG102"  # (the sides swapped back)
    assert finding.fix is not None
    assert finding.fix.apply(text) == "Line one.\rOn 6 November\r[O.S. 24 October] 1917 it began."


def test_a_tei_file_whose_lines_end_in_returns_is_read() -> None:
    text = (
        '<TEI xmlns="http://www.tei-c.org/ns/1.0">\r<text>\r'
        '<date when="1700-05-05" when-custom="1700-04-20" datingMethod="#julian">x</date>'
        "\r</text></TEI>"
    )
    (finding,) = check_tei(text)
    assert (finding.line, finding.column) == (3, 1)
    assert text[finding.offset :].startswith("<date ")


def test_diff_of_a_file_whose_lines_end_in_returns_is_a_patch_of_its_lines_of_newlines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # (patch and git apply end a line at "\n" only: such a file is one line for them)
    (tmp_path / "f.txt").write_bytes(f"Line one.\r{BURIED}\r".encode())
    monkeypatch.chdir(tmp_path)
    main(["check", "f.txt", "--diff"])
    hunk = capsys.readouterr().out.split("@@ -1 +1 @@\n")[1]
    fixed = BURIED.replace("2 January", "3 January")
    missing = "\n\\ No newline at end of file\n"
    assert hunk == f"-Line one.\r{BURIED}\r{missing}+Line one.\r{fixed}\r{missing}"


@given(st.lists(st.lists(st.sampled_from(["ab", "\n", "\r", "\r\n", " "]), max_size=8), max_size=6))
def test_as_newlines_of_texts_asked_again_and_in_turn(pieces: list[list[str]]) -> None:
    # The last text found without a "\r" is remembered: each text, asked twice in a row
    # or after others, is the text with each lone "\r" written "\n" (the reference).
    texts = ["".join(piece) for piece in pieces]
    for text in [*texts, *texts[::-1]]:
        for _ in range(2):
            newlined = as_newlines(text)
            assert newlined == re.sub(r"\r(?!\n)", "\n", text)
            if "\r" not in text:
                assert newlined is text


def test_as_newlines_is_not_fooled_by_a_new_text_where_an_old_one_was() -> None:
    # The remembered text is kept, not its id: a text with a "\r" made where a text
    # without one stood, freed (CPython gives a freed object's address to the next of its
    # size), is converted all the same.
    for size in range(200):
        plain = "".join(["line one", "\n", "x" * (size % 50)])
        assert as_newlines(plain) is plain
        del plain
        returns = "".join(["line one", "\r", "x" * (size % 50)])
        assert as_newlines(returns) == returns.replace("\r", "\n")


def test_as_newlines_keeps_no_long_text_alive() -> None:
    # A text remembered is kept until the next: a long one, a whole document's, would stay
    # in memory after its check returned (48 MB of a 48 MB text). Texts up to a page's
    # size are remembered; a longer one is searched again instead.
    page = "x" * _line_breaks.REMEMBERED_AT_MOST
    as_newlines(page)
    assert as_newlines(page) is page
    long = page + "x"
    held = sys.getrefcount(long)
    assert as_newlines(long) is long
    assert sys.getrefcount(long) == held
