"""Where wikitext is markup, not prose: the anchors found there open no window.

In real wikitext most anchors are no date's: the slashes of URLs
(``https://example.org/2020/05/page``) and of identifiers (``doi=10.1086/596476``), the
``style`` of ``style="…"`` attributes, the digits of file names and reference names.
Every one of them would open a window that is normalised and read for nothing.
:func:`outside_markup` drops them.

No date is written inside these stretches: a URL, the target of a link (what is
*shown*, after the ``|``, stays), the inside of an HTML tag, an attribute's name and
value, or a formula (``<math>(2/3)</math>``). Each anchor is judged from the few
characters before it, found by ``rfind`` within :data:`REACH` characters, so the work is
bounded per anchor and a text with no anchor costs nothing here.
"""

from __future__ import annotations

import re

#: How far before an anchor the markup holding it may begin.
REACH = 300
#: Python's white space (``\s``, what ``str.isspace`` takes), spelled out as ranges: the
#: regex engine tests such a class by a table, where ``\s`` in a negated class costs it
#: a call per character, and the end of a URL was found in twice the time (a test checks
#: the list against ``str.isspace``).
SPACES = r"\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
#: The body of a URL after its ``//``, up to what ends a URL in wikitext: white space,
#: a bracket, a brace, a pipe, a quotation mark.
_URL = re.compile(rf"//[^{SPACES}\[\]<>{{}}|\"']*")
#: What may stand before the ``//`` of a URL: its scheme's colon, a link's bracket, a
#: space or the start of an attribute or parameter value.
_BEFORE_URL = frozenset(":[ \t\n=\"'|(")
#: The target of a piped link: ``[[Old Style and New Style dates|`` or ``[[File:x.jpg|``.
_LINK_TARGET = re.compile(r"\[\[[^\[\]|\n]{0,255}\|")
#: The anchors that are punctuation, not words.
_PUNCTUATION_ANCHORS = frozenset("/([")
#: The first letters of the calendar words and abbreviations (``O.S.``, ``Julian``,
#: ``Gregorian``, ``ст. ст.``): taken as written in markup other than URLs and tags (a
#: link's target or a parameter's value may name a calendar). Every other anchor
#: (slashes, brackets, digits, the ``y`` of ``style``, the abbreviations of other
#: languages) is looked at.
_WORD_ANCHORS = frozenset("SJGс")
#: A formula's opening and closing tags: TeX, whose slashes and parentheses are no date's.
_MATH = "<math"
_MATH_END = "</math"
#: An HTML tag with its attributes (``<ref name="Smith 1731/2">``, ``<span style="…">``).
_TAG = re.compile(r"<[A-Za-z/][^<>\n]{0,500}>")
#: An attribute's or a parameter's value after its ``=``: quoted, or one word.
_VALUE = re.compile(r"[ \t]*(?:\"[^\"\n]{0,500}\"|'[^'\n]{0,500}'|[^\s|\"'<>\[\]{}]*)")
#: The rest of an attribute's name and its ``=`` (``le="`` after the anchor in ``style``).
_NAME_TAIL = re.compile(r"[\w-]{0,30}[ \t]?=")
#: Names whose values hold no date: HTML and wikitable attributes (``{| class="wikitable"
#: style="…"``, ``| style="width:50%" |``) and the identifiers of citations.
_NAMES = frozenset(
    (
        "style",
        "class",
        "width",
        "height",
        "align",
        "valign",
        "bgcolor",
        "colspan",
        "rowspan",
        "scope",
        "border",
        "cellpadding",
        "cellspacing",
        "id",
        "lang",
        "dir",
        "name",
        "doi",
        "isbn",
        "issn",
        "eissn",
        "pmid",
        "pmc",
        "oclc",
        "jstor",
        "bibcode",
        "arxiv",
        "hdl",
        "s2cid",
        "lccn",
        "ol",
        "url",
        "archive-url",
        "archiveurl",
        "chapter-url",
        "image",
        "file",
        "filename",
        # Citations' page and issue numbers: "pages=1714–15" is two pages, not a dual year.
        "page",
        "pages",
        "pp",
        "issue",
    )
)


def _name_before(text: str, equals: int) -> str:
    """The lower-case word just before the ``=`` at *equals* (one space allowed)."""
    end = equals
    if end > 0 and text[end - 1] in " \t":
        end -= 1
    start = end
    while start > 0 and end - start < 30 and (text[start - 1].isalnum() or text[start - 1] in "_-"):
        start -= 1
    return text[start:end].lower()


def _is_attribute_name(name: str) -> bool:
    # Infoboxes and navboxes style every part: titlestyle, list_style, bodystyle.
    return name in _NAMES or name.endswith("style")


def _names_attribute(text: str, equals: int) -> bool:
    """Whether the word just before the ``=`` at *equals* names an attribute (see
    :func:`_name_before`)."""
    end = equals - 1 if equals > 0 and text[equals - 1] in " \t" else equals
    # (``style=``, the commonest, without the walk back over its letters: the word
    # ends with these five, whatever comes before them)
    if end >= _STYLE_LENGTH and text.startswith("style", end - _STYLE_LENGTH, end):
        return True
    return _is_attribute_name(_name_before(text, equals))


_STYLE_LENGTH = len("style")


def _inside(text: str, opening: str, pattern: re.Pattern[str], low: int, anchor: int) -> bool:
    """Whether the last *opening* before *anchor* starts a *pattern* that holds it."""
    at = text.rfind(opening, low, anchor)
    if at == -1:
        return False
    found = pattern.match(text, at)
    return found is not None and found.end() > anchor


def _in_math(text: str, opening: int, anchor: int) -> bool:
    """Whether the anchor at *anchor* stands in the formula whose ``<math`` is at
    *opening*."""
    if text.find(_MATH_END, opening, anchor) != -1:
        return False
    tag = _TAG.match(text, opening)  # <math>, <math display="block">; not <math/>
    return tag is not None and tag.end() <= anchor and not tag.group().endswith("/>")


def in_markup(text: str, anchor: int) -> bool:
    """Whether the anchor at *anchor* stands inside a URL, a link's target, an HTML tag,
    an attribute or a formula.

    >>> text = '[https://x.org/1731/2 list] {| style="width:1/2" | 5 March 1731 (O.S.)'
    >>> [in_markup(text, text.index(part)) for part in ("/2 ", "yle", "/2\\"", "(O")]
    [True, True, True, False]
    """
    return markup_end(text, anchor) != 0


def markup_end(text: str, anchor: int) -> int:
    """0 where the anchor at *anchor* stands in prose (see :func:`in_markup`); where it
    stands in markup, an offset past it before which every anchor does too: the end of
    the URL that holds it, as far as its ``//`` tells (``anchor + 1`` elsewhere).

    The slashes of a URL before digits are anchors (``/2019/05/``, an archive's
    ``/web/20190101000000/``): the later ones of one URL are passed over together.

    >>> text = "See https://x.org/1731/2/3 and 5 March 1731 (O.S.)"
    >>> markup_end(text, text.index("/1731")) == text.index(" and")
    True
    >>> table = '{| style="width:1/2" |'
    >>> markup_end(table, table.index("yle")), markup_end(text, text.index("(O"))
    (6, 0)

    Asked of some 850 anchors per MB of real wikitext: its tests are written out here,
    each searched for within :data:`REACH` characters before the anchor, the cheapest
    that decides first.
    """
    low = anchor - REACH if anchor > REACH else 0
    # Even a calendar word is markup in a URL or a tag: /NSAEBB/, <ref name="NSC"/>.
    # A URL: the last ``//`` before the anchor, after what may stand before a URL's.
    slashes = text.rfind("//", low, anchor + 1)
    if slashes != -1 and (slashes == 0 or text[slashes - 1] in _BEFORE_URL):
        url = _URL.match(text, slashes)
        end = 0 if url is None else url.end()
        if end > anchor:
            # An anchor past the next ``//`` is judged by that one, one more than REACH
            # past these by none.
            following = text.find("//", slashes + 1, end)
            return min(end, slashes + REACH + 1, end if following == -1 else following + 1)
    char = text[anchor]
    if char not in _WORD_ANCHORS:
        # (an attribute's name first: ``style = x``, unquoted, whose ``y`` the pass
        # takes, ``[[File:x.jpg|width=1/2]]``)
        tail = _NAME_TAIL.match(text, anchor)
        if tail is not None and _names_attribute(text, tail.end() - 1):
            return anchor + 1
    if _inside(text, "<", _TAG, low, anchor):
        return anchor + 1
    return anchor + 1 if char not in _WORD_ANCHORS and _in_other_markup(text, low, anchor) else 0


def _in_other_markup(text: str, low: int, anchor: int) -> bool:
    """Whether the anchor at *anchor*, not a calendar word's, in no URL nor tag nor
    attribute's name, stands in a formula, a link's target or an attribute's value (see
    :func:`in_markup`)."""
    opening = text.rfind(_MATH, low, anchor)
    if opening != -1 and _in_math(text, opening, anchor):
        return True
    # A link to a calendar's article is a marker ("[[Old Style and New Style dates|NS]]")
    # and the window around its name reaches the date before it: only the slashes and
    # brackets of a target (file names, dates of events in titles) are dropped.
    if text[anchor] in _PUNCTUATION_ANCHORS and _inside(text, "[[", _LINK_TARGET, low, anchor):
        return True
    equals = text.rfind("=", low, anchor)
    if equals != -1:
        value = _VALUE.match(text, equals + 1)
        if value is not None and value.end() > anchor:
            return _names_attribute(text, equals)
    return False


def outside_markup(text: str, anchors: list[int]) -> list[int]:
    """The *anchors* of *text* that stand in prose, not inside markup.

    >>> from julian_gregorian.text._locate.anchors import find_anchors
    >>> text = "[[File:Map 1731/2.png|thumb|5 March 1731 (O.S.)]]"
    >>> [text[anchor - 2 : anchor + 2] for anchor in find_anchors(text)]
    ['31/2', 'O.S.']
    >>> [text[anchor - 2 : anchor + 2] for anchor in outside_markup(text, find_anchors(text))]
    ['O.S.']
    """
    return [anchor for anchor in anchors if not in_markup(text, anchor)]
