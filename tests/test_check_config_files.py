"""exclude, extend-exclude and per-file-ignores in [tool.julian-gregorian]."""

from __future__ import annotations

from pathlib import Path

import pytest

from julian_gregorian.checks.config import DEFAULT_EXCLUDE, config_from_table
from julian_gregorian.errors import ParseError

ROOT = Path("/project")
SOURCE = ROOT / "pyproject.toml"


def test_exclude_replaces_the_defaults_and_extend_exclude_adds() -> None:
    default = config_from_table({}, SOURCE)
    assert default.exclude_patterns == DEFAULT_EXCLUDE
    assert default.excludes(ROOT / "build" / "a.txt")
    replaced = config_from_table({"exclude": ["drafts"]}, SOURCE)
    assert replaced.exclude_patterns == ("drafts",)
    assert not replaced.excludes(ROOT / "build" / "a.txt")
    extended = config_from_table({"extend-exclude": "archive/*.wiki"}, SOURCE)
    assert extended.exclude_patterns == (*DEFAULT_EXCLUDE, "archive/*.wiki")
    assert extended.excludes(ROOT / "archive" / "old.wiki")
    assert not extended.excludes(ROOT / "archive" / "old.txt")
    assert not extended.excludes(ROOT / "articles" / "archive" / "old.wiki")


def test_per_file_ignores_add_to_ignore_for_matching_files() -> None:
    table = {"ignore": ["JG402"], "per-file-ignores": {"quotes/*.md": ["JG101", "JG2"]}}
    config = config_from_table(table, SOURCE)
    assert config.for_file(ROOT / "quotes" / "a.md").ignore == ("JG402", "JG101", "JG2")
    assert config.for_file(ROOT / "articles" / "a.md").ignore == ("JG402",)
    assert config.for_file(None).ignore == ("JG402",)


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"exclude": [1]}, "exclude: expected a list of glob patterns"),
        ({"extend-exclude": {"a": 1}}, "extend-exclude: expected a list of glob patterns"),
        ({"per-file-ignores": ["a"]}, "per-file-ignores: expected a table"),
        ({"per-file-ignores": {"a/*.md": ["JG999"]}}, "unknown rule or prefix 'JG999'"),
    ],
)
def test_wrong_settings_are_errors(table: dict[str, object], message: str) -> None:
    with pytest.raises(ParseError, match=message.replace("(", r"\(").replace("[", r"\[")):
        config_from_table(table, SOURCE)
