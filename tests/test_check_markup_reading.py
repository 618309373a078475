"""Protected text read as its markup reads: a comment opener shown inside ``<nowiki>``
opens none (MediaWiki), a closing tag inside an HTML comment closes nothing (HTML), a
Markdown code span runs to the next backtick string of its length (CommonMark); each
reading in time proportional to the text."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from helpers.warm_start import run_command
from julian_gregorian.checks import check, check_text
from julian_gregorian.checks._code_spans import code_spans
from julian_gregorian.checks._markup_reading import Searches, comment_spans
from julian_gregorian.checks._safe_scope import protected_spans

WRONG = "buried on 2 January [O.S. 21 December] 1917"
RIGHT = "buried on 3 January [O.S. 21 December] 1917"
DIRECTIVE = "<!-- julian-gregorian: ignore JG101 -->"


def _nowhere(offset: int) -> bool:
    return False


def _comments(text: str, *, wikitext: bool) -> list[str]:
    return [text[a:b] for a, b in comment_spans(text, wikitext=wikitext, in_code=_nowhere)]


def _code(text: str) -> list[str]:
    return [text[start:end] for start, end in code_spans(text, [], _nowhere)]


def _markdown_code(text: str) -> list[str]:
    """The code spans and blocks of the Markdown *text*, as ``--fix`` keeps them."""
    spans = protected_spans(text, markdown=True)
    return [text[p.start : p.end] for p in spans if p.reason == "inside code"]


def _seen(text: str, **kinds: bool) -> list[tuple[int, str, bool, str]]:
    """(line, severity, has a fix, why it is kept) of each finding of *text*."""
    return [
        (f.line, f.severity, f.fix is not None, f.message.split(":")[0] if f.fix is None else "")
        for f in check(text, **kinds)
    ]


# -- MediaWiki: comments and extension tags, whichever opens first -----------------------

#: A help page that shows comment syntax: the "<!--" in <nowiki> is text, the directive
#: in <pre> an example, the one after it a directive.
HELP_PAGE = (
    "'''Hidden comments''' start with <nowiki><!--</nowiki>; readers never see them.\n"
    "\n"
    f"Rasputin was {WRONG}.\n"
    "\n"
    "<pre>\n"
    f"{DIRECTIVE}\n"
    f"Rasputin was {WRONG}.\n"
    "</pre>\n"
    "\n"
    f"He was {WRONG} at Tsarskoye Selo.{DIRECTIVE}\n"
)


def test_a_comment_opener_shown_in_nowiki_opens_no_comment_in_wikitext() -> None:
    result = check_text(HELP_PAGE, wikitext=True)
    assert [(f.line, f.severity, f.fix is not None) for f in result.findings] == [
        (3, "error", True),
        (7, "warning", False),
    ]
    assert result.findings[1].message.startswith("inside <pre>: not changed")
    assert [f.line for f in result.suppressed] == [10]
    # (its markup says it is wikitext: the command reads it so without --wikitext)
    assert _seen(HELP_PAGE) == [(3, "error", True, ""), (7, "warning", False, "inside <pre>")]


@pytest.mark.parametrize(
    ("text", "comments"),
    [
        ("<nowiki><!--</nowiki> a <!-- b -->", ["<!-- b -->"]),
        ("<pre>a <!-- b --> c</pre>", []),
        ('<syntaxhighlight lang="html"><!-- a</syntaxhighlight> b', []),
        ("<nowiki/><!-- a -->", ["<!-- a -->"]),
        # an extension tag never closed is text: the comment after it is one
        ("<nowiki> a <!-- b -->", ["<!-- b -->"]),
        # a tag inside a comment is none, and an unclosed comment runs to the end
        ("<!-- <pre> --> a <!-- b", ["<!-- <pre> -->", "<!-- b"]),
        # in wikitext <code> and <script> are no extension tags: comments are read there
        ("<code>a <!-- b --></code>", ["<!-- b -->"]),
        ("<script>a <!-- b --></script>", ["<!-- b -->"]),
    ],
)
def test_wikitext_comments_are_read_as_mediawiki_reads_them(text: str, comments: list[str]) -> None:
    assert _comments(text, wikitext=True) == comments


def test_the_first_closing_tag_closes_an_extension_tag_even_inside_comment_syntax() -> None:
    text = f"<pre>a <!-- </pre> --> He was {WRONG}.</pre>\n"
    assert _seen(text, wikitext=True) == [(1, "error", True, "")]


# -- HTML: comments everywhere but in raw text elements ----------------------------------

#: A transcription page: a comment inside <pre> holds a "</pre>", and a script writes a
#: "<!--", neither of which ends or opens anything.
REGISTER_PAGE = (
    "<p>The register reads:</p>\n"
    "<pre>\n"
    f"Entry 14: {WRONG}.\n"
    "<!-- the copyist wrote </pre> here by mistake -->\n"
    f"Entry 15: {WRONG}.\n"
    "</pre>\n"
    '<script>document.write("<!--");</script>\n'
    f"<p>Rasputin was {WRONG}.</p>\n"
)


def test_a_closing_tag_inside_an_html_comment_closes_nothing() -> None:
    assert _seen(REGISTER_PAGE, wikitext=False) == [
        (3, "warning", False, "inside <pre>"),
        (5, "warning", False, "inside <pre>"),
        (8, "error", True, ""),
    ]


@pytest.mark.parametrize(
    ("text", "comments"),
    [
        ("<pre>a <!-- b --> c</pre>", ["<!-- b -->"]),
        ("<nowiki><!--</nowiki> a -->", ["<!--</nowiki> a -->"]),
        ("<script>a <!-- b</script> c <!-- d -->", ["<!-- d -->"]),
        ("<style>a <!-- b</style><!-- d -->", ["<!-- d -->"]),
        ("<textarea><!-- a</textarea><!-- b -->", ["<!-- b -->"]),
        ("<TITLE><!-- a</title ><!-- b -->", ["<!-- b -->"]),
        ("<titles><!-- a --></titles>", ["<!-- a -->"]),
    ],
)
def test_html_comments_are_read_everywhere_but_in_raw_text_elements(
    text: str, comments: list[str]
) -> None:
    assert _comments(text, wikitext=False) == comments


# -- Markdown: CommonMark's code spans ---------------------------------------------------

#: A README: a code span over two lines holds a date, another a "<!--".
README = (
    "# Dating notes\n"
    "\n"
    "Try the checker on a line such as ``Rasputin was buried on\n"
    "2 January [O.S. 21 December] 1917`` (a wrong pair): it is left as written.\n"
    "\n"
    "Type `<!--` to open a comment.\n"
    "\n"
    f"Rasputin was {WRONG}.\n"
)


def test_a_markdown_code_span_over_two_lines_is_code_and_holds_no_comment() -> None:
    assert _seen(README, markdown=True) == [
        (4, "warning", False, "inside code"),
        (8, "error", True, ""),
    ]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("``a ` b``", ["``a ` b``"]),
        ("`a``b`", ["`a``b`"]),
        ("```a``b```c", ["```a``b```"]),
        ("`a\nb` c", ["`a\nb`"]),
        ("`a\r\nb` c", ["`a\r\nb`"]),
        # unmatched strings are text; a blank line ends the search
        ("`a ``b", []),
        ("``a`", []),
        ("`a\n\nb`", []),
        ("`a\r\n\r\nb`", []),
        ("`a\r\rb`", []),
        ("`a\n  \t\nb`", []),
        ("> `a\n>\n> b`", []),
        ("`a` `b ``c`` d", ["`a`", "``c``"]),
        # a backslash takes one backtick out of an opening, not out of a closing
        ("\\`a` b`", ["` b`"]),
        ("\\``a`` b`", ["`a`` b`"]),
        ("`a\\` b", ["`a\\`"]),
        ("\\\\`a`", ["`a`"]),
        # a comment begun first holds its backticks; one begun inside a span is code;
        # a "<!--" that nothing closes is text
        ("x <!-- don't ` --> use `a` b`", ["`a`"]),
        # (one that begins a line begins an HTML block, to the end of its "-->" line)
        ("<!-- don't ` --> use `a` b`", []),
        ("<!-- don't `\n--> use `a` b`\nuse `c` d", ["`c`"]),
        ("`a <!-- b` -->`", ["`a <!-- b`"]),
        ("<!-- a ` b `c`", ["` b `"]),
    ],
)
def test_code_spans_are_read_as_commonmark_reads_them(text: str, spans: list[str]) -> None:
    assert _code(text) == spans


def test_a_backtick_in_a_comment_opens_no_span_that_hides_the_code_after_it() -> None:
    text = f"Notes <!-- don't use ` here --> then `{WRONG}` in code.\n"
    assert _seen(text, markdown=True) == [(1, "warning", False, "inside code")]


def test_a_comment_opener_in_a_markdown_code_block_opens_no_comment() -> None:
    text = f"```html\n<!-- an unclosed comment\n```\n\nRasputin was {WRONG}.\n"
    assert _seen(text, markdown=True) == [(5, "error", True, "")]
    # (outside Markdown backticks hide no comment: this one runs to the end)
    assert _seen(text) == [(5, "warning", False, "inside an HTML comment")]


def test_a_code_span_does_not_cross_a_code_block() -> None:
    text = "a `b\n\n    code `x\n\nc` d"
    spans = protected_spans(text, markdown=True)
    assert [(p.reason, text[p.start : p.end]) for p in spans] == [("inside code", "    code `x")]


def test_a_directive_in_a_code_span_over_two_lines_is_an_example() -> None:
    text = f"Write ``He was\n{WRONG}. {DIRECTIVE}`` to silence one.\n"
    result = check_text(text, markdown=True)
    assert [(f.code, f.severity) for f in result.findings] == [("JG101", "warning")]
    assert result.suppressed == []


def test_outside_markdown_backticks_hide_no_comment() -> None:
    # (between backticks in plain text a directive counts, as documented)
    text = f"He was {WRONG}. `{DIRECTIVE}`\n"
    assert check_text(text).findings == []


# -- raw HTML and autolinks begun first hold their backticks (CommonMark 0.31.2) ------------

#: A README whose tag and autolink hold a backtick: the prose after the tag is fixed,
#: the code after the autolink and the processing instruction kept.
README_HTML = (
    "# Links\n"
    "\n"
    f'See <a title="`">the note</a>: Rasputin was {WRONG}. Use `ls`.\n'
    "\n"
    f"Then <https://example.org/`x> and `{WRONG}` in code.\n"
    "\n"
    f'Run <?php echo "`"; ?> with `{WRONG}` as code.\n'
)
#: Spans next to a block that a stray backtick or an unclosed "<!X" stands in: a block
#: quote after a paragraph, an HTML block that its list item ends.
README_BLOCKS = (
    "Use <!DOCTYPE ```\n"
    f"x``` `{WRONG}`\n"
    "> quoted >\n"
    "\n"
    "- <div>Lenin`s decree\n"
    f"Run `{WRONG}` now.\n"
    "\n"
    f"Rasputin was {WRONG}.\n"
)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # CommonMark 0.31.2, examples 341-349
        ("``foo`bar``", ["``foo`bar``"]),
        ("` foo `` bar `", ["` foo `` bar `"]),
        ("*foo`*`", ["`*`"]),
        ("[not a `link](/foo`)", ["`link](/foo`"]),
        ('`<a href="`">`', ['`<a href="`']),
        ('<a href="`">`', []),
        ("`<https://foo.bar.`baz>`", ["`<https://foo.bar.`"]),
        ("<https://foo.bar.`baz>`", []),
        ("```foo``", []),
        # open tags: attributes unquoted, quoted or empty; "/>"; white space with one line
        # ending
        ("<a title='`'> `x`", ["`x`"]),
        ("<a data-x=a`b> `x`", ["`b> `"]),
        ("<a x=y/> ` `x`", ["` `"]),
        ("<A_B> ` `x`", ["` `"]),
        ('a <a\n  title="`"\n  /> `x`', ["`x`"]),
        ('<a title="`\nb"> `x`', ["`x`"]),
        ('<a title="`\n\nb"> `x` `', ["`x`"]),
        ('<a title="`"\n\n> `x`', ["`x`"]),
        ('<a b="`"c> `x`', ['`"c> `']),
        ('<a b = "`" > `x`', ["`x`"]),
        ('<a b="`" =c> `x`', ['`" =c> `']),
        ('<1a title="`"> `x`', ['`"> `']),
        ('<a title="`"` `x`', ['`"`', "`x`"]),
        # closing tags, comments, instructions, declarations, CDATA
        ("</a\n> ` `x`", ["` `"]),
        ("</a b> ` `x`", ["` `"]),
        ("a <? ` ?> `x`", ["`x`"]),
        ("a <?> ` ?> `x`", ["`x`"]),
        ("<?> ` `x`", []),
        ("a <!DOCTYPE ` > `x`", ["`x`"]),
        ("<!1 ` > `x`", ["` > `"]),
        ("a <![CDATA[ ` ]]> `x`", ["`x`"]),
        ("a <![CDATA[ ` ]> `x`", ["` ]> `"]),
        ("a <? ` \n\n?> `x`", ["`x`"]),
        ("<? a\nb ` ?> c\n\n`x`", ["`x`"]),
        ("<!X\n` c\n\n`x` >\n`y`", ["`y`"]),
        # autolinks: a scheme of 2 to 32 characters, no space; an email address
        ("<ab:`> `x`", ["`x`"]),
        ("<a:`> `x`", ["`> `"]),
        ("<http://a `b> `x`", ["`b> `"]),
        ("<a`b@c.de> `x`", ["`x`"]),
        ("<a`b@c_d.e> `x`", ["`b@c_d.e> `"]),
        # a "<" after a backslash begins nothing; one in a span is code
        ('\\<a title="`"> `x`', ['`"> `']),
        ('\\\\<a title="`"> `x`', ["`x`"]),
        ('`<a title="` "> `x`', ['`<a title="`', "`x`"]),
    ],
)
def test_raw_html_and_autolinks_are_read_as_commonmark_reads_them(
    text: str, spans: list[str]
) -> None:
    # (each as commonmark.js 0.31 reads it; a comment, instruction, declaration or CDATA
    # section that begins a line is an HTML block, to the end of the line of its end)
    assert _code(text) == spans


@pytest.mark.parametrize(
    "construct",
    [
        '<a title="`">',
        "<a title='`'\n  href=x>",
        "<https://foo.bar.`baz>",
        "<a`b@example.org>",
        '<?php echo "`"; ?>',
        "<!DOCTYPE `>",
        "<![CDATA[ ` ]]>",
        "<!-- ` -->",
    ],
)
def test_a_backtick_in_raw_html_costs_the_code_after_it_no_protection(construct: str) -> None:
    # (the backtick, read as an opening, took the real opening for its closing: the
    # date in code was fixed)
    code = f"See {construct} and run `{WRONG}` as code.\n"
    assert _seen(code, markdown=True) == [(code.count("\n"), "warning", False, "inside code")]
    prose = f"See {construct}: Rasputin was {WRONG}. Use `ls`.\n"
    assert _seen(prose, markdown=True) == [(prose.count("\n"), "error", True, "")]


def test_a_construct_that_leaves_its_paragraph_or_follows_a_backslash_is_text() -> None:
    # (the backtick in each is an opening again, and its span holds the date)
    # (single quotes: a date between double ones is kept as a quotation)
    for opening, end in [("<a title='`", "\n\n'>"), ("\\<a title='`", "'>"), ("<a title=`", ">")]:
        text = f"See {opening} Rasputin was {WRONG}. Use `ls`.{end}\n"
        assert _seen(text, markdown=True) == [(1, "warning", False, "inside code")]


def test_a_tag_in_a_code_block_begins_nothing() -> None:
    text = '```\n<a title="\n```\n`x` y"> `z`\n'
    spans = protected_spans(text, markdown=True)
    assert [text[p.start : p.end] for p in spans] == ['```\n<a title="\n```', "`x`", "`z`"]


# -- code spans end with their block; comments as CommonMark 0.31.2 and HTML read them --


@pytest.mark.parametrize(
    "text",
    [
        f"- Lenin`s decree\n- Run `{WRONG}` now.\n",
        f"# Lenin`s decree\nRun `{WRONG}` now.\n",
        f"Lenin`s decree\n***\nRun `{WRONG}` now.\n",
        f"Lenin`s decree\n===\nRun `{WRONG}` now.\n",
        f"<script>let a = `b</script>\nRun `{WRONG}` now.\n",
        f"| a `b | c |\n|---|---|\n| `{WRONG}` | d |\n",
        f"- Lenin`s decree\r\n- Run `{WRONG}` now.\r\n",
        # (a "2." line continues a paragraph: only a list that starts at 1 interrupts one)
        f"# Lenin`s decree\nRun `a\n2. b` and `{WRONG}` now.\n",
    ],
)
def test_a_stray_backtick_in_one_block_costs_the_next_block_no_code_span(text: str) -> None:
    # (each block is its own: the span of the last line is CommonMark's, code)
    assert _seen(text, markdown=True) == [(text.count("\n"), "warning", False, "inside code")]


@pytest.mark.parametrize("opening", ["<?php", "<!DOCTYPE", "<![CDATA["])
@pytest.mark.parametrize("between", ["\n\n", "\n", "\r\n\r\n"])
def test_an_html_block_in_a_list_item_ends_with_the_item(opening: str, between: str) -> None:
    # (commonmark.js: the block ends with its list item, the paragraph after is read
    # inline and its span is code; the block was taken on to the later end, "?>", ">" or
    # "]]>", and the date in code was fixed)
    closing = {"<?php": "?>", "<!DOCTYPE": ">", "<![CDATA[": "]]>"}[opening]
    for item in ("- Open the file:", "1. Open the file:"):
        indent = " " * item.index(" ") + " "
        text = f"{item}\n{indent}{opening}{between}Run `{WRONG}` now.\n\n{closing}\n"
        code = text.index("`")
        assert any(
            p.start == code and p.reason == "inside code"
            for p in protected_spans(text, markdown=True)
        ), text
        assert _seen(text, markdown=True) == [
            (text.count("\n") - 2, "warning", False, "inside code")
        ]


def test_an_indented_html_block_at_the_top_level_keeps_its_code_protected() -> None:
    # (read as if in a list item, the lines after it are inline: its backticks are code
    # where CommonMark reads an HTML block, text kept from fixes, never the other way)
    text = "  <?php\nb `x` c ?>\n\n`y`\n"
    assert _code(text) == ["`x`", "`y`"]


@pytest.mark.parametrize("closing", ["?>", '">', "-->"])
def test_raw_html_closed_only_in_a_list_item_after_the_code_is_text(closing: str) -> None:
    # (commonmark.js: the list item ends the paragraph, so the "<?", '<a title="' or
    # "<!--" before the span is text and the span code; the block reading was skipped,
    # no edge standing before or between the paragraph's backticks, and --fix rewrote
    # the date)
    opening = {"?>": "<?x", '">': '<a title="', "-->": "<!--"}[closing]
    text = f"See {opening} and run `{WRONG}` here.\n* a list item {closing}\n"
    assert _code(text) == [f"`{WRONG}`"]
    # (HTML's reading of a comment, which protects it as well, takes in the span)
    why = "inside an HTML comment" if closing == "-->" else "inside code"
    assert _seen(text, markdown=True) == [(1, "warning", False, why)]


@pytest.mark.parametrize(
    "text",
    [
        # (commonmark.js: the quote line ends the paragraph, so "<!DOCTYPE" is text and
        # its ">" none; the declaration was closed at the quote's ">", swallowing the span)
        f"Use <!DOCTYPE ```\nx``` `{WRONG}`\n> quoted >\n",
        f"Use <?x ```\nx``` `{WRONG}`\n> quoted ?>\n",
        # (an HTML block ends with its list item: no line continues it lazily, so the
        # line after is a paragraph of its own; the block's backtick paired with its span)
        f"- <div>Lenin`s decree\nRun `{WRONG}` now.\n",
        f"- <div>\n  Lenin`s decree\nRun `{WRONG}` now.\n",
        f"1. <?x Lenin`s decree\nRun `{WRONG}` now. ?>\n",
        f"> <div>Lenin`s decree\nRun `{WRONG}` now.\n",
        f"- - <div>Lenin`s decree\nRun `{WRONG}` now.\n",
    ],
)
def test_a_block_quote_or_html_block_ends_the_paragraph_next_to_it(text: str) -> None:
    line = text[: text.index(WRONG)].count("\n") + 1
    assert _seen(text, markdown=True) == [(line, "warning", False, "inside code")]
    code = text.index(f"`{WRONG}`")
    assert any(
        p.start <= code and code + len(WRONG) + 2 <= p.end and p.reason == "inside code"
        for p in protected_spans(text, markdown=True)
    )


@pytest.mark.parametrize("line", ["| y", "<b> y"])
def test_a_table_or_tag_line_that_continues_a_paragraph_keeps_its_span(line: str) -> None:
    # (commonmark.js: no table, and "<b>" cannot interrupt a paragraph: "`x ... y`" is a
    # span and the date's its own; the paragraph reading paired the heading's backtick,
    # the block readings cut the line off and paired "` and `")
    text = f"# Lenin`s decree\nRun `x\n{line}` and `{WRONG}` now.\n"
    assert f"`{WRONG}`" in _markdown_code(text)
    assert _seen(text, markdown=True) == [(3, "warning", False, "inside code")]


def test_a_comment_opener_closed_only_in_a_later_paragraph_is_text() -> None:
    text = f"The opener <!-- starts a comment.\n\nClose it with `--> {WRONG}` here.\n"
    assert _seen(text, markdown=True) == [(3, "warning", False, "inside code")]
    # (one that begins a line begins an HTML block, which runs on to its "-->" line)
    block = "<!-- starts a block.\n\nStill `the block --> and `c`.\nThen `d`.\n"
    assert _code(block) == ["`d`"]


@pytest.mark.parametrize("empty", ["<!-->", "<!--->"])
def test_an_empty_comment_ends_at_its_own_closing_outside_wikitext(empty: str) -> None:
    text = f"Empty {empty} then `x --> {WRONG}` done.\n"
    assert _seen(text, markdown=True) == [(1, "warning", False, "inside code")]
    html = f"<p>Empty {empty} then Rasputin was {WRONG}. --></p>\n"
    assert _seen(html, wikitext=False) == [(1, "error", True, "")]
    assert _comments(html, wikitext=False) == [empty]
    # (MediaWiki looks for the "-->" after the "<!--")
    assert _comments(html, wikitext=True) == [html[html.index("<!--") : html.index("</p>")]]


@pytest.mark.parametrize("wikitext", [True, False])
def test_an_opening_tag_ends_at_its_first_closing_bracket(wikitext: bool) -> None:
    text = f'<pre title="a<b">{WRONG}</pre>\n'
    assert _seen(text, wikitext=wikitext) == [(1, "warning", False, "inside <pre>")]


def test_a_tag_name_whose_first_closing_bracket_is_paragraphs_later_opens_nothing() -> None:
    text = f"If a <q then b.\n\nRasputin was {WRONG}.\n\n<b>x</b>\n"
    assert _seen(text) == [(3, "error", True, "")]


def test_an_extension_tag_name_ends_where_mediawikis_does() -> None:
    text = f"<pre-x><!--</pre> {WRONG} -->\n"
    assert _comments(text, wikitext=True) == [text[7:-1]]
    assert [finding[:3] for finding in _seen(text, wikitext=True)] == [(1, "warning", False)]


# -- time in proportion to the text ------------------------------------------------------


def test_crafted_inputs_are_read_in_one_pass() -> None:
    # Each would be read in n * n steps by a search run again from every tag: minutes.
    count = 60_000
    unclosed = "<nowiki>" * count + "<!-- kept -->"
    assert _comments(unclosed, wikitext=True) == ["<!-- kept -->"]
    # (MediaWiki ends the first tag's attributes at the first ">", the comment's own, and
    # reads that tag, which nothing closes, as text: the comment was in it)
    no_end = "<pre " * count + "<!-- kept -->"
    assert _comments(no_end, wikitext=True) == []
    assert _comments("<pre " * count + "\n<!-- kept", wikitext=True) == ["<!-- kept"]
    paragraphs = "<pre>x\n\n" * count
    spans = protected_spans(paragraphs, wikitext=True)
    assert len(spans) == count
    assert all(paragraphs[p.start : p.end] == "<pre>x" for p in spans)
    quotes = "<q>a</q> " * count
    assert len(protected_spans(quotes)) == count
    # (backtick strings of 2 to 1,500 backticks, none closed: each would be compared
    # with every later one)
    ticks = " ".join("`" * length for length in range(2, 1_500)) + " `y`"
    assert _code(ticks) == ["`y`"]
    # (a "<!--" that nothing closes is text: each would be looked for its "-->")
    openers = "<!-- `a` " * count
    assert _code(openers) == ["`a`"] * count
    # (each "<!--" closed only by the "-->" at the end, paragraphs later: text, found
    # without looking for that "-->" again)
    far = "a <!-- `b`\n\n" * count + "-->"
    assert _code(far) == ["`b`"] * count
    items = "- `a\n" * count + "\n`b`"
    assert len(_code(items)) == count // 2 + 1
    # (a quoted value, instruction, declaration or CDATA section that nothing closes: each
    # would be looked for its end to the end of the paragraph)
    assert _code('<a x="' * count + "`y`") == ["`y`"]
    assert _code("w <a x='\n" * count + "`y`") == ["`y`"]
    assert _code("<? <!X <![CDATA[ <!-- " * count + "`y`") == ["`y`"]
    assert _code("<a x='<b y=\"' z=\"'\" `" * count) == ["`<a x='<b y=\"' z=\"'\" `"] * (count // 2)
    # (an email address's local part or a scheme that runs on without its end)
    assert _code("<" + "a" * 8 * count + " `y`") == ["`y`"]
    assert _code("<ab:" * count + "`y`") == ["`y`"]
    # (indented HTML blocks, each ended by the line after it, indented less: each would
    # be looked back from for the start of its line; the last line, indented less than
    # the last block, is read inline, its span code)
    blocks = "  <?x\na\n" * count + " ?> `y`"
    assert _code(blocks) == ["`y`"]
    # (HTML blocks that their list items end, and declarations that a block quote ends
    # before their ">": each block an edge of the strings' paragraphs, found once; a
    # quarter as many, the whole check of a Markdown text read)
    blocks_count = count // 4
    assert _markdown_code("  - <!X `\nb `y` >\n" * blocks_count) == ["`y`"] * blocks_count
    assert _markdown_code("- <div>a`b\nc `y`\n" * blocks_count) == ["`y`"] * blocks_count
    quoted = _markdown_code("Use <!X ```\nx``` `y`\n> q >\n\n" * blocks_count)
    assert quoted == ["```\nx```", "`y`"] * blocks_count


def test_a_remembered_search_skips_what_it_is_told_to() -> None:
    text = "</a> <!-- </a> --> </a>"
    searches = Searches(text, skip=lambda offset: 5 <= offset < 18)
    closing = re.compile("</a>")
    assert [m.start() for m in (searches.first(closing, s) for s in (1, 2, 6))] == [19] * 3
    assert searches.first(closing, 0) is not None


# -- the command, through a real process ------------------------------------------------


def _run(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return run_command("check", *args, cwd=cwd, env=env, stdin=stdin)


@pytest.mark.parametrize(
    ("name", "text", "kept"),
    [
        ("help.wiki", HELP_PAGE, [7, 10]),
        ("register.html", REGISTER_PAGE, [3, 5]),
        ("README.md", README, [4]),
        ("links.md", README_HTML, [5, 7]),
        ("blocks.md", README_BLOCKS, [2, 6]),
    ],
)
def test_fix_leaves_protected_dates_byte_identical_and_fixes_prose(
    tmp_path: Path, name: str, text: str, kept: list[int]
) -> None:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    result = _run("--fix", name, cwd=tmp_path)
    lines = text.splitlines(keepends=True)
    fixed = path.read_bytes().decode("utf-8").splitlines(keepends=True)
    assert len(fixed) == len(lines)
    for number, (before, after) in enumerate(zip(lines, fixed, strict=True), start=1):
        if number in kept or WRONG not in before:
            assert after == before
        else:
            assert after == before.replace(WRONG, RIGHT)
    assert "Fixed 1 problem in 1 file." in result.stdout.decode()
