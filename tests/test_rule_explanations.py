"""Each rule's explanation: four sections, and an example that the rule itself reports."""

from __future__ import annotations

import pytest

from julian_gregorian.checks import check
from julian_gregorian.checks.gedcom_file import check_gedcom
from julian_gregorian.checks.rule_index import ALL_RULES, AnyRule, explain, find_rule
from julian_gregorian.checks.tei_file import check_tei
from julian_gregorian.errors import ParseError


def reported(found: AnyRule) -> list[str]:
    example = found.about.example
    if found.code.startswith("JG6"):
        return [f.code for f in check_gedcom(example, select={found.code})]
    if found.code.startswith("JG7"):
        return [f.code for f in check_tei(example)]
    return [f.code for f in check(example, select=[found.code])]


# The Wikidata rules (JG8xx) compare an article with a saved item: their examples
# describe both, and tests/test_wikidata_entity_check.py runs such pairs.
CHECKED_ON_TEXT = [found for found in ALL_RULES if not found.code.startswith("JG8")]


@pytest.mark.parametrize("found", CHECKED_ON_TEXT, ids=lambda found: found.code)
def test_the_example_of_a_rule_is_reported_by_it(found: AnyRule) -> None:
    assert found.code in reported(found)


@pytest.mark.parametrize("found", ALL_RULES, ids=lambda found: found.code)
def test_explain_prints_the_four_sections_in_order(found: AnyRule) -> None:
    explained = explain(found.code)
    headings = [line for line in explained.splitlines() if line and not line[0].isspace()]
    assert headings == [
        explained.splitlines()[0],
        found.summary,
        "What it does",
        "Why it matters",
        "Example",
        "Fix",
    ]
    assert all(body.strip() for _, body in found.about.sections())


def test_rules_are_found_by_name_and_an_unknown_one_names_the_rules() -> None:
    assert find_rule("gedcom7-cannot-hold").code == "JG605"
    assert find_rule(" jg101 ").code == "JG101"
    with pytest.raises(ParseError, match="unknown rule 'JG999'"):
        find_rule("JG999")
