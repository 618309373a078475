"""The Markdown block reader: a text read in windows gives the whole text's blocks, and
crafted input costs time in proportion to its size (no test asserts on wall time)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from julian_gregorian._cli import file_jobs
from julian_gregorian._cli.main import main
from julian_gregorian.checks import _markdown_blocks, check
from julian_gregorian.checks._markdown_blocks import BlockStream, markdown_blocks
from julian_gregorian.streaming import in_context, read_chunks

PAIR = "He was buried on 2 January [O.S. 21 December] 1917."
FILLER = "Filler prose about the parish registers and nothing else at all here."

#: A Markdown text with every kind of block, some of them left open across lines.
SAMPLE = "".join(
    [
        f"{FILLER}\n\n```\n{PAIR}\n```\n\n> {PAIR}\nlazy {PAIR}\n\n",
        f"- item\n\n      {PAIR}\n  > quoted in the item\n\n",
        f"    {PAIR}\n\n    more code\n\n~~~~\n{PAIR}\n~~~ no close\n~~~~\n",
        f"<div>\n```\n{PAIR}\n</div>\n\n[ref]: /url\n===\n    {PAIR}\n\n",
        f"1. > ```\n   > {PAIR}\n\n{FILLER} ~~~ {FILLER}\n\n",
    ]
)


def _in_window(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The blocks of the whole *text* that reach into ``text[start:end]``, cut to it."""
    return sorted(
        (max(b.start, start) - start, min(b.end, end) - start, b.kind)
        for b in markdown_blocks(text)
        if b.end > start and b.start < end
    )


#: Lines longer than a chunk, a window, and the part of a line that tells what it is.
LONG_LINES = "".join(
    [
        "x " * 400 + "\n\n",
        "```" + "a" * 700 + "\n" + PAIR + "\n```\n\n",
        "> " + "q" * 900 + "\nlazy " + "z" * 500 + "\n\n",
        "    " + "c" * 450 + "\n\n" + "`" * 3 + "b" * 300 + "`\n" + PAIR + "\n\n",
    ]
)


@pytest.mark.parametrize(
    ("text", "line_limit"),
    [
        (SAMPLE, _markdown_blocks.LINE_LIMIT),
        (SAMPLE.replace("\n", "\r\n"), _markdown_blocks.LINE_LIMIT),
        (SAMPLE * 3, _markdown_blocks.LINE_LIMIT),
        (SAMPLE + LONG_LINES + SAMPLE, 60),
        ((LONG_LINES + SAMPLE).replace("\n", "\r\n"), 60),
    ],
)
def test_every_window_reads_the_blocks_of_the_whole_text(
    text: str, line_limit: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Windows that start anywhere, mid-line or inside a block, one after another; each
    # ends at a line start (what follows the end of a cut line is another window's).
    monkeypatch.setattr(_markdown_blocks, "LINE_LIMIT", line_limit)
    starts = range(0, len(text), 37)
    stream = BlockStream()
    taken = stream.taking(iter(read_chunks(io.StringIO(text), 200)))
    held = ""
    for start in starts:
        end = text.find("\n", start + 120) + 1 or len(text)
        while len(held) < end:  # (the chunks a window needs are taken before it is read)
            held += next(taken).text
        window = text[start:end]
        found = markdown_blocks(window, stream.start_at(start))
        got = sorted((b.start, b.end, b.kind) for b in found if b.end > b.start)
        last = end - (2 if window.endswith("\r\n") else 1 if window.endswith("\n") else 0)
        assert got == _in_window(text, start, last), (start, window[:40])
        # (of a line longer than the limit, the reading holds only its start)
        assert len(stream._text) <= len(held) - start + line_limit + 2


def test_a_large_markdown_file_reads_blocks_across_chunks_as_the_whole_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A short fence and a prose line's "~~~" each cross the start of a window (the
    # context before a chunk, cut mid-line): the chunked report is the whole file's.
    monkeypatch.setattr("julian_gregorian.streaming.CHUNK_CHARACTERS", 3000)
    monkeypatch.setattr("julian_gregorian.streaming.CONTEXT_CHARACTERS", 500)
    text = (f"{FILLER}\n" * 4 + "\n") * 40
    windows = [p.window.offset for p in in_context(read_chunks(io.StringIO(text), 3000))]
    assert len(windows) >= 3
    block = "```\n" + "x" * 70 + "\n```\n"
    at = text.rfind("\n", 0, windows[1] - 5) + 1
    text = text[:at] + block + text[at + len(block) :]
    assert at < windows[1] < at + len(block)
    line = text.rfind("\n", 0, windows[2]) + 1
    tilde = windows[2] - 2
    text = text[:tilde] + "~~~" + text[tilde + 3 :]
    assert line < tilde
    assert text.find("\n", line) > tilde + 3
    for chunk in range(1, len(windows)):  # a pair in prose and one in code, in every chunk
        at = text.find("\n\n", windows[chunk] + 520) + 2
        tail = f"{PAIR}\n\n```\n{PAIR}\n```\n\n"
        text = text[:at] + tail + text[at + len(tail) :]
    assert [p.window.offset for p in in_context(read_chunks(io.StringIO(text), 3000))] == windows
    (tmp_path / "big.md").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def report(large: int) -> list[tuple[int, str, bool]]:
        monkeypatch.setattr(file_jobs, "LARGE_FILE", large)
        assert main(["check", "big.md", "--format", "json", "-j", "1"]) == 1
        found = json.loads(capsys.readouterr().out)
        return [(f["line"], f["severity"], f["fix"] is not None) for f in found]

    chunked, whole = report(1000), report(10**9)
    assert chunked == whole
    assert [severity for _, severity, _ in whole] == ["error", "warning"] * (len(windows) - 1)


#: Input shapes that made an earlier reader take time in the square of their size.
CRAFTED = {
    "items on one line": lambda n: "- " * n + "x\n",
    "star items on one line": lambda n: "* " * n + "x\n",
    "quotes then lazy lines": lambda n: ">" * (n // 10) + " x\n" + "y\n" * n,
    "items then deep lines": lambda n: "- " * (n // 10) + "x\n" + (" " * (n // 5) + "y\n") * 10,
    "quotes on one line": lambda n: ">" * n + "x\n",
    "breaks in items": lambda n: "- " * n + "- - -\n",
    "items then blank lines": lambda n: "- " * n + "x\n" + "\n" * n,
    "items in a quote then quote lines": lambda n: "> " + "- " * n + "x\n" + ">\n" * n,
}


@pytest.mark.parametrize("shape", CRAFTED)
def test_crafted_input_is_read_in_steps_in_proportion_to_its_size(
    shape: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The characters of white space the cursor scans, and the thematic-break tests of
    # a whole line: twice the input, about twice the steps (not four times).
    counted = [0]
    run, tail = _markdown_blocks._Cursor._run, _markdown_blocks._Cursor.thematic_break

    def counting_run(cursor: _markdown_blocks._Cursor) -> None:
        before = cursor._run_end
        run(cursor)
        counted[0] += 1 + (cursor._run_end - cursor.position if cursor._run_end != before else 0)

    def counting_break(cursor: _markdown_blocks._Cursor, start: int) -> bool:
        counted[0] += 1 + (len(cursor.line) if cursor._tail is None else 0)
        return tail(cursor, start)

    monkeypatch.setattr(_markdown_blocks._Cursor, "_run", counting_run)
    monkeypatch.setattr(_markdown_blocks._Cursor, "thematic_break", counting_break)
    steps = []
    for n in (2000, 4000):
        counted[0] = 0
        markdown_blocks(CRAFTED[shape](n))
        steps.append(counted[0])
    assert steps[1] < 2.5 * steps[0]


LAZY = ">" * 300 + " x\n" + "y\n" * 3000


@pytest.mark.parametrize(
    ("text", "blocks"),
    [  # (as commonmark.js 0.29 reads them, in smaller sizes)
        ("- " * 3000 + "x\n", []),
        ("- " * 3000 + "- - -\n", []),
        (LAZY, [("quote", len(LAZY) - 1)] * 300),
        ("- " * 300 + "x\n\n" + " " * 600 + "    code\n", [("code", 608)]),
        ("- " * 300 + "x\n\n" + " " * 598 + "    code\n", []),
    ],
)
def test_crafted_input_is_read_as_commonmark_reads_it(
    text: str, blocks: list[tuple[str, int]]
) -> None:
    found = [(b.kind, b.end - b.start) for b in markdown_blocks(text)]
    assert found == blocks


@pytest.mark.parametrize("closed", [True, False])
def test_an_html_block_on_a_line_past_the_limit_ends_with_it(closed: bool) -> None:
    # (its end, past the limit, is unread: the block is taken to end with the line, so
    # that a fence after a minified one-line <script> is code, as after a short one)
    script = "<script>" + "var a=1;" * (_markdown_blocks.LINE_LIMIT // 8)
    fence = f"\n```\n{PAIR}\n```\n"
    text = script + ("</script>\n" if closed else "\n") + fence
    assert [f.severity for f in check(text, markdown=True)] == ["warning"]
    short = [f.severity for f in check("<script>var a=1;</script>\n" + fence, markdown=True)]
    assert short == ["warning"]


@pytest.mark.parametrize(
    ("text", "prose_line"),
    [
        # A leading byte order mark hides no fence.
        (f"\ufeff```\n{PAIR}\n```\n\n{PAIR}\n", 5),
        # "<!DOCTYPE" in a quote ends at a ">" after the quote's own markers only.
        (f"> <!DOCTYPE x\n> a\n> b\n{PAIR}\n", 4),
        # A paragraph of link reference definitions has no setext underline: the "==="
        # and the indented line after it are paragraph text.
        (f"[pares]: https://example.org/pares\n===\n    {PAIR}\n", 3),
    ],
)
def test_prose_after_a_construct_that_only_looks_like_a_block_is_fixed(
    text: str, prose_line: int
) -> None:
    found = [(f.line, f.severity, f.fix is not None) for f in check(text, markdown=True)]
    assert (prose_line, "error", True) in found
    assert all(fix for line, _, fix in found if line == prose_line)
    assert all(not fix for line, _, fix in found if line != prose_line)
