"""Fixes a second ``--fix`` leaves alone: each fix offered is one the fixed text keeps.

A fix is computed from the text as it is, but the text it leaves is read afresh, and
the reading can differ from the one the fix assumed: the rewritten day can join a number
before it into another pair (``5st/3 Január 884[...]`` fixed to ``5st/16 Február 1631``
reads as the slash pair ``5st/16``), a bracket can pair with another date once its own
partner changed, a pair can take another year from its context. A second ``--fix``
would then change the text again. So the fixed text is checked once more; a fix whose
pair is read differently there (a finding with a fix overlaps its pair) is withdrawn and
its finding stays, and the rest is checked again, a bounded number of times. The cost is
one more check of a text only when it has fixes, and a few more only when one is
withdrawn.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import replace

from julian_gregorian.checks._fixes import apply_fixes
from julian_gregorian.checks._reach import Reach
from julian_gregorian.checks.findings import Finding, Fix

#: Checks of a fixed text before every fix still unsettled is withdrawn.
ROUNDS = 3


def settled(
    text: str, findings: Sequence[Finding], recheck: Callable[[str], Sequence[Finding]]
) -> list[Finding]:
    """*findings* with the fixes withdrawn that a second ``--fix`` would not leave alone.

    *recheck* checks a text as *findings* were found (same rules and fix side).
    """
    kept = [finding for finding in findings if finding.fix is not None]
    withdrawn: set[int] = set()
    for _ in range(ROUNDS):
        if not kept:
            break
        fixed, applied = apply_fixes(text, [finding.fix for finding in kept if finding.fix])
        again = [finding for finding in recheck(fixed) if finding.fix is not None]
        if not again:
            break
        moved = _mover(applied)
        # (by bisection: each fix compared with every finding cost n² for a text of n
        # fixes that do not settle, 5 s for 2,000)
        again_spans = Reach(span for finding in again for span in _spans(finding))
        unsettled = [
            finding
            for finding in kept
            if again_spans.touches(moved(finding.offset), moved(finding.end_offset))
        ]
        # A change far from every fix (a year read from the context, the side the rest of
        # the article supports) cannot be pinned on one fix: none of them is kept.
        for finding in unsettled or kept:
            withdrawn.add(id(finding))
        kept = [finding for finding in kept if id(finding) not in withdrawn]
    else:
        withdrawn |= {id(finding) for finding in kept}
    if not withdrawn:
        return list(findings)
    return [replace(f, fix=None) if id(f) in withdrawn else f for f in findings]


def _spans(finding: Finding) -> list[tuple[int, int]]:
    """The span of *finding*, and that of its fix if it has one."""
    spans = [(finding.offset, finding.end_offset)]
    if finding.fix is not None:
        spans.append((finding.fix.offset, finding.fix.end_offset))
    return spans


def _mover(applied: Sequence[Fix]) -> Callable[[int], int]:
    """Where an offset of the text lands once *applied* (in text order) are made."""
    ends = [fix.end_offset for fix in applied]
    shifts: list[int] = []
    total = 0
    for fix in applied:
        total += len(fix.replacement) - (fix.end_offset - fix.offset)
        shifts.append(total)

    def moved(offset: int) -> int:
        done = bisect.bisect_right(ends, offset)
        return offset + (shifts[done - 1] if done else 0)

    return moved


__all__ = [
    "ROUNDS",
    "settled",
]
