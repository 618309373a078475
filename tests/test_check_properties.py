"""Properties of check and its fixes over generated pairs, through the real extractor."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from date_fragments import documents
from julian_gregorian import check
from julian_gregorian.calendar import gregorian, julian
from julian_gregorian.calendar.months import MONTH_NAMES
from julian_gregorian.checks.fixes import apply_fixes
from julian_gregorian.strategies import PairText, pair_texts

FIRST = julian.to_ordinal(1583, 1, 1)
LAST = julian.to_ordinal(1922, 12, 31)


def bracketed(new: tuple[int, int, int], old: tuple[int, int, int]) -> str:
    return (
        f"It happened on {new[2]} {MONTH_NAMES[new[1] - 1]} "
        f"[O.S. {old[2]} {MONTH_NAMES[old[1] - 1]}] {new[0]}, as the papers said.\n"
    )


@given(st.integers(FIRST, LAST))
def test_right_pairs_get_no_finding(day: int) -> None:
    old, new = julian.from_ordinal(day), gregorian.from_ordinal(day)
    assume(old[0] == new[0])
    assert check(bracketed(new, old)) == []


@given(pair_texts())
def test_consistent_pairs_in_every_language_and_shape_get_no_finding(pair: PairText) -> None:
    assert check(pair.text) == []


@given(
    pair_texts(
        languages=["en"],
        shapes=["bracketed", "parenthesised", "mdy"],
        error=st.sampled_from([-3, -2, -1, 1, 2, 3]),
    )
)
def test_a_marked_pair_off_by_days_is_found(pair: PairText) -> None:
    # With an O.S. or N.S. marker the two dates are a pair whatever their distance; an
    # unmarked pair is one only while they are about the calendars' distance apart.
    codes = [finding.code for finding in check(pair.text)]
    assert codes
    assert set(codes) <= {"JG101", "JG102"}, (pair, codes)


@given(st.integers(FIRST, LAST), st.sampled_from([-3, -2, -1, 1, 2, 3]), st.booleans())
def test_a_wrong_pair_is_found_and_its_fix_is_right_and_final(
    day: int, error: int, keep_old: bool
) -> None:
    old = julian.from_ordinal(day)
    right = gregorian.from_ordinal(day)
    wrong = gregorian.from_ordinal(day + error)
    # A fix that would change the year written once for both sides is not offered.
    assume(old[0] == right[0] == wrong[0] == julian.from_ordinal(day + error)[0])
    text = bracketed(wrong, old)
    (finding,) = check(text, fix_side="old" if keep_old else "new")
    assert finding.code in ("JG101", "JG102")
    assert finding.severity == "error"
    assert finding.fix is not None
    fixed, _ = apply_fixes(text, [finding.fix])
    assert check(fixed) == []
    if not keep_old and finding.code == "JG101":
        assert fixed == bracketed(right, old)
    before, after = text[: finding.fix.offset], text[finding.fix.end_offset :]
    assert fixed.startswith(before)
    assert fixed.endswith(after)


@settings(max_examples=300)
@given(
    st.text(
        alphabet=st.sampled_from(list("0123456789 []()/–-.,OSN os\u00a0\nJanuaryDecember")),
        max_size=200,
    )
)
def test_check_never_raises(text: str) -> None:
    for finding in check(text, select=["ALL"]):
        assert 0 <= finding.offset <= finding.end_offset <= len(text)
        if finding.fix is not None:
            assert finding.offset <= finding.fix.offset <= finding.fix.end_offset
            assert finding.fix.end_offset <= finding.end_offset


@settings(max_examples=500)
@given(documents())
def test_one_round_of_fixes_leaves_nothing_to_fix(text: str) -> None:
    fixes = [finding.fix for finding in check(text) if finding.fix is not None]
    fixed, _ = apply_fixes(text, fixes)
    assert [finding.fix for finding in check(fixed) if finding.fix is not None] == []
