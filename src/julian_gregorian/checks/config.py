"""Settings of the checker from ``[tool.julian-gregorian]`` in ``pyproject.toml``.

For each checked file the settings come from the nearest ``pyproject.toml`` above it
that has a ``[tool.julian-gregorian]`` table (a ``pyproject.toml`` without one, such as
that of an unrelated Python project in a subfolder, is passed over); standard input
uses the current folder. The command line then overrides them: ``--select`` replaces
``select`` for the kinds of input whose rules it names (articles, GEDCOM files, TEI
files: :mod:`~julian_gregorian.checks._rule_choice`) and leaves it for the others,
``--ignore`` and ``--extend-select`` add to ``ignore`` and ``extend-select``,
``--fail-on`` and ``--fix-side`` replace their settings.

.. code-block:: toml

    [tool.julian-gregorian]
    select = ["JG1", "JG2"]      # codes, prefixes or names; default: every rule but opt-ins
    extend-select = ["JG501"]    # add opt-in rules to the default set
    ignore = ["JG402"]
    fail-on = "warning"          # error (default), warning or info
    fix-side = "old"             # new (default), old or auto
    exclude = ["drafts"]         # replaces DEFAULT_EXCLUDE
    extend-exclude = ["archive/*.wiki"]
    per-file-ignores = { "quotes/*.md" = ["JG101"] }

``exclude`` and ``extend-exclude`` are glob patterns for the files that a folder walk
skips (a file named on the command line is always checked). A pattern without ``/``
matches any one part of the path (``drafts``: every folder and file so named); one with
``/`` matches the path relative to the folder of the ``pyproject.toml``, or a folder on
it. ``per-file-ignores`` maps such patterns to rule codes ignored in the files they match.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from julian_gregorian.checks._rule_choice import (
    InputKind,
    article_selectors,
    chosen_codes,
    matching_any,
    merged_select,
)
from julian_gregorian.checks.context import FIX_SIDES, FixSide
from julian_gregorian.checks.findings import SEVERITIES, Severity
from julian_gregorian.errors import InputError, ParseError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]

TABLE = "julian-gregorian"
#: Folders that a folder walk skips unless ``exclude`` says otherwise (hidden folders,
#: such as .git and .venv, are always skipped).
DEFAULT_EXCLUDE: tuple[str, ...] = (
    "__pycache__",
    "_build",
    "build",
    "dist",
    "node_modules",
    "site-packages",
    "venv",
)


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
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def __post_init__(self) -> None:
        # Lists are welcome from Python callers; the rule choice is cached by its
        # selectors, which must then be tuples.
        for name in ("select", "extend_select", "ignore", "exclude", "extend_exclude"):
            value = getattr(self, name)
            if value is None or isinstance(value, tuple):
                continue
            if isinstance(value, str):
                raise TypeError(f'{name} is a list of strings such as ["JG101"], not a str')
            object.__setattr__(self, name, tuple(value))
        pairs = self.per_file_ignores
        if isinstance(pairs, dict):
            pairs = tuple(pairs.items())
        normal = tuple(
            (pattern, (codes,) if isinstance(codes, str) else tuple(codes))
            for pattern, codes in pairs
        )
        if normal != self.per_file_ignores:
            object.__setattr__(self, "per_file_ignores", normal)

    @property
    def root(self) -> Path:
        """The folder that patterns are relative to: that of the ``pyproject.toml``."""
        return self.source.parent if self.source is not None else Path.cwd()

    def excludes(self, path: Path) -> bool:
        """Whether a folder walk skips *path* (``exclude`` and ``extend-exclude``)."""
        return any(matches(pattern, path, self.root) for pattern in self.exclude_patterns)

    @property
    def exclude_patterns(self) -> tuple[str, ...]:
        return self.exclude + self.extend_exclude

    def for_file(self, path: Path | None) -> CheckConfig:
        """These settings with the ``per-file-ignores`` that match *path* added to ``ignore``."""
        if path is None or not self.per_file_ignores:
            return self
        extra = tuple(
            code
            for pattern, codes in self.per_file_ignores
            if matches(pattern, path, self.root)
            for code in codes
        )
        return replace(self, ignore=self.ignore + extra) if extra else self

    def for_articles(self) -> CheckConfig:
        """These settings as the article rules (JG1xx-JG5xx) take them: with only the
        selectors that name article rules alone, or else the codes of those chosen
        (:mod:`~julian_gregorian.checks._rule_choice`)."""
        if self.select is None and not self.ignore and not self.extend_select:
            return self  # (the defaults: every page of a dump run without options)
        select, ignore, extend_select = article_selectors(
            self.select, self.ignore, self.extend_select
        )
        if (select, ignore, extend_select) == (self.select, self.ignore, self.extend_select):
            return self
        return replace(self, select=select, ignore=ignore, extend_select=extend_select)

    def rules_for(self, kind: InputKind) -> frozenset[str]:
        """The codes of the rules these settings run on inputs of *kind*: ``"article"``
        (JG1xx-JG5xx and the Wikidata comparisons JG8xx), ``"gedcom"`` (JG6xx) or
        ``"tei"`` (JG7xx)."""
        return chosen_codes(kind, self.select, self.ignore, self.extend_select)

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
            select=merged_select(self.select, tuple(select)) if select is not None else self.select,
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


def matches(pattern: str, path: Path, root: Path) -> bool:
    """Whether the glob *pattern* matches *path* (see the module doc).

    >>> root = Path("/project")
    >>> matches("drafts", Path("/project/a/drafts/x.txt"), root)
    True
    >>> matches("a/*.txt", Path("/project/a/x.txt"), root), matches("a/*.txt", Path("x.txt"), root)
    (True, False)
    >>> matches("build", Path("/build/project/x.txt"), Path("/build/project"))
    False
    >>> deep = Path("/project/a/b/x.txt")
    >>> matches("a", deep, root), matches("a/b", deep, root), matches("b/x.txt", deep, root)
    (True, True, False)
    """
    absolute = path if path.is_absolute() else Path.cwd() / path
    pattern = pattern.strip("/")
    try:
        parts = absolute.relative_to(root).parts
    except ValueError:
        if "/" in pattern:
            return False
        # Outside the project only the file name counts: a folder above it named
        # "build" must not exclude everything.
        parts = (path.name,)
    if "/" not in pattern:
        return any(fnmatchcase(part, pattern) for part in parts)
    return any(fnmatchcase("/".join(parts[:end]), pattern) for end in range(1, len(parts) + 1))


def _patterns(value: object, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ParseError(f'{where}: expected a list of glob patterns such as ["drafts"]')
    return tuple(value)


def _per_file_ignores(value: object, where: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise ParseError(f'{where}: expected a table such as {{ "quotes/*.md" = ["JG101"] }}')
    return tuple(
        (str(pattern), _codes(codes, f"{where} {pattern!r}")) for pattern, codes in value.items()
    )


def _codes(value: object, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(code, str) for code in value):
        raise ParseError(f'{where}: expected a list of rule codes such as ["JG101"]')
    for code in value:
        try:
            matching_any(code)
        except ParseError as error:
            raise ParseError(f"{where}: {error}") from None
    return tuple(value)


#: Each setting: the field of ``CheckConfig`` it sets and how its value is read.
_READERS: dict[str, tuple[str, Callable[[Any, str], Any]]] = {
    "select": ("select", _codes),
    "extend-select": ("extend_select", _codes),
    "ignore": ("ignore", _codes),
    "fail-on": ("fail_on", _severity),
    "fix-side": ("fix_side", _fix_side),
    "exclude": ("exclude", _patterns),
    "extend-exclude": ("extend_exclude", _patterns),
    "per-file-ignores": ("per_file_ignores", _per_file_ignores),
}
_KEYS = tuple(_READERS)


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
    values = {
        field: read(table[key], f"{where} {key}")
        for key, (field, read) in _READERS.items()
        if key in table
    }
    return CheckConfig(source=source, **values)


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


__all__ = [
    "DEFAULT_EXCLUDE",
    "TABLE",
    "CheckConfig",
    "ConfigFinder",
    "config_from_table",
    "matches",
    "read_table",
]
