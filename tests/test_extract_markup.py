"""Anchors inside wiki markup open no window; the dates beside that markup are all read."""

from __future__ import annotations

from typing import Any

import pytest

from julian_gregorian import extract
from julian_gregorian.text import ExtractStats
from julian_gregorian.text._locate.anchors import find_anchors
from julian_gregorian.text._locate.markup import in_markup, markup_end, outside_markup
from test_markup_judgment import _reference_markup_end


@pytest.mark.parametrize(
    "markup",
    [
        "[https://example.org/2020/05/14/page the page]",
        "<ref>{{cite web |url=//example.org/1731/2 |title=A list}}</ref>",
        "[[File:Map 1731/2 (12 provinces).png|thumb|A map]]",
        '{| class="wikitable" style="width:1/2"\n|-\n| style="text-align:center" | x\n|}',
        '<span style="font-style:italic">x</span>',
        '<ref name="Smith 1731/2 (3 vols)">x</ref>',
        "{{cite journal |doi=10.1086/596476 |pmc=2908388}}",
        "{{Navbox |titlestyle = background:#ddd |list_style = text-align:left;width:1/2}}",
        'the weights are <math>(2/3)</math> and <math display="block">(1/3)</math>',
        "{{cite journal |pages=1714–15 |issue=1/2 |pp=10/11}}",
        "{{cite web |url=http://www.gwu.edu/~nsarchiv/NSAEBB/NSAEBB97/ |title=x}}",
        '<ref name="NSC 1731/2"/>',
    ],
)
def test_markup_opens_no_window(markup: str) -> None:
    assert find_anchors(markup), "the example must hold an anchor to drop"
    stats = ExtractStats()
    assert extract(markup, wikitext=True, stats=stats) == []
    assert (stats.anchors, stats.windows) == (0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[https://example.org/2020/05/ page] On 5 March [O.S. 22 February] 1731 he sailed.",
            "5 March [O.S. 22 February] 1731",
        ),
        (
            '| style="width:50%" | 11/22 June 1727 || x',
            "11/22 June 1727",
        ),
        (
            "[[File:Peter.jpg|thumb|Peter, born 9 June (30 May) 1672]]",
            "9 June (30 May) 1672",
        ),
        (
            "<math>x/2</math> On 11/22 June 1727 he sailed.",
            "11/22 June 1727",
        ),
        (
            "<math/> On 11/22 June 1727 he sailed.",
            "11/22 June 1727",
        ),
        (
            "[http://example.org/wiki/Old_Style 5 March 1731 O.S.]",
            "5 March 1731 O.S.",
        ),
    ],
)
def test_dates_beside_markup_are_read(text: str, expected: str) -> None:
    assert [item.text for item in extract(text, wikitext=True)] == [expected]


def test_a_link_to_a_calendar_article_stays_an_anchor() -> None:
    text = "[[Julian calendar|Old Style]]"
    assert [in_markup(text, anchor) for anchor in find_anchors(text)] == [False] * len(
        find_anchors(text)
    )


def test_the_plain_text_reader_keeps_every_anchor() -> None:
    # The filter is for wikitext: plain text has no such markup to skip.
    text = "https://example.org/1731/2"
    stats = ExtractStats()
    extract(text, wikitext=False, stats=stats)
    assert stats.anchors == len(find_anchors(text))


def test_anchors_outside_markup_are_kept_in_order() -> None:
    text = "<ref name=a/> 1749/50 and [http://x.org/1/2 y] 1750/1"
    kept = outside_markup(text, find_anchors(text))
    assert [text[anchor - 4 : anchor + 2] for anchor in kept] == ["1749/5", "1750/1"]


#: URLs whose slashes before digits are anchors: an archive's, one past the reach of
#: markup, one that holds another's ``//`` (judged by that one on), one with a ``//`` that
#: begins no URL, one with an ``(O.S.)``, runs of them with and without gaps.
_URLS = (
    "[https://web.archive.org/web/20190101000000/http://example.org/2019/05/14/x page] "
    + "{{cite web |url=https://example.org/"
    + "a" * 120
    + "/1731/2/3/"
    + "b" * 200
    + "/4/5/6 |date=5 March 1731 (O.S.)}} "
    + "see x.org/1/2//3/4 and [http://x.org/1/2/3/(O.S.)/4/5 5 March 1731 (O.S.)]\n"
    + " ".join(f"http://x.org/{'/'.join(['12'] * n)}" for n in range(1, 30))
    + " 5 March 1731 (O.S.) [http://x.org/1/"
    + "c" * 100
    + "/2/"
    + "d" * 100
    + "/3 x]"
)


def test_the_anchors_a_url_passes_over_are_all_in_markup() -> None:
    anchors = find_anchors(_URLS)
    stretches = 0
    for anchor in anchors:
        end = markup_end(_URLS, anchor)
        assert bool(end) == in_markup(_URLS, anchor)
        if end > anchor + 1:
            assert end > anchor
            inside = [later for later in anchors if anchor < later < end]
            stretches += bool(inside)
            assert all(in_markup(_URLS, later) for later in inside)
    assert stretches > 10


def test_the_anchors_of_a_url_passed_over_at_once_leave_the_reading_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from julian_gregorian.text import _extract

    text = (_URLS + "\n\n") * 3
    passed = []
    past_markup = _extract._past_markup

    def counted(*arguments: Any) -> tuple[int, int, int]:
        after = past_markup(*arguments)
        passed.append(after[0] - arguments[2])
        return after

    monkeypatch.setattr(_extract, "_past_markup", counted)
    stats = ExtractStats()
    items = extract(text, wikitext=True, stats=stats)
    assert len(items) == 9
    assert sum(passed) > 30  # (the stretches were passed over at once)

    # (each anchor read on its own, as before the stretches were passed over at once)
    def none_passed(*arguments: Any) -> tuple[int, int, int]:
        _, _, index, _, run, asked = arguments
        return index, run, asked

    monkeypatch.setattr(_extract, "_past_markup", none_passed)
    alone = ExtractStats()
    assert extract(text, wikitext=True, stats=alone) == items
    assert [getattr(alone, name) for name in ExtractStats.__slots__] == [
        getattr(stats, name) for name in ExtractStats.__slots__
    ]


@pytest.mark.parametrize(
    "text",
    [
        '{| style="width:1/2"',
        "| bodystyle = font-size:1/2",
        '<span STYLE="x">',
        "[https://x.org/?style=1/2/3 a list]",
        "* 5 March 1731 (new style= O.S.)",
    ],
)
def test_a_style_attribute_is_told_at_once_as_the_tests_after_it_tell_it(text: str) -> None:
    # The name "style=" is judged before the tag, the formula and the attribute tests;
    # what they give, an offset past the anchor (the URL's end where one holds it), is
    # what it gives.
    anchor = text.lower().index("yle")
    end = markup_end(text, anchor)
    assert end > anchor
    if "https" in text:
        assert end == text.index(" a list")
    else:
        assert end == anchor + 1


@pytest.mark.parametrize(
    "text",
    [
        "{| ſtyle=1/2 | 5 March 1731 (O.S.)",  # a long s, which an ignored case folds to s
        "new ſtyle= 5 March 1731",
        '{| style="width:1/2" |',
        "| titleStyle =1/2",
        "sTyLe=1/2",
        "xstyle\t=1/2",
        "style  =1/2",
        "style",
    ],
)
def test_the_style_name_told_at_once_is_what_the_later_tests_tell(text: str) -> None:
    anchors = [at for at in range(len(text)) if text.startswith("y", at)]
    assert [markup_end(text, anchor) for anchor in anchors] == [
        _reference_markup_end(text, anchor) for anchor in anchors
    ]
