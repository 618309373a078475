"""The stable API as docs/stability.md declares it: every name it lists exists."""

from __future__ import annotations

import importlib
import re

import pytest

import julian_gregorian
from helpers.paths import REPO

PAGE = (REPO / "docs" / "stability.md").read_text("utf-8")
TOP_LEVEL = PAGE.split("- **The documented submodules**", 1)[0]


def test_the_page_lists_every_top_level_name_and_no_other() -> None:
    listed = set(re.findall(r"`(\w+)`", TOP_LEVEL.split("**`julian_gregorian.__all__`**")[1]))
    assert listed == set(julian_gregorian.__all__)


def test_every_top_level_name_resolves() -> None:
    for name in julian_gregorian.__all__:
        assert getattr(julian_gregorian, name) is not None


@pytest.mark.parametrize(
    "module",
    ["places", "arrays", "text", "checks", "reports", "dumps", "strategies"],
)
def test_the_documented_packages_declare_their_names(module: str) -> None:
    found = importlib.import_module(f"julian_gregorian.{module}")
    assert found.__all__
    for name in found.__all__:
        assert hasattr(found, name), f"{module}.{name}"
    assert f"`{module}`" in PAGE or f"julian_gregorian.{module}" in PAGE
