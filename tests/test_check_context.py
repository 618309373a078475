"""The article around a pair (checks/context.py): one report per wrong pair citing the
pairs and infobox that support the right side, and years taken from the context.
"""

from __future__ import annotations

import random
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.check_items import codes, only, pair
from helpers.examples import examples
from julian_gregorian.calendar.offset import offset_for_ordinal
from julian_gregorian.checks import check, check_text
from julian_gregorian.checks._arithmetic import (
    PairReading,
    is_yearly,
    year_from_context,
    yearless_offsets,
)
from julian_gregorian.checks._plain_dates import PlainDate
from julian_gregorian.checks._wording import Fields
from julian_gregorian.checks.context import ArticleContext, Infobox
from julian_gregorian.text import extract
from julian_gregorian.text.items import Item

# -- the article's evidence -------------------------------------------------------------


ARTICLE = (
    "{{Infobox event | date = 7–8 November 1917 }}\n"
    "It began on 25 October 1917 (by the Julian or Old Style calendar, which corresponds to "
    "7 November 1917 in the Gregorian or New Style calendar).\n"
    "On 7 November [O.S. 24 October] 1917, the uprising began.\n"
    "On 9 November [O.S. 27 October] 1917, Georgia seceded.\n"
)


def article_items() -> list[Item]:
    lead = pair(
        ARTICLE,
        "7 November 1917",
        (1917, 11, 7),
        "25 October 1917",
        (1917, 10, 25),
        whole="25 October 1917 (by the Julian or Old Style calendar, which corresponds "
        "to 7 November 1917",
    )
    wrong = pair(
        ARTICLE,
        "7 November",
        (1917, 11, 7),
        "24 October",
        (1917, 10, 24),
        after=ARTICLE.index("On 7 November"),
    )
    right = pair(ARTICLE, "9 November", (1917, 11, 9), "27 October", (1917, 10, 27))
    return [lead, wrong, right]


def test_wrong_pair_is_reported_once_on_itself_and_cites_the_support() -> None:
    findings = check(ARTICLE, items=article_items())
    assert [(f.code, f.line) for f in findings] == [("JG101", 3)]
    message = findings[0].message
    assert message.startswith(
        "O.S. 24 October 1917 is N.S. 6 November 1917; or N.S. 7 November 1917 is "
        "O.S. 25 October 1917"
    )
    assert (
        "the article supports N.S. 7 November 1917: line 2 pairs it with O.S. 25 October 1917, "
        "and the infobox gives 7–8 November 1917" in message
    )


def test_fix_side_auto_keeps_the_supported_side() -> None:
    (default,) = check(ARTICLE, items=article_items())
    (auto,) = check(ARTICLE, items=article_items(), fix_side="auto")
    assert default.fix is not None
    assert auto.fix is not None
    assert "On 6 November [O.S. 24 October]" in default.fix.apply(ARTICLE)
    assert "On 7 November [O.S. 25 October]" in auto.fix.apply(ARTICLE)


def test_a_wrong_pair_is_no_support_for_another_wrong_pair() -> None:
    text = (
        "On 7 November [O.S. 24 October] 1917 the uprising began.\n"
        "Again, on 7 November [O.S. 24 October] 1917, it began.\n"
    )
    findings = check(text)
    assert [f.line for f in findings] == [1, 2]
    assert all("supports" not in f.message for f in findings)


def test_an_article_without_an_infobox_cites_none() -> None:
    text = (
        "The uprising of 7 November 1917 was planned for weeks.\n"
        "On 7 November [O.S. 24 October] 1917 it began.\n"
    )
    (finding,) = check(text)
    assert "infobox" not in finding.message


def test_a_range_is_supported_by_a_pair_on_its_first_day() -> None:
    text = (
        "On 7 November [O.S. 25 October] 1917 the uprising began.\n"
        "The fighting of 7–9 November [O.S. 24–26 October] 1917 was short.\n"
    )
    (finding,) = check(text)
    assert finding.message.endswith(
        "; the article supports N.S. 7–9 November 1917: line 1 pairs it with O.S. 25 October 1917"
    )


# -- years taken from the context -------------------------------------------------------


def test_a_context_year_from_another_century_does_not_make_an_error() -> None:
    # The composer was born in 1891; the nearest year to the slash pairs is his death.
    text = "born 27 April [O.S. 15 April] 1891 – 5 March 1953; he thought 11/23 April."
    items = [
        pair(text, "27 April", (1891, 4, 27), "15 April", (1891, 4, 15)),
        pair(
            text,
            "23 April",
            (1953, 4, 23),
            "11",
            (1953, 4, 11),
            whole="11/23 April",
            year_from="context",
        ),
    ]
    assert codes(text, items) == []


def test_a_context_year_the_passage_agrees_with_keeps_the_error() -> None:
    text = (
        "found on 1 January [O.S. 19 December], and buried on 2 January [O.S. 21 December] "
        "before March 1917."
    )
    items = [
        pair(text, "1 January", (1917, 1, 1), "19 December", (1916, 12, 19), year_from="context"),
        pair(text, "2 January", (1917, 1, 2), "21 December", (1916, 12, 21), year_from="context"),
    ]
    finding = only(text, items)
    assert finding.code == "JG101"
    assert finding.message.endswith(
        "(written 12 days apart; the calendars were 13 days apart then; "
        "the year is taken from the context)"
    )


def test_a_year_from_the_context_is_checked_against_the_offset_of_the_old_day() -> None:
    # O.S. 28 February 1700 had the offset 10; the N.S. day written, 12 March 1700, had
    # 11. The passage's other pair is 10 days apart, so the context year stands.
    text = (
        "On 20 January [O.S. 10 January] 1700 the siege began.\n"
        "In 1700, on 12 March [O.S. 28 February] the town fell.\n"
    )
    (finding,) = check(text)
    assert (finding.line, finding.code) == (2, "JG101")
    assert finding.message.startswith("O.S. 28 February 1700 is N.S. 10 March 1700;")


def test_a_range_supports_its_last_day_and_not_the_day_after() -> None:
    # The right range indexes 7 and 8 November; the wrong pair's repairs are N.S.
    # 9 November (O.S. 27 October) and O.S. 28 October (N.S. 10 November).
    head = "The fighting of 7–8 November [O.S. 25–26 October] 1917 was short.\n"
    (after,) = check(head + "It ended on 9 November [O.S. 28 October] 1917.\n")
    assert after.code == "JG101"
    assert "supports" not in after.message
    (last,) = check(head + "It ended on 8 November [O.S. 24 October] 1917.\n")
    assert last.message.endswith(
        "; the article supports N.S. 8 November 1917: line 1 pairs it with O.S. 25–26 October 1917"
    )


# -- the passage's votes and the infobox, looked up as they were scanned ----------------------


def _votes_by_scan(context: ArticleContext, reading: PairReading) -> Counter[int]:
    """The votes of *reading*'s passage as a pass over every pair of the article counts
    them (how ``passage_votes`` counted them for each pair, at n² the article's pairs)."""
    start, end = context.section_span(reading.item.offset)
    votes: Counter[int] = Counter()
    for other in context.readings:
        if other.item is reading.item or not start <= other.item.offset < end:
            continue
        if is_yearly(other):
            continue
        if other.verdict == "right" and other.days is not None:
            votes[offset_for_ordinal(other.days[0])] += 1
        elif context._settled and other.verdict == "wrong" and other.days is not None:
            if year_from_context(other):
                votes[offset_for_ordinal(other.days[0])] += 1
        elif other.verdict == "yearless" or (other.verdict == "wrong" and year_from_context(other)):
            found = yearless_offsets(other.old, other.new)
            if len(found) == 1:
                votes[next(iter(found))] += 1
    return votes


#: Sentences of pairs 9 to 15 days apart, with and without years (written, or taken from
#: a year before them), a date recurring every year, headings (one of them a pair),
#: paragraph breaks and ranges.
_ARTICLE_PIECES = [
    *(f"On {10 + gap} March [O.S. 10 March] they marched. " for gap in range(9, 16)),
    *(
        f"On {10 + gap} March [O.S. 10 March] {year} they rested. "
        for gap in (10, 11, 12)
        for year in (1650, 1750, 1850)
    ),
    *(f"In {year} the army set out. " for year in (1650, 1750, 1850, 1917)),
    "On 1 January [O.S. 19 December] it froze. ",
    "On 14–15 January [O.S. 1–2 January] it thawed. ",
    "In 1850 he died. His feast day is 18 March [O.S. 5 March]. ",
    "\n== Later ==\n",
    "\n=== Campaign (Gregorian dates) ===\n",
    "\n== 22 March [O.S. 10 March] ==\n",
    "\n\n",
]


def _assert_votes_as_scanned(text: str) -> None:
    """Every passage's votes, asked by the checker (while the doubts on the context
    years settle too) or after, are those a pass over the article counts."""
    counted = ArticleContext.passage_votes

    def compared(context: ArticleContext, reading: PairReading) -> Counter[int]:
        votes = counted(context, reading)
        assert votes == _votes_by_scan(context, reading)
        assert all(count > 0 for count in votes.values())
        return votes

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ArticleContext, "passage_votes", compared)
        for side in ("new", "auto"):
            check_text(text, fix_side=side)
            context = ArticleContext(text, list(extract(text)), side)
            for reading in context.readings:
                compared(context, reading)


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.sampled_from(_ARTICLE_PIECES), max_size=30).map("".join))
def test_the_votes_of_a_passage_are_those_a_pass_over_its_pairs_counts(text: str) -> None:
    _assert_votes_as_scanned(text)


@pytest.mark.parametrize("seed", range(12))
def test_the_votes_of_long_articles_are_those_a_pass_over_their_pairs_counts(seed: int) -> None:
    # (articles of 40 pieces, which the property above seldom draws: several passages
    # with pairs of every kind in each, doubted context years and pairs in headings)
    pieces = random.Random(seed).choices(_ARTICLE_PIECES, k=40)
    _assert_votes_as_scanned("".join(pieces))


def _mention_by_scan(infobox: Infobox, fields: Fields) -> PlainDate | None:
    """The first infobox date that names the day *fields*, by a pass over all of them."""
    year, month, day = fields
    for date in infobox.dates:
        same_year = date.year is None or year is None or date.year == year
        if same_year and date.month == month and date.day <= day <= date.end_day:
            return date
    return None


_INFOBOX_DATES = [
    *(f"{day} {month}" for day in (1, 2, 30) for month in ("March", "April")),
    *(f"{day} March {year}" for day in (1, 2) for year in (1699, 1700)),
    *("1–3 March", "2–4 March 1700", "30 April – 2 May", "1 March 1700"),
]


@settings(max_examples=examples(200), deadline=None)
@given(
    st.lists(st.sampled_from(_INFOBOX_DATES), max_size=12),
    st.sampled_from([None, 1699, 1700, 1701]),
    st.sampled_from([3, 4, 5]),
    st.integers(min_value=0, max_value=32),
)
def test_the_infobox_date_of_a_day_is_the_first_a_pass_over_them_finds(
    written: list[str], year: int | None, month: int, day: int
) -> None:
    text = "{{Infobox event | date = " + ", ".join(written) + " }}"
    context = ArticleContext(text, [])
    infobox = context.infobox
    assert infobox is not None
    assert infobox.mention_of((year, month, day)) == _mention_by_scan(infobox, (year, month, day))
