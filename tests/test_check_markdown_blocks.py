"""Markdown's code blocks and block quotes: protected in Markdown, and only there.

The expectations follow the CommonMark specification (https://spec.commonmark.org/):
fenced and indented code blocks, block quotes with their lazy continuation lines, list
items whose indented lines are their own content, HTML blocks that hold neither.
"""

from __future__ import annotations

import pytest

from julian_gregorian.checks import check
from julian_gregorian.checks._file_findings import file_findings, is_markdown
from julian_gregorian.checks._markdown_blocks import markdown_blocks
from julian_gregorian.checks.config import CheckConfig

PAIR = "buried on 2 January [O.S. 21 December] 1917"
FIXED = "buried on 3 January [O.S. 21 December] 1917"
CODE = "inside code"
QUOTATION = "inside a quotation"


def _blocks(text: str) -> list[tuple[str, str]]:
    return [(block.kind, text[block.start : block.end]) for block in markdown_blocks(text)]


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        # Indented code: four columns, after a blank line, a heading, a thematic break or
        # a setext heading, or at the start; blank lines inside belong, trailing ones not.
        ("    a\n\n    b\n\n\nc", [("code", "    a\n\n    b")]),
        ("Text\n\n\tcode\n", [("code", "\tcode")]),
        ("  \tcode\n", [("code", "  \tcode")]),
        ("# Title\n    code\n", [("code", "    code")]),
        ("***\n    code\n", [("code", "    code")]),
        ("Title\n-----\n    code\n", [("code", "    code")]),
        # ... but never a paragraph's line, which an indented line continues.
        ("Text\n    more text\n", []),
        ("Text\n\n   three columns\n", []),
        # Fences: backticks or tildes, three or more, indented up to three columns,
        # closed only by as many or more of the same character, or by the end.
        ("~~~\ncode\n~~~\ntext", [("code", "~~~\ncode\n~~~")]),
        ("````md\n```\n~~~~\n````\ntext", [("code", "````md\n```\n~~~~\n````")]),
        ("   ~~~\ncode\n  ~~~~~  \ntext", [("code", "   ~~~\ncode\n  ~~~~~  ")]),
        ("~~~\ncode\n~~~ not a closing fence\n", [("code", "~~~\ncode\n~~~ not a closing fence")]),
        ("Text\n```\ncode", [("code", "```\ncode")]),
        ("``` a`b\ntext\n", []),  # (a backtick fence's info string holds no backtick)
        ("Text\n\n    ~~~\n\ntext\n", [("code", "    ~~~")]),
        # Block quotes: their ">" lines and the lazy continuation of their paragraph.
        ("> quoted\nlazy\n\nafter", [("quote", "> quoted\nlazy")]),
        ("> a\n>\n> b\nc\n- d", [("quote", "> a\n>\n> b\nc")]),
        (">     code\n", [("code", ">     code"), ("quote", ">     code")]),
        (">\t\tcode\n", [("code", ">\t\tcode"), ("quote", ">\t\tcode")]),
        (">\ttext\n", [("quote", ">\ttext")]),
        ("> ```\n> code\n\nafter\n", [("code", "> ```\n> code"), ("quote", "> ```\n> code")]),
        ("> text\n    lazy, no code\n", [("quote", "> text\n    lazy, no code")]),
        ("    > code, no quote\n", [("code", "    > code, no quote")]),
        # List items: content indented as far as the item's text is the item's.
        ("- item\n\n    more of the item\n", []),
        ("- item\n\n      code\n", [("code", "      code")]),
        ("1. item\n\n   more\n\n       code\n", [("code", "       code")]),
        ("10) item\n\n        code\n", [("code", "        code")]),
        ("-     code in an item\n", [("code", "-     code in an item")]),
        ("- item\n  - nested\n\n    more\n", []),
        ("- item\n  - nested\n\n        code\n", [("code", "        code")]),
        ("Text\n2. no list\n    more text\n", []),
        ("-\n\n    code\n", [("code", "    code")]),  # (an item starts with one blank line)
        ("- > quoted\n  > more\n", [("quote", "- > quoted\n  > more")]),
        # HTML blocks hold no code: a fence or an indented line there is HTML.
        ("<div>\n    text\n</div>\n", [("html", "<div>\n    text\n</div>")]),
        ("<!--\n```\n-->\ntext\n", [("html", "<!--\n```\n-->")]),
        ("<pre>\n\n    text\n</pre>\n", [("html", "<pre>\n\n    text\n</pre>")]),
        ("<div>\n\n    code\n", [("html", "<div>"), ("code", "    code")]),
        ("Text\n<span>\n    more text\n", []),
        # ... and end with their list item (no line continues one lazily).
        ("- <div>a\nb\n", [("html", "- <div>a")]),
        ("- <div>a\n  b\nc\n", [("html", "- <div>a\n  b")]),
        ("- <?x\nb ?>\n", [("html", "- <?x")]),
        ("<?x ?> a\nb\n", [("html", "<?x ?> a")]),
        ("> <!X a\nb >\n", [("html", "> <!X a"), ("quote", "> <!X a")]),
        # Line ends of every kind.
        ("Text\r\n\r\n    code\r\n", [("code", "    code")]),
        ("> a\rb\r\rc", [("quote", "> a\rb")]),
    ],
)
def test_blocks_are_where_commonmark_puts_them(text: str, blocks: list[tuple[str, str]]) -> None:
    assert sorted(_blocks(text)) == sorted(blocks)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (f"Notes:\n\n    He was {PAIR}.\n", CODE),
        (f"    He was {PAIR}.\n", CODE),
        (f"Notes:\n\n\tHe was {PAIR}.\n", CODE),
        (f"- Item\n\n      He was {PAIR}.\n", CODE),
        (f"~~~\nHe was {PAIR}.\n~~~\n", CODE),
        (f"~~~~text\n~~~\nHe was {PAIR}.\n~~~~\n", CODE),
        (f"`````\n```\nHe was {PAIR}.\n````\n", CODE),
        (f"  ```\nHe was {PAIR}.\n  ```\n", CODE),
        (f"Notes:\n```\nNever closed.\n\nHe was {PAIR}.\n", CODE),
        (f"> He was {PAIR}.\n", QUOTATION),
        (f"> Pares:\n> he was {PAIR}.\n", QUOTATION),
        (f"> Pares: he was\n{PAIR}.\n", QUOTATION),
        (f"> > He was {PAIR}.\n", QUOTATION),
        (f"- > He was {PAIR}.\n", QUOTATION),
        (f"Use `{PAIR}`.\n", CODE),
    ],
)
def test_markdown_blocks_are_read_warned_about_and_never_fixed(text: str, reason: str) -> None:
    (finding,) = check(text, markdown=True)
    assert finding.code == "JG101"
    assert finding.severity == "warning"
    assert finding.message.startswith(f"{reason}: not changed; O.S. 21 December 1916 is ")
    assert finding.fix is None


@pytest.mark.parametrize(
    "text",
    [
        f"- Item\n\n    He was {PAIR}.\n",  # the item's own paragraph
        f"Notes: he was\n    {PAIR}.\n",  # a paragraph's line, however indented
        f"Notes\n\n   He was {PAIR}.\n",  # three columns are not four
        f"~~~\ncode\n~~~\nHe was {PAIR}.\n",  # after the fence is closed
        f"````\n```\n````\nHe was {PAIR}.\n",
        f"> Pares wrote.\n\nHe was {PAIR}.\n",  # after the block quote
        f"Notes\n\n    ~~~\n\nHe was {PAIR}.\n",  # an indented fence is code, and no fence
        f"<div>\n    He was {PAIR}.\n</div>\n",  # HTML, not code
        f"<!--\n```\n-->\nHe was {PAIR}.\n",  # a fence in a comment opens none
        f"Notes\n\n    Use <q> for quotes.\n\nHe was {PAIR}.\n",  # a tag in code is none
    ],
)
def test_markdown_prose_is_fixed(text: str) -> None:
    (finding,) = check(text, markdown=True)
    assert (finding.severity, finding.fix is not None) == ("error", True)


@pytest.mark.parametrize(
    "text",
    [
        f"Notes:\n\n    He was {PAIR}.\n",
        f"Notes:\n\n\tHe was {PAIR}.\n",
        f"> He was {PAIR}.\n",
        f"~~~\nHe was {PAIR}.\n~~~\n",
        f"~~~~\nHe was {PAIR}.\n",
    ],
)
@pytest.mark.parametrize("wikitext", [None, True, False])
def test_other_text_has_no_markdown_blocks(text: str, wikitext: bool | None) -> None:
    """A wikitext line that starts with a space or ">", or an indented line of plain text,
    is prose; "~~~~" is a wikitext signature."""
    (finding,) = check(text, wikitext=wikitext)
    assert (finding.severity, finding.fix is not None) == ("error", True)


@pytest.mark.parametrize(
    ("name", "wikitext", "markdown"),
    [
        ("notes.md", None, True),
        ("docs/Peter I.MARKDOWN", False, True),
        ("notes.md", True, False),  # --wikitext: the user says what it is
        ("notes.txt", None, False),
        ("page.wiki", None, False),
        ("page.wikitext", None, False),
        ("page.html", None, False),
        ("-", None, False),
    ],
)
def test_markdown_is_told_by_the_name(name: str, wikitext: bool | None, markdown: bool) -> None:
    assert is_markdown(name, wikitext) is markdown
    text = f"Notes:\n\n    He was {PAIR}.\n"
    result, _ = file_findings(name, text, CheckConfig(), wikitext, None)
    (finding,) = result.findings
    assert (finding.fix is None) is markdown
