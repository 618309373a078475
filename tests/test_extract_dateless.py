"""Windows passed over unread (text/_read/dateless.py) are windows the reader finds
nothing in: checked on random texts of the fragments dates, markers and junk are made
of, in every space the normaliser tidies."""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterator

import pytest

from julian_gregorian import extract
from julian_gregorian.text import ExtractStats, _extract
from julian_gregorian.text._read.dateless import holds_nothing, raw_holds_nothing
from julian_gregorian.text._read.normalise import normalise
from julian_gregorian.text._read.windows import read_window

PIECES = [
    "(", ")", "[", "]", "/", "=", "-", "–", "—", ",", ".", ";", ":", " ", " ", " ", "  ",
    "\n", "\n\n", " \n ", "\t", "\u00a0", "5", "11", "23", "1731", "1749", "50", "1917",
    "12345", "1/2", "11/22", "1749/50", "1714-15", "1690–1", "15.04.1922", "15(28).04.1922",
    "25.02(09.03)1924", "26.2./", "1707-04-15", "5月30日", "1672年6月9日", "XI", "IV", "II",
    "March", "march", "MARCH", "Mar.", "Sept.", "октября", "сентября", "marzo", "Mai",
    "Märzjul.", "1820greg.", "juni", "ജൂൺ", "二月", "O.S.", "N.S.", "OS", "NS", "O. S.",
    "Old Style", "New  Style", "Julian", "Gregorian", "ст. ст.", "н.\nст.", "по ст. ст.",
    "st.v.", "π.η.", "stil vechi", "a. St.", "or", "Or", "of", "o", "ili", "или", "т. е.",
    "d. h.", "то есть", "that is", "i.e.", "de ", "d'", "the", "a", "x", "Note", "(O.S.)",
    "[O.S. ", "5 March 1731", "6 November", "24 October", "1451 [O.S. 1450]", "BC", "AD",
    "двадцать шестого", "года", "г.", "m.", "spalio", "21 d.", "1862 m.", "Jan", "5th",
    "-го", "١", ">", "'", "1731/1731/",
    # Month words running on into letters, which no month token is: "sty" (January in
    # Polish) in "style", "lis" (November) in "list"; and ones glued to a marker.
    "style", "list", "Marches", "sty", "sty.", "lis", "Junejul.", "Mayx", "maja",
]  # fmt: skip


def _texts(count: int, seed: int) -> Iterator[str]:
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 14)))


def test_a_window_passed_over_holds_nothing_the_reader_finds() -> None:
    passed = raw_passed = read = 0
    for text in _texts(40_000, 11):
        window = normalise(text, 0, len(text), wikitext=False)
        found = read_window(window)
        read += bool(found)
        if holds_nothing(window.text):
            passed += 1
            assert found == [], text
        if raw_holds_nothing(text, 0, len(text)):
            raw_passed += 1
            assert found == [], text
    # Neither side is vacuous: many texts are passed over, many read something.
    assert passed > 4_000
    assert raw_passed > 4_000
    assert read > 4_000


def test_a_month_word_counts_only_where_it_does_not_run_on_into_a_letter() -> None:
    # "sty" is January in Polish, "lis" November: not in "style", nor in "list".
    assert holds_nothing('style="width:1/2" (list)')
    assert not holds_nothing("5 sty 1731 (O.S.)")
    pair = "8. Märzjul. / 19. März 1700"  # a marker glued to the month
    assert not holds_nothing(pair.replace("März ", ""))
    assert [item.text for item in extract(pair)] == [pair]


def test_a_greek_month_in_capitals_counts_whichever_sigma_its_last_letter_lowers_to() -> None:
    # "Σ" lowers to "ς" at the end of a word, to "σ" before a letter: the tokenizer reads
    # the month before a marker glued to it, as it does "Märzjul.".
    text = "On 5 ΣΕΠΤΈΜΒΡΙΟΣgreg. 1731 (O.S.) he left."
    assert not holds_nothing(text)
    assert [item.text for item in extract(text)] == ["5 ΣΕΠΤΈΜΒΡΙΟΣgreg."]


def test_no_character_that_is_not_a_letter_becomes_one_in_small_letters() -> None:
    # What lets the month words be looked for in the window in small letters, bounded
    # as the tokenizer bounds them in the window as written.
    letter = re.compile(r"[^\W\d_]")
    characters = map(chr, range(sys.maxunicode + 1))
    assert [c for c in characters if not letter.match(c) and letter.match(c.lower())] == []


def test_a_window_with_markup_is_judged_once_normalised() -> None:
    assert raw_holds_nothing("1/2 <b>1/2</b>", 0, 14) is None
    assert raw_holds_nothing("1/2 \n1/2 ", 0, 9) is True
    assert raw_holds_nothing("on 5 March 1731 (O.S.)", 0, 22) is False


LINES = ("1/2 " * 50 + "\n", "(5 March 1731 " * 15 + "\n", "O.S. 1731 " * 20 + "\n")


@pytest.mark.parametrize("line", LINES)
def test_lines_of_junk_are_passed_over_unread(line: str) -> None:
    text = line * 500
    stats = ExtractStats()
    assert extract(text, stats=stats) == []
    assert stats.windows == 0
    assert stats.dateless >= len(text) / 2_100


def test_a_date_among_lines_of_junk_is_read() -> None:
    text = "1/2 " * 500 + "\n" + "(5 March 1731 " * 100 + "(O.S.)\n" + "O.S. 1731 " * 100
    found = [item.text for item in extract(text)]
    assert found == ["5 March 1731 (O.S.)"]


def _lines_of(pieces: random.Random) -> str:
    """A few lines, each a run of one piece of junk or a date, as crafted lines are."""
    lines = []
    for _ in range(pieces.randint(1, 6)):
        piece = pieces.choice(PIECES)
        lines.append(piece * pieces.randint(1, 40) + pieces.choice(PIECES) * pieces.randint(0, 2))
    return "\n".join(lines)


def test_a_run_of_anchors_handed_to_the_windows_whole_reads_what_one_by_one_would(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pieces = random.Random(5)
    texts = [_lines_of(pieces) for _ in range(3_000)]
    judged = [[repr(item) for item in extract(text, wikitext=False)] for text in texts]
    monkeypatch.setattr(_extract, "_RUN_JUDGED", 10**9)
    assert judged == [[repr(item) for item in extract(text, wikitext=False)] for text in texts]
    assert sum(map(bool, judged)) > 150  # many of the texts hold items


@pytest.mark.parametrize("line", [*LINES, "[O.S. " * 33 + "\n"])
def test_the_readers_at_an_anchor_are_asked_a_few_times_per_line_of_junk(
    line: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = 0
    read = _extract.read_shortcut

    def counting(text: str, anchor: int) -> object:
        nonlocal asked
        asked += 1
        return read(text, anchor)

    monkeypatch.setattr(_extract, "read_shortcut", counting)
    for lines in (100, 400):
        asked = 0
        assert extract(line * lines, wikitext=False) == []
        assert asked <= _extract._RUN_JUDGED * lines


def test_a_run_that_begins_at_the_start_of_the_text_is_looked_at_from_there() -> None:
    from julian_gregorian.text._read.shortcut import may_read_between

    # (a start three characters before the first anchor, not counted from the text's end)
    assert may_read_between("1 [O.S. 12 March] and more text after it", 1, 10)
