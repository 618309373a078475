"""Which of many spans overlap one: answered by bisection, not by a pass over them all.

The check compares spans with spans: the findings with the directives that silence
them, and the fixes with the findings of the text they leave. Compared with every other
one, each finding cost n² on a text of n findings (2,000 wrong pairs, each with its
directive: seconds). Sorted by start, with the furthest end reached up to each, the
spans that start before an offset are a prefix, and one of them ends after another
offset when that furthest end does.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Iterable


class Reach:
    """Spans ``(start, end)``, and whether one of them overlaps or touches a span.

    >>> reach = Reach([(10, 20), (30, 35)])
    >>> reach.overlaps(20, 30), reach.overlaps(19, 30), reach.touches(20, 30)
    (False, True, True)
    """

    __slots__ = ("_reach", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(itertools.accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether one of the spans begins before *end* and ends after *start*."""
        before = bisect_left(self._starts, end)
        return before > 0 and self._reach[before - 1] > start

    def touches(self, start: int, end: int) -> bool:
        """Whether one of the spans shares a character with ``start..end`` or touches it:
        begins by *end* and ends from *start* on (offsets are whole numbers, so that is
        overlapping the span one wider on each side)."""
        return self.overlaps(start - 1, end + 1)
