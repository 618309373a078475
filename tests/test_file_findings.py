"""The structured rules' codes taken out of a ``CheckConfig``, as ``check`` takes them out
of ``--select``, ``--extend-select`` and ``--ignore`` (``check_files_on_dask``); an
article file's findings as a dump page's."""

from __future__ import annotations

from pathlib import Path

from julian_gregorian._cli import file_jobs
from julian_gregorian.checks._file_findings import file_findings
from julian_gregorian.checks.config import CheckConfig
from julian_gregorian.dumps import Page, PageCheck


def test_codes_and_names_of_structured_rules_choose_those_rules() -> None:
    config = CheckConfig(
        select=("JG1", "gedcom7-cannot-hold"),
        extend_select=("jg604", "JG501"),
        ignore=("JG601", "JG102"),
        fail_on="warning",
    )
    article = config.for_articles()
    assert (article.select, article.extend_select, article.ignore) == (
        ("JG1",),
        ("JG501",),
        ("JG102",),
    )
    assert article.fail_on == "warning"
    assert config.file_rules() == {"JG605", "JG604"}


def test_a_selection_of_structured_rules_alone_keeps_the_default_article_rules() -> None:
    config = CheckConfig(select=("JG604",))
    assert config.for_articles().select is None
    assert config.file_rules() == {"JG604"}


def test_a_selection_of_article_rules_alone_keeps_the_default_structured_rules() -> None:
    assert CheckConfig(select=("JG1",)).file_rules() == {
        "JG601",
        "JG602",
        "JG603",
        "JG605",
        "JG701",
        "JG801",
        "JG802",
    }


def test_prefixes_and_all_choose_among_the_structured_rules_too() -> None:
    assert CheckConfig(select=("JG6",), ignore=("JG605",)).file_rules() == {
        "JG601",
        "JG602",
        "JG603",
        "JG604",
    }
    assert CheckConfig(ignore=("ALL",)).file_rules() == set()
    assert CheckConfig(ignore=("ALL",)).for_articles().ignore == ("ALL",)
    assert "JG604" in CheckConfig(select=("ALL",)).file_rules()
    assert CheckConfig(extend_select=("JG",)).file_rules() >= {"JG604", "JG701"}


def test_an_empty_selection_stays_empty_and_no_codes_change_nothing() -> None:
    assert CheckConfig(select=()).for_articles().select == ()
    assert CheckConfig(select=()).file_rules() == set()
    config = CheckConfig(select=("JG1",), ignore=("JG102",))
    assert config.for_articles() == config


def test_a_file_read_as_wikitext_keeps_the_fixes_a_dump_page_of_it_keeps(tmp_path: Path) -> None:
    # The fixed text is read as the text was: outside wikitext "11/2 March" in the URL
    # is a pair, whose own fix would withdraw the first one (settled_fixes).
    text = (
        "He was buried on 2 January [O.S. 21 December] 1917. Source: http://example.org/11/2 March"
    )
    result, dates = file_findings("a.txt", text, CheckConfig(), True, None)
    fixes = [finding.fix for finding in result.findings]
    assert dates == 1
    assert [fix.replacement if fix else None for fix in fixes] == ["3 January"]
    page = PageCheck()("dump.xml", Page("Stub", 1, 1, 0, text))
    assert [record["fix"]["replacement"] for record in page.findings] == ["3 January"]
    large = tmp_path / "a.txt"  # (a file read in chunks, each checked as wikitext)
    large.write_text(text, encoding="utf-8")
    reports = file_jobs.check_large("a.txt", large, CheckConfig(), True)
    assert [f.fix.replacement if f.fix else None for r in reports for f in r.findings] == [
        "3 January"
    ]
