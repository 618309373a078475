"""Suppression directives: inline (comment and plain forms), file-level, and JG502."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.examples import examples
from julian_gregorian.checks import Finding, _suppressions, check, check_text
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


MARKDOWN = {"markdown": True}
WIKITEXT = {"wikitext": True}
PLAIN = {"wikitext": False}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Written in Markdown's code, a directive is an example of one: the file is
        # still checked.
        ("To silence a file, write:\n\n    <!-- julian-gregorian: ignore-file -->\n\n", MARKDOWN),
        ("To silence a file, write:\n\n```\njulian-gregorian: ignore-file\n```\n\n", MARKDOWN),
        ("Write `<!-- julian-gregorian: ignore-file -->` to silence a file.\n\n", MARKDOWN),
        ("Write `julian-gregorian: ignore-file` to silence a file.\n\n", MARKDOWN),
        # ... and so is one in wikitext's <pre>, <nowiki> or <syntaxhighlight>.
        ("Write <nowiki><!-- julian-gregorian: ignore-file --></nowiki>.\n\n", WIKITEXT),
        ("<pre>\n<!-- julian-gregorian: ignore-file -->\n</pre>\n\n", WIKITEXT),
        (
            '<syntaxhighlight lang="html">julian-gregorian: ignore-file</syntaxhighlight>\n\n',
            WIKITEXT,
        ),
        ('<source lang="html"><!-- julian-gregorian: ignore-file --></source>\n\n', WIKITEXT),
    ],
)
def test_a_directive_written_in_code_is_an_example_not_a_directive(
    text: str, kind: dict[str, bool]
) -> None:
    result = check_text(text + WRONG + "\n", extend_select=["JG502"], **kind)
    assert [finding.code for finding in result.findings] == ["JG101"]
    assert result.suppressed == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # HTML (and a Markdown file's HTML) hides a comment inside <pre> too.
        ("<pre>\nburied <!-- julian-gregorian: ignore-file -->\n</pre>\n\n", PLAIN),
        ("<pre>\nburied <!-- julian-gregorian: ignore-file -->\n</pre>\n\n", MARKDOWN),
        # HTML5's <source> holds nothing and has no closing tag.
        (
            '<video>\n<source src="a.mp4">\n<!-- julian-gregorian: ignore-file -->\n</video>\n',
            PLAIN,
        ),
        # Backticks are code in Markdown only: not TeX's quotes or an apostrophe.
        ("The ``Gazette'' <!-- julian-gregorian: ignore-file --> and ``news''.\n\n", WIKITEXT),
        ("Ma`mun wrote <!-- julian-gregorian: ignore-file --> of it`s end.\n\n", PLAIN),
        # A tag written inside a comment opens no element.
        ("<!-- was <pre> --> <!-- julian-gregorian: ignore-file -->\n\n", PLAIN),
        ("<!-- <nowiki> --> <!-- julian-gregorian: ignore-file -->\n\n", WIKITEXT),
    ],
)
def test_a_directive_hidden_where_the_text_hides_a_comment_silences(
    text: str, kind: dict[str, bool]
) -> None:
    result = check_text(text + WRONG + "\n", **kind)
    assert result.findings == []
    assert [finding.code for finding in result.suppressed] == ["JG101"]


def test_prose_after_a_tag_written_in_a_comment_is_fixed() -> None:
    (finding,) = check(f"<!-- was <pre> --> {WRONG}\n", wikitext=False)
    assert (finding.severity, finding.fix is not None) == ("error", True)


def test_a_directive_in_an_html_code_element_is_a_hidden_comment_that_silences() -> None:
    # (HTML hides a comment inside <code>, as anywhere else: only Markdown's code shows it)
    text = f"<code><!-- julian-gregorian: ignore-file --></code>\n\n{WRONG}\n"
    assert check(text, wikitext=True) == []


def test_an_unused_directive_in_a_markdown_quote_keeps_its_bytes() -> None:
    text = f"> Quoted: julian-gregorian: ignore[JG101]\n\n{WRONG}\n"
    unused, wrong = check(text, markdown=True, extend_select=["JG502"])
    assert (unused.code, unused.severity, unused.fix) == ("JG502", "warning", None)
    assert unused.message.startswith("inside a quotation: not changed")
    assert wrong.code == "JG101"
    assert wrong.fix is not None
    # (in a comment, a directive outside quotes is still fixed: its comment is its own)
    comment = f"{WRONG.replace('2 January', '3 January')} <!-- julian-gregorian: ignore -->\n"
    (cleaned,) = check(comment, markdown=True, extend_select=["JG502"])
    assert cleaned.fix is not None


def test_a_markdown_text_that_looks_like_wikitext_keeps_html_pre_directives() -> None:
    # (guessed from its [[link]], it would be wikitext, whose <pre> holds examples)
    text = (
        "See [[Other page]].\n\n<pre>\n<!-- julian-gregorian: ignore-file -->\n</pre>\n\n"
        "He was buried on 2 January [O.S. 21 December] 1917.\n"
    )
    assert check(text, markdown=True) == []
    assert [finding.code for finding in check(text, markdown=True, wikitext=True)] == ["JG101"]


#: The marker as it was searched for before it was found from its hyphen: the reference.
_WHOLE_MARKER = re.compile("julian-gregorian:", re.IGNORECASE)
#: Pieces of a marker, in its cases (a dotted and a dotless i among them), and around it.
_MARKER_PIECES = [
    *("julian", "JULIAN", "Julİan", "julıan", "ulian", "-", "–", "gregorian:", "GREGORIAN:"),
    *("gregorian", "x", " ", ":", "\n", "julian-gregorian:", "<!-- ", "ignore"),
]


@given(
    st.lists(
        st.sampled_from(_MARKER_PIECES),
        max_size=12,
    ).map("".join)
)
def test_the_marker_is_found_where_the_whole_marker_was(text: str) -> None:
    assert (_suppressions._MARKER.search(text) is None) == (_WHOLE_MARKER.search(text) is None)
    if _WHOLE_MARKER.search(text) is None:
        assert find_directives(text) == []


def test_the_marker_in_any_case_and_not_cut() -> None:
    for text in ("a JULIAN-gregorian: ignore", "Julian-Gregorian:", "julian-gregorian:"):
        assert _suppressions._MARKER.search(text) is not None
    for text in ("julian-gregorian", "julian gregorian:", "ulian-gregorian:", "-gregorian:"):
        assert _suppressions._MARKER.search(text) is None
        assert _WHOLE_MARKER.search(text) is None


#: The marker's letters with the characters each may be written as in a case-insensitive
#: search that are not ASCII (a dotted and a dotless i, a Kelvin sign, a long s, a sharp
#: s): some match, some do not, as the whole marker searched in any case says.
_LOOK_ALIKES = "İıKſßΙι"


def test_each_letter_of_the_marker_in_any_form_as_the_whole_marker() -> None:
    word = "julian-gregorian:"
    accepted = 0
    for index, letter in enumerate(word):
        for other in {letter, letter.upper(), letter.lower(), *_LOOK_ALIKES}:
            text = f"<!-- {word[:index]}{other}{word[index + 1 :]} ignore -->"
            whole = _WHOLE_MARKER.search(text) is not None
            assert (_suppressions._MARKER.search(text) is not None) == whole
            accepted += whole and not other.isascii()
    assert accepted == 4  # (both i of "julian" and of "gregorian", dotted and dotless)


# -- the directives and what they silence, as a pass over the text and the findings found them


def _line_end_by_search(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end == -1 else end


def _written_by_search(text: str, start: int, end: int) -> tuple[int, int]:
    """A directive's span, widened to its comment, searched from it to its line's ends
    (how find_directives found it, at the length of the line for each directive)."""
    line_start = text.rfind("\n", 0, start) + 1
    opening = text.rfind("<!--", line_start, start)
    if opening == -1 or text.find("-->", opening, start) != -1:
        return start, end
    closing = text.find("-->", end)
    if closing == -1 or closing > _line_end_by_search(text, end):
        return start, end
    return opening, closing + 3


def _covered_by_search(text: str, offset: int, end_offset: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = _line_end_by_search(text, end_offset)
    if (text[line_start:offset] + text[end_offset:line_end]).strip():
        return line_start, line_end
    start = line_end + 1
    while start < len(text):
        next_end = _line_end_by_search(text, start)
        if text[start:next_end].strip():
            break
        start = next_end + 1
    start = min(start, len(text))
    blank = re.compile(r"\n[ \t]*\n").search(text, start)
    return start, blank.start() if blank else len(text)


def _partition_by_pairs(
    directives: list[_suppressions.Directive], findings: list[Finding], named_only: bool
) -> tuple[list[Finding], list[Finding], list[set[str]]]:
    """(kept, silenced, the codes each directive silenced): each finding against each
    directive, as Suppressions.partition did."""
    used: list[set[str]] = [set() for _ in directives]
    kept, silenced = [], []
    for finding in findings:
        covering = [
            index
            for index, d in enumerate(directives)
            if d.covers(finding) and (finding.code in d.codes or not named_only)
        ]
        (silenced if covering else kept).append(finding)
        for index in covering:
            used[index].add(finding.code)
    return kept, silenced, used


_DIRECTIVE_PIECES = [
    *("<!-- julian-gregorian: ignore JG101 -->", "<!-- julian-gregorian: ignore -->"),
    *("julian-gregorian: ignore[JG102]", "julian-gregorian: ignore", "<!--", "-->"),
    *("<!-- julian-gregorian: ignore-file JG101, JG102 -->", "julian-gregorian: ignore JG101"),
    *(" ", "\t", "\n", "\n\n", "\n \n", "text", "A.", WRONG, SWAPPED),
]


@settings(max_examples=examples(300), deadline=None)
@given(
    st.lists(st.sampled_from(_DIRECTIVE_PIECES), max_size=24).map("".join),
    st.lists(
        st.tuples(
            st.sampled_from(["JG101", "JG102", "JG201"]), st.integers(0, 400), st.integers(0, 40)
        ),
        max_size=12,
    ),
    st.booleans(),
)
def test_the_directives_and_what_they_silence_are_those_a_pass_over_each_finds(
    text: str, spans: list[tuple[str, int, int]], named_only: bool
) -> None:
    directives = find_directives(text)
    for directive in directives:
        start, end = directive.words
        offset, end_offset = _written_by_search(text, start, end)
        assert (directive.offset, directive.end_offset) == (offset, end_offset)
        line_start = text.rfind("\n", 0, offset) + 1
        assert directive.line == (line_start, _line_end_by_search(text, end_offset))
        if directive.kind == "line":
            covered = _covered_by_search(text, offset, end_offset)
            assert (directive.start, directive.end) == covered
    findings = [
        Finding(code, "error", "wrong", start, start + length, 1, 1, 1, 1)
        for code, start, length in spans
    ]
    suppressions = _suppressions.Suppressions(text)
    kept, silenced, used = _partition_by_pairs(suppressions.directives, findings, named_only)
    assert suppressions.partition(findings, named_only=named_only) == (kept, silenced)
    assert [directive.used for directive in suppressions.directives] == used
