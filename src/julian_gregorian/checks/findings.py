"""What the checker reports: a finding on one extracted item, and the fix it offers.

A finding points at the item it is about (same offsets, line and column as the item, so
a report reads like ``extract``'s output) and carries at most one fix: a span of the
source and the text that replaces it. Fixes never overlap the text outside their item.
"""

from __future__ import annotations

from dataclasses import dataclass

from julian_gregorian._choices import SEVERITIES as SEVERITIES
from julian_gregorian._choices import Severity as Severity
from julian_gregorian.spans import Span
from julian_gregorian.text.items import Item


def severity_rank(severity: Severity) -> int:
    """0 for ``error``, 1 for ``warning``, 2 for ``info``: lower is more serious."""
    return SEVERITIES.index(severity)


@dataclass(frozen=True, slots=True)
class Fix:
    """Replace ``text[offset:end_offset]`` by ``replacement``."""

    offset: int
    end_offset: int
    replacement: str

    def apply(self, text: str) -> str:
        return text[: self.offset] + self.replacement + text[self.end_offset :]


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem: which rule, how serious, what is wrong and what would be right.

    The place is that of ``item`` for findings about an extracted date (1-based line and
    column, end exclusive, as in ``extract``); ``item`` is ``None`` only for findings about
    text the extractor does not report, such as an unmarked date. ``span`` gives the six
    position fields as one :class:`~julian_gregorian.spans.Span`, as ``Item.span`` does.
    """

    code: str
    severity: Severity
    message: str
    offset: int
    end_offset: int
    line: int
    column: int
    end_line: int
    end_column: int
    item: Item | None = None
    fix: Fix | None = None
    #: The record or element of a structured file the finding is about (``@I1@``).
    record: str | None = None

    @classmethod
    def on(
        cls,
        item: Item,
        code: str,
        severity: Severity,
        message: str,
        fix: Fix | None = None,
        record: str | None = None,
    ) -> Finding:
        """A finding placed on the whole of *item*."""
        return cls.at(item.span, code, severity, message, fix, record, item=item)

    @classmethod
    def at(
        cls,
        span: Span,
        code: str,
        severity: Severity,
        message: str,
        fix: Fix | None = None,
        record: str | None = None,
        *,
        item: Item | None = None,
    ) -> Finding:
        """A finding placed on *span*: the span of *item* when it is about one, otherwise
        text that is no extracted item (an unmarked date, a GEDCOM value)."""
        return cls(
            code,
            severity,
            message,
            span.offset,
            span.end_offset,
            span.line,
            span.column,
            span.end_line,
            span.end_column,
            item,
            fix,
            record,
        )

    # Fields rather than a stored Span, as in Item: constructors, ``replace`` and the
    # records made from findings stay as they were.
    @property
    def span(self) -> Span:
        """Where the finding stands: its offsets, lines and columns as one ``Span``."""
        return Span(
            self.offset, self.end_offset, self.line, self.column, self.end_line, self.end_column
        )

    def sort_key(self) -> tuple[int, int, str]:
        return (self.offset, self.end_offset, self.code)


__all__ = [
    "SEVERITIES",
    "Finding",
    "Fix",
    "Severity",
    "severity_rank",
]
