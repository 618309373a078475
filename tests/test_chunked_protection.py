"""A large file's protected text is the whole file's, however long before a chunk's
start a comment, a ``<pre>`` or a fence opened: ``check`` of a file read in chunks
reports what ``check`` of the same text read whole reports, and ``--fix`` agrees."""

from __future__ import annotations

import io
import json
import random
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.warm_start import run_command
from julian_gregorian._cli import file_jobs
from julian_gregorian._cli.main import main
from julian_gregorian.checks import check_text
from julian_gregorian.checks._markup_reading import OpenAtStart, last_closings
from julian_gregorian.checks._page_check import findings_and_items
from julian_gregorian.checks._safe_scope import open_at
from julian_gregorian.checks.config import CheckConfig
from julian_gregorian.streaming import CHUNK_CHARACTERS, in_context, read_chunks

PAIR = "He was buried on 2 January [O.S. 21 December] 1917."
FILLER = "Filler prose about the parish registers and nothing else at all here."
CHUNK, CONTEXT = 3000, 500

#: (file name, opening, closing, extra arguments): protected text that may run long.
SHAPES = {
    "wikitext comment": ("page.txt", "<!--", "-->", ("--wikitext",)),
    "wikitext pre": ("page.txt", "<pre>", "</pre>", ("--wikitext",)),
    "markdown fence": ("notes.md", "```", "```", ()),
    "html comment": ("page.html", "<!--", "-->", ()),
    "backtick fence": ("page.txt", "```", "```", ()),
    "html pre": ("page.html", "<pre>", "</pre>", ()),
    "wikitext nowiki": ("page.txt", "<nowiki>", "</nowiki>", ("--wikitext",)),
}


def _filler(paragraphs: int) -> str:
    return (f"{FILLER}\n" * 4 + "\n") * paragraphs


def _windows(text: str, chunk: int, context: int) -> list[int]:
    return [p.window.offset for p in in_context(read_chunks(io.StringIO(text), chunk), context)]


def _protected_across(
    text: str, boundary: int, shape: str, reach: int, closed_after: int = 200
) -> tuple[str, int]:
    """*text* with a region of *shape* opened more than *reach* characters before
    *boundary* (a chunk's start) and closed *closed_after* characters after a wrong
    pair inside just after the boundary; where the pair is. The region replaces filler
    of its length, so the chunks stay where they were."""
    _, opening, closing, _ = SHAPES[shape]
    start = text.rfind("\n\n", 0, boundary - reach - 200) + 2
    pair_at = text.find("\n", boundary + 10) + 1
    end = text.find("\n", pair_at + closed_after) + 1
    region = text[start:end]
    region = opening + "\n" + region[len(opening) + 1 :]
    inside = pair_at - start
    region = region[:inside] + PAIR + region[inside + len(PAIR) :]
    last_line = region.rfind("\n", 0, len(region) - 1) + 1
    region = region[:last_line] + closing + region[last_line + len(closing) :]
    return text[:start] + region + text[end:], pair_at


def _json_findings(argv: list[str], capsys: pytest.CaptureFixture[str]) -> list[object]:
    main(["check", *argv, "--format", "json", "-j", "1"])
    findings: list[object] = json.loads(capsys.readouterr().out)
    return findings


def _whole_and_chunked(
    text: str,
    path: Path,
    argv: tuple[str, ...],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> tuple[list[object], list[object]]:
    """The JSON findings of *text* written to *path*, read whole, then in chunks."""
    path.write_text(text, encoding="utf-8")
    monkeypatch.chdir(path.parent)
    whole = _json_findings([*argv, path.name], capsys)
    monkeypatch.setattr(file_jobs, "LARGE_FILE", 2000)
    monkeypatch.setattr("julian_gregorian.streaming.CHUNK_CHARACTERS", CHUNK)
    monkeypatch.setattr("julian_gregorian.streaming.CONTEXT_CHARACTERS", CONTEXT)
    return whole, _json_findings([*argv, path.name], capsys)


def _whole_findings(text: str, name: str, wikitext: bool) -> list[tuple[int, str, bool]]:
    result = check_text(text, wikitext=wikitext or None, markdown=name.endswith(".md"))
    return [(f.offset, f.code, f.fix is None) for f in result.findings]


@pytest.mark.parametrize(
    ("shape", "closed_after"),
    [
        *((shape, 200) for shape in SHAPES),
        # (closed further than the context after the chunk the opening is in)
        *((shape, 3 * CONTEXT) for shape in ("wikitext pre", "wikitext nowiki", "html pre")),
    ],
)
def test_a_region_opened_long_before_a_chunk_is_protected_as_in_the_whole_file(
    shape: str,
    closed_after: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    name, _, _, argv = SHAPES[shape]
    text = _filler(40)
    windows = _windows(text, CHUNK, CONTEXT)
    boundary = windows[2] + CONTEXT
    text, pair_at = _protected_across(text, boundary, shape, CONTEXT, closed_after)
    text = PAIR + "\n\n" + text[len(PAIR) + 2 :]  # (and one pair in prose, fixed)
    assert _windows(text, CHUNK, CONTEXT) == windows
    assert pair_at > windows[2] + CONTEXT
    whole, chunked = _whole_and_chunked(text, tmp_path / name, argv, monkeypatch, capsys)
    assert chunked == whole
    # (the pair inside is a warning without a fix, the one in prose is fixed)
    by_line = {(f["line"], f["fix"] is None) for f in chunked}  # type: ignore[index]
    assert (text.count("\n", 0, pair_at) + 1, True) in by_line
    assert (1, False) in by_line


def test_a_file_larger_than_a_chunk_reports_a_long_comment_as_the_fix_reads_it(
    tmp_path: Path,
) -> None:
    # A real run on a file read in chunks: a comment opened 30,000 characters before a
    # chunk's start holds a wrong pair; the report agrees with the whole text's, and
    # --fix leaves the pair as it is.
    text = _filler(2 * CHUNK_CHARACTERS // 281 + 10)
    windows = _windows(text, CHUNK_CHARACTERS, 24_000)
    text, pair_at = _protected_across(text, windows[1] + 24_000, "wikitext comment", 30_000)
    text = PAIR + "\n\n" + text[len(PAIR) + 2 :]
    assert len(text) > 2 * CHUNK_CHARACTERS
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    args = ("--wikitext", "--format", "json", "-j", "1")
    result = run_command("check", *args, str(path), cwd=tmp_path, cold=True)
    reported = [(f["offset"], f["code"], f["fix"] is None) for f in json.loads(result.stdout)]
    assert reported == _whole_findings(text, "page.txt", wikitext=True)
    assert (pair_at + PAIR.index("2 January"), "JG101", True) in reported
    run_command("check", "--fix", "--wikitext", str(path), cwd=tmp_path, cold=True)
    fixed = path.read_text(encoding="utf-8")
    assert fixed[pair_at : pair_at + len(PAIR)] == PAIR
    assert not fixed.startswith(PAIR)


#: Openings and closings of protected text, wikitext's and HTML's.
_REGIONS = (
    ("<!--", "-->"),
    ("<pre>", "</pre>"),
    ("<nowiki>", "</nowiki>"),
    ("<script>", "</script>"),
    ("<blockquote>", "</blockquote>"),
    ("```", "```"),
)


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 2**32 - 1), st.booleans())
def test_windows_read_protected_text_as_the_whole_text(seed: int, wikitext: bool) -> None:
    # Protected regions opened before a window's start (up to three contexts before it)
    # and closed in it, pairs inside and out: each window's findings, read from where
    # the window before left its reading, are the whole text's. (A fence's closing is
    # at most one context after the end of the chunk its opening is in: docs/cli.md.)
    rng = random.Random(seed)
    chunk, context = 1200, 200
    text = list(_filler(30))
    windows = _windows("".join(text), chunk, context)
    lines = [0, *(i + 1 for i, c in enumerate(text) if c == "\n" and text[i - 1] != "\n")]
    lines = [at for at in lines if text[at] != "\n"]

    def put(at: int, piece: str) -> None:
        text[at : at + len(piece)] = piece

    free = 0  # (regions apart: no closing tag inside a comment, see docs/cli.md)
    for window in windows[1:]:
        opening, closing = rng.choice(_REGIONS)
        first = [at for at in lines if max(free, window - 3 * context) <= at < window]
        # (the chunk's own text starts a context after the window's start)
        reach = 2 * context - 20 if opening == "```" else 5 * context
        last = [at for at in lines if window + context + 70 < at < window + reach]
        if not first or not last or rng.random() < 0.2:
            continue
        opened_at, closed_at = rng.choice(first), rng.choice(last)
        inside = [at for at in lines if window + context <= at < closed_at - 60]
        if not inside:
            continue
        put(opened_at, opening)
        put(rng.choice(inside), PAIR)
        put(closed_at, closing)
        outside = [at for at in lines if closed_at < at < closed_at + 300]
        if outside:
            put(rng.choice(outside), PAIR)
        free = closed_at + 300
    whole_text = "".join(text)
    assert _windows(whole_text, chunk, context) == windows
    config = CheckConfig()
    whole, _ = findings_and_items(whole_text, config, wikitext=wikitext)
    closings = last_closings([(0, whole_text)], wikitext=wikitext)
    got = []
    before = None
    for piece in in_context(read_chunks(io.StringIO(whole_text), chunk), context):
        window_text, offset = piece.window.text, piece.window.offset
        opened = None
        if before is not None:
            opened = open_at(before[0], offset - before[1], wikitext=wikitext, opened=before[2])
        opened = replace(
            opened or OpenAtStart(),
            closings={name: at - offset for name, at in closings.anywhere.items()},
            element_closings={name: at - offset for name, at in closings.outside_comments.items()},
        )
        findings, _ = findings_and_items(window_text, config, wikitext=wikitext, opened=opened)
        got += [
            (f.offset + offset, f.code, f.fix is None) for f in findings if piece.owns(f.offset)
        ]
        before = (window_text, offset, opened)
    assert got == [(f.offset, f.code, f.fix is None) for f in whole]
    assert any(protected for *_, protected in got) == (free > 0)


@pytest.mark.parametrize(
    ("name", "opening", "closing", "argv"),
    [
        ("page.html", "<pre>", "</pre>", ()),
        ("page.txt", "<blockquote>", "</blockquote>", ("--wikitext",)),
    ],
)
def test_a_closing_tag_commented_out_after_the_last_real_one_closes_nothing_chunked(
    name: str,
    opening: str,
    closing: str,
    argv: tuple[str, ...],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The whole file's element ends at its paragraph's end: the file's last closing tag
    # stands in a comment, which closes nothing. Chunked, that tag must not close it
    # beyond its chunk either (it kept every chunk up to the comment protected).
    text = (
        f"{opening}x{closing} Prose that mentions a stray {opening} tag.\n\n"
        + _filler(5)
        + PAIR
        + "\n\n"
        + _filler(30)
        + PAIR
        + "\n\n"
        + _filler(30)
        + f"<!-- was: {closing} -->\n"
    )
    whole, chunked = _whole_and_chunked(text, tmp_path / name, argv, monkeypatch, capsys)
    assert [f["fix"] is None for f in whole] == [False, False]  # type: ignore[index]
    assert chunked == whole
