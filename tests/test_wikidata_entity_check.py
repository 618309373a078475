"""An article's birth and death pairs against a saved Wikidata entity (P569, P570)."""

from __future__ import annotations

import json

import pytest

from julian_gregorian import ParseError
from julian_gregorian.checks.wikidata_entity import check_against_wikidata
from julian_gregorian.formats.wikidata_entity import read_entity

GREGORIAN, JULIAN = "Q1985727", "Q1985786"
LEAD = (
    "Alexander Pushkin (6 June [O.S. 26 May] 1799 – 10 February [O.S. 29 January] 1837) "
    "was a Russian poet."
)
RUSSIAN = "Пушкин родился 26 мая (6 июня) 1799 года. Он умер 29 января (10 февраля) 1837 года."


def statement(time: str, model: str, rank: str = "normal", precision: int = 11) -> object:
    value = {
        "time": time,
        "precision": precision,
        "timezone": 0,
        "before": 0,
        "after": 0,
        "calendarmodel": f"http://www.wikidata.org/entity/{model}",
    }
    return {
        "rank": rank,
        "mainsnak": {"snaktype": "value", "datavalue": {"type": "time", "value": value}},
    }


def entity(births: list[object], deaths: list[object]) -> str:
    """A saved entity in the shape of Special:EntityData/Q….json."""
    claims = {"P569": births, "P570": deaths}
    return json.dumps({"entities": {"Q7200": {"id": "Q7200", "claims": claims}}})


def test_right_values_in_either_model_get_no_finding() -> None:
    right = entity(
        [statement("+1799-06-06T00:00:00Z", GREGORIAN)],
        [statement("+1837-01-29T00:00:00Z", JULIAN)],
    )
    assert check_against_wikidata(LEAD, read_entity(right)) == []
    assert check_against_wikidata(RUSSIAN, read_entity(right)) == []


@pytest.mark.parametrize("text", [LEAD, RUSSIAN])
def test_an_old_style_date_with_the_gregorian_model_and_a_wrong_date(text: str) -> None:
    saved = entity(
        [statement("+1799-05-26T00:00:00Z", GREGORIAN)],
        [statement("+1837-02-11T00:00:00Z", GREGORIAN)],
    )
    birth, death = check_against_wikidata(text, read_entity(saved))
    assert (birth.code, birth.record) == ("JG801", "Q7200 P569")
    assert "is stored with the Gregorian model, but it is the article's O.S. date 26 May 1799" in (
        birth.message
    )
    assert "should read 1799-06-06 (N.S.)" in birth.message
    assert text[birth.offset : birth.end_offset] == birth.item.text  # type: ignore[union-attr]
    assert (death.code, death.record) == ("JG802", "Q7200 P570")
    assert "+1837-02-11T00:00:00Z (gregorian)" in death.message


def test_a_new_style_date_with_the_julian_model() -> None:
    saved = entity([statement("+1799-06-06T00:00:00Z", JULIAN)], [])
    (finding,) = check_against_wikidata(LEAD, read_entity(saved))
    assert finding.code == "JG801"
    assert "stored with the Julian model, but it is the article's N.S. date 6 June 1799" in (
        finding.message
    )


def test_values_not_compared() -> None:
    # Year precision, deprecated statements and unknown values say nothing of the day.
    saved = entity(
        [
            statement("+1799-00-00T00:00:00Z", GREGORIAN, precision=9),
            statement("+1799-05-26T00:00:00Z", GREGORIAN, rank="deprecated"),
            {"rank": "normal", "mainsnak": {"snaktype": "somevalue"}},
        ],
        [],
    )
    assert read_entity(saved).births[0].precision == 9
    assert check_against_wikidata(LEAD, read_entity(saved)) == []
    # A pair without a birth or death word, outside a life span, is no event.
    other = "The revolution began on 25 October (7 November) 1917."
    wrong = entity([statement("+1917-10-25T00:00:00Z", GREGORIAN)], [])
    assert check_against_wikidata(other, read_entity(wrong)) == []


def test_files_that_are_no_entity_are_refused() -> None:
    with pytest.raises(ParseError, match="not JSON"):
        read_entity("{")
    with pytest.raises(ParseError, match="holds 2 entities"):
        read_entity(json.dumps({"entities": {"Q1": {}, "Q2": {}}}))
    with pytest.raises(ParseError, match="P569: a statement without a datavalue"):
        read_entity(json.dumps({"id": "Q1", "claims": {"P569": [{"mainsnak": {}}]}}))


def test_a_birth_word_at_the_very_start_of_the_text_counts() -> None:
    text = "Born 6 June [O.S. 26 May] 1799 in Moscow."
    saved = entity([statement("+1799-06-06T00:00:00Z", JULIAN)], [])
    (finding,) = check_against_wikidata(text, read_entity(saved))
    assert (finding.code, finding.record) == ("JG801", "Q7200 P569")
