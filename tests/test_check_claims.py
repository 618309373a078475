"""JG403: claims in words about how far apart the calendars were."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from julian_gregorian import check
from julian_gregorian.checks import Finding
from julian_gregorian.checks.rules import claims as _claims
from julian_gregorian.dumps import read_pages

SAMPLE_NAME = "enwiki-sample-pages-articles.xml.bz2"


def claims(text: str) -> list[Finding]:
    return [finding for finding in check(text) if finding.code == "JG403"]


@pytest.mark.parametrize(
    ("text", "claim", "message"),
    [
        (
            "In 1917 Russia still used the Julian calendar, then 12 days behind the Gregorian.",
            "12 days behind",
            '"12 days behind": the calendars were 13 days apart in 1917, not 12',
        ),
        (
            "Britain adopted the Gregorian calendar in 1752, omitting 12 days.",
            "omitting 12 days",
            '"omitting 12 days": the calendars were 11 days apart in 1752, not 12',
        ),
        (
            "Sweden kept the Julian calendar in 1740, a difference of ten days.",
            "difference of ten days",
            '"difference of ten days": the calendars were 11 days apart in 1740, not 10',
        ),
        (
            "In 1752 the Gregorian calendar came, and dates were moved forward 12 days.",
            "moved forward 12 days",
            '"moved forward 12 days": the calendars were 11 days apart in 1752, not 12',
        ),
        (
            "The Julian calendar was eleven days behind during the 1800s.",
            "eleven days behind",
            '"eleven days behind": in the 1800s the calendars were 11 days apart until '
            "29 February 1800 O.S., and 12 days from 1 March 1800 O.S. (13 March 1800 N.S.)",
        ),
    ],
)
def test_a_wrong_claim_is_a_warning_with_the_right_offset(
    text: str, claim: str, message: str
) -> None:
    (finding,) = claims(text)
    assert finding.severity == "warning"
    assert finding.message == message
    assert text[finding.offset : finding.end_offset] == claim
    assert (finding.line, finding.column) == (1, text.index(claim) + 1)
    assert finding.fix is None


@pytest.mark.parametrize("wikitext", [False, True])
@pytest.mark.parametrize(
    ("text", "claim", "message"),
    [
        (
            "Ten days were omitted in 1752, when Britain adopted the Gregorian calendar.",
            "Ten days were omitted",
            '"Ten days were omitted": the calendars were 11 days apart in 1752, not 10',
        ),
        (
            "In 1752 the Julian calendar was TWELVE days behind the Gregorian.",
            "TWELVE days behind",
            '"TWELVE days behind": the calendars were 11 days apart in 1752, not 12',
        ),
        (
            "ELEVEN days behind in 1917, the Julian calendar was still used in Russia.",
            "ELEVEN days behind",
            '"ELEVEN days behind": the calendars were 13 days apart in 1917, not 11',
        ),
        (
            "In 1917 the Julian calendar was 12&nbsp;days behind the Gregorian.",
            "12&nbsp;days behind",
            '"12&nbsp;days behind": the calendars were 13 days apart in 1917, not 12',
        ),
        (
            "In 1917 the Julian calendar was 12{{nbsp}}days behind the Gregorian.",
            "12{{nbsp}}days behind",
            '"12{{nbsp}}days behind": the calendars were 13 days apart in 1917, not 12',
        ),
        (
            "In 1917 the Julian calendar was 12\u202fdays behind the Gregorian.",
            "12\u202fdays behind",
            '"12\u202fdays behind": the calendars were 13 days apart in 1917, not 12',
        ),
        (
            "Britain adopted the Gregorian calendar in 1752, omitting 12&nbsp;days.",
            "omitting 12&nbsp;days",
            '"omitting 12&nbsp;days": the calendars were 11 days apart in 1752, not 12',
        ),
        (
            "In 1917 the Julian calendar was 12&#160;days behind the Gregorian.",
            "12&#160;days behind",
            '"12&#160;days behind": the calendars were 13 days apart in 1917, not 12',
        ),
        (
            "In 1917 the Julian calendar was 12&#xA0;days behind the Gregorian.",
            "12&#xA0;days behind",
            '"12&#xA0;days behind": the calendars were 13 days apart in 1917, not 12',
        ),
        (
            "Britain adopted the Gregorian calendar in 1752, omitting 12{{Nbsp}}days.",
            "omitting 12{{Nbsp}}days",
            '"omitting 12{{Nbsp}}days": the calendars were 11 days apart in 1752, not 12',
        ),
        (
            "Sweden kept the Julian calendar in 1740, a difference of TEN{{nbsp}}days.",
            "difference of TEN{{nbsp}}days",
            '"difference of TEN{{nbsp}}days": the calendars were 11 days apart in 1740, not 10',
        ),
    ],
)
def test_a_claim_with_a_capital_or_a_no_break_space_is_read_as_any(
    text: str, claim: str, message: str, wikitext: bool
) -> None:
    findings = [f for f in check(text, wikitext=wikitext) if f.code == "JG403"]
    (finding,) = findings
    assert finding.severity == "warning"
    assert finding.message == message
    assert text[finding.offset : finding.end_offset] == claim


@pytest.mark.parametrize("wikitext", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        # no calendar word in the sentence
        "In 1917 the march took TWELVE days behind enemy lines.",
        "In 1917 the march took 12&nbsp;days behind enemy lines.",
        "Ten days were omitted from the tour in 1917.",
        # "TEN DAYS" in capitals is no claim, whatever its sentence holds
        "TEN DAYS behind the Julian calendar in 1917, a film.",
        "TEN DAYS THAT SHOOK THE WORLD (1919) is set in the Julian calendar's last year.",
        # no period in the sentence
        "The Julian calendar was 12&nbsp;days behind the Gregorian.",
        "TWELVE days behind, the Julian calendar.",
        # claims that hold
        "In 1917 the Julian calendar was 13&nbsp;days behind the Gregorian.",
        "Eleven{{nbsp}}days were omitted in 1752, when Britain adopted the Gregorian calendar.",
        "THIRTEEN\u202fdays behind in 1917, the Julian calendar was still used.",
        # a mix of cases that no sentence begins with
        "In 1917 the Julian calendar was tEN days behind the Gregorian.",
    ],
)
def test_new_forms_without_a_calendar_or_a_period_or_that_hold_get_no_finding(
    text: str, wikitext: bool
) -> None:
    assert [f for f in check(text, wikitext=wikitext) if f.code == "JG403"] == []


def test_a_claim_that_begins_its_sentence_is_not_of_the_year_of_the_one_before() -> None:
    text = "He was buried in 1917. Ten days were omitted in 1752 by the Gregorian calendar."
    assert [f.message for f in claims(text)] == [
        '"Ten days were omitted": the calendars were 11 days apart in 1752, not 10'
    ]
    assert claims(text.replace("Ten", "Eleven")) == []


def test_a_claim_true_for_most_of_its_century_is_information() -> None:
    text = (
        "Russia used the Julian calendar until 1918. It was 12 days behind the Gregorian "
        "calendar during the 19th century and thirteen days behind it during the 20th century."
    )
    (finding,) = claims(text)
    assert finding.severity == "info"
    assert text[finding.offset : finding.end_offset] == "12 days behind"
    assert finding.message == (
        '"12 days behind" holds for most of the 19th century, not all: in the 19th century '
        "the calendars were 12 days apart until 29 February 1900 O.S., and 13 days from "
        "1 March 1900 O.S. (14 March 1900 N.S.)"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Britain adopted the Gregorian calendar in 1752, omitting 11 days.",
        "In 1918 Russia moved to the Gregorian calendar, skipping 13 days.",
        "In 1752 Britain adopted the Gregorian calendar, which moved his birthday 11 days "
        "forward to October 2, 1737.",
        "In 1917 Russia used the Julian calendar, then 13 days behind the Gregorian.",
        "Thirteen days behind it during the 20th century, the Julian calendar lasted.",
        # The offset changed in 1700; without the day, either claim may be right.
        "In 1700 the Julian calendar was 10 days behind the Gregorian.",
        "In 1700 the Julian calendar was 11 days behind the Gregorian.",
        # Present tense: today's offset, not that of the year in the sentence.
        "The Julian calendar, which is 13 days behind the Gregorian, was used until 1582.",
        "The Julian calendar is currently 13 days behind the Gregorian; it began in 1582.",
        # No calendar in the sentence, or no period: nothing to check against.
        "In 1917 the march took 12 days behind enemy lines.",
        "The Julian calendar was 12 days behind the Gregorian.",
        # Days that are not an offset.
        "The journey took 12 days in 1917 according to the Julian calendar.",
    ],
)
def test_claims_that_hold_or_cannot_be_judged_get_no_finding(text: str) -> None:
    assert claims(text) == []


def test_the_claim_rule_can_be_ignored() -> None:
    text = "In 1917 Russia still used the Julian calendar, then 12 days behind the Gregorian."
    assert check(text, ignore=["JG403"]) == []


@pytest.mark.parametrize(
    ("word", "number"),
    [("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("fourteen", 14)],
)
def test_every_number_word_is_read_as_its_number(word: str, number: int) -> None:
    text = f"In 1917 the Julian calendar was {word} days behind the Gregorian."
    (finding,) = claims(text)
    assert finding.message == (
        f'"{word} days behind": the calendars were 13 days apart in 1917, not {number}'
    )
    assert claims(text.replace(word, "thirteen")) == []


@pytest.mark.parametrize(
    ("ordinal", "message"),
    [
        ("sixteenth", "the calendars were 10 days apart in the sixteenth century, not 9"),
        (
            "seventeenth",
            "in the seventeenth century the calendars were 10 days apart until 29 February "
            "1700 O.S., and 11 days from 1 March 1700 O.S. (12 March 1700 N.S.)",
        ),
        (
            "eighteenth",
            "in the eighteenth century the calendars were 11 days apart until 29 February "
            "1800 O.S., and 12 days from 1 March 1800 O.S. (13 March 1800 N.S.)",
        ),
        (
            "nineteenth",
            "in the nineteenth century the calendars were 12 days apart until 29 February "
            "1900 O.S., and 13 days from 1 March 1900 O.S. (14 March 1900 N.S.)",
        ),
        ("twentieth", "the calendars were 13 days apart in the twentieth century, not 9"),
        (
            "twenty-first",
            "in the twenty-first century the calendars were 13 days apart until 29 February "
            "2100 O.S., and 14 days from 1 March 2100 O.S. (15 March 2100 N.S.)",
        ),
    ],
)
def test_every_century_in_words_is_its_hundred_years(ordinal: str, message: str) -> None:
    # The 16th century is 1501-1600, all of it 10 days apart; the 17th ends in 1700.
    text = f"In the {ordinal} century the Julian calendar was nine days behind the Gregorian."
    (finding,) = claims(text)
    assert finding.message == f'"nine days behind": {message}'


def test_a_claim_is_looked_for_within_60_characters_of_the_y_of_day() -> None:
    # Claims are only searched near a number and "day", to keep the scan linear.
    def before(spaces: int) -> str:
        return f"In 1750 the Julian calendar, dropping{' ' * spaces}the following twelve days."

    def after(spaces: int) -> str:
        return f"In 1750 the Julian calendar was twelve days{' ' * spaces}behind the Gregorian."

    wrong = "the calendars were 11 days apart in 1750, not 12"
    assert before(29).index("days") + 2 - before(29).index("dropping") == 60
    assert [f.message.endswith(wrong) for f in claims(before(29))] == [True]
    assert claims(before(30)) == []
    # From the y of "days" to the end of "behind": 61 characters, the y included.
    assert after(53).index("behind") + 6 - after(53).index("days") - 2 == 61
    assert [f.message.endswith(wrong) for f in claims(after(53))] == [True]
    assert claims(after(54)) == []


def _screened_claim_matches(text: str) -> list[tuple[int, int]]:
    """The claims as they were found before: only in a text that holds "day" (the
    reference of the search without that screen)."""
    if "day" not in text:
        return []
    return [claim.span() for claim in _claims._claim_matches(text)]


#: Numbers, "day" whole and cut, what a claim says after it, in pieces.
_CLAIM_PIECES = [
    *("13", "1", "ten", "twelve", "Ten", "TWELVE", " ", "-", "\u00a0", "\u202f", "&nbsp;"),
    *("{{nbsp}}", "{{", "}}", "&", ";", "day", "days", "da", "y", "s"),
    *(" apart", " difference", " behind", "Julian", " calendar", "Day", ".", "\n"),
]


@given(
    st.lists(
        st.sampled_from(_CLAIM_PIECES),
        max_size=16,
    ).map("".join)
)
def test_the_claims_found_without_a_screen_are_those_found_with_it(text: str) -> None:
    assert [claim.span() for claim in _claims._claim_matches(text)] == (
        _screened_claim_matches(text)
    )


def test_the_claims_of_real_texts_as_with_the_screen() -> None:
    root = Path(__file__).resolve().parent.parent
    texts = [page.text for page in read_pages(root / "tests" / "data" / SAMPLE_NAME)]
    for path in sorted((root / "benchmarks" / "corpus").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines()]
    texts += [path.read_text("utf-8") for path in sorted((root / "examples").glob("*.txt"))]
    found = 0
    for text in texts:
        spans = [claim.span() for claim in _claims._claim_matches(text)]
        assert spans == _screened_claim_matches(text)
        found += len(spans)
    assert found > 0
