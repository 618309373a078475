"""The extractor's work on crafted input grows no faster than the input (issue 11, item 6).

Work is counted, never timed: the windows the extractor opens and the characters they
hold, from :class:`~julian_gregorian.text.ExtractStats`, per character of input,
for each crafted pattern repeated to two sizes.
"""

from __future__ import annotations

import random
import re
import tracemalloc
from array import array
from collections.abc import Iterator
from typing import SupportsIndex

import pytest

from helpers.paths import REPO
from helpers.scripts import load_script
from julian_gregorian import extract
from julian_gregorian.text import ExtractStats, _extract
from julian_gregorian.text._extract import _WORD, _next_month_word
from julian_gregorian.text._link.footnotes import LastBefore, LineEnds, definition_lines
from julian_gregorian.text._locate import anchors, hyperscan_candidates
from julian_gregorian.text._locate.anchors import find_anchors
from julian_gregorian.text._vocabulary.lexicon import ORDINAL_SUFFIX, month_of

#: Patterns in which nothing is found: a run of them is passed over once it is long.
FRUITLESS = (
    "{{OldStyleDate|5 March|1731|",
    "{{OldStyleDate|",
    "1731/",
    "1731/2",
    "(5 March 1731 ",
    "[O.S. ",
    "| 5 March 1731 || O.S. ",
    "O.S. 1731 ",
    "(O.S. ",
    "[O.S.] ",
    "[[5 March 1731|",
    "[5 March ",
    "1/2 ",
    "11/22 ",
    "по ст. ст. ",
    "(по ст. ст.) ",
    "{{СС3|",
    "{{Julian|",
)
#: Patterns full of dates: every window finds some, so all of them is read.
FRUITFUL = (
    "{{efn|5 March 1731 (O.S.) ",
    "<ref>5 March 1731 O.S. ",
    "[[a|5 March 1731 O.S. ",
)
SIZES = (40_000, 160_000)


def _work(pattern: str, size: int) -> tuple[ExtractStats, int]:
    text = pattern * (size // len(pattern))
    stats = ExtractStats()
    extract(text, wikitext=True, stats=stats)
    return stats, len(text)


@pytest.mark.parametrize("pattern", FRUITLESS)
def test_a_fruitless_run_is_read_for_a_bounded_length(pattern: str) -> None:
    small, _ = _work(pattern, SIZES[0])
    large, length = _work(pattern, SIZES[1])
    # Four times the input, no more read: the run is passed over after its first stretch.
    assert large.window_characters <= small.window_characters + 20_000
    assert large.window_characters < length / 2
    assert large.windows <= small.windows + 20


@pytest.mark.parametrize("pattern", FRUITFUL)
def test_windows_of_dense_dates_hold_each_character_a_bounded_number_of_times(
    pattern: str,
) -> None:
    for size in SIZES:
        stats, length = _work(pattern, size)
        assert stats.window_characters <= 3 * length
        assert stats.windows <= length / 100


def test_dates_after_a_fruitless_run_are_read() -> None:
    dates = "On 6 November [O.S. 24 October] 1917 they rose; he died on 11/22 June 1727."
    text = "1731/" * 20_000 + "\n\n" + dates
    found = [item.text for item in extract(text)]
    assert found == ["6 November [O.S. 24 October] 1917", "11/22 June 1727"]


def test_a_long_line_of_dates_read_by_windows_is_read_whole() -> None:
    # No reader at an anchor takes these; the windows do, all 2,000 of them.
    text = "<ref>5 March 1731 O.S. " * 2_000
    assert len(extract(text, wikitext=True)) == 2_000


#: Junk on one line that no window finds a date in, then a date only a window reads.
JUNK = ("1731/", "O.S. 1731 ", "1731/2", "[O.S. ", "http://a.org/1731/05/x?id=7&p=(3) ")
DATES_ON_THE_LINE = (
    ("he died on 11/22 June 1727.", "11/22 June 1727"),
    ("On 6 November [O.S. 24 October] 1917 they rose", "6 November [O.S. 24 October] 1917"),
    ("born 7 (20) сентября 1916 года", "7 (20) сентября 1916 года"),
    ("in 1749/50.", "1749/50"),
    ("on 5 March 1731 (O.S.).", "5 March 1731 (O.S.)"),
    ("15(28).04.1922 г.", "15(28).04.1922"),
)


@pytest.mark.parametrize("junk", JUNK)
@pytest.mark.parametrize(("tail", "expected"), DATES_ON_THE_LINE)
def test_a_date_after_a_long_fruitless_run_on_its_line_is_read(
    junk: str, tail: str, expected: str
) -> None:
    # The windows of the junk find nothing for far more than the fruitless-run cut
    # (16 KB); reading resumes at the window that holds a month word or a dual year.
    for size in SIZES:
        text = junk * (size // len(junk)) + " " + tail
        stats = ExtractStats()
        found = [item.text for item in extract(text, stats=stats)]
        assert found[-1:] == [expected], (junk, size)
        # The junk after the cut is passed over, not read: the work stays bounded.
        assert stats.window_characters <= 20_000 + len(text) / 64 + 8_192


@pytest.mark.parametrize("pattern", FRUITLESS)
def test_windows_that_all_look_like_dates_are_read_for_a_share_of_the_input(pattern: str) -> None:
    # Every window of "(5 March 1731 (5 March 1731 …" may hold a date by the quick
    # search; after the cut, about one character in 64 of them is read again.
    for size in (*SIZES, 640_000):
        stats, length = _work(pattern, size)
        assert stats.window_characters <= 20_000 + length / 64 + 8_192


@pytest.mark.parametrize("pattern", FRUITLESS)
def test_the_search_for_a_date_after_a_fruitless_run_reads_each_character_about_once(
    pattern: str,
) -> None:
    # Each of the three kinds of sign (a month word, a dual year, a date in numbers) is
    # searched for a stretch at a time, again only past what the last search found: not
    # over every window passed over (which overlap) nor a stretch for each window.
    for size in SIZES:
        stats, length = _work(pattern, size)
        assert stats.searched <= 3 * 1.2 * length


#: Runs without a single anchor: each costs the scan for anchors alone.
ANCHORLESS = ("(", "[", "[[", "(5 ", "{{", "<ref>", "}}", "|", "5 ", "1731 ", "–", "1731 – ")


@pytest.mark.parametrize("pattern", ANCHORLESS)
def test_a_run_without_anchors_opens_no_window(pattern: str) -> None:
    for size in SIZES:
        text = pattern * (size // len(pattern))
        assert find_anchors(text) == []
        stats = ExtractStats()
        assert extract(text, stats=stats) == []
        assert (stats.anchors, stats.windows, stats.searched) == (0, 0, 0)


#: The passes whose first look aheads (guards) only fail sooner where the rest of the
#: pattern would fail: with and without them, the same places match.
GUARDED = (
    ("(", anchors._OPENING_GUARD, anchors._AFTER_OPENING),
    ("[", anchors._BRACKET_GUARD, anchors._AFTER_BRACKET),
)
GUARD_PIECES = [
    "(", "[", "]", ")", " ", "  ", "\n", "5", "12", "123", "1731", ".", "5.", "04.", "IV",
    "March", "march", "Mar", "марта", "октября", "de ", "of ", "to ", "d'", "O.S.", "ст. ст.",
    "π.η.", "st.v.", "A.S. ", "K.J.: ", "Note ", "th", "-го", "a", "x", "_", "١", "٣",
    "Dizember", "Mei", "-го", "nd", "5.IV/", "14.II)", "12.03)", "Mar.", "il ", "del ",
    # a date or marker for each alternative of the passes, whole
    "(xyz 3 March", "(il 3 maggio", "(5th March", "(5-го марта", "(5. März", "(15.04)",
    "(14.II/", "(March 5", "(O.S.)", "(ст. ст.)", "(5)", "(5.) ", "[9 сентября]",
    "[August 28]", "[A.S. 12 Dizember]", "(3 de marzo", "(5 to 7 March",
]  # fmt: skip


def _guard_texts(count: int) -> Iterator[str]:
    """Short texts of the pieces the guarded passes look at, the same on every run."""
    pieces = random.Random(6)
    for _ in range(count):
        yield "".join(pieces.choice(GUARD_PIECES) for _ in range(pieces.randint(1, 12)))


def test_the_guards_of_a_pass_change_none_of_its_anchors() -> None:
    passes = [
        (re.compile(re.escape(opening) + guard + rest), re.compile(re.escape(opening) + rest))
        for opening, guard, rest in GUARDED
    ]
    passes.append(
        (re.compile(rf"\s{anchors._AFTER_DAY}"), re.compile(rf"\s{anchors._AFTER_DAY_WORDS}"))
    )
    # The pass of "(" as first written, its alternatives one by one, against the pass.
    # (a day is a number from 1 to 31, as the reader reads one, a zero before it or not)
    day_end = rf"(?:\)|\s+{anchors._AFTER_DAY_WORDS})"
    day = r"(?:3[01]|[12][0-9]|0[1-9]|[1-9])"
    plain = re.compile(
        rf"\((?=\s?(?:(?:[a-z]{{1,3}}\s)?{day}{ORDINAL_SUFFIX}?\.?{day_end}"
        rf"|{day}\.\d\d?\)|[A-Z][a-z]{{2,8}}\.?\s\d"
        rf"|{day}\.[IVX]+[/)]|{anchors._parenthesised_markers()}))"
    )
    passes.append((re.compile(r"\(" + anchors._OPENING_GUARD + anchors._AFTER_OPENING), plain))
    matched = 0
    for text in _guard_texts(20_000):
        for guarded, unguarded in passes:
            found = [match.start() for match in guarded.finditer(text)]
            assert found == [match.start() for match in unguarded.finditer(text)], text
            matched += len(found)
    assert matched > 1_000  # the texts hold anchors, not only places without one


@pytest.mark.parametrize("pattern", ["1731-", "1731–", "1700–1701–"])
def test_a_run_of_years_joined_by_dashes_holds_one_anchor(pattern: str) -> None:
    # A year right after a digit and a dash begins no dual year: only the first of the
    # run is judged (in Python), not one at every year.
    for size in SIZES:
        text = pattern * (size // len(pattern))
        assert find_anchors(text) == [0]
        stats = ExtractStats()
        assert extract(text, stats=stats) == []
        assert stats.windows <= 1


@pytest.mark.parametrize("pattern", ["1731/", "1731/2", "12/345/"])
def test_a_run_of_numbers_joined_by_slashes_holds_one_anchor(pattern: str) -> None:
    # Each number of the run but the first follows a digit and a slash (or has five
    # digits), where neither a day nor a year begins: only the first slash may join a
    # pair or end a dual year, and the run costs one window (passed over unread: it
    # holds neither a month nor a dual year), no search for signs.
    for size in SIZES:
        text = pattern * (size // len(pattern))
        assert find_anchors(text) == [text.index("/")]
        stats = ExtractStats()
        assert extract(text, stats=stats) == []
        assert (stats.windows + stats.dateless, stats.searched, stats.skipped) == (1, 0, 0)


def _first_month_word(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The month word search as it reads, one word of letters at a time."""
    for word in _WORD.finditer(text, start, end):
        if month_of(word.group()):
            return word.span()
    return None


@pytest.mark.parametrize(
    "text",
    [
        "O.S. 1731 " * 50 + "on 5 March",
        "1731/½Oct. 1731",
        "—марта 1731",
        "ª abc Jan.Feb",
        "x_March y2April Ιανουαρίου",
        "1731 Märzjul. / 20. März",
        "no month at all here",
    ],
)
def test_the_quick_search_for_a_month_word_finds_what_reading_each_word_does(text: str) -> None:
    # The quick search first looks for runs of characters that may be letters (a range
    # test, faster than a Unicode category): what it finds must be the same word.
    for start in range(0, len(text), 7):
        for end in (len(text), len(text) - 3, start + 12):
            expected = _first_month_word(text, start, end)
            assert _next_month_word(text, start, end) == expected, (text, start, end)


#: The patterns with the densest anchors: one every five or six characters. (The
#: slashes of "1731/1731/…" are no anchors but the first, see above.)
DENSE = ("a 1/2 ", "[O.S. ")


def _peak(text: str) -> int:
    """The most memory (in bytes) that extracting *text* holds at once, its patterns
    compiled and tables built beforehand on its first characters."""
    extract(text[:1_000])
    tracemalloc.start()
    try:
        extract(text)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("pattern", DENSE)
def test_memory_grows_by_a_few_bytes_per_character_of_dense_anchors(pattern: str) -> None:
    # An anchor costs 8 bytes where the text's anchors are kept and 8 where the windows'
    # are (not the 36 or so of an int in a list; a run passed to the windows is copied
    # there from a view, not from a slice, a third copy), and a list is built for one
    # stretch of the text at a time: some 3 bytes per character here, and one stretch's
    # worth (3.4 bytes per character in all, where a list of anchors took 9 to 11).
    text = pattern * (800_000 // len(pattern))
    assert _peak(text) <= 4.5 * len(text)


@pytest.mark.parametrize("pattern", DENSE)
def test_memory_grows_as_little_once_hyperscan_scans_long_texts_forward(
    pattern: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same, with Hyperscan's scanner and its forward scan of long texts built
    # beforehand, as in a dump run past its first pages: the passes without candidates
    # must not keep the last pass's hits (an int per anchor) alive into the next stretch.
    pytest.importorskip("hyperscan")
    monkeypatch.setattr(hyperscan_candidates, "WORTH_BUILDING", 0)
    monkeypatch.setattr(hyperscan_candidates, "WORTH_SCANNING_FORWARD", 0)
    monkeypatch.setattr(hyperscan_candidates, "_built", {})
    extract("On 6 November [O.S. 24 October] 1917 [[x]] " * 2000)  # (long: both built)
    text = pattern * (800_000 // len(pattern))
    assert _peak(text) <= 4.5 * len(text)


def test_a_line_of_endless_table_cells_naming_the_calendars_is_no_table() -> None:
    # Each of its cells names a calendar, so it passes for a table's header line; split
    # into its cells, it cost a cell object per border (12 bytes per character) and a
    # Python step per character. More borders than a real table's row are none.
    text = "| 5 March 1731 || O.S. " * 40_000
    extract(text[:1_000])
    tracemalloc.start()
    try:
        items = extract(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert items == []
    assert peak <= 4.5 * len(text)


class _CountingText(str):
    """A text that counts the characters its searches (``find``, ``rfind``, ``count``)
    run over."""

    scanned = 0

    @staticmethod
    def _bounds(length: int, bounds: tuple[SupportsIndex | None, ...]) -> tuple[int, int]:
        start = int(bounds[0] or 0) if bounds else 0
        end = length if len(bounds) < 2 or bounds[1] is None else int(bounds[1])
        return start, end

    def find(self, sub: str, *bounds: SupportsIndex | None) -> int:  # type: ignore[override]
        found = super().find(sub, *bounds)
        start, end = self._bounds(len(self), bounds)
        _CountingText.scanned += (end if found == -1 else found) - start
        return found

    def rfind(self, sub: str, *bounds: SupportsIndex | None) -> int:  # type: ignore[override]
        found = super().rfind(sub, *bounds)
        start, end = self._bounds(len(self), bounds)
        _CountingText.scanned += end - (start if found == -1 else found)
        return found

    def count(self, sub: str, *bounds: SupportsIndex | None) -> int:  # type: ignore[override]
        start, end = self._bounds(len(self), bounds)
        _CountingText.scanned += end - start
        return super().count(sub, *bounds)


def test_the_last_occurrence_before_an_offset_is_the_one_a_search_finds() -> None:
    # LastBefore searches only what its last search did not cover: at growing offsets
    # (dates in text order), at offsets out of order and at the start of the text alike,
    # its answers are those of a search over the whole reach.
    pieces = random.Random(5)
    for _ in range(2_000):
        text = "".join(pieces.choice(["<ref", "<re", "f", "x", "\n"]) for _ in range(60))
        for sub in ("<ref", "\n"):
            reach = pieces.randint(1, 40)
            last = LastBefore(text, sub, reach)
            offsets = sorted(pieces.randint(0, len(text)) for _ in range(20))
            if pieces.random() < 0.3:
                pieces.shuffle(offsets)
            for at in offsets:
                assert last.before(at) == text.rfind(sub, max(0, at - reach), at)


def test_the_end_of_a_long_line_is_searched_for_once() -> None:
    # Every date of a line of dates asks which footnote lines it meets; the line's end,
    # as far off as the end of the text, was searched for from each (quadratic work:
    # 11 s for 4 MB of "{{efn|5 March 1731 (O.S.) …", which now takes 2).
    text = _CountingText("5 March 1731 (O.S.) " * 5_000 + "\n[1] A note.\n")
    _CountingText.scanned = 0
    line_ends = LineEnds(text)
    for offset in range(0, 100_000, 20):
        definition_lines(text, offset, offset + 19, line_ends)
    assert _CountingText.scanned <= 2 * len(text)
    assert definition_lines(text, 99_990, 100_010, line_ends) == {100_001: (100_012, "1")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Julian or Gregorian? On 2 January [O.S. 21 December] 1750. ",
        "Old Style, New Style: 2 January [O.S. 21 December] 1750. ",
    ],
)
def test_the_end_of_a_run_of_anchors_is_looked_for_once_per_run(
    sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each sentence's run of anchors is judged after its second fruitless one, and the
    # end of the run, as far off as the end of the line, was looked for from each:
    # anchors passed over grew with the square of the sentences on one line (8,000 of
    # them, 813 KB, took 6.6 s to extract, 0.6 s since).
    passed = 0
    looked_for = _extract._run_end

    def counted(anchors: array[int], index: int, line_ends: LineEnds) -> int:
        nonlocal passed
        end = looked_for(anchors, index, line_ends)
        passed += end - index
        return end

    monkeypatch.setattr(_extract, "_run_end", counted)
    work = []
    for count in (200, 400):
        passed = 0
        assert len(extract(sentence * count)) == count
        work.append(passed)
    assert work[1] <= 2.1 * work[0]


bench_adversarial = load_script(REPO / "benchmarks" / "bench_adversarial.py")
#: Texts full of dates, each repetition one item (the benchmark's, one of them the rows
#: of a table under its head), read by every reader in turn.
DENSE_DATES: tuple[str, ...] = bench_adversarial.FAMILIES["dense"]


@pytest.mark.parametrize("pattern", DENSE_DATES)
def test_a_text_full_of_dates_is_searched_a_bounded_number_of_times_per_character(
    pattern: str,
) -> None:
    # Each date asked for the footnote line and the <ref> it may stand in, 2,000
    # characters back each: searched afresh for every date, that was 166 characters
    # searched per character of "{{efn|5 March 1731 (O.S.) …" (now 18, the passes for
    # anchors 14 of them). Each item is found, and the searches grow with the text (the
    # start of a table row's line is searched for back to the anchor before, not from
    # each anchor; the table is read whole, however many rows).
    for size in (1_000, 2_400, 12_000):
        text = _CountingText(bench_adversarial.crafted(pattern, size))
        _CountingText.scanned = 0
        stats = ExtractStats()
        assert len(extract(text, stats=stats)) == size
        assert _CountingText.scanned <= 50 * len(text)
        assert stats.window_characters <= 3 * len(text)
        assert stats.windows <= len(text) / 100


@pytest.mark.parametrize("pattern", bench_adversarial.FAMILIES["lines"])
def test_lines_of_junk_are_read_once_each(pattern: str) -> None:
    # The cut that passes over a fruitless run begins again on every line, so each of
    # these windows is looked at (most passed over unread: see docs/extraction.md), each
    # character about once: the windows, up to 2,048 characters over several short lines,
    # overlap by a reach.
    for size in (50, 200):
        text = bench_adversarial.crafted(pattern, size)
        stats = ExtractStats()
        assert extract(text, stats=stats) == []
        assert stats.window_characters <= 1.1 * len(text)
        assert stats.windows + stats.dateless <= len(text) / 100


def _columns_by_line(lines: int) -> str:
    """Header lines each naming other columns than the line before."""
    return "".join("| x " * (line % 20) + "| Julian | Gregorian |\n" for line in range(lines))


#: Crafted tables of no pair, by the lines they repeat: runs of header lines in each
#: notation, a header then non-rows, wikitext tables nested and never closed.
CRAFTED_TABLES = {
    "pipe headers": lambda lines: "| Julian | Gregorian |\n" * lines,
    "pipe headers of markers": lambda lines: "| O.S. | N.S. |\n" * lines,
    "headers of other columns": _columns_by_line,
    "wikitext headers": lambda lines: "! Julian !! Gregorian\n" * lines,
    "wikitext headers of markers": lambda lines: "! O.S. !! N.S.\n" * lines,
    "grid headers": lambda lines: "+--------+-----------+\n| Julian | Gregorian |\n" * lines,
    "a header, then rows of one date": lambda lines: (
        "| Julian | Gregorian |\n" + "| 5 March 1731 | x |\n" * lines
    ),
    "a header, then one long line": lambda lines: (
        "| Julian | Gregorian |\n| " + "5 March 1731 O.S. " * lines
    ),
    "nested, unclosed": lambda lines: (
        '{| class="wikitable"\n! Julian !! Gregorian\n|-\n| {|\n' * lines
    ),
    "nested headers": lambda lines: "{|\n! O.S. !! N.S.\n|-\n| x || y\n" * lines,
}


@pytest.mark.parametrize("name", CRAFTED_TABLES)
def test_crafted_tables_are_walked_a_bounded_number_of_times_per_character(name: str) -> None:
    # Every header line is tried, and a table is read whole however long: but a header
    # inside a table read already is not read over again (under the same columns, or
    # after a few other ones), and a wikitext header is taken over a few lines at most.
    # So the characters the table readers walk grow with the text, not with its square.
    walked = []
    for lines in (2_000, 8_000):
        text = CRAFTED_TABLES[name](lines)
        stats = ExtractStats()
        extract(text, wikitext=True, stats=stats)
        assert stats.anchors >= 1  # the header lines (or rows) were asked about
        walked.append(stats.table_characters / len(text))
    assert walked[1] <= 1.05 * walked[0]
    assert walked[1] <= 7


def test_a_header_then_a_million_characters_of_non_rows_is_walked_once() -> None:
    text = "| Julian | Gregorian |\n" + "| 5 March 1731 | a row of no pair |\n" * 28_000
    assert len(text) > 1_000_000
    stats = ExtractStats()
    assert extract(text, stats=stats) == []
    assert stats.table_characters <= len(text)
