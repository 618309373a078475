"""The accelerators' state put back to that of a process that has read nothing yet, for
tests of when their Hyperscan databases are built (and cached)."""

from __future__ import annotations

import pytest

from julian_gregorian.text._locate import hyperscan_candidates

#: A long text (past the length of a short page) and a short page, each with one pair.
LONG_TEXT = "The tsar was crowned in Moscow. " * 600 + "On 6 November [O.S. 24 October] 1917."
SHORT_PAGE = "Peter I was born on 9 June [O.S. 30 May] 1672 in Moscow. " * 5


def unbuilt_accelerators(monkeypatch: pytest.MonkeyPatch, threshold: int) -> None:
    """No scanner or screen built, nothing read or told (``expect_characters``) yet,
    and each of the three thresholds at *threshold* characters (0: built at once)."""
    monkeypatch.setattr(hyperscan_candidates, "_built", {})
    monkeypatch.setattr(hyperscan_candidates, "_screens", {})
    for count in ("_waited", "_screen_waited", "_expected"):
        monkeypatch.setattr(hyperscan_candidates, count, 0)
    for name in ("WORTH_BUILDING", "SCREEN_WORTH_BUILDING", "WORTH_SCANNING_FORWARD"):
        monkeypatch.setattr(hyperscan_candidates, name, threshold)
