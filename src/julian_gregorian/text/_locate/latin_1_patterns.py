"""Hyperscan's patterns of the screen of short texts rewritten for text of Latin-1.

The screen (:class:`~julian_gregorian.text._locate.hyperscan_candidates.Screen`) scans a
text's UTF-8, which Python encodes one character at a time: for a text of 3 KB with one
accented letter, longer than Hyperscan's scan of it. A text whose characters are all
below U+0100 (ASCII, and most pages of Western languages without a dash or quotation
mark past Latin-1) is held by Python one byte a character, which ``encode("latin-1")``
copies as it is: such a text is scanned as those bytes, for patterns rewritten here to
read a character as one byte. Each matches what the pattern it is rewritten from
matches in text of Latin-1: a character past U+00FF, which no such text holds, takes no
part (a class loses those code points; a sequence that needs one is dropped, and so is
an alternative or a pattern that needs one). Hyperscan then reads one byte a character
and classes of single bytes, which it also scans faster.

Two kinds of pattern are rewritten, each from the syntax this package writes it in
(anything else raises :class:`UnexpectedSyntaxError`, and the screen scans every text's
UTF-8, as before):

- Hyperscan's patterns of code points (those of
  :func:`~julian_gregorian.text._locate.hyperscan_candidates.forward_superset` and of
  the words): literal letters and digits, ``\\x{H}``, classes of those (and ``\\n``),
  ``(?:``, ``|``, ``)``, ``^``, ``$`` and ``{m,n}`` (:func:`latin_1_expression`);
- the leads written as patterns of UTF-8 bytes (``\\xHH``, classes of ASCII bytes,
  ``?`` and ``*``), whose encoded characters are read back (:func:`latin_1_lead`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple, cast

#: The last code point of Latin-1.
LAST = 0xFF


class UnexpectedSyntaxError(ValueError):
    """A pattern written otherwise than this module reads (see the module docstring)."""


_CODE = r"\\x\{([0-9a-f]+)\}"
#: A token of a pattern of code points: a code point, a class, a group's opening, its
#: closing, an alternative's bar, the start or the end of the text, a repeat, a letter
#: or digit.
_TOKEN = re.compile(
    rf"{_CODE}|\[(\^?)((?:\\x\{{[0-9a-f]+\}}|\\n|[0-9A-Za-z-])*)\]|(\(\?:)|([)|^$])"
    r"|\{(\d+),(\d*)\}|([0-9A-Za-z])"
)
#: An item of a class of code points, maybe the first of a range: the first's code
#: point, or a newline, or a letter or digit, then the last's code point or letter or
#: digit.
_ITEM = re.compile(rf"(?:{_CODE}|(\\n)|([0-9A-Za-z]))(?:-(?:{_CODE}|([0-9A-Za-z])))?")


class _Token(NamedTuple):
    """A token of a pattern of code points: its *kind* (``char``, ``class``, ``repeat``,
    or the group's opening ``(``, ``)``, ``|``, ``^``, ``$``) and what it holds."""

    kind: str
    code: int = 0  # (of a character)
    negate: bool = False  # (of a class)
    ranges: tuple[tuple[int, int], ...] = ()  # (of a class)
    least: int = 0  # (of a repeat: its {least,most})
    most: str = ""


def _tokens(expression: str) -> list[_Token]:
    tokens: list[_Token] = []
    at = 0
    while at < len(expression):
        found = _TOKEN.match(expression, at)
        if found is None:
            raise UnexpectedSyntaxError(f"at {at} of {expression[:80]!r}")
        code, negate, body, opening, mark, low, high, char = found.groups()
        if code is not None:
            tokens.append(_Token("char", code=int(code, 16)))
        elif body is not None:
            tokens.append(_Token("class", negate=bool(negate), ranges=_class_ranges(body)))
        elif opening is not None:
            tokens.append(_Token("("))
        elif mark is not None:
            tokens.append(_Token(mark))
        elif low is not None:
            tokens.append(_Token("repeat", least=int(low), most=high))
        else:
            tokens.append(_Token("char", code=ord(char)))
        at = found.end()
    return tokens


def _class_ranges(body: str, item: re.Pattern[str] = _ITEM) -> tuple[tuple[int, int], ...]:
    """The ranges of the class *body*, each item read by *item* (see :data:`_ITEM`)."""
    ranges = []
    at = 0
    while at < len(body):
        found = item.match(body, at)
        if found is None:
            raise UnexpectedSyntaxError(f"class [{body[:80]}]")
        code, newline, char, end_code, end_char = found.groups()
        first = int(code, 16) if code else 10 if newline else ord(char)
        last = int(end_code, 16) if end_code else ord(end_char) if end_char else first
        ranges.append((first, last))
        at = found.end()
    return tuple(ranges)


def _byte(code: int) -> str:
    return f"\\x{code:02x}"


def _latin_1_class(negate: bool, ranges: Sequence[tuple[int, int]]) -> str | None:
    """The class of *ranges* (or of all but them), of Latin-1 only: ``None`` where it
    holds none of its characters."""
    kept = sorted((first, min(last, LAST)) for first, last in ranges if first <= LAST)
    covered: set[int] = set()
    for first, last in kept:
        covered.update(range(first, last + 1))
    if (len(covered) == LAST + 1) if negate else not covered:
        return None
    if negate and not kept:
        # (all of Latin-1: "[^]" would be read by Hyperscan as a class that goes on to
        # the next "]")
        return f"[{_byte(0)}-{_byte(LAST)}]"
    body = "".join(_byte(a) if a == b else f"{_byte(a)}-{_byte(b)}" for a, b in kept)
    return f"[{'^' if negate else ''}{body}]"


class _Reader:
    """Reads the tokens of a pattern of code points into its Latin-1 form."""

    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.at = 0

    def _peek(self) -> str:
        return self.tokens[self.at][0] if self.at < len(self.tokens) else ""

    def alternatives(self) -> str | None:
        """Alternatives up to a closing parenthesis or the end; ``None`` where none may
        match text of Latin-1."""
        kept = []
        while True:
            sequence = self.sequence()
            if sequence is not None:
                kept.append(sequence)
            if self._peek() != "|":
                break
            self.at += 1
        if not kept:
            return None
        return "|".join(kept)

    def sequence(self) -> str | None:
        parts: list[str] = []
        possible = True
        while self._peek() not in ("", "|", ")"):
            atom = self._atom()
            if self._peek() == "repeat":
                repeat = self.tokens[self.at]
                self.at += 1
                if atom is None and repeat.least == 0:
                    atom = ""  # (repeated no time)
                elif atom:
                    atom = f"(?:{atom}){{{repeat.least},{repeat.most}}}"
            if atom is None:
                possible = False
            else:
                parts.append(atom)
        return "".join(parts) if possible else None

    def _atom(self) -> str | None:
        token = self.tokens[self.at]
        kind = token.kind
        self.at += 1
        if kind == "char":
            code = token.code
            if code > LAST:
                return None
            return chr(code) if chr(code).isascii() and chr(code).isalnum() else _byte(code)
        if kind == "class":
            return _latin_1_class(token.negate, token.ranges)
        if kind in ("^", "$"):
            return kind
        if kind == "(":
            inner = self.alternatives()
            if self._peek() != ")":
                raise UnexpectedSyntaxError("a group not closed")
            self.at += 1
            return inner if not inner else f"(?:{inner})"
        raise UnexpectedSyntaxError(f"{kind!r} where a character or a group stands")


def latin_1_expression(expression: str) -> str | None:
    """The Latin-1 form of Hyperscan's pattern of code points *expression* (read by
    Hyperscan without ``HS_FLAG_UTF8``), or ``None`` where it matches no text of
    Latin-1.

    >>> print(latin_1_expression(r"\\x{28}[\\x{3000}\\x{20}]{0,1}(?:\\x{441}|x)[\\x{30}-\\x{ff}]"))
    \\x28(?:[\\x20]){0,1}(?:x)[\\x30-\\xff]
    >>> print(latin_1_expression(r"\\x{421}[\\x{421}\\x{441}]"))
    None
    """
    reader = _Reader(_tokens(expression))
    written = reader.alternatives()
    if reader.at != len(reader.tokens):
        raise UnexpectedSyntaxError(f"a closing parenthesis too many in {expression[:80]!r}")
    return written


#: A token of a lead written in bytes: a byte, a class, a repeat.
_BYTE_TOKEN = re.compile(r"\\x([0-9a-f]{2})|\[(\^?)((?:\\x[0-9a-f]{2}|[0-9A-Za-z-])*)\]|([?*])")
#: An item of such a class, read as :data:`_ITEM` reads one.
_BYTE_ITEM = re.compile(
    r"(?:\\x([0-9a-f]{2})|(\\n)|([0-9A-Za-z]))(?:-(?:\\x([0-9a-f]{2})|([0-9A-Za-z])))?"
)


def latin_1_lead(pattern: bytes) -> str | None:
    """The Latin-1 form of a lead written in UTF-8 bytes (see the module docstring):
    each encoded character read back; ``None`` where one is past Latin-1.

    >>> print(latin_1_lead(rb"\\x5b\\x20?\\x4e\\x6f\\x76\\xc3\\xa9[^\\x5b\\x5d0-9]*[0-9]"))
    \\x5b\\x20?\\x4e\\x6f\\x76\\xe9[^\\x30-\\x39\\x5b\\x5d]*[\\x30-\\x39]
    >>> print(latin_1_lead(rb"\\x5b\\xd0\\xbd\\x2e"))
    None
    """
    written = pattern.decode("ascii")
    atoms: list[str | None] = []  # (None: a character past Latin-1)
    pending = bytearray()  # (the bytes of a character of several so far)
    repeated = False
    # Whether the last atom is a character of several bytes, or a negated class that
    # matches one byte: a repeat of the first reads its last byte only, and two of the
    # second in a row read a character of two bytes that one of Latin-1 would not give
    # them (neither is written in a lead).
    several_bytes = one_byte_negated = False
    at = 0
    while at < len(written):
        found = _BYTE_TOKEN.match(written, at)
        if found is None:
            raise UnexpectedSyntaxError(f"at {at} of {written[:80]!r}")
        byte, negate, body, repeat = found.groups()
        at = found.end()
        if byte is not None:
            pending.append(int(byte, 16))
            try:
                code = ord(pending.decode("utf-8"))
            except UnicodeDecodeError:
                if len(pending) >= 4:
                    raise UnexpectedSyntaxError(f"not UTF-8: {bytes(pending)!r}") from None
                continue
            several_bytes, one_byte_negated = len(pending) > 1, False
            pending.clear()
            atoms.append(None if code > LAST else _byte(code))
            repeated = False
        elif pending:
            raise UnexpectedSyntaxError("a character's bytes apart")
        elif body is not None:
            ranges = _class_ranges(body, _BYTE_ITEM)
            if any(last > 0x7F for _, last in ranges):
                raise UnexpectedSyntaxError("a class of bytes past ASCII")
            if negate and one_byte_negated:
                raise UnexpectedSyntaxError("two negated classes of one byte in a row")
            atoms.append(_latin_1_class(bool(negate), ranges))
            several_bytes, one_byte_negated, repeated = False, bool(negate), False
        elif not atoms or repeated or several_bytes:
            raise UnexpectedSyntaxError(f"a repeat at {at} of {written[:80]!r}")
        else:  # (a class of no character of Latin-1 repeated no time, or the atom repeated)
            atoms[-1] = "" if atoms[-1] is None else atoms[-1] + repeat
            one_byte_negated = one_byte_negated and repeat == "?"
            repeated = True
    if pending:
        raise UnexpectedSyntaxError("a character cut short")
    if any(atom is None for atom in atoms):
        return None
    return "".join(cast("list[str]", atoms))
