"""One checked input as the reports see it: its name, text, findings and problems.

Every report format gets the same facts per finding: the path as given, 1-based line
and column of the start and the (exclusive) end, the rule code and name, the severity
(``error``, ``warning``, ``info``), the message and the fix, if any.

An input that could not be read (JG900) or whose fix could not be written (JG901) is
reported in every format as a finding at line 1, column 1 of that input, so that it is
never lost in a log that only the report reaches. Names of inputs are written with
:func:`shown_name`'s escapes (``\\xNN`` for a byte that is not UTF-8).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from julian_gregorian._line_breaks import advance
from julian_gregorian.checks._structured_rules import FILE_RULES_BY_CODE
from julian_gregorian.checks.findings import Finding, Severity
from julian_gregorian.checks.rules import RULES_BY_CODE

if TYPE_CHECKING:
    from julian_gregorian.checks.check import CheckResult
    from julian_gregorian.text import Item

#: The name standard input is reported under.
STDIN_NAME = "<stdin>"

#: The codes of what the command, not a rule, reports about an input: (name, summary).
INPUT_CODES: dict[str, tuple[str, str]] = {
    "JG900": ("unreadable-input", "An input could not be read: it is not checked."),
    "JG901": ("fix-not-written", "A fix was not written: the file is left as it was."),
}


@dataclass(frozen=True)
class InputProblem:
    """Something about the input itself: it could not be read (JG900), or fixed (JG901)."""

    code: str
    severity: Severity
    message: str

    def as_finding(self) -> Finding:
        """The problem as a finding at the start of its input, for the report formats."""
        return Finding(self.code, self.severity, self.message, 0, 0, 1, 1, 1, 1)


@dataclass(frozen=True)
class FileReport:
    """The findings of one checked input, and what is needed to place them.

    ``text`` is the input from offset ``base`` on: all of it (``base`` 0), or, for a part
    of a file too large to hold, the lines of one finding.
    """

    name: str
    text: str
    findings: Sequence[Finding]
    dates: int
    #: What went wrong with the input itself: JG900, JG901.
    problems: Sequence[InputProblem] = ()
    #: The settings file that applied to the input (``None``: the defaults).
    settings: str | None = None
    #: The findings that suppression directives silenced, and the dates read (HTML report).
    suppressed: Sequence[Finding] = ()
    items: Sequence[Item] = ()
    #: The offset in the input of ``text``'s first character.
    base: int = 0
    #: A part of the report of a large file, which the file's own report counts.
    part: bool = False

    @classmethod
    def from_result(cls, name: str, text: str, result: CheckResult) -> FileReport:
        """The report of *text*, checked by :func:`~julian_gregorian.checks.check_text`
        into *result*, under the name *name*."""
        return cls(
            name,
            text,
            result.findings,
            len(result.items),
            suppressed=result.suppressed,
            items=result.items,
        )

    @property
    def read(self) -> bool:
        """Whether the input was read (no JG900)."""
        return not any(problem.code == "JG900" for problem in self.problems)

    def reported(self) -> list[Finding]:
        """The problems of the input, then its findings: what a report lists."""
        return [problem.as_finding() for problem in self.problems] + list(self.findings)

    def position(self, offset: int, near: Finding) -> tuple[int, int]:
        """1-based (line, column) of *offset*, counted from the place of *near* before it."""
        anchor = min(offset, near.offset)
        line, column = (near.line, near.column) if anchor == near.offset else (1, 1)
        start = anchor if anchor == near.offset else self.base
        return advance(self.text, start - self.base, offset - self.base, line, column)

    def quoted(self, finding: Finding) -> str:
        """The text of *finding*."""
        return self.text[finding.offset - self.base : finding.end_offset - self.base]


def unreadable(name: str, reason: str) -> FileReport:
    """The report of an input that could not be read."""
    return FileReport(name, "", (), 0, (InputProblem("JG900", "error", reason),))


def rule_name(code: str) -> str:
    """The name of the rule (or input problem) *code*: ``JG101`` -> ``pair-mismatch``."""
    known = INPUT_CODES.get(code)
    if known is not None:
        return known[0]
    return (RULES_BY_CODE.get(code) or FILE_RULES_BY_CODE[code]).name


def shown_name(name: str) -> str:
    """*name* as it can be printed anywhere: bytes that are not UTF-8 (which Python keeps
    as surrogate escapes) and control characters written ``\\xNN``.

    >>> shown_name("caf\\udce9\\n.txt")
    'caf\\\\xe9\\\\x0a.txt'
    """
    if name.isprintable():
        return name
    return "".join(_shown_character(character) for character in name)


def _shown_character(character: str) -> str:
    code = ord(character)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x20 or 0x7F <= code < 0xA0:
        return f"\\x{code:02x}"
    if 0xD800 <= code <= 0xDFFF:
        return f"\\u{code:04x}"
    return character


__all__ = [
    "INPUT_CODES",
    "STDIN_NAME",
    "FileReport",
    "InputProblem",
    "rule_name",
    "shown_name",
    "unreadable",
]
