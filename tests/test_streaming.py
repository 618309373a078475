"""Texts of any size in chunks: cut at paragraph breaks, every place kept exact."""

from __future__ import annotations

import io
import json
import re
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from julian_gregorian._cli import file_jobs
from julian_gregorian._cli.main import main
from julian_gregorian.checks.check import check
from julian_gregorian.streaming import cut_point, placed, read_chunks
from julian_gregorian.text import extract

WRONG = "He was buried on 2 January [O.S. 21 December] 1917."
PARAGRAPHS = (
    "Filler prose without any date at all, only words and words.",
    WRONG,
    "The revolution began on 6 November [O.S. 24 October] 1917 in Petrograd.",
    "Peter was born on 9 June [O.S. 30 May] 1672;\r\nhe was crowned later.",
)


def _text(count: int) -> str:
    return "".join(PARAGRAPHS[n % 4] + ("\n\n" if n % 3 else "\r\n \r\n") for n in range(count))


def _position(text: str, offset: int) -> tuple[int, int]:
    """Line and column of *offset*, lines ending at "\\n", "\\r\\n" or "\\r" alone."""
    head = text[:offset]
    inside = head.endswith("\r") and text.startswith("\n", offset)  # (on a "\\r\\n")
    lines = re.split(r"\r\n|\r|\n", head[:-1] if inside else head)
    return len(lines), len(lines[-1]) + 1 + inside


@given(
    st.lists(
        st.sampled_from(["word ", "a\n", "\n\n", "\r\n", " \n", "x" * 30, "é", "\r", "b\r\r"]),
        max_size=80,
    ),
    st.integers(min_value=1, max_value=64),
)
def test_chunks_cover_the_text_and_know_their_places(pieces: list[str], size: int) -> None:
    text = "".join(pieces)
    chunks = list(read_chunks(io.StringIO(text), size))
    assert "".join(chunk.text for chunk in chunks) == text
    for chunk in chunks:
        assert 0 < len(chunk.text) <= size
        assert text[chunk.offset : chunk.offset + len(chunk.text)] == chunk.text
        assert (chunk.line, chunk.column) == _position(text, chunk.offset)


def test_chunks_end_at_blank_lines_then_line_breaks_then_spaces() -> None:
    assert cut_point("one\n\ntwo\nthree four", 16) == 5
    assert cut_point("one\r\rtwo\rthree four", 16) == 5
    assert cut_point("one\r\n\r\ntwo\r\nthree four", 18) == 7
    assert cut_point("one two\nthree four", 16) == 8
    assert cut_point("one two\rthree four", 16) == 8
    assert cut_point("one two three four", 16) == 14
    assert cut_point("x" * 20, 16) == 16


def test_items_read_chunk_by_chunk_are_those_of_the_whole_text() -> None:
    text = _text(60)
    whole = extract(text)
    chunked = [
        placed(item, chunk)
        for chunk in read_chunks(io.StringIO(text), 500)
        for item in extract(chunk.text)
    ]
    assert chunked == whole
    assert len(whole) == 45


def test_findings_read_chunk_by_chunk_are_those_of_the_whole_text() -> None:
    text = _text(40)
    chunked = [
        placed(finding, chunk)
        for chunk in read_chunks(io.StringIO(text), 300)
        for finding in check(chunk.text)
    ]
    assert chunked == check(text)
    assert all(finding.fix is not None for finding in chunked)


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files of more than 2000 bytes are large, read 700 characters at a time."""
    monkeypatch.setattr(file_jobs, "LARGE_FILE", 2000)
    monkeypatch.setattr("julian_gregorian.streaming.CHUNK_CHARACTERS", 700)


@pytest.mark.usefixtures("small_chunks")
@pytest.mark.parametrize("form", ["json", "sarif", "text"])
def test_check_on_a_large_file_reports_what_the_whole_text_gives(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    form: str,
) -> None:
    text = "\ufeff" + _text(50)
    path = tmp_path / "big.txt"
    path.write_bytes(text.encode("utf-8"))
    monkeypatch.chdir(tmp_path)
    assert main(["check", "big.txt", "--format", form, "-j", "1"]) == 1
    streamed = capsys.readouterr().out
    monkeypatch.setattr(file_jobs, "LARGE_FILE", 10**9)
    assert main(["check", "big.txt", "--format", form, "-j", "1"]) == 1
    assert streamed == capsys.readouterr().out
    if form == "json":
        assert len(json.loads(streamed)) == 13


@pytest.mark.usefixtures("small_chunks")
def test_extract_on_a_large_file_lists_what_the_whole_text_gives(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "big.txt").write_text(_text(50), encoding="utf-8", newline="")
    monkeypatch.chdir(tmp_path)
    assert main(["extract", "big.txt", "--format", "jsonl"]) == 0
    streamed = capsys.readouterr().out
    monkeypatch.setattr(file_jobs, "LARGE_FILE", 10**9)
    assert main(["extract", "big.txt", "--format", "jsonl"]) == 0
    assert streamed == capsys.readouterr().out
    assert len(streamed.splitlines()) == sum(1 for n in range(50) if n % 4)  # dated ones


@pytest.mark.usefixtures("small_chunks")
def test_a_large_file_tells_the_accelerators_its_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (as a dump run does, see test_expected_characters.py: the databases built at once)
    told: list[int] = []
    monkeypatch.setattr(file_jobs, "expect_characters", told.append)
    path = tmp_path / "big.txt"
    path.write_text(_text(50), encoding="utf-8", newline="")
    assert list(file_jobs.extract_large(path, None))
    assert told == [path.stat().st_size]


def _peak_while_extracting(path: Path) -> tuple[int, int]:
    tracemalloc.start()
    try:
        count = sum(1 for _ in file_jobs.extract_large(path, None))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return count, peak


def test_memory_does_not_grow_with_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Chunks and files a quarter of the real chunk's size or less keep the test short;
    # what it measures is the ratio: the small file is 8 chunks, the large one 128.
    monkeypatch.setattr("julian_gregorian.streaming.CHUNK_CHARACTERS", 1 << 13)
    monkeypatch.setattr("julian_gregorian.streaming.CONTEXT_CHARACTERS", 1 << 9)
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_text(_text(1_000), encoding="utf-8", newline="")  # about 65 kB
    large.write_text(_text(16_000), encoding="utf-8", newline="")  # 16 times as much
    _peak_while_extracting(small)  # caches of the first run (compiled patterns) are not peaks
    small_count, small_peak = _peak_while_extracting(small)
    large_count, large_peak = _peak_while_extracting(large)
    assert (small_count, large_count) == (750, 12_000)
    assert large_peak < 1.5 * small_peak
    assert large_peak < large.stat().st_size // 6  # a chunk, the next one, and the work


def test_read_inputs_hands_large_files_over_unread(tmp_path: Path) -> None:
    from julian_gregorian._cli.inputs import LargeFile, SourceText, read_inputs

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "big.txt").write_text(_text(10), encoding="utf-8")
    (folder / "small.txt").write_text(WRONG, encoding="utf-8")
    walked = list(read_inputs([str(folder)], large=200))
    assert [type(entry) for entry in walked] == [LargeFile, SourceText]
    assert walked[0] == LargeFile(str(folder / "big.txt"), folder / "big.txt", resolve=False)
    named = list(read_inputs([str(folder / "big.txt")], large=200))
    assert named == [LargeFile(str(folder / "big.txt"), folder / "big.txt", resolve=True)]
    assert isinstance(next(iter(read_inputs([str(folder / "big.txt")]))), SourceText)


@pytest.mark.usefixtures("small_chunks")
def test_a_large_file_in_a_folder_is_checked_in_chunks_among_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(WRONG, encoding="utf-8")
    (folder / "b.txt").write_text(_text(50), encoding="utf-8", newline="")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "articles", "-j", "1"]) == 1
    streamed = capsys.readouterr().out
    assert streamed.splitlines()[-1].endswith(
        "in 2 files; 38 dates checked. 14 fixable with --fix."
    )
    monkeypatch.setattr(file_jobs, "LARGE_FILE", 10**9)
    assert main(["check", "articles", "-j", "1"]) == 1
    assert streamed == capsys.readouterr().out


def _sections(count: int) -> str:
    """Sections whose only year is in their first paragraph, their undated pair later."""
    filler = "Filler prose without any number at all, only words and more words.\n\n"
    return "".join(
        f"== Part {number} ==\n\nIn {1910 + number} he moved.\n\n{filler * 12}"
        "He was buried on 2 January [O.S. 21 December].\n\n"
        for number in range(count)
    )


@pytest.mark.usefixtures("small_chunks")
@pytest.mark.parametrize("command", ["check", "extract"])
def test_a_pair_takes_its_sections_year_from_the_chunk_before(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
) -> None:
    text = _sections(6)
    (tmp_path / "big.txt").write_text(text, encoding="utf-8", newline="")
    monkeypatch.chdir(tmp_path)
    chunks = list(read_chunks(io.StringIO(text), 700))
    pair = text.index("2 January", text.index("In 1911"))
    (chunk,) = [c for c in chunks if c.offset <= pair < c.offset + len(c.text)]
    assert "In 1911" not in chunk.text  # the section's year is in a chunk before
    main([command, "big.txt", "--format", "jsonl", "-j", "1"])
    streamed = capsys.readouterr().out
    monkeypatch.setattr(file_jobs, "LARGE_FILE", 10**9)
    main([command, "big.txt", "--format", "jsonl", "-j", "1"])
    assert streamed == capsys.readouterr().out
    records = [json.loads(line) for line in streamed.splitlines()]
    assert len(records) == 6
    if command == "extract":
        assert {record["year_from"] for record in records} == {"context"}
        assert [record["new_style"]["start"][:4] for record in records][:2] == ["1910", "1911"]


@given(st.integers(min_value=1, max_value=40), st.integers(min_value=1, max_value=90))
def test_chunks_in_context_hold_the_text_around_them(size: int, context: int) -> None:
    from julian_gregorian.streaming import in_context

    text = "".join(f"line {n}\n" + ("\n" if n % 3 == 0 else "") for n in range(30))
    pieces = list(in_context(read_chunks(io.StringIO(text), size), context))
    assert "".join(piece.text for piece in pieces) == text
    for piece in pieces:
        window = piece.window
        assert text[window.offset : window.offset + len(window.text)] == window.text
        assert (window.line, window.column) == _position(text, window.offset)
        own = window.offset + piece.start
        assert piece.start == min(context, own) or piece.start >= min(context, own)
        assert len(window.text) - piece.end == min(context, len(text) - own - len(piece.text))


@pytest.mark.usefixtures("small_chunks")
def test_show_fixes_quotes_a_large_files_fixes_in_a_run_with_a_dump(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from julian_gregorian.dumps import Page, write_dump

    (tmp_path / "big.txt").write_text(_text(50), encoding="utf-8", newline="")
    write_dump(tmp_path / "wiki.xml.bz2", [Page("P", 1, 2, 0, "Undated.")])
    monkeypatch.chdir(tmp_path)
    main(["check", "big.txt", "wiki.xml.bz2", "--show-fixes", "-q", "-j", "1"])
    fixes = [line for line in capsys.readouterr().out.splitlines() if line.startswith("    fix:")]
    assert fixes
    assert set(fixes) == {"    fix: '2 January' → '3 January'"}


def test_a_line_end_cut_between_its_return_and_its_newline_is_counted_once() -> None:
    text = "one\r\ntwo\r\nthree\r\nfour"
    for size in (4, 6):  # (both cut a "\r\n" in two)
        chunks = list(read_chunks(io.StringIO(text), size))
        assert any(chunk.text.endswith("\r") for chunk in chunks)
        assert [(c.line, c.column) for c in chunks] == [_position(text, c.offset) for c in chunks]


@pytest.mark.parametrize("line_end", ["\r", "\r\n"])
def test_chunks_of_a_text_whose_lines_end_in_returns_read_as_the_whole(line_end: str) -> None:
    text = _text(40).replace("\r\n", "\n").replace("\n", line_end)
    for size in (300, 301):
        chunked = [
            placed(finding, chunk)
            for chunk in read_chunks(io.StringIO(text), size)
            for finding in check(chunk.text)
        ]
        assert chunked == check(text)
    assert check(text)[-1].line == check(text.replace(line_end, "\n"))[-1].line
