"""Suppression directives: inline (comment and plain forms), file-level, and JG502."""

from __future__ import annotations

from dataclasses import replace

import pytest

from julian_gregorian.checks import check, check_text
from julian_gregorian.checks._suppressions import find_directives

WRONG = "He was buried on 2 January [O.S. 21 December] 1917."
SWAPPED = "The rising began on 24 October [O.S. 6 November] 1917."


@pytest.mark.parametrize(
    "directive",
    [
        "<!-- julian-gregorian: ignore JG101 -->",
        "<!--julian-gregorian:ignore JG101-->",
        "<!-- julian-gregorian: ignore -->",
        "<!-- julian-gregorian: ignore JG102, JG101 -->",
        "julian-gregorian: ignore[JG101]",
        "julian-gregorian: ignore[JG102,JG101]",
        "julian-gregorian: ignore",
        "Julian-Gregorian: IGNORE[jg101]",
    ],
)
def test_a_directive_on_the_line_silences_its_finding(directive: str) -> None:
    result = check_text(f"{WRONG} {directive}\n{WRONG}\n")
    assert [(f.code, f.line) for f in result.findings] == [("JG101", 2)]
    assert [(f.code, f.line) for f in result.suppressed] == [("JG101", 1)]


@pytest.mark.parametrize(
    "directive", ["<!-- julian-gregorian: ignore JG102 -->", "julian-gregorian: ignore[JG102]"]
)
def test_a_directive_silences_only_the_codes_it_names(directive: str) -> None:
    result = check_text(f"{WRONG} {SWAPPED} {directive}")
    assert [f.code for f in result.findings] == ["JG101"]
    assert [f.code for f in result.suppressed] == ["JG102"]


def test_a_directive_alone_on_its_line_covers_the_next_paragraph() -> None:
    text = f"{WRONG}\n\n<!-- julian-gregorian: ignore JG101 -->\n\n{WRONG}\n{WRONG}\n\n{WRONG}\n"
    assert [f.line for f in check(text)] == [1, 8]
    assert [f.line for f in check_text(text).suppressed] == [5, 6]


def test_file_level_directives_cover_the_whole_text() -> None:
    text = f"{WRONG}\n{SWAPPED}\n\n{WRONG} julian-gregorian: ignore-file[JG101]\n"
    assert [f.code for f in check(text)] == ["JG102"]
    text = f"<!-- julian-gregorian: ignore-file -->\n{WRONG}\n\n{SWAPPED}\n"
    assert check(text) == []
    assert len(check_text(text).suppressed) == 2


def test_a_suppressed_finding_gives_no_fix_to_apply() -> None:
    # check() is what --fix applies: what it leaves out is not fixed.
    assert check(f"{WRONG}<!-- julian-gregorian: ignore -->") == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Buried on 3 January [O.S. 21 December] 1917. <!-- julian-gregorian: ignore -->",
            "unused suppression: no finding in the text it covers to ignore",
        ),
        (
            f"{WRONG} <!-- julian-gregorian: ignore JG101, JG102 -->",
            "unused suppression: JG102 reports nothing in the text it covers",
        ),
        (
            "No dates. julian-gregorian: ignore-file[JG301]",
            "unused suppression: JG301 reports nothing in this file",
        ),
    ],
)
def test_unused_suppressions_are_reported_on_request(text: str, message: str) -> None:
    assert [f.code for f in check(text) if f.code == "JG502"] == []
    unused = [f for f in check(text, extend_select=["JG502"]) if f.code == "JG502"]
    assert [(f.message, f.severity) for f in unused] == [(message, "warning")]
    directive_start = text.index("julian-gregorian")
    assert unused[0].offset <= directive_start < unused[0].end_offset


def test_a_code_of_a_rule_not_selected_is_unused() -> None:
    text = f"{WRONG} julian-gregorian: ignore[JG101]"
    found = check(text, select=["JG2", "JG502"])
    assert [(f.code, f.line, f.column) for f in found] == [("JG502", 1, 53)]


def test_only_a_directive_naming_jg502_silences_its_report() -> None:
    text = "No dates. julian-gregorian: ignore[JG101, JG502]"
    result = check_text(text, extend_select=["JG502"])
    assert result.findings == []
    assert [f.code for f in result.suppressed] == ["JG502"]


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        pytest.param(
            f"{WRONG} <!-- julian-gregorian: ignore JG101, JG102 -->\n",
            f"{WRONG} <!-- julian-gregorian: ignore JG101 -->\n",
            id="unused code out of a comment",
        ),
        pytest.param(
            f"{WRONG} julian-gregorian: ignore[JG102,JG101]\n",
            f"{WRONG} julian-gregorian: ignore[JG101]\n",
            id="unused code out of brackets",
        ),
        pytest.param(
            "Buried on 3 January [O.S. 21 December] 1917. <!-- julian-gregorian: ignore -->\nB\n",
            "Buried on 3 January [O.S. 21 December] 1917.\nB\n",
            id="unused directive on a line",
        ),
        pytest.param(
            "A\n\n<!-- julian-gregorian: ignore JG101 -->\nNo dates here.\n",
            "A\n\nNo dates here.\n",
            id="unused directive alone on its line",
        ),
        pytest.param(
            "julian-gregorian: ignore-file[JG301]\nNo dates.",
            "No dates.",
            id="unused file directive",
        ),
    ],
)
def test_unused_suppressions_are_fixed(text: str, fixed: str) -> None:
    findings = [f for f in check(text, extend_select=["JG502"]) if f.code == "JG502"]
    (fix,) = [f.fix for f in findings if f.fix is not None]
    assert fix.apply(text) == fixed
    assert [f.code for f in check(fixed, extend_select=["JG502"]) if f.code == "JG502"] == []


def test_a_directive_covers_the_findings_that_overlap_its_span_only() -> None:
    text = "He was buried on 2 January [O.S. 21 December] 1917.\n"
    (finding,) = check(text)
    (directive,) = find_directives("<!-- julian-gregorian: ignore -->\n" + text)
    ends_there = replace(directive, start=finding.end_offset, end=finding.end_offset + 9)
    assert not ends_there.covers(finding)
    assert replace(ends_there, start=finding.end_offset - 1).covers(finding)
