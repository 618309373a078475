"""The article around a pair (checks/context.py): one report per wrong pair citing the
pairs and infobox that support the right side, and years taken from the context.
"""

from __future__ import annotations

from helpers.check_items import codes, only, pair
from julian_gregorian.checks import check
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
