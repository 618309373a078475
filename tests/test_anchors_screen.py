"""The screen of short texts: one forward Hyperscan scan that matches wherever a pass may,
so that a text it passes over holds no anchor."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.examples import examples
from julian_gregorian.dumps import read_pages
from julian_gregorian.text._locate import anchors, hyperscan_candidates
from julian_gregorian.text._vocabulary import markers
from test_anchors_hyperscan import _PIECES, SAMPLE, _real_texts

pytest.importorskip("hyperscan")  # in the dev extra: skipped only outside it


def _screen(words: tuple[str, ...] = ()) -> hyperscan_candidates.Screen:
    """The screen of short texts (looking for *words* as well), its scanner and it built."""
    assert hyperscan_candidates.scanner(anchors._WIKITEXT_CANDIDATES, 1 << 40) is not None
    screen = hyperscan_candidates.screen(
        anchors._WIKITEXT_CANDIDATES, anchors._SCREENED, 1 << 40, words, anchors._screen_leads
    )
    assert screen is not None
    return screen


def _anchors_without_hyperscan(text: str) -> list[int]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(hyperscan_candidates.DISABLE_VARIABLE, "1")
        return anchors.find_anchors(text)


def _phrase_texts() -> Iterator[str]:
    """Every marker phrase of every language record, as it stands and around the passes'
    other anchors."""
    for phrase, _, _ in markers.PHRASES:
        for variant in markers.phrase_variants(phrase):
            yield variant
            yield f"({variant})"
            yield f"[{variant} 3]"
            yield f"x{variant}y"


def test_the_screen_matches_wherever_a_pass_finds_an_anchor() -> None:
    screen = _screen()
    screened = anchored = 0
    for text in [*_real_texts(), *_phrase_texts()]:
        if _anchors_without_hyperscan(text):
            anchored += 1
            assert not screen.holds_none(text), text[:200]
        else:
            screened += screen.holds_none(text)
    assert anchored > 1000
    assert screened > 50


@pytest.mark.parametrize(
    "text",
    [
        "O. Sam",  # the S of "O. S" at the start of the text: a word begins there
        "x O. Sam",
        "(5 Mar)",  # a day number and a month, for the parenthesis's pass
        "(il 3 maggio)",
        "[12 March]",
        "1714–15",
        "11/23",
        "{{СС|1|2}}",
    ],
)
@pytest.mark.parametrize("padding", ["at the start", "at the end"])
def test_crafted_anchors_are_screened_in(
    text: str, padding: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _anchors_without_hyperscan(text)
    assert not _screen().holds_none(text)
    # Padded past the length below which short texts skip the screen, the anchor at the
    # text's very start or end, with the scanner and the screen built at once.
    padded = text + " x" * 150 if padding == "at the start" else "x " * 150 + text
    assert len(padded) > anchors._TINY
    monkeypatch.setattr(hyperscan_candidates, "WORTH_BUILDING", 0)
    monkeypatch.setattr(hyperscan_candidates, "SCREEN_WORTH_BUILDING", 0)
    assert anchors.find_anchors(padded) == _anchors_without_hyperscan(padded) != []


@settings(max_examples=examples(300))
@given(st.lists(st.sampled_from([*_PIECES, "n. S", "Alte", "(", "( ", "ǅ", "\u0301"]), max_size=80))
def test_the_screen_matches_random_texts_that_hold_an_anchor(pieces: list[str]) -> None:
    text = "".join(pieces)
    if _anchors_without_hyperscan(text):
        assert not _screen().holds_none(text)


def test_the_sample_dumps_anchor_free_articles_are_passed_over() -> None:
    # (what makes the screen pay: none of them holds a match of its wider patterns, a
    # sentence that begins with an S after a word ending in "n." among them)
    articles = [page.text for page in read_pages(SAMPLE)]
    free = [text for text in articles if not _anchors_without_hyperscan(text)]
    assert len(free) >= 10
    assert all(_screen().holds_none(text) for text in free)
    assert _screen().holds_none("It was founded by the Russian. Soviet troops came later.")


def test_a_text_that_is_not_unicode_is_left_to_the_passes() -> None:
    assert not _screen().holds_none("nothing here \ud800")


def test_without_hyperscan_there_is_no_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    _screen()  # (the scanner built: the screen is asked for only after it)
    monkeypatch.setattr(hyperscan_candidates, "_screens", {})
    monkeypatch.setitem(sys.modules, "hyperscan", None)  # import hyperscan: ImportError
    assert (
        hyperscan_candidates.screen(anchors._WIKITEXT_CANDIDATES, anchors._SCREENED, 1 << 40)
        is None
    )


def test_a_pattern_the_screen_cannot_widen_leaves_it_unbuilt(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _screen()
    monkeypatch.setattr(hyperscan_candidates, "_screens", {})
    unwidened = (re.compile(r"(a)\1"),)
    assert hyperscan_candidates.screen(anchors._WIKITEXT_CANDIDATES, unwidened, 1 << 40) is None


def test_no_screen_before_its_scanner_nor_with_hyperscan_turned_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _screen()
    unbuilt = (*anchors._WIKITEXT_CANDIDATES,)  # (the same passes, another tuple)
    monkeypatch.setattr(hyperscan_candidates, "_screens", {})
    monkeypatch.setattr(hyperscan_candidates, "SCREEN_WORTH_BUILDING", 0)
    assert hyperscan_candidates.screen(unbuilt, anchors._SCREENED, 1 << 40) is None
    assert hyperscan_candidates._screens == {}  # (nothing counted, nothing built)
    assert _screen() is not None
    monkeypatch.setenv(hyperscan_candidates.DISABLE_VARIABLE, "1")
    assert (
        hyperscan_candidates.screen(anchors._WIKITEXT_CANDIDATES, anchors._SCREENED, 1 << 40)
        is None
    )


@pytest.mark.parametrize(
    ("pattern", "widened"),
    [
        # forward: the look-ahead read after the character, look-behinds dropped
        (r"S(?=TYLE)(?<!\w)", ["STYLE"]),
        # split at the alternatives, a look-behind read before the character
        (r"S(?:(?<=NS)|(?=TYLE))", ["NS", "STYLE"]),
        # a word boundary before the letters read: the start of the text or a character
        # not of a word
        (r"S(?<=\b[ON]\.S)", ["(?:^|[^\\w])[\\x{4e}-\\x{4f}]\\x{2e}S"]),
        # not before a character that need not be a letter
        (r"S(?<=\b.\.S)", ["[^\\n]\\x{2e}S"]),
    ],
)
def test_how_a_pass_is_widened_forward(pattern: str, widened: list[str]) -> None:
    not_word = hyperscan_candidates.reversed_superset(re.compile(r"[^\w]"))
    found = hyperscan_candidates.forward_superset(re.compile(pattern))
    assert [expression.replace(not_word, "[^\\w]") for expression in found] == widened


def test_python_takes_no_space_past_the_last_one_spelled_out() -> None:
    last = hyperscan_candidates._LAST_SPACE
    assert chr(last).isspace()
    assert not any(chr(code).isspace() for code in range(last + 1, sys.maxunicode + 1))


def test_the_screen_is_built_once_short_texts_add_up_to_enough(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(hyperscan_candidates, "WORTH_BUILDING", 0)
    monkeypatch.setattr(hyperscan_candidates, "SCREEN_WORTH_BUILDING", 1000)
    monkeypatch.setattr(hyperscan_candidates, "_screen_waited", 0)
    monkeypatch.setattr(hyperscan_candidates, "_screens", {})
    page = "Peter I was born in Moscow, the son of Tsar Alexis. " * 6  # 312 characters
    for _ in range(3):
        assert anchors.find_anchors(page) == []
    assert hyperscan_candidates._screens == {}  # 936 characters read
    assert anchors.find_anchors(page) == []
    assert set(hyperscan_candidates._screens) == {
        (id(anchors._SCREENED), id(anchors._screen_leads), ())
    }
    dated = page + "He was born on 9 June [O.S. 30 May] 1672."
    assert anchors.find_anchors(dated) == _anchors_without_hyperscan(dated)


@pytest.mark.parametrize("own_mapping", [True, False])
def test_the_variable_is_seen_at_once_however_it_is_looked_up(
    own_mapping: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not own_mapping:  # (an os.environ that keeps no mapping of its own)
        monkeypatch.setattr(hyperscan_candidates, "_ENVIRON_KEY", None)
    assert hyperscan_candidates.scanner(anchors._WIKITEXT_CANDIDATES, 1 << 40) is not None
    monkeypatch.setenv(hyperscan_candidates.DISABLE_VARIABLE, "1")
    assert hyperscan_candidates.scanner(anchors._WIKITEXT_CANDIDATES, 1 << 40) is None
    monkeypatch.setenv(hyperscan_candidates.DISABLE_VARIABLE, "")  # (empty: not set)
    assert hyperscan_candidates.scanner(anchors._WIKITEXT_CANDIDATES, 1 << 40) is not None


def test_the_variable_is_seen_in_an_os_environ_put_in_the_place_of_python_s(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (mock.patch("os.environ", {...}) does the same: the mapping kept from the start
    # is not the one asked then)
    assert hyperscan_candidates.scanner(anchors._WIKITEXT_CANDIDATES, 1 << 40) is not None
    monkeypatch.setattr(os, "environ", {**os.environ, hyperscan_candidates.DISABLE_VARIABLE: "1"})
    assert hyperscan_candidates.scanner(anchors._WIKITEXT_CANDIDATES, 1 << 40) is None
    assert hyperscan_candidates.screen(anchors._WIKITEXT_CANDIDATES, anchors._SCREENED, 1) is None


#: The word ``check`` asks the screen for (JG403's).
_DAY = ("day",)


def _words_as_python_finds_them(text: str, words: tuple[str, ...]) -> bool | None:
    """What :meth:`Screen.words_in` says of *text*, from the passes and ``str``'s search:
    ``None`` where it holds an anchor."""
    if _anchors_without_hyperscan(text):
        return None
    return any(word in text for word in words)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("The feast lasted a week.", False),
        ("On that day the tsar was crowned.", True),
        ("day", True),  # the whole text
        ("Sunday, Monday and Tuesday.", True),  # (reported once: the scan goes on)
        ("The Day of the Dead.", False),  # as written, no case folded
        ("d\u00e4y, da y, dáy, дау", False),
        ("Él llegó el dayño", True),  # (among characters of two bytes)
        ("In 1850 the calendars were 13 days apart.", True),  # (a claim JG403 reads)
        ("On that day, 9 June [O.S. 30 May] 1672.", None),  # an anchor after the word
        ("9 June [O.S. 30 May] 1672: that day.", None),  # and before it
        ("a day \ud800", None),  # (not UTF-8: left to the passes)
    ],
)
def test_the_screen_tells_whether_a_text_without_anchors_holds_a_word(
    text: str, held: bool | None
) -> None:
    assert _screen(_DAY).words_in(text) is held
    if "\ud800" not in text:
        assert _words_as_python_finds_them(text, _DAY) is held
    # the screen without words passes over the same texts
    assert _screen().holds_none(text) is (held is not None)
    assert _screen().words_in(text) is (None if held is None else False)


def test_the_screen_finds_each_of_several_words() -> None:
    words = ("day", "Gregor", "царь")
    screen = _screen(words)
    for word in words:
        assert screen.words_in(f"nothing but {word} here") is True
    assert screen.words_in("nothing here") is False
    assert screen.words_in("Gregory went to Moscow.") is True


@settings(max_examples=examples(300))
@given(
    st.lists(
        st.sampled_from([*_PIECES, "day", "da", "y", "Day", "d", "ay", "ǅ", "\u0301"]),
        max_size=80,
    )
)
def test_the_screen_finds_the_words_of_random_texts_as_str_does(pieces: list[str]) -> None:
    text = "".join(pieces)
    held = _screen(_DAY).words_in(text)
    expected = _words_as_python_finds_them(text, _DAY)
    if expected is None:
        assert held is None  # (the superset: an anchor is never passed over)
    elif held is not None:  # (the screen may stop where no pass matches: wider patterns)
        assert held is expected


def test_the_screen_and_str_agree_on_the_words_of_real_texts() -> None:
    screen = _screen(_DAY)
    passed = 0
    for text in _real_texts():
        held = screen.words_in(text)
        if held is not None:
            passed += 1
            assert held is ("day" in text), text[:200]
        else:
            assert screen.holds_none(text) is False
    assert passed > 10


def test_a_screen_s_word_is_not_empty() -> None:
    hyperscan = pytest.importorskip("hyperscan")
    with pytest.raises(ValueError, match="must not be empty"):
        hyperscan_candidates.Screen(hyperscan, anchors._SCREENED[:1], ("",))


def test_a_screen_with_words_is_built_apart_and_once() -> None:
    plain, worded = _screen(), _screen(_DAY)
    assert plain is not worded
    assert _screen(("day",)) is worded  # (the words compared by value)
    keys = {(id(anchors._SCREENED), id(anchors._screen_leads), words) for words in ((), _DAY)}
    assert keys <= set(hyperscan_candidates._screens)


def test_the_screen_given_last_is_given_again_only_as_it_was_asked_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plain, worded = _screen(), _screen(_DAY)
    for _ in range(2):  # (asked in turn: each time the other's)
        assert _screen() is plain
        assert _screen(_DAY) is worded
    monkeypatch.setattr(hyperscan_candidates, "_screens", {})  # (built anew)
    assert _screen(_DAY) is not worded
    monkeypatch.setenv(hyperscan_candidates.DISABLE_VARIABLE, "1")
    assert (
        hyperscan_candidates.screen(
            anchors._WIKITEXT_CANDIDATES, anchors._SCREENED, 1 << 40, _DAY, anchors._screen_leads
        )
        is None
    )


#: A bracket, the one space the bracket's pass lets follow it, and a marker: the
#: scanner's candidate of that pass let the space through too (review of the leads,
#: point 2: anchors [20] with Hyperscan, [18, 20] without).
_SPACED_BRACKET = "Born 5 March 1700 [ Julian calendar, on the day 23 February] in Moscow."


@pytest.mark.parametrize(
    "text",
    [
        _SPACED_BRACKET + " and more text" * 20,  # a short text
        (_SPACED_BRACKET + " and more text" * 20) * 80,  # a long one (28 KB)
        "[ Alte" + "x" * 24 + "1 x" + " and more text" * 20,
        "Born 1672 [ Alte Zeitrechnung: 30 Mai] in Moskau." + " and more text" * 20,
        "On 5 June [ 24 May] 1700" + " and more text" * 20,
    ],
)
def test_a_space_after_the_bracket_is_a_candidate_of_the_scanner(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _anchors_without_hyperscan(text)
    assert expected
    monkeypatch.setattr(hyperscan_candidates, "WORTH_BUILDING", 0)
    monkeypatch.setattr(hyperscan_candidates, "SCREEN_WORTH_BUILDING", 0)
    assert anchors.find_anchors(text) == expected
    monkeypatch.setattr(anchors, "screen", lambda *_: None)  # (the scanner alone)
    assert anchors.find_anchors(text) == expected
