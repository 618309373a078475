"""Golden tests through the real extractor: the seed article and mutated copies of it.

The seed article (examples/october_revolution.txt) has no arithmetic errors, so check
finds nothing in it; each mutation below alters one pair, and check must report exactly
that pair, with the right values, and its fix must give back the original text.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from julian_gregorian import check, extract
from julian_gregorian.checks._fixes import apply_fixes
from julian_gregorian.checks.context import FixSide


@dataclass(frozen=True)
class Mutation:
    original: str
    altered: str
    code: str
    message: str
    fix_side: FixSide = "new"


MUTATIONS = [
    Mutation(  # the N.S. side one day late
        "On 6 November [O.S. 24 October] 1917",
        "On 7 November [O.S. 24 October] 1917",
        "JG101",
        "O.S. 24 October 1917 is N.S. 6 November 1917; or N.S. 7 November 1917 is "
        "O.S. 25 October 1917 (written 14 days apart; the calendars were 13 days apart then)",
    ),
    Mutation(  # the O.S. side one day early
        "On 12 November [O.S. 30 October] 1917",
        "On 12 November [O.S. 29 October] 1917",
        "JG101",
        "O.S. 29 October 1917 is N.S. 11 November 1917; or N.S. 12 November 1917 is "
        "O.S. 30 October 1917 (written 14 days apart; the calendars were 13 days apart then)",
        "old",
    ),
    Mutation(  # the 12-day offset of the 19th century
        "On 14 November [O.S. 1 November] 1917",
        "On 14 November [O.S. 2 November] 1917",
        "JG101",
        "O.S. 2 November 1917 is N.S. 15 November 1917; or N.S. 14 November 1917 is "
        "O.S. 1 November 1917 (written 12 days apart; the calendars were 13 days apart then)",
        "old",
    ),
    Mutation(
        "On 23 October [O.S. 10 October] 1917",
        "On 10 October [O.S. 23 October] 1917",
        "JG102",
        "the sides are swapped: the O.S. date is the later one; "
        "O.S. 10 October 1917 is N.S. 23 October 1917",
    ),
    Mutation(
        "7–8 November [O.S. 25–26 October] 1917",
        "7–9 November [O.S. 25–26 October] 1917",
        "JG104",
        "O.S. 25–26 October 1917 is 2 days long but N.S. 7–9 November 1917 is 3 days long",
    ),
    Mutation(
        "On 15 November [O.S. 2 November] 1917",
        "On 31 November [O.S. 2 November] 1917",
        "JG103",
        "N.S. 31 November 1917 does not exist: November has 30 days; "
        "O.S. 2 November 1917 is N.S. 15 November 1917",
    ),
]


def test_the_seed_article_has_no_findings(seed_text: str) -> None:
    assert check(seed_text) == []
    assert check(seed_text, select=["ALL"], ignore=["JG501"]) == []


def test_the_seed_article_is_read_completely(seed_text: str) -> None:
    kinds = [item.kind for item in extract(seed_text)]
    assert kinds.count("pair") == 12  # eleven bracketed pairs and the prose pair of the lead
    assert kinds.count("old_style") == 1  # 24 October 1917 (O.S.)


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda m: m.altered)
def test_a_mutated_pair_is_reported_exactly(seed_text: str, mutation: Mutation) -> None:
    assert seed_text.count(mutation.original) == 1
    text = seed_text.replace(mutation.original, mutation.altered)
    (finding,) = check(text, fix_side=mutation.fix_side)
    assert finding.code == mutation.code
    assert finding.message.startswith(mutation.message)
    assert finding.item is not None
    assert mutation.altered.removeprefix("On ") in text[finding.offset : finding.end_offset + 5]
    assert text.count("\n", 0, finding.offset) + 1 == finding.line
    assert finding.fix is not None
    fixed, _ = apply_fixes(text, [finding.fix])
    assert fixed == seed_text
    assert check(fixed) == []


def test_the_rest_of_the_article_is_cited_for_the_side_it_supports(seed_text: str) -> None:
    text = seed_text.replace(MUTATIONS[0].original, MUTATIONS[0].altered)
    (finding,) = check(text)
    lead = text[: text.index("The Great October")].count("\n") + 1
    assert "the article supports N.S. 7 November 1917" in finding.message
    assert "the infobox gives 7–8 November 1917" in finding.message
    assert f"line {lead} pairs it with O.S. 25 October 1917" in finding.message or (
        "pairs it with O.S. 25 October 1917" in finding.message
    )
    (auto,) = check(text, fix_side="auto")
    assert auto.fix is not None
    fixed, _ = apply_fixes(text, [auto.fix])
    assert "On 7 November [O.S. 25 October] 1917" in fixed


def test_several_mutations_are_each_reported_once(seed_text: str) -> None:
    text = seed_text
    for mutation in MUTATIONS:
        text = text.replace(mutation.original, mutation.altered)
    findings = check(text)
    assert sorted(f.code for f in findings) == sorted(m.code for m in MUTATIONS)
    fixed, applied = apply_fixes(text, [f.fix for f in findings if f.fix is not None])
    assert len(applied) == len(MUTATIONS)
    assert check(fixed) == []


def test_unmarked_dates_of_the_seed_article_when_asked(seed_text: str) -> None:
    findings = check(seed_text, select=["JG501"])
    found = {seed_text[f.offset : f.end_offset]: f.message for f in findings}
    assert "likely O.S." in found["5–6 July"]
    timeline = seed_text.index("== Timeline of the spread")
    outcomes = seed_text.index("== OutcomesEdit ==")
    assert not [f for f in findings if timeline <= f.offset < outcomes]
    assert "5 November 1927" not in found  # after 1923: one calendar only


def test_wikitext_templates_are_checked_and_fixed_inside_their_parameters() -> None:
    text = (
        "Born {{OldStyleDateDY|February 22,|1732|February 11, 1731}}; the strike of "
        "{{OldStyleDate|3 February|1905|20 January}} spread.\n"
    )
    (finding,) = check(text)
    assert finding.code == "JG101"
    assert finding.message.startswith(
        "O.S. 20 January 1905 is N.S. 2 February 1905; or N.S. 3 February 1905 is "
        "O.S. 21 January 1905"
    )
    assert finding.fix is not None
    fixed, _ = apply_fixes(text, [finding.fix])
    assert "{{OldStyleDate|2 February|1905|20 January}}" in fixed
    assert check(fixed) == []


def test_a_context_year_is_not_moved_for_a_leap_day_nearer() -> None:
    # Read in 1916 (a leap year) the halves would be a day nearer; the text says 1917.
    (finding,) = check("In 1917 it began on 3 March (23 February O.S.).")
    assert finding.code == "JG101"
    assert finding.message.startswith(
        "O.S. 23 February 1917 is N.S. 8 March 1917; or N.S. 3 March 1917 is O.S. "
        "18 February 1917 (written 8 days apart"
    )


def test_a_lady_day_year_is_shown_as_written() -> None:
    (finding,) = check("Franklin was born January 17, 1706 [O.S. January 7, 1705] in Boston.")
    assert finding.message.startswith(
        "O.S. January 7, 1705/06 is N.S. January 18, 1706; "
        "or N.S. January 17, 1706 is O.S. January 6, 1706"
    )


# -- Messages that must name the right values (each once let a mutant through) ----------


def only_finding(text: str) -> tuple[str, str]:
    (finding,) = check(text)
    return finding.code, finding.message


def test_the_same_date_on_both_sides_is_written_0_days_apart() -> None:
    code, message = only_finding("It happened on 7 November [O.S. 7 November] 1917.")
    assert code == "JG101"
    assert message == (
        "O.S. 7 November 1917 is N.S. 20 November 1917; or N.S. 7 November 1917 is "
        "O.S. 25 October 1917 (written 0 days apart; the calendars were 13 days apart then)"
    )


def test_before_1_march_1700_the_calendars_were_10_days_apart() -> None:
    # Julian 1700 is a leap year and Gregorian 1700 is not: the offset grows from 10 to
    # 11 on Julian 1 March 1700 (Gregorian 12 March), so O.S. 28 February is N.S. 10 March.
    code, message = only_finding("It happened on 12 March [O.S. 28 February] 1700.")
    assert code == "JG101"
    assert message == (
        "O.S. 28 February 1700 is N.S. 10 March 1700; or N.S. 12 March 1700 is "
        "O.S. 1 March 1700 (written 12 days apart; the calendars were 10 days apart then)"
    )
    code, message = only_finding("It happened on 13 March [O.S. 1 March] 1700.")
    assert message.endswith("(written 12 days apart; the calendars were 11 days apart then)")


def test_31_april_is_named_with_the_day_it_would_be() -> None:
    code, message = only_finding("He died on 31 April [O.S. 20 April] 1700.")
    assert code == "JG103"
    assert message == (
        "N.S. 31 April 1700 does not exist: April has 30 days; "
        "O.S. 20 April 1700 is N.S. 1 May 1700"
    )


def test_swapped_range_names_both_ends() -> None:
    code, message = only_finding("The siege lasted 24–27 October [O.S. 6–9 November] 1917.")
    assert code == "JG102"
    assert message == (
        "the sides are swapped: the O.S. date is the later one; "
        "O.S. 24–27 October 1917 is N.S. 6–9 November 1917"
    )


INFOBOX = "{{{{Infobox military conflict\n| date = {date}\n| place = Petrograd\n}}}}\n{body}\n"


def test_a_wrong_pair_inside_the_infobox_is_not_its_own_evidence() -> None:
    inside = INFOBOX.format(
        date="7 November [O.S. 24 October] 1917", body="The uprising began in the evening."
    )
    code, message = only_finding(inside)
    assert code == "JG101"
    assert "infobox" not in message
    assert "supports" not in message
    outside = INFOBOX.format(
        date="7 November 1917", body="On 7 November [O.S. 24 October] 1917 the uprising began."
    )
    code, message = only_finding(outside)
    assert message.endswith(
        "; the article supports N.S. 7 November 1917: the infobox gives 7 November 1917"
    )
