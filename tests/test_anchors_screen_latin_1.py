"""The screen of short texts reads a text of Latin-1 as its bytes, for its patterns
rewritten (latin_1_patterns): it must pass over the texts its UTF-8 scan passes over,
and never one that holds an anchor or a word."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.examples import examples
from julian_gregorian.text._locate import anchors, hyperscan_candidates
from julian_gregorian.text._locate.latin_1_patterns import (
    UnexpectedSyntaxError,
    latin_1_expression,
    latin_1_lead,
)
from test_anchors_hyperscan import _PIECES, _real_texts
from test_anchors_screen import _DAY, _screen, _words_as_python_finds_them

pytest.importorskip("hyperscan")  # in the dev extra: skipped only outside it


def _in_latin_1(text: str) -> str:
    """*text* with each character past Latin-1 replaced: by a hyphen where it is a dash,
    else by an accented letter."""
    return "".join(
        char if ord(char) <= 0xFF else "-" if char in "–—" else "\u00e9" for char in text
    )


def _as_utf_8(text: str) -> bool | None:
    """What the screen's scan of *text*'s UTF-8 says of it."""
    return _screen(_DAY)._words_in_utf_8(text)


def _few_past_ascii(text: str) -> bool:
    """Whether the UTF-8 scan of *text* looks for the leads (see _FEW_PAST_ASCII)."""
    extra = len(text.encode("utf-8")) - len(text)
    return extra * hyperscan_candidates._FEW_PAST_ASCII <= len(text)


def _assert_screened_as_it_should(text: str) -> None:
    held = _screen(_DAY).words_in(text)
    expected = _words_as_python_finds_them(text, _DAY)
    if expected is None:
        assert held is None, text[:200]  # (an anchor is never passed over)
    elif held is not None:
        assert held is expected, text[:200]
    if _few_past_ascii(text):  # (the same patterns, read as bytes or as UTF-8)
        assert held is _as_utf_8(text), text[:200]


def test_the_screen_has_a_database_for_text_of_latin_1() -> None:
    assert _screen(_DAY)._latin_1 is not None


def test_real_texts_in_latin_1_are_screened_as_their_utf_8() -> None:
    passed = anchored = 0
    for text in _real_texts():
        for latin in {text, _in_latin_1(text)}:
            if max(latin, default="a") > "\u00ff":
                continue
            _assert_screened_as_it_should(latin)
            held = _screen(_DAY).words_in(latin)
            passed += held is not None
            anchored += held is None
    assert passed > 50
    assert anchored > 300


@settings(max_examples=examples(400))
@given(
    st.lists(
        st.sampled_from(
            [
                *(piece for piece in _PIECES if max(piece) <= "\u00ff"),
                *("day", "da", "y", "[1", "1]", "[ Alte", "Nové", "[Nové 3", "Según", "S"),
                *("\u00a0", "\u0085", "\u00aa", "\u00b2", "\u00b5", "\u00df", "\u00ff"),
                *("\u00e9", "(3 ", "(il 3 ", "1700–", "O.\u00a0S.", "\u00c9", "x"),
            ]
        ),
        max_size=80,
    )
)
def test_random_texts_of_latin_1_are_screened_as_their_utf_8(pieces: list[str]) -> None:
    _assert_screened_as_it_should(_in_latin_1("".join(pieces)))


def test_a_text_past_latin_1_is_scanned_as_utf_8(monkeypatch: pytest.MonkeyPatch) -> None:
    screen = _screen(_DAY)

    class Refused:
        def scan(self, *_: object) -> None:
            raise AssertionError("scanned as Latin-1")

    monkeypatch.setattr(screen, "_latin_1", Refused())
    assert screen.words_in("a day \u2013 no date " * 20) is True
    assert screen.words_in("no date \u2013 here " * 20) is False


def test_without_its_latin_1_database_the_screen_scans_utf_8(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def unexpected(_: str) -> str:
        raise UnexpectedSyntaxError("written otherwise")

    hyperscan = pytest.importorskip("hyperscan")
    monkeypatch.setattr(hyperscan_candidates, "latin_1_expression", unexpected)
    screen = hyperscan_candidates.Screen(
        hyperscan, anchors._SCREENED, _DAY, anchors._screen_leads()
    )
    assert screen._latin_1 is None
    assert screen.words_in("caf\u00e9 of the day " * 20) is True
    assert screen.words_in("caf\u00e9 on 9 June [O.S. 30 May] 1672") is None


@pytest.mark.parametrize(
    ("expression", "rewritten"),
    [
        ("day", "day"),
        (r"\x{64}\x{e9}", r"d\xe9"),
        (r"\x{441}x", None),  # a character past Latin-1: no match
        (r"(?:\x{441}|x)y", "(?:x)y"),  # the alternative without it
        (r"x(?:\x{441}){0,1}y", "xy"),  # repeated no time
        (r"x(?:\x{441}){1,}y", None),
        (r"[\x{30}-\x{39}\x{660}-\x{10ffff}]", r"[\x30-\x39]"),
        (r"[^\x{2e}\x{3000}]", r"[^\x2e]"),
        (r"[\x{3000}]", None),  # a class of none of its characters
        (r"[^\n]x", r"[^\x0a]x"),
        (r"(?:^|[\x{0}-\x{2f}])S", r"(?:^|[\x00-\x2f])S"),
        (r"[aA\x{80}-\x{10ffff}]", r"[\x41\x61\x80-\xff]"),
    ],
)
def test_a_pattern_of_code_points_rewritten_for_latin_1(
    expression: str, rewritten: str | None
) -> None:
    assert latin_1_expression(expression) == rewritten


@pytest.mark.parametrize("expression", [r"\d", "x+", "(?=x)", r"\x{zz}", "(?:x", "x)", "{1,2}"])
def test_a_pattern_written_otherwise_is_refused(expression: str) -> None:
    with pytest.raises(UnexpectedSyntaxError):
        latin_1_expression(expression)


@pytest.mark.parametrize(
    ("lead", "rewritten"),
    [
        (
            rb"\x5b\x20?\x41\x6c\x74\x65[^\x5b\x5d0-9]*[0-9]",
            r"\x5b\x20?\x41\x6c\x74\x65[^\x30-\x39\x5b\x5d]*[\x30-\x39]",
        ),
        (rb"\x5b\xc3\xa9", r"\x5b\xe9"),  # a character of two bytes: one
        (rb"\x5b\xd0\xbd", None),  # past Latin-1
    ],
)
def test_a_lead_of_utf_8_bytes_rewritten_for_latin_1(lead: bytes, rewritten: str | None) -> None:
    assert latin_1_lead(lead) == rewritten


@pytest.mark.parametrize(
    "lead",
    [
        rb"\x5b\xd0\xbd?\x78",  # the repeat reads the last byte of the character only
        rb"\x5b\xc3\xa9*",
        rb"\x5b[^\x5d][^\x5d]\x78",  # two bytes, where text of Latin-1 has one character
        rb"\x5b[^\x5d]?[^\x5d]\x78",
    ],
)
def test_a_lead_whose_bytes_latin_1_would_read_otherwise_is_refused(lead: bytes) -> None:
    with pytest.raises(UnexpectedSyntaxError):
        latin_1_lead(lead)


def test_a_negated_class_of_characters_past_latin_1_only_is_any_character() -> None:
    # "[^]" would be read by Hyperscan as a class running on to the next "]".
    assert latin_1_expression(r"[^\x{2013}]x[ab]") == r"[\x00-\xff]x[\x61\x62]"


@pytest.mark.parametrize(
    "lead",
    [
        rb"\x5b\xc3?\xa9",  # a repeat inside a character
        rb"\x5b\xc3",  # a character cut short
        rb"\x5b[\xc3-\xc4]",  # a class of bytes past ASCII
        rb"?x",  # a repeat of nothing
        rb"\x78??",  # repeated twice
        rb"\x5b(?:x)",  # a group
        rb"\xff\xff\xff\xff",  # not UTF-8
    ],
)
def test_a_lead_written_otherwise_is_refused(lead: bytes) -> None:
    with pytest.raises(UnexpectedSyntaxError):
        latin_1_lead(lead)


@pytest.mark.parametrize("extra", [31, 32, 33, 34])
@pytest.mark.parametrize(
    "bracket",
    ["[Nové 3", "[ Alte", "[O.S. 30 May]", "[1 May] 1700", "[3 ", "[ 30 ], 1826", "["],
)
def test_a_lead_with_as_many_bytes_past_ascii_as_the_widened_stretch_takes(
    extra: int, bracket: str
) -> None:
    # Up to _MOST_WIDENED bytes past one a character the stretch a lead's pass is tried
    # over is widened, past them its end counted in characters: both sides of that bound,
    # the wide characters before the bracket, after it, or on both sides of it.
    assert hyperscan_candidates._MOST_WIDENED == 32
    wide = "\u0101" * extra  # (two bytes each)
    for text in (
        f"{wide} 9 June {bracket} the day",
        f"9 June {bracket} the day {wide}",
        f"{wide[:5]} 9 June {bracket}{wide[5:]} 1672",
        f"{wide}{bracket}",
    ):
        _assert_screened_as_it_should(text)
