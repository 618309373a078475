"""Windows passed over unread (text/_read/dateless.py) are windows the reader finds
nothing in: checked on random texts of the fragments dates, markers and junk are made
of, in every space the normaliser tidies."""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from julian_gregorian import check_text, extract
from julian_gregorian.dumps import read_pages
from julian_gregorian.text import ExtractStats, _extract
from julian_gregorian.text._read import dateless
from julian_gregorian.text._read.dateless import holds_nothing, raw_holds_nothing
from julian_gregorian.text._read.normalise import Window, normalise
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
    # Two days of one month and bare days; dual years either side of 1752 and numbers
    # that only look like them; words that hold the keys of markers in small letters.
    "7 (20) сентября", "2 [14] марта", "(20)", "14 (26 ноября)", "11/23 April", "28/29 May",
    "11th/23rd", "5 (", "12 (June", "1959/01/05", "1932/33", "348/47", "1752/3", "1753/4",
    "1714–15", "9 ianuarie  (22),  1905", "(22), 1905", "November 7 (20), 1910",
    "July", "Julian calendar", "insurrection", "nya stilen", "jul.", "VII",
    # What stands before and after the bracket of a citation's date, and the other
    # endings of a date: an era, a year's word, a day's suffix, a month abbreviated.
    "Smith (", "Vol. 12 (", "(2)", "(48–6)", "6.94(1)", "25.02.1871 (13)", "3rd", "г. ",
    "v. Chr.", "B.C.", "44BC", "Oct.", " d'", "abril", "XI (", "=", " or ", ", ", "?/", " ?",
    "Brian (", "xMarch", "(29 December 2010)", "No. 3 (", "(August 1991)", "Aug. 3",
    "20 (за старим стилем – 8) квітня", "2014-02-26", "11 to 12", "Σεπτεμβρίου",
    # Day groups and the months after their brackets, or before (``2 maart (15)``); what
    # follows a day group but a month (``15(28).04.1922``, a range of day groups); a
    # number after a full stop, a dash or a slash before a bracket; spans of years and
    # numbers that are no dual years, and dual years after a date or a full stop.
    "(6th)", "(1st)", "1927/28", ") ", ").", "(28).04.1922", "25.02", "(09.03)1924", "60.3",
    "2 (14) – 6 (18) settembre", "dal 2 (14) al 6 (18)", "(14) al", " de ", "d'", "d' ", "d’ ",
    "maart",
    "392.811(4)", "25.02.1871", "871 (", "26.2.", "/11.3.1917", "3/8", "(1722-1723)",
    "1722-1723", "1523-0430", "1332-4", "1714-15", "1714–1715", "1649/50", "Feb. 1648-9",
    "12 February", "3.V.", "XI.", "23.", "April", "abril", "settembre", "1st", "1.",
    # A dash that joins a date to its marker, the style's adjective alone after one, and
    # what the dash may stand before instead.
    " — ", " – ", "по новому", "po starom kalendaru", "за новим", "по старому стилю",
    "7 ноября", "— по новому", "согласно ", "в день",
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


def test_a_window_without_a_marker_dual_year_or_joined_dates_holds_nothing_the_reader_finds() -> (
    None
):
    passed = 0
    for text in _texts(40_000, 12):
        window = normalise(text, 0, len(text), wikitext=False)
        tidy = window.text
        if dateless._no_unmarked_item(tidy):
            passed += 1
            assert read_window(window) == [], text
    assert passed > 4_000


def test_a_date_before_what_joins_two_dates_is_told_by_its_last_word() -> None:
    def joined(text: str) -> list[tuple[int, str]]:
        backwards = text.lower()[::-1]
        assert len(backwards) == len(text)
        marks = [(at, by) for at, by, _ in dateless._marks_after_a_date(text, backwards)]
        return [*marks, *dateless._words_after_a_date(text, backwards)]

    for before in (
        *("5 March", "1731", "5 Oct.", "44 BC", "1 a. C.", "1812 г.", "5 (20)", "5th"),
        # (a capital sigma lowers by the letter after it, as in the text, not turned)
        *("1 Σεπτεμβρίου", "1 ΣΕΠΤΈΜΒΡΙΟΣ", "August 3", "3–5", "2014-02-26", "1749/50"),
    ):
        assert (len(before) + 2, "(") in joined(before + " ("), before
        assert (len(before) + 3, "/") in joined(before + ", /"), before
        assert (len(before) + 1, "w") in joined(before + " or 7 June"), before
    for before in ("Smith", "Smith, John", '"Title"', "", "page;", "Allan Dwan", "Brian"):
        assert joined(before + " (") == [], before
    # A joining word is one only before a space or a letter the tokenizer reads there.
    assert joined("5 May o 7 June") == [(6, "w")]
    assert joined("5 May October") == []


SAMPLE = Path(__file__).parent / "data" / "enwiki-sample-pages-articles.xml.bz2"


def test_real_pages_give_the_same_items_with_and_without_the_second_test(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pages = [page.text for page in read_pages(SAMPLE)]
    read: list[Window] = []

    def reading(window: Window) -> list[object]:
        read.append(window)
        return list(read_window(window))

    stats = ExtractStats()
    items = [[repr(item) for item in extract(text, stats=stats)] for text in pages]
    monkeypatch.setattr(dateless, "_no_unmarked_item", lambda tidy: False)
    dateless._raw_verdict.cache_clear()
    monkeypatch.setattr(_extract, "read_window", reading)
    unskipped = ExtractStats()
    assert items == [[repr(item) for item in extract(text, stats=unskipped)] for text in pages]
    monkeypatch.undo()
    dateless._raw_verdict.cache_clear()
    # Every real window the second test passes over is one the reader finds nothing in,
    # and it passes over many of them.
    passed = [window for window in read if holds_nothing(window.text)]
    assert all(read_window(window) == [] for window in passed)
    assert len(passed) >= len(read) / 4
    assert stats.windows == unskipped.windows - len(passed)


# A pair written without a marker, in every way the tokenizer may end its first date
# before what joins it to the second: a day after its month or after a range separator
# (the tokenizer's "\s?[-–—/]\s?" or a range word between spaces), a month, a year, a
# year's or a day's word, an era, a day's suffix, a unit, a Roman month, a day in
# brackets, a number in numbers; a line break wherever a space may stand.
FIRST_DATES = [
    "May 3", "May 3 – 5", "May 3 –5", "May 3– 5", "May 3-5", "May 3 —5", "May 3/4",
    "May 3 to 5", "May 3 –\n5", "May 3\n– 5", "August 3rd", "August 3rd – 5th", "Aug. 3",
    "3 May", "3 – 5 May", "3 –\n5 May", "3 to 5 May", "3 May 1700", "3 May 1700/1",
    "3 May 1700–1", "3 mai 1700", "3 de mayo de 1700", "3 мая 1700 года", "3 мая 1700 г.",
    "3 d'abril", "3. Mai", "3 V 1700", "3.V", "3 (14) мая", "3 maart (14)", "May 3 (14)",
    "1700-05-03", "03.05.1700", "3.5.", "1700年5月3日", "5月3日", "1700 m. gegužės 3 d.",
    "44 BC", "3 March 44 BC", "3 March 1 a. C.", "May 3, 1700", "May 3 1700", "3 MAY",
    "ജൂൺ 9", "ജൂൺ 9 – 10", "3. – 5. Mai", "третьего мая",
    "12 February 1714-15", "3 de marzo de 1714–15", "Feb. 1648-9", "14.II.1731", "3.V.1714-15",
]  # fmt: skip
JOINS = [
    "(", " (", " ( ", ", (", "[", " [", " [ ", ", [", "/", " / ", "?/", "=", " = ", ", = ",
    " or ", ", or ", " или ", " o ", " of ", " that is ", "\n(", " (\n", "\n/ ",
]  # fmt: skip
SECOND_DATES = [
    "May 14", "May 14 – 16", "14 May", "14 – 16 May", "14 мая", "14", "14)", "14) мая",
    "14 (25) May", "25.05.1700", "1700-05-14", "14 V", "5月14日", "July 23 – 25", "14 to 16 May",
    "с 14 на 15 мая", "14\nMay", "May\n14", "14 –\n16 May",
]  # fmt: skip


def _pairs(count: int, seed: int) -> Iterator[str]:
    rng = random.Random(seed)
    for _ in range(count):
        join = rng.choice(JOINS)
        closing = {"(": ")", "[": "]"}.get(join.strip(" ,\n")[-1:], "")
        yield (
            rng.choice(("", "On ", "Smith ", "No. ", "(", "x"))
            + rng.choice(FIRST_DATES)
            + join
            + rng.choice(SECOND_DATES)
            + rng.choice((closing, closing, ""))
            + rng.choice(("", ", 1700", " 1700", " года", "."))
        )


def test_a_pair_written_without_a_marker_is_never_passed_over() -> None:
    read = 0
    for text in _pairs(12_000, 13):
        window = normalise(text, 0, len(text), wikitext=False)
        found = read_window(window)
        if found:
            read += 1
            assert not holds_nothing(window.text), text
    assert read > 2_000  # (the reader pairs many of them)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # Month first, a range of days with a spaced dash (the first skip test took the
        # "5" after "3 – " for a number alone, and lost the pair and its JG101).
        ("May 3 – 5 (May 14 – 16), 1700", []),
        ("August 3 – 5 (July 20 – 22), 1700", ["JG101"]),
        ("August 3 –5 (July 20 –22), 1700", ["JG101"]),
        ("June 3 to 5 (May 20 to 22), 1700", ["JG101"]),
    ],
)
def test_a_range_of_days_written_month_first_ends_the_first_date_of_a_pair(
    text: str, codes: list[str]
) -> None:
    assert not holds_nothing(text)
    result = check_text(text)
    assert [item.kind for item in result.items] == ["pair"]
    assert [finding.code for finding in result.findings] == codes


def test_a_line_break_in_the_second_date_of_a_pair_is_read_over() -> None:
    # The range separator of a day may hold a line break ("\s?[-–—/]\s?"): the second
    # date's month is looked for past it.
    window = normalise("3 – 4 June 1700 (23\n– 24 May)", 0, 29, wikitext=False)
    assert [draft.kind for draft in read_window(window)] == ["pair"]
    assert not holds_nothing(window.text)


#: Crafted windows, each with the questions it is asked before it is read: the most for
#: many slashes or joining words, one where the first bracket's second date may follow.
CRAFTED = [
    ("{{efn|March; ", "1/2 ", "}}\n", dateless.MOST_JOINS_ASKED),
    ("March; ", "1731 or ", "", dateless.MOST_JOINS_ASKED),
    ("May; ", "5/5 ", "", dateless.MOST_JOINS_ASKED),
    ("March;", "1731 / ", "", dateless.MOST_JOINS_ASKED),
    ("", "5 (5 May ", "", 1),
]


@pytest.mark.parametrize(("head", "piece", "tail", "questions"), CRAFTED)
def test_a_window_is_asked_about_a_bounded_number_of_joins(
    head: str, piece: str, tail: str, questions: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each question may look to the window's end: a window of many dates before many
    # slashes or joining words is read after a few of them, not asked about each.
    asked = 0
    ask = dateless._second_date_may_follow

    def counting(tidy: str, lowered: str, start: int, joined_by: str, first: str = "") -> bool:
        nonlocal asked
        asked += 1
        return ask(tidy, lowered, start, joined_by, first)

    monkeypatch.setattr(dateless, "_second_date_may_follow", counting)
    for repeats in (200, 2_000):
        asked = 0
        assert not dateless._no_unmarked_item(head + piece * repeats + tail)  # (read)
        assert asked == questions


def _may_hold_date_month_first(tidy: str, lowered: str) -> bool:
    """The reference: the order of the tests before the cheapest came first."""
    if dateless._holds_month_word(lowered) or ("[" in tidy and "]" in tidy):
        return True
    if any(numbers.search(tidy) is not None for numbers in dateless._NUMBERS):
        return True
    return not dateless._MONTH_UNITS.isdisjoint(tidy)


def test_the_tests_of_a_window_that_may_hold_a_date_decide_as_in_their_old_order() -> None:
    decided = 0
    for text in _texts(20_000, 23):
        for tidy in (text, normalise(text, 0, len(text), wikitext=False).text):
            lowered = tidy.lower()
            expected = _may_hold_date_month_first(tidy, lowered)
            assert dateless._may_hold_date(tidy, lowered) is expected, tidy
            decided += expected
    assert 4_000 < decided < 36_000  # (both answers, many times)


def test_real_windows_are_judged_as_in_the_old_order(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def judged(tidy: str, lowered: str) -> bool:
        asked.append(tidy)
        return _may_hold_date_month_first(tidy, lowered)

    monkeypatch.setattr(dateless, "_may_hold_date", judged)
    for page in read_pages(SAMPLE):
        extract(page.text)
    monkeypatch.undo()
    assert len(asked) > 300
    for tidy in asked:
        lowered = tidy.lower()
        expected = _may_hold_date_month_first(tidy, lowered)
        assert dateless._may_hold_date(tidy, lowered) is expected, tidy


@pytest.mark.parametrize(
    "text",
    [
        # A number after a full stop ends no date before a bracket (only "25.02(09.03)").
        '"The Cult of Achilles in the Euxine" Hesperia 60.3 (July 1991), pp. 313–330.',
        # A day in brackets after a year is one of two days only in "25.02.1871 (13)".
        "392.811(4) kJ/mol as opposed to 375.7041(2) kJ/mol for caesium",
        # After a number after a slash, a day group needs its month after the bracket.
        '\n rowspan=5 style="text-align:center" \n 1927/28 (1st)',
        # A number alone before a slash is a day of a range only before its month.
        "the use of rhythms such as 3/8, 5/8, 10/8; first heard in May 1939.",
        # A bare day's bracket holds a day and its month.
        "Northwest Ohio Quarterly 1989 61(2–4): 46–63, reprinted in June",
        # Spans of years and numbers are no dual years; a dashed one follows its date.
        "the consequences of the Russo-Persian War (1722-1723). Despite it, in June",
        "ISSN 1523-0430 (Print), Mol Biol Evol 28 (2): 1013-1024, 4 April 2011",
    ],
)
def test_windows_of_real_shapes_without_a_pair_are_passed_over(text: str) -> None:
    assert holds_nothing(text)
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "7 (20) сентября 1916 года",
        "2 (14) – 6 (18) settembre 1812",
        "dal 2 (14) al 6 (18) settembre 1812",
        "15(28).04.1922",
        "2 maart (15), 1917",
        "November 7 (20), 1910",
        "25.02.1871 (13)",
        "14.2.1871 (2)",
        "25.02(09.03)1924",
        "14 (26 ноября) 1894",
        "11/23 April 1700",
        "26.2./11.3.1917",
        "12 February 1714-15",
        "February, 1726/7",
        # a link word that ends in an apostrophe, a space after it (the review's)
        "el 7 (20) d' abril de 1700",
        "Va morir l'11/23 d' abril de 1700.",
        "11/23 d’ abril 1700",
    ],
)
def test_windows_of_pairs_and_dual_years_without_a_marker_are_read(text: str) -> None:
    assert extract(text) != []
    assert not holds_nothing(text)
    assert not dateless._no_unmarked_item(text)


def test_the_end_of_the_first_date_tells_which_day_in_brackets_may_follow() -> None:
    def first_ends(text: str) -> list[str]:
        return [first for _, _, first in dateless._marks_after_a_date(text, text.lower()[::-1])]

    assert first_ends("60.3 (") == ["dotted"]
    assert first_ends("1927/28 (")[0] == first_ends("3–5 (")[0] == "dashed"
    assert first_ends("7 (") == ["lone"]
    assert first_ends("1871 (") == ["year"]
    assert first_ends("(15) (") == ["closed"]
    assert first_ends("2 maart (") == first_ends("November 7 (") == [""]
