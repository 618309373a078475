"""Text an editor must not change: findings there are warnings at most, with no fix."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from julian_gregorian.checks import check
from julian_gregorian.checks._safe_scope import (
    COMMENT,
    Protected,
    SafeScope,
    _covering,
    bots_denied,
    protected_spans,
)

PAIR = "buried on 2 January [O.S. 21 December] 1917"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (f'Pares wrote: "he was {PAIR}".', "inside a quotation"),
        (f"Pares wrote: “he was {PAIR}”.", "inside a quotation"),
        (f"Pares wrote: „he was {PAIR}“.", "inside a quotation"),
        (f"Pares wrote: «he was {PAIR}».", "inside a quotation"),
        (f"<blockquote>He was {PAIR}.</blockquote>", "inside a quotation"),
        (f"<p>Pares: <q>he was {PAIR}</q>.</p>", "inside a quotation"),
        (f"<p><cite>Rasputin, {PAIR}</cite> (1939)</p>", "inside the title of a cited work"),
        (f"<script>// he was {PAIR}\n</script>", "inside <script>"),
        (f"<style>/* he was {PAIR} */</style>", "inside <style>"),
        (f"{{{{quote|He was {PAIR}.|Pares}}}}", "inside a quotation"),
        (f"{{{{Blockquote|text=He was {PAIR}.}}}}", "inside a quotation"),
        (f"{{{{cquote|He was {PAIR}.}}}}", "inside a quotation"),
        (f"<ref>{{{{cite book|last=Pares|quote=He was {PAIR}.}}}}</ref>", "inside a quotation"),
        (
            f"<ref>{{{{cite book|title=Rasputin, {PAIR}|year=1939}}}}</ref>",
            "inside the title of a cited work",
        ),
        (
            f"<ref>{{{{cite book|chapter=[[Rasputin]] {PAIR}|year=1939}}}}</ref>",
            "inside the title of a cited work",
        ),
        (
            f"<ref>{{{{cite web|trans-title=He was {PAIR}|url=x}}}}</ref>",
            "inside the title of a cited work",
        ),
        (f"<!-- He was {PAIR}. -->", "inside an HTML comment"),
        (f"<nowiki>He was {PAIR}.</nowiki>", "inside <nowiki>"),
        (f"<pre>He was {PAIR}.</pre>", "inside <pre>"),
        (f"<code>He was {PAIR}.</code>", "inside <code>"),
        (
            f'<syntaxhighlight lang="text">He was {PAIR}.</syntaxhighlight>',
            "inside <syntaxhighlight>",
        ),
        (f"<math>\\text{{He was {PAIR}}}</math>", "inside <math>"),
        (f"He was {{{{sic|{PAIR}}}}}.", "inside {{sic}}"),
        (f"In Markdown: `{PAIR}`.", "inside code"),
    ],
)
def test_protected_text_is_read_warned_about_and_never_fixed(text: str, reason: str) -> None:
    (finding,) = check(text, wikitext=True)
    assert finding.code == "JG101"
    assert finding.severity == "warning"
    assert finding.message.startswith(f"{reason}: not changed; O.S. 21 December 1916 is ")
    assert finding.fix is None


@pytest.mark.parametrize("wikitext", [True, False, None])
def test_a_closed_source_element_is_code_in_any_text(wikitext: bool | None) -> None:
    # (outside wikitext a <source> is HTML's, which has no closing tag: one closed by
    # </source> is code all the same, as in wikitext)
    (finding,) = check(f'<source lang="text">He was {PAIR}.</source>\n', wikitext=wikitext)
    assert (finding.severity, finding.fix) == ("warning", None)
    assert finding.message.startswith("inside <source>: not changed")


def test_html_source_elements_protect_nothing_after_them() -> None:
    text = f'<video>\n<source src="a.mp4">\n<source src="b.webm">\n</video>\nHe was {PAIR}.\n'
    (finding,) = check(text, wikitext=False)
    assert (finding.severity, finding.fix is not None) == ("error", True)


def test_the_same_pair_outside_protected_text_is_an_error_with_a_fix() -> None:
    text = f'<ref>{{{{cite book|title=Rasputin|quote=none}}}}</ref> He was {PAIR}. "Quoted" end.'
    (finding,) = check(text, wikitext=True)
    assert (finding.severity, finding.message.startswith("O.S."), finding.fix is not None) == (
        "error",
        True,
        True,
    )


def test_information_stays_information_inside_a_quotation() -> None:
    (finding,) = check('He wrote: "landfall on 12 October [21 October N.S.] 1492".')
    assert (finding.code, finding.severity) == ("JG402", "info")
    assert finding.message.startswith("inside a quotation: not changed; ")


@pytest.mark.parametrize(
    "template",
    [
        "{{nobots}}",
        "{{Nobots|reason=featured}}",
        "{{bots|deny=all}}",
        "{{bots|deny=SineBot, julian-gregorian}}",
        "{{bots|allow=none}}",
        "{{bots|allow=SineBot}}",
    ],
)
def test_pages_that_deny_bots_are_recognised(template: str) -> None:
    assert bots_denied(f"Intro.\n{template}\nHe was {PAIR}.") == template


@pytest.mark.parametrize(
    "text", ["{{bots|deny=SineBot}}", "{{bots|allow=all}}", "{{bots}}", "no template", "{{bot}}"]
)
def test_pages_that_allow_bots_are_recognised(text: str) -> None:
    assert bots_denied(text) is None


def test_tags_that_only_begin_like_a_protecting_one_protect_nothing() -> None:
    for text in (f"<quote>He was {PAIR}.</quote>", f"<citation>He was {PAIR}.</citation>"):
        (finding,) = check(text, wikitext=True)
        assert (finding.severity, finding.fix is not None) == ("error", True)


@pytest.mark.parametrize(
    "text",
    [
        f"In HTML, use the `<q>` element.\n\nHe was {PAIR}.",
        f"Quote with `<cite>` or `<pre>`.\n\nHe was {PAIR}.",
        f"```\n<script>\n```\n\nHe was {PAIR}.",
        f"An unclosed <q> mentioned.\n\nHe was {PAIR}.",
        f"An unclosed <pre> mentioned.\n\nHe was {PAIR}.",
        f"An unclosed <q> here.\n\nHe was {PAIR}.\n\nAnd <q>a real one</q>.",
    ],
)
def test_a_tag_in_markdown_code_or_left_open_protects_no_later_paragraph(text: str) -> None:
    (finding,) = check(text)
    assert (finding.severity, finding.fix is not None) == ("error", True)


@pytest.mark.parametrize("tag", ["q", "cite", "code"])
def test_a_closed_inline_element_protects_its_paragraphs_to_its_closing_tag(tag: str) -> None:
    (finding,) = check(f"<p>He wrote: <{tag}>A long quote.\n\nHe was {PAIR}.</{tag}></p>")
    assert (finding.severity, finding.fix) == ("warning", None)


def test_a_tag_left_open_protects_its_own_paragraph_at_most() -> None:
    (finding,) = check(f"<pre>He was {PAIR}.\n\nAfter it.")
    assert (finding.severity, finding.fix) == ("warning", None)
    closed = f"<pre>Before.\n\nHe was {PAIR}.\n</pre>"
    (finding,) = check(closed)
    assert (finding.severity, finding.fix) == ("warning", None)


def test_a_self_closing_nowiki_protects_nothing() -> None:
    (finding,) = check(f"[<nowiki />O.S.]: 1917 He was {PAIR}.", wikitext=True)
    assert (finding.severity, finding.fix is not None) == ("error", True)


def test_a_change_may_begin_where_a_protected_span_ends() -> None:
    text = 'He wrote "2 January" then.'
    quote = next(span for span in protected_spans(text) if text[span.start] == '"')
    scope = SafeScope(text)
    assert scope.reason(quote.end, quote.end + 5) is None
    assert scope.reason(quote.end - 1, quote.end + 5) == quote.reason


def test_a_quoted_value_ends_at_its_own_bar_after_a_nested_template() -> None:
    text = "{{cite web|quote=a {{lang|ru|b}} c|date=x}} after"
    quotes = [text[span.start : span.end] for span in protected_spans(text)]
    assert quotes == ["a {{lang|ru|b}} c"]


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        ("a [[Link|b]] {{x|{{y}}}} c|next", "a [[Link|b]] {{x|{{y}}}} c"),
        ("a {{{b}}} c}} after", "a {{{b}}} c"),  # a parameter's braces: a pair, then one
        ("runs to the end {{unclosed", "runs to the end {{unclosed"),
        ("ends at ]] a stray close", "ends at "),
    ],
)
def test_a_protected_value_ends_where_its_nesting_closes(value: str, kept: str) -> None:
    text = "{{cite book|title=" + value
    (span,) = protected_spans(text)
    assert text[span.start : span.end] == kept


@pytest.mark.parametrize(
    "opening",
    ["{{Quote", "{{ quote box", "{{_Quote_frame", "{{ \tRQUOTE", "{{Quotation", "{{SIC"],
)
def test_quoting_templates_are_found_however_their_names_are_written(opening: str) -> None:
    text = f"Before. {opening}|He was {PAIR}.}}}} After."
    (span,) = protected_spans(text)
    assert text[span.start :].startswith(opening)
    assert span.reason in ("inside a quotation", "inside {{sic}}")


def test_an_offset_in_nested_or_overlapping_code_spans_is_found_by_bisection() -> None:
    # (a tag inside Markdown code is none: each tag looks its code span up by bisection)
    spans = [
        Protected(start, end, "inside code")
        for start, end in [(5, 40), (10, 12), (30, 50), (60, 61)]
    ]
    covered = _covering(spans)
    expected = [o for o in range(70) if any(s.start <= o < s.end for s in spans)]
    assert [o for o in range(70) if covered(o)] == expected
    assert not _covering([])(0)


def _first_reason(spans: list[Protected], start: int, end: int, comments: bool) -> str | None:
    """Why ``[start, end)`` is protected, read from every span in the order of
    ``protected_spans`` (what ``SafeScope.reason`` answered before it looked for the
    quotations in marks in a finding's lines only)."""
    for span in spans:
        if span.start < end and span.end > start and (comments or span.reason != COMMENT):
            return span.reason
    return None


_MARKUP = [
    *'"“”„«»`',
    "\n",
    "\n\n",
    " a ",
    "1917",
    "{{quote|",
    "{{sic|",
    "{{cite web",
    "}}",
    "|title=",
    '|title="',
    "|quote=",
    "|",
    "[[",
    "]]",
    "<q>",
    "</q>",
    "<cite>",
    "</cite>",
    "<pre>",
    "</pre>",
    "<!--",
    "-->",
    "```",
]


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(_MARKUP), max_size=40),
    markdown=st.booleans(),
    wikitext=st.booleans(),
    comments=st.booleans(),
    order=st.randoms(use_true_random=False),
)
def test_the_reason_is_that_of_the_first_protected_span_with_the_quotations_looked_for_late(
    pieces: list[str], markdown: bool, wikitext: bool, comments: bool, order: random.Random
) -> None:
    text = "".join(pieces)
    spans = protected_spans(text, markdown=markdown, wikitext=wikitext)
    asked = [(start, start + width) for start in range(len(text) + 1) for width in (0, 1, 4, 9, 30)]
    # Asked in text order, then in any: a line's quotations are searched as far as the
    # findings on it ask, once, and kept.
    for questions in (asked, order.sample(asked, len(asked))):
        scope = SafeScope(text, markdown=markdown, wikitext=wikitext)
        for start, end in questions:
            expected = _first_reason(spans, start, end, comments)
            assert scope.reason(start, end, comments=comments) == expected, (start, end)


def test_a_finding_past_a_long_span_and_many_short_ones_gets_the_first_reason() -> None:
    # (the spans that end before a finding are not walked: the first that ends after it
    # is found by bisection, a comment among them or not)
    text = f"<!-- {'x' * 500} -->\n" + " ".join(f"`c{i}` {PAIR} <q>{i}</q>" for i in range(40))
    spans = protected_spans(text)
    scope = SafeScope(text)
    for start in range(0, len(text), 7):
        for comments in (True, False):
            expected = _first_reason(spans, start, start + 3, comments)
            assert scope.reason(start, start + 3, comments=comments) == expected


def test_a_quotation_on_a_later_line_protects_a_finding_there() -> None:
    text = f'"An opening mark alone.\nPares wrote: "he was {PAIR}".'
    (finding,) = check(text)
    assert (finding.severity, finding.fix) == ("warning", None)
    assert finding.message.startswith("inside a quotation")


def test_a_quoted_title_is_a_quotation_where_the_two_spans_are_the_same() -> None:
    # (the parameter's value and the quotation marks' span tie: the marks' comes first)
    text = '{{cite web|title="Buried 2 January [O.S. 21 December] 1917"|date=x}}'
    scope = SafeScope(text, wikitext=True)
    start = text.index("Buried")
    assert scope.reason(start, start + 5) == "inside a quotation"
    value = text.index('"')
    assert [span.reason for span in protected_spans(text) if span.start == value] == [
        "inside a quotation",
        "inside the title of a cited work",
    ]
