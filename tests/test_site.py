"""The documentation site: its index and navigation list every page, and what its build
hook makes (rule pages, chart data) comes from the library. CI builds the whole site."""

from __future__ import annotations

import re
import textwrap
from types import ModuleType

import pytest

from helpers.paths import REPO
from helpers.scripts import load_script

pytest.importorskip("mkdocs")
pytest.importorskip("matplotlib")

GUIDES = sorted(path.name for path in (REPO / "docs").glob("*.md") if path.name != "index.md")


def _tool(name: str) -> ModuleType:
    return load_script(REPO / "docs" / "hooks" / f"{name}.py")


@pytest.fixture(scope="module")
def hooks() -> ModuleType:
    return _tool("site_hooks")


def test_the_index_links_every_page() -> None:
    index = (REPO / "docs" / "index.md").read_text(encoding="utf-8")
    linked = set(re.findall(r"\]\(([\w/]+\.md)", index))
    assert set(GUIDES) <= linked
    assert {"rules/index.md", "api/index.md"} <= linked


def test_the_navigation_lists_every_page() -> None:
    navigation = (REPO / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:\n", 1)[1]
    listed = set(re.findall(r"([\w/]+\.md)", navigation))
    pages = {*GUIDES, "index.md", "rules/index.md"}
    pages |= {f"api/{path.name}" for path in (REPO / "docs" / "api").glob("*.md")}
    assert listed == pages


def test_a_page_per_rule_from_the_rules_themselves(hooks: ModuleType) -> None:
    listed = hooks.run("check", "--list-rules").split()
    codes = [word for word in listed if re.fullmatch(r"JG\d{3}", word)]
    pages = hooks.rule_pages()
    assert set(pages) == {"rules/index.md", *(f"rules/{code}.md" for code in codes)}
    for code in codes:
        assert f"]({code}.md)" in pages["rules/index.md"]
        explained = hooks.run("check", "--explain", code)
        page = str(pages[f"rules/{code}.md"])
        assert page.startswith(f"# {explained.splitlines()[0]}\n")
        headings = [line for line in explained.splitlines() if line and not line[0].isspace()]
        assert headings[-4:] == ["What it does", "Why it matters", "Example", "Fix"]
        for heading in headings[-4:]:
            assert f"## {heading}\n" in page
        example = explained.split("\nExample\n", 1)[1].split("\n\nFix\n", 1)[0]
        assert f"```text\n{textwrap.dedent(example)}\n```" in page


def test_explanations_are_not_read_as_html(hooks: ModuleType) -> None:
    assert hooks._markdown("a <TEI> b `<date>` *c*") == r"a &lt;TEI> b `<date>` \*c\*"


def test_the_offset_changes_the_chart_marks(hooks: ModuleType) -> None:
    from julian_gregorian import offset_for_julian

    years = list(range(-500, 2501))
    changes = hooks._changes(years, [offset_for_julian(year, 3, 1) for year in years])
    modern = [(before, after, year) for before, after, year in changes if year >= 1600]
    assert modern[:4] == [(10, 11, 1700), (11, 12, 1800), (12, 13, 1900), (13, 14, 2100)]
    assert (-1, 0, 200) in changes
    assert (0, 1, 300) in changes


def test_the_timeline_shows_sweden_s_three_steps(hooks: ModuleType) -> None:
    from julian_gregorian.places import reform_for

    periods = hooks._periods(reform_for("SE"), 1560, 1935)
    assert [name for _, _, name in periods] == ["Julian", "Swedish", "Julian", "Gregorian"]
    assert 1700 < periods[1][0] < 1700.25
    assert 1712 < periods[1][1] < 1712.25


def test_the_months_are_those_cal_prints(hooks: ModuleType) -> None:
    printed = hooks.run("cal", "1752-09", "--place", "GB")
    assert "    1  2 14 15 16 17" in printed.splitlines()
    assert hooks.figures()["figures/cal-gb-1752-09.png"].startswith(b"\x89PNG")


def test_doctest_examples_are_fenced_for_the_api_reference() -> None:
    fence = _tool("griffe_doctests").fence_doctests
    text = "Words.\n\n    >>> f([1917])\n    [1917]\n\nMore words."
    assert fence(text) == (
        "Words.\n\n    ```pycon\n    >>> f([1917])\n    [1917]\n    ```\n\nMore words."
    )
    assert fence(">>> 1\n1") == "```pycon\n>>> 1\n1\n```"
