"""check_gedcom: the DATE values of GEDCOM 5.5.1 and 7 files, with records, lines and places."""

from __future__ import annotations

import re

import pytest

from helpers.paths import DATA
from julian_gregorian import ParseError
from julian_gregorian.checks._fixes import apply_fixes
from julian_gregorian.checks.findings import Finding
from julian_gregorian.checks.gedcom_file import GEDCOM_RULES, check_gedcom
from julian_gregorian.formats.gedcom_file import read_gedcom

GEDCOM = DATA / "gedcom"
# A real family file (Gramps export, CC BY-SA 3.0; see tests/data/NOTICE.md): English
# parishes of the 16th-18th centuries, dates without calendar escapes.
JOHN_OF_SEA = (GEDCOM / "john_of_sea_20101009.ged").read_text(encoding="utf-8")

FAMILY_551 = """\
0 HEAD
1 GEDC
2 VERS 5.5.1
2 FORM LINEAGE-LINKED
1 CHAR UTF-8
0 @I1@ INDI
1 BIRT
2 DATE @#DJULIAN@ 29 FEB 1700
2 PLAC London, England
1 DEAT
2 DATE 29 FEB 1700
1 BURI
2 DATE 30 FEB 1712
2 PLAC Stockholm, Sweden
0 @I2@ INDI
1 BIRT
2 DATE @#DJULIAN@ 11 FEB 1731/32
2 PLAC Boston, Massachusetts, USA
1 CHR
2 DATE 10 APR 1749/50
1 DEAT
2 DATE 1749/51
1 BURI
2 DATE @#DROMAN@ 12 JAN 1000
1 EVEN
2 DATE @#DHEBREW@ 1 TSH 5000
1 RESI
2 DATE @#DJULIAN@ 1 JAN 1800
2 PLAC Moscow, Russia
1 GRAD
2 DATE @#DJULIAN@ 1 JAN 1800
2 PLAC England
0 TRLR
"""


def codes_and_lines(findings: list[Finding]) -> list[tuple[str, str | None, int]]:
    return [(finding.code, finding.record, finding.line) for finding in findings]


def test_each_rule_on_a_5_5_1_family() -> None:
    assert codes_and_lines(check_gedcom(FAMILY_551)) == [
        ("JG601", "@I1@", 11),
        ("JG601", "@I1@", 13),
        ("JG605", "@I2@", 17),
        ("JG603", "@I2@", 20),
        ("JG602", "@I2@", 22),
        ("JG605", "@I2@", 24),
    ]


def test_messages_say_which_calendar_has_the_day() -> None:
    findings = {finding.line: finding.message for finding in check_gedcom(FAMILY_551)}
    assert "it is a Julian date: write it @#DJULIAN@ 29 FEB 1700" in findings[11]
    assert "exists only in the Swedish calendar" in findings[13]
    assert "(INDI.BURI.DATE of @I1@)" in findings[13]
    assert "GEDCOM 7 has no ROMAN calendar" in findings[24]


def test_findings_point_at_the_date_value() -> None:
    for finding in check_gedcom(FAMILY_551):
        line = FAMILY_551.splitlines()[finding.line - 1]
        assert FAMILY_551[finding.offset : finding.end_offset] == line.split(" DATE ", 1)[1]
        assert line[finding.column - 1 :].startswith(
            FAMILY_551[finding.offset : finding.end_offset]
        )


def test_the_place_rule_is_opt_in_and_knows_the_reform_of_the_place() -> None:
    assert not {finding.code for finding in check_gedcom(FAMILY_551)} & {"JG604"}
    placed = [f for f in check_gedcom(FAMILY_551, select=["JG604"]) if f.code == "JG604"]
    # Julian dates after the English reform of 1752; Moscow was still Julian in 1800.
    assert [(finding.line, finding.record) for finding in placed] == [(31, "@I2@")]
    assert "England (England and Wales) used the Gregorian calendar from 14 September 1752" in (
        placed[0].message
    )


def test_a_5_5_1_file_s_dual_year_is_told_its_gedcom_7_form_but_not_fixed_to_it() -> None:
    # Written into a 5.5.1 file, "JULIAN 11 FEB 1732" is refused or read as Gregorian.
    findings = check_gedcom(FAMILY_551)
    (told,) = [f for f in findings if f.code == "JG605" and f.line == 17]
    assert "it writes JULIAN 11 FEB 1732 with the PHRASE 11 February 1731/32" in told.message
    assert [f for f in findings if f.fix is not None] == []
    as_seven = FAMILY_551.replace("2 VERS 5.5.1", "2 VERS 7.0")
    (fixable,) = [f for f in check_gedcom(as_seven) if f.line == 17 and f.fix is not None]
    fixed, _ = apply_fixes(as_seven, [fixable.fix])
    assert "2 DATE JULIAN 11 FEB 1732\n3 PHRASE 11 February 1731/32\n" in fixed
    assert 17 not in {f.line for f in check_gedcom(fixed)}


def test_gedcom_7_files_are_read_as_gedcom_7() -> None:
    text = (
        "0 HEAD\n1 GEDC\n2 VERS 7.0\n0 @I1@ INDI\n1 BIRT\n2 DATE JULIAN 29 FEB 1700\n"
        "1 DEAT\n2 DATE 30 FEB 1712\n1 BURI\n2 DATE 11 FEB 1731/32\n0 TRLR\n"
    )
    assert read_gedcom(text).version == "7"
    assert codes_and_lines(check_gedcom(text)) == [("JG601", "@I1@", 8), ("JG605", "@I1@", 10)]


def test_gedcom_7_messages_write_the_julian_calendar_as_gedcom_7_does() -> None:
    text = (
        "0 HEAD\n1 GEDC\n2 VERS 7.0\n0 @I1@ INDI\n1 DEAT\n2 DATE 29 FEB 1900\n"
        "1 BIRT\n2 DATE 1 MAY 1700\n2 PLAC Moscow, Russia\n0 TRLR\n"
    )
    messages = [finding.message for finding in check_gedcom(text, select=["JG604"])]
    assert "it is a Julian date: write it JULIAN 29 FEB 1900 " in messages[0]
    assert messages[1].endswith(
        "if this is the Julian date, mark it JULIAN (INDI.BIRT.DATE of @I1@)"
    )
    assert not any("@#D" in message for message in messages)


GEDCOM_7_WRITTEN_AS_551 = """\
0 HEAD
1 GEDC
2 VERS 7.0
0 @I1@ INDI
1 BIRT
2 DATE JULIAN 11 FEB 1731/32
1 CHR
2 DATE @#DJULIAN@ 1 MAR 1732
1 DEAT
2 DATE INT 1790 (a hard winter)
1 BURI
2 DATE JULIAN 15 MAY 1731/32
1 RESI
2 DATE JULIAN 5 MAR 1740/41
3 PHRASE the parish register
1 EVEN
2 DATE @#DJULIAN@ 29 FEB 1700/01
0 TRLR
"""


def test_gedcom_7_values_written_the_5_5_1_way_are_fixed_to_gedcom_7() -> None:
    findings = check_gedcom(GEDCOM_7_WRITTEN_AS_551)
    assert codes_and_lines(findings) == [
        ("JG605", "@I1@", 6),
        ("JG605", "@I1@", 8),
        ("JG605", "@I1@", 10),
        ("JG603", "@I1@", 12),
        ("JG605", "@I1@", 12),
        ("JG605", "@I1@", 14),
        ("JG601", "@I1@", 17),
    ]
    fixable = [finding for finding in findings if finding.fix is not None]
    assert [finding.line for finding in fixable] == [6, 8, 10]
    assert "JULIAN, not @#DJULIAN@" in fixable[1].message
    assert "has a PHRASE already" in findings[5].message
    fixed, _ = apply_fixes(GEDCOM_7_WRITTEN_AS_551, [finding.fix for finding in fixable])
    assert "2 DATE JULIAN 11 FEB 1732\n3 PHRASE 11 February 1731/32\n1 CHR\n" in fixed
    assert "2 DATE JULIAN 1 MAR 1732\n1 DEAT\n2 DATE 1790\n3 PHRASE a hard winter\n" in fixed
    assert {finding.line for finding in check_gedcom(fixed) if finding.fix} == set()


def test_a_real_file_whose_dates_all_exist_gets_no_finding() -> None:
    assert read_gedcom(JOHN_OF_SEA).version == "5.5.1"
    assert check_gedcom(JOHN_OF_SEA) == []


def test_a_real_file_of_english_parishes_written_without_calendar_escapes() -> None:
    # Every dated event before the English reform whose address says UK or England is
    # flagged by the opt-in rule, and nothing else.
    expected = set()
    lines = JOHN_OF_SEA.splitlines()
    for number, line in enumerate(lines, start=1):
        match = re.fullmatch(r"2 DATE (?:\w+ )*?(\d{4})", line)
        if match is None or int(match[1]) >= 1752:
            continue
        event_end = next(
            (i for i in range(number, len(lines)) if lines[i].startswith(("0 ", "1 "))),
            len(lines),
        )
        if any(re.fullmatch(r"3 CTRY (UK|England)", lines[i]) for i in range(number, event_end)):
            expected.add(number)
    found = check_gedcom(JOHN_OF_SEA, select=["JG604"])
    assert expected
    assert {finding.line for finding in found} == expected
    assert {finding.code for finding in found} == {"JG604"}
    assert all(finding.record and finding.record.startswith(("@I", "@F")) for finding in found)


def test_what_is_not_gedcom_is_refused() -> None:
    with pytest.raises(ParseError, match="does not start with 0 HEAD"):
        check_gedcom("1 BIRT\n")
    with pytest.raises(ParseError, match="line 2 is not a GEDCOM line"):
        check_gedcom("0 HEAD\nnot gedcom\n")


def test_crlf_files_keep_their_offsets_and_newlines() -> None:
    text = FAMILY_551.replace("\n", "\r\n").replace("2 VERS 5.5.1", "2 VERS 7.0")
    findings = check_gedcom(text)
    seven = FAMILY_551.replace("2 VERS 5.5.1", "2 VERS 7.0")
    assert codes_and_lines(findings) == codes_and_lines(check_gedcom(seven))
    (finding,) = [f for f in findings if f.line == 17 and f.fix is not None]
    assert finding.fix.replacement.endswith("\r\n3 PHRASE 11 February 1731/32")
    assert text[finding.offset : finding.end_offset] == "@#DJULIAN@ 11 FEB 1731/32"


def test_rule_codes_are_unique_and_in_order() -> None:
    codes = [rule.code for rule in GEDCOM_RULES]
    assert codes == sorted(set(codes))


def test_a_day_missing_in_a_dual_year_is_named_in_its_second_year() -> None:
    # 29 FEB 1699/00 is 29 February 1700: a Julian day, not a Gregorian one.
    text = "0 HEAD\n1 GEDC\n2 VERS 5.5.1\n0 @I1@ INDI\n1 BIRT\n2 DATE 29 FEB 1699/00\n0 TRLR\n"
    (finding,) = check_gedcom(text)
    assert finding.message.startswith(
        "29 FEB 1699/00: 29 February 1700 does not exist in the Gregorian calendar; "
        "it is a Julian date"
    )


PHRASES_NAMING_CALENDARS_7 = """\
0 HEAD
1 GEDC
2 VERS 7.0
0 @I1@ INDI
1 BIRT
2 DATE INT 1790 (Julian reckoning)
1 DEAT
2 DATE INT 11 FEB 1731/32 (Gregorian per register)
0 TRLR
"""


def test_a_gedcom_7_fix_keeps_the_phrase_text_as_written() -> None:
    findings = check_gedcom(PHRASES_NAMING_CALENDARS_7)
    assert not any("@#D" in finding.message for finding in findings)
    fixed, _ = apply_fixes(
        PHRASES_NAMING_CALENDARS_7, [finding.fix for finding in findings if finding.fix]
    )
    assert "2 DATE 1790\n3 PHRASE Julian reckoning\n" in fixed
    # (a phrase and a dual year need one PHRASE, joined by hand: left as written)
    assert "2 DATE INT 11 FEB 1731/32 (Gregorian per register)\n" in fixed
    assert "@#D" not in fixed


WITHOUT_ESCAPES_7 = """\
0 HEAD
1 GEDC
2 VERS 7.0
0 @I1@ INDI
1 BURI
2 DATE (about Easter)
1 CHR
2 DATE 44 B.C.
1 RESI
2 DATE @#DGREGORIAN@ 1 JAN 1700
0 TRLR
"""


def test_gedcom_7_reasons_name_what_the_value_writes_the_5_5_1_way() -> None:
    messages = [finding.message for finding in check_gedcom(WITHOUT_ESCAPES_7)]
    assert messages == [
        "(about Easter): GEDCOM 7 writes a phrase alone as the PHRASE of an empty DATE; it "
        "writes an empty DATE with the PHRASE about Easter (INDI.BURI.DATE of @I1@)",
        "44 B.C.: GEDCOM 7 writes BCE, not B.C.; it writes 44 BCE (INDI.CHR.DATE of @I1@)",
        "@#DGREGORIAN@ 1 JAN 1700: GEDCOM 7 names calendars without the 5.5.1 escapes "
        "(GREGORIAN, not @#DGREGORIAN@); it writes 1 JAN 1700 (INDI.RESI.DATE of @I1@)",
    ]


def test_a_gedcom_7_empty_date_is_written_without_a_trailing_space() -> None:
    findings = check_gedcom(WITHOUT_ESCAPES_7)
    fixed, _ = apply_fixes(WITHOUT_ESCAPES_7, [finding.fix for finding in findings if finding.fix])
    assert "1 BURI\n2 DATE\n3 PHRASE about Easter\n1 CHR\n2 DATE 44 BCE\n" in fixed
    assert "2 DATE 1 JAN 1700\n" in fixed
    assert check_gedcom(fixed) == []


@pytest.mark.parametrize(
    ("value", "fixed"),
    [
        # a phrase and a dual year would need one PHRASE: no fix loses "1731/32"
        ("INT 11 FEB 1731/32 (parish book)", None),
        ("INT 1790 ()", None),  # (GEDCOM 7 has no empty PHRASE line)
        ("INT 1790 (  spaced  )", "1790\n3 PHRASE spaced"),
    ],
)
def test_a_gedcom_7_fix_keeps_every_written_part_and_writes_no_empty_phrase(
    value: str, fixed: str | None
) -> None:
    text = f"0 HEAD\n1 GEDC\n2 VERS 7.0\n0 @I1@ INDI\n1 BIRT\n2 DATE {value}\n0 TRLR\n"
    (finding,) = check_gedcom(text)
    assert finding.code == "JG605"
    assert (finding.fix and finding.fix.replacement) == fixed
    if fixed is None and "1731/32" in value:
        assert "join the two by hand" in finding.message
