"""The API reference shows every stable name: each name of the ``__all__`` of a module
the reference documents (``::: module`` in docs/api/) exists and is on the site.

The site is built by mkdocstrings from griffe's reading of the source, which is what
these tests ask (building the whole site is left to CI's ``mkdocs build --strict``).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from types import ModuleType
from typing import Any

import pytest

import julian_gregorian.checks
import julian_gregorian.formats
import julian_gregorian.places
import julian_gregorian.reports
from helpers.paths import REPO

griffe = pytest.importorskip("griffe")

#: Every ``::: identifier`` of the reference pages.
SHOWN = {
    identifier
    for page in (REPO / "docs" / "api").glob("*.md")
    for identifier in re.findall(r"^::: ([\w.]+)", page.read_text("utf-8"), re.MULTILINE)
}


def _module(identifier: str) -> ModuleType | None:
    try:
        return importlib.import_module(identifier)
    except ImportError:
        return None


DOCUMENTED = sorted(
    identifier for identifier in SHOWN if (module := _module(identifier)) is not None
)
FORMATS = [
    f"julian_gregorian.formats.{found.name}"
    for found in pkgutil.iter_modules(julian_gregorian.formats.__path__)
    if not found.name.startswith("_")
]


#: The modules of the packages whose every public module declares its names.
DECLARING = [
    found.name
    for package in (julian_gregorian.checks, julian_gregorian.places, julian_gregorian.reports)
    for found in pkgutil.walk_packages(package.__path__, f"{package.__name__}.")
    if not any(part.startswith("_") for part in found.name.split("."))
]


@pytest.fixture(scope="module")
def package() -> Any:
    return griffe.load("julian_gregorian", search_paths=[str(REPO / "src")], resolve_aliases=True)


def _shown_in(package: Any, identifier: str, name: str, value: object) -> bool:
    """Whether the reference shows *name* of module *identifier*: as a member of the
    module's page, or by its own ``:::`` line where the module's listing cannot show it
    (a function named like a module of its package, such as ``checks.check``)."""
    module = (
        package[identifier.removeprefix("julian_gregorian").lstrip(".")]
        if (identifier != "julian_gregorian")
        else package
    )
    member = module.members.get(name)
    if member is not None and member.is_public and not member.is_module:
        return True
    canonical = f"{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', '')}"
    return canonical in SHOWN


def test_the_reference_documents_the_stable_modules() -> None:
    expected = {"julian_gregorian", "julian_gregorian.errors", "julian_gregorian.dumps"}
    assert expected | set(FORMATS) <= set(DOCUMENTED)


@pytest.mark.parametrize(
    "identifier", sorted({"julian_gregorian.errors", *FORMATS, *DECLARING, *DOCUMENTED})
)
def test_every_public_module_declares_its_names(identifier: str) -> None:
    module = importlib.import_module(identifier)
    assert module.__all__
    assert len(set(module.__all__)) == len(module.__all__)
    if identifier not in DECLARING:
        return  # errors.require_int, strategies.strategy_for: helpers left out on purpose
    # what the module defines without an underscore is declared (or it would be stable
    # without anyone having said so)
    defined = {
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and getattr(value, "__module__", None) == identifier
        and not isinstance(value, ModuleType)
    }
    assert defined <= set(module.__all__)


def test_the_declaring_packages_are_walked() -> None:
    assert {"julian_gregorian.checks.findings", "julian_gregorian.places.year_start"} <= set(
        DECLARING
    )
    assert "julian_gregorian.reports.sarif" in DECLARING


@pytest.mark.parametrize("identifier", DOCUMENTED)
def test_every_name_of_a_documented_module_is_on_the_site(package: Any, identifier: str) -> None:
    module = importlib.import_module(identifier)
    names = getattr(module, "__all__", ())
    assert [name for name in names if not hasattr(module, name)] == []
    missing = [
        name for name in names if not _shown_in(package, identifier, name, getattr(module, name))
    ]
    assert missing == []


def test_a_name_left_out_of_all_is_not_shown(package: Any) -> None:
    # errors.require_int is a helper of the library's own argument checks.
    assert not package["errors"].members["require_int"].is_public
