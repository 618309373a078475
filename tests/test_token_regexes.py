"""The smaller token regexes most texts get find exactly what the whole ones find.

A text without the start of a dual year with a hyphen gets regexes without that year's
month lookahead, and at a digit where none of the rarer digit tokens may begin, the
digit head is the alternation of the others (text/_read/tokens.py): both only to compile
less at start-up. Here every position of every text is read both ways.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from helpers.date_fragments import documents
from julian_gregorian.text._read import tokens

#: The whole regexes, as one alternation of every digit token would read them.
WHOLE = tokens._READERS[True]
WHOLE_DIGIT_HEAD = re.compile("|".join(tokens._DIGIT_HEAD))

#: One text for each rarer token and for the dual year with a hyphen, and their neighbours.
EXAMPLES = (
    "Pärnumaa11. august 1840",
    "184027 красавіка",
    "5-Feb-1701/2 and 5-7 May",
    "14 (26 november), 1894",
    "1862 m. spalio 21 d.; Latvian 1862. gada 21. oktobrī",
    "2 (14) - 6 (18) settembre 1812, dal 2 (14) al 6 (18) settembre",
    "12 February 1714-15, March 3rd, 1690–1, Feb. 1648-9, March 1659–60",
    "9 de junio de 1672-28 de enero de 1725",
    "7 (20) сентября 1916 года, 20 (за старим стилем – 8) квітня 1861",
    "25.02(09.03)1924, 25.02.1871 (13), 26.2./11.3.1917, 15(28).04.1922",
    "1672年6月9日, 1707-04-15, 3 (16) VI 1917, 1.5 million, 12 items",
)
PIECES = (
    " ", " ", "-", "–", "(", ")", "[", "]", ".", ",", "/", "\n", "O.S.", "st. st.",
    "gada", "m.", "al", "de", "Pärnumaa", "II", "XI", "February", "Feb", "Nov.",
    "марта", "settembre", "августа", "1714", "1690", "1917", "15", "3rd",
)  # fmt: skip


def whole_digit_token(text: str, start: int) -> re.Match[str] | None:
    match = WHOLE_DIGIT_HEAD.match(text, start)
    if match is None:
        match = WHOLE.marked_day_group.match(text, start)
    return match if match is not None else WHOLE.digit_tail.match(text, start)


def read(match: re.Match[str] | None) -> object:
    """What the tokenizer reads of a match (the smaller regexes lack the others' groups)."""
    if match is None:
        return None
    groups = {name: text for name, text in match.groupdict().items() if text is not None}
    return match.span(), match.lastgroup, groups


def assert_read_alike(text: str) -> set[str | None]:
    """Asserts that every position of *text* reads alike both ways; the kinds read."""
    readers = tokens._READERS[tokens.HYPHEN_DUAL_HINT.search(text) is not None]
    kinds: set[str | None] = set()
    for start, char in enumerate(text):
        if char.isdigit():
            match, whole = readers.digit_token(text, start), whole_digit_token(text, start)
        elif char.isascii():
            match, whole = readers.capital.match(text, start), WHOLE.capital.match(text, start)
        else:
            match, whole = readers.script.match(text, start), WHOLE.script.match(text, start)
        assert read(match) == read(whole)
        kinds.add(None if match is None else match.lastgroup)
    return kinds


def test_the_rarer_tokens_are_read_as_the_whole_regexes_read_them() -> None:
    kinds = set().union(*(assert_read_alike(text) for text in EXAMPLES))
    # the examples reach every rarer token, and the dual years with a hyphen
    assert kinds >= {*tokens._RARE_DIGIT_STARTS, "my", "Q", "R", "S", "dm", "P", "unit"}


@given(st.lists(st.sampled_from(PIECES), max_size=16).map("".join))
def test_texts_of_date_pieces_are_read_as_the_whole_regexes_read_them(text: str) -> None:
    assert_read_alike(text)


@given(documents())
def test_hostile_documents_are_read_as_the_whole_regexes_read_them(text: str) -> None:
    assert_read_alike(text)


def test_most_texts_get_a_fraction_of_the_regexes_to_compile() -> None:
    branches = {tokens._branch_name(branch) for branch in tokens._DIGIT_HEAD}
    assert branches > set(tokens._RARE_DIGIT_STARTS)
    common = tokens._READERS[False]
    assert len(common.common_digit_head.pattern) * 3 < len(WHOLE_DIGIT_HEAD.pattern)
    assert len(common.capital.pattern) * 3 < len(WHOLE.capital.pattern)


def _reference_may_hold_small(text: str) -> bool:
    """Whether a text may hold a small marker, searched afresh each time."""
    hint = tokens.SMALL_HINT.search(text) is not None
    return hint and tokens._SMALL_PLACES.search(text) is not None


_SMALL_PIECES = ["по ст. ст.", "st. st.", "insurrection", "ns", "n. s.", "jul.", "1731", " ", "a"]


@given(st.lists(st.lists(st.sampled_from(_SMALL_PIECES), max_size=5).map("".join), max_size=6))
def test_the_small_markers_quick_test_remembered_as_searched(texts: list[str]) -> None:
    # The last text asked about is remembered with its answer: each text asked twice in a
    # row, after others, and an equal text that is another object, answers as searched.
    for text in [*texts, *texts[::-1], *("".join([text, ""]) for text in texts)]:
        for _ in range(2):
            assert tokens._may_hold_small(text) == _reference_may_hold_small(text)
            copy = "".join([text, "."])[:-1]  # (an equal text, another object)
            assert tokens.holds_small_marker(text) == tokens.holds_small_marker(copy)


def test_a_window_s_small_marker_is_found_before_it_is_tokenized_and_after() -> None:
    window = "Born 5 March 1731 (st. st.) in Kiev; the insurrection."
    assert tokens.holds_small_marker(window)
    codes, _ = tokens.tokenize(window)
    assert "O" in codes
    other = "The insurrection of 5 March 1731."
    assert not tokens.holds_small_marker(other)
    assert "O" not in tokens.tokenize(other)[0]
    assert tokens._may_hold_small(window) == _reference_may_hold_small(window)


def test_the_small_markers_quick_test_is_not_fooled_by_a_new_text_where_an_old_one_was() -> None:
    # The remembered text is kept, not its id: a window made where one with a marker's
    # keys stood, freed (CPython gives a freed object's address to the next of its size),
    # is searched afresh.
    for size in range(200):
        holding = "".join(["st. st.", "x" * (size % 50)])
        assert tokens._may_hold_small(holding)
        del holding
        plain = "".join(["xx xxxx", "x" * (size % 50)])
        assert not tokens._may_hold_small(plain)
