"""One definition of a section heading: the extractor's sections (for context years) and
the checker's (for passages and the calendars headings declare) start and end at the
same places."""

from __future__ import annotations

import pytest

from julian_gregorian.checks.context import ArticleContext
from julian_gregorian.text._link.context import section
from julian_gregorian.text._link.headings import heading_lines

TEXTS = {
    "wikitext": "Intro 1916.\n== Later life ==\nOn 1 January [O.S. 19 December] he died.",
    "markdown": "Intro 1916.\n## Later life\nOn 1 January [O.S. 19 December] he died.",
    "underlined =": "Intro 1916.\nLater life\n==========\nOn 1 January [O.S. 19 December].",
    "underlined -": "Intro 1916.\nLater life\n----------\nOn 1 January [O.S. 19 December].",
    "windows line ends": "Intro 1916.\r\n== Later life ==\r\nOn 1 January [O.S. 19 December].",
    "no heading": "Intro 1916.\nOn 1 January [O.S. 19 December] he died.",
}


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_the_extractor_and_the_checker_agree_on_sections(name: str) -> None:
    text = TEXTS[name]
    date = text.index("1 January")
    extractor = section(text, date, date + 1, elisions=False)
    checker = ArticleContext(text, []).section_span(date)
    assert extractor == checker
    assert extractor[0] == (0 if name == "no heading" else text.index("\nOn 1 January"))


def test_an_underlined_heading_starts_a_section_for_both() -> None:
    # The example of the issue: the checker's section started at 0, the extractor's at 24.
    text = "Life\n====\nIn 1916.\n\nDeath\n-----\nOn 1 January [O.S. 19 December]."
    date = text.index("On 1")
    assert section(text, date, date + 1)[0] == ArticleContext(text, []).section_span(date)[0]
    assert section(text, date, date + 1)[0] == text.index("\nOn 1")


def test_heading_levels_and_titles() -> None:
    text = "T\n===\n== A ==\n### B\nC\n---\n=== D ===  \n# E\r\n"
    found = [(heading.level, heading.title) for heading in heading_lines(text)]
    assert found == [(2, "T"), (2, "A"), (4, "B"), (3, "C"), (3, "D"), (2, "E")]


def test_a_heading_declares_its_calendar_for_the_checker_in_every_form() -> None:
    for heading in ("== Dates (Old Style) ==", "# Dates (Old Style)", "Dates (Old Style)\n---"):
        text = f"{heading}\nOn 1 January 1700."
        assert ArticleContext(text, []).section_calendar(len(text) - 3) == "julian"
