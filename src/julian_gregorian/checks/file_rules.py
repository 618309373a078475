"""Rules of the checks on structured files (GEDCOM, TEI, Wikidata), and their findings.

These rules look at values a file states, not at dates found in prose, so they are kept
apart from the article rules of :mod:`julian_gregorian.checks.rules`; their findings are
the same :class:`~julian_gregorian.checks.findings.Finding` objects, with ``item`` left
``None`` and ``record`` naming the record or element (``@I1@``) the value belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass

from julian_gregorian.checks.explanation import Explanation
from julian_gregorian.checks.findings import Finding, Fix, Severity
from julian_gregorian.spans import Span


@dataclass(frozen=True)
class FileRule:
    """One rule of a file check: code, name, severity and words, as for article rules."""

    code: str
    name: str
    severity: Severity
    summary: str
    about: Explanation
    default: bool = True
    fixable: bool = False

    @property
    def explanation(self) -> str:
        """``about`` as plain text, as ``--explain`` prints it."""
        return self.about.text()

    def finding(
        self,
        message: str,
        *,
        offset: int,
        end_offset: int,
        line: int,
        column: int,
        record: str | None,
        fix: Fix | None = None,
    ) -> Finding:
        """A finding of this rule on the value at *offset*..*end_offset* of one line."""
        span = Span(offset, end_offset, line, column, line, column + end_offset - offset)
        return Finding.at(span, self.code, self.severity, message, fix, record)


__all__ = [
    "FileRule",
]
