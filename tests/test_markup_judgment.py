"""``markup_end``, its tests written out in one function and the cheapest that decides
first, judges every place as the judgment it replaced did: that one is kept here, as it
was, and both are asked of every position of real wikitext and of random markup."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from julian_gregorian.dumps import read_pages
from julian_gregorian.text._locate import markup
from julian_gregorian.text._locate.markup import markup_end

SAMPLE = Path(__file__).resolve().parent / "data" / "enwiki-sample-pages-articles.xml.bz2"


# The judgment as it was (main at f0aedec), helper for helper.

#: A URL as it was, its end told by ``\s``: written out here, not ``markup._URL``, so
#: that the reference stays as it was when the module's pattern changes.
_OLD_URL = re.compile(r"//[^\s\[\]<>{}|\"']*")


def _url_reach(text: str, low: int, anchor: int) -> int:
    slashes = text.rfind("//", low, anchor + 1)
    if slashes == -1 or (slashes > 0 and text[slashes - 1] not in markup._BEFORE_URL):
        return 0
    url = _OLD_URL.match(text, slashes)
    end = 0 if url is None else url.end()
    if end <= anchor:
        return 0
    following = text.find("//", slashes + 1, end)
    return min(end, slashes + markup.REACH + 1, end if following == -1 else following + 1)


def _in_math(text: str, low: int, anchor: int) -> bool:
    opening = text.rfind(markup._MATH, low, anchor)
    if opening == -1 or text.find(markup._MATH_END, opening, anchor) != -1:
        return False
    tag = markup._TAG.match(text, opening)
    return tag is not None and tag.end() <= anchor and not tag.group().endswith("/>")


def _in_other_markup(text: str, low: int, anchor: int) -> bool:
    if text[anchor] in markup._WORD_ANCHORS:
        return False
    if _in_math(text, low, anchor):
        return True
    if text[anchor] in markup._PUNCTUATION_ANCHORS and markup._inside(
        text, "[[", markup._LINK_TARGET, low, anchor
    ):
        return True
    tail = markup._NAME_TAIL.match(text, anchor)
    if tail is not None and markup._is_attribute_name(markup._name_before(text, tail.end() - 1)):
        return True
    equals = text.rfind("=", low, anchor)
    if equals != -1:
        value = markup._VALUE.match(text, equals + 1)
        if value is not None and value.end() > anchor:
            return markup._is_attribute_name(markup._name_before(text, equals))
    return False


def _reference_markup_end(text: str, anchor: int) -> int:
    low = max(0, anchor - markup.REACH)
    url = _url_reach(text, low, anchor)
    if url:
        return url
    if markup._inside(text, "<", markup._TAG, low, anchor):
        return anchor + 1
    return anchor + 1 if _in_other_markup(text, low, anchor) else 0


def _disagreements(text: str, positions: range | list[int]) -> list[tuple[int, int, int]]:
    return [
        (at, markup_end(text, at), _reference_markup_end(text, at))
        for at in positions
        if markup_end(text, at) != _reference_markup_end(text, at)
    ]


#: Where a judgment ends: in prose (0), at the anchor's next character (markup but a
#: URL), or where the given part of the text begins (the end of a URL).
_PROSE, _NEXT = 0, 1


@pytest.mark.parametrize(
    ("text", "part", "expected"),
    [
        ('{| style="width:1/2" |', "yle", _NEXT),  # an attribute's name, by its fast path
        ('{| Style ="width:1/2" |', "yle", _NEXT),  # ... and by its walk back (capital S)
        ('{| bodystyle="x" |', "yle", _NEXT),
        ("{{Navbox |titlestyle = background:#ddd}}", "yle", _NEXT),
        ("her style = plain", "yle", _NEXT),  # "style =" names one, even in prose
        ("in the style of 1731/2", "/2", _PROSE),
        ("{{cite web |url=http://x.org/1731/2 |title=y}}", "/2", " |title"),
        ("see a//1731/2 for", "/2", _PROSE),  # no URL's // after a letter
        ('<ref name="NSC 1731/2"/>', "/2", _NEXT),
        ("<math>(2/3)</math> and (2/3).", "/3)<", _NEXT),
        ("<math>(2/3)</math> and (2/3).", "/3).", _PROSE),
        ("[[File:Map 1731/2.png|thumb|5 March 1731 (O.S.)]]", "/2", _NEXT),
        ("[[File:Map 1731/2.png|thumb|5 March 1731 (O.S.)]]", "(O", _PROSE),
        ("{{x |date=5 March 1731/2 |pages=1714–15}}", "/2", _PROSE),
        ("{{x |pages=1714/15}}", "/15", _NEXT),
    ],
)
def test_golden_judgments(text: str, part: str, expected: int | str) -> None:
    anchor = text.index(part)
    if isinstance(expected, str):
        end = text.index(expected)
    else:
        end = anchor + 1 if expected == _NEXT else 0
    assert markup_end(text, anchor) == end
    assert _reference_markup_end(text, anchor) == end


def test_every_position_of_the_real_sample_is_judged_as_before() -> None:
    pages = [page.text for page in read_pages(SAMPLE)]
    rng = random.Random(10)
    for text in pages:
        # every position of markup's usual characters, a sample of the rest
        marked = [at for at, char in enumerate(text) if char in "/([yJGSjt1.="]
        positions = sorted(set(marked[:: max(1, len(marked) // 3000)]))
        positions += rng.sample(range(len(text)), min(len(text), 300))
        assert _disagreements(text, positions) == []


#: Pieces of wikitext and of prose that bring each test of the judgment into play,
#: joined at random.
_PIECES = (
    "//",
    "https://",
    "http://x.org/",
    "[http://",
    " //",
    "a//",
    "=//",
    "/",
    "/1731/",
    "2019/05",
    "<",
    ">",
    "<ref>",
    '<ref name="',
    "/>",
    "<math>",
    '<math display="block">',
    "</math>",
    "<math/>",
    "[[",
    "]]",
    "|",
    "[[File:",
    "style",
    "Style",
    "bodystyle",
    "style =",
    "style=",
    "le=",
    "class=",
    " =",
    "=",
    '"',
    "'",
    "url=",
    "pages=",
    "1714–15",
    "(",
    ")",
    "[",
    "O.S.",
    "Julian",
    "Gregorian",
    " ",
    "\t",
    "\n",
    "x",
    "word",
    "é",
    "-",
    "_",
    "{{",
    "}}",
    "{|",
    "5 March 1731",
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=80))
def test_random_markup_is_judged_as_before(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _disagreements(text, range(len(text))) == []


def test_the_reach_bounds_both_alike() -> None:
    # markup opened more than REACH characters before the anchor, and just within it
    for gap in (markup.REACH - 12, markup.REACH - 11, markup.REACH - 10, markup.REACH + 5):
        for opening in ("http://x.org/", '<ref name="', "[[File:", "<math>", "style=", "url="):
            text = opening + "a" * gap + "1731/2 (5 x"
            assert _disagreements(text, range(len(text))) == []


def test_the_spaces_spelled_out_are_pythons() -> None:
    every = "".join(map(chr, range(0x110000)))
    spelled = re.findall(f"[{markup.SPACES}]", every)
    assert spelled == re.findall(r"\s", every) == [char for char in every if char.isspace()]


def test_a_url_holds_the_characters_it_did() -> None:
    every = "".join(map(chr, range(0x110000)))
    body, old_body = (
        pattern.pattern.removeprefix("//").removesuffix("*") for pattern in (markup._URL, _OLD_URL)
    )
    assert re.findall(body, every) == re.findall(old_body, every)
