"""Candidate positions of the prefilter's passes, found by Hyperscan where it is installed.

The prefilter's passes (:mod:`~julian_gregorian.text._locate.anchors`) run Python's
regex engine, which jumps between occurrences of each pass's first character in C but
runs the rest of the pattern there, and pays a call from Python per occurrence: about
half the time of ``extract`` over a long text. Hyperscan (``pip install
julian-gregorian[fast]``) scans a text once for many patterns at a few hundred MB/s,
but knows no look-around. So each pass is translated here into a wider pattern it can
compile (look-behinds and negative look-aheads dropped, a final positive look-ahead
read as part of the match), every position where one of those matches is a candidate,
and the prefilter confirms each candidate with the pass itself, as it confirms the
occurrences ``str.find`` gives it: the anchors are the same by construction.

Hyperscan reports where matches end. To learn where they begin, the text is scanned
backwards: each pattern is written reversed and the reversed text scanned, so that the
end of a match there is the start of one in the text.

A short text without any anchor (most pages of a dump) needs no candidates: a
:class:`Screen` scans it once, forward, for wider patterns of every pass, and where none
matches the text holds no anchor; the same scan tells whether it holds any of a few
words (``check``'s, for the rules that read a text without items).

The databases Hyperscan compiles are kept on disk for later processes, which load them
instead (:mod:`~julian_gregorian.text._locate.database_cache`).

Without Hyperscan (or with ``JULIAN_GREGORIAN_NO_HYPERSCAN`` set to a non-empty value),
:func:`scanner` returns ``None`` and the prefilter runs its passes as before. A pass
whose pattern cannot be translated keeps its own scan.
"""

from __future__ import annotations

import bisect
import functools
import importlib
import os
import re
import sys
import threading
from array import array
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from operator import itemgetter
from typing import Any, NamedTuple, Protocol, TypeVar, cast

from julian_gregorian.text._locate.database_cache import compiled_database
from julian_gregorian.text._locate.latin_1_patterns import (
    UnexpectedSyntaxError,
    latin_1_expression,
    latin_1_lead,
)

#: Python's own parser of regular expressions (``sre_parse`` before 3.11, deprecated
#: since): the passes are translated from its tree, so that they are written once.
_sre_parse: Any = importlib.import_module(
    "re._parser" if sys.version_info >= (3, 11) else "sre_parse"
)

#: Set to a non-empty value to leave Hyperscan unused (to compare, or to rule it out).
DISABLE_VARIABLE = "JULIAN_GREGORIAN_NO_HYPERSCAN"
#: :data:`DISABLE_VARIABLE` as a key of ``os.environ``'s own mapping (CPython's ``os``
#: keeps one), or ``None`` where it keeps none.
_ENVIRON_KEY: object = getattr(os.environ, "encodekey", lambda _: None)(DISABLE_VARIABLE)
#: That mapping (``os.environ`` keeps the same one for the life of the process), and
#: the ``os.environ`` that keeps it: one put in its place (``mock.patch("os.environ",
#: ...)``, ``monkeypatch.setattr(os, "environ", ...)``) is asked itself.
_ENVIRON_DATA: object = getattr(os.environ, "_data", None)
_ENVIRON: object = os.environ


def _turned_off() -> bool:
    """Whether :data:`DISABLE_VARIABLE` is set to a non-empty value.

    Looked up in the mapping ``os.environ`` keeps the variables in, where it keeps one:
    ``os.environ.get``, asked for every text, cost 0.65 to 1 µs (its miss raises and
    catches a ``KeyError``), a tenth of the check of an anchor-free page of 3 KB; it is
    read through that mapping all the same, so a variable set or removed by
    ``os.environ`` (the only way Python sees one change) is seen at once.
    """
    data = _ENVIRON_DATA
    if os.environ is not _ENVIRON or _ENVIRON_KEY is None or type(data) is not dict:
        return bool(os.environ.get(DISABLE_VARIABLE))
    return bool(data.get(_ENVIRON_KEY))


#: Candidates closer together than one per this many bytes of text read so far
#: (crafted input, "1/1/1/…") stop the scan: each costs a call from Hyperscan into
#: Python, and the passes' own scan (which hands dense hits to the regex engine) is then
#: faster.
_DENSEST = 64
#: ... once there are more than this many.
_DENSE_FLOOR = 4096

_SURROGATES = range(0xD800, 0xE000)
_LATIN_1 = 0xFF
#: The last code point Python's ``\s`` takes (a test checks it).
_LAST_SPACE = 0x3000


#: Passes whose wider pattern is longer than this keep their own scan: the long ones
#: (``(`` and ``[`` before a date, with every month and marker) cost Hyperscan most of a
#: second to compile, and their rare characters cost Python's scan little. (The long
#: texts' patterns of ``(`` and ``[``, with the markers' first three characters, are
#: 4,339 and 4,092 characters long, and compile with the rest in 0.2 s; a few more
#: marker phrases would take the ``(`` past this and back to its own scan, which the
#: tests of the long texts' candidates would tell.)
_LONGEST = 4500


class UntranslatableError(ValueError):
    """A pattern holds something Hyperscan cannot be given as a wider pattern."""


class _Database(Protocol):
    """What is used of a ``hyperscan.Database`` (the package has no type hints)."""

    def compile(self, **options: Any) -> None: ...

    def scan(
        self,
        data: bytes,
        match_event_handler: Callable[..., Any],
        flags: int = 0,
        context: object = None,
        scratch: object = None,
    ) -> None: ...


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


#: How Python's engine tests the parser's categories for a ``str`` pattern.
_CATEGORIES: dict[object, tuple[Callable[[str], bool], bool]] = {
    _sre_parse.CATEGORY_DIGIT: (str.isdecimal, True),
    _sre_parse.CATEGORY_NOT_DIGIT: (str.isdecimal, False),
    _sre_parse.CATEGORY_SPACE: (str.isspace, True),
    _sre_parse.CATEGORY_NOT_SPACE: (str.isspace, False),
    _sre_parse.CATEGORY_WORD: (_is_word, True),
    _sre_parse.CATEGORY_NOT_WORD: (_is_word, False),
}


def _escape(code: int) -> str:
    return f"\\x{{{code:x}}}"


def _ranges(codes: Iterable[int]) -> str:
    """A class body for the code points *codes*, in runs."""
    parts: list[str] = []
    ordered = sorted(set(codes) - set(_SURROGATES))
    at = 0
    while at < len(ordered):
        last = at
        while last + 1 < len(ordered) and ordered[last + 1] == ordered[last] + 1:
            last += 1
        first, end = ordered[at], ordered[last]
        parts.append(_escape(first) if first == end else f"{_escape(first)}-{_escape(end)}")
        at = last + 1
    return "".join(parts)


_ANY = r"[\x{0}-\x{10ffff}]"


def _class(items: Sequence[tuple[Any, Any]], ignore_case: bool, forward: bool = False) -> str:
    """A character class at least as wide as the parser's ``IN`` *items* (spaces spelled
    out in full where *forward*, for the screen: see :func:`_categorised_class`)."""
    if ignore_case:
        return _ANY  # Python's case folding need not be Hyperscan's (see _literal)
    return _categorised_class(tuple(items), forward)


@functools.cache
def _categorised_class(items: tuple[tuple[Any, Any], ...], all_spaces: bool = False) -> str:
    negate = bool(items) and items[0][0] is _sre_parse.NEGATE
    body = items[1:] if negate else items
    codes: set[int] = set()
    tests: list[tuple[Callable[[str], bool], bool]] = []
    for op, value in body:
        if op is _sre_parse.LITERAL:
            codes.add(value)
        elif op is _sre_parse.RANGE:
            codes.update(range(value[0], value[1] + 1))
        elif op is _sre_parse.CATEGORY and value in _CATEGORIES:
            tests.append(_CATEGORIES[value])
        else:
            raise UntranslatableError(f"class item {op}")
    only_spaces = all(wanted and test is str.isspace for test, wanted in tests)
    if all_spaces and tests and only_spaces and not negate:
        # Spaces are few (29 code points, none past U+3000): spelled out in full, they
        # let Hyperscan pass over the sample dump's anchor-free articles twice as fast
        # in the screen (see Screen); in the scanner's patterns they took its build from
        # 0.23 to 0.28 s for no time saved.
        every_space = (code for code in range(_LAST_SPACE + 1) if chr(code).isspace())
        return f"[{_ranges(codes.union(every_space))}]"
    if not tests:
        return f"[{'^' if negate else ''}{_ranges(codes)}]"
    # Python's Unicode tables (``\d``, ``\s``) need not be Hyperscan's: spelled out up
    # to the first code point past Latin-1 the class takes, every one let through from
    # there (short patterns compile fast, and Cyrillic and Greek letters still fail
    # ``\d`` and ``\s``).
    taken: list[int] = []
    for code in range(0x110000):
        char = chr(code)
        member = code in codes or any(test(char) is wanted for test, wanted in tests)
        if member != negate and code not in _SURROGATES:
            if code > _LATIN_1:
                return f"[{_ranges(taken)}{_escape(code)}-{_escape(0x10FFFF)}]"
            taken.append(code)
    return f"[{_ranges(taken)}]"  # pragma: no cover - every category takes a later one


def _literal(code: int, ignore_case: bool) -> str:
    char = chr(code)
    if ignore_case and char.lower() != char.upper():
        # Python's case folding need not be Hyperscan's: an ASCII letter in either case
        # or any other character (``K`` of the Kelvin sign is a ``k`` to Python); any
        # character for another letter.
        if not char.isascii():
            return _ANY
        return f"[{char.lower()}{char.upper()}{_escape(0x80)}-{_escape(0x10FFFF)}]"
    return char if char.isascii() and char.isalnum() else _escape(code)


def _is_lookahead(op: Any, value: Any) -> bool:
    return op is _sre_parse.ASSERT and value[0] == 1


def _sequence(
    nodes: Sequence[tuple[Any, Any]], tail: bool, ignore_case: bool, forward: bool
) -> list[str]:
    """The parts of a sequence of parser nodes, in the text's order.

    A positive look-ahead is read as part of the match only where nothing follows it but
    other look-arounds (*tail*: nothing follows the sequence either), since what follows
    it is matched from where it begins; elsewhere, like every other look-around, it is
    dropped, which only lets more through."""
    last = next(
        (at for at in reversed(range(len(nodes))) if nodes[at : at + 1].getwidth()[1] > 0),  # type: ignore[attr-defined]
        -1,
    )
    ahead: dict[int, str] = {}
    if tail:
        ahead = {
            at: _node(*nodes[at], True, ignore_case, forward)
            for at in range(last + 1, len(nodes))
            if _is_lookahead(*nodes[at])
            or nodes[at][0] in (_sre_parse.SUBPATTERN, _sre_parse.BRANCH)
        }
    # Of several look-aheads, the one that reads the most characters at least: not a
    # cheap guard before the look-ahead that decides (``(?=[\s\w])`` before a day).
    read_ahead = max(ahead, key=lambda at: (_least_width(ahead[at]), -at), default=-1)
    parts = []
    for at, (op, value) in enumerate(nodes):
        if at == read_ahead:
            parts.append(ahead[at])
        elif at <= last or (forward and (op, value) in (_START, _END)):
            node_tail = at == last and read_ahead == -1 and tail
            parts.append(_node(op, value, node_tail, ignore_case, forward))
        # (else a look-around after the last character the match reads: dropped)
    return [part for part in parts if part]


def _in_python(expression: str) -> str:
    """A wider *expression* in Python's syntax, its classes (long for ``\\s`` and
    ``\\d``) read as any character, which Python parses in no time."""
    python = re.sub(r"\[[^\]]*\]", r"[\\s\\S]", expression)
    return re.sub(r"\\x\{([0-9a-f]+)\}", lambda code: re.escape(chr(int(code[1], 16))), python)


@functools.cache
def _least_width(expression: str) -> int:
    """How many characters a match of the wider *expression* reads at least."""
    return int(_sre_parse.parse(_in_python(expression)).getwidth()[0])


def _node(op: Any, value: Any, tail: bool, ignore_case: bool, forward: bool) -> str:
    parse = _sre_parse
    if op is parse.LITERAL:
        return _literal(value, ignore_case)
    if op is parse.NOT_LITERAL:
        return _ANY if ignore_case else f"[^{_escape(value)}]"
    if op is parse.ANY:
        return r"[^\n]"
    if op is parse.IN:
        return _class(value, ignore_case, forward)
    if op is parse.BRANCH:
        alternatives = [_joined(branch, tail, ignore_case, forward) for branch in value[1]]
        return f"(?:{'|'.join(alternatives)})"
    if op is parse.SUBPATTERN:
        _, add_flags, del_flags, pattern = value
        if (add_flags | del_flags) & ~(re.IGNORECASE | re.MULTILINE):
            raise UntranslatableError(f"flags {add_flags} {del_flags}")
        cased = (ignore_case or bool(add_flags & re.IGNORECASE)) and not (del_flags & re.IGNORECASE)
        return f"(?:{_joined(pattern, tail, cased, forward)})"
    if op in (parse.MAX_REPEAT, parse.MIN_REPEAT):
        low, high, pattern = value
        bound = "" if high == parse.MAXREPEAT else str(high)
        return f"(?:{_joined(pattern, False, ignore_case, forward)}){{{low},{bound}}}"
    if op is parse.ASSERT:
        return _joined(value[1], tail, ignore_case, forward) if value[0] == 1 and tail else ""
    if (op, value) == _START and forward:
        return "^"  # (reversed, the start of the text would be its end: dropped)
    if (op, value) == _END and forward:
        return "$"  # (Hyperscan's, before a last line break too: it only lets more through)
    if op in (parse.ASSERT_NOT, parse.AT):
        return ""
    raise UntranslatableError(f"node {op}")


def _joined(
    nodes: Sequence[tuple[Any, Any]], tail: bool, ignore_case: bool, forward: bool = False
) -> str:
    """The parts of *nodes* in reverse order, for the reversed text (see the module
    docstring); in the text's order where *forward* (see :func:`forward_superset`)."""
    parts = _sequence(nodes, tail, ignore_case, forward)
    return "".join(parts if forward else reversed(parts))


def reversed_superset(pattern: re.Pattern[str]) -> str:
    """A Hyperscan pattern that matches the reversed text wherever *pattern* may match
    the text: its matches in the reversed text end where those of *pattern* begin.

    >>> reversed_superset(re.compile(r"S(?=TYLE)(?<!\\w)"))
    'ELYTS'
    """
    return _superset(pattern, forward=False)


def _superset(pattern: re.Pattern[str], *, forward: bool) -> str:
    """:func:`reversed_superset`, or the same pattern for the text as it is where
    *forward*."""
    # (Under DOTALL the widened `[^\n]` of a dot would no longer hold every match.)
    unsupported = re.ASCII | re.LOCALE | re.VERBOSE | re.DOTALL
    if pattern.flags & unsupported or isinstance(pattern.pattern, bytes):
        raise UntranslatableError("flags")
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    try:
        tree = _sre_parse.parse(pattern.pattern, pattern.flags)
        return _joined(tree, True, ignore_case, forward)
    except (AttributeError, IndexError, KeyError, TypeError, ValueError) as error:
        if isinstance(error, UntranslatableError):
            raise
        # The parser's tree is private to CPython and may change shape in a later
        # version: a pass it no longer describes as expected keeps its own scan.
        raise UntranslatableError(f"parse tree: {error!r}") from error


#: A pass is split into at most this many alternatives to be served (see
#: :func:`split_superset`).
_MOST_ALTERNATIVES = 32


def _flattened(nodes: Sequence[tuple[Any, Any]]) -> list[list[tuple[Any, Any]]]:
    """The sequences of nodes *nodes* matches as: its groups without flags opened and the
    alternatives at its top level distributed."""
    sequences: list[list[tuple[Any, Any]]] = [[]]
    for op, value in nodes:
        if op is _sre_parse.SUBPATTERN and not (value[1] or value[2]):
            inner = _flattened(value[3])
        elif op is _sre_parse.BRANCH:
            inner = [flat for branch in value[1] for flat in _flattened(branch)]
        else:
            inner = [[(op, value)]]
        sequences = [sequence + part for sequence in sequences for part in inner]
        if len(sequences) > _MOST_ALTERNATIVES:
            raise UntranslatableError("too many alternatives")
    return sequences


def _behind(node: tuple[Any, Any]) -> Any:
    """The body of a positive look-behind of fixed width, else ``None``."""
    op, value = node
    if op is not _sre_parse.ASSERT or value[0] != -1:
        return None
    low, high = value[1].getwidth()
    return value[1] if low == high and low > 0 else None


def _read_behind(
    nodes: list[tuple[Any, Any]], forward: bool = False
) -> tuple[list[tuple[Any, Any]], int]:
    """*nodes*, a literal character and what follows it, with the character replaced by
    the body of a look-behind that ends right after it (``(?<=\\b[ON]\\.S)`` after an
    ``S``: the characters before it are read as part of the match, which then starts
    that many characters earlier), and by how many characters; unchanged, and 0, where
    no such look-behind stands before any character is read. Of several, the one with
    the most characters other than a dot (``\\.\\sS``, not ``[ONanA]...``), its dots and
    the characters before it read as the others read them, where each reads one
    character at a time (``[ONanA]\\.\\sS``: every look-behind holds where the pass
    matches). Where *forward*, a ``\\b`` before the first of them that reads letters is
    read as well, as the start of the text or a character not of a word."""
    if not nodes or nodes[0][0] is not _sre_parse.LITERAL:
        return nodes, 0
    bodies = []
    at = 1
    while at < len(nodes) and nodes[at][0] in (
        _sre_parse.ASSERT,
        _sre_parse.ASSERT_NOT,
        _sre_parse.AT,
    ):
        body = _behind(nodes[at])
        if body is not None:
            read = sum(1 for op, _ in body if op not in (_sre_parse.ANY, _sre_parse.AT))
            bodies.append((read, body.getwidth()[0], at, body))
        at += 1
    if not bodies:
        return nodes, 0
    bodies.sort(key=lambda found: found[:3], reverse=True)
    _, width, at, body = bodies[0]
    chars = _one_per_character(body)
    if chars is None:
        return [*body, *nodes[1:at], *nodes[at + 1 :]], width - 1
    bounded = set()  # (the lengths of the look-behinds that begin with \b)
    for *_, other in bodies:
        others = _one_per_character(other) or []
        for back in range(1, len(others) + 1):
            if back > len(chars):
                chars.insert(0, others[-back])
            elif chars[-back][0] is _sre_parse.ANY:
                chars[-back] = others[-back]
        if others and other[0] == (_sre_parse.AT, _sre_parse.AT_BOUNDARY):
            bounded.add(len(others))
    shift = len(chars) - 1
    if forward and shift + 1 in bounded and _reads_letters(chars[0]):
        chars.insert(0, _start_or_not_word(body.state))
    return [*chars, *nodes[1:at], *nodes[at + 1 :]], shift


#: The start of the text, which a forward pattern reads (see :func:`_start_or_not_word`).
_START = (_sre_parse.AT, _sre_parse.AT_BEGINNING_STRING)
#: The end of the text, which a forward pattern reads (``\Z``).
_END = (_sre_parse.AT, _sre_parse.AT_END_STRING)


def _start_or_not_word(state: Any) -> tuple[Any, Any]:
    """The start of the text or a character not of a word: what stands before a ``\\b``
    that a letter follows (see :func:`_read_behind`)."""
    parse = _sre_parse
    not_word = [(parse.NEGATE, None), (parse.CATEGORY, parse.CATEGORY_WORD)]
    start = parse.SubPattern(state, [_START])
    return parse.BRANCH, (None, [start, parse.SubPattern(state, [(parse.IN, not_word)])])


def _reads_letters(node: tuple[Any, Any]) -> bool:
    """Whether *node* reads only characters of a word (``[ONanA]``)."""
    op, value = node
    if op is _sre_parse.LITERAL:
        return _is_word(chr(value))
    if op is not _sre_parse.IN:
        return False
    codes: list[int] = []
    for item, argument in value:
        if item is _sre_parse.LITERAL:
            codes.append(argument)
        elif item is _sre_parse.RANGE:
            codes.extend(range(argument[0], argument[1] + 1))
        else:
            return False
    return all(_is_word(chr(code)) for code in codes)


def _one_per_character(body: Any) -> list[tuple[Any, Any]] | None:
    """The nodes of the look-behind *body* that read a character each, in order (its
    ``\\b`` left out, which only lets more through); ``None`` where one reads more."""
    read = [node for node in body if node[0] is not _sre_parse.AT]
    if all(_sre_parse.SubPattern(body.state, [node]).getwidth() == (1, 1) for node in read):
        return read
    return None


def split_superset(pattern: re.Pattern[str]) -> list[tuple[str, int]]:
    """Hyperscan patterns, each with a shift, that together match the reversed text
    wherever *pattern* may match the text: a match of one ends, in the reversed text,
    its shift before where one of *pattern* begins.

    For a pass :func:`reversed_superset` would serve with a candidate at every
    occurrence of its character (``S(?:(?<=[ON]S)|(?=TYLE))``, whose look-behinds it
    drops): each alternative is widened apart, a look-behind that ends right after the
    character read as part of the match.

    >>> split_superset(re.compile(r"S(?:(?<=NS)|(?=TYLE))"))
    [('SN', 1), ('ELYTS', 0)]
    """
    return _split(pattern, forward=False)


def _split(
    pattern: re.Pattern[str], *, forward: bool, boundary: bool = True
) -> list[tuple[str, int]]:
    """:func:`split_superset`, or the same patterns for the text as it is where
    *forward* (a match of one then begins its shift before one of *pattern*; the
    character a ``\\b`` asks for read too unless not *boundary*, for a scan that needs
    the shift exact, see :func:`_read_behind`)."""
    if pattern.flags & (re.ASCII | re.LOCALE | re.VERBOSE | re.DOTALL):
        raise UntranslatableError("flags")  # (as in _superset)
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    try:
        tree = _sre_parse.parse(pattern.pattern, pattern.flags)
        split = []
        for nodes in _flattened(tree):
            read, shift = _read_behind(nodes, forward and boundary)
            sequence = _sre_parse.SubPattern(tree.state, read)
            split.append((_joined(sequence, True, ignore_case, forward), shift))
        return split
    except (AttributeError, IndexError, KeyError, TypeError, ValueError) as error:
        if isinstance(error, UntranslatableError):
            raise
        raise UntranslatableError(f"parse tree: {error!r}") from error


def forward_superset(pattern: re.Pattern[str]) -> list[str]:
    """Hyperscan patterns that together match the text, as it is, wherever *pattern*
    may match it: one of them matches from where a match of *pattern* begins or a few
    characters before (a look-behind read as part of it). Split at the alternatives
    where it can be (see :func:`split_superset`), which lets fewer places through.

    >>> forward_superset(re.compile(r"S(?:(?<=NS)|(?=TYLE))"))
    ['NS', 'STYLE']
    """
    try:
        return [expression for expression, _ in _split(pattern, forward=True)]
    except UntranslatableError:
        return [_superset(pattern, forward=True)]  # (too many alternatives to split)


def _widened(
    pattern: re.Pattern[str], *, forward: bool = False
) -> tuple[list[tuple[str, int]], bool]:
    """The Hyperscan patterns and shifts that serve *pattern*, or none where its own scan
    is better, and whether they were split because the one pattern of
    :func:`reversed_superset` would match the pass's character alone (see
    :class:`Scanner`). Split (:func:`split_superset`) where each split pattern reads more
    characters than that one pattern (the ``y`` of ``Old Style``: not every ``yl`` but
    ``styl`` after a ``d`` or a ``w`` or before a phrase's ending, a third fewer
    candidates in the pages of ``bench_dump``), or where that one would match the
    character alone. (*forward*: patterns of the text, whose matches begin where the
    pass's do, for a long text's scan; split there too where each split pattern reads as
    many characters as that one: the ``J`` of ``C.J.``, whose one pattern, its
    look-behinds dropped, took every initial ``J.``, 2,900 candidates in the bench dump's
    long pages, 212 split, each a match of the pass.)"""
    try:
        widened = [(_superset(pattern, forward=forward), 0)]
        if len(widened[0][0]) > _LONGEST:
            return [], False  # (split, it is as long)
        try:
            split = _split(pattern, forward=forward, boundary=False)
        except UntranslatableError:
            split = []
        alone = _matches_alone(widened[0][0], pattern, forward=forward)
        least = min((_least_width(expression) for expression, _ in split), default=0)
        single = _least_width(widened[0][0])
        if least > single or alone or (forward and len(split) > 1 and least == single):
            widened = split
    except UntranslatableError:
        return [], False  # this pass keeps its own scan
    if sum(len(expression) for expression, _ in widened) > _LONGEST:
        return [], False  # so does this one
    if any(_matches_alone(expression, pattern, forward=forward) for expression, _ in widened):
        return [], False
    return widened, alone


#: Hyperscan's patterns of some passes: for each, the pass it serves and its shift.
_Served = dict[int, list[tuple[bytes, int]]]


class _Group:
    """Passes whose patterns are compiled in one database and scanned together."""

    def __init__(
        self,
        database: _Database,
        served: _Served,
        alone: bool,
        forward: bool = False,
        words: int = 0,
    ) -> None:
        self.database = database
        self.passes = tuple(served)
        #: Whether these are the passes split as their one pattern would match alone.
        self.alone = alone
        #: Whether the patterns are of the text, not the reversed text: Hyperscan then
        #: reports where each match begins, once for each place one ends.
        self.forward = forward
        #: For each of Hyperscan's patterns (by its id), the pass it serves and its shift.
        self.owners: list[tuple[int, int]] = [
            (index, shift) for index, expressions in served.items() for _, shift in expressions
        ]
        # (and after them the words looked for as well, each its own pattern: see
        # Scanner.candidates_and_words)
        self.owners += [(_WORD_PASS, 0)] * words
        #: The passes whose candidates may come twice: served by several patterns, or by
        #: patterns of the text.
        self.split = {
            index for index, expressions in served.items() if forward or len(expressions) > 1
        }


class Scanner:
    """The passes Hyperscan finds candidates for, in databases compiled once.

    The passes split because their one pattern would match their character alone (the
    ``S`` of ``O.S.``, the ``j`` of ``vkj``) have a database of their own for short
    texts (see :meth:`found`): in crafted input ("[O.S. [O.S. …") their candidates come
    so close together that Hyperscan stops (see :data:`_DENSEST`), and where their scan
    stops, only they scan on their own, not every pass. A long text is scanned once,
    forward, for every pass those databases serve and for wider patterns of some they
    do not (see :meth:`candidates`; a database compiled once the long texts read add up
    to :data:`WORTH_SCANNING_FORWARD`): a second scan of its bytes for those two passes
    cost more than their own scans (some 6 ms per 13.6 million characters of
    ``bench_extract``'s article), one scan for all less.
    """

    def __init__(self, hyperscan: Any, passes: Sequence[re.Pattern[str]]) -> None:
        self._count = len(passes)
        groups: tuple[_Served, _Served] = ({}, {})
        for index, pattern in enumerate(passes):
            widened, alone = _widened(pattern)
            if widened:
                groups[alone][index] = [
                    (expression.encode("utf-8"), shift) for expression, shift in widened
                ]
        self._hyperscan = hyperscan
        self._passes = tuple(passes)
        #: The database of every pass, for long texts, by the words it looks for as well
        #: (see candidates_and_words), and the wider patterns it was built for: compiled
        #: once WORTH_SCANNING_FORWARD characters were read.
        self._wholes: dict[tuple[str, ...], _Group] = {}
        self._whole_wider: Sequence[re.Pattern[str]] | None = None
        self._whole_lock = threading.Lock()
        #: Characters of long texts read so far (see WORTH_SCANNING_FORWARD).
        self._long_read = 0
        self._terminated: type[Exception] = hyperscan.ScanTerminated
        self._failed: type[Exception] = hyperscan.error
        self._scratch_for: Callable[[_Database], object] = hyperscan.Scratch
        # Hyperscan's scratch space serves one scan at a time: one per thread (a dask
        # worker reads pages in several).
        self._local = threading.local()
        compiled = [_compiled(hyperscan, groups[alone], alone) for alone in (False, True)]
        self._groups = [group for group in compiled if group.passes]
        self.passes: dict[int, re.Pattern[str]] = {
            index: passes[index] for group in self._groups for index in group.passes
        }
        #: The indexes of the passes that keep their own scan.
        self.unserved = tuple(index for index in range(self._count) if index not in self.passes)

    def candidates(
        self, text: str, wider: Sequence[re.Pattern[str]] | None = None
    ) -> list[array[int] | None] | None:
        """:meth:`candidates_and_words` without words: the candidates alone."""
        return self.candidates_and_words(text, wider)[0]

    def candidates_and_words(
        self,
        text: str,
        wider: Sequence[re.Pattern[str]] | None = None,
        words: tuple[str, ...] = (),
    ) -> tuple[list[array[int] | None] | None, bool]:
        """For each pass (in their order), the sorted offsets in *text* where it may
        match, ``None`` for one Hyperscan does not serve; ``None`` where the passes' own
        scan is better (crafted input dense with candidates, a text Hyperscan cannot
        read). (A list, not a mapping of the passes: hashing a compiled pattern costs
        more than the scan of a short text.)

        A long text is scanned once, forward, for every pass (see the class's
        docstring); *wider* are the passes again, some replaced by a pattern that
        matches wherever the pass does and is short enough to be served there (the
        parenthesis's, see the prefilter), the same at every call. Where that scan
        stops, the text is scanned as :meth:`found` scans it, the passes split as their
        one pattern would match alone left to their own scan, unless the pass with the
        most candidates when it stopped is served there too (that scan would stop as
        well: ``1731/1731/…``).

        And whether *text* may hold one of *words* (each as it is written): ``False``
        only where the forward scan, which looks for them as well, found none (``check``
        asks for the words of the rules that need no items, JG403's: where none is in a
        long page, those rules are not run; a search of their own would read the page
        again, at a third of the speed of the scan).
        """
        if not self.passes:
            return None, True
        dense: list[int] = []
        found = None
        held = True
        forward = bool(self._wholes) or max(self._long_read, _expected) >= WORTH_SCANNING_FORWARD
        # (Unlocked: threads may lose a count, which only puts the build off a little.)
        self._long_read += len(text)
        if forward:
            found = self._found_forward(text, wider, dense, words)
            if found is not None:
                held = not words or _WORD_PASS in found
        if found is None:
            if dense and any(
                dense[0] in group.passes and not group.alone for group in self._groups
            ):
                return None, True  # (the scan below would stop at the same candidates)
            found = self.found(text, short=False)
            if found is None:
                return None, True
            found.update(dict.fromkeys(self.unserved))
        return [
            None
            if index in found and found[index] is None
            else array("q", sorted(found.get(index) or ()))
            for index in range(self._count)
        ], held

    def _found_forward(
        self,
        text: str,
        wider: Sequence[re.Pattern[str]] | None,
        dense: list[int],
        words: tuple[str, ...] = (),
    ) -> dict[int, list[int] | None] | None:
        """The candidates of :meth:`candidates` by the index of their pass, as
        :meth:`found` gives them, from one forward scan for every pass, ``None`` for
        each pass it does not serve, and under :data:`_WORD_PASS` where the scan found
        one of *words*; ``None`` where that scan stops or fails (see :meth:`_ends` for
        *dense*)."""
        whole = self._wholes.get(words)
        if whole is None:
            with self._whole_lock:
                whole = self._wholes.get(words)
                if whole is None:
                    # (every database of the scanner for the wider patterns of the first)
                    self._same_wider(wider, built=bool(self._wholes))
                    whole = self._wholes[words] = self._forward_group(wider, words)
                    self._whole_wider = wider
        self._same_wider(wider)
        if not whole.passes:
            return None
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # (see found)
            return None
        starts = self._ends(whole, data, dense)
        if starts is None:
            return None
        served = set(whole.passes)
        by_pass: dict[int, list[int] | None] = {
            index: None for index in range(self._count) if index not in served
        }
        if starts:
            self._gather(whole, data, text, starts, by_pass)
        return by_pass

    def _same_wider(self, wider: Sequence[re.Pattern[str]] | None, *, built: bool = True) -> None:
        """``ValueError`` where *wider* are not the patterns the databases were built for
        (where any is *built*): they would serve other ones silently (a caller's mistake,
        not the text's)."""
        if built and wider is not self._whole_wider:
            raise ValueError("a scanner's long texts are scanned for the same wider patterns")

    def _forward_group(
        self, wider: Sequence[re.Pattern[str]] | None, words: tuple[str, ...] = ()
    ) -> _Group:
        """The database of every pass (or of *wider*), and of *words*, for a forward
        scan; one that serves none where the translation fails (the reversed scan then
        serves long texts too, as the constructor's failures leave the passes to their
        own scans)."""
        served: _Served = {}
        try:
            for index, pattern in enumerate(wider or self._passes):
                widened, _ = _widened(pattern, forward=True)
                if widened:
                    served[index] = [
                        (expression.encode("utf-8"), shift) for expression, shift in widened
                    ]
            return _compiled(self._hyperscan, served, alone=False, forward=True, words=words)
        except (self._failed, re.error, UntranslatableError):
            return _Group(self._hyperscan.Database(), {}, alone=False, forward=True)

    def found(self, text: str, *, short: bool = True) -> dict[int, list[int] | None] | None:
        """The candidates of :meth:`candidates` by the index of their pass, only of the
        passes that have some, in no order, and ``None`` for a pass left to its own scan
        in this text (see :class:`Scanner`: the passes split as their one pattern would
        match alone, unless *short*); ``None`` as there. (What a short text needs: most
        have few candidates or none, and the arrays of every pass would cost more than
        the scan.)"""
        if not self.passes:
            return None
        try:
            data = text[::-1].encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: not UTF-8, which Hyperscan needs
            return None
        by_pass: dict[int, list[int] | None] = {}
        for group in self._groups:
            if group.alone and not short:
                by_pass.update(dict.fromkeys(group.passes))
                continue
            ends = self._ends(group, data)
            if ends is None:
                if not group.alone:
                    return None
                by_pass.update(dict.fromkeys(group.passes))  # (see the class's docstring)
            elif ends:
                self._gather(group, data, text, ends, by_pass)
        return by_pass

    def _ends(
        self, group: _Group, data: bytes, dense: list[int] | None = None
    ) -> list[tuple[int, int]] | None:
        """Where the patterns of *group* match in *data*, by pattern id: where a match
        ends, or begins in a forward group; ``None`` where the scan stops or fails (and
        then, where it stopped, the pass with the most candidates so far added to
        *dense*)."""
        ends: list[tuple[int, int]] = []
        add = ends.append
        forward = group.forward

        def found(index: int, start: int, end: int, _flags: int, _context: object) -> bool:
            add((index, start if forward else end))
            # (Once the candidates so far come too close together: the passes' own scan
            # then costs less than the calls to come.)
            return len(ends) > _DENSE_FLOOR and end < len(ends) * _DENSEST

        try:
            scratches = getattr(self._local, "scratches", None)
            if scratches is None:
                scratches = self._local.scratches = {}
            scratch = scratches.get(group)
            if scratch is None:
                scratch = scratches[group] = self._scratch_for(group.database)
            group.database.scan(data, match_event_handler=found, scratch=scratch)
        except self._terminated:  # too many candidates (see _DENSEST)
            if dense is not None:
                counts = Counter(group.owners[pattern][0] for pattern, _ in ends)
                dense.append(counts.most_common(1)[0][0])
            return None
        except self._failed:
            return None  # (no memory for a scratch space, say): the passes scan alone
        return ends

    @staticmethod
    def _gather(
        group: _Group,
        data: bytes,
        text: str,
        ends: list[tuple[int, int]],
        by_pass: dict[int, list[int] | None],
    ) -> None:
        """Add the candidates of *ends* (of :meth:`_ends`) to *by_pass*, by their pass."""
        ends.sort(key=_OFFSET)  # (the ends come in this order, not the starts)
        # A candidate is where a match begins, after the shift of its pattern: in the
        # text, that many characters before the end of the reversed text's match. The
        # characters before each are counted on from the last (see _char_offsets), in
        # the one walk over the candidates that sorts them by their pass (some 60,000
        # in the bench dump's long pages: a second walk, and its list, cost a fifth of
        # this one).
        forward, length, owners = group.forward, len(text), group.owners
        plain = text.isascii()
        gathered: dict[int, list[int]] = {}
        at_byte = at_char = 0
        for pattern, end in ends:
            if end != at_byte:
                at_char += end - at_byte if plain else len(data[at_byte:end].decode("utf-8"))
                at_byte = end
            index, shift = owners[pattern]
            offset = at_char + shift if forward else length - at_char + shift
            found = gathered.get(index)
            if found is None:
                gathered[index] = [offset]
            else:
                found.append(offset)
        for index in group.split.intersection(gathered):
            gathered[index] = list(set(gathered[index]))
        by_pass.update(gathered)


#: Where a match of :meth:`Scanner._ends` ends (or begins): what its candidates are sorted by.
_OFFSET = itemgetter(1)
#: The pass a word's pattern is filed under among the candidates (see
#: :meth:`Scanner.candidates_and_words`): no pass's index.
_WORD_PASS = -1


def _compiled(
    hyperscan: Any,
    served: _Served,
    alone: bool,
    *,
    forward: bool = False,
    words: tuple[str, ...] = (),
) -> _Group:
    """The database of the patterns *served*: a pattern Hyperscan refuses leaves its pass
    out (each pass is tried alone where the set as a whole is refused; every pass, where
    it still is). Patterns of the text (*forward*) report where their matches begin,
    from their leftmost start: one start for each place a match ends, so a pass whose
    wider pattern may match again from a later start to the same end (``x(?=[xy]*z)`` on
    ``xxz``) would lose that start, where the reversed scan keeps it. The passes'
    patterns do not (tests compare their anchors with and without Hyperscan on real,
    crafted and random texts, the forward scan on). *words* are looked for as well, each
    reported once (a pattern of its own after the passes', see :data:`_WORD_PASS`)."""
    flags = hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_UCP
    # (a word's first match is enough: Hyperscan then reports no other, which it cannot
    # do where it reports where matches begin)
    word_flags = int(flags | hyperscan.HS_FLAG_SINGLEMATCH)
    worded = [(_word_expression(word), word_flags) for word in words]
    if forward:
        flags |= hyperscan.HS_FLAG_SOM_LEFTMOST
    try:
        database = _compile(hyperscan, served, int(flags), words=worded)
    except hyperscan.error:
        for index, expressions in list(served.items()):
            try:
                _compile(hyperscan, {index: expressions}, int(flags), cached=False)
            except hyperscan.error:
                del served[index]
        try:
            database = _compile(hyperscan, served, int(flags), words=worded)
        except hyperscan.error:  # (refused together though each alone is not)
            served = {}
            database = hyperscan.Database()
    return _Group(database, served, alone, forward, len(words) if served else 0)


def _compile(
    hyperscan: Any,
    served: _Served,
    flags: int,
    *,
    cached: bool = True,
    words: Sequence[tuple[bytes, int]] = (),
) -> _Database:
    """The database of the patterns *served*, and after them of *words* (each pattern
    with its flags), from the cache of databases unless not *cached* (a pattern tried
    alone, to learn whether Hyperscan refuses it); one without patterns (never compiled)
    where they are none (nor where no pass is served: the words are only looked for
    with them)."""
    expressions = [expression for split in served.values() for expression, _ in split]
    if not expressions:
        return cast("_Database", hyperscan.Database())
    all_flags = [flags] * len(expressions)
    expressions += [expression for expression, _ in words]
    all_flags += [word_flags for _, word_flags in words]
    ids = list(range(len(expressions)))
    if not cached:
        database: _Database = hyperscan.Database()
        database.compile(expressions=expressions, ids=ids, flags=all_flags)
        return database
    return cast("_Database", compiled_database(hyperscan, expressions, ids, all_flags))


def _literal_prefix(pattern: re.Pattern[str]) -> str:
    """The characters every match of *pattern* begins with (``st`` of the ``t`` pass)."""
    prefix = []
    for op, value in _sre_parse.parse(pattern.pattern, pattern.flags):
        if op is not _sre_parse.LITERAL:
            break
        prefix.append(chr(value))
    return "".join(prefix)


def _matches_alone(expression: str, pattern: re.Pattern[str], *, forward: bool = False) -> bool:
    """Whether the wider *expression* of *pattern* may match the characters its matches
    begin with alone: where all its look-arounds are look-behinds (the ``S`` of
    ``O.S.``), every occurrence of its character would be a candidate, and ``str.find``
    serves as well. (Tested with Python's engine, see :func:`_in_python`.)"""
    prefix = _literal_prefix(pattern)
    return re.search(_in_python(expression), prefix if forward else prefix[::-1]) is not None


def _char_offsets(data: bytes, text: str, ends: list[int]) -> list[int]:
    """The character offsets of the byte offsets *ends* (ascending) of UTF-8 *data*."""
    if text.isascii():
        return ends
    offsets = []
    at_byte = at_char = 0
    for end in ends:
        if end != at_byte:
            at_char += len(data[at_byte:end].decode("utf-8"))
            at_byte = end
        offsets.append(at_char)
    return offsets


def confirmed(
    pattern: re.Pattern[str], text: str, candidates: array[int], start: int, end: int, stop: int
) -> list[int]:
    """The candidates in ``[start, end)`` where *pattern* matches, looking on to *stop*
    (as the prefilter's own scan confirms the occurrences of a pass's character)."""
    match = pattern.match
    first = bisect.bisect_left(candidates, start)
    last = bisect.bisect_left(candidates, end, first)
    return [at for at in candidates[first:last] if match(text, at, stop)]


#: The scanners built, each with the passes it was built for (a scanner is ``None``
#: without Hyperscan), under the identity of those passes' tuple: hashing sixteen
#: compiled patterns costs more than the scan of a short text.
_built: dict[int, tuple[tuple[re.Pattern[str], ...], Scanner | None]] = {}


#: Held while a scanner is built: the threads of a dask worker that reach the first long
#: text together build it once (some 140 ms), not once each.
_BUILDING = threading.Lock()


_Built = TypeVar("_Built")
_Key = TypeVar("_Key", bound=Hashable)


def _built_once(
    cache: dict[_Key, tuple[tuple[re.Pattern[str], ...], _Built]],
    key: _Key,
    passes: tuple[re.Pattern[str], ...],
    build: Callable[[tuple[re.Pattern[str], ...]], _Built],
) -> _Built:
    """What *build* makes of *passes*, made once and kept in *cache* under *key* (which
    holds their identity)."""
    built = cache.get(key)
    if built is None or built[0] is not passes:
        with _BUILDING:
            built = cache.get(key)
            if built is None or built[0] is not passes:
                built = cache[key] = passes, build(passes)
    return built[1]


def _scanner(passes: tuple[re.Pattern[str], ...]) -> Scanner | None:
    return _built_once(_built, id(passes), passes, _new_scanner)


def _hyperscan_built(build: Callable[[Any], _Built]) -> _Built | None:
    """What *build* makes with the ``hyperscan`` module; ``None`` without it, or where
    Hyperscan or Python's parser refuses a pattern."""
    try:
        hyperscan = importlib.import_module("hyperscan")
    except ImportError:
        return None
    try:
        return build(hyperscan)
    except (hyperscan.error, re.error, UntranslatableError):
        # A set of patterns Hyperscan refuses as a whole, a widened pattern Python's
        # parser refuses, a pattern the screen cannot widen: the accelerator is left
        # unused, never a reason for a text not to be read.
        return None


def _new_scanner(passes: tuple[re.Pattern[str], ...]) -> Scanner | None:
    return _hyperscan_built(lambda hyperscan: Scanner(hyperscan, passes))


#: Characters of long texts a scanner reads (each scanner counts its own; the text being
#: read counts from the next one on) before their forward database is built (see
#: :meth:`Scanner.candidates`). It costs some 0.08 s and saves about 0.9 ms per million
#: characters of prose (12 ms of the anchor scan's 55 per 13.6 million of
#: ``bench_extract``'s article), so it pays for itself after some 90 million. The
#: threshold is below that on purpose, for programs that read much more (a dump, a
#: library), and above the one-off reads of crafted input that the forward scan serves
#: worse: once built, ``bench_adversarial``'s 16 MB inputs read 1.03 to 1.2 times slower,
#: a run of digits ("1111…") 1.58 times, each still above 10 MB/s (docs/extraction.md).
#: Before it, a long text is scanned reversed, the passes of ``S`` and ``j`` on their own.
#: (A dump run tells the characters it expects, see :func:`expect_characters`: crafted
#: input in a dump is read as the rest.)
WORTH_SCANNING_FORWARD = 32_000_000


#: Characters of texts read before the scanner is built. Building it costs about 140 ms
#: of CPU (the translation and Hyperscan's compilation; 135-177 ms measured), and it saves
#: 2 to 3 ms per MB of long text and some 7 ms per MB of short pages, so it pays for itself
#: after some 50 MB of long text or 20 MB of short pages. The threshold is lower than that
#: on purpose: a program that reads a few texts (most calls of ``extract``) never builds
#: it, and one that has read 8 million characters is, in practice, reading a dump or a
#: folder of books, far more than the break-even. Every text counts, short or long. A
#: program that knows it reads much more says so up front (:func:`expect_characters`).
WORTH_BUILDING = 8_000_000
_waited = 0


#: The characters of text this process said it is going to read in all (see
#: :func:`expect_characters`).
_expected = 0


def expect_characters(characters: int) -> None:
    """Tell the accelerators that this process is going to read about *characters*
    characters of text in all (a dump's pages, told by its size): the thresholds of the
    scanner (:data:`WORTH_BUILDING`) and of the forward scan of long texts
    (:data:`WORTH_SCANNING_FORWARD`) take them as read already, so that a long run builds
    those databases (or loads them from the cache of databases) at its first texts, not
    after reading 8 or 32 million characters in the slower ways.

    The screen's threshold (:data:`SCREEN_WORTH_BUILDING`) counts only the short texts
    read, as before: what the screen pays back depends on how many pages are short,
    which a dump's size does not tell (the bench dumps' short pages hold 4% of their
    text: the screen built at the first page made a run of the 40 MB one slower, by 0.2
    to 0.4 s of CPU with its databases in the cache and 1 s without).

    The largest count told holds: telling it again (for each chunk of a dump a worker
    reads) changes nothing. The thresholds stay for programs that do not tell: one that
    reads a few texts never builds what it would not pay back. What is found is the
    same either way; only when the databases are built changes."""
    global _expected
    _expected = max(_expected, characters)


def scanner(passes: tuple[re.Pattern[str], ...], length: int) -> Scanner | None:
    """The scanner of *passes* for a text of *length* characters: compiled once the texts
    read (or told by :func:`expect_characters`) add up to :data:`WORTH_BUILDING`;
    ``None`` before, without Hyperscan or with :data:`DISABLE_VARIABLE` set."""
    global _waited
    if _turned_off():
        return None
    built = _built.get(id(passes))
    if built is not None and built[0] is passes:  # (every text once it is built)
        return built[1]
    _waited += length
    if max(_waited, _expected) < WORTH_BUILDING:
        return None
    return _scanner(passes)


class Lead(NamedTuple):
    """A pattern the screen looks for in place of a pass, and how near the pass's match
    stands to the lead's: each of the pass's matches begins at most *reach* characters
    before the end of one of the lead's (and not after that end). Where the lead
    matches, the pass (*confirmed*) is tried at each of its first character within that
    reach, in Python (see :class:`Screen`).

    A lead of ``str`` is translated as the passes are (:func:`forward_superset`); one of
    ``bytes`` is matched against the text's UTF-8 as it is written, in the syntax
    Python's engine and Hyperscan read alike (bytes as ``\\xHH``, classes of bytes,
    repeats): Hyperscan compiles such a pattern some fifty times faster than one read
    as UTF-8 (the markers' leads, a pattern each, compiled alone in 0.4 to 0.9 s under
    load)."""

    pattern: re.Pattern[str] | re.Pattern[bytes]
    reach: int
    confirmed: re.Pattern[str]


class _TriedLead(NamedTuple):
    """What a screen keeps of a :class:`Lead` to try its pass: the lead's *reach*, the
    pass (*confirmed*), the pass's place among its leads' passes (*group*) and the
    character its matches begin with (*first*)."""

    reach: int
    confirmed: re.Pattern[str]
    group: int
    first: str


class Screen:
    """One scan of a text, as it is, for every pass at once: where none of Hyperscan's
    wider patterns of them matches (see :func:`forward_superset`), no pass can match
    either, and the text holds no anchor.

    Most short pages of a dump hold none. For them this one scan (no reversed copy of
    the text, no candidates handed back to Python, the scan stopped at the first match)
    replaces the scans of :meth:`Scanner.found` and the passes Hyperscan does not serve;
    where it matches, those run as before. A text Python holds a byte a character (ASCII
    or Latin-1) is scanned as those bytes, not its UTF-8, by a second database of the
    same patterns rewritten to read them
    (:mod:`~julian_gregorian.text._locate.latin_1_patterns`; built where the screen has
    leads): encoding a text as UTF-8 took Python 0.4 to 0.9 ns a character
    where it is not ASCII, and Hyperscan reads classes of single bytes faster.

    A pass may be looked for by *leads* instead (:class:`Lead`): short patterns, each
    of which matches near wherever the pass does, found at a few places where the pass's
    wider pattern would cost Hyperscan an engine run at every occurrence of its first
    character (the bracket's: wikitext's links hold two each). A lead's match does not
    stop the scan: each place it matched is noted, and the pass itself is tried there
    once the scan is over; a text where it matches nowhere is passed over all the same.
    Where the leads match more than :data:`MOST_LEAD_MATCHES` times, and in text of
    other scripts (see :data:`_FEW_PAST_ASCII`), the text is screened again, by the
    screen of the passes' own wider patterns, as it was before the leads (built with
    the screen: its build takes twice as long).

    The same scan may look for *words* as well, each as it is written (``check`` asks
    for the words a rule cannot find anything without, JG403's "3 day" and the like):
    each reported once, without stopping the scan, so that a text without anchors is
    also known to hold none of them (or some) at no further cost. A search of its own for "day" took
    as long as half the scan (``"day" in text``, some 0.6 ns a character, where the
    scan took some 1.2 for every pass together, 0.9 since the bracket's leads, and
    nothing more for a word).
    """

    def __init__(
        self,
        hyperscan: Any,
        patterns: Sequence[re.Pattern[str]],
        words: Sequence[str] = (),
        leads: Sequence[Lead] = (),
    ) -> None:
        expressions = [
            expression.encode("utf-8")
            for pattern in patterns
            for expression in forward_superset(pattern)
        ]
        flags = int(hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_UCP)
        lead_expressions = [
            (_FIRST_LEAD + index, expression, flags if as_utf8 else 0)
            for index, lead in enumerate(leads)
            for expression, as_utf8 in _lead_expressions(lead.pattern)
        ]
        # Each lead with its pass's place among the leads' passes (told apart by
        # identity: hashing a compiled pass hashes its code) and the character the
        # pass's matches begin with.
        passes: list[re.Pattern[str]] = []
        for lead in leads:
            if not any(lead.confirmed is known for known in passes):
                passes.append(lead.confirmed)
        self._leads = tuple(
            _TriedLead(
                lead.reach,
                lead.confirmed,
                next(at for at, known in enumerate(passes) if known is lead.confirmed),
                _first_character(lead.confirmed),
            )
            for lead in leads
        )
        single = int(hyperscan.HS_FLAG_SINGLEMATCH)  # (for the words: see words_in)
        self._words = tuple(words)
        word_expressions = [_word_expression(word) for word in words]
        self._database: _Database = compiled_database(
            hyperscan,
            [
                *expressions,
                *(expression for _, expression, _ in lead_expressions),
                *word_expressions,
            ],
            [
                *range(len(expressions)),
                *(index for index, _, _ in lead_expressions),
                *range(_FIRST_WORD, _FIRST_WORD + len(words)),
            ],
            [
                *[flags] * len(expressions),
                *(lead_flags for _, _, lead_flags in lead_expressions),
                *[flags | single] * len(words),
            ],
        )
        #: The same patterns for text of Latin-1, read as its bytes (see
        #: latin_1_patterns): only where the screen has leads, which such text needs no
        #: screen without (see _FEW_PAST_ASCII).
        self._latin_1: _Database | None = None
        if leads:
            self._latin_1 = _latin_1_database(
                hyperscan,
                [
                    *((index, expression, flags) for index, expression in enumerate(expressions)),
                    *lead_expressions,
                    *(
                        (_FIRST_WORD + index, expression, flags | single)
                        for index, expression in enumerate(word_expressions)
                    ),
                ],
            )
        self._stopped: tuple[type[Exception], ...] = (hyperscan.ScanTerminated, hyperscan.error)
        self._new_scratch: Callable[[_Database], object] = hyperscan.Scratch
        self._local = threading.local()  # (a scratch space per thread, see Scanner)
        # Where the leads match too often (see MOST_LEAD_MATCHES), the screen of their
        # passes' wider patterns, as before the leads.
        self._without_leads = Screen(hyperscan, [*patterns, *passes], words) if leads else None

    def holds_none(self, text: str) -> bool:
        """Whether *text* holds no match of any pattern (``False`` where it may, or where
        Hyperscan cannot read it: lone surrogates are not UTF-8)."""
        return self.words_in(text) is not None

    def words_in(self, text: str) -> bool | None:
        """``None`` where *text* may hold a match of a pattern (or where Hyperscan cannot
        read it: lone surrogates are not UTF-8); else whether it holds one of the
        words."""
        latin_1 = self._latin_1
        if latin_1 is not None and (
            text.isascii()
            or (_LATIN_1_SIZE > 0 and sys.getsizeof(text) - len(text) == _LATIN_1_SIZE)
        ):
            # Python holds the text a byte a character (told by its size; where that is
            # wrong, its UTF-8 is screened): those bytes copied as they are, where its
            # UTF-8 is written a character at a time (0.4 to 0.9 ns each), are scanned
            # for the patterns rewritten to read them (see latin_1_patterns).
            try:
                data = text.encode("latin-1")
            except UnicodeEncodeError:
                return self._words_in_utf_8(text)
            local = self._local
            try:
                scratch = local.latin_1_scratch
            except AttributeError:
                scratch = local.latin_1_scratch = self._new_scratch(latin_1)
            noted: list[int] = []
            try:
                latin_1.scan(data, _stop_but_at_leads_and_words, 0, noted, scratch)
            except self._stopped:  # (a match of a pattern, or too many of the leads')
                if self._without_leads is not None and len(noted) > _MOST_NOTED:
                    return self._words_in_utf_8(text, self._without_leads)
                return None
            # (a character a byte: the leads' ends are the characters')
            return bool(noted) and _words_after_leads(self._leads, text, data, noted)
        return self._words_in_utf_8(text)

    def _words_in_utf_8(self, text: str, screen: Screen | None = None) -> bool | None:
        """:meth:`words_in` of *text* read as UTF-8 (by *screen*, or this one)."""
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            return None
        return (screen or self)._words_in(text, data)

    def _words_in(self, text: str, data: bytes) -> bool | None:
        without_leads = self._without_leads
        if without_leads is not None and (len(data) - len(text)) * _FEW_PAST_ASCII > len(text):
            # Text of other scripts: Hyperscan reads it slower with the leads than with
            # the pass's own wider pattern (Persian 3 KB: 8.7 µs to 4.4), and its digits
            # are each a match of the lead of the digits past ASCII.
            return without_leads._words_in(text, data)
        local = self._local
        try:
            scratch = local.scratch
        except AttributeError:
            scratch = local.scratch = self._new_scratch(self._database)
        noted: list[int] = []
        try:
            if self._words or self._leads:
                self._database.scan(data, _stop_but_at_leads_and_words, 0, noted, scratch)
                return bool(noted) and _words_after_leads(self._leads, text, data, noted)
            self._database.scan(data, _stop, 0, None, scratch)
        except self._stopped:  # (a match of a pattern, or too many of the leads')
            if without_leads is not None and len(noted) > _MOST_NOTED:
                return without_leads._words_in(text, data)
            return None
        return False


def _latin_1_size() -> int:
    """What ``sys.getsizeof`` counts for a text CPython holds a byte a character, past
    its characters (one such text measured: ASCII text is told apart by
    ``str.isascii``); -1, which no text's size gives, where ``sys.getsizeof`` is
    refused (PyPy), so that only ASCII text is screened as its bytes there."""
    try:
        return sys.getsizeof("\u00e9") - 1
    except TypeError:
        return -1


_LATIN_1_SIZE = _latin_1_size()


def _latin_1_database(
    hyperscan: Any, patterns: Sequence[tuple[int, bytes, int]]
) -> _Database | None:
    """The database of *patterns* (each an id, Hyperscan's pattern and its flags, those
    of a :class:`Screen`) for text of Latin-1 read as its bytes, those that may match
    such text rewritten (see latin_1_patterns); ``None`` where one is written otherwise
    than that module reads, or where Hyperscan refuses them."""
    ids, expressions, flags = [], [], []
    try:
        for index, expression, pattern_flags in patterns:
            utf_8 = bool(pattern_flags & hyperscan.HS_FLAG_UTF8)
            written = expression.decode("ascii")
            rewritten = latin_1_expression(written) if utf_8 else latin_1_lead(expression)
            if rewritten is not None:
                ids.append(index)
                expressions.append(rewritten.encode("ascii"))
                flags.append(int(pattern_flags & hyperscan.HS_FLAG_SINGLEMATCH))
        database: _Database = compiled_database(hyperscan, expressions, ids, flags)
    except (UnexpectedSyntaxError, UnicodeDecodeError, hyperscan.error):
        return None
    return database


#: Characters per byte past one of a character's UTF-8 below which a :class:`Screen`
#: with leads screens a text with them: English with a few accented letters, dashes or
#: quotation marks, not text of other scripts (two or three bytes a character).
_FEW_PAST_ASCII = 8


#: The id of the first word of a :class:`Screen` in its database: a pattern's ids come
#: first, from 0, then the leads' from :data:`_FIRST_LEAD`; there are never so many.
_FIRST_WORD = 1 << 24
_FIRST_LEAD = 1 << 23


#: Bytes past one a character of a text's UTF-8 up to which the stretches where the
#: leads' passes are tried are widened by as many characters (see _words_after_leads).
_MOST_WIDENED = 32


def _words_after_leads(
    leads: tuple[_TriedLead, ...], text: str, data: bytes, noted: list[int]
) -> bool | None:
    """What :meth:`Screen.words_in` says of *text*, whose scan *noted* the ids of the
    words and of the leads it found, each lead's followed by the byte where its match
    ends: ``None`` where a lead's pass matches within its reach, else whether a word
    was found."""
    # A match's end in bytes is at most so many characters past its end in characters
    # as the text has bytes past one a character: a stretch that many characters longer
    # holds the one of the lead's reach (the pass tried at a few more places, where the
    # characters before each end counted cost 0.4 ns a byte, 1.5 us for a hit 2.6 KB in).
    extra = len(data) - len(text)
    if len(noted) == 2 and noted[0] < _FIRST_WORD:  # (one match of a lead: most texts')
        lead, end = leads[noted[0] - _FIRST_LEAD], noted[1]
        if extra > _MOST_WIDENED:
            end, extra = _char_offsets(data, text, [end])[0], 0
        return None if _matches_within(lead, text, max(0, end - extra - lead.reach), end) else False
    held = False
    hits: list[tuple[int, int]] = []
    at = 0
    while at < len(noted):
        if noted[at] >= _FIRST_WORD:
            held = True
            at += 1
        else:
            hits.append((noted[at + 1], noted[at] - _FIRST_LEAD))
            at += 2
    if extra > _MOST_WIDENED:  # (the characters before each match counted, once for all)
        hits.sort()
        ends = _char_offsets(data, text, [end for end, _ in hits])
        hits = [(end, index) for end, (_, index) in zip(ends, hits, strict=True)]
        extra = 0
    # The stretches each pass is tried over, joined where they overlap: a pass may have
    # leads of different reach, whose stretches need not end in the order they begin.
    stretches = sorted(
        (leads[index].group, max(0, end - extra - leads[index].reach), end, index)
        for end, index in hits
    )
    stretches.append((-1, 0, 0, 0))  # (ends the last one)
    group, start, end, index = stretches[0]
    for next_group, next_start, next_end, next_index in stretches[1:]:
        if next_group == group and next_start <= end:
            end = max(end, next_end)
            continue
        if _matches_within(leads[index], text, start, end):
            return None
        group, start, end, index = next_group, next_start, next_end, next_index
    return held


def _matches_within(lead: _TriedLead, text: str, start: int, end: int) -> bool:
    """Whether the pass of *lead* matches in *text* at a character of its first in
    ``[start, end)``."""
    first, match = lead.first, lead.confirmed.match
    at = text.find(first, start, end)
    while at != -1:
        if match(text, at):
            return True
        at = text.find(first, at + 1, end)
    return False


def _lead_expressions(pattern: re.Pattern[str] | re.Pattern[bytes]) -> list[tuple[bytes, bool]]:
    """Hyperscan's patterns of a lead (see :class:`Lead`), each with whether it is read
    as UTF-8."""
    written = pattern.pattern
    if isinstance(written, bytes):
        return [(written, False)]
    translated = forward_superset(cast("re.Pattern[str]", pattern))
    return [(expression.encode("utf-8"), True) for expression in translated]


def widest(expression: str) -> int:
    """The most characters a match of *expression* reads.

    >>> widest(r"\\d{1,2}\\]")
    3
    """
    return int(_sre_parse.parse(expression).getwidth()[1])


@functools.cache
def _first_character(pattern: re.Pattern[str]) -> str:
    """The character every match of *pattern* begins with (a lead's pass must have one:
    it is tried only there). Parsed once for the many leads of one pass."""
    prefix = _literal_prefix(pattern)
    if not prefix:
        raise UntranslatableError("a lead's pass must begin with a literal character")
    first = prefix[0]
    if pattern.flags & re.IGNORECASE and first.lower() != first.upper():
        # (str.find, which looks for it, takes it as it is written)
        raise UntranslatableError("a lead's pass must begin with a character of one case")
    return first


def _word_expression(word: str) -> bytes:
    """Hyperscan's pattern of *word* as it is written (no case folded: ``word in
    text``)."""
    if not word:
        raise ValueError("a screen's word must not be empty")  # (it would match every text)
    return "".join(_escape(ord(char)) for char in word).encode("utf-8")


def _stop(*_: object) -> bool:
    """Stops a scan at its first match."""
    return True


def _stop_but_at_leads_and_words(
    index: int, _start: int, end: int, _flags: int, noted: list[int]
) -> bool:
    """Stops a scan at its first match of a pattern; notes a word's id (in *noted*), a
    lead's id and where its match ends, and goes on, until the leads' matches are too
    many to try their passes (see :data:`MOST_LEAD_MATCHES`)."""
    if index >= _FIRST_WORD:
        noted.append(index)
        return False
    if index >= _FIRST_LEAD:
        noted.append(index)
        noted.append(end)
        return len(noted) > _MOST_NOTED
    return True


#: Matches of the leads after which a screen's scan gives up (see
#: :func:`_stop_but_at_leads_and_words`): the text is left to the passes, as one where a
#: pattern matched. Each match costs a call from Hyperscan and a try of its pass in
#: Python, 1.5 to 3 µs (the few characters of the pass's first character in its reach
#: searched, the pass matched there, where a byte is past ASCII the characters counted),
#: so that some four of them cost as much as the passes' own search of an anchor-free
#: page of 3 KB (6 to 20 µs with the scanner); without a limit, a page with a year link
#: or a footnote mark every few lines ("[[1905]]", "[12]") or with digits past ASCII
#: (Persian, Hindi, Bengali: each a match of the lead of those digits) took 20 to 300
#: times longer than the passes.
MOST_LEAD_MATCHES = 4
#: Entries of a scan's notes past which it gives up: two for each match of a lead (and
#: one for each word found, at most one for each word).
_MOST_NOTED = 2 * MOST_LEAD_MATCHES


#: The screens built, each with the patterns it was built for, under the identity of
#: those patterns' tuple (and of the function that gives its leads, see
#: :class:`Screen`) and the words it looks for as well.
_screens: dict[
    tuple[int, int, tuple[str, ...]], tuple[tuple[re.Pattern[str], ...], Screen | None]
] = {}

#: Characters of short texts read (once the scanner is built) before the screen is: its
#: build costs about 1.2 s under load (Hyperscan's compilation of the passes' wider
#: patterns with the bracket's leads, and again with the bracket's pass in their place,
#: the screen of text of other scripts and of many leads' matches, 0.55 s of it, the
#: database of text of Latin-1 some 0.13 s more), and it saves some 15 µs per
#: anchor-free page of 3 KB, about 4 ms per MB of a dump's short pages: worth it for a
#: dump, not for a few thousand pages.
SCREEN_WORTH_BUILDING = 32_000_000
_screen_waited = 0
#: The screen given last, with what it was asked for (compared by identity) and the
#: mapping it was found in: a dump's pages all ask for the same one, and building the key
#: to look it up in :data:`_screens` and hashing it cost 0.2 µs of each page's 5.
_last_screen: tuple[object, object, object, object, Screen | None] = (None,) * 5


def screen(
    scanned: tuple[re.Pattern[str], ...],
    patterns: tuple[re.Pattern[str], ...],
    length: int,
    words: tuple[str, ...] = (),
    leads: Callable[[], tuple[Lead, ...]] = tuple,
) -> Screen | None:
    """The screen of *patterns* (and of *words* and of the leads *leads* gives, asked
    once, see :class:`Screen`) for a short text of *length* characters: built once the
    scanner of the passes *scanned* is (see :func:`scanner`, which counts the texts read
    until then) and the short texts read since add up to :data:`SCREEN_WORTH_BUILDING`;
    ``None`` before, without Hyperscan or with :data:`DISABLE_VARIABLE` set. (Asked
    before the scanner: a text the screen passes over needs nothing else.)"""
    global _screen_waited, _last_screen
    last = _last_screen
    if last[0] is patterns and last[1] is words and last[2] is leads and last[3] is _screens:
        # (every text once it is built, asked as the text before was; the variable
        # looked up here, not by a call of _turned_off, which cost a fiftieth of the
        # check of an anchor-free page)
        data = _ENVIRON_DATA
        if os.environ is _ENVIRON and _ENVIRON_KEY is not None and type(data) is dict:
            return None if data.get(_ENVIRON_KEY) else last[4]
        return None if _turned_off() else last[4]
    if _turned_off():
        return None
    key = (id(patterns), id(leads), words)
    built = _screens.get(key)
    if built is not None and built[0] is patterns:  # (every text once it is built)
        _last_screen = (patterns, words, leads, _screens, built[1])
        return built[1]
    accelerator = _built.get(id(scanned))
    if accelerator is None or accelerator[0] is not scanned or accelerator[1] is None:
        return None
    _screen_waited += length
    if _screen_waited < SCREEN_WORTH_BUILDING:
        return None
    return _built_once(
        _screens,
        key,
        patterns,
        lambda patterns: _hyperscan_built(
            lambda hyperscan: Screen(hyperscan, patterns, words, leads())
        ),
    )
