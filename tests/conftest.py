"""Shared test set-up: a fixed, derandomized Hypothesis profile for CI and the fixtures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=2000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
# Random exploration for developers who want it: HYPOTHESIS_PROFILE=dev python -m pytest
settings.register_profile("dev", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

REPO = Path(__file__).resolve().parent.parent
SEED_ARTICLE = REPO / "examples" / "october_revolution.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The bundled example article (English Wikipedia, CC BY-SA; see examples/NOTICE.md)."""
    return SEED_ARTICLE.read_text(encoding="utf-8")
