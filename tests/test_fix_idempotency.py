"""After one ``--fix``, a second changes nothing (issue 11, item 10).

Each cause benchmarks/fuzz.py found has its example here, and the class behind it a test
of its own: a month written in a form the extractor does not read, and a fix whose text
is read as another pair.
"""

from __future__ import annotations

import re

import pytest

from julian_gregorian import check
from julian_gregorian.checks._fixes import apply_fixes
from julian_gregorian.checks._month_words import read_month
from julian_gregorian.checks.context import FixSide
from julian_gregorian.checks.findings import Finding, Fix
from julian_gregorian.checks.settled_fixes import ROUNDS, settled
from julian_gregorian.languages import LANGUAGES
from julian_gregorian.text._vocabulary.lexicon import MONTH

_MONTH = re.compile(MONTH)


def fixed_once(text: str, fix_side: FixSide = "new", select: tuple[str, ...] | None = None) -> str:
    findings = check(text, fix_side=fix_side, select=select)
    return apply_fixes(text, [f.fix for f in findings if f.fix is not None])[0]


def assert_final(
    text: str, fix_side: FixSide = "new", select: tuple[str, ...] | None = None
) -> str:
    fixed = fixed_once(text, fix_side, select)
    assert fixed_once(fixed, fix_side, select) == fixed
    return fixed


# -- A month written so that the extractor reads it --------------------------------------


def _small_words_read() -> list[str]:
    words = {word for language in LANGUAGES for row in language.months for word in row}
    return sorted(word for word in words if _MONTH.fullmatch(word))


@pytest.mark.parametrize("word", _small_words_read())
def test_a_month_in_small_letters_is_rewritten_into_a_month_the_extractor_reads(word: str) -> None:
    # "september" in small letters is not read as English (English months are read only
    # with their capital) but as Dutch, Swedish, ...; the fix wrote "october", which no
    # language reads, and the bracket then paired with the next date.
    month = read_month(word)
    assert month is not None
    for number in range(1, 13):
        written = month.write(number)
        assert _MONTH.fullmatch(written), (word, written)
        again = read_month(written)
        assert again is not None
        assert again.month == number


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        (
            "1 september(27 september 1659 St.v.)8 märts january october",
            # the month in Estonian, the language of "märts" beside it
            "7 oktoober(27 september 1659 St.v.)8 märts january october",
        ),
        (
            "7\u00a0august\u00a01663(5\u00a0Mär старого стиля)9 Mar",
            "15\u00a0martie\u00a01663(5\u00a0Mär старого стиля)9 Mar",
        ),
    ],
)
def test_a_fix_in_small_letters_is_read_as_the_pair_it_fixes(text: str, fixed: str) -> None:
    # Found by benchmarks/fuzz.py (seeds 21 and 22).
    assert assert_final(text, select=("ALL",)) == fixed
    assert [f.code for f in check(fixed, select=("ALL",)) if f.fix is not None] == []


# -- A fix whose text is read as another pair is not offered -------------------------------


def test_a_fix_that_would_make_a_slash_pair_is_withdrawn() -> None:
    # Found by benchmarks/fuzz.py: "3 Január 884" rewritten "16 Február 1631" after
    # "5st/" reads as the slash pair 5/16 February, which a second --fix would change.
    text = "5st/3\u00a0Január\u00a0884[старого стиля 6 Février 1631]"
    for side in ("new", "auto"):
        (finding,) = check(text, fix_side=side)
        assert finding.code == "JG101"
        assert finding.fix is None
        assert assert_final(text, side) == text


def test_a_fix_on_a_pair_that_moved_its_context_year_is_withdrawn() -> None:
    # Found by benchmarks/fuzz.py: the O.S. 29 February takes 1824, a year after the
    # context's 1823, to be a day; rewritten from it, the N.S. side "12 marec" makes the
    # pair read in 1823 again, where O.S. 29 February does not exist (JG103, fixable).
    text = "1823 1\u00a0september(29th Feb юлианския календар)"
    (finding,) = check(text)
    assert finding.code == "JG101"
    assert finding.fix is None
    assert assert_final(text) == text


def test_the_same_fix_without_the_slash_before_it_is_offered() -> None:
    text = "3\u00a0Január\u00a0884[старого стиля 6 Février 1631]"
    assert assert_final(text, "auto") == "16\u00a0Február\u00a01631[старого стиля 6 Février 1631]"


def _finding(offset: int, end_offset: int, fix: Fix | None) -> Finding:
    return Finding("JG101", "error", "wrong", offset, end_offset, 1, 1, 1, 1, None, fix)


def test_only_the_fix_whose_pair_reads_differently_is_withdrawn() -> None:
    text = "aaaa bbbb cccc"
    first = _finding(0, 4, Fix(0, 4, "AAAAAA"))  # grows by 2: "bbbb" moves to 7..11
    second = _finding(10, 14, Fix(10, 14, "CCCC"))

    def recheck(fixed: str) -> list[Finding]:
        # In the fixed text, the first pair is read again with a fix: it is unsettled.
        return [_finding(1, 3, Fix(1, 3, "x"))] if fixed.startswith("AAAAAA") else []

    kept = settled(text, [first, second], recheck)
    assert [finding.fix for finding in kept] == [None, second.fix]


def test_a_change_far_from_every_fix_withdraws_them_all() -> None:
    text = "aaaa bbbb cccc"
    first = _finding(0, 4, Fix(0, 4, "AAAA"))
    asked: list[str] = []

    def recheck(fixed: str) -> list[Finding]:
        asked.append(fixed)
        return [_finding(10, 14, Fix(10, 14, "CCCC"))]

    assert [finding.fix for finding in settled(text, [first], recheck)] == [None]
    assert asked == ["AAAA bbbb cccc"]


def test_fixes_that_never_settle_are_withdrawn_after_a_bounded_number_of_checks() -> None:
    text = "a b c d e f"
    findings = [_finding(i, i + 1, Fix(i, i + 1, "X")) for i in range(0, len(text), 2)]
    asked: list[str] = []

    def recheck(fixed: str) -> list[Finding]:
        # Each check finds a fix on the leftmost pair still fixed, so one fix goes a round.
        asked.append(fixed)
        first = fixed.index("X")
        return [_finding(first, first + 1, Fix(first, first + 1, "Y"))]

    kept = settled(text, findings, recheck)
    assert len(asked) == ROUNDS
    assert all(finding.fix is None for finding in kept)


def test_a_text_without_fixes_is_not_checked_again() -> None:
    plain = _finding(0, 1, None)

    def recheck(fixed: str) -> list[Finding]:
        raise AssertionError("checked again")

    assert settled("a", [plain], recheck) == [plain]
