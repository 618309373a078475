"""Settings of the checker from ``[tool.julian-gregorian]`` in ``pyproject.toml``.

For each checked file the settings come from the nearest ``pyproject.toml`` above it
that has a ``[tool.julian-gregorian]`` table (a ``pyproject.toml`` without one, such as
that of an unrelated Python project in a subfolder, is passed over); standard input
uses the current folder. The command line then overrides them: ``--select`` replaces
``select``, ``--ignore`` and ``--extend-select`` add to ``ignore`` and
``extend-select``, ``--fail-on`` and ``--fix-side`` replace their settings.

.. code-block:: toml

    [tool.julian-gregorian]
    select = ["JG1", "JG2"]      # codes, prefixes or names; default: every rule but opt-ins
    extend-select = ["JG501"]    # add opt-in rules to the default set
    ignore = ["JG402"]
    fail-on = "warning"          # error (default), warning or info
    fix-side = "old"             # new (default), old or auto
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from julian_gregorian.checks.context import FIX_SIDES, FixSide
from julian_gregorian.checks.findings import SEVERITIES, Severity
from julian_gregorian.checks.rules import matching
from julian_gregorian.errors import InputError, ParseError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]

TABLE = "julian-gregorian"
_KEYS = ("select", "extend-select", "ignore", "fail-on", "fix-side")


@dataclass(frozen=True)
class CheckConfig:
    """What to check and how: the merged settings for one file."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: Severity = "error"
    fix_side: FixSide = "new"
    #: The ``pyproject.toml`` the settings came from, if any.
    source: Path | None = None

    def overridden(
        self,
        *,
        select: list[str] | None = None,
        extend_select: list[str] | None = None,
        ignore: list[str] | None = None,
        fail_on: str | None = None,
        fix_side: str | None = None,
    ) -> CheckConfig:
        """These settings with the command line's on top (see the module doc)."""
        return replace(
            self,
            select=tuple(select) if select is not None else self.select,
            extend_select=self.extend_select + tuple(extend_select or ()),
            ignore=self.ignore + tuple(ignore or ()),
            fail_on=_severity(fail_on, "--fail-on") if fail_on is not None else self.fail_on,
            fix_side=_fix_side(fix_side, "--fix-side") if fix_side is not None else self.fix_side,
        )


def _severity(value: object, where: str) -> Severity:
    for severity in SEVERITIES:
        if value == severity:
            return severity
    raise ParseError(f"{where}: {value!r} is not a severity (use error, warning or info)")


def _fix_side(value: object, where: str) -> FixSide:
    for side in FIX_SIDES:
        if value == side:
            return side
    raise ParseError(f"{where}: {value!r} is not a fix side (use new, old or auto)")


def _codes(value: object, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(code, str) for code in value):
        raise ParseError(f'{where}: expected a list of rule codes such as ["JG101"]')
    for code in value:
        try:
            matching(code)
        except ParseError as error:
            raise ParseError(f"{where}: {error}") from None
    return tuple(value)


def read_table(path: Path) -> dict[str, Any] | None:
    """The ``[tool.julian-gregorian]`` table of the TOML file *path*, or ``None``."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
    try:
        document: dict[str, Any] = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ParseError(f"{path}: not valid TOML ({error})") from None
    except RecursionError:  # tomllib recurses once per level of nesting
        raise ParseError(f"{path}: nested too deeply to be read as TOML") from None
    tool = document.get("tool")
    if not isinstance(tool, dict) or TABLE not in tool:
        return None
    table = tool[TABLE]
    if not isinstance(table, dict):
        raise ParseError(f"{path}: [tool.{TABLE}] must be a table")
    return table


def config_from_table(table: dict[str, Any], source: Path | None = None) -> CheckConfig:
    """Settings from the contents of a ``[tool.julian-gregorian]`` table.

    >>> config_from_table({"select": ["JG1"], "fail-on": "warning"}).fail_on
    'warning'
    """
    where = f"{source if source is not None else 'pyproject.toml'}: [tool.{TABLE}]"
    unknown = sorted(set(table) - set(_KEYS))
    if unknown:
        raise ParseError(
            f"{where}: unknown setting {unknown[0]!r} (the settings are {', '.join(_KEYS)})"
        )
    config = CheckConfig(source=source)
    if "select" in table:
        config = replace(config, select=_codes(table["select"], f"{where} select"))
    if "extend-select" in table:
        extend = _codes(table["extend-select"], f"{where} extend-select")
        config = replace(config, extend_select=extend)
    if "ignore" in table:
        config = replace(config, ignore=_codes(table["ignore"], f"{where} ignore"))
    if "fail-on" in table:
        config = replace(config, fail_on=_severity(table["fail-on"], f"{where} fail-on"))
    if "fix-side" in table:
        config = replace(config, fix_side=_fix_side(table["fix-side"], f"{where} fix-side"))
    return config


class ConfigFinder:
    """Finds and caches the settings for each folder (one lookup per folder per run)."""

    def __init__(self) -> None:
        self._by_folder: dict[Path, CheckConfig] = {}

    def for_file(self, path: Path | None) -> CheckConfig:
        """Settings for the file *path* (``None``: standard input, from the current folder)."""
        folder = Path.cwd() if path is None else path.resolve().parent
        return self.for_folder(folder)

    def for_folder(self, folder: Path) -> CheckConfig:
        """Settings for the files of *folder*: its own, or those of the nearest folder above.

        Climbs without recursion, so that a folder of any depth is fine.
        """
        passed: list[Path] = []
        found: CheckConfig | None = None
        for candidate_folder in (folder, *folder.parents):
            found = self._by_folder.get(candidate_folder)
            if found is not None:
                break
            passed.append(candidate_folder)
            candidate = candidate_folder / "pyproject.toml"
            table = read_table(candidate) if candidate.is_file() else None
            if table is not None:
                found = config_from_table(table, candidate)
                break
        if found is None:
            found = CheckConfig()
        for each in passed:
            self._by_folder[each] = found
        return found
