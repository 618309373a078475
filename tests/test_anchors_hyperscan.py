"""The prefilter's anchors are the same with Hyperscan's candidates as without them."""

from __future__ import annotations

import json
import re
import sys
from array import array
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.examples import examples
from julian_gregorian.dumps import read_pages
from julian_gregorian.text._locate import anchors, hyperscan_candidates
from julian_gregorian.text._vocabulary import markers

pytest.importorskip("hyperscan")  # in the dev extra: skipped only outside it

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "enwiki-sample-pages-articles.xml.bz2"


def _real_texts() -> Iterator[str]:
    """Every text of the repository the extractor reads: the corpus's passages, the
    examples, the test data (the dump sample page by page and whole)."""
    for path in sorted((ROOT / "benchmarks" / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            yield json.loads(line)["text"]
    for path in sorted((ROOT / "examples").glob("*.txt")):
        yield path.read_text(encoding="utf-8")
    for path in sorted((ROOT / "tests" / "data").rglob("*")):
        if path.is_file() and path.suffix != ".bz2":
            yield path.read_text(encoding="utf-8", errors="replace")
    pages = [page.text for page in read_pages(SAMPLE)]
    yield from pages
    yield "\n".join(pages)


def _without_hyperscan(text: str, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    with monkeypatch.context() as patch:
        patch.setenv(hyperscan_candidates.DISABLE_VARIABLE, "1")
        return anchors.find_anchors(text)


@pytest.fixture(autouse=True)
def built_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The scanner from the first long text on, not only once they add up to enough;
    the screen of short texts and the forward scan of long ones from the first on."""
    monkeypatch.setattr(hyperscan_candidates, "WORTH_BUILDING", 0)
    monkeypatch.setattr(hyperscan_candidates, "SCREEN_WORTH_BUILDING", 0)
    monkeypatch.setattr(hyperscan_candidates, "WORTH_SCANNING_FORWARD", 0)


#: Where every text is read as a long one is, in stretches, or every text, however long
#: or short, as a short one is, in one piece.
_EVERY_TEXT_LONG, _EVERY_TEXT_SHORT = -1, 1 << 40


def _read_as(monkeypatch: pytest.MonkeyPatch, quick_look: int) -> None:
    monkeypatch.setattr(anchors, "_QUICK_LOOK", quick_look)
    monkeypatch.setattr(anchors, "_TINY", 0)  # (Hyperscan serves even the shortest)


@pytest.fixture(params=[_EVERY_TEXT_LONG, _EVERY_TEXT_SHORT], ids=["long", "short"])
def every_text_long(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every text read as a long one is (where Hyperscan serves), in small stretches so
    that hits fall near their ends; or every text read as a short one is."""
    _read_as(monkeypatch, request.param)


@pytest.mark.usefixtures("every_text_long")
def test_the_anchors_of_every_real_text_are_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = 0
    for text in _real_texts():
        assert anchors.find_anchors(text) == _without_hyperscan(text, monkeypatch)
        texts += 1
    assert texts > 300
    assert anchors.scanner(anchors._WIKITEXT_CANDIDATES, 0) is not None


@pytest.mark.usefixtures("every_text_long")
@pytest.mark.parametrize("chunk", [7, 64, 1 << 18])
def test_every_marker_phrase_across_stretches_gives_the_same_anchors(
    chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(anchors, "_CHUNK", chunk)
    phrases = [
        variant for phrase, _, _ in markers.PHRASES for variant in markers.phrase_variants(phrase)
    ]
    found = 0
    for shift in range(0, 9, 2):
        pieces = [
            f"{'x' * shift}{n} April ({phrase}) {phrase} 1714-15 11/23 [{phrase} 3]"
            for n, phrase in enumerate(phrases)
        ]
        for text in (" é ".join(pieces), "[[" + " [[é ".join(pieces)):  # plain, wikitext
            with_accelerator = anchors.find_anchors(text)
            assert with_accelerator == _without_hyperscan(text, monkeypatch)
            found += len(with_accelerator)
    assert found > len(phrases)


_PIECES = [
    "O.S.",
    "N. S.",
    " Old Style",
    "styl",
    "(",
    "[",
    "/",
    "1714",
    "-15",
    "–",
    "7",
    " ",
    "\n",
    "Julian",
    "gregoriansk",
    "ст. ст.",
    "СС|",
    "π.η.",
    "st.v.",
    "ny stil",
    "é",
    "日",
    "𝟘",
    "x",
    "\u2060",
    # what the split patterns of S and j read behind their character
    "OS",
    "S",
    "STYLE",
    "a. St.",
    "vkj",
    "ukj",
    "C.J.",
    # the attribute the y of "style" stands in, which is no anchor, and what follows it
    "style",
    "e",
    "=",
    "\t",
    "<td ",
    # numbers that are days, and that are none, after a parenthesis or a bracket
    "31",
    "32",
    "(3",
    "[ 45 ]",
]


@settings(max_examples=examples(200))
@given(
    st.lists(st.sampled_from(_PIECES), max_size=300),
    st.integers(min_value=3, max_value=40),
    st.sampled_from([_EVERY_TEXT_LONG, _EVERY_TEXT_SHORT]),
)
def test_random_texts_give_the_same_anchors(pieces: list[str], chunk: int, quick_look: int) -> None:
    text = "".join(pieces)
    with pytest.MonkeyPatch.context() as patch:
        _read_as(patch, quick_look)
        patch.setattr(anchors, "_CHUNK", chunk)
        with_accelerator = anchors.find_anchors(text)
        patch.setenv(hyperscan_candidates.DISABLE_VARIABLE, "1")
        assert with_accelerator == anchors.find_anchors(text)


def test_without_hyperscan_the_passes_run_on_their_own(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "On 6 November [O.S. 24 October] 1917; see the O.S. map. " * 2000
    expected = _without_hyperscan(text, monkeypatch)
    monkeypatch.setattr(hyperscan_candidates, "_built", {})
    monkeypatch.setitem(sys.modules, "hyperscan", None)  # import hyperscan: ImportError
    assert anchors.scanner(anchors._WIKITEXT_CANDIDATES, 0) is None
    assert anchors.find_anchors(text) == expected


def test_the_variable_turns_hyperscan_off(monkeypatch: pytest.MonkeyPatch) -> None:
    assert hyperscan_candidates.scanner(anchors._WIKITEXT_CANDIDATES, 0) is not None
    monkeypatch.setenv(hyperscan_candidates.DISABLE_VARIABLE, "1")
    assert hyperscan_candidates.scanner(anchors._WIKITEXT_CANDIDATES, 0) is None


#: What the prefilter asks the wikitext scanner to scan long texts for: the scanner is
#: shared with it, and its forward database is built for the first patterns asked for.
_WIKITEXT_WIDER = anchors._LONG_WIKITEXT_PASSES


def test_a_text_it_cannot_serve_is_left_to_the_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    scanner = hyperscan_candidates.scanner(anchors._WIKITEXT_CANDIDATES, 0)
    assert scanner is not None
    surrogate = "6 November [O.S. 24 October] 1917 \ud800 " * 3000
    assert scanner.candidates(surrogate, _WIKITEXT_WIDER) is None  # not UTF-8
    dense = "1731/" * 40_000
    assert scanner.candidates(dense, _WIKITEXT_WIDER) is None  # a candidate every few characters
    monkeypatch.setattr(anchors, "_QUICK_LOOK", -1)
    for text in (surrogate, dense):
        assert anchors.find_anchors(text) == _without_hyperscan(text, monkeypatch)


@pytest.mark.usefixtures("every_text_long")
def test_a_pass_split_as_it_would_match_alone_is_scanned_with_the_others_in_a_long_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scanner = hyperscan_candidates.scanner(anchors._WIKITEXT_CANDIDATES, 0)
    assert scanner is not None
    s_pass, j_pass, bracket = (anchors._FIRST_BY_INDEX.index(char) for char in "Sj[")
    text = "[[x]] [O.S. 5] " * 10
    s_offsets = [text.index("S", at) for at in range(0, 150, 15)]
    found = scanner.found(text)  # (a short text's: its own database)
    assert found is not None
    assert sorted(found[s_pass] or ()) == s_offsets
    candidates = scanner.candidates(text, _WIKITEXT_WIDER)  # (a long text's: one database for all)
    assert candidates is not None
    assert candidates[s_pass] is not None
    assert candidates[s_pass].tolist() == s_offsets
    assert candidates[bracket] is not None
    # dense candidates (one every 12 characters): only those passes are left to their
    # own scan, in a short text and a long one
    dense = "[[x]] [O.S. " * 6000
    found = scanner.found(dense)
    assert found is not None
    assert found[s_pass] is None
    candidates = scanner.candidates(dense, _WIKITEXT_WIDER)
    assert candidates is not None
    left = [index for index, served in enumerate(candidates) if served is None]
    assert left == sorted([*scanner.unserved, s_pass, j_pass])
    assert anchors.find_anchors(dense) == _without_hyperscan(dense, monkeypatch)


def test_a_long_text_is_scanned_forward_with_the_parenthesis_served() -> None:
    import hyperscan

    scanner = hyperscan_candidates.Scanner(hyperscan, anchors._PASSES)
    opening = anchors._PASSES.index(anchors._OPENING_PASS)
    assert opening in scanner.unserved  # (too long for a short text's databases)
    text = "7 (20) ноября 1917 (O.S. 5) (see 1) (x) (Julian) (1990) (2010 film) (3rd) " * 10
    candidates = scanner.candidates(text, anchors._LONG_PASSES)
    assert candidates is not None
    served = candidates[opening]
    assert served is not None
    # every parenthesis before a number of one or two digits or a marker's first three
    # letters, not "(x)", "(O.S." (an anchor of the S) nor a year
    expected = re.finditer(r"\((?=\d\d?\D|see|Julian)", text)
    assert served.tolist() == [match.start() for match in expected]
    assert {match.start() for match in anchors._OPENING_PASS.finditer(text)} <= set(served)


def _phrase_texts() -> list[str]:
    """Every marker phrase in parentheses and brackets, alone and before a number, as it
    is written and with the spaces after its full stops left out or doubled (the passes
    let a full stop's space go: ``n.st.``) and a line break for its spaces."""
    phrases = {
        variant for phrase, _, _ in markers.PHRASES for variant in markers.phrase_variants(phrase)
    }
    written = {
        spelled
        for phrase in phrases
        for spelled in (phrase, phrase.replace(". ", "."), phrase.replace(" ", "\n"))
    }
    return [
        " ".join(f"({phrase}) ( {phrase} 3) [{phrase} 3] [ {phrase}: 12 x]" for phrase in written),
        " ".join(f"[{phrase} {'x' * 20} 3] [{phrase}{'x' * 25}3]" for phrase in written),
    ]


@pytest.mark.parametrize(
    ("passes", "wider"),
    [
        (anchors._PASSES, anchors._LONG_PASSES),
        (anchors._WIKITEXT_CANDIDATES, anchors._LONG_WIKITEXT_PASSES),
    ],
)
def test_the_wider_patterns_of_a_long_text_match_wherever_their_passes_do(
    passes: tuple[re.Pattern[str], ...], wider: tuple[re.Pattern[str], ...]
) -> None:
    # (each against the pass that confirms its candidates: the bracket's own in
    # wikitext too, not its guard)
    replaced = [
        (confirming, wide)
        for wide, pattern, confirming in zip(wider, passes, anchors._PASSES, strict=True)
        if wide is not pattern
    ]
    expected = [
        (anchors._DASHED_DUAL, anchors._DASHED_DUAL_CANDIDATE),
        (anchors._OPENING_PASS, anchors._OPENING_CANDIDATE),
    ]
    if passes is anchors._WIKITEXT_CANDIDATES:
        expected.append((anchors._BRACKET_PASS, anchors._BRACKET_CANDIDATE))
    assert replaced == expected
    texts = [
        *_phrase_texts(),
        "25 октября (7 ноября) 10th (22nd) April (il 3 maggio (o 5 de octubre 15(28).04.1922 "
        "25.02(09.03)1924 August 28 (September 9) (с 7 на 8 ноября) 14 ( 26 ) december "
        "(24–25 октября) (6-7&nbsp;ноября) (14.II/ (5 (5 (((( (36 square miles) (6 times)",
        "(1990) (2010 film) (12)(3) (1st) ( 2 ) (04.05) (1.) (123 (1234) (",
        "28 августа [9 сентября] 1828, 7 [20] ноября August 28 [September 9] [K.J.: 30 Mei] "
        "[A.S. 12 Dizember] [ 10 iunie, 1858 18. Mai [ 30 ], 1826 [12] [ 1] [[St. Mary River]] "
        "[5. März] [5.\nMärz] [٥ مارس] [[1905]] [1905] [5] 1731 [Note 5] [[File:Map 1731.png]]",
        "1714-15 1690–1 1663\u2060–\u20604 1641–1712 1731-1731-1731 11714-15 1752-3 1753-4 "
        "1700\u00ad-01 1000-1 1599–600 1861–1865",
    ]
    for pattern, wide in replaced:
        for text in texts:
            found = {match.start() for match in pattern.finditer(text)}
            assert found <= {match.start() for match in wide.finditer(text)}
        assert any(pattern.search(text) for text in texts)


@pytest.mark.parametrize(
    ("first", "text", "expected"),
    [
        # the brackets before "9 с" and "K.J.: 30", not those of the links (which the
        # bracket's guard alone let through)
        (
            "[",
            "[[File:Map 1731.png|thumb]] [[1928 Summer Olympics]] [9 сентября] [K.J.: 30 Mei] ",
            r"\[(?=9 |K)",
        ),
        # the J of "C.J.", "K. J.", "Julian" and "J:", not the initials' (split, the
        # pass's look-behinds read as its patterns' first characters)
        (
            "J",
            "|first1=J. M.|last2=Zwack Stephan J. Smith; [C.J. 5] [K. J. 7] Julian J: x ",
            r"(?<=C\.)J|(?<=K\. )J|J(?=ulian|:)",
        ),
    ],
    ids=["bracket", "J"],
)
def test_a_long_wikitext_is_scanned_for_fewer_candidates_than_a_wider_pattern_lets_through(
    first: str, text: str, expected: str
) -> None:
    import hyperscan

    scanner = hyperscan_candidates.Scanner(hyperscan, anchors._WIKITEXT_CANDIDATES)
    index = anchors._FIRST_BY_INDEX.index(first)
    text *= 10
    candidates = scanner.candidates(text, anchors._LONG_WIKITEXT_PASSES)
    assert candidates is not None
    served = candidates[index]
    assert served is not None
    assert served.tolist() == [match.start() for match in re.finditer(expected, text)]
    assert {match.start() for match in anchors._PASSES[index].finditer(text)} <= set(served)


def test_a_long_text_is_scanned_forward_once_long_texts_add_up_to_enough(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import hyperscan

    monkeypatch.setattr(hyperscan_candidates, "WORTH_SCANNING_FORWARD", 700)
    # (nothing told: a dump read earlier by this process tells its size, which counts)
    monkeypatch.setattr(hyperscan_candidates, "_expected", 0)
    scanner = hyperscan_candidates.Scanner(hyperscan, anchors._PASSES)
    text = "On 6 November (O.S. 24 October) 1917; " * 20  # 780 characters
    wider = anchors._LONG_PASSES
    opening = anchors._PASSES.index(anchors._OPENING_PASS)
    before = scanner.candidates(text, wider)
    assert before is not None
    assert before[opening] is None  # (scanned as before: the parenthesis's own scan)
    after = scanner.candidates(text, wider)
    assert after is not None
    assert after[opening] is not None
    s_pass = anchors._FIRST_BY_INDEX.index("S")  # (served in the forward scan only)
    assert before[s_pass] is None
    assert after[s_pass] is not None
    assert after[s_pass].tolist() == [at for at in range(len(text)) if text[at] == "S"]


def test_a_forward_pattern_of_a_long_text_begins_its_shift_before_the_anchor() -> None:
    # (the screen reads the character before a \b too; a long text's scan must not)
    pattern = re.compile(r"S(?:(?<=\b[ON]\.S)|(?<=\b[ON]S))")
    assert hyperscan_candidates._widened(pattern, forward=True) == (
        [("[\\x{4e}-\\x{4f}]\\x{2e}S", 2), ("[\\x{4e}-\\x{4f}]S", 1)],
        True,
    )


def test_candidates_come_from_the_passes_that_can_be_widened() -> None:
    scanner = hyperscan_candidates.scanner(anchors._WIKITEXT_CANDIDATES, 0)
    assert scanner is not None
    served = {anchors._FIRST[anchors._PASSES[index]] for index in scanner.passes}
    # The look-ahead of ( is too long to compile quickly; in wikitext [ is served by its
    # guard, a digit near the bracket, alone. The S of O.S. and the j of vkj, looked at by
    # look-behinds, are served by patterns that read them (see the test below).
    assert "(" not in served
    assert {"S", "y", "J", "j", "/", "1", "[", "с", "η", "g", "v", ".", "s"} <= served
    assert [anchors._FIRST_BY_INDEX[index] for index in scanner.unserved] == ["("]
    plain = hyperscan_candidates.scanner(anchors._PASSES, 0)
    assert plain is not None
    assert {anchors._FIRST[anchors._PASSES[index]] for index in plain.passes} == served - {"["}


@pytest.mark.parametrize(
    ("pattern", "split"),
    [
        # the look-behind that ends after the character read before it, the match then
        # starting that many characters earlier
        (r"S(?:(?<=[ON]S)|(?=TYLE))", [("S[\\x{4e}-\\x{4f}]", 1), ("ELYTS", 0)]),
        # of two, the one with more characters other than a dot, its dots and the
        # characters before it read as the other reads them; negative ones dropped
        (
            r"S(?:(?<=\.\sS)(?<=\b[ON]...)|(?<=xS)(?<!yxS))",
            [("S\\s\\x{2e}[\\x{4e}-\\x{4f}]", 3), ("Sx", 1)],
        ),
        # the others are not read where one reads more than a character at a time
        (r"S(?:(?<=\.\sS)(?<=(?:ab|cd)...))", [("S\\s\\x{2e}", 2)]),
        # a look-behind after a character read stays a look-behind (dropped)
        (r"j(?:(?=a)|b(?<=jb))", [("aj", 0), ("bj", 0)]),
    ],
)
def test_how_a_pass_of_look_behinds_is_split(pattern: str, split: list[tuple[str, int]]) -> None:
    found = hyperscan_candidates.split_superset(re.compile(pattern))
    assert [(expression.replace(_SPACE, "\\s"), shift) for expression, shift in found] == split


#: How the translation spells ``\s`` (Python's white space, then every code point past it).
_SPACE = hyperscan_candidates.reversed_superset(re.compile(r"\s"))


@pytest.mark.parametrize(
    ("pattern", "widened"),
    [
        # split: each alternative reads more than the one pattern ("ly")
        (r"y(?=l)(?:(?<=Sty)|(?<=sty))", ([("lytS", 2), ("lyts", 2)], False)),
        # not split: one alternative reads no more than the one pattern does
        (r"J(?:(?=ul)|(?=K))", ([("(?:lu|K)J", 0)], False)),
        # split, as the one pattern would take every S (and said so)
        (r"S(?:(?<=OS)|(?<=NS))", ([("SO", 1), ("SN", 1)], True)),
    ],
)
def test_a_pass_is_split_where_that_reads_more(
    pattern: str, widened: tuple[list[tuple[str, int]], bool]
) -> None:
    assert hyperscan_candidates._widened(re.compile(pattern)) == widened


def test_a_split_pass_gives_each_candidate_once() -> None:
    import hyperscan

    # both alternatives match at every S of "O.S.": one candidate each
    pattern = re.compile(r"S(?:(?<=\.S)|(?<=O\.S))")
    scanner = hyperscan_candidates.Scanner(hyperscan, (pattern,))
    assert scanner.passes == {0: pattern}
    found = scanner.found("O.S. and N.S. and S.")
    assert found is not None
    assert sorted(found[0] or ()) == [2, 11]


def test_too_many_alternatives_leave_a_pass_its_own_scan() -> None:
    many = "|".join(f"(?<={letter}S)" for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    pattern = re.compile(f"S(?:{many})(?:(?<=AS)|(?<=BS))")
    with pytest.raises(hyperscan_candidates.UntranslatableError):
        hyperscan_candidates.split_superset(pattern)
    import hyperscan

    assert hyperscan_candidates.Scanner(hyperscan, (pattern,)).unserved == (0,)


def test_text_dense_with_brackets_is_searched_with_the_bracket_served(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(hyperscan_candidates, "_built", {})
    text = "[[Peter I]] was born on 9 June [O.S. 30 May] 1672 [[9 июня]]. " * 300
    assert anchors.find_anchors(text) == _without_hyperscan(text, monkeypatch)
    assert set(hyperscan_candidates._built) == {id(anchors._WIKITEXT_CANDIDATES)}
    plain = "Peter I was born on 9 June (O.S. 30 May) 1672. " * 400
    assert anchors.find_anchors(plain) == _without_hyperscan(plain, monkeypatch)
    assert set(hyperscan_candidates._built) == {
        id(anchors._WIKITEXT_CANDIDATES),
        id(anchors._PASSES),
    }


def test_a_candidate_pattern_matches_wherever_its_pass_does() -> None:
    texts = ["[[12 March]] [9 сентября] [K.J.: 30 Mei] [[St. Mary]] [12] [x 1]", "[[[[" * 9]
    for candidate, pattern in zip(anchors._WIKITEXT_CANDIDATES, anchors._PASSES, strict=True):
        assert candidate.pattern[:2] == pattern.pattern[:2]  # the same first character
        for text in texts:
            found = {match.start() for match in pattern.finditer(text)}
            assert found <= {match.start() for match in candidate.finditer(text)}


@pytest.mark.parametrize(
    ("pattern", "widened"),
    [
        (r"S(?=TYLE)(?<!\w)", "ELYTS"),  # reversed; the look-ahead read, look-behind dropped
        (r"ab(?=c)d", "dba"),  # a look-ahead something follows is dropped
        (r"a(?=b)(?=c)", "ba"),  # only one of two is read: the first of equals
        (r"a(?=[bc])(?=cd)", "dca"),  # the one that reads more, not a guard before it
        (r"a(?:(?<=xa)|(?=bc))", "(?:|cb)a"),
        (r"x\d{1,2}", r"(?:[\x{30}-\x{39}\x{660}-\x{10ffff}]){1,2}x"),
        (r"x[^a-c]", r"[^\x{61}-\x{63}]x"),
        (r"(?i:k)", r"(?:[kK\x{80}-\x{10ffff}])"),
    ],
)
def test_how_a_pass_is_widened(pattern: str, widened: str) -> None:
    assert hyperscan_candidates.reversed_superset(re.compile(pattern)) == widened


def test_the_end_of_the_text_is_read_by_a_forward_pattern() -> None:
    # Where a pass's look-ahead may end at the end of the text (``style`` closing a
    # page), the forward pattern asks for it, not for nothing, which would let every
    # place through; the reversed pattern drops it (it would be the reversed text's start).
    pattern = re.compile(r"a(?=b|\Z)")
    assert hyperscan_candidates.forward_superset(pattern) == ["a(?:b|$)"]
    assert hyperscan_candidates.reversed_superset(pattern) == "(?:b|)a"


@pytest.mark.parametrize("pattern", [r"(a)\1", r"(?a:\d)x", r"\d"])
def test_what_cannot_be_widened_is_said(pattern: str) -> None:
    compiled = re.compile(pattern, re.ASCII if pattern == r"\d" else 0)
    with pytest.raises(hyperscan_candidates.UntranslatableError):
        hyperscan_candidates.reversed_superset(compiled)


class _ChangedParser:
    """Python's private regex parser as a later version might give it: a tree of
    another shape."""

    @staticmethod
    def parse(pattern: str, flags: int) -> object:
        return [("A_NEW_OPCODE", (pattern, flags))]


def test_a_parser_of_another_shape_leaves_the_passes_their_own_scan(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(hyperscan_candidates, "_sre_parse", _ChangedParser)
    with pytest.raises(hyperscan_candidates.UntranslatableError):
        hyperscan_candidates.reversed_superset(re.compile("S(?=TYLE)"))
    monkeypatch.setattr(hyperscan_candidates, "_built", {})
    text = "On 6 November [O.S. 24 October] 1917; " * 1000
    assert anchors.find_anchors(text) == _without_hyperscan(text, monkeypatch)
    (built,) = (scanner for _, scanner in hyperscan_candidates._built.values())
    assert built is not None
    assert built.passes == {}


def _unbuilt(monkeypatch: pytest.MonkeyPatch, threshold: int) -> None:
    """No scanner built yet, nothing read, and one built after *threshold* characters."""
    monkeypatch.setattr(hyperscan_candidates, "WORTH_BUILDING", threshold)
    monkeypatch.setattr(hyperscan_candidates, "_waited", 0)
    monkeypatch.setattr(hyperscan_candidates, "_built", {})


def test_short_texts_count_toward_the_build_and_are_served_once_it_is_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _unbuilt(monkeypatch, 1000)
    page = "Peter I was born on 9 June [O.S. 30 May] 1672 in Moscow. " * 5  # 285 characters
    served: list[str] = []
    original = hyperscan_candidates.Scanner.found

    def found(scanner: hyperscan_candidates.Scanner, text: str) -> dict[int, list[int]] | None:
        served.append(text)
        return original(scanner, text)

    monkeypatch.setattr(hyperscan_candidates.Scanner, "found", found)
    expected = _without_hyperscan(page, monkeypatch)
    for _ in range(3):
        assert anchors.find_anchors(page) == expected
    assert served == []  # 855 characters read
    assert hyperscan_candidates._built == {}
    assert anchors.find_anchors(page) == expected
    assert served == [page]
    assert set(hyperscan_candidates._built) == {id(anchors._WIKITEXT_CANDIDATES)}
    # a redirect is left to the one pattern of all the passes, and not counted
    redirect = "#REDIRECT [[Old Style and New Style dates]]"
    assert anchors.find_anchors(redirect) == _without_hyperscan(redirect, monkeypatch)
    assert served == [page]


def test_the_scanner_is_built_once_texts_add_up_to_enough(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _unbuilt(monkeypatch, 100)
    assert hyperscan_candidates.scanner(anchors._WIKITEXT_CANDIDATES, 60) is None
    built = hyperscan_candidates.scanner(anchors._WIKITEXT_CANDIDATES, 60)
    assert built is not None
    assert hyperscan_candidates.scanner(anchors._WIKITEXT_CANDIDATES, 1) is built


def test_a_pass_hyperscan_cannot_compile_keeps_its_own_scan() -> None:
    import hyperscan

    too_long_a_repeat, served = re.compile("ab{1,40000}c"), re.compile("x(?=yz)")
    scanner = hyperscan_candidates.Scanner(hyperscan, (too_long_a_repeat, served))
    assert scanner.passes == {1: served}
    text = "abc xyz " * 3
    assert scanner.candidates(text) == [None, array("q", [4, 12, 20])]  # (a long text's)
    assert scanner.found(text) == {1: [20, 12, 4]}  # (a short text's, in no order)


def test_a_scanner_that_cannot_be_built_leaves_the_passes_their_own_scan(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import hyperscan

    def refused(*_: object) -> None:
        raise hyperscan.error("the set as a whole is refused")

    monkeypatch.setattr(hyperscan_candidates.Scanner, "__init__", refused)
    monkeypatch.setattr(hyperscan_candidates, "_built", {})
    text = "On 6 November [O.S. 24 October] 1917; " * 1000
    assert anchors.find_anchors(text) == _without_hyperscan(text, monkeypatch)
    assert [scanner for _, scanner in hyperscan_candidates._built.values()] == [None]


def test_a_scan_that_fails_leaves_the_text_to_the_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    import hyperscan

    scanner = hyperscan_candidates.Scanner(hyperscan, (re.compile("x(?=yz)"),))

    def no_scratch(_: object) -> None:
        raise hyperscan.error("no memory for a scratch space")

    monkeypatch.setattr(scanner, "_scratch_for", no_scratch)
    monkeypatch.setattr(scanner, "_local", type("Fresh", (), {})())
    assert scanner.candidates("abc xyz " * 3) is None


def test_threads_that_reach_the_first_long_text_together_build_one_scanner(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    builds: list[object] = []
    all_waiting = threading.Barrier(4)

    def counted(scanner: object, *_: object) -> None:
        builds.append(scanner)
        time.sleep(0.05)  # (as long as a build takes: the others arrive meanwhile)

    def first_text(_: int) -> hyperscan_candidates.Scanner | None:
        all_waiting.wait()
        return hyperscan_candidates.scanner(anchors._WIKITEXT_CANDIDATES, 0)

    monkeypatch.setattr(hyperscan_candidates.Scanner, "__init__", counted)
    monkeypatch.setattr(hyperscan_candidates, "_built", {})
    with ThreadPoolExecutor(4) as pool:
        scanners = list(pool.map(first_text, range(4)))
    assert len(builds) == 1
    assert all(scanner is builds[0] for scanner in scanners)


def test_threads_scan_at_once() -> None:
    from concurrent.futures import ThreadPoolExecutor

    scanner = hyperscan_candidates.scanner(anchors._WIKITEXT_CANDIDATES, 0)
    assert scanner is not None
    text = (ROOT / "examples" / "october_revolution.txt").read_text(encoding="utf-8") * 20
    expected = scanner.candidates(text, _WIKITEXT_WIDER)
    with ThreadPoolExecutor(4) as pool:
        found = list(pool.map(lambda _: scanner.candidates(text, _WIKITEXT_WIDER), range(16)))
    assert found == [expected] * 16


def _forward_scanner(
    monkeypatch: pytest.MonkeyPatch, threshold: int
) -> hyperscan_candidates.Scanner:
    """A scanner of its own for ``x(?=yz)``, its long texts scanned forward once it has
    read *threshold* characters of them."""
    import hyperscan

    monkeypatch.setattr(hyperscan_candidates, "WORTH_SCANNING_FORWARD", threshold)
    return hyperscan_candidates.Scanner(hyperscan, (re.compile("x(?=yz)"),))


def test_a_scanner_scans_long_texts_for_the_patterns_it_was_built_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scanner = _forward_scanner(monkeypatch, 0)
    wider = (re.compile("x"),)
    assert scanner.candidates("abc xyz " * 3, wider) is not None
    with pytest.raises(ValueError, match="same wider patterns"):
        scanner.candidates("abc xyz " * 3, (re.compile("x"),))
    # (nor a database for other words, built for other patterns: the first still serves)
    with pytest.raises(ValueError, match="same wider patterns"):
        scanner.candidates_and_words("abc xyz " * 3, (re.compile("x"),), ("3 day",))
    assert scanner.candidates("abc xyz " * 3, wider) is not None


def test_the_forward_scan_tells_whether_a_long_text_holds_one_of_the_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scanner = _forward_scanner(monkeypatch, 0)
    words = ("3 day", "ten day")
    text = "abc xyz " * 3
    candidates = scanner.candidates(text)
    assert scanner.candidates_and_words(text, None, words) == (candidates, False)
    for held in (f"{text} 13 days", f"ten days {text}", "ten day"):
        assert scanner.candidates_and_words(held, None, words)[1] is True, held
    assert scanner.candidates_and_words(f"{text}13 days", None, words)[0] == candidates
    # (no words: none is missing)
    assert scanner.candidates_and_words(text)[1] is True
    assert set(scanner._wholes) == {(), words}


def test_a_long_text_scanned_reversed_may_hold_any_word(monkeypatch: pytest.MonkeyPatch) -> None:
    scanner = _forward_scanner(monkeypatch, 1000)
    assert scanner.candidates_and_words("abc xyz " * 3, None, ("3 day",))[1] is True
    assert scanner._wholes == {}


def test_a_forward_database_that_cannot_be_built_leaves_long_texts_to_the_reversed_scan(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scanner = _forward_scanner(monkeypatch, 0)

    def untranslatable(*_: object, **__: object) -> object:
        raise hyperscan_candidates.UntranslatableError("no forward pattern")

    monkeypatch.setattr(hyperscan_candidates, "_widened", untranslatable)
    assert scanner.candidates("abc xyz " * 3) == [array("q", [4, 12, 20])]


def test_the_text_that_reaches_the_forward_threshold_is_scanned_reversed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scanner = _forward_scanner(monkeypatch, 10)
    scanner.candidates("abc xyz " * 3)  # 24 characters: past the threshold, read reversed
    assert scanner._wholes == {}
    scanner.candidates("abc xyz " * 3)  # the next one forward
    assert list(scanner._wholes) == [()]
