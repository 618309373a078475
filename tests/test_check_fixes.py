"""Fixes rewrite one side of a pair in the article's own words, and nothing else."""

from __future__ import annotations

import pytest

from julian_gregorian import check
from julian_gregorian.checks._fixes import apply_fixes, rewrite_words
from julian_gregorian.checks.context import FixSide
from julian_gregorian.checks.findings import Fix
from julian_gregorian.text.items import WrittenDate


def julian(year: int | None, month: int, day: int, written_year: int | None = None) -> WrittenDate:
    return WrittenDate("julian", year, month, day, "text", written_year)


@pytest.mark.parametrize(
    ("written", "old", "new", "expected"),
    [
        ("21 December", (1916, 12, 21), (1916, 12, 20), "20 December"),
        ("21st December", (1916, 12, 21), (1916, 12, 22), "22nd December"),
        ("December 31, 1916", (1916, 12, 31), (1917, 1, 1), "January 1, 1917"),
        ("Dec. 31, 1916", (1916, 12, 31), (1917, 1, 1), "Jan. 1, 1917"),
        ("Sept. 30", (1917, 9, 30), (1917, 10, 1), "Oct. 1"),
        ("30 April", (1917, 4, 30), (1917, 5, 1), "1 May"),
        # A small "april" is not English (read only capitalised): Serbian, like "maj".
        ("30 april", (1917, 4, 30), (1917, 5, 1), "1 maj"),
        ("30 APRIL", (1917, 4, 30), (1917, 5, 1), "1 MAY"),
        ("31\u00a0October", (1917, 10, 31), (1917, 11, 1), "1\u00a0November"),
        ("25 октября", (1917, 10, 25), (1917, 10, 26), "26 октября"),
        ("31 октября", (1917, 10, 31), (1917, 11, 1), "1 ноября"),
        ("1707-04-04", (1707, 4, 4), (1707, 4, 5), "1707-04-05"),
        ("05 May", (1917, 5, 5), (1917, 5, 6), "06 May"),
    ],
)
def test_one_day_is_rewritten_token_by_token(
    written: str, old: tuple[int, int, int], new: tuple[int, int, int], expected: str
) -> None:
    date = julian(*old)
    assert rewrite_words(written, date, date, new, new) == expected


def test_ranges_keep_their_shared_month_and_dash() -> None:
    start, end = julian(1917, 10, 25), julian(1917, 10, 26)
    assert rewrite_words("25–26 October", start, end, (1917, 10, 24), (1917, 10, 25)) == (
        "24–25 October"
    )
    start, end = julian(1917, 10, 30), julian(1917, 11, 2)
    assert (
        rewrite_words("30 October – 2 November", start, end, (1917, 10, 29), (1917, 11, 1))
        == "29 October – 1 November"
    )


def test_lady_day_years_are_written_as_the_text_counts_them() -> None:
    date = julian(1732, 2, 11, written_year=1731)
    assert rewrite_words("February 11, 1731", date, date, (1732, 2, 12), (1732, 2, 12)) == (
        "February 12, 1731"
    )
    # Past 24 March the Lady Day count would change its year: no guess.
    date = julian(1751, 3, 24, written_year=1750)
    assert rewrite_words("March 24, 1750", date, date, (1751, 3, 25), (1751, 3, 25)) is None


@pytest.mark.parametrize(
    ("written", "old", "new"),
    [
        ("21 December", (1916, 12, 21), (1917, 1, 3)),  # the year outside the span would change
        ("21 Dezember", (1916, 12, 21), (1917, 1, 1)),  # a month this module cannot write
        ("21[3] December", (1916, 12, 21), (1916, 12, 20)),  # a footnote inside the span
        ("22 December", (1916, 12, 21), (1916, 12, 20)),  # the span does not say what we read
    ],
)
def test_no_fix_rather_than_a_guess(
    written: str, old: tuple[int, int, int], new: tuple[int, int, int]
) -> None:
    date = julian(*old)
    assert rewrite_words(written, date, date, new, new) is None


def test_a_month_that_stays_may_be_in_any_language() -> None:
    date = julian(1916, 12, 21)
    assert rewrite_words("21 Dezember", date, date, (1916, 12, 20), (1916, 12, 20)) == (
        "20 Dezember"
    )


def test_apply_fixes_in_one_pass_skipping_overlaps() -> None:
    text = "a 2 January b 12 November c"
    fixed, applied = apply_fixes(
        text, [Fix(14, 25, "13 November"), Fix(2, 11, "3 January"), Fix(4, 12, "x")]
    )
    assert fixed == "a 3 January b 13 November c"
    assert applied == [Fix(2, 11, "3 January"), Fix(14, 25, "13 November")]


def test_one_fix_pass_settles_pairs_whose_years_come_from_the_context() -> None:
    # Both pairs take 1582 from the context and are wrong for it. The second was judged
    # wrong first; the first, outvoted by the second's 13 days as written, was judged
    # as a pair without a year and fixed only by a second --fix. A pair kept wrong now
    # votes for the offset its fix gives it.
    text = "1582 NS 5 March(OS 22 Februar 7 Nov[OS 25 October]"
    fixed, applied = apply_fixes(text, [f.fix for f in check(text) if f.fix is not None])
    assert fixed == "1582 NS 4 March(OS 22 Februar 4 Nov[OS 25 October]"
    assert len(applied) == 2
    assert [f.fix for f in check(fixed) if f.fix is not None] == []


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("On 31st/20 травня 1664.", "On 30th/20 травня 1664."),
        ("On 31st/20 May 1664.", "On 30th/20 May 1664."),
        ("On 21st/12 May 1664.", "On 22nd/12 May 1664."),
    ],
)
def test_a_fix_rewrites_the_ordinal_suffix_after_a_side(text: str, fixed: str) -> None:
    # Found by benchmarks/fuzz.py: the N.S. side of a slash pair ends before its suffix,
    # and the fix wrote "30st", a wrong ordinal the extractor then choked on.
    (finding,) = check(text)
    assert finding.fix is not None
    assert apply_fixes(text, [finding.fix])[0] == fixed
    assert check(fixed) == []


def test_a_range_that_writes_its_year_twice_gets_both_years_rewritten() -> None:
    def new(year: int, month: int, day: int) -> WrittenDate:
        return WrittenDate("gregorian", year, month, day)

    written = "1 January 1701 – 9 January 1701"
    start, end = new(1701, 1, 1), new(1701, 1, 9)
    assert rewrite_words(written, start, end, (1701, 1, 2), (1701, 1, 10)) == (
        "2 January 1701 – 10 January 1701"
    )
    across = "31 December 1700 – 8 January 1701"
    start, end = new(1700, 12, 31), new(1701, 1, 8)
    assert rewrite_words(across, start, end, (1701, 1, 1), (1701, 1, 9)) == (
        "1 January 1701 – 9 January 1701"
    )


@pytest.mark.parametrize(
    ("text", "fix_side", "select"),
    [
        # The pair takes 1909, written after "Feb" like its N.S. side; rewritten to June,
        # it would take the nearest year, 1641, and a second --fix would change it again.
        ("Feb 3(7 червня OS)Mar1641Feb1909", "new", None),
        # The O.S. side "2 Sept." takes 1880 from "Sep1880"; rewritten to May, 1787.
        (
            "{{OldStyleDateNY|7 июн|2 Sept.|cem}} Septembed Style to New Style|1787Sep1880",
            "old",
            ("ALL",),
        ),
    ],
)
def test_no_fix_that_would_make_the_pair_take_another_context_year(
    text: str, fix_side: FixSide, select: tuple[str, ...] | None
) -> None:
    # Found by benchmarks/fuzz.py: one --fix was not final on these texts.
    findings = check(text, fix_side=fix_side, select=select)
    assert [finding.code for finding in findings] == ["JG101"]
    assert findings[0].fix is None


def test_a_fix_that_changes_the_month_is_offered_when_the_year_stays() -> None:
    text = "In 1909: Feb 3 (7 червня OS), Mar 1641, Feb 1909"
    (finding,) = check(text)
    assert finding.fix is not None
    fixed = apply_fixes(text, [finding.fix])[0]
    assert fixed == "In 1909: Jun 20 (7 червня OS), Mar 1641, Feb 1909"
    assert check(fixed) == []


def test_a_range_fix_is_judged_with_the_months_of_both_its_fixed_ends() -> None:
    # The range takes 1651, written after "March", a month of the pair (its N.S. start),
    # rather than 1650, the nearest year before it. The O.S. side holds no March: only
    # the fixed N.S. start keeps March among the months the fixed pair is looked up with,
    # so that it still takes 1651 and the fix is offered.
    text = (
        "In 1650 the town was besieged: the siege lasted 8 March – 21 April "
        "[O.S. 25 February – 10 April], and in March 1651 the garrison gave up."
    )
    (finding,) = check(text)
    assert finding.code == "JG101"
    assert "25 February – 10 April 1651" in finding.message
    assert "the year is taken from the context" in finding.message
    assert finding.fix is not None
    fixed = apply_fixes(text, [finding.fix])[0]
    assert "lasted 7 March – 20 April [O.S. 25 February – 10 April]" in fixed
    assert check(fixed) == []
