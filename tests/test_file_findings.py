"""The structured rules' codes taken out of a ``CheckConfig``, as ``check`` takes them out
of ``--select``, ``--extend-select`` and ``--ignore`` (``check_files_on_dask``)."""

from __future__ import annotations

from julian_gregorian.checks._file_findings import split_config
from julian_gregorian.checks.config import CheckConfig


def test_codes_and_names_of_structured_rules_go_to_the_selection() -> None:
    config = CheckConfig(
        select=("JG1", "gedcom7-cannot-hold"),
        extend_select=("jg604", "JG501"),
        ignore=("JG601", "JG102"),
        fail_on="warning",
    )
    article, selection = split_config(config)
    assert (article.select, article.extend_select, article.ignore) == (
        ("JG1",),
        ("JG501",),
        ("JG102",),
    )
    assert article.fail_on == "warning"
    assert (selection.selected, selection.ignored) == ({"JG605", "JG604"}, {"JG601"})


def test_a_selection_of_structured_rules_alone_keeps_the_default_article_rules() -> None:
    article, selection = split_config(CheckConfig(select=("JG604",)))
    assert article.select is None
    assert selection.selected == {"JG604"}


def test_an_empty_selection_stays_empty_and_no_codes_change_nothing() -> None:
    assert split_config(CheckConfig(select=()))[0].select == ()
    config = CheckConfig(select=("JG1",), ignore=("JG102",))
    article, selection = split_config(config)
    assert article == config
    assert (selection.selected, selection.ignored) == (set(), set())
