"""Settings from [tool.julian-gregorian] in the nearest pyproject.toml, and overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from julian_gregorian.checks.config import CheckConfig, ConfigFinder, config_from_table
from julian_gregorian.errors import ParseError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_every_setting_is_read() -> None:
    config = config_from_table(
        {
            "select": ["JG1", "JG2"],
            "extend-select": ["JG501"],
            "ignore": ["JG102"],
            "fail-on": "warning",
            "fix-side": "old",
        }
    )
    assert config == CheckConfig(("JG1", "JG2"), ("JG501",), ("JG102",), "warning", "old")


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"selekt": ["JG1"]}, "unknown setting 'selekt'"),
        ({"select": ["JG9"]}, "select: unknown rule or prefix 'JG9'"),
        ({"select": 101}, "expected a list of rule codes"),
        ({"fail-on": "fatal"}, "'fatal' is not a severity"),
        ({"fix-side": "both"}, "'both' is not a fix side"),
    ],
)
def test_bad_settings_are_reported_with_the_setting(table: dict[str, object], message: str) -> None:
    with pytest.raises(ParseError, match=message):
        config_from_table(table)


def test_the_nearest_pyproject_with_a_table_wins(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.julian-gregorian]\nignore = ["JG402"]\n')
    write(tmp_path / "docs" / "pyproject.toml", '[project]\nname = "unrelated"\n')
    write(
        tmp_path / "docs" / "ru" / "pyproject.toml", '[tool.julian-gregorian]\nfail-on = "info"\n'
    )
    article = write(tmp_path / "docs" / "article.txt", "text")
    russian = write(tmp_path / "docs" / "ru" / "deep" / "article.txt", "text")
    finder = ConfigFinder()
    assert finder.for_file(article).ignore == ("JG402",)
    assert finder.for_file(article).source == tmp_path / "pyproject.toml"
    assert finder.for_file(russian).fail_on == "info"
    assert finder.for_file(russian).ignore == ()


def test_no_pyproject_means_defaults(tmp_path: Path) -> None:
    article = write(tmp_path / "a" / "article.txt", "text")
    config = ConfigFinder().for_file(article)
    if config.source is None:  # a pyproject.toml above the temporary folder would be found
        assert config == CheckConfig()


def test_invalid_toml_is_a_clear_error(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.julian-gregorian\nselect = 1\n")
    article = write(tmp_path / "article.txt", "text")
    with pytest.raises(ParseError, match="not valid TOML"):
        ConfigFinder().for_file(article)


def test_the_command_line_overrides() -> None:
    config = CheckConfig(select=("JG1",), ignore=("JG102",), fail_on="warning")
    merged = config.overridden(select=["JG2"], ignore=["JG103"], fail_on=None, fix_side="auto")
    assert merged.select == ("JG2",)
    assert merged.ignore == ("JG102", "JG103")
    assert merged.fail_on == "warning"
    assert merged.fix_side == "auto"


def test_lists_are_taken_as_tuples_and_the_rules_chosen_from_them() -> None:
    config = CheckConfig(
        select=["JG1", "JG604"],  # type: ignore[arg-type]
        ignore=["JG102"],  # type: ignore[arg-type]
        per_file_ignores={"quotes/*.md": ["JG101"], "notes/*": "JG103"},  # type: ignore[arg-type]
    )
    assert config == CheckConfig(
        select=("JG1", "JG604"),
        ignore=("JG102",),
        per_file_ignores=(("quotes/*.md", ("JG101",)), ("notes/*", ("JG103",))),
    )
    assert config.rules_for("article") == {"JG101", "JG103", "JG104"}
    assert config.rules_for("gedcom") == {"JG604"}
    with pytest.raises(TypeError, match="a list of strings"):
        CheckConfig(ignore="JG102")  # type: ignore[arg-type]


def test_a_command_line_select_replaces_the_settings_for_the_inputs_it_names() -> None:
    settings = CheckConfig(select=("JG2",))
    gedcom_only = settings.overridden(select=["JG604"])
    assert gedcom_only.rules_for("article") == settings.rules_for("article")
    assert gedcom_only.rules_for("gedcom") == {"JG604"}
    assert settings.overridden(select=["JG1"]).rules_for("article") == {
        "JG101",
        "JG102",
        "JG103",
        "JG104",
    }
    every = CheckConfig(select=("ALL",)).overridden(select=["JG604"])
    assert every.rules_for("gedcom") == {"JG604"}
    assert every.rules_for("article") == CheckConfig(select=("ALL",)).rules_for("article")


def test_rules_for_an_unknown_kind_of_input_is_an_error() -> None:
    # An empty set would leave such an input unchecked without a word.
    with pytest.raises(ValueError, match="'ged' is no kind of input: use 'article', 'gedcom'"):
        CheckConfig().rules_for("ged")  # type: ignore[arg-type]
