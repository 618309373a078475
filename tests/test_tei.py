"""TEI dates: items written as <date> elements, and Julian/Gregorian value pairs checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.paths import DATA
from julian_gregorian import ParseError, extract
from julian_gregorian.checks._fixes import apply_fixes
from julian_gregorian.checks.tei_file import check_tei
from julian_gregorian.formats.tei import julian_value_pairs, tei_date, tei_document

TEI = DATA / "tei"
# Public TEI files (TEI Guidelines, SSRQ schema examples; see tests/data/NOTICE.md).
REAL_FILES = sorted(TEI.glob("*.xml"))
NAMES_DATES = (TEI / "TEIC-TEI_ND-NamesDates.xml").read_text(encoding="utf-8")


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda path: path.name)
def test_the_real_files_agree_with_themselves(path: Path) -> None:
    # Their Julian dates with a Gregorian value are consistent; the Byzantine and Islamic
    # values and the Annunciation-style year are not Julian pairs and are left alone.
    assert check_tei(path.read_text(encoding="utf-8")) == []


def test_the_guidelines_julian_pair_is_read_with_its_line() -> None:
    (pair,) = julian_value_pairs(NAMES_DATES)
    assert (pair.element, pair.attribute, pair.julian, pair.gregorian) == (
        "date",
        "when",
        "1620-10-30",
        "1620-11-09",
    )
    assert pair.line == 2928
    assert NAMES_DATES[pair.offset :].startswith('<date when-custom="1620-10-30"')
    assert NAMES_DATES[pair.end_offset - 1] == ">"


def test_a_wrong_gregorian_value_is_reported_at_its_element_and_fixed() -> None:
    wrong = NAMES_DATES.replace('when="1620-11-09"', 'when="1620-11-19"')
    (finding,) = check_tei(wrong)
    assert (finding.code, finding.line, finding.record) == ("JG701", 2928, "date")
    assert 'is when="1620-11-09" (Gregorian), not 1620-11-19' in finding.message
    assert finding.fix is not None
    fixed, _ = apply_fixes(wrong, [finding.fix])
    assert fixed == NAMES_DATES


def test_elements_after_letters_of_several_bytes_are_found_at_their_column() -> None:
    # expat counts characters, not bytes: "Ä" and "𝔘" are one column each, as in str.
    line = (
        'Ärger ünd 𝔘 <date when="1700-05-05" when-custom="1700-04-20" calendar="#julian">x'
        '</date> é <date when="1700-05-06" when-custom="1700-04-20" calendar="#julian">y</date>'
    )
    text = f"<TEI>\n<p>\n{line}\n</p>\n</TEI>\n"
    first, second = julian_value_pairs(text)
    assert (first.line, first.column) == (3, 13)
    assert (second.line, second.column) == (3, line.index("<date", 20) + 1)
    for pair in (first, second):
        assert text[pair.offset :].startswith("<date when=")
    findings = check_tei(text)  # (1700-04-20 O.S. is 1700-05-01 N.S.: both are wrong)
    assert [finding.column for finding in findings] == [first.column, second.column]
    fixed, _ = apply_fixes(text, [finding.fix for finding in findings if finding.fix])
    assert fixed.count('when="1700-05-01"') == 2


def test_values_that_are_no_date_and_values_not_compared() -> None:
    tei = (
        "<div>\n"
        '<date when="1700-03-11" when-custom="1700-02-30" datingMethod="#julian">a</date>\n'
        '<date when="1700-03-11" when-custom="1700-02-29" calendar="julian">b</date>\n'
        '<date when="1700-03" when-custom="1700-02" datingMethod="#julian">c</date>\n'
        '<date when="1364-02-13" when-custom="1363-02-04" calendar="julian_annunciation">d</date>\n'
        '<date from="1700-03-12" from-custom="1700-02-29" to="1700-03-20" to-custom="1700-03-10"'
        ' datingMethod="#julian">e</date>\n'
        "</div>"
    )
    findings = check_tei(tei)
    assert [(finding.line, finding.message.split(":")[0]) for finding in findings] == [
        (2, 'when-custom="1700-02-30"'),
        (6, 'from-custom="1700-02-29" (Julian) is from="1700-03-11" (Gregorian), not 1700-03-12'),
        (6, 'to-custom="1700-03-10" (Julian) is to="1700-03-21" (Gregorian), not 1700-03-20'),
    ]


def test_what_is_not_xml_is_refused() -> None:
    with pytest.raises(ParseError, match="not well-formed XML"):
        check_tei("<date when='1700-01-01'>")


def test_items_are_written_as_tei_dates() -> None:
    text = (
        "born 25 October (7 November) 1917; died 11 February 1731/2; "
        "on 24 October 1917 O.S.; on 7-8 November [O.S. 25-26 October] 1917."
    )
    written = [tei_date(item) for item in extract(text)]
    assert written[0] == (
        '<date when="1917-11-07" when-custom="1917-10-25" datingMethod="#julian">'
        "25 October (7 November) 1917</date>"
    )
    assert 'when="1732-02-22" when-custom="1732-02-11" datingMethod="#julian"' in written[1]
    assert 'when="1917-11-06" when-custom="1917-10-24" datingMethod="#julian"' in written[2]
    assert (
        'from="1917-11-07" to="1917-11-08" from-custom="1917-10-25" to-custom="1917-10-26"'
        in (written[3])
    )


def test_a_tei_document_of_the_items_checks_as_the_text_does() -> None:
    text = "It began on 25 October (7 November) 1917 and ended on 26 October (9 November) 1917."
    document = "".join(tei_document(("article.txt", item) for item in extract(text)))
    assert document.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<div xmlns=')
    assert '<p source="article.txt:1:13">' in document
    (finding,) = check_tei(document)
    assert 'when-custom="1917-10-26" (Julian) is when="1917-11-08"' in finding.message
