"""The package is a stack of layers (docs/design.md, "Layers"): a module imports only from
its own layer and those below it, lazy imports and ``TYPE_CHECKING`` ones included.

Read from the source with ``ast``, so a lazy import inside a function counts as well.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from helpers.paths import REPO

PACKAGE = REPO / "src" / "julian_gregorian"

#: Lowest first: each entry is one layer, the top-level modules and packages it holds.
LAYERS: tuple[frozenset[str], ...] = tuple(
    frozenset(layer.split())
    for layer in (
        "errors spans _line_breaks languages _choices _process_pool _text_files _xml_text"
        " _file_access _folder_walk _user_cache",
        "calendar _array_columns arrays pandas_accessor",
        "places",
        "text",
        "formats date_reading strategies _hypothesis_plugin",
        "checks",
        "reports streaming",
        "dumps",
        "_cli __main__",
    )
)
#: The package itself (``julian_gregorian/__init__.py``) is the top: it re-exports.
ROOT = "julian_gregorian"


def _unit(module: str) -> str:
    """The top-level module or package *module* belongs to (``text`` for
    ``julian_gregorian.text._read.tokens``), or ``ROOT``."""
    parts = module.split(".")
    if len(parts) == 1:
        return ROOT
    if len(parts) == 2 and not (PACKAGE / parts[1]).is_dir() and parts[1] != "__main__":
        # ``from julian_gregorian import name``: a module of that name, or the root's name.
        return parts[1] if (PACKAGE / f"{parts[1]}.py").exists() else ROOT
    return parts[1]


def _level(unit: str) -> int:
    if unit == ROOT:
        return len(LAYERS)
    return next(index for index, layer in enumerate(LAYERS) if unit in layer)


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, imported module) of every import of the package in *path*; ``from X import
    a, b`` gives ``X.a`` and ``X.b``, so that importing a submodule by name counts."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == ROOT:
                found += [(node.lineno, f"{ROOT}.{alias.name}") for alias in node.names]
            else:
                found.append((node.lineno, node.module))
    return [(line, name) for line, name in found if name.split(".")[0] == ROOT]


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_every_top_level_module_has_a_layer() -> None:
    modules = {path.stem for path in PACKAGE.glob("*.py")} - {"__init__"}
    packages = {path.parent.name for path in PACKAGE.glob("*/__init__.py")}
    assert modules | packages == set().union(*LAYERS)


@pytest.mark.parametrize("path", MODULES, ids=lambda path: _module_name(path))
def test_imports_go_down_the_layers(path: Path) -> None:
    importer = _unit(_module_name(path))
    upward = [
        f"line {line}: {name}"
        for line, name in _imports(path)
        # The version is the distribution's, not a layer's: anything may print it.
        if name != f"{ROOT}.__version__" and _level(_unit(name)) > _level(importer)
    ]
    assert upward == []


def test_an_upward_import_is_found(tmp_path: Path) -> None:
    module = tmp_path / "dates.py"
    module.write_text("def names():\n    from julian_gregorian.text.items import Item\n")
    ((line, name),) = _imports(module)
    assert (line, _unit(name)) == (2, "text")
    assert _level("text") > _level("calendar")
