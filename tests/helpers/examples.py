"""How many examples a Hypothesis property that sets its own count runs in this run."""

from __future__ import annotations

import os

#: The Hypothesis profile of this run (tests/conftest.py loads it): ``quick`` unless
#: ``HYPOTHESIS_PROFILE`` names another.
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "quick")
#: The examples each property gets from the quick profile, for daily work.
QUICK_EXAMPLES = 50


def examples(thorough: int) -> int:
    """*thorough*, the count an expensive or wide property sets for itself, in every
    profile but the quick one, which gives it no more than any other property.

    (A property of 300 generated documents, each extracted, checked and fixed, ran six
    times the quick profile's examples in every run of the suite.)

    >>> examples(300) == (300 if PROFILE != "quick" else QUICK_EXAMPLES)
    True
    """
    return min(thorough, QUICK_EXAMPLES) if PROFILE == "quick" else thorough
