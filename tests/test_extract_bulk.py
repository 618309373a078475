"""Anchors handed to the windows at once, not asked about one by one (issue 11, item 6).

Crafted input repeats a line of junk or a table header line: after the first line (or
header) read for nothing, the anchors that no reader can take go to the windows in one
step. The work is counted, never timed (``ExtractStats.asked``: the anchors the readers
were asked about one at a time; ``table_reads``: the header lines a table was read
from), and the result must be the one that asking about each anchor gives: the same
texts are read with the bulk steps switched off and compared.
"""

from __future__ import annotations

import random
import re

import pytest

from helpers.paths import REPO
from helpers.scripts import load_script
from julian_gregorian import extract
from julian_gregorian.text import ExtractStats, _extract
from julian_gregorian.text._extract import _clip
from julian_gregorian.text._read.normalise import soft_break
from julian_gregorian.text._read.tables import Tables

bench_adversarial = load_script(REPO / "benchmarks" / "bench_adversarial.py")

SIZES = (100_000, 400_000)


def _stats(text: str, wikitext: bool | None = None) -> ExtractStats:
    stats = ExtractStats()
    assert extract(text, wikitext=wikitext, stats=stats) == []
    return stats


@pytest.mark.parametrize("pattern", bench_adversarial.FAMILIES["tables"])
def test_a_run_of_table_headers_is_read_from_a_bounded_number_of_them(pattern: str) -> None:
    # The first header is read (its table, all the rest of the text, holds no date);
    # the anchors of every later header line go to the windows with it.
    for size in SIZES:
        text = bench_adversarial.crafted(pattern, size // len(pattern))
        stats = _stats(text)
        assert stats.table_reads <= 2
        assert stats.asked <= 2
        assert stats.table_characters <= 1.05 * len(text)


@pytest.mark.parametrize("pattern", bench_adversarial.FAMILIES["lines"])
def test_lines_of_junk_are_asked_about_once_for_many_lines(pattern: str) -> None:
    # Lines of many anchors each: the readers are asked about two of them, then the
    # rest of the line and the lines after it, some 16 KB, go to the windows at once.
    # ("1731/1731/…" holds one anchor a line, the line's first slash: asked about each.)
    lines = []
    for size in SIZES:
        text = bench_adversarial.crafted(pattern, size // len(pattern))
        stats = _stats(text)
        anchors_per_line = stats.anchors / text.count("\n")
        bound = text.count("\n") if anchors_per_line < 2 else 3 * (len(text) // 16_000 + 1)
        assert stats.asked <= bound
        lines.append(stats.asked / len(text))
    assert lines[1] <= 1.1 * lines[0]


def test_wikitext_header_lines_are_walked_once_whatever_their_run() -> None:
    # Each "!" line of a run may begin a header of all that follow, up to 20 lines: the
    # run is found in one search, and a header of more lines is refused unwalked.
    for lines in (5_000, 20_000):
        text = "! O.S. !! N.S.\n" * lines
        stats = _stats(text, wikitext=True)
        assert stats.table_characters <= 2 * len(text)
        nested = "! O.S. !! N.S.\n" * 21 + "|-\n| x || y\n"
        stats = _stats(nested * (lines // 20), wikitext=True)
        assert stats.table_characters <= 3 * len(nested * (lines // 20))


def test_memory_of_a_run_of_wikitext_header_lines_does_not_grow_with_it() -> None:
    # The cells of the lines of a run are kept for its last 20 lines only.
    text = "! O.S. !! N.S.\n" * 40_000
    tables = Tables(text, wikitext=True)
    for start in range(0, len(text), 15):
        tables.read(start)
    assert len(tables._run.lines) <= 20


def _one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """Switch the bulk steps off: every anchor is asked about."""
    monkeypatch.setattr(_extract, "_unread_end", lambda _t, _a, index, *_: index)
    monkeypatch.setattr(Tables, "passed_over", lambda _self, header: header)


FRAGMENTS = (
    "| Julian | Gregorian |\n",
    "| O.S. | N.S. |\n",
    "| 5 March 1731 | 16 March 1731 |\n",
    "|---|---|\n",
    "! Julian !! Gregorian\n",
    "! O.S. !! N.S.\n",
    "|-\n",
    "| 22 February 1731 || 5 March 1731\n",
    "|}\n",
    '{| class="wikitable"\n',
    "+--------+-----------+\n",
    "\n",
    "The Julian calendar and the O.S. reckoning.\n",
    "On 5 March (O.S.) he left.\n",
    "6 November [O.S. 24 October] 1917 ",
    "1/2 " * 20 + "\n",
    "1731/" * 20 + "\n",
    "(5 March 1731 ",
    "[O.S. ",
    "11/22 June 1727 ",
    "[[a|b]] ",
    "{{OldStyleDate|5 March|1731|}} ",
    "<ref>x</ref> ",
    "style=x ",
    "http://a.org/1/2 ",
)


def _documents(seed: int, count: int) -> list[tuple[str, bool | None]]:
    rng = random.Random(seed)
    return [
        (
            "".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 400))),
            rng.choice((None, True, False)),
        )
        for _ in range(count)
    ]


def test_the_anchors_handed_over_at_once_are_those_one_by_one_hands_over(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    documents = _documents(11, 150)
    at_once = [extract(text, wikitext=wiki) for text, wiki in documents]
    with monkeypatch.context() as patched:
        _one_by_one(patched)
        one_by_one = [extract(text, wikitext=wiki) for text, wiki in documents]
    assert at_once == one_by_one
    assert sum(map(len, at_once)) > 1_000  # (the documents hold dates)


def _clip_step_by_step(text: str, start: int, end: int, first: int, last: int) -> tuple[int, int]:
    """:func:`_clip` as it was written, a Python step per character."""
    newline = text.rfind("\n", start, first)
    if newline != -1 and not soft_break(text, newline):
        start = newline + 1
    else:
        while start > 0 and not text[start - 1].isspace() and first - start < 2 * _extract.BEFORE:
            start -= 1
    newline = text.find("\n", last, end)
    if newline != -1 and not soft_break(text, newline):
        end = newline
    else:
        while end < len(text) and not text[end].isspace() and end - last < 2 * _extract.AFTER:
            end += 1
    return start, end


def test_a_window_is_moved_to_the_ends_of_its_words_by_searches() -> None:
    rng = random.Random(7)
    characters = ("a", "1", "/", " ", "\n", "\u00a0", "\t", ".", "\u2028", "\x1c")
    for _ in range(20_000):
        length = rng.randint(1, 400)
        text = "".join(rng.choices(characters, [rng.random() for _ in characters], k=length))
        first = rng.randrange(length)
        last = rng.randint(first, length - 1)
        start = max(0, first - rng.randint(0, 200))
        end = min(length, last + rng.randint(0, 200))
        assert _clip(text, start, end, first, last) == _clip_step_by_step(
            text, start, end, first, last
        )


def test_a_space_in_a_search_is_a_space_to_str_isspace() -> None:
    # The searches above and the table readers' (r"\s", r"[^\S\n]") stand for
    # str.isspace and str.strip.
    spaces = [chr(code) for code in range(0x3000 + 1) if chr(code).isspace()]
    assert spaces == [chr(code) for code in range(0x3000 + 1) if re.match(r"\s", chr(code))]
